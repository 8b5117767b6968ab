"""A comment's author: the name an author element holds, its profile link and account, and the
fallbacks (header links, stated attributes, labels, avatars, the date's line)."""

from __future__ import annotations

import re
from urllib.parse import unquote

from selectolax.lexbor import LexborNode

from newsthread.html._comments.field_selectors import (
    ACCOUNT_PATH,
    CONTROL_HREF,
    NAME_INSIDE,
    NOT_PROFILE,
)
from newsthread.html._comments.selectors import (
    AUTHOR_CLASS,
)
from newsthread.html._comments.state import (
    Unit,
    Walker,
    absolute,
    clean,
    first_element,
    next_element,
)
from newsthread.html._comments.words import (
    AUTHOR_NOISE,
    BY_LINE,
    DASH_SIGNATURE,
    DATE_HINT,
    DATE_OR_AGE,
    DATE_WORDS,
    HANDLE,
    LABEL_BY,
    NOT_A_NAME,
    UI_LABEL,
)
from newsthread.model import Author

__all__ = [
    "author_from_date_line",
    "author_from_heading",
    "author_from_links",
    "author_of",
    "handle_after",
    "in_quote",
    "labelled_author",
    "stated_author",
]


_SEPARATOR = re.compile(r"\s+[\u2014\u2013|\u00b7-]\s+")


def author_of(node: LexborNode, base: str | None) -> tuple[Author, str | None] | None:
    """The author an element names, and the account id when the page shows one apart."""
    name_node, own = _name_element(node)
    content = name_node.attributes.get("content")
    if content:
        name = clean(content)
    elif own:
        name = clean(own)
    else:
        name = clean(name_node.text(deep=True))
    name = AUTHOR_NOISE.sub("", name).strip(" |\u2013\u00b7-:")
    account: str | None = None
    number = _USER_NUMBER.search(name)
    if number is not None and number.start() > 0:
        # "kernelhacker (123456)": the account's number after the name (Slashdot).
        name, account = name[: number.start()], number.group(1)
    handle = HANDLE.search(name)
    if handle is not None and handle.start() > 0:
        # "Jane Doe @jdoe": the display name is the name, the handle the account.
        name, account = name[: handle.start()].strip(), handle.group(1)
    href = _profile_href(node, name_node, own)
    fedi = _FEDIVERSE.match(name)
    if fedi is not None and account is None and href and fedi.group(2) in href:
        # "nina_p@feddit.example" linked to its profile (Lemmy, Mbin, Mastodon): the user's name
        # on its server; the whole address is the account. (Not an e-mail address shown as the
        # name: its link, if any, does not hold the address.)
        name, account = fedi.group(1), name.lstrip("@")
    if name.count("(") != name.count(")"):
        name = name.strip("()").strip()
    if not name or len(name) > 80:
        return None
    if href and NOT_PROFILE.search(href):
        if name_node.tag == "a" or node.tag == "a":
            return None  # "log in", "register": the page's links, not a person
        href = None  # a reply link beside the name
    url = absolute(href, base)
    if account is None and href:
        path = ACCOUNT_PATH.search(href)
        part = (path.group(1) or path.group(2)) if path is not None else None
        # A forum's member path repeats the name with its number (``mei-tanaka.77``): no
        # account apart from the name.
        if part and part.lower() != name.lower() and not _forum_slug_of(part, name):
            account = unquote(part)
    return Author(name=name, url=url), account


def in_quote(node: LexborNode, unit: Unit) -> bool:
    """Whether an element stands in a quotation inside the comment (not the comment's own
    text element, which XenForo 1 makes a ``blockquote``)."""
    stop = unit.node.mem_id
    text = unit.text_node.mem_id if unit.text_node is not None else -1
    cur = node.parent
    for _ in range(30):
        if cur is None or cur.mem_id in (stop, text):
            return False
        if cur.tag in ("blockquote", "q"):
            return True
        if "quote" in (cur.attributes.get("class") or "").lower():
            return True  # FluxBB's ``div.quotebox`` around ``cite`` and ``blockquote``
        cur = cur.parent
    return False


def _forum_slug_of(part: str, name: str) -> bool:
    """Whether a profile path part is the name with a forum's member number (``mei-tanaka.77``,
    ``12-ann-lee``: the name ``Mei Tanaka``, ``Ann Lee``)."""
    bare = _PATH_ID.sub("", part)
    if bare == part:
        return False
    return _NOT_ALNUM.sub("", unquote(bare).lower()) == _NOT_ALNUM.sub("", name.lower())


