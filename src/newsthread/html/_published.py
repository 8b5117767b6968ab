"""The publication date of a page's article, and the dates a page's text and url carry.

The declared dates come first (JSON-LD, then ``<meta>``, read in ``_metadata``); this
module reads the visible markup (``itemprop``, ``<time>``, date classes), the dateline
near the heading, labelled dates in the text and a date in the url, then settles the
result: a date-only value takes the time of a timestamp of the same day, and a UTC
instant moves to the day the page itself shows.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

from dateutil import parser as dateparser
from dateutil import tz
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsthread._validate import valid_datetime
from newsthread.html._dates import _MONTH_NUM as _MONTH_NUMBERS
from newsthread.html._dates import _MONTHS as _COMMENT_MONTHS

if TYPE_CHECKING:
    from newsthread.html._metadata import Metadata

__all__ = [
    "MODIFIED_KEYS",
    "PUBLISHED_KEYS",
    "date_in_text",
    "date_in_url",
    "first_date",
    "markup_dates",
    "parse_date",
    "settle_published",
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
_ISO_START = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")
_DMY = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")


# Month names and their usual abbreviations in the languages news is written in; the comment
# dates' table (``_dates``) adds its own. Genitive forms where a language writes the day so
# ("3 мая 2019", "3 maja 2019").
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan januar jänner janv janvier enero ene gennaio gen januari ianuarie "
            "styczeń ledna leden ocak январь января січня ιανουαρίου gener",
            "february feb februar févr février fevrier febrero febbraio fev fevereiro februari "
            "februarie lutego únor února şubat subat февраль февраля лютого φεβρουαρίου febrer",
            "march mar märz mär maerz mars marzo maart maret martie marca marzec březen března "
            "mart март марта березня μαρτίου març",
            "april apr avr avril abril abr aprile aprilie kwiecień duben dubna nisan апрель апреля "
            "квітня απριλίου",
            "may mai mayo maggio mag mei maj maio květen května may\u0131s mayis май мая травня μαΐου "
            "maig",
            "june jun juni juin junio giugno giu juno junho iunie czerwiec červen června haziran "
            "июнь июня червня ιουνίου juny",
            "july jul juli juil juillet julio luglio lug julho iulie lipiec červenec července "
            "temmuz июль июля липня ιουλίου juliol",
            "august aug août aout agosto ago augustus agustus sierpień srpen srpna ağustos agustos "
            "август августа серпня αυγούστου agost",
            "september sep sept septembre septiembre settembre set setembro septembrie wrzesień "
            "září eylül eylul сентябрь сентября вересня σεπτεμβρίου setembre",
            "october oct okt oktober octobre octubre ottobre ott out outubro octombrie "
            "październik říjen října ekim октябрь октября жовтня οκτωβρίου",
            "november nov novembre noviembre novembro noiembrie listopad listopadu kas\u0131m kasim "
            "ноябрь ноября листопада νοεμβρίου",
            "december dec dez dezember déc décembre decembre diciembre dic dicembre dezembro "
            "desember desembre decembrie grudzień prosinec prosince aral\u0131k aralik декабрь декабря "
            "грудня δεκεμβρίου",
        ),
        start=1,
    )
    for name in names.split()
}
for _name, _english in _COMMENT_MONTHS.items():
    _MONTHS.setdefault(_name, _MONTH_NUMBERS[_english.casefold()])
_TEXT_DATES = re.compile(
    r"(?P<iso>(?P<y1>(?:19|20)\d{2})-(?P<m1>\d{1,2})-(?P<d1>\d{1,2}))"
    r"|(?P<dmy>(?P<d2>\d{1,2})\.\s?(?P<m2>\d{1,2})\.\s?(?P<y2>(?:19|20)\d{2}))"
    r"|(?P<dmony>(?P<d3>\d{1,2})\.?\s+(?:de\s+)?(?P<m3>[^\W\d_]{3,12})\.?,?\s+(?:de\s+)?"
    r"(?P<y3>(?:19|20)\d{2}))"
    r"|(?P<mondy>(?P<m4>[^\W\d_]{3,12})\.?\s+(?P<d4>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y4>(?:19|20)\d{2}))"
    r"|(?P<dmy2>(?P<d5>\d{1,2})/(?P<m5>\d{1,2})/(?P<y5>(?:19|20)\d{2}))"
    # "23.09.22": a two-digit year, only as a whole token (not a version "1.2.3.4")
    r"|(?P<dmyy>(?<![\d.])(?P<d6>\d{1,2})\.(?P<m6>\d{1,2})\.(?P<y6>\d{2})(?![\d.]\d))"
    # East Asian "2019年6月24日" / "2019년 6월 24일"; year first "2019/06/24", "2019. 6. 24."
    r"|(?P<cjk>(?P<y7>(?:19|20)\d{2})\s?[年년]\s?(?P<m7>\d{1,2})\s?[月월]\s?(?P<d7>\d{1,2}))"
    r"|(?P<ymd>(?<![\d.])(?P<y8>(?:19|20)\d{2})/(?P<m8>\d{1,2})/(?P<d8>\d{1,2})(?![\d/]))"
    r"|(?P<ymdot>(?<![\d.])(?P<ya>(?:19|20)\d{2})\.\s(?P<ma>\d{1,2})\.\s(?P<da>\d{1,2})(?!\d))"
    r"|(?P<ymdd>(?<![\d.])(?P<yb>(?:19|20)\d{2})\.(?P<mb>\d\d)\.(?P<db>\d\d)(?![\d.]))"
    # "26 | 01 | 2022": day, month and year set apart by bars
    r"|(?P<dmybar>(?<![\d|])(?<!\|\s)(?P<dc>\d{1,2})\s?\|\s?(?P<mc>\d{1,2})\s?\|\s?(?P<yc>(?:19|20)\d{2})(?!\d))"
    # Hungarian "2019. június 24."
    r"|(?P<ymond>(?P<y9>(?:19|20)\d{2})\.\s(?P<m9>[^\W\d_]{3,12})\.?\s(?P<d9>\d{1,2})\.)",
)
_GROUPS = "12345678abc9"
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|[-_]|\.html?|$)")


_UPDATED_BEFORE = re.compile(
    r"(?:updated|update|modified|aktualisiert|geändert|mis à jour|modifié|actualizado|"
    r"aggiornato|zaktualizowano|atualizado|actualitzat|bijgewerkt|uppdaterad|uppdaterat|"
    r"oppdatert|opdateret|päivitetty|aktualizováno|frissítve|güncellendi|güncelleme|"
    r"diperbarui|обновлено|обновлен|оновлено|ενημερώθηκε|更新|수정)\W{0,3}(?:\w+\W{1,3}){0,2}$",
    re.IGNORECASE,
)


# Every written date has a year or a "d.m.yy"; a long text is searched only around them
# (the full pattern tried at every position costs ~1.5 µs a character).
_ANCHOR = re.compile(r"(?:19|20)\d\d|\d\.\d{1,2}\.\d\d")
_SHORT_TEXT = 400
_BEFORE_ANCHOR = 48  # the longest date text before its year ("30 de septiembre de ")
_AFTER_ANCHOR = 16


def _date_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_TEXT_DATES`` in ``text``, in order."""
    if len(text) <= _SHORT_TEXT:
        yield from _TEXT_DATES.finditer(text)
        return
    pos = 0
    while (anchor := _ANCHOR.search(text, pos)) is not None:
        start = max(pos, anchor.start() - _BEFORE_ANCHOR)
        match = _TEXT_DATES.search(text, start, anchor.end() + _AFTER_ANCHOR)
        if match is None:
            pos = anchor.end()
            continue
        yield match
        pos = max(match.end(), pos + 1)


