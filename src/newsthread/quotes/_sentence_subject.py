# ruff: noqa: RUF001
"""The noun phrase that opens a sentence: the subject a participle or a colon refers to,
past conjunctions, datelines, asides, openers and opening phrases."""

from __future__ import annotations

import re

from newsthread.quotes._clause import NOUN_DETERMINERS
from newsthread.quotes._cues import (
    CUE_FORMS,
    FEMALE,
    FUNCTION_WORDS,
    MALE,
    PRONOUN_GENDER,
    ROLE_WORDS,
)
from newsthread.quotes._speaker_words import GROUP_COUNTS
from newsthread.quotes._speakers import parse_subject, people_plural
from newsthread.quotes._subjects import AUX, NAME_LINKS, is_adverb, role_noun, word_spans

__all__ = ["opener_word", "sentence_subject"]


_DATELINE_RE = re.compile(r"\s(?:—|–|--|-)\s")


# How many opening phrases (asides, places, conjunctions, openers) are skipped at most.
_MAX_DEPTH = 4


#: A state after its city ("At a rally in Portsmouth, N.H., on Tuesday, Sanders …").
_STATE_ABBR_RE = re.compile(
    r"(?!U\.)(?:[A-Z]\.){2}|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Mass|Md"
    r"|Mich|Minn|Miss|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wisc|Wyo)\."
)


def sentence_subject(
    text: str, lo: int, hi: int, allow_intro: bool = False, _depth: int = 0
) -> tuple[str, int] | None:
    """The noun phrase that opens a sentence: the subject a participle refers to."""
    j = lo
    while j < hi and text[j].isspace():
        j += 1
    if j < hi and text[j] == "(" and _depth < 2:
        # "(Ann Lee called it a disgrace), Tom Vale inflamed …": an aside opens the sentence
        close = text.find(")", j, min(hi, j + 200))
        if close > 0:
            j = close + 1
            while j < hi and (text[j].isspace() or text[j] == ","):
                j += 1
            return sentence_subject(text, j, hi, allow_intro, _depth + 1)
    words, start = _opening_words(text, lo, hi)
    if not words:
        return None
    first = words[0]
    if (
        _STATE_ABBR_RE.fullmatch(first)
        and text.startswith(",", start + len(first))
        and _depth < _MAX_DEPTH  # "N.H., N.H., …" must not recurse without end
    ):
        # the state of a place in the opening phrase: the subject comes after it
        return sentence_subject(text, start + len(first) + 1, hi, allow_intro, _depth + 1)
    if first in _CONJUNCTIONS and len(words) > 1 and _depth < 2:
        # "But Sen. Pat Toomey refused …": the subject follows the conjunction
        return sentence_subject(text, start + len(first), hi, allow_intro, _depth + 1)
    if not allow_intro and len(first) > 1 and first.isupper() and first.isalpha():
        # a dateline: "LA CROSSE, Wisc. — Gov. Mike Pence blamed …"
        dash = _DATELINE_RE.search(text, lo, min(hi, lo + 60))
        if dash is not None:
            return sentence_subject(text, dash.end(), hi, allow_intro=True)
    if len(words) == 1 and first.lower() in PRONOUN_GENDER and first.lower() != "it":
        return first, start  # "She went on to attack Trump, saying …": the pronoun is the subject
    if first.lower() in ("the", "a", "an", "one"):
        head = _role_head(words)
        if head:
            # "The Florida senator sought to calm …, saying": a described person
            return " ".join(words[:head]), start
    # "Hundreds of protesters marched …": a counted group is the subject
    counted = len(words) > 2 and words[1] == "of" and first.lower() in GROUP_COUNTS
    if (
        (first.lower() in FUNCTION_WORDS and not counted)
        or (first[:1].isupper() and first.endswith("ing") and first.lower() not in MALE)
        or (opener_word(first) and first.lower() not in MALE and first.lower() not in FEMALE)
        # "Led by the speaker, the rally denounced …": a participle phrase opens the sentence
        or (first.endswith("ed") and text.startswith(" by ", start + len(first)))
        # "Like Reed, Vale rejected …": a preposition opens the sentence
        or (first.lower() in _OPENING_PREPOSITIONS and text.startswith(" ", start + len(first)))
    ) and not allow_intro:
        # "After the debate, …" / "Filling in for Sanders at the event, West said …"
        comma = text.find(",", lo, min(hi, lo + 120))
        if comma > 0 and not (first.lower() in NOUN_DETERMINERS and _has_verb(text, start, comma)):
            # two stacked openers ("On Thursday, after the vote, Warren …") are skipped too
            sub = sentence_subject(text, comma + 1, hi, allow_intro=_depth > 0, _depth=_depth + 1)
            if sub is not None and sub[0].split()[0] in CUE_FORMS:
                return None  # "A Warren adviser, who spoke …, said": a verb is no subject
            return sub
    am = _NAME_APPOS_RE.match(text, start + len(" ".join(words)), hi)
    if am is not None:
        rnp, nnp = parse_subject(" ".join(words)), parse_subject(am.group(1))
        if rnp is not None and rnp.kind == "role" and nnp is not None and nnp.kind == "name":
            return am.group(1), am.start(1)  # "Vale's state director, Tom Reed, reached …"
    return " ".join(words), start


