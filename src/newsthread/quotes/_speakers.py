# ruff: noqa: RUF001
"""Speaker descriptors: a subject phrase parsed into names, roles, groups and pronouns.

A subject phrase ("NATO Secretary General Mark Rutte", "Mark Rutte, NATO's secretary
general", "the Secretary General", "he") is parsed into an :class:`NP`; the
:class:`~newsthread.quotes._registry.Registry` turns NPs into entities.
"""

from __future__ import annotations

import re
from functools import lru_cache

import attrs

from newsthread.quotes._cues import (
    CUE_FORMS,
    FEMALE,
    FEMALE_WORDS,
    FUNCTION_WORDS,
    MALE,
    MALE_WORDS,
    PRONOUN_GENDER,
    ROLE_WORDS,
    TITLES,
)
from newsthread.quotes._names import MORE_FEMALE, MORE_MALE
from newsthread.quotes._speaker_words import (
    AIDES,
    GROUP_COUNTS,
    GROUP_DETERMINERS,
    NOT_PEOPLE,
    NOT_PLURAL,
    NOT_ROLE_HEADS,
    PEOPLE_SUFFIXES,
    SERVES,
)

__all__ = ["DOCUMENT_HEADS", "NP", "parse_subject", "people_plural", "strip_possessive"]


#: A word ("AT&T" and "P&G" are one), a number or a comma.
_TOKEN_RE = re.compile(
    r"[A-Za-z\u00c0-\u024f][\w\u00c0-\u024f'’.\-]*(?:&[A-Z][\w\u00c0-\u024f'’.\-]*)*|\d[\w.]*|[,]"
)
_PARTICLES = frozenset(
    {
        "de",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "bin",
        "al",
        "da",
        "di",
        "du",
        "del",
        "dos",
        "das",
        "st",
        "mc",
        "mac",
        "o",
        "ibn",
        "y",
        "ter",
    }
)
#: Particles that may open a name at the very start of a phrase ("de Gaulle", "van Gogh").
_LEADING_PARTICLES = frozenset(
    ("de", "van", "von", "der", "den", "al", "bin", "ibn", "da", "di", "du", "del", "dos", "das")
)
_DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "one",
        "another",
        "some",
        "several",
        "two",
        "three",
        "many",
    }
)
_NOMINAL_HEADS = frozenset(
    ["campaign", "administration", "government", "ministry", "department", "agency", "office", "committee", "spokesman", "spokeswoman", "spokesperson", "statement", "report", "letter", "memo", "source", "sources", "officials", "official", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "source", "police", "company", "group", "party", "organization", "organisation", "association", "union", "council", "court", "lawyer", "lawyers", "attorney", "attorneys", "analysts", "analyst", "experts", "expert", "critics", "critic", "supporters", "supporter", "opponents", "opponent", "voters", "voter", "residents", "resident", "people", "democrats", "republicans", "leaders", "leader", "members", "member", "staff", "team", "officer", "officers", "newspaper", "paper", "network", "magazine", "website", "poll", "survey", "study", "researchers", "user", "users", "commenter", "commenters", "friend", "friends", "neighbor", "neighbour", "neighbors", "neighbours", "witness", "witnesses", "protester", "protesters", "activist", "activists", "observer", "observers", "insider", "insiders", "delegate", "delegates", "attendee", "attendees", "student", "students", "worker", "workers", "employee", "employees", "parent", "parents", "man", "woman", "men", "women", "organizers", "organisers", "prosecutors", "prosecutor", "investigators", "economists", "economist", "historian", "historians", "strategist", "strategists", "pollster", "pollsters", "donor", "donors", "relative", "relatives", "caller", "viewer", "viewers", "reader", "readers", "crowd", "audience", "editorial", "ad", "tweet", "post", "filing", "complaint", "lawsuit", "ruling", "press", "release", "person", "persons", "staffer", "staffers", "email", "e-mail", "message", "text", "ads", "sign", "video", "page", "note", "summary", "memoir", "affidavit", "footnote", "readout", "transcript", "document", "column",
     "citizen", "citizens", "constituent", "constituents", "veteran", "veterans", "volunteer", "volunteers", "patient", "patients", "customer", "customers", "passenger", "passengers", "visitor", "visitors", "immigrant", "immigrants", "refugee", "refugees", "victim", "victims", "survivor", "survivors", "taxpayer", "taxpayers", "homeowner", "homeowners", "retiree", "retirees", "soldier", "soldiers", "juror", "jurors", "inmate", "inmates", "shopper", "shoppers", "tourist", "tourists", "teenager", "teenagers", "diplomat", "diplomats"]
)  # fmt: skip


