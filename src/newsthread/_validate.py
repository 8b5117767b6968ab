"""What a valid datetime and a valid URL are: one decision for every importer, exporter and JSON path.

Importers of foreign pages (HTML, Markdown, text) drop a value that fails
these checks, as they drop a date they cannot read; the JSON readers refuse it
with a :class:`~newsthread.errors.DocumentError`; the writers refuse an
article holding one, so nothing is written that newsthread would not read back.

- A **datetime** is valid when its UTC offset can be asked for: Python's own
  ``timezone`` stops at 24 hours, but dateutil's ``tzoffset`` (and any
  hand-made ``tzinfo``) takes ``+80:00``, and such a value raises later, on
  ``isoformat()``, ``print`` or any comparison.
- A **URL** is valid when :func:`urllib.parse.urlsplit` reads it (no
  ``http://[x/``) and it does not use a scheme that runs code or hides content
  when followed: ``javascript:``, ``vbscript:``, ``data:``. The scheme is
  looked at with the characters browsers ignore in it removed
  (``java\\tscript:``).
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

from dateutil import parser as _dateutil

from newsthread.errors import InputError
from newsthread.model import Article, Author

__all__ = [
    "UNSAFE_SCHEMES",
    "checked_url_argument",
    "datetime_problem",
    "drop_invalid_values",
    "parse_date_words",
    "url_problem",
    "valid_datetime",
    "valid_url",
]

#: URL schemes no importer keeps and no document may hold.
UNSAFE_SCHEMES = frozenset({"javascript", "vbscript", "data"})

# What the WHATWG URL parser ignores in a scheme: C0 controls, space, tab and
# newline; and invisible characters some parsers skipped (DEL, C1, zero-width).
_IGNORED = re.compile("[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.\-]*):")
# A URL urlsplit always reads, with an all-ASCII host and no port: the common case, one match.
_PLAIN_URL = re.compile(r"https?://[A-Za-z0-9.\-]+(?:[/?#][^\[\]]*)?\Z")


def datetime_problem(value: datetime) -> str | None:
    """Why ``value`` cannot be used (written, compared, printed), or None when it can."""
    if type(value) is not datetime and not isinstance(value, datetime):
        return f"expected a datetime, not {type(value).__name__}"
    if value.tzinfo is None:
        return None
    try:
        value.utcoffset()
    except (ValueError, TypeError, OverflowError) as error:
        return f"invalid UTC offset ({error})"
    return None


def valid_datetime(value: datetime | None) -> datetime | None:
    """``value`` when it is a usable datetime, else None (for importers, which drop it)."""
    if value is None or datetime_problem(value) is not None:
        return None
    return value


def parse_date_words(text: str, **options: Any) -> datetime | None:
    """python-dateutil's reading of ``text``, or None: never an exception, never a warning.

    An unknown zone name gives the naive time (dateutil warns, and says the
    warning will become an error); an impossible offset gives None.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", _dateutil.UnknownTimezoneWarning)
            found = _dateutil.parse(text, **options)
    except (ValueError, OverflowError, TypeError, LookupError):
        return None
    return valid_datetime(found)


def url_problem(url: str) -> str | None:
    """Why ``url`` is not a valid URL for a document, or None when it is one."""
    if type(url) is not str:
        return f"expected a string, not {type(url).__name__}"
    if _PLAIN_URL.match(url):
        return None
    match = _SCHEME.match(url)
    if match is None and _IGNORED.search(url[:64]) is not None:
        match = _SCHEME.match(_IGNORED.sub("", url[:256]))
    if match is not None and match.group(1).lower() in UNSAFE_SCHEMES:
        return f"{match.group(1).lower()}: URLs are not kept"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises for a port that is not a number in range
    except ValueError as error:
        return f"malformed URL ({error})"
    return None


def valid_url(url: str | None) -> str | None:
    """``url`` when it is a valid URL, else None (for importers, which drop it)."""
    if url is None or url_problem(url) is not None:
        return None
    return url


def drop_invalid_values(article: Article) -> Article:
    """An importer's last step: drop every URL and datetime of ``article`` that is not valid.

    A link with an invalid URL is removed (its text stays, as for a link
    without ``href``); an invalid ``url``, author url or datetime becomes None.
    Importers call this, so an Article they return holds none.
    """
    article.url = valid_url(article.url)
    article.canonical_url = valid_url(article.canonical_url)
    article.published = valid_datetime(article.published)
    article.modified = valid_datetime(article.modified)
    if any(a.url is not None and url_problem(a.url) is not None for a in article.authors):
        article.authors = [_author(a) for a in article.authors]
    for block in article.body:
        if any(url_problem(link.url) is not None for link in block.links):
            block.links = tuple(link for link in block.links if url_problem(link.url) is None)
    for comment in article.iter_comments():
        url, author, published = comment.url, comment.author, comment.published
        if url is not None and url_problem(url) is not None:
            comment.url = None
        if author is not None and author.url is not None and url_problem(author.url) is not None:
            comment.author = _author(author)
        if published is not None and type(published.tzinfo) not in _STDLIB_ZONES:
            comment.published = valid_datetime(published)
    return article


def _author(author: Author) -> Author:
    if author.url is None or url_problem(author.url) is None:
        return author
    return Author(author.name, None)


# Zones that cannot hold an invalid offset: Python's own timezone refuses one.
_STDLIB_ZONES = (type(None), timezone)


def checked_url_argument(url: str | None) -> str | None:
    """The ``url=`` an importer was given, or :class:`~newsthread.errors.InputError` if invalid."""
    if url is not None:
        problem = url_problem(url)
        if problem is not None:
            raise InputError(f"url {url!r}: {problem}")
    return url
