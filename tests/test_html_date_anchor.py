"""Every written date holds a year or a "d.m.yy" (``DATE_ANCHOR``): a text without one has no
date, so the date search may skip it."""

from __future__ import annotations

import re
from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from newsthread.html._written_dates import _DATE_FORMS, _TEXT_DATES, DATE_ANCHOR, date_in_text

_PIECES = st.sampled_from(
    [
        "19",
        "20",
        "0",
        "1",
        "2",
        "3",
        "9",
        ".",
        ". ",
        "/",
        "-",
        "|",
        " | ",
        " ",
        "年",
        "월",
        "de ",
        "Mai",
        "may",
        "June",
        "janv.",
        "2019",
        "23.09.",
        "st",
        ",",
    ]
)


@given(st.lists(_PIECES, max_size=30).map("".join))
def test_a_text_without_an_anchor_has_no_written_date(text: str) -> None:
    if DATE_ANCHOR.search(text) is None:
        assert _TEXT_DATES.search(text) is None


def test_short_texts_with_and_without_a_year() -> None:
    assert date_in_text("Posted by the editors, page 12 of 31") is None
    assert date_in_text("Posted 3. Mai 2019") == datetime(2019, 5, 3)
    assert date_in_text("am 23.09.22 um 10:00") == datetime(2022, 9, 23, 10, 0)


# The anchor as first written; ``DATE_ANCHOR`` opens with a digit so that re skips to digits.
_PLAIN_ANCHOR = re.compile(r"(?:19|20)\d\d|\d(?:\.\d{1,2}\.|-\d\d-)\d\d")


# (digits of other scripts too: ``\d`` takes them, "19" and "20" are ASCII)
_ANCHOR_PIECES = st.one_of(_PIECES, st.sampled_from(["\u0661\u0669", "\u0662", "\uff11", "12"]))


@given(st.lists(_ANCHOR_PIECES, max_size=30).map("".join), st.integers(0, 40))
def test_the_anchor_finds_what_its_plain_form_finds(text: str, pos: int) -> None:
    assert [m.span() for m in DATE_ANCHOR.finditer(text)] == [
        m.span() for m in _PLAIN_ANCHOR.finditer(text)
    ]
    found, plain = DATE_ANCHOR.search(text, pos), _PLAIN_ANCHOR.search(text, pos)
    assert (found and found.span()) == (plain and plain.span())


# Pieces of text for every form of written date: month names, words, digits, separators.
_FORM_PIECES = st.one_of(
    _PIECES,
    st.sampled_from(
        [
            "March",
            "March 3, 2021",
            "Mär. 12 2019",
            "abcdefghijklmn 3, 2019",
            "septiembre",
            "Mär.",
            "júna",
            "x",
            "ab",
            "abcdefghijklmn",
            "_",
            "\t",
            "\n",
            "of ",
            "1er ",
            "26 | 01 | 2022",
            "2019. június 24.",
            "2019년 6월 24일",
            "\u0661\u0662",
        ]
    ),
)


@given(st.lists(_FORM_PIECES, max_size=25).map("".join), st.integers(0, 30), st.integers(0, 80))
def test_the_forms_opening_looked_at_first_changes_no_match(
    text: str, pos: int, endpos: int
) -> None:
    plain = re.compile(_DATE_FORMS)
    assert [(m.span(), m.groupdict()) for m in _TEXT_DATES.finditer(text)] == [
        (m.span(), m.groupdict()) for m in plain.finditer(text)
    ]
    found, expected = _TEXT_DATES.search(text, pos, endpos), plain.search(text, pos, endpos)
    assert (found and (found.span(), found.groupdict())) == (
        expected and (expected.span(), expected.groupdict())
    )
