"""The second stage of the body: which element is the article.

Each block counts its characters of running text, minus three per character of link
text (except in long runs of prose, whose inline links cost nothing extra) and a
penalty for short blocks; the article is the element whose blocks add up to the most
(a maximum-weight subtree), with a bonus for semantic hints. A page of a few short
lines and nothing else is kept whole. Teaser cards count as link text (``teasers``). An
element a few levels from the page's title heading wins over a heavier one apart from
it, or over the page around it, when it weighs enough of it. A chosen list or table
gives way to the container a few levels up that holds much more prose (the article
around it). ``neighbours`` adds what follows on from it and takes out form boxes.
"""

from __future__ import annotations

from newsthread.html._body.neighbours import control_boxes, extend, prose, sibling_parts
from newsthread.html._body.teasers import mark_teasers
from newsthread.html._body.walk import HEADING, Walk

__all__ = ["select"]

# Weights of the container choice, tuned on the development pages: a character of
# link text costs three of running text, a short non-heading block five characters,
# and a semantic hint (article, articleBody, entry-content…) is worth 20 per point.
_K_LINK = 3.0
_K_SHORT = 5.0
_K_BONUS = 20.0
# A long block of running text with inline links under this density is prose: its links
# cost nothing extra (an encyclopedia's paragraphs are a third links).
_PROSE_MIN = 150
_PROSE_DENSITY = 0.5
# A page whose text is shorter than this is kept whole when no element has running text.
_TINY_PAGE = 200
# A chosen element that is mostly not prose (a list, a table: under this share of its text
# in running paragraphs) gives way to an ancestor at most _UP_LEVELS up that holds at least
# _UP_RATIO times its prose and _UP_MIN characters more: the article around a list that won
# because the article's own link lists (contents, references, navigation boxes) weigh
# against it.
_UP_SHAPE = 0.5
_UP_LEVELS = 3
_UP_RATIO = 1.6
_UP_MIN = 400
# An element at most _TITLE_LEVELS levels from the page's title heading wins over a heavier
# one farther away when it weighs at least _TITLE_RATIO of it.
_TITLE_LEVELS = 3
_TITLE_RATIO = 0.5
_HOLDER_RATIO = 0.7


def _widen(walk: Walk, best: int) -> int:
    """``best``, or an ancestor a few levels up that holds much more prose when ``best``
    is mostly not prose (an article whose container lost to one of its lists through the
    link lists around its text; the cleaning stage drops those)."""
    best_prose, chars = prose(walk, best)
    if best_prose >= _UP_SHAPE * chars:
        return best
    chosen = best
    up = walk.elem_parent[best]
    for _ in range(_UP_LEVELS):
        if up < 0 or walk.elem_tag[up] in ("body", "html"):
            break
        held = prose(walk, up)[0]
        if held >= _UP_RATIO * best_prose and held - best_prose >= _UP_MIN:
            chosen, best_prose = up, held
        up = walk.elem_parent[up]
    return chosen


def _totals(walk: Walk) -> list[float]:
    """Each element's weight: the values of the blocks in its subtree."""
    n_elems = len(walk.elem_tag)
    total = [0.0] * n_elems
    parent = walk.elem_parent
    for kind, text, links, link_chars, elem, _extra, _ordered in walk.blocks:
        if elem < 0:
            continue
        length = len(text)
        linked = min(link_chars, length)
        if links and ("http" in text or "www." in text):
            # A link that shows its address is a citation, not navigation: neutral.
            shown = sum(
                link.end - link.start
                for link in links
                if text.startswith(("http", "www."), link.start)
            )
            if shown:
                length -= shown
                linked = max(0, linked - shown)
                if length <= 0:
                    continue
        if length >= _PROSE_MIN and linked < _PROSE_DENSITY * length:
            # Links inside a long run of prose (an encyclopedia's paragraph) are not navigation.
            value = float(length - linked)
        else:
            value = (length - linked) - _K_LINK * linked
        if length < 25 and kind != HEADING:
            value -= _K_SHORT
        total[elem] += value
    for elem in range(n_elems - 1, 0, -1):
        up = parent[elem]
        if up >= 0:
            total[up] += total[elem]
    return total