# The time written after a date: "21.01.2022 - 13:30", "11 septembre 2018 à 12:57",
# "May 3, 2019, 10:05 a.m.", "07.11.2023, 07:30 Uhr".
_TIME_AFTER = re.compile(
    r"[\s,|\u2013\u2014-]{0,4}(?:um|at|à|a las|alle|às|kl\.?|klo\.?)?\s{0,2}"
    r"(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)(?![\d.,]\d)(?:\s?(?P<ap>[ap])\.?\s?m\b\.?)?",
    re.IGNORECASE,
)


def _at_written_time(day: datetime, written: re.Match[str]) -> datetime:
    hour = int(written.group("h"))
    half = (written.group("ap") or "").casefold()
    if half and hour > 12:
        return day  # "13:30 pm": not a time
    if half == "p" and hour < 12:
        hour += 12
    elif half == "a" and hour == 12:
        hour = 0
    return day.replace(hour=hour, minute=int(written.group("m")))


def date_in_text(text: str) -> datetime | None:
    """The first written-out date in a short visible text ("3. Mai 2019", "May 3, 2019", "03.05.2019").

    A date labelled as an update ("Updated March 5, 2020 | Published March 1, 2020") is
    passed over for a later one, and taken only when there is no other.
    """
    updated = None
    for match in _date_matches(text):
        found = _match_date(match)
        if found is None:
            continue
        written = _TIME_AFTER.match(text, match.end())
        if written is not None:
            found = _at_written_time(found, written)
        if _UPDATED_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            updated = updated or found
            continue
        return found
    return updated


