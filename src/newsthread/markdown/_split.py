"""Blocks that hold a whole thread: converters that flatten tables write many comments in one paragraph.

markdownify writes a Hacker News style table of comments as one table row
line, html2text as table rows that Markdown reads as one paragraph. Each comment
still opens with its header: a link to a profile, then a link whose text is a
time. A block with two or more such headers is cut before each of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

import attrs

from newsthread.markdown._headers import profile_link
from newsthread.markdown._units import Unit
from newsthread.model import Link

__all__ = ["split_at_headers"]

_BETWEEN = " \t\n|·•"
#: Most characters before a parenthesised header for it to open the paragraph's next line.
_LEAD = 24


def _header_starts(unit: Unit, is_time: Callable[[str], bool]) -> list[int]:
    links = sorted(unit.links, key=lambda k: k.start)
    starts: list[int] = []
    for first, second in pairwise(links):
        if not profile_link(first.url) or unit.text[first.end : second.start].strip(_BETWEEN):
            continue
        if is_time(unit.text[second.start : second.end].strip()):
            starts.append(first.start)
    return starts


def _piece(unit: Unit, start: int, end: int) -> Unit:
    links = [
        Link(k.start - start, k.end - start, k.url)
        for k in unit.links
        if start <= k.start and k.end <= end
    ]
    return attrs.evolve(
        unit,
        text=unit.text[start:end],
        links=links,
        item=-1,
        parent_item=-1,
        depth=0,
        start=False,
        list_key=-1,
        column=0,
    )


# "( Ann | 2015. január 21., szerda - 15:03 )": a name and a date in parentheses (Drupal forums)
_PAREN = re.compile(r"\(\s*(?P<name>[^()|\n]{1,60}?)\s*\|\s*(?P<date>[^()|\n]{4,60}?)\s*\)")


def _paren_headers(unit: Unit, is_time: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spans of the parenthesised name-and-date headers in ``unit``."""
    if "|" not in unit.text or "(" not in unit.text:
        return []
    return [m.span() for m in _PAREN.finditer(unit.text) if is_time(m.group("date"))]


def _line_start(text: str, at: int) -> bool:
    """Whether a header at ``at`` opens ``text``, a line of it or a sentence in it, or follows
    a few words only (a list item's "permalink" that html-to-markdown's next line continues)."""
    before = text[:at].rstrip(" ")
    return not before or before.endswith(("\n", ".", "!", "?")) or len(before) <= _LEAD


def _split_paren(unit: Unit, spans: list[tuple[int, int]]) -> list[Unit]:
    """``unit`` cut into its text before the first header, each header, and the text after it."""
    text = unit.text
    out: list[Unit] = []
    if text[: spans[0][0]].strip(_BETWEEN):
        out.append(_piece(unit, 0, spans[0][0]))
    for (start, end), (after, _) in pairwise([*spans, (len(text), len(text))]):
        out.append(_piece(unit, start, end))
        if text[end:after].strip(_BETWEEN):
            out.append(_piece(unit, end, after))
    return out


def split_at_headers(units: list[Unit], is_time: Callable[[str], bool]) -> list[Unit]:
    """``units`` with every paragraph that holds two or more comment headers cut before each,
    and a parenthesised header at the start of a paragraph cut from the text after it."""
    out: list[Unit] = []
    for unit in units:
        if unit.kind != "p":
            out.append(unit)
            continue
        spans = _paren_headers(unit, is_time)
        if len(spans) >= 2 or (
            spans
            and _line_start(unit.text, spans[0][0])
            and unit.text[spans[0][1] :].strip(_BETWEEN)
        ):
            out.extend(_split_paren(unit, spans))
            continue
        if len(unit.links) < 4:
            out.append(unit)
            continue
        starts = _header_starts(unit, is_time)
        if len(starts) < 2:
            out.append(unit)
            continue
        if unit.text[: starts[0]].strip(_BETWEEN + "![]-"):
            out.append(_piece(unit, 0, starts[0]))
        bounds = [*starts, len(unit.text)]
        out.extend(_piece(unit, a, b) for a, b in pairwise(bounds))
    return out
