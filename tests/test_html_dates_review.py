"""Publication dates: the cases a review found (precise times kept, day hints from the article only)."""

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
