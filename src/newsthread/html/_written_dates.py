"""Written dates: a date or date-time from an attribute's value, a short visible text or a url.

``parse_date`` reads machine-readable values (ISO 8601, RFC 2822, unix timestamps) and falls
back to dateutil; ``date_in_text`` finds the first written-out date in a visible text in the
languages news is written in (month names, East Asian and year-first forms, a time written
after the date); ``date_in_url`` the date of a url path.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime

from dateutil import parser as dateparser
from dateutil import tz

from newsthread._validate import valid_datetime
from newsthread.html._date_calendars import ascii_digits, script_dates
from newsthread.html._date_clock import time_after, time_before
from newsthread.html._date_order import MONTH_FIRST
from newsthread.html._dates import MONTH_NAMES as _COMMENT_MONTHS
from newsthread.html._dates import MONTH_NUMBERS as _MONTH_NUMBERS

__all__ = [
    "DATE_ANCHOR",
    "ISO_START",
    "UPDATE_LABEL",
    "date_in_text",
    "date_in_url",
    "dates_read_once",
    "days_in_text",
    "is_month_name",
    "parse_date",
    "written_dates",
]

_SPACE = re.compile(r"\s+")


_TZINFOS = {
    "CET": tz.gettz("Europe/Berlin"),
    "CEST": tz.gettz("Europe/Berlin"),
    "MEZ": tz.gettz("Europe/Berlin"),
    "MESZ": tz.gettz("Europe/Berlin"),
    "BST": tz.gettz("Europe/London"),
    "EST": tz.gettz("America/New_York"),
    "EDT": tz.gettz("America/New_York"),
    "PST": tz.gettz("America/Los_Angeles"),
    "PDT": tz.gettz("America/Los_Angeles"),
}


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


_STRICT_ISO = re.compile(
    r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:\d\d)?)?$"
)


_ODD_FRACTION = re.compile(r"(T\d\d:\d\d:\d\d)[:,](\d{1,6})(?=Z|[+-]\d\d:?\d\d|$)")


ISO_START = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")


_DMY = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")


# Month names and their usual abbreviations in the languages news is written in; the comment
# dates' table (``_dates``) adds its own. Genitive forms where a language writes the day so
# ("3 мая 2019", "3 maja 2019").
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan januar jänner janv janvier enero ene gennaio gen januari ianuarie "
            "tammikuuta يناير siječnja siječanj januára "
            "styczeń ledna leden ocak январь января січня ιανουαρίου gener "
            # Estonian, Malay, Swahili, Tagalog, Urdu (from here on, each month alike)
            "jaanuar جنوری",
            "february feb februar févr février fevrier febrero febbraio fev fevereiro februari "
            "helmikuuta فبراير veljače veljača februára "
            "februarie lutego únor února şubat subat февраль февраля лютого φεβρουαρίου febrer "
            "veebruar pebrero فروری",
            "march mar märz mär maerz mars marzo maart maret martie marca marzec březen března "
            "maaliskuuta مارس ožujka ožujak marec "
            "mart март марта березня μαρτίου març märts mac machi marso مارچ",
            "april apr avr avril abril abr aprile aprilie kwiecień duben dubna nisan апрель апреля "
            "huhtikuuta أبريل travnja travanj apríla "
            "квітня απριλίου aprill aprili اپریل",
            "may mai mayo maggio mag mei maj maio květen května may\u0131s mayis май мая травня μαΐου "
            "maig toukokuuta مايو svibnja svibanj mája مئی",
            "june jun juni juin junio giugno giu juno junho iunie czerwiec červen června haziran "
            "июнь июня червня ιουνίου juny kesäkuuta يونيو lipnja lipanj junij júna juuni hunyo جون",
            "july jul juli juil juillet julio luglio lug julho iulie lipiec červenec července "
            "temmuz июль июля липня ιουλίου juliol heinäkuuta يوليو srpnja srpanj julij júla juuli "
            "julai hulyo جولائی",
            "august aug août aout agosto ago augustus agustus sierpień srpen srpna ağustos agustos "
            "август августа серпня αυγούστου agost augusti elokuuta أغسطس kolovoza kolovoz avgust augusta "
            "ogos agosti اگست",
            "september sep sept septembre septiembre settembre set setembro septembrie wrzesień "
            "září eylül eylul сентябрь сентября вересня σεπτεμβρίου setembre syyskuuta سبتمبر rujna rujan "
            "septembar septembra septemba setyembre ستمبر",
            "october oct okt oktober octobre octubre ottobre ott out outubro octombrie "
            "październik říjen října ekim октябрь октября жовтня οκτωβρίου lokakuuta أكتوبر oktobar "
            "októbra oktoober oktoba oktubre اکتوبر",
            "november nov novembre noviembre novembro noiembrie listopad listopadu kas\u0131m kasim "
            "ноябрь ноября листопада νοεμβρίου marraskuuta نوفمبر studenoga studenog studeni "
            "novembar novembra novemba nobyembre نومبر",
            "december dec dez dezember déc décembre decembre diciembre dic dicembre dezembro "
            "desember desembre decembrie grudzień prosinec prosince aral\u0131k aralik декабрь декабря "
            "грудня δεκεμβρίου joulukuuta ديسمبر prosinca prosinac decembar decembra detsember "
            "disember desemba disyembre دسمبر",
        ),
        start=1,
    )
    for name in names.split()
}


for _name, _english in _COMMENT_MONTHS.items():
    _MONTHS.setdefault(_name, _MONTH_NUMBERS[_english.casefold()])


# The forms of a written date, one alternative each.
_DATE_FORMS = (
    r"(?P<iso>(?P<y1>(?:19|20)\d{2})-(?P<m1>\d{1,2})-(?P<d1>\d{1,2}))"
    r"|(?P<dmy>(?P<d2>\d{1,2})\.\s?(?P<m2>\d{1,2})\.\s?(?P<y2>(?:19|20)\d{2}))"
    # "1 March 2021", "1st of March, 2021", "1er mars 2021", "1º de março de 2021", "01-Mar-2021"
    r"|(?P<dmony>(?P<d3>\d{1,2})(?:st|nd|rd|th|er|\u00ba|\u00aa|\.)?(?:\s+(?:of|de)\s+|\s+|-)"
    r"(?P<m3>[^\W\d_]{3,12})\.?,?(?:\s+(?:de\s+)?|-)(?P<y3>(?:19|20)\d{2}))"
    r"|(?P<mondy>(?P<m4>[^\W\d_]{3,12})\.?\s+(?P<d4>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y4>(?:19|20)\d{2}))"
    r"|(?P<dmy2>(?P<d5>\d{1,2})/(?P<m5>\d{1,2})/(?P<y5>(?:19|20)\d{2}))"
    # "23.09.22": a two-digit year, only as a whole token (not a version "1.2.3.4")
    r"|(?P<dmyy>(?<![\d.])(?P<d6>\d{1,2})\.(?P<m6>\d{1,2})\.(?P<y6>\d{2})(?![\d.]\d))"
    # East Asian "2019年6月24日" / "2019년 6월 24일"; year first "2019/06/24", "2019. 6. 24."
    r"|(?P<cjk>(?P<y7>(?:19|20)\d{2})\s?[年년]\s?(?P<m7>\d{1,2})\s?[月월]\s?(?P<d7>\d{1,2})(?:\s?[日일])?)"
    r"|(?P<ymd>(?<![\d.])(?P<y8>(?:19|20)\d{2})/(?P<m8>\d{1,2})/(?P<d8>\d{1,2})(?![\d/]))"
    r"|(?P<ymdot>(?<![\d.])(?P<ya>(?:19|20)\d{2})\.\s(?P<ma>\d{1,2})\.\s(?P<da>\d{1,2})(?!\d))"
    r"|(?P<ymdd>(?<![\d.])(?P<yb>(?:19|20)\d{2})\.(?P<mb>\d\d)\.(?P<db>\d\d)(?!\d|\.\d))"
    # "26 | 01 | 2022": day, month and year set apart by bars
    r"|(?P<dmybar>(?<![\d|])(?<!\|\s)(?P<dc>\d{1,2})\s?\|\s?(?P<mc>\d{1,2})\s?\|\s?(?P<yc>(?:19|20)\d{2})(?!\d))"
    # Hungarian "2019. június 24."
    r"|(?P<ymond>(?P<y9>(?:19|20)\d{2})\.\s(?P<m9>[^\W\d_]{3,12})\.?\s(?P<d9>\d{1,2})\.)"
)
# What every form opens with: a digit, or a month name, a space and a digit ("March 3, 2021").
# Looked at first, it passes over a position that opens no date at one look instead of trying
# every form there (a month name's letters taken possessively: only the whole run can be one);
# the same matches, two to three times faster. A new form must open so, or this must say more.
_DATE_OPENING = r"(?=\d|[^\W\d_]{3,12}+\.?\s+\d)"
_TEXT_DATES = re.compile(f"{_DATE_OPENING}(?:{_DATE_FORMS})")


_GROUPS = "12345678abc9d"


_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|[-_]|\.html?|$)")


# "/20191231/", "/20191231-slug": eight digits standing alone in the path.
_URL_COMPACT_DATE = re.compile(
    r"/(?:[^/?#]*[_-])?((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:/|[-_]|\.html?|$)"
)


# "/31-12-2019", "slug-vom-31.12.2019": day first.
_URL_DAY_FIRST = re.compile(
    r"[/_-](\d{1,2})[-_.](\d{1,2})[-_.]((?:19|20)\d{2})(?:/|[-_]|\.html?|$)"
)


# A label saying that the date after it is the last change ("Updated", "Aktualisiert am").
UPDATE_LABEL = re.compile(
    r"(?:updated|update|modified|edited|revised|aktualisiert|geändert|überarbeitet|"
    r"mis à jour|mise à jour|modifié|actualizado|actualizada|actualización|modificado|"
    r"aggiornato|aggiornamento|modificato|zaktualizowano|atualizado|atualização|actualitzat|"
    r"bijgewerkt|uppdaterad|uppdaterat|oppdatert|opdateret|päivitetty|aktualizováno|"
    r"frissítve|güncellendi|güncelleme|diperbarui|обновлено|обновлен|оновлено|ενημερώθηκε|"
    r"aktualizacja|actualizat|actualizată|atnaujinta|uuendatud|ažurirano|dikemas kini|cập nhật|"
    r"обновено|ажурирано|עודכן|به‌روزرسانی|بروزرسانی|अपडेटेड|अपडेट|আপডেট|อัปเดต|"
    r"更新|수정)\W{0,3}(?:\w+\W{1,3}){0,2}$",
    re.IGNORECASE,
)


# Every written date has a year or a "d.m.yy"; a long text is searched only around them
# (the full pattern tried at every position costs ~1.5 µs a character). The same matches as
# ``(?:19|20)\d\d|\d(?:\.\d{1,2}\.|-\d\d-)\d\d``, written to open with a digit: re then skips
# to the next digit in C instead of trying the pattern at every position (half the time).
DATE_ANCHOR = re.compile(r"\d(?:(?<=1)9\d\d|(?<=2)0\d\d|(?:\.\d{1,2}\.|-\d\d-)\d\d)")
# "03-02-20, 11:00": day, month, two-digit year with dashes, only before a time (Dutch regional
# papers; month first where the page writes so, "03-05-24, 10:30 AM" on a US page; alone, as
# often a score or an id). A pattern of its own, tried only where
# ``_TEXT_DATES`` found nothing (as one of its alternatives it cost 0.6 % of the metadata
# stage's instructions).
_DASHED_SHORT = re.compile(
    r"(?<![\d-])(?P<dd>\d\d)-(?P<md>\d\d)-(?P<yd>\d\d)(?=,?\s+\d{1,2}:\d\d(?!\d))"
)


_SHORT_TEXT = 400


_BEFORE_ANCHOR = 48  # the longest date text before its year ("30 de septiembre de ")


_AFTER_ANCHOR = 16


def _date_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_TEXT_DATES`` in ``text``, in order."""
    if len(text) <= _SHORT_TEXT:
        # Most short texts hold no year at all: the anchor says so at a fraction of the cost.
        if DATE_ANCHOR.search(text) is not None:
            seen = False
            for match in _TEXT_DATES.finditer(text):
                seen = True
                yield match
            if not seen and "-" in text:
                yield from _DASHED_SHORT.finditer(text)
        return
    pos = 0
    while (anchor := DATE_ANCHOR.search(text, pos)) is not None:
        start = max(pos, anchor.start() - _BEFORE_ANCHOR)
        end = anchor.end() + _AFTER_ANCHOR
        found = _TEXT_DATES.search(text, start, end)
        if found is None and "-" in anchor.group():
            found = _DASHED_SHORT.search(text, start, end)
        if found is None:
            pos = anchor.end()
            continue
        yield found
        pos = max(found.end(), pos + 1)


