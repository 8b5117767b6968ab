# ruff: noqa: RUF001
"""Reported speech without quote marks: "Rutte said (that) …" and "The plan will fail, he
said."
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from newsthread.model import QuoteKind
from newsthread.quotes._clause import MASK, Cue, RawQuote, noun_use, sentence_ends
from newsthread.quotes._cues import (
    CUE_FORMS,
    INDIRECT_LEMMAS,
    cue_words,
)
from newsthread.quotes._inverted_subjects import ends_in_a_verb
from newsthread.quotes._registry import Entity, Registry
from newsthread.quotes._reported import (
    FRAME_LEMMAS,
    QUESTION_LEMMAS,
    adverbial_content,
    colon_label,
    colon_line,
    coordinated_subject,
    cue_after_content,
    document_speech,
    frame_content,
    group_subject,
    participle_subject,
    share_before,
    unnamed_question,
)
from newsthread.quotes._signals import quote_mark_runs
from newsthread.quotes._speakers import NP, names_nobody, parse_subject
from newsthread.quotes._subject_objects import document_source
from newsthread.quotes._subjects import role_noun, subject_or_antecedent, subject_right

_END_CUE_RE = re.compile(
    r",\s+([^,;:\u0001]{1,80}?)\s+(said|says|added|adds|argued|argues|noted|notes|wrote|writes"
    r"|explained|insisted|warned|told \w+|claimed|contended|stressed|predicted)"
    # "…, Lee said on Monday." / "…, Fiorina said Monday."
    r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|\s+(?:yesterday|today|earlier|later|last\s+(?:week|month|year|night)))?"
    r"\s*[.!?]?\s*$"
)


def _end_cue(masked: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_END_CUE_RE.search(masked, lo, hi)``, tried at the last comma only: no comma stands
    inside a match after its first, and a match runs to the end, so it opens with the last
    comma (the search tried its lazy subject at every comma of the sentence)."""
    comma = masked.rfind(",", max(0, lo), hi)
    return _END_CUE_RE.match(masked, comma, hi) if comma >= 0 else None


_ASKED_RE = re.compile(r"Asked\b")


_THAT_RE = re.compile(r"(?:\s+[\w’'.]+){0,5}?\s+that\s+")


#: A subordinate clause right after a speech verb: "said as the music started", "said when
#: asked". It says when, not what, after a quote's cue, with no subject of its own ("when
#: asked"), or (but "as") with no comma and no "that" to its sentence's end ("What did he say
#: when he crashed?"); "said as many as 40 …", "said as of Friday …", "said as president she
#: …" and "said when the mine closes, 300 jobs …" report speech.
_SUBORDINATE_RE = re.compile(
    r"\s+(as|when|while|amid|until|because)\b"
    r"(?!\s+(?:(?:many|much|few|little)\s+as|of)\b)"
    r"(\s+[a-z]+(?:ed|ing)\b|\s+asked\b)?"
)

_AS_MUCH_RE = re.compile(r"\s+as\s+much\b(?!\s+as\b)")


_CLAUSE_START_RE = re.compile(
    r"\s+(?!in\b|on\b|at\b|to\b|during\b|after\b|before\b|so\b"
    # "said it would …" reports; "said it" / "said it again" does not
    r"|it\b(?!\s+(?:would|will|was|is|has|had|could|should|might|may|can|must|did|does"
    r"|[a-z]+ed)\b|[’'](?:s|d|ll)\b)"
    r"|nothing\b|something\b|anything\b|yes\b|no\b|the\s+words?\b"
    r"|not\s+to\s+be\b"  # "who asked not to be named"
    # "said the same" reports nothing; "said the same technology could …" does
    r"|the\s+same\b(?!\s+[a-z]+\s+(?:would|will|was|is|could|can|has|had|should|might|may)\b)"
    r"|of\b|about\b|with\b|for\b|by\b|from\b)"
    r"[a-z\w]"
)


#: The object of "told" and a time phrase, before a clause that opens with its subject.
_TOLD_OBJECT_RE = re.compile(
    r"\s+(?:him|her|them|me|us|reporters|supporters|[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}"
    r"|the\s+[a-z]+(?:\s+[a-z]+)?)(?:\s+(?:on|last|this|earlier)\s+\w+)?\s+"
    r"(?=(?:he|she|they|it|we|I|there|his|her|their)\s)"
)


