# ruff: noqa: RUF001
"""Whether the words after an inverted cue ("…, says the council lied.") can be its subject:
a phrase that ends in a verb of the past ("the council lied") or opens with a pronoun or
"that" ("said he's with …") is a clause, not a subject ("the retired general", "those
surveyed")."""

from __future__ import annotations

__all__ = ["ends_in_a_verb"]

#: Past participles that end a subject of people ("those surveyed", "the people involved").
_PEOPLE_PARTICIPLES = frozenset(
    ["surveyed", "polled", "interviewed", "asked", "involved", "concerned", "affected",
     "questioned", "contacted", "named", "mentioned", "elected", "appointed"]
)  # fmt: skip

#: Past tenses without "-ed" that end a clause ("the council lost", "the mayor knew").
_IRREGULAR = frozenset(["lost", "won", "knew", "left", "broke", "went", "came", "fell", "ran", "gave", "took", "began", "quit"])  # fmt: skip


#: Words that open a clause, not a subject, after a cue ("said he's with …", "says that …").
_CLAUSE_OPENERS = frozenset(["he", "she", "they", "it", "we", "i", "you", "that", "there"])


def ends_in_a_verb(phrase: str) -> bool:
    """Does a phrase of two or more words end in a lower-case past tense ("the council
    lied", "the plan failed"), or open with a pronoun or "that" ("he's with Ann Lee"), which
    makes it a clause, no subject?"""
    words = phrase.split(",", 1)[0].split()
    if len(words) < 2:
        return False
    if words[0].lower().split("’")[0].split("'")[0] in _CLAUSE_OPENERS:
        return True
    last = words[-1].rstrip(".!?")
    if not last.isalpha() or not last.islower() or last in _PEOPLE_PARTICIPLES:
        return False
    return (last.endswith("ed") and len(last) > 3) or last in _IRREGULAR
