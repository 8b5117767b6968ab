"""Comment threads kept as raw HTML inside Markdown (pandoc's GFM keeps ``<div>``s with their classes).

The Markdown is rendered back to HTML (its own raw HTML passes through as it
is) and read by the HTML importer's comment reader, through its public entry
point :func:`newsthread.html.extract_comments`: one reader of comment markup,
not a second one here. The caller keeps whichever thread says more.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from newsthread.markdown._units import Unit
from newsthread.model import Comment

__all__ = ["keeps_thread_html", "prefer_raw", "raw_html_thread", "richness"]

#: Raw HTML blocks a document needs before its HTML is read for a thread (unless one names comments).
MIN_HTML_BLOCKS = 3


def keeps_thread_html(units: Iterable[Unit]) -> bool:
    """Whether the raw HTML a document keeps could hold a thread: several blocks, or one about comments."""
    blocks = [u.text for u in units if u.kind == "html"]
    return len(blocks) >= MIN_HTML_BLOCKS or any("comment" in b.lower() for b in blocks)


def raw_html_thread(html: str) -> tuple[list[Comment], int | None]:
    """The comments (top level, with replies) and declared count the HTML importer finds in ``html``."""
    from selectolax.lexbor import LexborHTMLParser

    from newsthread.html import extract_comments
    from newsthread.markdown._authorlines import clean_author

    section = extract_comments(LexborHTMLParser(html))
    for comment in _all(section.comments):
        comment.author = clean_author(comment.author)
    return list(section.comments), section.declared_count


def _all(top: Iterable[Comment]) -> list[Comment]:
    out: list[Comment] = []
    stack = list(top)[::-1]
    while stack:
        comment = stack.pop()
        out.append(comment)
        stack.extend(reversed(comment.replies))
    return out


def richness(top: Iterable[Comment]) -> int:
    """How much a thread says: comments, plus those with an author, a date, a parent, a text."""
    score = 0
    for comment in _all(top):
        extra: Mapping[str, Any] = comment.extra or {}
        score += 1
        score += comment.author is not None
        score += comment.published is not None or "date_text" in extra
        score += bool(comment.replies)
        score += bool(comment.text.strip())  # a header read without its text says less
    return score


def prefer_raw(raw: list[Comment], read: list[Comment]) -> bool:
    """Whether the thread the raw HTML gives beats the one read from the Markdown around it.

    The richer one wins; the raw one also wins when it holds more comments, or when it
    nests and the Markdown reading is flat with at most a third more comments (the
    Markdown keeps no depth where the page nested by CSS or sibling ``<div>``s, and a
    reading of the Markdown can take page chrome for comments).
    """
    if richness(raw) > richness(read):
        return True
    raw_all, read_all = _all(raw), _all(read)
    if _said(raw_all) > _said(read_all):
        return True
    nested = len(raw_all) > len(raw)
    return nested and len(read_all) == len(read) and 3 * len(read_all) <= 4 * len(raw_all)


def _said(comments: list[Comment]) -> int:
    """Comments with an author or a text (not "load more" stubs)."""
    return sum(1 for c in comments if c.author is not None or c.text.strip())
