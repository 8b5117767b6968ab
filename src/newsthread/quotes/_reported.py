# ruff: noqa: RUF001
"""Reported speech: the subjects and shapes :mod:`._indirect` reads beyond a named speaker.

* Group subjects: "analysts say …", "52 percent of voters said …", "One in five say …",
  "those surveyed say …": a plural noun phrase or a share of people speaks as a group.
* Coordinated predicates: "Conway rejected the idea and said …" shares the clause subject.
* Participles: "“…,” he said, adding that …" / "Lee spoke on Monday, noting that …" take
  the subject of the cue before them, or of the clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsthread.quotes._clause import MASK, Cue, noun_use
from newsthread.quotes._sentence_subject import sentence_subject
from newsthread.quotes._signals import asked_before
from newsthread.quotes._speakers import NP, parse_subject
from newsthread.quotes._subjects import (
    COORD_RE,
    subject_or_antecedent,
    subject_right,
)

#: A share of people: "52 percent of registered voters", "26%", "One in five", "half of them".
_SHARE_RE = re.compile(
    r"(?:(?:about|nearly|almost|just|only|roughly|some|more\s+than|fewer\s+than|less\s+than"
    r"|over|under|still|another)\s+)?"
    r"(?:(?:\d[\d.,]*\s*|[A-Za-z]+(?:-[a-z]+)?\s+)(?:%|percent\b|per\s+cent\b)"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out\s+of)\s+(?:\d+|[a-z]+)"
    r"|(?:a|the)\s+(?:majority|minority|plurality|third|quarter|fifth|handful)"
    r"|half|two-thirds|three-quarters|most|many|few|a\s+few|both|all"
    # "Some of Clinton's allies", "Dozens of protesters"
    r"|(?:some|none|several|one|two|three|four|five|dozens|hundreds|thousands|millions)"
    r"(?=\s+of\s))"
    # "of registered voters", "among Democrats": a short complement, no clause
    r"(?:\s+(?:of|among)(?:\s+(?!(?:in|on|at|from|before|after|to|by|has|have|had|is|are|was"
    r"|were|will|would)\b)[\w’'\-]+){1,4})?",
    re.IGNORECASE,
)

#: A share of people right before a cue ("One in five say"): the subject grammar stops at
#: "in", so the share is found on its own.
_SHARE_BEFORE_RE = re.compile(
    r"(?:^|(?<=[\s,]))(" + _SHARE_RE.pattern + r")\s+(?:(?:also|still|now)\s+)?$", re.IGNORECASE
)


def share_before(masked: str, cue_start: int, lo: int) -> tuple[str, int] | None:
    """The share of people that ends right before a cue: "One in five", "Six in 10"."""
    sm = _SHARE_BEFORE_RE.search(masked[max(lo, cue_start - 80) : cue_start])
    if sm is None:
        return None
    return sm.group(1), max(lo, cue_start - 80) + sm.start(1)


#: Words that open a plural noun phrase ("some families", "many economists").
_GROUP_DETERMINERS = frozenset(
    ["the", "some", "many", "most", "several", "few", "other", "those", "these", "both", "all",
     "its", "his", "her", "their", "our", "two", "three", "four", "five", "dozens", "hundreds",
     "thousands", "more", "fewer", "such", "top", "senior", "local", "federal", "state"]
)  # fmt: skip

#: Plurals without an -s.
_PLURAL_HEADS = frozenset(
    ["people", "police", "men", "women", "children", "staff", "clergy", "public"]
)

#: Plural time nouns open a sentence without speaking ("These days", "In recent years").
_TIME_PLURALS = frozenset(["days", "weeks", "months", "years", "hours", "minutes", "decades", "times", "nights", "mornings", "evenings", "weekends", "ages"])  # fmt: skip

#: "those surveyed", "those polled": a group named by what was done to it.
_THOSE_RE = re.compile(
    r"(?:those|people|respondents|voters|adults|Americans)\s+"
    r"(?:surveyed|polled|asked|interviewed|questioned|sampled)",
    re.IGNORECASE,
)

_WORD_RE = re.compile(r"[A-Za-z][\w’'\-]*")

#: Words that open the complement after a group's head noun ("leaders in both parties").
_COMPLEMENT = frozenset(["of", "in", "at", "close", "from", "for", "on", "inside", "within"])

#: -s words that are no plural nouns.
_NOT_PLURAL = frozenset(["this", "his", "its", "is", "was", "has", "does", "as", "us", "thus", "news", "congress", "always", "perhaps", "whereas", "series", "species"])  # fmt: skip


def group_subject(phrase: str) -> NP | None:
    """A group as the subject of reported speech, or None: "Political scientists",
    "52 percent of registered voters", "those surveyed", "people close to Clinton"."""
    text = phrase.strip(" ,;:—–-\n\t")
    if not text or len(text) > 80:
        return None
    if _SHARE_RE.fullmatch(text) or _THOSE_RE.fullmatch(text):
        return _group(text)
    words = _WORD_RE.findall(text)
    if not 1 <= len(words) <= 6 or len(words) != len(text.split()):
        return None
    # a complement: "people close to Clinton", "leaders in both parties"
    k = next((i for i, w in enumerate(words) if i > 0 and w.lower() in _COMPLEMENT), len(words))
    head = words[k - 1]
    low = head.lower()
    if not head.islower():
        return None
    plural = low in _PLURAL_HEADS or (
        low.endswith("s")
        and not low.endswith(("ss", "us", "is"))
        and len(low) > 3
        and low not in _NOT_PLURAL
    )
    if not plural or low in _TIME_PLURALS:
        return None
    mods = words[: k - 1]
    for i, w in enumerate(mods):
        if w.lower() in _GROUP_DETERMINERS:
            continue
        if w.islower() and w.endswith(("ly", "ing")):
            return None
        if not w.islower() and i > 0 and not mods[i - 1][:1].isupper():
            return None  # "the House Democrats": a name the name parser reads
    return _group(text)


def _group(text: str) -> NP:
    words = text.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return NP("nominal", text, name=" ".join(words), gender="p")


_MARKS_RE = re.compile('["“”„‟«»]')


def has_quote_mark(text: str, start: int, end: int) -> bool:
    """Does an unpaired quote mark stand in ``text[start:end]`` (a quote the direct path
    reads, not reported speech)?"""
    return _MARKS_RE.search(text, start, end) is not None


def coordinated_subject(masked: str, cue_start: int, lo: int) -> tuple[str, int] | None:
    """ "Ms. Conway rejected the idea and said …", "… but said …": the subject of the
    sentence's first predicate, for a cue after "and"/"but"."""
    if COORD_RE.search(masked, max(lo, cue_start - 20), cue_start) is None:
        return None
    return sentence_subject(masked, lo, cue_start)


