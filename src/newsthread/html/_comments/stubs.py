"""Stage 4, stubs: "load more" elements that stand for comments the page did not print."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsthread.html._comments.selectors import MORE_SELECTOR, MORE_TOKEN
from newsthread.html._comments.state import DIGIT, Unit, Walker, clean, int_of
from newsthread.model import Comment, CommentStatus


def more_stubs(region: LexborNode, walker: Walker) -> list[tuple[Unit | None, Comment]]:
    stubs: list[tuple[Unit | None, Comment]] = []
    seen: set[int] = set()
    for i, node in enumerate(region.css(MORE_SELECTOR)):
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
    return stubs


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
