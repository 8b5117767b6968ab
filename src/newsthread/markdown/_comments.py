"""Find the comment section in a unit stream and turn it into a comment tree.

Two modes. A section that newsthread wrote (its heading carries the anchor
``<a id="comments">``) is read strictly: every comment starts with its anchored
header line and nothing is guessed. Any other section is read by heuristics:
boilerplate of comment forms and share buttons is dropped, list items become
comments nested as their lists are, and author, date and permalink lines that
converters print are recognised.
"""

from __future__ import annotations

import contextlib
import html
import re
import unicodedata
from datetime import datetime
from functools import lru_cache
from itertools import pairwise
from typing import Any

import attrs
from dateutil import parser as dateparser

from newsthread.markdown._chrome import fold_header_lists, fold_text_lists, is_counter
from newsthread.markdown._headers import level_of, profile_link, relative_time
from newsthread.markdown._section import count_line, header_run, named_heading
from newsthread.markdown._units import Unit
from newsthread.model import Author, Comment, CommentStatus, Link

__all__ = ["SECTION_ANCHOR", "build_comments", "find_section", "is_time", "section_count"]

#: The anchor id that marks the comment section newsthread writes.
SECTION_ANCHOR = "comments"

_COUNT_WORDS = {"no": 0, "one": 1, "ein": 1, "eine": 1, "un": 1, "une": 1, "two": 2, "zwei": 2}
_SECTION = re.compile(
    r"""^\W{0,3}
    (?:(?:all|view|show|read|see|alle)\s+)?
    (?:(?P<n>\d[\d.,\u202f\u00a0 ]{0,12}|no|one|two|ein|eine|zwei|un|une)\s+)?
    (?P<word>comments?|responses?|replies|reactions?|thoughts?|kommentare?|reaktionen|gedanken|
       antworten|réponses?|respuestas?|
       commentaires?|comentarios?|komentarz[ey]?|leserkommentare|discussion|diskussion)
    (?:\s+(?:on|to|zu|für|auf|sur|sobre)\s+.{0,300})?
    \s*(?:\(\s*(?P<m>\d[\d.,]{0,12})\s*\))?\s*:?\W{0,3}$""",
    re.IGNORECASE | re.VERBOSE,
)
_PLURAL = re.compile(r"(?:s|e|es|ies|y)$", re.IGNORECASE)