#: "said pleasantly into the phone": an adverb and a place, no reported clause.
_ADVERB_PHRASE_RE = re.compile(
    r"\s+[a-z]+ly\s+(?:into|to|in|on|at|from|with|as|after|before|during|over|outside)\b"
)


#: "…, according to X" closing a sentence: the source of the whole, not reported words.
_COMMA_ACCORDING_RE = re.compile(r",\s+according to\s+[^,;:]{1,80}?[.!?]?\s*$", re.IGNORECASE)


def find_indirect(
    masked: str,
    lo: int,
    hi: int,
    cues: Sequence[re.Match[str]] | None = None,
    *,
    quoted: bool = False,
) -> list[tuple[int, int, Cue]]:
    """Reported speech in one sentence ``masked[lo:hi]`` without quote marks; ``cues`` are
    the sentence's cue words when the caller has found them already. With ``quoted``, a
    reported clause may hold quoted words (masked), for the quote's speaker."""
    out: list[tuple[int, int, Cue]] = []
    if lo == 0:
        cl = colon_line(masked, lo, hi)  # "Insiders: Trump will rebound …"
        if cl is not None:
            return [cl]
    if cues is None:
        cues = cue_words(masked, lo, hi)
    according_at = -2  # where ", according to X" closes the sentence (-1: nowhere)
    marks: tuple[list[int], list[int]] | None = None  # the sentence's masked quotes and marks
    k = lo
    while k < hi and masked[k].isspace():
        k += 1
    am = _ASKED_RE.match(masked, k, hi)  # "Asked whether …, Lee said": capitalised, no cue word
    unnamed = unnamed_question(masked, k, hi, am) if am is not None else None
    if unnamed is not None:
        out.append(unnamed)
    for m in cues:
        word = m.group().lower()
        lemma = CUE_FORMS.get(word)
        if lemma not in INDIRECT_LEMMAS and lemma not in FRAME_LEMMAS:
            continue
        if masked[max(lo, m.start() - 40) : m.start()].rstrip().endswith(",") and not word.endswith(
            "ing"
        ):
            inv = _inverted_end(masked, lo, hi, m)
            if inv is True:
                break
            if isinstance(inv, list):
                out.extend(inv)
                break
        if lemma == "ask":
            unnamed = unnamed_question(masked, lo, hi, m)  # "When asked whether …, Lee …"
            if unnamed is not None:
                out.append(unnamed)
                continue
        content_start = _content_start(masked, m, word, lemma, hi)
        if content_start < 0:
            continue
        end = hi
        if according_at == -2:  # looked up once per sentence: linear in long sentences
            # (a gate in lower case: "…, ACCORDING TO POLICE." all in capitals is not read as
            # the sentence's source, though the pattern ignores case; kept as it is, since
            # reading it would change what is found)
            am = _COMMA_ACCORDING_RE.search(masked, lo, hi) if "ccording" in masked[lo:hi] else None
            according_at = am.start() if am is not None else -1
        if according_at >= content_start:
            end = according_at  # "… the city would act, according to Tom Vale.": not reported
        while end > content_start and masked[end - 1] in " .!?\n":
            end -= 1
        if end - content_start < 12:
            continue
        if not quoted:
            if marks is None:  # found once per sentence: a test per cue word made it quadratic
                marks = quote_mark_runs(masked, lo, hi)
            at = bisect_right(marks[1], content_start)  # the first run ending after the start
            if at < len(marks[1]) and marks[0][at] < end:
                continue  # a masked quote or a quote mark in the clause: the direct path reads it
        speaker = _speaker_before(masked, lo, m, word, cues)
        if speaker is None:
            continue
        np, subj = speaker
        out.append((content_start, end, Cue(np, subj[1], word, False, subj[0], m.span())))
        break
    else:
        _without_a_cue_before(masked, lo, hi, cues, out)
    return out


def _without_a_cue_before(
    masked: str, lo: int, hi: int, cues: Sequence[re.Match[str]], out: list[tuple[int, int, Cue]]
) -> None:
    """Reported speech whose cue follows it, or that has none: adds it to ``out``."""
    # "The plan will fail, he said." / ", said Rutte."
    em = _end_cue(masked, lo, hi)
    if em is None:
        out.extend(_according(masked, lo, hi))
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
    if not out:
        # "A new poll shows Clinton ahead …", "…, records show."
        ds = document_speech(masked, lo, hi)
        if ds is not None:
            out.append(ds)
    if not out and cues:
        # "…, analysts say." / "…, a spokeswoman, Ann White, said Thursday."
        for m in reversed(cues):
            out.extend(cue_after_content(masked, lo, hi, m, INDIRECT_LEMMAS, CUE_FORMS))
            if out:
                break


