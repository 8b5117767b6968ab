# ruff: noqa: RUF001
"""The evidence around one quote: its cue and where the cue stands, and whether it is speech.

A quote's cue is looked for after it first (``, Rutte said``), then before it (``Rutte
said: “``), then, for a quote inside a sentence with none of its own, in the sentence
(a closing reporting clause, a claim's owner, the sentence's subject). Quoted words that
are no statement (titles, ids, scare quotes) are told apart here too. Each look is
bounded by the quote's sentence and by ``WINDOW``: linear in the paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import attrs

from newsthread.model import QuoteKind
from newsthread.quotes._clause import MASK, WINDOW, Cue
from newsthread.quotes._cue_after import cue_after, passive_agent, subordinate_after
from newsthread.quotes._cue_before import OBJECT_CUES, CueIndex, cue_before, subject_cue
from newsthread.quotes._cues import CUE_FORMS
from newsthread.quotes._indirect import find_indirect
from newsthread.quotes._marks import MarkSpan, quote_body
from newsthread.quotes._outer import closing_clause, leading_source, outer_source
from newsthread.quotes._owner import claim_owner
from newsthread.quotes._registry import Registry
from newsthread.quotes._sentence_subject import opener_word
from newsthread.quotes._statements import BYLINE_AFTER_RE, HAS_LETTER_RE, TITLE_OWNER_RE, is_title

__all__ = ["Evidence", "Para", "evidence", "in_reported_clause", "windows"]


@attrs.define(slots=True)
class Para:
    """One paragraph being read: the text with its quotes masked, and its sentences."""

    index: int
    text: str
    masked: str
    spans: list[MarkSpan]
    ends: list[int]
    pos_base: int
    cues: CueIndex | None


@attrs.define(slots=True)
class Evidence:
    """What the words around one quote say about it."""

    start: int
    end: int
    cue: Cue | None
    kind: QuoteKind
    standalone: bool
    #: False for quoted words that are no statement (a title, an id, a scare quote)
    speech: bool = True
    #: where the cue stands: "after" or "before" the quote, or "subject" of its sentence
    where: str = "after"
    #: the cue the outer source (``cue``) reports ("Welch said" in "…, Welch said, according
    #: to the Post"): its subject stays the topic that a later "he" goes back to
    reporter: Cue | None = None
    #: quoted words with no cue of their own inside a sentence (a scare quote, or the
    #: quoted part of a reported clause)
    scare: bool = False


#: "called Rubio “Little Marco”", "dubbed her “The Chancellor …”": a naming cue, its object.
_NAMED_OBJECT_RE = re.compile(r"\s+(?:[\w’'.\-]+\s+){0,3}$")


def _named_by_cue(masked: str, cue: Cue | None, qs: int) -> bool:
    """Is the quote at ``qs`` what a "call" cue names its object (a nickname someone gave)?"""
    if cue is None or cue.span is None or CUE_FORMS.get(cue.cue) != "call":
        return False
    if cue.np.kind == "nominal" or masked[max(0, cue.span[0] - 2) : cue.span[0]] == ", ":
        return False  # "a group called the “We The People Foundation”": a name
    return _NAMED_OBJECT_RE.fullmatch(masked, cue.span[1], qs) is not None


#: The longest sentence (characters) whose reported clause a scare quote is looked up in.
_CLAUSE_SENTENCE = 600


def in_reported_clause(p: Para, qi: int, ev: Evidence) -> Evidence:
    """``ev`` with the cue of the reported clause that holds the quote ``qi``, if one does."""
    sp = p.spans[qi]
    inner = p.text[ev.start : ev.end].strip()
    if " " not in inner and inner[:1].isupper():
        return ev  # "Jesús “Chuy” García", the “Remain” side: a name, not words said
    lo = _sentence_start(p.ends, sp.start)
    hi = _sentence_end(p.ends, sp.end, len(p.masked))
    if hi - lo > _CLAUSE_SENTENCE:
        return ev  # a sentence this long is no reported clause to read (and stays linear)
    for cs, ce, cue in find_indirect(p.masked, lo, hi, quoted=True):
        np = cue.np
        if cs > sp.start or sp.end > ce + 2 or np.kind == "unknown":
            continue
        if np.kind == "nominal" and np.gender != "p":
            continue  # "the unusual step of …", "the press release": no speaker to trust
        if np.kind == "name" and opener_word(np.name or ""):
            continue  # "Hastily, Trump …"
        if np.kind in ("name", "role", "pronoun", "group", "nominal"):
            return Evidence(ev.start, ev.end, cue, QuoteKind.PARTIAL, False, where="indirect")
    return ev


def windows(p: Para) -> list[tuple[int, int, int, int]]:
    """For each quote: (index, start of the sentence before, start of the look-back, end of
    the look-ahead), bounded by the sentences around it and by ``WINDOW``."""
    spans, ends = p.spans, p.ends
    out: list[tuple[int, int, int, int]] = []
    ei = 0
    prev_end = prev_start = 0
    for qi, sp in enumerate(spans):
        while ei < len(ends) and ends[ei] <= sp.start:
            prev_start, prev_end = prev_end, ends[ei]
            ei += 1
        k = ei
        while k < len(ends) and ends[k] <= sp.end:
            k += 1
        nxt_end = ends[k] if k < len(ends) else len(p.masked)
        head_lo = max(prev_end, sp.start - WINDOW)  # bounded look-back: linear time
        tail_hi = min(nxt_end, sp.end + WINDOW)
        if qi + 1 < len(spans):
            tail_hi = min(tail_hi, spans[qi + 1].start)
        out.append((qi, prev_start, head_lo, tail_hi))
    return out


def _sentence_end(ends: list[int], pos: int, default: int) -> int:
    """The first sentence end after ``pos``."""
    k = bisect_right(ends, pos)
    return ends[k] if k < len(ends) else default


def _sentence_start(ends: list[int], pos: int) -> int:
    """Where the sentence holding ``pos`` starts."""
    k = bisect_right(ends, pos)
    return ends[k - 1] if k > 0 else 0


def _next_opens(p: Para, qi: int) -> bool:
    """Whether the quote after the ``qi``-th starts with a capital letter."""
    if qi + 1 >= len(p.spans):
        return False
    bs, be = quote_body(p.text, p.spans[qi + 1])
    return p.text[bs:be].lstrip()[:1].isupper()


def _cue_of(p: Para, qi: int, head_lo: int, tail_hi: int, words_end: str) -> tuple[Cue | None, str]:
    """A quote's own cue and where it stands: after it, a passive agent, or before it (where
    a nearer claim's owner takes over)."""
    masked, sp = p.masked, p.spans[qi]
    ends_sentence = words_end in (".", "!", "?")
    if sp.closed:
        cue = cue_after(masked, sp.end, tail_hi, ends_sentence, words_end, _next_opens(p, qi))
        cue = cue or passive_agent(masked, head_lo, sp.start, sp.end, tail_hi)
        if cue is not None:
            return cue, "after"
    cue = cue_before(masked, head_lo, sp.start, p.cues, p.text)
    if cue is None and sp.closed and _colon_then_quote(masked, sp.end, tail_hi):
        # "But “…,” Vale said: “…”": a cue that leads the next quote keeps this one too when
        # nothing before it can own it (it would be lost)
        cue = cue_after(
            masked, sp.end, tail_hi, ends_sentence, words_end, _next_opens(p, qi), False
        )
        if cue is not None:
            return cue, "after"
    if cue is not None and not cue.adjacent and cue.span is not None:
        # "Lee said Vale's claim that the plan “failed” …": the nearer frame's owner
        owner = claim_owner(
            masked, cue.span[1], sp.start, CUE_FORMS.get(cue.cue.lower()) in OBJECT_CUES
        )
        if owner is not None:
            return owner, "owner"
    return cue, "before"


