"""JSON through msgspec (the ``fast`` extra) gives the same documents and articles as the pure path."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given

from factories import make_article, make_chain
from newsthread import serialize
from newsthread.errors import DocumentError
from newsthread.model import Article, Author, Comment
from newsthread.serialize import from_json, to_json
from test_properties import articles, many

msgspec_path = pytest.importorskip("newsthread._msgspec")


@pytest.fixture
def pure(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the test body with the pure-Python JSON path only."""
    monkeypatch.setattr(serialize, "_accelerator", lambda: None)


def pure_json(article: Article, *, flat: bool = False) -> str:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(serialize, "_accelerator", lambda: None)
        return to_json(article, flat=flat)


def pure_load(text: str) -> Article:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(serialize, "_accelerator", lambda: None)
        return from_json(text)


def normalised(text: str) -> str:
    return json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":"))


def test_msgspec_is_used_when_installed() -> None:
    assert serialize._accelerator() is msgspec_path
    article = make_article()
    assert msgspec_path.dumps(article, False) is not None
    assert msgspec_path.loads(to_json(article)) == article
    assert msgspec_path.loads(to_json(article, flat=True)) == article


@pytest.mark.parametrize("flat", [False, True])
def test_the_text_is_the_pure_text(flat: bool) -> None:
    article = make_article()
    article.comments[0].extra = {"votes": [1, 2], "flag": None, "note": "ünï \u2028 \x00"}
    article.comments[0].published = datetime(2024, 6, 3, 10, 15, 0, 120000, tzinfo=UTC)
    assert to_json(article, flat=flat) == pure_json(article, flat=flat)


@many
@given(articles())
def test_same_values_and_same_article_as_the_pure_path(article: Article) -> None:
    for flat in (False, True):
        fast, slow = to_json(article, flat=flat), pure_json(article, flat=flat)
        # The same keys in the same order and the same values; only floats may be
        # spelled differently (1e20 and 1e+20), which re-writing both evens out.
        assert normalised(fast) == normalised(slow)
        back = msgspec_path.loads(fast)
        assert back is None or back == article
        assert pure_load(fast) == article
        assert from_json(slow) == article


def test_offsets_with_seconds_are_kept() -> None:
    # msgspec itself would round a historical offset like +00:19:32 to the minute.
    odd = timezone(timedelta(minutes=19, seconds=32))
    article = Article(comments=[Comment(id="1", published=datetime(1920, 1, 1, tzinfo=odd))])
    for flat in (False, True):
        text = to_json(article, flat=flat)
        assert '"1920-01-01T00:00:00+00:19:32"' in text
        assert from_json(text).comments[0].published == article.comments[0].published


def test_utc_is_written_as_z_on_both_paths() -> None:
    article = Article(published=datetime(2024, 1, 1, tzinfo=UTC))
    assert '"published":"2024-01-01T00:00:00Z"' in to_json(article)
    assert '"published":"2024-01-01T00:00:00Z"' in pure_json(article)


def test_dates_in_words_go_to_the_pure_reader() -> None:
    text = json.dumps(
        {"schema_version": 1, "comments": [{"id": "1", "published": "June 3, 2024 10:15 am"}]}
    )
    assert msgspec_path.loads(text) is None
    assert from_json(text).comments[0].published == datetime(2024, 6, 3, 10, 15)


@pytest.mark.parametrize(
    ("comment", "where"),
    [
        ({"id": "1", "published": 0}, "$.comments[0].published"),
        ({"id": 7}, "$.comments[0].id"),
        ({"id": "7", "score": "12"}, "$.comments[0].score"),
    ],
)
def test_values_of_the_wrong_type_are_refused_on_both_paths(
    comment: dict[str, object], where: str
) -> None:
    text = json.dumps({"schema_version": 1, "comments": [comment]})
    assert msgspec_path.loads(text) is None
    with pytest.raises(DocumentError) as caught:
        from_json(text)
    assert caught.value.path == where


@pytest.mark.parametrize(
    ("comments", "where"),
    [
        ([{"id": "1", "replies": [{"id": "2", "colour": "red"}]}], "$.comments[0].replies[0]"),
        ([{"id": "1", "published": "garbage"}], "$.comments[0].published"),
        ([{"id": "1", "status": "hidden"}], "$.comments[0].status"),
        ([{"id": "1", "quotes": [{"text": "q", "speaker": "nobody"}]}], "$.comments[0].quotes[0]"),
    ],
)
def test_errors_keep_their_paths(comments: list[object], where: str) -> None:
    text = json.dumps({"schema_version": 1, "comments": comments})
    with pytest.raises(DocumentError) as info:
        from_json(text)
    assert info.value.path is not None
    assert info.value.path.startswith(where)


def test_deep_chains_fall_back_to_the_deep_safe_path() -> None:
    article = make_chain(5000)
    assert msgspec_path.dumps(article, False) is None
    text = to_json(article)
    assert msgspec_path.loads(text) is None
    assert from_json(text) == article
    assert from_json(to_json(article, flat=True)) == article


def test_authors_are_shared_after_loading() -> None:
    shared = Author("Ann", "https://example.org/ann")
    article = Article(comments=[Comment(id=str(i), author=shared) for i in range(3)])
    back = msgspec_path.loads(to_json(article))
    assert back is not None
    assert len({id(c.author) for c in back.comments}) == 1


def test_pure_path_still_works_alone(pure: None) -> None:
    article = make_article()
    assert serialize._accelerator() is None
    assert from_json(to_json(article)) == article
    assert from_json(to_json(article, flat=True)) == article


@pytest.mark.parametrize(
    "records",
    [
        [{"node": 0, "parent": None, "type": "comment", "id": "x"}],
        [
            {"node": 0, "parent": None, "type": "article"},
            {"node": 1, "parent": 7, "type": "comment", "id": "x"},
        ],
        [
            {"node": 0, "parent": None, "type": "article"},
            {"node": 0, "parent": 0, "type": "comment", "id": "x"},
        ],
        [
            {"node": 0, "parent": None, "type": "article"},
            {"node": 1, "parent": 0, "type": "quote", "text": "q"},
        ],
        [
            {"node": 0, "parent": None, "type": "article"},
            {"node": 1, "parent": 0, "type": "comment", "id": "x", "x": 1},
        ],
        [{"node": 0, "parent": None, "type": "article", "colour": "red"}],
        [{"node": 0, "parent": None, "type": "article"}, {"node": 1, "parent": 0, "type": "poll"}],
    ],
)
def test_flat_errors_are_the_pure_readers(records: list[object]) -> None:
    text = json.dumps({"schema_version": 1, "records": records})
    assert msgspec_path.loads(text) is None
    with pytest.raises(DocumentError) as fast:
        from_json(text)
    with pytest.raises(DocumentError) as slow:
        pure_load(text)
    assert (fast.value.path, str(fast.value)) == (slow.value.path, str(slow.value))


def test_the_readers_mirror_has_every_field_of_comment() -> None:
    # A field added to Comment but not to the mirror would send every document the slow way.
    own = set(Comment._own_fields())
    assert set(msgspec_path._CommentFields.__struct_fields__) == own
    assert set(msgspec_path._CommentIn.__struct_fields__) == own | set(Comment._child_fields)
