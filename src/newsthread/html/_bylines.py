"""Bylines: the article's authors from metadata values and the visible page.

Two halves. ``add_authors`` turns raw values ("By Ann Lee and Bo Chan, CNN", "Von
Lars Fischer und Alina Schadwinkel", "Jane Doe, MS, RDN") into ``Author`` entries:
byline words in several languages stripped, several authors split, job titles,
degrees, weekdays, dates and outlet credits dropped, agency credits ("Reuters",
"dpa") kept as authors of their own. ``visible_bylines`` finds the byline on the
page when the metadata gives none (or only the site's own name): elements that
``itemprop``/``rel``/class names call an author or byline, links to author pages,
and "By …" lines under the headline, the one nearest the headline first; last, a line of
text that names the author after a label ("Autorin: …", "Auteur : …").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsthread.model import Author

__all__ = ["add_authors", "clean_name", "is_outlet", "named_on_page", "visible_bylines"]

_SPACE = re.compile(r"\s+")
# Words that open a byline, in the languages of the pages seen: "By", "Von", "Par", "Por",
# "Di", "Door", "Av", "Af", "Przez", "Автор", "著者", "文/"…, and their longer forms.
_BY = re.compile(
    r"^\s*(?:(?:an? )?(?:analysis|opinion|commentary|review|interview|story|text|reporting|"
    r"report|words|column)\s+by|post(?:ed)? (?:author )?by|written by|words by|"
    r"veröffentlicht von|geschrieben von|erstellt von|ein (?:beitrag|artikel|text) von|"
    r"(?:zeige )?(?:alle[s]?|mehr|weitere) (?:beiträge |artikel |texte )?von|(?:all |more )?(?:posts|articles|stories) by|more by|"
    r"eingestellt von|gepostet von|verfasst von:?|gespeichert von|submitted by|redaktion:|(?:ein )?(?:beitrag|artikel|text) von|"
    r"text(?:\s*(?:,|und|&)\s*(?:interview|fotos?|bilder|redaktion))+:|text(?: und fotos?)?:|texte?:|interview:|autor(?:in)?:?|author:?|auteur:?|"
    r"auteur\(s\):?|autor\(en\):?|author\(s\):?|autore:?|redacción:?|posted|post author|by|von|vom|par|por|przez|(?-i:di|de|door|av|af)|"
    r"автор:?|著者[:\uff1a]?|作者[:\uff1a]?|文[/\uff0f:\uff1a]|記者[:\uff1a]?|记者[:\uff1a]?)(?:\s+|(?<=[:\uff1a/\uff0f])\s*)",
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
_AFTER_NAME = re.compile(
    # "on", "le", "am"… only before a date: "Loïc Le Clerc" keeps its particle.
    rf"\s+(?:am|on|le|el|il|op|um|at|den|del|du)\s+(?=\d|(?:{_WEEKDAYS}|{_MONTH_NAMES}|{_MONTH_SHORT})\b).*$|"
    r"\s+(?:illustrations?|fotos?|photos?|bilder|grafiken?|images?|kamera|camera)(?:\s+(?:von|by)|\s*:).*$|"
    r"\s+(?:published|updated|veröffentlicht|aktualisiert|publié|"
    r"publicado|pubblicato|alle artikel|alle beiträge|all posts|all articles|more articles)\b.*$|\s*[|•·]\s*.*$|\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}.*$|"
    r"\s*,?\s*(?:datum|date|fecha|data|stand)\s*:.*$|\s*,?\s+\d{1,2}\.?\s+[^\W\d_]+\.?\s+\d{4}.*$|\s*,\s*\d.*$|\s*,?\s+[^\W\d_]+\.?\s+\d{1,2},?\s+\d{4}.*$",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(
    r"https?://|www\.|@|\[at\]|\(at\)|\.txt\b|\bposts? by\b|\bview all\b|\balle beiträge\b|\bprofile?\b|\bperfil\b|\bsign (?:in|out|up)\b|\blog ?(?:in|out)\b|\bregistr|\b(?:ab|an)melden\b|\b\d{3,}|"
    r"\bfollow\b|\bfolgen\b|\bshare\b|\bcomments?\b|\bkommentare?\b|\bread more\b|\bmore from\b|"
    r"\bcontact\b|\bnewsletter\b|\bsubscribe\b|\bsign in\b|\blog ?in\b|\bhome\b|^[^\w]*$|"
    r"^(?:by|von|par|por|di|de|door|av|af|przez|author|autor|autorin|auteur|autore|posted|"
    r"published|updated|publiziert|veröffentlicht|aktualisiert|eingestellt|geschrieben|"
    r"written|unknown|anonymous|anonym|admin|administrator|guest|gast)$",
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
_DEGREES = frozenset(
    [
        "md",
        "phd",
        "ph.d.",
        "ph.d",
        "ms",
        "msc",
        "ma",
        "ba",
        "bs",
        "bsc",
        "rd",
        "rdn",
        "ld",
        "ldn",
        "rn",
        "np",
        "pa",
        "pa-c",
        "mph",
        "mba",
        "jd",
        "do",
        "dds",
        "dmd",
        "llm",
        "cpa",
        "cfa",
        "cde",
        "cdces",
        "facp",
        "faap",
        "facc",
        "ibclc",
        "lcsw",
        "lpc",
        "psyd",
        "edd",
        "dvm",
        "pharmd",
        "mfa",
        "dipl.-ing.",
        "m.a.",
        "b.a.",
        "m.sc.",
        "b.sc.",
        "m.d.",
        "mag.",
        "dr.med.",
    ]
)
_NOT_ALONE = re.compile(
    rf"(?:(?:{_WEEKDAYS}|{_MONTH_NAMES})(?:[\s,.]+\d.*)?|no author|unknown author|"
    r".*\s(?:von|by|par|por))$",
    re.IGNORECASE,
)
_TRAILING_WEEKDAY = re.compile(rf"[\s,]+(?:{_WEEKDAYS})\b.*$", re.IGNORECASE)
# Credits of news agencies and desks: authors of their own, though not persons.
_AGENCIES = frozenset(
    {
        *[
            "reuters",
            "ap",
            "afp",
            "dpa",
            "epd",
            "kna",
            "apa",
            "sda",
            "ansa",
            "efe",
            "xinhua",
            "bloomberg",
            "upi",
            "pa",
            "ddp",
            "ots",
        ],
        "associated press",
        "the associated press",
        "agence france-presse",
        "agence france presse",
        "press association",
        "deutsche presse-agentur",
        "keystone-sda",
        "agencia efe",
        "europa press",
        "staff",
        "staff reports",
        "redaktion",
        "rédaction",
        "redaction",
        "redacción",
        "redazione",
        "newsroom",
        "news desk",
        "agencies",
        "agenturen",
        "wire services",
    }
)
_LINK_LABEL = re.compile(
    r"\s*(?:(?:view|see|read|show|browse|visit)\b|"
    r"(?:fotos?|photos?|photograph|bild(?:er)?|images?|credits?|quelle|source)\s*:)",
    re.IGNORECASE,
)
# Single words that label a byline's parts, not a name.
_LABELS = frozenset(
    {"datum", "date", "fecha", "data", "time", "zeit", "uhr", "the", "and", "und", "with", "mit"}
)
# Splits several authors: "A and B", "A, B & C", "A und B", "A et B", "A y B", "A e B".
_SPLIT = re.compile(r"\s*(?:;|\||/|,|\s(?:and|und|&|et|y|e|i|en|og|och|oraz)\s)\s*")
# Words that may stay lowercase inside a name.
_PARTICLES = frozenset(
    [
        "von",
        "van",
        "de",
        "der",
        "den",
        "da",
        "di",
        "del",
        "della",
        "la",
        "le",
        "du",
        "des",
        "dos",
        "das",
        "bin",
        "ibn",
        "al",
        "el",
        "ter",
        "ten",
        "zu",
        "zur",
        "y",
        "e",
        "d'",
        "mac",
        "st.",
        "st",
    ]
)


# A byline word inside a line ("Posted on May 3, 2020 by Ann Lee", "Blog Beitrag von …"):
# the name follows it, unless what comes before credits something else ("Photo by …").
_MID_BY = re.compile(
    r"(?:^|\s)(?:by|par|por|przez|door|(?:beitrag|artikel|text|verfasst|geschrieben|erstellt|"
    r"gepostet|eingestellt|veröffentlicht|redaktion)\s+von:?|redaktion:|verfasst von:?)\s+(?=\S)",
    re.IGNORECASE,
)
_OTHER_CREDIT = re.compile(
    r"\b(?:photos?|fotos?|images?|bild(?:er)?|illustrat\w*|videos?|graphics?|grafik\w*|design\w*|"
    r"theme|powered|edited|translat\w*|übersetz\w*|hosted|made|built|developed|music|cover)\b",
    re.IGNORECASE,
)
_BY_SEGMENT = re.compile(r"\s*[|•·]\s*(?=(?:by|von|par|por|przez|door)\s)", re.IGNORECASE)
_HANDLE = re.compile(r"(?<!\S)@\w+|^\s*(?:©|\(c\))\s*", re.IGNORECASE)
_PAREN = re.compile(r"\s*\([^).:/@]*\)\s*$")
_STAFF = re.compile(r"^staff(?:\s+(?:writers?|reporters?|reports?|editors?))?$", re.IGNORECASE)


def _strip_by(text: str) -> str:
    """The byline without the words before its name ("By", "Posted on … by", "Redaktion:")."""
    for _ in range(2):  # "Von: Lars Fischer", "By: Text: …"
        text = _BY.sub("", text)
    segment = _BY_SEGMENT.search(text)
    if segment is not None:  # "yas! | By Cara Stiles | April 13, 2020"
        text = _BY.sub("", text[segment.end() :])
    found = _MID_BY.search(text)
    if found is not None and found.start() > 0 and found.start() <= 60:
        if _OTHER_CREDIT.search(text, 0, found.start()):
            return ""
        text = text[found.end() :]
    return text


def _clean(value: str) -> str:
    return _SPACE.sub(" ", value).strip()


def _norm(value: str) -> str:
    return re.sub(r"[\W_]+", "", value).casefold()


def is_outlet(name: str, site_names: Iterable[str]) -> bool:
    """Whether ``name`` is the site's own name or its web address (an outlet, not an author)."""
    key = _norm(name)
    if not key:
        return False
    for site in site_names:
        other = _norm(site)
        if other and (key == other or (len(key) >= 4 and other.startswith(key))):
            return True
        if len(other) >= 5 and "." not in site and " " not in site and key.startswith(other):
            return True  # "spektrumverlag" on spektrum.de
    return False


