# ruff: noqa: RUF001
"""Quoted words that are no statement: titles ("Good Morning America") and spans without a
letter (ids, dates)."""

from __future__ import annotations

import re

HAS_LETTER_RE = re.compile(r"[^\W\d_]")


#: Small words a title leaves in lower case ("State of the Union").
TITLE_SMALL = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "vs", "vs.", "with"]
)  # fmt: skip


_TITLE_WORD_RE = re.compile(r"[^\s—–]+")


#: "CBS's “Face the Nation,”" / "the movie “Star Wars”": a title has its owner before it.
TITLE_OWNER_RE = re.compile(r"(?:[’']s|\bthe\s+[a-z]+|\bon|\bin|\bwith|\btold)\s*$")


#: ``“Met accused of whitewashing baby Jesus,” by Post's Ann Lee``: a headline and its author.
BYLINE_AFTER_RE = re.compile(r"[\s,]*by\s+(?:the\s+)?[A-Z]")


def is_title(inner: str) -> bool:
    """Title Case words ("Good Morning America", "Bridge Over Troubled Water."): a name of a
    work, show or slogan; an exclamation ("Lock Her Up!") or a question is speech."""
    body = inner.strip(" .,;:’'\"”")
    if not body or body[-1] in "!?":
        return False
    words = _TITLE_WORD_RE.findall(body)
    if not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_SMALL for w in words)