def _at_written_time(day: datetime, clock: tuple[int, int] | None) -> datetime:
    return day if clock is None else day.replace(hour=clock[0], minute=clock[1])


def is_month_name(word: str) -> bool:
    """Whether a word is a month's name or abbreviation in one of the languages read here."""
    return word.casefold().rstrip(".") in _MONTHS


def date_in_text(text: str) -> datetime | None:
    """The first written-out date in a short visible text ("3. Mai 2019", "May 3, 2019", "03.05.2019").

    A date labelled as an update ("Updated March 5, 2020 | Published March 1, 2020") is
    passed over for a later one, and taken only when there is no other.
    """
    updated = None
    for found, update in written_dates(text):
        if not update:
            return found
        updated = updated or found
    return updated


class _Replay:
    """The dates of one text, read as far as a reader has asked and kept for the next reader,
    who gets them again before the reading goes on."""

    __slots__ = ("busy", "error", "items", "source")

    def __init__(self, source: Iterator[tuple[datetime, bool]]) -> None:
        self.items: list[tuple[datetime, bool]] = []
        self.source: Iterator[tuple[datetime, bool]] | None = source
        self.error: Exception | None = None  # what ended the reading, met by every reader
        self.busy = False  # reading on (a reader asking the same text meanwhile reads it anew)

    def __iter__(self) -> Iterator[tuple[datetime, bool]]:
        at = 0
        while True:
            if at < len(self.items):
                yield self.items[at]
                at += 1
                continue
            if self.error is not None:
                raise self.error
            if self.source is None:
                return
            self.busy = True
            try:
                item = next(self.source, None)
            except Exception as error:
                self.error, self.source = error, None
                raise
            finally:
                self.busy = False
            if item is None:
                self.source = None
                return
            self.items.append(item)


