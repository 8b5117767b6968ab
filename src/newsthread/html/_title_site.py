"""The site's name as the page's ``<title>`` prints it beside the article's title.

"Headline | Site", "Site - Headline": the part beside a declared title (OpenGraph, JSON-LD) is
the outlet's name, a credit the bylines do not take for an author ("Site" in a ``meta
name=author``, "Ann Lee, Site — Place" in a byline) on pages that declare no site name."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["title_site_names"]

# The separators between a headline and the site's name in a page title.
_SEPARATOR = re.compile(r"\s+[|\u2013\u2014-]\s+|\s*[|\uff5c_]\s*")
# A site's name is short: a few words.
_SITE_MAX = 40


def title_site_names(page_title: str | None, declared: Iterable[str | None]) -> list[str]:
    """The parts of ``page_title`` beside one of the ``declared`` titles (whole, not cut)."""
    if not page_title:
        return []
    title = " ".join(page_title.split())
    for value in declared:
        if not value:
            continue
        headline = " ".join(value.split())
        if headline == title or headline not in title:
            continue
        before, _, after = title.partition(headline)
        sides = []
        lead = _SEPARATOR.match(after)
        if lead is not None:
            sides.append(after[lead.end() :])
        trail = [m for m in _SEPARATOR.finditer(before) if m.end() == len(before)]
        if trail:
            sides.append(before[: trail[-1].start()])
        return [side.strip() for side in sides if 0 < len(side.strip()) <= _SITE_MAX]
    return []
