"""Written dates: the forms news pages write a day in, in several languages."""

from __future__ import annotations

from datetime import datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsthread.html._metadata import extract_metadata
from newsthread.html._written_dates import date_in_text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("1st March 2021", datetime(2021, 3, 1)),
        ("the 22nd of March, 2021", datetime(2021, 3, 22)),
        ("le 1er mars 2021", datetime(2021, 3, 1)),
        ("1º de março de 2021", datetime(2021, 3, 1)),
        ("01-Mar-2021", datetime(2021, 3, 1)),
        ("2021.03.01.", datetime(2021, 3, 1)),
        ("1 augusti 2021", datetime(2021, 8, 1)),
        ("1. syyskuuta 2021", datetime(2021, 9, 1)),
        ("15 \u062f\u064a\u0633\u0645\u0628\u0631 2021", datetime(2021, 12, 15)),
    ],
)
def test_written_day_forms(text: str, day: datetime) -> None:
    assert date_in_text(f"Published {text}") == day


def test_a_version_number_is_no_year_month_day() -> None:
    assert date_in_text("Version 2021.03.01.7") is None


def test_a_page_whose_only_date_is_written_in_its_text() -> None:
    page = (
        '<html lang="en-GB"><body><article><h1>Ferries resume</h1><p>By Jane Doe</p>'
        "<p>Monday 1st of March, 2021</p><p>Text of the story.</p></article></body></html>"
    )
    assert extract_metadata(LexborHTMLParser(page)).published == datetime(2021, 3, 1)
