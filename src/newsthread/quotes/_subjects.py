# ruff: noqa: RUF001
"""The subject grammar: the noun phrase left of a cue verb or right of an inverted cue,
skipping adverbs, time phrases, appositions and post-modifiers (the phrase that opens a
sentence is in ``_sentence_subject``)."""

from __future__ import annotations

import re
from itertools import islice

from newsthread.quotes._apposition import OPEN_APPOS_RE, TIME_BEFORE_CUE_RE, appos_subject
from newsthread.quotes._clause import NOUN_DETERMINERS
from newsthread.quotes._cues import (
    CUE_FORMS,
    FUNCTION_WORDS,
    ROLE_WORDS,
)
from newsthread.quotes._registry import ORG_HEADS
from newsthread.quotes._speaker_words import COMMON_PERSON_NOUNS
from newsthread.quotes._speakers import (
    DOCUMENT_HEADS,
    parse_subject,
    people_plural,
    strip_possessive,
)
from newsthread.quotes._subject_objects import (
    authored_before,
    authored_by,
    document_subject,
    subject_after_opener,
)

_ADV = frozenset(
    ["also", "only", "even", "just", "then", "later", "once", "previously", "recently", "earlier", "often", "repeatedly", "simply", "quickly", "flatly", "bluntly", "angrily", "famously", "has", "have", "had", "was", "were", "is", "are", "would", "will", "could", "might", "may", "did", "does", "do", "has", "since", "further", "again", "already", "publicly", "privately", "reportedly"]
)  # fmt: skip


_NOT_ADVERBS = frozenset(
    ["family", "ally", "rally", "assembly", "bully", "anomaly", "monopoly", "supply", "belly", "fly", "daily", "weekly", "monthly", "quarterly"]
)  # fmt: skip


def is_adverb(word: str) -> bool:
    """ "also", "then" or an -ly adverb ("Trump jokingly said", "Clinton initially said")."""
    low = word.lower()
    if low in _ADV:
        # "Theresa May said": a capitalised "May" or "Will" is a name, not a modal.
        return word.islower() or low not in AUX
    return len(low) > 4 and word.islower() and low.endswith("ly") and low not in _NOT_ADVERBS


LEFT_STOP = frozenset(
    ["that", "and", "but", "or", "when", "while", "because", "as", "if", "after", "before", "since", "though", "although", "so", "than", "to", "in", "on", "at", "by", "with", "from", "about", "into", "over", "under", "during", "until", "unless", "where", "which", "whom", "whose", "what", "why", "how", "said", "says", "is", "was", "were", "are", "be", "been", "being", "not", "no", "nor", "yet", "even", "just", "only", "against", "like"]
)  # fmt: skip


_WORD_RE = re.compile(
    r"[A-Za-z\u00c0-\u024f][\w\u00c0-\u024f'’.\-]*(?:&[A-Z][\w\u00c0-\u024f'’.\-]*)*"
    r"|\d(?:[\w.,]*\w)?|[,;:()—–\u0001]"
)


_SUBJ_RIGHT_CUT = re.compile(
    r"[,;:!?()—–\u0001]|(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|Fr))(?<!\b(?:Mrs|Sen|Rep|Gov|Gen|Col|Rev|Sgt|Amb|Adm|Maj))"
    r"(?<!\b(?:Capt|Cmdr|Prof|Atty|Supt|Msgr))\.|\s(?:in|on|at|during|after|when|who|while|before|as|to|about|"
    r"because|since|of\s+the\s+(?:plan|idea|bill|deal)|and\s+(?:then|added|said)|involved|familiar|close|speaking|"
    r"who|with\s+knowledge)\s",
)


def _determined(text: str, prev: tuple[int, int], low: str) -> bool:
    """Is a cue word ``low`` a noun after the word at ``prev`` ("The report", "Lee's
    statement"), not "state" ("the secretary of state")?"""
    lemma = CUE_FORMS[low]
    if lemma in ("state", "say", "go") or low not in (lemma, lemma + "s", lemma + "es"):
        return False  # "report", "tweet", "remarks" are nouns; "said", "told" never
    w = text[slice(*prev)]
    return w.lower() in NOUN_DETERMINERS or w.endswith(("’s", "'s"))