# The texts whose dates the readers of one page's metadata have read, by text and date order
# (inside ``dates_read_once``): they ask the same windows (the text by the heading, the page's
# own text) several times over.
_READ: ContextVar[dict[tuple[str, bool | None], _Replay] | None] = ContextVar("_READ", default=None)
# The values ``parse_date`` has read, likewise (a page's JSON-LD and ``<meta>`` dates are
# read again by each reader that weighs them).
_PARSED: ContextVar[dict[tuple[str, bool | None], datetime | None] | None] = ContextVar(
    "_PARSED", default=None
)


@contextmanager
def dates_read_once() -> Iterator[None]:
    """Inside the block, ``written_dates`` reads each text once and ``parse_date`` each value
    once (one page's metadata: the texts, the values and their dates are dropped at the end)."""
    token = _READ.set({})
    parsed_token = _PARSED.set({})
    try:
        yield
    finally:
        _PARSED.reset(parsed_token)
        _READ.reset(token)


def written_dates(text: str) -> Iterator[tuple[datetime, bool]]:
    """Each written-out date of ``text`` in order, with the time written after it, and whether
    a label before it says it is an update ("Updated", "Aktualisiert: …")."""
    read = _READ.get()
    if read is None:
        return _written_dates(text)
    key = (text, MONTH_FIRST.get())
    replay = read.get(key)
    if replay is None:
        replay = read[key] = _Replay(_written_dates(text))
    elif replay.busy:
        return _written_dates(text)
    return iter(replay)


