"""Inline text for the HTML export: links and quotes over character spans, nested properly.

A block's or a comment's text is written once, left to right; links and quotes
are spans over it, opened and closed as elements, split where they cross.
Every value goes through :mod:`newsthread.html._safe` on its way out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import attrs

from newsthread.html._safe import attr, safe_url, text
from newsthread.model import Link, Quote, QuoteKind

__all__ = [
    "MAX_OPEN_SPANS",
    "Context",
    "Span",
    "Writer",
    "inline",
    "inline_spans",
    "loose_quotes",
]

#: Inline elements (links, quotes) open at once; a quote beyond this is listed after its text.
MAX_OPEN_SPANS = 16

#: Where the writers put their output: ``list.append`` of the page's parts.
Writer = Callable[[str], None]

_LINE = re.compile("\n")
_PARA_OR_LINE = re.compile("\n\n|\n")


@attrs.define(slots=True)
class Span:
    """An inline element over ``text[start:end]``: a link or a quote."""

    start: int
    end: int
    open: str
    reopen: str  # the opening tag for the second and later pieces (no id)
    close: str
    is_link: bool = False
    quote: Quote | None = None


@attrs.define(slots=True)
class Context:
    """What the writer knows about the whole article."""

    base: str | None
    quote_no: dict[int, int]  # id(quote) -> number, in document order
    comment_anchor: dict[int, str]  # id(comment) -> its HTML id
    anchor_of_id: dict[str, str]  # comment id -> HTML id of the first comment with it
    max_nesting: int


def _quote_span(q: Quote, ctx: Context, start: int, end: int, source_text: str) -> Span:
    tag = "mark" if q.kind is QuoteKind.INDIRECT else "q"
    number = ctx.quote_no.get(id(q), 0)
    common = _quote_attrs(q, number, source_text[start:end])
    return Span(
        start,
        end,
        f'<{tag} id="quote-{number}"{common}>',
        f"<{tag}{common}>",
        f"</{tag}>",
        quote=q,
    )


def _quote_attrs(q: Quote, number: int, covered: str | None) -> str:
    kind = q.kind.value if isinstance(q.kind, QuoteKind) else str(q.kind)
    parts = [f' class="nt-quote" data-quote="{number}" data-kind="{attr(kind)}"']
    if q.speaker is not None:
        parts.append(f' data-speaker="{attr(q.speaker.id)}"')
    if q.cue is not None:
        parts.append(f' data-cue="{attr(q.cue)}"')
    if q.start is not None:
        parts.append(f' data-start="{attr(str(q.start))}"')
    if q.end is not None:
        parts.append(f' data-end="{attr(str(q.end))}"')
    if q.source is not None:
        parts.append(f' data-source="{attr(q.source)}"')
    parts.append(_quote_detail_attrs(q))
    if covered is None or covered != q.text:
        parts.append(f' data-text="{attr(q.text)}"')
    if q.speaker is not None:
        title = q.speaker.name + (f" ({q.cue})" if q.cue else "")
        parts.append(f' title="{attr(title)}"')
    return "".join(parts)


def _quote_detail_attrs(q: Quote) -> str:
    """Where the cue and the speaker's mention stand, and how far the speaker is trusted."""
    out = []
    for name, value in (
        ("cue-start", q.cue_start),
        ("cue-end", q.cue_end),
        ("speaker-start", q.speaker_start),
        ("speaker-end", q.speaker_end),
        ("confidence", q.confidence),
    ):
        if value is not None:
            out.append(f' data-{name}="{attr(str(value))}"')
    if q.floating:
        out.append(' data-floating="true"')
    if q.parts:
        out.append(f' data-parts="{attr(" ".join(f"{s}-{e}" for s, e in q.parts))}"')
    return "".join(out)


def inline_spans(
    body: str, links: Sequence[Link], quotes: Sequence[Quote], ctx: Context, rel: str
) -> tuple[list[Span], list[Quote]]:
    """The inline spans over ``body``, and the quotes that have no valid place in it.

    Links with an empty or out-of-range span, or an unsafe URL, are left out
    (their text stays); such quotes are returned to be listed after the text.
    """
    size = len(body)
    spans: list[Span] = []
    for link in links:
        if 0 <= link.start < link.end <= size:
            url = safe_url(link.url, ctx.base)
            if url is not None:
                tag = f'<a href="{attr(url)}" rel="{rel}">'
                spans.append(Span(link.start, link.end, tag, tag, "</a>", is_link=True))
    unplaced: list[Quote] = []
    for q in quotes:
        start, end = q.start, q.end
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= size:
            spans.append(_quote_span(q, ctx, start, end, body))
        else:
            unplaced.append(q)
    return spans, unplaced


def inline(w: Writer, body: str, spans: list[Span], paragraphs: bool) -> list[Quote]:
    """Write ``body`` with its spans as properly nested elements; return quotes left out.

    Spans that cross each other are split into pieces (closed and reopened);
    only the first piece of a quote carries its id. With ``paragraphs``, a
    blank line ends a ``<p>``; a single newline is a ``<br>`` followed by the
    newline itself, so the element's text content is ``body`` unchanged.
    """
    spans.sort(key=lambda s: (s.start, -s.end))
    breaks = (_PARA_OR_LINE if paragraphs else _LINE).finditer(body)
    brk = next(breaks, None)
    stack: list[Span] = []
    left_out: list[Quote] = []
    size, count = len(body), len(spans)
    pos = si = 0
    while True:
        if stack:
            k = next((i for i, s in enumerate(stack) if s.end <= pos), -1)
            if k >= 0:
                for s in reversed(stack[k:]):
                    w(s.close)
                keep = [s for s in stack[k:] if s.end > pos]
                del stack[k:]
                for s in keep:
                    w(s.reopen)
                    stack.append(s)
        if brk is not None and brk.start() == pos and brk.end() - pos == 2:
            for s in reversed(stack):
                w(s.close)
            w("</p>\n\n<p>")
            for s in stack:
                w(s.reopen)
            pos = brk.end()
            brk = next(breaks, None)
            continue
        while si < count and spans[si].start <= pos:
            s = spans[si]
            si += 1
            blocked = len(stack) >= MAX_OPEN_SPANS or (s.is_link and any(o.is_link for o in stack))
            if s.end <= pos or blocked:
                if s.quote is not None:
                    left_out.append(s.quote)
                continue
            w(s.open)
            stack.append(s)
        if brk is not None and brk.start() == pos:
            # A line break: spans starting here opened first, so they hold the newline.
            w("<br>\n")
            pos = brk.end()
            brk = next(breaks, None)
            continue
        if pos >= size:
            break
        nxt = size
        if si < count:
            nxt = min(nxt, spans[si].start)
        for s in stack:
            nxt = min(nxt, s.end)
        if brk is not None:
            nxt = min(nxt, brk.start())
        w(text(body[pos:nxt]))
        pos = nxt
    for s in reversed(stack):  # pragma: no cover - every span ends by len(body)
        w(s.close)
    return left_out


def loose_quotes(w: Writer, quotes: list[Quote], ctx: Context) -> None:
    """Quotes without a valid span in their text, listed after it."""
    if not quotes:
        return
    w('<aside class="nt-quotes">')
    for i, q in enumerate(quotes):
        tag = "mark" if q.kind is QuoteKind.INDIRECT else "q"
        number = ctx.quote_no.get(id(q), 0)
        if i:
            w(" ")
        w(
            f'<{tag} id="quote-{number}"{_quote_attrs(q, number, q.text)} data-loose="">'
            f"{text(q.text)}</{tag}>"
        )
    w("</aside>")
