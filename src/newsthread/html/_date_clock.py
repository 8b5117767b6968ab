"""The time of day written next to a date, shared by the article's and the comments' date readers.

After the date: "May 2, 2024, 9:30 a.m.", "…, 11 a.m.", "2 mai 2024 à 9 h 30", "9h30",
"2. Mai 2024 um 9 Uhr", "2 de mayo de 2024 a las 9:30", "May 2, 2024 at noon". Before it, when
none follows: "at 9:30 AM on May 2, 2024", "8:00 PM EDT, Thu May 2, 2024", "10:45 02.05.2024".
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["time_after", "time_before"]


def _clock_pattern(half: str) -> str:
    """One written time: "9:30", "9.30", "9:30:15", "9h30", "9 h 30 min", "18時05分", "11 a.m.", "11am",
    "9 Uhr", "17h", "noon", "midi", "mezzanotte"; ``half`` is how "a.m."/"p.m." may be written."""
    return (
        r"(?:(?:(?P<h>[01]?\d|2[0-3])(?::|\.(?=[0-5]\d)|\s?h\s?|[時时]|시\s?)(?P<m>[0-5]\d)(?::[0-5]\d)?"
        r"(?![\d.,]\d)(?:\s?min\b\.?|[分분])?"
        rf"|(?P<hap>1[0-2]|0?[1-9])(?=\s?{half})"
        r"|(?P<hh>[01]?\d|2[0-3])\s?(?:h|uhr)\b)"
        rf"(?:\s?(?=[ap])(?P<ap>{half}))?"
        r"|(?:12\s)?(?P<word>noon|midday|midnight|midi|minuit|mediod[ií]a|medianoche|mezzogiorno|"
        r"mezzanotte|meio-dia|meia-noite)\b)"
    )


@cache
def _after() -> re.Pattern[str]:
    """Compiled on first use: most imports never read a written time."""
    return re.compile(
        r"[\s,|/@\u00b7\u2022\u2013\u2014-]{0,4}"
        r"(?:(?:um|at|à|a las|a la|a|alle ore|alle|ore|às|as|om|kl\.?|klo\.?)\s{0,2})?"
        + _clock_pattern(r"[ap]\.?\s?m\b\.?"),
        re.IGNORECASE,
    )


# A time ending where the date begins, with at most a zone, a weekday and "on" between. An
# undotted lower-case "am" there is German ("Marianne1 am 20.09.2020"), not a time.
@cache
def _before() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w:.])"
        + _clock_pattern(r"(?:[ap]\.\s?m\b\.?|(?-i:AM|PM|Am|Pm|pm)\b)")
        + r"(?:\s?(?-i:[A-Z]{2,4})\b)?[\s,|/@\u00b7\u2022\u2013\u2014-]{0,4}"
        r"(?:(?:on|le|el|il|am|em)\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?\Z",
        re.IGNORECASE,
    )


_BEFORE_WINDOW = 40

_WORD_HINT = re.compile(r"noon|mid|minuit|medi|mezz|mei[ao]", re.IGNORECASE)

_WORD_HOURS = {"midnight": 0, "minuit": 0, "medianoche": 0, "mezzanotte": 0, "meia-noite": 0}


def _clock(found: re.Match[str]) -> tuple[int, int] | None:
    """The hour and minute of one ``_CLOCK`` match; None for "13:30 pm"."""
    word = found.group("word")
    if word is not None:
        return _WORD_HOURS.get(word.casefold(), 12), 0
    hour_text = found.group("h") or found.group("hap") or found.group("hh")
    hour = int(hour_text)
    half = (found.group("ap") or "")[:1].casefold()
    if half and hour > 12:
        return None
    if half == "p" and hour < 12:
        hour += 12
    elif half == "a" and hour == 12:
        hour = 0
    return hour, int(found.group("m") or 0)


def time_after(text: str, pos: int) -> tuple[tuple[int, int] | None, int]:
    """The time written at ``pos`` (just after a date) and where it ends; (None, pos) if none."""
    found = _after().match(text, pos)
    if found is None:
        return None, pos
    return _clock(found), found.end()


def time_before(text: str, pos: int) -> tuple[tuple[int, int] | None, int]:
    """The time written just before ``pos`` (where a date begins) and where it starts."""
    start = max(0, pos - _BEFORE_WINDOW)
    window = text[start:pos]
    if not any(c.isdigit() for c in window) and not _WORD_HINT.search(window):
        return None, pos
    found = _before().search(window)
    if found is None:
        return None, pos
    return _clock(found), start + found.start()
