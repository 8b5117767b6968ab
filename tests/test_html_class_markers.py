"""The class-and-id tests that lowercase an ASCII marker say what the case-blind patterns say."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsthread.html._byline_lines import _ELSEWHERE, _elsewhere
from newsthread.html._datelines import COMMENTISH, commentish

# Pieces of markers: the patterns' words in several cases, word edges and non-ASCII letters.
PIECES = [
    "comment",
    "Comments",
    "REPLY",
    "respond",
    "Disqus",
    "discussion",
    "related",
    "Teaser",
    "promo",
    "promoted",
    "PROMOTED",
    "more-stories",
    "readmore",
    "most-Read",
    "card",
    "cards",
    "-card",
    "card-",
    "outbrain",
    "taboola",
    "trending",
    "x",
    " ",
    "-",
    "_",
    "\N{LATIN SMALL LETTER LONG S}",
    "\N{KELVIN SIGN}",
    "\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}",
    "é",
]
markers = st.lists(st.sampled_from(PIECES), max_size=6).map("".join) | st.text(max_size=20)


@settings(max_examples=500)
@given(markers)
def test_the_folded_searches_match_the_case_blind_ones(marker: str) -> None:
    assert commentish(marker) == (COMMENTISH.search(marker) is not None)
    assert _elsewhere(marker) == (_ELSEWHERE.search(marker) is not None)


def test_examples() -> None:
    assert commentish("post-Comments wrapper")
    assert not commentish("content main")
    assert _elsewhere("Related-Stories")
    assert not _elsewhere("node-promoted article")
    # a long s is an s to the case-blind search: a marker that holds one is searched as written
    long_s = "\N{LATIN SMALL LETTER LONG S}tories"
    assert _elsewhere(f"more-{long_s}")
    assert commentish("\N{KELVIN SIGN}omment") is (
        COMMENTISH.search("\N{KELVIN SIGN}omment") is not None
    )
