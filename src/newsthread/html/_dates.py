"""Comment dates: machine-readable attributes first, then the visible text through dateutil."""

from __future__ import annotations

import re
import warnings
from datetime import UTC, datetime, timedelta, timezone

from dateutil import parser as _dp

from newsthread._validate import valid_datetime
from newsthread.html._date_clock import time_after, time_before
from newsthread.html._date_order import MONTH_FIRST

__all__ = ["MONTH_NAMES", "MONTH_NUMBERS", "parse_machine_date", "parse_visible_date"]

_UNIX = re.compile(r"^\d{9,13}$")
_HAS_YEAR = re.compile(
    r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)|'\d\d\b"
)
_DMY = re.compile(r"(?<!\d)\d{1,2}\.\s*\d{1,2}\.\s*\d{2,4}")

# Month names of the languages the dev pages carry; dateutil only knows English.
MONTH_NAMES = {
    "januar": "January", "jänner": "January", "janvier": "January", "enero": "January",
    "gennaio": "January", "stycznia": "January", "január": "January", "janeiro": "January",
    "februar": "February", "février": "February", "fevrier": "February", "febrero": "February",
    "febbraio": "February", "lutego": "February", "február": "February", "fevereiro": "February",
    "märz": "March", "maerz": "March", "mars": "March", "marzo": "March", "marca": "March",
    "március": "March", "março": "March",
    "avril": "April", "abril": "April", "aprile": "April", "kwietnia": "April", "április": "April",
    "mai": "May", "mayo": "May", "maggio": "May", "maja": "May", "május": "May", "maio": "May",
    "juni": "June", "juin": "June", "junio": "June", "giugno": "June", "czerwca": "June",
    "június": "June", "junho": "June",
    "juli": "July", "juillet": "July", "julio": "July", "luglio": "July", "lipca": "July",
    "július": "July", "julho": "July",
    "august": "August", "août": "August", "aout": "August", "agosto": "August",
    "sierpnia": "August", "augusztus": "August",
    "september": "September", "septembre": "September", "septiembre": "September",
    "settembre": "September", "września": "September", "szeptember": "September",
    "setembro": "September",
    "oktober": "October", "octobre": "October", "octubre": "October", "ottobre": "October",
    "października": "October", "október": "October", "outubro": "October",
    "november": "November", "novembre": "November", "noviembre": "November",
    "listopada": "November", "novembro": "November",
    "dezember": "December", "décembre": "December", "decembre": "December",
    "diciembre": "December", "dicembre": "December", "grudnia": "December",
    "december": "December", "dezembro": "December",
}  # fmt: skip
_MONTH_RE = re.compile(r"\b(" + "|".join(sorted(MONTH_NAMES, key=len, reverse=True)) + r")\b", re.I)
# Words between date and time that confuse dateutil's fuzzy mode.
_NOISE = re.compile(r"\b(um|uhr|à|a las|alle|o|de|del|le|den|h)\b\.?|\bam\s+(?=\d)", re.I)
_DEFAULT = datetime(1, 1, 1)


_ISO = re.compile(
    r"^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?\s*(Z|UTC|[+-]\d\d:?\d\d)?)?(?![\d:])"
)


def _fast_iso(value: str) -> datetime | None:
    m = _ISO.match(value)
    if m is None:
        return None
    y, mo, d, h, mi, sec, zone = m.groups()
    tz = None
    if zone in ("Z", "UTC"):
        tz = UTC
    elif zone:
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        offset = sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        if abs(offset) >= timedelta(hours=24):
            return None  # no such offset: not a date
        tz = timezone(offset)
    try:
        return datetime(
            int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(sec or 0), tzinfo=tz
        )
    except ValueError:
        return None


