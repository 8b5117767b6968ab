"""The publication date a page's scripts hold for it: the state a script-rendered page is built
from (``__NEXT_DATA__``, an app's JSON) names its article's date under keys of its own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from selectolax.lexbor import LexborHTMLParser

from newsthread.html._page_nodes import PageNodes
from newsthread.html._written_dates import parse_date

__all__ = ["date_in_scripts", "script_date_values"]

# A JSON key that names a publication, then one that names a creation; the value a string.
_KEYS = (
    re.compile(
        r'"(?:datePublished|publishedAt|published_at|publishDate|publishedDate|publish_date|'
        r"publicationDate|publication_date|firstPublished|first_publish_date|pubDate)"
        r'"\s*:\s*"([^"]{8,40})"'
    ),
    re.compile(r'"(?:dateCreated|createdAt|created_at)"\s*:\s*"([^"]{8,40})"'),
)


# How much of each script is searched (the article's own state comes first in it).
_SCRIPT_MAX = 200_000


def date_in_scripts(doc: LexborHTMLParser, nodes: PageNodes | None = None) -> datetime | None:
    """The first publication date (else creation date) a script's JSON gives, or None.

    JSON-LD is not read here: its article was read as such, and its other objects (the claim
    a ClaimReview reviews, a product, an event) are not the article.
    """
    for value in script_date_values(doc, json_ld=False, nodes=nodes):
        found = parse_date(value)
        if found is not None:
            return found
    return None


def script_date_values(
    doc: LexborHTMLParser, *, json_ld: bool = True, nodes: PageNodes | None = None
) -> Iterator[str]:
    """The values of the publication keys in the page's scripts, in order, then those of the
    creation keys; ``json_ld=False`` leaves out JSON-LD scripts."""
    scripts = (
        [(node, node.attributes) for node in doc.css("script")] if nodes is None else nodes.scripts
    )
    codes = [
        code
        for node, attrs_ in scripts
        if (json_ld or attrs_.get("type") != "application/ld+json")
        # ("ate" of the keys' "Date", "date", "created"; "publishedAt", "published_at",
        # "firstPublished" hold none: "ublish")
        and ("ate" in (code := node.text(deep=True)[:_SCRIPT_MAX]) or "ublish" in code)
        and '":' in code
    ]
    for pattern in _KEYS:
        for code in codes:
            for match in pattern.finditer(code):
                yield match.group(1)