# Lines of comment forms, share bars and thread chrome; matched against a whole line.
_BOILERPLATE = re.compile(
    r"""^(?:
    leave\ a\ (?:reply|comment|response)(?:\ to\ .{0,200})?|post\ a\ comment|add\ a\ comment|
    write\ a\ comment|join\ the\ discussion|
    please\ enter\ your\ (?:comment|name|e-?mail)(?:\ address)?(?:\ here)?|
    you\ have\ entered\ an\ incorrect\ email\ address|
    your\ e-?mail\ address\ will\ not\ be\ published.{0,200}|required\ fields\ are\ marked.{0,40}|
    (?:click\ here\ to\ )?cancel\ reply|(?:post|submit|send)\ (?:comment|reply)|
    save\ my\ name.{0,200}|notify\ me\ of\ .{0,200}|
    (?:name|e-?mail|website|comment|kommentar|nachricht)(?:\ \(required\))?\s*\*?|
    reply(?:\ ?[↓→])?|antworten|antwort(?:\ ?[↓→])?|répondre|responder|rispondi|reply\ to\ this\ comment|
    log\ in\ to\ reply|you\ must\ be\ logged\ in\ to\ post\ a\ comment.{0,60}|
    this\ site\ uses\ akismet.{0,200}|
    share(?:\ this)?(?:\ on\ \w+)?|tweet|follow|subscribe|(?:like|liken)+|like\ this|gefällt\ mir|
    (?:liken|like)?\s*gefällt\s+\d+\s+person(?:en)?|liked\s+by\s+\d+\s+(?:person|people)|\d+\s+likes?|
    facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|print|copy\ link|
    schreibe\ einen\ kommentar.{0,200}|kommentar\ (?:hinterlassen|schreiben|verfassen|abschicken)|
    deine\ e-?mail-adresse\ wird\ nicht\ veröffentlicht.{0,200}|
    erforderliche\ felder\ sind\ .{0,60}|antworten\ abbrechen|
    (?:load|show|view)\ more\ (?:comments|replies)|\d+\ more\ (?:repl(?:y|ies)|comments?)|
    continue\ this\ thread|report\ ?save|save|report|comments\ are\ closed|
    kommentare\ sind\ geschlossen|die\ kommentarfunktion\ ist\ geschlossen
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Lines that open a comment form: what follows outside the thread's lists is form, not comment.
_FORM = re.compile(
    r"^(?:leave\ a\ (?:reply|comment|response)|post\ a\ comment|add\ a\ comment|write\ a\ comment|"
    r"schreibe\ einen\ kommentar|kommentar\ (?:hinterlassen|schreiben|verfassen)|"
    r"please\ enter\ your\ comment)",
    re.IGNORECASE | re.VERBOSE,
)
# Lines after which a page shows no more comments.
_CLOSED = re.compile(
    r"^(?:comments\ are\ closed|kommentare\ sind\ geschlossen|die\ kommentarfunktion\ ist\ geschlossen)",
    re.IGNORECASE | re.VERBOSE,
)
_JS_LINK = re.compile(r"!?\[[^\]\n]{0,60}\]?\]\(javascript:[^)\n]{0,60}\)+", re.IGNORECASE)
_IMAGE_ONLY = re.compile(r"^!\[[^\]]{0,200}\]\([^)\s]*\)$")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
# "Name says:" and its kin in other languages: a short line ending in a saying verb.
_SAYS = re.compile(
    r"^(?P<name>.{1,80}?)\s+(?:says|said|sagt|schreibt|schrieb|meint|wrote|writes|dit|a écrit|"
    r"écrit|dice|dijo|escribe|escribió|scrive|ha scritto|disse|escreveu|napisał|napisała|schreef|"
    r"пишет|написал|написала)\s*:?\s*$",
    re.IGNORECASE,
)
_DOT = re.compile(r"^(?P<name>[^·•|\n]{1,80}?)\s*[·•|]\s*(?P<date>[^\n]{1,80})$")
_RELATIVE = re.compile(
    r"^(?:(?:\d+|an?|one)\s+(?:sec|second|min|minute|hour|hr|day|week|month|year)s?\s+ago|"
    r"vor\s+\d+\s+\w+|yesterday|today|gestern|heute|just\ now)$",
    re.IGNORECASE | re.VERBOSE,
)
_ANCHOR = re.compile(r'^<a\s+id="([^"]*)"\s*>$')
_ISO = re.compile(r"^[+-]?\d{4,}-\d\d-\d\d(?:[T ][0-9:.,+\-Z]*)?$")
_STATUS = {s.value: s for s in CommentStatus if s is not CommentStatus.PUBLISHED}
_MORE = re.compile(r"^(\d+) more$")
_SCORE = re.compile(r"^score (-?\d+)$")


def _count(text: str) -> int | None:
    digits = re.sub(r"\D", "", text)
    if digits:
        return int(digits[:18])
    return _COUNT_WORDS.get(text.strip().lower())


def section_count(unit: Unit) -> tuple[bool, int | None]:
    """Whether ``unit`` opens a comment section, and the count it declares."""
    if unit.anchor == SECTION_ANCHOR and unit.kind == "h":
        match = _SECTION.match(unit.text)
        if match is None:
            return True, None
        found = match.group("n") or match.group("m")
        return True, _count(found) if found else None
    if unit.depth or unit.quote != -1 or unit.kind not in {"h", "p"}:
        return False, None
    text = unit.text
    if len(text) > 400 or "\n" in text:
        return False, None
    if unit.kind == "h" and unit.links:
        text = _without_links(unit)  # "Comments [Leave a comment](#respond)"
    match = _SECTION.match(text)
    if match is None and unit.kind == "h":
        word, _, rest = text.partition(" ")
        if rest and _FORM.match(rest) and _SECTION.match(word):
            return True, None  # "Comments Leave a comment": the form link's text stayed
    if match is None:
        if unit.kind == "p" and unit.links:
            return False, None
        return count_line(text, unit.kind == "h")
    found = match.group("n") or match.group("m")
    word = match.group("word").lower()
    if not found and not _PLURAL.search(word) and unit.kind != "h":
        return False, None  # a lone "Comment" is a form label, not a section
    if not found and word in {"antworten", "gedanken", "réponses", "respuestas"}:
        return False, None  # a "reply" button, not a section
    if unit.kind == "p" and unit.links:
        return False, None  # "[45 comments](#)" at the top, "Comments on [HN](…) | [Reddit](…)"
    return True, _count(found) if found else None


#: Units after a named heading in which two comment dates or headers confirm it.
_CONFIRM = 40


def _without_links(unit: Unit) -> str:
    """The text of a unit with the text of its links cut out."""
    parts: list[str] = []
    at = 0
    for link in sorted(unit.links, key=lambda k: k.start):
        if link.start >= at:
            parts.append(unit.text[at : link.start])
            at = link.end
    parts.append(unit.text[at:])
    return " ".join("".join(parts).split())


def find_section(units: list[Unit], ours: bool = False) -> tuple[int, int | None, bool, bool]:
    """Where the comment section starts (len(units) if none), its count, strictness, and
    whether the unit there only opens it (a heading) or is its first comment.

    In a document newsthread wrote (``ours``) only its anchored heading counts.
    Without a heading or count line, a run of comment headers opens the section.
    """
    for i, unit in enumerate(units):
        if unit.anchor == SECTION_ANCHOR and unit.kind == "h":
            opens, count = section_count(unit)
            return i, count, True, True
    if ours:
        return len(units), None, True, True
    first: int | None = None
    for i, unit in enumerate(units):
        opens, count = section_count(unit)
        if opens and unit.kind == "h":
            return i, count, False, True  # a heading wins over a line of text
        if opens and first is None:
            first = i
    if first is not None:
        return first, section_count(units[first])[1], False, True
    for i, unit in enumerate(units):
        if unit.kind == "h" and not unit.depth and named_heading(_without_links(unit)):
            following = units[i + 1 : i + 1 + _CONFIRM]
            if sum(_header_piece(u) in {"time", "header"} for u in following) >= 2:
                return i, None, False, True
    run = header_run(units, _starts_comment)
    if run is not None:
        return run, None, False, False
    return len(units), None, False, True


def _header_piece(unit: Unit) -> str:
    """What one line of a comment header is: "time", "header" (author and time), "chrome" or ""."""
    if is_boilerplate(unit.text):
        return "chrome"
    head = _heuristic_header(unit)
    if head is None or (head.published is None and head.date_text is None):
        return ""
    return "header" if head.author is not None else "time"


def _item_has_header(group: list[Unit]) -> bool:
    """Whether the first blocks of a list item hold a comment header."""
    blocks = [u for u in group if u.kind in {"p", "h"} and u.text.strip()]
    for unit in blocks[:3]:
        if _heuristic_header(unit) is not None:
            return True
        if unit.links and _inline_header(unit) is not None:
            return True
    return False


def _starts_comment(unit: Unit) -> bool:
    """A unit that opens a comment on its own: a level line or an author line with a time."""
    if unit.kind not in {"p", "h"} or unit.quote != -1:
        return False
    if level_of(unit.text) is not None:
        return True
    if unit.links and _inline_header(unit) is not None:
        return True
    head = _heuristic_header(unit)
    return (
        head is not None
        and head.author is not None
        and (head.published is not None or head.date_text is not None)
    )


def is_boilerplate(line: str) -> bool:
    """A whole line of comment-form or share-bar chrome."""
    line = line.strip()
    if "javascript:" in line and not _JS_LINK.sub("", line).strip():
        return True  # buttons whose links markdown-it-py refused (javascript:void(0))
    if _IMAGE_ONLY.match(line):
        return True  # an image a converter could not turn into a link (data: URLs)
    if len(line) > 300:
        return False
    if is_counter(line):
        return True
    core = _EDGE.sub("", unicodedata.normalize("NFC", line))
    return bool(core) and _BOILERPLATE.match(core) is not None


_MONTHS = [
    ("jan", "january", "januar", "jänner", "janvier", "enero"),
    ("feb", "february", "februar", "février", "febrero"),
    ("mar", "march", "märz", "mär", "mars", "marzo"),
    ("apr", "april", "avril", "abril"),
    ("may", "mai", "mayo"),
    ("jun", "june", "juni", "juin", "junio"),
    ("jul", "july", "juli", "juillet", "julio"),
    ("aug", "august", "août", "agosto"),
    ("sep", "sept", "september", "septembre", "septiembre"),
    ("oct", "okt", "october", "oktober", "octobre", "octubre"),
    ("nov", "november", "novembre", "noviembre"),
    ("dec", "dez", "december", "dezember", "décembre", "diciembre"),
]


class _DateInfo(dateparser.parserinfo):
    """English, German, French and Spanish month names; "at", "um", "Uhr", "de" are skipped."""

    MONTHS = _MONTHS  # type: ignore[assignment]
    JUMP = [*dateparser.parserinfo.JUMP, "um", "uhr", "de", "à", "le", "am", "a", "las"]  # noqa: RUF012


_DATE_INFO = _DateInfo()
_MONTH_WORD = re.compile(
    r"(?<!\w)(?:"
    + "|".join(sorted({m for ms in _MONTHS for m in ms}, key=len, reverse=True))
    + r")",
    re.IGNORECASE,
)


_NO_YEAR = datetime(1, 1, 1)


def _parse_date(text: str) -> datetime | None:
    """A date with its year; a date without one ("Jun 20th at 2:41 am") is not guessed (see _yearless)."""
    found = _date_or_yearless(text)
    return found if found is not None and found.year != 1 else None


def _yearless(text: str) -> bool:
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
    try:
        return dateparser.parse(text, parserinfo=_DATE_INFO, default=_NO_YEAR)
    except (ValueError, OverflowError, TypeError):
        return None


def is_time(text: str) -> bool:
    """Whether a short text is a date or a relative time."""
    return _date_or_yearless(text) is not None or relative_time(text) is not None


@attrs.define(slots=True)
class _Header:
    """What a comment's header lines said."""

    author: Author | None = None
    published: datetime | None = None
    url: str | None = None
    date_text: str | None = None


# "[-]user 34 points35 points 17 hours ago (17 children)": a Reddit comment's first line
_POINTS = re.compile(
    r"^\W*(?P<name>[\w.\-]{1,40})\s+(?:-?\d+\s+points?\s*)+(?P<when>[^(\n]{0,40}?\bago)\b"
)
# Action links under a comment; "permalink" and "parent" carry data, the rest is chrome.
_ACTIONS = {
    "permalink",
    "parent",
    "embed",
    "save",
    "report",
    "give award",
    "share",
    "reply",
    "hide",
}


def _action(unit: Unit) -> tuple[str, str] | None:
    """``("permalink", url)`` or ``("parent", "#id")`` for a unit that is one action link."""
    text = unit.text.strip().lower()
    if text not in _ACTIONS or len(unit.links) != 1:
        return None
    return text, unit.links[0].url


def _heuristic_header(unit: Unit) -> _Header | None:
    """Author / date / permalink information in one short line, or None for comment text."""
    if len(unit.text) > 600 or unit.kind not in {"p", "h"}:
        return None  # (javascript: links can shorten a line, but not this much)
    text = _JS_LINK.sub("", unit.text).strip() if "javascript:" in unit.text else unit.text.strip()
    if not text or len(text) > 160 or "\n" in text or unit.kind not in {"p", "h"}:
        return None
    whole_link = (
        unit.links[0]
        if len(unit.links) == 1 and unit.links[0].end - unit.links[0].start >= len(text)
        else None
    )
    points = _POINTS.match(text)
    if points is not None:
        link = next(
            (k for k in unit.links if unit.text[k.start : k.end] == points.group("name")), None
        )
        return _Header(
            author=Author(points.group("name"), link.url if link else None),
            date_text=points.group("when").strip(),
        )
    says = _SAYS.match(text)
    if says is not None:
        name = says.group("name").strip().strip("*_")
        link = unit.links[0] if unit.links and unit.links[0].start <= 1 else None
        return _Header(author=Author(name, link.url if link else None))
    date = _parse_date(text)
    if date is not None:
        return _Header(published=date, url=whole_link.url if whole_link else None)
    if _yearless(text):
        return _Header(date_text=text, url=whole_link.url if whole_link else None)
    named = _name_and_date(unit, text)
    if named is not None:
        return named
    relative = relative_time(text)
    if relative is not None:
        link = next((k for k in unit.links if unit.text[k.start : k.end].strip() == relative), None)
        return _Header(date_text=relative, url=link.url if link else None)
    dot = _DOT.match(text)
    if dot is not None:
        when = dot.group("date").strip()
        date = _parse_date(when)
        if date is not None or _RELATIVE.match(when) or relative_time(when):
            name = dot.group("name").strip()
            link = next((k for k in unit.links if k.start <= 1 and k.end >= len(name)), None)
            return _Header(
                author=Author(name, link.url if link else None),
                published=date,
                date_text=None if date else when,
            )
    if whole_link is not None and text.lower() in {"permalink", "#", "link"}:
        return _Header(url=whole_link.url)
    if unit.bold and len(text) <= 80:
        link = unit.links[0] if unit.links else None
        return _Header(author=Author(text, link.url if link else None))
    return None


_NAV_LINK = re.compile(
    r"^(?:parent|root|next|prev|context|link|permalink|[\[\]\u2013\-+]+)$", re.IGNORECASE
)
_NAV_WORDS = re.compile(
    r"(?:\s*[|·•]\s*(?:parent|root|next|prev|context|flag|favorite|hide|\[[\u2013-]\]))+(?=\s|$)",
    re.IGNORECASE,
)
_TABLE_TAIL = re.compile(r"[\s:\-]*\|[\s|:\-]*$")
_PARENT_WORDS = (
    "parent",
    "in reply to",
    "reply to",
    "antwort auf",
    "en respuesta a",
    "en réponse à",
)


@attrs.define(slots=True)
class _Inline:
    """A header at the start of a longer unit: ``[name](/user/x) [4 hours ago](/item?id=1) | [parent](#0) text``."""

    header: _Header
    cut: int  #: where the comment's own text starts
    parent: str | None  #: the id a parent link points to


def _inline_header(unit: Unit) -> _Inline | None:
    """A profile link, then a link whose text is a time, then navigation links: the rest is text."""
    links = sorted(unit.links, key=lambda k: k.start)
    text = unit.text
    first = next((k for k in links if profile_link(k.url)), None)
    if first is None:
        return None
    before = [k for k in links if k.end <= first.start]
    prefix = "".join(text[a.end : b.start] for a, b in pairwise([Link(0, 0, ""), *before, first]))
    if prefix.strip(" ![]|·•"):  # only images, vote buttons and separators may come first
        return None
    later = [k for k in links if k.start >= first.end]
    if not later or text[first.end : later[0].start].strip(" |·•"):
        return None
    when = text[later[0].start : later[0].end].strip()
    published = _parse_date(when)
    relative = None if published is not None else relative_time(when)
    if published is None and relative is None:
        return None
    cut = later[0].end
    parent: str | None = None
    for link in later[1:]:
        gap = text[cut : link.start]
        label = text[link.start : link.end].strip()
        if gap.strip(" |·•") or not (
            _NAV_LINK.match(label) or label.lower().startswith(_PARENT_WORDS)
        ):
            break
        if label.lower().startswith(_PARENT_WORDS) and link.url.startswith("#"):
            parent = link.url[1:]
        cut = link.end
    words = _NAV_WORDS.match(text, cut)  # converters that drop in-page links keep their labels
    if words is not None:
        cut = words.end()
    head = _Header(
        author=Author(text[first.start : first.end].strip(), first.url),
        published=published,
        url=later[0].url,
        date_text=relative,
    )
    return _Inline(head, cut, parent)


_REPLY_TAIL = re.compile(
    r"\s*[-\u2013|·]?\s*[\[(]?\s*(?:antworten|antwort|reply|répondre|responder|rispondi)"
    r"\s*[↓→]?\s*[\])]?\s*$",
    re.IGNORECASE,
)
_MONTH_NAMES = "|".join(sorted({m for ms in _MONTHS for m in ms}, key=len, reverse=True))
_DATE_TAIL = re.compile(
    r"(?:\d{1,2}\.?\s+[^\W\d_]+\.?,?\s+\d{4}|[^\W\d_]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d\d-\d\d"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    # a month and a day without the year, with a time after it: "Jun 20th at 2:41 am", "12. März um 14:05"
    rf"|(?<!\w)(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?=[\s,]+\D{{0,4}}\d{{1,2}}:\d\d)"
    rf"|\d{{1,2}}\.?\s+(?:{_MONTH_NAMES})\.?(?=[\s,]+\D{{0,4}}\d{{1,2}}:\d\d))[^\n]{{0,30}}$",
    re.IGNORECASE,
)


# "geschrieben von Ann am …", "posted by Ann on …", "par Ann le …": the words before the name
_BY = re.compile(
    r"^\s*(?:(?:geschrieben|verfasst|posted|written|submitted|publié|escrito|scritto|"
    r"kommentiert)\s+)?(?:von|by|par|por|da|door)\s+",
    re.IGNORECASE,
)
_GLUED_MONTH = re.compile(
    r"(?<=[a-zß-ÿ])(?=(?:"
    + "|".join(sorted({m.capitalize() for ms in _MONTHS for m in ms}, key=len, reverse=True))
    + r")\.?\s+\d)"
)
# "Ann on 03/06/2024", "Jan am 12. März 2020", "Luc le 3 juin": the word joining name and date
_CONNECTOR = re.compile(r"\s+(?:on|at|am|um|le|el|il|op|в|,)\s*$", re.IGNORECASE)
_REPLY_URL = re.compile(r"replytocom=|#respond\b|[?&]reply=", re.IGNORECASE)


def _name_and_date(unit: Unit, text: str) -> _Header | None:
    """``Name 19. Juni 2018 um 15:28 Uhr - Antworten``: a name, then a date, then chrome."""
    core = _REPLY_TAIL.sub("", text)
    tail = _DATE_TAIL.search(core)
    if tail is not None and tail.start() == 0:
        # "AnonymousMarch 16, 2013 at 6:14 PM": a name glued to the date's month
        glued = _GLUED_MONTH.search(core)
        if glued is not None:
            core = core[: glued.start()] + " " + core[glued.start() :]
            tail = _DATE_TAIL.search(core)
    if tail is None or tail.start() == 0:
        return None
    name = _BY.sub("", _CONNECTOR.sub("", core[: tail.start()])).strip(" -\u2013|·,:")
    when = _parse_date(tail.group())
    partial = when is None and _yearless(tail.group())
    if (when is None and not partial) or not name or len(name) > 80:
        return None
    author_link = next((k for k in unit.links if k.start <= 2 and k.end <= tail.start() + 1), None)
    permalink = next(
        (k for k in unit.links if k.start >= tail.start() - 1 and not _REPLY_URL.search(k.url)),
        None,
    )
    return _Header(
        author=Author(name, author_link.url if author_link else None),
        published=when,
        url=permalink.url if permalink else None,
        date_text=tail.group().strip() if partial else None,
    )


@attrs.define(slots=True)
class _Own:
    """The header line of a comment written by newsthread."""

    id: str
    author: Author | None = None
    published: datetime | None = None
    url: str | None = None
    status: CommentStatus = CommentStatus.PUBLISHED
    more_count: int | None = None
    score: int | None = None
    in_reply_to: str | None = None
    continues: str | None = None


def _own_header(unit: Unit) -> _Own | None:
    """Parse ``<a id="ID"></a> **Name** · date · … · [permalink](url)`` from inline tokens."""
    tokens = unit.inline
    if not tokens or unit.anchor is None:
        return None
    own = _Own(unit.anchor)
    plain: list[str] = []
    i = 0
    n = len(tokens)
    # skip the anchor and its closing tag
    while i < n and tokens[i].type == "html_inline":
        i += 1
    while i < n:
        tok = tokens[i]
        if tok.type == "strong_open":
            j = i + 1
            name: list[str] = []
            while j < n and tokens[j].type != "strong_close":
                name.append(_inline_text(tokens[j]))
                j += 1
            own.author = Author("".join(name))
            i = j + 1
            continue
        if tok.type == "link_open":
            href = str(tok.attrs.get("href", ""))
            j = i + 1
            inner: list[str] = []
            strong = False
            while j < n and tokens[j].type != "link_close":
                if tokens[j].type == "strong_open":
                    strong = True
                inner.append(_inline_text(tokens[j]))
                j += 1
            label = "".join(inner)
            before = "".join(plain).rstrip()
            if strong:
                own.author = Author(label, href)
            elif label.startswith("#") and before.endswith("in reply to"):
                own.in_reply_to = label[1:]
            elif label.startswith("#") and before.endswith("continues"):
                own.continues = label[1:]
            else:
                own.url = href
            plain.append(" · ")
            i = j + 1
            continue
        plain.append(_inline_text(tok))
        i += 1
    for piece in "".join(plain).split("·"):
        piece = piece.strip()
        if not piece or piece in {"in reply to", "continues"}:
            continue
        if piece in _STATUS:
            own.status = _STATUS[piece]
        elif (more := _MORE.match(piece)) is not None:
            own.more_count = int(more.group(1))
        elif (score := _SCORE.match(piece)) is not None:
            own.score = int(score.group(1))
        elif _ISO.match(piece):
            with contextlib.suppress(ValueError):
                own.published = datetime.fromisoformat(piece)
    return own


def _inline_text(tok: Any) -> str:
    if tok.type in {"text", "code_inline"}:
        return str(tok.content)
    if tok.type in {"softbreak"}:
        return " "
    if tok.type == "hardbreak":
        return "\n"
    return ""


def anchor_id(html_tag: str) -> str | None:
    """The id of an ``<a id="...">`` tag as newsthread writes it."""
    match = _ANCHOR.match(html_tag)
    if match is None:
        return None
    value = match.group(1)
    if "&#" in value:  # newsthread writes numeric references; decode them exactly (even U+2FFFE)
        value = _NUMERIC_REF.sub(_from_ref, value)
    return html.unescape(value) if "&" in value else value


_NUMERIC_REF = re.compile(r"&#(\d{1,7});")


def _from_ref(match: re.Match[str]) -> str:
    code = int(match.group(1))
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF or code == 0x26:
        return match.group(0)
    return chr(code)


_PINGBACK = re.compile(r"^(Pingback|Trackback):", re.IGNORECASE)
# a name may hold periods ("Dr. Webbaer", "J. R. Smith") but does not end a sentence with one
_NAME = re.compile(r"^[^\n!?:;,]{1,60}$")


def _name_like(text: str) -> bool:
    """A short line that could be a commenter's name (kept as text unless a date follows)."""
    if text.endswith(".") or (". " in text and len(text.split()) > 4):
        return False
    return bool(_NAME.match(text)) and len(text.split()) <= 6 and any(c.isalpha() for c in text)


@attrs.define(slots=True)
class _Open:
    """A comment being built: its paragraphs so far and whether header lines may still come."""

    comment: Comment
    parts: list[str] = attrs.field(factory=list)
    header: bool = True
    explicit: bool = False
    pending: Unit | None = None  #: a name-like first line, an author if a date line follows
    late: Unit | None = None  #: a name-like line after the text, an author if a date line follows


def _titles(units: list[Unit], index: int) -> bool:
    """Whether the heading at ``index`` is a comment's title: an author line follows it."""
    for unit in units[index + 1 : index + 3]:
        if unit.text.strip():
            if unit.item != -1:
                return False  # a list of linked posts with dates: a sidebar
            head = _heuristic_header(unit)
            return head is not None and head.author is not None
    return False


def _late_header(state: _Open, unit: Unit, text: str) -> bool:
    """A name and a date line after the text of a comment that has neither (SPIP, some forums).

    Returns whether ``unit`` was taken as (part of) that header.
    """
    c = state.comment
    if c.author is not None or c.published is not None or not state.parts:
        return False
    if state.late is not None:
        late, state.late = state.late, None
        head = _heuristic_header(unit)
        if head is not None and head.author is None and (head.published or head.date_text):
            link = late.links[0] if late.links else None
            c.author = Author(late.text.strip(), link.url if link else None)
            c.published = head.published
            if head.date_text is not None:
                c.extra = {"date_text": head.date_text}
            return True
        state.parts.append(late.text.strip())
    if len(text) <= 60 and (unit.bold or _name_like(text)):
        state.late = unit
        return True
    return False


def _key(url: str | None) -> str | None:
    """The comment id at the end of a permalink: ``…/comments/abc/title/nysll2o/`` or ``…#c-12``."""
    if not url:
        return None
    if "#" in url:
        return url.rsplit("#", 1)[1] or None
    query = _ID_PARAM.search(url)
    if query is not None:
        return query.group(1)
    return url.rstrip("/").rsplit("/", 1)[-1] or None


_ID_PARAM = re.compile(r"[?&](?:id|cid|comment|comment_id|commentid)=([\w-]+)", re.IGNORECASE)


def _relink(top: list[Comment], refs: list[tuple[Comment, str]]) -> list[Comment]:
    """Move flat comments under the comment their "parent" link names (old Reddit's markup)."""
    by_key: dict[str, Comment] = {}
    for comment in top:
        key = _key(comment.url)
        if key is not None:
            by_key.setdefault(key, comment)
    moved: set[int] = set()
    for comment, ref in refs:
        parent = by_key.get(ref)
        if parent is None or parent is comment or comment.parent is not None:
            continue
        if any(a is comment for a in parent.ancestors()):
            continue
        parent.add(comment)
        moved.add(id(comment))
    return [c for c in top if id(c) not in moved]


def build_comments(units: list[Unit], strict: bool) -> list[Comment]:
    """The comment tree of the units after the section heading.

    Nesting: in a document newsthread wrote, from the list structure and the
    ``continues`` references; otherwise from the indentation of the lines that
    open list items, so that converters which indent only the marker line
    still nest. Paragraphs outside any list belong to the comment before them
    unless they open a new one with an author or date line. Comments get the
    ids of their anchors when they have one; the others get ``c1``, ``c2``, ...
    in document order, skipping ids taken by anchors.
    """
    top: list[Comment] = []
    made: list[_Open] = []
    by_item: dict[int, _Open] = {}
    item_parent: dict[int, int] = {}
    by_id: dict[str, Comment] = {}
    columns: list[tuple[int, Comment]] = []  # open list comments by marker column (heuristic mode)
    current: _Open | None = None
    in_form = False
    parent_refs: list[tuple[Comment, str]] = []
    levels: list[tuple[int, Comment]] = []  # comments opened by "level N" lines
    if not strict:
        fold_header_lists(units, _header_piece)
        fold_text_lists(units, _item_has_header)
    flat_headers = not strict and any(
        u.item == -1 and u.kind == "p" and _heuristic_header(u) is not None for u in units
    )

    def create(unit: Unit, parent: Comment | None, with_unit: bool = True) -> _Open:
        comment = Comment(id="")
        own = _own_header(unit) if unit.anchor is not None else None
        state = _Open(comment)
        if own is not None:
            comment.id = own.id
            comment.author = own.author
            comment.published = own.published
            comment.url = own.url
            comment.status = own.status
            comment.more_count = own.more_count
            comment.score = own.score
            comment.in_reply_to = own.in_reply_to
            state.explicit = True
            state.header = False
            if own.continues is not None:
                parent = by_id.get(own.continues)
                if parent is None:
                    comment.in_reply_to = own.continues
            by_id[own.id] = comment
        if parent is not None:
            parent.add(comment)
        else:
            top.append(comment)
        made.append(state)
        if own is None and with_unit:
            feed(state, unit)
        return state

    def feed(state: _Open, unit: Unit) -> None:
        if strict:
            state.parts.append(unit.text)
            return
        text = unit.text.strip()
        if not text:
            return  # an avatar image or an emptied line says nothing
        if state.header:
            head = _heuristic_header(unit)
            if head is not None:
                c = state.comment
                if state.pending is not None and head.author is None and c.author is None:
                    link = state.pending.links[0] if state.pending.links else None
                    c.author = Author(state.pending.text.strip(), link.url if link else None)
                    state.pending = None
                if head.author is not None and c.author is None:
                    c.author = head.author
                if head.published is not None and c.published is None:
                    c.published = head.published
                if head.url is not None and c.url is None:
                    c.url = head.url
                if head.date_text is not None:
                    c.extra = {"date_text": head.date_text}
                return
            if state.pending is None and not state.parts and _name_like(text):
                state.pending = unit
                return
            inline = _inline_header(unit) if unit.links else None
            if inline is not None:
                c = state.comment
                c.author = c.author or inline.header.author
                c.published = c.published or inline.header.published
                c.url = c.url or inline.header.url
                if inline.header.date_text is not None:
                    c.extra = {"date_text": inline.header.date_text}
                if inline.parent is not None:
                    parent_refs.append((c, inline.parent))
                text = unit.text[inline.cut :].strip()
                if not text:
                    return
        state.header = False
        if _late_header(state, unit, text):
            return
        if "|" in text:
            text = _TABLE_TAIL.sub("", text)  # the cell and delimiter row of a GFM table
        if state.pending is not None:
            state.parts.append(state.pending.text.strip())
            state.pending = None
        if text:
            state.parts.append(text)

    for index, unit in enumerate(units):
        if unit.kind in {"hr", "html"}:
            continue
        title = not strict and unit.kind == "h" and unit.depth == 0 and _titles(units, index)
        if not strict:
            line = unit.text.strip()
            if unit.depth == 0 and made and _CLOSED.match(line):
                break
            if (
                unit.kind == "h"
                and unit.depth == 0
                and made
                and not _FORM.match(line)
                and not is_boilerplate(line)
                and _heuristic_header(unit) is None
                and not title
            ):
                break  # a heading outside the thread: sidebar, footer, related articles
            if unit.depth == 0 and _FORM.match(line):
                in_form = True
            lines = unit.text.split("\n")
            kept = [line for line in lines if not is_boilerplate(line)]
            if not kept:
                continue
            if len(kept) != len(lines):
                unit.text = "\n".join(kept)
                unit.links = []
        action = None if strict else _action(unit)
        if action is not None:
            if current is not None and action[0] == "permalink" and current.comment.url is None:
                current.comment.url = action[1]
            elif current is not None and action[0] == "parent" and action[1].startswith("#"):
                parent_refs.append((current.comment, action[1][1:]))
            continue
        if unit.item != -1:
            item_parent.setdefault(unit.item, unit.parent_item)
            state = by_item.get(unit.item)
            if state is None:
                parent: Comment | None = None
                if strict:
                    key = unit.parent_item
                    while key != -1 and key not in by_item:
                        key = item_parent.get(key, -1)
                    parent = by_item[key].comment if key != -1 else None
                else:
                    while columns and columns[-1][0] >= unit.column:
                        columns.pop()
                    parent = columns[-1][1] if columns else None
                state = create(unit, parent)
                by_item[unit.item] = state
                if not strict:
                    columns.append((unit.column, state.comment))
                in_form = False
            else:
                feed(state, unit)
            current = state
            continue
        level = None if strict or unit.depth else level_of(unit.text)
        if level is not None:  # "level 2": the depth, stated above the comment
            while levels and levels[-1][0] >= level:
                levels.pop()
            current = create(unit, levels[-1][1] if levels else None, with_unit=False)
            levels.append((level, current.comment))
            columns.clear()
            in_form = False
            continue
        starts = (
            unit.anchor is not None
            or title
            or (
                not strict
                and (
                    _heuristic_header(unit) is not None
                    or (bool(unit.links) and _inline_header(unit) is not None)
                )
            )
        )
        if title:  # a comment's title: its text's first paragraph, above the author line
            current = create(unit, None, with_unit=False)
            current.pending = unit
            columns.clear()
            in_form = False
        elif starts and (current is None or not current.header):
            current = create(unit, None)
            columns.clear()
            in_form = False
        elif in_form:
            continue
        elif current is not None:
            feed(current, unit)
        elif not flat_headers:
            current = create(unit, None)
        # else: loose text before the first comment of a thread whose comments open with
        # author lines is page chrome (sort buttons, help text)

    survivors: list[_Open] = []
    dropped: set[int] = set()
    for state in made:
        c = state.comment
        empty = not state.explicit and not state.parts and state.pending is None
        if empty and not c.replies and c.author is None and c.published is None and c.url is None:
            # an item that held only chrome (an avatar, a "Follow" button): nothing to keep
            if c.parent is not None:
                c.detach()
            else:
                dropped.add(id(c))
            continue
        survivors.append(state)
    made = survivors
    if parent_refs:
        top = _relink(top, parent_refs)
    if dropped:
        top = [c for c in top if id(c) not in dropped]
    taken = {s.comment.id for s in made if s.explicit}
    number = 0
    for state in made:
        if state.pending is not None:
            state.parts.insert(0, state.pending.text.strip())
        if state.late is not None:
            state.parts.append(state.late.text.strip())
        state.comment.text = "\n\n".join(state.parts)
        if not state.explicit:
            kind = _PINGBACK.match(state.comment.text)
            if kind is not None:
                state.comment.status = CommentStatus(kind.group(1).lower())
            number += 1
            while f"c{number}" in taken:
                number += 1
            state.comment.id = f"c{number}"
    return top