def _title_of_the(text: str, spans: list[tuple[int, int]], k: int) -> bool:
    """Does a role word or a name and "of" stand before the word at ``k + 1`` ("Secretary of
    the Navy Ray Mabus said", "Tom Vale of the Dover Council said", "a spokesman for the
    council said"): then "the" is inside the subject, not its start."""
    if k < 1:
        return False
    joint = text[slice(*spans[k])].lower()
    if joint not in ("of", "for"):
        return False
    head = text[slice(*spans[k - 1])]
    low = head.lower()
    if joint == "for":
        return low in ROLE_WORDS
    return (
        low in ROLE_WORDS
        if not head[:1].isupper()
        else (low in ROLE_WORDS or (low not in FUNCTION_WORDS and not head.endswith((",", "."))))
    )


def word_spans(text: str, start: int, end: int, limit: int | None = None) -> list[tuple[int, int]]:
    """Where the words of ``text[start:end]`` stand; the first ``limit`` only, if given."""
    found = _WORD_RE.finditer(text, start, end)
    return [m.span() for m in (found if limit is None else islice(found, limit))]


#: "X is quoted as saying", "X was heard saying": the reporting frame before a participle cue.
QUOTED_AS_RE = re.compile(
    r"\s+(?:is|was|were|are|has\s+been|had\s+been|have\s+been|can\s+be|could\s+be)\s+"
    r"(?:quoted\s+as|heard|overheard|seen|recorded|filmed|caught\s+on\s+(?:tape|camera))\s+$"
)


#: Auxiliaries between a subject and its cue ("have called", "had told", "will say").
_PERFECT_AUX = frozenset(["has", "have", "had", "will", "would", "could", "can", "might"])


def subject_left(text: str, cue_start: int, floor: int) -> tuple[str, int] | None:
    """The subject phrase that ends right before a cue verb, walking left from it."""
    lo = max(floor, cue_start - 200)
    qa = QUOTED_AS_RE.search(text, max(lo, cue_start - 40), cue_start)
    if qa is not None:
        cue_start = qa.start()  # "Braynard is quoted as saying": the subject is Braynard
    if text[max(lo, cue_start - 3) : cue_start].rstrip().endswith(","):
        ap = authored_before(text, cue_start, lo) or appos_subject(text, cue_start, lo)
        if ap is not None:
            return ap
    cue_start = _before_aside(text, cue_start, lo)
    cue_start = _before_post_modifier(text, cue_start, lo)
    spans = word_spans(text, lo, cue_start)
    k = _last_subject_word(text, spans)
    if k < 0:
        return None
    end = spans[k][1]
    words, start, commas, pair_at, inner = _walk_left(text, spans, k)
    if not words or words == [","]:
        return None
    first = _with_apposition(text, words[-1], start, floor)
    if inner > start and parse_subject(text[first:end]) is None:
        # "the nominee for the Nov. 8 election said": the phrase after "for" if the whole
        # does not parse
        first = _with_apposition(text, text[inner:end].split()[0], inner, floor)
    start = first
    phrase = text[start:end]
    if pair_at >= 0 and start < pair_at:
        np = parse_subject(phrase)
        left, _, right = phrase.partition(" and ")
        if (
            np is None
            or np.kind != "group"
            or not _two_word_name(left.split())
            or not _two_word_name(right.split())
        ):
            start, phrase = pair_at, text[pair_at:end]  # "Dover and Ann Lee": Ann Lee alone
    before = text[max(floor, start - 60) : start]
    nm = None
    if "o" in before and ("no" in before or "No" in before or "either" in before):
        # (the test first: most subjects have no negation before them)
        nm = _NEGATED_RE.search(text, max(floor, start - 60), start)
        if nm is None and phrase[:1].islower():
            nm = _NO_BEFORE_RE.search(text, max(floor, start - 20), start)
    if nm is not None and not _contrast(text, nm.start(1), floor):
        start, phrase = nm.start(1), text[nm.start(1) : end]  # "No one in the room said"
    if start - 4 >= floor and text[start - 4 : start] in _BEFORE_AN_OBJECT:
        # "Ann Vale's letter to the council said": not the council
        doc = document_subject(text, start, floor)
        if doc is None and "," in phrase:
            doc = subject_after_opener(text, phrase.strip(" ,"), start, floor)
        if doc is not None:
            return doc
    if commas == 1:
        # "X, descriptor, said" needs the name before the second comma; otherwise drop
        # what came before the first comma
        first = phrase.find(",")
        if first >= 0 and phrase.count(",") == 1:
            tail_part = phrase[:first].strip()
            if not tail_part:
                return None
    return phrase.strip(" ,"), start


