# ruff: noqa: RUF001
"""Continuation: quotes with no cue of their own take a speaker from around them.

A split quote (“A.” “B,” she said.) takes the speaker of the quote next to it; a
paragraph that opens with a quote goes on from the one before it (a statement, a
lead-in "Rutte said:", a dash signature under it, or the person its last sentence is
about); a quote that stands alone after reported speech goes on with that speaker.
"""

from __future__ import annotations

import re

import attrs

from newsthread.quotes._clause import WINDOW, Cue, RawQuote, sentence_ends
from newsthread.quotes._cue_before import cue_before
from newsthread.quotes._cues import (
    CUE_FORMS,
    CUE_RE,
    WEAK_LEMMAS,
)
from newsthread.quotes._registry import Entity, Registry
from newsthread.quotes._sentence_subject import sentence_subject
from newsthread.quotes._speakers import parse_subject
from newsthread.quotes._subjects import subject_left

_BARE_TAIL_RE = re.compile(
    r"\s*(?:(?:in|on|at|during|to|after|before|from|with|via|by|late|earlier|this|last)\b"
    r"[^,;\u0001]{0,60})?[.:]?\s*$"
)


_ENDS_HERE_RE = re.compile(r"\s*[.:]\s*$")


def bare_cue(masked: str, lo: int, hi: int) -> Cue | None:
    """A sentence "X said (in a statement)." whose cue reports nothing itself."""
    last = None
    for m in CUE_RE.finditer(masked, lo, hi):
        last = m
    if last is None:
        return None
    if CUE_FORMS.get(last.group().lower()) in WEAK_LEMMAS and not _ENDS_HERE_RE.match(
        masked, last.end(), hi
    ):
        return None  # "X agreed." / "X responded:" may lead in; "X called the plan" not
    if not _BARE_TAIL_RE.match(masked, last.end(), hi):
        return None
    subj = subject_left(masked, last.start(), lo)
    np = parse_subject(subj[0]) if subj is not None else None
    if subj is None or np is None:
        return None
    return Cue(np, subj[1], last.group().lower(), True, subj[0], last.span())


#: "— Ann Vale, Philadelphia": a line that signs the quote above it.
BYLINE_RE = re.compile(r"\s*[—–-]+\s*([A-Z][^,;:()\u0001\n]{1,60}?)\s*\.?\s*(?:[,(].{0,80})?$")


def _last_sentence(text: str, pos_base: int) -> tuple[str, int, int] | None:
    """The last sentence of a paragraph without quotes: (text, its start, pos_base)."""
    ends = sentence_ends(text)
    if not ends:
        return None
    return text, ends[-2] if len(ends) > 1 else 0, pos_base


_VERB_AFTER_RE = re.compile(r"\s[a-z]")


def last_subject(reg: Registry, sentence: tuple[str, int, int]) -> Entity | None:
    """The named person a paragraph's last sentence is about (its subject), if any."""
    masked, lo, pos_base = sentence
    ss = sentence_subject(masked, lo, len(masked))
    snp = parse_subject(ss[0]) if ss is not None else None
    if ss is None or snp is None or snp.kind not in ("name", "role"):
        return None
    if not _VERB_AFTER_RE.search(masked, ss[1] + len(ss[0])):
        return None  # "Pause.": a line with no verb is about nobody
    return reg.resolve(snp, pos_base + ss[1])


@attrs.define(slots=True)
class ParaState:
    """What a paragraph hands to the next one."""

    last_entity: Entity | None = None
    last_cue: str | None = None
    open_quote: bool = False
    #: the last quote's speaker came from the topic of the text before it (no cue)
    topic_quote: bool = False
    lead_in: Entity | None = None
    #: a paragraph without quotes, (text, pos_base): its last sentence is cut when needed
    quoteless: tuple[str, int] | None = None


@attrs.define(slots=True)
class Found:
    """A quote of the paragraph being read, with the windows continuation looks in."""

    quote: RawQuote
    #: a statement with no cue of its own: it borrows a speaker
    needs_speaker: bool
    #: the sentence before the quote's own (start, end)
    lead: tuple[int, int]
    #: the quote's own sentence up to the quote (start, end)
    head: tuple[int, int]


def sign_quotes_above(
    out: list[RawQuote], text: str, prev_para: int, reg: Registry, pos_base: int
) -> None:
    """ "“…” ¶ — Ann Vale, Philadelphia": a dash line signs the unattributed quotes above it."""
    bm = BYLINE_RE.match(text)
    if bm is None or not out or out[-1].entity is not None or out[-1].para != prev_para:
        return
    bnp = parse_subject(bm.group(1))
    if bnp is None or bnp.kind != "name":
        return
    ent = reg.resolve(bnp, pos_base + bm.start(1))
    for rq in reversed(out):
        if rq.para != prev_para or rq.entity is not None:
            break
        rq.entity, rq.cue, rq.evidence = ent, "—", "signature"


