"""Coral comments export (JSON Lines): stories, revisions, statuses, repairs, errors."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsthread.errors import RecordError
from newsthread.serialize import from_json, to_json
from newsthread.sources import Report
from newsthread.sources.coral import read_coral

EXPORT = Path(__file__).parent / "data" / "sources" / "coral" / "comments.jsonl"


def tree(article):
    return [(c.id, c.depth, c.status.value, c.in_reply_to) for c in article.iter_comments()]


@pytest.mark.parametrize("grouping", ["memory", "spill"])
def test_one_article_per_story(grouping):
    report = Report()
    by_story = {a.extra["id"]: a for a in read_coral(EXPORT, report=report, grouping=grouping)}
    ferry, night = by_story["s-ferry"], by_story["s-night"]
    assert tree(ferry) == [
        ("c-001", 1, "published", None),
        ("c-002", 2, "published", None),
        ("c-005", 2, "deleted", None),
        ("c-003", 1, "removed", None),
        ("c-004", 1, "pending", None),
        ("c-006", 1, "pending", "c-999"),
    ]
    assert ferry.extra == {"source": "coral", "id": "s-ferry", "repairs": {"orphan": 1}}
    assert tree(night) == [("c-101", 1, "published", None)]
    assert report.counts == {"orphan": 1}


def test_coral_comment_fields():
    ferry = next(read_coral(EXPORT))
    first = ferry.comment("c-001")
    assert first.text == "Finally some sense.\n\nSeven to two!"
    assert first.author.name == "u-ana"
    assert first.published == datetime(2021, 3, 1, 9, 30, tzinfo=UTC)
    edited = ferry.comment("c-002")  # the last revision is the text
    assert edited.text == "The mayor abstained, though."
    assert edited.extra == {"revisions": 2, "edited": "2021-03-01T09:50:00.000Z"}
    assert ferry.comment("c-003").extra == {"status": "REJECTED"}
    assert ferry.comment("c-004").extra == {"status": "SYSTEM_WITHHELD"}
    gone = ferry.comment("c-005")
    assert (gone.author, gone.text, gone.extra) == (
        None,
        "",
        {"deleted": "2021-03-05T00:00:00.000Z"},
    )


def test_coral_round_trip():
    for article in read_coral(EXPORT):
        assert from_json(to_json(article)) == article
        assert from_json(to_json(article, flat=True)) == article


def test_bad_lines(tmp_path):
    path = tmp_path / "comments.jsonl"
    path.write_bytes(
        b'{"id":"a","storyID":"s","createdAt":"2021-03-01T09:30:00Z","status":"WEIRD"}\n'
        b'{"id":"b","createdAt":"2021-03-01T09:30:00Z"}\n'
        b'{"storyID":"s"}\n'
    )
    with pytest.raises(RecordError, match="without an id") as info:
        list(read_coral(path))  # line 3 is in story s, read first
    assert (info.value.source, info.value.line) == (str(path), 3)
    report = Report()
    (article,) = read_coral(path, errors="skip", report=report)
    assert [c.id for c in article.comments] == ["a"]
    assert report.counts == {"ambiguous": 1, "skipped": 2}
    assert sorted(report.examples["skipped"]) == [
        f"{path}:2: a comment without a storyID (id b)",
        f"{path}:3: a comment without an id",
    ]
