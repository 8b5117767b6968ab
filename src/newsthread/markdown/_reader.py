"""Read Markdown (through markdown-it-py tokens) and plain text into an Article."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt

from newsthread._decode import decode_bytes
from newsthread.errors import InputError, ParseError
from newsthread.markdown._authorlines import forget_headers
from newsthread.markdown._build import build_comments
from newsthread.markdown._commentdates import is_time, parse_date
from newsthread.markdown._comments import find_section
from newsthread.markdown._footerdates import fold_footer_dates
from newsthread.markdown._frontmatter import apply_front_matter, split_front_matter
from newsthread.markdown._inline import reduce_inline
from newsthread.markdown._quirks import undo_fence_quirks, undo_list_quirks
from newsthread.markdown._rawhtml import keeps_thread_html, prefer_raw, raw_html_thread, richness
from newsthread.markdown._siblings import nest_by_descendant_counts, nest_by_navigation
from newsthread.markdown._signed import signed_thread
from newsthread.markdown._split import split_at_headers
from newsthread.markdown._trailing import raise_trailing_headers
from newsthread.markdown._units import MARKER as _MARKER
from newsthread.markdown._units import Unit, text_units
from newsthread.model import (
    Article,
    Block,
    BlockQuote,
    Caption,
    Comment,
    Heading,
    Link,
    ListItem,
    Paragraph,
)

__all__ = ["read_markdown", "read_text"]

# Block and inline nesting markdown-it-py follows; deeper structure is read as text (see _deep).
_MAX_NESTING = 40
# Deeper indentation and longer runs of '>' are cut before parsing (see _clamp).
_DEEP_INDENT = re.compile(r"^[ \t]{33,}", re.MULTILINE)
_NBSP_MARKER = re.compile(
    r"^([ \u00a0]*\u00a0[ \u00a0]*)(?=(?:[*+-]|\d{1,9}[.)])[ \t])", re.MULTILINE
)
_DEEP_QUOTE = re.compile(r"^((?:[ \t]{0,3}>){16})(?:[ \t]{0,3}>)+", re.MULTILINE)
# what each of the two must find somewhere, searched from a literal (fast on a long text
# full of raw HTML's ">" and no-break spaces, where the line-anchored patterns are slow)
_NBSP_BEFORE_MARKER = re.compile(r"\u00a0[ \u00a0]*(?:[*+-]|\d{1,9}[.)])[ \t]")
_QUOTE_RUN = re.compile(r">[ \t]{0,3}>[ \t]{0,3}>[ \t]{0,3}>")


def _clamp(text: str) -> str:
    """Cut indentation past 32 columns and quote markers past 16 levels.

    markdown-it-py nests recursively and slows down quadratically on lists
    thousands of levels deep; no document nests that deep on purpose. Lines
    stay, with their text; only their nesting stops at that depth.
    """
    # converters indent list markers with no-break spaces, which Markdown keeps as text
    if "\u00a0" in text and _NBSP_BEFORE_MARKER.search(text):
        text = _NBSP_MARKER.sub(lambda m: " " * len(m.group(1)), text)
    # the substitutions cost a pass each over a large text: only where they can match
    if " " * 33 in text or "\t" in text:
        text = _DEEP_INDENT.sub(" " * 32, text)
    if text.count(">") > 16 and _QUOTE_RUN.search(text):
        text = _DEEP_QUOTE.sub(r"\1", text)
    # (one character is found far faster than three in a long text)
    if ("`" in text and "```" in text) or ("~" in text and "~~~" in text):
        text = _unclosed_fence(undo_fence_quirks(text))
    return undo_list_quirks(text)


_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})([^\n]*)$", re.MULTILINE)
#: Lines an unclosed code fence may swallow before its opening line is read as text.
_FENCE_TAIL = 40


def _unclosed_fence(text: str) -> str:
    """The opening line of a code fence never closed is text when many lines follow it.

    A converter that splits a code block (html-to-markdown, a ``<pre>`` in a signature)
    can leave a fence open, and CommonMark then reads the rest of the page, thread and
    all, as code. A document that ends inside code on purpose ends soon after it.
    """
    opener: re.Match[str] | None = None
    for match in _FENCE.finditer(text):
        fence, rest = match.group(1), match.group(2)
        if opener is None:
            if not (fence[0] == "`" and "`" in rest):
                opener = match
        elif (
            fence[0] == opener.group(1)[0]
            and len(fence) >= len(opener.group(1))
            and not rest.strip()
        ):
            opener = None
    if opener is None or text.count("\n", opener.end()) < _FENCE_TAIL:
        return text
    start = opener.start(1)
    return text[:start] + "\\" + text[start:]


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"maxNesting": _MAX_NESTING})
    md.enable("strikethrough")
    # Keep link targets as written: a document's URL is data, not something to re-encode.
    md.normalizeLink = lambda url: url  # type: ignore[method-assign]
    # Lazy-loading pages put SVG placeholders (data:image/svg+xml,...) in front of avatars; markdown-it
    # refuses them, which leaves "![alt](data:...)" as text before the author's name.
    default = md.validateLink
    md.validateLink = lambda url: default(url) or _DATA_IMAGE.match(url) is not None  # type: ignore[method-assign]
    return md


def _text_of(source: str | bytes, url: str | None) -> str:
    if isinstance(source, bytes):
        text = decode_bytes(source, source=url)
    elif isinstance(source, str):
        text = source
    else:
        raise TypeError(f"source must be str or bytes, not {type(source).__name__}")
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise InputError("NUL characters: binary data, not text", url)
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def inline_unit(unit: Unit, source: str) -> None:
    """Fill ``unit`` with the inline parse of one line of Markdown source."""
    tokens = _parser().parseInline(source)
    reduce_inline(unit, (tokens[0].children or []) if tokens else [])


# (markitdown shortens the URL to "data:image/svg+xml...")
_DATA_IMAGE = re.compile(r"\s*data:image/[\w.+-]+(?:[;,]|\s*$)", re.IGNORECASE)


def _column(lines: list[str], tok: Any) -> int:
    if not tok.map or tok.map[0] >= len(lines):
        return 0
    line = lines[tok.map[0]].expandtabs(4)
    return len(line) - len(line.lstrip(" "))


def markdown_units(
    text: str, first_line: int = 1, source: str | None = None, keep: list[Any] | None = None
) -> list[Unit]:
    """One unit per block of a Markdown text, from markdown-it-py's flat token stream.

    ``keep``, when given, receives the tokens (to render the document as HTML later).
    """
    text = _clamp(text)
    tokens = _parser().parse(text)
    if keep is not None:
        keep.extend(tokens)
    for tok in tokens:
        if tok.level >= _MAX_NESTING - 1 and tok.block:
            line = first_line + (tok.map[0] if tok.map else 0)
            raise ParseError(
                f"lists and quotes nested deeper than {_MAX_NESTING} levels", source, line
            )
    skip, prefixes = _dates_read_as_lists(tokens)
    reader = _Blocks(text.split("\n"))
    for index, tok in enumerate(tokens):
        if not (skip and index in skip):
            reader.read(tok, first_line + (tok.map[0] if tok.map else 0), prefixes.get(index))
    return reader.units


class _Blocks:
    """The containers open at each token (lists, list items, block quotes) and the units so far."""

    def __init__(self, source_lines: list[str]) -> None:
        self.source_lines = source_lines
        self.units: list[Unit] = []
        self.columns: list[int] = []  # indentation of the line opening each open list item
        self.lists: list[bool] = []  # ordered flag of each open list
        self.list_keys: list[int] = []  # key of each open list
        self.items: list[int] = []  # keys of the open list items
        self.item_parent: list[int] = []
        self.quotes: list[int] = []
        self.next_key = 0
        self.pending_start = False  # a list item opened and no unit in it yet
        self.heading = 0

    def unit(self, kind: str, text: str, line: int, start: bool) -> Unit:
        return _unit(
            kind,
            text,
            line,
            (self.lists, self.list_keys),
            self.items,
            self.item_parent,
            self.quotes,
            start,
        )

    def empty_item(self, line: int) -> None:
        """An item without a unit of its own (empty, or opening with raw HTML) is still an item."""
        if self.pending_start:
            unit = self.unit("p", "", line, True)
            unit.column = self.columns[-1] if self.columns else 0
            self.units.append(unit)
            self.pending_start = False

    def read(self, tok: Any, line: int, prefix: str | None) -> None:
        kind = tok.type
        if kind == "inline":  # the commonest tokens first
            self.inline(tok, line, prefix)
        elif kind in {"paragraph_open", "paragraph_close"}:
            return
        elif kind in {"bullet_list_open", "ordered_list_open"}:
            self.lists.append(kind == "ordered_list_open")
            self.list_keys.append(self.next_key)
            self.next_key += 1
        elif kind in {"bullet_list_close", "ordered_list_close"}:
            if self.lists:
                self.lists.pop()
                self.list_keys.pop()
        elif kind == "list_item_open":
            self.item_parent.append(self.items[-1] if self.items else -1)
            self.items.append(self.next_key)
            self.columns.append(_column(self.source_lines, tok))
            self.next_key += 1
            self.pending_start = True
        elif kind == "list_item_close":
            self.empty_item(line)
            if self.items:
                self.items.pop()
                self.item_parent.pop()
                self.columns.pop()
        elif kind == "blockquote_open":
            self.quotes.append(self.next_key)
            self.next_key += 1
        elif kind == "blockquote_close":
            if self.quotes:
                self.quotes.pop()
        elif kind == "heading_open":
            self.heading = int(tok.tag[1:])
        elif kind in {"fence", "code_block"}:
            content = tok.content[:-1] if tok.content.endswith("\n") else tok.content
            unit = self.unit("code", content, line, self.pending_start)
            unit.column = _column(self.source_lines, tok)
            self.units.append(unit)
            self.pending_start = False
        elif kind == "html_block":
            self.empty_item(line)
            self.units.append(self.unit("html", tok.content, line, False))
        elif kind == "hr":
            self.units.append(self.unit("hr", "", line, False))

    def inline(self, tok: Any, line: int, prefix: str | None) -> None:
        unit = self.unit("h" if self.heading else "p", "", line, self.pending_start)
        unit.level = self.heading
        unit.column = self.columns[-1] if self.columns else 0
        reduce_inline(unit, tok.children or [])
        if prefix is not None:
            _prefix(unit, prefix)
        self.units.append(unit)
        self.pending_start = False
        self.heading = 0


def _dates_read_as_lists(tokens: list[Any]) -> tuple[set[int], dict[int, str]]:
    """Dates that CommonMark reads as a numbered list: ``19. Juni 2019 / 6:16`` (day, period, month).

    Returns the indices of the list's tokens to skip and, for its paragraph, the day to put back.
    """
    skip: set[int] = set()
    prefixes: dict[int, str] = {}
    shape = [
        "ordered_list_open",
        "list_item_open",
        "paragraph_open",
        "inline",
        "paragraph_close",
        "list_item_close",
        "ordered_list_close",
    ]
    for index, tok in enumerate(tokens):
        if tok.type != "ordered_list_open" or tok.markup != ".":
            continue
        window = tokens[index : index + 7]
        if [t.type for t in window] != shape:
            continue
        day, content = window[1].info, window[3].content
        if not (day.isdigit() and int(day) <= 31 and _MONTH_START.match(content)):
            continue
        if "\n" in content or parse_date(f"{day}. {content}") is None:
            continue
        skip.update((index, index + 1, index + 5, index + 6))
        prefixes[index + 3] = f"{day}. "
    return skip, prefixes


_MONTH_START = re.compile(r"[^\W\d_]{3,}")


def _prefix(unit: Unit, text: str) -> None:
    """Put ``text`` back in front of a unit's text (a list marker that was a date's day)."""
    unit.text = text + unit.text
    size = len(text)
    unit.links = [Link(lk.start + size, lk.end + size, lk.url) for lk in unit.links]


def _unit(
    kind: str,
    text: str,
    line: int,
    open_lists: tuple[list[bool], list[int]],
    items: list[int],
    item_parent: list[int],
    quotes: list[int],
    start: bool,
) -> Unit:
    lists, list_keys = open_lists
    return Unit(
        kind,
        text,
        line=line,
        depth=len(items),
        item=items[-1] if items else -1,
        parent_item=item_parent[-1] if item_parent else -1,
        start=start,
        ordered=lists[-1] if lists else False,
        list_key=list_keys[-1] if list_keys else -1,
        quote=quotes[0] if quotes else -1,
    )


def _with_links(block: Block, links: list[Link]) -> Block:
    if links:
        block.links = tuple(links)
    return block


def _merge(group: list[Unit]) -> tuple[str, list[Link]]:
    """The text of several units as one block (paragraphs apart by a blank line) and their links."""
    if len(group) == 1:
        return group[0].text, group[0].links
    links: list[Link] = []
    offset = 0
    for unit in group:
        links.extend(Link(k.start + offset, k.end + offset, k.url) for k in unit.links)
        offset += len(unit.text) + 2
    return "\n\n".join(u.text for u in group), links


def _body(units: list[Unit]) -> list[Block]:
    """Blocks of the body: units of one list item or one block quote merge into one block."""
    groups: list[list[Unit]] = []
    previous: tuple[str, int] | None = None
    for unit in units:
        if unit.kind in {"hr", "html"}:
            previous = None
            continue
        if unit.quote != -1:
            key = ("quote", unit.quote)
        elif unit.item != -1:
            key = ("item", unit.item)
        else:
            key = ("", -1)
        if key[1] != -1 and key == previous:
            groups[-1].append(unit)
        else:
            groups.append([unit])
        previous = key
    blocks: list[Block] = []
    for group in groups:
        unit = group[0]
        text, links = _merge(group)
        block: Block
        if unit.quote != -1:
            block = BlockQuote(text)
        elif unit.item != -1:
            block = ListItem(text, ordered=unit.ordered, indent=max(0, unit.depth - 1))
        elif unit.kind == "h":
            block = Heading(text, level=unit.level)
        elif unit.caption:
            block = Caption(text)
        else:
            block = Paragraph(text)
        blocks.append(_with_links(block, links))
    return blocks


def _article(
    units: list[Unit], meta: dict[str, Any] | None, url: str | None, tokens: list[Any] | None = None
) -> Article:
    forget_headers()  # header readings are cached per document
    article = Article()
    ours = apply_front_matter(article, meta, url) if meta else False
    if article.url is None:
        article.url = url
    if not ours:
        units = fold_footer_dates(split_at_headers(units, is_time))
    cut, count, strict, opener = find_section(units, ours)
    comments: list[Comment] = []
    if cut < len(units):
        first = cut + 1 if opener else cut
        section = units[first:] if strict else raise_trailing_headers(_marked_code(units[first:]))
        comments = build_comments(section, strict)
        if not strict:
            comments = nest_by_navigation(comments, section)
            comments = nest_by_descendant_counts(comments, section)
    if not strict:
        signed = signed_thread(units)
        if signed is not None and richness(signed.comments) > richness(comments):
            comments, cut, count = signed.comments, signed.cut, None
    if not strict and tokens and keeps_thread_html(units):
        html = _parser().renderer.render(tokens, _parser().options, {})
        raw, raw_count = raw_html_thread(html)
        if prefer_raw(raw, comments):
            comments = raw
            count = raw_count if raw_count is not None else count
            if cut == len(units):
                cut = _thread_start(units, raw[0])
    for block in _body(units[:cut]):
        article.add(block)
    if count is not None and (comments or cut < len(units)):
        article.declared_comment_count = count
    for comment in comments:
        article.add(comment)
    return article


def _thread_start(units: list[Unit], first: Comment) -> int:
    """The unit where a thread read from raw HTML starts: its first comment's text, or its header."""
    opening = " ".join(first.text.split())[:40]
    name = first.author.name if first.author else None
    for i, unit in enumerate(units):
        text = " ".join(unit.text.split())
        if opening and opening in text:
            start = i
            while start > 0 and i - start < 4 and len(units[start - 1].text) <= 80:
                if name and name in units[start - 1].text:
                    return start - 1
                start -= 1
            return i
    return len(units)


