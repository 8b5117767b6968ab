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

from newsthread._given_names import is_given_name
from newsthread.html._byline_cjk import chinese_names
from newsthread.html._byline_hebrew import split_hebrew_and
from newsthread.html._byline_patterns import (
    ADDRESS_NAME,
    AFFILIATION,
    AFTER_NAME,
    BY,
    BY_SEGMENT,
    CASELESS_FUNCTION_WORDS,
    CJK_LABEL_BEFORE,
    CJK_LABEL_WORD,
    CJK_REPORTER_AFTER,
    DASH_FIELD,
    DATED_VON,
    EMAIL,
    FULL_STOP,
    HANDLE,
    JOB_TITLE,
    JOINED,
    KOREAN_REPORTER,
    LABELS,
    LINK_LABEL,
    MID_BY,
    NOT_A_NAME,
    NOT_ALONE,
    OTHER_CREDIT,
    OTHER_ROLE,
    PAREN,
    PARTICLE_PREFIX,
    PREPOSITION_PART,
    REVIEW_CREDIT,
    SITE_PARTS,
    SPLIT,
    STAFF,
    THAI_TITLE,
    TITLE_AFTER,
    TITLE_BEFORE,
    TRAILING_WEEKDAY,
    TW_REPORTER,
    WEB_ADDRESS,
    WIRE_WORDS,
)
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

_NAME_WORDS = 4


def _before_dash(text: str) -> str:
    field = DASH_FIELD.search(text)
    if field is not None and len(text[: field.start()].split()) <= _NAME_WORDS:
        return text[: field.start()]
    return text


def mid_by(text: str) -> re.Match[str] | None:
    """The byline word inside a line (``MID_BY``), or "von" after a date or a time."""
    found = MID_BY.search(text)
    if found is None and "von" in text:
        return DATED_VON.search(text)
    return found


def _drop_handles(text: str) -> str:
    """``text`` without a handle, an e-mail address or a copyright sign."""
    if "@" in text:
        named = ADDRESS_NAME.fullmatch(text)
        text = named.group(1) if named is not None else EMAIL.sub("", text)
    return HANDLE.sub("", text)


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
    text = _strip_by_parts(text)
    if "\u0e00" <= text[:1] <= "\u0e7f":
        text = THAI_TITLE.sub("", text)  # "นายสมชาย ใจดี": Mr. Somchai Jaidee
    return text


