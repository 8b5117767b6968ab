# ruff: noqa: RUF001
"""Attribution: quote spans and reported speech in a sequence of paragraphs, with speakers.

Per paragraph: pair the quote marks, mask the quoted words, cut sentences in what is
left, then for each quote look for a cue after it (``, Rutte said`` / ``, said Rutte``
/ ``, according to Rutte``) and before it (``Rutte said: “`` / ``Rutte said the plan
was “…”``). Quotes without a cue take the speaker of the split quote next to them or of
the quote the paragraph continues; short ones without a cue (scare quotes, titles) are
dropped. Everything is a forward scan with bounded look-back: linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

import attrs

from newsthread.model import QuoteKind
from newsthread.quotes._cues import (
    CUE_FORMS,
    CUE_RE,
    FEMALE,
    FUNCTION_WORDS,
    INDIRECT_LEMMAS,
    MALE,
    ROLE_WORDS,
    TITLES,
    WEAK_LEMMAS,
)
from newsthread.quotes._marks import MarkSpan, pair_marks, quote_body
from newsthread.quotes._speakers import (
    NP,
    Entity,
    Registry,
    _strip_possessive,
    parse_subject,
)

__all__ = ["RawQuote", "extract"]

MASK = "\u0001"
#: How far (characters) attribution looks before and after a quote.
_WINDOW = 500
_SENT_END_RE = re.compile(r"[.!?]+[\"”’)\]]*(?=\s+[\u0001\"“‘(\[A-Z0-9])|[.!?]+[\"”’)\]]*\s*$")
_ABBREV = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "lt",
        "gen",
        "col",
        "maj",
        "sgt",
        "adm",
        "rev",
        "fr",
        "st",
        "jr",
        "sr",
        "prof",
        "inc",
        "corp",
        "co",
        "ltd",
        "vs",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "d.c",
        "no",
        "mt",
        "ft",
        "jan",
        "feb",
        "mar",
        "apr",
        "aug",
        "sept",
        "sep",
        "oct",
        "nov",
        "dec",
    ]
)
_ADV = frozenset(
    ["also", "then", "later", "once", "previously", "recently", "earlier", "often", "repeatedly", "simply", "quickly", "flatly", "bluntly", "angrily", "famously", "has", "have", "had", "was", "were", "is", "are", "would", "will", "could", "might", "may", "did", "does", "do", "has", "since", "further", "again", "already", "publicly", "privately", "reportedly"]
)  # fmt: skip
_NOT_ADVERBS = frozenset(
    ["family", "ally", "rally", "assembly", "bully", "anomaly", "monopoly", "supply", "belly", "fly", "daily", "weekly", "monthly", "quarterly"]
)  # fmt: skip


def _is_adverb(word: str) -> bool:
    """ "also", "then" or an -ly adverb ("Trump jokingly said", "Clinton initially said")."""
    low = word.lower()
    if low in _ADV:
        return True
    return len(low) > 4 and word.islower() and low.endswith("ly") and low not in _NOT_ADVERBS


_LEFT_STOP = frozenset(
    ["that", "and", "but", "or", "when", "while", "because", "as", "if", "after", "before", "since", "though", "although", "so", "than", "to", "in", "on", "at", "by", "with", "from", "about", "into", "over", "under", "during", "until", "unless", "where", "which", "whom", "whose", "what", "why", "how", "said", "says", "is", "was", "were", "are", "be", "been", "being", "not", "no", "nor", "yet", "even", "just", "only", "against", "like"]
)  # fmt: skip
_WORD_RE = re.compile(
    r"[A-Za-z\u00c0-\u024f][\w\u00c0-\u024f'’.\-]*|\d(?:[\w.,]*\w)?|[,;:()—–\u0001]"
)
_ACCORDING_RE = re.compile(r"\baccording to\s+", re.IGNORECASE)
_SUBJ_RIGHT_CUT = re.compile(
    r"[,;:!?()—–\u0001]|(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|Fr))(?<!\b(?:Mrs|Sen|Rep|Gov|Gen|Col|Rev|Sgt|Amb|Adm|Maj))"
    r"(?<!\b(?:Capt|Cmdr|Prof|Atty|Supt|Msgr))\.|\s(?:in|on|at|during|after|when|who|while|before|as|to|about|"
    r"because|since|of\s+the\s+(?:plan|idea|bill|deal)|and\s+(?:then|added|said)|involved|familiar|close|speaking|"
    r"who|with\s+knowledge)\s",
)


_END_CUE_RE = re.compile(
    r",\s+([^,;:\u0001]{1,80}?)\s+(said|says|added|adds|argued|argues|noted|notes|wrote|writes"
    r"|explained|insisted|warned|told \w+|claimed|contended|stressed|predicted)\s*[.!?]?\s*$"
)


@attrs.define(slots=True)
class RawQuote:
    """A found quote before it becomes a :class:`~newsthread.model.Quote`."""

    para: int
    start: int
    end: int
    kind: QuoteKind
    entity: Entity | None
    cue: str | None
    surface: str | None = None
    uncued: bool = False


def _word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD_RE.finditer(text, start, end)]


#: Initials and dotted abbreviations ("J.J", "u.s"): their full stop ends no sentence.
_INITIALS_RE = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]$")


_QUOTE_END_RE = re.compile(r"[.!?][”\"’']?$")
_NEXT_SENTENCE_RE = re.compile(r"\s+[A-Z]")


def _quote_sentence_ends(text: str, spans: Sequence[MarkSpan], ends: list[int]) -> list[int]:
    """Add the sentence ends hidden inside quote marks: “… unhinged.” Sen. Rubio called …"""
    extra = [
        sp.end
        for sp in spans
        if sp.closed
        and _QUOTE_END_RE.search(text, max(sp.start, sp.end - 3), sp.end)
        and _NEXT_SENTENCE_RE.match(text, sp.end)
    ]
    if not extra:
        return ends
    return sorted(set(ends).union(extra))


def _sentence_ends(masked: str) -> list[int]:
    out: list[int] = []
    for m in _SENT_END_RE.finditer(masked):
        i = m.start()
        j = i
        while j > 0 and i - j < 12 and (masked[j - 1].isalnum() or masked[j - 1] == "."):
            j -= 1
        word = masked[j:i].lower()
        if (
            masked[i] == "."
            and (
                word in _ABBREV
                or (len(word) == 1 and word.isalpha())
                # "J.J. MacNab", not "said Lindsey Graham, R-S.C. “I get that.”"
                or (
                    _INITIALS_RE.match(word)
                    and masked[m.end() : m.end() + 3].lstrip()[:1].isalpha()
                )
            )
        ):
            continue
        out.append(m.end())
    return out


_OPEN_APPOS_RE = re.compile(
    r"(?:^|(?<=[.;:\u0001\s]))([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}),\s+"
    r"(?:the|a|an)\s+[\w’'\- ]{0,60}?\b(?:for|of|at|with)\s+$"
)


# "Dexter Wakefield, a minister with the church in Ohio, told" / "Fiorina, speaking to
# Iowans, said": an apposition or participle phrase between the name and the cue
_APPOS_BEFORE_CUE_RE = re.compile(
    r"(?:^|(?<=[\s(\u0001]))((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*(?:\s+\([^()]{1,20}\))?),\s+"
    r"((?:the|a|an|who|whose|one\s+of|during|in|at|after|before|[a-z]+ing)\s[^,;:()\u0001]{1,120}"
    r"(?:,\s+[A-Z][\w.]*)?),\s*$"
)


_TIME_BEFORE_CUE_RE = re.compile(
    r"(?<=\w)\s+(?:(?:on|last|this|late|early)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
    r"at\s+the\s+time|(?:last|this)\s+(?:week|month|year)|(?:later|earlier)(?:\s+that\s+day)?)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*$"
)


def _appos_subject(text: str, cue_start: int, lo: int) -> tuple[str, int] | None:
    m = _APPOS_BEFORE_CUE_RE.search(text, lo, cue_start)
    if m is None:
        return None
    phrase = m.group(0).rstrip(" ,")
    np = parse_subject(phrase)
    if np is None or np.kind != "name":
        phrase = m.group(1)
        np = parse_subject(phrase)
        if np is None or np.kind != "name":
            return None
    return phrase, m.start(1)


#: "X is quoted as saying", "X was heard saying": the reporting frame before a participle cue.
_QUOTED_AS_RE = re.compile(
    r"\s+(?:is|was|were|are|has\s+been|had\s+been|have\s+been)\s+"
    r"(?:quoted\s+as|heard|overheard|seen|recorded|filmed|caught\s+on\s+(?:tape|camera))\s+$"
)


def _subject_left(text: str, cue_start: int, floor: int) -> tuple[str, int] | None:
    """The subject phrase that ends right before a cue verb, walking left from it."""
    lo = max(floor, cue_start - 200)
    qa = _QUOTED_AS_RE.search(text, max(lo, cue_start - 40), cue_start)
    if qa is not None:
        cue_start = qa.start()  # "Braynard is quoted as saying": the subject is Braynard
    if text[max(lo, cue_start - 3) : cue_start].rstrip().endswith(","):
        ap = _appos_subject(text, cue_start, lo)
        if ap is not None:
            return ap
    # "Rep. Steve Israel (D-N.Y.) said": skip a short parenthetical before the cue
    j = cue_start
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j > lo + 1 and text[j - 1] == "," and text[j - 2] == ")":
        j -= 1  # "Gov. John Kasich (R-OH), said"
    if j > lo and text[j - 1] == ")":
        k0 = text.rfind("(", max(lo, j - 40), j)
        if k0 > lo:
            cue_start = k0
    # "Trump at the time said" / "Clinton on Tuesday said": a time phrase before the cue
    tm = _TIME_BEFORE_CUE_RE.search(text, max(lo, cue_start - 40), cue_start)
    if tm is not None and tm.start() > lo:
        cue_start = tm.start()
    spans = _word_spans(text, lo, cue_start)
    k = len(spans) - 1
    while k >= 0 and _is_adverb(text[spans[k][0] : spans[k][1]]):
        k -= 1
    if k < 0:
        return None
    end = spans[k][1]
    words: list[str] = []
    commas = 0
    start = spans[k][0]
    while k >= 0 and len(words) < 14:
        s, e = spans[k]
        w = text[s:e]
        low = w.lower()
        if w in ";:()—–\u0001":
            break
        if w == ",":
            # apposition: "Mark Rutte, NATO's secretary general, said"
            if commas >= 4 or (commas == 0 and words):
                break
            commas += 1
            words.append(w)
            k -= 1
            continue
        if low in _LEFT_STOP and not (words and low in ("of", "for") and _of_ok(words)):
            break
        if low in CUE_FORMS:
            break
        words.append(w)
        start = s
        k -= 1
        if low in ("the", "a", "an") and commas == 0:
            break
    if not words or words == [","]:
        return None
    if words[-1].lower() in ("the", "a", "an"):
        # "Sam Lau, the communications director for the Iowa Democratic Party said"
        am = _OPEN_APPOS_RE.search(text, max(floor, start - 160), start)
        if am is not None:
            start = am.start(1)
    phrase = text[start:end]
    if commas == 1:
        # "X, descriptor, said" needs the name before the second comma; otherwise drop
        # what came before the first comma
        first = phrase.find(",")
        if first >= 0 and phrase.count(",") == 1:
            tail_part = phrase[:first].strip()
            if not tail_part:
                return None
    return phrase.strip(" ,"), start


_COORD_RE = re.compile(r"\b(?:and|but)\s+(?:(?:also|then|later)\s+)?$")
_AUX = frozenset(
    [
        "has",
        "had",
        "have",
        "is",
        "was",
        "were",
        "are",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "did",
        "does",
        "do",
    ]
)


_NAME_LINKS = frozenset(
    ["of", "for", "from", "at", "and", "de", "del", "della", "da", "la", "le", "van", "von", "der", "den", "bin", "al", "el", "y", "du", "dos", "das"]
)  # fmt: skip


_DATELINE_RE = re.compile(r"\s(?:—|–|--|-)\s")


def _sentence_subject(
    text: str, lo: int, hi: int, allow_intro: bool = False, _depth: int = 0
) -> tuple[str, int] | None:
    """The noun phrase that opens a sentence: the subject a participle refers to."""
    spans = _word_spans(text, lo, min(hi, lo + 200))
    words: list[str] = []
    start = -1
    for s, e in spans[:9]:
        w = text[s:e]
        low = w.lower()
        if w in ",;:()—–\u0001" or (
            words
            and w[:1].islower()
            and (
                low in _AUX
                or low in CUE_FORMS
                or (low.endswith(("ed", "s")) and low not in ROLE_WORDS)
                # "Carly Fiorina threw her support": a name ends at its verb, whatever its form
                or (_all_caps(words) and low not in _NAME_LINKS)
            )
        ):
            break
        if start < 0:
            start = s
        words.append(w)
    if not words:
        return None
    first = words[0]
    if not allow_intro and len(first) > 1 and first.isupper() and first.isalpha():
        # a dateline: "LA CROSSE, Wisc. — Gov. Mike Pence blamed …"
        dash = _DATELINE_RE.search(text, lo, min(hi, lo + 60))
        if dash is not None:
            return _sentence_subject(text, dash.end(), hi, allow_intro=True)
    if (
        first.lower() in FUNCTION_WORDS
        or (first[:1].isupper() and first.endswith("ing") and first.lower() not in MALE)
        or (_opener_word(first) and first.lower() not in MALE and first.lower() not in FEMALE)
        # "Led by the speaker, the rally denounced …": a participle phrase opens the sentence
        or (first.endswith("ed") and text.startswith(" by ", start + len(first)))
    ) and not allow_intro:
        # "After the debate, …" / "Filling in for Sanders at the event, West said …"
        comma = text.find(",", lo, min(hi, lo + 120))
        if comma > 0 and not (first.lower() in _NOUN_DETERMINERS and _has_verb(text, start, comma)):
            # two stacked openers ("On Thursday, after the vote, Warren …") are skipped too
            sub = _sentence_subject(text, comma + 1, hi, allow_intro=_depth > 0, _depth=_depth + 1)
            if sub is not None and sub[0].split()[0] in CUE_FORMS:
                return None  # "A Warren adviser, who spoke …, said": a verb is no subject
            return sub
    return " ".join(words), start


def _all_caps(words: list[str]) -> bool:
    """Are the words (after a determiner: "The spokesman") all capitalised, a name so far?"""
    if words and words[0].lower() in _NOUN_DETERMINERS:
        words = words[1:]
    return bool(words) and all(x[:1].isupper() for x in words)


def _has_verb(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` hold a finite verb ("A spokesman refused to …,"): then a phrase
    opening with a determiner is the clause's subject, not an introductory phrase."""
    for s, e in _word_spans(text, lo, hi):
        w = text[s:e]
        if w.islower() and (w in _AUX or w in CUE_FORMS or (w.endswith("ed") and len(w) > 3)):
            return True
    return False


