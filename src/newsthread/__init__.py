"""newsthread: a news page as a typed tree of article, quotes, speakers and comments.

The model, the tree API and thread tools load with the package; the importers,
exporters and serialisation load on first use (``newsthread.from_html`` imports
the HTML parser only when called for).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from newsthread.errors import NewsthreadError
from newsthread.model import (
    Article,
    Author,
    Block,
    BlockQuote,
    Caption,
    Comment,
    CommentStatus,
    Heading,
    Link,
    ListItem,
    Paragraph,
    Quote,
    QuoteKind,
    Speaker,
    SpeakerKind,
)
from newsthread.render import render_tree
from newsthread.thread import ThreadStats, build_thread, thread_stats
from newsthread.tree import Node

if TYPE_CHECKING:
    from newsthread.html import from_html, to_html
    from newsthread.markdown import from_markdown, from_text, to_markdown
    from newsthread.quotes import find_quotes
    from newsthread.serialize import from_json, read_jsonl, to_json, write_jsonl

__all__ = [
    "Article",
    "Author",
    "Block",
    "BlockQuote",
    "Caption",
    "Comment",
    "CommentStatus",
    "Heading",
    "Link",
    "ListItem",
    "NewsthreadError",
    "Node",
    "Paragraph",
    "Quote",
    "QuoteKind",
    "Speaker",
    "SpeakerKind",
    "ThreadStats",
    "build_thread",
    "find_quotes",
    "from_html",
    "from_json",
    "from_markdown",
    "from_text",
    "read_jsonl",
    "render_tree",
    "thread_stats",
    "to_html",
    "to_json",
    "to_markdown",
    "write_jsonl",
]

__version__ = "0.1.0"

# Public names that live in modules with heavier imports, loaded on first access.
_LAZY = {
    "from_html": "newsthread.html",
    "to_html": "newsthread.html",
    "from_markdown": "newsthread.markdown",
    "from_text": "newsthread.markdown",
    "to_markdown": "newsthread.markdown",
    "find_quotes": "newsthread.quotes",
    "from_json": "newsthread.serialize",
    "to_json": "newsthread.serialize",
    "read_jsonl": "newsthread.serialize",
    "write_jsonl": "newsthread.serialize",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newsthread' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