def parse_machine_date(value: str) -> datetime | None:
    """An ISO 8601 date or a unix timestamp from an attribute (``datetime``, ``pubdate``, ``title``)."""
    value = value.strip()
    if not value:
        return None
    fast = _fast_iso(value)
    if fast is not None:
        return fast
    first = value.split()[0] if " " in value and "T" in value.split()[0] else value
    if _UNIX.match(first):
        stamp = int(first)
        if stamp > 10**11:
            stamp //= 1000
        try:
            return datetime.fromtimestamp(stamp, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if not first[:4].isdigit():
        return None
    try:
        return datetime.fromisoformat(
            first.replace("Z", "+00:00") if first.endswith("Z") else first
        )
    except ValueError:
        pass
    try:
        return valid_datetime(_dp.isoparse(first))
    except (ValueError, OverflowError):
        pass
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", _dp.UnknownTimezoneWarning)
            return valid_datetime(
                _dp.parse(value.rstrip("Z") + (" UTC" if value.endswith("Z") else ""))
            )
    except (ValueError, OverflowError):
        return None


def parse_visible_date(text: str) -> datetime | None:
    """A date in the visible text of a comment header; None unless it names a year."""
    text = " ".join(text.split())
    if "|" in text:
        # "( name | date )" headers: a digit in the name confuses dateutil.
        for part in text.strip("() ").split("|"):
            got = _parse_one(part)
            if got is not None:
                return got
        return None
    return _parse_one(text)


_EN_DATE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(\d{1,2}),?\s+(\d{4})(?:\D{1,6}?(\d{1,2}):(\d\d)(?::(\d\d))?\s*([ap]\.?m\.?)?)?",
    re.I,
)
_DMY_DATE = re.compile(
    r"(?<!\d)(\d{1,2})(?:\.\s*(\d{1,2})\.|\.?\s*(?:de\s+)?(January|February|March|April|May|June|"
    r"July|August|September|October|November|December))\s*(?:de\s+)?(\d{4})"
    r"(?:\D{1,8}?(\d{1,2}):(\d\d)(?::(\d\d))?)?",
    re.I,
)
MONTH_NUMBERS = {
    m: i + 1
    for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december"]
    )
}  # fmt: skip


def _fast_visible(text: str) -> datetime | None:
    m = _EN_DATE.search(text)
    try:
        if m is not None:
            month, day, year, hour, minute, second, half = m.groups()
            h = int(hour or 0)
            if half and h < 12 and half.lower().startswith("p"):
                h += 12
            elif half and h == 12 and half.lower().startswith("a"):
                h = 0
            month_number = MONTH_NUMBERS[month.lower()]
            found = datetime(
                int(year), month_number, int(day), h, int(minute or 0), int(second or 0)
            )
            return found if hour else _with_clock(found, text, m.start(), m.end(3))
        m = _DMY_DATE.search(text)
        if m is not None:
            day, month_num, month_name, year, hour, minute, second = m.groups()
            month = int(month_num) if month_num else MONTH_NUMBERS[month_name.lower()]
            clock = int(hour or 0), int(minute or 0), int(second or 0)
            found = datetime(int(year), month, int(day), *clock)
            return found if hour else _with_clock(found, text, m.start(), m.end(4))
    except ValueError:
        return None
    return None


def _with_clock(day: datetime, text: str, start: int, end: int) -> datetime:
    """``day`` at the time written after the date ("11 a.m.", "9 h 30", "noon") or before it."""
    clock, _ = time_after(text, end)
    if clock is None:
        clock, _ = time_before(text, start)
    return day if clock is None else day.replace(hour=clock[0], minute=clock[1])


def _parse_one(text: str) -> datetime | None:
    text = text.strip()
    if not text or len(text) > 120 or not _HAS_YEAR.search(text):
        return None
    text = _MONTH_RE.sub(lambda m: MONTH_NAMES[m.group(1).lower()], text)
    fast = _fast_visible(text)
    if fast is not None:
        return fast
    text = _NOISE.sub(" ", text).replace("'", "20") if "'" in text else _NOISE.sub(" ", text)
    try:
        with warnings.catch_warnings():  # an unknown zone name gives a naive date, not a warning
            warnings.simplefilter("ignore", _dp.UnknownTimezoneWarning)
            day_first = MONTH_FIRST.get() is False or _DMY.search(text) is not None
            found = _dp.parse(text, fuzzy=True, default=_DEFAULT, dayfirst=day_first)
    except (ValueError, OverflowError):
        return None
    if found.year < 1990:
        return None
    return valid_datetime(found)
