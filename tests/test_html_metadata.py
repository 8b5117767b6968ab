"""Metadata sources and their order of trust."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsthread.html._metadata import extract_metadata, parse_date


def meta_of(head: str, body: str = "") -> object:
    return extract_metadata(
        LexborHTMLParser(f"<html><head>{head}</head><body>{body}</body></html>")
    )


def test_json_ld_beats_opengraph_and_meta() -> None:
    meta = meta_of(
        '<meta property="og:title" content="OG title">'
        '<meta name="author" content="Meta Author">'
        '<script type="application/ld+json">[{"@type":"BlogPosting","headline":"LD title",'
        '"author":[{"@type":"Person","name":"Ada Lovelace"},{"@type":"Person","name":"Alan Turing"}],'
        '"datePublished":"2020-02-03T10:00:00+01:00","keywords":"a, b"}]</script>'
    )
    assert meta.title == "LD title"
    assert [a.name for a in meta.authors] == ["Ada Lovelace", "Alan Turing"]
    assert meta.published == datetime(2020, 2, 3, 10, tzinfo=timezone(timedelta(hours=1)))
    assert meta.tags == ["a", "b"]


def test_json_ld_with_trailing_comma_and_organisation_author() -> None:
    meta = meta_of(
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H",'
        '"author":{"@type":"Organization","name":"The Paper"},}</script>'
        '<meta name="parsely-author" content="Real Person">'
    )
    assert meta.title == "H"
    assert [a.name for a in meta.authors] == ["Real Person"]


def test_broken_json_ld_is_ignored() -> None:
    meta = meta_of(
        '<script type="application/ld+json">{"@type": </script><meta property="og:title" content="T">'
    )
    assert meta.title == "T"


def test_meta_conventions() -> None:
    meta = meta_of(
        '<meta name="dc.creator" content="By Jane Roe">'
        '<meta name="sailthru.date" content="2019-12-31 23:00:00">'
        '<meta name="parsely-section" content="Politics">'
        '<meta name="news_keywords" content="budget, tax">'
        '<meta name="twitter:title" content="Tw title">'
        '<meta name="twitter:description" content="Tw desc">'
        '<meta name="application-name" content="The Site">'
    )
    assert [a.name for a in meta.authors] == ["Jane Roe"]
    assert meta.published == datetime(2019, 12, 31, 23)
    assert meta.section == "Politics"
    assert meta.tags == ["budget", "tax"]
    assert meta.title == "Tw title"
    assert meta.description == "Tw desc"
    assert meta.site_name == "The Site"


def test_author_urls_and_view_all_links_are_not_names() -> None:
    meta = meta_of(
        '<meta property="article:author" content="https://facebook.com/someone">',
        '<a rel="author" href="/author/x">View all posts by Xavier</a>'
        '<span class="byline">by <a href="/u/kim">Kim Lee</a></span>',
    )
    assert [a.name for a in meta.authors] == ["Kim Lee"]


def test_commenters_are_not_authors() -> None:
    meta = meta_of(
        "",
        '<div id="comments"><ol class="comment-list"><li class="comment">'
        '<span class="author">Troll</span></li></ol></div>',
    )
    assert meta.authors == []


def test_visible_markup_is_the_last_resort() -> None:
    meta = meta_of(
        "<title>Headline here | The Daily</title>",
        '<h1>Headline here</h1><time datetime="2021-05-06T07:08:09Z">6 May</time>'
        '<span itemprop="author" itemscope><span itemprop="name">Mo Ali</span></span>',
    )
    assert meta.title == "Headline here"
    assert meta.published == datetime(2021, 5, 6, 7, 8, 9, tzinfo=UTC)
    assert [a.name for a in meta.authors] == ["Mo Ali"]


def test_title_element_loses_its_site_name() -> None:
    meta = meta_of(
        '<title>A story - The Daily</title><meta property="og:site_name" content="The Daily">'
    )
    assert meta.title == "A story"
    assert meta.site_name == "The Daily"


def test_language_from_html_or_meta() -> None:
    doc = LexborHTMLParser('<html lang="de_AT"><head></head><body></body></html>')
    assert extract_metadata(doc).language == "de-AT"
    assert meta_of('<meta http-equiv="content-language" content="fr">').language == "fr"


def test_canonical_link_then_og_url() -> None:
    assert (
        meta_of('<meta property="og:url" content="https://a.example/x">').canonical_url
        == "https://a.example/x"
    )
    assert (
        meta_of(
            '<link rel="canonical" href="https://b.example/y"><meta property="og:url" content="https://a.example/x">'
        ).canonical_url
        == "https://b.example/y"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2020-01-05T10:00:00+02:00",
            datetime(2020, 1, 5, 10, tzinfo=timezone(timedelta(hours=2))),
        ),
        ("2020-01-05", datetime(2020, 1, 5)),
        ("Sun, 05 Jan 2020 10:00:00 GMT", datetime(2020, 1, 5, 10, tzinfo=UTC)),
        ("05.01.2020", datetime(2020, 1, 5)),
        ("January 5, 2020 at 3:00 pm", datetime(2020, 1, 5, 15)),
        ("1578218400", datetime(2020, 1, 5, 10, tzinfo=UTC)),
        (1578218400, datetime(2020, 1, 5, 10, tzinfo=UTC)),
    ],
)
def test_parse_date_forms(text: object, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["", "yesterday", "5 January", "31.02.2020", None, "x" * 200, "0"])
def test_parse_date_refuses_what_is_not_a_date(text: object) -> None:
    assert parse_date(text) is None