def _marked_code(units: list[Unit]) -> list[Unit]:
    """Indented code blocks that open with a list marker are list items a converter over-indented.

    html2text writes a reply's marker line indented by its depth but the reply's
    text flush left, so Markdown sees the marker line as indented code.
    """
    out: list[Unit] = []
    for unit in units:
        marker = _MARKER.match(unit.text.lstrip(" ")) if unit.kind == "code" else None
        if marker is None:
            out.append(unit)
            continue
        first, _, rest = unit.text.lstrip(" ").partition("\n")
        avatar = not _IMAGES.sub("", first[marker.end() :]).strip()  # a new comment's avatar
        above = out[-1] if out and out[-1].item != -1 else None
        if not avatar and above is not None and _header_pieces(unit.text, unit.line, above, out):
            continue
        item = Unit("p", "", line=unit.line, depth=1, start=True, column=unit.column)
        item.ordered = first[0].isdigit()
        inline_unit(item, first[marker.end() :])
        item.item = -2 - len(out)  # an item of its own: the builder nests it by column
        out.append(item)
        if rest.strip() and not _header_pieces(rest, unit.line + 1, item, out):
            out.append(Unit("p", rest, line=unit.line + 1, column=unit.column))
    return out


_IMAGES = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")


def _header_pieces(text: str, first_line: int, above: Unit, out: list[Unit]) -> bool:
    """Marker lines of a code block right after a list item: the item's header pieces
    (html2text indents them less than the item's text column). Appends them to ``out``
    as lines of that item; False (and nothing appended) for any other code."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    markers = [_MARKER.match(line) for line in lines]
    if len(lines) < 2 or not all(markers):
        return False
    for offset, (line, marker) in enumerate(zip(lines, markers, strict=True)):
        assert marker is not None
        piece = Unit("p", "", line=first_line + offset, column=above.column, depth=above.depth)
        piece.item, piece.parent_item, piece.list_key = (
            above.item,
            above.parent_item,
            above.list_key,
        )
        inline_unit(piece, line[marker.end() :])
        out.append(piece)
    return True


def read_markdown(source: str | bytes, url: str | None) -> Article:
    """Parse a Markdown document into an Article (without quote annotation)."""
    text = _text_of(source, url)
    meta, rest, lines = split_front_matter(text, url)
    tokens: list[Any] = []
    return _article(markdown_units(rest, lines + 1, url, tokens), meta, url, tokens)


def read_text(source: str | bytes, url: str | None) -> Article:
    """Parse a plain-text rendering of a page into an Article (without quote annotation)."""
    text = _text_of(source, url)
    return _article(text_units(text), None, url)