#: Texts that speak for their authors ("The ad targets a “rigged economy”").
DOCUMENT_HEADS = frozenset(
    ["statement", "report", "letter", "memo", "editorial", "ad", "advertisement", "tweet",
     "post", "filing", "complaint", "lawsuit", "ruling", "release", "email", "e-mail",
     "message", "video", "note", "summary", "memoir", "affidavit", "readout", "transcript",
     "document", "column", "study", "poll", "survey", "book", "op-ed", "petition", "motion",
     "indictment", "brief", "platform", "resolution"]
)  # fmt: skip


@attrs.define(slots=True)
class NP:
    """A parsed subject phrase."""

    kind: str  # "name", "pronoun", "role" (a role without a name), "nominal", "group"
    text: str
    name: str | None = None
    role: str | None = None
    organisation: str | None = None
    gender: str = "?"


_POSSESSIVES = ("’s", "'s", "’", "'")


def strip_possessive(tok: str) -> str:
    if not tok.endswith(_POSSESSIVES):
        return tok
    for suf in _POSSESSIVES:
        if tok.endswith(suf) and len(tok) > len(suf):
            return tok[: -len(suf)]
    return tok


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() and tok.lower() not in FUNCTION_WORDS


def _gender_of(first: str | None, words: list[str]) -> str:
    lw = {w.lower().rstrip(".") for w in words}
    if lw & FEMALE_WORDS:
        return "f"
    if lw & MALE_WORDS:
        return "m"
    if first:
        f = first.lower()
        if f in MALE or f in MORE_MALE:
            return "m"
        if f in FEMALE or f in MORE_FEMALE:
            return "f"
    return "?"


_FIRST_NAMES = MALE | FEMALE


def _split_run(toks: list[str]) -> tuple[list[str], list[str]]:
    """Split a run of capitalised tokens into (descriptor, name)."""
    start = 0
    for i, t in enumerate(toks):
        low = t.lower().rstrip(".")
        if low in ROLE_WORDS or low in TITLES:
            start = i + 1
    if start == len(toks) and len(toks) >= 2:
        first = toks[-2].lower()
        if first in MALE or first in FEMALE:
            start = len(toks) - 2  # "Ann Pope", "Kevin Bishop": a surname that is a title word
            while start > 0 and toks[start - 1].lower() in _FIRST_NAMES:
                start -= 1  # "Ann Marie Pope"
    for i in range(start, len(toks)):
        low = toks[i].lower()
        if low in MALE or low in FEMALE:
            start = i
            break
    else:
        if len(toks) - start > 3:
            start = len(toks) - 2
    return toks[:start], toks[start:]


def _first_name(tok: str) -> bool:
    low = tok.lower()
    return low in _FIRST_NAMES or low in MORE_MALE or low in MORE_FEMALE


def _descriptor(words: list[str]) -> tuple[str | None, str | None]:
    """Split descriptor words into (role, organisation)."""
    words = [w for w in words if w.lower() not in _DETERMINERS and w != ","]
    if not words:
        return None, None
    # "secretary general of NATO", "spokesman for the campaign"
    for i, w in enumerate(words):
        if w.lower() in ("of", "for", "at") and i > 0:
            org = [x for x in words[i + 1 :] if x.lower() not in _DETERMINERS]
            return (" ".join(words[:i]) or None), (" ".join(org) or None)
    first_role = next((i for i, w in enumerate(words) if w.lower().rstrip(".") in ROLE_WORDS), None)
    if first_role is None:
        return None, None
    org_words = [strip_possessive(w) for w in words[:first_role] if w[:1].isupper()]
    org_words = [w for w in org_words if w.lower() not in ("former", "then")]
    role_words = [w for w in words[first_role:] if w.lower() not in ("former",)]
    if role_words and role_words[0].lower() in ("former", "then"):
        role_words = role_words[1:]
    role = " ".join(strip_possessive(w) for w in role_words) or None
    return role, (" ".join(org_words) or None)


#: A short parenthetical inside a subject ("Mike Pompeo (R-Kan.)", "Ann Vale (pictured)").
_PAREN_RE = re.compile(r"\s*\([^()]{0,40}\)")
#: A party and state tag standing alone ("D-Mich.", "R-S.C."): a descriptor, no name.
_PARTY_TAG_RE = re.compile(r"[DRI]-[A-Z][A-Za-z.]*")


