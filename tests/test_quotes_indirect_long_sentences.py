"""Reported speech in one long sentence (a list of words, a tag cloud, an unpunctuated
comment): the work per cue word stays bounded, so the whole scan is linear."""

import re
from bisect import bisect_right

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsthread.quotes import _indirect, _reported, _signals, find_quotes
from newsthread.quotes._reported import _ASKED_BEFORE_RE
from newsthread.quotes._signals import asked_before, quote_mark_runs


def test_asked_opens_a_question_after_a_comma_a_time_word_or_the_start() -> None:
    for text, expected in (
        ("When asked", True),
        ("Lee, asked", True),
        ("Lee,   \n asked", True),
        ("after being asked", True),
        ("Upon  being\u00a0asked", True),
        ("asked", True),  # the start of the text
        ("   asked", True),
        ("Lee asked", False),
        ("Whenever asked", False),
        ("awhen asked", False),
        ("when xbeing asked", False),
        ("when beingasked", True),  # "asked" right after "being": the regex's reading too
    ):
        end = text.rindex("asked")
        assert asked_before(text, 0, end) is expected, text
        assert (_ASKED_BEFORE_RE.search(text, 0, end) is not None) is expected, text
    # "^" is the start of the text, not of the sentence
    assert asked_before("Lee left. asked", 10, 10) is False


@given(
    st.lists(
        st.sampled_from(
            [
                "When",
                "after",
                "If",
                "once",
                "being",
                "Upon",
                " ",
                "\n",
                "\u00a0",
                ",",
                "x",
                "_",
                "é",
            ]
        ),
        max_size=8,
    ).map("".join),
    st.integers(min_value=-2, max_value=40),
    st.integers(min_value=-2, max_value=40),
)
def test_asked_before_reads_as_the_pattern(text: str, lo: int, end: int) -> None:
    assert asked_before(text, lo, end) is (_ASKED_BEFORE_RE.search(text, lo, end) is not None)


def test_quote_marks_and_masked_quotes_of_a_sentence() -> None:
    text = "a “b” \u0001\u0001 c « d"
    assert quote_mark_runs(text, 0, len(text)) == ([2, 4, 6, 11], [3, 5, 8, 12])
    assert quote_mark_runs(text, 3, 7) == ([4, 6], [5, 7])


@given(
    st.lists(st.sampled_from(["a", " ", "\u0001", "“", '"', "x"]), max_size=12).map("".join),
    st.integers(min_value=0, max_value=12),
    st.integers(min_value=1, max_value=12),
)
def test_a_cue_clause_holds_a_mark_as_the_scans_said(text: str, lo: int, width: int) -> None:
    # the bisection over the runs answers what find(MASK) and has_quote_mark answered, for
    # a clause of at least one character (find_indirect's have twelve)
    hi = lo + width
    starts, ends = quote_mark_runs(text, 0, len(text))
    at = bisect_right(ends, lo)
    found = at < len(ends) and starts[at] < hi
    assert found is (text.find("\u0001", lo, hi) >= 0 or _reported.has_quote_mark(text, lo, hi))


@pytest.mark.parametrize("unit", ["said, says, told, asked, ", "and who says that "])
def test_one_long_sentence_is_scanned_linearly(unit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    scanned: list[int] = []
    real = quote_mark_runs

    def counted(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
        scanned.append(end - start)
        return real(text, start, end)

    monkeypatch.setattr(_indirect, "quote_mark_runs", counted)
    searched: list[int] = []
    word_re = _signals._ASKED_WORD_RE

    class Counted:
        def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
            searched.append(endpos - pos)
            return word_re.search(text, pos, endpos)

    monkeypatch.setattr(_signals, "_ASKED_WORD_RE", Counted())
    for n in (1000, 2000, 4000):
        scanned.clear()
        searched.clear()
        text = unit * n
        assert find_quotes(text) == []
        # the sentence's quote marks are looked for once, not once per cue word
        assert len(scanned) <= 1
        assert sum(scanned) <= len(text)
        # "asked" reads the few characters before it, never back to the sentence start
        assert all(width <= 6 for width in searched)
        assert len(searched) <= n
