"""Attribution: quote spans and reported speech in a sequence of paragraphs, with speakers.

Per paragraph: pair the quote marks, mask the quoted words, cut sentences in what is
left, then for each quote weigh the evidence (:mod:`._evidence`), each kind in its own
module:

* a cue after the quote (``, Rutte said`` / ``, said Rutte`` / ``, according to Rutte``):
  :mod:`._cue_after`;
* a cue before it (``Rutte said: “`` / ``Rutte said the plan was “…”``):
  :mod:`._cue_before`; the subject grammar both share, appositions included, is in
  :mod:`._subjects` and :mod:`._apposition`;
* reported speech without quote marks: :mod:`._indirect`;
* continuation (split quotes, paragraphs that go on, lead-ins, dash signatures):
  :mod:`._continuation`.

Person mentions (the antecedents of "he said") are collected by :mod:`._mentions`;
quoted words that are no statement (titles, ids) are told apart by :mod:`._statements`.
Everything is a forward scan with bounded look-back: linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial

import attrs

from newsthread.model import QuoteKind
from newsthread.quotes._clause import (
    ACCORDING_RE,
    Cue,
    RawQuote,
    mask_quotes,
    quote_sentence_ends,
    sentence_ends,
)
from newsthread.quotes._continuation import (
    Found,
    ParaState,
    borrow_speakers,
    lead_in,
    sign_quotes_above,
)
from newsthread.quotes._credits import is_photo_credit
from newsthread.quotes._cue_before import CueIndex
from newsthread.quotes._cues import cue_words, first_cue_word
from newsthread.quotes._evidence import Para, evidence, in_reported_clause, windows
from newsthread.quotes._indirect import colon_speech, find_indirect, resolve_indirect
from newsthread.quotes._marks import MarkSpan, pair_marks
from newsthread.quotes._mentions import is_headline, scan_names
from newsthread.quotes._registry import Entity, Registry
from newsthread.quotes._reported import EVIDENCE_RE, EVIDENCE_VERBS, has_evidence
from newsthread.quotes._signals import signal_words
from newsthread.quotes._text_source import text_it as find_text_it

__all__ = ["extract"]

# Paragraphs with more quotes than this get a CueIndex; fewer windows are cheaper to scan.
_DENSE_QUOTES = 8


@attrs.define(slots=True)
class _Options:
    indirect: bool
    keep_uncued: bool
    names: bool


def extract(
    paras: Sequence[str],
    reg: Registry,
    *,
    indirect: bool = True,
    block_paras: frozenset[int] = frozenset(),
    base: int = 0,
    keep_uncued: bool = False,
    names: bool = True,
) -> list[RawQuote]:
    """Quotes of consecutive paragraphs sharing one registry (one article or one comment).

    ``names=False`` skips collecting person mentions (the antecedents of "he said" and
    the full names behind surnames): for text in a language the name rules do not know.
    """
    opts = _Options(indirect, keep_uncued, names)
    out: list[RawQuote] = []
    prev = ParaState()
    pos_base = base
    prev_para = last_para = -1
    for pi, text in enumerate(paras):
        if text and not text.isspace():  # blank lines between paragraphs keep the context
            prev_para, last_para = last_para, pi
            if pi in block_paras:
                prev = _block_quote(pi, text, pos_base, reg, prev, opts, out)
            else:
                sign_quotes_above(out, text, prev_para, reg, pos_base)
                prev = _paragraph(pi, text, pos_base, reg, prev, opts, out)
        pos_base += len(text) + 1
    return out


def _block_quote(
    pi: int,
    text: str,
    pos_base: int,
    reg: Registry,
    prev: ParaState,
    opts: _Options,
    out: list[RawQuote],
) -> ParaState:
    """A ``BlockQuote`` block: the whole block is one quote, attributed from its lead-in."""
    state = ParaState()
    if opts.names:
        reg.defer(partial(scan_names, reg, text, pos_base))
    s, e = 0, len(text)
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        ent = prev.lead_in or (prev.last_entity if prev.open_quote else None)
        rq = RawQuote(pi, s, e, QuoteKind.BLOCK, ent, prev.last_cue if ent else None)
        rq.evidence = "lead-in" if ent is not None else None
        out.append(rq)
        state.last_entity = ent
    return state


def _plain(text: str, pos_base: int, reg: Registry, opts: _Options) -> ParaState:
    """A paragraph without quote marks, cue words or "according to" (most of them): nothing to
    attribute, only the names it mentions and what it hands to the next paragraph."""
    if opts.names:
        reg.defer(partial(_scan_mentions, reg, text, pos_base))
    state = ParaState(quoteless=(text, pos_base))
    lead = lead_in(text, None, -1, reg, pos_base)
    if lead is not None:
        state.lead_in, state.last_cue = lead
        state.last_entity = state.lead_in
    return state


def _scan_mentions(reg: Registry, masked: str, pos_base: int) -> None:
    """The person mentions of a paragraph (none in a headline or a photo credit), queued on
    the registry: a text whose quotes need no speaker never scans its names."""
    if not is_headline(masked) and (len(masked) > 120 or not is_photo_credit(masked)):
        scan_names(reg, masked, pos_base)


def _read(
    pi: int, text: str, spans: list[MarkSpan], pos_base: int, reg: Registry, opts: _Options
) -> Para:
    masked = mask_quotes(text, spans) if spans else text
    cues = CueIndex.of(masked) if len(spans) > _DENSE_QUOTES else None
    if opts.names:  # names inside quotes are not antecedents of "he said": masked
        reg.defer(partial(_scan_mentions, reg, masked, pos_base))
    ends = sentence_ends(masked)
    if spans:
        ends = quote_sentence_ends(text, spans, ends)
    return Para(pi, text, masked, spans, ends, pos_base, cues)


def _paragraph(
    pi: int,
    text: str,
    pos_base: int,
    reg: Registry,
    prev: ParaState,
    opts: _Options,
    out: list[RawQuote],
) -> ParaState:
    """The quotes and reported speech of one paragraph; returns what the next one needs."""
    spans = pair_marks(text)
    first_cue = 0  # where the paragraph's cue words start (the masked text is the text)
    signals = None
    if not spans:
        signals = signal_words(text)  # most paragraphs: none (no cue word, "according", "shows")
        cue = first_cue_word(text, signals) if signals else None
        if not signals or (cue is None and not _has_according(text) and not has_evidence(text)):
            if opts.indirect:
                out.extend(colon_speech(pi, text, pos_base, reg))  # "Insiders: Trump will …"
            return _plain(text, pos_base, reg, opts)
        first_cue = len(text) if cue is None else cue.start()
    p = _read(pi, text, spans, pos_base, reg, opts)
    masked, spans, ends = p.masked, p.spans, p.ends
    # reported speech is resolved in text order with the quotes, so that "Simmons said
    # he saw ... “…,” he said" finds Simmons as the last speaker before the pronoun
    ind_cues = _reported_cues(masked, ends, first_cue, signals)
    reported: list[tuple[int, int, Cue, Entity]] = []
    unresolved: list[tuple[int, int, Cue]] = []
    ii = 0
    found: list[Found] = []
    quoteless = prev.quoteless[0] if prev.quoteless is not None else None
    text_it = partial(find_text_it, masked, ends, quoteless, reg)
    for qi, lead_lo, head_lo, tail_hi in windows(p):
        sp = spans[qi]
        ev = evidence(p, qi, head_lo, tail_hi, reg)
        if ev is None:
            continue
        if not ev.speech and ev.scare:
            # "Lee noted in a long speech that the plan was “clearly” wrong": the quoted
            # words of a reported clause are the clause's speaker's
            rescued = in_reported_clause(p, qi, ev)
            if rescued.cue is not None and reg.resolve(rescued.cue.np, pos_base + rescued.cue.pos):
                ev = rescued
        if not ev.speech:
            if opts.keep_uncued:
                out.append(
                    RawQuote(pi, ev.start, ev.end, QuoteKind.PARTIAL, None, None, None, True)
                )
            continue
        while ii < len(ind_cues) and ind_cues[ii][2].pos < sp.start:
            resolve_indirect(reg, ind_cues[ii], pos_base, reported, unresolved, text_it)
            ii += 1
        rq = RawQuote(pi, ev.start, ev.end, ev.kind, None, None, None)
        if ev.cue is not None:
            if ev.cue.np.kind != "unknown":  # "Vale was asked, “…?”": nobody named
                rq.entity = reg.resolve(ev.cue.np, pos_base + ev.cue.pos)
                if rq.entity is None and ev.cue.np.gender == "n" and ev.cue.np.kind == "pronoun":
                    rq.entity = text_it(ev.cue.pos, ev.cue.cue)
            rq.cue, rq.surface = ev.cue.cue, ev.cue.surface
            rq.cue_span, rq.speaker_span = ev.cue.span, _mention_span(masked, ev.cue)
            rq.evidence = f"{ev.where}:{ev.cue.np.kind}"
            if ev.reporter is not None:
                inner = reg.resolve(ev.reporter.np, pos_base + ev.reporter.pos)
                if inner is not None:
                    reg.mention(pos_base + ev.reporter.pos, inner, 2)
            if rq.entity is not None:
                reg.mention(pos_base + ev.cue.pos, rq.entity, 0 if ev.reporter else 2)
        needs = ev.standalone and ev.cue is None
        found.append(Found(rq, needs, (lead_lo, head_lo), (head_lo, sp.start)))
    while ii < len(ind_cues):
        resolve_indirect(reg, ind_cues[ii], pos_base, reported, unresolved, text_it)
        ii += 1
    first_nonspace = len(text) - len(text.lstrip())
    opens = bool(spans) and spans[0].start <= first_nonspace
    borrow_speakers(found, masked, pos_base, reg, prev, opens, reported)
    found = _merge_fragments(found, text, masked)
    return _emit(p, found, reported, unresolved, reg, opts, out)


def _has_according(text: str) -> bool:
    """Does "according to" stand in the text (a plain substring test before the regex)?"""
    return ("ccording" in text or "CCORDING" in text) and ACCORDING_RE.search(text) is not None


def _reported_cues(
    masked: str, ends: list[int], first_cue: int = 0, signals: frozenset[bytes] | None = None
) -> list[tuple[int, int, Cue]]:
    """Reported speech in the sentences of a paragraph, in text order. The paragraph's cue
    words are found in one scan, from ``first_cue`` (none before it); a sentence without one
    (nor "according to") is skipped. ``signals``: the paragraph's signal words, if known."""
    words = cue_words(masked, first_cue, None, signals)
    according = [m.start() for m in ACCORDING_RE.finditer(masked)] if _has_according(masked) else []
    evidence = [m.start() for m in EVIDENCE_RE.finditer(masked)] if has_evidence(masked) else []
    out: list[tuple[int, int, Cue]] = []
    k = a = e = 0
    lo = 0
    for hi in [*ends, len(masked)]:
        if hi <= lo:
            continue
        k0 = k
        while k < len(words) and words[k].start() < hi:
            k += 1
        while a < len(according) and according[a] < lo:
            a += 1
        while e < len(evidence) and evidence[e] < lo:
            e += 1
        wanted = k > k0 or (a < len(according) and according[a] < hi)
        if wanted or (e < len(evidence) and evidence[e] < hi):  # "polls show …"
            out.extend(find_indirect(masked, lo, hi, words[k0:k]))
        lo = hi
    return out


