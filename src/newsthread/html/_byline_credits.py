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

__all__ = ["agency_credit"]

# Wire services, by the short names their credits use.
_AGENCY = (
    r"(?:reuters|ap|afp|dpa(?:-afx)?|epd|kna|apa|sda|ats|ansa|efe|xinhua|upi|ddp|sid|kathpress|"
    r"jiji|kyodo|yonhap|pti|ians|aap|tass|anadolu|belga|anp|ntb|ritzau|stt|ctk|pap|mti|lusa|"
    r"europa press|associated press|the associated press|agence france-presse|"
    r"the canadian press|press association|bloomberg)"
)
# An agency, or several, with a desk's initials ("dpa/lno", "APA/AP", "AFP, Reuters").
_AGENCIES = rf"{_AGENCY}(?:[ \t]*[/,&+][ \t]*(?:{_AGENCY}|[a-z]{{2,4}}))*"
_DATELINE = re.compile(
    rf"^[ \t]*(?:[^\W\d_][^\n()]{{0,50}}?)?\((?P<agency>{_AGENCIES})\)[ \t]*[-\u2013\u2014:]",
    re.IGNORECASE | re.MULTILINE,
)
_SOURCE_LINE = re.compile(
    rf"^[ \t]*(?:quelle|source|sources|fuente|fonte|mit material von|material from|"
    rf"with reporting by|agenturen|agencies)[ \t]*:?[ \t]*(?P<agency>{_AGENCIES})[ \t.]*$",
    re.IGNORECASE | re.MULTILINE,
)
_CLOSING = re.compile(
    rf"^[ \t]*(?:\((?P<agency>{_AGENCIES})\)|(?:©|\(c\))[ \t]*(?P<sign>{_AGENCIES}))[ \t.]*$",
    re.IGNORECASE | re.MULTILINE,
)


def agency_credit(text: str, sites: tuple[str, ...]) -> list[Author]:
    """The agencies the text credits with the story, or an empty list (see the module)."""
    for pattern in (_DATELINE, _SOURCE_LINE, _CLOSING):
        found = pattern.search(text)
        if found is None:
            continue
        groups = found.groupdict()
        authors: list[Author] = []
        add_authors(authors, [(groups.get("agency") or groups.get("sign"), None)], sites)
        authors = [a for a in authors if is_agency(a.name)]  # not the desk's initials
        if authors:
            return authors
    return []
