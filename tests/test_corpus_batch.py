"""Batch runs on this machine: complete output for good pages, exact errors and summary, resume, order."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from corpus_fixtures import GOOD, WARC_DATE, make_folder, make_warc
from newsthread import Article, Comment, from_html
from newsthread.corpus import expand, register_reader, run_batch, unregister_reader
from newsthread.errors import InputError
from newsthread.serialize import read_jsonl, to_json, write_jsonl
from newsthread.tables import read_parquet_with_ids

TABLES = ("articles", "blocks", "comments", "quotes", "speakers")


def without_run(summary: dict) -> dict:
    return {k: v for k, v in summary.items() if k != "run"}


def errors_of(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]


def files_of(out: Path) -> dict[str, bytes]:
    """Every output file but the summary (which holds this run's timings)."""
    return {
        str(p.relative_to(out)): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name != "summary.json"
    }


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return make_folder(tmp_path)


@pytest.fixture
def warc(tmp_path: Path) -> Path:
    return make_warc(tmp_path / "crawl.warc.gz")


def test_folder_batch_keeps_good_pages_and_counts_bad_ones(folder, tmp_path):
    out = tmp_path / "out"
    summary = run_batch([folder], out, jobs=1, progress=False)
    read = list(read_parquet_with_ids(out))
    assert [key for key, _ in read] == [str(folder / name) for name in GOOD]
    for (key, article), name in zip(read, GOOD, strict=True):
        assert article == from_html((folder / name).read_bytes())
        assert to_json(article) == to_json(from_html(Path(key).read_bytes()))
    assert errors_of(out) == [
        {
            "input": str(folder / "binary.html"),
            "path": str(folder / "binary.html"),
            "error": "InputError",
            "message": "binary data, not text",
        },
        {
            "input": str(folder / "empty.html"),
            "path": str(folder / "empty.html"),
            "error": "InputError",
            "message": "empty page",
        },
        {
            "input": str(folder / "sub" / "deep.html"),
            "path": str(folder / "sub" / "deep.html"),
            "error": "NestingTooDeepError",
            "message": "<input>:1:25013: elements nested more than 5000 levels deep (at least 5001)",
        },
    ]
    assert without_run(summary) == {
        "format": "parquet",
        "table_schema_version": 1,
        "parts": 1,
        "pages": 6,
        "articles": 3,
        "comments": 4,
        "quotes": 3,
        "errors": 3,
        "errors_by_type": {"InputError": 2, "NestingTooDeepError": 1},
    }
    assert summary["run"]["pages"] == 6
    assert summary["run"]["skipped"] == 0
    assert json.loads((out / "summary.json").read_text()) == summary


def test_warc_records_give_url_and_crawl_date(warc, tmp_path):
    out = tmp_path / "out"
    summary = run_batch([warc], out, jobs=1, progress=False)
    keys = [item.key for item in expand([warc])]
    assert len(keys) == 5  # the request, the image and the 404 are passed over
    read = list(read_parquet_with_ids(out))
    assert [key for key, _ in read] == keys[:2]
    harbour = read[0][1]
    assert harbour.url == "https://coast.example/harbour-reopens"
    assert harbour.extra == {"crawl_date": WARC_DATE}
    assert harbour.title == "The harbour reopens after the storm"
    assert [c.id for c in harbour.iter_comments()] == ["11", "12", "13"]
    assert read[1][1].url == "https://valley.example/library"
    assert [(e["input"], e["error"]) for e in errors_of(out)] == [
        (keys[2], "NestingTooDeepError"),
        (keys[3], "InputError"),
        (keys[4], "InputError"),
    ]
    assert all(e["path"] == str(warc) for e in errors_of(out))
    assert (summary["pages"], summary["articles"], summary["errors"]) == (5, 2, 3)


def test_a_warc_cut_inside_a_record_reports_it_instead_of_a_short_page(warc, tmp_path):
    keys = [item.key for item in expand([warc])]
    whole = warc.read_bytes()
    second = int(keys[1].rsplit("#", 1)[1])  # the library page's record begins here
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[: second + (int(keys[2].rsplit("#", 1)[1]) - second) // 2])
    out = tmp_path / "out"
    summary = run_batch([cut], out, jobs=1, progress=False)
    assert [a.url for _, a in read_parquet_with_ids(out)] == [
        "https://coast.example/harbour-reopens"
    ]
    (error,) = errors_of(out)
    assert (error["input"], error["error"]) == (f"{cut}#{second}", "InputError")
    assert error["message"].startswith("the file ends inside this record:")
    assert (summary["pages"], summary["articles"], summary["errors"]) == (2, 1, 1)


@pytest.mark.parametrize("into", [40, 120, 200, 300, 900])
def test_a_plain_warc_cut_anywhere_in_a_record_says_so(warc, tmp_path, into):
    plain = gzip.decompress(warc.read_bytes())
    starts = [i for i in range(len(plain)) if plain.startswith(b"WARC/1.0", i)]
    library = starts[3]  # the request, the harbour page, the image, then the library page
    cut = tmp_path / "cut.warc"
    cut.write_bytes(plain[: library + into])
    items = list(expand([cut]))
    assert [item.kind for item in items] == ["html", "error"]
    assert items[1].error == "InputError"
    assert items[0].url == "https://coast.example/harbour-reopens"


def test_second_run_does_nothing_new_and_a_new_page_makes_a_new_part(folder, warc, tmp_path):
    out = tmp_path / "out"
    first = run_batch([folder, warc], out, jobs=1, progress=False)
    before = files_of(out)
    second = run_batch([folder, warc], out, jobs=1, progress=False)
    assert files_of(out) == before
    assert without_run(second) == without_run(first)
    assert (second["run"]["pages"], second["run"]["skipped"]) == (0, 11)

    (folder / "zz-new.html").write_bytes((folder / "notes.html").read_bytes())
    third = run_batch([folder, warc], out, jobs=1, progress=False)
    assert (third["run"]["pages"], third["run"]["skipped"]) == (1, 11)
    assert (third["pages"], third["articles"], third["parts"]) == (12, 6, 2)
    assert (out / "articles" / "part-00001.parquet").exists()
    assert [key for key, _ in read_parquet_with_ids(out)][-1] == str(folder / "zz-new.html")
    assert len(errors_of(out)) == 6


def test_jobs_1_and_2_write_the_same_bytes(folder, warc, tmp_path):
    one = run_batch([folder, warc], tmp_path / "one", jobs=1, progress=False, part_size=4)
    two = run_batch([folder, warc], tmp_path / "two", jobs=2, progress=False, part_size=4)
    assert without_run(one) == without_run(two)
    assert one["parts"] == 3
    files = files_of(tmp_path / "one")
    assert files == files_of(tmp_path / "two")
    assert "comments/part-00002.parquet" in files


def test_an_interrupted_run_is_finished_by_the_next(folder, tmp_path):
    out = tmp_path / "out"
    whole = run_batch([folder], tmp_path / "whole", jobs=1, progress=False, part_size=2)
    run_batch([folder], out, jobs=1, progress=False, part_size=2)
    manifest = (out / "_manifest.jsonl").read_text().splitlines(keepends=True)
    # as if the run had stopped while writing its last part: a cut line, a hidden file
    (out / "_manifest.jsonl").write_text("".join(manifest[:-1]) + manifest[-1][:20])
    (out / "comments" / ".part-00002.parquet.tmp").write_bytes(b"half")
    resumed = run_batch([folder], out, jobs=1, progress=False, part_size=2)
    assert resumed["run"]["pages"] == 2
    assert files_of(out) == files_of(tmp_path / "whole")
    assert without_run(resumed) == without_run(whole)


def test_paths_on_stdin_and_globs(folder, tmp_path):
    listing = io.StringIO(f"{folder / 'notes.html'}\n\n{folder / 'library.html'}\n")
    run_batch(["-"], tmp_path / "a", jobs=1, progress=False, stdin=listing)
    assert [k for k, _ in read_parquet_with_ids(tmp_path / "a")] == [
        str(folder / "notes.html"),
        str(folder / "library.html"),
    ]
    run_batch([str(folder / "[hl]*.html")], tmp_path / "b", jobs=1, progress=False)
    assert [k for k, _ in read_parquet_with_ids(tmp_path / "b")] == [
        str(folder / "harbour.html"),
        str(folder / "library.html"),
    ]


def test_jsonl_in_and_out(tmp_path, article):
    corpus = tmp_path / "docs.jsonl"
    with corpus.open("w") as stream:
        write_jsonl([article, Article(title="second")], stream)
        stream.write('{"schema_version": 1, "comments": 5}\n')
    summary = run_batch([corpus], tmp_path / "out", format="jsonl", jobs=1, progress=False)
    assert list(read_jsonl(tmp_path / "out" / "articles" / "part-00000.jsonl")) == [
        article,
        Article(title="second"),
    ]
    assert (summary["articles"], summary["comments"], summary["quotes"]) == (2, 6, 2)
    (error,) = errors_of(tmp_path / "out")
    assert (error["input"], error["error"]) == (f"{corpus}:3", "DocumentError")
    assert error["message"] == "expected a list, not int @ $.comments"


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_value_too_big_for_its_column_fails_its_article_only(tmp_path, article, jobs):
    corpus = tmp_path / "docs.jsonl"
    huge = Article(title="huge", comments=[Comment(id="c1", score=2**70), Comment(id="c2")])
    with corpus.open("w") as stream:
        write_jsonl([article, huge, Article(title="third")], stream)
    out = tmp_path / "out"
    summary = run_batch([corpus], out, jobs=jobs, progress=False)
    assert [a.title for _, a in read_parquet_with_ids(out)] == [article.title, "third"]
    assert (summary["articles"], summary["comments"], summary["quotes"]) == (2, 6, 2)
    (error,) = errors_of(out)
    assert (error["input"], error["path"], error["error"]) == (
        f"{corpus}:2",
        str(corpus),
        "TableError",
    )
    assert error["message"].startswith("a value does not fit its column")


@pytest.mark.parametrize(("fmt", "jobs"), [("parquet", 1), ("parquet", 2), ("jsonl", 1)])
def test_a_lone_surrogate_fails_its_document_only(tmp_path, fmt, jobs):
    # Valid JSON, and a string Python holds, but no UTF-8 can: it once stopped the whole run.
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.json").write_text('{"schema_version": 1, "title": "x\\ud800y"}')
    (tmp_path / "in" / "b.json").write_text('{"schema_version": 1, "title": "fine"}')
    summary = run_batch([tmp_path / "in"], tmp_path / "out", jobs=jobs, format=fmt, progress=False)
    assert (summary["pages"], summary["articles"], summary["errors"]) == (2, 1, 1)
    (error,) = errors_of(tmp_path / "out")
    assert error["input"] == str(tmp_path / "in" / "a.json")
    assert "surrogate" in error["message"]
    assert error["error"] == ("TableError" if fmt == "parquet" else "DocumentError")


def test_a_registered_reader_feeds_the_batch(tmp_path, article):
    dump = tmp_path / "month.fake"
    dump.write_text("two articles")

    def read(path: Path):
        yield "t1", article
        yield "t2", Article(title="other")

    register_reader("fake-dump", read, suffixes=[".fake"])
    try:
        run_batch([tmp_path], tmp_path / "out", jobs=1, progress=False)
    finally:
        unregister_reader("fake-dump")
    read_back = list(read_parquet_with_ids(tmp_path / "out"))
    assert [k for k, _ in read_back] == [f"{dump}#t1", f"{dump}#t2"]
    assert read_back[0][1] == article


def test_bad_arguments_and_foreign_folders_are_refused(folder, tmp_path):
    with pytest.raises(InputError, match="no such file or folder") as caught:
        run_batch([tmp_path / "missing"], tmp_path / "out", progress=False)
    assert caught.value.source == str(tmp_path / "missing")
    with pytest.raises(InputError, match="matches no file"):
        run_batch([str(tmp_path / "*.nothing")], tmp_path / "out", progress=False)
    run_batch([folder / "notes.html"], tmp_path / "out", jobs=1, progress=False)
    with pytest.raises(InputError, match="holds parquet output"):
        run_batch([folder], tmp_path / "out", format="jsonl", progress=False)
    from newsthread.tables import write_parquet

    write_parquet([Article()], tmp_path / "mine")
    with pytest.raises(InputError, match="no batch run wrote"):
        run_batch([folder], tmp_path / "mine", progress=False)
    assert (tmp_path / "mine" / "articles" / "part-00000.parquet").exists()


def test_progress_bar_only_on_a_terminal(folder, tmp_path, capsys, monkeypatch):
    run_batch([folder], tmp_path / "a", jobs=1)
    assert capsys.readouterr().err == ""  # stderr is not a terminal under pytest
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    run_batch([folder], tmp_path / "b", jobs=1)
    bar = capsys.readouterr().err
    assert "6/6" in bar
    assert "page/s" in bar
    run_batch([folder], tmp_path / "c", jobs=1, progress=False)
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("convert_chunks", [1, 2, 8])
def test_row_groups_gather_chunks_and_drop_only_articles_that_do_not_fit(
    tmp_path, monkeypatch, convert_chunks
):
    # Several chunks make one row group, their columns converted to Arrow a few chunks at
    # a time; a value too big for its column (articles 5 and 20, in the first and second
    # chunk of 16) fails its article only.
    import pyarrow.parquet as pq

    from newsthread.corpus import _output

    monkeypatch.setattr(_output, "ROW_GROUP_ROWS", 60)
    monkeypatch.setattr(_output, "CONVERT_CHUNKS", convert_chunks)
    corpus = tmp_path / "docs.jsonl"
    articles = [
        Article(title=f"a{i}", comments=[Comment(id="c1", score=2**70 if i in (5, 20) else i)])
        for i in range(40)
    ]
    with corpus.open("w") as stream:
        write_jsonl(articles, stream)
    out = tmp_path / "out"
    summary = run_batch([corpus], out, jobs=1, progress=False)
    kept = [f"a{i}" for i in range(40) if i not in (5, 20)]
    assert [a.title for _, a in read_parquet_with_ids(out)] == kept
    assert (summary["articles"], summary["comments"], summary["errors"]) == (38, 38, 2)
    assert [(e["input"], e["error"]) for e in errors_of(out)] == [
        (f"{corpus}:6", "TableError"),
        (f"{corpus}:21", "TableError"),
    ]
    # 16 pages make 32 rows: a row group holds two chunks (64 rows), the last one chunk
    groups = pq.ParquetFile(out / "articles" / "part-00000.parquet").metadata.num_row_groups
    assert groups == 2
    titles = pq.read_table(out / "articles" / "part-00000.parquet").column("title").to_pylist()
    assert titles == kept
    if convert_chunks == 8:
        return
    # the same bytes whichever chunks were converted together
    again = tmp_path / "again"
    monkeypatch.setattr(_output, "CONVERT_CHUNKS", 8)
    run_batch([corpus], again, jobs=1, progress=False)
    assert files_of(again) == files_of(out)
