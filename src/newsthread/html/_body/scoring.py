"""The second stage of the body: which element is the article.

Each block counts its characters of running text, minus three per character of link
text (except in long runs of prose, whose inline links cost nothing extra) and a
penalty for short blocks; the article is the element whose blocks add up to the most
(a maximum-weight subtree), with a bonus for semantic hints. A page of a few short
lines and nothing else is kept whole. The summary under a linked heading or title line
in a small card counts as link text when the page repeats cards of that shape. An
element a few levels from the page's title heading wins over a heavier one apart from
it, or over the page around it, when it weighs enough of it. A chosen list or table
gives way to the container a few levels up that holds much more prose (the article
around it). Running paragraphs right next to it (a lead, a last paragraph in a sibling
box) and sibling boxes of one kind that are mostly prose join it.
"""

from __future__ import annotations

from newsthread.html._body.walk import HEADING, P, Walk

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
# A lead paragraph outside the chosen element: at least this long, in an element
# that shares an ancestor with it at most this many levels up.
_LEAD_MIN = 80
_LEAD_LEVELS = 3
_NEAR_DEPTH = 12
# A chosen element that is mostly not prose (a list, a table: under this share of its text
# in running paragraphs) gives way to an ancestor at most _UP_LEVELS up that holds at least
# _UP_RATIO times its prose and _UP_MIN characters more: the article around a list that won
# because the article's own link lists (contents, references, navigation boxes) weigh
# against it.
_UP_SHAPE = 0.5
_UP_LEVELS = 3
_UP_RATIO = 1.6
_UP_MIN = 400
# Teaser cards: a paragraph of at most _SUMMARY_MAX characters right under a heading that
# is mostly a link, both in an element of at most _CARD_BLOCKS blocks found at most
# _CARD_LEVELS levels above the heading; at least _CARDS_MIN such cards on the page.
_SUMMARY_MAX = 400
_LINKED_HEADING = 0.6
_CARD_BLOCKS = 8
# A linked line in any tag (``<a><div class=title>…</div></a>``) is a card's title when no
# longer than this.
_TITLE_MAX = 150
_CARD_LEVELS = 3
_CARDS_MIN = 3
# An element at most _TITLE_LEVELS levels from the page's title heading wins over a heavier
# one farther away when it weighs at least _TITLE_RATIO of it.
_TITLE_LEVELS = 3
_TITLE_RATIO = 0.5
# The box around a form or a text field holds at most this much text.
_BOX_MAX = 300
_HOLDER_RATIO = 0.7


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


def _prose(walk: Walk, elem: int) -> tuple[int, int]:
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


def _widen(walk: Walk, best: int) -> int:
    """``best``, or an ancestor a few levels up that holds much more prose when ``best``
    is mostly not prose (an article whose container lost to one of its lists through the
    link lists around its text; the cleaning stage drops those)."""
    best_prose, chars = _prose(walk, best)
    if best_prose >= _UP_SHAPE * chars:
        return best
    chosen = best
    up = walk.elem_parent[best]
    for _ in range(_UP_LEVELS):
        if up < 0 or walk.elem_tag[up] in ("body", "html"):
            break
        prose = _prose(walk, up)[0]
        if prose >= _UP_RATIO * best_prose and prose - best_prose >= _UP_MIN:
            chosen, best_prose = up, prose
        up = walk.elem_parent[up]
    return chosen


def _card(walk: Walk, heading: int, summary: int) -> bool:
    """Whether two blocks share a small element (at most _CARD_BLOCKS blocks) a level or
    two above them: a card, not a section of a longer text."""
    parent = walk.elem_parent
    up = walk.blocks[heading][4]
    for _ in range(_CARD_LEVELS):
        if up < 0:
            return False
        first, last = walk.elem_first[up], walk.elem_last[up]
        if last - first > _CARD_BLOCKS:
            return False
        if first <= summary < last:
            return True
        up = parent[up]
    return False


def mark_teasers(walk: Walk) -> None:
    """Count the summary under a linked heading in a card as link text, like the heading:
    ``<div><h3><a>Title</a></h3><p>Summary…</p></div>`` repeated is a teaser list however
    long its summaries, and should weigh against a container as the links do. The title
    may be a short linked line in any tag; the cards are counted per shape (the tags
    above them), so a linked line before a paragraph elsewhere is no card."""
    blocks = walk.blocks
    found: dict[tuple[str, ...], list[int]] = {}
    for index in range(1, len(blocks)):
        head = blocks[index - 1]
        if head[3] < _LINKED_HEADING * len(head[1]) or (
            head[0] != HEADING and len(head[1]) > _TITLE_MAX
        ):
            continue  # most blocks: no linked heading or title line before them
        kind, text, _links, link_chars, _elem, _extra, _ordered = blocks[index]
        if kind != P or link_chars or len(text) > _SUMMARY_MAX:
            continue
        if _card(walk, index - 1, index):
            found.setdefault(_shape(walk, index - 1, index), []).append(index)
    for cards in found.values():
        if len(cards) < _CARDS_MIN:  # a teaser list repeats its cards, all of one shape
            continue
        for index in cards:
            kind, text, links, _link_chars, elem, extra, ordered = blocks[index]
            blocks[index] = (kind, text, links, len(text), elem, extra, ordered)


def _shape(walk: Walk, heading: int, summary: int) -> tuple[str, ...]:
    """The tags above a card's title and summary, a few levels up: the cards of one list
    share it, a linked line and a paragraph elsewhere on the page do not."""
    tags = walk.elem_tag
    shape = [tags[walk.blocks[summary][4]]]
    up = walk.blocks[heading][4]
    for _ in range(_CARD_LEVELS + 1):
        if up < 0:
            break
        shape.append(tags[up])
        up = walk.elem_parent[up]
    return tuple(shape)


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
    mark_teasers(walk)
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
    first, last = walk.elem_first[best], walk.elem_last[best]
    # Running paragraphs just outside the chosen element (a standfirst above the
    # article body, a last paragraph in a sibling box), in elements that share an
    # ancestor with it a few levels up: taken in while they follow on directly.
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
    picked = list(range(first, last))
    for sibling in _sibling_parts(walk, best, total):
        start, end = walk.elem_first[sibling], walk.elem_last[sibling]
        if end <= first or start >= last:
            picked.extend(range(start, end))
    picked.sort()
    boxes = _control_boxes(walk, picked[0], picked[-1] + 1) if picked and walk.controls else ()
    return [i for i in picked if i not in boxes] if boxes else picked


def _control_boxes(walk: Walk, start: int, end: int) -> set[int]:
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


def _sibling_parts(walk: Walk, best: int, total: list[float]) -> list[int]:
    """Elements beside the chosen one that carry on its text: an article split across
    sibling boxes of one kind (a page builder's rows, with an ad or a link box between
    them) loses a part when one box alone outweighs the parent with the box between.

    The chosen element's wrappers (ancestors holding the same blocks) are climbed first;
    a sibling of the same tag is a part when its weight is positive and at least half its
    text is prose. Another ``<article>`` is another story, never a part.
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
        if parent[elem] == up and elem != top and walk.elem_tag[elem] == tag and total[elem] > 0:
            prose, chars = _prose(walk, elem)
            if prose >= _LEAD_MIN and 2 * prose >= chars:
                parts.append(elem)
    return parts


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
