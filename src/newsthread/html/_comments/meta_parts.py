"""A comment thread's header and footer parts (name boxes, dates, controls): left out of the
comment texts."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsthread.html._comments.field_selectors import ANY_FOOTER, META_SELECTOR, UNIT_FOOTER
from newsthread.html._comments.state import inside


class Meta:
    """The thread region's header and footer parts (``META_SELECTOR``; a paragraph only when
    ``is_meta``), read per text root and kept: a root's own query costs what the test for
    any part in it did, and the page around the thread (most of a region) is never read."""

    __slots__ = ("_any", "_cache", "_region")

    def __init__(self, region: LexborNode) -> None:
        self._region = region
        self._any: bool | None = None
        self._cache: dict[int, tuple[set[int], bool]] = {}

    def __bool__(self) -> bool:
        """Whether the region holds any such part."""
        if self._any is None:
            first = self._region.css_first(META_SELECTOR)
            if first is None or first.tag != "p" or is_meta(first):
                self._any = first is not None
            else:
                self._any = any(n.tag != "p" or is_meta(n) for n in self._region.css(META_SELECTOR))
        return self._any

    def within(self, root: LexborNode) -> tuple[set[int], bool]:
        """The parts in ``root``'s subtree that lie in the region, and whether ``root`` or any
        element under it matches ``META_SELECTOR`` at all."""
        got = self._cache.get(root.mem_id)
        if got is None:
            found = root.css(META_SELECTOR)
            ids = {n.mem_id for n in found if n.tag != "p" or is_meta(n)}
            if ids and not inside(root, self._region, self._region):
                ids = {n.mem_id for n in found if n.mem_id in ids and inside(n, self._region, root)}
            got = (ids, bool(found))
            self._cache[root.mem_id] = got
        return got


def is_meta(node: LexborNode) -> bool:
    """Whether a paragraph ``META_SELECTOR`` found is a header or footer part: a footer by its
    name (``UNIT_FOOTER``), not a ``signature-footer`` in the text."""
    cls = node.attributes.get("class") or ""
    return ANY_FOOTER.search(cls) is None or UNIT_FOOTER.search(cls) is not None