def _of_ok(words: list[str]) -> bool:
    """May "of"/"for" join the words collected so far (right to left) to a head before it?"""
    nxt = words[-1].lower()
    return _has_cap(words) or nxt in ROLE_WORDS or nxt in ("the", "state")


def _has_cap(words: list[str]) -> bool:
    return any(w[:1].isupper() and w.lower() not in FUNCTION_WORDS for w in words)


def _subject_right(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The subject after an inverted cue: "said Mark Rutte, NATO's chief"."""
    seg = text[start:end]
    m = _SUBJ_RIGHT_CUT.search(seg)
    cut = m.start() if m else len(seg)
    phrase = seg[:cut]
    # keep an apposition "said Mark Rutte, NATO's secretary general."
    if m and seg[m.start()] == ",":
        rest = seg[m.end() :]
        m2 = re.match(r"\s*((?:the\s+|a\s+)?[^,.;:!?\u0001]{2,60}?)(?:,|\.|$)", rest)
        if m2 and any(w.lower().strip(".’'s") in ROLE_WORDS for w in m2.group(1).split()):
            phrase = phrase + ", " + m2.group(1)
    phrase = phrase.strip()
    if not phrase:
        return None
    return phrase, start + (len(seg[:cut]) - len(seg[:cut].lstrip()))


@attrs.define(slots=True)
class _Cue:
    np: NP
    pos: int
    cue: str
    adjacent: bool
    surface: str


def _np_ok(np: NP | None, strict: bool) -> bool:
    if np is None:
        return False
    return not (np.kind == "nominal" and strict)


_INVERTED_LEAD_RE = re.compile(
    r"(?:^|(?<=[.!?\u0001]\s))\s*([A-Z][a-z]+)\s+([^;:\u0001]{2,120})[,:]\s*$"
    # "Because of the schedule, explained Rosenberg, “…”": inverted after an opening phrase
    r"|(?<=,\s)([a-z]+)\s+([A-Z][^,;:\u0001]{1,80})[,:]\s*$"
)


_WITH_BEFORE_RE = re.compile(r"\bwith\s+$")
_WHO_BEFORE_RE = re.compile(
    r"(?:,\s+|(?<=\w)\s+)who\s+(?:(?:has|had|have|also|then|later|once)\s+)*$"
)


_PASSIVE_BEFORE_RE = re.compile(r"\b(?:is|was|were|are|been|being)\s+(?:[a-z]+ly\s+)?$")
_BY_AGENT_RE = re.compile(
    r"\s+by\s+([^,;:.\u0001]{2,80}?)\s*(?:,|:|$|\s(?:whether|if|about|why|how|what|to)\b)"
)


def _subject_or_antecedent(masked: str, cue_start: int, lo: int) -> tuple[str, int] | None:
    """:func:`_subject_left`, or for a relative clause the noun phrase "who" stands for
    ("Indiana Gov. Mike Pence, who called their son “…”")."""
    subj = _subject_left(masked, cue_start, lo)
    if subj is None or subj[0].lower() == "who" or subj[0].lower().endswith(" who"):
        wm = _WHO_BEFORE_RE.search(masked, max(lo, cue_start - 40), cue_start)
        if wm is not None:
            return _subject_left(masked, wm.start(), lo)
    return subj


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
class _CueIndex:
    """The cue words and "according to"s of a paragraph dense with quotes.

    Each quote looks back over a window of up to ``_WINDOW`` characters; where
    quotes are dense (hostile input: thousands of tiny quotes) scanning every
    window again costs hundreds of times the paragraph, so such paragraphs are
    scanned once and the windows read from here.
    """

    cues: _Found
    according: _Found

    @classmethod
    def of(cls, masked: str) -> _CueIndex:
        return cls(_Found(CUE_RE, masked), _Found(_ACCORDING_RE, masked))


# Paragraphs with more quotes than this get a _CueIndex; fewer windows are cheaper to scan.
_DENSE_QUOTES = 8


def _cue_before(masked: str, head_lo: int, qs: int, cues: _CueIndex | None = None) -> _Cue | None:
    """A cue in the same sentence before the quote: "Rutte said: “" or "Rutte said the plan is “…”"."""
    best: _Cue | None = None
    found = (
        cues.cues.between(head_lo, qs) if cues is not None else CUE_RE.finditer(masked, head_lo, qs)
    )
    for m in found:
        word = m.group().lower()
        lemma = CUE_FORMS.get(word)
        if lemma is None or _noun_use(masked, m.start(), m.end()):
            continue
        between = masked[m.end() : qs]
        adjacent = _adjacent_between(between)
        if lemma in WEAK_LEMMAS and not adjacent and lemma not in ("call", "describe"):
            continue
        if word.endswith("ing") and best is not None:
            # "Rutte said ..., adding “…”": the participle shares the main clause's subject
            best = _Cue(best.np, best.pos, word, adjacent, best.surface)
            continue
        if _PASSIVE_BEFORE_RE.search(masked, max(head_lo, m.start() - 30), m.start()):
            # "Sanders was asked by host Bill Maher, “…”": the agent speaks
            bm = _BY_AGENT_RE.match(masked, m.end(), qs)
            if bm is not None:
                anp = parse_subject(bm.group(1))
                if anp is not None and anp.kind in ("name", "role"):
                    best = _Cue(anp, bm.start(1), word, adjacent, bm.group(1))
                    continue
        participle = word.endswith("ing")
        subj = None
        if participle:
            # "…, with Trump reportedly yelling: “…”": the participle has its own subject
            subj = _subject_left(masked, m.start(), head_lo)
            if (
                subj is None
                or "," in masked[subj[1] : m.start()]
                or not _WITH_BEFORE_RE.search(masked, max(head_lo, subj[1] - 8), subj[1])
            ):
                subj = _sentence_subject(masked, head_lo, m.start())
        if subj is not None and parse_subject(subj[0]) is None:
            subj = None
        if subj is None and not participle:
            subj = _subject_or_antecedent(masked, m.start(), head_lo)
        if subj is None and best is not None and _COORD_RE.search(masked, head_lo, m.start()):
            # "Suu Kyi said ... but added, “…”": a coordinated cue shares the subject
            best = _Cue(best.np, best.pos, word, adjacent, best.surface)
            continue
        if (
            subj is None
            and not participle
            and adjacent
            and _COORD_RE.search(masked, max(head_lo, m.start() - 20), m.start())
        ):
            # "Silverman was joined on stage by Franken and joked, “…”": the clause subject
            subj = _sentence_subject(masked, head_lo, m.start())
        if subj is None:
            if participle:
                subj = _sentence_subject(masked, head_lo, m.start())
            if subj is None:
                continue
        if word == lemma and subj[0].split()[0].lower() in ("a", "an"):
            continue  # "a Trump-style retort", "a chant": the cue word is a noun here
        np = parse_subject(subj[0])
        if not _np_ok(np, strict=False):
            continue
        assert np is not None
        best = _Cue(np, subj[1], word, adjacent, subj[0])
    if best is None:
        m2: re.Match[str] | None = None
        according = (
            cues.according.between(head_lo, qs)
            if cues is not None
            else _ACCORDING_RE.finditer(masked, head_lo, qs)
        )
        for m2 in according:  # noqa: B007 (the last one)
            pass
        if m2 is not None:
            seg_end = masked.find(",", m2.end(), qs)
            if seg_end < 0:
                seg_end = qs
            np = parse_subject(masked[m2.end() : seg_end])
            if np is not None:
                between = masked[seg_end:qs]
                best = _Cue(
                    np,
                    m2.end(),
                    "according to",
                    _adjacent_between(between),
                    masked[m2.end() : seg_end],
                )
    if best is None:
        # "Said Comey, “…”": an inverted cue opening the sentence
        im = _INVERTED_LEAD_RE.search(masked, max(head_lo, qs - 100), qs)
        g = 1 if im is not None and im.group(1) else 3
        if im is not None and CUE_FORMS.get(im.group(g).lower()) not in (None, *WEAK_LEMMAS):
            np = parse_subject(im.group(g + 1))
            if np is not None and np.kind in ("name", "role"):
                best = _Cue(np, im.start(g + 1), im.group(g).lower(), True, im.group(g + 1))
    if best is None:
        # "Rutte: “…”" (a name and a colon right before the quote)
        stripped = masked[head_lo:qs].rstrip()
        if stripped.endswith(":"):
            lead = stripped[:-1]
            cut = max(lead.rfind(c) for c in ",.;-–—\u0001")
            cand = lead[cut + 1 :].strip()
            np = parse_subject(cand) if 0 < len(cand) < 60 and _colon_ok(cand) else None
            if np is not None and np.kind in ("name", "role"):
                best = _Cue(np, head_lo + cut + 1, ":", True, cand)
            else:
                # "Rubio fired back forcefully: “…”": the clause subject introduces the quote
                snp = None
                for lo3 in (head_lo, head_lo + cut + 1):
                    ss = _sentence_subject(masked, lo3, qs)
                    snp = parse_subject(ss[0]) if ss is not None else None
                    if snp is not None and snp.kind in ("name", "role", "pronoun"):
                        break
                if ss is not None and snp is not None and snp.kind in ("name", "role", "pronoun"):
                    best = _Cue(snp, ss[1], ":", True, ss[0])
    return best


_OPENER_ADJECTIVES = frozenset(
    ["good", "bad", "few", "several", "new", "old", "other", "more", "less", "much", "little", "big", "great", "certain", "similar", "various"]
)  # fmt: skip


def _opener_word(word: str) -> bool:
    """A capitalised sentence opener that is no name: an -ly adverb ("Hastily") or a common
    adjective or quantifier ("Good", "Several")."""
    low = word.lower()
    return low in _OPENER_ADJECTIVES or (low.endswith("ly") and len(low) > 4)


def _subject_cue(masked: str, lo: int, qs: int) -> _Cue | None:
    """Mixed quotes with a verb that is no cue ("Rubio bemoaned the climate in which people
    “literally hate each other”"): the words are the sentence subject's, if it is a person."""
    ss = _sentence_subject(masked, lo, qs)
    if ss is None:
        return None
    np = parse_subject(ss[0])
    if np is None or np.kind not in ("name", "pronoun") or ss[1] + len(ss[0]) >= qs:
        return None
    if np.kind == "name" and not (np.name or "")[:1].isupper():
        return None
    return _Cue(np, ss[1], "(subject)", False, ss[0])


def _colon_ok(cand: str) -> bool:
    """ "Rutte: “…”" or "NATO's chief Mark Rutte: “…”", not "later that month on CNN: “…”"."""
    words = cand.split()
    if len(words) > 6:
        return False
    return all(
        w[:1].isupper() or w.lower().strip("’'s.") in ROLE_WORDS or w.lower() in ("the", "of")
        for w in words
    )


_BARE_TAIL_RE = re.compile(
    r"\s*(?:(?:in|on|at|during|to|after|before|from|with|via|by|late|earlier|this|last)\b"
    r"[^,;\u0001]{0,60})?[.:]?\s*$"
)


_HAS_LETTER_RE = re.compile(r"[^\W\d_]")
_ENDS_HERE_RE = re.compile(r"\s*[.:]\s*$")


def _bare_cue(masked: str, lo: int, hi: int) -> _Cue | None:
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
    subj = _subject_left(masked, last.start(), lo)
    np = parse_subject(subj[0]) if subj is not None else None
    if subj is None or np is None:
        return None
    return _Cue(np, subj[1], last.group().lower(), True, subj[0])


_PREV_WORD_RE = re.compile(r"([\w’']+)\s+$")
_NEXT_ROLE_RE = re.compile(r"\s+([a-z]+)")
_NOUN_DETERMINERS = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those"]
)  # fmt: skip


def _noun_use(masked: str, start: int, end: int) -> bool:
    """Is a cue word a noun here: after a determiner or possessive ("the IG's report", "his
    call") or before a role noun ("press secretary")?"""
    pm = _PREV_WORD_RE.search(masked, max(0, start - 40), start)
    if pm is not None:
        prev = pm.group(1)
        if prev.lower() in _NOUN_DETERMINERS or prev.endswith(("’s", "'s")):
            return True
    nm = _NEXT_ROLE_RE.match(masked, end)
    return nm is not None and nm.group(1) in ROLE_WORDS


def _adjacent_between(between: str) -> bool:
    """True if only an object, "that" or punctuation stands between a cue and the quote."""
    b = between.strip()
    if not b:
        return True
    if b.endswith((":", ",")):
        return len(b.split()) <= 8
    return b.lower() in ("that", "it", "this")


_TAIL_INV_RE = re.compile(r"^[\s,;—–-]*(?:(?:then|also)\s+)?(?P<cue>[a-z]+)\s+", re.IGNORECASE)
_TAIL_NP_RE = re.compile(r"^[\s,;—–-]*")


_LOOSE_RE = re.compile(r"(?:a|an|the|one)\s+[\w’'\-]+(?:\s+[\w’'\-]+){0,4}", re.IGNORECASE)


_TAIL_PREPOSITIONS = frozenset(
    ["of", "in", "on", "at", "to", "for", "from", "with", "by", "about", "into", "over", "under", "during", "after", "before"]
)  # fmt: skip


def _appositive_name(words: list[str]) -> bool:
    """ "Miller, a retired worker from a nuclear plant,": a surname, then its apposition."""
    if not words[0].endswith(",") or len(words[0]) < 3:
        return False
    np = parse_subject(words[0][:-1])
    return np is not None and np.kind == "name" and words[-1].endswith(",")


def _shorten_apposition(words: list[str]) -> list[str]:
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


def _loose_nominal(phrase: str) -> NP | None:
    """ "said a 2008 campaign veteran": after an inverted cue any short noun phrase with an
    article is the speaker, even with a head noun no list knows."""
    phrase = phrase.strip()
    if _LOOSE_RE.fullmatch(phrase) is None:
        return None
    words = phrase.split()
    if any(w.lower() in CUE_FORMS or w.lower() in _LEFT_STOP for w in words[1:]):
        return None
    return NP("nominal", phrase, name=" ".join(words[1:]), gender="n")


def _cue_after(masked: str, qe: int, tail_hi: int, ends_sentence: bool) -> _Cue | None:
    """A cue right after the quote: ``, Rutte said`` / ``, said Rutte`` / ``, according to X``."""
    tail = masked[qe:tail_hi]
    if not tail.strip(" ,.;"):
        return None
    m = _ACCORDING_RE.match(tail.lstrip(" ,;—–-"))
    if m:
        off = qe + (len(tail) - len(tail.lstrip(" ,;—–-"))) + m.end()
        subj = _subject_right(masked, off, tail_hi)
        if subj:
            np = parse_subject(subj[0])
            if np is not None:
                return _Cue(np, subj[1], "according to", True, subj[0])
    m = _TAIL_INV_RE.match(tail)
    if m and m.group("cue").lower() in CUE_FORMS:
        word = m.group("cue").lower()
        inv_lemma = CUE_FORMS[word]
        # ", saying the city …" is a participle clause, not an inverted "said X"
        if (
            (inv_lemma not in WEAK_LEMMAS or inv_lemma == "read")
            and inv_lemma != "tell"
            and not word.endswith("ing")
        ):
            subj = _subject_right(masked, qe + m.end(), tail_hi)
            if subj:
                np = parse_subject(subj[0]) or _loose_nominal(subj[0])
                if inv_lemma == "read" and (np is None or np.kind != "nominal"):
                    np = None  # "“…,” read the statement": only a text reads
                if (np is not None and np.kind != "pronoun") or (
                    np is not None and np.text.lower() in ("he", "she")
                ):
                    return _Cue(np, subj[1], word, True, subj[0])
    # "X said" within the first words of the tail
    lead = len(tail) - len(tail.lstrip(" ,;—–-"))
    for cm in CUE_RE.finditer(masked, qe + lead, min(tail_hi, qe + lead + 160)):
        word = cm.group().lower()
        lemma = CUE_FORMS.get(word)
        if lemma is None or _noun_use(masked, cm.start(), cm.end()):
            continue
        qa = _QUOTED_AS_RE.search(masked, max(qe + lead, cm.start() - 40), cm.start())
        subj_text = masked[qe + lead : qa.start() if qa is not None else cm.start()]
        words = subj_text.split()
        while words and _is_adverb(words[-1]):
            words.pop()
        if len(words) > 12 and len(words) <= 30:
            words = _shorten_apposition(words)
        if not words or len(words) > 12:
            return None
        if (
            ends_sentence
            and not words[0][:1].islower()
            and len(words) > 4
            and not _appositive_name(words)
        ):
            return None
        if words[0] in _TAIL_PREPOSITIONS:
            return None  # "“…” in a Facebook post": a prepositional phrase is no subject
        np = parse_subject(" ".join(words))
        if np is None and not subj_text.rstrip().endswith(","):
            np = _loose_nominal(" ".join(words))
        if (
            np is not None
            and words[0].lower() == "that"
            and subj_text.rstrip().endswith(",")
            and lemma not in WEAK_LEMMAS
        ):
            np = None  # "“…” that Sanders can catch Clinton, said X": the clause is no subject
        if np is None and subj_text.rstrip().endswith(",") and lemma not in WEAK_LEMMAS:
            # "…" that Sanders can catch Clinton, said Steve Elmendorf
            inv = _subject_right(masked, cm.end() + 1, tail_hi)
            if inv is not None:
                np = parse_subject(inv[0])
                if np is not None and np.kind != "pronoun":
                    return _Cue(np, inv[1], word, True, inv[0])
            return None
        if np is not None and np.kind == "nominal" and lemma in WEAK_LEMMAS and lemma != "read":
            continue  # "the congressional report said": "report" is the noun, "said" the cue
        if np is None:
            return None
        if (
            ends_sentence
            and tail_hi < len(masked)
            and masked[tail_hi] == MASK
            and masked[cm.end() : tail_hi].strip(" ,:")
        ):
            # "“… unhinged.” Rubio called the statement “…”": a new sentence with its own quote
            return None
        return _Cue(np, qe + lead, word, True, " ".join(words))
    return None


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


def _indirect(masked: str, lo: int, hi: int) -> list[tuple[int, int, _Cue]]:
    """Reported speech in one sentence ``masked[lo:hi]`` without quote marks."""
    out: list[tuple[int, int, _Cue]] = []
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
        subj = _subject_or_antecedent(masked, m.start(), lo)
        if subj is None:
            continue
        np = parse_subject(subj[0])
        if np is None:
            continue
        out.append((content_start, end, _Cue(np, subj[1], word, False, subj[0])))
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
                    cue = _Cue(np, em.start(1), em.group(2), False, em.group(1))
                    out.append((c0, content_end, cue))
    return out


_NAME_RUN_RE = re.compile(
    r"(?<![\w’'])(?:[A-Z][\w’'.\-]*|(?:de|van|von|der|bin|al|da|di|del|la|le)\s)"
    r"(?:\s+(?:(?:de|van|von|der|bin|al|da|di|del|of|the|la|le)\s+)?[A-Z][\w’'.\-]*)*"
)


_CLAUSE_DELIMS = '.,;:!?"“”()—\u0001'
_NON_SUBJECT_WORDS = frozenset(
    ["of", "for", "to", "with", "by", "from", "against", "about", "at", "in", "on", "into", "than", "like", "over", "under", "between", "among", "after", "before", "toward", "towards", "via", "including"]
)  # fmt: skip


_CLAUSE_DELIM_RE = re.compile("[" + re.escape(_CLAUSE_DELIMS) + "]")


def _subject_position(text: str, start: int) -> bool:
    """True if nothing but descriptor words stand between the clause start and ``start``
    ("However, Patricia Smith" and "Conservative icon Phyllis Schlafly" are subjects;
    "mother of Benghazi victim Sean Smith" and "told Sean Smith" are not)."""
    lo = max(0, start - 80)
    seg = text[lo:start]
    dm = _CLAUSE_DELIM_RE.search(seg[::-1])  # the last delimiter, found from the end
    cut = len(seg) - 1 - dm.start() if dm is not None else -1
    if cut < 0 and lo > 0:
        return False
    words = seg[cut + 1 :].split()
    if len(words) > 5:
        return False
    for w in words:
        low = w.lower()
        if low in _NON_SUBJECT_WORDS or low in CUE_FORMS or (low.endswith("ed") and len(low) > 4):
            return False
    return len(words) <= 5


#: Small words a title leaves in lower case ("State of the Union").
_TITLE_SMALL = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "vs", "vs.", "with"]
)  # fmt: skip
_TITLE_WORD_RE = re.compile(r"[^\s—–]+")


