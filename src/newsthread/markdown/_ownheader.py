"""The header line of a comment that newsthread wrote, and the anchors it writes.

``<a id="ID"></a> **Name** · 2024-06-03T10:15:00+00:00 · deleted · 3 more ·
score 5 · in reply to [#p](#p) · [permalink](url)``: read back exactly, from
markdown-it-py's inline tokens.
"""

from __future__ import annotations

import contextlib
import html
import re
from datetime import datetime
from typing import Any

import attrs

from newsthread.markdown._units import Unit
from newsthread.model import Author, CommentStatus

__all__ = ["Own", "anchor_id", "own_header"]

_ANCHOR = re.compile(r'^<a\s+id="([^"]*)"\s*>$')
_ISO = re.compile(r"^[+-]?\d{4,}-\d\d-\d\d(?:[T ][0-9:.,+\-Z]*)?$")
_STATUS = {s.value: s for s in CommentStatus if s is not CommentStatus.PUBLISHED}
_MORE = re.compile(r"^(\d+) more$")
_SCORE = re.compile(r"^score (-?\d+)$")


@attrs.define(slots=True)
class Own:
    """The header line of a comment written by newsthread."""

    id: str
    author: Author | None = None
    published: datetime | None = None
    url: str | None = None
    status: CommentStatus = CommentStatus.PUBLISHED
    more_count: int | None = None
    score: int | None = None
    in_reply_to: str | None = None
    continues: str | None = None


def own_header(unit: Unit) -> Own | None:
    """Parse ``<a id="ID"></a> **Name** · date · … · [permalink](url)`` from inline tokens."""
    tokens = unit.inline
    if not tokens or unit.anchor is None:
        return None
    own = Own(unit.anchor)
    plain: list[str] = []
    i = 0
    n = len(tokens)
    # skip the anchor and its closing tag
    while i < n and tokens[i].type == "html_inline":
        i += 1
    while i < n:
        tok = tokens[i]
        if tok.type == "strong_open":
            j = i + 1
            name: list[str] = []
            while j < n and tokens[j].type != "strong_close":
                name.append(_inline_text(tokens[j]))
                j += 1
            own.author = Author("".join(name))
            i = j + 1
            continue
        if tok.type == "link_open":
            href = str(tok.attrs.get("href", ""))
            j = i + 1
            inner: list[str] = []
            strong = False
            while j < n and tokens[j].type != "link_close":
                if tokens[j].type == "strong_open":
                    strong = True
                inner.append(_inline_text(tokens[j]))
                j += 1
            label = "".join(inner)
            before = "".join(plain).rstrip()
            if strong:
                own.author = Author(label, href)
            elif label.startswith("#") and before.endswith("in reply to"):
                own.in_reply_to = label[1:]
            elif label.startswith("#") and before.endswith("continues"):
                own.continues = label[1:]
            else:
                own.url = href
            plain.append(" · ")
            i = j + 1
            continue
        plain.append(_inline_text(tok))
        i += 1
    for piece in "".join(plain).split("·"):
        piece = piece.strip()
        if not piece or piece in {"in reply to", "continues", "↳ continues"}:
            continue
        if piece in _STATUS:
            own.status = _STATUS[piece]
        elif (more := _MORE.match(piece)) is not None:
            own.more_count = int(more.group(1))
        elif (score := _SCORE.match(piece)) is not None:
            own.score = int(score.group(1))
        elif _ISO.match(piece):
            with contextlib.suppress(ValueError):
                own.published = datetime.fromisoformat(piece)
        else:
            # text newsthread never writes in a header: a converter kept an <a id> in a
            # paragraph of comment text ('<a id="c-2"></a> A comment'), which is no header
            return None
    return own


def _inline_text(tok: Any) -> str:
    if tok.type in {"text", "code_inline"}:
        return str(tok.content)
    if tok.type in {"softbreak"}:
        return " "
    if tok.type == "hardbreak":
        return "\n"
    return ""


def anchor_id(html_tag: str) -> str | None:
    """The id of an ``<a id="...">`` tag as newsthread writes it."""
    match = _ANCHOR.match(html_tag)
    if match is None:
        return None
    value = match.group(1)
    if "&#" in value:  # newsthread writes numeric references; decode them exactly (even U+2FFFE)
        value = _NUMERIC_REF.sub(_from_ref, value)
    return html.unescape(value) if "&" in value else value


_NUMERIC_REF = re.compile(r"&#(\d{1,7});")


def _from_ref(match: re.Match[str]) -> str:
    code = int(match.group(1))
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF or code == 0x26:
        return match.group(0)
    return chr(code)
