"""Author and date lines of comments, recognised by their structure.

A comment system prints a header above (or below) each comment: a name, often
a link to a profile, a date or a relative time, a "says" verb, buttons. This
module reads one block of Markdown (a :class:`Unit`) as such a header: saying
verbs in several languages, ``Name · 2 hours ago``, ``Name 19. Juni 2018 um
15:28``, a date alone, and inline headers (a profile link, then a time link,
then navigation links with an optional link to the parent comment). Dates are
read by ``_commentdates``; a date without its year is kept as text, never given
a guessed year.
"""

from __future__ import annotations

import re
from datetime import datetime
from itertools import pairwise

import attrs

from newsthread.markdown._ageheaders import (
    BY,
    UNVERIFIED,
    VERB_TAIL,
    name_then_age,
    profile_then_age,
)
from newsthread.markdown._answered import REPLY_LINE, REPLY_TO, parent_after_name
from newsthread.markdown._commentdates import (
    MONTH_WORDS,
    WEEKDAY_WORDS,
    is_time,
    is_yearless,
    parse_date,
)
from newsthread.markdown._headers import Header, name_like, profile_link, relative_time
from newsthread.markdown._units import Unit
from newsthread.model import Author, Link

__all__ = [
    "JS_LINK",
    "REPLY_LINE",
    "Header",
    "clean_author",
    "forget_headers",
    "heuristic_header",
    "inline_header",
    "name_like",
]

JS_LINK = re.compile(r"!?\[[^\]\n]{0,60}\]?\]\(javascript:[^)\n]{0,60}\)+", re.IGNORECASE)
# "Name says:" and its kin in other languages: a short line ending in a saying verb.
_SAYS = re.compile(
    r"^(?P<name>.{1,80}?)\s+(?:says|said|sagt|schreibt|schrieb|meint|wrote|writes|dit|a écrit|"
    r"écrit|dice|dijo|escribe|escribió|scrive|ha scritto|disse|escreveu|napisał|napisała|schreef|"
    r"пишет|написал|написала|говорит|сказал|сказала|пише|каже|pisze|mówi|diz|píše|říká|säger|"
    r"siger|sier|sanoo|kirjoitti|zegt|skriver|skrev|napsal|napsala|írta|yazdı|dedi)"  # noqa: RUF001
    r"\s*(?::|\.\.\.|…)?\s*$",  # "Anonymous said..." (Blogger)
    re.IGNORECASE,
)
# "Well said", "Nicely put": a comment's words of praise, not "<name> said".
_PRAISE = re.compile(
    r"(?:very\s+)?(?:well|nicely|beautifully|perfectly|brilliantly|exactly|so|truly|rightly|wisely|"
    r"aptly|best|correctly|clearly|bravely|honestly|gut|bien|bien\s+dit|muy\s+bien|bene|ben)",
    re.IGNORECASE,
)
_DOT = re.compile(r"^(?P<name>[^·•|\n]{1,80}?)\s*[·•|]\s*(?P<date>[^\n]{1,80})$")
_RELATIVE = re.compile(
    r"^(?:(?:\d+|an?|one)\s+(?:sec|second|min|minute|hour|hr|day|week|month|year)s?\s+ago|"
    r"vor\s+\d+\s+\w+|yesterday|today|gestern|heute|just\ now)$",
    re.IGNORECASE | re.VERBOSE,
)


# "[-]user 34 points35 points 17 hours ago (17 children)": a Reddit comment's first line
# (a flair may follow the name: "fandry96Product Manager 1 point2 points …", the name a link)
_POINTS = re.compile(
    r"^\W*(?P<name>[^\n]{1,80}?)\s+(?:-?\d+\s+points?\s*)+(?P<when>[^(\n]{0,40}?\bago)\b"
)
_ACCOUNT = re.compile(r"[\w.\-]{1,40}")


# heuristic_header's answers for the document being read, by what the reading depends on
# (several passes ask about the same units); emptied as each document is read
_HEADERS: dict[tuple[str, str, tuple[Link, ...], bool], Header | None] = {}
_MAX_HEADERS = 100_000


def forget_headers() -> None:
    """Empty the cache of header readings (at the start of each document)."""
    _HEADERS.clear()