#: The end of a preposition the walk stopped at ("to", "for", "with", "from", …): the
#: subject it found may be an object (``_subject_objects``).
_BEFORE_AN_OBJECT = frozenset([" to ", "for ", " by ", "ith ", "rom ", " of ", " on ", " at ", " in "])  # fmt: skip


#: A negated subject whose head the walk left behind at a preposition or a determiner:
#: "No one in the room", "Not one of the senators", "Nobody at the meeting" (nobody spoke).
_NEGATED_RE = re.compile(
    r"(?:^|(?<=[.!?;:,\u0001\n])\s*|(?<=\s))((?:(?:[Nn]o(?:\s+one|body)|[Nn]one|[Nn]either|[Nn]ot\s+one)"
    r"|(?:[Nn]o|[Nn]ot\s+(?:a\s+single|one|a))\s+[a-z]+s?)\s+(?:in|at|on|of|from|among|with"
    r"|inside|outside)\s+)$"
)

#: "No one said", "No senator said", "Not a single voter said": the walk stopped after "No".
_NO_BEFORE_RE = re.compile(r"(?:^|(?<=\s))((?:[Nn]o|[Nn]ot(?:\s+a(?:\s+single)?|\s+one)?)\s+)$")


def _contrast(text: str, at: int, floor: int) -> bool:
    """Is the "not" at ``at`` a contrast ("The governor, not the mayor, said", "or not the
    mayor"), which negates no subject? "No" does, and "Not" opening a clause ("Not one
    senator said"); a phrase "not disclose its finances" the walk took is no subject."""
    if text[at : at + 3].lower() != "not":
        return False
    before = text[max(floor, at - 5) : at].rstrip()
    return before.endswith(",") or before.split()[-1:] in (["or"], ["and"], ["but"])


def _with_apposition(text: str, first_word: str, start: int, floor: int) -> int:
    """Where a subject starting with an article starts, with the name an apposition opened
    before it ("Sam Lau, the communications director for the Iowa Democratic Party said")."""
    if first_word.lower() in ("the", "a", "an"):
        am = OPEN_APPOS_RE.search(text, max(floor, start - 160), start)
        if am is not None:
            return am.start(1)
    return start


#: An aside between the subject and its cue that opens with a preposition or a participle:
#: "Clinton, without naming him, also said", "Vale, speaking to reporters, said": a
#: participle before an object or a preposition (but "veterans, including Tom Reed, said"
#: names members of the subject, and "building manager Tom Reed" is a title and a name).
_ASIDE_BEFORE_CUE_RE = re.compile(
    r"(?<=\w),\s+(?:(?:without|after|before|while|despite|during|when|in|at|(?:and\s+|but\s+)?not)\s"
    r"|(?!including|excluding|according|regarding|concerning)[a-z]{3,}ing\s+"
    r"(?=(?:to|with|at|in|on|from|for|about|of|by|the|a|an|his|her|their|its|him|them|it|up|out)\s))"
    r"[^,;:()\u0001\n]{1,60},\s+(?:(?:also|then|later|again|once|[a-z]{3,}ly)\s+)*$"
)


def _may_close_aside(text: str, lo: int, cue_start: int) -> bool:
    """A quick test before the pattern: a comma and at most adverbs before the cue, and a
    comma before that one followed by a word that can open an aside."""
    c1 = text.rfind(",", max(lo, cue_start - 30), cue_start)
    if c1 < 0 or not all(
        w in _ASIDE_ADVERBS or w.endswith("ly") for w in text[c1 + 1 : cue_start].split()
    ):
        return False
    c0 = text.rfind(",", max(lo, cue_start - 100), c1)
    first = text[c0 + 1 : c1].split()[:2] if c0 >= 0 else []
    if first[:1] in (["and"], ["but"]):
        first = first[1:]  # "The governor, but not the mayor, said": a contrast
    return bool(first) and (first[0] in _ASIDE_OPENERS or first[0].endswith("ing"))


