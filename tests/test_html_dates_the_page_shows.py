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