def select(walk: Walk, title: str | None = None) -> list[int]:
    """Indices of the blocks of the element whose blocks add up to the most running text.

    Each block counts its characters of running text, minus three per character of
    link text and a penalty for short blocks, so navigation and teaser lists weigh
    against an element: the best element is the article with as much as belongs to
    it and as little furniture as possible (a maximum-weight subtree). When the page
    shows its ``title`` as a heading, an element by that heading weighs more than a
    slightly heavier one far from it (a shop's shipping notice, a box of another story).
    """
    n_elems = len(walk.elem_tag)
    if not walk.blocks or not n_elems:
        return []
    mark_teasers(walk, title)
    total = _totals(walk)
    best = -1
    best_total = 0.0
    for elem in range(n_elems):
        value = total[elem] + walk.elem_bonus[elem] * _K_BONUS
        if value >= best_total and value > 0:
            best, best_total = elem, value
    if best < 0:
        if sum(len(b[1]) for b in walk.blocks) < _TINY_PAGE:
            return list(range(len(walk.blocks)))  # a page of a few short lines is all text
        return []
    if title:
        best = _toward_title(walk, best, total, title)
    best = _widen(walk, best)
    first, last = extend(walk, best)
    picked = list(range(first, last))
    for sibling in sibling_parts(walk, best, total):
        start, end = walk.elem_first[sibling], walk.elem_last[sibling]
        if end <= first or start >= last:
            picked.extend(range(start, end))
    picked.sort()
    boxes = control_boxes(walk, picked[0], picked[-1] + 1) if picked and walk.controls else ()
    return [i for i in picked if i not in boxes] if boxes else picked


def _toward_title(walk: Walk, best: int, total: list[float], title: str) -> int:
    """``best``, or the heaviest element a few levels from the page's title heading when
    ``best`` is not: one that weighs at least _TITLE_RATIO of ``best`` when ``best`` is apart
    from the heading, at least _HOLDER_RATIO of it when ``best`` holds the heading far up
    (the page around the article)."""
    folded = " ".join(title.split()).casefold()
    heading = next((b[4] for b in walk.blocks if b[0] == HEADING and b[1].casefold() == folded), -1)
    if heading < 0:
        return best
    parent, tags = walk.elem_parent, walk.elem_tag
    around: list[int] = []  # the heading's ancestors a few levels up, below the page's own
    up = heading
    for _ in range(_TITLE_LEVELS + 1):
        if up < 0 or tags[up] in ("body", "html"):
            break
        around.append(up)
        up = parent[up]
    if not around:
        return best
    if best in around:
        # ``best`` holds the heading a few levels up: a box between them that its name marks
        # as the content ("col-main", "article-content") and that weighs nearly as much is the
        # article; the rest of ``best`` is a box beside it (partners, promotions).
        best_value = total[best] + walk.elem_bonus[best] * _K_BONUS
        for elem in reversed(around[: around.index(best)]):
            value = total[elem] + walk.elem_bonus[elem] * _K_BONUS
            if walk.elem_bonus[elem] > 0 and value >= _HOLDER_RATIO * best_value:
                return elem
        return best
    up = best
    for _ in range(_TITLE_LEVELS + 1):
        if up < 0:
            break
        if up in around:
            return best  # the chosen element is by the title
        up = parent[up]
    holds = walk.elem_first[best] <= walk.elem_first[heading] < walk.elem_last[best]
    ratio = _HOLDER_RATIO if holds else _TITLE_RATIO
    root = around[-1]
    inside = {root}
    chosen, chosen_value = -1, 0.0
    for elem in range(root + 1, len(parent)):
        if parent[elem] not in inside:
            break  # past the subtree (elements are numbered in document order)
        inside.add(elem)
        value = total[elem] + walk.elem_bonus[elem] * _K_BONUS
        if value > chosen_value:
            chosen, chosen_value = elem, value
    value = total[root] + walk.elem_bonus[root] * _K_BONUS
    if value > chosen_value:
        chosen, chosen_value = root, value
    best_value = total[best] + walk.elem_bonus[best] * _K_BONUS
    return chosen if chosen >= 0 and chosen_value >= ratio * best_value else best