#: "CBS's “Face the Nation,”" / "the movie “Star Wars”": a title has its owner before it.
_TITLE_OWNER_RE = re.compile(r"(?:[’']s|\bthe\s+[a-z]+|\bon|\bin)\s*$")


def _is_title(inner: str) -> bool:
    """Title Case words ("Good Morning America", "Bridge Over Troubled Water."): a name of a
    work, show or slogan; an exclamation ("Lock Her Up!") or a question is speech."""
    body = inner.strip(" .,;:’'\"”")
    if not body or body[-1] in "!?":
        return False
    words = _TITLE_WORD_RE.findall(body)
    if not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL for w in words)


_HEADLINE_WORD_RE = re.compile(r"[^\W\d_][\w’'\-]*")


#: "— Ann Vale, Philadelphia": a line that signs the quote above it.
_BYLINE_RE = re.compile(r"\s*[—–-]+\s*([A-Z][^,;:()\u0001\n]{1,60}?)\s*(?:[,(].{0,80})?$")


def _is_headline(text: str) -> bool:
    """A Title Case line ("Former Pollster Says Clinton Is In Trouble"): a headline, whose
    capitalised words are no names to resolve pronouns to."""
    if len(text) > 200:
        return False
    words = _HEADLINE_WORD_RE.findall(text)
    if len(words) < 5:
        return False
    content = [w for w in words if w.lower() not in _TITLE_SMALL]
    return sum(1 for w in content if w[:1].isupper()) >= 0.9 * len(content)


