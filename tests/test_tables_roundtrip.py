"""Trees to tables and back: Arrow, Parquet and pandas give exactly the same trees."""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import make_article, make_chain
from newsthread import Article, Comment, Paragraph
from newsthread.serialize import to_json
from newsthread.tables import (
    from_pandas,
    from_tables,
    read_parquet,
    read_parquet_with_ids,
    to_pandas,
    to_tables,
    write_parquet,
)
from test_properties import articles

many = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_same(back: list[Article], original: list[Article]) -> None:
    assert back == original
    # Equal by value is not enough for dates (== compares instants): the documents must match too.
    assert [to_json(a) for a in back] == [to_json(a) for a in original]


@many
@given(st.lists(articles(), max_size=3))
def test_arrow_round_trip_is_exact(batch):
    assert_same(from_tables(to_tables(batch)), batch)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(articles(), max_size=4), st.integers(1, 3))
def test_parquet_round_trip_is_exact(batch, part_size):
    with tempfile.TemporaryDirectory() as folder:
        assert write_parquet(batch, folder, part_size=part_size) == len(batch)
        assert_same(list(read_parquet(folder)), batch)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(articles(), max_size=3))
def test_pandas_round_trip_is_exact(batch):
    assert_same(from_pandas(to_pandas(batch)), batch)


def test_empty_article_and_empty_corpus(tmp_path):
    empty = Article()
    assert_same(from_tables(to_tables([empty])), [empty])
    assert write_parquet([], tmp_path / "none") == 0
    assert list(read_parquet(tmp_path / "none")) == []
    tables = to_tables([])
    assert {name: t.num_rows for name, t in tables.items()} == dict.fromkeys(tables, 0)


def test_hundred_thousand_deep_chain_round_trips_through_parquet(tmp_path, deep_chain):
    limit = sys.getrecursionlimit()
    write_parquet([deep_chain, make_article()], tmp_path, ids=["deep", "small"])
    back = list(read_parquet_with_ids(tmp_path))
    assert [aid for aid, _ in back] == ["deep", "small"]
    assert back[0][1] == deep_chain
    assert back[1][1] == make_article()
    assert sys.getrecursionlimit() == limit


def test_deep_chain_rows_carry_depth_root_and_path():
    comments = to_tables([make_chain(300)])["comments"].to_pydict()
    assert comments["depth"][:3] == [1, 2, 3]
    assert comments["depth"][-1] == 300
    assert set(comments["root_id"]) == {"0"}
    assert comments["parent_id"][:3] == [None, "0", "1"]
    assert comments["path"][1] == "$.comments[0].replies[0]"
    # past 256 levels the address would make the column quadratic in the depth
    assert comments["path"][255] is not None
    assert comments["path"][256:] == [None] * 44


@pytest.mark.parametrize(
    "moment",
    [
        datetime(1, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=23, minutes=59))),
        datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=timezone(-timedelta(hours=23))),
        datetime(2024, 3, 1, 12, 0, tzinfo=timezone(timedelta(hours=5, microseconds=1))),
        datetime(2024, 3, 1, 12, 0, tzinfo=UTC),
        datetime(2024, 3, 1, 12, 0),
    ],
)
def test_dates_keep_their_offset_or_its_absence(moment):
    article = Article(published=moment, comments=[Comment(id="a", published=moment)])
    (back,) = from_tables(to_tables([article]))
    for value in (back.published, back.comments[0].published):
        assert value == moment
        assert value.utcoffset() == moment.utcoffset()
        assert value.replace(tzinfo=None) == moment.replace(tzinfo=None)


def test_pandas_columns_keep_exact_integers():
    big = 2**62 + 1
    frames = to_pandas([Article(comments=[Comment(id="a", score=big), Comment(id="b")])])
    assert frames["comments"]["score"].tolist()[0] == big
    assert str(frames["comments"]["published"].dtype).startswith("timestamp[us, tz=UTC]")
    (back,) = from_pandas(frames)
    assert back.comments[0].score == big
    assert back.comments[1].score is None


def test_block_fields_survive():
    article = make_article()
    article.add(Paragraph("tail"))
    (back,) = from_tables(to_tables([article]))
    assert [type(b).__name__ for b in back.body] == [
        "Heading",
        "Paragraph",
        "BlockQuote",
        "ListItem",
        "ListItem",
        "Paragraph",
    ]
    assert back.body[0].level == 2
    assert back.body[4].indent == 1
    assert back.body[1].quotes[0].speaker is back.speakers[0]
