# ruff: noqa: RUF001
"""The whole-paragraph scans under quote finding: sentence ends and capitalised name runs."""

from hypothesis import given
from hypothesis import strategies as st

from newsthread.quotes import find_quotes
from newsthread.quotes._clause import sentence_ends


def test_sentence_ends_after_the_punctuation_and_its_closing_marks() -> None:
    assert sentence_ends("He left. She stayed!  Why? \n") == [8, 20, 28]
    # a run of punctuation ends once; a closing mark or bracket goes with it ("No." is the
    # abbreviation of "number")
    assert sentence_ends("Wait... what?! “No.” (Yes.) 3 men.") == [14, 27, 34]


def test_abbreviations_and_initials_end_no_sentence() -> None:
    text = "Sen. Ann Vale, R-S.C. said so. J.J. MacNab spoke."
    assert sentence_ends(text) == [30, 49]


def test_a_stop_before_a_lower_case_word_or_a_masked_quote_ends_nothing() -> None:
    assert sentence_ends("a.b. c.. d") == []
    assert sentence_ends("It ended.”\u0001\u0001 Then.   ") == [21]


def test_name_runs_start_at_a_word_and_take_particles_and_joiners() -> None:
    from newsthread.quotes._mentions import _NAME_RUN_RE

    text = "Then Bill de Blasio met van Dyke's aide, McDonald-Lee, and Bank of America. xAnn"
    assert _NAME_RUN_RE.findall(text) == [
        "Then Bill de Blasio",
        "van ",  # a particle opening a run takes its space: the next name is a run of its own
        "Dyke's",
        "McDonald-Lee",
        "Bank of America.",
    ]
    # no run starts inside a word or after an apostrophe; "la" joins a run only before a space
    assert _NAME_RUN_RE.findall("O'Neil’Ann la Paz lax Vale") == ["O'Neil’Ann la Paz", "Vale"]


def test_according_to_in_any_case_as_a_whole_word_only() -> None:
    from newsthread.quotes._clause import ACCORDING_RE

    text = "According to Vale, ACCORDING TO\tLee, reaccording to X, according tox, _according to Y"
    assert [m.group() for m in ACCORDING_RE.finditer(text)] == ["According to ", "ACCORDING TO\t"]
    # the word start is read before the search window, as a look-behind reads it
    assert ACCORDING_RE.search("xaccording to Vale", 1) is None
    found = ACCORDING_RE.search("(according to Vale", 1)
    assert found is not None and found.start() == 1


def test_a_long_run_of_stops_ends_one_sentence() -> None:
    assert sentence_ends("." * 30_000 + " Next") == [30_000]


def test_many_unnamed_spokesmen_are_found_in_linear_time() -> None:
    # each "One Clinton spokesman" is a role-only speaker: merging them with named holders
    # and looking for "the <role>" were once done per speaker, quadratic in the text
    text = "One Clinton spokesman said “We need the bridge now.” " * 4000
    quotes = find_quotes(text)
    assert len(quotes) == 4000
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "One Clinton spokesman"


def _reference_sentence_ends(masked: str) -> list[int]:
    """:func:`sentence_ends` as first written: the word before a stop searched for."""
    import re

    from newsthread.quotes._clause import _INITIALS_RE, _SENT_END_RE, ABBREV

    word_before = re.compile(r"(?:[^\W_]|\.){0,12}\Z")
    out: list[int] = []
    for m in _SENT_END_RE.finditer(masked):
        i = m.start()
        if masked[i] == ".":
            wm = word_before.search(masked, max(0, i - 12), i)
            word = wm.group().lower() if wm is not None else ""
            if (
                word in ABBREV
                or (len(word) == 1 and word.isalpha())
                or (
                    _INITIALS_RE.match(word)
                    and masked[m.end() : m.end() + 3].lstrip()[:1].isalpha()
                )
            ):
                continue
        out.append(m.end())
    return out


_PIECES = ["Sen", "sen", "U.S", "u.s", "J.J", "Mr", "No", "x", "A", "1", "word", "seven", "éa",
           "_a", "Dec", ". ", ".", "!", "? ", " ", "  ", "\u0001", "”", ")", "Then", "3 men", "\n",
           "a.b"]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=24).map("".join))
def test_sentence_ends_are_the_reference_ends(masked: str) -> None:
    assert sentence_ends(masked) == _reference_sentence_ends(masked)


_MARK_PIECES = ["“", "”", '"', "„", "«", "»", "''", "``", "‘", "’", "‘‘", "’’", "It", " was ",
                "done", ",", ".", " ", "\n", "Ann's", "x"]  # fmt: skip


@given(st.lists(st.sampled_from(_MARK_PIECES), max_size=16).map("".join))
def test_quote_marks_pair_as_when_every_paragraph_is_scanned(text: str) -> None:
    # a paragraph without a double mark skips the pattern's scan: with the test made to pass
    # every paragraph (a space, a letter among the marks it looks for), the spans are the same
    from newsthread.quotes import _marks

    skipped = _marks.pair_marks(text)
    saved = _marks._DOUBLE_MARKS
    _marks._DOUBLE_MARKS = saved + " \nxIt,.dnoewas’‘`'"
    try:
        assert _marks.pair_marks(text) == skipped
    finally:
        _marks._DOUBLE_MARKS = saved


def test_sentence_ends_without_and_with_other_end_marks() -> None:
    # only full stops: found by substring; with "!" or "?" too: by the pattern
    assert sentence_ends("Sen. Vale left. U.S. troops stayed... Then.") == [15, 37, 43]
    assert sentence_ends("Sen. Vale left! U.S. troops stayed... Then?") == [15, 37, 43]
    assert sentence_ends("version 3.11 is out. See python.org. Done") == [20, 36]
