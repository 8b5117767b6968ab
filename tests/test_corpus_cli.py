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


_OWN_PROCESS = """
import sys
from newsthread.cli import main
from newsthread.tables import read_parquet_with_ids, to_pandas

folder, out, jobs = sys.argv[1:]
sys.argv = ["newsthread", "batch", folder, "-o", out, "-q", "--jobs", jobs]
status = main()
print(status, "pandas" in sys.modules)
ids, articles = zip(*read_parquet_with_ids(out))
frames = to_pandas(articles, ids)  # pandas works after the batch, in the same process
print(sorted(frames["comments"]["author"].dropna()))
"""


def test_the_program_spares_pandas_and_writes_the_same_tables(tmp_path):
    # `newsthread batch` as a program ends with its batch: its main process never
    # imports pandas (pyarrow would, for its first array); the tables are the same
    # bytes as a batch run from Python, which lets pyarrow import pandas.
    from newsthread.corpus import run_batch

    folder = make_folder(tmp_path)
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    expected = tmp_path / "expected"
    run_batch([folder], expected, jobs=1, progress=False)
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        result = subprocess.run(
            [sys.executable, "-c", _OWN_PROCESS, str(folder), str(out), jobs],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        lines = result.stdout.splitlines()
        assert lines[0] == "0 False"
        assert lines[1] == "['Lena', 'Noor', 'Pieter', 'Pieter']"
        for table in ("articles", "blocks", "comments", "quotes", "speakers"):
            written = (out / table / "part-00000.parquet").read_bytes()
            assert written == (expected / table / "part-00000.parquet").read_bytes()
        assert (out / "errors.jsonl").read_text() == (expected / "errors.jsonl").read_text()


def test_main_called_from_python_leaves_pyarrow_its_pandas(tmp_path):
    from newsthread.corpus import _local

    folder = make_folder(tmp_path)
    assert main(["batch", str(folder), "-o", str(tmp_path / "out"), "-q", "--jobs", "1"]) == 0
    assert _local._one_shot is False