#: Pronoun-like subjects for someone the text does not name.
_UNNAMED = frozenset(["another", "one"])
#: Words that open a subject naming nobody.
_NOBODY = frozenset(["nobody", "none", "neither", "noone"])


#: A sentence end inside a phrase ("no longer supported.[52] Tristan Nitot"): the walk
#: crossed it, and the negation is the sentence before's.
_SENTENCE_END_RE = re.compile(r"[a-z\]]\.\s*(?:\[?\d+\]?\s*)?\s[A-Z]")


def names_nobody(toks: list[str]) -> bool:
    """Do the words of a subject name nobody ("No one in the room", "None of the four")?"""
    first = toks[0].lower() if toks else ""
    # "Not one senator", "Not a single voter"; a phrase "not disclose its finances" that the
    # walk took for a subject names nobody either
    return (first in _NOBODY or first in ("no", "not")) and (
        len(toks) == 1 or (toks[1][:1].islower() and toks[1].lower() not in _NO_ADVERBS)
    )


#: Words after "no" that make an adverb, not a negated subject ("no longer", "no doubt").
_NO_ADVERBS = frozenset(["longer", "more", "less", "doubt", "wonder", "matter", "way"])


def parse_subject(text: str) -> NP | None:
    """Parse a subject phrase, or None when it does not look like one. Each call returns a
    new NP (callers fill in its fields); a phrase of up to 80 characters is parsed once per
    process, into an NP that is never handed out."""
    np = _parsed(text) if len(text) <= 80 else _parse(text)
    return NP(np.kind, np.text, np.name, np.role, np.organisation, np.gender) if np else None


@lru_cache(maxsize=1 << 12)
def _parsed(text: str) -> NP | None:
    return _parse(text)


def _parse(text: str) -> NP | None:
    text = text.strip(" ,;:—–-\u0001\n\t")
    if "(" in text:
        text = _PAREN_RE.sub("", text).strip()
    if not text or _PARTY_TAG_RE.fullmatch(text):
        return None
    for cut in (", who ", ", which ", " who ", ", whose "):
        k = text.find(cut)
        if k > 0:
            text = text[:k]
            if _PARTY_TAG_RE.fullmatch(text.rstrip(" ,")):
                return None  # "D-Mich., who leads the panel": a tag, no name
    toks = _TOKEN_RE.findall(text)
    if not toks or len(toks) > 14:
        return None
    if len(toks) == 1 and toks[0].lower() in PRONOUN_GENDER:
        return NP("pronoun", toks[0], gender=PRONOUN_GENDER[toks[0].lower()])
    pm = _PRONOUN_END_RE.search(text) if toks[-1][:1] in "hHtTsS" else None
    if pm is not None and (len(toks) == 1 or toks[-2].lower() in _DETERMINERS | {"way", ","}):
        # "They're less hostile …", "the way they say “…”", "South Carolina, he said, was
        # …": the pronoun is the subject
        return NP("pronoun", pm.group(1), gender=PRONOUN_GENDER[pm.group(1).lower()])
    if toks[0][:1] in "Nn" and names_nobody(toks) and not _SENTENCE_END_RE.search(text):
        return None  # "No one in the room said", "Nobody", "Not a single senator": none spoke
    if len(toks) == 1 and toks[0].lower() in _UNNAMED:
        # "Another tweeted, “…”": someone not named, not the person quoted before
        return NP("nominal", toks[0], name=toks[0])
    if "and" in toks:
        pair = _pair_of_names(text)
        if pair is not None:
            return pair
    if "," in toks:
        return _apposition(toks)
    if len(toks) == 1 and toks[0][:1].isupper() and people_plural(toks[0].lower()):
        # "Residents say …": a group opening the sentence, no name
        return NP("nominal", text, name=toks[0], gender="p")
    # sentence openers that are no part of a name: "Perhaps", "Like Corker", "Asserting Clinton"
    while (toks and toks[0].lower() in _OPENERS) or (
        len(toks) > 1 and toks[0].lower() in CUE_FORMS
    ):
        toks = toks[1:]
    if not toks:
        return None
    named = _name_of_org(toks)
    if named is not None:
        return named
    i = _capitalised_run(toks)
    run = [strip_possessive(t) for t in toks[i:]]
    before = toks[:i]
    aide = _aide_to(before, run, text)
    if aide is not None:
        return aide
    if run and before and before[-1].lower() in _LINKS:
        return _run_after_preposition(text, toks, before[:-1], run, before[-1].lower())
    if run and len(before) > 1 and before[-1].lower() == "the" and before[-2].lower() in _LINKS:
        # "a senior official at the State Department", "Ann Lee of the Dover Council"
        return _run_after_preposition(text, toks, before[:-2], run, before[-2].lower())
    if run:
        desc_caps, name = _split_run(run)
        while name and name[-1].lower().rstrip(".") in ("jr", "sr", "ii", "iii"):
            name = name[:-1] if len(name) > 2 else name
            break
        if name and all(
            t.lower() not in FUNCTION_WORDS or ((k or desc_caps) and t.lower() in _ALSO_SURNAMES)
            for k, t in enumerate(name)
        ):
            role, org = _descriptor([*before, *desc_caps])
            first = name[0] if len(name) > 1 else None
            gender = _gender_of(first, [*before, *desc_caps])
            return NP("name", text, name=" ".join(name), role=role, organisation=org, gender=gender)
        if desc_caps:
            role, org = _descriptor([*before, *desc_caps])
            if role and role.split()[-1].lower() not in NOT_ROLE_HEADS:
                gender = "p" if _plural(desc_caps[-1].lower()) else _gender_of(None, toks)
                return NP("role", text, role=role, organisation=org, gender=gender)
    return _nominal(toks, text)


