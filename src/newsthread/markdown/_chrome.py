"""Page chrome in a comment section recognised by shape: header lists and score lines.

Some themes print a comment's header as a list ("Reply", the name, the date as
items of a ``<ul>``); converters keep it as a list nested in the comment, which
would read as replies. A list whose items are all one short line, with a date,
a relative time or a button among them, is the comment's header, not replies.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsthread.markdown._units import Unit

__all__ = ["fold_header_lists", "is_counter"]

_SHORT = 80
# A line that is only a number: a vote count, a score ("11.0k", "5,2 Tsd.")
_COUNTER = re.compile(r"^[+\-−]?\d{1,3}(?:[.,]\d{1,3})?\s*(?:k|m|tsd\.?|mio\.?)?$", re.IGNORECASE)


def is_counter(text: str) -> bool:
    """A line holding nothing but a vote or score count."""
    return _COUNTER.match(text.strip()) is not None


def fold_header_lists(units: list[Unit], piece: Callable[[Unit], str]) -> None:
    """Turn lists that are a comment's header into plain lines of the enclosing item (in place).

    ``piece`` names what one line is: "time" (a date or relative time alone),
    "header" (a whole author-and-time line), "chrome" (a button) or "" (text).
    A header list holds exactly one time, no whole header, and short lines only:
    a list of whole headers is a thread whose texts a converter left outside.
    """
    by_item: dict[int, list[Unit]] = {}
    children: dict[int, list[int]] = {}
    for unit in units:
        if unit.item == -1:
            continue
        group = by_item.setdefault(unit.item, [])
        if not group:
            children.setdefault(unit.parent_item, []).append(unit.item)
        group.append(unit)
    for parent, kids in children.items():
        if len(kids) < 2 or any(k in children for k in kids):
            continue
        lines = [by_item[k] for k in kids]
        if any(len(g) != 1 or g[0].kind != "p" or len(g[0].text) > _SHORT for g in lines):
            continue
        kinds = [piece(g[0]) for g in lines]
        if kinds.count("time") != 1 or "header" in kinds:
            continue
        above = by_item.get(parent, [None])[0] if parent != -1 else None
        for group in lines:
            unit = group[0]
            unit.start = False
            if above is None:
                unit.item, unit.parent_item, unit.depth, unit.column = -1, -1, 0, 0
            else:
                unit.item, unit.parent_item = above.item, above.parent_item
                unit.depth, unit.column = above.depth, above.column
