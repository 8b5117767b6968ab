# ruff: noqa: RUF001
"""Cue after the quote: "“…,” Rutte said" / "“…,” said Rutte" / "“…,” according to Rutte" /
"“…,” Ann Vale, an attorney, said"."""

from __future__ import annotations

import re

from newsthread.quotes._apposition import appositive_name, shorten_apposition
from newsthread.quotes._clause import ACCORDING_RE, MASK, Cue, before_body_role, noun_use
from newsthread.quotes._cues import (
    CUE_FORMS,
    CUE_RE,
    WEAK_LEMMAS,
)
from newsthread.quotes._speakers import NP, parse_subject
from newsthread.quotes._subject_objects import document_source
from newsthread.quotes._subjects import (
    LEFT_STOP,
    QUOTED_AS_RE,
    is_adverb,
    post_modifier_at,
    subject_right,
)

_TAIL_INV_RE = re.compile(r"^[\s,;—–-]*(?:(?:then|also)\s+)?(?P<cue>[a-z]+)\s+", re.IGNORECASE)


_LOOSE_RE = re.compile(r"(?:a|an|the|one|this)\s+[\w’'\-]+(?:\s+[\w’'\-]+){0,4}", re.IGNORECASE)


_COMPLEMENT_RE = re.compile(r"\s(?:of|that|from|at|with|in)\s")


#: "the bespectacled, 71-year-old diplomat": two words describing the head, a comma between.
#: The first word must describe ("tired", "71-year-old", "old"), or the comma opens an
#: apposition ("a neighbour, retired teacher").
_LISTED_ADJECTIVE_RE = re.compile(
    r"((?:a|an|the)\s+(?:[\w]+ed|[\w]+-[\w\-]+|old|young|elderly|angry|tall|frail|weary)),"
    r"(?=\s+[\w\-]+\s+[\w\-]+$)",
    re.IGNORECASE,
)


#: What goes on a list rather than an apposition: "the red, white and blue flag".
_LIST_REST_RE = re.compile(r",|\b(?:and|or)\b")


_CLAUSE_END_RE = re.compile(r"\s*(?:[.!?;]|,\s|$)")


_CONTENT_AFTER_RE = re.compile(r"\s+(?:that|he|she|they|it|we|I|the|his|her|their)\s")


_TAIL_PREPOSITIONS = frozenset(
    ["of", "in", "on", "at", "to", "for", "from", "with", "by", "about", "into", "over", "under", "during", "after", "before", "between", "against", "among", "through", "toward", "towards", "without", "within"]
)  # fmt: skip


def _loose_nominal(phrase: str) -> NP | None:
    """ "said a 2008 campaign veteran": after an inverted cue any short noun phrase with an
    article is the speaker, even with a head noun no list knows."""
    phrase = _LISTED_ADJECTIVE_RE.sub(r"\1", phrase.strip())
    head, _, rest = phrase.partition(",")
    if rest and _LOOSE_RE.fullmatch(head) and not _LIST_REST_RE.search(rest):
        phrase = head  # "a neighbour, retired teacher": the head before its apposition
    words = phrase.split()
    if _LOOSE_RE.fullmatch(phrase) is None or any(w.lower() in LEFT_STOP for w in words[1:]):
        # "said one owner of a shop that sells hats", "a staffer in the room said": the
        # head before its complement
        cut = _COMPLEMENT_RE.search(phrase)
        if cut is None or _LOOSE_RE.fullmatch(phrase[: cut.start()]) is None:
            return None
        phrase = phrase[: cut.start()]
        words = phrase.split()
    if any(w.lower() in CUE_FORMS or w.lower() in LEFT_STOP for w in words[1:]):
        return None
    return NP("nominal", phrase, name=" ".join(words[1:]), gender="n")


_RELATIVE_WORDS = frozenset(["who", "whose", "whom", "which"])


