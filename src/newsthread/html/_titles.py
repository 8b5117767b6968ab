"""The article's title: a declared title the page confirms, without the site's name.

Declared titles (JSON-LD ``headline`` and ``name``, ``og:title``, Twitter and Dublin
Core titles…) are taken in order of trust: the first, unless the page repeats it nowhere
(neither the ``<title>`` nor the first ``<h1>`` contains it, nor does it contain the
``<h1>``) and another declared title is the ``<h1>`` itself. Some sites declare a description or a section name as their headline
(an encyclopedia's "constitutional monarchy in Oceania", a health portal's "Allergies
Health Center"). Without a declared title, the page's only ``<h1>`` or the longest one
that the ``<title>`` contains is the title, else the ``<title>`` without the site's name.
An ``<h1>`` that is the site's logo (a ``site-title``/``logo`` class, a link to the home
page) is never the title. The site's name is its declared name or its web address
("Story | Example News" on example-news.com keeps "Story", on either side of the
separator); a declared title that is only the site's name is passed over.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["choose_title", "strip_site_name", "strip_site_suffix"]

_SPACE = re.compile(r"\s+")
_WORDS = re.compile(r"[\W_]+")
_TITLE_SEPARATORS = re.compile(
    "\\s+[|\u2022\u00b7\u00bb\u00ab\u203a\u2039\u2013\u2014-]\\s+|" r"\s+::\s+|\s+:\s+(?=[^:]*$)"
)
# An <h1> that is the site's name or a control, not a headline: a logo, a "site title", a menu.
_SITE_HEADING = re.compile(r"site-?(?:title|name|logo)|logo|brand|masthead|menu", re.I)
# A link to a site's home page: no path beyond "/".
_HOME = re.compile(r"^(?:(?:https?:)?//[^/?#]+)?/?(?:index\.\w+)?$", re.I)
# A title part that is a date or a number ("| 23.05.2011"): never the title.
_NUMERIC = re.compile(r"[\d\s./:-]+")
# An <h1> shorter than this confirms a declared title only by being equal to it.
_MIN_CONFIRMING = 12


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    text = _SPACE.sub(" ", value).strip()
    if "&" in text:
        text = html.unescape(text)
    return text or None


def _key(text: str) -> str:
    return _WORDS.sub(" ", text.casefold()).strip()


def _confirmation(title: str, page_title: str | None, headings: list[str]) -> int:
    """2 when the page repeats ``title`` exactly (its ``<title>`` or first ``<h1>``), 1 when
    the ``<title>`` contains it or it contains the first ``<h1>``, else 0."""
    key = _key(title)
    if not key:
        return 0
    page = _key(page_title) if page_title is not None else ""
    first = _key(headings[0]) if headings else ""
    if key in (page, first):
        return 2
    if " " in key and (key in page or (len(key) >= _MIN_CONFIRMING and key in first)):
        return 1  # the <title> adds the site's name, the <h1> a kicker
    if len(first) >= _MIN_CONFIRMING and first in key:
        return 1
    return 0


def choose_title(
    doc: LexborHTMLParser,
    declared: Iterable[str | None],
    site_names: list[str],
    h1s: list[LexborNode] | None = None,
) -> str | None:
    """The article's title from the ``declared`` titles (most trusted first) and the markup
    (``h1s``: the page's ``<h1>`` elements, when already found)."""
    title_node = doc.css_first("title")
    page_title = _clean(title_node.text(deep=True)) if title_node is not None else None
    headings = [
        text
        for text in (
            _clean(_heading_text(h1))
            for h1 in (doc.css("h1") if h1s is None else h1s)[:5]
            if not _names_the_site(h1)
        )
        if text
    ]
    keys = _site_keys(site_names)
    # A declared "title" that is only the site's name ("Sports.fr") names no article.
    candidates = [
        text for text in (_clean(value) for value in declared) if text and not _is_site(text, keys)
    ]
    if candidates:
        first = candidates[0]
        if not _confirmation(first, page_title, headings) and headings:
            # The page repeats its most trusted title nowhere: another declared title that
            # is the visible headline wins (an encyclopedia's JSON-LD "headline" is its
            # description, its "name" the title).
            heading = _key(headings[0])
            first = next((c for c in candidates[1:] if _key(c) == heading), first)
        return _without_kicker(strip_site_suffix(first, site_names, headings), headings)
    if len(headings) == 1:
        return headings[0]
    # Of several, the longest the <title> holds: a short one is a section's or the site's name.
    held = [h for h in headings if page_title and h.casefold() in page_title.casefold()]
    if held:
        return max(held, key=len)
    return strip_site_name(page_title, site_names)


#: Words of a kicker before a headline ("Chronik: …", "Covid-19: …").
_KICKER_WORDS = 4
_KICKER_END = re.compile(r"\s*[:|\u2013\u2014-]\s*$")


def _without_kicker(title: str, headings: list[str]) -> str:
    """A declared ``"Kicker: Headline"`` whose headline alone is the page's ``<h1>``: the headline."""
    if not headings or not _key(headings[0]):
        return title
    shown = headings[0]
    if len(shown) >= len(title) or not title.endswith(shown):
        return title
    head = title[: -len(shown)]
    kicker = _KICKER_END.sub("", head)
    if kicker == head or not kicker or len(kicker.split()) > _KICKER_WORDS:
        return title
    return shown


# Parts of an <h1> that are not its headline: a kicker above it, text for screen readers only.
_NOT_HEADLINE = (
    '[class*="kicker"], [class*="dachzeile"], [class*="roofline"], [class*="overline"], '
    '[class*="topline"], [class*="toptitle"], [class*="eyebrow"], [class*="supertitle"], '
    '[class*="spitzmarke"], [class*="visually-hidden"], [class*="sr-only"], '
    '[class*="screen-reader"], [class*="element-invisible"]'
)


def _heading_text(h1: LexborNode) -> str:
    """The headline an ``<h1>`` shows, without a kicker or a screen reader's label inside it."""
    if h1.css_first(_NOT_HEADLINE) is None:
        return h1.text(deep=True, separator=" ")
    skipped = {node.mem_id for node in h1.css(_NOT_HEADLINE)}
    words: list[str] = []
    for node in h1.traverse(include_text=True):
        if not node.is_text_node:
            continue
        parent = node.parent
        while parent is not None and parent.mem_id != h1.mem_id:
            if parent.mem_id in skipped:
                break
            parent = parent.parent
        else:
            words.append(node.text_content or "")
    return " ".join(words)


def _names_the_site(h1: LexborNode) -> bool:
    """Whether an ``<h1>`` is the site's logo or name (or a menu button), not a headline."""
    attrs = h1.attributes
    if _SITE_HEADING.search(f"{attrs.get('id') or ''} {attrs.get('class') or ''}"):
        return True
    link = h1.css_first("a[href]")
    if link is None:
        return False
    if "home" in (link.attributes.get("rel") or "").split():
        return True
    return _HOME.match((link.attributes.get("href") or "").strip()) is not None


def _site_keys(site_names: list[str]) -> set[str]:
    """The forms a site's name takes in a title: its declared name and each part of it, its
    web address with and without the top-level domain, each label of the address."""
    keys: set[str] = set()
    for site in site_names:
        for part in (site, *_TITLE_SEPARATORS.split(site)):
            keys.add(_WORDS.sub("", part.casefold()))
            if "." in part and " " not in part.strip():
                labels = part.strip().casefold().removeprefix("www.").split(".")
                keys.update(_WORDS.sub("", label) for label in labels[:-1])
                keys.add(_WORDS.sub("", "".join(labels[:-1])))
    keys.discard("")
    return keys


def _is_site(part: str, keys: set[str]) -> bool:
    return _WORDS.sub("", part.casefold()) in keys or _NUMERIC.fullmatch(part) is not None


def strip_site_name(title: str | None, site_names: list[str]) -> str | None:
    """``"Story | Site"`` or ``"Site | Story"`` -> ``"Story"``: the parts that are not the site
    (its declared name or web address), else the longest part."""
    if title is None:
        return None
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    keys = _site_keys(site_names)
    kept = [p for p in parts if not _is_site(p, keys)]
    if kept and len(kept) < len(parts):
        return " - ".join(kept) if len(kept) > 1 else kept[0]
    return max(parts, key=len)


def strip_site_suffix(title: str, site_names: list[str], headings: Iterable[str] = ()) -> str:
    """The title without the site's name (or a date) at either end: ``"Story | Site"``,
    ``"Site | Story"``, ``"Story - Part two - Site | 23.05.2011"``. A title with a ``|``
    keeps the remaining part that is the page's ``<h1>``, else its longest; one with only
    dashes keeps the rest as written."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _TITLE_SEPARATORS.finditer(title):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(title)))
    if len(spans) < 2:
        return title
    keys = _site_keys(site_names)
    first, last = 0, len(spans)
    while last - first > 1 and _is_site(title[slice(*spans[last - 1])], keys):
        last -= 1
    while last - first > 1 and _is_site(title[slice(*spans[first])], keys):
        first += 1
    if "|" in title:
        parts = [title[slice(*span)] for span in spans[first:last]]
        shown = {_key(heading) for heading in headings}
        return next((part for part in parts if _key(part) in shown), max(parts, key=len))
    return title[spans[first][0] : spans[last - 1][1]]