def _match_date(match: re.Match[str]) -> datetime | None:
    """The date one match of ``_TEXT_DATES`` names, or None for an impossible one."""
    groups = match.groupdict()
    for i in _GROUPS:
        year = groups[f"y{i}"]
        if year is None:
            continue
        month_text = groups[f"m{i}"]
        month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.casefold())
        if month is None:
            break
        if len(year) == 2:
            year = f"19{year}" if year >= "70" else f"20{year}"
        try:
            return datetime(int(year), month, int(groups[f"d{i}"]))
        except ValueError:
            break
    return None


def date_in_url(url: str | None) -> datetime | None:
    """The date a url path carries (``/2019/12/31/slug``), or None."""
    if not url:
        return None
    match = _URL_DATE.search(url)
    if match is None:
        return None
    try:
        year, month, day = (int(g) for g in match.groups())
        return datetime(year, month, day)
    except ValueError:
        return None


_FIRST = datetime(2000, 1, 1)
_SECOND = datetime(2000, 1, 2)


def parse_date(value: object) -> datetime | None:
    """A date or date-time from a machine-readable attribute or visible text, or None.

    ISO 8601 and RFC 2822 forms keep their time zone; ``31.12.2019`` is read day
    first; anything else goes through dateutil's parser. Unix timestamps
    (seconds) are read as UTC. Dates without a year are refused.
    """
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
            return datetime(year, month, day)
        except ValueError:
            return None
    if not re.search(r"\d{4}", text):
        return None
    try:
        with warnings.catch_warnings():  # an unknown zone name gives a naive date, not a warning
            warnings.simplefilter("ignore", dateparser.UnknownTimezoneWarning)
            fuzzy = not _ISO_DATE.match(text)
            parsed = dateparser.parse(text, fuzzy=fuzzy, tzinfos=_TZINFOS, default=_FIRST)
            if parsed.day == 1 and parsed.date() != _FIRST.date():
                # "2017/01", "Jan 2017": a month names no day; dateutil would take one from the
                # default (today's day unless told), so a second default tells a day apart.
                again = dateparser.parse(text, fuzzy=fuzzy, tzinfos=_TZINFOS, default=_SECOND)
                if again.day == _SECOND.day:
                    return None
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed is None or not 1990 <= parsed.year <= 2100:
        return None
    return valid_datetime(parsed)


def _from_timestamp(value: float) -> datetime | None:
    if value > 1e11:  # milliseconds
        value /= 1000
    try:
        parsed = datetime.fromtimestamp(value, tz=tz.UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return parsed if 1990 <= parsed.year <= 2100 else None


# -- <meta> ------------------------------------------------------------------------


PUBLISHED_KEYS = (
    "article:published_time",
    "og:published_time",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "article.published",
    "datepublished",
    "uploaddate",
    # less common names, after the usual ones
    "og:pubdate",
    "article:published",
    "publication_date",
    "published_date",
    "date_published",
    "original-publish-date",
    "originalpublicationdate",
    "dc.date.created",
    "cxenseparse:publishtime",
    "cxenseparse:recs:publishtime",
    "ptime",
    "pdate",
)
# The document's date, not said to be the publication: content systems fill it with the last
# change as often as with the first (TYPO3's ``<meta name="date">``), so the article's own
# markup comes first.
_DOCUMENT_DATE_KEYS = ("dc.date", "dcterms.date", "date")
_DATE_HINT_KEYS = PUBLISHED_KEYS + _DOCUMENT_DATE_KEYS
MODIFIED_KEYS = (
    "article:modified_time",
    "og:updated_time",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
    "article.updated",
    "datemodified",
)


def first_date(values: dict[str, list[str]], keys: tuple[str, ...]) -> datetime | None:
    for key in keys:
        for value in values.get(key, ()):
            parsed = parse_date(value)
            if parsed is not None:
                return parsed
    return None


# -- visible markup ------------------------------------------------------------------


_DATE_CLASSES = (
    '[class*="date"], [class*="Date"], [class*="datum"], [class*="time"], [class*="posted"], '
    '[class*="meta"], [id*="date"], abbr[title], [class*="publi"], [class*="created"], '
    '[class*="byline"], [class*="author"], [class*="submitted"]'
)


_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})[./-](\d{1,2})[./-]\d{2,4}(?!\d)")


