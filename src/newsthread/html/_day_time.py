"""The time of day the page prints for a publication date declared as a day alone.

A ``<meta>`` or JSON-LD date of the day only ("2024-03-04") while the page shows the same day
with its time by the headline ("입력 2024.03.04 09:30", "2024年3月4日 18時05分", "Giriş:
18.01.2024 09:12"): the written time is the article's, with the seconds and the zone the text
writes beside it (the day stays the declared one)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from newsthread.html._page_nodes import PageNodes
from newsthread.html._written_dates import written_dates

__all__ = ["time_shown_on_day"]

# The text read around the headline (the byline and date lines stand right by it: a kicker
# and a date line above it on some sites).
_BEFORE_TITLE = 300
_AFTER_TITLE = 1500
# The page's text the headline is looked for in.
_TEXT = 30_000
# The headline's words looked for in the page's text.
_TITLE_KEY = 40
# The written dates looked at: the first ones, the article's own before the teasers'.
_DATES = 6


def time_shown_on_day(nodes: PageNodes, day: datetime, titles: list[str | None]) -> datetime | None:
    """The first written date of ``day``'s day with a time in the page's text around its
    headline (one of ``titles``, as the page prints it), not one labelled as an update; None
    when the headline is not found or no such date follows it."""
    # (the headline's parts on lines of their own joined again; the headline stands in the
    # first of the page's text)
    text = nodes.body_lines()[:_TEXT].replace("\n", " ")
    start = -1
    for title in titles[:3]:
        key = " ".join((title or "").split())[:_TITLE_KEY]
        if len(key) >= 8:
            start = text.find(key)
            if start >= 0:
                break
    if start < 0:
        return None
    window = text[max(0, start - _BEFORE_TITLE) : start + _AFTER_TITLE]
    if _CLOCK_SHAPE.search(window) is None:
        return None  # no time of day written near the headline
    for number, (found, update) in enumerate(written_dates(window)):
        if number >= _DATES:
            break
        if not update and found.date() == day.date() and found.time() != datetime.min.time():
            return _with_seconds_and_zone(found, window)
    return None


def _with_seconds_and_zone(found: datetime, window: str) -> datetime:
    """``found`` (to the minute) with the seconds and the zone the text writes after that
    time ("21:21:50", "10:47 AM EST", "14:22 WIB"), when it writes them."""
    hour = found.hour % 12 or 12
    clock = rf"(?<!\d)(?:{found.hour:02d}|{found.hour}|{hour:02d}|{hour}):{found.minute:02d}"
    written = re.search(clock + _AFTER_CLOCK, window)
    if written is None:
        return found
    seconds, zone = written.group("s"), written.group("zone")
    if seconds:
        found = found.replace(second=int(seconds))
    offset = _ZONES.get(zone.upper()) if zone else None
    if offset is not None:
        found = found.replace(tzinfo=timezone(timedelta(minutes=offset)))
    return found


# A time of day's shape ("9:30", "9.30", "9h30", "18時05分", "9시 30분"), looked for before the
# dates are read.
_CLOCK_SHAPE = re.compile(r"\d(?:[:.h]|[時时]|시\s?)[0-5]\d")
# What may follow the minutes: the seconds, a half of the day, a zone's abbreviation.
_AFTER_CLOCK = (
    r"(?::(?P<s>[0-5]\d))?(?:\s?(?i:[ap]\.?\s?m\.?))?\s?(?P<zone>[A-Za-z]{2,5})?(?![A-Za-z])"
)
# Zone abbreviations news sites print after a time, as fixed offsets in minutes (a standard
# time's name is its standard offset: "EST" in summer is still written for -05:00).
_ZONES = {
    "UTC": 0, "GMT": 0, "WET": 0, "BST": 60, "CET": 60, "MEZ": 60, "CEST": 120, "MESZ": 120,
    "EET": 120, "EEST": 180, "MSK": 180, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300,
    "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "WIB": 420, "WITA": 480, "WIT": 540,
    "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "AEST": 600, "AEDT": 660,
}  # fmt: skip
