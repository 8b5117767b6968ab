"""Stage 4, stubs: "load more" elements that stand for comments the page did not print."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsthread.html._comments.selectors import MORE_SELECTOR
from newsthread.html._comments.state import Unit, Walker, clean, int_of
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
