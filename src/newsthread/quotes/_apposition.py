# ruff: noqa: RUF001
"""Appositions: "Dexter Wakefield, a minister with the church, told" / "Ann Vale, attorney
for one of four groups …, said": the name and the phrase that describes it."""

from __future__ import annotations

import re

from newsthread.quotes._speakers import parse_subject

OPEN_APPOS_RE = re.compile(
    r"(?:^|(?<=[.;:\u0001\s]))([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}),\s+"
    r"(?:the|a|an)\s+[\w’'\- ]{0,60}?\b(?:for|of|at|with)\s+$"
)


# "Dexter Wakefield, a minister with the church in Ohio, told" / "Fiorina, speaking to
# Iowans, said": an apposition or participle phrase between the name and the cue
_APPOS_BEFORE_CUE_RE = re.compile(
    r"(?:^|(?<=[\s(\u0001]))((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*(?:\s+\([^()]{1,20}\))?)"
    # "Lance Beebe, 49, a Navy veteran": an age first; "Sen. Ann Lee, D-Ohio, who …": a party tag
    r"(?:,\s+\d{1,3}|,\s+[DRI]-[A-Z][\w.\-]*)?,\s+"
    # "Vale, clad in a red cape, said" / "Vale, later alleging that …, said": a participle
    r"((?:(?:later|also|then|now|[a-z]{3,}ly)\s+)?"
    r"(?:the|a|an|who(?:[’']s)?|whose|one\s+of|during|in|at|after|before|[a-z]+ing|clad|[a-z]{3,}ed)"
    r"\s[^,;:()\u0001]{1,180}"
    r"(?:,\s+[A-Z][\w.]*)?),\s*$"
)


TIME_BEFORE_CUE_RE = re.compile(
    r"(?<=\w)\s+(?:(?:on|last|this|late|early)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
    r"at\s+the\s+time|(?:last|this)\s+(?:week|month|year)|(?:later|earlier)(?:\s+that\s+day)?)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*$"
)


# "A White House official, who requested anonymity to discuss …, said": a described speaker
# and a relative clause ("a resident, whose name was withheld,", "the report, which …,") or a
# participle phrase ("The report, released Monday, said")
_ROLE_WHO_BEFORE_CUE_RE = re.compile(
    r"(?:^|(?<=[\s(\u0001]))((?:[Aa]n?|[Tt]he|One|Another|[Tt]his|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+"
    r"(?:[\w’'.\-]+\s+){0,3}[a-z][\w\-]*),\s+(?:who(?:[’']s)?|whose|which|[a-z]{3,}ed)\s[^,;:()\u0001]{1,160},\s*$"
)


def appos_subject(text: str, cue_start: int, lo: int) -> tuple[str, int] | None:
    """ "Dexter Wakefield, a minister with the church in Ohio, told": the name (with its
    apposition when that parses as one subject)."""
    m = _APPOS_BEFORE_CUE_RE.search(text, lo, cue_start)
    if m is None:
        rm = _ROLE_WHO_BEFORE_CUE_RE.search(text, lo, cue_start)
        rnp = parse_subject(rm.group(1)) if rm is not None else None
        if rm is None or rnp is None or rnp.kind not in ("role", "nominal"):
            return None
        return rm.group(1), rm.start(1)
    phrase = m.group(0).rstrip(" ,")
    np = parse_subject(phrase)
    if np is None or np.kind not in ("name", "group"):
        phrase = m.group(1)
        np = parse_subject(phrase)
        if np is None or np.kind not in ("name", "group"):
            return None
    return phrase, m.start(1)


def appositive_name(words: list[str]) -> bool:
    """ "Miller, a retired worker from a nuclear plant,", "Tom Reed, the chairman for the
    county,": a name of up to four capitalised words, then its apposition."""
    k = next((i for i, w in enumerate(words[:4]) if w.endswith(",")), -1)
    if k < 0 or len(words[k]) < 3 or not all(w[:1].isupper() for w in words[: k + 1]):
        return False
    np = parse_subject(" ".join(words[: k + 1])[:-1])
    return np is not None and np.kind in ("name", "group") and words[-1].endswith(",")


def shorten_apposition(words: list[str]) -> list[str]:
    """ "Ann Vale, attorney for one of four groups to file suit over the law,": a name of up
    to four capitalised words, then a long apposition, cut to its first words."""
    k = next((i for i, w in enumerate(words[:4]) if w.endswith(",")), -1)
    if k < 0 or not words[-1].endswith(",") or not all(w[:1].isupper() for w in words[: k + 1]):
        return words
    if k + 7 >= len(words):
        return words
    cut = words[k + 1 : k + 7]
    cut[-1] = cut[-1].rstrip(",") + ","
    return [*words[: k + 1], *cut]
