# ruff: noqa: RUF001
"""How much a person mention counts as the topic a later "he"/"she" goes back to: 1 for a
mention in subject position, else 0. A sentence's subject (past descriptors, openers and
conjunctions) counts; the object of a verb or preposition, an owner inside an object, and a
name in apposition to an object do not. Every look-back is bounded (at most ~120 characters)."""

from __future__ import annotations

import re

from newsthread.quotes._clause import ABBREV
from newsthread.quotes._cues import CUE_FORMS

__all__ = ["subject_position", "weight"]


_CLAUSE_DELIMS = '.,;:!?"“”()—\u0001'
_CLAUSE_DELIM_RE = re.compile("[" + re.escape(_CLAUSE_DELIMS) + "]")

_NON_SUBJECT_WORDS = frozenset(
    ["of", "for", "to", "with", "by", "from", "against", "about", "at", "in", "on", "into", "than", "like", "over", "under", "between", "among", "after", "before", "toward", "towards", "via", "including"]
)  # fmt: skip

_SUBORDINATORS = frozenset(["when", "because", "after", "while", "if", "although", "since", "before", "until", "whether", "as", "though", "once"])  # fmt: skip

#: Auxiliaries and negations: a verb phrase, not descriptors ("did not doubt Reed's plan").
_AUXILIARIES = frozenset(
    ["did", "does", "do", "not", "didn’t", "didn't", "don’t", "don't", "doesn’t", "doesn't",
     "never", "will", "would", "can", "could", "should", "must", "may", "might", "has", "have",
     "had", "is", "was", "are", "were", "be", "been", "won’t", "won't", "can’t", "can't"]
)  # fmt: skip


_PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i", "you", "who", "that", "which"])


def _clause_words(text: str, start: int, back: int) -> list[str] | None:
    """The words between the last clause delimiter before ``start`` and ``start`` (None when
    none stands within ``back`` characters and the text goes on before them)."""
    lo = max(0, start - back)
    seg = text[lo:start]
    dm = _CLAUSE_DELIM_RE.search(seg[::-1])  # the last delimiter, found from the end
    if dm is None and lo > 0:
        return None
    return seg[len(seg) - dm.start() :].split() if dm is not None else seg.split()


def subject_position(text: str, start: int) -> bool:
    """True if nothing but descriptor words stand between the clause start and ``start``
    ("However, Patricia Smith" and "Conservative icon Phyllis Schlafly" are subjects;
    "mother of Benghazi victim Sean Smith" and "told Sean Smith" are not)."""
    words = _clause_words(text, start, 80)
    if words is None or len(words) > 5:
        return False
    if len(words) > 1 and not _OBJECT_PAST.isdisjoint(words[1:]):
        return False  # "Vale met Tom Reed": the object of a past tense
    for w in words:
        low = w.lower()
        if low in _NON_SUBJECT_WORDS or low in CUE_FORMS or (low.endswith("ed") and len(low) > 4):
            return False
        if low in _SUBORDINATORS and w is not words[0]:
            return False  # "Trump took offense when Kelly confronted him": not the topic
        if low.endswith("ing") and len(low) > 5 and low.isalpha():
            return False  # "thanking Chairman Reince Priebus": the object of a participle
    return True


def weight(text: str, at: int, run: str) -> int:
    """1 for a mention in subject position, else 0. A possessor is no subject: in "David
    Axelrod, President Barack Obama's former strategist," the sentence is about Axelrod."""
    if run.endswith(("'s", "’s", "s'", "s’")) and (
        _APPOSITION_BEFORE_RE.search(text, max(0, at - 40), at) or not _owner_opens_clause(text, at)
    ):
        return 0
    if text.startswith(",", at + len(run)) and _VIEWPOINT_RE.search(text, max(0, at - 60), at):
        return 1  # "To Florida consultant Wilson, the party line is silly": his view
    end = at + len(run)
    if (
        (text.startswith(" (@", end) or text.startswith("(@", end))
        and _HANDLE_AFTER_RE.match(text, end)
        and _DASH_BEFORE_RE.search(text, max(0, at - 3), at)
    ):
        return 0  # "— Brian Fallon (@brianefallon) August 2": a post's signature
    return int(subject_position(text, at) and not _object_apposition(text, at))


#: A social-media handle right after a name: "Brian Fallon (@brianefallon)".
_HANDLE_AFTER_RE = re.compile(r"\s*\(@\w+\)")
#: The dash a post's signature opens with.
_DASH_BEFORE_RE = re.compile(r"[—–-]\s*$")


#: "To Florida consultant …" / "For …" / "As for …" opening a sentence: whose view it gives.
_VIEWPOINT_RE = re.compile(
    r"(?:^|[.!?\u0001][”\"’\u0001]*\s+)(?:To|For|As\s+for)\s+(?:[A-Za-z][\w\-]*\s+){0,3}$"
)

#: "David Axelrod, President …": a name, a comma and at most two descriptor words.
_APPOSITION_BEFORE_RE = re.compile(r"[A-Z][\w’'.\-]*,\s+(?:[\w.\-]+\s+){0,2}$")


