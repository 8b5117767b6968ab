"""Platform dumps in a batch: a file a source recognises by name is read by that source."""

from __future__ import annotations

import shutil
from pathlib import Path

from newsthread.corpus import run_batch
from newsthread.corpus._inputs import reader_for
from newsthread.quotes import annotate
from newsthread.sources import Report, read_reddit_dump
from newsthread.tables import read_parquet_with_ids

REDDIT = Path(__file__).parent / "data" / "sources" / "reddit"


def test_a_reddit_dump_is_read_by_the_reddit_source(tmp_path: Path) -> None:
    dump = tmp_path / "RC_2019-01.ndjson"
    shutil.copyfile(REDDIT / "RC_sample.ndjson", dump)
    assert reader_for(dump) == "source:reddit"

    summary = run_batch([dump], tmp_path / "out", jobs=1, progress=False)

    expected = list(read_reddit_dump(dump, errors="skip", report=Report(), quotes=False))
    for article in expected:
        annotate(article)  # the workers find the quotes, as for pages
    read = list(read_parquet_with_ids(tmp_path / "out"))
    assert [article for _, article in read] == expected
    assert [key for key, _ in read] == [f"{dump}#{i}" for i in range(len(expected))]
    assert summary["articles"] == len(expected) > 1
    assert summary["comments"] == sum(sum(1 for _ in a.iter_comments()) for a in expected)
    assert summary["errors"] == 0


def test_a_plain_jsonl_file_is_still_newsthread_documents(tmp_path: Path) -> None:
    assert reader_for(tmp_path / "corpus.jsonl") == "jsonl"
    assert reader_for(tmp_path / "RS_2019-01.zst") == "source:reddit"