def _merge_fragments(found: list[Found], text: str, masked: str) -> list[Found]:
    """One quote per reported clause: mixed-quote fragments of one sentence that share a cue
    ("called him a “liar” who is “amoral”") become one quote with its ``parts``."""
    out: list[Found] = []
    for f in found:
        rq = f.quote
        last = out[-1].quote if out else None
        if (
            last is not None
            and rq.kind is QuoteKind.PARTIAL
            and last.kind is QuoteKind.PARTIAL
            and rq.cue_span is not None
            and rq.cue_span == last.cue_span
            and rq.entity is last.entity
            and rq.start - last.end < _FRAGMENT_GAP
            and text[last.end - 1] not in ".!?"  # “… unhinged.” He added “…”: a new sentence
            and not _SENTENCE_PUNCT_RE.search(masked, last.end, rq.start)
        ):
            last.parts = (*(last.parts or ((last.start, last.end),)), (rq.start, rq.end))
            last.end = rq.end
            continue
        out.append(f)
    return out


#: At most this many characters between two fragments of one reported clause.
_FRAGMENT_GAP = 80
_SENTENCE_PUNCT_RE = re.compile(r"[.;!?]")


def _mention_span(masked: str, cue: Cue) -> tuple[int, int] | None:
    """Where the speaker is named in the text, if the cue's subject phrase stands there."""
    if cue.surface and masked.startswith(cue.surface, cue.pos):
        return cue.pos, cue.pos + len(cue.surface)
    return None


