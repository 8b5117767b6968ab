"""Stage 1, a flat thread's replies of the comments' own kind in a reply list after a comment
(DC Inside: ``li.ub-content#comment_li_1`` then ``li > div.reply > ul.reply_list >
li.ub-content#reply_li_2``): named like the comments' markup, not like a comment."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsthread.html._comments.region import region_of
from newsthread.html._comments.state import Unit, prev_element

__all__ = ["kin_replies"]

#: How far above a reply its reply list's holder may stand (``li > div > div > ul > li``).
_UP = 6


def kin_replies(
    units: list[Unit], candidates: list[LexborNode]
) -> tuple[list[LexborNode], dict[int, int]]:
    """The elements of the comments' one tag and class in the thread's region that are no
    candidate and stand in a reply list (a box named "repl…") held by the element right after a
    comment; with, for each, the comment it answers (node ids). ``[]`` when there are none."""
    by_kind: dict[tuple[str, str], list[Unit]] = {}
    for u in units:
        by_kind.setdefault((u.node.tag or "", u.node.attributes.get("class") or ""), []).append(u)
    (tag, cls), flat = max(by_kind.items(), key=lambda kv: len(kv[1]))
    # The comments: the most units of one kind, side by side (a section unit may hold them).
    if len(flat) < 2 or len({id(u.parent) for u in flat}) != 1:
        return [], {}
    if not cls or not tag or '"' in cls or "\\" in cls:
        return [], {}
    units = flat
    region = region_of(units)
    if region.parent is not None and region.tag not in ("html", "body"):
        region = region.parent
    known = {n.mem_id for n in candidates}
    comments = {u.node.mem_id for u in units}
    found: list[LexborNode] = []
    parents: dict[int, int] = {}
    for node in region.css(f'{tag}[class="{cls}"]'):
        if node.mem_id in known:
            continue
        parent = _answered(node, comments, region)
        if parent is not None:
            found.append(node)
            parents[node.mem_id] = parent
    return found, parents


def _answered(node: LexborNode, comments: set[int], region: LexborNode) -> int | None:
    """The comment right before the holder of the reply list ``node`` stands in, if any."""
    in_list = False
    cur = node.parent
    for _ in range(_UP):
        if cur is None or cur.mem_id == region.mem_id:
            return None
        a = cur.attributes
        label = f"{a.get('class') or ''} {a.get('id') or ''}".lower()
        in_list = in_list or "repl" in label
        prev = prev_element(cur)
        if prev is not None:
            return prev.mem_id if in_list and prev.mem_id in comments else None
        cur = cur.parent
    return None