def _owner_opens_clause(text: str, at: int) -> bool:
    """Does the owner at ``at`` open its clause, past descriptors, openers and conjunctions
    ("But GOP presidential candidate Tom Reed's campaign said"), and not stand inside a verb
    phrase or after a preposition ("did not doubt Tom Reed's plan", "critics of Reed's")?"""
    words = _clause_words(text, at, 60)
    if words is None:
        return False
    for w in words:
        low = w.lower()
        if low in _AUXILIARIES or low in _NON_SUBJECT_WORDS or low in CUE_FORMS:
            return False
        if w.islower() and ("’" in w or "'" in w or low in _PRONOUNS):
            return False  # "she's Obama's equal": the pronoun is the subject
        if low.isalpha() and low.endswith(("ed", "ing")) and len(low) > 4:
            return False
    return True


#: A noun phrase with a determiner or an owner at the end of a clause, and the word before it
#: ("thanked his campaign manager", "met with the group's lawyer").
_OBJECT_NP_RE = re.compile(
    r"(?:^|[.;:!?\u0001]\s+)(?P<first>[A-Za-z][\w’'\-]*)(?P<mid>[^.;:!?\u0001]*?)\s"
    r"(?P<before>[a-z][a-z\-]*)\s+"
    r"(?:his|her|their|its|our|the|a|an|[A-Z][\w’'\-]*(?:’s|'s|s’|s'))\s+(?:[a-z][\w\-]*\s+){0,2}"
    r"[a-z][\w\-]*$"
)

#: Words that open a sentence before its subject ("In a statement, Vale said"): a comma after
#: the phrase they open is no apposition.
_OPENING_WORDS = frozenset(
    ["in", "on", "at", "after", "before", "during", "when", "while", "as", "with", "without", "for", "since", "despite", "following", "according", "amid", "from", "to", "by", "unlike", "like", "if", "although", "though", "because", "once", "until", "upon", "under", "over", "through", "of", "among", "instead", "outside", "inside", "near", "behind", "beyond", "besides", "asked", "whether", "where"]
)  # fmt: skip

#: The words before the owner or determiner that join it to another noun phrase.
_JOINING_WORDS = frozenset(["and", "or", "nor", "as"])  # "as" of "as well as"

#: Past forms without "-ed" that take an object ("met his lawyer, Tom Reed").
_IRREGULAR_PAST = frozenset(
    ["met", "told", "brought", "sent", "saw", "took", "gave", "led", "beat", "hit", "fought",
     "caught", "chose", "found", "got", "kept", "paid", "sought", "won", "left", "hired", "named",
     "made", "thanked", "ran", "held", "struck", "taught", "bought", "heard", "joined"]
)  # fmt: skip

#: Past tenses whose object a name after them is (not "left": "the left" is no verb).
_OBJECT_PAST = _IRREGULAR_PAST - {"left"}

#: Prepositions whose object a name in apposition describes ("spoke with his lawyer, Tom Reed").
_OBJECT_PREPOSITIONS = frozenset(["with", "to", "for", "from", "against", "about", "at"])


def _verb_or_preposition(word: str) -> bool:
    """Does ``word`` take the noun phrase after it as its object (a past tense or a
    preposition, not a speech verb, whose object opens a reported clause)?"""
    if word in CUE_FORMS:
        return False  # "Lee said the chairman, Tom Reed, would resign": a reported clause
    return (
        (word.endswith("ed") and len(word) > 3 and not word.endswith("eed"))
        or word in _IRREGULAR_PAST
        or word in _OBJECT_PREPOSITIONS
    )


def _object_apposition(text: str, at: int) -> bool:
    """Does the name at ``at`` stand after a comma in apposition to a noun phrase that is an
    object ("Trump thanked his campaign manager, Corey Lewandowski")? Not after a time word
    ("Last week his spokesman, Tom Reed, resigned") nor after a phrase that opens the
    sentence before its subject ("In an interview with the mayor, Vale …")."""
    if not text.startswith(", ", at - 2):
        return False
    m = _OBJECT_NP_RE.search(text, max(0, at - 122), at - 2)
    if m is None:
        return False
    lead = text[max(0, m.start("first") - 12) : m.start("first")].rstrip()
    if lead.endswith(".") and _last_word(lead[:-1]) in ABBREV:
        return False  # "When Ms. Friedan …": a title's full stop ends no sentence
    first = m.group("first").lower()
    if first in _OPENING_WORDS or first.endswith(("ing", "ly")):
        return False
    before = m.group("before")
    if before in _JOINING_WORDS:
        # "Trump thanked his wife and his manager, Corey Lewandowski": joined to an object;
        # "Trump and his manager, Corey Lewandowski, met": joined to the subject
        return any(_verb_or_preposition(w.lower()) for w in m.group("mid").split())
    return _verb_or_preposition(before)


def _last_word(text: str) -> str:
    """The last word of ``text``, lower case ("" if none)."""
    words = text.split()
    return words[-1].lower() if words else ""
