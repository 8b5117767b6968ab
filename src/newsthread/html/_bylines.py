"""Bylines: the article's authors from raw byline values.

``add_authors`` turns raw values ("By Ann Lee and Bo Chan, CNN", "Von Lars Fischer und
Alina Schadwinkel", "Jane Doe, MS, RDN", "Posted on May 3, 2020 by kimray") into ``Author``
entries: byline words in several languages stripped, several authors split, job titles,
degrees, weekdays, dates, handles and outlet credits dropped, agency and desk credits
("Reuters", "dpa", "Staff") kept as authors of their own. Finding the byline on the page is
``_byline_search``'s part.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from newsthread.html._byline_words import AGENCIES, DEGREES, PARTICLES
from newsthread.model import Author

__all__ = [
    "BY",
    "BY_SEGMENT",
    "MID_BY",
    "add_authors",
    "clean_name",
    "complete_authors",
    "is_agency",
    "is_outlet",
    "mid_by",
]

# Words that open a byline, in the languages of the pages seen: "By", "Von", "Par", "Por",
# "Di", "Door", "Av", "Af", "Przez", "Oleh", "Yazar", "Szerző", "Автор", "بقلم", "מאת", "著者",
# "文/"…, and their longer forms.
BY = re.compile(
    r"^\s*(?:(?:an? )?(?:analysis|opinion|commentary|review|interview|story|text|reporting|"
    r"report|words|column)\s+by|post(?:ed)? (?:author )?by|written by|words by|"
    r"veröffentlicht von|geschrieben von|erstellt von|ein (?:beitrag|artikel|text) von|"
    r"(?:zeige )?(?:alle[s]?|mehr|weitere) (?:beiträge |artikel |texte )?von|(?:all |more )?(?:posts|articles|stories) by|more by|"
    r"eingestellt von|gepostet von|verfasst von:?|gespeichert von|submitted by|redaktion:|(?:ein )?(?:beitrag|artikel|text) von|"
    r"text(?:\s*(?:,|und|&)\s*(?:interview|fotos?|bilder|redaktion))+:|text(?: und fotos?)?:|texte?:|interview:|autor[*/_:]in(?:nen)?:?|autor(?:in)?:?|author:?|auteur:?|"
    r"auteur\(s\):?|autor\(en\):?|author\(s\):?|autore:?|redacción:|posted|post author|by|von|vom|par|por|przez|door|av|af|(?-i:di|de|Di(?=\s+\S+\s+\S))|"
    r"oleh|penulis\s*:|yazar:?|yazan:?|szerző:?|kirjoittanut|kirjoittaja:?|tekst:|teksti:|текст:|автор:?|بقلم|كتب|מאת|"
    r"texto:?|escrito por|reportagem de|reportaje de|scritto da|a cura di|napisał(?:a)?:?|"
    r"skrevet af|skrevet av|skrivet av|tác giả:?|από (?:τον|την)|"
    r"著者[:\uff1a]?|作者[:\uff1a]?|撰文[:\uff1a]?|责任编辑[:\uff1a]?|責任編輯[:\uff1a]?|文[/\uff0f:\uff1a\u30fb]|記者[:\uff1a]?|记者[:\uff1a]?)[ \t]?:?(?:\s+|(?<=[:\uff1a/\uff0f\u30fb])\s*)",
    re.IGNORECASE,
)
_MONTH_NAMES = (
    r"january|february|march|april|june|july|august|september|october|november|december|"
    r"januar|februar|märz|juni|juli|oktober|dezember|janvier|février|avril|juin|juillet|"
    r"septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|octubre|noviembre|diciembre"
)
_MONTH_SHORT = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|mai|okt|dez|janv|févr|avr|juil|déc"
)
_WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo"
)
# Weekdays as written before a date ("Tue, 11/19/2019", "Di., 19.11.2019").
_WEEKDAY_SHORT = r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mo|di|mi|do|fr|sa|so"
_AFTER_NAME = re.compile(
    # "on", "le", "am"… only before a date: "Loïc Le Clerc" keeps its particle.
    rf"\s+(?:am|on|le|el|il|op|um|at|den|del|du)\s+(?=\d|(?:{_WEEKDAYS}|{_MONTH_NAMES}|{_MONTH_SHORT})\b|"
    rf"(?:{_WEEKDAY_SHORT})\.?,\s*(?:\d|(?:{_MONTH_NAMES}|{_MONTH_SHORT})\b)).*$|"
    r"\s+(?:illustrations?|fotos?|photos?|bilder|grafiken?|images?|kamera|camera)(?:\s+(?:von|by)|\s*:).*$|"
    r"\s+(?:published|updated|veröffentlicht|publiziert|aktualisiert|publié|"
    r"publicado|pubblicato|alle artikel|alle beiträge|all posts|all articles|more articles)\b.*$|\s*[|•·]\s*.*$|\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}.*$|"
    r"\s*,?\s*(?:datum|date|fecha|data|stand)\s*:.*$|\s*,?\s+\d{1,2}\.?\s+[^\W\d_]+\.?\s+\d{4}.*$|\s*,\s*\d.*$|\s*,?\s+[^\W\d_]+\.?\s+\d{1,2},?\s+\d{4}.*$",
    re.IGNORECASE,
)
# A field after a short name, set off by a spaced dash ("Jane Doe - Reuters", "Jane Doe — 3
# hours ago"); a longer text before one is a title, not a byline.
_DASH_FIELD = re.compile(r"\s+[-\u2013\u2014]\s+.*$")
_NAME_WORDS = 4


def _before_dash(text: str) -> str:
    field = _DASH_FIELD.search(text)
    if field is not None and len(text[: field.start()].split()) <= _NAME_WORDS:
        return text[: field.start()]
    return text


_NOT_A_NAME = re.compile(
    r"https?://|www\.|@|©|^(?:published|updated|last updated|veröffentlicht|aktualisiert|publié|"
    r"publicado|zuletzt|mehr|more|weitere|further|plus de|más)\b|\[at\]|\(at\)|\.txt\b|\bposts? by\b|\bview all\b|\balle beiträge\b|profile?\b|\bperfil\b|\bsign (?:in|out|up)\b|\blog ?(?:in|out)\b|\bregistr|\b(?:ab|an)melden\b|\b\d{3,}|"
    r"\bfollow\b|\bfolgen\b|\bshare\b|\bcomments?\b|\bkommentare?\b|\bread more\b|\bmore from\b|"
    r"\bcontact\b|\bnewsletter\b|\bsubscribe\b|\bsign in\b|\blog ?in\b|\bhome\b|^[^\w]*$|"
    r"^(?:by|von|par|por|di|de|door|av|af|przez|author|autor|autorin|auteur|autore|posted|"
    r"published|updated|publiziert|veröffentlicht|aktualisiert|eingestellt|geschrieben|"
    r"written|unknown|anonymous|anonym|admin|administrator|guest|gast|publisher|herausgeber|"
    r"webmaster|editor|user|none|null|anónimo|anonimo|anonyme|facebook|twitter|instagram|"
    r"linkedin|youtube|tiktok)$",
    re.IGNORECASE,
)
# Job titles that stand in for a name ("AP Sports Writer", "CNN Editor-at-large") or follow it.
_JOB_TITLE = re.compile(
    r"\b(?:(?:senior|chief|staff|contributing|sports|political|science|health|business|"
    r"national|foreign|managing|executive|deputy|associate|assistant|special|freelance|"
    r"technology|tech|investigative|white house|washington|legal|digital|news|global|"
    r"economics|entertainment|music|film|food|travel|opinion|weather|general)\s+)*"
    r"(?:writer|editor(?:-at-large|-in-chief)?|correspondent|reporter|columnist|contributor|"
    r"journalist|producer|critic|analyst|anchor|photographer|intern|redakteur(?:in)?|"
    r"korrespondent(?:in)?|chefredakteur(?:in)?|journaliste|rédacteur|rédactrice|"
    r"corresponsal|redactor(?:a)?|periodista|giornalista|inviat[oa])s?\b",
    re.IGNORECASE,
)
# A job title before the name ("Rechtsanwalt Sebastian Einbock", "Staff Writer Jo Lee"):
# dropped when a name of two words or more follows.
_TITLE_BEFORE = re.compile(
    r"^(?:(?:rechtsanw[aä]lt(?:in)?|fachanw[aä]lt(?:in)?|notar(?:in)?|attorney|lawyer|"
    r"avocat(?:e)?|abogad[oa]|avvocato)\b|" + _JOB_TITLE.pattern + r")\s+(?=\S+\s+\S)",
    re.IGNORECASE,
)
# (an agency's name before it, "JOHN DOE AP Sports Writer", goes with ``_agency_after``)
_TITLE_AFTER = re.compile(r"\s+(?:" + _JOB_TITLE.pattern + r")$", re.IGNORECASE)
_NOT_ALONE = re.compile(
    rf"(?:(?:{_WEEKDAYS}|{_MONTH_NAMES})(?:[\s,.]+\d.*)?|(?:{_WEEKDAY_SHORT})\.|no author|unknown author|"
    r".*\s(?:von|by|par|por))$",
    re.IGNORECASE,
)
_TRAILING_WEEKDAY = re.compile(rf"[\s,]+(?:{_WEEKDAYS})\b.*$", re.IGNORECASE)
_LINK_LABEL = re.compile(
    r"\s*(?:(?:view|see|read|show|browse|visit)\b|"
    r"(?:fotos?|photos?|photograph|bild(?:er)?|images?|credits?|quelle|source|źródło|fuente|fonte|bron|kilde|källa)\s*:)",
    re.IGNORECASE,
)
# Single words that label a byline's parts, not a name.
_LABELS = frozenset(
    {
        "datum",
        "date",
        "fecha",
        "data",
        "time",
        "zeit",
        "uhr",
        "the",
        "and",
        "und",
        "with",
        "mit",
        "last",
        "zuletzt",
        "stand",
        # what "by" says in prose ("uses find by default")
        "default",
        "far",
        "hand",
        "design",
        "email",
        "mail",
        "phone",
        "chance",
        "mistake",
        "accident",
        "itself",
        "themselves",
    }
)
# Splits several authors: "A and B", "A, B, and C", "A und B", "A et B", "A y B", "A e B",
# "A with B", "A (avec B et C)" ("And" too, in a title-case byline; the short words only in
# lower case).
_SPLIT = re.compile(
    r"\s*(?:,\s*(?:(?i:and|und|et)|&|y|e)\s|;|\||/|,|\s(?:(?i:and|und|et|with)|&|y|e|i|en|og|och|oraz)\s|"
    r"\s\(?(?:avec|mit|con|com)\s|"
    # an interview's guest and host ("Jane Doe im Gespräch mit John Roe")
    r"\s(?i:im gespräch|im interview|in conversation|en conversation|in conversazione|"
    r"en conversación)\s(?i:mit|with|avec|con)\s)\s*"
)
# What follows a name and is not a name: the outlet or place ("Jane Doe For The Mail On
# Sunday", "Jane Doe for Dailymail.com", "Jane Doe in Washington"); and a part that opens
# with a preposition ("João Silva, da Agência Brasil").
_AFFILIATION = re.compile(
    # ("Jane Doe The Washington Post", "Jane Doe The Guardian": a syndicated story's outlet, no
    # comma between; not an epithet, "Jane Doe The Third")
    r"\s+(?:(?i:for|from|special to)\s+(?=(?i:the)\s|\S+\.[a-z]{2,}\b|[A-Z]{2,}\b)|(?=The\s+[A-Z][\w.-]*\s+[A-Z]|The\s+(?!(?:First|Second|Third|Fourth|Elder|Younger|Great|Wise)$)[A-Z][\w.-]*$)|"
    r"(?:in|at|aus|à|em)\s+(?=[^\W\d_]))\S.*$"
)
_PREPOSITION_PART = re.compile(r"^(?:da|do|della|of|for|from|at|für|pour|para|special to|in)\s")
_PARTICLE_PREFIX = re.compile(
    r"^(?:al|el|ad|as|an|ar|at|az|ul|d|l|o)['\u2019-][^\W\d_]", re.IGNORECASE
)


# A byline word inside a line ("Posted on May 3, 2020 by Ann Lee", "Blog Beitrag von …"):
# the name follows it, unless what comes before credits something else ("Photo by …").
MID_BY = re.compile(
    r"(?:^|\s)(?:by|par|por|przez|door|(?:beitrag|artikel|text|verfasst|geschrieben|erstellt|"
    r"gepostet|eingestellt|veröffentlicht|redaktion)\s+von:?|redaktion:|verfasst von:?)\s+(?=\S)",
    re.IGNORECASE,
)
# "von" right after a date or a time ("06.11.2023 13:30 von Olga"; elsewhere a particle): a
# pattern of its own, tried only on a text with "von" in it (as a part of ``MID_BY`` it made
# every search twice as slow).
_DATED_VON = re.compile(r"(?:(?<=\d\d)|(?<=\d\d uhr))\s+von:?\s+(?=[^\W\d_])", re.IGNORECASE)


def mid_by(text: str) -> re.Match[str] | None:
    """The byline word inside a line (``MID_BY``), or "von" after a date or a time."""
    found = MID_BY.search(text)
    if found is None and "von" in text:
        return _DATED_VON.search(text)
    return found


_OTHER_CREDIT = re.compile(
    r"\b(?:photos?|fotos?|images?|bild(?:er)?|illustrat\w*|videos?|graphics?|grafik\w*|design\w*|"
    r"theme|powered|edited|editing|translat\w*|übersetz\w*|hosted|made|built|developed|music|"
    r"cover)\b",
    re.IGNORECASE,
)
BY_SEGMENT = re.compile(
    r"(?<!\s)\s*[|•·]\s*(?=(?:by|von|par|por|przez|door)\s|(?:记者|記者|作者|著者|撰文|责编|編集)[:\uff1a\s])",
    re.IGNORECASE,
)
# A Korean byline: the name, then "기자" (reporter) and often an e-mail address.
_KOREAN_REPORTER = re.compile(r"^\s*(?:\[[^\]]*\]\s*)?(\S{2,4})\s?기자(?:\s|$|[=(/])")
_HANDLE = re.compile(r"(?<!\S)@\w+|^\s*(?:©|\(c\))\s*", re.IGNORECASE)
# An e-mail address after the name, with its label or in brackets ("By Gwen Hollis
# ghollis@courier.com", "Email: …", "(…)", "<…>", "mailto:…"), looked for only in a text with
# "@" in it.
_EMAIL = re.compile(
    r"(?:\b(?:e-?mail|mail|contact)\s*:?\s*)?[(<]?(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)>]?",
    re.IGNORECASE,
)


# An address, then the name in brackets (the RSS form, "jane@x.com (Jane Doe)").
_ADDRESS_NAME = re.compile(r"\s*(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\(([^()@]+)\)\s*")


def _drop_handles(text: str) -> str:
    """``text`` without a handle, an e-mail address or a copyright sign."""
    if "@" in text:
        named = _ADDRESS_NAME.fullmatch(text)
        text = named.group(1) if named is not None else _EMAIL.sub("", text)
    return _HANDLE.sub("", text)


_PAREN = re.compile(r"\s*\([^).:/@]*\)\s*$")
_STAFF = re.compile(r"^staff(?:\s+(?:writers?|reporters?|reports?|editors?))?$", re.IGNORECASE)


def _strip_by(text: str) -> str:
    """The byline without the words before its name ("By", "Posted on … by", "Redaktion:")."""
    # Kept for the texts asked again (a byline's line, its names' list, then each name); a
    # long text, rarely a byline, is not kept, so the cache's size stays small.
    return _strip_by_kept(text) if len(text) <= _KEPT_LENGTH else _strip_by_words(text)


_KEPT_LENGTH = 400


@functools.lru_cache(maxsize=1024)
def _strip_by_kept(text: str) -> str:
    return _strip_by_words(text)


def _strip_by_words(text: str) -> str:
    korean = _KOREAN_REPORTER.match(text)
    if korean is not None:
        return korean.group(1)
    opened = BY.match(text) is not None  # the line opens with a byline word
    for _ in range(2):  # "Von: Lars Fischer", "By: Text: …"
        text = BY.sub("", text)
    segment = BY_SEGMENT.search(text)
    if segment is not None:  # "yas! | By Cara Stiles | April 13, 2020"
        text = BY.sub("", text[segment.end() :])
    found = mid_by(text)
    if found is not None and found.start() > 0 and found.start() <= 60:
        other = _OTHER_CREDIT.search(text, 0, found.start())
        if other is not None:
            # "Reporting by Jane Doe; Editing by John Roe": the author before another credit;
            # "Photo by …", "Revised Edition, edited by …" credit no author.
            return text[: other.start()].rstrip(" ;,|/\u2013\u2014-") if opened else ""
        text = text[found.end() :]
    return text


def _clean(value: str) -> str:
    return " ".join(value.split())  # (the same white space as \s, faster than re)


def _norm(value: str) -> str:
    return re.sub(r"[\W_]+", "", value).casefold()


def is_outlet(name: str, site_names: Iterable[str]) -> bool:
    """Whether ``name`` is the site's own name or its web address (an outlet, not an author)."""
    key = _norm(name)
    if not key:
        return False
    if _WEB_ADDRESS.fullmatch(name):
        return True  # a web address ("stol.it", "Dailymail.com"): an outlet, whichever
    for whole in site_names:
        # "Achtsam durch die Krise | Die FURCHE": each part of a declared name
        for site in _SITE_PARTS.split(whole):
            other = _norm(site)
            if other and (key == other or (len(key) >= 4 and other.startswith(key))):
                return True
            # "spektrumverlag" on spektrum.de, "Die FURCHE" on furche.at
            bare = len(other) >= 5 and "." not in site and " " not in site
            if bare and (key.startswith(other) or key.endswith(other)):
                return True
    return False