def _written_dates(text: str) -> Iterator[tuple[datetime, bool]]:
    if len(text) <= _SHORT_TEXT:
        # (digits of other scripts in a date element's or a byline's text; a long text's
        # whole scan for them cost 0.6 % of the metadata stage)
        text = ascii_digits(text)
    seen = False
    for match in _date_matches(text):
        found = _match_date(match)
        if found is None:
            continue
        seen = True
        yield _dated(text, found, match.start(), match.end())
    if not seen and len(text) <= _SHORT_TEXT and not text.isascii():
        # Thai, Hindi, Bengali, Persian, Vietnamese forms (``_date_calendars``)
        for found, start, end in script_dates(text):
            yield _dated(text, found, start, end)


def _dated(text: str, found: datetime, start: int, end: int) -> tuple[datetime, bool]:
    """A written date at the time written beside it, and whether an update label precedes it."""
    clock, _ = time_after(text, end)
    if clock is None:
        # "at 9:30 AM on May 2, 2024": the label, if any, stands before the time.
        clock, start = time_before(text, start)
    return (
        _at_written_time(found, clock),
        UPDATE_LABEL.search(text, max(0, start - 40), start) is not None,
    )


def days_in_text(text: str) -> set[date]:
    """Every day a written date in ``text`` names (updates and publications alike)."""
    return {found.date() for found, _ in written_dates(text)}


