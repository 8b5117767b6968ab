# ruff: noqa: RUF001
"""Reads that look back from a position (the word before a cue, a role or a kin noun before a
name, a cue that ends a sentence) give what searching the window with the pattern gave: each
is checked against that search, on pieces of text chosen to hit the near misses."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsthread.quotes import find_quotes
from newsthread.quotes._clause import word_before
from newsthread.quotes._indirect import _END_CUE_RE, _end_cue
from newsthread.quotes._name_roles import (
    KIN_BEFORE_RE,
    ROLE_BEFORE_RE,
    kin_before,
    role_before,
    role_word_ends,
)

#: The search each read replaces (noun_use's, before it read backwards).
_PREV_WORD_RE = re.compile(r"([\w’']+)\s+$")

_PIECES = [
    "the", "The", "of", "Lee's", "Lee’s", "said", "says", "told him", "added", "on Monday",
    "yesterday", "last week", "wife", "son", "his", "Her", "their", "ex-wife", "vice-president",
    "chief-of-staff", "co-founder", "campaign", "pollster", "mayor", "former", "Ann", "Vale",
    "x-mayor", "said:", "a", "D-Mich.", "his wife,", "Lee's younger son,", "their aunt, ",
    "her ex-husband,", ", he said.", ", Ann Vale told reporters", "Monday", ", she said",
]  # fmt: skip
_CHARS = list(" \t\n,;:.-'’\u0001_é1xX\u00a0")
#: Mostly words with a space or a comma between them (the shapes the patterns take), and odd
#: characters anywhere.
_SEPARATORS = [" ", " ", " ", ", ", ",", "  ", "\n", ""]
_TEXTS = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(_PIECES), st.sampled_from(_CHARS)), st.sampled_from(_SEPARATORS)
    ),
    max_size=16,
).map(lambda pairs: "".join(piece + sep for piece, sep in pairs))
_POS = st.integers(min_value=-3, max_value=120)
#: How far before the end of the text a window ends (most reads end at a name or a
#: sentence end, near the end of the pieces).
_BACK = st.integers(min_value=0, max_value=6)


@given(_TEXTS, _POS, _BACK)
def test_the_word_before_is_the_searched_one(text: str, lo: int, back: int) -> None:
    end = len(text) - back
    pm = _PREV_WORD_RE.search(text, max(0, lo), end)
    assert word_before(text, lo, end) == (pm.group(1) if pm is not None else None)


def test_the_word_before_needs_a_space_and_is_cut_at_the_window() -> None:
    assert word_before("the Lee’s  said", 0, 11) == "Lee’s"
    assert word_before("the report", 0, 10) is None  # no space after the last word
    assert word_before("the lawmaker said", 7, 13) == "maker"
    assert word_before("a, said", 0, 3) is None  # a comma, then the space: no word


@given(_TEXTS, _POS, _BACK)
def test_the_end_cue_is_the_searched_one(text: str, lo: int, back: int) -> None:
    hi = len(text) - back
    em = _END_CUE_RE.search(text, max(0, lo), hi)
    got = _end_cue(text, max(0, lo), hi)
    assert ((got.span(), got.groups()) if got else None) == (
        (em.span(), em.groups()) if em else None
    )


def test_the_end_cue_opens_at_the_last_comma() -> None:
    text = "The bridge, the mayor said, will close, Vale said on Monday."
    em = _end_cue(text, 0, len(text))
    assert em is not None and em.group(1) == "Vale" and em.start() == 38
    # a comma after the cue (a tail the pattern does not take): no end cue
    assert _end_cue("It will close, Vale said, too.", 0, 30) is None


@given(_TEXTS, _BACK)
def test_a_kin_noun_before_is_the_searched_one(text: str, back: int) -> None:
    at = max(0, len(text) - back)
    km = KIN_BEFORE_RE.search(text, max(0, at - 40), at)
    got = kin_before(text, at)
    assert ((got.span(), got.group(1)) if got else None) == (
        (km.span(), km.group(1)) if km else None
    )


@given(_TEXTS, _BACK)
def test_no_role_word_read_backwards_means_no_role_before(text: str, back: int) -> None:
    at = max(0, len(text) - back)
    rm = ROLE_BEFORE_RE.search(text, max(0, at - 40), at)
    if rm is not None and rm.group(1).split()[-1] in _ROLE_WORDS_OF_TEST:
        assert role_word_ends(text, at)
    if not role_word_ends(text, at):
        assert role_before(text, at) is None


#: Role words among the test pieces (the last word of a role must be one).
_ROLE_WORDS_OF_TEST = frozenset(
    ["campaign", "pollster", "mayor", "former", "vice-president", "chief-of-staff", "co-founder"]
)


def test_roles_after_a_hyphen_and_near_misses() -> None:
    assert role_word_ends("the ex-mayor ", 13)  # the part after the hyphen
    assert role_before("campaign pollster Douglas", 18) == "campaign pollster"
    assert not role_word_ends("the mayors ", 11)
    assert not role_word_ends("the mayor", 9)  # no space before the name
    assert not role_word_ends("the Mayor ", 10)  # capitalised: part of the name run


def test_names_after_kin_nouns_and_roles_still_speak() -> None:
    quotes = find_quotes(
        "Trump’s wife, Melania, spoke first. “We are ready,” she said. Campaign pollster "
        "Douglas Schoen was blunt. “It is over,” he said."
    )
    assert [(q.speaker.name, q.speaker.role) for q in quotes if q.speaker] == [
        ("Melania", None),
        ("Douglas Schoen", "pollster"),
    ]


_DOC_PIECES = ["A", "new", "poll", "Polls", "SURVEY", "studies", "of", "voters", "released",
               "Monday", "also", "records", "the", "data", "shows", "found", "show", "report",
               "reporter", "analyses", "Clinton", "leading", "that", "Ann"]  # fmt: skip
_DOC_TEXTS = st.lists(
    st.tuples(st.sampled_from(_DOC_PIECES), st.sampled_from([" ", " ", ", ", "", "\u0001"])),
    max_size=14,
).map(lambda pairs: "".join(piece + sep for piece, sep in pairs))


@given(_DOC_TEXTS, _POS)
def test_no_head_noun_before_a_document_verb_means_no_document_subject(text: str, lo: int) -> None:
    from newsthread.quotes._reported import _DOC_HEAD_ANY_RE, _DOC_SUBJECT_RE, EVIDENCE_RE

    for vm in EVIDENCE_RE.finditer(text, max(0, lo)):
        window = (max(0, lo, vm.start() - 90), vm.start())
        if _DOC_SUBJECT_RE.search(text, *window) is not None:
            assert _DOC_HEAD_ANY_RE.search(text, *window) is not None


def test_documents_still_speak() -> None:
    from newsthread.quotes._reported import document_speech

    text = "A new poll of likely voters released Monday shows Clinton leading by six points."
    found = document_speech(text, 0, len(text))
    assert found is not None and found[2].np.name == "poll"
    assert document_speech("The reporter shows Clinton leading by six points.", 0, 49) is None


@given(
    st.lists(
        st.sampled_from(
            [
                "According to",
                "according to",
                "ACCORDING TO",
                "accordingto",
                "Vale",
                ", ",
                " ",
                ".",
                "the plan",
                "ccording to",
                "\u0001",
            ]
        ),
        max_size=10,
    ).map("".join),
    _POS,
    _BACK,
)
def test_according_is_read_only_where_its_words_stand(text: str, lo: int, back: int) -> None:
    from newsthread.quotes._indirect import _ACCORDING_END_RE, _ACCORDING_START_RE, _according

    hi = len(text) - back
    if "ccording to" not in text[max(0, lo) : max(0, hi)]:
        assert _ACCORDING_START_RE.match(text, max(0, lo), hi) is None
        assert _ACCORDING_END_RE.search(text, max(0, lo), hi) is None
        assert _according(text, max(0, lo), hi) == []


def test_according_to_a_source_still_reports() -> None:
    from newsthread.quotes._indirect import _according

    text = "Sales fell sharply last year, according to the company."
    ((c0, c1, cue),) = _according(text, 0, len(text))
    assert text[c0:c1] == "Sales fell sharply last year" and cue.cue == "according to"
