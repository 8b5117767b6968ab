"""The page's own day for a publication instant given in UTC: the day its url, its ``<time>``
elements, its dateline or its dates without zone show, else the zone of the site's country."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsthread.html._datelines import date_near_heading
from newsthread.html._page_nodes import PageNodes
from newsthread.html._written_dates import ISO_START, date_in_text, date_in_url, parse_date
from newsthread.html._zones import site_zone

if TYPE_CHECKING:
    from newsthread.html._metadata import Metadata

__all__ = ["in_article", "local_published", "on_day"]


_MIDNIGHT = datetime.min.time()


def in_article(node: LexborNode, known: dict[int, bool]) -> bool:
    """Whether an ``<article>`` encloses ``node``; ``known`` remembers the answers on the way
    up, so many elements in one deep page cost one walk, not one each."""
    seen: list[int] = []
    current = node.parent
    found = False
    while current is not None:
        key = current.mem_id
        if key in known:
            found = known[key]
            break
        if current.tag == "article":
            found = True
            break
        seen.append(key)
        current = current.parent
    for key in seen:
        known[key] = found
    return found


_ZERO_OFFSET = timedelta(0)


def _shift_to_day(moment: datetime, day: date) -> datetime | None:
    """A UTC ``moment`` as the same instant in the nearest whole-hour offset that falls on ``day``.

    Only for the day before or after, and only within the offsets in use (-12 to +14 hours).
    """
    seconds = moment.hour * 3600 + moment.minute * 60 + moment.second
    step = (day - moment.date()).days
    if step == -1:
        hours = -(seconds // 3600 + 1)
    elif step == 1:
        hours = -(-(86400 - seconds) // 3600)
    else:
        return None
    if not -12 <= hours <= 14:
        return None
    return moment.astimezone(timezone(timedelta(hours=hours)))


def on_day(moment: datetime, day: date) -> datetime | None:
    """An aware ``moment`` as the same instant on ``day`` (UTC or a whole-hour offset), or None."""
    if moment.utcoffset() is None:
        return None
    utc = moment.astimezone(UTC)
    return utc if utc.date() == day else _shift_to_day(utc, day)


_LISTING_TAGS = frozenset({"a", "li", "aside", "nav", "footer"})


_LISTING_LEVELS = 8


def _in_listing(node: LexborNode) -> bool:
    """True for an element inside a link, a list item or a sidebar: where teasers stand."""
    current = node.parent
    for _ in range(_LISTING_LEVELS):
        if current is None:
            return False
        if current.tag in _LISTING_TAGS:
            return True
        current = current.parent
    return False


def local_published(
    doc: LexborHTMLParser,
    meta: Metadata,
    url: str | None,
    hints: list[str],
    source: LexborNode | None = None,
    nodes: PageNodes | None = None,
    shown: Callable[[], datetime | None] | None = None,
) -> None:
    """Put a UTC publication time on the page's own day when the page says which day that is.

    Metadata often gives the time in UTC, which for an evening or early-morning
    article is another day than the one the page prints. The day in the url path
    is asked first: on that day nothing changes, on the day next to it the time
    moves there. Other hints, most precise first: the same instant with a local
    offset in a ``<meta>`` or ``<time>``; a local ``<time datetime>`` or a shown
    date and time without zone (its distance to UTC is the offset); then the day
    alone: the date a ``<time>`` of that instant shows, the date other ``<time>``
    elements show, a date-only ``<meta>``. A ``<time>`` that is not the same
    instant counts only when it gave the date or stands inside ``<article>``:
    teasers and sidebars carry the dates of other articles. Last, for a site whose zone is not
    known, the date ``shown`` (asked only then) in the page's first date element.
    """
    published = meta.published
    if published is None or published.tzinfo is None or published.utcoffset() != _ZERO_OFFSET:
        return
    in_url = date_in_url(url) or date_in_url(meta.canonical_url)
    url_day = in_url.date() if in_url is not None else None
    if url_day is not None and abs((url_day - published.date()).days) > 1:
        url_day = None  # another story's date, or the url's own scheme
    shown_days: list[date] = []
    other_days: list[date] = []
    meta_days: list[date] = []
    for content in hints:
        parsed = parse_date(content)
        if parsed is None:
            continue
        if parsed.tzinfo is not None:
            if parsed.utcoffset() and parsed == published and url_day in (None, parsed.date()):
                meta.published = parsed
                return
        elif not (parsed.hour or parsed.minute):
            meta_days.append(parsed.date())
    elsewhere: list[date] = []
    local = _local_time_shown(
        doc, nodes, published, url_day, source, (shown_days, other_days, elsewhere)
    )
    if local is not None:
        meta.published = local
        return
    days = [url_day] if url_day is not None else shown_days + other_days + meta_days
    if url_day is None:
        near = date_near_heading(doc, nodes)
        if near is not None:
            days.append(near.date())
        if len(set(elsewhere)) == 1:
            # <time> elements outside <article> and outside links, lists and sidebars (where
            # teasers stand) that all show one day: the page's own.
            days.append(elsewhere[0])
        if (
            not days
            and shown is not None
            and site_zone((url, meta.canonical_url), meta.language) is None
        ):
            # Else, for a site of no known zone, the date written in the page's first date
            # element ("<span class=date>"), when it is the day before or after the instant's
            # in UTC.
            written = shown()
            if written is not None and abs((written.date() - published.date()).days) == 1:
                days.append(written.date())
    _move_to_day(meta, published, days, url)


def _move_to_day(meta: Metadata, published: datetime, days: list[date], url: str | None) -> None:
    """The UTC instant ``published`` moved to the first of ``days`` it is next to (kept on its
    own); with no day to go by, a time that says how it was entered, else the site's zone."""
    for day in days:
        if day == published.date():
            return
        shifted = _shift_to_day(published, day)
        if shifted is not None:
            meta.published = shifted
            return
    if (
        not days
        and published.utcoffset() == timedelta(0)
        and published.hour in _MIDNIGHT_HOURS
        and _on_the_hour(published)
    ):
        # 22:00 or 23:00 UTC on the dot: a day entered without a time, stored as the local
        # midnight of Central Europe (+01:00/+02:00) and written out in UTC.
        meta.published = published.astimezone(timezone(timedelta(hours=24 - published.hour)))
    elif not days and published.time() != _MIDNIGHT:
        # Nothing on the page says which day: the instant in the zone of the site's country
        # (its domain, else its language). Midnight UTC on the dot is a day entered without
        # a time, which no zone should move.
        zone = site_zone((url, meta.canonical_url), meta.language)
        if zone is not None:
            meta.published = published.astimezone(zone)


