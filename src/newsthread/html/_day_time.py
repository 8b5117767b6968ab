"""The time of day the page prints for a publication date declared as a day alone.

A ``<meta>`` or JSON-LD date of the day only ("2024-03-04") while the page shows the same day
with its time by the headline ("입력 2024.03.04 09:30", "2024年3月4日 18時05分", "Giriş:
18.01.2024 09:12"): the written time is the article's (the day stays the declared one)."""

from __future__ import annotations

from datetime import datetime

from newsthread.html._page_nodes import PageNodes
from newsthread.html._written_dates import written_dates

__all__ = ["time_shown_on_day"]

# The text read around the headline (the byline and date lines stand right by it: a kicker
# and a date line above it on some sites).
_BEFORE_TITLE = 300
_AFTER_TITLE = 1500
# The headline's words looked for in the page's text.
_TITLE_KEY = 40
# The written dates looked at: the first ones, the article's own before the teasers'.
_DATES = 6


def time_shown_on_day(nodes: PageNodes, day: datetime, titles: list[str | None]) -> datetime | None:
    """The first written date of ``day``'s day with a time in the page's text around its
    headline (one of ``titles``, as the page prints it), not one labelled as an update; None
    when the headline is not found or no such date follows it."""
    text = " ".join(nodes.body_lines().split())  # (a headline's parts on lines of their own)
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
    for number, (found, update) in enumerate(written_dates(window)):
        if number >= _DATES:
            break
        if not update and found.date() == day.date() and found.time() != datetime.min.time():
            return found
    return None
