"""The markup pieces of newsthread's own HTML export: element lists, typed attributes, people, inline text.

Shared by the reader in :mod:`newsthread.html._own`; every value that does not
parse raises :class:`~newsthread.errors.DocumentError` with ``where`` as its path.
"""

from __future__ import annotations

from datetime import datetime

import attrs
from selectolax.lexbor import LexborNode

from newsthread.errors import DocumentError
from newsthread.model import Author, Link

__all__ = [
    "Inline",
    "classes",
    "date_of",
    "elements",
    "int_or_none",
    "person",
    "read_inline",
    "text_of",
]

_TEXT = "-text"


def classes(node: LexborNode) -> list[str]:
    return (node.attributes.get("class") or "").split()


def elements(parent: LexborNode) -> list[LexborNode]:
    """The element children of ``parent``, in order (text and comments left out)."""
    out: list[LexborNode] = []
    node = parent.child
    while node is not None:
        if not (node.tag or "-").startswith("-"):
            out.append(node)
        node = node.next
    return out


def text_of(node: LexborNode) -> str:
    return node.text(deep=True)


def int_or_none(value: str | None, what: str, where: str) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        raise DocumentError(f"{what} is not an integer: {value!r}", where) from None


def date_of(node: LexborNode | None, where: str) -> datetime | None:
    if node is None:
        return None
    value = node.attributes.get("datetime")
    if value is None:
        raise DocumentError("<time> without a datetime attribute", where)
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise DocumentError(f"date is not ISO 8601: {value!r}", where) from None


def person(span: LexborNode) -> Author:
    """``span.nt-author``: ``<span itemprop=name>``, perhaps inside ``<a itemprop=url href>``."""
    name: LexborNode | None = None
    url: str | None = None
    for el in elements(span):
        attributes = el.attributes
        prop = attributes.get("itemprop")
        if el.tag == "a" and prop == "url" and url is None:
            url = attributes.get("href") or None
            for inner in elements(el):
                if inner.attributes.get("itemprop") == "name":
                    name = inner
                    break
        elif prop == "name" and name is None:
            name = el
    if name is None:  # not our markup: the first name anywhere inside, or all the text
        name = span.css_first('[itemprop="name"]')
    return Author(text_of(name) if name is not None else text_of(span), url)


# -- inline text: the text of a block or comment with its links and quote pieces ------


@attrs.define(slots=True)
class Inline:
    text: str
    links: list[Link]
    #: quote number -> (attributes of its first piece, start, end of all its pieces)
    pieces: dict[int, tuple[dict[str, str | None], int, int]]
    #: ``aside.nt-quotes`` and (for list items) nested lists met at the top level
    asides: list[LexborNode]
    lists: list[LexborNode]


def read_inline(container: LexborNode, where: str, *, item: bool = False) -> Inline:
    """Walk ``container`` once (explicit stack), counting characters as the model does."""
    parts: list[str] = []
    pos = 0
    links: list[Link] = []
    last_link_el: int | None = None  # mem_id of the element that ended the last link
    pieces: dict[int, tuple[dict[str, str | None], int, int]] = {}
    asides: list[LexborNode] = []
    lists: list[LexborNode] = []
    stack: list[tuple[LexborNode, int]] = []
    node: LexborNode | None = container.child
    while True:
        if node is None:
            if not stack:
                break
            el, start = stack.pop()
            tag = el.tag
            if tag == "a":
                href = el.attributes.get("href")
                if href and pos > start:
                    prev = el.prev
                    if (
                        links
                        and links[-1].end == start
                        and links[-1].url == href
                        and (prev is None or prev.mem_id != last_link_el)
                    ):
                        # One link split into pieces by a quote that ends inside it.
                        links[-1] = Link(links[-1].start, pos, href)
                    else:
                        links.append(Link(start, pos, href))
                    last_link_el = el.mem_id
            elif tag in ("q", "mark"):
                attributes = el.attributes
                if "nt-quote" in (attributes.get("class") or "").split():
                    number = int_or_none(attributes.get("data-quote"), "data-quote", where)
                    if number is not None:
                        seen = pieces.get(number)
                        if seen is None:
                            pieces[number] = (attributes, start, pos)
                        else:
                            pieces[number] = (seen[0], seen[1], pos)
            node = el.next
            continue
        tag = node.tag or "-"
        if tag == _TEXT:
            chunk = node.text_content or ""
            parts.append(chunk)
            pos += len(chunk)
        elif not tag.startswith("-"):
            if not stack and tag == "aside":
                asides.append(node)
            elif not stack and item and tag in ("ul", "ol"):
                lists.append(node)
            else:
                stack.append((node, pos))
                node = node.child
                continue
        node = node.next
    return Inline("".join(parts), links, pieces, asides, lists)
