"""Dicts, JSON (nested and flat) and JSON Lines: round trips, formats and errors with paths."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from factories import make_article
from newsthread import Article, Comment, Paragraph, Quote
from newsthread.errors import DocumentError, SchemaVersionError
from newsthread.serialize import (
    SCHEMA_VERSION,
    from_dict,
    from_flat,
    from_json,
    make_converter,
    read_jsonl,
    to_dict,
    to_flat,
    to_json,
    write_jsonl,
)


def test_nested_document_shape(article):
    doc = to_dict(article)
    assert doc["schema_version"] == SCHEMA_VERSION == 1
    assert doc["published"] == "2025-01-14T09:30:00+01:00"
    assert doc["authors"] == [{"name": "Ann Editor", "url": "https://news.example/ann"}]
    assert doc["body"][0] == {"type": "heading", "text": "Cooperation"}  # level 2 is the default
    assert doc["body"][1]["quotes"][0]["speaker"] == "mark-rutte"
    first = doc["comments"][0]
    assert first["published"] == "2025-01-14T10:15:00Z"
    assert [r["id"] for r in first["replies"]] == ["c2", "c3"]
    assert doc["comments"][1] == {"id": "more-1", "status": "more", "more_count": 17}
    assert doc["comments"][2]["extra"] == {"likes": 3}
    # Defaults are left out: no None, no empty lists, no default status.
    assert "status" not in first and "quotes" not in first and "in_reply_to" not in first


def test_flat_document_shape(article):
    records = to_flat(article)["records"]
    assert records[0]["type"] == "article" and records[0]["parent"] is None
    assert [r["node"] for r in records] == list(range(len(records)))
    by_id = {r.get("id"): r for r in records if r["type"] == "comment"}
    assert records[by_id["c4"]["parent"]]["id"] == "c3"
    assert [r["type"] for r in records[1:4]] == ["heading", "paragraph", "quote"]
    assert all("replies" not in r and "body" not in r for r in records)


@pytest.mark.parametrize("flat", [False, True])
def test_json_round_trip(article, flat):
    text = to_json(article, flat=flat)
    back = from_json(text)
    assert back == article
    assert back.body[1].quotes[0].speaker is back.speakers[0]
    assert back.comment("c4").parent is back.comment("c3")
    assert from_json(text.encode("utf-8")) == article
    assert json.loads(text) == (to_flat(article) if flat else to_dict(article))


def test_indent_and_unicode(article):
    text = to_json(article, indent=2)
    assert '\n  "title": "NATO and the EU"' in text
    assert "“When we combine" in text  # not \u escapes
    assert from_json(text) == article
    flat = to_json(article, flat=True, indent=2)
    assert flat == json.dumps(to_flat(article), ensure_ascii=False, indent=2)
    assert from_json(flat) == article


def test_datetimes_keep_their_offsets_and_naive_ones_stay_naive():
    tz = timezone(timedelta(hours=-5, minutes=-30))
    article = Article(
        published=datetime(2024, 2, 29, 23, 59, 59, 999999, tzinfo=tz),
        modified=datetime(2024, 3, 1, 12, 0),
    )
    back = from_json(to_json(article))
    assert back.published == article.published and back.published.utcoffset() == tz.utcoffset(None)
    assert back.modified.tzinfo is None


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2024-06-03T10:15:00Z", datetime(2024, 6, 3, 10, 15, tzinfo=UTC)),
        ("June 3, 2024 at 10:15 am", datetime(2024, 6, 3, 10, 15)),
        (
            "3 Jun 2024 10:15 +0200",
            datetime(2024, 6, 3, 10, 15, tzinfo=timezone(timedelta(hours=2))),
        ),
    ],
)
def test_lenient_datetime_input(given, expected):
    article = from_dict({"schema_version": 1, "comments": [{"id": "1", "published": given}]})
    assert article.comments[0].published == expected


def test_converter_is_usable_on_its_own():
    converter = make_converter()
    when = datetime(2024, 1, 1, tzinfo=UTC)
    assert converter.unstructure(when) == "2024-01-01T00:00:00Z"
    assert converter.structure("2024-01-01T00:00:00+00:00", datetime) == when


@pytest.mark.parametrize(
    ("document", "path", "reason"),
    [
        (
            {"schema_version": 1, "comments": [{"id": "1", "published": "garbage"}]},
            "$.comments[0].published",
            "not a date",
        ),
        (
            {
                "schema_version": 1,
                "comments": [{"id": "1"}, {"id": "2", "replies": [{"text": "x"}]}],
            },
            "$.comments[1].replies[0].id",
            "required field missing",
        ),
        (
            {"schema_version": 1, "body": [{"type": "nope", "text": "x"}]},
            "$.body[0].type",
            "unknown block type 'nope'",
        ),
        (
            {"schema_version": 1, "body": [{"text": "x"}]},
            "$.body[0].type",
            "unknown block type None",
        ),
        ({"schema_version": 1, "titel": "x"}, "$", "unknown field 'titel'"),
        ({"schema_version": 1, "comments": {"id": "1"}}, "$.comments", "expected a list"),
        ({"schema_version": 1, "comments": ["x"]}, "$.comments[0]", "expected an object"),
        (
            {"schema_version": 1, "comments": [{"id": "1", "score": "high"}]},
            "$.comments[0].score",
            "invalid value",
        ),
        (
            {"schema_version": 1, "comments": [{"id": "1", "status": "gone"}]},
            "$.comments[0].status",
            "invalid value",
        ),
        (
            {
                "schema_version": 1,
                "body": [
                    {
                        "type": "paragraph",
                        "text": "x",
                        "quotes": [{"text": "q", "speaker": "ghost"}],
                    }
                ],
            },
            "$.body[0].quotes[0].speaker",
            "unknown speaker id 'ghost'",
        ),
        (
            {"schema_version": 1, "speakers": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]},
            "$.speakers[1].id",
            "duplicate speaker id",
        ),
        ({"title": "x"}, "$", "missing schema_version"),
        (["x"], "$", "expected an object"),
    ],
)
def test_malformed_documents_say_what_and_where(document, path, reason):
    with pytest.raises(DocumentError) as info:
        from_dict(document)
    assert info.value.path == path
    assert reason in info.value.reason
    assert isinstance(info.value, ValueError)


def test_unknown_schema_version():
    with pytest.raises(SchemaVersionError) as info:
        from_json('{"schema_version": 99, "title": "future"}')
    assert info.value.version == 99
    assert info.value.path == "$.schema_version"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "invalid JSON at line 1 column 1"),
        ('{"schema_version": 1,', "invalid JSON"),
        (b"\xff\xfe\x00garbage", "invalid JSON"),
        ("[1, 2]", "expected an object"),
    ],
)
def test_bad_json(text, reason):
    with pytest.raises(DocumentError, match=reason):
        from_json(text)


@pytest.mark.parametrize(
    ("records", "path", "reason"),
    [
        ([], "$.records", "non-empty list"),
        (
            [{"node": 0, "parent": None, "type": "comment", "id": "x"}],
            "$.records[0].type",
            "must be the article",
        ),
        (
            [
                {"node": 0, "parent": None, "type": "article"},
                {"node": 1, "parent": 5, "type": "comment", "id": "x"},
            ],
            "$.records[1].parent",
            "not an earlier record",
        ),
        (
            [
                {"node": 0, "parent": None, "type": "article"},
                {"node": 0, "parent": 0, "type": "comment", "id": "x"},
            ],
            "$.records[1].node",
            "new integer",
        ),
        (
            [
                {"node": 0, "parent": None, "type": "article"},
                {"node": 1, "parent": 0, "type": "quote", "text": "q"},
            ],
            "$.records[1].parent",
            "a quote cannot be a child of a article",
        ),
        (
            [
                {"node": 0, "parent": None, "type": "article"},
                {"node": 1, "parent": 0, "type": "poll"},
            ],
            "$.records[1].type",
            "unknown record type 'poll'",
        ),
        (
            [
                {"node": 0, "parent": None, "type": "article"},
                {"node": 1, "parent": 0, "type": "comment", "id": "x", "published": "soon"},
            ],
            "$.records[1].published",
            "not a date",
        ),
        (
            [
                {"node": 0, "parent": None, "type": "article"},
                {"node": 1, "parent": 0, "type": "paragraph", "text": "p"},
                {"node": 2, "parent": 1, "type": "comment", "id": "x"},
            ],
            "$.records[2].parent",
            "a comment cannot be a child of a paragraph",
        ),
        (
            [
                {"node": 0, "parent": None, "type": "article"},
                {"node": 1, "parent": [0], "type": "comment", "id": "x"},
            ],
            "$.records[1].parent",
            "not an earlier record",
        ),
        (
            [
                {"node": 0, "parent": None, "type": "article"},
                {"node": 1, "parent": 0, "type": "comment", "id": "x", "colour": "red"},
            ],
            "$.records[1]",
            "unknown field 'colour'",
        ),
    ],
)
def test_malformed_flat_documents(records, path, reason):
    with pytest.raises(DocumentError) as info:
        from_flat({"schema_version": 1, "records": records})
    assert info.value.path == path
    assert reason in str(info.value)
    assert reason in info.value.reason


def test_jsonl_streams_articles(tmp_path, article):
    target = tmp_path / "corpus.jsonl"
    others = [Article(title=f"a{i}", body=[Paragraph(f"p{i}")]) for i in range(3)]
    assert write_jsonl([article, *others], target) == 4
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4 and all(json.loads(line)["records"] for line in lines)
    read = read_jsonl(target)
    assert next(read) == article
    assert [a.title for a in read] == ["a0", "a1", "a2"]
    stream = io.StringIO()
    write_jsonl(others, stream, flat=False)
    assert "records" not in stream.getvalue()
    assert list(read_jsonl(io.StringIO(stream.getvalue() + "\n\n"))) == others


def test_jsonl_errors_name_the_line():
    good = to_json(Article(title="ok"), flat=True)
    stream = io.StringIO(f'{good}\n{{"schema_version": 1, "records": [{{}}]}}\n')
    articles = read_jsonl(stream)
    assert next(articles).title == "ok"
    with pytest.raises(DocumentError) as info:
        next(articles)
    assert info.value.line == 2
    assert info.value.reason.startswith("line 2:")


def test_quote_without_speaker_and_comment_quotes_round_trip():
    article = Article(
        comments=[
            Comment(
                id="1", text="“x” y", quotes=[Quote(text="x", start=1, end=2, source="$.body[0]")]
            )
        ]
    )
    assert from_json(to_json(article)) == article
    assert from_json(to_json(article, flat=True)) == article


def test_documents_do_not_share_state_with_the_article():
    article = make_article()
    doc = to_dict(article)
    doc["comments"][0]["text"] = "edited"
    assert article.comment("c1").text != "edited"
    assert from_dict(doc).comment("c1").text == "edited"