def _ambiguous(raw: str) -> bool:
    """Whether an attribute's date reads both day first and month first ("06-08-2009")."""
    match = _NUMERIC_DATE.match(raw)
    return match is not None and all(int(g) <= 12 for g in match.groups())


_DATE_ELEMENTS = '[itemprop="datePublished"], [itemprop="dateModified"], time'
_DATE_MARKUP = "abbr.published[title], .published, .entry-date, .post-date, .date, .datum"
_MODIFIED_ELEMENT = '[itemprop="dateModified"]'


def _in_article(node: LexborNode, known: dict[int, bool]) -> bool:
    """Whether an ``<article>`` encloses ``node``; ``known`` remembers the answers on the way
    up, so many elements in one deep page cost one walk, not one each."""
    seen: list[int] = []
    current = node.parent
    found = False
    while current is not None:
        key = current.mem_id
        if key in known:
            found = known[key]
            break
        if current.tag == "article":
            found = True
            break
        seen.append(key)
        current = current.parent
    for key in seen:
        known[key] = found
    return found


_COMMENTISH = re.compile(r"comment|respond|reply|discussion|disqus", re.I)


def _in_comments(node: LexborNode) -> bool:
    """True for a node inside a comment thread (commenters are not the article's authors)."""
    current: LexborNode | None = node
    steps = 0
    while current is not None and steps < 40:
        attrs_ = current.attributes
        marker = f"{attrs_.get('class') or ''} {attrs_.get('id') or ''}"
        if current.tag in {"article", "li"} and _COMMENTISH.search(marker):
            return True
        if _COMMENTISH.search(marker) and current.tag in {"div", "section", "ol", "ul", "aside"}:
            return True
        current = current.parent
        steps += 1
    return False


def _document_date(doc: LexborHTMLParser) -> datetime | None:
    """The date of a ``<meta name="date">`` (or Dublin Core's ``dc.date``), or None."""
    for node in doc.css("meta[name][content]"):
        attrs_ = node.attributes
        if (attrs_.get("name") or "").strip().casefold() in _DOCUMENT_DATE_KEYS:
            parsed = parse_date(attrs_.get("content"))
            if parsed is not None:
                return parsed
    return None


_DATE_HEAD = 200
_MIGRATED = timedelta(days=90)


_TEASER_LIST_TAGS = frozenset({"li", "aside", "nav", "footer"})


def _in_teaser_list(node: LexborNode) -> bool:
    current = node.parent
    for _ in range(_LISTING_LEVELS):
        if current is None or current.tag in ("article", "main", "body"):
            return False
        if current.tag in _TEASER_LIST_TAGS:
            return True
        current = current.parent
    return False


def _element_date(node: LexborNode) -> datetime | None:
    """The date a date element gives: its machine-readable attribute, else its text."""
    attrs_ = node.attributes
    raw = attrs_.get("datetime") or attrs_.get("content") or attrs_.get("title")
    text = node.text(deep=True, separator=" ")
    parsed = parse_date(raw) if raw else None
    if parsed is None and len(text) < _DATE_HEAD:
        return date_in_text(text) or parse_date(text)
    if parsed is not None and raw and _ambiguous(raw):
        # "06-08-2009" in an attribute is ambiguous; the written date next
        # to it ("6. August 2009") says which way round it is meant.
        shown = date_in_text(text) if len(text) < _DATE_HEAD else None
        if shown is not None and shown.date() != parsed.date():
            return parsed.replace(year=shown.year, month=shown.month, day=shown.day)
    return parsed


