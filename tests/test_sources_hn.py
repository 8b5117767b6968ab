"""Hacker News: Firebase items and Algolia trees; rank order, HTML text, statuses, repairs."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsthread.errors import ParseError, RecordError
from newsthread.serialize import from_json, to_json
from newsthread.sources import Report
from newsthread.sources.hn import read_hn

DATA = Path(__file__).parent / "data" / "sources" / "hn"
FIREBASE = DATA / "firebase_items.ndjson"
ALGOLIA = DATA / "algolia_item.json"


def tree(article):
    return [(c.id, c.depth, c.status.value, c.in_reply_to) for c in article.iter_comments()]


def test_firebase_story_in_rank_order():
    report = Report()
    story, unknown = read_hn(FIREBASE, report=report)
    assert story.title == "Show HN: A tide table that fits in 4 KB"
    assert story.url == "https://news.ycombinator.com/item?id=9001"
    assert story.published == datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)
    assert story.declared_comment_count == 6
    assert [a.name for a in story.authors] == ["tidewatcher"]
    assert story.extra == {
        "source": "hn",
        "id": "9001",
        "type": "story",
        "link_url": "https://tides.example.net/",
        "score": 142,
        "repairs": {"coerced": 1, "duplicate": 1},  # the repeated item is this story's
    }
    # kids say 9003 before 9002 (rank), though 9002 is older; 9005 is not in kids: last
    assert tree(story) == [
        ("9003", 1, "published", None),
        ("9006", 2, "published", None),
        ("9002", 1, "published", None),
        ("9004", 2, "deleted", None),
        ("9005", 1, "removed", None),
    ]
    assert tree(unknown) == [("9100", 1, "published", "9099")]
    assert unknown.title is None
    assert unknown.extra == {
        "source": "hn",
        "id": "9099",
        "repairs": {"orphan": 1, "unknown_thread": 1},
    }
    assert report.counts == {"coerced": 1, "duplicate": 1, "orphan": 1, "unknown_thread": 1}
    assert report.examples["coerced"] == ["9006.time"]


def test_firebase_comment_fields():
    story, _ = read_hn(FIREBASE)
    first = story.comment("9003")
    assert first.text == (
        "Lovely work.\n\n"
        'I tried it on a "mixed" tide port: https://tides.example.net/ports/17\n\n'
        "  height = a * cos(w * t)"
    )
    assert first.url == "https://news.ycombinator.com/item?id=9003"
    assert first.author.name == "ben_r"
    assert story.comment("9006").text == "Same here / it works."
    assert story.comment("9006").published == datetime(2023, 11, 14, 22, 23, 20, tzinfo=UTC)
    deleted = story.comment("9004")
    assert (deleted.author, deleted.text) == (None, "")
    dead = story.comment("9005")
    assert (dead.text, dead.extra) == ("buy cheap tides", {"dead": True})


def test_algolia_tree():
    (story,) = read_hn(ALGOLIA)
    assert story.title == "Ask HN: How do you archive local news?"
    assert [b.text for b in story.body] == ["Our paper is closing.", "What should we save first?"]
    assert story.extra == {"source": "hn", "id": "9200", "type": "story", "score": 57}
    assert tree(story) == [
        ("9201", 1, "published", None),
        ("9203", 2, "deleted", None),
        ("9202", 1, "published", None),
    ]
    assert story.comment("9202").text == "WARC files and a lot of disk."
    # no created_at_i: the ISO time is read
    assert story.comment("9203").published == datetime(2023, 11, 14, 22, 30, tzinfo=UTC)


def test_array_and_single_item_inputs(tmp_path):
    lines = [json.loads(line) for line in FIREBASE.read_text().splitlines()]
    array = tmp_path / "items.json"
    array.write_text(json.dumps(lines))
    assert list(read_hn(array)) == list(read_hn(FIREBASE))
    (single,) = read_hn(json.dumps(lines[0]).encode())
    assert (single.title, len(single.comments)) == ("Show HN: A tide table that fits in 4 KB", 0)


def test_hn_round_trip():
    for article in [*read_hn(FIREBASE), *read_hn(ALGOLIA)]:
        assert from_json(to_json(article)) == article
        assert from_json(to_json(article, flat=True)) == article


def test_loop_without_story_is_cut_and_kept():
    items = [
        {"id": 1, "parent": 2, "type": "comment", "text": "a", "time": 1},
        {"id": 2, "parent": 1, "type": "comment", "text": "b", "time": 2},
    ]
    report = Report()
    (article,) = read_hn(json.dumps(items).encode(), report=report)
    assert sorted(c.id for c in article.iter_comments()) == ["1", "2"]
    assert report.counts["cycle"] == 1


@pytest.mark.parametrize(
    ("payload", "error", "message"),
    [
        (b"<xml/>", ParseError, "expected a JSON item"),
        (b"[1, {", ParseError, "not JSON"),
        (b'{"id": 1, "type": "story"}\n{"id": \n', RecordError, "not JSON"),
        (b'[{"type": "comment", "parent": 1}]', RecordError, "an item without an id"),
        (b"[3]", RecordError, "a JSON int, not an item"),
    ],
)
def test_hn_bad_input(payload, error, message):
    with pytest.raises(error, match=message) as info:
        list(read_hn(payload))
    assert info.value.source.startswith("<bytes>")


def test_bad_records_skipped():
    report = Report()
    payload = b'{"id": 1, "type": "story", "title": "t"}\n{"id": \n{"id": 2, "parent": 1, "type": "comment"}\n'
    (story,) = read_hn(payload, errors="skip", report=report)
    assert [c.id for c in story.comments] == ["2"]
    assert report.counts == {"skipped": 1}
    assert report.examples["skipped"][0].startswith("<bytes>:2: not JSON")
