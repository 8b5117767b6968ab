# ruff: noqa: RUF002
"""Threads whose posts are signed after their text (question-and-answer sites, some forums).

Each post is its text, then chrome (share and edit links), then a signature: a verb and a
date on one line ("answered Oct 23, 2008 at 22:48", "asked …", "posted …") and the poster's
card (a link to a profile; an avatar link to the same profile may come first). An "edited
<date>" line and the card after it name the editor, not the author. Comments on a post follow
its signature, each its text, then a dash and the commenter's profile link ("– [Ann](/users/1)"),
then the date, on the text's line or the next one.

The first signed post is the page's own (the question, the opening post): it stays the
article's body and its comments are top-level; every later post is a top-level comment with
the comments on it as replies. Lines that most posts repeat word for word ("Share", "Improve
this answer", "This answer is useful") are chrome, as are vote counts.
"""

from __future__ import annotations

import re
from datetime import datetime
from itertools import pairwise

import attrs

from newsthread.markdown._chrome import is_counter
from newsthread.markdown._commentdates import is_time, parse_date
from newsthread.markdown._comments import is_boilerplate
from newsthread.markdown._headers import profile_link, relative_time
from newsthread.markdown._units import Unit
from newsthread.model import Author, Comment, Link

__all__ = ["SignedThread", "signed_thread"]

# "answered Oct 23, 2008 at 22:48": one word, then a date (the word is checked by its shape only)
_VERB_DATE = re.compile(r"^(?P<verb>[^\W\d_]{3,20})\s+(?P<when>\S.{3,58})$")
# verbs that name an edit: the card after them is the editor's
_EDIT = {
    "edited",
    "updated",
    "modified",
    "revised",
    "bearbeitet",
    "geändert",
    "aktualisiert",
    "modifié",
    "editado",
    "modificato",
    "bewerkt",
    "изменено",
}
_DASH = "\u2013\u2014-"
#: Most units a comment's text may take before its signature; most a card may sit below its line.
_COMMENT_UNITS = 8
_CARD_UNITS = 3
_SHORT = 160
_COUNT_HEADING = re.compile(r"^\d[\d,.]*\s+[^\W\d_]+(?:\s+\d[\d,.]*)?$")
_NUMBER = re.compile(r"^[+\-\u2212]?\d{1,9}$")


@attrs.define(slots=True)
class SignedThread:
    """Comments read from the signed-post layout, and where the page's own post ends."""

    cut: int  #: units before this index are the article's body
    comments: list[Comment]


def _verb_date(unit: Unit) -> tuple[str, str] | None:
    """``(verb, date text)`` of a "verb date" line."""
    text = unit.text.strip()
    if unit.kind != "p" or len(text) > 80 or "\n" in text:
        return None
    match = _VERB_DATE.match(text)
    if match is None or not is_time(match.group("when")):
        return None
    return match.group("verb").lower(), match.group("when")


def _card(units: list[Unit], at: int) -> tuple[Author, int] | None:
    """The poster's card in the units after a signature line: the last of the units right
    after it that link to one profile (an avatar, then the name), and its index."""
    url: str | None = None
    found: tuple[Author, int] | None = None
    for index in range(at + 1, min(len(units), at + 1 + _CARD_UNITS)):
        unit = units[index]
        link = next((k for k in unit.links if profile_link(k.url)), None)
        if link is None or (url is not None and link.url != url):
            break
        url = link.url
        name = unit.text[link.start : link.end].strip()
        if name:
            found = Author(name, link.url), index
    if found is None:
        return None
    author, index = found
    while index + 1 < len(units) and _reputation(units[index + 1]):
        index += 1  # reputation and badge counts under the name
    return author, index


def _reputation(unit: Unit) -> bool:
    text = unit.text.strip()
    if unit.kind != "p" or not 0 < len(text) <= _SHORT or "\n" in text:
        return False
    return text[0].isdigit() and _NUMBER.match(text) is None  # a bare number is a vote count


def _dash_sign(unit: Unit) -> tuple[str, Link] | None:
    """The text before a "– [Name](profile)" signature in ``unit``, and the profile link."""
    if unit.kind != "p":
        return None
    for link in unit.links:
        if not profile_link(link.url):
            continue
        before = unit.text[: link.start].rstrip(" \u00a0")
        if not before or before[-1] not in _DASH:
            continue
        text = before[:-1]
        if text and not text[-1].isspace():
            continue
        if len(unit.text) - link.end > 60:
            continue  # more text after the name: a dash in a sentence
        return text.strip(), link
    return None


def _date_after(unit: Unit, link: Link) -> tuple[datetime | None, str | None, str | None]:
    """(published, relative time, permalink) written after the signature link in ``unit``."""
    rest = unit.text[link.end :].strip()
    if not rest:
        return None, None, None
    later = next((k for k in unit.links if k.start >= link.end), None)
    url = later.url if later is not None else None
    when = parse_date(rest)
    return when, None if when else relative_time(rest), url


