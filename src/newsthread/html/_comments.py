"""Comment threads in HTML: containment, sibling and indentation encodings."""

from __future__ import annotations

import attrs
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsthread.model import Comment

__all__ = ["CommentSection", "extract_comments"]


@attrs.define
class CommentSection:
    """The thread found on a page and where it stands in the DOM."""

    comments: list[Comment] = attrs.field(factory=list)
    #: The count the page printed ("74 Comments"), which may differ from what was found.
    declared_count: int | None = None
    #: DOM elements that hold the thread, its heading and its form: the body leaves them out.
    containers: list[LexborNode] = attrs.field(factory=list)


def extract_comments(doc: LexborHTMLParser, *, url: str | None = None) -> CommentSection:
    """Find the comment thread of a parsed page (placeholder: finds nothing yet)."""
    return CommentSection()
