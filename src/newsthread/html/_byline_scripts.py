"""Authors a script-rendered page names only in its state: the JSON or JavaScript object a
framework builds the page from (Next.js ``__NEXT_DATA__``, Nuxt's ``__NUXT_DATA__``, Arc XP's
``Fusion.globalContent`` in ``fusion-metadata``: a JSON script or one with an id), read when
the page shows no byline.

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

# A key naming the author or authors (quoted as JSON, or bare as a JavaScript object; a key of
# its own, not "updated_by", "sortby"), then one object (or the first of a list) with a name;
# Arc XP's ``"credits":{"by":[…]}`` (read from "credits", no other key being "by").
_AUTHOR_OBJECT = re.compile(
    r"""(?<=[{,\s])["']?(?:authors?|byline|writers?|credits["']?\s*:\s*\{\s*["']?by)["']?\s*:\s*"""
    r"""\[?\s*\{[^{}\[\]]{0,300}?"""
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
# What the author keys of ``_AUTHOR_OBJECT`` hold: a state with none is not searched.
_KEY_PARTS = ("uthor", "yline", "riter", "redits")
# How many places of the headline in one state are compared.
_PLACES = 4


def script_authors(
    doc: LexborHTMLParser, headline: str, sites: tuple[str, ...], nodes: PageNodes | None = None
) -> list[Author]:
    """The authors a script's state gives beside the article's ``headline``, or none (also
    when the headline stands in it more than once with other authors or none beside it: a
    list of trending stories holds the article too)."""
    key = " ".join(headline.split())[:_HEADLINE_PREFIX]
    if len(key) < 8 or '"' in key or "\\" in key:
        return []
    scripts = (
        [(node, node.attributes) for node in doc.css("script")] if nodes is None else nodes.scripts
    )
    for node, attrs_ in scripts:
        kind = attrs_.get("type") or ""
        if ("json" not in kind and not attrs_.get("id")) or kind == "application/ld+json":
            # A state is JSON ("__NEXT_DATA__", "__NUXT_DATA__") or a script with an id
            # ("fusion-metadata"); the anonymous scripts (analytics, ads, a bare
            # "window.__NUXT__=") are not read: their text cost 2 % of the metadata stage.
            continue
        code = node.text(deep=True)[:_SCRIPT_MAX]
        at = code.find('"' + key)
        if at < 0 or not any(word in code for word in _KEY_PARTS):
            continue
        raw = _names_near(code, at)
        places = 1
        while raw and places < _PLACES and (at := code.find('"' + key, at + 1)) >= 0:
            if _names_near(code, at) != raw:
                return []
            places += 1
        if raw:
            authors: list[Author] = []
            add_authors(authors, [(name, None) for name in raw], sites, marked=True)
            return authors
    return []


def _depth(segment: str, depth: int = 0, lowest: int = 0) -> tuple[int, int]:
    """How many objects are open after ``segment`` (negative: closed), from ``depth``, and
    the least reached on the way (from ``lowest``)."""
    for char in segment:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            lowest = min(lowest, depth)
    return depth, lowest


def _names_near(code: str, at: int) -> list[str]:
    """The names of the author object beside the headline's value at ``at``: a key of the
    same object (the objects between them, an image's credit, closed again), or of the object
    around it (Arc XP's "headlines" object); not one of a related story opened in between."""
    found = None
    depth = lowest = 0
    scanned = at  # (the depth is carried from one match to the next: one pass over the text)
    for after in _AUTHOR_OBJECT.finditer(code, at, at + _AFTER):
        depth, lowest = _depth(code[scanned : after.start()], depth, lowest)
        scanned = after.start()
        if depth == lowest and depth in (0, -1):
            found = after
            break
        if depth < -1:
            break  # (past the article's object)
    if found is None:
        before = list(_AUTHOR_OBJECT.finditer(code, max(0, at - _BEFORE), at))
        # (the author object, then the headline's key in the same object: one object closed)
        if not before or _depth(code[before[-1].end() : at]) != (-1, -1):
            return []
        found = before[-1]
    names = [found.group(1)]
    end = found.end()
    while len(names) < _MOST and (more := _NEXT_OBJECT.match(code, end)) is not None:
        names.append(more.group(1))
        end = more.end()
    return names