# (a label of two characters or more and a lowercase ending: "J.Doe", "A.J.Jones" are names)
_WEB_ADDRESS = re.compile(r"(?:www\.)?[^\W_][\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}")
_SITE_PARTS = re.compile(r"\s+[|\-\u2013\u2014·:]+\s+")


def _is_degree(part: str) -> bool:
    return part.casefold().strip(" .") in DEGREES or part.casefold() in DEGREES


def _is_agency(part: str) -> bool:
    return part.casefold().strip(" .") in AGENCIES


def is_agency(name: str) -> bool:
    """Whether ``name`` is a news agency's or a desk's credit ("Reuters", "dpa", "Staff")."""
    return _is_agency(name)


def _looks_like_name(name: str, *, marked: bool = False, cued: bool = False) -> bool:
    """A person's name, an account name or an agency: short, no sentence, no job title.

    A ``marked`` name (one the markup calls an author) may be lowercase ("auto-motor.at
    Redaktion", "Mobasir hassan") or two letters ("LD")."""
    if _is_agency(name):
        return True
    if len(name) < 2 or len(name) > 60 or _NOT_A_NAME.search(name):
        return False
    words = name.split()
    if len(words) > 6:
        return False
    digits = sum(c.isdigit() for c in name)
    if digits >= 3 and digits >= sum(c.isalpha() for c in name):
        return False  # an id ("CC7567"), not an account name ("freeman1984")
    if _JOB_TITLE.search(name):
        return False
    if not name[0].isalpha():
        return False  # "#author", "2 Fictions"
    if _NOT_ALONE.match(name):
        return False  # "Dezember 10", "Donnerstag", "No Author", "Artikel von"
    if len(words) == 1 and name.isalpha() and not any(c.lower() != c.upper() for c in name):
        # A name in a script without letter case ("焦鹏", "김철수") after a byline word or
        # where the markup calls it a name; alone, as often a label ("名片").
        return (marked or cued) and len(name) >= 2
    if len(words) == 1:
        # An account name ("jancak", "delta201") or a single first name; not a label.
        if marked and len(name) == 2:
            return name.isalpha()
        return len(name) >= 3 and name.casefold() not in _LABELS
    if marked and len(words) <= 4:
        return True
    cased = [w for w in words if w[0].isalpha() and w[0].lower() != w[0].upper()]
    if not cased:
        return True  # a script without letter case
    lower = [
        w
        for w in cased
        if w[0].islower()
        and w.casefold() not in PARTICLES
        and _PARTICLE_PREFIX.match(w) is None  # "al-Assad", "el-Sayed", "d'Arc"
    ]
    return not lower