#: A subject that ends in a personal pronoun, with or without a contracted verb.
_PRONOUN_END_RE = re.compile(r"(?:^|\s)(he|she|they|He|She|They)(?:[’'](?:re|s|ll|d|ve))?$")


def people_plural(low: str) -> bool:
    """A plural noun of people ("residents", "aides"), not a surname in -s ("Sanders")."""
    return (
        (low in _NOMINAL_HEADS and low.endswith("s") and not low.endswith("ss"))
        or (_plural(low) and low != "press")
        or low == "police"
    )


def _capitalised_run(toks: list[str]) -> int:
    """Where the trailing run of capitalised tokens (with particles and initials) starts."""
    i = len(toks)
    while i > 0:
        t = toks[i - 1]
        if (
            _is_cap(t)
            or (t.lower() in _PARTICLES and i < len(toks) and i - 1 > 0)
            or (i == 1 and t in _LEADING_PARTICLES and i < len(toks) and _is_cap(toks[i]))
            or (_surname_after_name(toks, i - 1) and i == len(toks))
        ):
            i -= 1
            continue
        break
    return i


def _run_after_preposition(
    text: str, toks: list[str], head: list[str], run: list[str], link: str = "of"
) -> NP | None:
    """A subject whose capitalised run follows "of/for/at/with/from" (``head`` is before it)."""
    # "Jason Gilbert of Cheyenne": the name before the preposition, the rest an organisation
    if head and _is_cap(head[-1]) and head[-1].lower() not in ROLE_WORDS:
        np = parse_subject(" ".join(head))
        if np is not None and np.kind == "name":
            if np.organisation is None:
                np.organisation = " ".join(run)
            return np
        if np is not None and np.kind == "role" and np.organisation and link == "of":
            return np  # "A spokesman for Mayor Tom Reed of Dover": the spokesman
    # "Secretary of State John Kerry": a role of an organisation, then the name (but "a
    # spokeswoman for Mayor Ann Vale" is the spokeswoman)
    held_for = (
        link == "for"
        and bool(head)
        and head[0].lower() in _DETERMINERS
        and head[-1].lower() in SERVES
        # "a spokeswoman for Mayor Ann Vale", "for the House …"; but "the spokesman for
        # Transport Tom Reed", "the minister for Health Ann Vale" hold a title
        and (
            run[0].lower().rstrip(".") in TITLES
            or _first_name(run[0])
            or toks[len(toks) - len(run) - 1].lower() == "the"
        )
    )
    if head and head[-1].lower().rstrip(".") in ROLE_WORDS and len(run) >= 3 and not held_for:
        desc_caps, name = _split_run(run)
        if not desc_caps and not _first_name(run[0]):
            # a first name the short list lacks: "Secretary of the Navy Ray Mabus"
            k = next((j for j in range(1, len(run) - 1) if _first_name(run[j])), 0)
            desc_caps, name = run[:k], run[k:]
        if (
            desc_caps
            and len(name) >= 2
            and all(t.lower() not in FUNCTION_WORDS or t.lower() in _ALSO_SURNAMES for t in name)
        ):
            return NP(
                "name",
                text,
                name=" ".join(name),
                role=" ".join(t for t in head if t.lower() not in _DETERMINERS) or None,
                organisation=" ".join(desc_caps),
                gender=_gender_of(name[0], head),
            )
    # "a spokesman for Clinton": the speaker is the spokesman
    np = _nominal(toks, text)
    if np is None and held_for:
        # "A spokeswoman for the House Armed Services Committee", "a spokesman for Mayor
        # Frank G. Jackson": too long for a nominal, still the role's holder
        np = NP("role", text, role=head[-1].lower(), organisation=" ".join(run), gender="?")
    return np