def _is_degree(part: str) -> bool:
    return part.casefold().strip(" .") in _DEGREES or part.casefold() in _DEGREES


def _is_agency(part: str) -> bool:
    return part.casefold().strip(" .") in _AGENCIES


def _looks_like_name(name: str, *, marked: bool = False) -> bool:
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
    lower = [w for w in cased if w[0].islower() and w.casefold() not in _PARTICLES]
    return not lower


def clean_name(value: str | None, *, marked: bool = False) -> str | None:
    """One author's name from a byline fragment, or None when it is not a name."""
    if value is None:
        return None
    name = _strip_by(_HANDLE.sub("", _clean(value)))
    name = _AFTER_NAME.sub("", name)
    name = _PAREN.sub("", name)
    name = _TRAILING_WEEKDAY.sub("", name).strip(" ,;:|-\u2013\u2014/()\u00bb\u203a>")
    words = name.split()
    half = len(words) // 2
    if half and words[:half] == words[half:]:
        name = " ".join(words[:half])  # the same name twice (an image's alt text, then the text)
    if _STAFF.match(name):
        return "Staff"  # "Staff Writer": a desk's credit, not a job title standing for a name
    if not name or not _looks_like_name(name, marked=marked):
        return None
    return name


def _split(raw: str) -> list[str]:
    """The names of a byline: "A, B and C"; "Lastname, First" stays one name."""
    text = _strip_by(_HANDLE.sub("", _clean(raw)))
    text = _AFTER_NAME.sub("", text)
    parts = [p for p in _SPLIT.split(text) if p and p.strip(" .")]
    names: list[str] = []
    for index, part in enumerate(parts):
        if _is_degree(part) and names:  # "Jane Doe, MS, RDN": one author with her degrees
            names[-1] = f"{names[-1]}, {part}"
            continue
        if (
            index > 0
            and len(part.split()) == 1
            and not _is_agency(part)
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
        found: list[str] = []
        for part in _split(raw):
            name = clean_name(part, marked=marked)
            if name is None:
                continue
            if found and (is_outlet(name, sites) or (name.isupper() and len(name) <= 5)):
                continue  # the outlet behind a person's name
            found.append(name)
        for name in found:
            if name.casefold() not in seen:
                seen.add(name.casefold())
                out.append(Author(name, url if url and url.startswith("http") else None))


# -- visible bylines ------------------------------------------------------------------


def named_on_page(doc: LexborHTMLParser, authors: list[Author]) -> bool:
    """Whether the page's text (scripts included) names any of ``authors`` (by last name,
    as written or in capitals)."""
    body = doc.body
    if body is None:
        return True
    text = body.text(deep=True)
    for author in authors:
        words = [w for w in re.split(r"[\W_]+", author.name) if len(w) >= 3]
        if not words:
            return True
        last = words[-1]
        if last in text or last.upper() in text or last.capitalize() in text:
            return True
    return False


# One CSS pass: the headline and every element that may carry a byline, in page order.
_CANDIDATES = (
    'h1, [itemprop~="author"], [rel~="author"], [class*="author" i], [class*="byline" i], '
    '[id*="author" i], [id*="byline" i], [class*="autor" i], [class*="auteur" i], '
    '[class*="writer" i], [class*="verfasser" i], [class*="reporter" i], [class="submitted"], '
    # Links to author pages (lowercase in practice; a case-blind match of every link's
    # address costs more than the rest of the pass): /author/, /authors/, /autor/, /autoren/,
    # /autore/, /auteur/, /profil/, /profile/, …
    'a[href*="/author"], a[href*="/autor"], a[href*="/auteur"], a[href*="/profil"], '
    'a[href*="/people/"], a[href*="/journalist"], a[href*="/redaktion/"], a[href*="/staff/"], '
    'a[href*="/writer/"], a[href*="viewprofile"]'
)
# Candidates this far after the headline are not looked at (comment threads, footers).
_AFTER_HEADING = 40


# Class tokens that name an author's byline, not a box about them.
_AUTHOR_TOKEN = re.compile(
    r"(?:^|[_-])(?:author|authors|authorname|byline|autor|autoren|autorin|auteurs?|autore|"
    r"autori|autores|writers?|verfasser|reporters?|submitted)(?:$|[_-])|^(?:author|byline)",
    re.IGNORECASE,
)
_BOX_TOKEN = re.compile(
    r"bio|box|avatar|image|img|photo|pic|desc|about|social|follow|more|posts|list|"
    r"recommend|related|teaser|card|comment|widget|sidebar|info-?box|description|gravatar",
    re.IGNORECASE,
)
_NEVER = frozenset({"button", "script", "style", "template"})
_FURNITURE = frozenset({"footer", "aside", "nav"})
_COMMENTISH = re.compile(r"comment|respond|reply|discussion|disqus", re.IGNORECASE)
_MAX_TEXT = 120
# How far (in candidates) from the headline a byline is looked for.
_NEAR = 12


def _place(node: LexborNode) -> int:
    """Where a candidate stands: 0 in a comment thread (never the article's author), 1 in
    navigation or a page footer or sidebar, 2 elsewhere (a footer or aside inside the
    ``<article>`` is the article's own: bylines sit there)."""
    current: LexborNode | None = node
    steps = 0
    furniture = False
    while current is not None and steps < 40:
        tag = current.tag or ""
        if tag in _NEVER:
            return 0
        if tag in _FURNITURE:
            furniture = True
        elif tag in ("article", "main"):
            return 2
        attrs = current.attributes
        marker = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        if _COMMENTISH.search(marker) and tag in {"div", "section", "ol", "ul", "li", "article"}:
            return 0
        current = current.parent
        steps += 1
    return 1 if furniture else 2


def _strength(node: LexborNode) -> int:
    """How surely a candidate element is a byline: 3 itemprop/rel, 2 class name, 1 link target."""
    attrs = node.attributes
    if "author" in (attrs.get("itemprop") or "").split():
        return 3
    if "author" in (attrs.get("rel") or "").split():
        return 3
    for key in ("class", "id"):
        for token in (attrs.get(key) or "").split():
            found = _AUTHOR_TOKEN.search(token)
            # "author-box", "author__bio" are boxes about the author; "news-list-author" is not.
            if found is not None and not _BOX_TOKEN.search(token, found.start()):
                return 2
    if node.tag == "a":
        return 1
    return 0


def _candidate_text(node: LexborNode) -> tuple[str, str | None] | None:
    attrs = node.attributes
    content = attrs.get("content")
    if content:
        return content, None
    text = _clean(node.text(deep=True, separator=" "))
    if not text and "author" in (attrs.get("itemprop") or ""):
        # <span itemprop="author"><meta itemprop="name" content="…"></span>
        named = node.css_first('[itemprop~="name"][content]')
        if named is not None:
            return named.attributes.get("content") or "", None
    if not text.strip():
        return None
    href = attrs.get("href") if node.tag == "a" else None
    if len(text) > _MAX_TEXT:
        # A byline box: its author link, if it has one.
        link = node.css_first('a[rel~="author"], a[href*="/author" i], a[href*="/autor" i]')
        if link is None:
            return None
        text = _clean(link.text(deep=True, separator=" "))
        href = link.attributes.get("href")
        if not text or len(text) > _MAX_TEXT:
            return None
    return text, href


def visible_bylines(
    doc: LexborHTMLParser, site_names: Iterable[str] = (), *, limit: int = 200
) -> list[Author]:
    """The authors a page shows in its byline, or an empty list.

    Candidates are the elements that markup calls an author (``itemprop``, ``rel``, class
    and id names in several languages) and links to author pages; the strongest kind of
    evidence wins, and among equals the one nearest the headline (``<h1>``), after it first.
    A "By …" line under the headline is read when no element is marked.
    """
    sites = tuple(site_names)
    nodes = doc.css(_CANDIDATES)[:limit]
    heading = next((i for i, n in enumerate(nodes) if n.tag == "h1"), None)
    if heading is not None:
        nodes = nodes[: heading + _AFTER_HEADING]
    scored: list[tuple[int, int, int, int, list[Author]]] = []
    for index, node in enumerate(nodes):
        if node.tag in ("h1", "link"):
            continue
        strength = _strength(node)
        if strength == 0:
            continue
        place = _place(node)
        if place == 0:
            continue
        found = _candidate_text(node)
        if found is None:
            continue
        authors: list[Author] = []
        marked = strength >= 3 or (strength == 2 and _BY_LINE.match(found[0]) is not None)
        add_authors(authors, [found], sites, marked=marked)
        if not authors or (len(authors) >= 3 and all(" " not in a.name for a in authors)):
            continue  # nothing, or a list of single words (tags, categories)
        distance = 0 if heading is None else index - heading
        # After the headline first, then before it; nearer first.
        rank = distance if distance >= 0 else _NEAR - distance
        scored.append((-place, -strength, rank, index, authors))
    if scored:
        scored.sort(key=lambda item: item[:4])
        place, strength, rank, _index, authors = scored[0]
        if place == -2 and (strength <= -2 or rank <= _NEAR):
            return authors
        if heading is not None:
            after = _by_line_after(nodes[heading], sites)
            if after:
                return after
        return authors if strength <= -2 else []
    if heading is not None:
        after = _by_line_after(nodes[heading], sites)
        if after:
            return after
    return _labelled_author(doc, sites)


# A line of text that names the author after a label ("Autorin: Uta Staschewski, …",
# "Auteur : Kossivi Tiassou"), anywhere in the page's text: the last resort.
# One pass over the page's text for the last resorts: a line that names the author after a
# label ("Autorin: Uta Staschewski, …", "Auteur : Kossivi Tiassou") and, second, a line that
# is a byline and nothing else ("Von Leonora Holling", "---- by Kenneth Surin").
_LABEL_LINE = re.compile(
    r"^[ \t\-\u2013\u2014|\xa0]*(?:"
    r"(?:autor(?:in|en)?|auteur(?:e|s)?|author|autore|autrice|verfasser(?:in)?|redaktion|"
    r"written by|text|texte|texto)[ \t]*:[ \t]*(?:\n[ \t]*){0,3}(?P<line>\S[^\n]{1,99})|"
    r"(?:by|von|par|por|door|przez)(?:[ \t]+|[ \t]*\n[ \t]*)(?P<alone>[^\n]{3,60}?)[ \t]*$|"
    # a meta line: a date (and time), then the name ("11.12.2019 - Amelie Loevenich",
    # "04.02.2022 | 13:10 Uhr | Uta Helkenberg")
    r"\d{1,2}\.[ \t]?\d{1,2}\.[ \t]?\d{2,4}(?:[ \t]*[|\-\u2013\u2014•·,][ \t]*\d{1,2}:\d{2}(?:[ \t]*uhr)?)?"
    r"[ \t]*[|\-\u2013\u2014•·][ \t]*(?P<dated>[^\W\d_][^\n\d|]{2,40}?)[ \t]*$)",
    re.MULTILINE,
)
_SITE_CREDIT = re.compile(
    r"theme|powered|design|hosted|template|wordpress|plugin|management|photo|foto"
)
_LABEL_TEXT = 60_000


def _labelled_author(doc: LexborHTMLParser, sites: tuple[str, ...]) -> list[Author]:
    body = doc.body
    if body is None:
        return []
    text = body.text(deep=True, separator="\n")[:_LABEL_TEXT]
    # Matched on the lowercased text (a case-insensitive alternation is slow in Python's re);
    # the name is cut from the text as written.
    folded = text.lower()
    if len(folded) != len(text):
        return []
    found: dict[str, list[Author]] = {}
    for match in _LABEL_LINE.finditer(folded):
        group = next(g for g in ("line", "alone", "dated") if match.start(g) >= 0)
        if group in found:
            continue
        if group == "alone":
            before = folded[max(0, match.start() - 80) : match.start()].split()
            if _SITE_CREDIT.search(" ".join(before[-3:])):
                continue  # "Theme: Graphy" / "by Themegraphy": credits for the site
        authors: list[Author] = []
        add_authors(authors, [(text[match.start(group) : match.end(group)], None)], sites)
        if group == "dated" and any(" " not in a.name for a in authors):
            continue  # "03.02.2022 | Sport": a section, not a name
        if authors and group == "line":
            return authors
        if authors:
            found[group] = authors
    return found.get("alone") or found.get("dated") or []


_BY_LINE = re.compile(
    r"^\s*(?:by|von|par|por|di|door|av|af|przez|text|texte|autor(?:in)?|author|auteur|"
    r"written by|geschrieben von)\b\s*:?\s*\S",
    re.IGNORECASE,
)
# Before a byline word inside a line: what a post's meta line says first ("Posted on May 3,
# 2020 by …", "Posted in News by …", "Blog Beitrag von …").
_META_PREFIX = re.compile(
    r"\d|\b(?:posted|published|filed|written|blog|beitrag|artikel|veröffentlicht|geschrieben|"
    r"erstellt|publié|publicado|pubblicato)\b",
    re.IGNORECASE,
)


def _by_inside(value: str) -> bool:
    if len(value) > _MAX_TEXT:
        return False
    if _BY_SEGMENT.search(value):
        return True  # "yas! | By Cara Stiles | April 13, 2020"
    found = _MID_BY.search(value)
    return found is not None and _META_PREFIX.search(value, 0, found.start()) is not None


_BY_WINDOW_TEXTS = 40
_ARTICLE_STARTS = 200
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "button", "nav", "footer"})