#: Words a cue after its content may carry: "…, Lee said on Monday in an interview.",
#: "…, a spokesman told The Wall Street Journal.", "…, police said Thursday."
_CUE_TAIL = (
    # the object of "told"/"wrote to": a name, a pronoun or "reporters"
    r"(?:\s+(?:him|her|them|us|me|reporters|(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}))?"
    # time and manner phrases: "on Monday", "Thursday", "in an interview", "by text message"
    r"(?:\s+(?:(?:on|in|at|during|via|through|after|before|by|to|over|from)"
    r"(?:\s+(?:a|an|the|its|his|her|their|[a-z]+|[A-Z][\w.’'\-]*|\d[\d,]*)){1,4}"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight"
    r"|earlier|later|late|last\s+(?:week|month|year|night)|this\s+(?:week|month|year)"
    r"|[a-z]+ly)\b)){0,3}"
)
#: The cue closes its sentence (or a participle follows: "…, Lee said, adding …").
_END_TAIL_RE = re.compile(
    _CUE_TAIL + r"\s*(?:,\s+(?=[a-z]+ing\b)|\s[—–]\s|\s--\s|[.!?]?[\"”’)]*\s*$)"
)
#: The cue is set off by commas inside its sentence: "Her countrymen, she said, should …".
_MID_TAIL_RE = re.compile(_CUE_TAIL + r"\s*,\s+(?![a-z]+ing\b)")