def _aide_to(before: list[str], run: list[str], text: str) -> NP | None:
    """ "an aide to Ann Vale", "a senior adviser to Mayor Tom Reed": the aide speaks."""
    if (
        run
        and len(before) > 1
        and before[-1].lower() == "to"
        and before[-2].lower() in AIDES
        and before[0].lower() in _DETERMINERS
    ):
        return NP("role", text, role=before[-2].lower(), organisation=" ".join(run), gender="?")
    return None


#: Function words that are also surnames after a first name ("Theresa May", "Brian June").
_ALSO_SURNAMES = frozenset(("may", "june", "april", "august", "will", "young", "long"))


def _surname_after_name(toks: list[str], k: int) -> bool:
    """ "Theresa May", "Prime Minister May": a month or modal, capitalised, after a capitalised
    name or title."""
    tok = toks[k]
    return k > 0 and tok[:1].isupper() and tok.lower() in _ALSO_SURNAMES and _is_cap(toks[k - 1])


#: Capitalised words that open a sentence but are no part of a name.
_OPENERS = frozenset(
    ("perhaps", "like", "unlike", "wait", "sources", "yes", "no", "well", "now", "still", "so",
     "thus", "hence", "instead", "indeed", "meanwhile", "however", "besides", "maybe", "sadly",
     "ironically", "finally", "asked", "pressed", "separately", "similarly", "likewise",
     # an inverted auxiliary opens a question or a condition: "Had Sanders won, …"
     "had", "has", "can", "could", "would", "should", "did", "does", "is", "was", "once",
     "thanks")
)  # fmt: skip


def _pair_of_names(text: str) -> NP | None:
    """ "Smith and Jones" / "Ann Lee and Tom Vale": two named persons speaking together are
    a group (``name`` holds both names, joined by " and ")."""
    left, sep, right = text.partition(" and ")
    if not sep or "," in left or "," in right:
        return None
    a, b = parse_subject(left), parse_subject(right)
    if a is None or b is None or a.kind != "name" or b.kind != "name":
        return None
    na, nb = (a.name or "").split(), (b.name or "").split()
    if not na or not nb or not _capital_after_particles(na) or not _capital_after_particles(nb):
        return None
    if len(na) == 1 and len(nb) > 1 and _gender_of(na[0], []) == "?":
        return None  # "Ethan and Joel Coen", but not "Florida and Donald Trump"
    return NP("group", text, name=f"{a.name} and {b.name}", gender="p")


def _capital_after_particles(name: list[str]) -> bool:
    """ "de Vale", "Ann Lee": the first word that is no particle is capitalised."""
    first = next((t for t in name if t.lower() not in _PARTICLES), "")
    return first[:1].isupper()


def _name_of_org(toks: list[str]) -> NP | None:
    """ "Stephen Vladeck of the University of Texas": a leading name run, then its place."""
    n = 0
    while n < len(toks) and n < 4 and (_is_cap(toks[n]) or _surname_after_name(toks, n)):
        n += 1
    if n < 2 or n >= len(toks) - 1 or toks[n].lower() not in ("of", "from", "at", "with"):
        return None
    if any(t.lower().rstrip(".") in ROLE_WORDS or t.lower() in TITLES for t in toks[:n]) and (
        toks[n].lower() == "of" or _split_run(toks[:n])[0]
    ):
        # "Gov. Ann Lee of …" is parsed elsewhere, and "Virginia House of Delegates" is no
        # person; a surname that is a title word is one before "from/at/with" ("Kevin Bishop")
        return None
    rest = toks[n + 1 :]
    if rest and rest[0].lower() == "the":
        rest = rest[1:]
    if not rest or not _is_cap(rest[0]):
        return None
    np = parse_subject(" ".join(toks[:n]))
    if np is None or np.kind != "name":
        return None
    if np.organisation is None:
        np.organisation = " ".join(t for t in rest if t != ",")
    return np


