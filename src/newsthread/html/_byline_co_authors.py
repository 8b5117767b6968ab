"""A declared author's co-authors, from the byline under the headline.

Ghost, Substack and the WordPress SEO plugins declare the first of a story's authors only (a
JSON-LD ``author`` or a ``<meta name=author>`` naming one person) while the byline names them
all ("Ana Pérez, Tom Black", "Maria Chen and David Okafor"). ``co_authors`` reads the byline
when the text by the headline shows the declared name joined to a first name, and keeps it only
when it names the declared author and people more, each a name of two words or more whose first
is a given name, linked to an author's page (``/author/…``, ``/@…``): a place, a bureau, an
outlet or the police after the name ("Maria Chen, Austin Bureau", "… and Florence Police", a
linked "Sydney Morning Herald") is no co-author.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from newsthread._given_names import is_given_name
from newsthread.html._byline_avatar import AUTHOR_PATH
from newsthread.html._byline_search import visible_bylines
from newsthread.html._bylines import is_outlet
from newsthread.html._datelines import heading_window
from newsthread.html._page_nodes import PageNodes
from newsthread.model import Author

__all__ = ["co_authors"]

# What joins two names in a byline: a comma, "and" in the languages of the byline readers, "&".
_JOINER = re.compile(
    r"\s*(?:,\s*(?:(?:and|und|et|y|e|en|&)\s+)?|\s+(?:and|und|et|y|e|i|en|og|och)\s+|\s*&\s*)",
    re.IGNORECASE,
)


def co_authors(
    doc: LexborHTMLParser, authors: list[Author], sites: list[str], nodes: PageNodes
) -> list[Author]:
    """The byline's authors when the page declares one of them only, else an empty list."""
    if len(authors) != 1:
        return []
    window = heading_window(doc, nodes)
    name = authors[0].name
    joiner = _joiner_after(window, name) if window else None
    if joiner is None:
        return []
    visible = visible_bylines(doc, sites, copyright=False, page_nodes=nodes)
    if len(visible) < 2 or name.casefold() not in {a.name.casefold() for a in visible}:
        return []
    others = [a.name for a in visible if a.name.casefold() != name.casefold()]
    for other in others:
        words = other.split()
        if len(words) < 2 or not is_given_name(words[0]) or is_outlet(other, sites):
            return []
    if not _linked(doc, others):
        return []  # "Maria Chen, Austin Bureau", "… and Florence Police": no author's page
    return visible


def _linked(doc: LexborHTMLParser, names: list[str]) -> bool:
    """Whether each of ``names`` is the whole text of a link to an author's page."""
    wanted = {name.casefold() for name in names}
    for link in doc.css("a[href]")[:_LINKS]:
        text = " ".join(link.text(deep=True).split()).casefold()
        if text in wanted:
            try:
                path = urlsplit(link.attributes.get("href") or "").path
            except ValueError:
                continue
            if AUTHOR_PATH.search(path) is not None:
                wanted.discard(text)
                if not wanted:
                    return True
    return False


_LINKS = 2000
_NEXT = 40


def _joiner_after(text: str, name: str) -> str | None:
    """The joiner after ``name`` in ``text`` where a first name follows it, or None."""
    at = text.find(name)
    while at >= 0:
        joined = _JOINER.match(text, at + len(name))
        # (a first name after it: "Tom Black", not "Senior Writer", "Reuters", "Berlin")
        if joined is not None:
            following = text[joined.end() : joined.end() + _NEXT].split(maxsplit=1)
            if following and is_given_name(following[0]):
                return joined.group()
        at = text.find(name, at + len(name))
    return None