def _described_with_clause(words: list[str]) -> NP | None:
    """ "a citizen, whose name is redacted, wrote": a described speaker before a relative
    clause set off by commas is the speaker (not a word after the cue, "wrote on Aug.")."""
    for i in range(1, min(len(words) - 1, 6)):
        if words[i - 1].endswith(",") and words[i].lower() in _RELATIVE_WORDS:
            np = _loose_nominal(" ".join(words[:i]).rstrip(","))
            if np is not None and words[i].lower() != "which":
                # "who"/"whose" stands for a person: "a citizen" is somebody new
                return NP("role", np.text, role=words[i - 1].rstrip(","), gender="?")
            return np
    return None


def cue_after(
    masked: str,
    qe: int,
    tail_hi: int,
    ends_sentence: bool,
    body_end: str = "",
    next_opens: bool = False,
    colon_leads: bool = True,
) -> Cue | None:
    """A cue right after the quote: ``, Rutte said`` / ``, said Rutte`` / ``, according to X``.
    ``body_end``: the last character of the quote's words ("," of "“We won,”");
    ``next_opens``: the next quote starts with a capital letter (a sentence of its own);
    ``colon_leads``: "X said:" before the next quote leads it when the quote stands inside
    a clause (False when no cue before the quote could own it instead)."""
    tail = masked[qe:tail_hi]
    if not tail.strip(" ,.;"):
        return None
    return (
        _signature_after(masked, qe)
        or _according_after(masked, qe, tail_hi, tail)
        or _inverted_after(masked, qe, tail_hi, tail, body_end)
        or _subject_and_cue_after(
            masked,
            qe,
            tail_hi,
            tail,
            ends_sentence,
            _may_lead(tail, body_end, next_opens),
            colon_leads,
        )
    )


#: "“…” ― Krystal Correa, Ohio": a dash and a name closing the paragraph sign the quote (a
#: hyphen too, with a space before it: "“…” -Krystal Correa").
_SIGNATURE_RE = re.compile(
    r"\s*(?:[―—–]|--|-(?=\s)|(?<=\s)-(?=[A-Z]))\s*([A-Z][^,;:()\u0001\n]{1,60}?)\s*\.?\s*(?:[,(][^\u0001\n]{0,80})?$"
)


def _signature_after(masked: str, qe: int) -> Cue | None:
    """ "“…” ― Krystal Correa": a dash signature after the quote, ending a paragraph of
    quotes only (after reported speech, "…--Kim Hjelmgaard." signs the text, not the quote)."""
    m = _SIGNATURE_RE.match(masked, qe)
    if m is None or masked[:qe].replace(MASK, "").strip():
        return None
    np = parse_subject(m.group(1))
    if np is None or np.kind not in ("name", "group"):
        return None
    dash = masked[qe : m.start(1)].strip()
    at = masked.index(dash, qe)
    return Cue(np, m.start(1), "—", True, m.group(1), (at, at + len(dash)))


#: "has been called “…”", "was described as “…”": a passive naming verb before a quote.
_PASSIVE_NAMING_RE = re.compile(
    r"\b(?:is|was|were|are|been|being)\s+(?:[a-z]+ly\s+)?(?:called|described\s+as|dubbed"
    r"|labell?ed(?:\s+as)?|termed|branded(?:\s+as)?|characteri[sz]ed\s+as)\s+(?:a\s+|an\s+)?$"
)
_BY_RE = re.compile(r"[\s,]*by\s+")


def passive_agent(masked: str, head_lo: int, qs: int, qe: int, tail_hi: int) -> Cue | None:
    """ "… has been called “strategic ambiguity” by Tom Vale, a professor": the agent of a
    passive naming verb before the quote said the words."""
    bm = _BY_RE.match(masked, qe, tail_hi)
    if bm is None:
        return None
    pm = _PASSIVE_NAMING_RE.search(masked, max(head_lo, qs - 60), qs)
    if pm is None:
        return None
    subj = subject_right(masked, bm.end(), tail_hi)
    if subj is None:
        return None
    subj = named_after(masked, subj, tail_hi) or subj
    np = parse_subject(subj[0])
    if np is None or np.kind not in ("name", "role", "group", "nominal"):
        return None
    verb = masked[pm.start() : pm.end()].split()[-1]
    return Cue(np, subj[1], verb, False, subj[0], (pm.start(), pm.end()))