def _apposition(toks: list[str]) -> NP | None:
    """ "Mark Rutte, NATO's secretary general" / "NATO's chief, Mark Rutte": the part that is a
    person's name is the speaker, the part after (or before) it describes them."""
    parts: list[list[str]] = [[]]
    for t in toks:
        if t == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    parts = [p for p in parts if p]
    parsed = [parse_subject(" ".join(p)) for p in parts]
    names = [i for i, np in enumerate(parsed) if np is not None and np.kind in ("name", "group")]
    if not names:
        return None
    people = [i for i in names if _person_name(parsed[i])]
    i = people[0] if people else names[0]
    np = parsed[i]
    assert np is not None
    others = [parts[j] for j in (i + 1, i - 1) if 0 <= j < len(parts) and j not in names]
    for desc in others:
        role, org = _descriptor(desc)
        if np.role is None and role is not None:
            np.role, np.organisation = role, org or np.organisation
            if np.gender == "?":
                np.gender = _gender_of(None, desc)
            break
    return np


def _person_name(np: NP | None) -> bool:
    if np is None or not np.name:
        return False
    if np.kind == "group":
        return True
    toks = np.name.split()
    if np.gender in ("m", "f"):
        return True
    return len(toks) >= 2 and not any(t.isupper() for t in toks)


def _nominal(toks: list[str], text: str) -> NP | None:
    """A noun phrase without a name: "the senator", "a spokesman for Clinton", "officials"."""
    words = [t for t in toks if t != ","]
    while words and words[-1].lower() in _LINKS:
        words.pop()  # a phrase cut after "of"/"for" keeps its head
    if not words or len(words) > 7:
        return None
    lows = [w.lower().rstrip(".") for w in words]
    if len(lows) > 2 and lows[1] == "of" and lows[0] in GROUP_COUNTS:
        return _part_of_group(words, text)
    has_det = lows[0] in _DETERMINERS
    # the head noun: the last word before any "of/for/at ..." complement
    k = next((i for i, w in enumerate(lows) if w in _LINKS and i > 0), len(lows))
    head = strip_possessive(lows[k - 1])
    if head in ROLE_WORDS and (
        head not in ("former", "then", "state", "national")
        or (words[k - 1] == "national" and k >= 2 and _is_cap(words[k - 2]))  # "a French national"
    ):
        role, org = _descriptor(words)
        gender = "p" if _plural(head) else _gender_of(None, words)
        return NP("role", text, role=role, organisation=org, gender=gender)
    if head in _NOMINAL_HEADS or (
        has_det
        and len(words) >= 2
        and (lows[0] == "the" or words[-1][:1].isupper())
        and len(words) <= 4
    ):
        name = " ".join(words[1:] if lows[0] in ("the", "a", "an") else words)
        # "the groups" is a "they", "the group" an "it"
        plural = (
            head.endswith("s")
            and not head.endswith(("ss", "us", "ws", "is"))
            and (len(head) > 3 or (len(head) == 3 and head not in NOT_PLURAL))
        )
        return NP("nominal", text, name=name, gender="p" if plural else "n")
    if (
        len(words) <= 3
        and head.endswith(PEOPLE_SUFFIXES)
        and head not in NOT_PEOPLE
        and all(w.replace("-", "").isalpha() and w.lower() not in FUNCTION_WORDS for w in words)
    ):
        return NP("nominal", text, name=" ".join(words), gender="p")  # "Former employees"
    return None


_LINKS = frozenset({"for", "of", "at", "with", "from"})


def _part_of_group(words: list[str], text: str) -> NP | None:
    """ "Hundreds of pro-Vale demonstrators", "many of his aides": a group of people counted,
    a "they"; None when what is counted is no people ("dozens of emails")."""
    rest = words[2:]
    if rest and rest[0].lower() in GROUP_DETERMINERS:
        rest = rest[1:]
    if not rest or len(rest) > 4:
        return None
    if _nominal(rest, " ".join(rest)) is None:  # "staff" and "police" count people, too
        return None
    return NP("nominal", text, name=" ".join(words), gender="p")


def _plural(head: str) -> bool:
    """ "aides", "officials", "spokespeople": a plural role is never "he" or "she"."""
    return head.endswith("people") or (head.endswith("s") and head[:-1] in ROLE_WORDS)
