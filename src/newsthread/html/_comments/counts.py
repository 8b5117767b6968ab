"""The comment count the page printed ("74 Comments") and the heading that carries it."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsthread.html._comments.selectors import (
    COUNT_RE,
    COUNT_SELECTOR,
    DECLARED_SELECTOR,
    H_TAGS,
    HEADING_CLASSES,
    HEADING_SELECTOR,
    LINK_SELECTOR,
    ONE_RE,
)
from newsthread.html._comments.state import DIGIT, clean, int_of


def find_declared(
    root: LexborNode, containers: list[LexborNode], scanned: list[LexborNode] | None = None
) -> tuple[int | None, list[LexborNode]]:
    """The printed comment count and the heading that carries it.

    ``scanned``: the page's matches of the count, heading and link selectors when they
    are already known (used only without a thread).
    """
    if containers:
        found = root.css(COUNT_SELECTOR)
        headings_at_root: list[LexborNode] = []
        links_at_root: list[LexborNode] = []
    else:
        # No thread: the whole page is searched, in one CSS pass for all three kinds.
        found, headings_at_root, links_at_root = [], [], []
        for node in root.css(DECLARED_SELECTOR) if scanned is None else scanned:
            attrs_ = node.attributes
            heading = is_heading(node.tag, attrs_)
            link = is_count_link(node.tag, attrs_)
            if attrs_.get("itemprop") == "commentCount":
                found.append(node)
            if heading:
                headings_at_root.append(node)
            if link:
                links_at_root.append(node)
    for stated in found:
        # The article's count, not an answer's or a teaser's.
        scope = stated.parent
        while scope is not None and "itemscope" not in scope.attributes:
            scope = scope.parent
        kind = (scope.attributes.get("itemtype") or "") if scope is not None else ""
        if not re.search(r"Article|Posting|WebPage|Blog", kind):
            continue
        value = int_of(stated.attributes.get("content") or stated.text(deep=True))
        if value is not None:
            return value, []
    scopes: list[LexborNode] = []
    for box in containers[:3]:
        scopes.append(box)
        up = box.parent
        if up is not None and up.tag not in ("body", "html"):
            scopes.append(up)
            if up.parent is not None and up.parent.tag not in ("body", "html"):
                scopes.append(up.parent)
    scopes.append(root)
    for scope in scopes:
        # At the root: empty once there is a thread (the count is looked for near it only).
        headings = headings_at_root if scope is root else scope.css(HEADING_SELECTOR)
        for node in headings:
            text = clean(node.text(deep=True))
            if not text or len(text) > 120:
                continue
            count = _count_in(text)
            if count is not None:
                return count, [node]
        if scope is root:
            links = root.css(LINK_SELECTOR) if containers else links_at_root
            for node in links:
                text = clean(node.text(deep=True))
                if len(text) <= 40:
                    count = _count_in(text)
                    if count is not None:
                        return count, []
    return None, []


def is_heading(tag: str | None, attrs_: dict[str, str | None]) -> bool:
    """Whether an element itself matches HEADING_SELECTOR."""
    if tag in H_TAGS or attrs_.get("id") == "comments-title":
        return True
    classes = attrs_.get("class")
    if not classes:
        return False
    return not HEADING_CLASSES.isdisjoint(classes.lower().split())


def is_count_link(tag: str | None, attrs_: dict[str, str | None]) -> bool:
    """Whether an element itself matches LINK_SELECTOR."""
    if tag != "a":
        return False
    href = attrs_.get("href") or ""
    if href.endswith("#comments") or "item?id=" in href:
        return True
    return "comments" in (attrs_.get("class") or "").lower().split()


def _count_in(text: str) -> int | None:
    m = COUNT_RE.search(text) if DIGIT.search(text) is not None else None
    if m:
        raw = m.group(1) or m.group(2)
        value = int_of(raw)
        if value is not None and m.start() < 30:
            return value
    if ONE_RE.match(text):
        return 1
    low = text.lower()
    if low.startswith(("no comments", "keine kommentare", "no responses", "0 comments")):
        return 0
    return None
