"""Which way round a page writes its numeric dates: "02/05/2024" is May 2 in Spain, February 5
in the United States.

The page's language (``<html lang>``, ``og:locale``, ``content-language``, Dublin Core's
language) says it: American (and Philippine) English writes the month first, every other
language and English elsewhere the day first. English without a region, and a page without a
language, are read by the address's country domain (``.co.uk``, ``.us``), if it has one. When
nothing says, the order stays unknown and the readers keep their defaults (day first in text,
month first in attributes, as dateutil reads them).

The readers of written dates (``_written_dates``) are called from many places for one page;
the page's order reaches them through a context variable set for the time the page's
metadata is read (``date_order``), as ``decimal.localcontext`` sets a precision.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from newsthread.html._zones import top_level_domain

__all__ = ["MONTH_FIRST", "date_order", "month_first"]

#: Whether the page being read writes numeric dates month first; None when unknown.
MONTH_FIRST: ContextVar[bool | None] = ContextVar("newsthread_month_first", default=None)

# Regions whose English writes the month first.
_MONTH_FIRST_REGIONS = frozenset({"us", "ph", "fm", "mh", "pw"})
# Two-letter top-level domains sold for other uses: they name no country.
_NO_COUNTRY = frozenset({"co", "io", "me", "tv", "fm", "ai", "ly", "cc", "ws", "to", "gg"})


def _country(urls: Iterable[str | None]) -> str | None:
    """The country domain of the first address that has one (``"uk"``), ``""`` for an address
    without one (``.com``), None when there is no address."""
    for url in urls:
        tld = top_level_domain(url)
        if not tld or tld.isdigit():
            continue
        return tld if len(tld) == 2 and tld not in _NO_COUNTRY else ""
    return None


def month_first(languages: Iterable[str | None], urls: Iterable[str | None]) -> bool | None:
    """Whether a page with these declared languages (most trusted first: ``"es-ES"``,
    ``"en_US"``, ``"en"``) at these addresses writes numeric dates month first; None when
    neither says."""
    country = _country(urls)
    for raw in languages:
        if not raw or not raw.strip():
            continue
        parts = raw.strip().casefold().replace("_", "-").split("-")
        language = parts[0].split(",")[0].strip()
        if not language.isalpha():
            continue
        region = parts[1] if len(parts) > 1 and len(parts[1]) == 2 else None
        if language == "fil":
            return True
        if language != "en":
            return False
        if region is not None:
            return region in _MONTH_FIRST_REGIONS
        # English of no region: the country's order, else unknown (on a .com as often
        # British, Indian or Nigerian as American).
        return country in _MONTH_FIRST_REGIONS if country else None
    if country:
        return country in _MONTH_FIRST_REGIONS
    return None


@contextmanager
def date_order(first_month: bool | None) -> Iterator[None]:
    """Read numeric dates month first (True), day first (False) or by the readers' defaults
    (None) inside the block."""
    token = MONTH_FIRST.set(first_month)
    try:
        yield
    finally:
        MONTH_FIRST.reset(token)