#: The comma that opens the subject of a cue after its content: ", police said", ", a
#: spokeswoman, Ann White, said" (the comma before an apposition is tried too).
_COMMA_RE = re.compile(r",\s+")

_CLAUSE_WORDS = frozenset(["and", "but", "or", "that", "which", "who", "because", "if", "when", "while", "as", "so", "than"])  # fmt: skip


def cue_after_content(
    masked: str, lo: int, hi: int, m: re.Match[str], lemmas: frozenset[str], forms: dict[str, str]
) -> list[tuple[int, int, Cue]]:
    """A cue after a comma reports the words before the comma: at the end of the sentence
    ("Candidates will need solid backing, analysts say.") or set off by commas inside it,
    where the words after it are reported too ("Her countrymen, she said, should not …").
    Its subject may be a group, an organisation or a person with an apposition."""
    word = m.group().lower()
    if forms.get(word) not in lemmas or word.endswith("ing"):
        return []
    if masked.rfind(",", max(lo, m.start() - 120), m.start()) < 0:
        return []  # no comma before the cue: no content before it
    if noun_use(masked, m.start(), m.end()):
        return []
    tail = _END_TAIL_RE.match(masked, m.end(), hi)
    mid = _MID_TAIL_RE.match(masked, m.end(), hi) if tail is None else None
    if tail is None and mid is None:
        return []
    found = _subject_after_comma(masked, lo, m, forms)
    if found is None:
        return []
    c, surface, np = found
    cue = Cue(np, c.end(), m.group(), False, surface, m.span())
    out = []
    c0, c1 = lo, c.start()
    while c0 < c1 and masked[c0].isspace():
        c0 += 1
    if mid is None:
        return [(c0, c1, cue)] if _content_ok(masked, c0, c1, 12) else []
    r0, r1 = mid.end(), hi
    while r1 > r0 and masked[r1 - 1] in " .!?\n":
        r1 -= 1
    rest = _content_ok(masked, r0, r1, 12)
    # "Despite the rain, Ann Lee said, “…”": with a quote after the cue, an adverbial before it
    # is the narrator's, not what was said ("In the long run, many economists say, this …"
    # keeps it: the corpus annotates the two parts of the reported sentence apart)
    if _content_ok(masked, c0, c1, 2) and (rest or not _adverbial_opening(masked, c0, c1)):
        out.append((c0, c1, cue))
    if rest:
        out.append((r0, r1, cue))
    return out


#: First words of a phrase that says when, where or despite what, not what was said
#: ("Despite the rain, Ann Lee said, …", "Recently, he said, he …").
_ADVERBIAL_FIRST = frozenset(
    ["despite", "in", "on", "at", "after", "before", "during", "since", "with", "without", "amid",
     "following", "unlike", "as", "by", "from", "under", "through", "over", "when", "while",
     "although", "though", "because", "once", "until", "yesterday", "today", "tonight", "now",
     "then", "still", "however", "meanwhile", "instead", "indeed", "moreover", "also", "again",
     "earlier", "later"]
)  # fmt: skip


def _adverbial_opening(masked: str, c0: int, c1: int) -> bool:
    """Are the words before a parenthetical cue ("…, she said, …") one short adverbial of
    the sentence (when, where, despite what: "In a statement", "Instead"), not a clause
    that opens with one ("At least 40 people died", "Since 2010, crime has fallen")?"""
    words = masked[c0:c1].split()
    if not words or len(words) > _ADVERBIAL_WORDS or "," in masked[c0:c1]:
        return False
    first = words[0].lower()
    if first not in _ADVERBIAL_FIRST and not (len(words) == 1 and first.endswith("ly")):
        return False
    return not any(
        w.lower() in _CLAUSE_SIGNS or (w.lower().endswith("ed") and len(w) > 4) for w in words[1:]
    )