def _strip_by_parts(text: str) -> str:
    if "기자" in text or "者" in text:  # (the patterns tried only where they can match)
        korean = (
            KOREAN_REPORTER.match(text) or CJK_REPORTER_AFTER.match(text) or TW_REPORTER.match(text)
        )
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
        other = OTHER_CREDIT.search(text, 0, found.start())
        if other is None and opened:
            other = REVIEW_CREDIT.search(text, 0, found.start())
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
    if WEB_ADDRESS.fullmatch(name):
        return True  # a web address ("stol.it", "Dailymail.com"): an outlet, whichever
    for whole in site_names:
        # "Achtsam durch die Krise | Die FURCHE": each part of a declared name
        for site in SITE_PARTS.split(whole):
            other = _norm(site)
            if other and (key == other or (len(key) >= 4 and other.startswith(key))):
                return True
            # "spektrumverlag" on spektrum.de, "Die FURCHE" on furche.at
            bare = len(other) >= 5 and "." not in site and " " not in site
            if bare and (key.startswith(other) or key.endswith(other)):
                return True
    return False


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
    if len(name) < 2 or len(name) > 60 or NOT_A_NAME.search(name):
        return False
    words = name.split()
    if len(words) > 6:
        return False
    digits = sum(c.isdigit() for c in name)
    if digits >= 3 and digits >= sum(c.isalpha() for c in name):
        return False  # an id ("CC7567"), not an account name ("freeman1984")
    if JOB_TITLE.search(name):
        return False
    if not name[0].isalpha():
        return False  # "#author", "2 Fictions"
    if NOT_ALONE.match(name):
        return False  # "Dezember 10", "Donnerstag", "No Author", "Artikel von"
    if len(words) == 1 and name.isalpha() and not any(c.lower() != c.upper() for c in name):
        # A name in a script without letter case ("焦鹏", "김철수") after a byline word or
        # where the markup calls it a name; alone, as often a label ("名片").
        return (marked or cued) and len(name) >= 2
    if len(words) == 1:
        # An account name ("jancak", "delta201") or a single first name; not a label.
        if marked and len(name) == 2:
            return name.isalpha()
        return len(name) >= 3 and name.casefold() not in LABELS
    cased = [
        w for w in words if w[0].isalpha() and w[0].lower() != w[0].upper() and not _georgian(w)
    ]
    if not cased:
        # A script without letter case (Georgian writes its capitals rarely): a name of four
        # words at most ("محمد عبد الله الحسيني", "سید محمد علی حسینی"; Georgian names have two:
        # three), of a name's length; more, or a long run with no space (Thai writes none
        # between words), is a sentence ("โดย ที่ประชุมคณะรัฐมนตรีมีมติเห็นชอบ …", Urdu "تحریر کی
        # آزادی ایک بنیادی حق ہے": "freedom of writing is …").
        most = _GEORGIAN_WORDS if _georgian(words[0]) else _CASELESS_WORDS
        return (
            len(words) <= most
            and max(map(len, words)) <= _CASELESS_LETTERS
            and not any(w in CASELESS_FUNCTION_WORDS or "กล่าว" in w for w in words)
        )
    if marked and len(words) <= 4:
        return True
    lower = [
        w
        for w in cased
        if w[0].islower()
        and w.casefold() not in PARTICLES
        and PARTICLE_PREFIX.match(w) is None  # "al-Assad", "el-Sayed", "d'Arc"
    ]
    return not lower


_CASELESS_WORDS = 4
_GEORGIAN_WORDS = 3
_CASELESS_LETTERS = 20


def _georgian(word: str) -> bool:
    """Whether a word is in Georgian letters (Mkhedruli, lowercase by Unicode; names are
    written so)."""
    return "\u10d0" <= word[0] <= "\u10ff"


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
                last.casefold() in WIRE_WORDS and (last.isupper() or last.islower())
            ):
                continue
            kept = words[:-size]
            if len(kept) > 2 and kept[-1] in ("of", "for", "from"):
                kept = kept[:-1]  # "JOHN ROE of The Associated Press"
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
    name = AFTER_NAME.sub("", name)
    titled = TITLE_BEFORE.sub("", name)
    if titled != name and titled[:1].islower():
        return None  # a job title and a place, no name ("corrispondente da Berlino")
    name = titled
    title = TITLE_AFTER.search(name)
    if title is not None and len(name[: title.start()].split()) >= 2:
        name = name[: title.start()]  # "Jane Doe Contributor", "Ann Lee Senior Reporter"
    name = _agency_after(name)
    name = PAREN.sub("", name)
    if name.endswith(")") and "(" not in name:
        name = name[:-1]  # "Martin Untersinger (avec Damien Leloup et Morgane Tual)"
    affiliation = AFFILIATION.search(name)
    if affiliation is not None:
        words = name[: affiliation.start()].split()
        if len(words) >= 2 and all(not w[0].islower() for w in words):
            name = name[: affiliation.start()]
    name = TRAILING_WEEKDAY.sub("", name).strip(" ,;:|-\u2013\u2014/()\u00bb\u203a>")
    name = FULL_STOP.sub("", name)
    words = name.split()
    half = len(words) // 2
    if half and words[:half] == words[half:]:
        name = " ".join(words[:half])  # the same name twice (an image's alt text, then the text)
    if STAFF.match(name):
        return "Staff"  # "Staff Writer": a desk's credit, not a job title standing for a name
    if not name or not _looks_like_name(name, marked=marked, cued=cued):
        return None
    if not name.isascii() and CJK_LABEL_WORD.search(name) is not None:
        return None  # "本社記者", "外信部 記者": a label, the paper's own reporter
    return name


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
            JOINED.search(lines[-1]) or JOINED.match(line) or BY.fullmatch(lines[-1] + " ")
        ):
            lines[-1] = f"{lines[-1]} {line}"
        else:
            lines.append(line)
    return lines