_ASIDE_ADVERBS = frozenset(["also", "then", "later", "again", "once"])
_ASIDE_OPENERS = frozenset(
    ["without", "after", "before", "while", "despite", "during", "when", "in", "at", "not"]
)


def _before_aside(text: str, cue_start: int, lo: int) -> int:
    """Where the subject's words end: before a short parenthetical or a time phrase that
    stands between the subject and its cue."""
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
    # "Clinton, without naming him, also accused": an aside set off by commas
    am = (
        _ASIDE_BEFORE_CUE_RE.search(text, max(lo, cue_start - 100), cue_start)
        if _may_close_aside(text, lo, cue_start)
        else None
    )
    if am is not None:
        cue_start = am.start()
    # "Trump at the time said" / "Clinton on Tuesday said": a time phrase before the cue
    tm = TIME_BEFORE_CUE_RE.search(text, max(lo, cue_start - 40), cue_start)
    if tm is not None and tm.start() > lo:
        cue_start = tm.start()
    return cue_start


#: A phrase after the head noun of a subject, before its cue: "a source familiar with the
#: talks said", "an aide close to the mayor said", "a lawyer representing the firm said".
_POST_MODIFIER_RE = re.compile(
    r"\s(?:(?:familiar\s+with|close\s+to|representing|speaking\s+(?:to|with|on|for|from)|"
    r"working\s+(?:for|with|on|in)|involved\s+in|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of)"
    r"\s(?P<object>[^,;:()\u0001—–\"“”]{2,60})"
    # where a person stood, after a noun of people: "the man in the front row said"
    r"|(?:in|at|from|near|inside|outside|behind)\s+(?:the|a|an)\s+"
    r"(?P<place>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*))$"
)

#: Nouns of people a post-modifier can follow, besides roles and plural nouns of people.
_PERSON_HEADS = frozenset(
    ["source", "person", "people", "someone", "insider", "insiders", "diplomat", "diplomats", "member", "members", "one", "two", "three", "four", "several", "others"]
)  # fmt: skip


def post_modifier_at(text: str, lo: int, end: int) -> int:
    """Where a post-modifier after a subject's head noun starts, the subject ending at
    ``end`` ("a source familiar with the talks": the source, not the talks); -1 if none."""
    pm = _POST_MODIFIER_RE.search(text, max(lo, end - 90), end)
    if pm is None:
        return -1
    place = pm.group("place") is not None
    obj = pm.group("place") or pm.group("object")
    if place and any(w in LEFT_STOP or w in NOUN_DETERMINERS for w in obj.split()):
        return -1  # "in the hours before the call": no place, the cue word is a noun
    head = text[max(lo, pm.start() - 30) : pm.start()].rsplit(None, 1)
    low = head[-1].lower() if head else ""
    if not (role_noun(low) or people_plural(low) or low in _PERSON_HEADS) and not (
        place and low in COMMON_PERSON_NOUNS
    ):
        return -1
    if any(w in CUE_FORMS and not w.endswith("ing") for w in obj.split()):
        # "Two people close to Ann Lee said she called …": the post-modifier is another
        # clause's, whose verb stands between it and the subject
        return -1
    return pm.start()


def _before_post_modifier(text: str, cue_start: int, lo: int) -> int:
    """Where the subject ends when a post-modifier stands between its head noun and the cue."""
    end = cue_start
    while end > lo and text[end - 1].isspace():
        end -= 1
    at = post_modifier_at(text, lo, end)
    return cue_start if at < 0 else at


def _last_subject_word(text: str, spans: list[tuple[int, int]]) -> int:
    """The index in ``spans`` of the subject's last word, past adverbs and a perfect
    auxiliary; -1 when there is none."""
    k = len(spans) - 1
    while k >= 0 and is_adverb(text[spans[k][0] : spans[k][1]]):
        k -= 1
    if k > 0 and text[slice(*spans[k])] in _PERFECT_AUX:
        k -= 1  # "what former employees have called “…”": the subject before the auxiliary
        while k >= 0 and is_adverb(text[spans[k][0] : spans[k][1]]):
            k -= 1
    return k