def _according_after(masked: str, qe: int, tail_hi: int, tail: str) -> Cue | None:
    """ "“…,” according to Rutte"."""
    m = ACCORDING_RE.match(tail.lstrip(" ,;—–-"))
    if m:
        at = qe + (len(tail) - len(tail.lstrip(" ,;—–-")))
        subj = subject_right(masked, *document_source(masked, at + m.end(), tail_hi))
        if subj:
            np = parse_subject(subj[0])
            if np is not None:
                span = (at, at + len("according to"))
                return Cue(np, subj[1], "according to", True, subj[0], span)
    return None


#: Weak cue verbs that are speech when they stand inverted after a quote ("“…,” agrees Ann
#: Lee", "“…?” wonders Tom Vale"); the subject after them must be a name.
_INVERTED_WEAK = frozenset(
    ["agree", "answer", "continue", "counter", "offer", "wonder", "question", "interrupt",
     "echo", "reflect", "laugh", "sigh", "reason"]
)  # fmt: skip


def _inverted_after(masked: str, qe: int, tail_hi: int, tail: str, body_end: str) -> Cue | None:
    """ "“…,” said Rutte" / "“…,” said a 2008 campaign veteran" / "“…,” read the statement"."""
    m = _TAIL_INV_RE.match(tail)
    if m is None:
        return None
    word = m.group("cue").lower()
    # a weak verb inverted is speech only after words that hand over to it ("“…,” agrees
    # Ann Lee", "“…?” wonders Vale"); after a title it is the title's verb ("“Succession”
    # echoes William Shakespeare")
    handed_over = body_end in (",", "?", "!") or tail.lstrip()[:1] == ","
    # "“…!” beamed Ann Lee", "“…?” reacted Tom Vale": any verb in -ed inverted before a
    # name is its cue
    # (only after words handed over, by a quote that opens its sentence: "The storm, named
    # “Helene,” devastated North Carolina", "“Thriller” earned Michael Jackson …" are not)
    unlisted = (
        (word not in CUE_FORMS or CUE_FORMS[word] in WEAK_LEMMAS)
        and handed_over
        and _ed_before_name(masked, qe + m.end("cue"), m)
        and _opens_its_sentence(masked, qe)
    )
    if (word in CUE_FORMS or unlisted) and not before_body_role(
        masked, qe + m.start("cue"), qe + m.end("cue")
    ):
        inv_lemma = CUE_FORMS.get(word, "")
        # ", saying the city …" is a participle clause, not an inverted "said X"
        if (
            (
                inv_lemma not in WEAK_LEMMAS
                or inv_lemma == "read"
                or (inv_lemma in _INVERTED_WEAK and handed_over)
                or unlisted
            )
            and inv_lemma != "tell"
            and not word.endswith("ing")
        ):
            subj = subject_right(masked, qe + m.end(), tail_hi)
            if subj:
                described = subj
                subj = named_after(masked, subj, tail_hi) or subj
                np = parse_subject(subj[0]) or _loose_nominal(subj[0])
                if np is None and "," in subj[0]:
                    # "said Ann Lee, a professor of law at the University of Dover": the
                    # name before a long apposition
                    head = subj[0].split(",", 1)[0]
                    hnp = parse_subject(head)
                    if hnp is not None and hnp.kind == "name":
                        np, subj = hnp, (head, subj[1])
                if subj is not described:
                    _take_role(np, described[0])
                if inv_lemma == "read" and (np is None or np.kind != "nominal"):
                    np = None  # "“…,” read the statement": only a text reads
                elif (unlisted or inv_lemma in _INVERTED_WEAK) and (
                    np is None or np.kind != "name"
                ):
                    np = None  # "“…,” continued the report": only a person's name
                elif unlisted and (
                    _CLAUSE_GOES_ON_RE.match(masked, described[1] + len(described[0]))
                    or _NAME_THEN_OBJECT_RE.search(described[0].split(",", 1)[0])
                ):
                    # "“…,” featured Tom Vale on guitar", "earned Lin-Manuel Miranda a
                    # Pulitzer": the verb has an object
                    np = None
                if (np is not None and np.kind != "pronoun") or (
                    np is not None and np.text.lower() in ("he", "she")
                ):
                    span = (qe + m.start("cue"), qe + m.end("cue"))
                    return Cue(np, subj[1], word, True, subj[0], span)
    return None


