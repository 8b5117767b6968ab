# ruff: noqa: RUF001
"""Attribution: quote spans and reported speech in a sequence of paragraphs, with speakers.

Per paragraph: pair the quote marks, mask the quoted words, cut sentences in what is
left, then for each quote weigh the evidence, each kind in its own module:

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
from bisect import bisect_right
from collections.abc import Sequence
from functools import partial

import attrs

from newsthread.model import QuoteKind
from newsthread.quotes._clause import (
    ACCORDING_RE,
    MASK,
    WINDOW,
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
from newsthread.quotes._cue_after import cue_after, passive_agent, subordinate_after
from newsthread.quotes._cue_before import OBJECT_CUES, CueIndex, cue_before, subject_cue
from newsthread.quotes._cues import CUE_FORMS, cue_words, first_cue_word
from newsthread.quotes._indirect import colon_speech, find_indirect, resolve_indirect
from newsthread.quotes._marks import MarkSpan, pair_marks, quote_body
from newsthread.quotes._mentions import is_headline, scan_names
from newsthread.quotes._outer import closing_clause, leading_source, outer_source
from newsthread.quotes._owner import claim_owner
from newsthread.quotes._registry import Entity, Registry
from newsthread.quotes._reported import EVIDENCE_RE, EVIDENCE_VERBS, has_evidence
from newsthread.quotes._sentence_subject import opener_word
from newsthread.quotes._signals import signal_words
from newsthread.quotes._statements import BYLINE_AFTER_RE, HAS_LETTER_RE, TITLE_OWNER_RE, is_title
from newsthread.quotes._text_source import text_it as find_text_it

__all__ = ["extract"]

# Paragraphs with more quotes than this get a CueIndex; fewer windows are cheaper to scan.
_DENSE_QUOTES = 8


@attrs.define(slots=True)
class _Options:
    indirect: bool
    keep_uncued: bool
    names: bool


@attrs.define(slots=True)
class _Para:
    """One paragraph being read: the text with its quotes masked, and its sentences."""

    index: int
    text: str
    masked: str
    spans: list[MarkSpan]
    ends: list[int]
    pos_base: int
    cues: CueIndex | None


@attrs.define(slots=True)
class _Evidence:
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
    """The person mentions of a paragraph (none in a headline), queued on the registry: a
    text whose quotes need no speaker never scans its names."""
    if not is_headline(masked):
        scan_names(reg, masked, pos_base)


def _read(
    pi: int, text: str, spans: list[MarkSpan], pos_base: int, reg: Registry, opts: _Options
) -> _Para:
    masked = mask_quotes(text, spans) if spans else text
    cues = CueIndex.of(masked) if len(spans) > _DENSE_QUOTES else None
    if opts.names:  # names inside quotes are not antecedents of "he said": masked
        reg.defer(partial(_scan_mentions, reg, masked, pos_base))
    ends = sentence_ends(masked)
    if spans:
        ends = quote_sentence_ends(text, spans, ends)
    return _Para(pi, text, masked, spans, ends, pos_base, cues)


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
    for qi, lead_lo, head_lo, tail_hi in _windows(p):
        sp = spans[qi]
        ev = _evidence(p, qi, head_lo, tail_hi, reg)
        if ev is None:
            continue
        if not ev.speech and ev.scare:
            # "Lee noted in a long speech that the plan was “clearly” wrong": the quoted
            # words of a reported clause are the clause's speaker's
            rescued = _in_reported_clause(p, qi, ev)
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


def _in_reported_clause(p: _Para, qi: int, ev: _Evidence) -> _Evidence:
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
            return _Evidence(ev.start, ev.end, cue, QuoteKind.PARTIAL, False, where="indirect")
    return ev


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


def _windows(p: _Para) -> list[tuple[int, int, int, int]]:
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


def _next_opens(p: _Para, qi: int) -> bool:
    """Whether the quote after the ``qi``-th starts with a capital letter."""
    if qi + 1 >= len(p.spans):
        return False
    bs, be = quote_body(p.text, p.spans[qi + 1])
    return p.text[bs:be].lstrip()[:1].isupper()


def _cue_of(
    p: _Para, qi: int, head_lo: int, tail_hi: int, words_end: str
) -> tuple[Cue | None, str]:
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
    p: _Para, qi: int, head_lo: int, nwords: int, reg: Registry
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


def _evidence(p: _Para, qi: int, head_lo: int, tail_hi: int, reg: Registry) -> _Evidence | None:
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
        return _Evidence(bs, be, None, kind, standalone, speech=False)
    if not HAS_LETTER_RE.search(inner):
        # "760070280932982784", "2015-12-02": an id, date or number, not speech
        return _Evidence(bs, be, None, kind, standalone, speech=False)
    if (
        2 <= nwords <= 8
        and (
            cue is None
            or not cue.adjacent
            or TITLE_OWNER_RE.search(masked, max(0, sp.start - 30), sp.start)
        )
        # "“…,” said Vale. “That is Ann Lee and Kim Reed.”": a sentence of its own after
        # another quote goes on with it
        and not (not head and qi > 0 and ends_sentence and p.spans[qi - 1].closed)
        and not _named_by_cue(masked, cue, sp.start)
        and is_title(inner)
    ):
        # "Good Morning America", "State of the Union": a title or name, not speech
        return _Evidence(bs, be, None, kind, standalone, speech=False)
    if cue is None and not standalone and not sp.single:
        cue, where = _cue_in_sentence(p, qi, head_lo, nwords, reg)
    if (
        cue is None
        and (not standalone or (nwords <= 3 and not (starts_upper and ends_sentence)))
        # "“Enough,” while Vale laughed": a quote before a clause of its own stays speech
        and not (standalone and sp.closed and subordinate_after(masked, sp.end, tail_hi))
    ):
        # scare quote, title or nickname: no cue, not a statement
        return _Evidence(bs, be, None, kind, standalone, speech=False, scare=not standalone)
    return _Evidence(bs, be, cue, kind, standalone, where=where, reporter=reporter)


def _emit(
    p: _Para,
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