#: Prepositions no cue list or function-word list knows, that open a phrase before the subject.
_OPENING_PREPOSITIONS = frozenset(
    ["like", "unlike", "besides", "alongside", "amid", "amidst", "following", "toward", "towards", "against", "without", "within", "upon", "beyond", "throughout"]
)  # fmt: skip


#: A name in apposition after the opening words: ", Tom Reed,".
_NAME_APPOS_RE = re.compile(r",\s+((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*),\s")


def _opening_words(text: str, lo: int, hi: int) -> tuple[list[str], int]:
    """The words that open the sentence at ``lo`` up to the first that cannot be the
    subject's (an auxiliary, a verb, a time phrase, a mark), and where the first starts."""
    # the first ten words only: at most nine are read, and the one after each
    spans = word_spans(text, lo, min(hi, lo + 200), 10)
    words: list[str] = []
    start = -1
    for k, (s, e) in enumerate(spans[:9]):
        w = text[s:e]
        low = w.lower()
        if w in ",;:()—–\u0001" or (
            words
            and w[:1].islower()
            and (
                low in AUX
                # "The Vale campaign on Monday also doubled down": a time phrase ends it
                or (low in ("on", "in", "during", "last", "this") and len(words) > 1)
                # "the secretary of state talked": a cue word after "of" is a noun
                or (
                    low in CUE_FORMS
                    and words[-1].lower() != "of"
                    and not words[-1].endswith(("’s", "'s"))  # "the campaign's state director"
                    # "Vale's Virginia state director": "state" before a role noun
                    and not (
                        low == "state"
                        and k + 1 < len(spans)
                        and role_noun(text[slice(*spans[k + 1])])
                    )
                )
                or (
                    low.endswith(("ed", "s"))
                    and low not in ROLE_WORDS
                    and not low.endswith(("’s", "'s"))  # "The campaign's director"
                    # "The protesters interrupted", "Vale supporters gathered": people
                    and not (low.endswith("s") and _plural_head(text, spans, k, words))
                )
                # "Carly Fiorina threw her support": a name ends at its verb, whatever its form
                # (not at a role noun: "The Florida senator sought to …")
                # ("Former Republican presidential candidate Jeb Bush broke down")
                or (
                    _all_caps(words)
                    and low not in NAME_LINKS
                    and not role_noun(low)
                    and not _plural_head(text, spans, k, words)  # "Vale supporters"
                    and not (k + 1 < len(spans) and role_noun(text[slice(*spans[k + 1])]))
                )
                # "Republican presidential candidate Donald Trump quickly took to": the
                # described name ends at the first lower-case word after it
                or (_described_name(words) and low not in NAME_LINKS)
            )
        ):
            break
        if start < 0:
            start = s
        words.append(w)
    return words, start


