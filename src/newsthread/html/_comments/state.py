"""The state the stages share: comment units, the owner lookup, and small helpers."""

from __future__ import annotations

import re
from datetime import datetime
from itertools import islice
from urllib.parse import urljoin

import attrs
from selectolax.lexbor import LexborNode

from newsthread.html._comments.selectors import LIST_LABEL, REPLY_BOX
from newsthread.model import Author, CommentStatus


@attrs.define(slots=True, eq=False)
class Unit:
    node: LexborNode
    key: str | None
    index: int
    parent: Unit | None = None
    author: Author | None = None
    published: datetime | None = None
    text_node: LexborNode | None = None
    url: str | None = None
    score: int | None = None
    status: CommentStatus = CommentStatus.PUBLISHED
    more_count: int | None = None
    date_text: str | None = None
    text: str = ""
    #: Elements read for the author and the date: left out of the text.
    meta_nodes: list[LexborNode] = attrs.field(factory=list)
    children: list[Unit] = attrs.field(factory=list)
    merged: int = 0
    #: The key names a comment (``comment-12``, ``t1_x``), not just any element id.
    strong: bool = False
    #: The id the page states (schema.org ``identifier``), used as the comment's id.
    ident: str | None = None
    #: The author's account id when the page shows it apart from the display name.
    account: str | None = None
    #: The innermost element merged into the unit (its body, or the last of a chain of wrappers).
    inner: LexborNode | None = None
    #: The ``dd`` holding the text of a ``dt`` comment head (``dl`` threads).
    partner: LexborNode | None = None
    #: Elements after the unit that belong to it (a ``dt`` head's ``dd`` body and footer).
    parts: list[LexborNode] = attrs.field(factory=list)
    #: The earlier comment a reply-to link names, when it is not the parent by position.
    answers: Unit | None = None


class Walker:
    """Owner lookup: for any node, the unit it belongs to and whether a reply box lies between."""

    __slots__ = ("boxes", "cache", "units", "wraps")

    def __init__(self) -> None:
        self.units: dict[int, Unit] = {}
        self.cache: dict[int, tuple[Unit | None, bool]] = {}
        self.boxes: dict[int, bool] = {}
        #: Elements that hold exactly one unit and its header (``li > div.author + div#comment-N``).
        self.wraps: dict[int, Unit | None] = {}

    def mark_wrappers(self, units: list[Unit]) -> None:
        """Find each unit's repeated wrapper: the highest of its 3 nearest ancestors that holds
        no other unit, when that ancestor's parent holds several. A field found in the wrapper
        but outside the unit (an author box beside the text) then belongs to the unit."""
        wraps = self.wraps
        chains: list[tuple[Unit, list[LexborNode]]] = []
        for unit in units:
            chain: list[LexborNode] = []
            cur = unit.node.parent
            hops = 0
            while cur is not None and hops < 4 and cur.mem_id not in self.units:
                mid = cur.mem_id
                if mid not in wraps:
                    wraps[mid] = unit
                elif wraps[mid] is None:
                    break
                else:
                    wraps[mid] = None  # a second unit below: no unit's own wrapper
                chain.append(cur)
                cur = cur.parent
                hops += 1
            chains.append((unit, chain))
        for unit, chain in chains:
            own = [n for n in chain if wraps.get(n.mem_id) is unit]
            top = own[-1].parent if own else None
            # Valid only right below an element that holds several units (the list of comments).
            if top is None or top.mem_id not in wraps or wraps[top.mem_id] is not None:
                for n in own:
                    wraps[n.mem_id] = None
        for mid in [m for m, u in wraps.items() if u is None]:
            del wraps[mid]

    def wrapper_of(self, unit: Unit) -> LexborNode:
        """The highest element that holds ``unit`` and nothing else of the thread (or its node)."""
        top = unit.node
        cur = top.parent
        while cur is not None and self.wraps.get(cur.mem_id) is unit:
            top, cur = cur, cur.parent
        return top

    def field_owner(self, node: LexborNode) -> Unit | None:
        """The unit a header field belongs to: its wrapper's unit, else the unit above it."""
        if self.wraps:
            cur = node.parent
            hops = 0
            while cur is not None and hops < 8:
                mid = cur.mem_id
                if mid in self.units:
                    break
                wrapped = self.wraps.get(mid)
                if wrapped is not None:
                    return wrapped
                cur = cur.parent
                hops += 1
        return self.owner(node)[0]

    def is_box(self, node: LexborNode) -> bool:
        mid = node.mem_id
        got = self.boxes.get(mid)
        if got is None:
            tag = node.tag
            if tag in ("ol", "ul"):
                got = True
            else:
                attrs_ = node.attributes  # (a new dict at each read: read once)
                cls = attrs_.get("class") or ""
                # A box named in a hook or test attribute (Wix's ``data-hook="replies-list"``).
                hook = attrs_.get("data-hook") or attrs_.get("data-testid")
                got = (bool(hook) and REPLY_BOX.search(hook or "") is not None) or (
                    bool(cls)
                    and (
                        REPLY_BOX.search(cls) is not None
                        or (LIST_LABEL.search(cls) is not None and _nested_in_same(node, cls))
                        # A wrapper of the kind that holds the comment, right after the comment
                        # (django-comments-xtd's ``div.media`` in ``div.media`` after ``div.comment``),
                        # or a list right after it (``div.comment-list-items`` after ``div.comment``).
                        or (
                            self._after_unit(node)
                            and (_nested_in_same(node, cls) or LIST_LABEL.search(cls) is not None)
                        )
                    )
                )
            self.boxes[mid] = got
        return got

    def _after_unit(self, node: LexborNode) -> bool:
        prev = prev_element(node)
        return prev is not None and prev.mem_id in self.units

    def _sibling_parent(self, node: LexborNode) -> Unit | None:
        """The comment a reply box answers: the element before it, or the first comment in it
        (a wrapper of the comment); or a comment a few empty elements before it (a collapse
        bar, a reply form's anchor between a comment and its replies)."""
        prev = prev_element(node)
        if prev is None:
            return None
        unit = self.units.get(prev.mem_id)
        if unit is None and not self.is_box(prev):
            # The reply box follows a wrapper of the comment (``div.wrap > article#comment-1``
            # then ``ol.children``): the first comment inside the wrapper is the parent.
            for inner, _ in zip(prev.traverse(), range(40), strict=False):
                unit = self.units.get(inner.mem_id)
                if unit is not None:
                    return unit
        for _ in range(3):
            if unit is not None or prev is None or not small(prev, 4) or prev.text().strip():
                break
            prev = prev_element(prev)
            unit = self.units.get(prev.mem_id) if prev is not None else None
        return unit

    def owner(self, node: LexborNode) -> tuple[Unit | None, bool]:
        """The unit above ``node`` (not ``node`` itself) and whether a reply box was passed."""
        path: list[LexborNode] = []
        cur = node.parent
        result: tuple[Unit | None, bool] = (None, False)
        while cur is not None:
            mid = cur.mem_id
            unit = self.units.get(mid)
            if unit is not None:
                result = (unit, False)
                break
            cached = self.cache.get(mid)
            if cached is not None:
                result = cached
                break
            if cur.is_element_node and self.is_box(cur):
                sib = self._sibling_parent(cur)
                if sib is not None:
                    self.cache[mid] = result = (sib, True)
                    break
            path.append(cur)
            cur = cur.parent
        unit, passed = result
        for n in reversed(path):
            if not passed and n.is_element_node and self.is_box(n):
                passed = True
            self.cache[n.mem_id] = (unit, passed)
        return unit, passed