#: At most this many words are one adverbial phrase ("In an interview with Fox" is five).
_ADVERBIAL_WORDS = 4
#: Words that make a clause of what follows an adverbial's first word (a subject or a verb).
_CLAUSE_SIGNS = frozenset(
    ["is", "are", "was", "were", "be", "been", "will", "would", "can", "could", "may", "might",
     "must", "shall", "should", "has", "have", "had", "do", "does", "did", "i", "we", "you", "he",
     "she", "it", "they", "there"]
)  # fmt: skip


def _content_ok(masked: str, c0: int, c1: int, least: int) -> bool:
    return c1 - c0 >= least and masked.find(MASK, c0, c1) < 0 and not has_quote_mark(masked, c0, c1)


def _subject_after_comma(
    masked: str, lo: int, m: re.Match[str], forms: dict[str, str]
) -> tuple[re.Match[str], str, NP] | None:
    commas = list(_COMMA_RE.finditer(masked, max(lo, m.start() - 120), m.start()))
    # ", a spokeswoman, Ann White, said": the apposition whole, from the comma before it
    appos = masked[max(lo, m.start() - 40) : m.start()].rstrip().endswith(",")  # bounded
    for c in reversed(commas[-4 : -2 if appos else None]):
        surface = masked[c.end() : m.start()].strip().rstrip(",")
        toks = surface.split()
        if (
            not toks
            or len(toks) > 12
            or MASK in surface
            or any(t.lower() in _CLAUSE_WORDS or t.lower() in forms for t in toks)
        ):
            continue
        np = parse_subject(surface) or group_subject(surface)
        if np is not None:
            return c, surface, np
    return None


_PARTICIPLE_BEFORE_RE = re.compile(r",\s*$")


def participle_subject(
    masked: str, lo: int, cue_start: int, cues: Sequence[re.Match[str]]
) -> tuple[str, int] | None:
    """ "“…,” he said, adding that …", "said Lee, noting …", "Lee spoke on Monday, saying
    …": a participle after a comma has the subject of the cue right before it, or else of
    its clause."""
    if _PARTICIPLE_BEFORE_RE.search(masked, max(lo, cue_start - 3), cue_start) is None:
        return None
    prev = None
    for c in cues:
        if c.end() <= cue_start - 1 and cue_start - c.end() <= 40:
            prev = c
    if prev is not None:
        subj = subject_or_antecedent(masked, prev.start(), lo)
        if subj is None and masked[lo : prev.start()].rstrip().endswith(","):
            subj = subject_right(masked, prev.end() + 1, cue_start - 1)  # "said Lee, noting"
        if subj is not None:
            return subj
        # "Lee answered by pointing a finger in his face, saying …": the clause's subject
    if masked.find(MASK, lo, cue_start) >= 0:
        return None
    return sentence_subject(masked, lo, cue_start)


# -- verb frames: speech acts whose content is an object or an infinitive ---------------

#: "vowed to ban …", "promised to build …": the infinitive is what was said.
_TO_FRAME = frozenset(["vow", "promise", "pledge", "offer", "agree", "threaten"])
#: "urged voters to …", "called on Congress to …": the object and its infinitive.
_OBJECT_TO_FRAME = frozenset(["urge", "implore", "beg", "press", "advise", "remind", "warn"])
#: "accused Clinton of …", "praised Obama for …": the object and its complement.
_OBJECT_OF_FRAME = frozenset(["accuse", "criticize", "criticise", "praise", "blast", "slam", "attack", "mock"])  # fmt: skip
#: "asked (Mook) whether …": the question.
QUESTION_LEMMAS = _QUESTION_FRAME = frozenset(["ask", "question", "wonder"])
#: "called for a ban …", "called on X to …".
_CALL_FRAME = frozenset(["call", "demand"])
#: "announced his candidacy", "denied the allegations": what was announced or denied.
_NP_FRAME = frozenset(["announce", "report", "reveal", "confirm", "acknowledge", "admit", "note", "mention", "stress", "emphasize", "emphasise", "deny", "recall"])  # fmt: skip

