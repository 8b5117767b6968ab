# ruff: noqa: RUF001
"""Person mentions in running text (full names, surnames of known people, the role words
before them): the antecedents of "he said" and the full names behind surnames."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from newsthread.quotes._clause import ABBREV
from newsthread.quotes._cues import (
    CUE_FORMS,
    FEMALE,
    FEMALE_WORDS,
    FUNCTION_WORDS,
    MALE,
    MALE_WORDS,
    PLACE_WORDS,
    ROLE_WORDS,
    TITLES,
    WEAK_LEMMAS,
)
from newsthread.quotes._name_roles import described_role, kin_before, role_before
from newsthread.quotes._person_nouns import THE_PERSON_RE, lower_persons, person_after_opener
from newsthread.quotes._registry import ORG_HEADS, Registry
from newsthread.quotes._salience import subject_position, weight
from newsthread.quotes._speakers import NP, parse_subject, people_plural, strip_possessive
from newsthread.quotes._statements import TITLE_SMALL

# The first letter is read before the look-behind (the same matches): a pattern that opens
# with a character set is scanned for it in C instead of being tried at every position.
_NAME_RUN_RE = re.compile(
    r"[A-Zabdlv](?<![\w’'].)(?:(?<=[A-Z])[\w’'.\-]*"
    r"|(?:(?<=d)(?:e|er|a|i|el)|(?<=v)(?:an|on)|(?<=b)in|(?<=a)l|(?<=l)(?:a|e))\s)"
    r"(?:\s+(?:(?:de|van|von|der|bin|al|da|di|del|of|the|la|le)\s+)?[A-Z][\w’'.\-]*)*"
)


_HEADLINE_WORD_RE = re.compile(r"[^\W\d_][\w’'\-]*")


def is_headline(text: str) -> bool:
    """A Title Case line ("Former Pollster Says Clinton Is In Trouble"): a headline, whose
    capitalised words are no names to resolve pronouns to."""
    if len(text) > 200:
        return False
    words = _HEADLINE_WORD_RE.findall(text)
    if len(words) < 5:
        return False
    content = lower_case = 0
    for w in words:
        if w.lower() in TITLE_SMALL:
            continue
        content += 1
        if not w[:1].isupper():
            lower_case += 1
            if 10 * lower_case > len(words):
                return False  # more than a tenth of all words: of the content words too
    return content - lower_case >= 0.9 * content


def scan_names(reg: Registry, text: str, base: int) -> None:
    """Record person mentions in a paragraph (full names with a known first name or a title,
    and surnames of known people) for pronoun resolution and surname expansion."""
    prev_end, prev_n = -1, -1
    mentions = reg.mentions
    # "Upon hearing my words, the man shrugged": a person after an opening phrase, recorded in
    # text order with the runs (a later pronoun takes the most recent mention)
    lower = lower_persons(text)
    li = 0
    for m in _NAME_RUN_RE.finditer(text):
        whole = m.group()
        at = m.start()
        while lower and li < len(lower) and lower[li] < at:
            person_after_opener(reg, text, lower[li], base)
            li += 1
        if " " not in whole:
            # most runs are one capitalised function word ("The", "But"): no name, unless
            # somebody has it as a surname
            facts = _run_facts(whole) if len(whole) <= _CACHED_RUN else _facts_of(whole)
            if facts.function_word and not reg.knows_surname(facts.low):
                if facts.low in ("the", "a", "an"):
                    _the_institution(reg, text, at, m.end(), base)
                continue
            n_before = len(mentions)
            _scan_run(reg, text, at, whole, base, facts)
        else:
            n_before = len(mentions)
            parts = _split_at_stops(whole)
            if "’" in whole or "'" in whole:
                parts = _split_at_owners(parts, text, at)
            for off, run in parts:
                off, run = _without_opener(reg, off, run)
                _scan_run(reg, text, at + off, run, base)
            if whole.endswith(" The"):
                _the_institution(reg, text, m.end() - 3, m.end(), base)  # "Friday. The company"
        one_more = len(mentions) == n_before + 1
        if prev_n >= 0 and one_more and _AND_RE.fullmatch(text, prev_end, at):
            _pair(reg, prev_n, base + at)
        prev_end, prev_n = m.end(), (n_before if one_more else -1)
    for at in lower[li:]:
        person_after_opener(reg, text, at, base)


class _RunFacts(NamedTuple):
    """What a capitalised run says on its own, whatever the text and the registry."""

    #: the run reads as a person (a first name or a title before its last word)
    person_like: bool
    #: the last word without its full stop, comma and possessive, and lower-cased
    last: str
    low: str
    function_word: bool
    institution: bool
    #: "The Post": shaped like a body named after "The" (the word after it decides)
    the_shape: bool
    #: one word: a plural noun of people ("Residents"), or a word that can be a surname
    people: bool
    surname_like: bool


#: The longest run the per-process caches keep (names are short; a run of all-caps boilerplate
#: or a tag cloud can be kilobytes, and would stay in memory until 16,384 others push it out).
#: On the 1,110 HTML dev pages no run past 64 characters was looked up twice.
_CACHED_RUN = 64


@lru_cache(maxsize=1 << 14)
def _run_facts(run: str) -> _RunFacts:
    """The facts of a short run, once per distinct run (names recur within and across texts);
    a run longer than :data:`_CACHED_RUN` goes to :func:`_facts_of` instead."""
    return _facts_of(run)


def _facts_of(run: str) -> _RunFacts:
    spaced = " " in run
    toks = run.split() if spaced else None
    last = strip_possessive((toks[-1] if toks else run).rstrip(".,"))
    low = last.lower()
    # the fields in order, made by tuple's own constructor: the named tuple's, called with
    # keywords, took a quarter of the time of a run seen first (most are seen once or twice)
    return tuple.__new__(
        _RunFacts,
        (
            toks is not None and _person_like(toks),  # person_like
            last,
            low,
            low in FUNCTION_WORDS,  # function_word
            _institution(run, last),
            "The" in run and _the_shape(run),  # the_shape ("The" opens its first word)
            not spaced and people_plural(low),  # people
            not spaced and _looks_like_surname(last),  # surname_like
        ),
    )


#: "The company …" opening a sentence: an institution that a later "it" can stand for.
_THE_INSTITUTION_RE = re.compile(
    r"\s+(company|ministry|agency|department|committee|campaign|administration|government"
    r"|court|council|board|firm|group|party|union|network|newspaper|paper|report|memo"
    r"|statement|letter|study|survey|poll|lawsuit|complaint|website)\s+(?!said|says)[a-z]"
)


def _the_institution(reg: Registry, text: str, at: int, end: int, base: int) -> None:
    """Record "The company" at a sentence start as an institution that was the subject, and
    "The woman" / "A local man" as a person."""
    if at and text[at - 2 : at] not in (". ", "! ", "? ", "\u0001 "):
        return
    im = _THE_INSTITUTION_RE.match(text, end) if text[at] in "Tt" else None
    if im is None:
        pm = THE_PERSON_RE.match(text, end)
        if pm is not None:
            # "The woman who started it all …", "A 29-year-old Dover woman, meanwhile,
            # received …": a person a later "she" can stand for
            noun = pm.group(1)
            gender = "f" if noun in FEMALE_WORDS or noun == "girl" else "m"
            np = NP("role", text[at : pm.end(1)], role=noun, gender=gender)
            # weight 0: a named person of that gender who is a subject nearby still wins
            # ("Chief Tom Reed spoke. The man who was held had a gun. “…,” he said")
            reg.mention(base + at, reg.add_role(np, base + at), 0)
        return
    e = reg.add_nominal(NP("nominal", "the " + im.group(1), name=im.group(1), gender="n"))
    if not e.person:
        reg.mention(base + at, e, 1)


_AND_RE = re.compile(r",?\s+and\s+")


def _pair(reg: Registry, first: int, pos: int) -> None:
    """Two persons joined by "and" as a sentence subject ("Ann Lee and Tom Vale met …"): a
    group that a later "they" can stand for."""
    p1, e1, s1 = reg.mentions[first]
    _, e2, _ = reg.mentions[-1]
    a, b = e1.final(), e2.final()
    if not s1 or a is b or not a.person or not b.person or a.gender == "p" or b.gender == "p":
        return
    reg.mention(p1, reg.add_group(f"{a.name} and {b.name}"), 1)


_OPENING_CONJUNCTIONS = frozenset(["when", "but", "and", "as", "after", "if", "while", "because", "although", "though", "since", "before", "until", "so", "yet", "or", "once",
                                    # prepositions: "For Ann Lee, a retiree, …", "To Tom Vale, …"
                                    "for", "to", "with", "from", "by", "like", "unlike", "despite", "against", "among", "without"])  # fmt: skip


def _without_opener(reg: Registry, off: int, run: str) -> tuple[int, str]:
    """ "When Robby Mook", "But Ann Vale": a capitalised function word opening the sentence
    is no part of the name after it."""
    while " " in run:
        first, rest = run.split(" ", 1)
        low = first.lower()
        if low not in _OPENING_CONJUNCTIONS or reg.knows_surname(low) or " " not in rest.strip():
            break  # a lone word left ("As California votes") is no name
        stripped = rest.lstrip()
        off += len(run) - len(stripped)
        run = stripped
    return off, run


def _split_at_stops(run: str) -> list[tuple[int, str]]:
    """Cut "Jeb Bush. Trump" at the full stop (not at initials or titles: "Sen. Ted Cruz")."""
    if ". " not in run:
        return [(0, run)]
    out: list[tuple[int, str]] = []
    start = 0
    for dm in _STOP_RE.finditer(run):
        word = run[run.rfind(" ", 0, dm.start()) + 1 : dm.start()].lower()
        if len(word) <= 1 or word in ABBREV or word in TITLES:
            continue
        out.append((start, run[start : dm.start()]))
        start = dm.end()
    out.append((start, run[start:]))
    return [(o, r) for o, r in out if r]


_STOP_RE = re.compile(r"\.\s+")


def _split_at_owners(parts: list[tuple[int, str]], text: str, at: int) -> list[tuple[int, str]]:
    """ "Fox News' Bret Baier": a person named after an owner (a body, a place, a person) is
    the mention; the owner, no part of the name, is left out (not in "POLITICO's Off Message
    podcast": a name before a noun names a thing). ``at`` is where the whole run starts."""
    out: list[tuple[int, str]] = []
    for off, run in parts:
        owners = list(_OWNER_RE.finditer(run))
        om = owners[-1] if owners else None
        after = run[om.end() :] if om is not None else ""
        if (
            om is not None
            and " " in after
            and _run_facts(after).person_like
            and not _not_a_first_word(after)
            and not _noun_next(text, at + off + len(run))
        ):
            out.append((off + om.end(), after))
        else:
            out.append((off, run))
    return out


def _not_a_first_word(run: str) -> bool:
    """Does ``run`` open with a title or a function or verb word ("Miss Universe", "Got
    Talent"), not a first name, after an owner?"""
    first = run.split(" ", 1)[0].lower().rstrip(".")
    return first in TITLES or first in FUNCTION_WORDS or first in _VERB_WORDS


def _noun_next(text: str, end: int) -> bool:
    """Is the word after a name at ``end`` a lower-case noun, the name a modifier ("…
    Off Message podcast", "Miss Universe contestants")? Cue verbs, auxiliaries and past
    tenses are verbs ("noticed", "says", "has")."""
    nm = _NEXT_LOWER_RE.match(text, end)
    if nm is None:
        return False
    w = nm.group(1)
    return not (w in CUE_FORMS or w in _VERB_WORDS or (w.endswith("ed") and len(w) > 3))


_NEXT_LOWER_RE = re.compile(r"\s+([a-z]+)\b")
_VERB_WORDS = frozenset(
    ["has", "had", "is", "was", "will", "would", "could", "can", "also", "then", "who", "and",
     "or", "in", "on", "at", "to", "for", "does", "did", "made", "took", "gave", "got", "went",
     "came", "saw", "met", "left", "won", "lost", "drew", "ran", "sent", "held", "led"]
)  # fmt: skip

#: An owner inside a run, and the space after it: "News' " / "Trump's ".
_OWNER_RE = re.compile(r"\S(?:’s|'s|s’|s')(\s+)(?=[A-Z])")


def _scan_run(
    reg: Registry, text: str, at: int, run: str, base: int, facts: _RunFacts | None = None
) -> None:
    """One capitalised run: a person mention, a known surname, or nothing. ``facts``: the
    run's, when the caller has them."""
    pos = base + at
    n_before = len(reg.mentions)
    _scan_run_inner(reg, text, at, run, pos, facts)
    if len(reg.mentions) > n_before and reg.mentions[-1][2]:
        e = reg.mentions[-1][1].final()
        if e.gender == "?":
            # "Seacord said he felt ...": the first pronoun after a subject names its gender
            gm = _GENDER_NEXT_RE.match(text, at + len(run))
            if gm is not None and not (" " not in run and _OBJECT_OWNER_RE.fullmatch(gm.group())):
                # a lone word whose verb's object "his" owns may be a place: "Clarkston
                # became his home" (but "Cruz admitted that his pick …" is Cruz's)
                e.gender = "m" if gm.group(1).lower() in ("he", "his", "him") else "f"


#: A possessive right after a copula or "become/make" after a run ("Clarkston became his
#: home"): the run is what the owner has, not the owner ("Vale thanked her team" is).
_OBJECT_OWNER_RE = re.compile(
    r"\s+(?:became|becomes|become|is|was|remains|remained|made|makes)\s+(?:his|her)",
    re.IGNORECASE,
)
_GENDER_NEXT_RE = re.compile(r"[^.;:!?\u0001]{0,60}?\b(he|she|his|her|him)\b", re.IGNORECASE)


#: Titles that say a person's gender and nothing else.
_HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "mister"])


