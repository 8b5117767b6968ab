"""Teaser cards in the candidate blocks: the summary under a card's linked title counts as
link text, like the title, when the page repeats cards of that shape, so a list of teasers
weighs against an element however long its summaries (part of choosing the article)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from newsthread.html._body.walk import HEADING, ITEM, P, Walk
from newsthread.model import Link

__all__ = ["mark_teasers"]

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
_ITEM_SUMMARY_MIN = 80
_CARDS_MIN = 3
# Cards of one paragraph (a linked title line, a break, a summary of at least _SUMMARY_MIN
# characters): a feed repeats them at least this often, a list article of links with their
# descriptions may have a few.
_LINE_CARDS_MIN = 5
_SUMMARY_MIN = 40
_PROSE_MIN = 150


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


def mark_teasers(walk: Walk, title: str | None = None) -> None:
    """Count the summary under a linked heading in a card as link text, like the heading:
    ``<div><h3><a>Title</a></h3><p>Summary…</p></div>`` repeated is a teaser list however
    long its summaries, and should weigh against a container as the links do. The title
    may be a short linked line in any tag; the cards are counted per shape (the tags
    above them), so a linked line before a paragraph elsewhere is no card. A card may be
    a list item (``<li><a>Title</a><p>Summary…</p></li>``: the summary is the item's)."""
    blocks = walk.blocks
    found: dict[tuple[str, ...], list[int]] = {}
    for index in range(1, len(blocks)):
        head = blocks[index - 1]
        linked = head[3]
        if (
            not linked
            or linked < _LINKED_HEADING * len(head[1])
            or (head[0] != HEADING and len(head[1]) > _TITLE_MAX)
        ):
            continue  # most blocks: no linked heading or title line before them
        kind, text, _links, link_chars, _elem, _extra, _ordered = blocks[index]
        if kind not in (P, ITEM) or link_chars or len(text) > _SUMMARY_MAX:
            continue
        if kind == ITEM and (
            len(text) < _ITEM_SUMMARY_MIN or _item(walk, head[4]) != _item(walk, blocks[index][4])
        ):
            # A card in a list is one item: its linked title and a summary of a sentence or
            # more (a citation's linked title and its short "Publisher. Date." are no card).
            continue
        if _card(walk, index - 1, index):
            found.setdefault(_shape(walk, index - 1, index), []).append(index)
    _one_block_cards(walk, found, title)
    for cards in found.values():
        if len(cards) < _CARDS_MIN:  # a teaser list repeats its cards, all of one shape
            continue
        if blocks[cards[0]][0] == ITEM and not _one_site(blocks[i - 1][2] for i in cards):
            # A list whose linked titles go to many sites is a list article ("Six tools
            # for reporters"): a site's teasers link to its own pages.
            continue
        for index in cards:
            kind, text, links, _link_chars, elem, extra, ordered = blocks[index]
            blocks[index] = (kind, text, links, len(text), elem, extra, ordered)


def _one_block_cards(
    walk: Walk, found: dict[tuple[str, ...], list[int]], title: str | None
) -> None:
    """Add to ``found`` the cards that are one paragraph: a linked title line, a line break
    and the summary (``<p><a><b>Title</b></a><br>Summary…</p>``, a news feed's item), at
    least _LINE_CARDS_MIN of one shape, in a box without running text or the page's title
    heading (there they are an article's list of links with descriptions). (A block of
    several lines keeps no link offsets, nor their addresses: the title is the first line
    when the link text is most of it and no more than it.)"""
    blocks = walk.blocks
    lines: dict[tuple[str, ...], list[int]] = {}
    # (most blocks have no link text or no line break: a comprehension sorts them out)
    for index in [i for i, b in enumerate(blocks) if b[3] and "\n" in b[1]]:
        kind, text, _links, link_chars, elem, _extra, _ordered = blocks[index]
        if kind != P or link_chars > _TITLE_MAX:
            continue
        first = text.index("\n")
        if link_chars < _LINKED_HEADING * first or link_chars > first:
            continue
        if not _SUMMARY_MIN <= len(text) - first <= _SUMMARY_MAX:
            continue
        lines.setdefault(("\n", *_tags_up(walk, elem)), []).append(index)
    for shape, cards in lines.items():
        if len(cards) >= _LINE_CARDS_MIN and not _in_article(walk, cards, title):
            found[shape] = cards


def _in_article(walk: Walk, cards: list[int], title: str | None) -> bool:
    """Whether the element around the first card also holds a paragraph of running text or
    the page's title heading: a list of links with their descriptions inside an article,
    not a feed of teasers."""
    box = walk.elem_parent[walk.blocks[cards[0]][4]]
    if box < 0:
        return False
    folded = " ".join(title.split()).casefold() if title else None
    for kind, text, _links, link_chars, _elem, _extra, _ordered in walk.blocks[
        walk.elem_first[box] : walk.elem_last[box]
    ]:
        if kind == P and len(text) >= _PROSE_MIN and link_chars < 0.2 * len(text):
            return True
        if kind == HEADING and folded is not None and text.casefold() == folded:
            return True
    return False


def _tags_up(walk: Walk, elem: int) -> list[str]:
    """The tags of ``elem`` and of the elements a few levels above it."""
    tags: list[str] = []
    for _ in range(_CARD_LEVELS + 1):
        if elem < 0:
            break
        tags.append(walk.elem_tag[elem])
        elem = walk.elem_parent[elem]
    return tags


def _one_site(titles: Iterable[list[Link]]) -> bool:
    """Whether most of the cards' title links go to one host (a relative link to the page's own)."""
    hosts = Counter(_host(links[0].url) if links else "" for links in titles)
    return hosts.most_common(1)[0][1] * 3 >= hosts.total() * 2


def _host(url: str) -> str:
    if "//" not in url[:8]:
        return ""  # relative: the page's own site
    return url.split("//", 1)[1].split("/", 1)[0].lower().removeprefix("www.")


def _item(walk: Walk, elem: int) -> int:
    """The nearest list item holding ``elem`` (itself, or a few levels up), or -1."""
    for _ in range(_CARD_LEVELS + 1):
        if elem < 0 or walk.elem_tag[elem] == "li":
            return elem
        elem = walk.elem_parent[elem]
    return -1


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