_MIDNIGHT_HOURS = (22, 23)


def _local_time_shown(
    doc: LexborHTMLParser,
    nodes: PageNodes | None,
    published: datetime,
    url_day: date | None,
    source: LexborNode | None,
    days: tuple[list[date], list[date], list[date]],
) -> datetime | None:
    """The UTC instant ``published`` in the zone a ``<time>`` element gives it, or None.

    Meanwhile collects the days the page's ``<time>`` elements show: ``days`` are the days of
    elements of that instant, of other elements in the article, and of elements elsewhere.
    """
    shown_days, other_days, elsewhere = days
    naive = published.replace(tzinfo=None)
    articled: dict[int, bool] = {}
    source_id = source.mem_id if source is not None else None
    for node in (doc.css("time") if nodes is None else nodes.times())[:5]:
        raw = (node.attributes.get("datetime") or "").strip()
        text = node.text(deep=True)[:200]
        parsed = None
        if raw:
            parsed = parse_date(raw) if ISO_START.match(raw) else date_in_text(raw)
        if parsed is not None and parsed.tzinfo is not None:
            if parsed.utcoffset() and parsed == published and url_day in (None, parsed.date()):
                return parsed
            if parsed != published:
                continue
            shown = parse_date(text) if text.strip() else None
            if shown is not None and not shown.second:
                # "16:29 Uhr" shows this element's 14:29:08Z to the minute
                shown = shown.replace(second=naive.second, microsecond=naive.microsecond)
        elif node.mem_id == source_id or in_article(node, articled):
            shown = parsed or (parse_date(text) if text.strip() else None)
        else:
            if parsed is not None and not _in_listing(node):
                elsewhere.append(parsed.date())
            continue
        if shown is None:
            continue
        if shown.tzinfo is None and (shown.hour or shown.minute):
            offset = shown - naive
            minutes = offset.total_seconds() / 60
            if offset and minutes % 15 == 0 and -12 * 60 <= minutes <= 14 * 60:
                local = published.astimezone(timezone(offset))
                if url_day in (None, local.date()):
                    return local
        (shown_days if parsed is not None else other_days).append(shown.date())
    return None


def _on_the_hour(moment: datetime) -> bool:
    return moment.minute == moment.second == moment.microsecond == 0
