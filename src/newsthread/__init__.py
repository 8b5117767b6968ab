"""newsthread: a news page as a typed tree of article, quotes, speakers and comments."""

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
)
from newsthread.render import render_tree
from newsthread.thread import ThreadStats, build_thread, thread_stats
from newsthread.tree import Node

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
    "ThreadStats",
    "build_thread",
    "render_tree",
    "thread_stats",
]

__version__ = "0.1.0"