FRAME_LEMMAS = (
    _TO_FRAME | _OBJECT_TO_FRAME | _OBJECT_OF_FRAME | _QUESTION_FRAME | _CALL_FRAME | _NP_FRAME
)

_OBJECT = r"(?!that\b|whether\b|if\b)(?:him|her|them|us|me|it|reporters|voters|(?:the\s+|a\s+|his\s+|her\s+|their\s+)?[\w’'.\-]+(?:\s+[\w’'.\-]+){0,5}?)"
_TIME = r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last\s+\w+|this\s+\w+|again|repeatedly|also))?"
_TO_RE = re.compile(
    _TIME + r"\s+(?=to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|be\s+named)[a-z]+\b)"
)
_OBJECT_TO_RE = re.compile(_TIME + r"\s+(?=" + _OBJECT + r"\s+to\s+[a-z]+\b)")
_OBJECT_OF_RE = re.compile(_TIME + r"\s+(?=" + _OBJECT + r"\s+(?:of|for)\s+)")
_QUESTION_RE = re.compile(
    r"(?:\s+"
    + _OBJECT
    + r")??"
    + _TIME
    + r"\s+(?=(?:whether|if|why|how|what|who|whom|when|where|which)\b)"
)
_CALL_RE = re.compile(_TIME + r"\s+(?:for\s+|on\s+(?=" + _OBJECT + r"\s+to\s+[a-z]+\b))")
_NP_RE = re.compile(
    _TIME + r"\s+(?=(?:the|a|an|his|her|their|its|our|\d[\d,.]*|[A-Z][\w’'\-]*)\s+[\w$])"
)


def frame_content(masked: str, m: re.Match[str], lemma: str, hi: int) -> int:
    """Where the content of a speech act with an object or infinitive frame starts
    ("vowed to …", "urged voters to …", "accused Lee of …", "asked whether …",
    "called for …"), or -1."""
    end = min(hi, m.end() + 120)
    if lemma in _TO_FRAME:
        fm = _TO_RE.match(masked, m.end(), end)
    elif lemma in _OBJECT_TO_FRAME:
        fm = _OBJECT_TO_RE.match(masked, m.end(), end)
    elif lemma in _OBJECT_OF_FRAME:
        fm = _OBJECT_OF_RE.match(masked, m.end(), end)
    elif lemma in _QUESTION_FRAME:
        fm = _QUESTION_RE.match(masked, m.end(), end)
    elif lemma in _CALL_FRAME:
        fm = _CALL_RE.match(masked, m.end(), end)
    elif lemma in _NP_FRAME:
        fm = _NP_RE.match(masked, m.end(), end)
    else:
        fm = None
    return fm.end() if fm is not None else -1


# -- adverbials between a cue and its content --------------------------------------------