def _mask(text: str, spans: Sequence[MarkSpan]) -> str:
    parts: list[str] = []
    last = 0
    for sp in spans:
        parts.append(text[last : sp.start])
        parts.append(MASK * (sp.end - sp.start))
        last = sp.end
    parts.append(text[last:])
    return "".join(parts)


def _scan_names(reg: Registry, text: str, base: int) -> None:
    """Record person mentions in a paragraph (full names with a known first name or a title,
    and surnames of known people) for pronoun resolution and surname expansion."""
    for m in _NAME_RUN_RE.finditer(text):
        for off, run in _split_at_stops(m.group()):
            _scan_run(reg, text, m.start() + off, run, base)


def _split_at_stops(run: str) -> list[tuple[int, str]]:
    """Cut "Jeb Bush. Trump" at the full stop (not at initials or titles: "Sen. Ted Cruz")."""
    if ". " not in run:
        return [(0, run)]
    out: list[tuple[int, str]] = []
    start = 0
    for dm in _STOP_RE.finditer(run):
        word = run[run.rfind(" ", 0, dm.start()) + 1 : dm.start()].lower()
        if len(word) <= 1 or word in _ABBREV or word in TITLES:
            continue
        out.append((start, run[start : dm.start()]))
        start = dm.end()
    out.append((start, run[start:]))
    return [(o, r) for o, r in out if r]


