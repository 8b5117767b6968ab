# ruff: noqa: RUF001
"""Shared pieces of the attribution grammar: quote masking, sentence ends, the :class:`Cue`
record every kind of evidence returns, and the tests on a cue word (noun use, adjacency)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import attrs

from newsthread.model import QuoteKind
from newsthread.quotes._cues import CUE_FORMS, ROLE_WORDS
from newsthread.quotes._marks import MarkSpan
from newsthread.quotes._registry import Entity
from newsthread.quotes._speakers import DOCUMENT_HEADS, NP

MASK = "\u0001"


#: How far (characters) attribution looks before and after a quote.
WINDOW = 500


# One branch after the shared punctuation (the same matches): a pattern that opens with a
# character set is scanned for it in C instead of being tried at every position. A match
# starts a run of stops (the look-behind): tried at each stop of a long run, it read the
# rest of the run each time.
_SENT_END_RE = re.compile(
    r"[.!?](?<![.!?][.!?])[.!?]*+[\"”’)\]]*+(?:(?=\s+[\u0001\"“‘(\[A-Z0-9])|\s*$)"
)


ABBREV = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "lt",
        "gen",
        "col",
        "maj",
        "sgt",
        "adm",
        "rev",
        "fr",
        "st",
        "jr",
        "sr",
        "prof",
        "inc",
        "corp",
        "co",
        "ltd",
        "vs",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "d.c",
        "no",
        "mt",
        "ft",
        "jan",
        "feb",
        "mar",
        "apr",
        "aug",
        "sept",
        "sep",
        "oct",
        "nov",
        "dec",
    ]
)


#: "according to", any case, as a whole word. The first letter is a set read before the
#: word-start test (the same matches as ``\baccording to\s+`` ignoring case): the engine
#: skips to the next "a" in C instead of trying every position.
ACCORDING_RE = re.compile(r"[aA](?<!\w.)(?i:ccording to)\s+")


@attrs.define(slots=True)
class RawQuote:
    """A found quote before it becomes a :class:`~newsthread.model.Quote`."""

    para: int
    start: int
    end: int
    kind: QuoteKind
    entity: Entity | None
    cue: str | None
    surface: str | None = None
    uncued: bool = False
    #: the cue word and the speaker's mention in this quote's own sentence, if any
    cue_span: tuple[int, int] | None = None
    speaker_span: tuple[int, int] | None = None
    #: the kind of evidence the speaker came from (a key of ``CONFIDENCE``)
    evidence: str | None = None
    #: the quoted fragments merged into this quote, when there are several
    parts: tuple[tuple[int, int], ...] = ()


#: Initials and dotted abbreviations ("J.J", "u.s"): their full stop ends no sentence.
_INITIALS_RE = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]$")


_QUOTE_END_RE = re.compile(r"[.!?][”\"’']?$")


_NEXT_SENTENCE_RE = re.compile(r"\s+[A-Z]")


def quote_sentence_ends(text: str, spans: Sequence[MarkSpan], ends: list[int]) -> list[int]:
    """Add the sentence ends hidden inside quote marks: “… unhinged.” Sen. Rubio called …"""
    extra = [
        sp.end
        for sp in spans
        if sp.closed
        and _QUOTE_END_RE.search(text, max(sp.start, sp.end - 3), sp.end)
        and _NEXT_SENTENCE_RE.match(text, sp.end)
    ]
    if not extra:
        return ends
    return sorted(set(ends).union(extra))


#: The word before a full stop (up to 12 letters, digits and dots): "Sen", "J.J", "u.s";
#: matched at the start of the reversed text before the stop.
_WORD_BACK_RE_12 = re.compile(r"(?:[^\W_]|\.){0,12}")


def _end_marks(masked: str) -> Iterator[re.Match[str]]:
    """``_SENT_END_RE.finditer(masked)``, tried only at each full stop when the text has no
    "!" or "?" (most): the pattern opens with one of them, and ``str.find`` reaches the next
    faster than the pattern's scan, which tests every character against its set."""
    if "!" in masked or "?" in masked:
        yield from _SENT_END_RE.finditer(masked)
        return
    match = _SENT_END_RE.match
    at = masked.find(".")
    while at >= 0:
        m = match(masked, at)
        if m is not None:
            yield m
        at = masked.find(".", m.end() if m is not None else at + 1)