def next_element(node: LexborNode) -> LexborNode | None:
    """The next sibling that is an element (text and comments between are passed)."""
    nxt = node.next
    while nxt is not None and not nxt.is_element_node:
        nxt = nxt.next
    return nxt


def prev_element(node: LexborNode) -> LexborNode | None:
    """The previous sibling that is an element."""
    prev = node.prev
    while prev is not None and not prev.is_element_node:
        prev = prev.prev
    return prev


def first_element(node: LexborNode) -> LexborNode | None:
    """The first child that is an element."""
    child = node.child
    while child is not None and not child.is_element_node:
        child = child.next
    return child


def _nested_in_same(node: LexborNode, cls: str) -> bool:
    """Whether an ancestor a few levels up has the same class (a list inside a list)."""
    cur = node.parent
    for _ in range(10):
        if cur is None:
            return False
        if cur.attributes.get("class") == cls and cur.tag == node.tag:
            return True
        cur = cur.parent
    return False


_INT = re.compile(r"-?\d[\d,.]*")

DIGIT = re.compile(r"\d")


def int_of(text: str | None) -> int | None:
    if not text:
        return None
    m = _INT.search(text)
    if m is None:
        return None
    digits = m.group(0).replace(",", "").replace(".", "")
    try:
        return int(digits)
    except ValueError:
        return None


def small(node: LexborNode, limit: int) -> bool:
    """Whether an element holds fewer than ``limit`` elements (looked at no further)."""
    return next(islice(node.traverse(), limit, None), None) is None


def clean(text: str) -> str:
    return " ".join(text.split())


def inside(node: LexborNode, root: LexborNode, stop: LexborNode) -> bool:
    """Whether ``node`` lies in ``root``, looking up no further than ``stop``."""
    target, end = root.mem_id, stop.mem_id
    cur: LexborNode | None = node
    while cur is not None:
        mid = cur.mem_id
        if mid == target:
            return True
        if mid == end:
            return False
        cur = cur.parent
    return False


def absolute(href: str | None, base: str | None) -> str | None:
    if not href:
        return None
    href = href.strip()
    low = href.lower()
    if low.startswith(("javascript:", "data:", "vbscript:")) or href == "#":
        return None
    if base:
        try:
            return urljoin(base, href)
        except ValueError:
            return href
    return href


def contains(outer: LexborNode, node: LexborNode) -> bool:
    cur: LexborNode | None = node
    target = outer.mem_id
    while cur is not None:
        if cur.mem_id == target:
            return True
        cur = cur.parent
    return False


STATUSES = frozenset(s.value for s in CommentStatus)
