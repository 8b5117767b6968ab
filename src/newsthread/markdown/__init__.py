"""Markdown and plain-text import, Markdown export.

``from_markdown`` reads Markdown (front matter, body, comment section) through
markdown-it-py tokens; ``from_text`` reads a page saved as plain text, nesting
the thread by indentation and bullets; ``to_markdown`` writes the Markdown form
that ``from_markdown`` reads back without loss. See ``docs/markdown.md``.
"""

from __future__ import annotations

from newsthread._validate import checked_url_argument, drop_invalid_values
from newsthread.markdown._reader import read_markdown, read_text
from newsthread.markdown._writer import MAX_NESTING, to_markdown
from newsthread.model import Article

__all__ = ["MAX_NESTING", "from_markdown", "from_text", "to_markdown"]


def _annotate(article: Article) -> Article:
    from newsthread import quotes

    return quotes.annotate(article)


def from_markdown(source: str | bytes, *, url: str | None = None, quotes: bool = True) -> Article:
    """Parse a Markdown document (bytes are decoded by BOM, UTF-8 or detection) into an Article.

    Raises :class:`~newsthread.errors.InputError` for binary input and
    :class:`~newsthread.errors.ParseError` for front matter that is not closed or
    not YAML. With ``quotes`` the quotes and speakers are found too.
    """
    article = drop_invalid_values(read_markdown(source, checked_url_argument(url)))
    return _annotate(article) if quotes else article


def from_text(source: str | bytes, *, url: str | None = None, quotes: bool = True) -> Article:
    """Parse a page saved as plain text: blank lines separate paragraphs, indentation nests replies."""
    article = drop_invalid_values(read_text(source, checked_url_argument(url)))
    return _annotate(article) if quotes else article