# Wire services whose one-word credit is never a surname (not "Bloomberg", "PA", "Staff").
_WIRE_WORDS = frozenset(
    {"ap", "afp", "dpa", "pti", "ians", "ani", "efe", "ansa", "apa", "upi", "epd", "kna", "sda"}
)


def _agency_after(name: str) -> str:
    """The name without an agency after it, no comma between ("Jane Doe Associated Press",
    "JOHN DOE AP"; a one-word agency only a wire's short name, in capitals or lower case:
    not "Jane Staff", "MICHAEL R. BLOOMBERG"); what stays is two words of two letters or
    more and does not end with an initial."""
    words = name.split()
    for size in (3, 2, 1):
        if len(words) >= size + 2 and _is_agency(" ".join(words[-size:])):
            last = words[-1]
            if size == 1 and not (
                last.casefold() in _WIRE_WORDS and (last.isupper() or last.islower())
            ):
                continue
            kept = words[:-size]
            initial = kept[-1].endswith(".") and kept[-1].casefold() not in ("jr.", "sr.")
            if initial or sum(len(w) >= 2 for w in kept) < 2:
                continue
            return " ".join(kept)
    return name


def clean_name(value: str | None, *, marked: bool = False, cued: bool = False) -> str | None:
    """One author's name from a byline fragment, or None when it is not a name."""
    if value is None:
        return None
    name = _strip_by(_drop_handles(_clean(value)))
    name = _AFTER_NAME.sub("", name)
    name = _TITLE_BEFORE.sub("", name)
    title = _TITLE_AFTER.search(name)
    if title is not None and len(name[: title.start()].split()) >= 2:
        name = name[: title.start()]  # "Jane Doe Contributor", "Ann Lee Senior Reporter"
    name = _agency_after(name)
    name = _PAREN.sub("", name)
    if name.endswith(")") and "(" not in name:
        name = name[:-1]  # "Martin Untersinger (avec Damien Leloup et Morgane Tual)"
    affiliation = _AFFILIATION.search(name)
    if affiliation is not None:
        words = name[: affiliation.start()].split()
        if len(words) >= 2 and all(not w[0].islower() for w in words):
            name = name[: affiliation.start()]
    name = _TRAILING_WEEKDAY.sub("", name).strip(" ,;:|-\u2013\u2014/()\u00bb\u203a>")
    name = _FULL_STOP.sub("", name)
    words = name.split()
    half = len(words) // 2
    if half and words[:half] == words[half:]:
        name = " ".join(words[:half])  # the same name twice (an image's alt text, then the text)
    if _STAFF.match(name):
        return "Staff"  # "Staff Writer": a desk's credit, not a job title standing for a name
    if not name or not _looks_like_name(name, marked=marked, cued=cued):
        return None
    return name


