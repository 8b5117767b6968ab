"""HTML import of real news pages (metadata, body, comment thread) and safe HTML export.

Parsing uses selectolax's lexbor backend, a full HTML5 parser that keeps
arbitrarily deep nesting (lxml.html silently drops elements below ~255 levels).
See ``docs/html.md`` for what is extracted and in which order of trust.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import attrs

from newsthread._deferred import QuoteFinding, checked_quote_finding, find_quotes_on_import
from newsthread._validate import checked_url_argument, drop_invalid_values, valid_url
from newsthread.html._body import extract_body
from newsthread.html._body.page_lines import without_page_lines
from newsthread.html._comments import CommentSection, extract_comments
from newsthread.html._date_order import date_order
from newsthread.html._document import parse_html
from newsthread.html._export import to_html
from newsthread.html._metadata import extract_metadata
from newsthread.html._own import read_export
from newsthread.model import Article, Link

__all__ = ["CommentSection", "extract_comments", "from_html", "to_html"]

_ABSOLUTE = ("https://", "http://")


def from_html(
    source: str | bytes, *, url: str | None = None, quotes: QuoteFinding = "lazy"
) -> Article:
    """Read a saved web page into an Article: metadata, body blocks and the comment thread.

    Quotes and speakers are found (:func:`newsthread.quotes.annotate`) on the first
    read of a block's or a comment's ``quotes``, ``Article.quotes`` or
    ``Article.speakers`` (or of anything that reads them: a walk, ``==``, a copy, a
    serialiser), or when a node is added or detached; ``quotes=True`` finds them at
    once, ``quotes=False`` never. They are the same quotes either way, unless a block's or a
    comment's text is changed before the first read (finding reads the text as it is then);
    a thread that reads while another one finds them waits for them.

    ``source`` is the page as text, or as bytes decoded by byte-order mark, the
    charset the page declares, then detection. ``url`` is where the page came
    from (Article.url; the canonical url of the page otherwise). Raises
    :class:`~newsthread.errors.InputError` for empty, binary or oversized input
    and :class:`~newsthread.errors.NestingTooDeepError` for absurdly deep nesting;
    a page without an article gives an Article with an empty body. A page
    written by :func:`to_html` is read back exactly (a tampered one raises
    :class:`~newsthread.errors.DocumentError`).
    """
    quotes = checked_quote_finding(quotes)
    url = checked_url_argument(url)
    doc = parse_html(source)
    exported = read_export(doc)
    if exported is not None:
        # newsthread's own export: read back exactly, quotes included, instead of re-extracting.
        if exported.url is None:
            exported.url = url
        return drop_invalid_values(exported)
    meta = extract_metadata(doc, url=url)
    meta.canonical_url = valid_url(meta.canonical_url)
    with date_order(meta.month_first):  # comment dates are written the page's way round
        section = extract_comments(doc, url=url or meta.canonical_url)
    # Comment sections the thread extractor did not recognise are left out by the body
    # walk itself (by their ids and classes, itemprop=comment, typeof=Comment).
    exclude = {node.mem_id for node in section.containers}
    body = without_page_lines(
        extract_body(doc, exclude=exclude, title=meta.title), meta.authors, meta.published
    )
    article = Article(
        url=url or meta.canonical_url,
        canonical_url=meta.canonical_url,
        title=meta.title,
        summary=meta.description,
        authors=meta.authors,
        published=meta.published,
        modified=meta.modified,
        site_name=meta.site_name,
        section=meta.section,
        tags=meta.tags,
        language=meta.language,
        declared_comment_count=section.declared_count,
        body=body,
        comments=section.comments,
    )
    drop_invalid_values(article)
    base = _base_url(meta.base_href, article.url)
    if base is not None:
        _resolve_links(article, base)
    return find_quotes_on_import(article, quotes)


def _base_url(href: str | None, page_url: str | None) -> str | None:
    """The absolute http(s) URL relative links on the page resolve against, if one is known
    (``href``: the page's first ``<base href>``, found in the metadata's CSS pass)."""
    joined = None
    if href:
        try:
            joined = valid_url(urljoin(page_url or "", href))
        except ValueError:  # a malformed <base href>: links resolve against the page's url
            joined = None
    for candidate in (joined, page_url):
        if candidate and urlsplit(candidate).scheme in ("http", "https"):
            return candidate
    return None


def _resolve_links(article: Article, base: str) -> None:
    """Make the relative links of the body and the comments absolute (a page's links are)."""

    def absolute(url: str | None) -> str | None:
        if not url or url.startswith(_ABSOLUTE) or urlsplit(url).scheme:
            return url
        try:
            return urljoin(base, url)
        except ValueError:
            return url

    for block in article.body:
        if any(
            not link.url.startswith(_ABSOLUTE) and not urlsplit(link.url).scheme
            for link in block.links
        ):
            block.links = tuple(
                Link(link.start, link.end, absolute(link.url) or link.url) for link in block.links
            )
    for comment in article.iter_comments():
        comment.url = absolute(comment.url)
        author = comment.author
        if author is not None and author.url:
            comment.author = attrs.evolve(author, url=absolute(author.url))