def borrow_speakers(
    found: list[Found],
    masked: str,
    pos_base: int,
    reg: Registry,
    prev: ParaState,
    opens_paragraph: bool,
    reported: list[tuple[int, int, Cue, Entity]],
) -> None:
    """Give each cue-less statement of a paragraph a speaker from around it, in order."""
    # the next quote with a speaker, for each quote (one backward pass: linear)
    next_attributed: list[RawQuote | None] = [None] * len(found)
    nxt: RawQuote | None = None
    for idx in range(len(found) - 1, -1, -1):
        next_attributed[idx] = nxt
        if found[idx].quote.entity is not None:
            nxt = found[idx].quote
    last_attributed: RawQuote | None = None
    for idx, f in enumerate(found):
        rq = f.quote
        if not f.needs_speaker or rq.entity is not None:
            if rq.entity is not None:
                last_attributed = rq
            continue
        donor = last_attributed
        if donor is None and idx == 0 and opens_paragraph:
            _from_previous_paragraph(rq, prev, reg, next_attributed[0] is None)
        if donor is None and rq.entity is None:
            _from_context(rq, f, masked, pos_base, reg, next_attributed[idx], reported)
            if rq.entity is None:
                donor = next_attributed[idx]
        if donor is not None:
            rq.entity, rq.cue, rq.evidence = donor.entity, donor.cue, "split"
        if rq.entity is not None:
            last_attributed = rq


def _from_previous_paragraph(
    rq: RawQuote, prev: ParaState, reg: Registry, nothing_follows: bool
) -> None:
    """A paragraph opening with a cue-less quote goes on from the paragraph before it."""
    if prev.lead_in is not None:
        rq.entity, rq.cue, rq.evidence = prev.lead_in, prev.last_cue, "lead-in"
    elif prev.last_entity is not None and (prev.open_quote or prev.last_cue or prev.topic_quote):
        rq.entity, rq.cue, rq.evidence = prev.last_entity, prev.last_cue, "continued"
    elif (
        prev.quoteless is not None
        and nothing_follows
        and (sentence := _last_sentence(*prev.quoteless)) is not None
        and (subj_ent := last_subject(reg, sentence)) is not None
    ):
        # "Valastro praised Christie. ¶ “We need someone …”": a quote paragraph with no
        # cue at all goes on from the person the last sentence is about
        rq.entity, rq.cue, rq.evidence = subj_ent, None, "topic"


def _from_context(
    rq: RawQuote,
    f: Found,
    masked: str,
    pos_base: int,
    reg: Registry,
    next_attributed: RawQuote | None,
    reported: list[tuple[int, int, Cue, Entity]],
) -> None:
    """The sentences before a cue-less quote in its own paragraph name its speaker."""
    ls, le = f.lead
    ls = max(ls, le - WINDOW)
    if rq.entity is None and le > ls:
        # "Sam Lau said in a statement. “…”": a cue with nothing to report leads in
        lc = bare_cue(masked, ls, le)
        if lc is not None:
            rq.entity = reg.resolve(lc.np, pos_base + lc.pos)
            rq.cue, rq.evidence = lc.cue, "lead-in"
    if rq.entity is not None or next_attributed is not None:
        return
    # "Coan argues that his client …. “The government …”": a quote that stands alone after
    # reported speech goes on with that speaker
    for _, ice, icue, ient in reversed(reported):
        if ls <= ice <= rq.start:
            rq.entity, rq.cue, rq.evidence = ient, icue.cue, "reported"
            return
    hs, he = f.head
    if masked[hs:he].rstrip().endswith((":", ",")):
        # "Trump issued a statement, “…”": the clause that introduces the quote with a colon
        # or comma has no cue, but its subject speaks
        ss = sentence_subject(masked, hs, he)
        snp = parse_subject(ss[0]) if ss is not None else None
        if ss is not None and snp is not None and snp.kind in ("name", "role", "group"):
            rq.entity = reg.resolve(snp, pos_base + ss[1])
            if rq.entity is not None:
                rq.evidence = "clause"
                return
    if le > ls and masked[ls:le].rstrip().endswith("."):
        # "The judge then turned to me. “Mr. Vale?”": the quote goes on from the named
        # person the sentence before it is about
        rq.entity = last_subject(reg, (masked, ls, pos_base))
        rq.evidence = "topic"


def lead_in(
    masked: str, ends: list[int] | None, last_quote_end: int, reg: Registry, pos_base: int
) -> tuple[Entity, str] | None:
    """A paragraph ending "Rutte said:" or "Trump issued the following statement:" leads
    into the next one: its speaker and cue."""
    end = len(masked)
    while end > 0 and masked[end - 1].isspace():
        end -= 1
    if end == 0 or masked[end - 1] != ":" or last_quote_end >= end:
        return None
    if ends is None:
        ends = sentence_ends(masked)
    lo = ends[-1] if ends and ends[-1] < end - 1 else 0
    lo = max(lo, end - WINDOW)
    lc = cue_before(masked, lo, end)
    if lc is None:
        ss = sentence_subject(masked, lo, end)
        snp = parse_subject(ss[0]) if ss is not None else None
        if ss is not None and snp is not None and snp.kind in ("name", "role", "group"):
            lc = Cue(snp, ss[1], ":", True, ss[0])
    if lc is None or lc.np.kind == "unknown":
        return None  # "Tom Vale was asked:": the words that follow are not his
    lead = reg.resolve(lc.np, pos_base + lc.pos)
    return (lead, lc.cue) if lead is not None else None