#: After a name, words that go on with the clause rather than close it or describe the name.
_CLAUSE_GOES_ON_RE = re.compile(r"\s+(?!(?:of|from|who|whose)\b|on\s+[A-Z]|in\s+an?\s)[a-z]")


#: A name then an object of the verb before it ("earned Lin-Manuel Miranda a Pulitzer",
#: "earned Michael Jackson eight Grammys").
_NAME_THEN_OBJECT_RE = re.compile(
    r"[A-Z][\w’'.-]*\s+(?:a|an|the|his|her|their|its|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|several|many|\d[\d,.]*)\s"
)


def _opens_its_sentence(masked: str, qe: int) -> bool:
    """Does the quote ending at ``qe`` open its sentence (no word, comma or dash of the
    sentence right before it)?"""
    qs = qe
    while qs > 0 and masked[qs - 1] == MASK:
        qs -= 1
    before = masked[max(0, qs - 40) : qs].rstrip()
    return not before or not (before[-1].isalnum() or before[-1] in ",(-–—")


def _ed_before_name(masked: str, cue_end: int, m: re.Match[str]) -> bool:
    """Is the word after the quote a verb in -ed inverted before a capitalised word
    ("“…,” remembered Roy Verley", "“…?” reacted Ann Lee")?"""
    cue = m.group("cue")
    return (
        cue.islower()
        and len(cue) > 4
        and cue.endswith("ed")
        and masked[cue_end : cue_end + 1] == " "
        and masked[cue_end + 1 : cue_end + 2].isupper()
    )


#: ", Jason Louth." after a described speaker: the name the description is about.
_NAME_AFTER_RE = re.compile(r",\s+((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*)\s*(?:[.,;!?]|$)")


_WAS_BEFORE_RE = re.compile(r"\b(?:is|was|were|are|been)\s+(?:[a-z]+ly\s+)?$")
_BY_AFTER_RE = re.compile(r"\s+by\s+")


def _passive_agent_after(masked: str, cm: re.Match[str], tail_hi: int) -> Cue | None:
    """ "“…,” Ann Lee was told by Tom Reed", "“…” The letter was written by Tom Reed": the
    agent of a passive cue after the quote said or wrote the words."""
    if not cm.group().endswith(("ed", "en", "ld", "tten")) or not _WAS_BEFORE_RE.search(
        masked, max(0, cm.start() - 20), cm.start()
    ):
        return None
    bm = _BY_AFTER_RE.match(masked, cm.end(), tail_hi)
    subj = subject_right(masked, bm.end(), tail_hi) if bm is not None else None
    np = parse_subject(subj[0]) if subj is not None else None
    if subj is None or np is None or np.kind not in ("name", "role", "group"):
        return None
    return Cue(np, subj[1], cm.group().lower(), True, subj[0], cm.span())


def _take_role(np: NP | None, described: str) -> None:
    """ "said Ann Lee's spokesman, Tom Reed": the name takes the role it was described by."""
    if np is None or np.kind != "name" or np.role is not None:
        return
    rnp = parse_subject(described)
    if rnp is not None and rnp.kind == "role" and rnp.role:
        np.role, np.organisation = rnp.role, rnp.organisation or np.organisation


