# ruff: noqa: RUF001
"""Cue before the quote: "Rutte said: “" / "Rutte said the plan was “…”" / "According to
Rutte, “" / "Said Comey, “" / "Rutte: “", and the subject of a mixed quote whose verb is no cue."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

import attrs

from newsthread.quotes._clause import (
    ACCORDING_RE,
    MASK,
    NOUN_DETERMINERS,
    Cue,
    adjacent_between,
    noun_use,
    np_ok,
)
from newsthread.quotes._cues import (
    CUE_FORMS,
    CUE_RE,
    WEAK_LEMMAS,
)
from newsthread.quotes._labels import WEAK_OR_NONE, colon_before, dash_name_colon, in_words_before
from newsthread.quotes._modals import HYPOTHETICAL_RE, MODAL_BEFORE_RE, PASSIVE_AUX_RE
from newsthread.quotes._registry import ORG_HEADS
from newsthread.quotes._reported import group_subject
from newsthread.quotes._sentence_subject import sentence_subject
from newsthread.quotes._speakers import DOCUMENT_HEADS, NP, names_nobody, parse_subject
from newsthread.quotes._subject_objects import document_source
from newsthread.quotes._subjects import (
    COORD_RE,
    subject_left,
    subject_or_antecedent,
    subject_right,
)
from newsthread.quotes._text_speakers import document_speaks

_INVERTED_LEAD_RE = re.compile(
    r"(?:^|(?<=[.!?\u0001]\s))\s*([A-Z][a-z]+)\s+([^;:\u0001]{2,120})[,:]\s*$"
    # "Because of the schedule, explained Rosenberg, “…”": inverted after an opening phrase
    r"|(?<=,\s)([a-z]+)\s+([A-Z][^,;:\u0001]{1,80})[,:]\s*$"
)


#: The second alternative of ``_INVERTED_LEAD_RE`` alone (its groups 1-2 never match).
_INVERTED_AFTER_COMMA_RE = re.compile(r"()()(?<=,\s)([a-z]+)\s+([A-Z][^,;:\u0001]{1,80})[,:]\s*$")


_WITH_BEFORE_RE = re.compile(r"\bwith\s+$")
#: "with many marchers and spectators chanting": the noun phrase between "with" and the
#: participle (no clause punctuation inside).
_WITH_NP_RE = re.compile(r"\bwith\s+([^,;:()\u0001]{2,60}?)\s+(?:[a-z]+ly\s+)?$")
#: A dash, comma or "and" before an absolute participle's subject ("- Ryan saying …").
_ABSOLUTE_BEFORE_RE = re.compile(r"(?:[,–—]|\band)\s+$")


#: Things that carry words: a participle right after one ("a sign saying") quotes it.
#: (Not a statement or a letter: "issued a statement saying “…”" quotes its issuer.)
_TEXT_NOUNS = frozenset(
    ["sign", "signs", "banner", "banners", "placard", "placards", "hat", "hats", "shirt",
     "shirts", "t-shirt", "t-shirts", "poster", "posters", "billboard", "sticker", "stickers",
     "button", "buttons"]
)  # fmt: skip


def _text_noun(masked: str, subj: tuple[str, int], at: int) -> bool:
    """Is the subject a thing that carries words, right before the participle at ``at``?"""
    if masked[subj[1] + len(subj[0]) : at].strip():
        return False
    words = subj[0].split()
    return (
        len(words) <= 5
        and words[-1].lower() in _TEXT_NOUNS
        and words[0].lower() in NOUN_DETERMINERS | {"one", "another"}
    )


#: Before the person a recording shows speaking: "footage of", "a clip of", "shows".
_SHOWN_RE = re.compile(
    r"\b(?:(?:footage|clip|clips|video|videos|recording|audio|tape|excerpt|images?)\s+of"
    r"|shows?|showed|showing|features?|featured|featuring|captures?|captured)\s+"
)


#: A possessive before a lower-case noun: "Ann Vale's house" is a thing of hers.
_THING_OF_RE = re.compile(r"[’']s\s+[a-z]")
#: Last words of a place's name that are no surname ("Vale County"; not "Hill" or "Lake").
_PLACE_HEADS = frozenset(
    ["county", "city", "state", "street", "avenue", "island", "valley", "airport", "square",
     "plaza", "village", "coast", "province", "district"]
)  # fmt: skip


def _shown(masked: str, subj: tuple[str, int], at: int) -> tuple[str, int, NP] | None:
    """The person a recording shows, right before the participle at ``at`` ("footage of
    Reed saying", "the video shows Vale saying"), or None."""
    if masked[subj[1] + len(subj[0]) : at].strip():
        return None
    last = None
    for sm in _SHOWN_RE.finditer(subj[0]):
        last = sm
    if last is None:
        return None
    person = subj[0][last.end() :]
    words = person.split()
    if (
        not words
        or _THING_OF_RE.search(person)
        or words[-1].lower() in _PLACE_HEADS
        or words[-1].lower() in ORG_HEADS
    ):
        return None  # "shows Vale County saying", "shows Ann Vale's house saying": a thing
    np = parse_subject(person)
    if np is None or np.kind not in ("name", "role"):
        return None
    return person, subj[1] + last.end(), np


def _absolute(masked: str, head_lo: int, subj: tuple[str, int]) -> bool:
    """ "…, both men issued a statement — Ryan saying he was “…”": a named person right
    before a participle, after a dash, comma or "and", is the participle's own subject."""
    if not _ABSOLUTE_BEFORE_RE.search(masked, max(head_lo, subj[1] - 6), subj[1]):
        return False
    np = parse_subject(subj[0])
    return np is not None and np.kind == "name" and subj[0][:1].isupper()


_PASSIVE_BEFORE_RE = re.compile(r"\b(?:is|was|were|are|been|being)\s+(?:[a-z]+ly\s+)?$")


_BY_AGENT_RE = re.compile(
    r"\s+by\s+([^,;:.\u0001]{2,80}?)\s*(?:,|:|$|\s(?:whether|if|about|why|how|what|to)\b)"
)


class _Found:
    """Every match of one pattern in one masked paragraph, found in one scan."""

    __slots__ = ("_matches", "_starts")

    def __init__(self, pattern: re.Pattern[str], masked: str) -> None:
        self._matches = list(pattern.finditer(masked))
        self._starts = [m.start() for m in self._matches]

    def between(self, lo: int, hi: int) -> Iterator[re.Match[str]]:
        """The matches inside ``[lo, hi)``, as ``pattern.finditer(masked, lo, hi)`` finds them
        (a window always ends at a quote mark, which no match can reach across)."""
        matches = self._matches
        index = bisect_left(self._starts, lo)
        while index < len(matches) and matches[index].start() < hi:
            match = matches[index]
            if match.end() <= hi:
                yield match
            index += 1


@attrs.define(slots=True)
class CueIndex:
    """The cue words and "according to"s of a paragraph dense with quotes.

    Each quote looks back over a window of up to ``WINDOW`` characters; where
    quotes are dense (hostile input: thousands of tiny quotes) scanning every
    window again costs hundreds of times the paragraph, so such paragraphs are
    scanned once and the windows read from here.
    """

    cues: _Found
    according: _Found

    @classmethod
    def of(cls, masked: str) -> CueIndex:
        return cls(_Found(CUE_RE, masked), _Found(ACCORDING_RE, masked))


def cue_before(
    masked: str, head_lo: int, qs: int, cues: CueIndex | None = None, text: str | None = None
) -> Cue | None:
    """A cue in the same sentence before the quote: "Rutte said: “" or "Rutte said the plan is
    “…”". ``text``: the paragraph unmasked (its quotes' own commas close clauses)."""
    words = in_words_before(masked, head_lo, qs)
    if (
        words is not None
        and words.np.kind == "pronoun"
        and _verb_before(masked, head_lo, words.pos, None)
    ):
        words = None  # "As Lee put it, in her own words: “…”": the sentence's cue names her
    return (
        words
        or dash_name_colon(masked, head_lo, qs)
        or _verb_before(masked, head_lo, qs, cues, text)
        or _according_before(masked, head_lo, qs, cues)
        or _inverted_lead(masked, head_lo, qs)
        or colon_before(masked, head_lo, qs)
    )


#: Cues that put their subject after them in a parenthetical (not "told Reuters,").
_INVERTED_LEMMAS = frozenset(["say", "write", "note", "argue", "add", "explain", "recall"])
_PARENTHETICAL_RE = re.compile(r"\s+((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*),\s")


#: Weak cues that still report words across an object ("called him a “liar”", "accused him
#: of an “artful smear”", "dismissed the affair as “absurd”"). Not "attack", "slam" or
#: "blast": with those the object is often a place or a date ("slammed Paris as …").
OBJECT_CUES = frozenset(
    ["call", "describe", "accuse", "dismiss", "praise", "criticize", "criticise"]
)


def _verb_before(
    masked: str, head_lo: int, qs: int, cues: CueIndex | None, text: str | None = None
) -> Cue | None:
    """The last cue verb before the quote with its subject ("Rutte said …, adding “…”")."""
    best: Cue | None = None
    found = (
        cues.cues.between(head_lo, qs) if cues is not None else CUE_RE.finditer(masked, head_lo, qs)
    )
    for m in found:
        word = m.group().lower()
        lemma = CUE_FORMS.get(word)
        if lemma is None or noun_use(masked, m.start(), m.end()):
            continue
        between = masked[m.end() : qs]
        adjacent = adjacent_between(between)
        if lemma in WEAK_LEMMAS and not adjacent and lemma not in OBJECT_CUES:
            continue
        if best is not None and _closed_aside(masked, head_lo, best, m.start()):
            best = None  # "(Clinton called it …), Trump … by saying “…”": the aside is done
        if word.endswith("ing") and best is not None:
            best = _participle_after_cue(masked, head_lo, best, m, word, adjacent)
            continue
        named = _named_after_cue(masked, head_lo, qs, m, lemma)
        if named is not None:
            np_after, at, surface = named
            best = Cue(np_after, at, word, adjacent, surface, m.span())
            continue
        found_cue = _cue_with_subject(masked, head_lo, qs, m, (word, lemma, adjacent), best, text)
        if (
            best is not None
            and found_cue is not None
            and found_cue is not best
            and lemma in WEAK_LEMMAS
            and found_cue.np.kind == "nominal"
            and found_cue.np.gender != "p"
            and not _CLAUSE_BREAK_RE.search(
                masked, best.span[1] if best.span else best.pos, found_cue.pos
            )
        ):
            continue  # "saying the agreement goes “…”": a thing after a cue says nothing
        best = found_cue
    return best


#: A clause of its own between an earlier cue and a thing's weak cue ("Vale said the vote was
#: close, but the committee called the plan “reckless”": the committee's words).
_CLAUSE_BREAK_RE = re.compile(
    r"[;.!?]|,\s+(?:but|and|while|yet|whereas|although|though)\b|\s(?:but|while|whereas)\s"
)


def _participle_after_cue(
    masked: str, head_lo: int, best: Cue, m: re.Match[str], word: str, adjacent: bool
) -> Cue:
    """ "Rutte said ..., adding “…”": the participle shares the main clause's subject,
    unless a clause with its own subject comes between ("…, and Vale … by saying")."""
    own = _clause_subject(masked, best.span[1] if best.span else head_lo, m.start())
    if own is None:
        left = subject_left(masked, m.start(), head_lo)
        if left is not None and left[1] > best.pos and _absolute(masked, head_lo, left):
            own = left  # "Ryan saying he was “…” and Trump calling it a “…”"
    own_np = parse_subject(own[0]) if own is not None else None
    if own is None or own_np is None:
        return Cue(best.np, best.pos, word, adjacent, best.surface, m.span())
    return Cue(own_np, own[1], word, adjacent, own[0], m.span())


def _cue_with_subject(
    masked: str,
    head_lo: int,
    qs: int,
    m: re.Match[str],
    cue: tuple[str, str, bool],
    best: Cue | None,
    text: str | None,
) -> Cue | None:
    """The cue ``m`` (its word, lemma and whether it is adjacent to the quote) with the
    subject found before it, else ``best`` unchanged."""
    word, _, adjacent = cue
    participle = word.endswith("ing")
    subj = None
    if participle:
        own, subj = _participle_subject(masked, head_lo, m, word, adjacent)
        if own is not None:
            return own
    if subj is not None and parse_subject(subj[0]) is None:
        subj = None
    if subj is None and not participle:
        subj = subject_or_antecedent(masked, m.start(), head_lo, documents=True)
        if subj is None and masked[head_lo : m.start()].rstrip(" ,").endswith(MASK):
            # "“…,” said Vale at the time, adding that “…”": an inverted cue after the
            # quote before, its subject after it
            inv = subject_right(masked, m.end() + 1, qs)
            inp = parse_subject(inv[0]) if inv is not None else None
            if inv is not None and inp is not None and inp.kind in ("name", "role"):
                return Cue(inp, inv[1], word, False, inv[0], m.span())
            return best
    if subj is None and best is not None and COORD_RE.search(masked, head_lo, m.start()):
        # "Suu Kyi said ... but added, “…”": a coordinated cue shares the subject
        return Cue(best.np, best.pos, word, adjacent, best.surface, m.span())
    if (
        subj is None
        and not participle
        and adjacent
        and COORD_RE.search(masked, max(head_lo, m.start() - 20), m.start())
    ):
        # "Silverman was joined on stage by Franken and joked, “…”": the clause subject
        subj = sentence_subject(masked, head_lo, m.start())
    if subj is None and participle:
        subj = sentence_subject(masked, head_lo, m.start())
    if subj is None:
        return best
    return _subject_cue(masked, head_lo, m, cue, best, subj, text)


def _participle_subject(
    masked: str, head_lo: int, m: re.Match[str], word: str, adjacent: bool
) -> tuple[Cue | None, tuple[str, int] | None]:
    """A participle cue's own subject: a whole cue when a text or a "with" phrase speaks,
    else the subject phrase to check (its clause's or its sentence's when not absolute)."""
    # "…, with Trump reportedly yelling: “…”": the participle has its own subject
    subj = subject_left(masked, m.start(), head_lo)
    if subj is not None and _text_noun(masked, subj, m.start()):
        # "held up a sign saying “…”", "a hat reading, “…”": the text speaks
        np = parse_subject(subj[0]) or NP("nominal", subj[0])
        return Cue(np, subj[1], word, adjacent, subj[0], m.span()), None
    if subj is not None and document_speaks(masked, subj, m.start()):
        # "after the newspaper's editorial telling him to …": the editorial speaks
        np = NP("nominal", subj[0], name=subj[0], gender="n")
        return Cue(np, subj[1], word, adjacent, subj[0], m.span()), None
    shown = _shown(masked, subj, m.start()) if subj is not None else None
    if shown is not None:
        # "cuts to footage of Reed saying, “…”", "the video shows Vale saying: “…”"
        return Cue(shown[2], shown[1], word, adjacent, shown[0], m.span()), None
    wm = _WITH_NP_RE.search(masked, max(head_lo, m.start() - 70), m.start())
    wnp = parse_subject(wm.group(1)) or group_subject(wm.group(1)) if wm is not None else None
    if wm is not None and wnp is not None and (subj is None or subj[1] > wm.start(1)):
        # "…, with many marchers and spectators chanting “…”": the whole noun phrase
        return Cue(wnp, wm.start(1), word, adjacent, wm.group(1), m.span()), None
    bm = (
        _PRONOUN_VERB_BY_RE.search(masked, max(head_lo, m.start() - 40), m.start())
        if masked[max(head_lo, m.start() - 8) : m.start()].split()[-1:] == ["by"]
        else None
    )
    if bm is not None:
        # "When he returned he began by saying, “…”": the pronoun before the verb is the
        # subject, whatever opens the sentence
        return None, (bm.group(1), bm.start(1))
    if (
        subj is None
        or "," in masked[subj[1] : m.start()]
        or not (
            _WITH_BEFORE_RE.search(masked, max(head_lo, subj[1] - 8), subj[1])
            or _absolute(masked, head_lo, subj)
        )
    ):
        subj = _clause_subject(masked, head_lo, m.start()) or sentence_subject(
            masked, head_lo, m.start()
        )
    return None, subj


def _subject_cue(
    masked: str,
    head_lo: int,
    m: re.Match[str],
    cue: tuple[str, str, bool],
    best: Cue | None,
    subj: tuple[str, int],
    text: str | None,
) -> Cue | None:
    """The cue ``m`` with the subject ``subj`` when it can speak and is not inside the
    clause of ``best`` or put the words passively, else ``best``."""
    word, lemma, adjacent = cue
    subj_words = subj[0].split()
    if not subj_words:
        return best  # ", , say that «x»": a blank subject (an empty list field) names nobody
    if (
        word == lemma
        and not any(w.lower() in ("i", "we") for w in subj_words)
        and HYPOTHETICAL_RE.search(masked, max(head_lo, m.start() - 30), m.start())
    ):
        # "A voter might ask: “Why?”": nobody said it, and no earlier speaker did either
        # (but "Lee said the party should reiterate “…”" is Lee's)
        if best is not None:
            return best
        return Cue(NP("unknown", ""), m.start(), word, adjacent, "", m.span())
    if (
        word == lemma
        and subj_words[0].lower() in ("a", "an")
        and not MODAL_BEFORE_RE.search(masked, max(head_lo, m.start() - 30), m.start())
    ):
        # "a Trump-style retort", "a chant": the cue word is a noun here (but "a spokesman
        # could only quip": a verb after a modal)
        return best
    np = parse_subject(subj[0])
    if np is None and word != lemma and not word.endswith("ing") and names_nobody(subj_words):
        # "No one in the room said “…”": the quote stays, and nobody before lends it a speaker
        # (a base form may be a noun: "no telephone call")
        return best or Cue(NP("unknown", ""), m.start(), word, adjacent, "", m.span())
    if not np_ok(np, strict=False):
        return best
    assert np is not None
    if _nested(masked, best, subj[1], text):
        return best  # "Obama said he expected that Americans will say “no”": Obama's words
    if word in ("asked", "told") and PASSIVE_AUX_RE.search(
        masked, max(head_lo, m.start() - 30), m.start()
    ):
        # "Vale was asked, “…?”": the words are put to the subject, not said by it
        return Cue(NP("unknown", ""), m.start(), word, adjacent, "", m.span())
    return Cue(np, subj[1], word, adjacent, subj[0], m.span())


#: A personal pronoun, its verb and "by" right before a participle cue: "he began by".
_PRONOUN_VERB_BY_RE = re.compile(r"\b([Hh]e|[Ss]he|[Tt]hey)\s+(?:[a-z]+ly\s+)?[a-z]+\s+by\s+\Z")


#: Where a coordinated clause starts: "…, and Tom Vale inflamed tensions by saying".
_COORD_CLAUSE_RE = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;)\s+")


