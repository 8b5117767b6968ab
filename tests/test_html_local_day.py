"""Publication dates: a UTC instant the page gives no local day for is put in the zone of the
site's country (its domain, else its language); the instant never changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsthread.html._metadata import Metadata, extract_metadata
from newsthread.html._zones import site_zone, top_level_domain


def meta_of(instant: str, url: str | None, lang: str | None = None) -> Metadata:
    html_lang = f' lang="{lang}"' if lang else ""
    page = (
        f"<html{html_lang}><head>"
        f'<meta property="article:published_time" content="{instant}"></head>'
        "<body><h1>A</h1><p>Text</p></body></html>"
    )
    return extract_metadata(LexborHTMLParser(page), url=url)


def test_a_late_utc_instant_on_a_german_site_is_the_next_local_day() -> None:
    meta = meta_of("2022-01-10T23:06:08Z", "https://www.zeitung.de/politik/artikel")
    assert meta.published == datetime(2022, 1, 10, 23, 6, 8, tzinfo=UTC)
    assert meta.published is not None
    assert meta.published.isoformat() == "2022-01-11T00:06:08+01:00"


def test_summer_time_is_the_zones() -> None:
    meta = meta_of("2019-07-21T22:30:00Z", "https://www.blog.ch/eintrag")
    assert meta.published is not None
    assert meta.published.isoformat() == "2019-07-22T00:30:00+02:00"


def test_the_language_when_the_domain_names_no_country() -> None:
    meta = meta_of("2019-06-23T20:00:00Z", "https://www.news.com/a", lang="ja")
    assert meta.published is not None
    assert meta.published.isoformat() == "2019-06-24T05:00:00+09:00"


def test_a_language_with_a_region() -> None:
    meta = meta_of("2022-05-04T01:49:00Z", "https://www.noticias.com/a", lang="pt-BR")
    assert meta.published is not None
    assert meta.published.isoformat() == "2022-05-03T22:49:00-03:00"


def test_no_zone_is_guessed_for_a_site_of_no_known_country() -> None:
    meta = meta_of("2022-05-04T01:49:00Z", "https://www.news.com/a", lang="en")
    assert meta.published == datetime(2022, 5, 4, 1, 49, tzinfo=UTC)
    assert meta.published is not None
    assert meta.published.utcoffset() == timedelta(0)


def test_midnight_utc_on_the_dot_is_a_day_without_a_time() -> None:
    meta = meta_of("2019-06-17T00:00:00+00:00", "https://www.example.com.br/a")
    assert meta.published is not None
    assert meta.published.isoformat() == "2019-06-17T00:00:00+00:00"


def test_the_url_day_beats_the_sites_zone() -> None:
    meta = meta_of("2022-01-10T23:06:08Z", "https://www.zeitung.de/2022/01/10/artikel")
    assert meta.published is not None
    assert meta.published.isoformat() == "2022-01-10T23:06:08+00:00"


def test_site_zone_reads_the_country_domain_first() -> None:
    zone = site_zone(("https://www.lemonde.fr/a",), "de")
    assert zone is not None
    assert datetime(2022, 1, 10, 12, tzinfo=zone).utcoffset() == timedelta(hours=1)
    assert site_zone(("https://startup.io/a", None), None) is None
    assert site_zone(("http://[x/a",), "es") is None


def test_a_utc_instant_moves_to_the_day_a_date_element_shows_when_no_heading_is_alone() -> None:
    # Two <h1> (the logo's and the headline): no dateline by the heading; the date element
    # shows the evening before in America.
    page = (
        '<html lang="en"><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2021-03-02T02:30:00Z"}</script></head><body><h1>Lens</h1>'
        '<div><h1>Council votes</h1><span class="date">March 1, 2021</span><p>Text</p></div>'
        "</body></html>"
    )
    meta = extract_metadata(LexborHTMLParser(page), url="https://example.com/story")
    assert meta.published == datetime(2021, 3, 2, 2, 30, tzinfo=UTC)
    assert meta.published is not None
    assert meta.published.date().isoformat() == "2021-03-01"


def test_a_date_element_far_from_the_instants_day_moves_nothing() -> None:
    page = (
        '<html lang="en"><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2021-03-02T02:30:00Z"}</script></head><body><h1>Lens</h1>'
        '<div><h1>Council votes</h1><span class="date">June 1, 2020</span><p>Text</p></div>'
        "</body></html>"
    )
    meta = extract_metadata(LexborHTMLParser(page), url="https://example.com/story")
    assert meta.published is not None
    assert meta.published.isoformat() == "2021-03-02T02:30:00+00:00"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.bbc.co.uk/news/1", "uk"),
        ("https://Example.COM/a", "com"),
        ("https://127.0.0.1/x", "1"),
        ("/relative/path", None),
        ("http://[bad", None),
        (None, None),
    ],
)
def test_the_top_level_domain_of_an_address(url: str | None, expected: str | None) -> None:
    assert top_level_domain(url) == expected


def test_a_time_element_showing_its_instant_to_the_minute_gives_the_local_offset() -> None:
    # "16:29 Uhr" under a datetime of 14:29:08Z: the seconds are not shown
    page = (
        "<html><head>"
        '<meta property="article:published_time" content="2019-06-19T14:29:08Z"></head>'
        '<body><article><time datetime="2019-06-19T14:29:08Z"><span>19. Juni 2019</span>'
        "<span>16:29 Uhr</span></time><h1>A</h1><p>Text</p></article></body></html>"
    )
    published = extract_metadata(LexborHTMLParser(page)).published
    assert published is not None
    assert published.isoformat() == "2019-06-19T16:29:08+02:00"
