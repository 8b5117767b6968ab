"""The publication date of a page's article: the order of its sources, its time and its day.

The declared dates come first (JSON-LD, then ``<meta>``, read in ``_metadata`` with the keys
named here); ``_date_markup`` reads the visible markup (``itemprop``, ``<time>``, date
classes) and the url; this module asks ``_datelines`` for dates by their place in the text
and ``_script_dates`` for a script's state, then settles the result: of declared dates that
disagree, the one on the day the page shows; a date-only value takes the time of a timestamp
of the same day; a UTC instant moves to the page's own day (``_local_day``). Reading one
written date is ``_written_dates``'.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from itertools import chain
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsthread.html._date_markup import (
    DOCUMENT_DATE_KEYS,
    ambiguous,
    shown_in_date_class,
    timestamp_elements,
)
from newsthread.html._datelines import (
    dateline_paragraph,
    first_date_in_text,
    heading_window,
    labelled_date,
    own_text,
)
from newsthread.html._day_time import time_shown_on_day
from newsthread.html._local_day import local_published, on_day
from newsthread.html._page_nodes import PageNodes
from newsthread.html._script_dates import date_in_scripts, script_date_values
from newsthread.html._written_dates import (
    date_in_text,
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


_DATE_HINT_KEYS = PUBLISHED_KEYS + DOCUMENT_DATE_KEYS


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
    for attrs_ in timestamp_elements(nodes)[:8]:
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
        ambiguous(raw)
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
    published = meta.published
    if published is not None and published.tzinfo is None and published.time() == _MIDNIGHT:
        # A day alone: the time the page's own text shows for that day, if any.
        titles = [*(h1.text(deep=True) for h1 in nodes.h1s[:1]), *meta.titles]
        meta.published = time_shown_on_day(nodes, published, titles) or published
    hints = [v for key in _DATE_HINT_KEYS for v in values.get(key, ())]
    local_published(doc, meta, url, hints, source, nodes, lambda: shown_in_date_class(doc, nodes))
