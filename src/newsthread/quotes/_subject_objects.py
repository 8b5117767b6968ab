# ruff: noqa: RUF001
"""Objects the subject walk takes for the subject when it stops at a preposition: a
document's recipient ("Ann Vale's letter to the council said": the letter, or the sender of
"a letter from Ann Vale to the council") and the object that closes an opening phrase ("In
an interview with the Dover Times, her adviser, Tom Reed, said": Tom Reed); and the source
behind a document after "according to" ("according to a statement from Dover Council")."""

from __future__ import annotations

import re

from newsthread.quotes._speakers import DOCUMENT_HEADS

__all__ = ["document_source", "document_subject", "subject_after_opener"]

_HEADS = "|".join(sorted(DOCUMENT_HEADS, key=lambda w: (-len(w), w)))

#: A document noun phrase (a determiner or an owner, at most two modifiers, the head), the
#: sender after "from" if any, then "to"/"for" and the recipient the walk found.
_DOCUMENT_TO_RE = re.compile(
    r"(?:^|(?<=[\s(\u0001]))(?P<doc>(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his)\s+"
    r"|(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w.\-]*(?:’s|'s|s’|s')\s+)"
    r"(?:[\w\-]+\s+){0,2}(?:" + _HEADS + r"))"
    r"(?:\s+from\s+(?P<sender>(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*))?"
    r"\s+(?:to|for)\s+$"
)

#: Words that make the document an adverbial, not the subject ("In a letter to …").
_ADVERBIAL = frozenset(["in", "on", "at", "with", "by", "via", "through", "from", "according"])


def document_subject(text: str, start: int, floor: int) -> tuple[str, int] | None:
    """The document (or its named sender) whose recipient starts at ``start``, as the
    subject phrase and its start; None when no document and "to"/"for" stand before it."""
    if start - 4 < floor or text[start - 4 : start] not in (" to ", "for "):
        return None
    m = _DOCUMENT_TO_RE.search(text, max(floor, start - 120), start)
    if m is None:
        return None
    before = text[max(floor, m.start() - 12) : m.start()].split()
    if before and before[-1].islower() and before[-1] not in ("and", "but"):
        return None  # "sent a letter to residents saying": an object, its sender speaks
    if before and before[-1].lower() in _ADVERBIAL:
        return None  # "In a statement to the paper, Vale said": the document is no subject
    if m.group("sender"):
        return m.group("sender"), m.start("sender")
    return m.group("doc"), m.start("doc")


#: "the Dover Times, her adviser, Tom Reed": the object, an apposition that opens with a
#: determiner, and the name it describes.
_OPENER_OBJECT_RE = re.compile(
    r"[^,]+,\s+(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?)\s+[^,A-Z]{2,60},\s+"
    r"(?P<name>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){1,3})$"
)

#: Prepositions an opening phrase's object follows ("In an interview with …").
_OPENER_PREPOSITIONS = frozenset(["to", "with", "for", "by", "from", "of", "on", "at", "in"])


def subject_after_opener(text: str, phrase: str, start: int, floor: int) -> tuple[str, int] | None:
    """The name at the end of ``phrase`` (at ``start``) when the phrase opens with the object
    of a preposition, then an apposition and a name ("… with the Dover Times, her adviser,
    Tom Reed"): the object belongs to the opening phrase, the name is the subject."""
    if phrase.count(",") != 2:
        return None
    before = text[max(floor, start - 8) : start].split()
    if not before or before[-1].lower() not in _OPENER_PREPOSITIONS:
        return None
    m = _OPENER_OBJECT_RE.fullmatch(phrase)
    if m is None:
        return None
    return m.group("name"), start + m.start("name")


#: "a statement from", "a new report released by", "an email sent from": a document and
#: the preposition before its source, at the start of an "according to" phrase.
_DOCUMENT_FROM_RE = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[\w\-]+\s+){0,2}(?:" + _HEADS + r")"
    r"(?:\s+(?:released|issued|sent|published|posted))?\s+(?:from|by)\s+(?=[A-Za-z])"
)


#: A participle that ends the source ("from Dover University broadcast on …", "by the Pew
#: Research Center based on census data").
_PARTICIPLE_RE = re.compile(r"\s(?:[a-z]{3,}ed|broadcast)\s")


def document_source(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the source of a document phrase between ``start`` and ``end`` ("according
    to a statement from Dover Council": "Dover Council"); the whole span when the phrase
    names no document."""
    m = _DOCUMENT_FROM_RE.match(text, start, end)
    if m is None:
        return start, end
    cut = _PARTICIPLE_RE.search(text, m.end(), end)
    return m.end(), cut.start() if cut is not None else end
