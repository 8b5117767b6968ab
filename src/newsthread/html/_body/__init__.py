"""The main text of a page as body blocks, without navigation, teasers, ads and comments.

Three stages, one module each (and two the scoring stage uses):

- ``walk``: one iterative pass over the DOM turns the page into candidate blocks
  (text runs, paragraphs, headings, list items, block quotes, captions, table rows),
  skipping elements that are never content (scripts, forms, navigation, hidden parts,
  comment sections, boilerplate by class/id; the names are in ``markers``).
- ``scoring``: the article is the element whose blocks add up to the most running
  text net of link text (a maximum-weight subtree, with a bonus for ``<article>``,
  ``itemprop=articleBody`` and content-like class names), with teaser cards counted as
  link text (``teasers``) and the page's title heading as an anchor; ``neighbours``
  adds running paragraphs and prose boxes right next to it and takes out the small
  boxes around a form's text field.
- ``cleaning``: a last filter drops link lists, section-end furniture ("Related
  posts" and what follows), credits, datelines, bylines, reader prompts and notices
  recognised by their wording (``wording``: patterns in a dozen languages) and a run
  of short unfinished lines at the end.
- ``page_lines``: run by ``from_html`` once the metadata is read, drops the article's own
  byline and date lines (known by the authors and date found) and channel prompts.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from newsthread.html._body.cleaning import clean, is_quoted_paragraph
from newsthread.html._body.markers import marker_info as _marker_info  # noqa: F401 (tests pin it)
from newsthread.html._body.scoring import select
from newsthread.html._body.walk import CAPTION, HEADING, ITEM, QUOTE, RawBlock, collect
from newsthread.model import Block, BlockQuote, Caption, Heading, ListItem, Paragraph

__all__ = ["extract_body"]

# Fewer characters than this picked (a headline, a line): no article was found.
_NO_ARTICLE = 200


def _to_block(block: RawBlock) -> Block:
    kind, text, found, _link_chars, _elem, extra, ordered = block
    # The model converts links with tuple(); its Iterable[_T_co] signature confuses mypy.
    links: Any = tuple(found)
    if kind == HEADING:
        return Heading(text, links, level=extra)
    if kind == QUOTE and not is_quoted_paragraph(text):
        return BlockQuote(text, links)
    if kind == ITEM:
        return ListItem(text, links, ordered=ordered, indent=extra)
    if kind == CAPTION:
        return Caption(text, links)
    return Paragraph(text, links)


def extract_body(
    doc: LexborHTMLParser, *, exclude: Collection[int] = (), title: str | None = None
) -> list[Block]:
    """The main text of a parsed page as blocks; ``exclude`` holds ``mem_id``s of elements to skip."""
    body = doc.body
    if body is None:
        return []
    # The page's size bounds the text measured for boilerplate checks (see walk.mostly_boilerplate).
    excluded = frozenset(exclude)
    walk = collect(body, excluded, len(doc.raw_html))
    picked = [walk.blocks[i] for i in select(walk, title)]
    if walk.hid and sum(len(b[1]) for b in picked) < _NO_ARTICLE:
        # No article but what a class hides: an article a script shows once it loads.
        walk = collect(body, excluded, len(doc.raw_html), show_hidden=True)
        picked = [walk.blocks[i] for i in select(walk, title)]
    return [_to_block(b) for b in clean(picked, title)]
