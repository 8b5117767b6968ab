# ruff: noqa: RUF001
"""Comment header shapes that do not depend on one language: relative times, level lines, profile links.

Converters keep a comment system's header as short lines or inline runs: a
name (often a link to a profile page), a time (absolute or "4 yr. ago",
"3 дня назад", "hace 2 días"), sometimes a depth ("level 2") and a link to the
parent comment. These helpers recognise those pieces by their structure.
"""

from __future__ import annotations

import re
from datetime import datetime

import attrs

from newsthread.model import Author

__all__ = ["Header", "level_of", "name_like", "profile_link", "relative_time"]


@attrs.define(slots=True)
class Header:
    """What a comment's header lines said."""

    author: Author | None = None
    published: datetime | None = None
    url: str | None = None
    date_text: str | None = None
    #: "in reply to [Ann](#c-1)" in the header: the parent's page id, or its author's name
    reply_to: str | None = None
    reply_to_name: str | None = None
    #: the comment's number before the name ("1.1 Ann": a reply to comment 1)
    number: str | None = None


# A number (or "a"/"an"/"one") next to a unit of time, in the languages comment systems use most.
_UNIT = (
    r"(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|wk|weeks?|mo|months?|"
    r"y|yr|yrs|years?|"
    r"sekunden?|minuten?|stunden?|std|tagen?|tag|wochen?|monaten?|monat|jahren?|jahr|"
    r"segundos?|minutos?|horas?|días?|dias?|semanas?|mes|meses|años?|anos?|"
    r"secondes?|heures?|jours?|semaines?|mois|ans?|années?|"
    r"minuti|ore|giorni|settimane|mesi|anni|"
    r"секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юьи]|месяц(?:а|ев)?|год(?:а)?|лет|"
    r"uur|uren|dagen|dag|weken|week|maanden|maand|jaren|jaar|"  # Dutch (minuten above)
    r"minuter|timmar|timme|dagar|veckor|vecka|månader|månad|år|timer|time|dage|dager|døgn|uger|"
    r"uker|måneder|"  # Swedish, Danish, Norwegian
    r"minut[ey]?|godzin[yę]?|dni|dzień|tygodni[e]?|miesięcy|miesiąc[e]?|lat[a]?|"  # Polish
    r"minutami|hodinami|hodinou|dny|dnem|týdny|měsíci|lety|rokem|"  # Czech
    r"dakika|saat|gün|hafta|yıl)"  # Turkish
)
_AGO = r"(?:ago|zuvor|atrás|fa|назад|geleden|sedan|siden|temu|önce)"  # after the time
_BEFORE = r"(?:vor|hace|il\ y\ a|há|před|för|for)"  # before the time
# the words before the time that say "ago" themselves ("for" needs "siden" after it)
_BEFORE_AGO = r"(?:vor|hace|il\ y\ a|há|před|för)"
_RELATIVE = re.compile(
    rf"""^[\W_]{{0,3}}(?:
    (?:{_BEFORE}\s+)?(?:\d{{1,4}}\.?\s*|(?:an?|one|einem|einer|un|una|une)\s+){_UNIT}\.?(?:\s+{_AGO})?|
    yesterday|today|just\ now|gestern|heute|ayer|hoy|hier|aujourd'hui|вчера|сегодня|только\ что|
    ieri|oggi|ontem|hoje|gisteren|vandaag|igår|i\ går|idag|i\ dag|wczoraj|dzisiaj|včera|dnes|dün|bugün
    )(?=$|[\s·•|,(\-–])""",
    re.IGNORECASE | re.VERBOSE,
)
_NUMBER_WORD = re.compile(r"(?:an?|one|einem|einer|un|una|une)\b", re.IGNORECASE)
_LEVEL = re.compile(r"^(?:level|ebene|nivel|niveau|уровень)\s+(\d{1,2})$", re.IGNORECASE)
# Paths of profile pages: /user/x, /u/x, user?id=x, /profile/…, /author/x, /members/x, /people/x.
_PROFILE = re.compile(
    r"(?:^|/)(?:user|users|u|profile|profiles|author|authors|members?|memberlist|people|benutzer|"
    r"usuarios?|perfil|profil|utilisateurs?|utenti|utente|gebruikers?)(?:/|\?id=|\.php\?)(?=[^/?#\s])"  # and an account after it ("/members/" is a list)
    # a forum's profile page by query: SMF "?action=profile;u=101", IPB "?showuser=5"
    r"|[?&;](?:action=profile|showuser=|mode=viewprofile)"
    r"|(?:^|/)(?:@|%40)[\w.\-]{1,40}(?:(?:@|%40)[\w.\-]{1,60})?/?$",  # a fediverse account: /@ann
    re.IGNORECASE,
)


def relative_time(text: str) -> str | None:
    """The relative time a short line opens with ("4 yr. ago", "vor 3 Tagen", "3 дня назад")."""
    text = text.strip()
    if len(text) > 60:
        return None
    match = _RELATIVE.match(text)
    if match is None:
        return None
    rest = text[match.end() :].strip()
    if rest and rest[0] not in "·•|(,-–" and len(rest.split()) > 2:
        return None  # "4 hours ago I went to the shop": a sentence, not a header
    found = match.group().strip(" ·•|-–")
    has_ago = re.search(rf"{_AGO}|{_BEFORE_AGO}", found, re.IGNORECASE) is not None
    # "yesterday", "just now"; not "a second" or "one day" without "ago" ("a second point")
    bare_word = not re.search(r"\d", found) and _NUMBER_WORD.match(found) is None
    if not has_ago and not bare_word:
        return None  # "3 days" alone is text; "3 days ago" is a time
    return found


def level_of(text: str) -> int | None:
    """The depth a "level 2" line gives (new Reddit prints one above each comment)."""
    if len(text) > 40:
        return None
    match = _LEVEL.match(text.strip())
    return int(match.group(1)) if match else None


def profile_link(url: str) -> bool:
    """Whether ``url`` looks like a link to a user's profile page."""
    return _PROFILE.search(url) is not None


_NAME = re.compile(r"^[^\n!?:;,]{1,60}$")
_INITIAL = re.compile(r"(?<=\w)\s+[^\W\d_a-z]\.$")


def name_like(text: str) -> bool:
    """A short line that could be a commenter's name (kept as text unless a date follows)."""
    initial = _INITIAL.search(text) is not None  # "Astrid S.": a name ending in an initial
    if (text.endswith(".") and not initial) or (". " in text and len(text.split()) > 4):
        return False
    return bool(_NAME.match(text)) and len(text.split()) <= 6 and any(c.isalpha() for c in text)
