"""Write an Article as Markdown that people read and ``from_markdown`` reads back without loss.

Every piece of text is escaped so that no character of it can start Markdown
structure: inline delimiters are backslash-escaped everywhere, block markers
at the start of a line, and whitespace that Markdown would trim or newlines it
would not keep become character references. Comments nest as list items up to
:data:`MAX_NESTING` levels; a deeper reply starts a new top-level item that
names its parent (``↳ continues #id``), so the format never depends on depth.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsthread._checks import check_datetimes
from newsthread._validate import url_problem
from newsthread.markdown._comments import SECTION_ANCHOR
from newsthread.markdown._frontmatter import dump_front_matter
from newsthread.model import (
    Article,
    Block,
    BlockQuote,
    Caption,
    Comment,
    CommentStatus,
    Heading,
    Link,
    ListItem,
)

__all__ = ["MAX_NESTING", "to_markdown"]

#: Reply levels written as nested list items before a reply starts a new top-level item.
MAX_NESTING = 6

_INLINE = frozenset("\\`*_[]<~|")
_ENTITY_LIKE = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_ORDERED = re.compile(r"\d{1,9}[.)]")
_UNSAFE_URL = re.compile(r"^\s*(?:javascript|vbscript|file|data):", re.IGNORECASE)
_LINE_START = frozenset("#>+-=")


def _unsafe(url: str) -> bool:
    """A URL not written: one no document may hold (newsthread._validate), or a file: URL."""
    return url_problem(url) is not None or _UNSAFE_URL.match(url) is not None


def _ref(char: str) -> str:
    return f"&#{ord(char)};"


def escape(
    text: str, links: Sequence[Link] = (), *, hard: bool = True, extra: frozenset[str] = frozenset()
) -> str:
    """Markdown source whose inline parse gives back ``text`` with these links.

    Newlines become hard breaks (a backslash at the end of the line) when
    ``hard`` is true, otherwise character references; the caller indents the
    continuation lines. A trailing newline is always a character reference.
    """
    starts: dict[int, Link] = {}
    ends: dict[int, Link] = {}
    empties: dict[int, list[Link]] = {}
    last = -1
    for link in sorted(links, key=lambda k: (k.start, k.end)):
        if link.start < last or link.start > link.end or link.end > len(text) or link.start < 0:
            continue  # overlapping or out of range: Markdown cannot nest links
        if _unsafe(link.url):
            continue
        if link.start == link.end:
            empties.setdefault(link.start, []).append(link)
            continue
        if link.start in starts:
            continue
        starts[link.start] = link
        ends[link.end] = link
        last = link.end
    out: list[str] = []
    at_line_start = True
    force: int = -1  # index of the '.' or ')' after a leading number
    n = len(text)
    for i, char in enumerate(text):
        if i in ends:
            out.append(f"]({_destination(ends[i].url)})")
            at_line_start = False
        for link in empties.get(i, ()):
            out.append(f"[]({_destination(link.url)})")
            at_line_start = False
        if i in starts:
            out.append("[")
            at_line_start = False
        if char == "\n":
            if hard and i != n - 1:
                out.append("\\\n")
                at_line_start = True
            else:
                out.append("&#10;")
            continue
        if at_line_start:
            at_line_start = False
            if char.isspace():
                out.append(_ref(char))
                continue
            if char in _LINE_START:
                out.append("\\" + char)
                continue
            if char.isdigit():
                match = _ORDERED.match(text, i)
                if match is not None:
                    force = match.end() - 1
        if i == force or char in _INLINE or char in extra:
            out.append("\\" + char)
        elif char == "&" and _ENTITY_LIKE.match(text, i):
            out.append("\\&")
        elif char == "\r":
            out.append("&#13;")
        elif char.isspace() and (i == n - 1 or text[i + 1] == "\n"):
            out.append(_ref(char))
        elif char == "!" and ((i + 1) in starts or (i + 1) in empties):
            out.append("\\!")
        else:
            out.append(char)
    if n in ends:
        out.append(f"]({_destination(ends[n].url)})")
    for link in empties.get(n, ()):
        out.append(f"[]({_destination(link.url)})")
    return "".join(out)


def _destination(url: str) -> str:
    # Inside <...> a backslash escapes punctuation; line breaks cannot appear at all.
    url = re.sub(r"[\x00-\x1f]", lambda m: f"%{ord(m.group()):02X}", url)
    return "<" + re.sub(r"([<>\\&])", r"\\\1", url) + ">"


def _indent(source: str, prefix: str) -> str:
    return source.replace("\n", "\n" + prefix)


def _paragraphs(text: str) -> list[str]:
    """Split text into Markdown paragraphs that join back with a blank line into ``text``."""
    if not text:
        return []
    chunks = text.split("\n\n")
    if all(chunks):
        return chunks
    return [text]


def _block(block: Block) -> str | None:
    if isinstance(block, Heading):
        level = min(6, max(1, block.level))
        source = escape(block.text, block.links, hard=False, extra=frozenset("#"))
        return f"{'#' * level} {source}".rstrip(" ") if source else "#" * level
    if isinstance(block, BlockQuote):
        parts = [
            escape(p, _shift(block.links, block.text, p, off))
            for p, off in _split(block.text, block.links)
        ]
        if not parts:
            return None
        return "\n>\n".join("> " + _indent(p, "> ") for p in parts)
    if isinstance(block, Caption):
        source = escape(block.text, block.links)
        return "*Caption:* " + source if source else "*Caption:*"
    return escape(block.text, block.links) or None


def _split(text: str, links: Sequence[Link]) -> list[tuple[str, int]]:
    """Paragraphs of a block quote with their offsets in its text (one if a link spans two)."""
    out: list[tuple[str, int]] = []
    offset = 0
    for part in _paragraphs(text):
        out.append((part, offset))
        offset += len(part) + 2
    for link in links:
        if not any(o <= link.start and link.end <= o + len(p) for p, o in out):
            return [(text, 0)]
    return out


def _shift(links: Sequence[Link], text: str, part: str, offset: int) -> list[Link]:
    end = offset + len(part)
    return [
        Link(k.start - offset, k.end - offset, k.url)
        for k in links
        if offset <= k.start and k.end <= end
    ]


def _body(article: Article) -> list[str]:
    out: list[str] = []
    lists: list[int] = []  # content column of each open list item
    for block in article.body:
        if isinstance(block, ListItem):
            depth = min(max(0, block.indent), len(lists))
            del lists[depth:]
            column = lists[-1] if lists else 0
            marker = "1. " if block.ordered else "- "
            pad = " " * column
            inner = " " * (column + len(marker))
            # An empty item is written with an HTML comment: a bare marker followed by a
            # blank line would end the item and un-nest the items below it.
            text = escape(block.text, block.links) or "<!-- -->"
            out.append((pad + marker + _indent(text, inner)).rstrip(" "))
            lists.append(column + len(marker))
            continue
        lists.clear()
        source = _block(block)
        if source is not None:
            out.append(source)
    return out


def _header(comment: Comment, continues: str | None) -> str:
    parts: list[str] = []
    author = comment.author
    if author is not None and author.name:
        name = "**" + escape(author.name, hard=False) + "**"
        if author.url is not None and not _unsafe(author.url):
            name = f"[{name}]({_destination(author.url)})"
        parts.append(name)
    if comment.published is not None:
        parts.append(comment.published.isoformat())
    if comment.status is not CommentStatus.PUBLISHED:
        parts.append(comment.status.value)
    if comment.more_count is not None:
        parts.append(f"{comment.more_count} more")
    if comment.score is not None:
        parts.append(f"score {comment.score}")
    if comment.in_reply_to is not None:
        parts.append(_reference("in reply to", comment.in_reply_to))
    if continues is not None:
        parts.append(_reference("↳ continues", continues))
    if comment.url is not None and not _unsafe(comment.url):
        parts.append(f"[permalink]({_destination(comment.url)})")
    anchor = f'<a id="{_attribute(comment.id)}"></a>'
    return anchor + (" " + " · ".join(parts) if parts else "")


def _reference(label: str, target: str) -> str:
    return f"{label} [#{escape(target, hard=False)}]({_destination('#' + target)})"


def _attribute(value: str) -> str:
    out = []
    for char in value:
        if char in '&"<>' or not char.isprintable() or char.isspace():
            out.append(_ref(char))
        else:
            out.append(char)
    return "".join(out)


def _comments(article: Article) -> list[str]:
    """The comment list: depth-first, nested up to MAX_NESTING, deeper replies restarted."""
    out: list[str] = []
    # Segments: (root comment, the id it continues or None); a stack keeps document order.
    segments: list[tuple[Comment, str | None]] = [(c, None) for c in reversed(article.comments)]
    while segments:
        root, continues = segments.pop()
        deferred: list[tuple[Comment, str | None]] = []
        stack: list[tuple[Comment, int]] = [(root, 0)]
        while stack:
            comment, level = stack.pop()
            pad = "  " * level
            inner = pad + "  "
            lines = [_header(comment, continues if comment is root else None)]
            lines.extend(escape(p) for p in _paragraphs(comment.text))
            out.append(pad + "- " + ("\n\n" + inner).join(_indent(x, inner) for x in lines))
            replies = comment.replies
            if level + 1 < MAX_NESTING:
                stack.extend((r, level + 1) for r in reversed(replies))
            else:
                deferred.extend((r, comment.id) for r in replies)
        segments.extend(reversed(deferred))
    return out


def to_markdown(article: Article) -> str:
    """The Markdown form of ``article``: front matter, body, then the thread under ``## Comments``.

    Carries the article metadata, the body blocks with their links, and every
    comment with its id, author, date, permalink, status, counts and text; see
    ``docs/markdown.md`` for the format and what it leaves out. A datetime
    with an impossible UTC offset raises :class:`~newsthread.errors.DocumentError`.
    """
    check_datetimes(article)
    pieces = [dump_front_matter(article)]
    blocks = _body(article)
    comments = _comments(article) if article.comments else []
    if comments or article.declared_comment_count is not None:
        count = article.declared_comment_count
        title = f"{count} Comments" if count is not None else "Comments"
        blocks.append(f'## {title} <a id="{SECTION_ANCHOR}"></a>')
        blocks.extend(comments)
    return pieces[0] + "\n\n".join(blocks) + ("\n" if blocks else "")
