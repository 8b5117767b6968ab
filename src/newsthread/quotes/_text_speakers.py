# ruff: noqa: RUF001
"""Texts that speak: a document named right before a participle cue ("an editorial telling
him to …", "received a letter saying …") says the words, unless its author is the one who
issues it ("issued a statement saying": the issuer speaks)."""

from __future__ import annotations

from newsthread.quotes._clause import NOUN_DETERMINERS
from newsthread.quotes._cues import ROLE_WORDS
from newsthread.quotes._speaker_words import PERSON_NOUNS
from newsthread.quotes._speakers import DOCUMENT_HEADS, strip_possessive

__all__ = ["document_speaks"]

#: Verbs whose object is somebody else's text: "received a letter saying", "cited a report".
_RECEIVING = frozenset(
    ["received", "receives", "receive", "got", "gets", "obtained", "obtains", "saw", "sees",
     "cited", "cites", "quoted", "quotes", "found", "finds", "reviewed", "reviews", "answered",
     "rejected", "dismissed", "denied", "ignored", "criticized", "criticised", "blasted"]
)  # fmt: skip

#: Owners whose document is their own words ("the mayor's memo", "his mom's letter").
_PERSON_OWNERS = ROLE_WORDS | PERSON_NOUNS

#: Prepositions before somebody else's text: "after an editorial telling him", "despite a
#: memo saying" (not "in a statement saying": the subject's own).
_AFTER = frozenset(["after", "before", "following", "despite", "against", "amid", "over"])


def document_speaks(masked: str, subj: tuple[str, int], at: int) -> bool:
    """Does the noun phrase ``subj`` (text, start), right before the participle at ``at``,
    name somebody else's document: one with an owner ("the newspaper's editorial telling
    him"), or after a verb of receiving or citing ("received a letter saying") or after
    "after/before/despite" ("after an editorial telling him")? Otherwise (issued, recorded,
    dashed off a note saying) the sentence's subject wrote it and speaks."""
    if masked[subj[1] + len(subj[0]) : at].strip():
        return False
    words = subj[0].split()
    if not 2 <= len(words) <= 5 or words[-1].lower() not in DOCUMENT_HEADS:
        return False
    first = words[0].lower()
    if first not in NOUN_DETERMINERS:
        return False  # "Acme Corp. statement", "Reed's memo": a name's own words
    owners = [w for w in words[1:-1] if w.lower().endswith(("’s", "'s", "s’", "s'"))]
    if owners:
        # "the newspaper's editorial" speaks; "the mayor's memo" and "the White House's memo"
        # are their owner's words (a capitalised or a person's owner): the subject grammar's
        return not any(
            w[:1].isupper() or strip_possessive(w.lower()) in _PERSON_OWNERS for w in owners
        )
    before = masked[max(0, subj[1] - 40) : subj[1]].lower().split()
    return bool(before) and (before[-1] in _RECEIVING or before[-1] in _AFTER)