def _person_like(toks: list[str]) -> bool:
    """Whether a capitalised run of words reads as a person: a first name or a title before
    its last word, or two or three name-like words."""
    for t in toks[:-1]:
        low = strip_possessive(t.lower().rstrip(".,"))
        if low in MALE or low in FEMALE or (low in _PERSON_TITLES):
            return True
    return 2 <= len(toks) <= 3 and all(_name_token(t) for t in toks)


def _mention_named(reg: Registry, text: str, at: int, run: str, pos: int) -> bool:
    """Mention the person a run of words names (a full name, a known surname, "Mrs. Lee");
    whether it named one."""
    np = _parsed_run(run) if len(run) <= _CACHED_RUN else _parse_name(run)
    if np is None:
        return False
    if " " in np.name:
        ent = reg.add_name(np)
        if ent.role is None:
            ent.role = role_before(text, at)
        if ent.role is None:
            ent.role = described_role(text, at, at + len(run))
        reg.mention(pos, ent, weight(text, at, run))
        return True
    toks = run.split()
    e2 = reg.by_surname(np.name)
    if e2 is None and toks[0].lower().rstrip(".") in _HONORIFICS and len(toks) == 2:
        # "Mrs. Lee arrived": a title and a surname are a person, the title
        # giving the gender a later "she" needs
        e2 = reg.add_name(np)
    if e2 is None:
        return False
    reg.mention(pos, e2, weight(text, at, run))
    return True


