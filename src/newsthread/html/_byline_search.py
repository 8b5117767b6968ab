"""Bylines on the page: who the visible page says wrote the article.

``visible_bylines`` looks, in this order, at elements that ``itemprop``/``rel``/class and id
names call an author or byline and at links to author pages (the strongest evidence first,
the nearest the headline among equals), at "By …" lines under the headline, at the
organisation a JSON-LD declares as the author, and last at lines of the page's text that
name the author after a label ("Autorin: …"), that are a byline and nothing else ("Von
Leonora Holling") or a date followed by a name ("11.12.2019 - Amelie Loevenich").
``named_on_page`` tells whether a declared author is named anywhere on the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsthread._given_names import is_given_name
from newsthread.html._byline_cjk import chinese_name_run
from newsthread.html._byline_credits import agency_credit, reporters_credit
from newsthread.html._byline_elements import (
    AFTER_HEADING,
    MAX_TEXT,
    NEAR,
    Scored,
    candidates,
    clean,
    in_cited_item,
    place_of,
    scored_bylines,
    teaser_byline,
)
from newsthread.html._byline_lines import by_line_after
from newsthread.html._byline_scripts import script_authors
from newsthread.html._bylines import add_authors, is_outlet
from newsthread.html._page_nodes import PageNodes
from newsthread.model import Author

__all__ = ["in_cited_item", "named_on_page", "visible_bylines"]

# Elements after which a text signed by a name has ended (never the signature's text).
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "button", "nav", "footer"})


def named_on_page(doc: LexborHTMLParser, authors: list[Author]) -> bool:
    """Whether the page's text (scripts included) names any of ``authors`` (by last name,
    as written or in capitals; in a script without case, by its last two letters)."""
    body = doc.body
    if body is None:
        return True
    text = body.text(deep=True)
    for author in authors:
        words = [w for w in re.split(r"[\W_]+", author.name) if len(w) >= 3]
        if not words:
            return True
        last = words[-1]
        if not any(c.lower() != c.upper() for c in last):
            last = last[-2:]  # a name written without spaces ("青网校园崔宁宁"): its end
        if last in text or last.upper() in text or last.capitalize() in text:
            return True
    return False


def visible_bylines(
    doc: LexborHTMLParser,
    site_names: Iterable[str] = (),
    *,
    declared: Iterable[Author] = (),
    limit: int = 200,
    copyright: bool = True,
    description: str | None = None,
    page_nodes: PageNodes | None = None,
) -> list[Author]:
    """The authors a page shows in its byline, or an empty list.

    Candidates are the elements that markup calls an author (``itemprop``, ``rel``, class
    and id names in several languages) and links to author pages; the strongest kind of
    evidence wins, and among equals the one nearest the headline (``<h1>``), after it first.
    A "By …" line under the headline is read when no element is marked. ``declared``
    (organisations the page's metadata credits) comes before the page's text is searched;
    the holder of the page's copyright is the very last resort (unless not ``copyright``).
    A byline opening the page's ``description`` is read when the page shows none. With the
    page's ``page_nodes``, its text is read once.
    """
    sites = tuple(site_names)
    nodes = candidates(doc)[:limit]
    heading = next((i for i, n in enumerate(nodes) if n.tag == "h1"), None)
    if heading is not None:
        nodes = nodes[: heading + AFTER_HEADING]
    scored = scored_bylines(nodes, heading, sites)
    if scored:
        scored.sort(key=lambda item: item[:4])
        place, strength, rank, _index, authors = scored[0]
        if all(is_outlet(a.name, sites) for a in authors):
            # The site's own name (a blog's owner, or a logo): a person named in a "By …"
            # line under the headline comes first.
            other = by_line_after(nodes[heading], sites) if heading is not None else []
            other = other or _described_byline(description, sites)
            if other and not all(is_outlet(a.name, sites) for a in other):
                return other
            # (else a byline element nearer the headline that names someone, not the site:
            # the outlet in ``itemprop=author`` over "<div class=autor>Jane Doe | …")
            person = _person_near(scored[1:], sites, rank)
            if person:
                return person
        if place == -2 and strength <= -2:
            return authors
        if place == -2 and rank <= NEAR:
            # only a link's address says author ("/person/…": as often a topic page): a
            # "By …" line under the headline says it in words
            after = by_line_after(nodes[heading], sites) if heading is not None else []
            return after or authors
        if heading is not None:
            after = by_line_after(nodes[heading], sites)
            if after:
                return after
        if strength <= -2:
            return authors
    elif heading is not None:
        after = by_line_after(nodes[heading], sites)
        if after:
            return after
    if declared:
        return list(declared)
    if heading is not None:
        # a script-rendered page's state, beside the article's headline
        scripted = script_authors(doc, nodes[heading].text(deep=True), sites, page_nodes)
        if scripted:
            return scripted
    found = _labelled_author(
        doc, sites, copyright=copyright, description=description, nodes=page_nodes
    )
    if (
        found
        and any(found[0].name in node.text(deep=True) for node in nodes if teaser_byline(node))
        and not _named_in_headlines_article(
            found[0].name, nodes[heading] if heading is not None else None
        )
    ):
        return []  # a teaser's "By …" line, its byline element passed over above
    return found


def _named_in_headlines_article(name: str, heading: LexborNode | None) -> bool:
    """Whether ``name`` stands in the ``<article>`` that holds the headline (else in the
    headline's parent): the article's own byline, the same writer's teaser card elsewhere."""
    if heading is None:
        return False
    around = heading.parent
    while around is not None and around.tag not in ("article", "body"):
        around = around.parent
    if around is None or around.tag != "article":
        around = heading.parent
    return around is not None and name in around.text(deep=True)


def _person_near(scored: list[Scored], sites: tuple[str, ...], nearer: int) -> list[Author]:
    """The authors of the first byline element (best first) in the article, by its class or
    stronger and nearer the headline than rank ``nearer``, that names no outlet."""
    for place, strength, rank, _index, authors in scored:
        near = place == -2 and strength <= -2 and rank < min(nearer, NEAR + 1)
        if near and not any(is_outlet(a.name, sites) for a in authors):
            return authors
    return []


_DESCRIBED = re.compile(
    r"\s*(?:(?:posted|written|reported|analysis) by|geschrieben von|by|von|par|por|door|przez)\s",
    re.IGNORECASE,
)
# The end of a byline that opens a description: a dash, a full stop, a colon, a line end.
_BYLINE_END = re.compile(r"\s+[-\u2013\u2014|]\s+|[.:;!?](?:\s|$)|\n")


def _described_byline(description: str | None, sites: tuple[str, ...]) -> list[Author]:
    """Authors of a byline that opens the page's description ("Posted by Ann Lee and Bo
    Chan - Safe Browsing team  Over the past …", "By JOHN DOE Associated Press …")."""
    value = (description or "").strip()
    if not _DESCRIBED.match(value):
        return []
    end = _BYLINE_END.search(value, 3)
    line = value[: end.start()] if end is not None else value
    authors: list[Author] = []
    if len(line) <= MAX_TEXT:
        add_authors(authors, [(line, None)], sites)
    return authors


# A line of text that names the author after a label ("Autorin: Uta Staschewski, …",
# "Auteur : Kossivi Tiassou"), anywhere in the page's text: the last resort.
# One pass over the page's text for the last resorts: a line that names the author after a
# label ("Autorin: Uta Staschewski, …", "Auteur : Kossivi Tiassou") and, second, a line that
# is a byline and nothing else ("Von Leonora Holling", "---- by Kenneth Surin").
_LABEL_LINE = re.compile(
    # A line start as a literal newline and the possible first letters as one class: the
    # pattern is tried at every line of the page, and most fail at once (four times faster).
    r"\n[ \t\-\u2013\u2014|\xa0]*(?=[abdegprstvw0-9\u0430\u0646\u0932\u09b2\u0e1c\u10d0])(?:"
    r"(?:autor(?:in|en|ius)?|auteur(?:e|s)?|author|autore|autrice|verfasser(?:in)?|redaktion|"
    # Serbian, Kazakh, Russian, Persian, Hindi, Bengali, Thai, Georgian
    r"аутор|авторы|автор|نویسنده|लेखक|লেখক|ผู้เขียน|ავტორი|"
    # a plural or gendered form ("Auteur(s) :", "Autor*in:", "Author(s):")
    r"written by|text|texte|texto)(?:\([a-z]{1,6}\)|[*/_:]in(?:nen)?)?[ \t]*:(?!in(?:nen)?\b)[ \t]*"
    # (not a label on the next line: "Auteur :" over "Auteur(s) : Ann Lee")
    r"(?:\n[ \t]*){0,3}(?P<line>(?!(?:autor|auteur|author|verfasser)\S*[ \t]*:)[^\s\"'{\[][^\n]{1,99})|"
    r"(?:(?:text|texte|bericht|beitrag|words|story|written|reporting|additional reporting|"
    # a verb before the byline word ("Geschrieben von", "Posted by", "Publié par")
    r"posted|published|erstellt|geschrieben|verfasst|gepostet|eingestellt|veröffentlicht|"
    r"publié|publicado|escrito) )?"
    r"(?:by|von|par|por|door|przez)"
    r"(?:[ \t]+|[ \t]*\n[ \t]*|:(?:[ \t]*\n){0,3}[ \t]*)(?P<alone>[^\n]{3,60}?)[ \t]*$|"
    # a meta line: a date (and time), then the name ("11.12.2019 - Amelie Loevenich",
    # "04.02.2022 | 13:10 Uhr | Uta Helkenberg")
    r"\d{1,2}\.[ \t]?\d{1,2}\.[ \t]?\d{2,4}(?:[ \t]*[|\-\u2013\u2014•·,][ \t]*\d{1,2}:\d{2}(?:[ \t]*uhr)?)?"
    r"[ \t]*[|\-\u2013\u2014•·][ \t]*(?P<dated>[^\W\d_][^\n\d|]{2,40}?)[ \t]*$)",
    re.MULTILINE,
)
_SITE_CREDIT = re.compile(
    r"theme|powered|design|hosted|template|wordpress|plugin|management|photo|foto"
)
_LABEL_TEXT = 30_000
# Lines that are a byline alone, naming this many people or more: teasers' bylines.
_TEASER_BYLINES = 3


def _labelled_author(
    doc: LexborHTMLParser,
    sites: tuple[str, ...],
    *,
    copyright: bool,
    description: str | None,
    nodes: PageNodes | None,
) -> list[Author]:
    body = doc.body
    if body is None:
        return []
    whole = body.text(deep=True, separator="\n") if nodes is None else nodes.body_lines()
    text = "\n" + whole[:_LABEL_TEXT]
    # Matched on the lowercased text (a case-insensitive alternation is slow in Python's re);
    # the name is cut from the text as written.
    folded = text.lower()
    if len(folded) != len(text):
        return []
    found = _label_lines(text, folded, sites)
    if "line" in found:
        return found["line"]
    if not found and len(whole) > _LABEL_TEXT:
        # A page whose menus fill the first of its text: the text from its headline on.
        around = _from_headline(doc, whole, nodes)
        if around:
            found = _label_lines(around, around.lower(), sites)
            if "line" in found:
                return found["line"]
    return (
        found.get("alone")
        or found.get("dated")
        or reporters_credit(text, folded, sites)
        or agency_credit(text, folded, sites)
        or _cjk_label(text, sites)
        or _described_byline(description, sites)
        or _signature(doc, sites)
        or _contact(whole, sites)
        or _site_owner(sites)
        or (_copyright_holder(whole, sites) if copyright else [])
    )


def _from_headline(doc: LexborHTMLParser, whole: str, nodes: PageNodes | None) -> str:
    """The page's text from its (first) ``<h1>`` on, as much as the label search reads, or
    "" when the headline is in the part already read or not found."""
    heading = nodes.h1s[0] if nodes is not None and nodes.h1s else doc.css_first("h1")
    title = clean(heading.text(deep=True)) if heading is not None else ""
    words = title.split()
    if len(words) < 2:
        return ""
    # (its first words: the headline's text nodes stand a line each in the page's text)
    at = whole.find(" ".join(words[:2]), _LABEL_TEXT // 2)
    if at < 0:
        return ""
    return "\n" + whole[at : at + _LABEL_TEXT]


def _label_lines(text: str, folded: str, sites: tuple[str, ...]) -> dict[str, list[Author]]:
    """The authors of the first line of each kind (``line``, ``alone``, ``dated``) in
    ``text`` (``folded`` is it lowercased, of the same length)."""
    found: dict[str, list[Author]] = {}
    alone: set[str] = set()  # the names of every line that is a byline and nothing else
    for match in _LABEL_LINE.finditer(folded):
        group = next(g for g in ("line", "alone", "dated") if match.start(g) >= 0)
        if group in found and group != "alone":
            continue
        if group == "alone":
            before = folded[max(0, match.start() - 80) : match.start()].split()
            if _SITE_CREDIT.search(" ".join(before[-3:])):
                continue  # "Theme: Graphy" / "by Themegraphy": credits for the site
        authors: list[Author] = []
        # a byline alone is read whole ("Reporting by A; Editing by B" names A only)
        start = match.start() + 1 if group == "alone" else match.start(group)
        raw = text[start : match.end(group)].lstrip(" \t-\u2013\u2014|\xa0")
        add_authors(authors, [(raw, None)], sites)
        if group == "dated" and any(" " not in a.name for a in authors):
            continue  # "03.02.2022 | Sport": a section, not a name
        if authors and group == "line":
            return {"line": authors}
        if authors and group == "alone":
            alone.add(authors[0].name)
        if authors and group not in found:
            found[group] = authors
    if len(alone) >= _TEASER_BYLINES:
        found.pop("alone", None)  # "By …" lines of teasers for other articles
    return found


# Labels that name the author (or the editor in charge, the credit Chinese news pages give)
# in Chinese and Japanese text, and what may stand between them and the name.
_CJK_LABELS = ("记者", "記者", "作者", "著者", "撰文", "责任编辑", "責任編輯")
_CJK_NAME = re.compile(
    r"[ \t\xa0]*[:\uff1a]?[ \t\xa0\n]*([^\W\d_]{2,4}(?:[ \u3000][^\W\d_]{2,4}){0,3})"
    # (several names a space apart, "本报记者 李明 张华", up to a full-width space or a date)
    # (or a slash before the place: Taiwan's "記者王小明/台北報導", the slash full-width)
    r"(?:[ \t\xa0]*(?:\n|$|[|\uff5c,\uff0c)\uff09\u3000/\uff0f])|[ \t\xa0]+(?=\d))"
)


# A page in Chinese, Japanese or Korean shows their letters early in its text (its menus).
_CJK_LETTER = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CJK_SAMPLE = 3000


def _cjk_label(text: str, sites: tuple[str, ...]) -> list[Author]:
    """A name after a Chinese or Japanese byline label ("责任编辑\N{FULLWIDTH COLON} 焦鹏", "记者: 焦鹏")."""
    if _CJK_LETTER.search(text, 0, _CJK_SAMPLE) is None:
        return []
    for label in _CJK_LABELS:
        at = text.find(label)
        while at >= 0:
            named = _CJK_NAME.match(text, at + len(label))
            if named is not None:
                authors: list[Author] = []
                add_authors(
                    authors,
                    [(f"{label}: {name}", None) for name in _cjk_names(named, label)],
                    sites,
                )
                if authors:
                    return authors
            at = text.find(label, at + len(label))
    return []


def _cjk_names(named: re.Match[str], label: str) -> list[str]:
    """The names a CJK label gives, up to a word that is none ("李明 张华 北京报道"); after a
    label Japanese writes too ("記者", "作者"), one name a space inside ("記者 山田 太郎")."""
    words = named.group(1).split()
    if words and words[0][0] in "会會":
        return []  # "记者会上": at a press conference
    names = chinese_name_run(words)
    return names if label == "记者" or len(names) < 2 else [" ".join(names)]


# Titles before a name ("Dr. Alexander Klier").
_HONORIFIC = re.compile(r"^(?:(?:dr|prof|mag|ing|dipl\.-\w+)\.?\s+)+", re.IGNORECASE)
_OWNER_PREFIX = 6


def _site_owner(sites: tuple[str, ...]) -> list[Author]:
    """The person a personal site is named after, when its address spells the name: first
    and last name written apart ("Dr. Alexander Klier" on alexander-klier.net), or an initial
    and the last name, the address its beginning ("C.Habermueller" on chabermu.wordpress.com).
    An address that runs the two words together is an outlet's as often ("Mother Jones" on
    motherjones.com, "Ars Technica"), and gives no one."""
    labels = [site.split(".")[0] for site in sites if "." in site and " " not in site]
    hosts = [_letters(label) for label in labels]
    apart = [_letters(label) for label in labels if "-" in label or "_" in label]
    for site in sites:
        name = _HONORIFIC.sub("", site.strip())
        words = name.replace(".", ". ").split()
        initial = len(words[0]) == 2 and words[0][1] == "." if words else False
        if len(words) != 2 or (not initial and "." in name) or _COMPANY.search(name):
            continue  # an address, a company, not a person's first and last name
        if not all(w[0].isupper() and not w.isupper() for w in words[1 if initial else 0 :]):
            continue  # "Harper's magazine", "DIY Expeditions"
        if not initial and not is_given_name(words[0]):
            continue  # "Badische Zeitung" on badische-zeitung.de: an outlet, not a person
        letters = _letters(name)
        if letters not in apart and not any(
            initial and len(host) >= _OWNER_PREFIX and letters.startswith(host) for host in hosts
        ):
            continue
        authors: list[Author] = []
        add_authors(authors, [(name, None)], ())
        if len(authors) == 1:
            return authors
    return []


def _letters(value: str) -> str:
    return "".join(c for c in value.casefold() if c.isalpha())


# A press release's contact block: a label, the contact's name on a line of its own, then
# their telephone or e-mail ("Pressekontakt / Dr. Tim Loppe / Pressesprecher … / Tel.: …").
_CONTACT = re.compile(
    r"(?:presse|medien|media |press )?(?:kontakt|contact|ansprechpartner(?:in)?)"
    r"(?: for the media)?[ \t\xa0]*:?",
    re.IGNORECASE,
)
# Where to look for the label: the words' middles, as written (a search of the whole page's
# text with a pattern, or lowercasing it, costs more than these few scans).
_CONTACT_WORDS = ("ontakt", "ONTAKT", "ontact", "ONTACT", "nsprechpartner", "NSPRECHPARTNER")
_REACH = re.compile(r"\btel\b|\btel\.|phone|fon\b|fax|e-?mail|@")
_CONTACT_LINES = 4


def _contact(text: str, sites: tuple[str, ...]) -> list[Author]:
    starts: set[int] = set()
    for word in _CONTACT_WORDS:
        at = text.find(word)
        while at >= 0:
            starts.add(text.rfind("\n", 0, at) + 1)
            at = text.find(word, at + len(word))
    for start in sorted(starts):
        end = text.find("\n", start)
        if end < 0 or not _CONTACT.fullmatch(text[start:end].strip(" \t\xa0")):
            continue
        lines = [line.strip(" \t\xa0") for line in text[end : end + 400].split("\n")]
        lines = [line for line in lines if line][: _CONTACT_LINES + 1]
        if len(lines) < 2 or not any(_REACH.search(line.lower()) for line in lines[1:]):
            continue
        if not 2 <= len(lines[0].split()) <= 4 or _REACH.search(lines[0].lower()):
            continue
        authors: list[Author] = []
        add_authors(authors, [(lines[0], None)], sites)
        if len(authors) == 1 and " " in authors[0].name:
            return authors
    return []


# A name alone in bold or italics as the last paragraph of a text ("<p><b><i>Stefan Wasmer
# </i></b></p>" after the article): the author's signature.
_SIGNATURE = 'p[class*="signature" i], p > b, p > strong, p > i, p > em'
_TEXT_BEFORE = 2


def _signature(doc: LexborHTMLParser, sites: tuple[str, ...]) -> list[Author]:
    for node in doc.css(_SIGNATURE):
        # a paragraph a class calls the signature ("<p class=signature>Camille Roux</p>"), or
        # a name in bold alone in its paragraph
        paragraph = node if node.tag == "p" else node.parent
        if paragraph is None:
            continue
        # The name alone in the paragraph: its own text of two or three words first (most bold
        # words are one word or a phrase), the paragraph's (longer) text only then.
        text = clean(node.text(deep=True, separator=" "))
        if not 2 <= len(text.split()) <= 3:
            continue
        if clean(paragraph.text(deep=True, separator=" ")) != text:
            continue
        if place_of(node) != 2:  # (after the text: most bold words are no name alone)
            continue
        if text.isupper() or _text_after(paragraph):
            continue  # a label ("MEHR THEMEN", "Weitere Informationen" over a list)
        if sum(1 for p in _siblings(paragraph, forward=False) if len(p.text()) > 80) < _TEXT_BEFORE:
            continue  # no text to sign
        authors: list[Author] = []
        add_authors(authors, [(text, None)], sites)
        if len(authors) == 1 and " " in authors[0].name:
            return authors
    return []


def _text_after(node: LexborNode) -> bool:
    """Whether an element with text follows ``node`` in its parent."""
    current = node.next
    while current is not None:
        tag = current.tag or "-"
        if not tag.startswith("-") and tag not in _SKIP and current.text().strip():
            return True
        current = current.next
    return False


def _siblings(node: LexborNode, *, forward: bool) -> list[LexborNode]:
    """The ``<p>`` siblings after (or before) ``node``."""
    out: list[LexborNode] = []
    current = node.next if forward else node.prev
    while current is not None:
        if current.tag == "p":
            out.append(current)
        current = current.next if forward else current.prev
    return out


# The holder of the page's copyright ("(c) Johannes Wolf • Weitere Rechte…", "Copyright (c)
# 2012- Gregory Szorc. All rights reserved."), in the footer: the very last resort.
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright[ \t]*(?=©|\(c\)|(?:19|20)\d\d))[ \t]*(?:(?:©|\(c\))[ \t]*)?"
    r"(?:copyright[ \t]+)?(?:(?:19|20)\d\d(?:[ \t]*[-\u2013][ \t]*(?:(?:19|20)\d\d)?)?[ \t,]*\n?[ \t]*)?(?:by[ \t]+)?"
    r"(?P<holder>[^\W\d_][^\n|•·©]{1,60})",
    re.IGNORECASE,
)
_RIGHTS = re.compile(
    r"\s*(?:[.,;]|\s[-\u2013]\s|all rights|alle rechte|weitere rechte|tous droits|todos los)"
    r".*$|\s+(?:19|20)\d\d.*$",
    re.IGNORECASE,
)
_FOOTER_TEXT = 3000
_COMPANY = re.compile(
    r"\b(?:gmbh|ag|kg|se|sa|inc|ltd|llc|plc|corp|corporation|company|co|group|gruppe|media|"
    r"medien|verlag|publishing|press|news|network|foundation|stiftung|verein|e\.\s?v|amt|team|"
    r"redaktion|software|studios?|a/s)\b|amt\b",
    re.IGNORECASE,
)


def _copyright_holder(text: str, sites: tuple[str, ...]) -> list[Author]:
    start = max(0, len(text) - _FOOTER_TEXT)
    sign = text.rfind("\u00a9", max(0, len(text) - 10 * _FOOTER_TEXT), start)
    # A footer padded with white space: its "©" a little further up.
    matches = list(_COPYRIGHT.finditer(text, start if sign < 0 else sign))
    if not matches:
        return []
    raw = matches[-1].group("holder")
    holder = _RIGHTS.sub("", raw).strip()
    # A person's name (a personal site), not a company, a desk or the site's own name (its
    # organisation is the author of its press releases, but as often of a blog it names as
    # a whole: 3 of 10 dev pages, so the site is not taken for the author).
    if not 2 <= len(holder.split()) <= 3 or _COMPANY.search(raw):
        return []
    authors: list[Author] = []
    add_authors(authors, [(holder, None)], sites)
    return authors if len(authors) == 1 else []
