# ruff: noqa: RUF001
"""The cue-word finder: the matches of ``CUE_RE``, found from the words a paragraph holds, and
the quiet-paragraph test (no cue word, "according to" nor document verb)."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsthread.quotes._clause import ACCORDING_RE
from newsthread.quotes._cues import (
    CUE_FORMS,
    CUE_RE,
    LONG_TEXT,
    SHORT_TEXT,
    _cue_starts,
    cue_words,
    first_cue_word,
    words_of,
)
from newsthread.quotes._reported import EVIDENCE_RE
from newsthread.quotes._signals import _SIGNAL_WORDS, signal_words


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def _found(text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
    """``cue_words`` by the split path (the text's words given, whatever its length) and by
    the default path (the pattern below ``SHORT_TEXT``): both give the same matches."""
    split = cue_words(text, pos, endpos, words_of(text))
    assert _spans(split) == _spans(cue_words(text, pos, endpos))
    return split


def test_cue_words_are_whole_lower_case_words_in_text_order() -> None:
    text = "Lee said, and says (“told”) she wrote:\u0001asked\nput it, as Vale puts it."
    assert [m.group() for m in _found(text)] == [
        "said",
        "says",
        "told",
        "wrote",
        "asked",
        "put it",
        "puts it",
    ]
    assert _spans(_found(text)) == _spans(CUE_RE.finditer(text))
    first = first_cue_word(text)
    assert first is not None
    assert first.span() == (4, 8)


def test_near_misses_are_no_cue_words() -> None:
    # inside a word, joined by a hyphen or an apostrophe, capitalised, a non-ASCII letter next
    # to it, a form that is no cue ("put" alone)
    for text in (
        "an essay unsaid",
        "self-said said-so",
        "Lee’said o'said",
        "Said SAID",
        "ésaid saidé",
        "put them down",
        "say_ _say says2",
    ):
        assert _found(text) == [], text
        assert first_cue_word(text) is None, text
        assert CUE_RE.search(text) is None, text


def test_a_cue_word_after_a_non_ascii_mark_or_before_an_apostrophe() -> None:
    text = "“said” —told… «asked» Lee says’ \ud800warned"
    assert [m.group() for m in _found(text)] == ["said", "told", "asked", "says", "warned"]
    assert _spans(_found(text)) == _spans(CUE_RE.finditer(text))


def test_the_start_position_is_finditers() -> None:
    text = "said it, said, and said"
    assert _spans(_found(text, 1)) == [(9, 13), (19, 23)] == _spans(CUE_RE.finditer(text, 1))
    assert _spans(_found(text, 9)) == [(9, 13), (19, 23)]
    # the look-behind still reads the character before the start: "xsaid" is no cue word
    assert _spans(_found("xsaid", 1)) == _spans(CUE_RE.finditer("xsaid", 1)) == []


_PIECES = [*sorted(CUE_FORMS)[:40], "said", "says", "put it", "puts it", "essay", "Said"]
_TEXTS = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.sampled_from(list(" -_'’.,\u0001\n“é1x\ud800"))),
    max_size=14,
).map("".join)


@given(_TEXTS, st.integers(min_value=0, max_value=60))
def test_same_matches_as_the_pattern(text: str, pos: int) -> None:
    assert _spans(_found(text, pos)) == _spans(CUE_RE.finditer(text, pos))
    searched = CUE_RE.search(text)
    for first in (first_cue_word(text), first_cue_word(text, words_of(text))):
        assert (first.span() if first else None) == (searched.span() if searched else None)
    first, searched = first_cue_word(text), CUE_RE.search(text)
    assert (first.span() if first else None) == (searched.span() if searched else None)


def test_one_candidate_per_occurrence_of_a_present_cue_form() -> None:
    # every "say" inside "essay" is a candidate the pattern rejects: one test each, linear
    for n in (1000, 2000, 4000):
        text = "essay " * n + "say"
        assert len(_cue_starts(text, 0, len(text), None)) == n + 1
        assert [m.group() for m in cue_words(text)] == ["say"]
    # no cue form among the words: no candidate, however often the letters occur
    assert _cue_starts("essay " * 4000, 0, 24000, None) == []


def test_the_first_cue_word_tries_each_occurrence_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsthread.quotes import _cues

    tried: list[int] = []

    class Counted:
        def match(self, text: str, pos: int, endpos: int = 1 << 62) -> re.Match[str] | None:
            tried.append(pos)
            return CUE_RE.match(text, pos, endpos)

        def search(self, text: str) -> re.Match[str] | None:
            raise AssertionError("the words were given: no scan by the pattern")

    monkeypatch.setattr(_cues, "CUE_RE", Counted())
    for n in (100, 200, 400):  # up to LONG_TEXT: longer texts are the pattern's
        tried.clear()
        text = "an essay " * n + "they say so, then said"
        first = first_cue_word(text, words_of(text))
        assert first is not None
        assert first.group() == "say"
        assert len(tried) == n + 1  # every "say" in "essay" once, then the word itself


def test_a_window_ends_where_finditer_would_end_it() -> None:
    text = "Lee said it; Vale saidx and told"
    # a word cut at the end of the window counts as a whole word, as in ``re``
    assert [m.group() for m in _found(text, 0, 22)] == ["said", "said"]
    assert _spans(_found(text, 0, 22)) == _spans(CUE_RE.finditer(text, 0, 22))
    assert _spans(_found(text, 5, 8)) == []  # "aid": not a cue word, the look-behind sees "s"
    # the cut word's prefix appears nowhere else whole: the text's own words lack it
    assert [m.group() for m in _found("Vale agreed", 0, 10)] == ["agree"]
    # negative and past-the-end bounds as ``re`` reads them
    assert _spans(_found(text, -4, 99)) == _spans(CUE_RE.finditer(text, -4, 99))
    assert _found(text, 20, -1) == []


@given(_TEXTS, st.integers(min_value=-3, max_value=60), st.integers(min_value=-3, max_value=60))
def test_same_matches_as_the_pattern_in_a_window(text: str, pos: int, endpos: int) -> None:
    assert _spans(_found(text, pos, endpos)) == _spans(CUE_RE.finditer(text, pos, endpos))


def test_a_paragraph_without_signal_words_is_quiet() -> None:
    assert signal_words("The plan failed on Monday, Ann Lee was away.") == frozenset()
    # near misses: inside other words, or no cue form at all
    assert signal_words("An essay unsaid, a showcase, the foundry, accordingly.") == frozenset()
    assert signal_words("Lee said so") == {b"said"}
    assert signal_words("Said Lee") == {b"said"}  # any case: the pattern then decides
    assert signal_words("Polls SHOW it, according to Vale") == {b"show", b"according"}
    # a case-blind "according" also matches a dotted or dotless capital I
    assert ACCORDING_RE.search("accord\u0130ng to Vale") is not None
    assert signal_words("accord\u0130ng to Vale") == {b"according"}
    assert signal_words("accord\u0131ng to Vale") == {b"according"}


@given(
    st.lists(
        st.one_of(
            st.sampled_from([*_PIECES, "according to", "ACCORDING TO", "shows", "found", "Found"]),
            st.sampled_from(list(" -_'’.,\u0001\n“é1x\u0130\u0131")),
        ),
        max_size=14,
    ).map("".join)
)
def test_no_signal_words_means_no_match_of_the_three_patterns(text: str) -> None:
    if not signal_words(text):
        assert CUE_RE.search(text) is None
        assert ACCORDING_RE.search(text) is None
        assert EVIDENCE_RE.search(text) is None
    first, searched = first_cue_word(text, signal_words(text)), CUE_RE.search(text)
    assert (first.span() if first else None) == (searched.span() if searched else None)


def test_a_long_text_is_scanned_by_the_patterns_with_the_same_matches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsthread.quotes import _cues

    calls: list[int] = []
    real = _cues.words_of

    def counted(text: str) -> list[bytes]:
        calls.append(len(text))
        return real(text)

    monkeypatch.setattr(_cues, "words_of", counted)
    monkeypatch.setattr("newsthread.quotes._signals.words_of", counted)
    unit = "an essay; Lee said it, “says” Vale-told. "  # 41 characters
    for n in (LONG_TEXT - 1, LONG_TEXT, LONG_TEXT + 1):
        text = (unit * (n // len(unit) + 1))[:n]
        calls.clear()
        assert _spans(cue_words(text)) == _spans(CUE_RE.finditer(text))
        assert _spans(cue_words(text, 5, n - 3)) == _spans(CUE_RE.finditer(text, 5, n - 3))
        first, searched = first_cue_word(text, signal_words(text)), CUE_RE.search(text)
        assert first is not None and searched is not None and first.span() == searched.span()
        # up to the cut-over the words are split; past it never (the patterns scan in C)
        assert (max(calls, default=0) == n) is (n <= LONG_TEXT)
        assert all(c <= LONG_TEXT for c in calls)
    long = unit * 1000
    window = 4 * len(unit)
    assert window >= SHORT_TEXT
    assert signal_words(long) == _SIGNAL_WORDS  # not split: every pattern decides
    # a window of a long text is split on its own
    calls.clear()
    assert [m.group() for m in cue_words(long, 0, window)] == ["said", "says"] * 4
    assert calls == [window]
    # a short window is scanned by the pattern
    calls.clear()
    assert [m.group() for m in cue_words(long, 0, 41)] == ["said", "says"]
    assert calls == []