_STOP_RE = re.compile(r"\.\s+")


def _scan_run(reg: Registry, text: str, at: int, run: str, base: int) -> None:
    """One capitalised run: a person mention, a known surname, or nothing."""
    pos = base + at
    n_before = len(reg.mentions)
    _scan_run_inner(reg, text, at, run, pos)
    if len(reg.mentions) > n_before and reg.mentions[-1][2]:
        e = reg.mentions[-1][1].final()
        if e.gender == "?":
            # "Seacord said he felt ...": the first pronoun after a subject names its gender
            gm = _GENDER_NEXT_RE.match(text, at + len(run))
            if gm is not None:
                e.gender = "m" if gm.group(1).lower() in ("he", "his", "him") else "f"


_GENDER_NEXT_RE = re.compile(r"[^.;:!?\u0001]{0,60}?\b(he|she|his|her|him)\b", re.IGNORECASE)


_ARTICLES = frozenset(["a", "an", "the", "his", "her", "their", "its", "our"])
_ROLE_BEFORE_RE = re.compile(r"\b((?:[a-z][a-z\-]+\s+){0,2}[a-z][a-z\-]+)\s+$")


def _scan_run_inner(reg: Registry, text: str, at: int, run: str, pos: int) -> None:
    if " " in run:
        toks = run.split()
        person_like = False
        for t in toks[:-1]:
            low = _strip_possessive(t.lower().rstrip(".,"))
            if low in MALE or low in FEMALE or (low in _PERSON_TITLES):
                person_like = True
                break
        if not person_like and 2 <= len(toks) <= 3:
            person_like = all(_name_token(t) for t in toks)
        if person_like:
            np = reg.parse_cached(run)
            if np is not None and np.kind == "name" and np.name:
                if " " in np.name:
                    ent = reg.add_name(np)
                    if ent.role is None:
                        # "campaign pollster Douglas Schoen": lower-case role words before it
                        rm = _ROLE_BEFORE_RE.search(text, max(0, at - 40), at)
                        rw = rm.group(1).split() if rm is not None else []
                        if rw and rw[-1] in ROLE_WORDS:
                            k = 0
                            while k < len(rw) - 1 and (
                                rw[k] in _LEFT_STOP or rw[k] in CUE_FORMS or rw[k] in _ARTICLES
                            ):
                                k += 1
                            ent.role = " ".join(rw[k:])
                    reg.mention(pos, ent, int(_subject_position(text, at)))
                    return
                e2 = reg.by_surname(np.name)
                if e2 is not None:
                    reg.mention(pos, e2, int(_subject_position(text, at)))
                    return
        last = toks[-1]
    else:
        last = run
    last = _strip_possessive(last.rstrip(".,"))
    e3 = reg.by_surname(last)
    if e3 is not None and e3.person:
        reg.mention(pos, e3, int(_subject_position(text, at)))
    elif " " not in run and _looks_like_surname(last):
        # "Levin dismissed ...": a lone capitalised subject of a verb is a person
        nm = _NEXT_WORD_RE.match(text, at + len(run))
        if (
            nm
            and (nm.group(1) in CUE_FORMS or nm.group(1).endswith("ed"))
            and _subject_position(text, at)
        ):
            e4 = reg.add_name(NP("name", last, name=last))
            reg.mention(pos, e4, 1)