#: Nouns of a medium or occasion: "in an interview", "in a statement on Twitter".
_MEDIUM = (
    r"(?:interview|interviews|statement|statements|email|e-mail|letter|speech|post|tweet|tweets"
    r"|conference|call|message|appearance|meeting|rally|hearing|debate|event|op-ed|memo"
    r"|release|briefing|broadcast|show|program|programme|phone|text|video|podcast|address"
    r"|remarks|testimony|filing|report|blog|column|editorial|session|forum|visit|stop"
    r"|Facebook|Twitter|Instagram|television|radio)"
)
_NAME_RUN = r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}"
_ADVERBIAL = (
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:yesterday|today|tonight|earlier|later|again|also|repeatedly|recently|previously"
    r"|last\s+(?:week|month|year|night|fall|spring|summer|winter)|this\s+(?:week|month|year"
    r"|morning)|[a-z]{3,}ly)"
    r"|\s+(?:in|during|at|on|via|through|by|over|after|before)\s+"
    r"(?:(?:a|an|the|his|her|their|its|this|that)\s+)?(?:[\w’'\-]+\s+){0,3}?" + _MEDIUM + r"\b"
    r"(?:\s+(?:with|on|to)\s+(?:the\s+)?" + _NAME_RUN + r")?"
    r"|\s+(?:in|at)\s+" + _NAME_RUN + r")"
)
#: A reported clause's first word: a pronoun or a determiner (not a name or a number: a
#: name run after "told Fox" or "in Las" could be cut anywhere).
_CLAUSE_OPENER = (
    r"(?=(?:he|she|they|it|we|I|you|there|the|a|an|his|her|their|its|these|those|some"
    r"|many|most|no|every|each|both|all"
    r"|this(?!\s+(?:week|month|year|morning|afternoon|evening|spring|summer|fall|winter)))\b)"
)
_ADVERBIAL_CLAUSE_RE = re.compile(r"(?:" + _ADVERBIAL + r"){1,3}\s+(?:that\s+)?" + _CLAUSE_OPENER)
#: "told reporters on Monday the plan …": the object of "told", adverbials, the clause.
_TOLD_CLAUSE_RE = re.compile(
    r"\s+(?:him|her|them|me|us|reporters|supporters|(?:the\s+)?"
    + _NAME_RUN
    + r"|the\s+[a-z]+(?:\s+[a-z]+)?)(?:"
    + _ADVERBIAL
    + r"){0,3}\s+"
    + _CLAUSE_OPENER
)


_FIRST_WORD_RE = re.compile(r"\s+([A-Za-z]+)")
#: The words an adverbial between a cue and its content opens with.
_ADVERBIAL_OPENERS = frozenset(
    ["on", "in", "at", "during", "via", "through", "by", "over", "after", "before", "Monday",
     "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday", "today",
     "tonight", "earlier", "later", "again", "also", "repeatedly", "recently", "previously",
     "last", "this"]
)  # fmt: skip


def adverbial_content(masked: str, cue_end: int, hi: int, tell: bool) -> int:
    """Where a reported clause starts after a cue's adverbials ("said Thursday the plan
    …", "said in an interview with CNN he …") or after the object of "told" ("told
    reporters on Monday the plan …"), or -1."""
    if not tell:
        fw = _FIRST_WORD_RE.match(masked, cue_end, hi)
        if fw is None:
            return -1
        w = fw.group(1)
        if w not in _ADVERBIAL_OPENERS and not (w.endswith("ly") and w.islower()):
            return -1  # cheap test before the adverbial grammar
    rx = _TOLD_CLAUSE_RE if tell else _ADVERBIAL_CLAUSE_RE
    am = rx.match(masked, cue_end, min(hi, cue_end + 160))
    return am.end() if am is not None else -1


# -- "Insiders: Trump will rebound": a label and a colon open a headline or a transcript --

_COLON_LINE_RE = re.compile(
    r"\s*([A-Z][\w.’'\-]*(?:\s+(?:[A-Z][\w.’'\-]*|of|the|for|and|de)){0,4}):\s+"
    r"(?=[^\u0001\"“”]{12,}$)"
)
_COLON_LABEL_RE = re.compile(
    r"\s*[A-Z][\w.’'\-]*(?:\s+(?:[A-Z][\w.’'\-]*|of|the|for|and|de)){0,4}:\s"
)


def colon_label(text: str) -> re.Match[str] | None:
    """A capitalised label and a colon opening the text (a cheap test before the sentence
    model)."""
    return _COLON_LABEL_RE.match(text)