def named_after(masked: str, subj: tuple[str, int], tail_hi: int) -> tuple[str, int] | None:
    """ "says Campbell's partner, Jason Louth": a role or a possessive phrase followed by an
    apposition that names a person is that person."""
    np = parse_subject(subj[0])
    if np is not None and np.kind not in ("role", "nominal"):
        return None
    m = _NAME_AFTER_RE.match(masked, subj[1] + len(subj[0]), tail_hi)
    if m is None:
        return None
    named = parse_subject(m.group(1))
    if named is None or named.kind != "name" or " " not in (named.name or ""):
        return None
    return m.group(1), m.start(1)


def _may_lead(tail: str, body_end: str, next_opens: bool) -> bool:
    """Whether a cue between a quote that ends its sentence and the next quote may lead the
    next: "“….” Ann Lee said, “…”", "“…?” He answered, “I …”"; not "“Why now?” she asked,
    “Where …?”" (a cue in lower case goes on with the question's sentence)."""
    opens = tail.lstrip(" \t")[:1].isupper()
    # after a question, a next quote in lower case goes on with it ("“Why now?” Vale asked,
    # “after all these years?”")
    return (opens or body_end == ".") and (next_opens or (opens and body_end == "."))


def _subject_and_cue_after(
    masked: str,
    qe: int,
    tail_hi: int,
    tail: str,
    ends_sentence: bool,
    may_lead: bool,
    colon_leads: bool,
) -> Cue | None:
    """ "“…,” Rutte said" / "“…,” Ann Vale, an attorney, said": "X said" within the first
    words of the tail. ``may_lead``: the quote ends in a full stop and the next one opens a
    sentence, so "X said," between them may lead the next."""
    lead = len(tail) - len(tail.lstrip(" ,;—–-"))
    for cm in CUE_RE.finditer(masked, qe + lead, min(tail_hi, qe + lead + 160)):
        word = cm.group().lower()
        lemma = CUE_FORMS.get(word)
        if lemma is None or noun_use(masked, cm.start(), cm.end()):
            continue
        qa = QUOTED_AS_RE.search(masked, max(qe + lead, cm.start() - 40), cm.start())
        if qa is None and word.endswith("ing"):
            continue  # "the “kind of problems” Reed had answering questions": no finite cue
        subj_text = masked[qe + lead : qa.start() if qa is not None else cm.start()]
        if subj_text.rstrip().endswith((" -", " —", " –", "--")):
            return None  # "X - who vowed to “…” oil fields - said": an aside closes, X says
        words = _tail_words(subj_text)
        if not words or len(words) > 12:
            return None
        opener = words[0].lower()
        if opener in _SUBORDINATORS or (opener == "as" and lemma in _AS_NO_SOURCE):
            # "The crowd shouted “…” while Vale spoke": a clause of its own, its subject
            # no speaker of the quote (but "“…,” as Vale said", "as Reuters reported" name
            # the source, and "“…” while in power, Azzouz said" the speaker after the comma)
            if "," in subj_text:
                return _subject_after_phrase(masked, qe + lead, subj_text, word, cm)
            return None
        if (
            ends_sentence
            and not words[0][:1].islower()
            and len(words) > 4
            and not appositive_name(words)
        ):
            return None
        if words[0] in _TAIL_PREPOSITIONS:
            # "“…” in a Facebook post": a prepositional phrase is no subject, but
            # "“…” about the decision, said Ann Lee" names the speaker after the cue
            if subj_text.rstrip().endswith(",") and lemma not in WEAK_LEMMAS:
                inv = subject_right(masked, cm.end() + 1, tail_hi)
                inp = parse_subject(inv[0]) if inv is not None else None
                if inv is not None and inp is not None and inp.kind == "name":
                    return Cue(inp, inv[1], word, True, inv[0], cm.span())
            return _subject_after_phrase(masked, qe + lead, subj_text, word, cm)
        np = _tail_np(words, subj_text, lemma)
        if np is None and subj_text.rstrip().endswith(",") and lemma not in WEAK_LEMMAS:
            # "…" that Sanders can catch Clinton, said Steve Elmendorf
            return _subject_after_cue(masked, cm, tail_hi)
        if (
            np is not None
            and np.kind == "nominal"
            and lemma in WEAK_LEMMAS
            and lemma != "read"
            # "“…,” the passage continued.": a weak cue closing the clause is the cue
            and not _CLAUSE_END_RE.match(masked, cm.end())
        ):
            continue  # "the congressional report said": "report" is the noun, "said" the cue
        if np is None or (ends_sentence and _opens_a_new_sentence(masked, cm, tail_hi, may_lead)):
            return None
        if (
            colon_leads
            and _colon_before_next_quote(masked, cm.end(), tail_hi)
            and _inside_a_clause(masked, qe)
        ):
            return None  # "… at “less advanced schools,” Vale said: “…”": it leads the next
        agent = _passive_agent_after(masked, cm, tail_hi)
        if agent is not None:
            return agent  # "The letter was written by Tom Reed": the agent wrote it
        return Cue(np, qe + lead, word, True, " ".join(words), cm.span())
    return None