# fmt: off
_ORGISH = frozenset(
    ["state", "states", "united", "county", "city", "house", "white", "university", "college", "school", "party", "news", "times", "post", "journal", "street", "avenue", "department", "committee", "council", "court", "republic", "kingdom", "union", "national", "international", "american", "democratic", "republican", "foundation", "institute", "center", "centre", "group", "company", "corp", "inc", "association", "network", "fox", "cnn", "new", "york", "north", "south", "east", "west", "san", "los", "las", "fort", "mount", "saint", "st", "lake", "river", "island", "islands", "bay", "valley", "beach", "airport", "hospital", "church", "club", "bank", "fund", "agency", "office", "ministry", "senate", "congress", "assembly", "parliament", "commission", "board", "service", "services", "media", "press", "review", "daily", "weekly", "magazine", "television", "radio", "tv", "online", "books", "book", "act", "bill", "law", "amendment", "war", "world", "cup", "games", "olympics", "trail", "tower", "square", "park", "hall", "hill", "center", "plaza", "village", "county", "coast", "gulf", "middle", "ocean", "sea", "north-east", "islamic", "muslim", "christian", "jewish", "arab"]
)  # fmt: skip


def _name_token(tok: str) -> bool:
    t = _strip_possessive(tok.rstrip(".,"))
    low = t.lower()
    return (
        len(t) > 1
        and t[:1].isupper()
        and not t.isupper()
        and low not in FUNCTION_WORDS
        and low not in _ORGISH
        and low not in ROLE_WORDS
    )