def _emit(
    p: Para,
    found: list[Found],
    reported: list[tuple[int, int, Cue, Entity]],
    unresolved: list[tuple[int, int, Cue]],
    reg: Registry,
    opts: _Options,
    out: list[RawQuote],
) -> ParaState:
    """Add the paragraph's quotes and reported speech to ``out``; the state for the next."""
    state = ParaState()
    for f in found:
        out.append(f.quote)
        if f.quote.entity is not None:
            state.last_entity, state.last_cue = f.quote.entity, f.quote.cue
            state.topic_quote = f.quote.evidence in ("topic", "continued")
    state.open_quote = bool(p.spans) and not p.spans[-1].closed
    if opts.indirect:
        for cs, ce, cue, ient in reported:
            rq = RawQuote(p.index, cs, ce, QuoteKind.INDIRECT, ient, cue.cue, cue.surface)
            rq.cue_span, rq.speaker_span = cue.span, _mention_span(p.masked, cue)
            rq.evidence = f"indirect:{cue.np.kind}"
            out.append(rq)
            if (state.last_entity is None or not found) and cue.cue not in EVIDENCE_VERBS:
                state.last_entity, state.last_cue = ient, cue.cue
        for cs, ce, cue in unresolved:
            rq = RawQuote(p.index, cs, ce, QuoteKind.INDIRECT, None, cue.cue, cue.surface)
            rq.cue_span, rq.speaker_span = cue.span, _mention_span(p.masked, cue)
            out.append(rq)
    if not p.spans:
        state.quoteless = (p.masked, p.pos_base)
    last_quote_end = p.spans[-1].end if p.spans else -1
    lead = lead_in(p.masked, p.ends, last_quote_end, reg, p.pos_base)
    if lead is not None:
        state.lead_in, state.last_cue = lead
        state.last_entity = state.lead_in
    return state