def heuristic_header(unit: Unit) -> Header | None:
    """Author / date / permalink information in one short line, or None for comment text."""
    if len(unit.text) > 600 or unit.kind not in {"p", "h"}:
        return None  # (javascript: links can shorten a line, but not this much)
    key = (unit.kind, unit.text, tuple(unit.links), unit.bold)
    if key in _HEADERS:
        return _HEADERS[key]
    if len(_HEADERS) >= _MAX_HEADERS:
        _HEADERS.clear()
    head = _HEADERS[key] = _read_header(unit)
    return head


def _read_header(unit: Unit) -> Header | None:
    """heuristic_header without the cache (the returned headers are never changed by callers)."""
    text = JS_LINK.sub("", unit.text).strip() if "javascript:" in unit.text else unit.text.strip()
    if "\n" in text and len(text) <= 160:
        return _name_over_date(unit, text)
    if not text or len(text) > 160 or "\n" in text or unit.kind not in {"p", "h"}:
        return None
    whole_link = (
        unit.links[0]
        if len(unit.links) == 1 and unit.links[0].end - unit.links[0].start >= len(text)
        else None
    )
    head = (
        _points_header(unit, text)
        or _says_header(unit, text)
        or _date_header(text, whole_link)
        or _name_and_date(unit, text)
        or _relative_header(unit, text)
        or profile_then_age(unit, text)
    )
    if head is not None:
        return head
    if text.startswith("(") and text.endswith(")") and "(" not in text[1:]:
        text = text[1:-1].strip()  # "( Ann | 2015. január 21., szerda - 15:03 )" (Drupal)
    return (
        _dot_header(unit, text)
        or _date_then_name_header(unit, text)
        or name_then_age(unit, text)
        or _link_or_bold_header(unit, text, whole_link)
    )


def _points_header(unit: Unit, text: str) -> Header | None:
    """Reddit's "[-]user 34 points 17 hours ago" line."""
    points = _POINTS.match(text)
    if points is None:
        return None
    lead = points.group("name")
    link = next(
        (
            k
            for k in unit.links
            if profile_link(k.url) and lead.startswith(unit.text[k.start : k.end])
        ),
        None,
    )
    name = unit.text[link.start : link.end] if link is not None else lead.lstrip("[]-\u2013 ")
    if link is None and " " in name:
        name = name.split()[0]  # a flair after the name, without the link to tell where
    if not _ACCOUNT.fullmatch(name):
        return None
    return Header(
        author=Author(name, link.url if link else None),
        date_text=points.group("when").strip(),
    )


def _says_header(unit: Unit, text: str) -> Header | None:
    """ "Ann says:" and its kin, unless the name is a word of praise ("Well said")."""
    says = _SAYS.match(text)
    if says is None or _PRAISE.fullmatch(says.group("name").strip().strip("*_")):
        return None
    name = says.group("name").strip().strip("*_")
    link = unit.links[0] if unit.links and unit.links[0].start <= 1 else None
    if any(c.isdigit() for c in name):  # "Ann on March 3, 2024 at 10:15 am said:"
        dated = _name_and_date(unit, name)
        if dated is not None and dated.author is not None:
            return Header(
                author=Author(dated.author.name, link.url if link else None),
                published=dated.published,
                date_text=dated.date_text,
            )
    return Header(author=Author(name, link.url if link else None))


# "« Antwort #1 am: 12. März 2024, 10:02:13 »" (SMF), "Reply #3 on: March 12, 2024": a post's
# number and the word before the date, with the date
_POST_LABEL = re.compile(
    r"^[«»\s]*(?:(?:antwort|reply|re|réponse|respuesta|risposta|ответ|odpowiedź|odpověď|"
    r"beitrag|post|message|mensaje)\s*#\s*\d{1,7}\s*)?"
    r"(?:am|on|le|el|il|em|op|dnia|в)\s*:\s*(?=\d|[^\W\d_]{3})",
    re.IGNORECASE,
)


_POST_NUMBER_TAIL = re.compile(r"\s+#\d{1,7}$")


def _date_header(text: str, whole_link: Link | None) -> Header | None:
    """A line that is a date, with or without its year, perhaps linked to the comment (or
    after a post's number: "« Antwort #1 am: 12. März 2024, 10:02:13 »")."""
    label = _POST_LABEL.match(text) if ":" in text else None
    if label is not None:
        text = text[label.end() :].rstrip(" »«")
    number = _POST_NUMBER_TAIL.search(text) if "#" in text else None
    if number is not None and number.start() > 0:  # "03-03-2024, 11:40 AM #2" (vBulletin)
        text = text[: number.start()]
    date = parse_date(text)
    if date is not None:
        return Header(published=date, url=whole_link.url if whole_link else None)
    if is_yearless(text):
        return Header(date_text=text, url=whole_link.url if whole_link else None)
    return None