#: Page labels before a colon that name no speaker ("Photo: …", "Update: …").
_PAGE_LABELS = frozenset(
    ["photo", "photos", "image", "images", "source", "sources", "credit", "credits", "update",
     "updated", "note", "related", "read", "watch", "video", "editor", "editor’s", "editor's",
     "correction", "tags", "topics", "abstract", "full", "warning", "disclaimer", "summary",
     "background", "q", "a", "question", "answer", "transcript", "advertisement", "subscribe",
     "follow", "share", "listen", "see", "more", "previously", "posted", "published", "date",
     "location", "where", "when", "what", "why", "how", "who", "file", "caption", "pictured",
     "featured", "via", "by", "contact", "email", "phone", "web", "twitter", "facebook",
     "quote", "quotes", "reporting", "additional", "graphic", "chart", "map", "table",
     "latest", "exclusive", "breaking", "poll", "analysis", "opinion", "review", "live",
     "explainer", "factbox", "timeline", "week", "today", "day", "report", "delegate"]
)  # fmt: skip
_LOWER_WORD_RE = re.compile(r"\b[a-z][a-z’']+\b")


def colon_line(masked: str, lo: int, hi: int) -> tuple[int, int, Cue] | None:
    """ "Insiders: Trump will rebound in New Hampshire." / "JAKE TAPPER: Donald Trump released
    a video …": a name, role or group and a colon opening a paragraph report what follows
    (headlines and transcripts); page labels ("Photo:", "Update:") do not."""
    if masked.find(":", lo, min(hi, lo + 60)) < 0:
        return None
    cm = _COLON_LINE_RE.match(masked, lo, hi)
    if cm is None:
        return None
    label = cm.group(1)
    words = label.split()
    if words[0].lower() == "the" and len(words) > 1:
        words = words[1:]  # "The Latest: …"
    if words[0].lower().rstrip(".") in _PAGE_LABELS or words[-1].lower() in _PAGE_LABELS:
        return None  # "Photo: …", "The Latest: …", "AP-GfK Poll: …"
    c0, c1 = cm.end(), hi
    while c1 > c0 and masked[c1 - 1] in " .!?;\n":
        c1 -= 1
    if len(masked[c0:c1].split()) < 4 or len(_LOWER_WORD_RE.findall(masked, c0, c1)) < 2:
        return None  # "Photo: Getty Images", "Ted Cruz: Just hang on": no clause
    np = parse_subject(label.title() if label.isupper() else label)
    if np is None or np.kind == "pronoun":
        return None
    colon = cm.end(1)
    return c0, c1, Cue(np, cm.start(1), ":", False, label, (colon, colon + 1))


# -- "When asked whether …, Lee said …": a question whose asker the text does not name ----

_ASKED_BEFORE_RE = re.compile(
    r"(?:^|,|\b(?:[Ww]hen|[Aa]fter|[Ii]f|[Oo]nce|[Ww]hile|[Bb]efore|[Uu]pon)(?:\s+being)?)\s*$"
)
_ASKED_CONTENT_RE = re.compile(
    r"(?:\s+(?:by|on|in|at|during|at)\s+(?:[\w’'.\-]+\s+){0,5}?)?"  # "asked on CNN", "by a reporter"
    r"\s+(?:about\s+|for\s+|(?=(?:whether|if|why|how|what|who|whom|when|where|which)\b))"
)


def unnamed_question(
    masked: str, lo: int, hi: int, m: re.Match[str]
) -> tuple[int, int, Cue] | None:
    """ "When asked whether she would run, Lee smiled.": "asked" with no subject opens a
    question whose asker is not named; it is kept without a speaker, up to the comma that
    closes the phrase."""
    if m.group().lower() != "asked" or not asked_before(masked, lo, m.start()):
        return None
    cm = _ASKED_CONTENT_RE.match(masked, m.end(), min(hi, m.end() + 80))
    if cm is None:
        return None
    c0 = cm.end()
    comma = masked.find(",", c0, hi)
    c1 = comma if comma >= 0 else hi
    while c1 > c0 and masked[c1 - 1] in " .!?\n":
        c1 -= 1
    if not _content_ok(masked, c0, c1, 4):
        return None
    return c0, c1, Cue(NP("unknown", ""), m.start(), m.group(), False, "", m.span())


# -- "A new poll shows Clinton ahead": documents and polls report what they show ----------

