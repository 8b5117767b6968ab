"""The scripts in examples/ run and print what they promise."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, check=True
    )
    return result.stdout


def test_thread_from_rows(tmp_path):
    out = run(str(ROOT / "examples" / "thread_from_rows.py"), "corpus.jsonl", cwd=tmp_path)
    assert "5 comments, 3 top-level, depth 3, 4 participants" in out
    assert "comment 105 answers '999', which is missing; kept at $.comments[2]" in out
    assert (tmp_path / "corpus.jsonl").exists()


def test_deep_thread_example(tmp_path):
    out = run(str(ROOT / "examples" / "deep_thread.py"), "3000", cwd=tmp_path)
    assert "chain of 3,000 replies" in out
    assert out.rstrip().endswith("Comment 2999: “reply 2999”")


def test_import_page(tmp_path):
    out = run(
        str(ROOT / "examples" / "import_page.py"),
        str(ROOT / "examples" / "data" / "nato_tagdiv.html"),
        str(tmp_path),
        cwd=tmp_path,
    )
    assert "title:     Rutte calls for closer NATO-EU cooperation" in out
    assert "thread:    2 comments, 1 top-level, depth 2, page says 6" in out
    assert "speaker:   Mark Rutte (Secretary General, NATO)" in out
    assert (tmp_path / "article.md").exists()
    assert (tmp_path / "article.html").exists()
