"""The dates a page's markup shows: ``itemprop`` values, ``<time>`` elements, date classes.

``_published`` settles the article's publication date from these and the declared ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsthread.html._date_roles import DATE_HEAD, in_comments, in_teaser_list, is_update
from newsthread.html._datelines import date_near_heading
from newsthread.html._local_day import in_article, on_day
from newsthread.html._page_nodes import PageNodes
from newsthread.html._written_dates import (
    DATE_ANCHOR,
    date_in_text,
    date_in_url,
    parse_date,
    written_dates,
)

if TYPE_CHECKING:
    from newsthread.html._metadata import Metadata


__all__ = [
    "DATE_CLASSES",
    "DOCUMENT_DATE_KEYS",
    "ambiguous",
    "date_class_elements",
    "date_elements",
    "markup_dates",
    "shown_in_date_class",
    "timestamp_elements",
]

# The document's date, not said to be the publication: content systems fill it with the last
# change as often as with the first (TYPO3's ``<meta name="date">``), so the article's own
# markup comes first.
DOCUMENT_DATE_KEYS = ("dc.date", "dcterms.date", "date")
_SCHEMA_DATES = ("schema:datePublished", "schema:dateCreated")

# -- visible markup -------------------------------------------------------------------


DATE_CLASSES = (
    '[class*="date"], [class*="Date"], [class*="datum"], [class*="time"], [class*="posted"], '
    '[class*="meta"], [id*="date"], abbr[title], [class*="publi"], [class*="created"], '
    '[class*="byline"], [class*="author"], [class*="submitted"]'
)


# The same tests as ``DATE_CLASSES``, the class names grouped under letters they share (a
# class holding none of them is passed over at six looks, not eleven); lexbor gives each
# element once, ``date_class_elements`` repeats it as the plain list would.
_DATE_CLASSES_GROUPED = (
    '[class]:is([class*="at"]:is([class*="date"], [class*="Date"], [class*="datum"], '
    '[class*="created"]), [class*="me"]:is([class*="time"], [class*="meta"]), '
    '[class*="p"]:is([class*="posted"], [class*="publi"]), [class*="byline"], '
    '[class*="author"], [class*="submitted"]), [id*="date"], abbr[title]'
)
_DATE_CLASS_WORDS = (
    "date",
    "Date",
    "datum",
    "time",
    "posted",
    "meta",
    "publi",
    "created",
    "byline",
    "author",
    "submitted",
)


def date_class_elements(doc: LexborHTMLParser, limit: int) -> list[LexborNode]:
    """``doc.css(DATE_CLASSES)[:limit]``: each element once for each of the selectors it
    matches (as lexbor gives a list of selectors), from the cheaper grouped pass."""
    out: list[LexborNode] = []
    last = -1
    for node in doc.css(_DATE_CLASSES_GROUPED):
        if node.mem_id == last:  # the same element for another selector of the list
            continue
        last = node.mem_id
        attrs_ = node.attributes
        classes = attrs_.get("class") or ""
        matched = (
            sum(word in classes for word in _DATE_CLASS_WORDS)
            + ("date" in (attrs_.get("id") or ""))
            + (node.tag == "abbr" and "title" in attrs_)
        )
        out.extend([node] * matched)
        if len(out) >= limit:
            break
    return out[:limit]


_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})[./-](\d{1,2})[./-]\d{2,4}(?!\d)")


def ambiguous(raw: str) -> bool:
    """Whether an attribute's date reads both day first and month first ("06-08-2009")."""
    match = _NUMERIC_DATE.match(raw)
    return match is not None and all(int(g) <= 12 for g in match.groups())


_DATE_PROPS = ("datePublished", "dateModified")


def date_elements(nodes: PageNodes) -> Iterator[tuple[LexborNode, str, dict[str, str | None]]]:
    """``[itemprop="datePublished"], [itemprop="dateModified"], time`` as lexbor's CSS pass
    gives them: an element once for each of the selectors it matches."""
    for entry in nodes.dates:
        _node, tag, attrs_ = entry
        for _ in range((attrs_.get("itemprop") in _DATE_PROPS) + (tag == "time")):
            yield entry


