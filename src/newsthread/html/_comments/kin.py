"""Stage 1, a flat thread's replies of the comments' own kind in a reply list after a comment
(DC Inside: ``li.ub-content#comment_li_1`` then ``li > div.reply > ul.reply_list >
li.ub-content#reply_li_2``): named like the comments' markup, not like a comment."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsthread.html._comments.state import Unit, next_element

__all__ = ["kin_replies"]


def kin_replies(
    units: list[Unit], candidates: list[LexborNode]
) -> tuple[list[LexborNode], dict[int, int]]:
    """The elements of the comments' one tag and class, no candidates, in a reply list (a box
    named "repl…") inside the element right after a comment; with, for each, that comment
    (node ids). Only the elements between the comments are searched."""
    by_kind: dict[tuple[str, str], list[Unit]] = {}
    for u in units:
        by_kind.setdefault((u.node.tag or "", u.node.attributes.get("class") or ""), []).append(u)
    (tag, cls), flat = max(by_kind.items(), key=lambda kv: len(kv[1]))
    # The comments: the most units of one kind, side by side (a section unit may hold them).
    if len(flat) < 2 or len({id(u.parent) for u in flat}) != 1:
        return [], {}
    if not cls or not tag or '"' in cls or "\\" in cls:
        return [], {}
    comments = {u.node.mem_id for u in flat}
    known = {n.mem_id for n in candidates}
    found: list[LexborNode] = []
    parents: dict[int, int] = {}
    selector = f'{tag}[class="{cls}"]'
    for unit in flat:
        holder = next_element(unit.node)
        if holder is None or holder.mem_id in comments:
            continue
        for node in holder.css(selector):
            if node.mem_id not in known and _in_reply_list(node, holder):
                found.append(node)
                parents[node.mem_id] = unit.node.mem_id
    return found, parents


def _in_reply_list(node: LexborNode, holder: LexborNode) -> bool:
    """Whether a box named "repl…" stands between ``node`` and ``holder`` (or is ``holder``)."""
    cur = node.parent
    while cur is not None:
        a = cur.attributes
        if "repl" in f"{a.get('class') or ''} {a.get('id') or ''}".lower():
            return True
        if cur.mem_id == holder.mem_id:
            return False
        cur = cur.parent
    return False
