"""Declared authors the first readers of the metadata pass over.

``declared_authors`` is asked when neither the page's article item (JSON-LD) nor the
``<meta>`` names it knows name an author. It reads, in this order:

- the JSON-LD again, leniently: scripts wrapped in HTML comments or holding several
  objects one after the other, an article nested in another item (``WebPage.mainEntity``),
  a person named by ``givenName`` and ``familyName``; never the author of a reviewed claim,
  a cited work, a review or a comment;
- ``<meta>`` names that call an author an author in any other way (``article.author``,
  ``content_author``, ``creator``…): the last word of the name decides;
- Parse.ly's ``parsely-page`` JSON.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from newsthread.html._bylines import add_authors
from newsthread.html._page_nodes import PageNodes
from newsthread.model import Author

__all__ = ["declared_authors"]

# Items whose author is the article's: article types and the page around one.
_OWN_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "askpublicnewsarticle",
        "satiricalarticle",
        "liveblogposting",
        "scholarlyarticle",
        "techarticle",
        "report",
        "socialmediaposting",
        "posting",
        "webpage",
        "itempage",
        "videoobject",
        "claimreview",  # the fact check's author, never its claim's (not walked into)
    }
)
_AROUND_TYPES = frozenset({"webpage", "itempage", "videoobject"})
# Properties that lead to other works, whose authors are not the article's.
_OTHER_WORKS = frozenset(
    {
        "itemreviewed",
        "review",
        "reviews",
        "comment",
        "comments",
        "citation",
        "isbasedon",
        "mentions",
        "about",
        "haspart",
        "ispartof",
        "subjectof",
        "workexample",
        "relatedlink",
        "significantlink",
        "publisher",
        "image",
        "video",
        "associatedmedia",
    }
)
# Not walked into: other works, and the credits read from the item itself.
_NOT_OWN = _OTHER_WORKS | {"author", "creator", "contributor", "editor"}
_ORGANISATIONS = frozenset({"organization", "newsmediaorganization", "corporation"})
_COMMENT_WRAP = re.compile(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$")


def _documents(raw: str) -> Iterator[Any]:
    """The JSON values of one script: one, or several written one after the other."""
    if "<!" in raw or "]]>" in raw or "-->" in raw:  # (else there is no wrapper to find)
        raw = _COMMENT_WRAP.sub("", raw)
    text = raw.strip().rstrip(";")
    decoder = json.JSONDecoder(strict=False)
    at = 0
    while at < len(text):
        try:
            value, end = decoder.raw_decode(text, at)
        except (ValueError, RecursionError):  # RecursionError: nesting deeper than json reads
            return
        yield value
        at = end
        while at < len(text) and text[at] in " \t\r\n,;":
            at += 1


def _types(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].casefold() for k in kinds if isinstance(k, str)}


def _own_items(nodes: PageNodes) -> Iterator[dict[str, Any]]:
    """Every JSON-LD item of the article's own kind, however deep, never inside another work."""
    for script in nodes.ld_json_scripts():
        for document in _documents(script.text(deep=True)):
            stack: list[Any] = [document]
            while stack:
                value = stack.pop()
                if isinstance(value, list):
                    stack.extend(reversed(value))
                    continue
                if not isinstance(value, dict):
                    continue
                kinds = _types(value)
                if "claim" in kinds:
                    continue  # a ClaimReview's claim: its author is the claimant
                if kinds & _OWN_TYPES:
                    yield value
                for key, inner in value.items():
                    if isinstance(inner, dict | list) and key.casefold() not in _NOT_OWN:
                        stack.append(inner)


def _person_names(value: Any) -> Iterator[tuple[str | None, str | None]]:
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str):
            yield item, None
            continue
        if not isinstance(item, dict) or _types(item) & _ORGANISATIONS:
            continue
        name = item.get("name")
        if isinstance(name, list):
            name = next((n for n in name if isinstance(n, str)), None)
        if not isinstance(name, str) or not name.strip():
            given, family = item.get("givenName"), item.get("familyName")
            parts = [p for p in (given, family) if isinstance(p, str) and p.strip()]
            name = " ".join(parts) if parts else None
        url = item.get("url")
        yield name, (url if isinstance(url, str) else None)


# <meta> names whose last word calls the value an author ("article.author",
# "content_author", "creator"), but not a Twitter handle or the site's web designer.
_AUTHOR_WORD = re.compile(
    r"(?:^|[.:_\-\s])(?:author|authors|authorname|creator|byline|byl|writer|autor|auteur)$"
)
_NOT_THE_AUTHOR = re.compile(r"twitter|web_?author|designer|copyright|reply|generator|app")
_PARSELY = ("parsely-page", "parsely-metadata")


def _meta_authors(values: dict[str, list[str]]) -> Iterator[tuple[str | None, str | None]]:
    for key, found in values.items():
        if _AUTHOR_WORD.search(key) and not _NOT_THE_AUTHOR.search(key):
            for value in found:
                yield value, None
    for key in _PARSELY:
        for value in values.get(key, ()):
            try:
                data = json.loads(value)
            except (ValueError, RecursionError):
                continue
            if isinstance(data, dict):
                credit = data.get("authors") or data.get("author")
                for name in credit if isinstance(credit, list) else [credit]:
                    if isinstance(name, str):
                        yield name, None


def declared_authors(nodes: PageNodes, values: dict[str, list[str]]) -> list[Author]:
    """Authors the page declares where the first readers did not look (see the module)."""
    out: list[Author] = []
    if nodes.ld_json_scripts():
        items = list(_own_items(nodes))
        articles = [item for item in items if not _types(item) <= _AROUND_TYPES]
        # The page or a video around the article only when no article item is there (an
        # embedded video's author is not the article's).
        for item in articles or items:
            add_authors(out, _person_names(item.get("author") or item.get("creator")), marked=True)
            if out:
                return out
    add_authors(out, _meta_authors(values), marked=True)
    return out