AVATAR_WORD = re.compile(r"avatar|gravatar|profile.?pic|user.?pic|photo", re.I)
#: "Avatar von Ann", "Ann's avatar", "Profile picture of Ann": the name without the words.
AVATAR_ALT = re.compile(
    r"^(?:avatar|profile picture|photo|bild|foto)\s+(?:of|von|de|di|for|für)\s+|'s\s+avatar$"
    r"|\s+avatar$",
    re.I,
)
DIGIT_IN = re.compile(r"\d")
#: Alternative texts that name no one: "User", "Benutzerbild", "image".
GENERIC_ALT = re.compile(
    r"^(?:user|users|benutzer\w*|nutzer\w*|utilisateur|usuario|utente|u[zż]ytkownik|member|"
    r"mitglied|image|img|bild|icon|picture|pic|profil\w*|default|anonym\w*|unknown|placeholder)$",
    re.I,
)

_PATH_ID = re.compile(r"^\d+-|\.\d+$")
_NOT_ALNUM = re.compile(r"[\W_]+")


def _name_element(node: LexborNode) -> tuple[LexborNode, str]:
    """The element that holds the name inside an author element, or the element's own words."""
    if node.tag == "a":
        return node, ""
    inner = node.css_first('[itemprop="name"], .fn')
    if inner is None:
        # A header-wide author element (avatar, name, date): its name element wins.
        named = node.css_first(NAME_INSIDE)
        if named is not None and named.text(deep=True).strip():
            inner = named
    if inner is not None:
        return inner, ""
    # (Text nodes apart: "Ann<br>02.05.2024" is a name and a date, not "Ann02.05.2024".)
    own = node.text(deep=False, separator="\n").strip()
    if own.startswith("(") and own.endswith(")"):
        # "<span>Ann</span> (not verified)", "(Gast)": a note on the name in an element of its own.
        for named, _ in zip(node.css("span, strong, b, a"), range(6), strict=False):
            if clean(named.text(deep=True)):
                return named, ""
    dated = DATE_WORDS.search(own) if own else None
    if not own and dated is None and DATE_WORDS.search(node.text(deep=True)) is not None:
        # The name and the date in elements of their own inside a header-wide author element
        # ("<strong>Giovanni</strong> <span>2 maggio 2024</span>"): the name's element.
        for named, _ in zip(node.css("strong, b, a, span"), range(6), strict=False):
            shown = clean(named.text(deep=True))
            if shown and DATE_WORDS.search(shown) is None and not shown[0].isdigit():
                return named, ""
    if dated is not None:
        # "<strong>Ben</strong> 19. Juni 2018 um 15:28 Uhr": the date is the element's own
        # text; the name is the emphasised or linked part, or the words before the date.
        for named, _ in zip(node.css("strong, b, a, span"), range(6), strict=False):
            shown = clean(named.text(deep=True))
            if shown and DATE_WORDS.search(shown) is None and not shown[0].isdigit():
                return named, ""
        own = _SEPARATOR.split(own[: dated.start()])[0].strip(" \u2014\u2013-|,@")
    if not own:
        for cand in node.css("a"):
            target = cand.attributes.get("href") or ""
            if (
                cand.text(deep=True).strip()
                and "#" not in target
                and cand.css_first("time") is None
            ):
                return cand, ""
    return node, own


def _profile_href(node: LexborNode, name_node: LexborNode, own: str) -> str | None:
    """The address the name links to: the name's link, a link inside it, or one around it."""
    if node.tag == "a":
        return node.attributes.get("href")
    if name_node.tag == "a":
        return name_node.attributes.get("href")
    scope = node if name_node is node else name_node
    link: LexborNode | None = None if own else scope.css_first("a[href]")
    if link is None and node.parent is not None and node.parent.tag == "a":
        link = node.parent
    return link.attributes.get("href") if link is not None else None


_FEDIVERSE = re.compile(r"^@?([\w.-]{1,40})(@[a-z0-9-]+(?:\.[a-z0-9-]+)+)$", re.I)

_USER_NUMBER = re.compile(r"\s+\((\d{2,})\)$")