#: Words opening a subordinate clause after a quote ("… while Vale spoke").
_SUBORDINATORS = frozenset(
    ["while", "when", "whenever", "after", "before", "because", "since", "although", "though",
     "until", "once", "whereas", "unless"]
)  # fmt: skip


#: Verbs that after "as" make a clause of its own, not a source ("as Vale spoke").
_AS_NO_SOURCE = frozenset(
    ["speak", "laugh", "sigh", "sing", "shoot", "fire", "hit", "press", "point", "interrupt",
     "react"]
)  # fmt: skip


_SUBORDINATE_TAIL_RE = re.compile(r"[\s,;—–-]*(?:as|" + "|".join(sorted(_SUBORDINATORS)) + r")\s")


def subordinate_after(masked: str, qe: int, tail_hi: int) -> bool:
    """Whether a subordinate clause follows the quote ("“…,” while Vale laughed"): its
    subject is no speaker, but the quote stays speech (with no speaker)."""
    return _SUBORDINATE_TAIL_RE.match(masked[qe:tail_hi]) is not None


def _tail_words(subj_text: str) -> list[str]:
    """The subject's words between a quote and its cue: without the adverbs before the cue
    or a post-modifier ("a source familiar with the talks said"), a long apposition cut."""
    words = subj_text.split()
    while words and is_adverb(words[-1]):
        words.pop()
    cut = post_modifier_at(subj_text, 0, len(subj_text.rstrip()))
    if cut > 0:
        words = subj_text[:cut].split()
    if len(words) > 12 and len(words) <= 30:
        words = shorten_apposition(words)
    return words


def _tail_np(words: list[str], subj_text: str, lemma: str) -> NP | None:
    """The subject those words make, or None ("“…” that Sanders can catch Clinton, said X":
    a clause is no subject)."""
    np = parse_subject(" ".join(words))
    if np is None and not subj_text.rstrip().endswith(","):
        np = _loose_nominal(" ".join(words))
    if np is None or np.kind == "nominal":
        np = _described_with_clause(words) or np
    if (
        np is not None
        and words[0].lower() == "that"
        and subj_text.rstrip().endswith(",")
        and lemma not in WEAK_LEMMAS
    ):
        return None
    return np


def _subject_after_phrase(
    masked: str, at: int, subj_text: str, word: str, cm: re.Match[str]
) -> Cue | None:
    """ "“…” for the victory, Tom Vale said": a phrase set off by a comma between the quote
    and "X said" finishes the quoted sentence; the words after the comma are the subject."""
    comma = subj_text.rfind(",")
    if comma < 0 or subj_text.split()[0] == "by" or len(subj_text[:comma].split()) > 8:
        return None  # "“…,” by Ann Lee, Tom told …": a byline
    rest = subj_text[comma + 1 :]
    words = rest.split()
    if not words or len(words) > 6 or words[0].lower() in ("and", "but", "or", "while"):
        return None  # "“…” for instance, and Trump vowed to …": another clause
    if _CONTENT_AFTER_RE.match(masked, cm.end()):
        return None  # "…, Tom told his roommate that …": the cue reports its own words
    np = parse_subject(rest)
    if np is None or np.kind not in ("name", "pronoun", "role"):
        return None
    pos = at + comma + 1 + (len(rest) - len(rest.lstrip()))
    return Cue(np, pos, word, True, " ".join(words), cm.span())