_NEXT_WORD_RE = re.compile(r"\s+([a-z]+)\b")


def _looks_like_surname(tok: str) -> bool:
    low = tok.lower()
    return (
        len(tok) > 2
        and not tok.isupper()
        and low not in FUNCTION_WORDS
        and low not in ROLE_WORDS
        and low not in _NOT_PERSONS
        and not low.endswith(
            ("ans", "ists", "ians", "ers", "ions", "ces", "sses", "ities", "ments")
        )
    )


_NOT_PERSONS = frozenset(
    ["congress", "senate", "house", "court", "police", "government", "administration", "campaign", "party", "ministry", "officials", "democrats", "republicans", "americans", "voters", "critics", "polls", "poll", "reuters", "ap", "nato", "eu", "un", "who", "fbi", "cia", "pentagon", "kremlin", "washington", "london", "paris", "moscow", "beijing", "brussels"]
)  # fmt: skip

_PERSON_TITLES = (TITLES | ROLE_WORDS) - {"state", "house", "national", "party", "campaign"}


def _resolve_indirect(
    reg: Registry,
    item: tuple[int, int, _Cue],
    pos_base: int,
    found: list[tuple[int, int, _Cue, Entity]],
) -> None:
    cs, ce, cue = item
    ent = reg.resolve(cue.np, pos_base + cue.pos)
    if ent is not None:
        reg.mention(pos_base + cue.pos, ent, 2)
        found.append((cs, ce, cue, ent))


def _last_subject(reg: Registry, sentence: tuple[str, int, int]) -> Entity | None:
    """The named person a paragraph's last sentence is about (its subject), if any."""
    masked, lo, pos_base = sentence
    ss = _sentence_subject(masked, lo, len(masked))
    snp = parse_subject(ss[0]) if ss is not None else None
    if ss is None or snp is None or snp.kind not in ("name", "role"):
        return None
    return reg.resolve(snp, pos_base + ss[1])


