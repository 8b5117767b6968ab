"""Blocks that hold a whole thread: converters that flatten tables write many comments in one paragraph.

markdownify writes a Hacker News style table of comments as one table row
line, html2text as table rows that Markdown reads as one paragraph. Each comment
still opens with its header: a link to a profile, then a link whose text is a
time. A block with two or more such headers is cut before each of them.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import attrs

from newsthread.markdown._headers import profile_link
from newsthread.markdown._units import Unit
from newsthread.model import Link

__all__ = ["split_at_headers"]

_BETWEEN = " \t\n|·•"


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


def split_at_headers(units: list[Unit], is_time: Callable[[str], bool]) -> list[Unit]:
    """``units`` with every paragraph that holds two or more comment headers cut before each."""
    out: list[Unit] = []
    for unit in units:
        if unit.kind != "p" or len(unit.links) < 4:
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