def _walk_left(
    text: str, spans: list[tuple[int, int]], k: int
) -> tuple[list[str], int, int, int, int]:
    """The subject's words read leftwards from ``spans[k]`` up to a stop word or mark: the
    words, where the phrase starts, its commas, where a pair of names was joined (-1), and
    where the phrase would start had it not gone on past "of the" / "for the" (-1)."""
    inner = -1
    words: list[str] = []
    commas = 0
    start = spans[k][0]
    pair_at = -1  # where "Tom Reed and Ann Lee" was joined at "and"
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
        if (
            low == "and"
            and pair_at < 0
            and commas == 0
            and words
            and k > 0
            and all(x[:1].isupper() for x in words)
            and text[spans[k - 1][0]].isupper()
        ):
            pair_at = start  # "Tom Reed and Ann Lee said": two named persons, a group
            words.append(w)
            k -= 1
            continue
        if low in LEFT_STOP and not (words and low in ("of", "for") and _of_ok(words)):
            break
        if low in CUE_FORMS and not (
            (k and _determined(text, spans[k - 1], low))
            or (low == "state" and words and role_noun(words[-1].lower()))  # "state director"
        ):
            break  # but "The report said", "his statement said": the cue word is a noun
        words.append(w)
        start = s
        k -= 1
        if low in ("the", "a", "an") and commas == 0:
            if not _title_of_the(text, spans, k):
                break
            if inner < 0:
                inner = s
    return words, start, commas, pair_at, inner


def _two_word_name(words: list[str]) -> bool:
    """ "Tom Reed", "Both Ann Marie Lee": a name of two to four capitalised words, no
    institution ("the University of Chicago")."""
    return 2 <= len(words) <= 4 and all(
        w[:1].isupper() and w.lower().strip(".,’'") not in ORG_HEADS for w in words
    )


COORD_RE = re.compile(r"\b(?:and|but)\s+(?:(?:also|then|later)\s+)?$")