def _relative_header(unit: Unit, text: str) -> Header | None:
    """ "3 hours ago" and its kin, perhaps linked to the comment."""
    relative = relative_time(text)
    if relative is None:
        return None
    link = next((k for k in unit.links if unit.text[k.start : k.end].strip() == relative), None)
    return Header(date_text=relative, url=link.url if link else None)


def _dot_header(unit: Unit, text: str) -> Header | None:
    """ "Ann · 2h", "Ann | 3 March 2020": a name, a separator, then a date or an age."""
    dot = _DOT.match(text)
    if dot is None:
        return None
    when = dot.group("date").strip()
    date = parse_date(when)
    if not (
        date is not None or _RELATIVE.match(when) or relative_time(when) or _COMPACT_AGE.match(when)
    ):
        return None
    name = dot.group("name").strip()
    parent = parent_after_name(unit, name) if unit.text == text else None
    reply_name = None
    if parent is not None:  # "[Bob](/by/bob) [Ann](#comment-1) • 2 years ago" (Disqus)
        name = name[: parent.start].strip()
        reply_name = unit.text[parent.start : parent.end].strip()
    elif unit.text == text:
        # "[Bob](/by/bob) Ann • 2 years ago": the parent's link dropped by the converter, its
        # name left after the author's link (the builder nests by it only where Ann wrote above)
        first = unit.links[0] if unit.links else None
        rest = name[first.end :].strip() if first is not None and first.start <= 1 else ""
        if first is not None and rest and len(rest.split()) <= 4 and name_like(rest):
            name, reply_name = name[: first.end].strip(), rest
    if "@" in name:
        name = _HANDLE_IN_NAME.sub("", name).strip() or name  # "Ann (@ann) · 2h"
    link = next((k for k in unit.links if k.start <= 1 and k.end >= len(name)), None)
    return Header(
        author=Author(name, link.url if link else None),
        published=date,
        date_text=None if date else when,
        reply_to=parent.url[1:] if parent is not None else None,
        reply_to_name=reply_name,
    )


def _date_then_name_header(unit: Unit, text: str) -> Header | None:
    """ "March 3, 2020 at 10:15 am by Ann", "3 March 2020 - Ann" (a reply button after it)."""
    backwards = _DATE_THEN_NAME.match(_REPLY_TAIL.sub("", text))  # ("… 11:08 Uhr - Antworten")
    if backwards is None or not _name_after_date(backwards.group("name")):
        return None
    date = parse_date(backwards.group("date"))
    if date is None:
        return None
    name = backwards.group("name").strip("*_ ")
    link = next((k for k in unit.links if k.end >= len(text) - 1), None)
    return Header(author=Author(name, link.url if link else None), published=date)


def _link_or_bold_header(unit: Unit, text: str, whole_link: Link | None) -> Header | None:
    """A permalink ("#12", "permalink"), a bold name, or a heading that links a name to its
    profile."""
    if whole_link is not None and (
        text.lower() in {"permalink", "#", "link"} or _POST_NUMBER.match(text)
    ):
        return Header(url=whole_link.url)
    if unit.bold and len(text) <= 80:
        link = unit.links[0] if unit.links else None
        return Header(author=Author(text, link.url if link else None))
    if (
        unit.kind == "h"
        and whole_link is not None
        and profile_link(whole_link.url)
        and name_like(text)
    ):
        return Header(
            author=Author(text, whole_link.url)
        )  # a heading: a name linked to its profile
    return None


# the date first, then the name: "March 3, 2020 at 10:15 am by Ann", "3 March 2020 - Ann"
_DATE_THEN_NAME = re.compile(
    r"^(?P<date>[^\n]{6,60}?\d[^\n]{0,20}?)\s+(?:by|von|par|por|door|[-\u2013\u2014|])\s+(?P<name>[^\n\d]{1,60})$",
    re.IGNORECASE,
)


def _name_after_date(text: str) -> bool:
    """A name after a date: name-like, and one word or capitalised ("the day it changed" is a title)."""
    text = text.strip("*_ ")
    return name_like(text) and (" " not in text or text[:1].isupper())


_HANDLE_IN_NAME = re.compile(r"\s*\(?@[\w.\-]{1,40}(?:@[\w.\-]{1,60})?\)?")
_POST_NUMBER = re.compile(r"^#\d{1,7}$")  # "#12": a forum post's permalink


