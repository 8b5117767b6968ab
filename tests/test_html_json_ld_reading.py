"""JSON-LD as pages write it: wrapped in comment or CDATA markers, with trailing commas, as
objects one after the other, with values in lists or ``@value`` objects."""

from __future__ import annotations

from datetime import datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsthread.html._metadata import Metadata, extract_metadata

ARTICLE = '{"@type": "NewsArticle", "headline": "Ferries resume", "datePublished": "2021-03-01"}'


def meta_of(script: str) -> Metadata:
    page = (
        f'<html><head><script type="application/ld+json">{script}</script></head>'
        "<body><p>Text.</p></body></html>"
    )
    return extract_metadata(LexborHTMLParser(page))


@pytest.mark.parametrize(
    "script",
    [
        f"<!-- {ARTICLE} -->",
        f"<![CDATA[ {ARTICLE[:-1]}, }} ]]>",
        f'{{"@type": "WebSite", "name": "Lens"}}\n{ARTICLE}',
        f'{{"@type": "WebSite", "name": "Lens"}}{ARTICLE};',
    ],
)
def test_the_article_is_read_from_the_ways_pages_write_json_ld(script: str) -> None:
    meta = meta_of(script)
    assert (meta.title, meta.published) == ("Ferries resume", datetime(2021, 3, 1))


@pytest.mark.parametrize("value", ['["2021-03-01", "2021-03-02"]', '{"@value": "2021-03-01"}'])
def test_a_date_given_as_a_list_or_a_value_object(value: str) -> None:
    meta = meta_of(f'{{"@type": "NewsArticle", "headline": "Ferries", "datePublished": {value}}}')
    assert meta.published == datetime(2021, 3, 1)


def test_a_script_that_is_no_json_gives_nothing() -> None:
    meta = meta_of("window.dataLayer = [];")
    assert (meta.title, meta.published) == (None, None)
