"""Publication dates: a value that gives the day alone takes the time and zone of a timestamp of
the same day found elsewhere on the page (a full timestamp is never lost to a date-only hint)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsthread.html._metadata import extract_metadata

CET = timezone(timedelta(hours=1))


def published(page: str) -> datetime | None:
    return extract_metadata(LexborHTMLParser(page)).published


def test_a_pdate_takes_the_instant_of_the_same_days_script_state() -> None:
    page = (
        '<html><head><meta name="pdate" content="20190117"></head><body><h1>Gehälter</h1>'
        '<script>var article = {"author": "Liesa Oguz",'
        ' "datePublished": "2019-01-17T15:15:00+01:00"};</script></body></html>'
    )
    assert published(page) == datetime(2019, 1, 17, 15, 15, tzinfo=CET)


def test_a_script_timestamp_of_another_day_is_not_taken() -> None:
    page = (
        '<html><head><meta name="pdate" content="20190117"></head><body>'
        '<script>{"datePublished": "2019-01-16T15:15:00+01:00"}</script></body></html>'
    )
    assert published(page) == datetime(2019, 1, 17)


def test_a_written_day_takes_the_rdfa_creation_instant() -> None:
    page = (
        "<html><body><h1>Wachstum</h1><p class='date'>28.01.2022</p>"
        '<span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span>'
        "<p>Text of the story.</p></body></html>"
    )
    assert published(page) == datetime(2022, 1, 28, 12, 45, 46, tzinfo=UTC)


def test_a_written_wall_time_takes_only_the_zone_of_the_same_wall_time() -> None:
    page = (
        '<html><head><meta property="article:published_time" content="2022-01-28T06:00:00">'
        '</head><body><script>{"datePublished": "2022-01-28T06:00:00+01:00",'
        ' "dateCreated": "2022-01-28T09:30:00+01:00"}</script></body></html>'
    )
    assert published(page) == datetime(2022, 1, 28, 6, tzinfo=CET)


def test_a_videos_upload_time_of_the_same_day_completes_the_date() -> None:
    page = (
        "<html><body><h1>Rede</h1><div class='date'>16.10.2019</div>"
        "<div itemscope itemtype='https://schema.org/VideoObject'>"
        "<meta itemprop='uploadDate' content='2019-10-16T18:15:00Z'></div>"
        "<p>Text.</p></body></html>"
    )
    assert published(page) == datetime(2019, 10, 16, 18, 15, tzinfo=UTC)


def test_og_article_published_time_gives_only_a_time() -> None:
    page = (
        '<html><head><meta property="og:article:published_time" content="2022-01-15">'
        '<meta property="og:article:published_time" content="2022-01-25T10:04:00+01:00">'
        "</head><body><h1>Schneesport</h1><p class='date'>25.01.2022</p><p>Text</p>"
        "</body></html>"
    )
    assert published(page) == datetime(2022, 1, 25, 10, 4, tzinfo=CET)


@pytest.mark.parametrize(
    "key",
    [
        'property="shareaholic:article_published_time"',
        'name="published_time"',
        'name="pub_date"',
        'name="prism.publicationDate"',
        'name="dcterms:created"',
        'name="DC.created"',
        'name="DCSext.articleFirstPublished"',
    ],
)
def test_less_common_publication_keys(key: str) -> None:
    page = f'<html><head><meta {key} content="2017-06-07T11:19:22+02:00"></head><body></body>'
    assert published(page) == datetime(2017, 6, 7, 11, 19, 22, tzinfo=timezone(timedelta(hours=2)))


def evening_page(lang: str) -> str:
    return (
        f'<html lang="{lang}"><head><script type="application/ld+json">'
        '{"@type": "NewsArticle", "datePublished": "2019-11-19"}</script>'
        '<meta property="article:published_time" content="2019-11-20T02:00:00Z">'
        "</head><body><h1>Votação</h1><p>Texto.</p></body></html>"
    )


def test_a_utc_instant_of_the_next_day_in_utc_completes_the_local_day() -> None:
    meta = extract_metadata(LexborHTMLParser(evening_page("pt-BR")))
    assert meta.published is not None
    assert meta.published.isoformat() == "2019-11-19T23:00:00-03:00"


def test_without_the_sites_zone_the_day_stays_without_a_time() -> None:
    meta = extract_metadata(LexborHTMLParser(evening_page("en")))
    assert meta.published == datetime(2019, 11, 19)


def test_an_rfc_2822_value_of_the_same_day_gives_the_instant() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2019-11-19"}</script>'
        '<meta name="dcterms.date" content="Tue, 19 Nov 2019 11:00:09 GMT"></head>'
        "<body><h1>Budget</h1></body></html>"
    )
    assert published(page) == datetime(2019, 11, 19, 11, 0, 9, tzinfo=UTC)


def test_the_time_written_by_the_heading_on_that_day_completes_a_date_only_value() -> None:
    page = (
        '<html lang="en"><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2019-11-19"}</script></head><body><article><h1>Budget agreed</h1>'
        '<p class="byline">By Jane Doe | Nov. 19, 2019, 11:00 a.m.</p><p>Text.</p>'
        "</article></body></html>"
    )
    assert published(page) == datetime(2019, 11, 19, 11, 0)


def test_a_time_written_on_another_day_is_not_taken() -> None:
    page = (
        '<html lang="en"><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2019-11-19"}</script></head><body><article><h1>Budget agreed</h1>'
        '<p class="byline">Updated Nov. 20, 2019, 11:00 a.m.</p><p>Text.</p>'
        "</article></body></html>"
    )
    assert published(page) == datetime(2019, 11, 19)


def test_a_written_json_ld_day_takes_the_instant_of_article_published_time() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "November 19, 2019"}</script>'
        '<meta property="article:published_time" content="2019-11-19T11:00:09-05:00">'
        "</head><body><h1>Budget</h1></body></html>"
    )
    assert published(page) == datetime(2019, 11, 19, 11, 0, 9, tzinfo=timezone(timedelta(hours=-5)))