_DATE_MARKUP = "abbr.published[title], .published, .entry-date, .post-date, .date, .datum, time"


def _document_date(nodes: PageNodes) -> datetime | None:
    """The date of a ``<meta name="date">`` (or Dublin Core's ``dc.date``), or None."""
    for _node, attrs_ in nodes.metas:
        if "name" in attrs_ and (attrs_.get("name") or "").strip().casefold() in DOCUMENT_DATE_KEYS:
            parsed = parse_date(attrs_.get("content"))
            if parsed is not None:
                return parsed
    return None


# A span of hours or days ("19.1.23, 10:00-11:30 Uhr", "12.-14. März 2022"): an event's date.
_SPAN = re.compile(
    r"\d[:.]\d\d\s*(?:-|\u2013|\u2014|bis|to|until)\s*\d{1,2}[:.]\d\d"
    r"|\b\d{1,2}\.(?:\d{1,2}\.)?\s*(?:-|\u2013|\u2014|bis)\s*\d{1,2}\.\s*(?:\d{1,2}\.|[^\W\d_]{3,})",
    re.IGNORECASE,
)


_MIGRATED = timedelta(days=90)


def _element_date(node: LexborNode) -> datetime | None:
    """The date a date element gives: its machine-readable attribute, else its text."""
    attrs_ = node.attributes
    raw = attrs_.get("datetime") or attrs_.get("content") or attrs_.get("title")
    text = node.text(deep=True, separator=" ")
    parsed = parse_date(raw) if raw else None
    if parsed is None and len(text) < DATE_HEAD:
        return date_in_text(text) or parse_date(text)
    if parsed is not None and raw and ambiguous(raw):
        # "06-08-2009" in an attribute is ambiguous; the written date next
        # to it ("6. August 2009") says which way round it is meant.
        shown = date_in_text(text) if len(text) < DATE_HEAD else None
        if shown is not None and shown.date() != parsed.date():
            return parsed.replace(year=shown.year, month=shown.month, day=shown.day)
    return parsed


def markup_dates(
    doc: LexborHTMLParser, meta: Metadata, url: str | None, nodes: PageNodes
) -> LexborNode | None:
    """Publication and modification dates from the visible markup and the url, where the
    declared metadata gave none; returns the element that gave the publication date, if one did."""
    source: LexborNode | None = None
    declared = meta.published is not None
    # A date in the article's own path beats <time> elements, which as often belong
    # to teasers and related articles as to the article (but they may add the time).
    in_url = date_in_url(url) or date_in_url(meta.canonical_url)
    modified_node = None
    passed_over: list[LexborNode] = []  # date elements in lists and sidebars
    if meta.published is None:
        source, modified_node = _from_date_elements(doc, meta, nodes, passed_over)
    if declared:
        if in_url is not None and meta.published is not None:
            late = meta.published.replace(tzinfo=None) - in_url
            if late > _MIGRATED:
                # Declared months after the day in the article's own path: the date of a move
                # to a new system or of a republication, not of the article.
                meta.published = in_url
    elif meta.published is None:
        meta.published = in_url
    elif in_url is not None and meta.published.date() != in_url.date():
        meta.published = on_day(meta.published, in_url.date()) or in_url
    if meta.published is None:
        classed = _date_in_date_class(doc, nodes) or _epoch_in_date_class(doc, nodes)
        if classed is not None:
            meta.published, source = classed
    if meta.published is None:
        # The only dates are in lists and sidebars: the first of them, rather than none.
        for node in passed_over[:5]:
            meta.published = _element_date(node)
            if meta.published is not None:
                source = node
                break
    if meta.modified is None:
        if declared:
            modified = next(iter(nodes.with_itemprop("dateModified")), None)
        else:
            modified = modified_node
        if modified is not None:
            attrs_ = modified.attributes
            meta.modified = parse_date(attrs_.get("datetime") or attrs_.get("content"))
    return source


