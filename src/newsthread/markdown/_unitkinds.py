"""What single units are to the comment builder: an action link, a comment's title, a pandoc
id to move, and whether a thread's comments open with header lines outside any list."""

from __future__ import annotations

import re

from newsthread.markdown._authorlines import heuristic_header
from newsthread.markdown._comments import header_piece
from newsthread.markdown._units import Unit
from newsthread.model import Link

__all__ = ["action_link", "is_comment_title", "is_flat_thread", "move_attribute_id"]


# Action links under a comment; "permalink" and "parent" carry data, the rest is chrome.
_ACTIONS = {
    "permalink",
    "parent",
    "embed",
    "save",
    "report",
    "give award",
    "share",
    "reply",
    "hide",
}


def action_link(unit: Unit) -> tuple[str, str] | None:
    """``("permalink", url)`` or ``("parent", "#id")`` for a unit that is one action link."""
    text = unit.text.strip().lower()
    if text not in _ACTIONS or len(unit.links) != 1:
        return None
    return text, unit.links[0].url


def is_comment_title(units: list[Unit], index: int) -> bool:
    """Whether the heading at ``index`` is a comment's title: an author line follows it."""
    for unit in units[index + 1 : index + 3]:
        if unit.text.strip():
            if unit.item != -1:
                return False  # a list of linked posts with dates: a sidebar
            head = heuristic_header(unit)
            return head is not None and head.author is not None
    return False


# pandoc's attribute ids: ``### Name {#comment-12}``, ``[]{#comment-12}``
_ATTRIBUTE_ID = re.compile(r"^\[\]\{#([^\s}]+)[^}]*\}\s*|\s*\{#([^\s}]+)[^}]*\}$")


def move_attribute_id(unit: Unit) -> None:
    """Move a pandoc attribute id at the start or end of ``unit``'s text to its page anchor."""
    match = _ATTRIBUTE_ID.search(unit.text)
    if match is None:
        return
    if unit.page_anchor is None:
        unit.page_anchor = match.group(1) or match.group(2)
    start, end = match.span()
    unit.text = unit.text[:start] + unit.text[end:]

    def moved(at: int) -> int:  # a position in the text once the id is cut out
        return at if at <= start else max(start, at - (end - start))

    # a link around the id ('[[]{#c-12}ann](/user/ann)') keeps what is left of its label
    links = [Link(moved(lk.start), moved(lk.end), lk.url) for lk in unit.links]
    unit.links = [lk for lk in links if lk.end > lk.start]


_IMAGE = re.compile(r"!\[[^\]]{0,200}\]\([^)\s]*\)")


def is_flat_thread(units: list[Unit]) -> bool:
    """Whether at least two comments open with an author-and-date line outside any list and no
    list item holds one."""
    flat = 0
    for unit in units:
        if unit.kind != "p":
            continue
        if unit.item != -1:
            if not flat:
                return False  # a list before the first header line: headers follow their text
            if unit.start and not _IMAGE.sub("", unit.text).strip():
                return False  # items that open with an avatar alone: each item is a comment
            head = heuristic_header(unit)
            if head is not None and (head.author or head.published or head.date_text):
                return False  # a name, a date in a list: lists are comments here
        elif header_piece(unit) == "header":
            flat += 1
    return flat >= 2
