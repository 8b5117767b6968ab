"""MediaWiki talk pages: comments marked by DiscussionTools, threaded by ``dl``/``dd`` indentation.

A talk page's comments are runs of text between two markers, not elements: DiscussionTools
puts ``<span data-mw-comment-start id="c-Ann-20240502093000-Topic">`` before a comment and
``<span data-mw-comment-end="c-…">`` after its signature. The id names the author and the
UTC time the signature shows, and a reply's id ends with its parent's author and time
(``c-Bob-20240502101000-Ann-20240502093000``): the tree comes from the ids, the text from the
run between the markers up to the signature's link to the author's user page.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from urllib.parse import unquote

from selectolax.lexbor import LexborNode

from newsthread.html._comments.selectors import BLOCK_TAGS, SKIP_TEXT_TAGS
from newsthread.html._comments.state import absolute
from newsthread.model import Author, Comment

__all__ = ["talk_comments"]

#: ``c-Ann_Lee-20240502093000-…``: the author (underscores for spaces) and the signature's time.
_ID = re.compile(r"^c-(.+?)-(\d{14})(?:-(.*))?$")
#: The parent named at the end of a reply's id: ``Ann-20240502093000``.
_PARENT = re.compile(r"^(.+?)-(\d{14})(?:-\d+)?$")
#: The interface DiscussionTools adds inside a comment: "[reply]", the time's permalink wrapper
#: is kept (its text is the signature's, cut with it).
_CHROME = re.compile(r"ext-discussiontools-init-(?:replylink|section)")
#: Nodes read per comment at most (a runaway range on a broken page stops there).
_MAX_NODES = 5000
_BLANKS = re.compile(r"\n\s*\n\s*")
_START = "[data-mw-comment-start]"


def talk_comments(markers: list[LexborNode], base: str | None) -> list[Comment]:
    """The comment tree of a talk page from its DiscussionTools start markers, in page order."""
    found: list[tuple[str, Author, datetime | None, str, tuple[str, str] | None]] = []
    index: dict[tuple[str, str], int] = {}
    for marker in markers:
        ident = marker.attributes.get("id") or ""
        m = _ID.match(ident)
        if m is None:
            continue  # a heading's marker (``h-…``)
        name, stamp, rest = m.group(1), m.group(2), m.group(3) or ""
        author_name = unquote(name).replace("_", " ")
        text, profile = _text_between(marker, ident, author_name)
        try:
            published: datetime | None = datetime.strptime(stamp, "%Y%m%d%H%M%S").replace(
                tzinfo=UTC
            )
        except ValueError:
            published = None
        up = _PARENT.match(rest)
        index.setdefault((name, stamp), len(found))
        author = Author(name=author_name, url=absolute(profile, base))
        found.append((ident, author, published, text, (up.group(1), up.group(2)) if up else None))
    parent_of: list[int | None] = []
    for at, (*_, key) in enumerate(found):
        parent = index.get(key) if key is not None else None
        # Parents come first in the page; anything else would make a loop.
        parent_of.append(parent if parent is not None and parent < at else None)
    children: dict[int, list[int]] = {}
    for at, parent in enumerate(parent_of):
        if parent is not None:
            children.setdefault(parent, []).append(at)
    built: dict[int, Comment] = {}
    for at in range(len(found) - 1, -1, -1):  # replies come after their parents: build them first
        ident, author, published, text, _ = found[at]
        built[at] = Comment(
            id=ident,
            author=author,
            published=published,
            text=text,
            replies=[built[c] for c in children.get(at, [])],
        )
    return [built[at] for at, parent in enumerate(parent_of) if parent is None]


def _text_between(marker: LexborNode, ident: str, name: str) -> tuple[str, str | None]:
    """The words from the start marker to its end marker, cut before the signature (the last
    link to the author's page), with paragraphs as blank lines; and that link's address."""
    parts: list[str] = []
    size = 0
    cut: int | None = None
    profile: str | None = None
    wanted = name.replace(" ", "_")
    node: LexborNode | None = _after(marker, into=False)
    for _ in range(_MAX_NODES):
        if node is None:
            break
        if node.is_element_node:
            a = node.attributes
            if a.get("data-mw-comment-end") == ident or "data-mw-comment-start" in a:
                # (its end, or the next comment's start where the end is missing: a comment
                # never takes the words of the ones after it, and each node is read once)
                break
            cls = a.get("class") or ""
            if node.tag in SKIP_TEXT_TAGS or (cls and _CHROME.search(cls)):
                if node.css_first(_START) is not None:
                    break  # the next comment starts inside what is skipped
                node = _after(node, into=False)
                continue
            # The signature's first link to the author's pages: "Ann (talk)" is two links a few
            # characters apart; a later mention starts a new run.
            if (
                node.tag == "a"
                and wanted in unquote(a.get("href") or "").replace(" ", "_")
                and (cut is None or size - cut > len(name) + 12)
            ):
                cut, profile = size, a.get("href")
            if node.tag in BLOCK_TAGS or node.tag == "br":
                piece = "\n" if node.tag == "br" else "\n\n"
                parts.append(piece)
                size += len(piece)
        elif node.is_text_node:
            value = node.text_content or ""
            parts.append(value)
            size += len(value)
        node = _after(node, into=True)
    text = "".join(parts)
    if cut is not None:
        text = text[:cut]
    text = _BLANKS.sub("\n\n", text)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = "\n".join(lines).strip()
    return text.rstrip(" \u2014\u2013-~"), profile


def _after(node: LexborNode, *, into: bool) -> LexborNode | None:
    """The next node in document order: the first child (``into``), else the next sibling of the
    node or of its nearest ancestor that has one."""
    if into:
        child = node.child
        if child is not None:
            return child
    cur: LexborNode | None = node
    while cur is not None:
        nxt = cur.next
        if nxt is not None:
            return nxt
        cur = cur.parent
    return None