def markup_dates(doc: LexborHTMLParser, meta: Metadata, url: str | None) -> LexborNode | None:
    """Publication and modification dates from the visible markup and the url, where the
    declared metadata gave none; returns the element that gave the publication date, if one did."""
    source: LexborNode | None = None
    declared = meta.published is not None
    # A date in the article's own path beats <time> elements, which as often belong
    # to teasers and related articles as to the article (but they may add the time).
    in_url = date_in_url(url) or date_in_url(meta.canonical_url)
    modified_node = None
    passed_over: list[LexborNode] = []  # date elements in lists and sidebars
    if meta.published is None:
        # One CSS pass sorted into the kinds of date element, most trusted first.
        kinds: tuple[list[LexborNode], ...] = ([], [], [], [])
        in_article: dict[int, bool] = {}
        for node in doc.css(_DATE_ELEMENTS):
            attrs_ = node.attributes
            prop = attrs_.get("itemprop")
            if prop == "dateModified" and modified_node is None:
                modified_node = node
            if prop == "datePublished":
                kinds[0].append(node)
            if node.tag != "time":
                continue
            if "pubdate" in attrs_:
                kinds[1].append(node)
            if "datetime" in attrs_:
                if len(kinds[2]) < 5 and _in_article(node, in_article):
                    kinds[2].append(node)
                kinds[3].append(node)
        groups: list[list[LexborNode]] = [*kinds, []]
        for index in range(len(groups)):
            if index == 3:
                # Before <time> elements anywhere on the page (as often a teaser's as the
                # article's): the dateline by the heading, then the document's date.
                found = _date_near_heading(doc) or _document_date(doc)
                if found is not None:
                    meta.published = found
                    break
            if index == len(groups) - 1:
                groups[index] = doc.css(_DATE_MARKUP)
            candidates = groups[index]
            if index >= 3:  # anywhere on the page: not in a list of teasers or a sidebar
                passed_over.extend(n for n in candidates[:20] if _in_teaser_list(n))
                candidates = [n for n in candidates[:20] if not _in_teaser_list(n)]
            for node in candidates[:5]:
                parsed = _element_date(node)
                if parsed is not None:
                    meta.published = parsed
                    source = node
                    break
            if meta.published is not None:
                break
    if declared:
        if in_url is not None and meta.published is not None:
            late = meta.published.replace(tzinfo=None) - in_url
            if late > _MIGRATED:
                # Declared months after the day in the article's own path: the date of a move
                # to a new system or of a republication, not of the article.
                meta.published = in_url
    elif meta.published is None:
        meta.published = in_url
    elif in_url is not None and meta.published.date() != in_url.date():
        meta.published = _on_day(meta.published, in_url.date()) or in_url
    if meta.published is None:
        for node in doc.css(_DATE_CLASSES)[:30]:
            text = node.text(deep=True, separator=" ")
            if not _in_comments(node) and not _in_teaser_list(node):
                found = date_in_text(text[:_DATE_HEAD])
                if found is not None:
                    meta.published = found
                    source = node
                    break
    if meta.published is None:
        # The only dates are in lists and sidebars: the first of them, rather than none.
        for node in passed_over[:5]:
            meta.published = _element_date(node)
            if meta.published is not None:
                source = node
                break
    if meta.modified is None:
        modified = doc.css_first(_MODIFIED_ELEMENT) if declared else modified_node
        if modified is not None:
            attrs_ = modified.attributes
            meta.modified = parse_date(attrs_.get("datetime") or attrs_.get("content"))
    return source


_ZERO_OFFSET = timedelta(0)


