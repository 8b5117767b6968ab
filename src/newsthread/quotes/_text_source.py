# ruff: noqa: RUF001
"""The text an unresolved "it" stands for: "Thursday's memo from the panel …. “…,” it said",
"She held up a sign of her own. “…,” it read"."""

from __future__ import annotations

import re

from newsthread.quotes._speakers import NP

#: Texts that can say, read or state something (document nouns; not "brief", "motion" or
#: "platform", which are other words as often).
_TEXT_NOUNS = (
    "statement|report|letter|memo|memorandum|editorial|ad|advertisement|tweet|post|filing"
    "|complaint|lawsuit|ruling|release|email|e-mail|message|note|summary|affidavit|readout"
    "|transcript|document|column|study|petition|indictment|resolution|sign|placard|banner"
    "|headline|caption|notice|card|text|website|webpage|page|leaflet|flyer|brochure|poster"
    "|order|decision|opinion|verdict|warrant|bill|constitution|charter|manifesto|plaque"
)

#: A determiner or a possessive, up to three words, then a text noun: "a sign", "Thursday's
#: memo", "the agency's short statement".
_TEXT_NP_RE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)"
    r"|\b[A-Z][\w.&-]*['’]s)\s+(?:[\w,'’-]+\s+){0,3}?(" + _TEXT_NOUNS + r")\b(?!['’]s|-)"
)

#: How far back (characters) an "it" looks for its text.
_LOOK_BACK = 400


def text_antecedent(before: str) -> NP | None:
    """The last text named in ``before`` (the words before an "it said" cue, nearest last),
    as a nominal speaker, or None."""
    last = None
    for m in _TEXT_NP_RE.finditer(before, max(0, len(before) - _LOOK_BACK)):
        last = m
    if last is None:
        return None
    noun = last.group(1)
    return NP("nominal", "the " + noun, name=noun, gender="n")
