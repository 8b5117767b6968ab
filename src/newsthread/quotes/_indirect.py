# ruff: noqa: RUF001
"""Reported speech without quote marks: "Rutte said (that) …" and "The plan will fail, he
said."
"""

from __future__ import annotations

import re

from newsthread.quotes._clause import MASK, Cue
from newsthread.quotes._cues import (
    CUE_FORMS,
    CUE_RE,
    INDIRECT_LEMMAS,
)
from newsthread.quotes._speakers import Entity, Registry, parse_subject
from newsthread.quotes._subjects import subject_or_antecedent

_END_CUE_RE = re.compile(
    r",\s+([^,;:\u0001]{1,80}?)\s+(said|says|added|adds|argued|argues|noted|notes|wrote|writes"
    r"|explained|insisted|warned|told \w+|claimed|contended|stressed|predicted)\s*[.!?]?\s*$"
)


_THAT_RE = re.compile(r"(?:\s+[\w’'.]+){0,5}?\s+that\s+")


_CLAUSE_START_RE = re.compile(
    r"\s+(?!in\b|on\b|at\b|to\b|during\b|after\b|before\b|so\b|it\b"
    r"|nothing\b|something\b|anything\b|the\s+(?:same|words?)\b|yes\b|no\b"
    r"|of\b|about\b|with\b|for\b|by\b|from\b)"
    r"[a-z\w]"
)


#: "said pleasantly into the phone": an adverb and a place, no reported clause.
_ADVERB_PHRASE_RE = re.compile(
    r"\s+[a-z]+ly\s+(?:into|to|in|on|at|from|with|as|after|before|during|over|outside)\b"
)


def find_indirect(masked: str, lo: int, hi: int) -> list[tuple[int, int, Cue]]:
    """Reported speech in one sentence ``masked[lo:hi]`` without quote marks."""
    out: list[tuple[int, int, Cue]] = []
    for m in CUE_RE.finditer(masked, lo, hi):
        word = m.group().lower()
        lemma = CUE_FORMS.get(word)
        if lemma not in INDIRECT_LEMMAS:
            continue
        after = masked[m.end() : min(hi, m.end() + 120)]  # bounded: linear on long sentences
        content_start = -1
        tm = _THAT_RE.match(after)
        if tm and word not in ("saying",):
            content_start = m.end() + tm.end()
        elif lemma in (
            "say",
            "add",
            "argue",
            "claim",
            "insist",
            "warn",
            "write",
            "believe",
            "think",
            "note",
            "predict",
            "acknowledge",
            "admit",
            "explain",
        ):
            am = _CLAUSE_START_RE.match(after)
            if am and after[:1] == " " and not _ADVERB_PHRASE_RE.match(after):
                content_start = m.end() + 1
        if content_start < 0:
            continue
        end = hi
        while end > content_start and masked[end - 1] in " .!?\n":
            end -= 1
        if end - content_start < 12 or masked.find(MASK, content_start, end) >= 0:
            continue
        subj = subject_or_antecedent(masked, m.start(), lo)
        if subj is None:
            continue
        np = parse_subject(subj[0])
        if np is None:
            continue
        out.append((content_start, end, Cue(np, subj[1], word, False, subj[0], m.span())))
        break
    else:
        # "The plan will fail, he said." / ", said Rutte."
        em = _END_CUE_RE.search(masked, lo, hi)
        if em:
            np = parse_subject(em.group(1))
            if np is not None and np.kind != "nominal":
                content_end = em.start()
                c0 = lo
                while c0 < content_end and masked[c0].isspace():
                    c0 += 1
                if content_end - c0 >= 12 and MASK not in masked[c0:content_end]:
                    cue = Cue(np, em.start(1), em.group(2), False, em.group(1), em.span(2))
                    out.append((c0, content_end, cue))
    return out


def resolve_indirect(
    reg: Registry,
    item: tuple[int, int, Cue],
    pos_base: int,
    found: list[tuple[int, int, Cue, Entity]],
) -> None:
    cs, ce, cue = item
    ent = reg.resolve(cue.np, pos_base + cue.pos)
    if ent is not None:
        reg.mention(pos_base + cue.pos, ent, 2)
        found.append((cs, ce, cue, ent))