def _shift_to_day(moment: datetime, day: date) -> datetime | None:
    """A UTC ``moment`` as the same instant in the nearest whole-hour offset that falls on ``day``.

    Only for the day before or after, and only within the offsets in use (-12 to +14 hours).
    """
    seconds = moment.hour * 3600 + moment.minute * 60 + moment.second
    step = (day - moment.date()).days
    if step == -1:
        hours = -(seconds // 3600 + 1)
    elif step == 1:
        hours = -(-(86400 - seconds) // 3600)
    else:
        return None
    if not -12 <= hours <= 14:
        return None
    return moment.astimezone(timezone(timedelta(hours=hours)))


def _on_day(moment: datetime, day: date) -> datetime | None:
    """An aware ``moment`` as the same instant on ``day`` (UTC or a whole-hour offset), or None."""
    if moment.utcoffset() is None:
        return None
    utc = moment.astimezone(UTC)
    return utc if utc.date() == day else _shift_to_day(utc, day)


_LISTING_TAGS = frozenset({"a", "li", "aside", "nav", "footer"})
_LISTING_LEVELS = 8


def _in_listing(node: LexborNode) -> bool:
    """True for an element inside a link, a list item or a sidebar: where teasers stand."""
    current = node.parent
    for _ in range(_LISTING_LEVELS):
        if current is None:
            return False
        if current.tag in _LISTING_TAGS:
            return True
        current = current.parent
    return False


def _local_published(
    doc: LexborHTMLParser,
    meta: Metadata,
    url: str | None,
    values: dict[str, list[str]],
    source: LexborNode | None = None,
) -> None:
    """Put a UTC publication time on the page's own day when the page says which day that is.

    Metadata often gives the time in UTC, which for an evening or early-morning
    article is another day than the one the page prints. The day in the url path
    is asked first: on that day nothing changes, on the day next to it the time
    moves there. Other hints, most precise first: the same instant with a local
    offset in a ``<meta>`` or ``<time>``; a local ``<time datetime>`` or a shown
    date and time without zone (its distance to UTC is the offset); then the day
    alone: the date a ``<time>`` of that instant shows, the date other ``<time>``
    elements show, a date-only ``<meta>``. A ``<time>`` that is not the same
    instant counts only when it gave the date or stands inside ``<article>``:
    teasers and sidebars carry the dates of other articles.
    """
    published = meta.published
    if published is None or published.tzinfo is None or published.utcoffset() != _ZERO_OFFSET:
        return
    in_url = date_in_url(url) or date_in_url(meta.canonical_url)
    url_day = in_url.date() if in_url is not None else None
    if url_day is not None and abs((url_day - published.date()).days) > 1:
        url_day = None  # another story's date, or the url's own scheme
    naive = published.replace(tzinfo=None)
    shown_days: list[date] = []
    other_days: list[date] = []
    meta_days: list[date] = []
    for content in (value for key in _DATE_HINT_KEYS for value in values.get(key, ())):
        parsed = parse_date(content)
        if parsed is None:
            continue
        if parsed.tzinfo is not None:
            if parsed.utcoffset() and parsed == published and url_day in (None, parsed.date()):
                meta.published = parsed
                return
        elif not (parsed.hour or parsed.minute):
            meta_days.append(parsed.date())
    in_article: dict[int, bool] = {}
    source_id = source.mem_id if source is not None else None
    elsewhere: list[date] = []
    for node in doc.css("time")[:5]:
        raw = (node.attributes.get("datetime") or "").strip()
        text = node.text(deep=True)[:200]
        parsed = None
        if raw:
            parsed = parse_date(raw) if _ISO_START.match(raw) else date_in_text(raw)
        if parsed is not None and parsed.tzinfo is not None:
            if parsed.utcoffset() and parsed == published and url_day in (None, parsed.date()):
                meta.published = parsed
                return
            if parsed != published:
                continue
            shown = parse_date(text) if text.strip() else None
        elif node.mem_id == source_id or _in_article(node, in_article):
            shown = parsed or (parse_date(text) if text.strip() else None)
        else:
            if parsed is not None and not _in_listing(node):
                elsewhere.append(parsed.date())
            continue
        if shown is None:
            continue
        if shown.tzinfo is None and (shown.hour or shown.minute):
            offset = shown - naive
            minutes = offset.total_seconds() / 60
            if offset and minutes % 15 == 0 and -12 * 60 <= minutes <= 14 * 60:
                local = published.astimezone(timezone(offset))
                if url_day in (None, local.date()):
                    meta.published = local
                    return
        (shown_days if parsed is not None else other_days).append(shown.date())
    days = [url_day] if url_day is not None else shown_days + other_days + meta_days
    if url_day is None:
        near = _date_near_heading(doc)
        if near is not None:
            days.append(near.date())
        if len(set(elsewhere)) == 1:
            # <time> elements outside <article> and outside links, lists and sidebars (where
            # teasers stand) that all show one day: the page's own.
            days.append(elsewhere[0])
    for day in days:
        if day == published.date():
            return
        shifted = _shift_to_day(published, day)
        if shifted is not None:
            meta.published = shifted
            return
    if not days and published.hour in _MIDNIGHT_HOURS and _on_the_hour(published):
        # 22:00 or 23:00 UTC on the dot: a day entered without a time, stored as the local
        # midnight of Central Europe (+01:00/+02:00) and written out in UTC.
        meta.published = published.astimezone(timezone(timedelta(hours=24 - published.hour)))


_MIDNIGHT_HOURS = (22, 23)


def _on_the_hour(moment: datetime) -> bool:
    return moment.minute == moment.second == moment.microsecond == 0


_NEAR_LEVELS = 3
_NEAR_BEFORE = 200
_NEAR_AFTER = 400


# The dateline window ends at page furniture and where the article's text begins.
_WINDOW_STOPS = frozenset({"footer", "nav", "header", "aside"})
_NO_TEXT = frozenset({"script", "style", "noscript", "template"})
_LONG_BLOCK = 250
_LEAD = 100  # a dateline may open the first long paragraph ("Berlin, 25. Januar 2022: ...")


def _date_near_heading(doc: LexborHTMLParser) -> datetime | None:
    """A written date just above or below the page's only ``<h1>`` (a dateline, "Stand: …").

    The window holds the text around the heading inside its nearest ancestors,
    cut at ``footer``/``nav``/``header``/``aside`` and after the opening of the first
    paragraph with a lot of text; an ``<h1>`` in the page's header (a logo: a ``header``
    outside ``article`` and ``main``) has none.
    """
    h1s = doc.css("h1")
    if len(h1s) != 1:
        return None
    heading = h1s[0]
    if not heading.text(deep=True).strip():
        return None
    in_header = False
    current = heading.parent
    while current is not None and current.tag not in ("article", "main"):
        in_header = in_header or current.tag == "header"
        current = current.parent
    if in_header and current is None:
        return None  # the page's header, not an article's
    path = {heading.mem_id}
    box = heading
    for _ in range(_NEAR_LEVELS):
        if box.parent is None or box.parent.tag in ("body", "html"):
            break
        box = box.parent
        path.add(box.mem_id)
    before = ""
    after = [heading.text(deep=True, separator="\n")]
    after_len = 0
    seen = False
    box_id = box.mem_id
    node = box.child
    while node is not None:
        descend = False
        tag = node.tag or ""
        if node.mem_id == heading.mem_id:
            seen = True
        elif tag == "-text":
            value = node.text_content or ""
            if value.strip():
                if not seen:
                    before = (before + "\n" + value)[-_NEAR_BEFORE:]
                else:
                    after.append(value)
                    after_len += len(value)
                    if after_len >= _NEAR_AFTER:
                        break
        elif tag.startswith("-") or tag in _NO_TEXT:
            pass
        elif node.mem_id in path:
            descend = True
        elif tag in _WINDOW_STOPS:
            if seen:
                break
            before = ""
        elif tag == "p" and len(block := node.text(deep=True)) > _LONG_BLOCK:
            if seen:
                after.append(block[:_LEAD])
                break
            before = ""
        else:
            descend = True
        following = node.child if descend else None
        while following is None and node is not None:
            following = node.next
            if following is None:
                node = node.parent
                if node is None or node.mem_id == box_id:
                    break
        node = following
    window = before + "\n" + "\n".join(after)[: len(after[0]) + _NEAR_AFTER]
    return date_in_text(window)


def _with_time(doc: LexborHTMLParser, meta: Metadata, values: dict[str, list[str]]) -> None:
    """A full timestamp of the same day for a publication date that came without a time.

    The most trusted source may give the day alone (JSON-LD "November 19, 2019", a
    ``pdate=20191119``) while a less trusted one has the instant (``article:published_time``,
    ``itemprop=datePublished``, the article's ``<time datetime>``): the day is kept, the
    time and zone are taken from the other.
    """
    published = meta.published
    if published is None or published.tzinfo is not None:
        return
    day = published.date()
    wall = published.time()
    raws = [value for key in _DATE_HINT_KEYS for value in values.get(key, ())]
    for node in doc.css('[itemprop="datePublished"], time[datetime]')[:8]:
        if node.attributes.get("itemprop") == "dateModified":
            continue
        attrs_ = node.attributes
        raws.append(attrs_.get("datetime") or attrs_.get("content") or "")
    for raw in raws:
        if not raw or not _ISO_START.match(raw.strip()):
            continue
        parsed = parse_date(raw)
        if parsed is None or parsed.date() != day:
            continue
        if wall != _MIDNIGHT:
            # A written local time: only the same wall time with its zone says more.
            if parsed.tzinfo is not None and parsed.time().replace(second=0, microsecond=0) == wall:
                meta.published = parsed
                return
        elif parsed.tzinfo is not None or parsed.time() != _MIDNIGHT:
            meta.published = parsed
            return


_MIDNIGHT = datetime.min.time()


# A date the page labels as the publication date, in the languages of the pages seen;
# "last modified" labels after them, as the last resort (a wiki's only date).
_DATE_LABEL = re.compile(
    r"(?<!\w)(?:datum|date|published|publication date|posted|veröffentlicht(?: am)?|"
    r"erschienen(?: am)?|erstellt(?: am)?|publiziert(?: am)?|publié(?: le)?|mise en ligne|"
    r"publicado(?: el| em)?|publicada(?: el| em)?|fecha(?: de publicación)?|pubblicato(?: il)?|"
    r"data publikacji|opublikowano|gepubliceerd(?: op)?|publicerad|publicerat|publisert|"
    r"udgivet|julkaistu|publikováno|megjelent|publicat|diterbitkan|opublikowany|"
    r"yay\u0131nlanma(?: tarihi)?|опубликовано|опубликован|опубліковано|δημοσιεύθηκε|"
    r"公開日|发布时间|发布日期|發佈時間|게시|입력|stand)\s*:?\s*(?P<rest>.{6,40})"
)
_MODIFIED_LABEL = re.compile(
    r"(?:last (?:modified|updated|edited)(?: on)?|zuletzt (?:am|geändert am|aktualisiert am)|"
    r"aktualisiert(?: am)?|updated(?: on)?|dernière modification(?: le)?|mis à jour(?: le)?|"
    r"actualizado(?: el)?|atualizado(?: em)?|aggiornato(?: il)?|bijgewerkt(?: op)?|"
    r"uppdaterad|oppdatert|opdateret|päivitetty|aktualizováno|güncellendi|обновлено|"
    r"оновлено|ενημερώθηκε|更新日|수정)\s*:?\s*(?P<rest>.{6,40})"
)
# How far into a title its date may stand.
_TITLE_DATE = 16
# How much of the page's text is searched for a labelled date (they sit near the top).
_LABEL_TEXT_MAX = 60_000


def _labelled_date(doc: LexborHTMLParser) -> datetime | None:
    """A date after a label in the page's text ("Datum: 26. Januar 2022", "Mise en ligne 23 mai
    2019"), else after a "last modified" label."""
    body = doc.body
    if body is None:
        return None
    # Lowercased once: case-insensitive matching of long alternations is slow in Python's re.
    text = body.text(deep=True, separator="\n")[:_LABEL_TEXT_MAX].lower()
    for pattern in (_DATE_LABEL, _MODIFIED_LABEL):
        for match in pattern.finditer(text):
            found = date_in_text(match.group("rest"))
            if found is not None:
                return found
    return None


# "27.1.2022 - Bei der Erinnerung ...", "Berlin, 29. November 2022 - Die ...": a paragraph
# of running text that opens with its date (and maybe a place) and a dash or colon.
_DATELINE_OPENING = re.compile(
    r"\s*(?:[^\W\d_][\w.' -]{1,30},\s*)?(?P<date>[\w. /-]{6,24}?)\s*[-\u2013\u2014:|]\s"
)
_DATELINE_PARAGRAPHS = 40
_DATELINE_MIN = 80


def _dateline_paragraph(doc: LexborHTMLParser) -> datetime | None:
    """The date that opens one of the page's first paragraphs of running text, or None."""
    for node in doc.css("p")[:_DATELINE_PARAGRAPHS]:
        text = node.text(deep=True)
        if len(text) < _DATELINE_MIN:
            continue
        match = _DATELINE_OPENING.match(text)
        if match is not None:
            found = date_in_text(match.group("date"))
            if found is not None:
                return found
    return None


_FURNITURE = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "footer",
        "header",
        "aside",
        "form",
        "select",
        "button",
    }
)
_TEXT_SEARCH_MAX = 20_000