#: Words that start an object: after them a plural noun of people was a verb ("Ann Lee
#: judges the contest", "Tom Vale nurses a grudge").
_OBJECT_STARTS = NOUN_DETERMINERS | frozenset(["him", "them", "me", "us", "it", "some", "no"])

#: Words after a plural noun of people that go on with its phrase ("CIA officers with …").
_POST_MODIFIER_STARTS = frozenset(["who", "with", "of", "from", "in", "at", "and", "across"])


def _plural_head(text: str, spans: list[tuple[int, int]], k: int, words: list[str]) -> bool:
    """Is the k-th word a plural noun of people heading the opening words ("The protesters
    interrupted", "Vale supporters gathered"), not a verb of the same form ("Ann Lee chairs
    the panel", "Lee counsels patience")? After a name, only before a verb's form."""
    low = text[slice(*spans[k])].lower()
    if len(words) > 3 or not people_plural(low):
        return False
    if k + 1 >= len(spans):
        return True
    nxt = text[slice(*spans[k + 1])]
    nlow = nxt.lower()
    if nlow in _OBJECT_STARTS or nxt[:1].isupper() or nlow.endswith(("’s", "'s")):
        return False
    if not words[-1][:1].isupper():
        return True  # "The protesters interrupted her speech"
    # "Vale supporters gathered", "Vale supporters say", "Vale supporters, who …", "CIA
    # officers with experience …"
    return (
        nlow.endswith("ed")
        or nlow in AUX
        or nlow in CUE_FORMS
        or nlow in _POST_MODIFIER_STARTS
        or not nlow[:1].isalpha()
    )


_CONJUNCTIONS = frozenset(["But", "And", "Yet", "So", "Still", "Or"])


def _described_name(words: list[str]) -> bool:
    """Do the words end in a name of two capitalised words after a lower-case role noun?"""
    if len(words) < 3 or not (words[-1][:1].isupper() and words[-2][:1].isupper()):
        return False
    return any(w.islower() and role_noun(w) for w in words[:-2])


def _role_head(words: list[str]) -> int:
    """How many words make "The Florida senator" in "The Florida senator sought to …": a
    determiner, up to two modifiers, a role noun, then a lower-case verb (0 if not so)."""
    for i in range(1, min(4, len(words) - 1)):
        nxt = words[i + 1]
        if (
            role_noun(words[i].lower())
            and nxt.islower()
            and not role_noun(nxt)
            and nxt not in NAME_LINKS
            # "The judge then turned to me": an adverb before the verb
            and (nxt not in FUNCTION_WORDS or is_adverb(nxt))
        ):
            return i + 1
    return 0


def _all_caps(words: list[str]) -> bool:
    """Are the words (after a determiner: "The spokesman") all capitalised, a name so far?"""
    if words and words[0].lower() in NOUN_DETERMINERS:
        words = words[1:]
    return bool(words) and all(x[:1].isupper() for x in words)


def _has_verb(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` hold a finite verb ("A spokesman refused to …,"): then a phrase
    opening with a determiner is the clause's subject, not an introductory phrase."""
    for s, e in word_spans(text, lo, hi):
        w = text[s:e]
        if w.islower() and (w in AUX or w in CUE_FORMS or (w.endswith("ed") and len(w) > 3)):
            return True
    return False


_OPENER_ADJECTIVES = frozenset(
    ["good", "bad", "few", "several", "new", "old", "other", "more", "less", "much", "little", "big", "great", "certain", "similar", "various"]
)  # fmt: skip


def opener_word(word: str) -> bool:
    """A capitalised sentence opener that is no name: an -ly adverb ("Hastily") or a common
    adjective or quantifier ("Good", "Several")."""
    low = word.lower()
    return low in _OPENER_ADJECTIVES or (low.endswith("ly") and len(low) > 4)