_AUTHOR_ATTRS = (
    "data-author",
    "data-author-name",
    "data-comment-author",
    "data-username",
    "data-user-name",
)


def author_from_date_line(unit: Unit, line: str) -> None:
    """The name in the line the date came from: "Ann | 2 May 2024", "— Ann, 2 May 2024",
    "From Ann on 2 May 2024"."""
    name = ""
    if "|" in line:
        name = line.strip("() ").split("|")[0].strip()
    else:
        line = clean(line)
        found = DASH_SIGNATURE.match(line) or BY_LINE.match(line)
        if found is not None:
            name = (found.groupdict().get("name") or found.groupdict().get("bare") or "").strip()
            if NOT_A_NAME.search(name) or DIGIT_IN.search(name):
                name = ""
    if 0 < len(name) <= 60:
        unit.author = Author(name=name)


def author_beside_date(unit: Unit, walker: Walker) -> None:
    """The name as the other of two parts of a header line whose one part is a date or an age
    (``<div><span>Ayşe</span> <span>2 saat önce</span></div>``), before the text and inside no
    other comment: the markup's shape, whatever its classes are called. The line, or its date
    alone, leaves the text when the text opens with it (a comment named by another rule too)."""
    stop = unit.text_node
    for node, _ in zip(unit.node.traverse(), range(30), strict=False):
        if stop is not None and node.mem_id == stop.mem_id:
            return
        if walker.units.get(node.mem_id, unit) is not unit:
            return  # a reply's header (the unit is a wrapper around comments)
        if node is unit.node or node.child is None:
            continue
        # (``iter`` yields HTML comments too: "<!-- /isim -->" between the two parts is none.)
        children = (c for c in node.iter() if c.is_element_node)
        parts = [p for p, _ in zip(children, range(3), strict=False)]
        if len(parts) != 2 or any(
            p.tag in _NOT_PAIR_TAGS
            or (p.tag == "a" and CONTROL_HREF.search(p.attributes.get("href") or "#"))
            for p in parts
        ):
            continue  # ("Reply" beside the date is a control)
        if clean(node.text(deep=False)).strip(" -|·•"):
            continue  # words of its own besides the two parts
        texts = [clean(p.text(deep=True)) for p in parts]
        dated = [len(t) <= 40 and DATE_OR_AGE.search(t) is not None for t in texts]
        if dated.count(True) != 1:
            continue
        name = texts[dated.index(False)]
        if (
            _marked_name(parts[dated.index(False)])
            and _STATUS_WORDS.search(name) is None
            and 0 < len(name) <= 40
            and len(name.split()) <= 4
            and any(ch.isalpha() for ch in name)
            # A sentence's end is no name's ("Mehmet Y." is: an initial).
            and not name.endswith(("!", "?", ":", ";"))
            and not (name.endswith(".") and len(name.split()[-1]) > 2)
            and NOT_A_NAME.search(name) is None
        ):
            if unit.author is None:
                unit.author = Author(name=name)
            head, _, rest = unit.text.partition("\n\n")
            # (compared without spaces: "Ann<span>2 May</span>" prints "Ann2 May")
            line = "".join(clean(head).split())
            if rest and line in (
                "".join("".join(texts).split()),
                "".join(texts[dated.index(True)].split()),
            ):
                unit.text = rest  # the header line (or its date) read as the text's first
        return


def _marked_name(part: LexborNode) -> bool:
    """Whether a header part is marked as a name: a bold or cited word, a link (not a
    control), a class naming a person's part (not a bare ``span``: a place, a badge, a status
    beside the date read as the author: "Leeds", "Subscriber")."""
    if part.tag in ("b", "strong", "cite", "a"):
        return True
    cls = part.attributes.get("class") or ""
    return any(NAME_MARK.search(token) for token in cls.split())


#: A class word that ends in a person's part (``yorum-yazan``, ``rai-naam``, ``userName``; not
#: ``user-location``, ``user-badge``, ``author-bio``): author, user, name, nick, and the same in
#: other languages.
NAME_MARK = re.compile(
    r"(?:^|[-_]|(?<=[a-z]))(?:user(?:[-_]?name)?|auth?or|nick(?:name)?|name|naam|nama|nimi|yazan|"
    r"yazar|isim|imie|jmeno|nombre|nome|nom|nev|ime|nimimerkki|pseudo|pseudonim|apodo)$",
    re.I,
)
#: A status or a badge beside the date, not a name ("Edited", "Verified reader", "Top comment").
_STATUS_WORDS = re.compile(
    r"^(?:edited|verified\b.*|subscriber|top comment|staff|moderator|admin|pinned|featured|"
    r"author|op|bearbeitet|abonnent\w*|modifié|editado|modificato|изменено|редактировано|"
    r"permalink|link|share|report|flag|quote|reply|antworten|responder|rispondi|répondre)$",
    re.I,
)