#: Cue verbs whose reported clause may follow an adverbial or start right after the verb.
_BARE_CLAUSE_LEMMAS = frozenset(
    (
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
        "ask",
        "urge",
    )
)


def _time_clause(masked: str, m: re.Match[str], after: str, hi: int) -> bool:
    """Whether a subordinate clause after the cue ``m`` says when rather than what."""
    if _AS_MUCH_RE.match(after):
        return True  # "had said as much to me": "so", no clause
    sm = _SUBORDINATE_RE.match(after)
    if sm is None:
        return False
    if sm.group(2) is not None or masked.find(MASK, max(0, m.start() - 60), m.start()) >= 0:
        return True  # "said when asked", "“Are you sure?” Alden asked as Lexi leaned in"
    rest = masked[m.end() + sm.end() : hi]
    return sm.group(1) != "as" and "," not in rest and " that " not in rest


def _content_start(masked: str, m: re.Match[str], word: str, lemma: str | None, hi: int) -> int:
    """Where the reported clause of the cue ``m`` starts, or -1 when it has none."""
    after = masked[m.end() : min(hi, m.end() + 120)]  # bounded: linear on long sentences
    content_start = -1
    if lemma in QUESTION_LEMMAS:
        content_start = frame_content(masked, m, lemma, hi)  # "asked Lee whether …"
    tm = _THAT_RE.match(after) if "that" in after else None
    if content_start >= 0:
        pass
    elif tm and word not in ("saying",):
        content_start = m.end() + tm.end()
    elif lemma in _BARE_CLAUSE_LEMMAS:
        # "said Thursday the plan …", "said in an interview he …"
        content_start = adverbial_content(masked, m.end(), hi, tell=False)
        am = _CLAUSE_START_RE.match(after)
        if content_start >= 0:
            pass
        elif (
            am
            and after[:1] == " "
            and not _ADVERB_PHRASE_RE.match(after)
            and not _time_clause(masked, m, after, hi)
        ):
            content_start = m.end() + 1
    elif lemma == "tell" and not word.endswith("ing"):
        # "told POLITICO on Monday he had …": the object, then the reported clause
        om = _TOLD_OBJECT_RE.match(after)
        if om is not None:
            content_start = m.end() + om.end()
        else:
            content_start = adverbial_content(masked, m.end(), hi, tell=True)
    if content_start < 0 and lemma in FRAME_LEMMAS and not noun_use(masked, m.start(), m.end()):
        # "vowed to …", "urged voters to …", "accused Lee of …", "asked whether …"
        content_start = frame_content(masked, m, lemma, hi)
    return content_start


def _speaker_before(
    masked: str, lo: int, m: re.Match[str], word: str, cues: Sequence[re.Match[str]]
) -> tuple[NP, tuple[str, int]] | None:
    """Who the cue ``m`` reports: the parsed subject before it, and the subject's text and start."""
    subj = participle_subject(masked, lo, m.start(), cues) if word.endswith("ing") else None
    if subj is None:
        subj = subject_or_antecedent(masked, m.start(), lo)
    if subj is None:
        subj = coordinated_subject(masked, m.start(), lo)
    if subj is None:
        return None
    np = parse_subject(subj[0])
    if np is None and names_nobody(subj[0].split()):
        return None  # "None of the four said": nobody reports it
    np = np or group_subject(subj[0])
    if np is None:
        subj = share_before(masked, m.start(), lo)
        np = group_subject(subj[0]) if subj is not None else None
    if np is None or subj is None:
        return None
    return np, subj


#: What may follow the subject of an inverted cue to the end of its sentence: a name in
#: apposition ("the bureau's director, Ann Lee"), a relative clause and a day ("on Monday").
_SUBJECT_TAIL_RE = re.compile(
    r"(?:,\s+(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*)?"
    # "said the official who resigned", "said Tom Reed, who lives nearby": a relative clause
    r"(?:,?\s+(?:who|whose)\s[^\u0001.!?,;:]{1,120})?"
    r"(?:,?\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today"
    r"|yesterday|(?:this|last)\s+week))?[\s.!?]*"
)


#: Auxiliaries and copulas: a phrase holding one is a clause, not an inverted cue's subject.
_FINITE_WORDS = frozenset(
    ["is", "are", "was", "were", "will", "would", "can", "could", "may", "might", "must",
     "shall", "should", "has", "have", "had", "does", "did"]
)  # fmt: skip