def sentence_ends(masked: str) -> list[int]:
    """The offsets where the sentences of a masked paragraph end (after the punctuation)."""
    out: list[int] = []
    for m in _end_marks(masked):
        i = m.start()
        if masked[i] == "." and not (i >= 5 and masked[i - 5 : i].isalnum()):
            # (five letters or digits before the stop make a word no rule below takes:
            # longer than every abbreviation, no initial; the search is skipped)
            # the word before the stop, read backwards from it (a search tried every start)
            wm = _WORD_BACK_RE_12.match(masked[max(0, i - 12) : i][::-1])
            word = wm.group()[::-1].lower() if wm is not None else ""
            if (
                word in ABBREV
                or (len(word) == 1 and word.isalpha())
                # "J.J. MacNab", not "said Lindsey Graham, R-S.C. “I get that.”"
                or (
                    _INITIALS_RE.match(word)
                    and masked[m.end() : m.end() + 3].lstrip()[:1].isalpha()
                )
            ):
                continue
        out.append(m.end())
    return out


@attrs.define(slots=True)
class Cue:
    """A cue and the subject phrase it attributes to (offsets into the paragraph)."""

    np: NP
    pos: int
    cue: str
    adjacent: bool
    surface: str
    #: where the cue word stands ("said", "according to", the colon of "Rutte: “"), if
    #: it is a word of the text
    span: tuple[int, int] | None = None


def np_ok(np: NP | None, strict: bool) -> bool:
    if np is None:
        return False
    return not (np.kind == "nominal" and strict)


#: A word after the spaces that open a reversed window: :func:`word_before`.
_WORD_BACK_RE = re.compile(r"\s+([\w’']+)")


def word_before(text: str, lo: int, end: int) -> str | None:
    """The word (letters, digits and apostrophes) that only spaces, at least one, follow in
    ``text[lo:end]``, cut at ``lo``, or None: what ``([\\w\u2019']+)\\s+$`` searched for in the
    window finds (the search tried the pattern at every position; this reads the reversed
    window from its start)."""
    m = _WORD_BACK_RE.match(text[max(0, lo) : max(0, end)][::-1])
    return m.group(1)[::-1] if m is not None else None


_NEXT_ROLE_RE = re.compile(r"\s+([a-z]+)")
#: "state Senate leader", "state House speaker": a capitalised body, then the role.
_NEXT_BODY_ROLE_RE = re.compile(r"\s+[A-Z][a-z]+\s+([A-Za-z]+)")


NOUN_DETERMINERS = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those"]
)  # fmt: skip


def noun_use(masked: str, start: int, end: int) -> bool:
    """Is a cue word a noun here: after a determiner, a possessive or "of" ("the IG's report",
    "his call", "the secretary of state") or before a role noun ("press secretary", "state
    Senate leader")? A participle before the agent of a document set off by commas is no
    cue either ("The letter, written by Ann Lee, said": Ann Lee's words)."""
    if masked.startswith(" by ", end) and _after_a_document(masked, start):
        return True
    prev = word_before(masked, start - 40, start)
    if prev is not None and (
        prev.lower() in NOUN_DETERMINERS or prev.lower() == "of" or prev.endswith(("’s", "'s"))
    ):
        return True
    nm = _NEXT_ROLE_RE.match(masked, end)
    if nm is not None:
        return nm.group(1) in ROLE_WORDS
    return before_body_role(masked, start, end)


def _after_a_document(masked: str, start: int) -> bool:
    """Does a document noun and a comma stand right before ``start`` ("The letter, …")?"""
    prev = masked[max(0, start - 30) : start].rstrip()
    words = prev[:-1].split() if prev.endswith(",") else []
    return bool(words) and words[-1].lower() in DOCUMENT_HEADS


def before_body_role(masked: str, start: int, end: int) -> bool:
    """Is a base-form cue word ("state") a noun before a capitalised body and its role
    ("state Senate leader", "state House speaker")?"""
    word = masked[start:end]
    if not word.islower() or CUE_FORMS.get(word) != word:
        return False  # "said", "states": verb forms only
    bm = _NEXT_BODY_ROLE_RE.match(masked, end)
    return bm is not None and bm.group(1).lower() in ROLE_WORDS


def adjacent_between(between: str) -> bool:
    """True if only an object, "that" or punctuation stands between a cue and the quote."""
    b = between.strip()
    if not b:
        return True
    if b.endswith((":", ",")):
        return len(b.split()) <= 8
    return b.lower() in ("that", "it", "this")


def mask_quotes(text: str, spans: Sequence[MarkSpan]) -> str:
    parts: list[str] = []
    last = 0
    for sp in spans:
        parts.append(text[last : sp.start])
        parts.append(MASK * (sp.end - sp.start))
        last = sp.end
    parts.append(text[last:])
    return "".join(parts)
