"""Export an Article as a clean, standalone, safe HTML page.

The markup (schema.org microdata, ``data-*`` attributes, anchors, the flat
form of deep threads) is described in ``docs/html-export.md``; the importer
reads it back. Everything from the model is untrusted: each value goes through
:mod:`newsthread.html._safe` on its way out. Nothing recurses: the thread is
written with an explicit stack, so any depth exports in linear time.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from datetime import datetime

from newsthread import __version__
from newsthread._checks import check_datetimes, check_quote_speakers
from newsthread.html._export_inline import (
    MAX_OPEN_SPANS,
    Context,
    Writer,
    inline,
    inline_spans,
    loose_quotes,
)
from newsthread.html._safe import anchor, attr, safe_url, text
from newsthread.model import (
    Article,
    Author,
    Block,
    BlockQuote,
    Caption,
    Comment,
    CommentStatus,
    Heading,
    ListItem,
    Paragraph,
    Quote,
)

__all__ = ["DEFAULT_MAX_NESTING", "MAX_LIST_DEPTH", "MAX_OPEN_SPANS", "to_html"]

#: Reply levels written as nested lists; deeper replies are written flat.
DEFAULT_MAX_NESTING = 50
#: Deepest list nesting written for ``ListItem.indent``; deeper items stay at this level.
MAX_LIST_DEPTH = 16

SCHEMA = "https://schema.org/"
_UGC_REL = "nofollow ugc noopener noreferrer"
_BODY_REL = "noopener noreferrer"

_STYLE = (
    "body{font:17px/1.55 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;"
    "color:#222}"
    ".nt-meta{color:#555;font-size:.88em;margin:.2em 0}"
    ".nt-meta>*+*{margin-left:.6em}"
    "q.nt-quote{quotes:none}"
    ".nt-quote{background:#fff3bf}"
    "mark.nt-quote{background:#e7f5ff}"
    ".nt-thread,.nt-thread ol{list-style:none;padding-left:0}"
    ".nt-thread ol{margin-left:1.1rem;padding-left:.8rem;border-left:2px solid #e3e3e3}"
    ".nt-comment{margin:.9em 0}"
    ".nt-status,.nt-more{font-style:italic;color:#777}"
    ".nt-tags li{display:inline;margin-right:.5em}"
    ".nt-tags{padding:0}"
)
# The page may run no script and load nothing; only our own style sheet applies.
_STYLE_HASH = base64.b64encode(hashlib.sha256(_STYLE.encode()).digest()).decode()
_CSP = (
    f"default-src 'none'; style-src 'sha256-{_STYLE_HASH}'; img-src 'none'; "
    "base-uri 'none'; form-action 'none'"
)


def to_html(article: Article, *, max_nesting: int = DEFAULT_MAX_NESTING) -> str:
    """A standalone HTML5 page for ``article``, safe to open even when the text is hostile.

    The article carries schema.org ``NewsArticle`` microdata and every comment
    a schema.org ``Comment``. Replies deeper than ``max_nesting`` levels are
    written as a flat list whose entries name their parent (``data-parent``
    and a ``parentItem`` link), so the page's nesting depth stays bounded.
    A quote whose speaker is not in :attr:`Article.speakers`, or a datetime
    with an impossible UTC offset, raises :class:`~newsthread.errors.DocumentError`.
    """
    if max_nesting < 1:
        raise ValueError(f"max_nesting must be at least 1, not {max_nesting}")
    check_quote_speakers(article)
    check_datetimes(article)
    ctx = _context(article, max_nesting)
    out: list[str] = []
    w = out.append
    w("<!DOCTYPE html>\n")
    w(f'<html lang="{attr(article.language)}">\n' if article.language else "<html>\n")
    w('<head>\n<meta charset="utf-8">\n')
    w(f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n')
    w('<meta name="referrer" content="no-referrer">\n')
    w('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
    w(f'<meta name="generator" content="newsthread {__version__}">\n')
    w(f"<title>{text(article.title or article.site_name or 'Article')}</title>\n")
    canonical = safe_url(article.canonical_url, article.url)
    if canonical:
        w(f'<link rel="canonical" href="{attr(canonical)}">\n')
    w(f"<style>{_STYLE}</style>\n</head>\n<body>\n")
    w(f'<article class="nt-article" itemscope itemtype="{SCHEMA}NewsArticle">\n')
    _header(w, article, canonical, ctx)
    _body(w, article.body, ctx)
    _speakers(w, article, ctx)
    _thread(w, article, ctx)
    w("</article>\n</body>\n</html>\n")
    return "".join(out)


def _context(article: Article, max_nesting: int) -> Context:
    quote_no: dict[int, int] = {}
    comment_anchor: dict[int, str] = {}
    anchor_of_id: dict[str, str] = {}
    used: set[str] = set()
    for node in article.walk():
        kind = type(node)
        if kind is Quote:
            quote_no[id(node)] = len(quote_no) + 1
        elif isinstance(node, Comment):
            name = anchor("comment-", node.id)
            if name in used:
                # A repeated id still gets an anchor of its own; "_n<k>_" is
                # never produced by anchor(), so it cannot collide.
                k = 2
                while f"{name}_n{k}_" in used:
                    k += 1
                name = f"{name}_n{k}_"
            else:
                anchor_of_id.setdefault(node.id, name)
            used.add(name)
            comment_anchor[id(node)] = name
    base = safe_url(article.url) or safe_url(article.canonical_url)
    return Context(base, quote_no, comment_anchor, anchor_of_id, max_nesting)


# -- header -------------------------------------------------------------------


def _time(prop: str, value: datetime, cls: str) -> str:
    iso = value.isoformat()
    return f'<time class="{cls}" itemprop="{prop}" datetime="{attr(iso)}">{text(iso.replace("T", " "))}</time>'


def _person(author: Author, prop: str, ctx: Context, rel: str) -> str:
    name = f'<span itemprop="name">{text(author.name)}</span>'
    url = safe_url(author.url, ctx.base)
    if url:
        name = f'<a itemprop="url" href="{attr(url)}" rel="{rel}">{name}</a>'
    return f'<span class="nt-author" itemprop="{prop}" itemscope itemtype="{SCHEMA}Person">{name}</span>'


def _header(w: Writer, article: Article, canonical: str | None, ctx: Context) -> None:
    w("<header>\n")
    if article.language:
        w(f'<meta itemprop="inLanguage" content="{attr(article.language)}">\n')
    if canonical:
        w(f'<link itemprop="mainEntityOfPage" href="{attr(canonical)}">\n')
    if article.declared_comment_count is not None:
        w(f'<meta itemprop="commentCount" content="{attr(str(article.declared_comment_count))}">\n')
    if article.site_name:
        w(
            f'<p class="nt-site" itemprop="publisher" itemscope itemtype="{SCHEMA}Organization">'
            f'<span itemprop="name">{text(article.site_name)}</span></p>\n'
        )
    if article.section:
        w(f'<p class="nt-section" itemprop="articleSection">{text(article.section)}</p>\n')
    if article.title is not None:
        w(f'<h1 itemprop="headline">{text(article.title)}</h1>\n')
    if article.summary is not None:
        w(f'<p class="nt-summary" itemprop="description">{text(article.summary)}</p>\n')
    if article.authors:
        people = ", ".join(_person(a, "author", ctx, _BODY_REL) for a in article.authors)
        w(f'<p class="nt-byline">By {people}</p>\n')
    dates = []
    if article.published is not None:
        dates.append("Published " + _time("datePublished", article.published, "nt-published"))
    if article.modified is not None:
        dates.append("updated " + _time("dateModified", article.modified, "nt-modified"))
    if dates:
        w(f'<p class="nt-dates">{", ".join(dates)}</p>\n')
    url = safe_url(article.url)
    if url:
        w(
            f'<p class="nt-source">Source: <a itemprop="url" href="{attr(url)}" '
            f'rel="{_BODY_REL}">{text(url)}</a></p>\n'
        )
    if article.tags:
        tags = "".join(f'<li itemprop="keywords">{text(t)}</li>' for t in article.tags)
        w(f'<ul class="nt-tags">{tags}</ul>\n')
    w("</header>\n")


# -- body -----------------------------------------------------------------------


def _block_inline(w: Writer, block: Block, ctx: Context) -> list[Quote]:
    spans, loose = inline_spans(block.text, block.links, block.quotes, ctx, _BODY_REL)
    loose.extend(inline(w, block.text, spans, paragraphs=False))
    return loose


def _body(w: Writer, blocks: Sequence[Block], ctx: Context) -> None:
    # Top-level elements are separated by a blank line and nothing else, so
    # the articleBody text reads like the blocks joined by blank lines.
    w('<div class="nt-body" itemprop="articleBody">')
    lists: list[bool] = []  # open lists, outermost first: ordered?
    for i, block in enumerate(blocks):
        if isinstance(block, ListItem):
            if i and not lists:
                w("\n\n")
            _list_item(w, block, lists, ctx)
            continue
        _close_lists(w, lists, 0)
        if i:
            w("\n\n")
        if isinstance(block, Heading):
            try:
                level = min(6, max(1, int(block.level)))
            except (TypeError, ValueError):
                level = 2
            w(f"<h{level}>")
            loose = _block_inline(w, block, ctx)
            w(f"</h{level}>")
        elif isinstance(block, BlockQuote):
            w("<blockquote><p>")
            loose = _block_inline(w, block, ctx)
            w("</p></blockquote>")
        elif isinstance(block, Caption):
            w('<figure class="nt-caption"><figcaption>')
            loose = _block_inline(w, block, ctx)
            w("</figcaption></figure>")
        elif type(block) is Paragraph:
            w("<p>")
            loose = _block_inline(w, block, ctx)
            w("</p>")
        else:  # Block itself or a subclass we do not know: a paragraph that says what it was
            w(f'<p data-block="{attr(str(getattr(block, "type_name", "block")))}">')
            loose = _block_inline(w, block, ctx)
            w("</p>")
        loose_quotes(w, loose, ctx)
    _close_lists(w, lists, 0)
    w("</div>\n")


def _close_lists(w: Writer, lists: list[bool], keep: int) -> None:
    while len(lists) > keep:
        w("</li></ol>" if lists.pop() else "</li></ul>")


def _list_item(w: Writer, item: ListItem, lists: list[bool], ctx: Context) -> None:
    try:
        indent = int(item.indent)
    except (TypeError, ValueError):
        indent = 0
    level = min(max(indent, 0), MAX_LIST_DEPTH - 1)
    ordered = bool(item.ordered)
    _close_lists(w, lists, level + 1)
    if len(lists) == level + 1:
        if lists[-1] == ordered:
            w("</li>\n")
        else:
            _close_lists(w, lists, level)
    while len(lists) < level + 1:
        # A new list goes inside the open item of the enclosing list; a jump of
        # several levels gets unordered intermediate lists, each with one item.
        this_ordered = ordered if len(lists) == level else False
        w("<ol>" if this_ordered else "<ul>")
        lists.append(this_ordered)
        if len(lists) < level + 1:
            w('<li class="nt-gap">')
    extra = f' data-indent="{attr(str(item.indent))}"' if indent != level else ""
    w(f"<li{extra}>")
    loose = _block_inline(w, item, ctx)
    loose_quotes(w, loose, ctx)


# -- speakers -----------------------------------------------------------------------


def _speakers(w: Writer, article: Article, ctx: Context) -> None:
    if not article.speakers:
        return
    said: dict[str, list[int]] = {}
    for q in article.walk(type=Quote):
        if isinstance(q, Quote) and q.speaker is not None:
            said.setdefault(q.speaker.id, []).append(ctx.quote_no[id(q)])
    w('<section class="nt-speakers"><h2>Quoted</h2>\n<ul>\n')
    for sp in article.speakers:
        w(
            f'<li id="{anchor("speaker-", sp.id)}" data-speaker-id="{attr(sp.id)}" '
            f'data-speaker-kind="{attr(sp.kind.value)}"'
            + (f' data-speaker-key="{attr(sp.key)}"' if sp.key is not None else "")
            + f' itemprop="mentions" itemscope itemtype="{SCHEMA}Person">'
            f'<span itemprop="name">{text(sp.name)}</span>'
        )
        if sp.role:
            w(f', <span itemprop="jobTitle">{text(sp.role)}</span>')
        if sp.organisation:
            w(
                f', <span itemprop="worksFor" itemscope itemtype="{SCHEMA}Organization">'
                f'<span itemprop="name">{text(sp.organisation)}</span></span>'
            )
        if sp.aliases:
            aliases = ", ".join(
                f'<span itemprop="alternateName">{text(a)}</span>' for a in sp.aliases
            )
            w(f' <span class="nt-aliases">(also {aliases})</span>')
        numbers = said.pop(sp.id, ())
        if numbers:
            refs = ", ".join(f'<a href="#quote-{n}">{n}</a>' for n in numbers)
            w(f' <span class="nt-said">quotes {refs}</span>')
        w("</li>\n")
    w("</ul></section>\n")


# -- the thread ---------------------------------------------------------------------

_NO_TEXT = '<div class="nt-text" itemprop="text"></div>\n'
_STATUS_LABEL = {
    CommentStatus.DELETED: "[deleted]",
    CommentStatus.REMOVED: "[removed]",
    CommentStatus.PINGBACK: "Pingback",
    CommentStatus.TRACKBACK: "Trackback",
}


def _thread(w: Writer, article: Article, ctx: Context) -> None:
    if not article.comments and article.declared_comment_count is None:
        return
    w('<section class="nt-comments" id="comments">\n<h2>Comments</h2>\n')
    found = len(ctx.comment_anchor)
    note = f"{found} comment{'s' if found != 1 else ''}"
    if article.declared_comment_count is not None:
        note += f" (the page said {text(str(article.declared_comment_count))})"
    w(f'<p class="nt-comment-count">{note}</p>\n')
    if not article.comments:
        w("</section>\n")
        return
    w('<ol class="nt-thread">\n')
    # Entries: (comment, depth) to write a comment, or (None, 0) to close a reply list.
    stack: list[tuple[Comment | None, int]] = [(c, 1) for c in reversed(article.comments)]
    while stack:
        comment, depth = stack.pop()
        if comment is None:
            w("</ol></li>\n")
            continue
        _comment(w, comment, ctx, None)
        if not comment.replies:
            w("</li>\n")
        elif depth < ctx.max_nesting:
            w('<ol class="nt-replies">\n')
            stack.append((None, 0))
            stack.extend((r, depth + 1) for r in reversed(comment.replies))
        else:
            _flat(w, comment, ctx)
            w("</li>\n")
    w("</ol>\n</section>\n")


def _flat(w: Writer, top: Comment, ctx: Context) -> None:
    """Every reply below ``top``, in thread order, as one flat list naming parents."""
    w('<ol class="nt-flat">\n')
    stack: list[Comment] = list(reversed(top.replies))
    while stack:
        comment = stack.pop()
        parent = comment.parent
        parent_anchor = ctx.comment_anchor[id(parent)] if parent is not None else ""
        _comment(w, comment, ctx, parent_anchor)
        w("</li>\n")
        stack.extend(reversed(comment.replies))
    w("</ol>\n")


def _comment(w: Writer, c: Comment, ctx: Context, flat_parent: str | None) -> None:
    """Open a comment's ``<li>`` and write its head, text and quotes (not its replies)."""
    name = ctx.comment_anchor[id(c)]
    status = c.status.value if isinstance(c.status, CommentStatus) else str(c.status)
    li = [f'<li id="{name}" class="nt-comment nt-status-{attr(status)}"']
    if flat_parent is None:
        li.append(' itemprop="comment"')
    li.append(f' itemscope itemtype="{SCHEMA}Comment" data-status="{attr(status)}"')
    if flat_parent is not None:
        li.append(f' data-parent="{flat_parent}"')
    if c.more_count is not None:
        li.append(f' data-more-count="{attr(str(c.more_count))}"')
    if c.in_reply_to is not None:
        li.append(f' data-in-reply-to="{attr(c.in_reply_to)}"')
    li.append(">")
    w("".join(li))
    w(f'<meta itemprop="identifier" content="{attr(c.id)}">')
    if flat_parent is not None:
        w(f'<link itemprop="parentItem" href="#{flat_parent}">')
    meta: list[str] = []
    if c.author is not None:
        meta.append(_person(c.author, "author", ctx, _UGC_REL))
    if c.published is not None:
        meta.append(_time("dateCreated", c.published, "nt-published"))
    if c.score is not None:
        score = attr(str(c.score))
        meta.append(f'<data class="nt-score" value="{score}">{score} points</data>')
    label = _STATUS_LABEL.get(c.status)
    if label:
        meta.append(f'<span class="nt-status">{label}</span>')
    meta.append(f'<a class="nt-anchor" href="#{name}">#</a>')
    url = safe_url(c.url, ctx.base)
    if url:
        meta.append(
            f'<a class="nt-permalink" itemprop="url" href="{attr(url)}" rel="{_UGC_REL}">permalink</a>'
        )
    if c.in_reply_to is not None:
        target = ctx.anchor_of_id.get(c.in_reply_to)
        shown = text(c.in_reply_to)
        ref = f'<a href="#{target}">{shown}</a>' if target else shown
        meta.append(f'<span class="nt-in-reply-to">in reply to {ref}</span>')
    w(f'<p class="nt-meta">{"".join(meta)}</p>\n')
    body = c.text
    if not body and not c.quotes:
        w(_NO_TEXT)
    elif not c.quotes:  # the common case: nothing marked inside the text
        paras = "</p>\n\n<p>".join(
            text(para).replace("\n", "<br>\n") for para in body.split("\n\n")
        )
        w(f'<div class="nt-text" itemprop="text"><p>{paras}</p></div>\n')
    else:
        spans, loose = inline_spans(body, (), c.quotes, ctx, _UGC_REL)
        w('<div class="nt-text" itemprop="text">')
        if body:
            w("<p>")
            loose.extend(inline(w, body, spans, paragraphs=True))
            w("</p>")
        w("</div>\n")
        loose_quotes(w, loose, ctx)
    if c.status is CommentStatus.MORE:
        n = c.more_count
        more = (
            f"{text(str(n))} more repl{'y' if n == 1 else 'ies'}"
            if n is not None
            else "more replies"
        )
        w(f'<p class="nt-more">{more}</p>\n')
