"""The publication date of a page's article: the order of its sources, its time and its day.

The declared dates come first (JSON-LD, then ``<meta>``, read in ``_metadata`` with the keys
named here); this module reads the visible markup (``itemprop``, ``<time>``, date classes)
and the url, asks ``_datelines`` for dates by their place in the text and ``_script_dates``
for a script's state, then settles the result: of declared dates that disagree, the one on
the day the page shows; a date-only value takes the time of a timestamp of the same day; a
UTC instant moves to the page's own day (``_local_day``). Reading one written date is
``_written_dates``'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from itertools import chain
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsthread.html._date_roles import DATE_HEAD, in_comments, in_teaser_list, is_update
from newsthread.html._datelines import (
    date_near_heading,
    dateline_paragraph,
    first_date_in_text,
    heading_window,
    labelled_date,
    own_text,
)
from newsthread.html._local_day import in_article, local_published, on_day
from newsthread.html._page_nodes import PageNodes
from newsthread.html._script_dates import date_in_scripts, script_date_values
from newsthread.html._written_dates import (
    DATE_ANCHOR,
    date_in_text,
    date_in_url,
    days_in_text,
    parse_date,
    written_dates,
)
from newsthread.html._zones import site_zone

if TYPE_CHECKING:
    from newsthread.html._metadata import Metadata

__all__ = [
    "MODIFIED_KEYS",
    "PUBLISHED_KEYS",
    "first_date",
    "markup_dates",
    "settle_published",
]

# -- <meta> ---------------------------------------------------------------------------


PUBLISHED_KEYS = (
    "article:published_time",
    "og:published_time",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "article.published",
    "datepublished",
    # less common names, after the usual ones
    "og:pubdate",
    "article:published",
    "publication_date",
    "published_date",
    "date_published",
    "original-publish-date",
    "originalpublicationdate",
    "dc.date.created",
    "cxenseparse:publishtime",
    "cxenseparse:recs:publishtime",
    "ptime",
    "pdate",
    "shareaholic:article_published_time",
    "published_time",
    "pub_date",
    "prism.publicationdate",
    "dcterms:created",
    "dc.created",
    "dcsext.articlefirstpublished",
    "dc.date.published",
    "dcterms.published",
    "published-date",
    "publication-date",
    "article:post_date",
    "article_date_original",
    "article.created",
    "originalcreationdate",
    "firstpublishedtime",
    "published_at",
    "publishtime",
    "publish-time",
    "vr:published-time",
    "mediator_published_time",
    "bt:pubdate",
    "rbpubdate",
    "displaydate",
    "content_create_date",
)


# The document's date, not said to be the publication: content systems fill it with the last
# change as often as with the first (TYPO3's ``<meta name="date">``), so the article's own
# markup comes first.
_DOCUMENT_DATE_KEYS = ("dc.date", "dcterms.date", "date")


_DATE_HINT_KEYS = PUBLISHED_KEYS + _DOCUMENT_DATE_KEYS


# A video's upload (``itemprop=uploadDate``) is not the article's publication, and the rare
# ``og:article:published_time`` names another day as often as the page's; on the same day
# either may give the time the article's own date lacks.
_TIME_HINT_KEYS = (*_DATE_HINT_KEYS, "uploaddate", "og:article:published_time")


MODIFIED_KEYS = (
    "article:modified_time",
    "og:updated_time",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
    "article.updated",
    "datemodified",
    "shareaholic:article_modified_time",
    "og:article:modified_time",
)


def first_date(values: dict[str, list[str]], keys: tuple[str, ...]) -> datetime | None:
    for key in keys:
        for value in values.get(key, ()):
            parsed = parse_date(value)
            if parsed is not None:
                return parsed
    return None


# -- visible markup -------------------------------------------------------------------


_DATE_CLASSES = (
    '[class*="date"], [class*="Date"], [class*="datum"], [class*="time"], [class*="posted"], '
    '[class*="meta"], [id*="date"], abbr[title], [class*="publi"], [class*="created"], '
    '[class*="byline"], [class*="author"], [class*="submitted"]'
)


# The same tests as ``_DATE_CLASSES``, the class names grouped under letters they share (a
# class holding none of them is passed over at six looks, not eleven); lexbor gives each
# element once, ``_date_class_elements`` repeats it as the plain list would.
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


def _date_class_elements(doc: LexborHTMLParser, limit: int) -> list[LexborNode]:
    """``doc.css(_DATE_CLASSES)[:limit]``: each element once for each of the selectors it
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


