"""Columns sent as Arrow buffers: the same tables as pyarrow.array makes, or the lists when a value does not fit."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import make_article
from newsthread import Article, Author, Comment, Heading, ListItem, Paragraph, Quote
from newsthread.corpus._inputs import Item
from newsthread.corpus._work import merged_arrow_tables, run_chunk
from newsthread.tables._arrow import from_encoded, to_arrow
from newsthread.tables._buffers import encode_tables
from newsthread.tables._rows import RowBuffer
from test_properties import articles


def columns_of(batch: list[Article]) -> dict[str, dict[str, list]]:
    buffer = RowBuffer()
    for index, article in enumerate(batch):
        buffer.add(article, f"a{index}")
    return buffer.take()


def assert_same_tables(columns: dict[str, dict[str, list]]) -> None:
    encoded = encode_tables(columns)
    assert encoded is not None
    for name, cols in columns.items():
        made, expected = from_encoded(name, encoded[name]), to_arrow(name, cols)
        assert made.schema == expected.schema
        assert made.equals(expected), name
        made.validate(full=True)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(articles(), max_size=4))
def test_buffers_make_the_tables_pyarrow_array_makes(batch):
    assert_same_tables(columns_of(batch))


def test_text_of_every_width_nulls_and_empty_tables():
    article = Article(
        url=None,
        title="plain ascii",
        summary="é, 中文, and 😀 beyond the basic plane",
        authors=[Author(name="Zoë", url=None), Author(name="", url="https://a.example/z")],
        tags=["", "ß", "x" * 300],
        published=datetime(2024, 5, 1, 12, tzinfo=UTC),
        body=[
            Paragraph(text=""),
            Heading(text="h", level=3),
            ListItem(text="i", ordered=True, indent=2),
            Paragraph(text="“quoted”", quotes=[Quote(text="quoted", start=1, end=7)]),
        ],
        comments=[Comment(id="c", text="😀", score=-(2**63), replies=[Comment(id="r")])],
    )
    assert_same_tables(columns_of([article]))
    assert_same_tables(columns_of([]))  # every table empty
    assert_same_tables(columns_of([Article()]))  # one row, every optional column null


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("comments", "score", 2**63),  # past 64 bits
        ("comments", "score", True),  # pyarrow refuses a bool for an integer
        ("comments", "score", 1.5),
        ("quotes", "confidence", 1),  # an int in a float column: pyarrow's rules decide
        ("articles", "title", "lone \ud800 surrogate"),
        ("articles", "title", b"bytes"),
        ("articles", "tags", ("a", "tuple")),
        ("articles", "authors", [{"name": "no url key"}]),
        ("blocks", "ordered", 1),
    ],
)
def test_a_value_buffers_do_not_take_leaves_the_lists(table, column, value):
    article = make_article()
    article.comments.append(Comment(id="extra", quotes=[Quote(text="q", confidence=0.5)]))
    columns = columns_of([article])
    columns[table][column][0] = value
    assert encode_tables(columns) is None


def test_a_chunk_sends_buffers_and_falls_back_to_lists(tmp_path):
    good = tmp_path / "good.json"
    bad = tmp_path / "bad.json"
    good.write_text('{"schema_version": 1, "title": "fine"}')
    bad.write_text('{"schema_version": 1, "title": "x\\ud800y"}')
    sent = run_chunk([Item(key="g", kind="json", path=str(good))], "parquet")
    assert sent.encoded is not None and sent.columns is None
    assert sent.rows == 1
    both = run_chunk(
        [Item(key=k, kind="json", path=str(p)) for k, p in (("g", good), ("b", bad))], "parquet"
    )
    assert both.encoded is None and both.columns is not None
    # Chunks of both kinds in one row group: in chunk order, the bad article an error record.
    tables = merged_arrow_tables([sent, both, sent])
    assert tables["articles"].column("article_id").to_pylist() == ["g", "g", "g"]
    assert [e["input"] for e in both.errors] == ["b"]
    assert both.errors[0]["message"].startswith("a value does not fit its column")


@pytest.mark.parametrize("partition_by", [None, "hash"])
def test_a_batch_never_imports_pandas(tmp_path, partition_by):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_text("<html><body><article><p>Some text.</p></article></body></html>")
    script = (
        "import sys\n"
        "from newsthread.corpus import run_batch\n"
        f"run_batch([{str(folder)!r}], {str(tmp_path / 'out')!r}, jobs=1, progress=False,"
        f" partition_by={partition_by!r})\n"
        "print('pandas' in sys.modules)\n"
    )
    source = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent / "src")}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=source
    )
    assert done.stdout.strip() == "False"
