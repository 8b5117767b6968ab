"""YouTube Data API v3 responses: threads, replies, truncated replies as stubs, video metadata."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsthread.errors import ParseError, RecordError
from newsthread.serialize import from_json, to_json
from newsthread.sources import Report
from newsthread.sources.youtube import read_youtube

DATA = Path(__file__).parent / "data" / "sources" / "youtube"
THREADS, REPLIES, VIDEOS = (
    DATA / "commentThreads.json",
    DATA / "comments.json",
    DATA / "videos.json",
)


def tree(article):
    return [(c.id, c.depth, c.status.value, c.more_count) for c in article.iter_comments()]


def test_threads_alone_get_a_stub_for_the_missing_replies():
    (video,) = read_youtube(THREADS)
    assert video.url == "https://www.youtube.com/watch?v=fErRy2021aa"
    assert video.title is None
    assert tree(video) == [
        ("UgxT1", 1, "published", None),
        ("UgxT1.r1", 2, "published", None),
        ("more_UgxT1", 2, "more", 3),  # totalReplyCount 4, one reply in the response
        ("UgxT2", 1, "spam", None),
    ]
    first = video.comment("UgxT1")
    assert first.text == 'Great footage of the "new" ferry!\nFilmed from the pier?'
    assert (first.author.name, first.author.url) == ("@ana_k", "http://www.youtube.com/@ana_k")
    assert first.published == datetime(2021, 3, 1, 9, tzinfo=UTC)
    assert first.score == 42
    assert first.extra == {"edited": "2021-03-01T09:05:00Z", "author_channel_id": "UCana"}
    spam = video.comment("UgxT2")
    assert (spam.score, spam.extra["moderation_status"]) == (0, "likelySpam")


def test_replies_and_video_fill_the_thread_in_any_order():
    report = Report()
    (video,) = read_youtube(REPLIES, VIDEOS, THREADS, report=report)
    assert video.title == "The new ferry's first crossing"
    assert [b.text for b in video.body] == ["Filmed on the first day.", "Music: none."]
    assert [a.name for a in video.authors] == ["Harbor Channel"]
    assert video.published == datetime(2021, 2, 28, 18, tzinfo=UTC)
    assert video.declared_comment_count == 5
    assert tree(video) == [
        ("UgxT1", 1, "published", None),
        ("UgxT1.r1", 2, "published", None),
        ("UgxT1.r2", 2, "published", None),
        ("more_UgxT1", 2, "more", 2),
        ("UgxT2", 1, "spam", None),
    ]
    # r1 came in the thread and again from comments.list: one kept, the second counted
    assert report.counts == {"coerced": 2, "duplicate": 1}
    assert report.examples["coerced"] == ["UgxT2.likeCount", "fErRy2021aa.commentCount"]
    # the likeCount read with the whole file is the video's repair too, not only the file's
    assert video.extra["repairs"] == {"coerced": 2, "duplicate": 1}


def test_replies_without_their_thread():
    report = Report()
    (lost,) = read_youtube(REPLIES, report=report)
    assert lost.extra["id"] == ""
    assert [(c.id, c.in_reply_to) for c in lost.comments] == [
        ("UgxT1.r1", "UgxT1"),
        ("UgxT1.r2", "UgxT1"),
    ]
    assert report.counts == {"orphan": 2, "unknown_thread": 2}


def test_youtube_round_trip():
    for article in read_youtube(VIDEOS, THREADS, REPLIES):
        assert from_json(to_json(article)) == article
        assert from_json(to_json(article, flat=True)) == article


def test_pages_as_lines_or_array(tmp_path):
    lines = tmp_path / "pages.jsonl"
    lines.write_text(
        "\n".join(p.read_text().replace("\n", " ") for p in (VIDEOS, THREADS, REPLIES))
    )
    array = tmp_path / "pages.json"
    array.write_text("[" + ",".join(p.read_text() for p in (VIDEOS, THREADS, REPLIES)) + "]")
    expected = list(read_youtube(VIDEOS, THREADS, REPLIES))
    assert list(read_youtube(lines)) == expected
    assert list(read_youtube(array)) == expected


def test_youtube_bad_input():
    with pytest.raises(ParseError, match="expected a YouTube API response"):
        list(read_youtube(b"<html>"))
    with pytest.raises(ParseError, match="a response without items"):
        list(read_youtube(b'{"error": {"code": 403}}'))
    bad = b'{"items": [{"kind": "youtube#commentThread", "id": "x", "snippet": {}}]}'
    with pytest.raises(RecordError, match=r"without snippet\.topLevelComment\.id") as info:
        list(read_youtube(bad))
    assert (info.value.line, info.value.record) == (1, "x")
    report = Report()
    assert list(read_youtube(bad, errors="skip", report=report)) == []
    assert report.counts == {"skipped": 1}