def _match_date(match: re.Match[str]) -> datetime | None:
    """The date one match of ``_TEXT_DATES`` names, or None for an impossible one."""
    groups = match.groupdict()
    for i in _GROUPS:
        year = groups.get(f"y{i}")
        if year is None:
            continue
        month_text = groups[f"m{i}"]
        month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.casefold())
        if month is None:
            break
        if len(year) == 2:
            year = f"19{year}" if year >= "70" else f"20{year}"
        day = int(groups[f"d{i}"])
        if i in "5d" and _month_written_first(day, month):  # (in the page's order)
            day, month = month, day
        try:
            return datetime(int(year), month, day)
        except ValueError:
            break
    return None


def _month_written_first(first: int, second: int) -> bool:
    """Whether "first/second/year" names the month first: when the second cannot be a month
    (``12/25/2024``), else when the page writes the month first (``_date_order``)."""
    if first > 12 or second > 12:
        return second > 12 >= first
    return MONTH_FIRST.get() is True


# "/a/202103/14/": the year and month as one part, the day as the next.
_URL_MONTH_DAY = re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/")


def date_in_url(url: str | None) -> datetime | None:
    """The date a url path carries, or None: ``/2019/12/31/slug``, ``/2019-12-31-slug``,
    ``/20191231/``, ``/meldungen/31-12-2019``, ``slug_vom_31.12.2019``."""
    if not url:
        return None
    match = _URL_DATE.search(url) or _URL_COMPACT_DATE.search(url) or _URL_MONTH_DAY.search(url)
    if match is not None:
        year, month, day = match.groups()
    elif (match := _URL_DAY_FIRST.search(url)) is not None:
        day, month, year = match.groups()
        if int(day) <= 12 < int(month):  # "04-29-2021": month first
            day, month = month, day
    else:
        return None
    try:
        return datetime(int(year), int(month), int(day))
    except ValueError:
        return None


