"""Partitioned output: site=/bucket= sub-folders of whole articles, read as one table, same trees."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

import pytest

from corpus_fixtures import make_folder, make_warc
from newsthread.corpus import run_batch
from newsthread.corpus._partition import BUCKETS, UNKNOWN_SITE, partition_of
from newsthread.errors import InputError
from newsthread.tables import read_parquet_with_ids

pa_dataset = pytest.importorskip("pyarrow.dataset")

TABLES = ("articles", "blocks", "comments", "quotes", "speakers")


def trees(out: Path) -> list:
    return sorted(read_parquet_with_ids(out), key=lambda pair: pair[0])


def folders(out: Path, table: str) -> list[str]:
    return sorted(p.name for p in (out / table).iterdir() if p.is_dir())


@pytest.fixture
def inputs(tmp_path: Path) -> list[Path]:
    return [make_folder(tmp_path), make_warc(tmp_path / "crawl.warc.gz")]


def test_site_partitions_hold_whole_articles_and_read_back_the_same_trees(tmp_path, inputs):
    plain = run_batch(inputs, tmp_path / "plain", jobs=1, progress=False)
    split = run_batch(inputs, tmp_path / "site", jobs=1, progress=False, partition_by="site")
    assert {k: split[k] for k in ("pages", "articles", "errors")} == {
        k: plain[k] for k in ("pages", "articles", "errors")
    }
    out = tmp_path / "site"
    expected = [f"site={UNKNOWN_SITE}", "site=coast.example", "site=valley.example"]
    for table in TABLES:
        assert folders(out, table) == expected
        names = sorted(p.relative_to(out / table).as_posix() for p in (out / table).rglob("*"))
        assert [n for n in names if n.endswith(".parquet")] == [
            f"{folder}/part-00000-000.parquet" for folder in expected
        ]
    assert trees(out) == trees(tmp_path / "plain")
    # pyarrow.dataset reads each table folder as one table (no partition column added by default).
    articles = pa_dataset.dataset(out / "articles").to_table()
    assert articles.num_rows == plain["articles"]
    comments = pa_dataset.dataset(out / "comments").to_table()
    assert comments.num_rows == pa_dataset.dataset(tmp_path / "plain" / "comments").count_rows()
    # Every row of an article sits in the article's folder.
    for folder in expected:
        ids = set(
            pa_dataset.dataset(out / "articles" / folder).to_table()["article_id"].to_pylist()
        )
        for table in TABLES:
            rows = pa_dataset.dataset(out / table / folder).to_table()["article_id"].to_pylist()
            assert set(rows) <= ids


def test_hash_buckets_are_stable_and_duckdb_reads_them_as_one_table(tmp_path, inputs):
    duckdb = pytest.importorskip("duckdb")
    summary = run_batch(inputs, tmp_path / "hash", jobs=1, progress=False, partition_by="hash")
    out = tmp_path / "hash"
    ids = [aid for aid, _ in trees(out)]
    assert len(ids) == summary["articles"]
    buckets = sorted({f"bucket={zlib.crc32(aid.encode()) % BUCKETS:02d}" for aid in ids})
    assert folders(out, "articles") == buckets
    count = duckdb.sql(
        f"select count(*), count(distinct bucket) from read_parquet("
        f"'{out}/articles/**/*.parquet', hive_partitioning = true)"
    ).fetchall()
    assert count == [(summary["articles"], len(buckets))]
    assert trees(out) == trees(out)  # read twice: same order, same trees


def test_output_is_the_same_for_one_and_two_jobs_and_resumes(tmp_path, inputs):
    one = run_batch(inputs, tmp_path / "one", jobs=1, progress=False, partition_by="site")
    two = run_batch(inputs, tmp_path / "two", jobs=2, progress=False, partition_by="site")
    assert one["parts"] == two["parts"] == 1

    def files(out: Path) -> dict[str, bytes]:
        return {
            str(p.relative_to(out)): p.read_bytes()
            for p in sorted(out.rglob("*"))
            if p.is_file() and p.name != "summary.json"
        }

    assert files(tmp_path / "one") == files(tmp_path / "two")
    again = run_batch(inputs, tmp_path / "one", jobs=1, progress=False, partition_by="site")
    assert (again["run"]["pages"], again["parts"]) == (0, 1)
    with pytest.raises(InputError, match="partitioned by site"):
        run_batch(inputs, tmp_path / "one", jobs=1, progress=False)
    assert json.loads((tmp_path / "one" / "_manifest.jsonl").read_text())["partition_by"] == "site"


def test_partition_keys():
    assert partition_of("site", "a", ("https://www.Coast.example:8080/x", None)) == (
        "site=coast.example"
    )
    assert partition_of("site", "a", (None, "http://valley.example/")) == "site=valley.example"
    assert partition_of("site", "a", ("not a url", "")) == f"site={UNKNOWN_SITE}"
    assert partition_of("hash", "page.html", ()) == (
        f"bucket={zlib.crc32(b'page.html') % BUCKETS:02d}"
    )
    with pytest.raises(ValueError, match="partition_by"):
        partition_of("day", "a", ())
    with pytest.raises(ValueError, match="parquet"):
        run_batch([], "unused", format="jsonl", partition_by="site")