def _from_date_elements(
    doc: LexborHTMLParser, meta: Metadata, nodes: PageNodes, passed_over: list[LexborNode]
) -> tuple[LexborNode | None, LexborNode | None]:
    """The publication date from the page's date elements, most trusted kind first (set on
    ``meta``); returns the element that gave it and the ``dateModified`` element. Date
    elements of teaser lists and updates go to ``passed_over``."""
    source: LexborNode | None = None
    modified_node: LexborNode | None = None
    # One CSS pass sorted into the kinds of date element, most trusted first.
    kinds: tuple[list[LexborNode], ...] = ([], [], [], [])
    articled: dict[int, bool] = {}
    for node, tag, attrs_ in date_elements(nodes):
        prop = attrs_.get("itemprop")
        if prop == "dateModified" and modified_node is None:
            modified_node = node
        if prop == "datePublished":
            kinds[0].append(node)
        if tag != "time":
            continue
        if "pubdate" in attrs_:
            kinds[1].append(node)
        if "datetime" in attrs_:
            if len(kinds[2]) < 5 and in_article(node, articled):
                kinds[2].append(node)
            kinds[3].append(node)
    groups: list[list[LexborNode]] = [*kinds, []]
    for index in range(len(groups)):
        if index == 3:
            # Before <time> elements anywhere on the page (as often a teaser's as the
            # article's): the dateline by the heading, then the document's date.
            found = date_near_heading(doc, nodes) or _document_date(nodes)
            if found is not None:
                meta.published = found
                break
        if index == len(groups) - 1:
            groups[index] = doc.css(_DATE_MARKUP)
        candidates = groups[index]
        if index >= 2:  # a comment's date is never the article's
            candidates = [n for n in candidates[:20] if not in_comments(n)]
        if index >= 3:  # anywhere on the page: not in a list of teasers or a sidebar
            candidates = candidates[:20]
            teasers = [in_teaser_list(n) for n in candidates]
            passed_over.extend(n for n, teaser in zip(candidates, teasers, strict=True) if teaser)
            candidates = [n for n, teaser in zip(candidates, teasers, strict=True) if not teaser]
        if index >= 2:  # an element marked as the update ("updated", "modified") last
            candidates = candidates[:20]
            updates = [is_update(n) for n in candidates]
            if any(updates):
                passed_over.extend(
                    n for n, update in zip(candidates, updates, strict=True) if update
                )
                candidates = [
                    n for n, update in zip(candidates, updates, strict=True) if not update
                ]
        for node in candidates[:5]:
            parsed = _element_date(node)
            if parsed is not None:
                meta.published = parsed
                source = node
                break
        if meta.published is not None:
            break
    return source, modified_node


def _date_in_date_class(
    doc: LexborHTMLParser, nodes: PageNodes
) -> tuple[datetime, LexborNode] | None:
    """A date written in an element whose class names a date (not a comment's, a teaser's
    or an update's, nor a span of days); a date labelled as the update ("Revised: …") only
    when no element has another. Looked for once a page (``nodes`` keeps it)."""
    if nodes.date_class is None:
        nodes.date_class = (_find_date_in_date_class(doc, nodes),)
    return nodes.date_class[0]


def _find_date_in_date_class(
    doc: LexborHTMLParser, nodes: PageNodes
) -> tuple[datetime, LexborNode] | None:
    update: tuple[datetime, LexborNode] | None = None
    for node in _date_class_nodes(doc, nodes):
        text = node.text(deep=True, separator=" ")[:DATE_HEAD]
        if DATE_ANCHOR.search(text) is None:  # most hold no date: the cheap test first
            continue
        if (
            not in_comments(node)
            and not in_teaser_list(node)
            and not is_update(node, written=False)
            and _SPAN.search(text) is None
        ):
            for found, labelled in written_dates(text):
                if not labelled:
                    return found, node
                update = update or (found, node)
    return update


_DATE_CLASS_LIMIT = 30