# The full stop that ends a sentence-like byline ("Posted by Alon Zakai."), not an
# abbreviation's ("Jr.", "A.", "Red." for the desk).
_FULL_STOP = re.compile(r"(?:(?<=\s[^\W\d_]{3})|(?<=[^\W\d_]{4}))\.$")
_JOINED = re.compile(r"(?:^|\s)(?:and|und|et|y|e|with|&)$|,$|^(?:and|und|et|y|e|with|&|,)\s", re.I)


def _logical_lines(raw: str) -> list[str]:
    """The lines of a byline split over elements or ``<br>`` ("By Jane Doe" / "BBC News,
    Washington"), a line ending or starting with a joiner ("and", ",") or a byline word
    alone ("By" / "Jane Doe") joined with the next."""
    lines: list[str] = []
    for line in raw.split("\n"):
        line = _clean(line)
        if not line:
            continue
        if lines and (
            _JOINED.search(lines[-1]) or _JOINED.match(line) or BY.fullmatch(lines[-1] + " ")
        ):
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
    return lines


def _split(raw: str) -> list[str]:
    """The names of a byline: "A, B and C"; "Lastname, First" stays one name."""
    text = _strip_by(_drop_handles(_clean(raw)))
    text = _before_dash(_AFTER_NAME.sub("", text))
    parts = [p for p in _SPLIT.split(text) if p and p.strip(" .")]
    names: list[str] = []
    for index, part in enumerate(parts):
        if names and _PREPOSITION_PART.match(part):
            break  # "João Silva, da Agência Brasil": the rest is an affiliation
        if _is_degree(part) and names:  # "Jane Doe, MS, RDN": one author with her degrees
            names[-1] = f"{names[-1]}, {part}"
            continue
        if (
            index > 0
            and len(part.split()) == 1
            and not _is_agency(part)
            and not _is_agency(names[-1] if names else "")
            and not part.isupper()
            and names
            and len(names[-1].split()) == 1
        ):
            names[-1] = f"{names[-1]}, {part}"  # "Adwan, Marwan": one name, reversed
            continue
        names.append(part)
    return names


