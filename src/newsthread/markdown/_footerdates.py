"""Comments whose name is a heading and whose date is in a list under the text.

Some themes print each comment as the author's name in a heading, the text, then a
row of links and meta data (``Reply``, ``April 5, 2018``, ``6:32 PM``), which
converters write as a list. Where two comments or more have that shape, the heading
becomes an author-and-date line (``Name · April 5, 2018 6:32 PM``) and the date and
time items leave the list; the comment builder then reads them as it reads any header.
"""

from __future__ import annotations

from newsthread.markdown._commentdates import parse_date
from newsthread.markdown._headers import name_like, profile_link
from newsthread.markdown._units import Unit
from newsthread.model import Link

__all__ = ["fold_footer_dates"]

#: Comments of that shape needed before any heading is read as a name.
_MIN_COMMENTS = 2
_MAX_NAME_WORDS = 4
_MAX_TEXT_UNITS = 30
_MAX_ITEMS = 6
_SHORT_ITEM = 40


def _name_heading(unit: Unit) -> bool:
    text = unit.text.strip()
    if unit.kind != "h" or unit.depth or not text or len(text.split()) > _MAX_NAME_WORDS:
        return False
    if unit.links and not (
        len(unit.links) == 1
        and unit.links[0].start == 0
        and unit.links[0].end >= len(text)
        and profile_link(unit.links[0].url)
    ):
        return False
    return name_like(text) and not text.endswith(":")


def _footer(units: list[Unit], start: int) -> tuple[list[int], str] | None:
    """The indices of the date (and time) items of the list opening at ``start``, and the
    date as written, or None when the list holds no date."""
    key = units[start].list_key
    items: list[int] = []
    j = start
    while j < len(units) and units[j].list_key == key and units[j].item != -1:
        if units[j].depth != units[start].depth or len(units[j].text) > _SHORT_ITEM:
            return None
        items.append(j)
        j += 1
    if len(items) > _MAX_ITEMS:
        return None
    for n, i in enumerate(items):
        text = units[i].text.strip()
        if parse_date(text) is None:
            continue
        if n + 1 < len(items):  # the time in the next item: "April 5, 2018" / "6:32 PM"
            both = f"{text} {units[items[n + 1]].text.strip()}"
            if parse_date(both) is not None and parse_date(both) != parse_date(text):
                return [i, items[n + 1]], both
        return [i], text
    return None


def _shape(units: list[Unit], i: int) -> tuple[list[int], str] | None:
    """The footer's date items of the comment whose name heading is ``units[i]``."""
    texts = 0
    for j in range(i + 1, min(len(units), i + 2 + _MAX_TEXT_UNITS)):
        unit = units[j]
        if unit.kind == "h":
            return None
        if unit.item != -1:
            return _footer(units, j) if texts else None
        if unit.kind in {"p", "code"} and unit.text.strip():
            texts += 1
    return None


def fold_footer_dates(units: list[Unit]) -> list[Unit]:
    """``units`` with each name heading whose list under the text holds a date read as an
    author-and-date line (the same list when fewer than two comments have the shape)."""
    found: dict[int, tuple[list[int], str]] = {}
    for i, unit in enumerate(units):
        if unit.kind == "h" and _name_heading(unit):
            shape = _shape(units, i)
            if shape is not None:
                found[i] = shape
    if len(found) < _MIN_COMMENTS:
        return units
    dropped = {j for items, _ in found.values() for j in items}
    out: list[Unit] = []
    for i, unit in enumerate(units):
        if i in dropped:
            continue
        if i in found:
            name = unit.text.strip()
            line = f"{name} · {found[i][1]}"
            links = [Link(0, len(name), unit.links[0].url)] if unit.links else []
            out.append(Unit("p", line, links, line=unit.line))
            continue
        out.append(unit)
    return out
