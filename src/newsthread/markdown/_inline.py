"""One block's inline tokens reduced to its text and links (with their titles), the raw HTML a
converter kept inline read for anchors and links."""

from __future__ import annotations

import html
import re
from typing import Any

from newsthread.markdown._ownheader import anchor_id
from newsthread.markdown._units import Unit
from newsthread.model import Link

__all__ = ["reduce_inline"]

_BR = re.compile(r"^<br\s*/?>$", re.IGNORECASE)
_CAPTION = "Caption:"
# an element id a converter kept as raw HTML: <a id="comment-12">, <a name=c12>, <span id='c-12'>
_RAW_HREF = re.compile(r"""<a\s[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_RAW_TITLE = re.compile(r"""<a\s[^>]*?\btitle\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_PAGE_ANCHOR = re.compile(r"""<(?:a|span)\s[^>]*?\b(?:id|name)\s*=\s*["']?([^"'\s>]+)""")


def reduce_inline(unit: Unit, children: list[Any]) -> None:
    """Reduce inline tokens to text and links (softbreak = space, hard break = newline)."""
    if len(children) == 1 and children[0].type == "text":  # most blocks: plain text alone
        text = children[0].content
        unit.text = text.rstrip(" ") if unit.kind == "h" and unit.anchor is not None else text
        unit.links = []
        unit.bold = False
        return
    parts: list[str] = []
    size = 0
    links: list[Link] = []
    open_links: list[tuple[int, str]] = []
    strong = 0
    bold_chars = 0
    first_anchor = True
    raw_links: list[tuple[int, str] | None] = []
    titles: list[tuple[int, str]] = []
    if unit.kind == "p" and _is_caption_label(children):
        unit.caption = True
    for tok in children:
        kind = tok.type
        piece = ""
        if kind == "text" or kind == "code_inline":
            piece = tok.content
            if strong:
                bold_chars += len(piece.strip())
        elif kind == "softbreak":
            piece = "" if parts and parts[-1].endswith("\n") else " "  # after a <br>
        elif kind == "hardbreak":
            piece = "\n"
        elif kind == "link_open":
            open_links.append((size, str(tok.attrs.get("href", ""))))
            if "title" in tok.attrs:
                titles.append((size, str(tok.attrs["title"])))
        elif kind == "link_close":
            if open_links:
                start, href = open_links.pop()
                links.append(Link(start, size, href))
                _keep_title(unit, titles, start, size)
        elif kind == "strong_open":
            strong += 1
        elif kind == "strong_close":
            strong = max(0, strong - 1)
        elif kind == "html_inline":
            content = tok.content
            if _BR.match(content):
                piece = "\n"
            elif first_anchor and content.startswith("<a "):
                first_anchor = not _took_anchor(unit, children, content)
            if unit.page_anchor is None and content.startswith(("<a ", "<span ")):
                page = _PAGE_ANCHOR.match(content)
                if page is not None:
                    unit.page_anchor = page.group(1)
            # a link pandoc kept as raw HTML (it had a class: a profile link, a permalink)
            if content.startswith(("<a ", "<a\n")):
                raw_links.append(_raw_link_open(content, size, titles))
            elif content.lower() == "</a>" and raw_links:
                opened = raw_links.pop()
                if opened is not None and size > opened[0]:
                    links.append(Link(opened[0], size, opened[1]))
                    _keep_title(unit, titles, opened[0], size)
        if piece:
            parts.append(piece)
            size += len(piece)
    text = "".join(parts)
    if unit.caption:
        cut = len(_CAPTION) + (1 if text[len(_CAPTION) : len(_CAPTION) + 1] == " " else 0)
        text = text[cut:]
        links = [Link(lk.start - cut, lk.end - cut, lk.url) for lk in links if lk.start >= cut]
    if unit.kind == "h" and unit.anchor is not None:
        text = text.rstrip(" ")
    unit.text = text
    unit.links = links
    unit.bold = bold_chars > 0 and bold_chars == len(text.strip())


def _is_caption_label(children: list[Any]) -> bool:
    """Whether a paragraph opens with the caption label in emphasis (``*Caption*``)."""
    return (
        len(children) > 2
        and children[0].type == "em_open"
        and children[1].type == "text"
        and children[1].content == _CAPTION
        and children[2].type == "em_close"
    )


def _took_anchor(unit: Unit, children: list[Any], content: str) -> bool:
    """Take the id of a raw ``<a>`` as the unit's anchor, if it has one (the first one only)."""
    found = anchor_id(content)
    if found is None:
        return False
    unit.anchor = found
    unit.inline = children
    return True


def _raw_link_open(
    content: str, size: int, titles: list[tuple[int, str]]
) -> tuple[int, str] | None:
    """Where a raw ``<a href>`` opens and its target (None without one); its title is kept."""
    found = _RAW_HREF.match(content)
    if found is None:
        return None
    title = _RAW_TITLE.match(content) if "title" in content else None
    if title is not None:
        titles.append((size, html.unescape(title.group(1) or title.group(2) or "")))
    return size, html.unescape(found.group(1) or found.group(2) or "")


def _keep_title(unit: Unit, titles: list[tuple[int, str]], start: int, end: int) -> None:
    """Give the link closed at ``end`` the title its opening carried, if any."""
    if titles and titles[-1][0] == start:
        if unit.titles is None:
            unit.titles = {}
        unit.titles[(start, end)] = titles.pop()[1]