def add_authors(
    out: list[Author],
    values: Iterable[tuple[str | None, str | None]],
    site_names: Iterable[str] = (),
    *,
    marked: bool = False,
) -> None:
    """Add the authors named in raw byline ``values`` ((text, url) pairs) to ``out``.

    An outlet credit after a person ("Sandee LaMotte, CNN") is dropped; an agency alone
    ("Reuters", "dpa") is kept as an author.
    """
    sites = tuple(site_names)
    seen = {a.name.casefold() for a in out}
    for raw, url in values:
        if raw is None or "://" in raw or _LINK_LABEL.match(raw):
            continue  # a profile address, a link label ("View all posts by …") or a photo credit
        found: tuple[str, ...] = ()
        for number, line in enumerate(_logical_lines(raw) if "\n" in raw else [raw]):
            if number == 0 or BY.match(line):  # "March 4, 2024" / "By Jane Doe"
                found = _line_names(line, sites, marked)
            if found:
                break  # the first line that names someone; the next ones credit them
        for name in found:
            if name.casefold() not in seen:
                seen.add(name.casefold())
                out.append(Author(name, url if url and url.startswith("http") else None))


# A part credited for something other than the text ("Bo Chan (Fotos)").
_OTHER_ROLE = re.compile(
    r"\((?:fotos?|photos?|bilder?|images?|illustrations?|grafik(?:en)?|graphics?|videos?)\)\s*$",
    re.IGNORECASE,
)
# A desk's initials after an agency ("dpa/lno").
_DESK = 4


