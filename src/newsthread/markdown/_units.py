"""The flat stream both readers produce: one unit per block, with its place in lists and quotes.

The Markdown reader fills it from markdown-it-py tokens, the plain-text reader
from blank-line separated paragraphs and their indentation; body and comment
building then work on units alone.
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from newsthread.model import Link

__all__ = ["MARKER", "Unit", "text_units"]


@attrs.define(slots=True)
class Unit:
    """One block of the source: a paragraph, heading, code block, rule or raw HTML."""

    kind: str  #: "p", "h", "code", "hr" or "html"
    text: str
    links: list[Link] = attrs.field(factory=list)
    line: int = 0  #: 1-based line in the source where the block starts
    level: int = 0  #: heading level
    depth: int = 0  #: number of enclosing list items (0 outside lists)
    item: int = -1  #: key of the innermost enclosing list item, -1 outside lists
    parent_item: int = -1  #: key of the list item enclosing that one
    start: bool = False  #: first block of its list item
    ordered: bool = False  #: the innermost list is numbered
    list_key: int = -1  #: key of the innermost enclosing list, -1 outside lists
    quote: int = -1  #: key of the outermost enclosing block quote, -1 outside
    anchor: str | None = None  #: the id of an ``<a id="...">`` anchor in the block
    inline: list[Any] | None = None  #: inline tokens of a block that carries an anchor
    page_anchor: str | None = None  #: id of the first raw ``<a id>``/``<span id>`` a converter kept
    bold: bool = False  #: the whole text is strong (a converter's author line)
    caption: bool = False  #: newsthread's ``*Caption:*`` paragraph
    column: int = 0  #: indentation of the line that opens the unit's list item (or the unit)
    #: the titles of its links, by the link's (start, end): a time link's title often holds
    #: the full date ("[2 years ago](#c-1 "Saturday, March 2, 2024 6:15 PM")")
    titles: dict[tuple[int, int], str] | None = None


# A list marker of plain text: bullets as browsers and converters print them, or a number.
MARKER = re.compile(r"(?:[•◦▪▫‣∙●○■□·*+\-–—]|\d{1,9}[.)])[ \t]+(?=\S)")  # noqa: RUF001


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip(" "))


def text_units(text: str, first_line: int = 1) -> list[Unit]:
    """Units of a plain text: paragraphs split at blank lines and at bulleted or numbered lines.

    A bulleted or numbered line starts a list item; its indentation, compared
    with the items open above it, gives its depth. An unmarked paragraph
    indented past an open item's marker continues that item. Lines keep their
    breaks (``"\\n"``) and lose their indentation.
    """
    units: list[Unit] = []
    # open items: (column of the marker, item key)
    stack: list[tuple[int, int]] = []
    next_key = 0
    lines: list[str] = []
    current: Unit | None = None

    def flush() -> None:
        if current is not None and lines:
            current.text = "\n".join(lines)
            units.append(current)

    for number, raw in enumerate(text.split("\n"), start=first_line):
        line = raw.strip()
        if not line:
            flush()
            current = None
            lines = []
            continue
        col = _indent(raw)
        stripped = raw.lstrip()
        marker = MARKER.match(stripped)
        if marker is not None:
            flush()
            while stack and stack[-1][0] >= col:
                stack.pop()
            parent = stack[-1][1] if stack else -1
            key = next_key
            next_key += 1
            stack.append((col, key))
            current = Unit(
                "p",
                "",
                line=number,
                column=col,
                depth=len(stack),
                item=key,
                parent_item=parent,
                start=True,
                ordered=stripped[0].isdigit(),
            )
            lines = [stripped[marker.end() :].rstrip()]
            continue
        if current is None:
            while stack and stack[-1][0] >= col:
                stack.pop()
            item, parent = (
                (stack[-1][1], stack[-2][1] if len(stack) > 1 else -1) if stack else (-1, -1)
            )
            current = Unit(
                "p", "", line=number, depth=len(stack), item=item, parent_item=parent, column=col
            )
            lines = []
        lines.append(line)
    flush()
    return units
