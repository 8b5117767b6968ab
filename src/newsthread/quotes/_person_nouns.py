"""A woman or a man that a described phrase names ("The woman …", "A 29-year-old Dover
woman, meanwhile, …", "Upon hearing my words, the man shrugged"), recorded as a person a
later "she" or "he" can stand for."""

from __future__ import annotations

import re

from newsthread.quotes._cues import FEMALE_WORDS
from newsthread.quotes._registry import Registry
from newsthread.quotes._speakers import NP

#: "The woman …" opening a sentence: a person known by a gendered noun only.
THE_PERSON_RE = re.compile(
    r"(?:\s+(?:[a-z0-9][\w\-]*|[A-Z][a-z]+)){0,3}?"  # "A 29-year-old Dover woman"
    r"\s+(woman|man|mother|father|wife|husband|girl|boy|widow|daughter|son|grandmother"
    r"|grandfather|gentleman)(?:\s+(?!said|says)[a-z]|,)"
)


#: "…, the man shrugged": "the" before a noun of one person and a verb, after a comma.
_LOWER_PERSON_RE = re.compile(
    r"the\s+(?:woman|man|mother|father|wife|husband|girl|boy|widow|daughter|son"
    r"|grandmother|grandfather|gentleman)\s+(?!said|says)[a-z]"
)


def lower_persons(text: str) -> list[int]:
    """Where ", the man/woman …" puts "the" in a paragraph (found by substring first: the
    pattern is tried only at each ", the ")."""
    out = []
    k = text.find(", the ")
    while k >= 0:
        if _LOWER_PERSON_RE.match(text, k + 2):
            out.append(k + 2)
        k = text.find(", the ", k + 6)
    return out


def person_after_opener(reg: Registry, text: str, at: int, base: int) -> None:
    """ "Upon hearing my words, the man shrugged": after a short opening phrase (no verb of
    its own that a subject would need), the person is the sentence subject."""
    lo = max(0, at - 80)  # bounded: an opening phrase is short, and the scan stays linear
    start = max(text.rfind(". ", lo, at), text.rfind("\u0001", lo, at), text.rfind("\n", lo, at))
    if start < 0 and lo > 0:
        return  # no sentence start within reach: no short opening phrase
    opener = text[start + 1 : at - 2].split()
    if not opener or len(opener) > 6 or any(w.lower() in _CLAUSE_WORDS for w in opener):
        return
    pm = THE_PERSON_RE.match(text, at + 3)
    if pm is not None:
        noun = pm.group(1)
        gender = "f" if noun in FEMALE_WORDS or noun == "girl" else "m"
        np = NP("role", "the " + noun, role=noun, gender=gender)
        reg.mention(base + at, reg.add_role(np, base + at), 0)


#: Words that make a clause of a sentence's opening phrase ("Upon hearing my words, the
#: man …" has none; "She left, the man stayed" is two clauses).
_CLAUSE_WORDS = frozenset(
    ["i", "we", "you", "he", "she", "it", "they", "is", "was", "were", "are", "had", "has"]
)
