"""Stack Exchange dumps: questions with answers and comments, users, unknown threads, errors."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsthread.errors import ParseError, RecordError
from newsthread.serialize import from_json, to_json
from newsthread.sources import Report
from newsthread.sources.stackexchange import read_stackexchange

DATA = Path(__file__).parent / "data" / "sources" / "stackexchange"
POSTS, COMMENTS, USERS = DATA / "Posts.xml", DATA / "Comments.xml", DATA / "Users.xml"


def tree(article):
    return [(c.id, c.depth, c.author.name if c.author else None) for c in article.iter_comments()]


def read(**options):
    return list(read_stackexchange(POSTS, COMMENTS, users=USERS, **options))


def test_question_with_answers_and_comments():
    report = Report()
    question, unanswered, lost_answer, lost_comment = read(report=report)
    assert question.title == "Reading a ferry timetable in UTC"
    assert [b.text for b in question.body] == [
        "How do I read a ferry timetable in UTC?",
        "The times look shifted.",
    ]
    assert question.tags == ["timezones", "ferries"]
    assert [a.name for a in question.authors] == ["ana_k"]
    assert question.published == datetime(2021, 3, 1, 9, 0, 0, 250000, tzinfo=UTC)
    assert question.modified == datetime(2021, 3, 1, 10, tzinfo=UTC)
    assert question.extra == {
        "source": "stackexchange",
        "id": "1",
        "score": 12,
        "accepted_answer": "a3",
        "license": "CC BY-SA 4.0",
        "views": 340,
    }
    assert tree(question) == [
        ("c100", 1, "tide_expert"),
        ("a2", 1, "guest_sailor"),
        ("a3", 1, "tide_expert"),
        ("c101", 2, "ana_k"),
    ]
    accepted = question.comment("a3")
    assert accepted.text == "Timetables print local time.\n\nutc = local - offset"
    assert (accepted.score, accepted.extra) == (9, {"kind": "answer", "accepted": True})
    assert question.comment("c100").score == 2
    assert unanswered.tags == ["ferries"]  # the newer |tag| form
    assert [a.name for a in unanswered.authors] == ["user12"]  # not in Users.xml
    assert unanswered.extra["repairs"] == {"ambiguous": 1}  # Score="abc"
    assert (lost_answer.title, lost_answer.extra["id"], tree(lost_answer)) == (
        None,
        "7",
        [("a8", 1, "ana_k")],
    )
    assert tree(lost_comment) == [("c102", 1, "passer_by")]
    assert report.counts == {"ambiguous": 1, "other_item": 1, "unknown_thread": 2}


def test_without_comments_and_users():
    question, *_ = read_stackexchange(POSTS)
    assert tree(question) == [("a2", 1, "guest_sailor"), ("a3", 1, "user11")]


def test_stackexchange_round_trip():
    for article in read():
        assert from_json(to_json(article)) == article
        assert from_json(to_json(article, flat=True)) == article


def test_rows_without_ids(tmp_path):
    posts = b'<posts><row PostTypeId="1" Title="x"/><row Id="1" PostTypeId="1" Title="y"/></posts>'
    comments = b'<comments><row Id="5" Text="no post"/></comments>'
    with pytest.raises(RecordError, match="a post row without Id") as info:
        list(read_stackexchange(posts, comments))
    assert (info.value.source, info.value.line) == ("<bytes>", 1)
    report = Report()
    (article,) = read_stackexchange(posts, comments, errors="skip", report=report)
    assert article.title == "y"
    assert report.examples["skipped"] == [
        "<bytes>: row 1: a post row without Id",
        "<bytes>: row 1: a comment row without Id or PostId (id 5)",
    ]


def test_broken_dump(tmp_path):
    path = tmp_path / "Posts.xml"
    path.write_bytes(POSTS.read_bytes()[:600])
    with pytest.raises(ParseError, match="invalid XML") as info:
        list(read_stackexchange(path))
    assert info.value.source == str(path)
