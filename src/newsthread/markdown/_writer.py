"""Write an Article as Markdown (placeholder)."""

from __future__ import annotations

from newsthread.model import Article

__all__ = ["MAX_NESTING", "to_markdown"]

MAX_NESTING = 6


def to_markdown(article: Article) -> str:
    """The Markdown form of ``article`` (not written yet)."""
    raise NotImplementedError
