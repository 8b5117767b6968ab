"""Authors a script-rendered page names only in its state: the JSON or JavaScript object a
framework builds the page from (Next.js ``__NEXT_DATA__``, Nuxt ``window.__NUXT__``, Arc XP
``Fusion.globalContent``), read when the page shows no byline.

Such a state holds other articles too (menus, related stories, each with its authors), so an
author object is read only beside the article's own headline in it, as a key of the same
object: the first one after the headline's value, near it, else the last one just before it.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from newsthread.html._bylines import add_authors
from newsthread.html._page_nodes import PageNodes
from newsthread.model import Author

__all__ = ["script_authors"]

# A key naming the author or authors (quoted as JSON, or bare as a JavaScript object), then
# one object (or the first of a list) with a name; Arc XP's ``"credits":{"by":[…]}`` (read
# from "credits", no other key being "by").
_AUTHOR_OBJECT = re.compile(
    r"""["']?(?:authors?|byline|writers?|credits["']?\s*:\s*\{\s*["']?by)["']?\s*:\s*\[?\s*\{"""
    r"""[^{}\[\]]{0,300}?"""
    r"""["']?(?:name|display_?name|displayName|full_?name|fullName)["']?\s*:\s*"([^"\\]{2,60})\""""
)
# A further author object of the same list.
_NEXT_OBJECT = re.compile(
    r"""[^{}\[\]]{0,300}?\}\s*,\s*\{[^{}\[\]]{0,300}?"""
    r"""["']?(?:name|display_?name|displayName|full_?name|fullName)["']?\s*:\s*"([^"\\]{2,60})\""""
)
# How far from the headline's value an author object is read (after it, before it).
_AFTER = 3000
_BEFORE = 600
_MOST = 6
_HEADLINE_PREFIX = 40
_SCRIPT_MAX = 200_000


def script_authors(
    doc: LexborHTMLParser, headline: str, sites: tuple[str, ...], nodes: PageNodes | None = None
) -> list[Author]:
    """The authors a script's state gives beside the article's ``headline``, or none."""
    key = " ".join(headline.split())[:_HEADLINE_PREFIX]
    if len(key) < 8 or '"' in key or "\\" in key:
        return []
    scripts = (
        [(node, node.attributes) for node in doc.css("script")] if nodes is None else nodes.scripts
    )
    for node, attrs_ in scripts:
        if attrs_.get("type") == "application/ld+json":
            continue  # (read as JSON-LD)
        code = node.text(deep=True)[:_SCRIPT_MAX]
        at = code.find('"' + key)
        if at < 0 or ("uthor" not in code and "by" not in code):
            continue
        raw = _names_near(code, at)
        if raw:
            authors: list[Author] = []
            add_authors(authors, [(name, None) for name in raw], sites, marked=True)
            return authors
    return []


def _names_near(code: str, at: int) -> list[str]:
    """The names of the author objects beside the headline's value at ``at``: a key of the
    same object, no other object opened between them (a related story's own headline and
    authors, before or after the article's, open one)."""
    found = _AUTHOR_OBJECT.search(code, at, at + _AFTER)
    if found is not None and "{" in code[at : found.start()]:
        found = None
    if found is None:
        before = list(_AUTHOR_OBJECT.finditer(code, max(0, at - _BEFORE), at))
        if not before or "{" in code[before[-1].end() : at]:
            return []
        found = before[-1]
    names = [found.group(1)]
    end = found.end()
    while len(names) < _MOST and (more := _NEXT_OBJECT.match(code, end)) is not None:
        names.append(more.group(1))
        end = more.end()
    return names
