"""The comment count the page printed ("74 Comments") and the heading that carries it."""

from __future__ import annotations

import re
from collections.abc import Callable

from selectolax.lexbor import LexborNode

from newsthread.html._comments.selectors import (
    COUNT_SELECTOR,
    COUNTER_SELECTOR,
    DECLARED_SELECTOR,
    H_TAGS,
    HEADING_CLASSES,
    HEADING_SELECTOR,
    LINK_SELECTOR,
)
from newsthread.html._comments.state import DIGIT, clean, int_of, small
from newsthread.html._comments.words import (
    ONE_RE,
    search_count,
)


def find_declared(
    root: LexborNode,
    containers: list[LexborNode],
    scanned: list[LexborNode] | None = None,
    in_thread: Callable[[LexborNode], bool] | None = None,
    count_scan: list[LexborNode] | None = None,
    kinds: list[tuple[bool, bool, bool]] | None = None,
    texts: dict[int, str] | None = None,
) -> tuple[int | None, list[LexborNode]]:
    """The printed comment count and the heading that carries it.

    ``scanned``: the page's matches of the count, heading and link selectors when they
    are already known (used only without a thread). ``in_thread``: whether an element lies
    inside a comment; with it, counter elements near the thread are read too. ``count_scan``:
    elements among which all the page's ``COUNT_SELECTOR`` matches are, in document order
    (the comment scan's), to spare a pass over the page. ``kinds``: for each of ``scanned``,
    whether it is a heading, a count link and a stated count, when the scan has told them.
    ``texts``: the headings' texts already read, by node.
    """
    if containers:
        if count_scan is None:
            found = root.css(COUNT_SELECTOR)
        else:
            found = [n for n in count_scan if n.attributes.get("itemprop") == "commentCount"]
        headings_at_root: list[LexborNode] = []
        links_at_root: list[LexborNode] = []
    else:
        # No thread: the whole page is searched, in one CSS pass for all three kinds.
        found, headings_at_root, links_at_root = [], [], []
        nodes = root.css(DECLARED_SELECTOR) if scanned is None else scanned
        if kinds is None or len(kinds) != len(nodes):
            kinds = [_kind(node) for node in nodes]
        for node, (heading, link, printed) in zip(nodes, kinds, strict=True):
            if printed:
                found.append(node)
            if heading:
                headings_at_root.append(node)
            if link:
                links_at_root.append(node)
    stated = _stated_count(found)
    if stated is not None:
        return stated, []
    for scope in _scopes(root, containers):
        # At the root: empty once there is a thread (the count is looked for near it only).
        headings = headings_at_root if scope is root else scope.css(HEADING_SELECTOR)
        if containers and scope is containers[0]:
            headings = _headings_before(scope) + headings
        for node in headings:
            raw = texts.get(node.mem_id) if texts else None
            if raw is None:
                raw = node.text(deep=True)
            if DIGIT.search(raw) is None and _WORD_COUNT.match(raw) is None:
                continue  # no count in it (most of a page's headings): not cleaned up to read
            text = clean(raw)
            if not text or len(text) > 120:
                continue
            count = _count_in(text)
            if count is not None:
                return count, [node]
        if scope is root and containers and in_thread is not None:
            # No heading: a counter element of any name near the thread (one pass over the
            # thread's box two levels up).
            near = containers[0]
            for _ in range(2):
                up = near.parent
                if up is None or up.tag in ("body", "html"):
                    break
                near = up
            found_counter = _counter_in(near, in_thread)
            if found_counter is not None:
                return found_counter
        if scope is root:
            links = root.css(LINK_SELECTOR) if containers else links_at_root
            for node in links:
                text = clean(node.text(deep=True))
                if len(text) <= 40:
                    count = _count_in(text)
                    if count is not None:
                        return count, []
    return None, []


#: The first word of a count written without figures ("One comment", "No comments", "Keine
#: Kommentare"): what ``_count_in`` reads besides a number.
_WORD_COUNT = re.compile(r"\s*(?:one|ein|eine|un|une|uno|una|um|jeden|no|keine)\s", re.I)


def _kind(node: LexborNode) -> tuple[bool, bool, bool]:
    attrs_ = node.attributes
    return (
        is_heading(node.tag, attrs_),
        is_count_link(node.tag, attrs_),
        attrs_.get("itemprop") == "commentCount",
    )


def _stated_count(found: list[LexborNode]) -> int | None:
    """The ``commentCount`` microdata of the article (not an answer's or a teaser's)."""
    for stated in found:
        scope = stated.parent
        while scope is not None and "itemscope" not in scope.attributes:
            scope = scope.parent
        kind = (scope.attributes.get("itemtype") or "") if scope is not None else ""
        if not re.search(r"Article|Posting|WebPage|Blog", kind):
            continue
        value = int_of(stated.attributes.get("content") or stated.text(deep=True))
        if value is not None:
            return value
    return None


def _scopes(root: LexborNode, containers: list[LexborNode]) -> list[LexborNode]:
    """Where to look for a count: the first threads' boxes, two levels around each, then the page."""
    scopes: list[LexborNode] = []
    for box in containers[:3]:
        scopes.append(box)
        up = box.parent
        if up is not None and up.tag not in ("body", "html"):
            scopes.append(up)
            if up.parent is not None and up.parent.tag not in ("body", "html"):
                scopes.append(up.parent)
    scopes.append(root)
    return scopes


def _headings_before(box: LexborNode) -> list[LexborNode]:
    """Headings among the few elements right before the thread (``h2`` + ``ul.comments``)."""
    out: list[LexborNode] = []
    prev = box.prev
    hops = 0
    while prev is not None and hops < 6:
        if prev.is_element_node:
            hops += 1
            if is_heading(prev.tag, prev.attributes):
                out.append(prev)
        prev = prev.prev
    return out


def _counter_in(
    scope: LexborNode, in_thread: Callable[[LexborNode], bool]
) -> tuple[int, list[LexborNode]] | None:
    """A counter element near the thread, not inside a comment (a commenter's own count), its
    words perhaps in the element around it (``<span>Комментарии</span> <span>(12)</span>``)."""
    for node in scope.css(COUNTER_SELECTOR)[:20]:
        if node.tag in ("a", "button") or not small(node, 8) or in_thread(node):
            continue
        for holder in (node, node.parent):
            if holder is None or (holder is not node and not small(holder, 12)):
                continue
            text = clean(holder.text(deep=True))
            if not text or len(text) > 60:
                continue
            m = search_count(text)
            # The count and its word end the counter ("12 Comments"; not "63 Kommentar Themen").
            if m is not None and m.end() >= len(text.rstrip(" .:)")):
                count = int_of(m.group(1) or m.group(2))
                if count is not None:
                    return count, [holder]
    return None


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
    m = search_count(text) if DIGIT.search(text) is not None else None
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