@attrs.define(slots=True)
class _ParaState:
    last_entity: Entity | None = None
    last_cue: str | None = None
    open_quote: bool = False
    lead_in: Entity | None = None
    #: the last sentence of a paragraph without quotes: (masked text, its start, pos_base)
    last_sentence: tuple[str, int, int] | None = None


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
    out: list[RawQuote] = []
    prev = _ParaState()
    pos_base = base
    prev_para = last_para = -1
    for pi, text in enumerate(paras):
        if not text or text.isspace():
            pos_base += len(text) + 1
            continue  # blank lines between paragraphs keep the context
        prev_para, last_para = last_para, pi
        state = _ParaState()
        if pi in block_paras:
            if names:
                _scan_names(reg, text, pos_base)
            s, e = 0, len(text)
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                ent = prev.lead_in or (prev.last_entity if prev.open_quote else None)
                out.append(RawQuote(pi, s, e, QuoteKind.BLOCK, ent, prev.last_cue if ent else None))
                state.last_entity = ent
            prev = state
            pos_base += len(text) + 1
            continue
        bm = _BYLINE_RE.match(text)
        if bm is not None and out and out[-1].entity is None and out[-1].para == prev_para:
            # "“…” ¶ — Ann Vale, Philadelphia": a dash line signs the quote above it
            bnp = parse_subject(bm.group(1))
            if bnp is not None and bnp.kind == "name":
                ent = reg.resolve(bnp, pos_base + bm.start(1))
                for rq in reversed(out):
                    if rq.para != prev_para or rq.entity is not None:
                        break
                    rq.entity, rq.cue = ent, "—"
        spans = pair_marks(text)
        masked = _mask(text, spans) if spans else text
        cues = _CueIndex.of(masked) if len(spans) > _DENSE_QUOTES else None
        # names inside quotes are not antecedents of "he said"
        if names and not _is_headline(masked):
            _scan_names(reg, masked, pos_base)
        ends = _sentence_ends(masked)
        if spans:
            ends = _quote_sentence_ends(text, spans, ends)
        # reported speech is resolved in text order with the quotes, so that "Simmons said
        # he saw ... “…,” he said" finds Simmons as the last speaker before the pronoun
        ind_cues: list[tuple[int, int, _Cue]] = []
        lo = 0
        for hi in [*ends, len(masked)]:
            if hi > lo:
                ind_cues.extend(_indirect(masked, lo, hi))
                lo = hi
        ind_found: list[tuple[int, int, _Cue, Entity]] = []
        ii = 0
        found: list[tuple[RawQuote, bool]] = []  # (quote, standalone)
        lead_spans: list[tuple[int, int]] = []  # the sentence before each quote
        heads: list[tuple[int, int]] = []  # each quote's own sentence up to the quote
        first_nonspace = len(text) - len(text.lstrip())
        ei = 0
        prev_end = prev_start = 0
        for qi, sp in enumerate(spans):
            while ei < len(ends) and ends[ei] <= sp.start:
                prev_start, prev_end = prev_end, ends[ei]
                ei += 1
            nxt_end = ends[ei] if ei < len(ends) else len(masked)
            k = ei
            while k < len(ends) and ends[k] <= sp.end:
                k += 1
            nxt_end = ends[k] if k < len(ends) else len(masked)
            head_lo = max(prev_end, sp.start - _WINDOW)  # bounded look-back: linear time
            bs, be = quote_body(text, sp)
            inner = text[bs:be]
            nwords = len(inner.split())
            ends_sentence = inner.rstrip("”’\"' ").endswith((".", "!", "?"))
            tail_hi = min(nxt_end, sp.end + _WINDOW)
            if qi + 1 < len(spans):
                tail_hi = min(tail_hi, spans[qi + 1].start)
            cue = _cue_after(masked, sp.end, tail_hi, ends_sentence) if sp.closed else None
            if cue is None:
                cue = _cue_before(masked, head_lo, sp.start, cues)
            head = masked[head_lo : sp.start].strip()
            standalone = (
                not head or head.endswith((":", ",", MASK)) or (cue is not None and cue.adjacent)
            )
            starts_upper = inner[:1].isupper() or inner[:1] in "…."
            kind = (
                QuoteKind.DIRECT
                if standalone and (starts_upper or nwords > 3)
                else QuoteKind.PARTIAL
            )
            if sp.single and nwords <= 2 and cue is None:
                continue
            if not _HAS_LETTER_RE.search(inner):
                # "760070280932982784", "2015-12-02": an id, date or number, not speech
                if keep_uncued:
                    out.append(RawQuote(pi, bs, be, QuoteKind.PARTIAL, None, None, None, True))
                continue
            if (
                2 <= nwords <= 8
                and (
                    cue is None
                    or not cue.adjacent
                    or _TITLE_OWNER_RE.search(masked, max(0, sp.start - 30), sp.start)
                )
                and _is_title(inner)
            ):
                # "Good Morning America", "State of the Union": a title or name, not speech
                if keep_uncued:
                    out.append(RawQuote(pi, bs, be, QuoteKind.PARTIAL, None, None, None, True))
                continue
            ent = None
            cue_word: str | None = None
            surface: str | None = None
            if cue is None and not standalone and nwords >= 2 and not sp.single:
                cue = _subject_cue(masked, head_lo, sp.start)
                if (
                    cue is not None
                    and cue.np.kind == "name"
                    and " " not in (cue.np.name or "")
                    and _opener_word(cue.np.name or "")
                    and reg.by_surname(cue.np.name or "") is None
                ):
                    cue = None  # "Good information can …": a capitalised opener, no known person
            while ii < len(ind_cues) and ind_cues[ii][2].pos < sp.start:
                _resolve_indirect(reg, ind_cues[ii], pos_base, ind_found)
                ii += 1
            if cue is not None:
                ent = reg.resolve(cue.np, pos_base + cue.pos)
                cue_word, surface = cue.cue, cue.surface
                if ent is not None:
                    reg.mention(pos_base + cue.pos, ent, 2)
            elif not standalone or (nwords <= 3 and not (starts_upper and ends_sentence)):
                # scare quote, title or nickname: no cue, not a statement
                if keep_uncued:
                    out.append(RawQuote(pi, bs, be, QuoteKind.PARTIAL, None, None, None, True))
                continue
            rq = RawQuote(pi, bs, be, kind, ent, cue_word, surface)
            found.append((rq, standalone and cue is None))
            lead_spans.append((prev_start, head_lo))
            heads.append((head_lo, sp.start))
        while ii < len(ind_cues):
            _resolve_indirect(reg, ind_cues[ii], pos_base, ind_found)
            ii += 1
        # split quotes and continuation paragraphs: quotes without a cue borrow a speaker
        # the next quote with a speaker, for each quote (one backward pass: linear)
        next_attributed: list[RawQuote | None] = [None] * len(found)
        nxt: RawQuote | None = None
        for idx in range(len(found) - 1, -1, -1):
            next_attributed[idx] = nxt
            if found[idx][0].entity is not None:
                nxt = found[idx][0]
        last_attributed: RawQuote | None = None
        for idx, (rq, needs) in enumerate(found):
            if not needs or rq.entity is not None:
                if rq.entity is not None:
                    last_attributed = rq
                continue
            donor: RawQuote | None = last_attributed
            if donor is None and idx == 0 and spans and spans[0].start <= first_nonspace:
                if prev.lead_in is not None:
                    rq.entity, rq.cue = prev.lead_in, prev.last_cue
                elif prev.last_entity is not None and (prev.open_quote or prev.last_cue):
                    rq.entity, rq.cue = prev.last_entity, prev.last_cue
                elif (
                    prev.last_sentence is not None
                    and next_attributed[0] is None
                    and (subj_ent := _last_subject(reg, prev.last_sentence)) is not None
                ):
                    # "Valastro praised Christie. ¶ “We need someone …”": a quote paragraph
                    # with no cue at all goes on from the person the last sentence is about
                    rq.entity, rq.cue = subj_ent, None
            ls, le = lead_spans[idx]
            ls = max(ls, le - _WINDOW)
            if donor is None and rq.entity is None and le > ls:
                # "Sam Lau said in a statement. “…”": a cue with nothing to report leads in
                lc = _bare_cue(masked, ls, le)
                if lc is not None:
                    rq.entity = reg.resolve(lc.np, pos_base + lc.pos)
                    rq.cue = lc.cue
            if donor is None and rq.entity is None:
                donor = next_attributed[idx]
            if donor is None and rq.entity is None:
                # "Coan argues that his client …. “The government …”": a quote that stands
                # alone after reported speech goes on with that speaker
                for _, ice, icue, ient in reversed(ind_found):
                    if ls <= ice <= rq.start:
                        rq.entity, rq.cue = ient, icue.cue
                        break
            if donor is None and rq.entity is None:
                hs, he = heads[idx]
                if masked[hs:he].rstrip().endswith((":", ",")):
                    # "Trump issued a statement, “…”": the clause that introduces the quote
                    # with a colon or comma has no cue, but its subject speaks
                    ss = _sentence_subject(masked, hs, he)
                    snp = parse_subject(ss[0]) if ss is not None else None
                    if ss is not None and snp is not None and snp.kind in ("name", "role"):
                        rq.entity = reg.resolve(snp, pos_base + ss[1])
            if (
                donor is None
                and rq.entity is None
                and le > ls
                and next_attributed[idx] is None
                and masked[ls:le].rstrip().endswith(".")
            ):
                # "The judge then turned to me. “Mr. Vale?”": the quote goes on from the
                # named person the sentence before it is about
                rq.entity = _last_subject(reg, (masked, ls, pos_base))
            if donor is not None:
                rq.entity, rq.cue = donor.entity, donor.cue
            if rq.entity is not None:
                last_attributed = rq
        for rq, _ in found:
            out.append(rq)
            if rq.entity is not None:
                state.last_entity, state.last_cue = rq.entity, rq.cue
        state.open_quote = bool(spans) and not spans[-1].closed
        # indirect speech in the sentences outside quotes
        if indirect:
            for cs, ce, cue, ient in ind_found:
                out.append(RawQuote(pi, cs, ce, QuoteKind.INDIRECT, ient, cue.cue, cue.surface))
                if state.last_entity is None or not found:
                    state.last_entity, state.last_cue = ient, cue.cue
        if not spans and ends:
            state.last_sentence = (masked, ends[-2] if len(ends) > 1 else 0, pos_base)
        # a paragraph ending "Rutte said:" leads into the next one
        tail = masked.rstrip()
        if (tail.endswith(":") and not spans) or (
            tail.endswith(":") and spans and spans[-1].end < len(tail)
        ):
            lo2 = ends[-1] if ends and ends[-1] < len(tail) - 1 else 0
            lo2 = max(lo2, len(tail) - _WINDOW)
            lc = _cue_before(masked, lo2, len(tail))
            if lc is None:
                # "Trump issued the following statement:" - the sentence subject leads in
                ss = _sentence_subject(masked, lo2, len(tail))
                snp = parse_subject(ss[0]) if ss is not None else None
                if ss is not None and snp is not None and snp.kind in ("name", "role"):
                    lc = _Cue(snp, ss[1], ":", True, ss[0])
            if lc is not None:
                lead = reg.resolve(lc.np, pos_base + lc.pos)
                if lead is not None:
                    state.lead_in, state.last_cue = lead, lc.cue
                    state.last_entity = lead
        prev = state
        pos_base += len(text) + 1
    return out