#: Header parts that are no name nor date: controls, pictures.
_NOT_PAIR_TAGS = frozenset({"button", "img", "svg", "input", "textarea", "form", "ul", "ol", "p"})


def labelled_author(unit: Unit) -> None:
    """An author the comment's label names (``aria-label="Comment by Ann"``), or, in its header,
    the avatar's alternative text or a title on an element without words of its own."""
    label = clean(unit.node.attributes.get("aria-label") or "")
    if label:
        found = LABEL_BY.search(label)
        if found is not None:
            unit.author = Author(name=found.group("name").strip())
            return
    for node, _ in zip(unit.node.traverse(), range(40), strict=False):
        if node is unit.text_node:
            return  # only the header, before the text
        a = node.attributes
        cls = a.get("class") or ""
        if node.tag == "img" and AVATAR_WORD.search(f"{cls} {a.get('src') or ''}"):
            name = AVATAR_ALT.sub("", clean(a.get("alt") or "")).strip()
        elif a.get("title") and AUTHOR_CLASS.search(cls) and not node.text(deep=True).strip():
            name = clean(a.get("title") or "")
        else:
            continue
        if (
            1 < len(name) <= 60
            and any(ch.isalpha() for ch in name)  # "#1", "01": a number, no name
            and not NOT_A_NAME.search(name)
            and not AVATAR_WORD.search(name)
            and not GENERIC_ALT.match(name)
        ):
            unit.author = Author(name=name)
            return


def stated_author(unit: Unit) -> None:
    """An author the comment element states in an attribute (``data-author="Ann"``)."""
    a = unit.node.attributes
    for name in _AUTHOR_ATTRS:
        value = clean(a.get(name) or "")
        if value and not value.isdigit() and len(value) <= 60:
            unit.author = Author(name=value)
            return


_HANDLE_ALONE = re.compile(r"^@([\w.-]{2,40})$")


def handle_after(node: LexborNode) -> str | None:
    """An "@handle" in the element right after the name's (the account beside a display name)."""
    nxt = next_element(node)
    if nxt is None:
        return None
    m = _HANDLE_ALONE.match(nxt.text(deep=True).strip())
    return m.group(1) if m is not None else None


#: Links of a comment looked at for its avatar and name.
_HEADER_LINKS = 12
#: Elements of a comment looked through for them, from its start.
_HEADER_ELEMENTS = 60


def author_beside_avatar(unit: Unit, avatar: LexborNode) -> None:
    """The name in the element right after a letter avatar linked to the profile (Talkyard's
    "L" link, then ``span.dw-p-by`` holding the name and the "@handle")."""
    nxt = next_element(avatar)
    if nxt is None or nxt.tag not in ("span", "strong", "b", "div"):
        return
    part = first_element(nxt)
    part = part or nxt
    name = clean(part.text(deep=True))
    if not 1 < len(name) <= 60 or name.startswith("@") or NOT_A_NAME.search(name):
        return
    unit.author = Author(name=name)
    unit.meta_nodes.append(nxt)
    handle = clean(nxt.text(deep=True))[len(name) :].strip()
    if _HANDLE_ALONE.match(handle):
        unit.account = handle[1:]


def author_from_links(unit: Unit, walker: Walker, base: str | None) -> None:
    """The commenter's name from the links of the comment's header, whatever their classes.

    Comment systems link a commenter's picture and name to one profile: a text link whose
    target is also an image link's is the name. Without a picture, the first link before the
    comment's text that reads as a name and goes to a page (not an anchor, a control or a
    date) is taken.
    """
    links = _header_links(unit, walker)
    pictures = {link.attributes.get("href") for link in links if link.css_first("img") is not None}
    named = [link for link in links if link.css_first("img, time") is None]
    chosen = next((link for link in named if link.attributes.get("href") in pictures), None)
    if chosen is None and unit.text_node is not None:
        chosen = next((link for link in named if _reads_as_name_link(link, unit.node)), None)
    if chosen is None:
        return
    found = author_of(chosen, base)
    if found is not None:
        unit.author, unit.account = found
        unit.meta_nodes.append(chosen)


