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

from newsthread.html._bylines import BY, BY_SEGMENT, MID_BY, add_authors, is_outlet
from newsthread.model import Author

__all__ = ["in_cited_item", "named_on_page", "visible_bylines"]

_SPACE = re.compile(r"\s+")


def _clean(value: str) -> str:
    return _SPACE.sub(" ", value).strip()


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


def in_cited_item(node: LexborNode) -> bool:
    """Whether ``node`` sits in an item that is itself another item's property (a cited
    work, a review, a comment), not in the page's own item (top level or ``mainEntity``)."""
    current = node.parent
    while current is not None:
        attrs = current.attributes
        if "itemscope" in attrs:
            prop = attrs.get("itemprop")
            return bool(prop) and prop not in ("mainEntity", "mainEntityOfPage")
        current = current.parent
    return False


# One CSS pass: the headline and every element that may carry a byline, in page order. The
# tests of one attribute are grouped under ``:is()`` (an element without the attribute is
# passed over once, not once per test: a tenth of the pass).
_CANDIDATES = (
    'h1, [itemprop~="author"], [rel~="author"], [property~="author"], [class="submitted"], '
    '[class]:is([class*="author" i], [class*="byline" i], [class*="autor" i], '
    '[class*="auteur" i], [class*="writer" i], [class*="verfasser" i], [class*="reporter" i], '
    '[class*="contributor" i]), [id]:is([id*="author" i], [id*="byline" i]), '
    '[data-testid*="byline"], [data-testid*="author"], [data-qa*="byline"], '
    '[data-qa*="author"], [data-component*="byline"], '
    # Links to author pages (lowercase in practice; a case-blind match of every link's
    # address costs more than the rest of the pass): /author/, /authors/, /autor/, /autoren/,
    # /autore/, /auteur/, /profil/, /profile/, /reporters/, /contributors/…
    'a[href]:is([href*="/author"], [href*="/autor"], [href*="/auteur"], [href*="/profil"], '
    '[href*="/people/"], [href*="/journalist"], [href*="/redaktion/"], [href*="/staff/"], '
    '[href*="/writer/"], [href*="viewprofile"], [href*="/reporter"], [href*="/contributor"])'
)


def candidates(doc: LexborHTMLParser) -> list[LexborNode]:
    """The headlines and the elements that may carry a byline, in page order, each once
    (lexbor gives an element once for each alternative of the selector it matches)."""
    return list({node.mem_id: node for node in doc.css(_CANDIDATES)}.values())


# Candidates this far after the headline are not looked at (comment threads, footers).
_AFTER_HEADING = 40


