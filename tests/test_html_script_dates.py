"""Publication dates and page scripts: a script's JSON state gives the date of a page rendered
from it, and its keys are never read as labels of the visible text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from selectolax.lexbor import LexborHTMLParser

from newsthread.html import from_html
from newsthread.html._datelines import labelled_date
from newsthread.html._metadata import extract_metadata
from newsthread.html._script_dates import date_in_scripts


def test_a_pages_state_in_a_script_gives_its_date() -> None:
    page = (
        "<html><body><div id='root'><h1>Wie man eine Tischdecke näht</h1><p>Text</p></div>"
        '<script>window.__STATE__ = {"page": {"title": "Tischdecke", "author": "robert",'
        ' "datePublished": "2022-01-10T22:06:08Z", "related": []}}</script>'
        "</body></html>"
    )
    meta = extract_metadata(LexborHTMLParser(page))
    assert meta.published == datetime(2022, 1, 10, 22, 6, 8, tzinfo=UTC)


def test_a_publication_key_beats_an_earlier_creation_key() -> None:
    page = (
        '<html><body><script>{"blocks": [{"createdAt": "2022-01-30T09:00:00+01:00"}],'
        ' "document": {"publishedAt": "2022-01-31T14:27:32+01:00"}}</script></body></html>'
    )
    found = date_in_scripts(LexborHTMLParser(page))
    assert found == datetime(2022, 1, 31, 14, 27, 32, tzinfo=timezone(timedelta(hours=1)))


def test_a_creation_key_when_no_publication_key() -> None:
    page = '<html><body><script>{"product": {"created_at": "2019-03-02T06:22:28+01:00"}}</script>'
    found = date_in_scripts(LexborHTMLParser(page))
    assert found == datetime(2019, 3, 2, 6, 22, 28, tzinfo=timezone(timedelta(hours=1)))


def test_a_scripts_update_key_is_not_a_labelled_date() -> None:
    page = (
        "<html><body><h2>Familie</h2><p>Wie spreche ich mit meiner Tochter?</p>"
        '<script>var state = {"__Updated": {"value": "2022-02-09T11:04:09Z"}};</script>'
        "<p>Aktualisiert: 17.02.2022</p></body></html>"
    )
    assert labelled_date(LexborHTMLParser(page)) == datetime(2022, 2, 17)


def test_a_script_without_a_date_key_gives_nothing() -> None:
    page = '<html><body><script>var cfg = {"updated": "2022-02-09", "date": "x"};</script></body>'
    assert date_in_scripts(LexborHTMLParser(page)) is None


def test_json_ld_is_not_read_again_as_a_scripts_state() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@graph": ['
        '{"@type": "ClaimReview", "itemReviewed": {"@id": "#claim"}},'
        '{"@type": "CreativeWork", "@id": "#claim", "datePublished": "2021-01-01"}]}'
        "</script></head><body><h1>Fact check</h1><p>Text</p></body></html>"
    )
    assert extract_metadata(LexborHTMLParser(page)).published is None


def test_a_how_to_is_the_pages_article_in_json_ld() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "HowTo",'
        ' "name": "Wie man eine Tischdecke näht", "author": {"@type": "Person",'
        ' "name": "Robert Stitz"}, "datePublished": "2022-01-10T22:06:08Z"}</script></head>'
        "<body><h1>Wie man eine Tischdecke näht</h1><p>Robert Stitz</p></body></html>"
    )
    meta = extract_metadata(LexborHTMLParser(page))
    assert meta.published == datetime(2022, 1, 10, 22, 6, 8, tzinfo=UTC)
    assert [a.name for a in meta.authors] == ["Robert Stitz"]


def test_a_state_whose_only_date_key_is_published_at() -> None:
    # ("publishedAt" holds no "ate": the scripts' quick test once passed it over)
    state = '{"props":{"pageProps":{"article":{"headline":"Library stays open","publishedAt":"2021-03-14T09:30:00.000Z"}}}}'
    html = (
        "<html><body><main><h1>Library stays open</h1><p>The council voted to keep it.</p></main>"
        f'<script id="__NEXT_DATA__" type="application/json">{state}</script></body></html>'
    )
    published = from_html(html, quotes=False).published
    assert published is not None
    assert published.isoformat() == "2021-03-14T09:30:00+00:00"
