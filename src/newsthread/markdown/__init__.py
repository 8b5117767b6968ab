"""Markdown and plain-text import, Markdown export.

``from_markdown`` reads Markdown (front matter, body, comment section) through
markdown-it-py tokens; ``from_text`` reads a page saved as plain text, nesting
the thread by indentation and bullets; ``to_markdown`` writes the Markdown form
that ``from_markdown`` reads back without loss. See ``docs/markdown.md``.
"""

from __future__ import annotations

from newsthread._deferred import QuoteFinding, checked_quote_finding, find_quotes_on_import
from newsthread._validate import checked_url_argument, drop_invalid_values
from newsthread.markdown._reader import read_markdown, read_text
from newsthread.markdown._writer import MAX_NESTING, to_markdown
from newsthread.model import Article

__all__ = ["MAX_NESTING", "from_markdown", "from_text", "to_markdown"]


def from_markdown(
    source: str | bytes, *, url: str | None = None, quotes: QuoteFinding = "lazy"
) -> Article:
    """Parse a Markdown document (bytes are decoded by BOM, UTF-8 or detection) into an Article.

    Raises :class:`~newsthread.errors.InputError` for binary input and
    :class:`~newsthread.errors.ParseError` for front matter that is not closed or
    not YAML. Quotes and speakers are found as :func:`~newsthread.html.from_html` finds
    them: on first read (``quotes="lazy"``), at once (``True``) or never (``False``).
    """
    quotes = checked_quote_finding(quotes)
    article = drop_invalid_values(read_markdown(source, checked_url_argument(url)))
    return find_quotes_on_import(article, quotes)


def from_text(
    source: str | bytes, *, url: str | None = None, quotes: QuoteFinding = "lazy"
) -> Article:
    """Parse a page saved as plain text: blank lines separate paragraphs, indentation nests
    replies; quotes are found as :func:`from_markdown` finds them."""
    quotes = checked_quote_finding(quotes)
    article = drop_invalid_values(read_text(source, checked_url_argument(url)))
    return find_quotes_on_import(article, quotes)
