# ruff: noqa: RUF001
"""Objects the subject walk takes for the subject when it stops at a preposition: a
document's recipient ("Ann Vale's letter to the council said": the letter, or the sender of
"a letter from Ann Vale to the council") and the object that closes an opening phrase ("In
an interview with the Dover Times, her adviser, Tom Reed, said": Tom Reed); the source
behind a document after "according to" ("according to a statement from Dover Council") and
its author ("a letter written by Tom Reed", "The letter, signed by Tom Reed, said")."""

from __future__ import annotations

import re

from newsthread.quotes._speakers import DOCUMENT_HEADS

__all__ = [
    "authored_before",
    "authored_by",
    "document_source",
    "document_subject",
    "subject_after_opener",
]

_HEADS = "|".join(sorted(DOCUMENT_HEADS, key=lambda w: (-len(w), w)))

#: A document noun phrase (a determiner or an owner, at most two modifiers, the head), the
#: sender after "from" if any, then "to"/"for" and the recipient the walk found.
_DOCUMENT_TO_RE = re.compile(
    r"(?:^|(?<=[\s(\u0001]))(?P<doc>(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his)\s+"
    r"|(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w.\-]*(?:’s|'s|s’|s')\s+)"
    r"(?:[\w’'\-]+\s+){0,2}(?:" + _HEADS + r"))"
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
    if (
        before
        and before[-1].isalpha()
        and before[-1].islower()
        and before[-1] not in ("and", "but")
    ):
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
    if m is None or not _names_a_source(text[m.end() : end].split()[:2]):
        return start, end
    cut = _PARTICIPLE_RE.search(text, m.end(), end)
    return m.end(), cut.start() if cut is not None else end


def _names_a_source(words: list[str]) -> bool:
    """Do the first words after "from"/"by" name a body or a person ("Dover Council", "the
    Pew Research Center", "a council spokesman"), not a time or a means ("March", "last
    year", "phone")?"""
    if not words:
        return False
    first = words[0]
    if first.lower() in _DETERMINERS:
        return len(words) > 1 and words[1].lower().strip(".,") not in _TIME_WORDS
    return first[:1].isupper() and first.strip(".,") not in _TIME_NAMES


_DETERMINERS = frozenset(["the", "a", "an", "its", "his", "her", "their"])
#: Words after a determiner that make a time, not a source ("from the past year").
_TIME_WORDS = frozenset(["past", "last", "next", "previous", "same", "year", "month", "week", "day", "summer", "spring", "fall", "autumn", "winter", "morning", "evening"])  # fmt: skip
#: Capitalised words that are times, not sources ("a report from March").
_TIME_NAMES = frozenset(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Last", "This", "Next"])  # fmt: skip


_AUTHORED = r"[a-z]+(?:ed|en|nt)\s+by\s+(?:the\s+)?"

#: "a letter written by Tom Reed": a document and the verb and "by" before its author.
_AUTHORED_RE = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+)?(?:[\w’'\-]+\s+){0,2}(?:"
    + _HEADS
    + r"),?\s+"
    + _AUTHORED
    + r"(?=[A-Z])"
)

#: "The letter, written by Tom Reed, said": the same set off by commas before a cue.
_AUTHORED_BEFORE_RE = re.compile(
    r"(?:^|(?<=[\s(\u0001]))(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w’'\-]+\s+){0,2}"
    r"(?:"
    + _HEADS
    + r"),\s+"
    + _AUTHORED
    # the author's capitalised words ("Dr. Lisa Park"), then what the participle goes on with
    # ("sent by Ruth Adler to staff": Ruth Adler)
    + r"(?P<author>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,4})(?:\s[^,;:()\u0001]{1,50})?,\s*$"
)


def authored_by(phrase: str) -> int:
    """Where the author starts in a subject phrase that names a document and its author ("a
    letter written by Tom Reed": at "Tom Reed"); 0 when it names none."""
    m = _AUTHORED_RE.match(phrase)
    return m.end() if m is not None else 0


def authored_before(text: str, cue_start: int, lo: int) -> tuple[str, int] | None:
    """The author of a document set off by commas right before a cue ("The letter, signed by
    Tom Reed, said"), as the subject phrase and its start."""
    if " by " not in text[max(lo, cue_start - 70) : cue_start]:
        return None  # (no "by" before the cue: no search)
    m = _AUTHORED_BEFORE_RE.search(text, max(lo, cue_start - 160), cue_start)
    if m is None:
        return None
    return m.group("author").strip(), m.start("author")
