# ruff: noqa: RUF001
"""Labels right before a quote, with no cue verb of their own: "in Lee's words, “", "in the
words of Tom Vale, “", "Pollsters agree - Tom Vale: “", "Rutte: “", "More from the report:
“", and a colon after the sentence's subject ("Rubio fired back forcefully: “")."""

from __future__ import annotations

import re

from newsthread.quotes._clause import Cue
from newsthread.quotes._cues import CUE_FORMS, CUE_RE, ROLE_WORDS, WEAK_LEMMAS
from newsthread.quotes._sentence_subject import sentence_subject
from newsthread.quotes._speakers import parse_subject, strip_possessive

#: No cue word, or a weak one: one set, not a tuple made again at every test.
WEAK_OR_NONE: frozenset[str | None] = frozenset([None, *WEAK_LEMMAS])


#: "in Lee's words, “" / "in the words of Tom Vale, “" / "in his own words: “" right before
#: the quote.
_IN_WORDS_RE = re.compile(
    r"\b[Ii]n\s+(?:the\s+words\s+of\s+(?P<of>[^,;:\u0001]{2,60}?)"
    r"|(?P<own>[A-Z][^,;:\u0001]{0,60}?(?:’s|'s|’|')|his|her|their)\s+(?:own\s+)?words)"
    r"[,:]\s*$"
)
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they"}


def in_words_before(masked: str, head_lo: int, qs: int) -> Cue | None:
    """ "…, in Forbes' words, “…”": the owner of the words is the speaker."""
    if qs - head_lo < 10 or masked[qs - 3 : qs].rstrip()[-1:] not in (",", ":"):
        return None  # most quotes: no comma or colon right before them
    m = _IN_WORDS_RE.search(masked, max(head_lo, qs - 100), qs)
    if m is None:
        return None
    g = "of" if m.group("of") else "own"
    phrase = m.group(g)
    if g == "own":
        phrase = _POSSESSIVE_PRONOUNS.get(phrase) or strip_possessive(phrase)
    np = parse_subject(phrase)
    if np is None:
        return None
    if g == "of" and np.kind not in ("name", "role", "group") and np.gender != "p":
        return None  # "in the words of the song": a work, not a person, has the words
    return Cue(np, m.start(g), "words", True, phrase, m.span())


#: "More from the report:", "The verdict from Tom Reed:": the source of the words after the colon.
_FROM_SOURCE_RE = re.compile(
    r"(?:More\s+from|From|(?:The|A|An)\s+(?:[a-z][\w\-]*\s+)?(?:verdict|response|reply|message"
    r"|word|answer|reaction|statement|warning|advice|retort|assessment)\s+from)\s+(\S.{0,50})$"
)


#: A noun phrase closing the text before a dash ("his old boss", "the chair", "one person").
_APPOSED_NP_RE = re.compile(
    r"\b(?:the|a|an|his|her|their|its|our|my|your|one|this|that)\s+(?:[\w’'-]+\s+){0,2}"
    r"[\w’'-]+\s*\Z",
    re.IGNORECASE,
)


def dash_name_colon(masked: str, head_lo: int, qs: int) -> Cue | None:
    """ "Pollsters agree - Tom Vale: “…”": a name set off by a dash before a colon labels the
    quote, over the cue before the dash."""
    stripped = masked[head_lo:qs].rstrip()
    if not stripped.endswith(":"):
        return None
    lead = stripped[:-1]
    cut = max(lead.rfind(c) for c in "-–—")
    if cut < 0 or lead[cut + 1 : cut + 2] != " " or lead[cut - 1 : cut] != " ":
        return None  # "Jean-Luc:" is a name, not a dash before one
    cand = lead[cut + 1 :].strip()
    np = parse_subject(cand) if 0 < len(cand) < 60 and _colon_ok(cand) else None
    if np is None or np.kind != "name":
        return None
    if _APPOSED_NP_RE.search(lead, 0, cut) and any(
        CUE_FORMS.get(m.group().lower()) not in WEAK_OR_NONE
        for m in CUE_RE.finditer(masked, head_lo, head_lo + cut)
    ):
        # "Tom Vale said of his old boss - Ann Lee: “…”": the name stands in apposition to
        # the object of a speech verb, whose subject speaks
        return None
    colon = (head_lo + len(lead), head_lo + len(stripped))
    return Cue(np, head_lo + cut + 2, ":", True, cand, colon)


