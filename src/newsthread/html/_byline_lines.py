"""Byline lines under the headline: a "By …" line, or a link that spells its author's name.

``by_line_after`` walks the text right after the headline, past a standfirst, until the
article's text starts or its element ends, passing over teaser, related-story and comment
containers: the first line that reads as a byline ("By …", "Posted on … by …", "记者: …")
names the authors; else the first link whose address spells the name it shows (an author
page by any path: "/jane-doe/", "/@janedoe"), with the others like it on its line.
"""

from __future__ import annotations

import re
import unicodedata

from selectolax.lexbor import LexborNode

from newsthread.html._byline_elements import (
    BY_LINE,
    INLINE,
    INLINE_PARENTS,
    MAX_TEXT,
    clean,
    text_lines,
)
from newsthread.html._bylines import BY, BY_SEGMENT, add_authors, is_agency, mid_by
from newsthread.model import Author

__all__ = ["by_line_after"]

# Before a byline word inside a line: what a post's meta line says first ("Posted on May 3,
# 2020 by …", "Posted in News by …", "Blog Beitrag von …").
_META_PREFIX = re.compile(
    r"\d|\b(?:posted|published|filed|written|blog|beitrag|artikel|veröffentlicht|geschrieben|"
    r"erstellt|publié|publicado|pubblicato)\b",
    re.IGNORECASE,
)


def _by_inside(value: str) -> bool:
    if len(value) > MAX_TEXT:
        return False
    if ("|" in value or "\u2022" in value or "\u00b7" in value) and BY_SEGMENT.search(value):
        return True  # "yas! | By Cara Stiles | April 13, 2020"
    # (the name may follow in an element of its own: "Published 3 hours ago by <a>…</a>")
    found = mid_by(value + " …" if value[-1:] in "yYrRn" else value)
    return found is not None and _META_PREFIX.search(value, 0, found.start()) is not None


_BY_WINDOW_TEXTS = 40
_ARTICLE_STARTS = 200
# Long texts passed over before the article is taken to start (a standfirst under the title).
_STANDFIRSTS = 1
# Texts looked at past a standfirst (its byline follows it closely).
_AFTER_STANDFIRST = 12
_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "button",
        "nav",
        "footer",
        "aside",
        "pre",
        "code",
    }
)
# Containers of what the page says about other articles (teaser cards, related stories,
# recommendations): their "By …" lines are other articles' bylines.
_ELSEWHERE = re.compile(
    r"related|teaser|recommend|promo(?!ted)|more-?stories|read-?more|most-?read|popular|"
    r"trending|newsletter|\bcards?\b|card-|-card|\bcomments?\b|outbrain|taboola",
    re.IGNORECASE,
)
_ELSEWHERE_FOLDED = re.compile(_ELSEWHERE.pattern)


def _elsewhere(marker: str) -> bool:
    """``_ELSEWHERE.search(marker)``, an ASCII marker lowercased and searched case-sensitively
    (three times faster than a case-blind search)."""
    if marker.isascii():
        return _ELSEWHERE_FOLDED.search(marker.lower()) is not None
    return _ELSEWHERE.search(marker) is not None


_SEPARATORS = "|\u2022\u00b7 \t"
_CONTAINERS = frozenset({"div", "section", "ul", "ol", "li", "article", "aside", "figure"})
_OWN_CARD = re.compile(r"author|byline|profile|person|writer|autor|auteur", re.IGNORECASE)


def by_line_after(heading: LexborNode, sites: tuple[str, ...]) -> list[Author]:
    """Authors of a "By …" line in the text right after the headline, before the article's
    first long paragraph (past a standfirst) and within its article; else of the first link
    there whose address spells the name it shows (an author page by any other path)."""
    texts = 0
    node: LexborNode | None = heading
    descend = False
    linked: list[Author] = []
    # an agency's name alone on its line, not a photo's credit ("<p class=credit>JIJI</p>")
    agency: list[Author] = []
    pictured: list[Author] = []  # the name beside an avatar
    long_texts = 0
    end = _article_end(heading)
    window = _BY_WINDOW_TEXTS
    while node is not None and texts < window:
        following = node.child if descend else None
        while following is None and node is not None:
            following = node.next
            if following is None:
                node = node.parent
                if node is not None and node.mem_id == end:
                    return linked or pictured or agency
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
                long_texts += 1
                if long_texts > _STANDFIRSTS:
                    break
                window = min(window, texts + _AFTER_STANDFIRST)
                continue
            if not linked:
                linked = _spelled_links(node, sites)
            if _opens_with_by(value):
                authors = _by_line_authors(node, value, sites)
                if authors:
                    return authors
            elif not agency and _agency_alone(node, value):
                add_authors(agency, [(value, None)], sites)
        elif not tag.startswith("-") and tag not in _SKIP:
            descend = True
            if tag == "img" and not pictured:
                pictured = _beside_avatar(node, sites)
            elif tag in _CONTAINERS:
                descend = _own_box(node)
    return linked or pictured or agency