def _clause_subject(masked: str, head_lo: int, at: int) -> tuple[str, int] | None:
    """The subject of the last coordinated clause before a participle at ``at`` ("Ann Lee
    called it a fraud, and Tom Vale inflamed tensions by saying “…”": Tom Vale)."""
    last = None
    for last in _COORD_CLAUSE_RE.finditer(masked, max(head_lo, at - 160), at):  # noqa: B007
        pass
    if last is None:
        return None
    ss = sentence_subject(masked, last.end(), at)
    if ss is None:
        return None
    np = parse_subject(ss[0])
    return ss if np is not None and np.kind in ("name", "role", "pronoun", "group") else None


def _named_after_cue(
    masked: str, head_lo: int, qs: int, m: re.Match[str], lemma: str
) -> tuple[NP, int, str] | None:
    """A speaker named after the cue word: a passive's agent or an inverted parenthetical's
    subject, with where it starts and its words."""
    if _PASSIVE_BEFORE_RE.search(masked, max(head_lo, m.start() - 30), m.start()):
        # "Sanders was asked by host Bill Maher, “…”": the agent speaks
        bm = _BY_AGENT_RE.match(masked, m.end(), qs)
        if bm is not None:
            anp = parse_subject(bm.group(1))
            if anp is not None and anp.kind in ("name", "role", "group"):
                return anp, bm.start(1), bm.group(1)
    pm = _PARENTHETICAL_RE.match(masked, m.end(), qs)
    if (
        pm is not None
        and lemma in _INVERTED_LEMMAS
        and masked[max(head_lo, m.start() - 2) : m.start()] == ", "
    ):
        # "The paradox, says Carl Anthony, historian at …, is that “…”": an inverted
        # parenthetical cue names its speaker after it
        pnp = parse_subject(pm.group(1))
        if pnp is not None and pnp.kind == "name":
            return pnp, pm.start(1), pm.group(1)
    return None


