"""Written dates in scripts and calendars the main pattern of ``_written_dates`` does not read.

Digits of other scripts (Persian "۱۳۹۹", Bengali "২০২১", Thai "๒๕๖๔") are read as ASCII ones;
month names written with vowel signs (Hindi "मार्च", Bengali "মার্চ", Thai "มีนาคม", which a
``[^\\W\\d_]`` run does not cover), the Thai Buddhist year (2564 = 2021), the Persian solar
year ("۲۴ اسفند ۱۳۹۹" = 14 March 2021), Japanese era years ("令和3年" = 2021), Taiwan's Minguo
years ("110年" = 2021) and Vietnamese "ngày 14 tháng 3 năm 2021" are read by
``script_dates``, tried only on a short text in one of those scripts where the main pattern
found no date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta

__all__ = ["ascii_digits", "script_dates"]

# Arabic-Indic, Persian, Devanagari, Bengali and Thai digits.
_DIGIT_BLOCKS = ("\u0660", "\u06f0", "\u0966", "\u09e6", "\u0e50")
_TO_ASCII = {ord(zero) + i: ord("0") + i for zero in _DIGIT_BLOCKS for i in range(10)}
_NATIVE_DIGIT = re.compile(
    "[" + "".join(f"{zero}-{chr(ord(zero) + 9)}" for zero in _DIGIT_BLOCKS) + "]"
)


def ascii_digits(text: str) -> str:
    """``text`` with the digits of other scripts as ASCII digits (the same length)."""
    if text.isascii() or _NATIVE_DIGIT.search(text) is None:
        return text
    return text.translate(_TO_ASCII)


def _names(*months: str) -> dict[str, int]:
    return {name: number for number, names in enumerate(months, start=1) for name in names.split()}


_THAI = _names(
    "มกราคม ม.ค.",
    "กุมภาพันธ์ ก.พ.",
    "มีนาคม มี.ค.",
    "เมษายน เม.ย.",
    "พฤษภาคม พ.ค.",
    "มิถุนายน มิ.ย.",
    "กรกฎาคม ก.ค.",
    "สิงหาคม ส.ค.",
    "กันยายน ก.ย.",
    "ตุลาคม ต.ค.",
    "พฤศจิกายน พ.ย.",
    "ธันวาคม ธ.ค.",
)
# Hindi (both spellings of the nasal) and Bengali month names of the Gregorian calendar.
_INDIC = _names(
    "जनवरी জানুয়ারি জানুয়ারী",
    "फरवरी फ़रवरी ফেব্রুয়ারি ফেব্রুয়ারী",
    "मार्च মার্চ",
    "अप्रैल এপ্রিল",
    "मई মে",
    "जून জুন",
    "जुलाई জুলাই",
    "अगस्त আগস্ট",
    "सितंबर सितम्बर সেপ্টেম্বর",
    "अक्टूबर অক্টোবর",
    "नवंबर नवम्बर নভেম্বর",
    "दिसंबर दिसम्बर ডিসেম্বর",
)
# The months of the Persian solar calendar.
_PERSIAN = _names(
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
)


def _alternatives(*tables: dict[str, int]) -> str:
    names = sorted((name for table in tables for name in table), key=len, reverse=True)
    return "|".join(re.escape(name) for name in names)


_SCRIPT_DATE = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})\s*(?P<m>{_alternatives(_THAI, _INDIC, _PERSIAN)}),?\s*"
    r"(?P<y>\d{4})(?!\d)"
    # Vietnamese: "ngày 14 tháng 3 năm 2021", "14 tháng 3, 2021"
    r"|(?<!\d)(?P<vd>\d{1,2})\s+tháng\s+(?P<vm>\d{1,2}),?\s+(?:năm\s+)?(?P<vy>\d{4})(?!\d)"
    # a Japanese era's year ("令和3年3月14日", "平成31年", the first year "元年") and Taiwan's
    # Minguo year ("民國110年3月14日", "110年3月14日": 1911 + 110)
    r"|(?P<era>令和|平成)\s?(?P<ey>\d{1,2}|元)\s?年\s?(?P<em>\d{1,2})\s?月\s?(?P<ed>\d{1,2})\s?日"
    # (bare, not after a letter or a digit: "創業100年3月14日" is a firm's 100th year)
    r"|(?:(?:民國|民国)\s?|(?<![\w]))(?P<my>1[01]\d)\s?年\s?(?P<mm>\d{1,2})\s?月\s?(?P<md>\d{1,2})\s?日",
    re.IGNORECASE,
)
# A letter of the scripts above, or Vietnamese "month": the pattern is tried only then.
_SCRIPTS = re.compile("[\u0600-\u06ff\u0900-\u09ff\u0e00-\u0e7f年]|tháng")

_BUDDHIST_ERA = 543


def script_dates(text: str) -> Iterator[tuple[datetime, int, int]]:
    """Each date of ``text`` (ASCII digits) written in the scripts and calendars above, with
    where it starts and ends."""
    if _SCRIPTS.search(text) is None:
        return
    for match in _SCRIPT_DATE.finditer(text):
        found = _match_date(match)
        if found is not None:
            yield found, match.start(), match.end()


# The year before each era's first (Reiwa 1 = 2019, Heisei 1 = 1989) and before Minguo 1.
_ERA_YEAR_ZERO = {"令和": 2018, "平成": 1988}
_MINGUO_YEAR_ZERO = 1911


def _match_date(match: re.Match[str]) -> datetime | None:
    if match.group("era") is not None:
        era_year = match.group("ey")
        year = _ERA_YEAR_ZERO[match.group("era")] + (1 if era_year == "元" else int(era_year))
        month, day = int(match.group("em")), int(match.group("ed"))
    elif match.group("my") is not None:
        year = _MINGUO_YEAR_ZERO + int(match.group("my"))
        month, day = int(match.group("mm")), int(match.group("md"))
    elif match.group("vy") is not None:
        year, month, day = (int(match.group(g)) for g in ("vy", "vm", "vd"))
    else:
        year, day, name = int(match.group("y")), int(match.group("d")), match.group("m")
        if name in _PERSIAN:
            return _from_persian(year, _PERSIAN[name], day)
        month = _THAI.get(name) or _INDIC[name]
        if name in _THAI and year > 2400:
            year -= _BUDDHIST_ERA
    if not 1990 <= year <= 2100:
        return None
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


# 1 Farvardin 1400 of the Persian solar calendar; its leap years follow the 33-year cycle's
# arithmetic rule, exact for the years read here (1369-1479 SH, 1990-2100).
_NOWRUZ_1400 = date(2021, 3, 21)
_PERSIAN_LEAP_REMAINDERS = frozenset({1, 5, 9, 13, 17, 22, 26, 30})


def _persian_year_days(year: int) -> int:
    return 366 if year % 33 in _PERSIAN_LEAP_REMAINDERS else 365


def _from_persian(year: int, month: int, day: int) -> datetime | None:
    """The Gregorian day of a Persian solar date, or None outside the years news is dated in."""
    if not 1369 <= year <= 1479 or not 1 <= day <= (31 if month <= 6 else 30):
        return None
    if month == 12 and day == 30 and _persian_year_days(year) == 365:
        return None
    if year >= 1400:
        offset = sum(_persian_year_days(y) for y in range(1400, year))
    else:
        offset = -sum(_persian_year_days(y) for y in range(year, 1400))
    offset += (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    found = _NOWRUZ_1400 + timedelta(days=offset + day - 1)
    return datetime(found.year, found.month, found.day)