def _split(raw: str) -> list[str]:
    """The names of a byline: "A, B and C"; "Lastname, First" stays one name."""
    text = _strip_by(_drop_handles(_clean(raw)))
    text = _before_dash(AFTER_NAME.sub("", text))
    if text and not text[0].isascii() and text[0].lower() == text[0].upper():
        chinese = chinese_names(raw, text)
        if chinese is not None:
            return chinese
    if "\u05d5" in text:
        text = split_hebrew_and(text)
    parts = [p for p in SPLIT.split(text) if p and p.strip(" .")]
    names: list[str] = []
    for index, part in enumerate(parts):
        if names and PREPOSITION_PART.match(part):
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
        if raw is None or "://" in raw or LINK_LABEL.match(raw):
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
    if not cued and not line[:1].isascii():
        cued = CJK_LABEL_BEFORE.search(line) is not None  # "本报记者 李明 北京报道"
    for index, part in enumerate(_split(line)):
        if OTHER_ROLE.search(part):
            continue  # "Bo Chan (Fotos)": credited for the pictures
        name = clean_name(part, marked=marked, cued=cued)
        if name is None:
            if index == 0 and len(part.split()) > _NAME_WORDS:
                return []  # a sentence ("Krótko o przepisach … w Nowej Zelandii i Polsce")
            if _clause_after_word(found, part) or (
                not marked
                and len(found) == 1
                and _SENTENCE_GOES_ON.match(part) is not None
                and _WRITTEN_BY.match(line) is not None
            ):
                # "Por Navidad, más caro", "Por ahora, el Gobierno …"; "Written by Hannah
                # Wells, this debut follows …": a sentence about a book
                return []
            continue
        if found and (
            # a role in lower case after a person's name and a comma ("Dana Whitfield, senior
            # reviewer"; not after a credit: "Staff, news service reports")
            (name.islower() and " " in name and f", {name}" in line and _person(found[-1]))
            or is_outlet(name, sites)
            # "Ana Lima, Portal Minas — Belo Horizonte": the outlet and the place it writes from
            or (" " in name and is_outlet(_SPACED_DASH.split(name, 1)[0], sites))
            or (name.isupper() and (len(name) <= 5 or not found[-1].isupper()))
            or (
                " " not in name
                and " " in found[-1]
                and "," not in found[-1]
                and not _is_agency(name)
            )
            or (_is_agency(name) and " " in found[-1] and not _is_agency(found[-1]))
            or (name.casefold().startswith("the ") and " " in found[-1])
            or (_outlet_after_comma(name, line) and _person(found[-1]))
            or (name.islower() and len(name) <= _DESK and _is_agency(found[-1]))
        ):
            continue  # the outlet or agency behind a person's name ("Jane Doe, Reuters")
        if sites and " " in name:
            name = _without_site_after(name, sites)  # "Jane Doe BBC News" on BBC News
        found.append(name)
    return found


def _clause_after_word(found: list[str], part: str) -> bool:
    """Whether ``part``, after the one word read as a name, goes on as a sentence: words in
    lower case, not a job title nor a place ("Por Navidad, más caro"; not "kimray, staff
    writer", "Lucía, desde Madrid"), after a word that is no first name ("Sam, our tech
    expert" is a blogger's byline)."""
    return (
        len(found) == 1
        and " " not in found[0]
        and part[:1].islower()
        and len(part.split()) >= 2
        and not _is_agency(found[0])
        and JOB_TITLE.search(part) is None
        and PREPOSITION_PART.match(part) is None
        and _PLACE_WORD.match(part) is None
        and not is_given_name(found[0])
    )


