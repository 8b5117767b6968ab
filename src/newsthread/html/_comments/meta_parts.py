"""A comment thread's header and footer parts (name boxes, dates, controls): left out of the
comment texts."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsthread.html._comments.field_selectors import ANY_FOOTER, META_SELECTOR, UNIT_FOOTER
from newsthread.html._comments.state import inside


class Meta:
    """The thread region's header and footer parts (``META_SELECTOR``; a paragraph only when
    ``is_meta``). A text element is queried alone (kept). So are the first whole comments (no
    text element: their subtrees hold their replies); past ``_ALONE`` of them, one query of the
    region finds the parts, with the elements that hold any, and a whole comment in the region
    is answered from the two sets (a query each cost a chain of n comments n queries of its
    nested replies). The page around the thread is read only then."""

    __slots__ = ("_any", "_asked", "_cache", "_holders", "_parts", "_region", "_under")

    def __init__(self, region: LexborNode) -> None:
        self._region = region
        self._any: bool | None = None
        self._cache: dict[int, tuple[set[int], bool]] = {}
        self._parts: set[int] | None = None
        self._asked = 0
        self._holders: set[int] = set()
        #: Whether an element lies in the region, for the elements met on the climbs so far.
        self._under: dict[int, bool] = {}

    def __bool__(self) -> bool:
        """Whether the region holds any such part."""
        if self._any is None:
            first = self._region.css_first(META_SELECTOR)
            if first is None or first.tag != "p" or is_meta(first):
                self._any = first is not None
            else:
                self._any = any(n.tag != "p" or is_meta(n) for n in self._region.css(META_SELECTOR))
        return self._any

    def within(self, root: LexborNode, *, whole: bool = False) -> tuple[set[int], bool]:
        """The parts in ``root``'s subtree that lie in the region (as a set that may hold parts
        elsewhere in the region: it is only asked about ``root``'s elements), and whether
        ``root`` or any element under it matches ``META_SELECTOR`` at all. ``whole``: the root
        is a whole comment (no text element), whose subtree may hold its replies."""
        if not whole:
            return self._alone(root)
        if self._parts is None and self._asked < _ALONE:
            self._asked += 1
            return self._alone(root)
        if self._parts is None:
            found = self._region.css(META_SELECTOR)
            self._parts = {n.mem_id for n in found if n.tag != "p" or is_meta(n)}
            stop = self._region.parent.mem_id if self._region.parent is not None else -1
            for node in found:
                cur: LexborNode | None = node
                while cur is not None and cur.mem_id != stop and cur.mem_id not in self._holders:
                    self._holders.add(cur.mem_id)
                    cur = cur.parent
        if self._in_region(root):
            return self._parts, root.mem_id in self._holders
        return self._alone(root)

    def _alone(self, root: LexborNode) -> tuple[set[int], bool]:
        """``within`` by a query of ``root`` alone (kept)."""
        got = self._cache.get(root.mem_id)
        if got is None:
            found = root.css(META_SELECTOR)
            ids = {n.mem_id for n in found if n.tag != "p" or is_meta(n)}
            if ids and not inside(root, self._region, self._region):
                ids = {n.mem_id for n in found if n.mem_id in ids and inside(n, self._region, root)}
            got = (ids, bool(found))
            self._cache[root.mem_id] = got
        return got

    def _in_region(self, node: LexborNode) -> bool:
        """Whether ``node`` lies in the region: a climb that stops at the first element whose
        answer is known (the climbs of a chain's nested comments meet: linear in all)."""
        path: list[int] = []
        cur: LexborNode | None = node
        target = self._region.mem_id
        found = False
        while cur is not None:
            mid = cur.mem_id
            known = self._under.get(mid)
            if known is not None:
                found = known
                break
            path.append(mid)
            if mid == target:
                found = True
                break
            cur = cur.parent
        for mid in path:
            self._under[mid] = found
        return found


#: Whole comments queried alone before the region is queried once for all.
_ALONE = 64


def is_meta(node: LexborNode) -> bool:
    """Whether a paragraph ``META_SELECTOR`` found is a header or footer part: a footer by its
    name (``UNIT_FOOTER``), not a ``signature-footer`` in the text."""
    cls = node.attributes.get("class") or ""
    return ANY_FOOTER.search(cls) is None or UNIT_FOOTER.search(cls) is not None