def colon_before(masked: str, head_lo: int, qs: int) -> Cue | None:
    """ "Rutte: “…”" (a name and a colon right before the quote) and "Rubio fired back
    forcefully: “…”" (the clause subject introduces the quote)."""
    stripped = masked[head_lo:qs].rstrip()
    if not stripped.endswith(":"):
        return None
    lead = stripped[:-1]
    colon = (head_lo + len(lead), head_lo + len(stripped))
    cut = max(lead.rfind(c) for c in ",.;-–—\u0001")
    cand = lead[cut + 1 :].strip()
    fm = _FROM_SOURCE_RE.match(cand)
    if fm is not None:
        # "More from the report: “…”", "The verdict from Tom Reed: “…”": the source whose
        # words follow
        np = parse_subject(fm.group(1))
        if np is not None and np.kind in ("name", "role", "group", "nominal"):
            at = head_lo + cut + 1 + (len(lead[cut + 1 :]) - len(lead[cut + 1 :].lstrip()))
            return Cue(np, at + fm.start(1), ":", True, fm.group(1), colon)
    np = parse_subject(cand) if 0 < len(cand) < 60 and _colon_ok(cand) else None
    if np is not None and np.kind in ("name", "role", "group"):
        return Cue(np, head_lo + cut + 1, ":", True, cand, colon)
    hm = _HERE_RE.match(cand)
    if hm is not None and hm.group(1).split()[0].lower() not in _NOT_PRESENTED:
        # "Here's Clinton in December 1992: “…”": the person presented speaks; "Here's Tom
        # Reed's letter to Ann Vale:" is the owner's, never the addressee's
        presented = _OWNER_CUT_RE.split(hm.group(1), 1)[0]
        hnp = parse_subject(presented)
        if hnp is not None and hnp.kind in ("name", "role", "group"):
            at = head_lo + cut + 1 + (len(lead[cut + 1 :]) - len(lead[cut + 1 :].lstrip()))
            return Cue(hnp, at + hm.start(1), ":", True, presented, colon)
    snp = None
    for lo3 in (head_lo, head_lo + cut + 1):
        ss = sentence_subject(masked, lo3, qs)
        snp = parse_subject(ss[0]) if ss is not None else None
        if snp is not None and snp.kind in ("name", "role", "group", "pronoun"):
            break
    if ss is not None and snp is not None and snp.kind in ("name", "role", "group", "pronoun"):
        return Cue(snp, ss[1], ":", True, ss[0], colon)
    return None


#: "Here's Clinton in December 1992", "Here is Tom Vale on the budget": who is presented.
_HERE_RE = re.compile(
    r"(?:Here(?:’s|'s|\s+is|\s+was)|And\s+here(?:’s|'s|\s+is))\s+(\S.{0,50}?)"
    r"(?:,?\s+(?:in|on|at|during|from|last|this|back|speaking|talking|writing)\b.{0,60})?$"
)
#: Where the person presented ends: an owner's mark ("Tom Reed's letter") or the one the
#: words go to ("… to Ann Vale", "… for the mayor").
_OWNER_CUT_RE = re.compile(r"(?:’s|'s|’|')(?=\s)|\s(?:to|for|at|with)\s")
#: Words after "Here's" that present no person ("Here's what …", "Here's the thing").
_NOT_PRESENTED = frozenset(["what", "how", "why", "where", "when", "who", "the", "a", "an", "this", "that", "one", "more", "part", "some"])  # fmt: skip


def _bare(word: str) -> str:
    """ "spokesman's" -> "spokesman" (lower case, no possessive, no full stop)."""
    low = word.lower().rstrip(".")
    for suffix in ("’s", "'s", "’", "'"):
        if low.endswith(suffix):
            return low[: -len(suffix)]
    return low


def _colon_ok(cand: str) -> bool:
    """ "Rutte: “…”" or "NATO's chief Mark Rutte: “…”", not "later that month on CNN: “…”"."""
    words = cand.split()
    if len(words) > 8:
        return False
    return all(
        w[:1].isupper()
        or _bare(w) in ROLE_WORDS
        or w.lower() in ("the", "of")
        or (k > 0 and words[k - 1].lower() == "of")  # "secretary of state", "of defense"
        for k, w in enumerate(words)
    )