def _first_date_in_text(doc: LexborHTMLParser) -> datetime | None:
    """The first written date in the page's own text (not its navigation, header, footer,
    sidebars or comment threads): the last resort."""
    body = doc.body
    if body is None:
        return None
    parts: list[str] = []
    size = 0
    stack = [body]
    while stack and size < _TEXT_SEARCH_MAX:
        node = stack.pop()
        child = node.last_child
        while child is not None:
            tag = child.tag or ""
            if tag == "-text":
                value = child.text_content or ""
                if value.strip():
                    parts.append(value)
                    size += len(value)
            elif not tag.startswith("-") and tag not in _FURNITURE:
                attrs_ = child.attributes
                marker = f"{attrs_.get('class') or ''} {attrs_.get('id') or ''}"
                if not _COMMENTISH.search(marker):
                    stack.append(child)
            child = child.prev
    return date_in_text("\n".join(parts)[:_TEXT_SEARCH_MAX])


def settle_published(
    doc: LexborHTMLParser,
    meta: Metadata,
    url: str | None,
    values: dict[str, list[str]],
    source: LexborNode | None,
) -> None:
    """The last sources of a publication date (a paragraph that opens with its date, a
    labelled date, a title that opens with its date), then its time and its local day.

    (The dateline by the heading was asked in ``markup_dates``, before the date elements
    anywhere on the page.)
    """
    if meta.published is None:
        meta.published = _dateline_paragraph(doc)
    if meta.published is None:
        meta.published = _labelled_date(doc)
    if meta.published is None:
        # A title that opens with its date ("23.01.2022 - Wierer wins").
        meta.published = next(
            (d for t in meta.titles[:3] if t and (d := date_in_text(t[:_TITLE_DATE])) is not None),
            None,
        )
    if meta.published is None:
        meta.published = _first_date_in_text(doc)
    _with_time(doc, meta, values)
    _local_published(doc, meta, url, values, source)
