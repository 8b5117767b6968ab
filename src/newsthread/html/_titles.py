"""The article's title: a declared title the page confirms, without the site's name.

Declared titles (JSON-LD ``headline`` and ``name``, ``og:title``, Twitter and Dublin
Core titles…) are taken in order of trust: the first, unless the page repeats it nowhere
(neither the ``<title>`` nor the first ``<h1>`` contains it, nor does it contain the
``<h1>``) and another declared title is the ``<h1>`` itself. Some sites declare a description or a section name as their headline
(an encyclopedia's "constitutional monarchy in Oceania", a health portal's "Allergies
Health Center"). Without a declared title, the page's only ``<h1>`` or the longest one
that the ``<title>`` contains is the title, else the ``<title>`` without the site's name.
An ``<h1>`` that is the site's logo (a ``site-title``/``logo`` class, a link to the home
page) is never the title. The site's name is its declared name (``og:site_name``, the
publisher's, its app's name) or its web address ("Story | Example News" on example-news.com
keeps "Story", on either side of the separator; "The Example News" is the site's too); a
declared title that is only the site's name is passed over. Of the parts between the bars of
a title ("Story - Part two | Section", "NEWS|記事"), the ``<h1>`` tells which
is the story, else the longest is; of a title with dashes only, the ``<h1>`` may be its first
or last parts ("Story - Section name").
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
    "\\s+[|\u2022\u00b7\u00bb\u00ab\u203a\u2039\u2013\u2014-]\\s+|\\s*\uff5c\\s*|(?<=\\S)\\|(?=\\S)|"
    r"\s+::\s+|\s+:\s+(?=[^:]*$)"
)
# The bars of a title ("Story | Section | Site", a full-width bar in East Asian titles, one
# without spaces: "NEWS|記事"): between its main parts, where dashes may stand inside a part
# ("Friday Facts #282 - 0.17 in sight").
_BARS = re.compile(r"\s+\|\s+|\s*\uff5c\s*|(?<=\S)\|(?=\S)")
# Markup written into a declared value ("<b>Riders</b> wait").
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
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
    text = " ".join(value.split())  # (the same white space as \s, faster than re)
    if "&" in text:
        text = html.unescape(text)
        if "&" in text:  # escaped twice ("&amp;#39;")
            text = html.unescape(text)
    if "<" in text:
        text = _SPACE.sub(" ", _TAG.sub(" ", text)).strip()
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
    keys = _SiteKeys(site_names)
    # A declared "title" that is only the site's name ("Sports.fr") names no article.
    candidates = [
        text for text in (_clean(value) for value in declared) if text and not keys.names(text)
    ]
    if candidates:
        first = _uncut(candidates[0], [*candidates[1:], *headings])
        if not _confirmation(first, page_title, headings) and headings:
            # The page repeats its most trusted title nowhere: another declared title that
            # is the visible headline wins (an encyclopedia's JSON-LD "headline" is its
            # description, its "name" the title).
            heading = _key(headings[0])
            first = next((c for c in candidates[1:] if _key(c) == heading), first)
        if not headings:
            # A blog's declared "Blog name: Post" too (Blogger's og:title).
            first = _after_site_name(first, _site_and_logo_names(doc, site_names, h1s))
        return _without_kicker(strip_site_suffix(first, keys, headings), headings)
    if len(headings) == 1:
        return headings[0]
    # Of several, the longest the <title> holds: a short one is a section's or the site's name.
    held = [h for h in headings if page_title and h.casefold() in page_title.casefold()]
    if held:
        return max(held, key=len)
    if page_title is not None and not headings:
        # A blog's "Blog name: Post" (Blogger), the blog's name in its logo's <h1>.
        page_title = _after_site_name(page_title, _site_and_logo_names(doc, site_names, h1s))
    return strip_site_name(page_title, keys, " ".join(headings))


def _site_and_logo_names(
    doc: LexborHTMLParser, site_names: list[str], h1s: list[LexborNode] | None
) -> list[str]:
    """The site's names and the texts of the ``<h1>``s that are its logo."""
    logos = (h1 for h1 in (doc.css("h1") if h1s is None else h1s)[:5] if _names_the_site(h1))
    return [*site_names, *(_clean(h1.text(deep=True)) or "" for h1 in logos)]