class _Named(NamedTuple):
    """The person a run names, as the registry reads it (immutable: one value is shared by
    every text and thread that meets the run)."""

    name: str
    role: str | None
    organisation: str | None
    gender: str


@lru_cache(maxsize=1 << 12)
def _parsed_run(run: str) -> _Named | None:
    """:func:`_parse_name` of a short run, once per distinct run; a run longer than
    :data:`_CACHED_RUN` goes to :func:`_parse_name` instead."""
    return _parse_name(run)


def _parse_name(run: str) -> _Named | None:
    """The person a name run names (:func:`parse_subject` without a sentence's full stop),
    or None when it names nobody."""
    np = parse_subject(_without_full_stop(run))
    if np is None or np.kind != "name" or not np.name:
        return None
    return _Named(np.name, np.role, np.organisation, np.gender)


def _scan_run_inner(
    reg: Registry, text: str, at: int, run: str, pos: int, facts: _RunFacts | None
) -> None:
    if facts is None:
        facts = _run_facts(run) if len(run) <= _CACHED_RUN else _facts_of(run)
    if facts.person_like and _mention_named(reg, text, at, run, pos):
        return
    last = facts.last
    e3 = reg.by_low_surname(facts.low)
    if e3 is None and not (
        facts.institution
        or facts.the_shape
        or facts.people
        or facts.surname_like
        or text.startswith(",", at + len(run))
    ):
        return  # no rule below can take the run
    km = (
        kin_before(text, at)
        if e3 is None and text.startswith(",", at + len(run)) and " " not in run and run.isalpha()
        else None
    )
    if km is not None:
        # "Trump's wife, Melania, is …": a first name in apposition to a kin noun
        kin = km.group(1)
        gender = "f" if kin in FEMALE_WORDS else "m" if kin in MALE_WORDS else "?"
        e4 = reg.add_name(NP("name", run, name=run, gender=gender))
        reg.mention(pos, e4, weight(text, at, run))
    elif e3 is not None and e3.person:
        reg.mention(pos, e3, weight(text, at, run))
    elif (
        facts.institution or (facts.the_shape and _verb_follows(text, at + len(run)))
    ) and subject_position(text, at):
        # "The Federal Reserve raised rates. “…,” it said": an institution as a subject
        name = run.rstrip(".,")
        if name.split()[0].lower() == "the":
            name = name.split(" ", 1)[1] if " " in name else name
        e5 = reg.add_nominal(NP("nominal", run, name=name, gender="n"))
        if not e5.person:
            reg.mention(pos, e5, 1)
    elif facts.people and subject_position(text, at):
        # "Residents were angry. “…,” they said": a group opening the sentence
        reg.mention(pos, reg.add_nominal(NP("nominal", run, name=last, gender="p")), 1)
    elif facts.surname_like:
        # "Levin dismissed ...": a lone capitalised subject of a verb is a person
        # ("Levin also said", "Levin has repeatedly said": adverbs and auxiliaries skipped)
        nm = _VERB_AFTER_RE.match(text, at + len(run))
        if (
            nm
            # a weak cue in the present is an ordinary verb: "Story continues below"
            and (CUE_FORMS.get(nm.group(1)) not in _WEAK_OR_NONE or nm.group(1).endswith("ed"))
            and subject_position(text, at)
        ):
            e4 = reg.add_name(NP("name", last, name=last))
            reg.mention(pos, e4, 1)


