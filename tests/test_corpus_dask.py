"""The Dask engine on a 2-worker LocalCluster writes the same tables, errors and totals as the local one."""

from __future__ import annotations

import json

import pytest

from corpus_fixtures import make_folder, make_warc
from newsthread.corpus import run_batch
from newsthread.corpus.dask import partitions
from newsthread.tables import read_parquet_with_ids

pytest.importorskip("distributed")


def test_dask_gives_the_same_tables_as_the_local_engine(tmp_path):
    folder = make_folder(tmp_path)
    warc = make_warc(tmp_path / "crawl.warc.gz")
    local = run_batch([folder, warc], tmp_path / "local", jobs=1, progress=False)
    dask = run_batch([folder, warc], tmp_path / "dask", engine="dask", jobs=2)
    assert dask["run"]["workers"] == 2
    assert dask["parts"] == 2  # the folder's pages, then the WARC
    for key in ("pages", "articles", "comments", "quotes", "errors", "errors_by_type"):
        assert dask[key] == local[key]
    assert list(read_parquet_with_ids(tmp_path / "dask")) == list(
        read_parquet_with_ids(tmp_path / "local")
    )
    errors = (tmp_path / "dask" / "errors.jsonl").read_text()
    assert errors == (tmp_path / "local" / "errors.jsonl").read_text()
    assert len(errors.splitlines()) == 6
    again = run_batch([folder, warc], tmp_path / "dask", engine="dask", jobs=2)
    assert (again["run"]["pages"], again["run"]["skipped"], again["parts"]) == (0, 11, 2)
    assert json.loads((tmp_path / "dask" / "summary.json").read_text()) == again


def test_partitions_keep_order_and_give_containers_their_own(tmp_path):
    names = ["a.html", "b.html", "c.html", "d.warc.gz", "e.html"]
    files = [tmp_path / n for n in names]
    assert partitions(files, size=2) == [
        [str(files[0]), str(files[1])],
        [str(files[2])],
        [str(files[3])],
        [str(files[4])],
    ]


def test_dask_partitions_by_site_like_the_local_engine(tmp_path):
    folder = make_folder(tmp_path)
    warc = make_warc(tmp_path / "crawl.warc.gz")
    local = run_batch(
        [folder, warc], tmp_path / "local", jobs=1, progress=False, partition_by="site"
    )
    dask = run_batch([folder, warc], tmp_path / "dask", engine="dask", jobs=2, partition_by="site")
    assert (dask["parts"], dask["articles"], dask["errors"]) == (2, local["articles"], 6)
    names = sorted(
        p.relative_to(tmp_path / "dask").as_posix()
        for p in (tmp_path / "dask").rglob("*.parquet")
        if p.parts[-3] == "comments"
    )
    # One file per part and site: the folder's pages (part 0) have no URL but for one canonical
    # coast.example link; the WARC's pages (part 1) two hosts.
    assert names == [
        "comments/site=__HIVE_DEFAULT_PARTITION__/part-00000-000.parquet",
        "comments/site=coast.example/part-00000-000.parquet",
        "comments/site=coast.example/part-00001-000.parquet",
        "comments/site=valley.example/part-00001-000.parquet",
    ]

    def by_id(out):
        return sorted(read_parquet_with_ids(out), key=lambda pair: pair[0])

    assert by_id(tmp_path / "dask") == by_id(tmp_path / "local")