def _by_line_after(heading: LexborNode, sites: tuple[str, ...]) -> list[Author]:
    """Authors of a "By …" line in the text right after the headline, before the article's
    first long paragraph."""
    texts = 0
    node: LexborNode | None = heading
    descend = False
    while node is not None and texts < _BY_WINDOW_TEXTS:
        following = node.child if descend else None
        while following is None and node is not None:
            following = node.next
            if following is None:
                node = node.parent
        node = following
        if node is None:
            break
        tag = node.tag or ""
        descend = False
        if tag == "-text":
            value = (node.text_content or "").strip()
            if not value:
                continue
            texts += 1
            if len(value) >= _ARTICLE_STARTS:
                break
            if _BY_LINE.match(value) or _BY.fullmatch(value + " ") or _by_inside(value):
                line = value
                parent = node.parent
                if parent is not None and parent.tag in _INLINE_PARENTS:
                    parent = parent.parent
                if parent is not None:
                    whole = _clean(parent.text(deep=True, separator=" "))
                    if len(whole) <= _MAX_TEXT:
                        line = whole
                authors: list[Author] = []
                add_authors(authors, [(line, None)], sites)
                if authors:
                    return authors
        elif not tag.startswith("-") and tag not in _SKIP:
            descend = True
    return []


_INLINE_PARENTS = frozenset({"span", "em", "strong", "b", "i", "small", "a"})