def _name_over_date(unit: Unit, text: str) -> Header | None:
    """``Ann`` / ``März 7, 2018``: a name and a date in one paragraph, split by a line break."""
    name, _, when = (line.strip() for line in text.partition("\n"))
    if "\n" in when:
        return None
    parent = parent_after_name(unit, name)
    if parent is not None:  # "[Bob](/by/bob) [Ann](#comment-1)" / "• 2 years ago" (Disqus)
        name = name[: parent.start].strip()
    if not name_like(name) or is_time(name):
        return None
    date = parse_date(when.lstrip(" ·•|-\u2013"))
    relative = None if date is not None else relative_time(when)
    if date is None and relative is None:
        return None
    link = next((k for k in unit.links if k.start <= 1 and k.end >= len(name)), None)
    return Header(
        author=Author(name.strip("*_"), link.url if link else None),
        published=date,
        date_text=relative,
        reply_to=parent.url[1:] if parent is not None else None,
        reply_to_name=unit.text[parent.start : parent.end].strip() if parent is not None else None,
    )


_NAV_LINK = re.compile(
    r"^(?:parent|root|next|prev|context|link|permalink|[\[\]\u2013\-+]+)$", re.IGNORECASE
)
_NAV_WORDS = re.compile(
    r"(?:\s*[|·•]\s*(?:parent|root|next|prev|context|flag|favorite|hide|\[[\u2013-]\]))+(?=\s|$)",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")
_VOTES = re.compile(r"(?:\s*[+\-\u2212]?\d{1,6}){1,3}\s*")
_COMPACT_AGE = re.compile(r"^\d{1,4}\s?(?:s|m|min|h|d|w|mo|y|yr)$", re.IGNORECASE)
_PARENT_WORDS = (
    "parent",
    "in reply to",
    "reply to",
    "antwort auf",
    "en respuesta a",
    "en réponse à",
)


@attrs.define(slots=True)
class Inline:
    """A header at the start of a longer unit: ``[name](/user/x) [4 hours ago](/item?id=1) | [parent](#0) text``."""

    header: Header
    cut: int  #: where the comment's own text starts
    parent: str | None  #: the id a parent link points to
    #: navigation labels after the time ("root", "parent", "prev", "next"), links or words
    nav: frozenset[str] = frozenset()


def inline_header(unit: Unit) -> Inline | None:
    """A profile link, then a link whose text is a time, then navigation links: the rest is text."""
    links = sorted(unit.links, key=lambda k: k.start)
    text = unit.text
    first = next((k for k in links if profile_link(k.url)), None)
    if first is None:
        return None
    before = [k for k in links if k.end <= first.start]
    prefix = "".join(text[a.end : b.start] for a, b in pairwise([Link(0, 0, ""), *before, first]))
    if "javascript:" in prefix:
        prefix = JS_LINK.sub("", prefix)  # a collapse button markdown-it-py refused as a link
    if prefix.strip(" ![]|·•+-\u2013"):  # only images, vote and collapse buttons, separators first
        return None
    later = [k for k in links if k.start >= first.end]
    timed = _time_link(text, later[0]) if later else None
    if timed is None or text[first.end : later[0].start].strip(" |·•"):
        # the time first, then the name ("[3h](/@bo/112) [**Bo** @bo@town](/@bo)": Mastodon)
        if not before or text[before[-1].end : first.start].strip(" |·•"):
            return None
        timed = _time_link(text, before[-1])
        if timed is None:
            return None
        later, time_link = [first, *later], before[-1]
    else:
        time_link = later[0]
    published, relative = timed
    cut = later[0].end
    parent: str | None = None
    nav: set[str] = set()
    for link in later[1:]:
        gap = text[cut : link.start]
        label = text[link.start : link.end].strip()
        if gap.strip(" |·•") or not (
            _NAV_LINK.match(label) or label.lower().startswith(_PARENT_WORDS)
        ):
            break
        if label.lower().startswith(_PARENT_WORDS) and link.url.startswith("#"):
            parent = link.url[1:]
        nav.add(label.lower())
        cut = link.end
    words = _NAV_WORDS.match(text, cut)  # converters that drop in-page links keep their labels
    if words is not None:
        nav.update(w.lower() for w in _WORD.findall(words.group()))
        cut = words.end()
    script = JS_LINK.match(text, len(text) - len(text[cut:].lstrip(" "))) if cut else None
    if script is not None:  # a collapse button markdown-it-py refused ("[[-]](javascript:...)")
        cut = script.end()
    if _VOTES.fullmatch(text, cut):
        cut = len(text)  # "[3mo](…) 47 33": vote counts after the time, the text follows apart
    name = text[first.start : first.end].strip()
    if "@" in name:
        name = (
            _HANDLE.sub("", name) or name
        )  # "Bo Lind @bo@town.example": the account after the name
    head = Header(
        author=Author(name, first.url),
        published=published,
        url=time_link.url,
        date_text=relative,
    )
    return Inline(head, cut, parent, frozenset(nav))


_HANDLE = re.compile(r"\s+@[\w.\-]{1,40}(?:@[\w.\-]{1,60})?$")


def _time_link(text: str, link: Link) -> tuple[datetime | None, str | None] | None:
    """(date, relative time) of a link whose text is a time, or None."""
    when = text[link.start : link.end].strip()
    published = parse_date(when)
    relative = None if published is not None else relative_time(when)
    if relative is None and published is None and _COMPACT_AGE.match(when):
        relative = when  # "3mo", "5d": an age as a link beside the profile link (LessWrong)
    if published is None and relative is None:
        return None
    return published, relative


_REPLY_TAIL = re.compile(
    r"\s*[-\u2013|·]?\s*[\[(]?\s*(?:antworten|antwort|reply|répondre|responder|rispondi)"
    r"\s*[↓→]?\s*[\])]?\s*$",
    re.IGNORECASE,
)
_MONTH_NAMES = "|".join(sorted({m for ms in MONTH_WORDS for m in ms}, key=len, reverse=True))
_DATE_TAIL = re.compile(
    r"(?:\d{1,2}\.?\s+[^\W\d_]+\.?,?\s+\d{4}|\d{1,2}\s+de\s+[^\W\d_]+\s+de\s+\d{4}|[^\W\d_]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d\d-\d\d"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    # a month and a day without the year, with a time after it: "Jun 20th at 2:41 am", "12. März um 14:05"
    rf"|(?<!\w)(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?=[\s,]+\D{{0,4}}\d{{1,2}}:\d\d)"
    rf"|\d{{1,2}}\.?\s+(?:{_MONTH_NAMES})\.?(?=[\s,]+\D{{0,4}}\d{{1,2}}:\d\d))[^\n]{{0,30}}$",
    re.IGNORECASE,
)


_WEEKDAY_NAMES = "|".join(sorted({d for ds in WEEKDAY_WORDS for d in ds}, key=len, reverse=True))
_WEEKDAY_TAIL = re.compile(
    rf"[\s,»|·-]*\b(?:(?i:{_WEEKDAY_NAMES})|(?<=[,»|·-]\s)(?:Mo|Di|Mi|Do|Fr|Sa|So))\.?,?\s*$"
)
# the label of a member's join date on a forum's profile card, just before the date
_MEMBER_SINCE = re.compile(
    r"(?:joined|registered|member\s+since|mitglied\s+seit|dabei\s+seit|registriert(?:\s+seit)?|"
    r"beigetreten|inscrit(?:\s+le)?|inscription|registrado|miembro\s+desde|iscritto|"
    r"зарегистрирован|на\s+сайте\s+с)\W{0,4}$",  # noqa: RUF001
    re.IGNORECASE,
)
_GLUED_MONTH = re.compile(
    # after a lower-case letter, or after a capital one ending an abbreviation ("NYMarch 3")
    r"(?:(?<=[a-zß-ÿ])|(?<=[A-Z]{2}))(?=(?:"
    + "|".join(sorted({m.capitalize() for ms in MONTH_WORDS for m in ms}, key=len, reverse=True))
    + r")\.?\s+\d)"
)
# a comment's number before its author's name: "1.", "1.1", "#12"
_NUMBER = re.compile(r"^#?(\d{1,4}(?:\.\d{1,4})*)\.?\s+(?=\S)")
# "Ann on 03/06/2024", "Jan am 12. März 2020", "Luc le 3 juin": the word joining name and date
_CONNECTOR = re.compile(r"\s+(?:on|at|am|um|le|el|il|op|в|,)\s*$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_REPLY_URL = re.compile(r"replytocom=|#respond\b|[?&]reply=", re.IGNORECASE)


def _name_and_date(unit: Unit, text: str) -> Header | None:
    """``Name 19. Juni 2018 um 15:28 Uhr - Antworten``: a name, then a date, then chrome."""
    if _DIGIT.search(text) is None:
        return None  # every form of _DATE_TAIL holds a digit
    core = _REPLY_TAIL.sub("", text).rstrip(" :")  # "Ann schrieb am 12. März 2024 um 14:05:"
    tail = _DATE_TAIL.search(core)
    if tail is not None and (tail.start() == 0 or parse_date(tail.group()) is None):
        # "AnonymousMarch 16, 2013 at 6:14 PM", "Stéphane SurprenantDecember 8, 2020 at 10:12 AM":
        # a name glued to the date's month
        glued = _GLUED_MONTH.search(core)
        if glued is not None:
            core = core[: glued.start()] + " " + core[glued.start() :]
            tail = _DATE_TAIL.search(core)
    if tail is None or tail.start() == 0:
        return None
    end = tail.start()
    # "Ann, [Do 9 Apr 2020 / 08:34](#c-1)": the date's link starts before the date (a weekday)
    inside = next((k for k in unit.links if 2 < k.start < end < k.end), None)
    if inside is not None:
        end = inside.start
    lead = _WEEKDAY_TAIL.sub(
        "", core[:end]
    )  # "by Ann » Tue Mar 03, 2020": the weekday opens the date
    if _MEMBER_SINCE.search(lead):
        return None  # "Joined: Sun Jan 05, 2020": a profile card's field, not a comment's date
    name = BY.sub("", _CONNECTOR.sub("", lead)).strip(" -\u2013\u2014|·•,:*»")
    name = UNVERIFIED.sub("", VERB_TAIL.sub("", name)).strip(" ,")
    says = _SAYS.match(name)
    if says is not None:  # "Ann says: March 3, 2020 at 10:15 am" on one line
        name = says.group("name").strip(" ,")
    number = _NUMBER.match(name)
    if number is not None:  # "1.1 Ann 3. März 2024": the comment's number, then the name
        name = name[number.end() :]
    reply_to = reply_name = None
    reply = REPLY_TO.search(name)
    if reply is not None:  # "Bob in reply to [Ann](#comment-1) 3 Mar 2024 10.40"
        name, reply_name = name[: reply.start()].strip(" ,"), name[reply.end() :].strip(" ,")
        phrase = unit.text.find(reply.group().strip())
        target = next((k for k in unit.links if k.start > phrase >= 0 and "#" in k.url), None)
        reply_to = target.url.rsplit("#", 1)[1] if target is not None else None
    when = parse_date(tail.group())
    partial = when is None and is_yearless(tail.group())
    if (when is None and not partial) or not name or len(name) > 80:
        return None
    at = core.find(name)
    author_link = next(
        (k for k in unit.links if k.start <= max(at, 0) + 2 and at < k.end <= tail.start() + 1),
        None,
    )
    permalink = next(
        (k for k in unit.links if k.start >= end - 1 and not _REPLY_URL.search(k.url)),
        None,
    )
    if permalink is None and author_link is not None and at > 2:
        # "[Post](…#p501) by **[Ann](/u/2)** » date": a permalink's label before the name
        permalink = next(
            (k for k in unit.links if k.start <= 2 and k.end <= at and k is not author_link), None
        )
    return Header(
        author=Author(name, author_link.url if author_link else None),
        published=when,
        url=permalink.url if permalink else None,
        date_text=tail.group().strip() if partial else None,
        reply_to=reply_to,
        reply_to_name=reply_name or None,
        number=number.group(1) if number is not None else None,
    )


# a role badge after a name on the same line: "Mathias Autor", "Ann Admin"
_ROLE = re.compile(
    r"(?<!\s)\s+(?:autor(?:in)?|author|admin(?:istrator)?|moderator(?:in)?|auteur|autore)$",
    re.IGNORECASE,
)


def clean_author(author: Author | None) -> Author | None:
    """``author`` without a role badge or a date and buttons after the name
    ("Ben 19. Juni 2018 um 15:28 Uhr - Antworten", "Mathias Autor")."""
    if author is None:
        return None
    name = author.name
    if any(c.isdigit() for c in name) and len(name) <= 160:
        head = _name_and_date(Unit("p", name), name)
        if head is not None and head.author is not None:
            name = head.author.name
    role = _ROLE.search(name)
    if role is not None and role.start() > 0:
        name = name[: role.start()]
    unverified = UNVERIFIED.search(name)
    if unverified is not None and unverified.start() > 0:
        name = name[: unverified.start()]  # "Pieter (not verified)"
    return author if name == author.name else Author(name, author.url)
