"""Publication dates from the page's address: the date forms a url path carries."""

from __future__ import annotations

from datetime import datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsthread.html._metadata import extract_metadata
from newsthread.html._written_dates import date_in_url


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example/2019/12/31/a-story/", datetime(2019, 12, 31)),
        ("https://news.example/2019-12-31-a-story", datetime(2019, 12, 31)),
        ("https://news.example/detail/20200102/1000200033.html", datetime(2020, 1, 2)),
        ("https://news.example/Meldung/2022/20220124-foerderung.html", datetime(2022, 1, 24)),
        ("https://news.example/meldungen/29-10-2021", datetime(2021, 10, 29)),
        ("https://news.example/artikel/bericht_vom_22.04.2020_worauf", datetime(2020, 4, 22)),
        ("https://news.example/newsroom/03-01-2022-wierer/17.html", datetime(2022, 1, 3)),
        ("https://news.example/p/04-29-2021", datetime(2021, 4, 29)),
    ],
)
def test_the_date_forms_of_a_url_path(url: str, day: datetime) -> None:
    assert date_in_url(url) == day


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example/id/120191231",
        "https://news.example/a;jsessionid=20191231",
        "https://news.example/article/201913450/",
        "https://news.example/32-13-2021",
        "https://news.example/story?date=2021-10-29",
        "https://news.example/30-11-buch-der-woche",
    ],
)
def test_numbers_that_are_not_a_date(url: str) -> None:
    assert date_in_url(url) is None


def test_a_day_first_url_dates_a_page_that_shows_no_date() -> None:
    doc = LexborHTMLParser("<html><body><h1>Erfolgsgeschichte</h1><p>Text</p></body></html>")
    meta = extract_metadata(doc, url="https://ring.example/media-news/meldungen/29-10-2021")
    assert meta.published == datetime(2021, 10, 29)
