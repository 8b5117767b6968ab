"""The dates comment headers print, parsed in English, German, French, Spanish and more.

A date without its year ("Jun 20th at 2:41 am") is never given a guessed year: ``parse_date``
refuses it and ``is_yearless`` says so, so that the header keeps it as text.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from dateutil import parser as dateparser

from newsthread._validate import parse_date_words
from newsthread.markdown._headers import relative_time

__all__ = ["MONTH_WORDS", "WEEKDAY_WORDS", "is_time", "is_yearless", "parse_date"]


_LATIN_MONTHS = [
    (
        "jan",
        "january",
        "januar",
        "jänner",
        "janvier",
        "enero",
        "január",
        "gennaio",
        "janeiro",
        "januari",
    ),
    (
        "feb",
        "february",
        "februar",
        "février",
        "febrero",
        "február",
        "febbraio",
        "fevereiro",
        "februari",
    ),
    ("mar", "march", "märz", "mär", "mars", "marzo", "március", "março", "maart"),
    ("apr", "april", "avril", "abril", "április", "aprile"),
    ("may", "mai", "mayo", "május", "maggio", "maio", "mei"),
    ("jun", "june", "juni", "juin", "junio", "június", "giugno", "junho"),
    ("jul", "july", "juli", "juillet", "julio", "július", "luglio", "julho"),
    ("aug", "august", "août", "agosto", "augusztus", "augustus"),
    ("sep", "sept", "september", "septembre", "septiembre", "szeptember", "settembre", "setembro"),
    ("oct", "okt", "october", "oktober", "octobre", "octubre", "október", "ottobre", "outubro"),
    ("nov", "november", "novembre", "noviembre", "novembro"),
    ("dec", "dez", "december", "dezember", "décembre", "diciembre", "dicembre", "dezembro"),
]
# Russian (genitive, as dates write them, nominative, short), Polish (genitive, nominative),
# Czech (genitive), Turkish, and the Swedish August
_MORE_MONTHS = [
    ("января", "январь", "янв", "stycznia", "styczeń", "ledna", "ocak"),
    ("февраля", "февраль", "фев", "lutego", "luty", "února", "şubat"),
    ("марта", "март", "мар", "marca", "marzec", "března", "mart"),
    ("апреля", "апрель", "апр", "kwietnia", "kwiecień", "dubna", "nisan"),
    ("мая", "май", "maja", "maj", "května", "mayıs"),  # noqa: RUF001
    ("июня", "июнь", "июн", "czerwca", "czerwiec", "června", "haziran"),
    ("июля", "июль", "июл", "lipca", "lipiec", "července", "temmuz"),
    ("августа", "август", "авг", "sierpnia", "sierpień", "srpna", "ağustos", "augusti"),
    ("сентября", "сентябрь", "сен", "września", "wrzesień", "září", "eylül"),
    ("октября", "октябрь", "окт", "października", "październik", "října", "ekim"),
    ("ноября", "ноябрь", "ноя", "listopada", "listopad", "listopadu", "kasım"),  # noqa: RUF001
    ("декабря", "декабрь", "дек", "grudnia", "grudzień", "prosince", "aralık"),  # noqa: RUF001
]
_MONTHS = [(*a, *b) for a, b in zip(_LATIN_MONTHS, _MORE_MONTHS, strict=True)]
# Weekday names next to a date ("2015. január 21., szerda - 15:03", "Mittwoch, 3. Juni")
_WEEKDAYS = [
    ("mon", "monday", "montag", "lundi", "lunes", "hétfő", "lunedì", "maandag"),
    ("tue", "tuesday", "dienstag", "mardi", "martes", "kedd", "martedì", "dinsdag"),
    ("wed", "wednesday", "mittwoch", "mercredi", "miércoles", "szerda", "mercoledì", "woensdag"),
    ("thu", "thursday", "donnerstag", "jeudi", "jueves", "csütörtök", "giovedì", "donderdag"),
    ("fri", "friday", "freitag", "vendredi", "viernes", "péntek", "venerdì", "vrijdag"),
    ("sat", "saturday", "samstag", "samedi", "sábado", "szombat", "sabato", "zaterdag"),
    ("sun", "sunday", "sonntag", "dimanche", "domingo", "vasárnap", "domenica", "zondag"),
]


class _DateInfo(dateparser.parserinfo):
    """Month and weekday names in English, German, French, Spanish, Hungarian, Italian,
    Portuguese and Dutch, months in Russian, Polish, Czech and Turkish; "at", "um", "Uhr", "de",
    "в" are skipped."""

    MONTHS = _MONTHS  # type: ignore[assignment]
    WEEKDAYS = _WEEKDAYS  # type: ignore[assignment]
    JUMP = [  # noqa: RUF012
        *dateparser.parserinfo.JUMP,
        "um",
        "uhr",
        "de",
        "à",
        "le",
        "am",
        "a",
        "las",
        "alle",
        "às",
        "om",
        "в",
        "o",
        "v",
        "kl",
    ]


_DATE_INFO = _DateInfo()
_MONTH_WORD = re.compile(
    r"(?<!\w)(?:"
    + "|".join(sorted({m for ms in _MONTHS for m in ms}, key=len, reverse=True))
    + r")",
    re.IGNORECASE,
)


_NO_YEAR = datetime(1, 1, 1)


def parse_date(text: str) -> datetime | None:
    """A date with its year; a date without one ("Jun 20th at 2:41 am") is not guessed (see is_yearless)."""
    found = _date_or_yearless(text)
    return found if found is not None and found.year != 1 else None


def is_yearless(text: str) -> bool:
    """A day and month (and maybe a time) without a year: kept as text, the year is unknown."""
    found = _date_or_yearless(text)
    return found is not None and found.year == 1


@lru_cache(maxsize=4096)
def _date_or_yearless(text: str) -> datetime | None:
    text = text.replace("@", " ").strip()
    if not (6 <= len(text) <= 60) or not re.search(r"\d", text):
        return None
    if not (re.search(r"\d{4}", text) or _MONTH_WORD.search(text)):
        return None
    if "." in text:
        text = _DOTTED_TIME.sub(r"\1:\2", text)
    if " a la" in text:
        text = _A_LAS.sub(" ", text)  # dateutil reads the "a" of "a las 10:15" as "am"
    # "11.03.2024": a date written with dots puts the day first wherever it is written
    dayfirst = _DOTTED_DATE.search(text) is not None
    return parse_date_words(text, parserinfo=_DATE_INFO, default=_NO_YEAR, dayfirst=dayfirst)


_DOTTED_DATE = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?![\d.])")


_A_LAS = re.compile(r"\s+a\s+las?\s+(?=\d)", re.IGNORECASE)
# "14.09.2022 um 21.11": a time written with a period, after a date with its year
_DOTTED_TIME = re.compile(
    r"(?<=\d{4}\s)(?:\D{0,6}\s)?\b([01]?\d|2[0-3])\.([0-5]\d)(?:\s*(?:uhr|h))?\s*$", re.IGNORECASE
)


def is_time(text: str) -> bool:
    """Whether a short text is a date or a relative time."""
    return _date_or_yearless(text) is not None or relative_time(text) is not None


#: The names of each month and weekday, in every language dates are read in.
MONTH_WORDS = _MONTHS
WEEKDAY_WORDS = _WEEKDAYS
