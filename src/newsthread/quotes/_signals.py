"""Cheap tests a paragraph or sentence passes before the reported-speech rules read it: does
it hold a word that may make it speech (:func:`signal_words`), where do its masked quotes
and quote marks stand (:func:`quote_mark_runs`), does "asked" open a question
(:func:`asked_before`). Each gives exactly what the pattern scan it replaces gave, in one
pass (or a bounded look) instead of several."""

from __future__ import annotations

import re

from newsthread.quotes._clause import MASK
from newsthread.quotes._cues import CUE_HEADS, LONG_TEXT, words_of

__all__ = ["asked_before", "quote_mark_runs", "signal_words"]


#: The words of ``_reported.EVIDENCE_RE``, of ``ACCORDING_RE`` ("according to") and the first
#: words of the cue forms: a paragraph with none of them has nothing to attribute.
_SIGNAL_WORDS = frozenset(
    [
        *CUE_HEADS,
        b"according",
        *(w.encode() for w in ("show", "shows", "showed", "shown", "found", "finds")),
        *(w.encode() for w in ("indicates", "indicated")),
    ]
)


def signal_words(text: str) -> frozenset[bytes]:
    """The words of ``text`` that may make it speech (as :func:`words_of` yields them): the
    first words of cue forms, "according", the document verbs ("shows", "found"). None: no
    ``CUE_RE``, ``ACCORDING_RE`` nor ``EVIDENCE_RE`` match in it (most paragraphs of a
    page), found in one pass over its words instead of three scans. A text longer than
    ``LONG_TEXT`` is not split: all the signal words (the patterns decide)."""
    if len(text) > LONG_TEXT:
        return _SIGNAL_WORDS
    found = _SIGNAL_WORDS.intersection(words_of(text))
    if "\u0130" in text or "\u0131" in text:
        # U+0130 and U+0131 (dotted and dotless i) are an "i" to the case-blind "according"
        found = found | {b"according"}
    return found


_MARK_OR_MASK_RE = re.compile('["“”„‟«»]|' + MASK + "+")


def quote_mark_runs(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """Where the masked quotes and unpaired quote marks of ``text[start:end]`` start and
    end (a masked quote is one run, however long)."""
    spans = [m.span() for m in _MARK_OR_MASK_RE.finditer(text, start, end)]
    return [s for s, _ in spans], [e for _, e in spans]


#: The words of ``_reported._ASKED_BEFORE_RE`` that end right before "asked" or "being asked".
_ASKED_WORD_RE = re.compile(r"\b(?:[Ww]hen|[Aa]fter|[Ii]f|[Oo]nce|[Ww]hile|[Bb]efore|[Uu]pon)\Z")


def asked_before(masked: str, lo: int, end: int) -> bool:
    """``_reported._ASKED_BEFORE_RE.search(masked, lo, end) is not None``, read from ``end``
    back over the spaces and the last word or two only: the search from ``lo`` made a
    sentence with many "asked" quadratic."""
    lo, end = min(max(lo, 0), len(masked)), min(max(end, 0), len(masked))  # as ``re`` reads them
    if end < lo:
        return False
    t = end
    while t > lo and masked[t - 1].isspace():
        t -= 1
    if t == lo:
        return lo == 0  # nothing but spaces: "^" matches at the start of the text only
    if masked[t - 1] == ",":
        return True
    if t - 5 >= lo and masked.startswith("being", t - 5):
        u = v = t - 5
        while v > lo and masked[v - 1].isspace():
            v -= 1
        return v < u and _ASKED_WORD_RE.search(masked, max(lo, v - 6), v) is not None
    return _ASKED_WORD_RE.search(masked, max(lo, t - 6), t) is not None