AUX = frozenset(
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


NAME_LINKS = frozenset(
    ["of", "for", "from", "at", "and", "de", "del", "della", "da", "la", "le", "van", "von", "der", "den", "bin", "al", "el", "y", "du", "dos", "das"]
)  # fmt: skip


#: Role words that modify a role rather than name one ("then", "top", "vice").
_MODIFIERS = frozenset(
    ["then", "top", "vice", "prime", "state", "house", "press", "trade", "labor", "party", "gop"]
)


def role_noun(low: str) -> bool:
    return low in ROLE_WORDS and low not in _MODIFIERS


def _of_ok(words: list[str]) -> bool:
    """May "of"/"for" join the words collected so far (right to left) to a head before it?"""
    nxt = words[-1].lower()
    return _has_cap(words) or nxt in ROLE_WORDS or nxt in ("the", "state")


def _has_cap(words: list[str]) -> bool:
    return any(w[:1].isupper() and w.lower() not in FUNCTION_WORDS for w in words)


def subject_right(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The subject after an inverted cue: "said Mark Rutte, NATO's chief"."""
    seg = text[start : min(end, start + 300)]  # a subject is short: linear on long sentences
    m = _SUBJ_RIGHT_CUT.search(seg)
    cut = m.start() if m else len(seg)
    phrase = seg[:cut]
    # keep an apposition "said Mark Rutte, NATO's secretary general."
    if m and seg[m.start()] == ",":
        rest = seg[m.end() :]
        m2 = re.match(r"\s*((?:the\s+|a\s+)?[^,.;:!?\u0001]{2,60}?)(?:,|\.|$)", rest)
        if m2 and any(
            strip_possessive(w.strip(".,")).lower() in ROLE_WORDS for w in m2.group(1).split()
        ):  # (stripping the letters of "'s" cut "spokesman" to "pokesman")
            phrase = phrase + ", " + m2.group(1)
    phrase = phrase.strip()
    if not phrase:
        return None
    at = start + (len(seg[:cut]) - len(seg[:cut].lstrip()))
    by = authored_by(phrase) if " by " in phrase else 0  # "a letter written by Tom Reed"
    return phrase[by:], at + by


_WHO_BEFORE_RE = re.compile(
    r"(?:(?:,\s+|(?<=\w)\s+|\s[-—–]\s+)who|,\s+which)\s+(?:(?:has|had|have|also|then|later|once|[a-z]{2,}ly)\s+)*$"
)


#: A restrictive "who" clause right before a cue: "a voter who asked not to be named said".
_RESTRICTIVE_WHO_RE = re.compile(
    r"(?<=[a-z])\s+who\s+(?!said|says|told)[^,;:()\u0001\n]{3,80}?\s+$"
)


#: How a described person's noun phrase may start ("Another voter", "many supporters").
_DESCRIBED_START_RE = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Tt]hose|[Tt]wo|[Tt]hree"
    r"|[A-Z][a-z]+(?<!^It)(?<!^This)(?<!^That))$"
)


def subject_or_antecedent(
    masked: str, cue_start: int, lo: int, *, documents: bool = False
) -> tuple[str, int] | None:
    """:func:`subject_left`, or for a relative clause the noun phrase "who" (or ", which")
    stands for ("Indiana Gov. Mike Pence, who called their son “…”"); with ``documents``
    also a text that speaks ("a memo, which said “…”")."""
    subj = subject_left(masked, cue_start, lo)
    low = subj[0].lower() if subj is not None else ""
    rm = (
        _RESTRICTIVE_WHO_RE.search(masked, max(lo, cue_start - 90), cue_start)
        if masked.find(" who ", max(lo, cue_start - 90), cue_start) >= 0
        else None
    )
    if rm is not None and (subj is None or subj[1] > rm.start()):
        # "Another voter who didn't want to be named said": the noun before "who"
        ante = subject_left(masked, rm.start() + 1, lo)
        anp = parse_subject(ante[0]) if ante is not None else None
        first = ante[0].split()[0] if ante is not None else ""
        if (
            ante is not None
            and anp is not None
            and anp.kind in ("name", "role", "nominal")
            and (anp.kind != "nominal" or _DESCRIBED_START_RE.match(first) is not None)
        ):
            return ante
    if subj is None or low in ("who", "which") or low.endswith((" who", " which")):
        wm = _WHO_BEFORE_RE.search(masked, max(lo, cue_start - 40), cue_start)
        if wm is not None:
            ante = subject_left(masked, wm.start(), lo)
            if ante is not None and wm.group().lstrip(", ").startswith("which"):
                last = ante[0].split()[-1].rstrip(".,")
                if (
                    last.lower() not in ORG_HEADS
                    and not (documents and last.lower() in DOCUMENT_HEADS)
                    and not (last.isupper() and len(last) > 1)
                ):
                    return None  # "a sign at an exit in Corona, which read": no institution
            elif ante is not None and ante[0].split()[-1].rstrip(".,").lower() in ORG_HEADS:
                # "who" is a person: "Republicans in Congress who", "a professor at
                # American University who", "Ann Lee, the ranking member on the Senate
                # Intelligence Committee, who"
                return _person_before_body(masked, ante, lo)
            return ante
    return subj


_BODY_LINK_RE = re.compile(r"\s(?:in|on|at|of|for|with|from)\s+(?:the\s+)?$")


def _person_before_body(masked: str, body: tuple[str, int], lo: int) -> tuple[str, int] | None:
    """The person a body's relative "who" stands for: the noun phrase before the body's
    preposition, or the name that phrase is in apposition to."""
    pm = _BODY_LINK_RE.search(masked, max(lo, body[1] - 12), body[1])
    if pm is None:
        return None
    head = subject_left(masked, pm.start(), lo)
    if head is None:
        return None
    np = parse_subject(head[0])
    if np is not None and np.kind == "role" and masked[max(lo, head[1] - 2) : head[1]] == ", ":
        name = subject_left(masked, head[1] - 2, lo)
        nnp = parse_subject(name[0]) if name is not None else None
        if name is not None and nnp is not None and nnp.kind == "name":
            return name
    if np is None or (np.kind == "nominal" and np.gender != "p"):
        return None
    return head