#: The verbs a document reports with; matched only after a document head noun.
EVIDENCE_RE = re.compile(r"\b(?:show|shows|showed|shown|found|finds|indicates|indicated)\b")
_DOC_HEADS = (
    r"polls?|surveys?|stud(?:y|ies)|reports?|records|data|analys[ie]s|figures|documents|results"
    r"|numbers|research|filings?|statistics|census|audit|review|footage|video|ledgers|tally"
    r"|estimates|projections|forecasts?|investigation|probe|emails|memos?|documents|count"
)
#: A head noun of :data:`_DOC_SUBJECT_RE` anywhere (inside a word too): no subject without one.
_DOC_HEAD_ANY_RE = re.compile(_DOC_HEADS, re.IGNORECASE)
_DOC_HEAD_RE = re.compile(r"\b(?:" + _DOC_HEADS + r")\b", re.IGNORECASE)
_DOC_SUBJECT_RE = re.compile(
    r"(?:\b(?:a|an|the|this|that|these|those|its|his|her|their|our|many|other|new|recent|latest)\s+)?"
    r"(?:[\w’'/\-.]+\s+){0,4}?(" + _DOC_HEADS + r")"
    # "released Wednesday", "(above)", "of likely voters": a short tail before the verb
    r"((?:\s+(?:of|by|from|in|for|on|released|published|conducted|taken)\s+[^,;:\u0001]{1,50}?)?"
    r"(?:\s+(?:also|now|still|consistently|again))?)\s+$",
    re.IGNORECASE,
)


_EVIDENCE_STEMS = ("show", "found", "finds", "indicate")


def has_evidence(text: str) -> bool:
    """Could the text hold a document reporting something ("polls show …"): a document
    verb with a document's head noun before it?"""
    if not any(map(text.__contains__, _EVIDENCE_STEMS)):  # map, no generator: every paragraph
        return False
    for vm in EVIDENCE_RE.finditer(text):
        if _DOC_HEAD_RE.search(text, max(0, vm.start() - 90), vm.start()) is not None:
            return True
    return False


def document_speech(masked: str, lo: int, hi: int) -> tuple[int, int, Cue] | None:
    """ "A poll from Marquette Law School found Clinton leading …", "Records show that …": a
    poll, study, report or record before "shows/found/indicated" reports what follows; its
    head noun is the speaker."""
    if not any(map(masked[lo:hi].__contains__, _EVIDENCE_STEMS)):  # map: every sentence
        return None
    for vm in EVIDENCE_RE.finditer(masked, lo, hi):
        sm = (
            _DOC_SUBJECT_RE.search(masked, max(lo, vm.start() - 90), vm.start())
            if _DOC_HEAD_ANY_RE.search(masked, max(lo, vm.start() - 90), vm.start())
            else None  # (no head noun: the subject pattern, slow to fail, is not tried)
        )
        if sm is None:
            continue
        if _END_TAIL_RE.match(masked, vm.end(), hi) is not None:
            # "The aircraft was insured for $35 million, records show."
            comma = masked.rfind(",", lo, sm.start() + 1)
            if comma < 0 or masked[comma + 1 : sm.start()].strip():
                return None
            c0, c1 = lo, comma
            while c0 < c1 and masked[c0].isspace():
                c0 += 1
        else:
            c0 = vm.end()
            tm = re.match(r"\s+that\b", masked[c0 : c0 + 6])
            if tm is not None:
                c0 += tm.end()
            while c0 < hi and masked[c0].isspace():
                c0 += 1
            c1 = hi
            while c1 > c0 and masked[c1 - 1] in " .!?\n":
                c1 -= 1
        if not _content_ok(masked, c0, c1, 12):
            return None
        surface = masked[sm.start() : sm.end(1)].strip()
        head = sm.group(1)
        np = NP("nominal", surface, name=head.lower(), gender="n")
        return c0, c1, Cue(np, sm.start(), vm.group(), False, surface, vm.span())
    return None


#: A document's verbs: its speech hands no speaker on to the paragraphs after it.
EVIDENCE_VERBS = frozenset(["show", "shows", "showed", "shown", "found", "finds", "indicates", "indicated"])  # fmt: skip