def _article_end(heading: LexborNode) -> int | None:
    """The ``mem_id`` of the article around the headline (``<article>``, ``<main>``), where
    the walk after it ends (what follows is other articles'), or None."""
    around = heading.parent
    while around is not None and around.tag not in ("article", "main"):
        around = around.parent
    return None if around is None else around.mem_id


def _opens_with_by(value: str) -> bool:
    """Whether a (stripped, non-empty) text opens a "By …" line or holds one."""
    # (a separator before the byline word: "<span>| By </span><span>Jane Doe</span>")
    lead = value.lstrip(_SEPARATORS) if value[0] in _SEPARATORS else value
    return bool(BY_LINE.match(lead) or BY.fullmatch(lead + " ") or _by_inside(value))


def _by_line_authors(node: LexborNode, value: str, sites: tuple[str, ...]) -> list[Author]:
    """The authors of the "By …" line a text node ``node`` (its text ``value``) opens: its
    parent's text when short enough to be the line, else the text alone."""
    line = value
    parent = node.parent
    if parent is not None and parent.tag in INLINE_PARENTS:
        parent = parent.parent
    if parent is not None:
        whole = text_lines(parent)
        if len(whole) <= MAX_TEXT + whole.count("\n"):
            line = whole
    authors: list[Author] = []
    add_authors(authors, [(line, None)], sites)
    if not authors and line != value:
        # the text alone, when its line runs on into another credit ("… von
        # Olga Symbolbild imago")
        add_authors(authors, [(value, None)], sites)
    return authors


def _agency_alone(node: LexborNode, value: str) -> bool:
    """Whether a text is an agency's name alone, not a photo's credit."""
    return len(value) <= _AGENCY_TEXT and is_agency(value) and not _credits_media(node)


def _own_box(node: LexborNode) -> bool:
    """Whether the walk enters a container: not a teaser card ("mini-profile"), unless it is
    an author's card ("author-card")."""
    attrs = node.attributes
    marker = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    if len(marker) > 1 and _elsewhere(marker):
        return _OWN_CARD.search(marker) is not None
    return True


_AGENCY_TEXT = 40
_AVATAR = re.compile(r"avatar|profil|gravatar|author|autor", re.IGNORECASE)


def _beside_avatar(image: LexborNode, sites: tuple[str, ...]) -> list[Author]:
    """The author a link names next to an avatar (``<img class=avatar> <a>Jane Doe</a>``,
    ``<a><img alt=Profilbild></a> <a>jdoe</a>``): a post's poster, a blog's author."""
    attrs = image.attributes
    if not _AVATAR.search(f"{attrs.get('class') or ''} {attrs.get('alt') or ''}"):
        return []
    current = image
    parent = image.parent
    if parent is not None and parent.tag == "a" and not clean(parent.text(deep=True)):
        current = parent  # the avatar links to the profile the name links to
    following = current.next
    while following is not None and following.tag == "-text":
        if (following.text_content or "").strip():
            return []  # text between: the avatar is not the name's
        following = following.next
    if following is None or following.tag != "a":
        return []
    name = clean(following.text(deep=True))
    if not name or len(name) > _AVATAR_NAME:
        return []
    authors: list[Author] = []
    add_authors(authors, [(name, None)], sites, marked=True)
    return authors


_AVATAR_NAME = 50
_MEDIA = frozenset({"figure", "figcaption", "picture", "video", "img"})
_MEDIA_CLASS = re.compile(r"photo|foto|image|img|caption|media|bild|picture|video|gallery", re.I)


