"""The sources example script runs and prints what it promises."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_reddit_dump_example(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "reddit_dump.py"), str(tmp_path / "out")],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    lines = result.stdout.splitlines()
    assert lines[0] == "40 threads, 2,001 comments"
    assert lines[1].startswith("coerced: 40 (e.g. t3_s31/k650.created_utc, ")
    assert lines[2:4] == ["duplicate: 1 (e.g. t3_s38/k5)", "orphan: 1 (e.g. t3_s1/lost)"]
    assert lines[4] == "largest thread t3_s20: 68 comments, depth 9, 0 deleted"
    assert (tmp_path / "out" / "threads.jsonl").exists()
    assert (tmp_path / "out" / "corpus" / "utterances.jsonl").exists()