# Class tokens that name an author's byline, not a box about them.
_AUTHOR_TOKEN = re.compile(
    r"(?:^|[_-])(?:author|authors|authorname|byline|autor|autoren|autorin|auteurs?|autore|"
    r"autori|autores|writers?|verfasser|reporters?|submitted|contributors?)(?:$|[_-])|"
    r"^(?:author|byline)",
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
        return 0 if in_cited_item(node) else 3
    if "author" in (attrs.get("rel") or "").split():
        return 3
    if "author" in (attrs.get("property") or "").split():
        return 3  # RDFa
    for key in ("class", "id", "data-testid", "data-qa", "data-component"):
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


_BY_WORD_END = re.compile(r"(?:^|\s)(?:by|von|par|por|door|przez|di)\s*:?\s*$", re.IGNORECASE)


def _after_by_word(node: LexborNode) -> bool:
    """Whether the text just before ``node`` is a byline word ("by <span>oz</span>")."""
    before = node.prev
    if before is None and node.parent is not None and node.parent.tag in _INLINE_PARENTS:
        before = node.parent.prev
    return (
        before is not None
        and before.tag == "-text"
        and bool(_BY_WORD_END.search(before.text_content or ""))
    )


_TEASERS = 3


def _one_word(author: Author) -> bool:
    """A tag or category rather than a name ("Photovoltaik", "CSP, International")."""
    return all(" " not in part for part in author.name.split(", "))


def _kind(node: LexborNode) -> str:
    return f"{node.tag} {node.attributes.get('class')}"


#: A candidate byline: (-place, -strength, rank by distance to the headline, index, authors).
_Scored = tuple[int, int, int, int, list[Author]]


def _scored(nodes: list[LexborNode], heading: int | None, sites: tuple[str, ...]) -> list[_Scored]:
    """The candidates that name authors, with what ranks them (best first once sorted)."""
    scored: list[_Scored] = []
    kinds: dict[str, set[str]] = {}
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
        marked = strength >= 3 or (
            strength == 2 and (_BY_LINE.match(found[0]) is not None or _after_by_word(node))
        )
        add_authors(authors, [found], sites, marked=marked)
        if not authors or (len(authors) >= 3 and 2 * sum(map(_one_word, authors)) > len(authors)):
            continue  # nothing, or a list of single words (tags, categories)
        distance = 0 if heading is None else index - heading
        # After the headline first, then before it; nearer first.
        rank = distance if distance >= 0 else _NEAR - distance
        scored.append((-place, -strength, rank, index, authors))
        kinds.setdefault(_kind(node), set()).add(authors[0].name)
    if heading is not None:
        # Under a headline, a byline class repeated with three different names marks
        # teasers, not the article (without one, the first in page order is the article's).
        scored = [
            item for item in scored if item[1] <= -3 or len(kinds[_kind(nodes[item[3]])]) < _TEASERS
        ]
    return scored


def visible_bylines(
    doc: LexborHTMLParser,
    site_names: Iterable[str] = (),
    *,
    declared: Iterable[Author] = (),
    limit: int = 200,
    copyright: bool = True,
    description: str | None = None,
) -> list[Author]:
    """The authors a page shows in its byline, or an empty list.

    Candidates are the elements that markup calls an author (``itemprop``, ``rel``, class
    and id names in several languages) and links to author pages; the strongest kind of
    evidence wins, and among equals the one nearest the headline (``<h1>``), after it first.
    A "By …" line under the headline is read when no element is marked. ``declared``
    (organisations the page's metadata credits) comes before the page's text is searched;
    the holder of the page's copyright is the very last resort (unless not ``copyright``).
    A byline opening the page's ``description`` is read when the page shows none.
    """
    sites = tuple(site_names)
    nodes = candidates(doc)[:limit]
    heading = next((i for i, n in enumerate(nodes) if n.tag == "h1"), None)
    if heading is not None:
        nodes = nodes[: heading + _AFTER_HEADING]
    scored = _scored(nodes, heading, sites)
    if scored:
        scored.sort(key=lambda item: item[:4])
        place, strength, rank, _index, authors = scored[0]
        if all(is_outlet(a.name, sites) for a in authors):
            # The site's own name (a blog's owner, or a logo): a person named in a "By …"
            # line under the headline comes first.
            other = _by_line_after(nodes[heading], sites) if heading is not None else []
            other = other or _described_byline(description, sites)
            if other and not all(is_outlet(a.name, sites) for a in other):
                return other
        if place == -2 and (strength <= -2 or rank <= _NEAR):
            return authors
        if heading is not None:
            after = _by_line_after(nodes[heading], sites)
            if after:
                return after
        if strength <= -2:
            return authors
    elif heading is not None:
        after = _by_line_after(nodes[heading], sites)
        if after:
            return after
    return list(declared) or _labelled_author(
        doc, sites, copyright=copyright, description=description
    )


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
    if len(line) <= _MAX_TEXT:
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
    r"\n[ \t\-\u2013\u2014|\xa0]*(?=[abdprstvw0-9])(?:"
    r"(?:autor(?:in|en)?|auteur(?:e|s)?|author|autore|autrice|verfasser(?:in)?|redaktion|"
    r"written by|text|texte|texto)[ \t]*:[ \t]*(?:\n[ \t]*){0,3}(?P<line>\S[^\n]{1,99})|"
    r"(?:(?:text|texte|bericht|beitrag|words|story|written) )?(?:by|von|par|por|door|przez)"
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


def _labelled_author(
    doc: LexborHTMLParser, sites: tuple[str, ...], *, copyright: bool, description: str | None
) -> list[Author]:
    body = doc.body
    if body is None:
        return []
    whole = body.text(deep=True, separator="\n")
    text = "\n" + whole[:_LABEL_TEXT]
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
    return (
        found.get("alone")
        or found.get("dated")
        or _described_byline(description, sites)
        or _signature(doc, sites)
        or _contact(whole, sites)
        or (_copyright_holder(whole, sites) if copyright else [])
    )


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
_SIGNATURE = "p > b, p > strong, p > i, p > em"
_TEXT_BEFORE = 2


def _signature(doc: LexborHTMLParser, sites: tuple[str, ...]) -> list[Author]:
    for node in doc.css(_SIGNATURE):
        paragraph = node.parent
        if paragraph is None or _place(node) != 2:
            continue
        text = _clean(paragraph.text(deep=True, separator=" "))
        if not 2 <= len(text.split()) <= 3 or _clean(node.text(deep=True, separator=" ")) != text:
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


_BY_LINE = re.compile(
    r"^\s*(?:by|von|par|por|di|door|av|af|przez|text|texte|autor(?:in)?|author|auteur|"
    r"written by|geschrieben von|oleh|yazar|szerző|kirjoittanut|автор|بقلم|מאת)\b\s*:?\s*\S",
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
    if BY_SEGMENT.search(value):
        return True  # "yas! | By Cara Stiles | April 13, 2020"
    found = MID_BY.search(value)
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
            if _BY_LINE.match(value) or BY.fullmatch(value + " ") or _by_inside(value):
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