# A part after a name that goes on as a sentence whose subject is the thing credited ("Written
# by Hannah Wells, this debut follows two sisters"): four words or more opening with a
# demonstrative, after "Written by" (after "By", "this week in Dover for us" is the byline's).
_WRITTEN_BY = re.compile(r"\s*written by\s", re.IGNORECASE)
_SENTENCE_GOES_ON = re.compile(r"(?:this|these|that|those|it)\s+\S+\s+\S+\s+\S")


_SPACED_DASH = re.compile(r"\s[\u2014\u2013-]\s")


# A part that says where the author writes from ("desde Madrid", "aus Berlin").
_PLACE_WORD = re.compile(r"(?:desde|de|from|aus|à|en|em|a|at|dal|dalla|vanuit|z|ze)\s", re.I)


# An outlet's name after a person's, by its article ("Ana Souza, O Estado de S.Paulo", "…, El
# País", "…, Le Monde", "…, Die Zeit", "…, Het Parool"; "The" in ``_names`` after any name).
_OUTLET_ARTICLE = re.compile(
    r"(?:O|Os|A|As|El|La|Los|Las|Le|Les|Il|Lo|Der|Die|Das|Het|De)\s+[^\W\d_]"
)


def _outlet_after_comma(name: str, line: str) -> bool:
    """Whether ``name`` is an outlet's ("Le Monde", "O Estado de S.Paulo") after a comma in
    ``line``: its article, then one word or words with a lower-case link; not a name that opens
    with a family name of the same letters after "and" or a comma ("Le Thi Hoa", "Lo Wai-kit",
    "De Wayne Carter")."""
    if _OUTLET_ARTICLE.match(name) is None or f", {name}" not in line:
        return False
    words = name.split()[1:]
    if any("-" in w for w in words):
        return False
    return len(words) == 1 or any(w.islower() for w in words)


def _person(name: str) -> bool:
    """Whether ``name`` is a person's: two words or more, the first a given name ("Ana Souza";
    not "Bündnis 90", "Internetredaktion Stadt")."""
    words = name.split()
    return len(words) >= 2 and is_given_name(words[0])


def _without_site_after(name: str, sites: tuple[str, ...]) -> str:
    """``name`` without the site's own name of two words or more after it, no comma between
    ("Jane Doe BBC News", two spans of a byline block), when a person's name stays."""
    folded = name.casefold()
    for site in sites:
        key = site.casefold().strip()
        if len(key) >= 3 and folded.endswith(" " + key):
            kept = name[: -len(key)].rstrip(" ,")
            # (a name of the site's one word stays: "Michael R. Bloomberg" on Bloomberg)
            if " " in key and _person(kept) and not kept.endswith("."):
                return kept
    return name


# Byline words that are names elsewhere (Korean and Chinese "Na Young Kim", "Ni Yuxuan", "Gan
# Wei", Vietnamese "Nga", Scandinavian "Per Olsen"), read only on a page in their language:
# Swahili "Na", Tagalog "Ni", Welsh "Gan", Albanian "Nga", Catalan "Per" ("By").
_LANGUAGE_BY = {"sw": "Na", "tl": "Ni", "fil": "Ni", "cy": "Gan", "sq": "Nga", "ca": "Per"}


def without_language_by(authors: list[Author], language: str | None) -> list[Author]:
    """``authors`` without the byline word of the page's ``language`` before a name ("Na Juma
    Mwinyi" on a Swahili page)."""
    word = _LANGUAGE_BY.get((language or "").replace("_", "-").split("-")[0].casefold())
    if word is None:
        return authors
    out = []
    for author in authors:
        first, _, rest = author.name.partition(" ")
        if first == word and rest[:1].isupper():
            author = Author(rest, author.url)
        out.append(author)
    return out


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