def _closed_aside(masked: str, head_lo: int, cue: Cue, at: int) -> bool:
    """Is ``cue`` inside a parenthesis that closes before ``at``?"""
    if cue.span is None:
        return False
    lo = max(head_lo, cue.pos - 200)  # an aside is short: bounded, so long heads stay linear
    return masked.rfind("(", lo, cue.pos) > masked.rfind(")", lo, cue.pos) and (
        masked.find(")", cue.span[1], at) >= 0
    )


#: What ends a reported clause between two cues: punctuation or a conjunction (or a quote
#: whose words end in a comma: see _comma_in_a_quote).
_CLAUSE_BREAK_RE = re.compile(r"[,;:()—–]|\b(?:and|but|or|while|whereas|as|before|after|when)\b")


def _comma_in_a_quote(masked: str, text: str | None, lo: int, hi: int) -> bool:
    """Does a quote between ``lo`` and ``hi`` end its words in a comma? That comma, masked
    with the quote, closed the clause ("After Reed said … at “less advanced schools,” Vale
    said: …"); a scare quote does not ("the “reform” bill Ann Lee wrote")."""
    if text is None:
        return False
    i = masked.find(MASK, lo, hi)
    while i >= 0:
        j = i
        while j < hi and masked[j] == MASK:
            j += 1
        if text[i:j].rstrip("”’\"' ").endswith(","):
            return True
        i = masked.find(MASK, j, hi)
    return False


