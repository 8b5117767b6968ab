"""The table layout: exact rows for a known article, the versioned schema, and clear errors."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from factories import make_article
from newsthread import Article, Comment, Quote, Speaker
from newsthread.errors import TableError
from newsthread.tables import (
    COLUMNS,
    TABLE_NAMES,
    TABLE_SCHEMA_VERSION,
    arrow_schema,
    from_tables,
    to_tables,
    write_parquet,
)


def test_comment_rows_of_a_known_thread():
    comments = to_tables([make_article()], ids=["a1"])["comments"].to_pydict()
    assert comments["id"] == ["c1", "c2", "c3", "c4", "more-1", "c5"]
    assert comments["article_id"] == ["a1"] * 6
    assert comments["parent_id"] == [None, "c1", "c1", "c3", None, None]
    assert comments["root_id"] == ["c1", "c1", "c1", "c1", "more-1", "c5"]
    assert comments["depth"] == [1, 2, 2, 3, 1, 1]
    assert comments["position"] == [0, 0, 1, 0, 1, 2]
    assert comments["reply_count"] == [2, 0, 1, 0, 0, 0]
    assert comments["path"][3] == "$.comments[0].replies[1].replies[0]"
    assert comments["status"] == ["published"] * 2 + ["deleted", "published", "more", "published"]
    assert comments["author"] == ["alice", "bob", None, "alice", None, "carol"]
    assert comments["extra"][5] == '{"likes":3}'
    # node numbers are those of the flat JSON form: 5 blocks and 1 body quote come first
    assert comments["node"] == [7, 8, 9, 10, 11, 12]
    assert comments["parent_node"] == [0, 7, 7, 9, 0, 0]


def test_quote_speaker_block_and_article_rows():
    tables = to_tables([make_article()], ids=["a1"])
    quotes = tables["quotes"].to_pydict()
    assert quotes["parent_type"] == ["paragraph", "comment"]
    assert quotes["comment_id"] == [None, "c5"]
    assert quotes["speaker_id"] == ["mark-rutte", None]
    assert quotes["start"] == [1, 14]
    assert quotes["kind"] == ["direct", "partial"]
    speakers = tables["speakers"].to_pydict()
    assert speakers["aliases"] == [["Rutte", "the Secretary General"]]
    blocks = tables["blocks"].to_pydict()
    assert blocks["type"] == ["heading", "paragraph", "blockquote", "list_item", "list_item"]
    assert blocks["level"] == [2, None, None, None, None]
    assert blocks["links"][1] == [{"start": 83, "end": 88, "url": "https://news.example/rutte"}]
    article = tables["articles"].to_pylist()[0]
    assert article["comment_count"] == 6
    assert article["quote_count"] == 2
    assert article["published_offset"].total_seconds() == 3600
    assert article["extra"] == '{"paywall":false}'


def test_schema_is_versioned_and_documented():
    for name in TABLE_NAMES:
        schema = arrow_schema(name)
        assert (
            schema.metadata[b"newsthread.table_schema_version"]
            == str(TABLE_SCHEMA_VERSION).encode()
        )
        assert schema.names == [c.name for c in COLUMNS[name]]
        assert all(field.metadata[b"description"] for field in schema)


def test_a_newer_table_version_is_refused(tmp_path):
    tables = to_tables([make_article()])
    tables["comments"] = tables["comments"].replace_schema_metadata(
        {b"newsthread.table_schema_version": b"99"}
    )
    with pytest.raises(TableError, match="version 99") as caught:
        from_tables(tables)
    assert caught.value.table == "comments"


def test_unknown_speaker_names_the_quote_row():
    tables = to_tables([make_article()], ids=["a1"])
    quotes = tables["quotes"]
    tables["quotes"] = quotes.set_column(
        quotes.schema.get_field_index("speaker_id"),
        "speaker_id",
        pa.array(["nobody", None]),
    )
    with pytest.raises(TableError) as caught:
        from_tables(tables)
    assert (caught.value.table, caught.value.article_id, caught.value.row) == ("quotes", "a1", 0)
    assert "unknown speaker id 'nobody'" in str(caught.value)


def test_rows_of_a_missing_article_are_refused():
    tables = to_tables([make_article()], ids=["a1"])
    tables["articles"] = tables["articles"].slice(0, 0)
    with pytest.raises(TableError, match="not in the articles table") as caught:
        from_tables(tables)
    assert caught.value.table == "blocks"


def test_an_integer_too_big_for_parquet_is_a_table_error():
    with pytest.raises(TableError, match="does not fit") as caught:
        to_tables([Article(comments=[Comment(id="a", score=2**70)])])
    assert caught.value.table == "comments"
    assert isinstance(caught.value, ValueError)


def test_rows_in_any_order_read_back():
    article = make_article()
    tables = to_tables([article, Article(title="two")], ids=["a", "b"])
    shuffled = {name: t.take(list(range(t.num_rows))[::-1]) for name, t in tables.items()}
    back = from_tables(shuffled)
    assert [a.title for a in back] == ["two", article.title]
    assert back[1] == article


def test_duckdb_reads_each_folder_as_one_table(tmp_path):
    articles = [make_article() for _ in range(5)]
    articles[2].comments[0].add(Comment(id="x", author=make_article().comments[0].author))
    write_parquet(articles, tmp_path, part_size=2)
    assert sorted(p.name for p in (tmp_path / "comments").iterdir()) == [
        "part-00000.parquet",
        "part-00001.parquet",
        "part-00002.parquet",
    ]
    rows = duckdb.sql(
        f"""select author, count(*) as replies
            from read_parquet('{tmp_path}/comments/*.parquet')
            where parent_id is not null and author is not null group by author order by replies desc, author"""
    ).fetchall()
    assert rows == [("alice", 6), ("bob", 5)]
    assert pq.read_metadata(tmp_path / "comments" / "part-00001.parquet").num_rows == 13


def test_a_quote_under_a_comment_keeps_its_speaker():
    speaker = Speaker(id="s", name="S")
    article = Article(
        speakers=[speaker],
        comments=[Comment(id="a", text="x", quotes=[Quote(text="x", speaker=speaker)])],
    )
    (back,) = from_tables(to_tables([article]))
    assert back.comments[0].quotes[0].speaker is back.speakers[0]


def test_the_guide_lists_every_column_with_its_type():
    guide = (Path(__file__).parent.parent / "docs" / "corpus.md").read_text(encoding="utf-8")
    for name in TABLE_NAMES:
        section = guide.split(f"### {name}\n", 1)[1].split("\n\n", 1)[0].strip()
        listed = [line.split(" | ") for line in section.splitlines()[2:]]
        assert [(cells[0], cells[1]) for cells in listed] == [
            (f"| `{c.name}`", str(arrow_schema(name).field(c.name).type)) for c in COLUMNS[name]
        ]
