"""The time of day written next to a date: after it or before it, in several languages and in
the article's date readers and the comments' alike."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsthread.html._dates import parse_visible_date
from newsthread.html._written_dates import date_in_text, parse_date

_FORMS = [
    # the hour alone, with a.m./p.m.
    ("May 2, 2024, 11 a.m.", datetime(2024, 5, 2, 11, 0)),
    ("May 2, 2024 at 11am", datetime(2024, 5, 2, 11, 0)),
    ("May 2, 2024 11 PM", datetime(2024, 5, 2, 23, 0)),
    ("May 2, 2024 12:30 a.m.", datetime(2024, 5, 2, 0, 30)),
    ("May 2, 2024 / 9:30 PM EDT", datetime(2024, 5, 2, 21, 30)),
    # French hours: "9 h 30", "9 h 30 min", "9h30", "17 h 05", "9h"
    ("le 2 mai 2024 à 9 h 30", datetime(2024, 5, 2, 9, 30)),
    ("2 mai 2024 à 9 h 30 min", datetime(2024, 5, 2, 9, 30)),
    ("2 mai 2024 à 9h30", datetime(2024, 5, 2, 9, 30)),
    ("2 mai 2024 à 17 h 05", datetime(2024, 5, 2, 17, 5)),
    ("2 mai 2024, 9h", datetime(2024, 5, 2, 9, 0)),
    # other languages' words between the date and the time
    ("2 de mayo de 2024 a las 9:30", datetime(2024, 5, 2, 9, 30)),
    ("2. Mai 2024 um 9:30 Uhr", datetime(2024, 5, 2, 9, 30)),
    ("2. Mai 2024 um 9 Uhr", datetime(2024, 5, 2, 9, 0)),
    ("2 maggio 2024 alle 9:30", datetime(2024, 5, 2, 9, 30)),
    ("2 maggio 2024 alle ore 9.30", datetime(2024, 5, 2, 9, 30)),
    ("2 de maio de 2024 às 9h30", datetime(2024, 5, 2, 9, 30)),
    # words for twelve o'clock
    ("May 2, 2024 at noon", datetime(2024, 5, 2, 12, 0)),
    ("May 2, 2024, midnight", datetime(2024, 5, 2, 0, 0)),
    ("2 mai 2024 à midi", datetime(2024, 5, 2, 12, 0)),
    ("2 de mayo de 2024 a mediodía", datetime(2024, 5, 2, 12, 0)),
    ("2 maggio 2024 a mezzanotte", datetime(2024, 5, 2, 0, 0)),
    # the time before the date
    ("at 9:30 AM on May 2, 2024", datetime(2024, 5, 2, 9, 30)),
    ("9:30 a.m. May 2, 2024", datetime(2024, 5, 2, 9, 30)),
    ("11 a.m. on May 2, 2024", datetime(2024, 5, 2, 11, 0)),
    ("8:00 PM EDT, Thu May 2, 2024", datetime(2024, 5, 2, 20, 0)),
    ("10:45 02.05.2024", datetime(2024, 5, 2, 10, 45)),
    ("noon May 2, 2024", datetime(2024, 5, 2, 12, 0)),
]


@pytest.mark.parametrize(("text", "when"), _FORMS)
def test_the_article_reader_keeps_the_written_time(text: str, when: datetime) -> None:
    assert date_in_text(text) == when


@pytest.mark.parametrize(("text", "when"), _FORMS)
def test_the_comment_reader_keeps_the_written_time(text: str, when: datetime) -> None:
    assert parse_visible_date(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("2. Mai 2024 um 9:30 Uhr", datetime(2024, 5, 2, 9, 30)),
        ("le 2 mai 2024 à 9 h 30", datetime(2024, 5, 2, 9, 30)),
        ("2 de maio de 2024 às 9h30", datetime(2024, 5, 2, 9, 30)),
        ("10:45 02.05.2024", datetime(2024, 5, 2, 10, 45)),
        ("May 2, 2024, 11 a.m.", datetime(2024, 5, 2, 11, 0)),
    ],
)
def test_an_attribute_value_with_a_foreign_month_or_a_time_keeps_both(
    text: str, when: datetime
) -> None:
    assert parse_date(text) == when


def test_a_year_dateutil_did_not_read_is_not_the_defaults() -> None:
    # dateutil once gave 2000-01-02: the year went to no field
    assert parse_date("2 de mayo de 2024 a las 9:30") == datetime(2024, 5, 2, 9, 30)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # German "am" ("on") after a name ending in a digit is no "1 a.m."
        ("Marianne1 am 20.09.2020", datetime(2020, 9, 20)),
        # ... and after a time it leaves the time standing
        ("9:30 am 20.09.2020", datetime(2020, 9, 20, 9, 30)),
        # a sentence ends between the time and the date
        ("The office opens at 9:30. May 2, 2024", datetime(2024, 5, 2)),
        # a count after the date is no hour
        ("2 mai 2024, 3 personnes", datetime(2024, 5, 2)),
        ("May 2, 2024, 12 people", datetime(2024, 5, 2)),
        # "13:30 pm" is no time
        ("May 2, 2024 13:30 pm", datetime(2024, 5, 2)),
    ],
)
def test_numbers_that_are_no_time_leave_the_day_at_midnight(text: str, when: datetime) -> None:
    assert date_in_text(text) == when


def test_an_update_label_before_a_time_before_the_date_still_marks_the_update() -> None:
    text = "Updated 8:00 PM EDT, Thu May 2, 2024 | Published 9:00 AM on May 1, 2024"
    assert date_in_text(text) == datetime(2024, 5, 1, 9, 0)
