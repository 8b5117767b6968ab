"""The time of day the page prints for a publication date declared as a day alone.

A ``<meta>`` or JSON-LD date of the day only ("2024-03-04") while the page's own text shows
the same day with its time ("입력 2024.03.04 09:30", "2024年3月4日 18時05分", "Giriş:
18.01.2024 09:12"): the written time is the article's (the day stays the declared one)."""

from __future__ import annotations

from datetime import datetime

from selectolax.lexbor import LexborHTMLParser

from newsthread.html._datelines import own_text
from newsthread.html._page_nodes import PageNodes
from newsthread.html._written_dates import written_dates

__all__ = ["time_shown_on_day"]

# The page's own text read for it (the header and the article's first lines hold the date).
_TEXT = 6000
# The written dates looked at: the first ones, the article's own before the teasers' and the
# comments'.
_DATES = 8


def time_shown_on_day(doc: LexborHTMLParser, nodes: PageNodes, day: datetime) -> datetime | None:
    """The first written date of ``day``'s day with a time in the page's own text (not one
    labelled as an update), or None."""
    for number, (found, update) in enumerate(written_dates(own_text(doc, nodes=nodes)[:_TEXT])):
        if number >= _DATES:
            break
        if not update and found.date() == day.date() and found.time() != datetime.min.time():
            return found
    return None