_FIRST = datetime(2000, 1, 1)


# "02/05/2024", "02-05-24 10:30": a numeric date with the year last, read in the page's order.
_NUMERIC_YEAR_LAST = re.compile(r"\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d\d)(?!\d)")


_SECOND = datetime(2000, 1, 2)


def parse_date(value: object) -> datetime | None:
    """A date or date-time from a machine-readable attribute or visible text, or None.

    ISO 8601 and RFC 2822 forms keep their time zone; ``31.12.2019`` is read day
    first, ``02/05/2024`` in the page's order (``_date_order``; month first when unknown);
    anything else goes through dateutil's parser. Unix timestamps
    (seconds) are read as UTC. Dates without a year are refused.
    """
    parsed = _PARSED.get()
    if parsed is None or not isinstance(value, str):
        return _parse_date(value)
    key = (value, MONTH_FIRST.get())
    if key in parsed:
        return parsed[key]
    found = parsed[key] = _parse_date(value)
    return found


def _parse_date(value: object) -> datetime | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_timestamp(float(value))
    if not isinstance(value, str):
        return None
    text = _SPACE.sub(" ", value).strip()
    if not text or len(text) > 80:
        return None
    if _ODD_FRACTION.search(text):
        text = _ODD_FRACTION.sub(r"\1.\2", text)  # "22:06:08:684Z" -> "22:06:08.684Z"
    if _STRICT_ISO.match(text):
        # The common case, read without dateutil's tokenizer.
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            pass
        else:
            return parsed if 1990 <= parsed.year <= 2100 else None
    if text.isdigit() and 9 <= len(text) <= 10:
        return _from_timestamp(float(text))
    match = _DMY.search(text)
    if match and not _ISO_DATE.search(text):
        day, month, year = (int(g) for g in match.groups())
        try:
            found = datetime(year, month, day)
        except ValueError:
            return None
        clock, _ = time_after(text, match.end())
        if clock is None:
            clock, _ = time_before(text, match.start())
        return _at_written_time(found, clock)
    if not re.search(r"\d{4}", text):
        return None
    try:
        with warnings.catch_warnings():  # an unknown zone name gives a naive date, not a warning
            warnings.simplefilter("ignore", dateparser.UnknownTimezoneWarning)
            fuzzy = not _ISO_DATE.match(text)
            order = MONTH_FIRST.get()
            day_first = order is False and _NUMERIC_YEAR_LAST.match(text) is not None
            parsed = dateparser.parse(
                text, fuzzy=fuzzy, tzinfos=_TZINFOS, default=_FIRST, dayfirst=day_first
            )
            if parsed.day == 1 and parsed.date() != _FIRST.date():
                # "2017/01", "Jan 2017": a month names no day; dateutil would take one from the
                # default (today's day unless told), so a second default tells a day apart.
                again = dateparser.parse(
                    text, fuzzy=fuzzy, tzinfos=_TZINFOS, default=_SECOND, dayfirst=day_first
                )
                if again.day == _SECOND.day:
                    # no day, or "2. Mai 2024" read as February: a month name dateutil lacks
                    return date_in_text(text)
    except (ValueError, OverflowError, TypeError):
        return date_in_text(text)  # "2. Mai 2024 um 9:30 Uhr": a month name dateutil does not know
    if parsed is None or not 1990 <= parsed.year <= 2100 or str(parsed.year) not in text:
        # dateutil took the default's year: the text's year went to another field
        return date_in_text(text)
    return valid_datetime(parsed)


def _from_timestamp(value: float) -> datetime | None:
    if value > 1e11:  # milliseconds
        value /= 1000
    try:
        parsed = datetime.fromtimestamp(value, tz=tz.UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return parsed if 1990 <= parsed.year <= 2100 else None