def _inverted_end(
    masked: str, lo: int, hi: int, m: re.Match[str]
) -> list[tuple[int, int, Cue]] | bool | None:
    """ "The plan will fail, said Ann Lee, the mayor.": an inverted cue whose subject runs
    to the end of the sentence reports the words before it (not "Ann Lee, the mayor"); set
    off by commas inside the sentence ("Running for office, said Ann Lee, is hard work.")
    it reports the words on both sides. True when the cue is inverted but what it reports
    is a quote ("“…” about it, said Ann Lee."): no reported speech, and its subject is no
    content either."""
    subj = subject_right(masked, m.end() + 1, hi)
    if subj is None:
        return None
    rest = None
    if not _SUBJECT_TAIL_RE.fullmatch(masked, subj[1] + len(subj[0]), hi):
        rest = _MID_REST_RE.match(masked, subj[1] + len(subj[0]), hi)
        if rest is None:
            return None
    np = parse_subject(subj[0])
    if np is None or np.kind == "pronoun":
        return None
    if ends_in_a_verb(subj[0]) or any(
        w.lower() in _FINITE_WORDS for w in subj[0].split(",", 1)[0].split()
    ):
        # "the manager, Tom Reed, said the plan was dead.": a clause, no subject (but "said
        # Tom Reed, who was the manager": the subject's own relative clause after a comma)
        return None
    c0, c1 = lo, masked.rindex(",", lo, m.start())
    while c0 < c1 and masked[c0].isspace():
        c0 += 1
    if masked.find(MASK, c0, c1) >= 0:
        return True
    cue = Cue(np, subj[1], m.group(), False, subj[0], m.span())
    if rest is None:
        return [(c0, c1, cue)] if c1 - c0 >= 12 else None
    if role_noun(rest.group(2)):
        # "said James Henson, director of the …": an apposition to the end, not a verb
        return [(c0, c1, cue)] if c1 - c0 >= 12 else None
    if (
        rest.group(2) in CUE_FORMS
        or CUE_FORMS.get(m.group().lower()) not in _SAYING
        or not (
            subj[0][:1].isupper()
            or subj[0].split()[0].lower() in ("the", "a", "an")
            or (np.kind == "nominal" and np.gender == "p")  # "say economists"
        )
    ):
        # "…, for example, called for weaker Wall Street, environmental, and …": a verb
        # with an object, not a parenthetical "said Ann Lee"
        return None
    r0, r1 = rest.start(1), hi
    while r1 > r0 and masked[r1 - 1] in " .!?\n":
        r1 -= 1
    if r1 - r0 < 5 or masked.find(MASK, r0, r1) >= 0:
        return None
    left = masked[c0:c1].split()
    first = left[0].lower() if left else ""
    if (
        not left
        or first in _OPENING_ADVERBIALS
        or (len(left) == 1 and (first.endswith("ly") or first in _LONE_ADVERBS))
    ):
        # "Currently, said Dr. Lee, there are …", "In Dover, said Ann Vale, taxes are …": an
        # adverb or a place or time before the cue is the narrator's, no words said
        return [(r0, r1, cue)]
    return [(c0, c1, cue), (r0, r1, cue)]


#: First words of a phrase that says where or when, not what was said.
_OPENING_ADVERBIALS = frozenset(
    ["in", "on", "at", "after", "before", "during", "since", "from", "under", "with", "without",
     "despite", "amid", "by", "over", "through", "when", "while", "then", "now", "today",
     "yesterday", "earlier", "later", "still", "meanwhile"]
)  # fmt: skip

#: One-word openers that are adverbs without "-ly" ("Currently" has it; "Taxes" is a noun).
_LONE_ADVERBS = frozenset(["however", "instead", "indeed", "moreover", "also", "so", "thus", "here", "there"])  # fmt: skip

#: Cue verbs that stand as a parenthetical inside a reported sentence ("…, said Ann Lee, …").
_SAYING = frozenset(["say", "add", "write", "note", "argue", "explain", "insist", "recall", "warn"])


#: What follows the subject of an inverted cue set off inside its sentence: a comma and
#: the rest of the clause, which goes on with a verb ("…, said Ann Lee, is hard work").
_MID_REST_RE = re.compile(
    r",\s+((?!(?:the|a|an|his|her|its|their|our|who|whose|which|that|and|but|or|as|in|on|at"
    r"|of|for|with|from|by|to|when|while|after|before|because|if|although|though|adding|saying"
    r"|noting|another|where|whom|what|also|now|himself|herself|one)\b)([a-z]+)\b[^\u0001]*)"
)