def _ambiguous(raw: str) -> bool:
    """Whether an attribute's date reads both day first and month first ("06-08-2009")."""
    match = _NUMERIC_DATE.match(raw)
    return match is not None and all(int(g) <= 12 for g in match.groups())


_DATE_PROPS = ("datePublished", "dateModified")


def _date_elements(nodes: PageNodes) -> Iterator[tuple[LexborNode, str, dict[str, str | None]]]:
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
        if (
            "name" in attrs_
            and (attrs_.get("name") or "").strip().casefold() in _DOCUMENT_DATE_KEYS
        ):
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
    if parsed is not None and raw and _ambiguous(raw):
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
        classed = _date_in_date_class(doc, nodes)
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
    for node, tag, attrs_ in _date_elements(nodes):
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
        nodes.date_class = (_find_date_in_date_class(doc),)
    return nodes.date_class[0]


def _find_date_in_date_class(doc: LexborHTMLParser) -> tuple[datetime, LexborNode] | None:
    update: tuple[datetime, LexborNode] | None = None
    for node in _date_class_elements(doc, 30):
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


def _shown_in_date_class(doc: LexborHTMLParser, nodes: PageNodes) -> datetime | None:
    found = _date_in_date_class(doc, nodes)
    return found[0] if found is not None else None


def _timestamp_elements(nodes: PageNodes) -> list[dict[str, str | None]]:
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


_SCHEMA_DATES = ("schema:datePublished", "schema:dateCreated")


def _with_time(
    doc: LexborHTMLParser,
    meta: Metadata,
    url: str | None,
    values: dict[str, list[str]],
    nodes: PageNodes,
) -> None:
    """A full timestamp of the same day for a publication date that came without a time.

    The most trusted source may give the day alone (JSON-LD "November 19, 2019", a
    ``pdate=20191119``) while a less trusted one has the instant (``article:published_time``,
    ``itemprop=datePublished``, RDFa's ``schema:dateCreated``, the article's ``<time
    datetime>``, a script's JSON state): the day is kept, the time and zone are taken from
    the other. A UTC instant of the day before or after counts when it falls on the day in
    the zone of the site's country (an evening in America is the next day in UTC).
    """
    published = meta.published
    if published is None or published.tzinfo is not None:
        return
    day = published.date()
    wall = published.time()
    raws = [value for key in _TIME_HINT_KEYS for value in values.get(key, ())]
    for attrs_ in _timestamp_elements(nodes)[:8]:
        if attrs_.get("itemprop") == "dateModified":
            continue
        raws.append(attrs_.get("datetime") or attrs_.get("content") or "")
    zone = site_zone((url, meta.canonical_url), meta.language) if wall == _MIDNIGHT else None
    nearby = None  # a UTC instant that falls on the day in the site's zone
    for raw in chain(raws, script_date_values(doc, nodes=nodes)):
        if not raw or not _MACHINE_INSTANT.match(raw.strip()):
            continue
        parsed = parse_date(raw)
        if parsed is None:
            continue
        if parsed.date() != day:
            if nearby is None and zone is not None and parsed.utcoffset() == _NO_OFFSET:
                local = parsed.astimezone(zone)
                nearby = local if local.date() == day else None
            continue
        if wall != _MIDNIGHT:
            # A written local time: only the same wall time with its zone says more.
            if parsed.tzinfo is not None and parsed.time().replace(second=0, microsecond=0) == wall:
                meta.published = parsed
                return
        elif parsed.tzinfo is not None or parsed.time() != _MIDNIGHT:
            meta.published = parsed
            return
    if nearby is not None:
        meta.published = nearby
    elif wall == _MIDNIGHT:
        # The time the page writes by its heading on that day ("Nov. 19, 2019, 11:00 a.m.").
        window = heading_window(doc, nodes) or ""
        meta.published = next(
            (
                found
                for found, update in written_dates(window)
                if not update and found.date() == day and found.time() != _MIDNIGHT
            ),
            published,
        )


_MIDNIGHT = datetime.min.time()


# A machine-written instant: ISO 8601, RFC 2822 ("Tue, 19 Nov 2019 11:00:09 GMT"), a unix
# timestamp in seconds or milliseconds.
_MACHINE_INSTANT = re.compile(
    r"(?:19|20)\d\d-\d\d-\d\d|[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} (?:19|20)\d\d \d\d:\d\d"
    r"|\d{10}(?:\d{3})?$"
)


_NO_OFFSET = timedelta(0)


# How much of the page's own text is read for the date it shows when no dateline stands by
# the heading (the date of an article stands above its text or in its first lines).
_SHOWN_TEXT = 10_000


