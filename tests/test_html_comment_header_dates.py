"""Dates written in a comment's header: the clock as written, seconds and half of the day kept."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsthread.html._dates import parse_visible_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 04, 2024, 07:30:02 PM", datetime(2024, 3, 4, 19, 30, 2)),
        ("Reply #1 on: March 04, 2024, 07:30:02 PM", datetime(2024, 3, 4, 19, 30, 2)),
        ("March 04, 2024, 07:30 PM", datetime(2024, 3, 4, 19, 30)),
        ("May 10, 2017 4:14:00 PM", datetime(2017, 5, 10, 16, 14)),
        ("March 4, 2024 at 12:05:59 am", datetime(2024, 3, 4, 0, 5, 59)),
        ("02.12.2022, 15:57:32", datetime(2022, 12, 2, 15, 57, 32)),
        ("4. März 2024 um 19:30:15 Uhr", datetime(2024, 3, 4, 19, 30, 15)),
        ("12.03.2024 10:15", datetime(2024, 3, 12, 10, 15)),
        ("Ann | 2 May 2024", datetime(2024, 5, 2)),
    ],
)
def test_a_header_date_keeps_its_clock(text: str, expected: datetime) -> None:
    assert parse_visible_date(text) == expected
