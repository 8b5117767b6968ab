"""Agency credits in the article's text: who wrote a wire story that names no person.

A wire story credits its agency where a byline would name a reporter: in the dateline that
opens it ("WASHINGTON (Reuters) -", "BERLIN (dpa/lno) -"), on a source line ("Quelle: dpa",
"Source: AFP", "Mit Material von dpa") or in parentheses closing it ("(dpa)"). A bare agency
name on a line of its own is not read: as often it credits a photo.
"""

from __future__ import annotations

import re

from newsthread.html._bylines import add_authors, is_agency
from newsthread.model import Author

__all__ = ["agency_credit", "reporters_credit"]

# Wire services, by the short names their credits use.
_AGENCY = (
    r"(?:reuters|ap|afp|dpa(?:-afx)?|epd|kna|apa|sda|ats|ansa|efe|xinhua|upi|ddp|sid|kathpress|"
    r"jiji|kyodo|yonhap|pti|ians|aap|tass|anadolu|belga|anp|ntb|ritzau|stt|ctk|pap|mti|lusa|"
    r"europa press|associated press|the associated press|agence france-presse|"
    r"the canadian press|press association|bloomberg)"
)
# An agency, or several, with a desk's initials ("dpa/lno", "APA/AP", "AFP, Reuters").
_AGENCIES = rf"{_AGENCY}(?:[ \t]*[/,&+][ \t]*(?:{_AGENCY}|[a-z]{{2,4}}))*"
# Matched on the lowercased text, each pattern from a literal character (a pattern tried at
# every position with a case-blind alternation costs a tenth of a millisecond a page).
_PAREN = re.compile(
    rf"\((?P<agency>{_AGENCIES})\)(?:(?P<dash>[ \t]*[-\u2013\u2014:])|[ \t.]*(?=\n|$))"
)
_SIGNS = tuple(
    # (a year between: "© 2012 APA/AP")
    re.compile(rf"{sign}[ \t]*(?:(?:19|20)\d\d[ \t]+)?(?P<sign>{_AGENCIES})[ \t.]*(?=\n|$)")
    for sign in ("\u00a9", r"\(c\)")
)
# A source line: a label, then the agencies ("Quelle: dpa", "Source: AFP, Reuters"); the
# labels are found by plain search (an alternation tried at every position costs more).
_SOURCE_LABELS = (
    "quelle",
    "source",
    "fuente",
    "fonte",
    "mit material von",
    "material from",
    "with reporting by",
    "agenturen",
    "agencies",
)
# (the agency may stand on the next line: "Quelle: <a>kathpress</a>")
_SOURCE = re.compile(
    # (blanks taken possessively: three runs that could share them backtracked on a long one)
    rf"[a-z ]{{0,30}}?s?[ \t]*+(?::[ \t]*+)?(?:\n[ \t]*+)?(?P<source>{_AGENCIES})[ \t.]*+(?=\n|$)"
)
# What may open a dateline before the agency: a place ("WASHINGTON", "LONDON, May 3").
_PLACE = re.compile(r"[^\W\d_][^\n()]{0,50}")


_BLANKS = re.compile(r"[ \t]*")


def _line_start(folded: str, at: int) -> str:
    """What stands on the line before position ``at``."""
    return folded[folded.rfind("\n", 0, at) + 1 : at].strip(" \t")


def _opens_line(folded: str, at: int) -> bool:
    """Whether only blanks stand before position ``at`` on its line (without copying the line:
    a long line with a label word on every few characters stays linear)."""
    start = folded.rfind("\n", 0, at) + 1
    blanks = _BLANKS.match(folded, start, at)
    return blanks is not None and blanks.end() == at


def _credits(folded: str) -> list[tuple[int, str, int, int]]:
    """(rank, group, start, end) of each credit: a dateline (0), a source line (1), a closing
    credit (2); in page order within each rank."""
    found: list[tuple[int, str, int, int]] = []
    for match in _PAREN.finditer(folded):
        before = _line_start(folded, match.start())
        if match.start("dash") >= 0:
            if not before or _PLACE.fullmatch(before):
                found.append((0, "agency", match.start("agency"), match.end("agency")))
        elif not before:
            found.append((2, "agency", match.start("agency"), match.end("agency")))
    for pattern in _SIGNS:
        for match in pattern.finditer(folded):
            if not _line_start(folded, match.start()):
                found.append((2, "sign", match.start("sign"), match.end("sign")))
    for label in _SOURCE_LABELS:
        at = folded.find(label)
        while at >= 0:
            source = _SOURCE.match(folded, at + len(label)) if _opens_line(folded, at) else None
            if source is not None:
                found.append((1, "source", source.start("source"), source.end("source")))
            at = folded.find(label, at + len(label))
    found.sort(key=lambda item: (item[0], item[2]))
    return found


def agency_credit(text: str, folded: str, sites: tuple[str, ...]) -> list[Author]:
    """The agencies ``text`` credits with the story, or an empty list (see the module);
    ``folded`` is ``text`` lowercased, of the same length."""
    for _rank, _group, start, end in _credits(folded):
        authors: list[Author] = []
        add_authors(authors, [(text[start:end], None)], sites)
        authors = [a for a in authors if is_agency(a.name)]  # not the desk's initials
        if authors:
            return authors
    return []


# A wire story's closing credit, a paragraph of its own ("(Reporting by Jane Doe and Bo Chan;
# Editing by Cy Diaz)", or without the parenthesis): the reporters, not the editors; the names
# end at the next credit, the parenthesis or the line.
_NAMES = r"[ \t]*+:?[ \t]*+(?P<names>[^\W\d_][^;()\n]{2,120}?)[ \t.]*+(?=[;)\n])"
_REPORTERS = tuple(
    # (an earlier credit may come first in the parenthesis: "(Writing by A; Reporting by B")
    re.compile(rf"\n[ \t]*\(?(?:[^()\n]*?;[ \t]*)?{label}{_NAMES}")
    for label in ("reporting by", "writing by")
)


def reporters_credit(text: str, folded: str, sites: tuple[str, ...]) -> list[Author]:
    """The reporters a wire story's closing credit names, or []: the last credit that opens a
    line of ``text`` (the credit closes the story; an earlier one may be a teaser's, and one
    inside a sentence is no credit)."""
    if "reporting by" not in folded and "writing by" not in folded:
        return []
    for pattern in _REPORTERS:
        for names in reversed(list(pattern.finditer(folded))):
            authors: list[Author] = []
            add_authors(authors, [(text[names.start("names") : names.end("names")], None)], sites)
            if authors:
                return authors
    return []