def _shown_declared(
    doc: LexborHTMLParser, meta: Metadata, values: dict[str, list[str]], nodes: PageNodes
) -> None:
    """Another declared date, when the page shows its day and not the publication's: a
    publication date of another source (JSON-LD and ``<meta>`` that disagree), else the
    declared modification. What the page shows is its dateline by the heading, else the
    first dates of its own text.

    A page republished or reworked under the same address often keeps its first publication
    date in the metadata while the page itself shows the day of the new version, unlabelled
    ("12.01.2022" under the title, "Stand: 07.11.2023"): the day the page shows as its date is
    the one its readers date it by. A date the page labels as the update ("Updated March 14,
    2021") is not taken for the publication.
    """
    published = meta.published
    if published is None:
        return
    others = [
        parsed
        for key in PUBLISHED_KEYS
        for value in values.get(key, ())
        if (parsed := parse_date(value)) is not None and parsed.date() != published.date()
    ]
    for node in nodes.with_itemprop("datePublished")[:5]:
        attrs_ = node.attributes
        parsed = parse_date(attrs_.get("datetime") or attrs_.get("content"))
        if parsed is not None and parsed.date() != published.date():
            others.append(parsed)
    if meta.modified is not None and meta.modified.date() != published.date():
        others.append(meta.modified)
    if not others:
        return
    window = heading_window(doc, nodes) or ""
    if not days_in_text(window):  # no dateline by the heading
        window = own_text(doc, _SHOWN_TEXT, nodes)
    # The first date shown, unless labelled as the update: a page that says "Updated …"
    # tells its readers that this is not the day it was published.
    shown = next((found for found, update in written_dates(window) if not update), None)
    if shown is None or shown.date() == published.date():
        return
    if published.date() in days_in_text(window):
        return
    day = shown.date()
    for other in others:
        moved = other if other.date() == day else on_day(other, day)
        if moved is not None:
            meta.published = moved
            return


def _order_shown(
    doc: LexborHTMLParser, meta: Metadata, values: dict[str, list[str]], nodes: PageNodes
) -> None:
    """A publication date read from a value that reads both ways ("11/01/2023": November 1 or
    January 11) turned round when the page shows the other day and not this one.

    The page's language says the usual order (``_date_order``), but a content system may
    write its machine values in another (.NET's invariant "MM/dd/yyyy" on a German page).
    """
    published = meta.published
    if published is None or published.day > 12 or published.day == published.month:
        return
    raws = [*meta.declared_dates, *(v for key in _DATE_HINT_KEYS for v in values.get(key, ()))]
    for _node, _tag, attrs_ in nodes.dates[:8]:
        raws.append(attrs_.get("datetime") or attrs_.get("content") or "")
    if not any(
        _ambiguous(raw)
        and (parsed := parse_date(raw)) is not None
        and parsed.date() == published.date()
        for raw in raws
    ):
        return
    window = heading_window(doc, nodes) or ""
    if not days_in_text(window):
        window = own_text(doc, _SHOWN_TEXT, nodes)
    shown = next((found for found, update in written_dates(window) if not update), None)
    turned = published.replace(month=published.day, day=published.month)
    if shown is not None and shown.date() == turned.date():
        meta.published = turned


# How far into a title its date may stand.
_TITLE_DATE = 16


def settle_published(
    doc: LexborHTMLParser,
    meta: Metadata,
    url: str | None,
    values: dict[str, list[str]],
    source: LexborNode | None,
    nodes: PageNodes,
) -> None:
    """The last sources of a publication date (a paragraph that opens with its date, a
    labelled date, a title that opens with its date), then its time and its local day.

    (The dateline by the heading was asked in ``markup_dates``, before the date elements
    anywhere on the page.)
    """
    if meta.published is None:
        meta.published = dateline_paragraph(doc)
    if meta.published is None:
        meta.published = labelled_date(doc, nodes)
    if meta.published is None:
        meta.published = date_in_scripts(doc, nodes)
    if meta.published is None:
        # A title that opens with its date ("23.01.2022 - Wierer wins").
        meta.published = next(
            (d for t in meta.titles[:3] if t and (d := date_in_text(t[:_TITLE_DATE])) is not None),
            None,
        )
    if meta.published is None:
        meta.published = first_date_in_text(doc, nodes)
    _order_shown(doc, meta, values, nodes)
    _shown_declared(doc, meta, values, nodes)
    _with_time(doc, meta, url, values, nodes)
    hints = [v for key in _DATE_HINT_KEYS for v in values.get(key, ())]
    local_published(doc, meta, url, hints, source, nodes, lambda: _shown_in_date_class(doc, nodes))
