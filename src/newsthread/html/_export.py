"""Export an Article as a clean, standalone, safe HTML page."""

from __future__ import annotations

from newsthread.model import Article

__all__ = ["to_html"]


def to_html(article: Article) -> str:
    """A standalone HTML page for ``article`` (placeholder: not built yet)."""
    raise NotImplementedError("HTML export is being built")