def _date_class_nodes(doc: LexborHTMLParser, nodes: PageNodes) -> list[LexborNode]:
    """``date_class_elements(doc, 30)``, read once a page (``nodes`` keeps it): the date in
    such an element's text and, failing it, the instant in its data attributes read the same list."""
    if nodes.date_class_nodes is None:
        nodes.date_class_nodes = date_class_elements(doc, _DATE_CLASS_LIMIT)
    return nodes.date_class_nodes


def shown_in_date_class(doc: LexborHTMLParser, nodes: PageNodes) -> datetime | None:
    found = _date_in_date_class(doc, nodes)
    return found[0] if found is not None else None


def timestamp_elements(nodes: PageNodes) -> list[dict[str, str | None]]:
    """The attributes of ``[itemprop="datePublished"], time[datetime],
    [property="schema:datePublished"][content], [property="schema:dateCreated"][content]``."""
    return [
        attrs_
        for _node, tag, attrs_ in nodes.dates
        # once for each selector matched, as lexbor gives them
        for _ in range(
            (attrs_.get("itemprop") == "datePublished")
            + (tag == "time" and "datetime" in attrs_)
            + (attrs_.get("property") in _SCHEMA_DATES and "content" in attrs_)
        )
    ]


# A date element's instant as a Unix time in a data attribute, its text a relative date ("2
# years ago", "vor 3 Stunden"): seconds or milliseconds. The keys that say what the number is
# first; "data-date" and "data-time" hold ids and YYYYMMDDHH stamps as well.
_EPOCH_KEYS = ("data-timestamp", "data-published", "data-epoch", "data-date", "data-time")
# (seconds from 1 000 000 000, 2001-09-09, to 1 999 999 999, 2033-05-18: a dated limit)
_EPOCH = re.compile(r"1\d{9}(?:\d{3})?")
_DATE_HOUR = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])[0-2]\d")
# What a relative date says ("2 years ago", "vor 3 Stunden", "il y a 2 jours", "hace 1 hora"),
# the element's whole text ("Last comment 2 hours ago" is a link's, not the article's date).
_RELATIVE = re.compile(
    r"(?:\d+|\ban?|\bone)\s*\S+\s+(?:ago|fa|siden|sedan|geleden|temu|назад)\b|\d+\s*\S*前|"
    r"^\s*(?:vor|il y a|hace|há)\s+(?:\d|ein|un|a\b)|yesterday|gestern|ayer|ieri|gisteren|вчера",
    re.IGNORECASE,
)
_RELATIVE_TEXT = 30
# A byline's or an author box's number is the author's (joined, last seen) unless it says
# publication.
_PERSON_CLASS = re.compile(r"author|byline|autor|auteur|writer", re.IGNORECASE)


def _epoch_in_date_class(
    doc: LexborHTMLParser, nodes: PageNodes
) -> tuple[datetime, LexborNode] | None:
    """The instant a Unix time in a date element's data attribute gives when the element
    says how long ago ("2 years ago"), read only when no other source gave the day (a UTC
    instant: a page published early in the morning east of Greenwich shows the day before)."""
    for node in _date_class_nodes(doc, nodes):
        found = _epoch_of(node)
        if found is not None:
            return found, node
    return None


def _epoch_of(node: LexborNode) -> datetime | None:
    """The instant of a Unix time in a date element's data attribute (not a comment's, a
    teaser's or an update's), its text a relative date, or None."""
    attrs_ = node.attributes
    person = _PERSON_CLASS.search(attrs_.get("class") or "") is not None
    for key in ("data-published",) if person else _EPOCH_KEYS:
        raw = attrs_.get(key)
        if not raw or _EPOCH.fullmatch(raw) is None:
            continue
        if key in ("data-date", "data-time") and _DATE_HOUR.fullmatch(raw):
            continue  # "2019111911": a date and an hour, or an id
        break
    else:
        return None
    text = node.text(deep=True, separator=" ").strip()
    if len(text) > _RELATIVE_TEXT or _RELATIVE.search(text) is None or node.css_first("a"):
        return None
    if in_comments(node) or in_teaser_list(node) or is_update(node):
        return None
    return datetime.fromtimestamp(int(raw[:10]), tz=UTC)
