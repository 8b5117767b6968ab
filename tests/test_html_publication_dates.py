"""Publication dates: the most precise value of the right day, published rather than updated."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from newsthread.html import from_html
from newsthread.html._metadata import date_in_text, extract_metadata, parse_date

DATA = Path(__file__).parent / "data" / "html" / "main"


def published(name: str) -> datetime | None:
    return from_html((DATA / name).read_bytes(), quotes=False).published


def test_a_full_timestamp_of_the_same_day_beats_a_date_only_value() -> None:
    article = from_html((DATA / "dates_day_and_timestamp.html").read_bytes(), quotes=False)
    assert article.published == datetime(2019, 11, 19, 11, 0, 9, tzinfo=UTC)
    assert article.modified == datetime(2019, 11, 20, 8, tzinfo=UTC)


def test_a_timestamp_of_another_day_does_not_replace_the_date() -> None:
    page = (
        '<html><head><script type="application/ld+json">'
        '{"@type": "NewsArticle", "datePublished": "2019-11-19"}</script>'
        '<meta property="article:published_time" content="2019-10-02T09:00:00Z"></head>'
        "<body><p>Text</p></body></html>"
    )
    meta = extract_metadata(LexborHTMLParser(page))
    assert meta.published == datetime(2019, 11, 19)


def test_a_date_labelled_in_the_text_when_the_markup_gives_none() -> None:
    # the label and the date in separate elements; the wiki-style "last modified" footer loses
    assert published("dates_labelled.html") == datetime(2022, 1, 26)


def test_last_modified_label_is_the_last_resort() -> None:
    page = "<html><body><h1>A</h1><h1>B</h1><p>Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</p></body></html>"
    assert from_html(page, quotes=False).published == datetime(2020, 1, 29)


def test_published_beats_updated_in_one_element() -> None:
    assert published("dates_updated_published.html") == datetime(2020, 3, 1)
    assert date_in_text("Aktualisiert am 5. März 2020, erstellt am 1. März 2020") == datetime(
        2020, 3, 1
    )
    # an update alone is still a date
    assert date_in_text("Updated March 5, 2020") == datetime(2020, 3, 5)


def test_iso_time_with_a_colon_before_the_fraction() -> None:
    assert parse_date("2022-01-10T22:06:08:684Z") == datetime(
        2022, 1, 10, 22, 6, 8, 684000, tzinfo=UTC
    )


def test_a_two_digit_year_in_a_date_element() -> None:
    page = (
        "<html><body><h1>A</h1><h1>B</h1><div class='uploaded-date'> 23.09.22 </div>"
        "<p>Text of the story.</p></body></html>"
    )
    assert from_html(page, quotes=False).published == datetime(2022, 9, 23)
    assert date_in_text("Version 1.2.3.4") is None
    assert date_in_text("31.12.98") == datetime(1998, 12, 31)


def test_an_updated_label_is_a_last_resort_date() -> None:
    page = (
        "<html><body><h1>A</h1><h1>B</h1><p>Text of the story.</p>"
        "<p><b>Aktualisiert am </b>17.01.2021.</p></body></html>"
    )
    assert from_html(page, quotes=False).published == datetime(2021, 1, 17)


def test_drupal_submitted_line_gives_the_date() -> None:
    page = (
        "<html><body><h1>A</h1><h1>B</h1><p>Text of the story.</p>"
        "<div class='submitted'>Gespeichert von <span class='username'>rasos</span> "
        "am 24. Juli 2017 - 18:55</div></body></html>"
    )
    assert from_html(page, quotes=False).published == datetime(2017, 7, 24)


def test_a_title_that_opens_with_its_date() -> None:
    page = (
        '<html><head><meta property="og:title" content="23.01.2022 - Wierer wins the sprint">'
        "</head><body><h1>A</h1><h1>B</h1><p>Text of the story.</p></body></html>"
    )
    assert from_html(page, quotes=False).published == datetime(2022, 1, 23)