def _colon_then_quote(masked: str, qe: int, tail_hi: int) -> bool:
    """Is the text after a quote ended by a colon and the next quote ("… Vale said: “")?"""
    return (
        tail_hi < len(masked)
        and masked[tail_hi] == MASK
        and masked[qe:tail_hi].rstrip().endswith(":")
    )


def _cue_in_sentence(
    p: Para, qi: int, head_lo: int, nwords: int, reg: Registry
) -> tuple[Cue | None, str]:
    """The cue of a quote inside a sentence that has none of its own: a closing reporting
    clause, a claim's owner, or the sentence's subject."""
    masked, sp = p.masked, p.spans[qi]
    if nwords >= 2:
        end = _sentence_end(p.ends, sp.end, len(masked))
        cue = closing_clause(masked, sp.end, end)
        if cue is not None:
            return cue, "after"
    # "Vale dismissed Ann Lee's claim that the plan “failed”": the claim's owner
    cue = claim_owner(masked, _sentence_start(p.ends, sp.start), sp.start)
    if cue is not None or nwords < 2:
        return cue, "owner"
    cue = subject_cue(masked, head_lo, sp.start)
    if (
        cue is not None
        and cue.np.kind == "name"
        and " " not in (cue.np.name or "")
        # "Ending “welfare as we know it.”": a gerund opening the sentence, too
        and (opener_word(cue.np.name or "") or (cue.np.name or "").endswith("ing"))
        and reg.by_surname(cue.np.name or "") is None
    ):
        cue = None  # "Good information can …": a capitalised opener, no known person
    return cue, "subject"


