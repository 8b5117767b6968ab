# ruff: noqa: RUF001
"""The owner of a claim: "Ann Lee's claim that the plan “failed”" gives the quoted words to
Ann Lee, whoever the sentence's subject is ("Tom Vale dismissed Ann Lee's claim that …")."""

from __future__ import annotations

import re

from newsthread.quotes._clause import MASK, Cue
from newsthread.quotes._cues import PRONOUN_GENDER
from newsthread.quotes._speakers import NP, parse_subject

#: Nouns of something said whose complement ("that …", "to …") reports the words. Not
#: "call for" / "demand for": a critic's subject is as often taken to own its object.
_NOUNS = (
    "accusation|admission|allegation|argument|assertion|boast|charge|claim|conclusion"
    "|contention|declaration|dictum|insistence|pledge|prediction|promise|suggestion"
    "|threat|vow|warning"
)

#: The owner's possessive, up to three modifiers ("recent evidence-free"), the noun (singular
#: only: "Her plan promises to" is a verb) and the word that opens its complement. Words and
#: spaces alternate and the repeat is bounded: the pattern is linear.
_OWNED_RE = re.compile(
    r"(?:(?<=[^\W\d_])(?:’s|'s|’|')|\b(?P<pron>[Hh]is|[Hh]er|[Tt]heir))"
    r"\s+(?:[a-z][a-z-]*\s+){0,3}?(?P<noun>" + _NOUNS + r")\s+(?:that|to)\s"
)

#: A run of up to five words ending at the possessive ("FBI Director Ann Lee", "Ángela
#: Müller"); the words before its first capitalised one are dropped.
_OWNER_RUN_RE = re.compile(r"(?:[^\W\d_][\w.’'-]*\s+){0,4}[^\W\d_][\w.’'-]*\Z")

#: What may stand between the complement's start and the quote: no sentence break, no
#: comma (", saying …" is another clause), no earlier quote, no " as " ("dismissed Lee's
#: claim that the plan failed as “a lie”": the verdict is the sentence subject's).
_BREAK_RE = re.compile(r"[.;:!?,()" + MASK + r"]|\sas\s")

#: Finite verbs a clause cannot hold twice: "Lee's claim that Vale is rich is “simply not
#: true”" closes the complement at its second "is", and the quote is what the sentence says.
_FINITE_RE = re.compile(r"\b(?:is|was|are|were|has|have|had|will|would)\b")

#: At most this many characters between the noun and the quote.
_REACH = 150


def claim_owner(masked: str, lo: int, qs: int, near: bool = False) -> Cue | None:
    """The owner of the claim whose complement holds the quote starting at ``qs``, if the
    quote stands in one ("his warning that Britain would go to the “back of the queue”").
    ``near``: the quote must start within two words of "that" / "to" ("Vale called Lee's
    claim that the plan failed “a lie”" calls the claim a lie: the verdict is Vale's)."""
    last = None
    for m in _OWNED_RE.finditer(masked, max(lo, qs - _REACH - 60), qs):
        last = m
    if last is None or _BREAK_RE.search(masked, last.end(), qs) is not None:
        return None
    if qs - last.end("noun") > _REACH:
        return None
    if near and len(masked[last.end() : qs].split()) > 2:
        return None
    finite = _FINITE_RE.search(masked, last.end(), qs)
    # an infinitive complement holds no finite verb: its first one is the sentence's
    # ("Lee said Vale's promise to fix the roads was “a joke”")
    infinitive = masked[last.end() - 3 : last.end() - 1] == "to"
    if finite is not None and (
        infinitive or _FINITE_RE.search(masked, finite.end(), qs) is not None
    ):
        return None
    pron = last.group("pron")
    if pron is not None:
        low = pron.lower()
        np: NP | None = NP("pronoun", pron, gender=PRONOUN_GENDER[low])
        pos, surface = last.start("pron"), pron
    else:
        run = _OWNER_RUN_RE.search(masked, max(lo, last.start() - 60), last.start())
        if run is None:
            return None
        pos, surface = _capitalised(run.start(), run.group())
        if not surface:
            return None
        np = parse_subject(surface)
    if np is None or np.kind not in ("name", "pronoun"):
        return None
    if np.kind == "name" and not (np.name or "")[:1].isupper():
        return None
    return Cue(np, pos, last.group("noun"), False, surface, last.span("noun"))


def _capitalised(pos: int, run: str) -> tuple[int, str]:
    """The run from its last stretch of capitalised words on ("dismissed Ann Lee" -> "Ann
    Lee"): its start and text, empty when its last word is not capitalised."""
    words = run.split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    if k == 0:
        return pos, run
    cut = 0
    for w in words[:k]:
        cut = run.index(w, cut) + len(w)
    while cut < len(run) and run[cut].isspace():
        cut += 1
    return pos + cut, run[cut:]
