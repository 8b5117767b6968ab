"""Every written date holds a year or a "d.m.yy" (``DATE_ANCHOR``): a text without one has no
date, so the date search may skip it."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from newsthread.html._written_dates import _TEXT_DATES, DATE_ANCHOR, date_in_text

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
