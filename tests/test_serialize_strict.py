"""Strict documents: from_json takes values exactly as the JSON Schema types them, on both JSON
paths, and to_json never writes a document from_json would refuse."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import pytest
from dateutil.tz import tzoffset

from newsthread import serialize
from newsthread.errors import DocumentError, SchemaVersionError
from newsthread.model import Article, Author, Comment, Link, Paragraph, Quote, Speaker
from newsthread.serialize import from_json, to_json


@pytest.fixture(params=["msgspec", "pure"])
def load(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], Any]:
    """from_json through msgspec (when installed) and through the pure-Python reader."""
    if request.param == "msgspec":
        pytest.importorskip("msgspec")
    else:
        monkeypatch.setattr(serialize, "_accelerator", lambda: None)
    return from_json


def nested(**fields: Any) -> str:
    return json.dumps({"schema_version": 1, **fields})


def flat(*records: dict[str, Any]) -> str:
    article = {"node": 0, "parent": None, "type": "article"}
    return json.dumps({"schema_version": 1, "records": [article, *records]})


WRONG_TYPES = [
    (nested(title=["a"]), "$.title", "expected a string, not an array"),
    (nested(comments=[{"id": None}]), "$.comments[0].id", "expected a string, not null"),
    (nested(comments=[{"id": 7}]), "$.comments[0].id", "expected a string, not an integer"),
    ('{"schema_version":1,"comments":[{"id":"a","text":NaN}]}', "$.comments[0].text", "nan"),
    (nested(tags="abc"), "$.tags", "expected an array, not a string"),
    (nested(comments=[{"id": "a", "score": 1.5}]), "$.comments[0].score", "not a number"),
    (nested(comments=[{"id": "a", "score": True}]), "$.comments[0].score", "not a boolean"),
    (nested(comments=[{"id": "a", "score": "12"}]), "$.comments[0].score", "not a string"),
    (nested(comments=[{"id": "a", "published": 0}]), "$.comments[0].published", "not an integer"),
    (nested(comments=[{"id": "a", "status": 1}]), "$.comments[0].status", "not an integer"),
    (nested(comments=[{"id": "a", "extra": []}]), "$.comments[0].extra", "not an array"),
    (nested(declared_comment_count=2.0), "$.declared_comment_count", "not a number"),
    (
        nested(body=[{"type": "list_item", "text": "x", "ordered": 1}]),
        "$.body[0].ordered",
        "expected true or false, not an integer",
    ),
    (
        nested(body=[{"type": "heading", "text": "x", "level": "2"}]),
        "$.body[0].level",
        "expected an integer, not a string",
    ),
    (
        nested(speakers=[{"id": "s", "name": "S", "aliases": "ab"}]),
        "$.speakers[0].aliases",
        "expected an array, not a string",
    ),
    (nested(authors=[{"name": ["x"]}]), "$.authors[0]", "must be strings"),
    (
        flat({"node": 1, "parent": 0, "type": "comment", "id": "a", "score": 1.5}),
        "$.records[1].score",
        "not a number",
    ),
    (
        flat({"node": 1, "parent": 0, "type": "comment", "id": ["a"]}),
        "$.records[1].id",
        "not an array",
    ),
]


@pytest.mark.parametrize(("document", "path", "reason"), WRONG_TYPES)
def test_values_of_the_wrong_type_are_refused_where_they_are(
    load: Callable[[str], Any], document: str, path: str, reason: str
) -> None:
    with pytest.raises(DocumentError) as caught:
        load(document)
    assert caught.value.path == path
    assert reason in caught.value.reason


@pytest.mark.parametrize("version", ["true", "1.0", '"1"'])
def test_schema_version_must_be_the_integer_one(load: Callable[[str], Any], version: str) -> None:
    with pytest.raises(SchemaVersionError):
        load(f'{{"schema_version":{version}}}')


def test_checks_a_type_cannot_say_are_made_on_both_paths(load: Callable[[str], Any]) -> None:
    with pytest.raises(DocumentError) as caught:
        load(nested(comments=[{"id": "a"}, {"id": "b", "replies": [{"id": "a"}]}]))
    assert (caught.value.reason, caught.value.path) == (
        "duplicate comment id 'a'",
        "$.comments[1].replies[0]",
    )
    with pytest.raises(DocumentError) as caught:
        load(flat(*({"node": n, "parent": 0, "type": "comment", "id": "x"} for n in (1, 2))))
    assert caught.value.reason == "duplicate comment id 'x'"
    link = {"start": 5, "end": 2, "url": "https://a.example/"}
    with pytest.raises(DocumentError) as caught:
        load(nested(body=[{"type": "paragraph", "text": "abcdef", "links": [link]}]))
    assert "0 <= start <= end" in caught.value.reason
    assert caught.value.path.startswith("$.body[0].links")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("published", "2025-12-09T14:05:00+80:00"),
        ("url", "http://[x/"),
        ("url", "javascript:alert(1)"),
        ("url", "  JaVa\tScRiPt:alert(1)"),
        ("url", "data:text/html,<script>alert(1)</script>"),
        ("url", "http://host:99999/"),
    ],
)
def test_invalid_datetimes_and_urls_are_refused(
    load: Callable[[str], Any], field: str, value: str
) -> None:
    with pytest.raises(DocumentError) as caught:
        load(nested(comments=[{"id": "a", field: value}]))
    assert caught.value.path == f"$.comments[0].{field}"
    with pytest.raises(DocumentError) as caught:
        load(nested(**{field: value}))
    assert caught.value.path == f"$.{field}"


def test_invalid_urls_in_authors_and_links_are_refused(load: Callable[[str], Any]) -> None:
    with pytest.raises(DocumentError) as caught:
        load(nested(comments=[{"id": "a", "author": {"name": "A", "url": "vbscript:x"}}]))
    assert caught.value.path == "$.comments[0].author"
    link = {"start": 0, "end": 1, "url": "javascript:alert(1)"}
    with pytest.raises(DocumentError) as caught:
        load(nested(body=[{"type": "paragraph", "text": "x", "links": [link]}]))
    assert "javascript: URLs are not kept" in caught.value.reason


# -- writing ----------------------------------------------------------------------------


def unwritable() -> Iterator[tuple[Article, str, str]]:
    ghost = Speaker(id="s1", name="Ghost")
    yield (
        Article(body=[Paragraph("hello", quotes=[Quote(text="hello", speaker=ghost)])]),
        "$.body[0].quotes[0].speaker",
        "not in Article.speakers",
    )
    listed = Speaker(id="s1", name="Listed")
    yield (
        Article(
            speakers=[listed],
            comments=[Comment(id="c", quotes=[Quote(text="q", speaker=ghost)])],
        ),
        "$.comments[0].quotes[0].speaker",
        "not in Article.speakers",
    )
    yield (
        Article(speakers=[listed, Speaker(id="s1", name="Twin")]),
        "$.speakers[1].id",
        "two speakers with the id 's1'",
    )
    yield (
        Article(comments=[Comment(id="a", replies=[Comment(id="a")])]),
        "$.comments[0].replies[0]",
        "two comments with the id 'a'",
    )
    bad_zone = datetime(2025, 12, 9, 14, 5, tzinfo=tzoffset(None, 80 * 3600))
    yield Article(published=bad_zone), "$.published", "invalid UTC offset"
    yield (
        Article(comments=[Comment(id="a", published=bad_zone)]),
        "$.comments[0].published",
        "invalid UTC offset",
    )
    yield Article(url="javascript:alert(1)"), "$.url", "javascript: URLs are not kept"
    yield (
        Article(comments=[Comment(id="a", author=Author("A", "http://[x/"))]),
        "$.comments[0].author.url",
        "malformed URL",
    )
    yield (
        Article(body=[Paragraph("abc", links=[Link(2, 1, "https://a.example/")])]),
        "$.body[0].links[0]",
        "start 2 and end 1",
    )


@pytest.mark.parametrize(("article", "path", "reason"), list(unwritable()))
@pytest.mark.parametrize("as_flat", [False, True])
def test_to_json_refuses_what_from_json_would_refuse(
    article: Article, path: str, reason: str, as_flat: bool
) -> None:
    with pytest.raises(DocumentError) as caught:
        to_json(article, flat=as_flat)
    assert caught.value.path == path
    assert reason in caught.value.reason
    with pytest.raises(DocumentError):
        serialize.to_dict(article)


def test_listed_speakers_round_trip_on_both_paths(load: Callable[[str], Any]) -> None:
    speaker = Speaker(id="s1", name="Bob")
    article = Article(
        speakers=[speaker],
        body=[Paragraph("hello", quotes=[Quote(text="hello", speaker=speaker)])],
        comments=[Comment(id="c", quotes=[Quote(text="hi", speaker=speaker)])],
    )
    for as_flat in (False, True):
        back = load(to_json(article, flat=as_flat))
        assert back == article
        assert back.body[0].quotes[0].speaker is back.speakers[0]


def test_values_json_cannot_hold_are_a_document_error() -> None:
    with pytest.raises(DocumentError) as caught:
        to_json(Article(extra={"when": object()}), indent=2)
    assert "cannot write as JSON" in caught.value.reason


@pytest.mark.parametrize("write", [serialize.to_json, serialize.to_dict, serialize.to_flat])
def test_a_bare_block_is_refused_with_its_path(write: Callable[[Article], Any]) -> None:
    from newsthread.model import Block

    with pytest.raises(DocumentError) as caught:
        write(Article(body=[Paragraph("fine"), Block("no type of its own")]))
    assert caught.value.path == "$.body[1]"
    assert "Block" in caught.value.reason
