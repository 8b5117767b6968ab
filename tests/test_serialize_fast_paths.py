"""The fast paths of serialize.py agree with the plain cattrs conversion and the slow writers."""

from __future__ import annotations

import json
import random
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest

from newsthread import serialize
from newsthread.errors import DocumentError
from newsthread.model import (
    Article,
    Author,
    Comment,
    CommentStatus,
    Paragraph,
    Quote,
    Speaker,
)
from newsthread.serialize import from_flat, from_json, make_converter, to_dict, to_flat, to_json


def _deep_branchy(size: int, seed: int) -> Article:
    """A tree deeper than the chunk depth, with side branches, quotes and extras on the way."""
    rnd = random.Random(seed)
    speaker = Speaker(id="s", name="Mark Rutte")
    comments: list[Comment] = [Comment(id="0", text="root")]
    for i in range(1, size):
        parent = comments[-1] if rnd.random() < 0.9 else rnd.choice(comments[-20:])
        kid = Comment(
            id=str(i),
            author=Author(f"u{i % 7}", None if i % 2 else "https://x.example/u"),
            published=datetime(2024, 1, 1, tzinfo=UTC) if i % 3 else None,
            text=f't{i} "quoted" ünïcode\n\nsecond' if i % 5 else "",
            score=i if i % 4 else None,
            status=CommentStatus.DELETED if i % 11 == 0 else CommentStatus.PUBLISHED,
        )
        if i % 13 == 0:
            kid.extra = {"k": [i, {"n": None}]}
        if i % 17 == 0:
            kid.add(Quote(text="q", speaker=speaker, start=0, end=1))
        parent.add(kid)
        comments.append(kid)
    return Article(
        title="deep",
        speakers=[speaker],
        body=[Paragraph("p", quotes=[Quote(text="p", speaker=speaker)])],
        comments=[comments[0]],
    )


@pytest.mark.parametrize("seed", [1, 2])
def test_chunked_deep_writer_matches_the_node_by_node_writer(seed: int) -> None:
    article = _deep_branchy(3000, seed)
    assert max(c.depth for c in article.iter_comments()) > 3 * serialize._CHUNK_DEPTH
    text = serialize._dumps_nested_deep(article)
    assert text == serialize._dumps_nested_slow(article)
    assert to_json(article) == text
    assert from_json(text) == article


def test_chunked_deep_writer_is_the_json_of_to_dict() -> None:
    article = _deep_branchy(400, 3)
    document = to_dict(article)
    text = serialize._dumps_nested_deep(article)
    assert json.loads(text) == document  # json.loads copes with this depth


def test_marker_found_in_the_data_falls_back_to_the_slow_writer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fixed = uuid.UUID(int=12345)
    monkeypatch.setattr(serialize.uuid, "uuid4", lambda: fixed)
    article = _deep_branchy(600, 4)
    article.comments[0].text = f"{fixed.hex}:1"  # a string equal to a marker
    text = serialize._dumps_nested_deep(article)
    assert text == serialize._dumps_nested_slow(article)
    assert from_json(text) == article


def _plain_structure(cls: type, data: dict[str, Any]) -> Any:
    """What plain cattrs (without the fast hooks) makes of a node's own fields."""
    converter = make_converter(detailed_validation=False)
    fields = {k: v for k, v in data.items() if k not in ("replies", "quotes")}
    return converter.structure(fields, cls)


@pytest.mark.parametrize(
    "fields",
    [
        {"id": "1", "author": {"name": "a", "url": None}},
        {"id": "1", "author": {"name": "a"}},
        {"id": "1", "author": {"name": "a", "url": "https://a"}},
        {"id": "1", "author": None, "url": None, "score": None},
        {"id": "1", "published": "June 3, 2024 10:15 am"},
        {"id": "1", "published": "2024-06-03T10:15:00+02:00"},
    ],
)
def test_fast_hooks_give_what_plain_cattrs_gives(fields: dict[str, Any]) -> None:
    document = {"schema_version": 1, "comments": [fields]}
    expected = _plain_structure(Comment, fields)
    loaded = from_dict_comment(document)
    assert loaded == expected
    flat = {"schema_version": 1, "records": [{"node": 0, "parent": None, "type": "article"}]}
    flat["records"].append({"node": 1, "parent": 0, "type": "comment", **fields})
    assert from_flat(flat).comments[0] == expected


def from_dict_comment(document: dict[str, Any]) -> Comment:
    return serialize.from_dict(document).comments[0]


@pytest.mark.parametrize(
    ("author", "reason", "path"),
    [
        (
            {"name": 1},
            "invalid value: an author's name and url must be strings",
            "$.comments[0].author",
        ),
        (
            {"name": "a", "url": 3},
            "invalid value: an author's name and url must be strings",
            "$.comments[0].author",
        ),
        (
            {"name": "a", "url": None, "z": 1},
            "invalid value: unknown field 'z'",
            "$.comments[0].author",
        ),
        ({"nam": "a"}, "invalid value: missing field 'name'", "$.comments[0].author"),
        ({}, "invalid value: missing field 'name'", "$.comments[0].author"),
    ],
)
def test_authors_off_the_fast_path_keep_cattrs_results_and_errors(
    author: dict[str, Any], reason: str | None, path: str | None
) -> None:
    document = {"schema_version": 1, "comments": [{"id": "1", "author": author}]}
    if reason is None:
        loaded = from_dict_comment(document)
        assert loaded.author == make_converter().structure(author, Author)
        return
    with pytest.raises(DocumentError) as caught:
        serialize.from_dict(document)
    assert caught.value.reason == reason
    assert caught.value.path == path


def test_loaded_authors_are_shared_values() -> None:
    article = Article(
        comments=[Comment(id=str(i), author=Author("same", "https://s")) for i in range(3)]
    )
    for text in (to_json(article), to_json(article, flat=True)):
        loaded = from_json(text)
        first, *others = [c.author for c in loaded.comments]
        assert first == Author("same", "https://s")
        assert all(other is first for other in others)


def test_empty_and_filled_extra_are_written_as_before() -> None:
    article = Article(comments=[Comment(id="1"), Comment(id="2", extra={"a": {"b": [1]}})])
    article.comments[0].extra = {}  # an empty dict is omitted like the shared empty one
    document = to_dict(article)
    assert document["comments"] == [{"id": "1"}, {"id": "2", "extra": {"a": {"b": [1]}}}]
    assert [r.get("extra") for r in to_flat(article)["records"]] == [None, None, {"a": {"b": [1]}}]


def test_flat_quote_with_missing_parent_reports_the_parent_first() -> None:
    article = Article(
        speakers=[Speaker(id="s", name="S")],
        body=[Paragraph("p", quotes=[Quote(text="q")])],
    )
    flat = to_flat(article)
    flat["records"][2]["parent"] = 99
    flat["records"][2]["speaker"] = "nobody"
    with pytest.raises(DocumentError) as caught:
        from_flat(flat)
    assert caught.value.path == "$.records[2].parent"
    flat["records"][2]["parent"] = 1
    with pytest.raises(DocumentError) as caught:
        from_flat(flat)
    assert caught.value.path == "$.records[2].speaker"


@pytest.mark.parametrize("authors", [[None], [{"name": "x"}, None]])
def test_null_in_article_authors_is_a_document_error(authors: list[Any]) -> None:
    document = {"schema_version": 1, "authors": authors}
    with pytest.raises(DocumentError) as caught:
        serialize.from_dict(document)
    assert caught.value.path == f"$.authors[{len(authors) - 1}]"
    assert caught.value.reason == "invalid value: expected an object, not null"