def _chrome_lines(units: list[Unit], signs: list[int]) -> set[str]:
    """Short lines that most stretches between two signatures repeat word for word."""
    counts: dict[str, int] = {}
    bounds = [0, *signs, len(units)]
    for start, end in pairwise(bounds):
        seen = {
            u.text.strip()
            for u in units[start:end]
            if u.kind in {"p", "h"} and 0 < len(u.text.strip()) <= _SHORT
        }
        for text in seen:
            counts[text] = counts.get(text, 0) + 1
    need = max(2, (len(bounds) - 1) // 2)
    return {text for text, n in counts.items() if n >= need}


def _tail_start(units: list[Unit], sign: int, floor: int, chrome: set[str]) -> int:
    """Where the chrome between a post's text and its signature line begins."""
    index = sign
    while index > floor:
        unit = units[index - 1]
        text = unit.text.strip()
        if unit.kind in {"hr", "html"} or not text:
            index -= 1
            continue
        if unit.kind != "p" or "\n" in text or len(text) > _SHORT:
            break
        card = index - 2 >= floor and any(profile_link(k.url) for k in units[index - 2].links)
        card = card and _reputation(unit)
        if not (
            text in chrome
            or is_boilerplate(text)
            or is_counter(text)
            or _verb_date(unit) is not None
            or any(profile_link(k.url) for k in unit.links)
            or card  # reputation and badge counts under a card
        ):
            break
        index -= 1
    return index


def _text(units: list[Unit], chrome: set[str]) -> tuple[str, int | None]:
    """The text of a post's or comment's units without chrome lines, and a vote count that
    opens them (the score)."""
    parts: list[str] = []
    score: int | None = None
    for unit in units:
        if unit.kind not in {"p", "h", "code"}:
            continue
        text = unit.text.strip()
        if unit.kind == "h" and not parts and _COUNT_HEADING.match(text):
            continue  # "2 Answers" above the first answer
        if unit.kind == "p" and (is_counter(text) or _NUMBER.match(text)):
            if not parts and score is None and _NUMBER.match(text):
                score = int(text.replace("\u2212", "-"))
            continue
        if not text or text in chrome or is_boilerplate(text):
            continue
        parts.append(text)
    return "\n\n".join(parts), score


def _signatures(units: list[Unit]) -> list[tuple[int, Author, int]]:
    """(signature line, author, card index) of every post signature that a card follows."""
    out: list[tuple[int, Author, int]] = []
    for index, unit in enumerate(units):
        found = _verb_date(unit)
        if found is None or found[0] in _EDIT:
            continue
        card = _card(units, index)
        if card is not None:
            out.append((index, card[0], card[1]))
    return out


def signed_thread(units: list[Unit]) -> SignedThread | None:
    """The thread of a page laid out as signed posts, or None when the page is not one."""
    if not any(_dash_sign(u) for u in units if u.links):
        return None  # no comment signed with a dash and a profile link: not this layout
    signs = _signatures(units)
    if len(signs) < 2:
        return None
    at = [s for s, _, _ in signs]
    chrome = _chrome_lines(units, at)
    tails = [
        _tail_start(units, s, (signs[k - 1][2] + 1) if k else 0, chrome)
        for k, (s, _, _) in enumerate(signs)
    ]
    top: list[Comment] = []
    text_start = 0
    for k, (sign, author, card) in enumerate(signs):
        post: Comment | None = None
        if k:
            text, score = _text(units[text_start : tails[k]], chrome)
            when = _verb_date(units[sign])
            post = Comment(id="", text=text, author=author, score=score)
            if when is not None:
                post.published = parse_date(when[1])
            top.append(post)
        limit = tails[k + 1] if k + 1 < len(signs) else len(units)
        text_start = _comments(units, card + 1, limit, chrome, post, top)
    comments = [c for c in top if c.text or c.replies]
    if not comments:
        return None
    _number(comments)
    return SignedThread(tails[0], comments)


def _comments(
    units: list[Unit],
    start: int,
    limit: int,
    chrome: set[str],
    post: Comment | None,
    top: list[Comment],
) -> int:
    """Read the dash-signed comments from ``start`` on (replies of ``post``, else top-level);
    returns where they end."""
    pos = start
    while pos < limit:
        sign = next(
            (
                i
                for i in range(pos, min(limit, pos + _COMMENT_UNITS))
                if units[i].links and _dash_sign(units[i]) is not None
            ),
            None,
        )
        if sign is None:
            break
        found = _dash_sign(units[sign])
        assert found is not None
        before, link = found
        text, score = _text(units[pos:sign], chrome)
        if before:
            text = f"{text}\n\n{before}" if text else before
        name = units[sign].text[link.start : link.end].strip()
        comment = Comment(id="", text=text, author=Author(name, link.url), score=score)
        published, relative, url = _date_after(units[sign], link)
        pos = sign + 1
        if published is None and relative is None and pos < limit:
            line = units[pos]
            when = line.text.strip()
            if line.kind == "p" and len(when) <= 60 and is_time(when):
                published, relative = parse_date(when), relative_time(when)
                url = line.links[0].url if len(line.links) == 1 else None
                pos += 1
        comment.published, comment.url = published, url
        if relative is not None:
            comment.extra = {"date_text": relative}
        if post is not None:
            post.add(comment)
        else:
            top.append(comment)
    return pos


def _number(top: list[Comment]) -> None:
    """Ids: the fragment of a comment's permalink where no other comment shares it, else
    ``c1``, ``c2``, … in document order."""
    order: list[Comment] = []
    stack = list(reversed(top))
    while stack:
        comment = stack.pop()
        order.append(comment)
        stack.extend(reversed(comment.replies))
    fragments = [
        c.url.rsplit("#", 1)[1] if c.url and "#" in c.url and not c.url.endswith("#") else None
        for c in order
    ]
    counts: dict[str, int] = {}
    for fragment in fragments:
        if fragment:
            counts[fragment] = counts.get(fragment, 0) + 1
    taken = {f for f in fragments if f and counts[f] == 1}
    number = 0
    for comment, fragment in zip(order, fragments, strict=True):
        if fragment and counts[fragment] == 1:
            comment.id = fragment
            continue
        number += 1
        while f"c{number}" in taken:
            number += 1
        comment.id = f"c{number}"
