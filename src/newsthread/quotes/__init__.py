"""Quotes and speakers: who said what, in the article and in the thread.

Placeholder until quote extraction lands: importers call :func:`annotate`,
which will fill ``Article.speakers`` and place each quote under its block or
comment.
"""

from __future__ import annotations

from newsthread.model import Article, Quote

__all__ = ["annotate", "find_quotes"]


def annotate(article: Article) -> Article:
    """Find the quotes of ``article`` in place and return it (not implemented yet: a no-op)."""
    return article


def find_quotes(text: str) -> list[Quote]:
    """The quotes in a plain text, with their speakers (not implemented yet: none)."""
    return []
