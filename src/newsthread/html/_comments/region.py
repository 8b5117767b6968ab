"""Where the thread stands in the DOM: its region and the containers the body leaves out."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsthread.html._comments.selectors import COMMENTISH, STOP_TAGS
from newsthread.html._comments.state import Unit, Walker, next_element


def region_of(units: list[Unit]) -> LexborNode:
    """The lowest common ancestor of the units."""
    first = units[0].node
    chain: list[LexborNode] = []
    cur: LexborNode | None = first
    while cur is not None:
        chain.append(cur)
        cur = cur.parent
    position = {n.mem_id: i for i, n in enumerate(chain)}
    best = 0
    for unit in units[1:]:
        if unit.parent is not None:
            continue
        cur = unit.node
        while cur is not None and cur.mem_id not in position:
            cur = cur.parent
        if cur is None:
            return chain[-1]
        best = max(best, position[cur.mem_id])
    return chain[best]


def _expand(node: LexborNode) -> LexborNode:
    """Widen a thread list to its comment section (``#comments``) without taking the article."""
    best = node
    cur = node.parent
    hops = 0
    while cur is not None and hops < 4 and cur.tag not in STOP_TAGS:
        a = cur.attributes
        label = (a.get("id") or "") + " " + (a.get("class") or "")
        if not COMMENTISH.search(label):
            break
        if cur.css_first("h1") is not None:
            break
        # Only a heading, a count or the form may come along, not the article
        # (Stack Exchange's "js-post-comments-component" holds the question too).
        if len(cur.text(deep=True)) > len(best.text(deep=True)) + 600:
            break
        best = cur
        cur = cur.parent
        hops += 1
    return best


def find_containers(
    units: list[Unit], root: LexborNode, walker: Walker, moved: list[Unit] | None = None
) -> list[LexborNode]:
    # (``moved``: replies by a name or a quote, whose elements stand at the top of the DOM.)
    out_of_place = {id(u) for u in moved or ()}
    tops = [u for u in units if u.parent is None or id(u) in out_of_place]
    groups: dict[int, tuple[LexborNode, list[Unit]]] = {}
    for unit in tops:
        # A comment's wrapper (``li`` around its header and its text) goes with it.
        parent = walker.wrapper_of(unit).parent
        if parent is None:
            continue
        groups.setdefault(parent.mem_id, (parent, []))[1].append(unit)
    out: list[LexborNode] = []
    for parent, members in groups.values():
        pure = True
        for child in parent.iter():
            mid = child.mem_id
            if (
                mid in walker.units
                or mid in walker.wraps
                or child.tag
                in (
                    "a",
                    "h2",
                    "h3",
                    "h4",
                    "script",
                    "br",
                    "hr",
                    "ol",
                    "ul",
                )
            ):
                continue
            if walker.is_box(child) or (child.attributes.get("class") or "").find("comment") >= 0:
                continue
            if not child.text(deep=True).strip():
                continue
            pure = False
            break
        if pure and parent.tag not in STOP_TAGS:
            out.append(_expand(parent))
        else:
            for unit in members:
                top = walker.wrapper_of(unit)
                out.append(top)
                nxt = next_element(top)
                if nxt is not None and walker.is_box(nxt) and nxt.mem_id not in walker.units:
                    out.append(nxt)
    return dedupe_nodes(out)


def dedupe_nodes(nodes: list[LexborNode]) -> list[LexborNode]:
    """Drop nodes inside other listed nodes (one upward walk each, bounded by the page depth)."""
    ids = {n.mem_id for n in nodes}
    kept: list[LexborNode] = []
    seen: set[int] = set()
    for node in nodes:
        if node.mem_id in seen:
            continue
        seen.add(node.mem_id)
        cur = node.parent
        inside = False
        while cur is not None:
            if cur.mem_id in ids:
                inside = True
                break
            cur = cur.parent
        if not inside:
            kept.append(node)
    return kept