def _subject_after_cue(masked: str, cm: re.Match[str], tail_hi: int) -> Cue | None:
    """An inverted cue's subject after it ("said Steve Elmendorf", "said the director, Ann Lee")."""
    inv = subject_right(masked, cm.end() + 1, tail_hi)
    described = inv
    if inv is not None:
        inv = named_after(masked, inv, tail_hi) or inv  # "the director, Ann Lee"
    if inv is None or inv[0].split()[0].lower() in _TAIL_PREPOSITIONS:
        return None
    np = parse_subject(inv[0])
    if described is not None and inv is not described:
        _take_role(np, described[0])
    if np is None or np.kind == "pronoun":
        return None
    return Cue(np, inv[1], cm.group().lower(), True, inv[0], cm.span())


def _colon_before_next_quote(masked: str, cue_end: int, tail_hi: int) -> bool:
    """Does only a colon stand between the cue and the next quote? Such a cue introduces that
    quote, not the one before it (a comma may close a split quote: "“…,” Vale said, “…”")."""
    return (
        tail_hi < len(masked)
        and masked[tail_hi] == MASK
        and masked[cue_end:tail_hi].strip(" ") == ":"
    )


def _inside_a_clause(masked: str, qe: int) -> bool:
    """Do words of its sentence stand right before the quote ending at ``qe`` (a quoted phrase
    inside a clause, "at “less advanced schools,”"), rather than a sentence break?"""
    qs = qe
    while qs > 0 and masked[qs - 1] == MASK:
        qs -= 1
    before = masked[max(0, qs - 3) : qs].rstrip()
    return bool(before) and before[-1].isalpha()


#: A day or time word right after a cue, before what it reports ("warned Saturday that").
_DAY_AFTER_CUE_RE = re.compile(
    r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
    r"earlier|later|recently)(?=\s)"
)

#: An object after a cue: the cue's own content ("recalled an incident", "described how");
#: not "this" (the quote itself: "Vale said this on Monday") nor a time phrase ("added a few
#: minutes later").
_OBJECT_AFTER_RE = re.compile(
    r"\s+(?:(?:a|an)\s(?!(?:[\w-]+\s+){0,3}(?:later|earlier|ago|after)\b)"
    r"|(?:its|our|my|some|how|what|why|whether)\s)"
)


def _opens_a_new_sentence(masked: str, cm: re.Match[str], tail_hi: int, may_lead: bool) -> bool:
    """Whether "X said" after a quote that ends its sentence begins a sentence of its own."""
    at = cm.end()
    tm = _DAY_AFTER_CUE_RE.match(masked, at)
    if tm is not None:
        at = tm.end()  # "… warned Saturday that …"
    if _CONTENT_AFTER_RE.match(masked, at) or _OBJECT_AFTER_RE.match(masked, at):
        # "“… points.” Brafman said he had come to …": a new sentence reporting speech;
        # "“….” The star then recalled an incident …": its cue has an object of its own
        return True
    # "“… unhinged.” Rubio called the statement “…”": a new sentence with its own quote
    # (but "…,” Clinton remarked, alluding to “The Revenant”: the cue's clause is closed)
    if tail_hi < len(masked) and masked[tail_hi] == MASK:
        between = masked[cm.end() : tail_hi]
        if between.rstrip(" ").endswith((",", ":")) and not between.strip(" ,:"):
            # "“….” At the same time, the person added, “…”": the cue leads the next quote,
            # but not after a question ("“Why now?” a reporter asked, “after …?”")
            return may_lead
        return bool(between.strip(" ,:")) and not between.lstrip().startswith(",")
    return False
