"""Entities and their resolution: one entity per person (or body, or group), merging
surname and role aliases and resolving pronouns to the most recent compatible antecedent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import attrs

from newsthread.quotes._cues import PLACE_WORDS
from newsthread.quotes._speakers import NP

__all__ = ["ORG_HEADS", "Entity", "PersonFacts", "Registry"]


class PersonFacts(Protocol):
    """What :meth:`Registry.add_name` reads of a named person (an :class:`NP`, or a cached
    immutable value)."""

    @property
    def name(self) -> str | None: ...
    @property
    def role(self) -> str | None: ...
    @property
    def organisation(self) -> str | None: ...
    @property
    def gender(self) -> str: ...


@attrs.define(slots=True, eq=False)
class Entity:
    """One person (or body) mentioned in the text; becomes a Speaker when quoted."""

    name: str
    role: str | None = None
    organisation: str | None = None
    gender: str = "?"
    person: bool = True
    aliases: list[str] = attrs.field(factory=list)
    merged: Entity | None = None
    _sur: str = ""
    _sur_of: str | None = None

    def surname(self) -> str:
        """The lower-case surname, cached per name."""
        if self._sur_of != self.name:
            self._sur, self._sur_of = _surname(self.name), self.name
        return self._sur

    def final(self) -> Entity:
        e = self
        while e.merged is not None:
            e = e.merged
        return e

    def alias(self, text: str) -> None:
        text = text.strip()
        if text and text != self.name and text not in self.aliases:
            self.aliases.append(text)


#: Last words of a capitalised run that make it an institution, not a person.
ORG_HEADS = frozenset(
    ["university", "college", "school", "arena", "center", "centre", "institute", "foundation", "hospital", "church", "committee", "council", "association", "corporation", "corp.", "corp", "inc.", "inc", "company", "group", "network", "agency", "department", "ministry", "commission", "board", "bank", "fund", "party", "union", "times", "journal", "news", "magazine", "airport", "stadium", "museum", "library", "court", "senate", "congress", "administration", "campaign", "league", "club", "coalition", "caucus", "pac", "initiative", "project", "institution", "society", "alliance", "federation", "organization", "organisation", "review", "tribune", "gazette", "herald", "police", "service", "office", "government", "authority", "parliament", "assembly", "legislature", "army", "navy", "embassy", "cabinet"]
)  # fmt: skip

#: A position after every mention.
_NEVER = 1 << 62

#: How far back (characters) a sentence subject is preferred to a later non-subject mention.
_SUBJECT_WINDOW = 400


def _surname_word(name: str) -> str:
    """The surname as written: the last word, not a suffix ("Lee" of "Lee Jr.")."""
    parts = name.split()
    while len(parts) > 1 and parts[-1].lower().rstrip(".") in ("jr", "sr", "ii", "iii"):
        parts.pop()
    return parts[-1] if parts else ""


def _surname(name: str) -> str:
    return _surname_word(name).lower()


def _surname_only(name: str) -> bool:
    """ "Lee", "de Blasio": a surname alone (lower-case particles before it)."""
    words = name.split()
    return all(w.islower() for w in words[:-1])


class Registry:
    """Entities of one article and the mention history used for pronoun resolution."""

    __slots__ = (
        "_by_name",
        "_by_surname",
        "_first",
        "_pending",
        "_sur_mentions",
        "entities",
        "mentions",
    )

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._by_name: dict[str, Entity] = {}
        self._by_surname: dict[str, Entity] = {}
        #: (position, entity, weight) in text order; positions are global; weight 2 for
        #: the subject of a cue, 1 for a sentence subject, 0 for any other mention.
        self.mentions: list[tuple[int, Entity, int]] = []
        self._sur_mentions: dict[str, list[tuple[int, Entity, int]]] = {}
        self._pending: list[Callable[[], None]] = []
        self._first: dict[int, int] | None = None

    def defer(self, scan: Callable[[], None]) -> None:
        """Queue a mention scan. Queued scans run, in order, before the registry is next
        read or changed, so the result is that of scanning at once, and a text whose quotes
        need no speaker never pays for its names."""
        self._pending.append(scan)

    def _flush(self) -> None:
        # callers test ``self._pending`` first: a call saved on every read of the registry
        pending, self._pending = self._pending, []
        for scan in pending:
            scan()

    # -- entities ----------------------------------------------------------------
    def _new(self, name: str, person: bool, np: PersonFacts | None = None) -> Entity:
        if person and _surname(name) in ORG_HEADS:
            person = False  # "George Washington University" is no "he"
        e = Entity(name=name, person=person)
        if np is not None:
            e.role, e.organisation, e.gender = np.role, np.organisation, np.gender
        self.entities.append(e)
        self._by_name[name.lower()] = e
        if person and " " in name:
            self._by_surname[_surname(name)] = e
        return e

    def knows_surname(self, low: str) -> bool:
        """Could :meth:`by_surname` find anybody for this lower-case surname?"""
        if self._pending:
            self._flush()
        return low in self._sur_mentions or low in self._by_surname

    def by_surname(self, token: str) -> Entity | None:
        return self.by_low_surname(token.lower())

    def by_low_surname(self, low: str) -> Entity | None:
        """:meth:`by_surname` of a surname already lower-cased."""
        if self._pending:
            self._flush()
        # (most capitalised words are nobody's surname: two lookups, no recent mention to read)
        e = (self._recent_surname(low) if low in self._sur_mentions else None) or (
            self._by_surname.get(low)
        )
        return e.final() if e is not None else None

    def _recent_surname(self, low: str) -> Entity | None:
        """The most recently mentioned person with this surname (two Smiths in one story),
        a sentence subject first."""
        first: Entity | None = None
        entries = self._sur_mentions.get(low)
        if not entries:
            return None
        floor = len(self.mentions) - 40
        for idx, ent, subject in reversed(entries[-8:]):
            if idx < floor:
                break
            e = ent.final()
            if e.person and e.surname() == low:
                if subject:
                    return e
                if first is None:
                    first = e
        return first

    def add_name(self, np: PersonFacts) -> Entity:
        """The entity of a named person, merging with a known full name or surname."""
        if self._pending:
            self._flush()
        assert np.name is not None
        name = np.name
        e = self._by_name.get(name.lower())
        if e is None:
            sur = _surname(name)
            only = _surname_only(name)
            cand = self._recent_surname(sur) if only else None
            if cand is None:
                cand = self._by_surname.get(sur)
            if cand is not None:
                c = cand.final()
                first_new, first_old = name.split()[0].lower(), c.name.split()[0].lower()
                if only or first_new[:1] == first_old[:1]:
                    e = c
            if e is None and " " in name:
                # an earlier surname-only entity ("Rutte said" before "Mark Rutte"), unless
                # it has been given a full name already ("Lee", "Tom Lee", then "Ann Lee")
                single = self._by_name.get(sur)
                if single is not None and single.person and " " not in single.final().name:
                    e = single.final()
                    e.alias(e.name)
                    e.name = name
                    self._by_name[name.lower()] = e
                    self._by_surname[sur] = e
            if e is None:
                e = self._new(name, True, np)
        e = e.final()
        if name != e.name:
            e.alias(name)
            self._by_name[name.lower()] = e
        if e.role is None and np.role:
            e.role, e.organisation = np.role, np.organisation or e.organisation
        elif e.organisation is None and np.organisation:
            e.organisation = np.organisation
        if e.gender == "?":
            e.gender = np.gender
        if " " in e.name:
            e.alias(_surname_word(e.name))  # "Lee" of "Lee Jr.", not "Jr."
        return e

    def add_role(self, np: NP, pos: int) -> Entity:
        """A role mention ("the Secretary General"): the most recent person with that role;
        an indefinite one ("a Democratic strategist") is somebody new."""
        if self._pending:
            self._flush()
        if np.text.split()[0].lower() in ("a", "an", "one", "another"):
            return self._new(np.text, True, np)
        head = (np.role or np.text).split()[-1].lower() if (np.role or np.text) else ""
        for _, ent, _ in reversed(self.mentions[-60:]):
            e = ent.final()
            if e.person and e.role and head and head in e.role.lower().split():
                if not _same_office(np, e):
                    continue
                e.alias(_role_alias(np))
                return e
        known = self._by_name.get(np.text.lower())
        return known.final() if known is not None else self._new(np.text, True, np)

    def add_group(self, name: str) -> Entity:
        """A group of named persons ("Ann Lee and Tom Vale"), the antecedent of "they"."""
        if self._pending:
            self._flush()
        known = self._by_name.get(name.lower())
        if known is not None:
            return known.final()
        e = Entity(name=name, person=True, gender="p")
        self.entities.append(e)
        self._by_name[name.lower()] = e
        return e

    def add_nominal(self, np: NP) -> Entity:
        if self._pending:
            self._flush()
        name = np.name or np.text
        known = self._by_name.get(name.lower())
        return known.final() if known is not None else self._new(name, False, np)

    def resolve(self, np: NP, pos: int) -> Entity | None:
        """The entity a subject phrase stands for (None for unresolvable pronouns)."""
        if np.kind == "pronoun":
            return self.pronoun(np.gender, pos)
        if np.kind == "name":
            return self.add_name(np)
        if np.kind == "role":
            return self.add_role(np, pos)
        if np.kind == "group":
            return self._add_pair(np)
        return self.add_nominal(np)

    def _add_pair(self, np: NP) -> Entity:
        """The group of two named persons: each joined with what is known of them."""
        left, _, right = (np.name or "").partition(" and ")
        a = self.add_name(NP("name", left, name=left))
        b = self.add_name(NP("name", right, name=right))
        return self.add_group(f"{a.name} and {b.name}")

    def pronoun(self, gender: str, pos: int) -> Entity | None:
        """The person "he"/"she" stands for: the most recent compatible subject nearby,
        else the most recent compatible mention; its gender is learnt from the pronoun."""
        if gender not in ("m", "f", "n", "p"):
            return None  # "I", "we", "you": never resolved, whatever was mentioned
        if self._pending:
            self._flush()
        if gender == "p":
            # "Officials said …. “…,” they said": the last group that spoke nearby
            for p, ent, subject in reversed(self.mentions[-20:]):
                if p > pos or pos - p >= _SUBJECT_WINDOW:
                    continue
                e = ent.final()
                if subject and e.gender == "p":  # persons, or bodies: "the groups say"
                    return e
            return None
        if gender == "n":
            # "The Post reported …. It added, “…”": the last institution that spoke nearby
            for p, ent, subject in reversed(self.mentions[-20:]):
                if p > pos or pos - p >= _SUBJECT_WINDOW:
                    continue
                e = ent.final()
                if subject and not e.person:
                    return e
            return None
        if gender not in ("m", "f"):
            return None
        fallback: Entity | None = None
        best: tuple[int, Entity] | None = None
        for p, ent, subject in reversed(self.mentions[-80:]):
            if p > pos:
                continue
            e = ent.final()
            if not e.person or (e.gender != gender and e.gender != "?"):
                continue
            if fallback is None:
                fallback = e
            if pos - p >= _SUBJECT_WINDOW:
                break
            # a sentence subject and a known gender beat mere recency
            # a full name of unknown gender ("Amadou Magassa") is as good as a known one
            known = e.gender == gender or (subject and e.gender == "?" and _full_name(e.name))
            score = (1 if known else 0) + 2 * min(subject, 1)
            if best is None or score > best[0]:
                best = (score, e)
        if best is not None:
            fallback = best[1]
        if fallback is not None and fallback.gender == "?":
            fallback.gender = gender
        return fallback

    def mention(self, pos: int, e: Entity, subject: int = 0) -> None:
        if self._pending:
            self._flush()
        self.mentions.append((pos, e, subject))
        if e.gender == "p":
            return  # a group has no surname to look up
        sur = e.final().surname()
        entry = (len(self.mentions) - 1, e, subject)
        lst = self._sur_mentions.get(sur)
        if lst is None:
            self._sur_mentions[sur] = [entry]
        else:
            lst.append(entry)

    def _first_mentions(self) -> dict[int, int]:
        """Where each entity (by id, merged ones under their final entity) is first
        mentioned; computed once, when finalize first needs it."""
        if self._first is None:
            self._first = {}
            for p, ent, _ in self.mentions:
                self._first.setdefault(id(ent.final()), p)
        return self._first

    def finalize(self) -> None:
        """Merge role-only entities into the one named person with that role, if unique."""
        if self._pending:
            self._flush()
        self._first = None  # mentions may have grown since a previous call
        # The named holders of each role, built once (candidates are never role-only and only
        # role-only entities merge, so the lists hold through the loop).
        holders: dict[str, list[Entity]] = {}
        for n in self.entities:
            if n.merged is None and n.person and n.role and not _is_role_only(n):
                holders.setdefault(n.role.lower(), []).append(n)
        for e in self.entities:
            if e.merged is not None or not e.person or e.role is None or e.name[:1].islower():
                continue
            if not _is_role_only(e):
                continue
            rl = e.role.lower()
            cands = [n for n in holders.get(rl, ()) if n is not e]
            if len(cands) == 1:
                if e.name.split()[0].lower() in ("a", "an", "one", "another") and (
                    self._first_mentions().get(id(cands[0]), _NEVER)
                    < self._first_mentions().get(id(e), _NEVER)
                ):
                    continue  # "One Clinton spokesman" after Nick Merrill: somebody new
                e.merged = cands[0]
                cands[0].alias(_role_alias_text(e.name))


#: Words that make another office of the same head ("vice president", "deputy mayor").
_RANK_WORDS = frozenset(["vice", "deputy", "assistant", "associate", "under", "lieutenant"])


def _same_office(np: NP, e: Entity) -> bool:
    """Can the role ``np`` ("the former president", "the Wisconsin Republican") name the
    person ``e`` whose role has the same head: not "vice president" for "president", not
    the Kentucky senator for "the Ohio senator"."""
    have = set((e.role or "").lower().split())
    want = set((np.role or "").lower().split())
    if (have & _RANK_WORDS) - want:
        return False
    return not (
        np.organisation and e.organisation and np.organisation.lower() != e.organisation.lower()
    )


def _full_name(name: str) -> bool:
    """A first name and a surname, no place or institution word ("South Carolina")."""
    words = name.lower().split()
    return 2 <= len(words) <= 3 and not any(w in PLACE_WORDS for w in words)


def _is_role_only(e: Entity) -> bool:
    return e.role is not None and e.name.lower().endswith(e.role.lower())


def _role_alias(np: NP) -> str:
    return _role_alias_text(np.text)


def _role_alias_text(text: str) -> str:
    toks = text.split()
    if toks and toks[0].lower() in ("the", "a", "an"):
        return "the " + " ".join(toks[1:])
    return text
