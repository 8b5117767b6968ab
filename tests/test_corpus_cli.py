"""``newsthread batch``: the command line over the corpus engine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from corpus_fixtures import make_folder
from newsthread.cli import main
from newsthread.tables import read_parquet_with_ids


def test_batch_writes_tables_and_reports_on_stderr(tmp_path, capsys):
    folder = make_folder(tmp_path)
    out = tmp_path / "out"
    assert main(["batch", str(folder), "-o", str(out), "--jobs", "1"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    # not a terminal: no progress bar, one summary line
    (line,) = captured.err.splitlines()
    assert line.startswith("newsthread: 6 pages in ")
    assert line.endswith(
        "0 already done; 3 articles, 4 comments, 3 quotes, 3 errors "
        f"(InputError 2, NestingTooDeepError 1) -> {out}"
    )
    assert len(list(read_parquet_with_ids(out))) == 3
    assert json.loads((out / "summary.json").read_text())["errors"] == 3


def test_quiet_batch_prints_nothing_and_resumes(tmp_path, capsys):
    folder = make_folder(tmp_path)
    out = tmp_path / "out"
    args = ["batch", str(folder / "notes.html"), str(folder / "library.html"), "-o", str(out)]
    assert main([*args, "--quiet", "--jobs", "1", "--format", "jsonl"]) == 0
    assert main([*args, "-q", "--jobs", "1", "--format", "jsonl"]) == 0
    assert capsys.readouterr() == ("", "")
    summary = json.loads((out / "summary.json").read_text())
    assert (summary["pages"], summary["run"]["skipped"]) == (2, 2)
    assert len((out / "articles" / "part-00000.jsonl").read_text().splitlines()) == 2


def test_batch_errors_are_reported_not_raised(tmp_path, capsys):
    assert main(["batch", str(tmp_path / "nothing"), "-o", str(tmp_path / "out")]) == 1
    assert (
        capsys.readouterr().err
        == f"newsthread: error: {tmp_path / 'nothing'}: no such file or folder\n"
    )
    assert main(["batch", str(tmp_path), "-o", str(tmp_path / "o"), "--jobs", "0"]) == 2  # usage
    assert "--jobs must be at least 1" in capsys.readouterr().err


def test_partition_by_splits_the_tables_into_sub_folders(tmp_path, capsys):
    folder = make_folder(tmp_path)
    out = tmp_path / "out"
    assert (
        main(["batch", str(folder), "-o", str(out), "-q", "--jobs", "1", "--partition-by", "site"])
        == 0
    )
    assert main(["batch", str(folder), "-o", str(out), "-q", "--partition-by", "site"]) == 0
    assert sorted(p.name for p in (out / "quotes").iterdir()) == [
        "site=__HIVE_DEFAULT_PARTITION__",
        "site=coast.example",
    ]
    assert len(list(read_parquet_with_ids(out))) == 3
    args = ["batch", str(folder), "-o", str(tmp_path / "o"), "--format", "jsonl"]
    assert main([*args, "--partition-by", "hash"]) == 2
    assert "--partition-by needs --format parquet" in capsys.readouterr().err


def test_the_corpus_example_runs_with_two_processes(tmp_path):
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    command = [sys.executable, str(root / "examples" / "corpus_tables.py")]
    result = subprocess.run(
        command, cwd=tmp_path, env=env, capture_output=True, text=True, check=True
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "2 pages read, 0 already done: 2 articles, 4 comments, 3 quotes, 0 errors"
    assert lines[1:5] == [
        "Coast Gazette   Pieter: Good news for the ferry crews at last.",
        "Coast Gazette     Lena: And for the fish market, which lost a week of trade.",
        "Coast Gazette   Pieter: The channel markers still need repairs, though.",
        "Valley Courier  Noor: Finally a place to study on Sundays.",
    ]
    assert lines[5] == "harbour.html: 'The harbour reopens after the storm', 3 blocks"
    again = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert again.stdout.splitlines()[0].startswith("0 pages read, 2 already done")