#: "…, according to the Human Rights Campaign, an advocacy group." at a sentence end.
_ACCORDING_END_RE = re.compile(
    r",\s+(according to)\s+([^,;:\u0001]{2,120}?)\s*(?:,[^\u0001]{0,80}?)?[.!?]?[\s\"”’)]*$"
)
#: "According to X, …" opening a sentence.
_ACCORDING_START_RE = re.compile(r"\s*(According to)\s+([^,;:\u0001]{2,120}?),\s+")
_SOURCE_CUT_RE = re.compile(r"\s(?:who|which|that|of|by|from|in|on|at|for|with)\s")


def _according(masked: str, lo: int, hi: int) -> list[tuple[int, int, Cue]]:
    """ "Sales fell, according to the company." / "According to Rutte, the plan is sound.":
    the sentence outside "according to X" is X's."""
    if masked.find("ccording to", max(0, lo), hi) < 0:
        return []  # (both patterns hold the words; most sentences have neither)
    m = _ACCORDING_START_RE.match(masked, lo, hi)
    if m is not None:
        c0, c1 = m.end(), hi
    else:
        m = _ACCORDING_END_RE.search(masked, lo, hi)
        if m is None:
            return []
        c0, c1 = lo, m.start()
    while c0 < c1 and masked[c0].isspace():
        c0 += 1
    while c1 > c0 and masked[c1 - 1] in " .!?\n":
        c1 -= 1
    if c1 - c0 < 12 or masked.find(MASK, c0, c1) >= 0:
        return []
    at, to = document_source(masked, m.start(2), m.end(2))  # "a statement from X": X
    phrase = masked[at:to]
    np = parse_subject(phrase)
    if np is not None and np.kind == "name" and phrase[:1].islower():
        np = None  # "the State Institute": a body, not a person named "Institute"
    if np is None:
        # "the Harvard University Institute of Politics", "a poll of 900 tenants": head words
        cut = _SOURCE_CUT_RE.search(phrase)
        head = phrase[: cut.start()] if cut is not None else phrase
        if not 0 < len(head.split()) <= 6:
            return []
        words = head.split()
        name = " ".join(
            words[1:] if words[0].lower() in ("a", "an", "the") and len(words) > 1 else words
        )
        np = NP("nominal", head, name=name, gender="n")
    return [(c0, c1, Cue(np, at, "according to", False, phrase, m.span(1)))]


def resolve_indirect(
    reg: Registry,
    item: tuple[int, int, Cue],
    pos_base: int,
    found: list[tuple[int, int, Cue, Entity]],
    unresolved: list[tuple[int, int, Cue]],
    text_it: Callable[[int, str], Entity | None] | None = None,
) -> None:
    """Resolve the speaker of one piece of reported speech; one whose pronoun stands for
    nobody known ("It said …", "They argued …") is kept without a speaker. ``text_it``: the
    text an "it" at a position stands for when no body does ("The memo … It said …")."""
    cs, ce, cue = item
    if cue.np.kind == "unknown":  # "When asked whether …": nobody named
        unresolved.append(item)
        return
    ent = reg.resolve(cue.np, pos_base + cue.pos)
    if ent is None and text_it is not None and cue.np.kind == "pronoun" and cue.np.gender == "n":
        ent = text_it(cue.pos, cue.cue)
    if ent is not None:
        reg.mention(pos_base + cue.pos, ent, 2)
        found.append((cs, ce, cue, ent))
    elif cue.np.kind == "pronoun":
        unresolved.append(item)


def colon_speech(pi: int, text: str, pos_base: int, reg: Registry) -> list[RawQuote]:
    """The reported speech of a paragraph without quote marks or cue words that opens with
    a label and a colon ("Insiders: Trump will rebound in New Hampshire.")."""
    if ":" not in text[:60] or colon_label(text) is None:
        return []
    ends = sentence_ends(text)
    found = colon_line(text, 0, ends[0] if ends else len(text))
    if found is None:
        return []
    cs, ce, cue = found
    rq = RawQuote(pi, cs, ce, QuoteKind.INDIRECT, reg.resolve(cue.np, pos_base + cue.pos), ":")
    rq.surface, rq.cue_span = cue.surface, cue.span
    rq.speaker_span = (cue.pos, cue.pos + len(cue.surface))
    rq.evidence = f"indirect:{cue.np.kind}"
    return [rq]