def evidence(p: Para, qi: int, head_lo: int, tail_hi: int, reg: Registry) -> Evidence | None:
    """The cue of one quote, after it first, then before it, and whether it is a statement."""
    masked, sp = p.masked, p.spans[qi]
    bs, be = quote_body(p.text, sp)
    inner = p.text[bs:be]
    nwords = len(inner.split())
    words_end = inner.rstrip("”’\"' ")[-1:]
    ends_sentence = words_end in (".", "!", "?")
    cue, where = _cue_of(p, qi, head_lo, tail_hi, words_end)
    reporter = None
    if cue is not None:
        outer = (
            outer_source(masked, cue, _sentence_end(p.ends, sp.end, len(masked)))
            if where == "after"
            else None
        )
        outer = outer or leading_source(masked, cue, _sentence_start(p.ends, sp.start))
        if outer is not None:
            cue, reporter = outer, cue
    head = masked[head_lo : sp.start].strip()
    standalone = not head or head.endswith((":", ",", MASK)) or (cue is not None and cue.adjacent)
    starts_upper = inner[:1].isupper() or inner[:1] in "…."
    kind = QuoteKind.DIRECT if standalone and (starts_upper or nwords > 3) else QuoteKind.PARTIAL
    if sp.single and nwords <= 2 and cue is None:
        return None
    if (
        sp.closed
        and inner.endswith(",")
        and not head[-1:].islower()  # "the “ugliness …,” by Duterte": a passive agent
        and BYLINE_AFTER_RE.match(masked, sp.end)
    ):
        # "“Met accused of …,” by Post's Ann Lee": a cited headline, not speech
        return Evidence(bs, be, None, kind, standalone, speech=False)
    if not HAS_LETTER_RE.search(inner):
        # "760070280932982784", "2015-12-02": an id, date or number, not speech
        return Evidence(bs, be, None, kind, standalone, speech=False)
    # an owner before the quote ("Fox's “Hannity,”"): looked up only where it decides
    owned = (
        nwords <= 8
        and ((nwords < 2 and inner.endswith(",")) or (cue is not None and cue.adjacent))
        and TITLE_OWNER_RE.search(masked, max(0, sp.start - 30), sp.start) is not None
    )
    if (
        (2 <= nwords <= 8 or owned)
        and (cue is None or not cue.adjacent or owned)
        # "“…,” said Vale. “That is Ann Lee and Kim Reed.”": a sentence of its own after
        # another quote goes on with it
        and not (not head and qi > 0 and ends_sentence and p.spans[qi - 1].closed)
        and not _named_by_cue(masked, cue, sp.start)
        and is_title(inner)
    ):
        # "Good Morning America", "State of the Union": a title or name, not speech
        return Evidence(bs, be, None, kind, standalone, speech=False)
    if cue is None and not standalone and not sp.single:
        cue, where = _cue_in_sentence(p, qi, head_lo, nwords, reg)
    if (
        cue is None
        and (not standalone or (nwords <= 3 and not (starts_upper and ends_sentence)))
        # "“Enough,” while Vale laughed": a quote before a clause of its own stays speech
        and not (standalone and sp.closed and subordinate_after(masked, sp.end, tail_hi))
    ):
        # scare quote, title or nickname: no cue, not a statement
        return Evidence(bs, be, None, kind, standalone, speech=False, scare=not standalone)
    return Evidence(bs, be, cue, kind, standalone, where=where, reporter=reporter)
