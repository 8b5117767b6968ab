"""Disqus XML export: threads, posts, statuses, unknown threads, safe XML, errors."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsthread.errors import MissingExtraError, ParseError, RecordError
from newsthread.serialize import from_json, to_json
from newsthread.sources import Report
from newsthread.sources.disqus import read_disqus

EXPORT = Path(__file__).parent / "data" / "sources" / "disqus" / "export.xml"
HEAD = b'<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">'


def tree(article):
    return [(c.id, c.depth, c.status.value, c.in_reply_to) for c in article.iter_comments()]


def test_threads_with_their_posts():
    report = Report()
    ferry, night, unknown = read_disqus(EXPORT, report=report)
    assert ferry.title == "Council approves the new ferry timetable"
    assert ferry.url == "https://gazette.example.com/2021/ferry-timetable"
    assert ferry.published == datetime(2021, 3, 1, 9, tzinfo=UTC)
    assert [a.name for a in ferry.authors] == ["Gazette Desk"]
    assert ferry.extra == {"source": "disqus", "id": "7001", "identifier": "story-ferry-2021"}
    assert tree(ferry) == [
        ("8001", 1, "published", None),
        ("8002", 2, "published", None),  # listed after the spam post, linked by <parent>
        ("8003", 1, "spam", None),
    ]
    assert tree(night) == [("8004", 1, "deleted", None), ("8005", 1, "published", "8999")]
    assert night.extra == {
        "source": "disqus",
        "id": "7002",
        "closed": True,
        "repairs": {"coerced": 1, "orphan": 1},
    }
    assert unknown.title is None
    assert unknown.extra == {"source": "disqus", "id": "7999", "repairs": {"unknown_thread": 1}}
    assert tree(unknown) == [("8006", 1, "published", None)]
    assert report.counts == {"coerced": 1, "orphan": 1, "unknown_thread": 1}
    assert report.examples["coerced"] == ["7002/8005.isDeleted"]


def test_post_fields_and_no_private_data():
    ferry, night, _ = read_disqus(EXPORT)
    first = ferry.comment("8001")
    assert first.text == "Finally some sense.\n\nSeven to two!"
    assert first.author.name == "Ana K"
    assert first.published == datetime(2021, 3, 1, 9, 30, tzinfo=UTC)
    assert first.extra == {"username": "ana_k"}
    assert ferry.comment("8002").text == "Seven to two, & the mayor abstained."
    assert ferry.comment("8003").extra == {"anonymous": True}
    assert night.comment("8004").text == ""
    dumped = to_json(ferry) + to_json(night)
    assert "example.org" not in dumped and "192.0.2" not in dumped


def test_disqus_round_trip():
    for article in read_disqus(EXPORT.read_bytes()):
        assert from_json(to_json(article)) == article
        assert from_json(to_json(article, flat=True)) == article


def test_invalid_xml_names_file_and_line(tmp_path):
    path = tmp_path / "export.xml"
    path.write_bytes(HEAD + b'\n<thread dsq:id="1"><title>x</title>\n<post></thread>')
    with pytest.raises(ParseError, match="invalid XML") as info:
        list(read_disqus(path))
    assert (info.value.source, info.value.line) == (str(path), 3)


def test_entity_expansion_is_refused():
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>' + HEAD + b"<thread>&b;</thread></disqus>"
    )
    with pytest.raises(ParseError, match="refused XML"):
        list(read_disqus(bomb))


def test_post_without_thread(tmp_path):
    data = HEAD + b'<post dsq:id="5"><message>hi</message></post></disqus>'
    with pytest.raises(RecordError, match="without <thread dsq:id>") as info:
        list(read_disqus(data))
    assert (info.value.line, info.value.record) == (1, "5")
    report = Report()
    assert list(read_disqus(data, errors="skip", report=report)) == []
    assert report.examples["skipped"] == [
        "<bytes>: record 1: a post without <thread dsq:id> (id 5)"
    ]


def test_missing_defusedxml_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "defusedxml.ElementTree", None)
    with pytest.raises(MissingExtraError, match=r"newsthread\[xml\]"):
        list(read_disqus(EXPORT))
