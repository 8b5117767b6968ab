# ruff: noqa: RUF001
"""The text an unresolved "it" stands for: "Thursday's memo from the panel …. “…,” it said",
"She held up a sign of her own. “…,” it read"."""

from __future__ import annotations

import re
from bisect import bisect_right

from newsthread.quotes._cues import CUE_FORMS
from newsthread.quotes._registry import Entity, Registry
from newsthread.quotes._speakers import DOCUMENT_HEADS, NP

#: Texts that can say, read or state something: the document heads (not "brief", "motion"
#: or "platform", which are other words as often) and what is held up or posted.
_MORE_TEXTS = frozenset(
    ["memorandum", "sign", "placard", "banner", "headline", "caption", "notice", "card", "text",
     "website", "webpage", "page", "leaflet", "flyer", "brochure", "poster", "order", "decision",
     "opinion", "verdict", "warrant", "bill", "constitution", "charter", "manifesto", "plaque"]
)  # fmt: skip
_TEXT_NOUNS = "|".join(
    sorted(
        (DOCUMENT_HEADS - {"brief", "motion", "platform"}) | _MORE_TEXTS, key=lambda w: (-len(w), w)
    )
)

#: What may follow a text noun that is the head of its phrase: a function word, a verb or
#: an adverb ("the letter twice", "the memo was sent"); not a noun it modifies ("sign
#: language", "post office", "order form", "text message").
_HEAD_FOLLOWER = (
    r"(?:of|from|to|in|on|at|for|with|by|about|that|which|and|or|but|as|into|under|over"
    r"|was|is|were|are|had|has|have|will|would|could|can|may|might|must|should|did|does"
    r"|says|reads|states|notes|warns|claims|shows|went|came|got|again|twice|aloud|too|also"
    r"|[a-z]+ed|[a-z]+ly)\b"
)

#: A determiner or a possessive, up to three words, then a text noun heading its phrase:
#: "a sign", "Thursday's memo", "the agency's short statement".
_TEXT_NP_RE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)"
    r"|\b[A-Z][\w.&-]*['’]s)\s+(?:[\w,'’-]+\s+){0,3}?(" + _TEXT_NOUNS + r")\b"
    r"(?!['’]s|-|\s+(?!" + _HEAD_FOLLOWER + r")[a-z])"
)

#: Another subject opening a clause after the text ("Then the dog barked", ", the function
#: stops"): the "it" is nearer to it than to the text.
_OTHER_SUBJECT_RE = re.compile(
    r"(?:^|[.!?,;]\s+|\b(?:[Tt]hen|and|but)\s+)(?:[Tt]he|[Aa]n?|[Tt]his|[Hh]is|[Hh]er|[Tt]heir)"
    r"\s+[a-z]+\s+[a-z]+(?:ed|s)\b"
)

#: Verbs whose object is a text judged, not the one that speaks after them ("defended the
#: decision", "rejected the report"): the "it" is the subject's.
_JUDGING = frozenset(
    ["defended", "rejected", "dismissed", "denied", "criticized", "criticised", "blasted",
     "praised", "welcomed", "condemned", "challenged", "appealed", "opposed", "disputed",
     "slammed", "attacked", "questioned", "backed", "supported", "endorsed"]
)  # fmt: skip

#: What a text does when it reports ("The memo … It says the mill …"); not "it adds one
#: element", "it shouted" or "it laughed".
TEXT_LEMMAS = frozenset(["say", "state", "read", "note", "claim", "conclude", "warn", "find", "declare"])  # fmt: skip

#: "it was revealed that …": the "it" of a passive stands for nothing.
_PASSIVE_IT_RE = re.compile(r"\w+\s+(?:is|was|has\s+been|had\s+been|will\s+be)\s", re.IGNORECASE)

#: A sentence end in a paragraph handed over without its sentence ends.
_LAST_SENTENCE_RE = re.compile(r".*[.!?][”’\"']?\s+(?=\S)", re.DOTALL)


def text_antecedent(masked: str, lo: int, hi: int) -> NP | None:
    """The last text named in ``masked[lo:hi]`` (the words before an "it said" cue) with no
    other subject after it, as a nominal speaker, or None."""
    last = None
    for m in _TEXT_NP_RE.finditer(masked, lo, hi):
        last = m
    if last is None or _OTHER_SUBJECT_RE.search(masked, last.end(), hi) is not None:
        return None
    before = masked[max(lo, last.start() - 20) : last.start()].split()
    if before and before[-1] in _JUDGING:
        return None  # "The ministry defended the decision. “…,” it said": the ministry's
    noun = last.group(1)
    return NP("nominal", "the " + noun, name=noun, gender="n")


def text_it(
    masked: str,
    ends: list[int],
    quoteless: str | None,
    reg: Registry,
    pos: int,
    cue: str,
) -> Entity | None:
    """The text an "it" at ``pos`` with no body to stand for speaks for ("The memo was short.
    “…,” it said"), named in its sentence or the one before (the last of a quoteless paragraph
    before when the "it" opens its own); None for a cue no text does ("it shouted") or the
    "it" of a passive ("it was revealed that …")."""
    if CUE_FORMS.get(cue.lower()) not in TEXT_LEMMAS or _PASSIVE_IT_RE.match(masked, pos):
        return None
    k = bisect_right(ends, pos)
    start = ends[k - 1] if k > 0 else 0
    lo = ends[k - 2] if k > 1 else 0
    np = text_antecedent(masked, lo, pos)
    if np is None and start == 0 and quoteless is not None:
        m = _LAST_SENTENCE_RE.match(quoteless)
        np = text_antecedent(quoteless, m.end() if m else 0, len(quoteless))
    return reg.add_nominal(np) if np is not None else None
