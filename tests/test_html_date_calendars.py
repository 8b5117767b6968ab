"""Written dates in other scripts and calendars (``html/_date_calendars``), the month names of
more languages, update labels and a url's year-and-month part (session 11's blind round)."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsthread.html import from_html
from newsthread.html._date_calendars import ascii_digits, script_dates
from newsthread.html._written_dates import date_in_text, date_in_url, written_dates


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Persian solar dates, Persian digits (Nowruz 1400 = 21 March 2021; 1399 is a leap year)
        ("۲۴ اسفند ۱۳۹۹ - ۰۹:۳۰", datetime(2021, 3, 14, 9, 30)),
        ("۱ فروردین ۱۴۰۰", datetime(2021, 3, 21)),  # noqa: RUF001
        ("۳۰ اسفند ۱۳۹۹", datetime(2021, 3, 20)),
        ("1 فروردین 1403", datetime(2024, 3, 20)),
        ("1 مهر 1402", datetime(2023, 9, 23)),
        # Thai months, the Buddhist year (2564 = 2021), Thai digits
        ("14 มี.ค. 2564 - 09:30 น.", datetime(2021, 3, 14, 9, 30)),
        ("๑๔ มีนาคม ๒๕๖๔", datetime(2021, 3, 14)),
        ("14 มีนาคม 2021", datetime(2021, 3, 14)),
        # Hindi and Bengali month names (vowel signs), Devanagari and Bengali digits
        ("प्रकाशित: 14 मार्च 2021, 09:30 AM IST", datetime(2021, 3, 14, 9, 30)),
        ("१४ सितम्बर २०२१", datetime(2021, 9, 14)),
        ("প্রকাশ: ১৪ মার্চ ২০২১", datetime(2021, 3, 14)),
        # Vietnamese
        ("Chủ nhật, ngày 14 tháng 3 năm 2021 09:30", datetime(2021, 3, 14, 9, 30)),
        ("14 tháng 3, 2021", datetime(2021, 3, 14)),
        # Arabic-Indic digits with an Arabic month name (the main pattern)
        ("١٤ مارس ٢٠٢١", datetime(2021, 3, 14)),
        # month names of Estonian, Malay, Swahili, Tagalog
        ("14. märts 2021, 09:30", datetime(2021, 3, 14, 9, 30)),
        ("Mac 14, 2021 @ 9:30am", datetime(2021, 3, 14, 9, 30)),
        ("Jumapili, Machi 14, 2021", datetime(2021, 3, 14)),
        ("Marso 14, 2021 - 9:30 AM", datetime(2021, 3, 14, 9, 30)),
        ("3 Ogos 2021", datetime(2021, 8, 3)),
        # Urdu month names; Japanese era years, Taiwan's Minguo years
        ("14 مارچ 2021", datetime(2021, 3, 14)),
        ("令和3年3月14日 9時30分", datetime(2021, 3, 14, 9, 30)),
        ("平成31年4月30日", datetime(2019, 4, 30)),
        ("令和元年5月1日", datetime(2019, 5, 1)),
        ("民國110年3月14日", datetime(2021, 3, 14)),
        ("110年3月14日", datetime(2021, 3, 14)),
        ("2021年3月14日", datetime(2021, 3, 14)),
    ],
)
def test_dates_written_in_other_scripts_and_calendars(text: str, day: datetime) -> None:
    assert date_in_text(text) == day


@pytest.mark.parametrize(
    "text",
    [
        "۳۰ اسفند ۱۴۰۰",  # 1400 is no leap year: no 30 Esfand
        "۲۴ اسفند",  # no year
        "14 มีนาคม",  # no year
        "14 มีนาคม 3564",  # no year of the news
        "32 tháng 3 năm 2021",
        "ngày 14 tháng 13 năm 2021",
        "Phiên bản 14 tháng",  # no year
        "۱۲۳۴۵۶",  # digits, no date
        "令和3年13月1日",  # no month 13
        "1110年3月14日",  # a year of no calendar read here
        "平成元年1月8日",  # (1989: before the years read)
        "創業100年3月14日に記念式典",  # (Review 11 R2.8) a firm's 100th year, no Minguo year
    ],
)
def test_what_is_no_date_in_those_scripts(text: str) -> None:
    assert date_in_text(text) is None


def test_digits_of_other_scripts_become_ascii_and_keep_the_length() -> None:
    assert ascii_digits("۱۳۹۹/٠٩ २०२१ ২০২১ ๒๕๖๔") == "1399/09 2021 2021 2564"
    assert ascii_digits("plain 2021") == "plain 2021"
    assert list(script_dates("14 มีนาคม 2564")) == [(datetime(2021, 3, 14), 0, 14)]
    assert list(script_dates("March 14, 2021")) == []  # (the main pattern's)


@pytest.mark.parametrize(
    ("text", "updated"),
    [
        ("Aktualizacja: 15 marca 2021, 10:00", True),
        ("Actualizat: 15.03.2021", True),
        ("अपडेटेड: 15 मार्च 2021", True),
        ("Opublikowano: 14 marca 2021", False),
    ],
)
def test_update_labels_in_more_languages(text: str, updated: bool) -> None:
    assert [labelled for _, labelled in written_dates(text)] == [updated]


def test_the_published_date_after_an_update_label_in_polish() -> None:
    text = "Aktualizacja: 15 marca 2021, 10:00 Opublikowano: 14 marca 2021, 9:30"
    assert date_in_text(text) == datetime(2021, 3, 14, 9, 30)


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://x.example/a/202103/14/WS604d8e1b.html", datetime(2021, 3, 14)),
        ("https://x.example/202103/14/", datetime(2021, 3, 14)),
        ("https://x.example/a/202113/14/x.html", None),  # no month 13
        ("https://x.example/a/202103/1415/x.html", None),  # an id after the month
    ],
)
def test_a_year_and_month_part_then_the_day_in_a_url(url: str, day: datetime | None) -> None:
    assert date_in_url(url) == day


def test_a_page_dated_only_in_persian_text() -> None:
    html = (
        '<html lang="fa" dir="rtl"><body><article><h1>افزایش قیمت بنزین تکذیب شد</h1>'
        '<span class="date">تاریخ انتشار: ۲۴ اسفند ۱۳۹۹ - ۰۹:۳۰</span>'
        "<p>سخنگوی وزارت نفت خبر افزایش قیمت بنزین در سال آینده را تکذیب کرد.</p>"
        "</article></body></html>"
    )
    published = from_html(html, quotes=False).published
    assert published is not None
    assert published.date().isoformat() == "2021-03-14"
