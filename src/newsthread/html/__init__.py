"""HTML import of real news pages (metadata, body, comment thread) and safe HTML export.

Parsing uses selectolax's lexbor backend, a full HTML5 parser that keeps
arbitrarily deep nesting (lxml.html silently drops elements below ~255 levels).
"""

from __future__ import annotations

from newsthread.html._comments import CommentSection, extract_comments
from newsthread.html._export import to_html
from newsthread.model import Article

__all__ = ["CommentSection", "extract_comments", "from_html", "to_html"]


def from_html(source: str | bytes, *, url: str | None = None, quotes: bool = True) -> Article:
    """Read a saved web page into an Article: metadata, body blocks and the comment thread."""
    raise NotImplementedError("HTML import is being built")
