"""Publication dates: "02/05/2024" is read in the order of the page's language and country
(May 2 in Spain, February 5 in the United States); a value that reads both ways is turned round
when the page shows the other day."""

from __future__ import annotations

from datetime import datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsthread.html._date_order import date_order, month_first
from newsthread.html._metadata import extract_metadata
from newsthread.html._written_dates import date_in_text, parse_date


def published(page: str, url: str | None = None) -> datetime | None:
    return extract_metadata(LexborHTMLParser(page), url=url).published


@pytest.mark.parametrize(
    ("head", "lang"),
    [
        ('<meta name="date" content="02/05/2024">', "es"),
        ('<meta name="publish-date" content="02/05/2024">', "pt-BR"),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "02/05/2024"}</script>',
            "fr-FR",
        ),
        ('<meta property="og:locale" content="es_ES"><meta name="date" content="02/05/2024">', ""),
        ('<meta name="date" content="02/05/2024">', "en-GB"),
    ],
)
def test_a_day_first_language_reads_a_declared_slash_date_day_first(head: str, lang: str) -> None:
    page = f'<html lang="{lang}"><head>{head}</head><body><h1>Noticia</h1></body></html>'
    assert published(page) == datetime(2024, 5, 2)


def test_american_english_reads_the_month_first_in_text() -> None:
    page = (
        '<html lang="en-US"><body><h1>Council votes</h1>'
        '<div class="date">Published 02/05/2024</div><p>Text.</p></body></html>'
    )
    assert published(page) == datetime(2024, 2, 5)


def test_a_spanish_page_reads_the_day_first_in_text() -> None:
    page = (
        '<html lang="es-ES"><body><h1>El consejo vota</h1>'
        '<div class="fecha">Publicado: 02/05/2024</div><p>Texto.</p></body></html>'
    )
    assert published(page) == datetime(2024, 5, 2)


def test_a_date_that_reads_only_one_way_is_read_so_whatever_the_language() -> None:
    page = (
        '<html lang="es"><body><h1>El consejo vota</h1>'
        '<div class="fecha">12/25/2024</div><p>Texto.</p></body></html>'
    )
    assert published(page) == datetime(2024, 12, 25)


def test_a_machine_value_in_the_other_order_is_turned_round_by_the_day_the_page_shows() -> None:
    # A German page whose content system writes "MM/dd/yyyy": the page shows 1 November.
    page = (
        '<html lang="de"><head><meta name="date" content="11/01/2023 12:43:42"></head>'
        "<body><h1>Trinkwasser belastet</h1><p>01.11.2023</p><p>Die Gemeinde warnte.</p>"
        "</body></html>"
    )
    assert published(page) == datetime(2023, 11, 1, 12, 43, 42)


@pytest.mark.parametrize(
    ("languages", "url", "expected"),
    [
        (["en-US"], None, True),
        (["en_GB"], None, False),
        (["en"], "https://news.example.com/a", None),
        (["en"], "https://news.example.us/a", True),
        (["en"], "https://www.paper.co.uk/a", False),
        (["es"], "https://diario.example.com/a", False),
        ([None, ""], "https://www.zeitung.de/a", False),
        ([None], "https://news.example.com/a", None),
        ([], None, None),
    ],
)
def test_the_order_a_page_writes_dates_in(
    languages: list[str | None], url: str | None, expected: bool | None
) -> None:
    assert month_first(languages, (url,)) is expected


def test_outside_a_page_the_readers_keep_their_defaults() -> None:
    assert parse_date("02/05/2024") == datetime(2024, 2, 5)
    assert date_in_text("on 02/05/2024") == datetime(2024, 5, 2)
    with date_order(True):
        assert date_in_text("on 02/05/2024") == datetime(2024, 2, 5)
    with date_order(False):
        assert parse_date("02/05/2024 10:30") == datetime(2024, 5, 2, 10, 30)
        assert parse_date("2024/02/05") == datetime(2024, 2, 5)  # year first is never turned


def _thread_page(lang: str) -> str:
    return (
        f'<html lang="{lang}"><head><title>Ferry</title></head><body><article><h1>Ferry</h1>'
        "<p>The ferry runs again on Sundays this winter, the operator said.</p></article>"
        '<ol class="commentlist"><li class="comment" id="comment-1">'
        '<div class="comment-author">Ann</div><div class="comment-meta">03/05/2024 10:15</div>'
        "<p>Good news for the island.</p></li></ol></body></html>"
    )


@pytest.mark.parametrize(("lang", "month"), [("en-GB", 5), ("es", 5), ("en-US", 3)])
def test_comment_dates_are_read_the_page_s_way_round(lang: str, month: int) -> None:
    from newsthread import from_html

    [comment] = from_html(_thread_page(lang)).iter_comments()
    assert comment.published == datetime(2024, month, 3 if month == 5 else 5, 10, 15)
