"""One page's metadata reads each text's written dates once: readers that ask the same text
again (the window by the heading, the page's own text) get the same dates in the same order,
whether the reading before them stopped early or not."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from itertools import islice

import pytest

import newsthread.html._written_dates as written
from newsthread.html._date_order import date_order
from newsthread.html._written_dates import dates_read_once, days_in_text, written_dates

TEXT = (
    "Published 3 May 2021, 10:15. Updated 5 May 2021 | 12.06.2021 - Berlin. "
    "Then 02/03/2020 and 7 July 2019."
)


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    matches = written._date_matches

    def counted(text: str) -> Iterator[re.Match[str]]:
        calls.append(text)
        return matches(text)

    monkeypatch.setattr(written, "_date_matches", counted)
    return calls


def test_the_same_dates_as_a_plain_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = list(written_dates(TEXT))
    assert len(plain) == 5
    calls = _counted(monkeypatch)
    with dates_read_once():
        first = list(islice(written_dates(TEXT), 2))  # a reader that stops at the second
        again = list(written_dates(TEXT))
        days = days_in_text(TEXT)
        third = list(written_dates(TEXT))
    assert first == plain[:2]
    assert again == third == plain
    assert days == {found.date() for found, _ in plain}
    assert calls == [TEXT]  # read once


def test_readers_in_turn_share_one_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counted(monkeypatch)
    with dates_read_once():
        one, two = written_dates(TEXT), written_dates(TEXT)
        pairs = list(zip(one, two, strict=True))
    assert [a for a, _ in pairs] == [b for _, b in pairs] == list(written_dates(TEXT))
    assert calls == [TEXT, TEXT]  # the last reading is outside the block: read anew


def test_each_date_order_read_apart() -> None:
    text = "Stand: 02/03/2020"
    with dates_read_once():
        with date_order(False):
            day_first = list(written_dates(text))
        with date_order(True):
            month_first = list(written_dates(text))
    assert day_first[0][0] == datetime(2020, 3, 2)
    assert month_first[0][0] == datetime(2020, 2, 3)


def test_outside_the_block_nothing_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counted(monkeypatch)
    list(written_dates(TEXT))
    list(written_dates(TEXT))
    assert calls == [TEXT, TEXT]
    assert written._READ.get() is None


def test_an_error_meets_every_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str) -> Iterator[re.Match[str]]:
        raise ValueError("no dates here")
        yield  # pragma: no cover

    monkeypatch.setattr(written, "_date_matches", broken)
    with dates_read_once():
        for _ in range(2):
            with pytest.raises(ValueError, match="no dates here"):
                list(written_dates(TEXT))


def test_a_value_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    parse = written._parse_date

    def counted(value: object) -> datetime | None:
        calls.append(value)
        return parse(value)

    monkeypatch.setattr(written, "_parse_date", counted)
    with dates_read_once():
        with date_order(False):
            day_first = [written.parse_date("02/03/2020") for _ in range(3)]
        with date_order(True):
            month_first = written.parse_date("02/03/2020")
        assert written.parse_date("no date") is None
        assert written.parse_date("no date") is None
        assert written.parse_date(1_600_000_000) == written.parse_date(1_600_000_000)
    assert day_first == [datetime(2020, 3, 2)] * 3
    assert month_first == datetime(2020, 2, 3)
    # each text and order once; a number (not kept) each time
    assert calls == ["02/03/2020", "02/03/2020", "no date", 1_600_000_000, 1_600_000_000]


def test_a_text_asked_again_while_it_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # A reading that asks the same text on its way is given a reading of its own.
    matches = written._date_matches
    inner: list[list[tuple[datetime, bool]]] = []
    asked: list[str] = []

    def asking(text: str) -> Iterator[re.Match[str]]:
        if not asked:
            asked.append(text)
            inner.append(list(written_dates(text)))
        return matches(text)

    monkeypatch.setattr(written, "_date_matches", asking)
    with dates_read_once():
        outer = list(written_dates(TEXT))
    assert outer == inner[0]
    assert len(outer) == 5
