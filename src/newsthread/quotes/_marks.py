# ruff: noqa: RUF001, RUF002, RUF003
"""Quote-mark pairing in one paragraph, in linear time.

Double marks (curly, straight, guillemets, low-9, and the doubled apostrophes and
backticks of wire copy: ``''…''``, ````…''``, ``‘‘…’’``) pair with a small state machine;
British single quotes pair afterwards, outside the double-quoted spans, telling
quote marks from apostrophes by the letters around them. A double quote left
open at the end of the paragraph is reported as ``closed=False`` (a multi-paragraph
quote continues into the next paragraph when that one opens with a quote mark).
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["OPENERS", "MarkSpan", "pair_marks"]

#: Characters that may open a quotation.
OPENERS = '“„«"‘‚‹'
_DOUBLE_MARKS = '“”„«»"'
_DOUBLE_RE = re.compile(f"[{_DOUBLE_MARKS}]")
_WITH_WIDE_RE = re.compile("''|``|‘‘|’’|[“”„«»\"]")
#: What a two-character mark stands for: an opening curly mark, or a straight one (either side).
_WIDE_AS = {"``": "“", "‘‘": "“", "''": '"', "’’": '"'}
_SINGLE_RE = re.compile("[‘’]")
# a closing mark of another style is accepted: mixed marks are common in copy-edited text
_CLOSER_FOR = {"“": '”"', "„": '“”"', "«": "»", '"': '"”'}


class MarkSpan(NamedTuple):
    """``text[start:end]`` including the marks; ``closed`` is False for a quote left open.

    A named tuple: made for every quote of every paragraph, and built faster than a frozen
    attrs class."""

    start: int
    end: int
    closed: bool = True
    single: bool = False
    #: how many characters the opening and the closing mark take (2 for ``''`` and ``‘‘``)
    open_len: int = 1
    close_len: int = 1


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def pair_marks(text: str) -> list[MarkSpan]:
    """The quotation spans of one paragraph in document order (nested quotes stay inside)."""
    spans: list[MarkSpan] = []
    n = len(text)
    open_at = -1
    opener = ""
    open_len = 1
    wide = "''" in text or "``" in text or "‘‘" in text or "’’" in text
    # most paragraphs hold no double mark: six substring tests (in C, at memchr speed) cost
    # less than the pattern's scan, which tests every character against its set
    marks = (
        _WITH_WIDE_RE
        if wide
        else _DOUBLE_RE
        if any(map(text.__contains__, _DOUBLE_MARKS))
        else None
    )
    for m in marks.finditer(text) if marks is not None else ():
        i, j = m.span()
        ch = _WIDE_AS.get(m.group(), m.group())
        prev = text[i - 1] if i > 0 else " "
        nxt = text[j] if j < n else " "
        if open_at < 0:
            if ch in "“„«" or (ch == '"' and not _is_word(prev) and not nxt.isspace()):
                open_at, opener, open_len = i, ch, j - i
            elif (
                ch == "”" and not _is_word(prev) and (_is_word(nxt) or i == n - len(text.lstrip()))
            ):
                # a closing mark typed as an opener (”We will …, or opening the paragraph)
                open_at, opener, open_len = i, "“", 1
            continue
        if ch in _CLOSER_FOR[opener] and (ch != '"' or not prev.isspace() or not nxt.isalnum()):
            spans.append(MarkSpan(open_at, j, open_len=open_len, close_len=j - i))
            open_at = -1
        elif ch == "“" and opener == "“" and not prev.isspace() and not _is_word(nxt):
            # “unusual,“ said: an opening mark typed as the closer, after the words
            spans.append(MarkSpan(open_at, j))
            open_at = -1
        elif ch in "“„«" and not _is_word(prev) and not nxt.isspace():
            # a new opener while one is open: the first quote lost its closing mark
            spans.append(MarkSpan(open_at, i, closed=False, open_len=open_len))
            open_at, opener, open_len = i, ch, j - i
    if open_at >= 0:
        spans.append(MarkSpan(open_at, n, closed=False, open_len=open_len))
    if "‘" in text:
        spans = _merge(spans, _singles(text, spans))
    if not spans:
        return spans  # most paragraphs
    return [s for s in spans if _has_letters(text, s.start, s.end)]


_WORD_RE = re.compile(r"\w")


def _has_letters(text: str, start: int, end: int) -> bool:
    return _WORD_RE.search(text, start, end) is not None


def _singles(text: str, doubles: list[MarkSpan]) -> list[MarkSpan]:
    """British single quotes outside the double-quoted spans; unmatched openers are dropped."""
    out: list[MarkSpan] = []
    n = len(text)
    k = 0
    open_at = -1
    for m in _SINGLE_RE.finditer(text):
        i = m.start()
        while k < len(doubles) and doubles[k].end <= i:
            k += 1
        if k < len(doubles) and doubles[k].start <= i:
            continue
        ch = text[i]
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch == "‘":
            if not _is_word(prev) and not nxt.isspace() and not nxt.isdigit():
                open_at = i
        elif open_at >= 0 and not _is_word(nxt) and not prev.isspace():
            out.append(MarkSpan(open_at, i + 1, single=True))
            open_at = -1
    return out


def _merge(a: list[MarkSpan], b: list[MarkSpan]) -> list[MarkSpan]:
    if not b:
        return a
    return sorted([*a, *b], key=lambda s: s.start)


def quote_body(text: str, span: MarkSpan) -> tuple[int, int]:
    """The offsets of the quoted words without the marks (and surrounding spaces)."""
    s = span.start + span.open_len
    e = span.end - span.close_len if span.closed else span.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
