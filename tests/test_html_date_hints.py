"""Date hints: precise times kept, a url day confirming them, day hints from the article only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from selectolax.lexbor import LexborHTMLParser

from newsthread.html._metadata import Metadata, extract_metadata


def meta_of(head: str, body: str = "", url: str | None = None) -> Metadata:
    doc = LexborHTMLParser(f"<html><head>{head}</head><body>{body}</body></html>")
    return extract_metadata(doc, url=url)


def test_url_day_keeps_the_time_of_an_instant_within_a_day() -> None:
    meta = meta_of(
        "",
        '<article><time datetime="2020-02-25T02:25:54Z">Feb 25</time><p>Text</p></article>',
        url="https://news.example/2020/02/24/a-story/",
    )
    assert meta.published == datetime(2020, 2, 25, 2, 25, 54, tzinfo=UTC)
    assert meta.published.date().isoformat() == "2020-02-24"
    assert meta.published.utcoffset() == timedelta(hours=-3)


def test_url_day_replaces_an_instant_farther_away() -> None:
    meta = meta_of(
        "",
        '<article><time datetime="2020-02-27T02:25:54Z">Feb 27</time></article>',
        url="https://news.example/2020/02/24/a-story/",
    )
    assert meta.published == datetime(2020, 2, 24)


def test_written_date_does_not_override_an_rfc_date_attribute() -> None:
    meta = meta_of(
        "",
        '<span itemprop="datePublished" content="Tue, 25 Feb 2020 02:25:54 +0000">'
        "February 24, 2020</span>",
    )
    assert meta.published == datetime(2020, 2, 25, 2, 25, 54, tzinfo=UTC)
    assert meta.published.utcoffset() is not None


def test_written_date_does_not_override_a_unix_title() -> None:
    meta = meta_of("", '<abbr class="published" title="1582597554">February 24, 2020</abbr>')
    assert meta.published == datetime(2020, 2, 25, 2, 25, 54, tzinfo=UTC)


def test_written_date_settles_an_ambiguous_attribute_and_keeps_its_time() -> None:
    meta = meta_of(
        "", '<span itemprop="datePublished" content="06-08-2009 14:30">6. August 2009</span>'
    )
    assert meta.published == datetime(2009, 8, 6, 14, 30)


UTC_FIVE = '<meta property="article:published_time" content="2020-02-25T05:00:00Z">'


def test_sidebar_date_does_not_move_the_day_the_url_confirms() -> None:
    meta = meta_of(
        UTC_FIVE,
        '<aside><time datetime="2020-02-24">Feb 24</time></aside><article><p>Text</p></article>',
        url="https://news.example/2020/02/25/a-story/",
    )
    assert meta.published == datetime(2020, 2, 25, 5, tzinfo=UTC)
    assert meta.published.utcoffset() == timedelta(0)


def test_sidebar_date_gives_no_day_hint() -> None:
    meta = meta_of(UTC_FIVE, '<aside><time datetime="2020-02-24">Feb 24</time></aside>')
    assert meta.published is not None
    assert meta.published.utcoffset() == timedelta(0)
    assert meta.published.date().isoformat() == "2020-02-25"


def test_article_date_still_gives_the_day() -> None:
    meta = meta_of(UTC_FIVE, '<article><time datetime="2020-02-24">Feb 24</time></article>')
    assert meta.published == datetime(2020, 2, 25, 5, tzinfo=UTC)
    assert meta.published.date().isoformat() == "2020-02-24"


def test_teaser_naive_time_invents_no_offset() -> None:
    meta = meta_of(UTC_FIVE, '<aside><time datetime="2020-02-25T08:00">8:00</time></aside>')
    assert meta.published == datetime(2020, 2, 25, 5, tzinfo=UTC)
    assert meta.published.utcoffset() == timedelta(0)


def test_article_naive_time_gives_the_offset() -> None:
    meta = meta_of(UTC_FIVE, '<article><time datetime="2020-02-25T08:00">8:00</time></article>')
    assert meta.published == datetime(2020, 2, 25, 5, tzinfo=UTC)
    assert meta.published.utcoffset() == timedelta(hours=3)
