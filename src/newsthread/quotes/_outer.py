# ruff: noqa: RUF001
"""Nested attribution: the outer source of a reported quote.

"“…,” Welch said, according to Vermont Edition." and "According to the Post, Welch said
“…”" report what the Post says Welch said: the quote is credited to the outer source, the
one the text cites (as annotated news corpora do), and so is what follows it in the
paragraph.
"""

from __future__ import annotations

import re

from newsthread.quotes._clause import MASK, Cue
from newsthread.quotes._cue_after import named_after
from newsthread.quotes._cues import CUE_FORMS, CUE_RE
from newsthread.quotes._speakers import NP, parse_subject
from newsthread.quotes._subjects import subject_right

#: ", according to X" closing the sentence of the cue.
_OUTER_RE = re.compile(r",\s+(according to)\s+", re.IGNORECASE)

#: "a Pentagon readout", "an Associated Press account": a source that
#: is a text; a determiner or a possessive and at most five words.
_TEXT_SOURCE_RE = re.compile(
    r"(?:(?:a|an|the|one)\s+|[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,2}(?:’s|'s|’)\s+)"
    r"[\w’'\-]+(?:\s+[\w’'\-]+){0,4}",
    re.IGNORECASE,
)


#: "According to the Post, …" / "As the Post reported, …" opening the sentence of the cue.
_LEADING_RE = re.compile(
    r"\s*(?:(According to)\s+([^,;:\u0001]{2,80}?)"
    r"|(As)\s+([^,;:\u0001]{2,60}?)\s+(?:reported|reports|noted|notes|wrote|writes)),\s"
)


def leading_source(masked: str, cue: Cue, sentence_start: int) -> Cue | None:
    """The cue of "According to X," (or "As X reported,") opening the sentence whose cue
    is ``cue``: X is the source of the quote."""
    if cue.cue == "according to" or cue.pos < sentence_start:
        return None
    m = _LEADING_RE.match(masked, sentence_start, cue.pos)
    if m is None:
        return None
    g = 2 if m.group(1) else 4
    np = _source_np(m.group(g))
    if np is None:
        return None
    return Cue(np, m.start(g), "according to", cue.adjacent, m.group(g), m.span(g - 1))


def _source_np(phrase: str) -> NP | None:
    """A source phrase: a name or role, or a text ("a Pentagon readout"); no pronoun."""
    np = parse_subject(phrase)
    if np is None and _TEXT_SOURCE_RE.fullmatch(phrase) is not None:
        words = phrase.split()
        det = words[0].lower() in ("a", "an", "the", "one")
        np = NP("nominal", phrase, name=" ".join(words[1:]) if det else phrase, gender="n")
    if np is None or np.kind == "pronoun":
        return None
    return np


#: ", CNN reported." closing the sentence of the cue.
_REPORTED_RE = re.compile(
    r",\s+((?:the\s+)?[A-Z][^,;:\u0001]{1,50}?)\s+(reported|reports)\s*[.!?]?[\s\"”’)]*$"
)


#: how far after the cue ", according to X" is looked for
_OUTER_WINDOW = 200

#: the trailing marks _REPORTED_RE allows after "reported"
_TRAILING = frozenset(' \t\n\r"”’).!?')


def _closing_words(masked: str, end: int) -> int:
    """Where a ", CNN reported." clause closing the text before ``end`` can start: at most
    80 characters before its trailing marks (its source has at most 50)."""
    stop = max(0, end - 40)
    while end > stop and masked[end - 1] in _TRAILING:
        end -= 1
    return max(0, end - 80)


def outer_source(masked: str, cue: Cue, sentence_end: int) -> Cue | None:
    """The cue of ``, according to X`` after ``cue`` and before ``sentence_end``: X is the
    source of the quote, with ``cue``'s speaker the person X quotes."""
    if cue.cue == "according to":
        return None
    lo = max(cue.span[1] if cue.span else 0, cue.pos + len(cue.surface or ""))
    # both clauses stand right after the cue or close the sentence: bounded windows keep a
    # sentence of many quotes, each with its cue after it, linear
    m = _OUTER_RE.search(masked, lo, min(sentence_end, lo + _OUTER_WINDOW))
    if m is None:
        r = _REPORTED_RE.search(masked, max(lo, _closing_words(masked, sentence_end)), sentence_end)
        np = _source_np(r.group(1)) if r is not None else None
        if r is None or np is None:
            return None
        return Cue(np, r.start(1), r.group(2), cue.adjacent, r.group(1), r.span(2))
    subj = subject_right(masked, m.end(), sentence_end)
    if subj is None:
        return None
    phrase, pos = subj
    np = _source_np(phrase)
    if np is None:
        return None
    return Cue(np, pos, "according to", cue.adjacent, phrase, m.span(1))


_PERSONAL_PRONOUNS = frozenset(["he", "she", "they"])


def closing_clause(masked: str, qe: int, sentence_end: int) -> Cue | None:
    """The cue of a reporting clause closing the sentence a mixed quote stands in ("Haley
    is an “articulate conservative”, the editorial board writes."): that clause's subject
    reports the whole sentence."""
    comma = masked.rfind(", ", qe, sentence_end)
    if comma < 0 or MASK in masked[comma:sentence_end]:
        return None
    inverted = _inverted_close(masked, qe, sentence_end)
    if inverted is not None:
        return inverted
    lo = comma + 2
    for cm in CUE_RE.finditer(masked, lo, sentence_end):
        word = cm.group()
        rest = masked[cm.end() : sentence_end].strip(' .!?"”’)')
        if CUE_FORMS.get(word) is None or len(rest.split()) > 3:
            continue
        phrase = masked[lo : cm.start()].strip()
        np = _source_np(phrase) if 0 < len(phrase.split()) <= 6 else None
        if np is None and phrase.lower() in _PERSONAL_PRONOUNS:
            np = parse_subject(phrase)  # "…, he said.": the person the text is about
        if np is None or np.kind not in ("name", "role", "group", "nominal", "pronoun"):
            return None
        return Cue(np, lo, word, False, phrase, cm.span())
    return None


#: ", said the bureau's director, James Comey, on Monday." closing a sentence.
_INVERTED_CLOSE_RE = re.compile(r",\s+(said|says|added|adds|wrote|writes|noted|notes)\s+")


def _inverted_close(masked: str, qe: int, sentence_end: int) -> Cue | None:
    """An inverted cue closing the sentence of a mixed quote: its subject, after it,
    reports the whole sentence."""
    last = None
    # the closing clause is short: a bounded window keeps long sentences of quotes linear
    for m in _INVERTED_CLOSE_RE.finditer(masked, max(qe, sentence_end - 200), sentence_end):
        last = m
    if last is None or MASK in masked[last.end() : sentence_end]:
        return None
    subj = subject_right(masked, last.end(), sentence_end)
    if subj is not None:
        subj = named_after(masked, subj, sentence_end) or subj  # "the director, Ann Lee"
    np = parse_subject(subj[0]) if subj is not None else None
    if subj is None or np is None or np.kind not in ("name", "role", "group"):
        return None
    return Cue(np, subj[1], last.group(1), False, subj[0], last.span(1))
