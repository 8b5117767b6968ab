"""Stage 4, stubs: "load more" elements that stand for comments the page did not print."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsthread.html._comments.selectors import (
    MORE_CLASSES,
    STUB_SCAN_SELECTOR,
)
from newsthread.html._comments.state import (
    DIGIT,
    Unit,
    Walker,
    clean,
    contains,
    int_of,
    prev_element,
)
from newsthread.html._comments.words import (
    MORE_TOKEN,
    REPLIES_WORD,
    STUB_MORE_WORD,
    STUB_WORD,
)
from newsthread.model import Comment, CommentStatus


def more_stubs(region: LexborNode, walker: Walker) -> list[tuple[Unit | None, Comment]]:
    """Elements that stand for comments the page did not print: named "load more" elements
    first, then controls known by their words (one CSS pass for both)."""
    found = region.css(STUB_SCAN_SELECTOR)
    named = [n for n in found if _is_named_more(n)]
    stubs: list[tuple[Unit | None, Comment]] = []
    seen: set[int] = set()
    for i, node in enumerate(named):
        if node.mem_id in walker.units or node.mem_id in seen:
            continue
        seen.add(node.mem_id)
        unit, _ = walker.owner(node)
        a = node.attributes
        cls = (a.get("class") or "").split()
        style = (a.get("style") or "").replace(" ", "")
        if "hidden" in cls or "hidden" in a or "display:none" in style:
            continue  # an empty "load more" the page keeps for later
        text = clean(node.text(deep=True))
        if not text or len(text) > 120:
            continue
        stubs.append(
            (unit, Comment(id=f"more-{i + 1}", status=CommentStatus.MORE, more_count=int_of(text)))
        )
    stubs.extend(_stub_controls(found, walker, seen, len(stubs)))
    return stubs


def _is_named_more(node: LexborNode) -> bool:
    a = node.attrs  # (one attribute read, not a dict of all of them per match)
    tokens = (a.get("class") or "").lower().split()
    if not MORE_CLASSES.isdisjoint(tokens):
        return True
    tag = node.tag
    if tag == "a" and "continue-thread" in tokens:
        return True
    if "deepthread" in tokens and tag == "span":
        return True
    return (
        tag == "a"
        and "/comments/" in (a.get("href") or "")
        and any("deepthread" in t for t in tokens)
    )


def _stub_controls(
    found: list[LexborNode], walker: Walker, seen: set[int], start: int
) -> list[tuple[Unit | None, Comment]]:
    """Stubs known by structure, whatever their class: a button or a "more"/"load" element whose
    few words say there are more comments or replies ("Load 10 more comments", "Show all 6
    replies", "Weitere 3 Antworten anzeigen"), visible, and not inside another stub."""
    stubs: list[tuple[Unit | None, Comment]] = []
    taken: list[LexborNode] = []
    labels: set[str] = set()  # a page that repeats one button per view ("Alle Kommentare anzeigen")
    for node in found:
        mid = node.mem_id
        if mid in seen or mid in walker.units:
            continue
        seen.add(mid)
        raw = node.text(deep=True)
        if len(raw) > 400:
            continue  # a container named "loaded" or "more-stories", not a control
        text = clean(raw)
        if not text or len(text) > 80 or len(text.split()) > 8:
            continue
        more = STUB_MORE_WORD.search(text) is not None
        if not (more and STUB_WORD.search(text) is not None) and (
            # Known words that do not say more of what ("View more") stay no stub; words
            # of no language known here, or a count, may be one by its markup.
            (more and DIGIT.search(text) is None) or not _more_after_thread(node, walker)
        ):
            continue
        a = node.attributes
        style = (a.get("style") or "").replace(" ", "")
        if "hidden" in a or "display:none" in style or "hidden" in (a.get("class") or "").split():
            continue
        if any(contains(t, node) for t in taken[-3:]):
            continue  # the button inside a "more" box already taken
        taken.append(node)
        unit, _ = walker.owner(node)
        if unit is not None and unit.status is CommentStatus.MORE:
            continue  # a stub comment's own button
        if unit is None and REPLIES_WORD.search(text) is not None:
            unit = _thread_before(node, walker)
        if unit is None:
            if text in labels:
                continue
            labels.add(text)
        number = start + len(stubs) + 1
        stubs.append(
            (unit, Comment(id=f"more-{number}", status=CommentStatus.MORE, more_count=int_of(text)))
        )
    return stubs


def _more_after_thread(node: LexborNode, walker: Walker) -> bool:
    """Whether a control in words of any language is a "more" one by its markup: named "more"
    (``view-more-cm``, ``show-all`` in ``li.more-replies``), acting on the page (a button, a
    link to ``#``), right after a comment or a list ending with one."""
    a = node.attributes
    up = node.parent
    labels = f"{a.get('class') or ''} {up.attributes.get('class') or '' if up else ''}"
    if MORE_TOKEN.search(labels) is None:
        return False
    href = a.get("href")
    if node.tag == "a" and href and not href.startswith(("#", "javascript")):
        return False  # a link to another page ("View more stories")
    cur: LexborNode | None = node
    for _ in range(3):
        if cur is None:
            return False
        prev = prev_element(cur)
        if prev is not None:
            for _ in range(4):  # the comment, or the last of the list before the control
                if prev.mem_id in walker.units:
                    return True
                last = prev.last_child
                while last is not None and not last.is_element_node:
                    last = last.prev
                if last is None:
                    return False
                prev = last
            return False
        cur = cur.parent
    return False


def _thread_before(node: LexborNode, walker: Walker) -> Unit | None:
    """In a flat list, the comment whose replies a "more replies" control follows: the top of
    the thread of the reply right before it (a comment alone has no replies shown to follow)."""
    cur: LexborNode | None = node
    for _ in range(3):
        if cur is None:
            return None
        prev = prev_element(cur)
        if prev is not None:
            unit = walker.units.get(prev.mem_id)
            if unit is None or unit.parent is None:
                return None
            while unit.parent is not None:
                unit = unit.parent
            return unit
        cur = cur.parent
    return None


def mark_stub_units(units: list[Unit]) -> None:
    """Units that are "load more" stubs, known in any language by their structure.

    A stub has a count (in its text or a ``data-count``), a "more" token in its class names or
    its words, and no text of its own: nothing outside a link or button but the count and a few
    words, no author, no date. It becomes a ``MORE`` comment with the count.
    """
    for unit in units:
        if (
            unit.status is not CommentStatus.PUBLISHED
            or unit.author is not None
            or unit.published is not None
            or unit.children
        ):
            continue
        # Buttons are left out of a comment's text: a stub's label may be one.
        text = unit.text or clean(unit.node.text(deep=True)[:200])
        if not text or len(text) > 80 or len(text.split()) > 8:
            continue
        a = unit.node.attributes
        count = int_of(a.get("data-count") or a.get("data-more-count"))
        if count is None and DIGIT.search(text) is not None:
            count = int_of(text)
        labels = " ".join(
            f"{n.attributes.get('class') or ''} {n.attributes.get('id') or ''}"
            for n in _first_elements(unit.node, 12)
        )
        if count is None or (MORE_TOKEN.search(labels) is None and MORE_TOKEN.search(text) is None):
            continue
        if len(text.split()) <= 5 or _all_in_controls(unit.node, text):
            unit.status = CommentStatus.MORE
            unit.more_count = count
            unit.text = ""


def _first_elements(node: LexborNode, limit: int) -> list[LexborNode]:
    out: list[LexborNode] = []
    for n in node.traverse():
        out.append(n)
        if len(out) >= limit:
            break
    return out


def _all_in_controls(node: LexborNode, text: str) -> bool:
    """Whether the words are all inside links and buttons (a label, not a comment's text)."""
    inside = sum(len(clean(n.text(deep=True))) for n in node.css("a, button"))
    return inside >= 0.9 * len(clean(text))