#: No cue word, or a weak one: one set, not a tuple made again at every test.
_WEAK_OR_NONE: frozenset[str | None] = frozenset([None, *WEAK_LEMMAS])


_ABBREVIATED = frozenset(["jr", "sr", "inc", "co", "corp", "ltd", "bros", "st"])


def _without_full_stop(run: str) -> str:
    """A name at the end of a sentence without the sentence's full stop ("… by Mark Rutte.");
    an initial ("John F."), an abbreviation ("Jr.", "U.S.") keeps its own."""
    if not run.endswith("."):
        return run
    last = run.rsplit(" ", 1)[-1][:-1]
    if len(last) <= 1 or "." in last or last.lower() in _ABBREVIATED:
        return run
    return run[:-1]


def _institution(run: str, last: str) -> bool:
    """A capitalised run that names an institution: "Acme Corp.", "the State Department",
    "NATO" (an acronym of two to six capitals)."""
    if run[:1].islower():
        return False
    if last.isupper() and 2 <= len(last) <= 6 and last.isalpha():
        return last not in _TIME_ZONES  # "9 p.m. EST" is no body
    return " " in run and last.lower() in ORG_HEADS


def _the_shape(run: str) -> bool:
    """ "The Post", "The Associated Press": a capitalised name after "The" (a person's name
    takes no article); it names a body when a verb follows (:func:`_verb_follows`)."""
    toks = run.split()
    if toks[0] != "The" or not 2 <= len(toks) <= 4 or run.endswith(("s", "’", "'")):
        return False
    for t in toks[1:]:
        low = t.lower().rstrip(".,")
        if not t[:1].isupper() or low in FUNCTION_WORDS or low in _PERSON_TITLES:
            return False  # "The Rev. Al Sharpton", "The President"
    return True


def _verb_follows(text: str, end: int) -> bool:
    """ "The Post reported", "The Associated Press wrote": a cue or a past tense next."""
    nm = _NEXT_WORD_RE.match(text, end)
    return nm is not None and (nm.group(1) in CUE_FORMS or nm.group(1).endswith("ed"))


_ORGISH = PLACE_WORDS

_TIME_ZONES = frozenset(["EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "UTC", "ET", "PT", "CT", "BST", "CET"])  # fmt: skip


def _name_token(tok: str) -> bool:
    t = strip_possessive(tok.rstrip(".,"))
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
_VERB_AFTER_RE = re.compile(
    r"(?:\s+(?:also|then|later|again|still|never|once|previously|recently|repeatedly|has|had"
    r"|have|[a-z]+ly))?\s+([a-z]+)\b"
)


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