def _nested(masked: str, outer: Cue | None, subject_at: int, text: str | None) -> bool:
    """Is a cue's subject inside the clause an earlier cue of the sentence reports?"""
    if (
        outer is None
        or outer.span is None
        or outer.cue.endswith("ing")
        or subject_at < outer.span[1]
    ):
        return False
    lemma = CUE_FORMS.get(outer.cue)
    if lemma is None or lemma in WEAK_LEMMAS:
        return False
    return _CLAUSE_BREAK_RE.search(
        masked, outer.span[1], subject_at
    ) is None and not _comma_in_a_quote(masked, text, outer.span[1], subject_at)


def _according_before(masked: str, head_lo: int, qs: int, cues: CueIndex | None) -> Cue | None:
    """ "According to Rutte, “…”"."""
    m2: re.Match[str] | None = None
    according = (
        cues.according.between(head_lo, qs)
        if cues is not None
        else ACCORDING_RE.finditer(masked, head_lo, qs)
    )
    for m2 in according:  # noqa: B007 (the last one)
        pass
    if m2 is not None:
        seg_end = k if (k := masked.find(",", m2.end(), qs)) >= 0 else qs
        at, to = document_source(masked, m2.end(), seg_end)  # "a statement from X": X
        np = parse_subject(masked[at:to])
        if np is not None:
            return Cue(
                np,
                at,
                "according to",
                adjacent_between(masked[seg_end:qs]),
                masked[at:to],
                (m2.start(), m2.start() + len("according to")),
            )
    return None


