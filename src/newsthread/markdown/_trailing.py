"""Comment headers written after the comment's text.

Some themes print the author and date at the foot of each comment (``Ann · April
19, 2019`` under the text); converters keep that order. Where two list items or more
end with a whole author-and-date line and open with text, the line is moved to the
front of its item, where the comment builder reads headers. A converter that writes
the text flush left after an item that holds only the avatar (html2text) has the text
and the footer taken into the item first.
"""

from __future__ import annotations

import re

import attrs

from newsthread.markdown._authorlines import heuristic_header
from newsthread.markdown._units import Unit

__all__ = ["raise_trailing_headers"]

_IMAGES = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")

#: Items that must end with a header line before any is moved.
_MIN_ITEMS = 2
_SHORT = 120


def _full_header(unit: Unit) -> bool:
    if unit.kind != "p" or len(unit.text) > _SHORT:
        return False
    head = heuristic_header(unit)
    return (
        head is not None
        and head.author is not None
        and (head.published is not None or head.date_text is not None)
    )


def _spans(units: list[Unit]) -> list[tuple[int, int]]:
    """(first, last) indices of the runs of units that belong to one list item directly."""
    spans: list[tuple[int, int]] = []
    start = 0
    for index in range(1, len(units) + 1):
        if index == len(units) or units[index].item != units[start].item:
            if units[start].item != -1 and units[start].start:
                spans.append((start, index - 1))
            start = index
    return spans


def _adopt_loose_text(units: list[Unit]) -> list[Unit]:
    """``units`` with the paragraphs after an avatar-only list item taken into that item, where
    they end with a whole author-and-date line and hold no other header (html2text)."""
    out: list[Unit] = []
    adopted = 0
    index = 0
    while index < len(units):
        unit = units[index]
        out.append(unit)
        index += 1
        if unit.item == -1 or not unit.start or _IMAGES.sub("", unit.text).strip():
            continue
        end = index
        while end < len(units) and units[end].item == -1 and units[end].kind == "p":
            end += 1
        run = [u for u in units[index:end] if u.kind == "p" and u.text.strip()]
        if len(run) < 2 or not _full_header(run[-1]):
            continue
        if any(heuristic_header(u) is not None for u in run[:-1]):
            continue
        for loose in units[index:end]:
            out.append(
                attrs.evolve(
                    loose,
                    item=unit.item,
                    parent_item=unit.parent_item,
                    list_key=unit.list_key,
                    depth=unit.depth,
                    column=unit.column,
                    start=False,
                )
            )
        adopted += 1
        index = end
    return out if adopted >= _MIN_ITEMS else units


def raise_trailing_headers(units: list[Unit]) -> list[Unit]:
    """``units`` with the author-and-date line that ends each such list item moved to its front."""
    units = _adopt_loose_text(units)
    moves: list[tuple[int, int]] = []
    for first, last in _spans(units):
        texts = [i for i in range(first, last + 1) if units[i].kind == "p" and units[i].text]
        if len(texts) < 2 or not _full_header(units[texts[-1]]):
            continue  # (raw HTML a converter kept may follow the last line)
        if any(heuristic_header(units[i]) is not None for i in texts[:-1]):
            continue  # the item has a header above its text already
        moves.append((first, texts[-1]))
    if len(moves) < _MIN_ITEMS:
        return units
    # One pass (not a pop and an insert per item, which grows with the square of the thread).
    header_of = dict(moves)
    moved = set(header_of.values())
    out: list[Unit] = []
    for index, unit in enumerate(units):
        if index in moved:
            continue
        header_at = header_of.get(index)
        if header_at is not None:
            head = units[header_at]
            head.start, unit.start = True, False
            head.column = unit.column
            out.append(head)
        out.append(unit)
    return out
