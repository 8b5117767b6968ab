"""WordPress WXR export: posts with their comments, approval statuses, pingbacks, other items."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsthread.errors import ParseError, RecordError
from newsthread.serialize import from_json, to_json
from newsthread.sources import Report
from newsthread.sources.wxr import read_wxr

EXPORT = Path(__file__).parent / "data" / "sources" / "wxr" / "export.xml"
RSS = b'<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>'


def tree(article):
    return [(c.id, c.depth, c.status.value, c.in_reply_to) for c in article.iter_comments()]


def test_post_with_its_comments():
    report = Report()
    post, page = read_wxr(EXPORT, report=report)
    assert post.title == "Council approves the new ferry timetable"
    assert post.url == "https://gazette.example.com/2021/03/ferry-timetable/"
    assert post.published == datetime(2021, 3, 1, 9, tzinfo=UTC)
    assert [a.name for a in post.authors] == ["desk"]
    assert (post.site_name, post.language, post.section) == ("Harbor Gazette", "en-GB", "Local")
    assert post.tags == ["ferries", "council"]
    assert [b.text for b in post.body] == [
        "The council voted 7 to 2 for the new timetable.",
        "Service starts in March.",
    ]
    assert post.extra == {"source": "wxr", "id": "12", "repairs": {"orphan": 1}}
    assert tree(post) == [
        ("31", 1, "published", None),
        ("33", 2, "pending", None),
        ("32", 1, "spam", None),
        ("34", 1, "pingback", None),
        ("35", 1, "removed", "30"),
    ]
    assert page.extra == {"source": "wxr", "id": "2", "post_type": "page", "status": "draft"}
    assert page.published is None  # WordPress writes zeros for a draft's date
    assert report.counts == {"orphan": 1, "other_item": 1}
    assert report.examples["other_item"] == ["13 (attachment)"]


def test_wxr_comment_fields():
    post, _ = read_wxr(EXPORT)
    first = post.comment("31")
    assert first.text == "Finally some sense.\n\nSeven to two!\nWell done."
    assert (first.author.name, first.author.url) == ("Ana K", "https://ana.example.org")
    assert first.published == datetime(2021, 3, 1, 9, 30, tzinfo=UTC)
    assert first.extra == {}
    assert post.comment("33").extra == {"approved": "0"}
    assert post.comment("32").extra == {"approved": "spam"}
    assert post.comment("35").extra == {"approved": "trash"}
    assert post.comment("34").text == "[…] the council voted for the new timetable […]"
    dumped = to_json(post)
    assert "ana@example.org" not in dumped and "192.0.2" not in dumped


def test_wxr_round_trip():
    for article in read_wxr(EXPORT.read_bytes()):
        assert from_json(to_json(article)) == article
        assert from_json(to_json(article, flat=True)) == article


def test_unknown_approval_and_bad_parent_are_reported():
    data = RSS + (
        b"<item><wp:post_id>5</wp:post_id><wp:post_type>post</wp:post_type>"
        b"<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_approved>maybe</wp:comment_approved>"
        b"<wp:comment_parent>x</wp:comment_parent><wp:comment_content>hi</wp:comment_content>"
        b"<wp:comment_date_gmt>yesterday</wp:comment_date_gmt>"
        b"<wp:comment_date>2021-03-01 10:00:00</wp:comment_date></wp:comment></item></channel></rss>"
    )
    report = Report()
    (post,) = read_wxr(data, report=report)
    comment = post.comment("1")
    assert (comment.status.value, comment.published) == ("published", None)
    assert comment.extra == {"approved": "maybe", "local_date": "2021-03-01 10:00:00"}
    assert report.counts == {"ambiguous": 3}
    assert report.examples["ambiguous"] == [
        "5/1.comment_approved",
        "5/1.comment_parent",
        "5/1.date_gmt",
    ]


def test_records_without_ids():
    data = RSS + (
        b"<item><wp:post_type>post</wp:post_type></item>"
        b"<item><wp:post_id>7</wp:post_id><wp:post_type>post</wp:post_type><wp:comment><wp:comment_content>x</wp:comment_content>"
        b"</wp:comment></item></channel></rss>"
    )
    with pytest.raises(RecordError, match="an item without wp:post_id") as info:
        list(read_wxr(data))
    assert info.value.line == 1
    report = Report()
    (post,) = read_wxr(data, errors="skip", report=report)
    assert len(post.comments) == 0
    assert report.examples["skipped"] == [
        "<bytes>: item 1: an item without wp:post_id",
        "<bytes>: comment 1 of post 7 has no wp:comment_id (id 7)",
    ]


def test_truncated_export():
    data = EXPORT.read_bytes()
    with pytest.raises(ParseError, match="invalid XML") as info:
        list(read_wxr(data[: len(data) // 2]))
    assert info.value.source == "<bytes>" and info.value.line > 1
