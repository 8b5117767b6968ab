"""Publication dates: when the declared dates disagree, the day the page itself shows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from newsthread.html import from_html
from newsthread.html._metadata import extract_metadata

DATA = Path(__file__).parent / "data" / "html" / "main"


def test_a_revision_day_shown_under_the_heading_is_the_pages_date() -> None:
    article = from_html((DATA / "dates_shown_revision.html").read_bytes(), quotes=False)
    # The page shows only the day of its last change (12.01.2022), unlabelled.
    assert article.published == datetime(2022, 1, 12, 14, 27, 30, tzinfo=UTC)
    assert article.modified == datetime(2022, 1, 12, 14, 27, 30, tzinfo=UTC)


def test_a_revision_labelled_as_the_update_keeps_the_publication() -> None:
    article = from_html((DATA / "dates_labelled_revision.html").read_bytes(), quotes=False)
    assert article.published == datetime(
        2017, 12, 15, 8, 50, 2, tzinfo=timezone(timedelta(hours=-5))
    )


def test_the_revision_is_not_taken_when_the_page_also_shows_the_publication() -> None:
    page = (
        "<html><head>"
        '<meta property="article:published_time" content="2022-12-25T08:00:00+01:00">'
        '<meta property="article:modified_time" content="2022-12-07T10:10:52+01:00">'
        "</head><body><article><h1>Ann Kiessling und ihre Forschung</h1>"
        "<p>07.12.2022 | 25. Dezember 2022</p><p>Text</p></article></body></html>"
    )
    meta = extract_metadata(LexborHTMLParser(page))
    assert meta.published == datetime(2022, 12, 25, 8, tzinfo=timezone(timedelta(hours=1)))


def test_a_revision_shown_on_its_local_day_keeps_its_instant() -> None:
    page = (
        "<html><head>"
        '<meta property="article:published_time" content="2021-03-01T09:00:00Z">'
        '<meta property="article:modified_time" content="2021-03-14T23:30:00Z">'
        "</head><body><article><h1>Harry and Meghan</h1>"
        "<p>15.03.2021</p><p>Text</p></article></body></html>"
    )
    meta = extract_metadata(LexborHTMLParser(page))
    assert meta.published == datetime(2021, 3, 15, 0, 30, tzinfo=timezone(timedelta(hours=1)))


def test_json_ld_and_meta_disagree_and_the_page_shows_the_metas_day() -> None:
    page = (
        '<html><head><script type="application/ld+json">'
        '{"@type": "NewsArticle", "datePublished": "2022-01-04T07:29:00.000Z"}</script>'
        '<meta property="article:published_time" content="2022-01-06T08:29:34">'
        "</head><body><header><h1>Vanlife in Schweden</h1></header>"
        "<div class='lead'><p>Mit dem Wohnmobil durch Schweden!</p></div>"
        "<div class='info'><div class='item'>06.01.2022</div></div>"
        "<p>Schweden ist ein Paradies für Camper.</p></body></html>"
    )
    meta = extract_metadata(LexborHTMLParser(page))
    assert meta.published == datetime(2022, 1, 6, 8, 29, 34)


def test_a_revision_shown_at_the_top_of_the_text_without_a_dateline() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle",'
        ' "datePublished": "2021-03-16T16:16:10Z", "dateModified": "2021-03-20T14:00:17Z"}'
        "</script></head><body><h1>Lockdown</h1><h1>verlängert</h1>"
        "<article><div class='publish-info'><p>20. März 2021 - 15:00 Uhr</p></div>"
        "<p>Bund und Länder wollen den Lockdown verlängern.</p></article></body></html>"
    )
    meta = extract_metadata(LexborHTMLParser(page))
    assert meta.published == datetime(2021, 3, 20, 14, 0, 17, tzinfo=UTC)


def test_declared_dates_of_days_the_page_does_not_show_change_nothing() -> None:
    page = (
        '<html><head><script type="application/ld+json">'
        '{"@type": "NewsArticle", "datePublished": "2022-01-04T07:29:00Z"}</script>'
        '<meta property="article:published_time" content="2022-01-06T08:29:34">'
        "</head><body><h1>Vanlife</h1><p>02.02.2022</p><p>Text.</p></body></html>"
    )
    meta = extract_metadata(LexborHTMLParser(page))
    assert meta.published == datetime(2022, 1, 4, 7, 29, tzinfo=UTC)