# A page's readers pass the same byline text through here several times (an element and the
# link inside it, a teaser's byline repeated, the last resorts): 30 % of the dev pages' calls.
# The names depend on the text, the site's names and ``marked`` alone; short lines only, so the
# cache stays small.
@functools.lru_cache(maxsize=1024)
def _kept_names(line: str, sites: tuple[str, ...], marked: bool) -> tuple[str, ...]:
    return tuple(_names(line, sites, marked=marked))


def _line_names(line: str, sites: tuple[str, ...], marked: bool) -> tuple[str, ...]:
    """The names ``_names`` reads in one byline line (the same line read once a page)."""
    if len(line) <= _KEPT_LENGTH:
        return _kept_names(line, sites, marked)
    return tuple(_names(line, sites, marked=marked))


def _names(line: str, sites: tuple[str, ...], *, marked: bool) -> list[str]:
    found: list[str] = []
    cued = _strip_by(line) != line.strip()  # a byline word or label before the names
    for index, part in enumerate(_split(line)):
        if _OTHER_ROLE.search(part):
            continue  # "Bo Chan (Fotos)": credited for the pictures
        name = clean_name(part, marked=marked, cued=cued)
        if name is None:
            if index == 0 and len(part.split()) > _NAME_WORDS:
                return []  # a sentence ("Krótko o przepisach … w Nowej Zelandii i Polsce")
            continue
        if found and (
            is_outlet(name, sites)
            or (name.isupper() and (len(name) <= 5 or not found[-1].isupper()))
            or (
                " " not in name
                and " " in found[-1]
                and "," not in found[-1]
                and not _is_agency(name)
            )
            or (_is_agency(name) and " " in found[-1] and not _is_agency(found[-1]))
            or (name.casefold().startswith("the ") and " " in found[-1])
            or (name.islower() and len(name) <= _DESK and _is_agency(found[-1]))
        ):
            continue  # the outlet or agency behind a person's name ("Jane Doe, Reuters")
        found.append(name)
    return found


def complete_authors(out: list[Author], more: list[Author]) -> None:
    """Add to ``out`` the authors of another declared source ``more`` when it names all of
    ``out`` and more (a JSON-LD naming only the first of the authors the meta tags list)."""
    if not out:
        out.extend(more)
        return
    known = {a.name.casefold() for a in out}
    if len(more) > len(out) and known <= {a.name.casefold() for a in more}:
        out.extend(a for a in more if a.name.casefold() not in known)


def is_organisation(name: str) -> bool:
    """Whether a declared author reads as an organisation's name rather than a person's
    ("Bayerische Landesanstalt für Wald"): words in lower case that no name has."""
    return not _is_agency(name) and not _looks_like_name(name)
