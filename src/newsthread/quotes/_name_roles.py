# ruff: noqa: RUF001
"""What the words around a name say the person is: the role words before it ("campaign
pollster Douglas Schoen"), the role an apposition or a copula gives it ("Tom Vale, 54, a
retired teacher,"), and a kin noun before it ("Trump's wife, ")."""

from __future__ import annotations

import re

from newsthread.quotes._cues import CUE_FORMS, ROLE_WORDS
from newsthread.quotes._subjects import LEFT_STOP

#: "Trump's wife, " / "his younger brother, ": a kin noun after a possessive and a comma.
KIN_BEFORE_RE = re.compile(
    r"(?:’s|'s|\b[Hh]is|\b[Hh]er|\b[Tt]heir)\s+(?:[a-z\-]+\s+)?(wife|husband|daughter|son|mother|father"
    r"|sister|brother|niece|nephew|aunt|uncle|grandmother|grandfather|widow|girlfriend"
    r"|boyfriend),\s+$"
)


#: Words that may open the role words before a name and are no part of the role ("the mayor").
_ARTICLES = frozenset(["a", "an", "the", "his", "her", "their", "its", "our"])


ROLE_BEFORE_RE = re.compile(r"\b((?:[a-z][a-z\-]+\s+){0,2}[a-z][a-z\-]+)\s+$")

#: "Tom Vale, 54, a retired teacher," / "Tom Vale is the mayor": the role after a name.
_ROLE_AFTER_RE = re.compile(
    r"(?:,\s+(?:\d{1,3},\s+)?|\s+(?:is|was|has\s+been|had\s+been)\s+)(?:a|an|the)\s+"
    r"((?:[\w’'\-]+\s+){0,3}?[A-Za-z][a-z\-]+)(?=\s*[,.;]|\s+(?:of|for|at|in|on|who|since)\s)"
)
#: "Dover's mayor, Tom Vale," / "The mayor of Dover, Tom Vale,": the role before a name.
_ROLE_APPOS_BEFORE_RE = re.compile(
    r"(?:’s|'s|\b[Tt]he)\s+((?:[a-z\-]+\s+){0,2}[a-z][a-z\-]+)"
    r"(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})?,\s+$"
)


def described_role(text: str, at: int, end: int) -> str | None:
    """The role an apposition or a copula gives the name at ``text[at:end]``, if any."""
    if text.startswith(", ", at - 2):
        bm = _ROLE_APPOS_BEFORE_RE.search(text, max(0, at - 60), at)
        if bm is not None:
            return _role_words(bm.group(1).split())
    if not text.startswith((", ", " is ", " was ", " has ", " had "), end):
        return None
    am = _ROLE_AFTER_RE.match(text, end, min(len(text), end + 80))
    return _role_words(am.group(1).split()) if am is not None else None


def _role_words(words: list[str]) -> str | None:
    """ "a popular mayor" -> "mayor", "the finance minister" -> "finance minister"."""
    if not words or words[-1].lower() not in ROLE_WORDS or words[-1].lower() in _MODIFIER_ROLES:
        return None
    k = len(words) - 1
    while (
        k > 0
        and words[k - 1].lower() in ROLE_WORDS
        and words[k - 1].lower() not in ("former", "then")
    ):
        k -= 1
    return " ".join(words[k:])


#: Role words that describe no office alone ("the former", "a senior").
_MODIFIER_ROLES = frozenset(["former", "then", "state", "national", "senior", "top", "vice", "deputy", "prime", "house", "senate", "presidential", "foreign", "party", "campaign", "trade", "health", "finance", "interior", "majority", "minority"])  # fmt: skip


def role_before(text: str, at: int) -> str | None:
    """ "campaign pollster Douglas Schoen": the lower-case role words before a name."""
    if not role_word_ends(text, at):
        return None  # (most names: no search of the window)
    rm = ROLE_BEFORE_RE.search(text, max(0, at - 40), at)
    rw = rm.group(1).split() if rm is not None else []
    if not rw or rw[-1] not in ROLE_WORDS:
        return None
    k = 0
    while k < len(rw) - 1 and (rw[k] in LEFT_STOP or rw[k] in CUE_FORMS or rw[k] in _ARTICLES):
        k += 1
    return " ".join(rw[k:])


#: The lower-case word (letters and hyphens) before the spaces that end a reversed window.
_LOWER_WORD_BACK_RE = re.compile(r"\s+([a-z\-]+)")


def role_word_ends(text: str, at: int) -> bool:
    """Could :data:`ROLE_BEFORE_RE` give a role before ``at``: does a role word end the
    lower-case word before the spaces there (the whole word, or its part after a hyphen)?
    Its last word is one of those: read backwards instead of searching the window."""
    m = _LOWER_WORD_BACK_RE.match(text[max(0, at - 40) : at][::-1])
    if m is None:
        return False
    word = m.group(1)[::-1]
    if word in ROLE_WORDS:
        return True
    cut = word.find("-")
    while cut >= 0:
        if word[cut + 1 :] in ROLE_WORDS:
            return True
        cut = word.find("-", cut + 1)
    return False


#: Kin nouns of :data:`KIN_BEFORE_RE`, one of which ends the text before its comma.
_KIN_WORDS = ("wife", "husband", "daughter", "son", "mother", "father", "sister", "brother", "niece", "nephew", "aunt", "uncle", "grandmother", "grandfather", "widow", "girlfriend", "boyfriend")  # fmt: skip


def kin_before(text: str, at: int) -> re.Match[str] | None:
    """``KIN_BEFORE_RE.search(text, max(0, at - 40), at)``, searched only when a kin noun,
    a comma and spaces end the window (most runs: none)."""
    lo = max(0, at - 40)
    comma = text.rfind(",", lo, at)
    if comma < 0 or comma + 1 == at or not text[comma + 1 : at].isspace():
        return None
    if not text.endswith(_KIN_WORDS, lo, comma):
        return None
    return KIN_BEFORE_RE.search(text, lo, at)