def _inverted_lead(masked: str, head_lo: int, qs: int) -> Cue | None:
    """ "Said Comey, “…”": an inverted cue opening the sentence."""
    lo = max(head_lo, qs - 100)
    end = qs
    while end > lo and masked[end - 1].isspace():
        end -= 1
    if end == lo or masked[end - 1] not in ",:":
        return None  # both patterns end in a comma or colon, then only space: no search
    im = _INVERTED_LEAD_RE.search(masked, lo, qs)
    if im is not None and im.group(1) and CUE_FORMS.get(im.group(1).lower()) is None:
        # "Because of the schedule, explained Rosenberg, “…”": the opener is no cue; the
        # inverted cue after its comma may be
        im = _INVERTED_AFTER_COMMA_RE.search(masked, lo, qs)
    g = 1 if im is not None and im.group(1) else 3
    if im is not None and CUE_FORMS.get(im.group(g).lower()) not in WEAK_OR_NONE:
        np = parse_subject(im.group(g + 1))
        if np is not None and np.kind in ("name", "role", "group"):
            cue, span = im.group(g).lower(), im.span(g)
            return Cue(np, im.start(g + 1), cue, True, im.group(g + 1), span)
    return None


def subject_cue(masked: str, lo: int, qs: int) -> Cue | None:
    """Mixed quotes with a verb that is no cue ("Rubio bemoaned the climate in which people
    “literally hate each other”"): the words are the sentence subject's, if it is a person."""
    ss = sentence_subject(masked, lo, qs)
    if ss is None:
        return None
    np = parse_subject(ss[0])
    if (
        np is None
        or not (np.kind in ("name", "pronoun", "role", "group") or _document(np))
        or ss[1] + len(ss[0]) >= qs
    ):
        return None
    if np.kind == "name" and not (np.name or "")[:1].isupper():
        return None
    return Cue(np, ss[1], "(subject)", False, ss[0])


def _document(np: NP) -> bool:
    """ "The ad", "a statement from Acme": a text that speaks for its authors."""
    if np.kind != "nominal" or not np.name:
        return False
    first = np.text.split()[0]
    if not first[:1].isupper() and first.lower() not in NOUN_DETERMINERS:
        return False  # "enter your email": a verb phrase, no subject
    words = np.name.lower().split()
    k = next((i for i, w in enumerate(words) if w in ("from", "by", "of") and i), len(words))
    return words[k - 1] in DOCUMENT_HEADS
