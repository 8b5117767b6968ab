"""What joins the chosen element and what leaves it: running paragraphs right next to it
(a lead, a last paragraph in a sibling box), sibling boxes of one kind that are mostly
prose (an article split across a page builder's rows), and the small boxes around a form
or a text field (a newsletter sign-up, a search), which go."""

from __future__ import annotations

from newsthread.html._body.walk import P, Walk

__all__ = ["control_boxes", "extend", "prose", "sibling_parts"]

# A lead paragraph outside the chosen element: at least this long, in an element
# that shares an ancestor with it at most this many levels up.
_LEAD_MIN = 80
_LEAD_LEVELS = 3
_NEAR_DEPTH = 12
# The box around a form or a text field holds at most this much text.
_BOX_MAX = 300


def _near(elem: int, near: set[int], parent: list[int]) -> bool:
    """Whether ``elem`` is at most a few levels below one of the ``near`` elements.

    The walk up is bounded, so taking in neighbours stays linear however deep the page.
    """
    up = elem
    for _ in range(_NEAR_DEPTH):
        if up < 0:
            return False
        if up in near:
            return True
        up = parent[up]
    return False


def prose(walk: Walk, elem: int) -> tuple[int, int]:
    """Characters of prose (paragraphs of running text with few links) and of all text
    in the blocks of ``elem`` (its blocks are a range of the walk's)."""
    prose = chars = 0
    for kind, text, _links, link_chars, _elem, _extra, _ordered in walk.blocks[
        walk.elem_first[elem] : walk.elem_last[elem]
    ]:
        length = len(text)
        chars += length
        if kind == P and length >= _LEAD_MIN and link_chars < 0.3 * length:
            prose += length
    return prose, chars


def extend(walk: Walk, best: int) -> tuple[int, int]:
    """The block range of ``best`` with the running paragraphs just outside it (a standfirst
    above the article body, a last paragraph in a sibling box), in elements that share an
    ancestor with it a few levels up: taken in while they follow on directly."""
    parent = walk.elem_parent
    first, last = walk.elem_first[best], walk.elem_last[best]
    near: set[int] = set()
    up = best
    for _ in range(_LEAD_LEVELS + 1):
        if up < 0:
            break
        near.add(up)
        up = parent[up]
    while first > 0:
        kind, text, _links, link_chars, elem, _extra, _ordered = walk.blocks[first - 1]
        if kind != P or len(text) < _LEAD_MIN or link_chars > 0.2 * len(text):
            break
        if not _near(elem, near, parent):
            break
        first -= 1
    while last < len(walk.blocks):
        kind, text, _links, link_chars, elem, _extra, _ordered = walk.blocks[last]
        if kind != P or len(text) < _LEAD_MIN or link_chars > 0.2 * len(text):
            break
        if not _near(elem, near, parent):
            break
        last += 1
    return first, last


def sibling_parts(walk: Walk, best: int, total: list[float]) -> list[int]:
    """Elements beside the chosen one that carry on its text: an article split across
    sibling boxes of one kind (a page builder's rows, with an ad or a link box between
    them) loses a part when one box alone outweighs the parent with the box between.

    The chosen element's wrappers (ancestors holding the same blocks) are climbed first;
    a sibling of the same tag is a part when its weight is positive, no more than the chosen
    element's (a heavier box beside it is another column: the chosen element was preferred
    to it by the title), and at least half its text is prose. Another ``<article>`` is another story, never a part.
    """
    parent, first, last = walk.elem_parent, walk.elem_first, walk.elem_last
    top = best
    while (
        parent[top] >= 0
        and first[parent[top]] == first[top]
        and last[parent[top]] == last[top]
        and walk.elem_tag[parent[top]] not in ("body", "html")
    ):
        top = parent[top]
    up = parent[top]
    tag = walk.elem_tag[top]
    # The page's own top-level boxes (a cookie notice, a footer) are no parts of anything.
    if up < 0 or tag == "article" or walk.elem_tag[up] in ("body", "html"):
        return []
    parts: list[int] = []
    # The parent's children: elements numbered after it up to the end of its blocks
    # (elements are numbered in document order, a subtree's numbers follow its root's).
    for elem in range(up + 1, len(parent)):
        if first[elem] >= last[up] and parent[elem] != up:
            break
        if (
            parent[elem] == up
            and elem != top
            and walk.elem_tag[elem] == tag
            and 0 < total[elem] <= total[top]
        ):
            held, chars = prose(walk, elem)
            if held >= _LEAD_MIN and 2 * held >= chars:
                parts.append(elem)
    return parts


def control_boxes(walk: Walk, start: int, end: int) -> set[int]:
    """Blocks of the small boxes around a form or a text field among the picked blocks
    (from ``start`` to ``end``): the prompt of a newsletter sign-up, a search or a poll
    ("Get the morning briefing in your inbox"), whatever its wording. The box is the
    largest element around the field with at most _BOX_MAX characters of text that does
    not hold all the picked blocks, so an article that holds a form keeps its paragraphs."""
    dropped: set[int] = set()
    first, last, parent, blocks = walk.elem_first, walk.elem_last, walk.elem_parent, walk.blocks
    for elem in walk.controls:
        box = -1
        up = elem
        while up >= 0 and not (first[up] <= start and last[up] >= end):
            if sum(len(b[1]) for b in blocks[first[up] : last[up]]) > _BOX_MAX:
                break
            box, up = up, parent[up]
        if box >= 0:
            dropped.update(range(first[box], last[box]))
    return dropped