_ELLIPSIS = re.compile(r"\s*(?:\u2026|\.\.\.)$")


def _uncut(title: str, fuller: list[str]) -> str:
    """A title cut short with an ellipsis (a JSON-LD ``headline`` kept to 110 characters,
    "… their roads for a…"): the first of ``fuller`` that goes on from where it was cut."""
    cut = _ELLIPSIS.search(title)
    if cut is None:
        return title
    stem = _key(title[: cut.start()])
    if not stem:
        return title
    return next(
        (
            other
            for other in fuller
            if len(_key(other)) > len(stem) and _key(other).startswith(stem)
        ),
        title,
    )


def _after_site_name(title: str, site_names: Iterable[str]) -> str:
    """``title`` without the site's name and a colon opening it ("Mein Garten: Tomaten")."""
    folded = title.casefold()
    for name in site_names:
        if len(name) < 2 or not folded.startswith(name.casefold()):
            continue
        rest = title[len(name) :].lstrip()
        after = rest[1:].strip()
        # (a title going on in lower case uses the name as its subject: "Apple: the company …")
        if rest.startswith(":") and after and (after[0].isupper() or after[0].isdigit()):
            return after
    return title


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


# The second-level labels under which a country's domains are sold ("example.co.uk").
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "or", "ne", "go", "gv", "edu"})
# A title part this long is never only a site's name that holds the brand.
_BRAND_PART_WORDS = 4
_BRAND_MIN = 5


class _SiteKeys:
    """The forms a site's name takes in a title: ``exact``, its declared names and each part of
    them, its web address with and without the top-level domain, each label of the address;
    ``brands``, the names a short title part may hold with a word or two more ("The Daily
    Lens" on dailylens.com): the declared names and the address's own label."""

    __slots__ = ("brands", "exact")

    def __init__(self, site_names: list[str]) -> None:
        self.exact: set[str] = set()
        self.brands: set[str] = set()
        # (The page's address and its canonical one name the same host twice, as a rule.)
        for site in dict.fromkeys(site_names):
            for part in (site, *_TITLE_SEPARATORS.split(site)):
                self.exact.add(_WORDS.sub("", part.casefold()))
                if "." in part and " " not in part.strip():
                    labels = part.strip().casefold().removeprefix("www.").split(".")
                    self.exact.update(_WORDS.sub("", label) for label in labels[:-1])
                    self.exact.add(_WORDS.sub("", "".join(labels[:-1])))
                    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
                        self.brands.add(_WORDS.sub("", labels[-3]))
                    elif len(labels) >= 2:
                        self.brands.add(_WORDS.sub("", labels[-2]))
                elif part == site:
                    self.brands.add(_WORDS.sub("", site.casefold()))
        self.exact.discard("")
        self.brands = {b for b in self.brands if len(b) >= _BRAND_MIN}

    def names(self, part: str) -> bool:
        """Whether a title part is only the site's name (or a date: never the title)."""
        key = _WORDS.sub("", part.casefold())
        if key in self.exact or _NUMERIC.fullmatch(part) is not None:
            return True
        if len(part.split()) > _BRAND_PART_WORDS:
            return False
        # The brand with a short word beside it, two thirds of the part ("The Daily Lens").
        return any(brand in key and 3 * len(brand) >= 2 * len(key) for brand in self.brands)