def _credits_media(text: LexborNode) -> bool:
    """Whether a text stands in a figure, a caption, an element a class calls a photo's or
    right after a picture (its credit is the picture's, not the article's)."""
    current = text.parent
    for level in range(4):
        if current is None:
            break
        if current.tag in _MEDIA:
            return True
        marker = current.attributes.get("class")
        if marker and _MEDIA_CLASS.search(marker):
            return True
        before = current.prev
        while (
            before is not None and before.tag == "-text" and not (before.text_content or "").strip()
        ):
            before = before.prev
        if level == 0 and before is not None and before.tag in _MEDIA:
            return True  # right under a picture ("<img><p>AFP</p>")
        current = current.parent
    return False


# Addresses and places of links that name a topic, not the author ("/tag/jane-doe").
_TOPIC_PATH = re.compile(
    r"/(?:tags?|topics?|themen?|thema|schlagw[oö]rter?|stichw[oö]rter?|keywords?|categor(?:y|ies)|"
    r"kategorie|wiki|search|suche|dossiers?|subjects?|temas?|argomenti)[/?=]|[?&](?:q|s|tag)=",
    re.IGNORECASE,
)
_DATED_PATH = re.compile(r"/(?:19|20)\d\d/|/\d{1,2}/\d{1,2}/|\d{8}")
# A word of a name: a capital (or a letter without case) and no comma or digit.
_CAPITALISED = re.compile(r"^(?:[^\W\d_](?<![a-z\u00df-\u00ff])|[A-Z]\.)[^\s,\d]*$")
_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du"}
)
_TOPIC_PLACE = re.compile(r"tag|topic|keyword|categor|breadcrumb|related|share|menu|nav", re.I)


def _letters(value: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", value.casefold()) if c.isalpha())


def _spells(href: str, name: str) -> bool:
    """Whether a segment of the address ``href`` spells ``name`` ("/jane-doe-123/",
    "/janedoe", "/doe-jane") as an author page does."""
    words = name.split()
    forward, backward = _letters(name), _letters(" ".join(reversed(words)))
    path = href.split("://", 1)[-1].split("?", 1)[0]
    return any(
        _letters(segment) in (forward, backward) for segment in path.split("/")[1:] if segment
    )


def _spelled_links(text: LexborNode, sites: tuple[str, ...]) -> list[Author]:
    """The authors of a link whose text is a name its address spells, and of the links of
    the same kind on its line ("<a href="/jane-doe">Jane Doe</a> and <a …>John Roe</a>")."""
    link = text.parent
    for _ in range(2):
        if link is None or link.tag == "a":
            break
        link = link.parent
    if link is None or link.tag != "a" or not _is_spelled(link):
        return []
    line = link.parent
    while line is not None and line.tag in INLINE:
        line = line.parent
    if line is None or line.tag == "li":
        return []  # a list of links (to articles, to topics)
    if line is None or len(clean(line.text(deep=True))) > MAX_TEXT:
        return []  # a link in running text ("… entschied das <a>Verwaltungsgericht Berlin</a>")
    authors: list[Author] = []
    for other in line.css("a[href]"):
        if _is_spelled(other):
            add_authors(authors, [(clean(other.text(deep=True, separator=" ")), None)], sites)
    return authors


def _is_spelled(link: LexborNode) -> bool:
    href = link.attributes.get("href") or ""
    name = clean(link.text(deep=True, separator=" "))
    words = name.split()
    if not 2 <= len(words) <= 4 or len(name) > 50 or _TOPIC_PATH.search(href):
        return False
    ends = (words[0], words[-1])
    if _DATED_PATH.search(href) or not (
        all(_CAPITALISED.match(w) for w in ends)
        and all(_CAPITALISED.match(w) or w in _PARTICLES for w in words[1:-1])
    ):
        return False  # an article's address ("/2018/12/4/yellow-vests-and-i"), a title
    if not _spells(href, name):
        return False
    current: LexborNode | None = link
    for _ in range(6):
        if current is None:
            break
        attrs = current.attributes
        if _TOPIC_PLACE.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}"):
            return False
        current = current.parent
    return True