def _header_links(unit: Unit, walker: Walker) -> list[LexborNode]:
    """The unit's own links before its text element (among its first elements)."""
    text_id = unit.text_node.mem_id if unit.text_node is not None else None
    links: list[LexborNode] = []
    for seen, node in enumerate(unit.node.traverse(include_text=False)):
        if node.mem_id == text_id or seen >= _HEADER_ELEMENTS or len(links) >= _HEADER_LINKS:
            break
        if node.tag == "a" and "href" in node.attributes and walker.owner(node)[0] is unit:
            links.append(node)
    return links


def _reads_as_name_link(link: LexborNode, stop: LexborNode) -> bool:
    """A link whose words could be a person's name and whose target could be a profile.

    Not a comment's subject line: a heading's link, or a "Re: …".
    """
    href = link.attributes.get("href") or ""
    if not href or CONTROL_HREF.search(href) or NOT_PROFILE.search(href):
        return False
    label = clean(link.text(deep=True))
    if not 2 <= len(label) <= 50 or len(label.split()) > 4 or _SUBJECT.match(label):
        return False
    if DATE_WORDS.search(label) or UI_LABEL.match(label) or label[0].isdigit():
        return False
    cur = link.parent
    while cur is not None and cur.mem_id != stop.mem_id:
        if cur.tag in _HEADINGS:
            # A subject line, unless the heading is the comment's header line: the name
            # beside the date ("May 2, 2024 - <a>Rita</a>").
            rest = clean(cur.text(deep=True)).replace(label, " ", 1)
            return DATE_WORDS.search(rest) is not None
        cur = cur.parent
    return True


_SUBJECT = re.compile(r"re\s*:", re.I)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def author_from_heading(unit: Unit) -> None:
    """The name as the heading of the comment's header (UIkit's ``h4.uk-comment-title`` beside
    the avatar): a heading of a few words before the text, in a ``header`` element or one named
    a header, that links nowhere but "#" or a page (a subject line links to the comment)."""
    for node, _ in zip(unit.node.traverse(), range(_HEADER_ELEMENTS), strict=False):
        if node is unit.text_node:
            return
        if node.tag not in _HEADINGS:
            continue
        if not _in_any_header(node, unit.node) and not _dated_after(node, unit.node):
            return
        name = clean(node.text(deep=True))
        link = node.css_first("a[href]")
        href = (link.attributes.get("href") or "") if link is not None else ""
        if (
            not 2 <= len(name) <= 40
            or len(name.split()) > 4
            or name[0].isdigit()
            or DATE_WORDS.search(name)
            or UI_LABEL.match(name)
            or NOT_A_NAME.search(name)
            or _SUBJECT.match(name)
            or (unit.key and unit.key in href)
            or "#comment" in href
        ):
            return
        unit.author = Author(name=name, url=None if href.startswith("#") else href or None)
        unit.meta_nodes.append(node)
        return


def _dated_after(node: LexborNode, unit: LexborNode) -> bool:
    """Whether the element after a heading is a short date line ("2 days ago", a ``time``), both
    in a box of their own: the heading over it is a header's name (Ghost's ``h4`` over
    "Hydrologist · 2 days ago"; not a section's heading over its first comment)."""
    if node.parent is None or node.parent.mem_id == unit.mem_id:
        return False
    nxt = next_element(node)
    if nxt is None:
        return False
    text = nxt.text(deep=True)
    if len(text) > 60 or BY_LINE.search(text) is not None:
        return False  # a title over its byline ("geschrieben von Ann am 21. Jan. 2015")
    return nxt.css_first("time") is not None or DATE_HINT.search(text) is not None


def _in_any_header(node: LexborNode, stop: LexborNode) -> bool:
    """Whether a node stands in an element below ``stop`` that is a header or has one in its
    class (``fields._in_comment_header`` asks for the comment's own header)."""
    cur = node.parent
    while cur is not None and cur.mem_id != stop.mem_id:
        if cur.tag == "header" or "header" in (cur.attributes.get("class") or "").lower():
            return True
        cur = cur.parent
    return False