def strip_site_name(
    title: str | None, site_names: list[str] | _SiteKeys, evidence: str = ""
) -> str | None:
    """``"Story | Site"`` or ``"Site | Story"`` -> ``"Story"``: the parts that are not the site
    (its declared name or web address); of several, the one whose words the page's
    ``evidence`` (its headings) holds clearly more of, else all of them; when no part is the
    site's, that one, else the longest part."""
    if title is None:
        return None
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    keys = site_names if isinstance(site_names, _SiteKeys) else _SiteKeys(site_names)
    kept = [p for p in parts if not keys.names(p)]
    if kept and len(kept) < len(parts):
        if len(kept) == 1:
            return kept[0]
        return _supported(kept, evidence) or " - ".join(kept)
    return _supported(parts, evidence) or max(parts, key=len)


# A part at least half of whose words the page's headings hold, when they hold at most a
# quarter of every other part's, is the headline ("Springfield Chronicle | Mayor resigns" with
# the <h1> "Mayor resigns after the vote").
_SUPPORTED = 0.5
_UNSUPPORTED = 0.25


def strip_site_suffix(
    title: str, site_names: list[str] | _SiteKeys, headings: Iterable[str] = ()
) -> str:
    """The title without the site's name (or a date) at either end: ``"Story | Site"``,
    ``"Site | Story"``, ``"Story - Part two - Site | 23.05.2011"``. A title with a bar
    (``|``) keeps the part (between bars, else between any separators) that is the page's
    ``<h1>``, else the part between bars whose words the ``<h1>`` holds clearly more of, else
    its longest; one with only dashes keeps the run of parts from its start or to its end that
    is the ``<h1>`` ("Story - Tip with pictures"), else the rest as written."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _TITLE_SEPARATORS.finditer(title):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(title)))
    if len(spans) < 2:
        return title
    keys = site_names if isinstance(site_names, _SiteKeys) else _SiteKeys(site_names)
    first, last = 0, len(spans)
    while last - first > 1 and keys.names(title[slice(*spans[last - 1])]):
        last -= 1
    while last - first > 1 and keys.names(title[slice(*spans[first])]):
        first += 1
    middle = title[spans[first][0] : spans[last - 1][1]]
    if _BARS.search(title) is None:
        return _shown_run(title, spans[first:last], headings) or middle
    parts = [part for part in _BARS.split(middle) if part.strip()]
    headings = list(headings)
    shown = {_key(heading) for heading in headings}
    pieces = [title[slice(*span)] for span in spans[first:last]]
    found = next((p for p in (*parts, *pieces) if _key(p) in shown), None)
    if found is not None:
        return found
    if len(parts) < 2:
        return middle
    return _supported(parts, " ".join(headings)) or max(parts, key=len)


def _shown_run(title: str, spans: list[tuple[int, int]], headings: Iterable[str]) -> str | None:
    """The run of a dashed title's parts from its start or to its end that is the page's
    ``<h1>`` ("Story - Section name" with the ``<h1>`` "Story"), or None."""
    shown = next(iter(headings), None)
    if shown is None or len(spans) < 2:
        return None
    key = _key(shown)
    for end in range(len(spans) - 1):
        run = title[spans[0][0] : spans[end][1]]
        if _key(run) == key:
            return run
    for start in range(1, len(spans)):
        run = title[spans[start][0] : spans[-1][1]]
        if _key(run) == key:
            return run
    return None


def _supported(parts: list[str], evidence: str) -> str | None:
    """The part whose words ``evidence`` holds clearly more of than any other's, or None."""
    if not evidence:
        return None
    words = set(_key(evidence).split())
    shares = []
    for part in parts:
        own = [w for w in _key(part).split() if len(w) > 3 or not w.isascii()]
        shares.append(sum(w in words for w in own) / len(own) if own else 0.0)
    best = max(range(len(parts)), key=shares.__getitem__)
    if shares[best] >= _SUPPORTED and all(
        share <= _UNSUPPORTED for i, share in enumerate(shares) if i != best
    ):
        return parts[best]
    return None
