"""Stage 3, fields: author, date, text element, score, permalink and status per unit.

Which element of a comment holds a field is found by ``owned``; the author's name is read by
``authors``."""

from __future__ import annotations

import re
from datetime import datetime

from selectolax.lexbor import LexborNode

from newsthread.html._comments.authors import (
    author_beside_avatar,
    author_from_date_line,
    author_from_heading,
    author_from_links,
    author_of,
    handle_after,
    in_quote,
    labelled_author,
    stated_author,
)
from newsthread.html._comments.field_selectors import (
    AUTHOR_SELECTORS,
    MACHINE_DATE_SELECTORS,
    NOT_NAME_PART,
    NOT_TEXT_TAGS,
    NOT_WEAK_TEXT,
    SCORE_SELECTORS,
    TEXT_SELECTORS,
    TIME_SELECTOR,
    TOGGLE_CLASS,
    VISIBLE_DATE_SELECTORS,
)
from newsthread.html._comments.owned import first_owned
from newsthread.html._comments.state import (
    STATUSES,
    Unit,
    Walker,
    absolute,
    clean,
    inside,
    int_of,
    next_element,
)
from newsthread.html._comments.words import DATE_LINE, DATE_WORDS, REPLY_NAME_CUE
from newsthread.html._dates import parse_machine_date, parse_visible_date
from newsthread.model import CommentStatus

__all__ = ["fill_fields"]


_JS_GMT = re.compile(r"\s*GMT([+-]\d{4})\b(?:\s*\([^)]*\))?")


def _machine_value(node: LexborNode) -> datetime | None:
    a = node.attributes
    for name in (
        "datetime",
        "content",
        "pubdate",
        "data-timestamp",
        "data-utime",
        "data-time",
        "data-datetime",
        "title",
    ):
        value = a.get(name)
        if value:
            got = parse_machine_date(value)
            if got is not None:
                return got
            if name == "title":
                # JavaScript's Date text ("Fri Mar 01 2024 10:00:00 GMT+0100"): dateutil reads
                # "GMT+0100" the POSIX way, one hour west; the offset is east.
                return parse_visible_date(_JS_GMT.sub(r" \1", value))
    return None


def _in_reply_line(node: LexborNode) -> bool:
    """Whether a name stands in a line that opens "In reply to" (Drupal 8's hidden line)."""
    up = node.parent
    first = up.child if up is not None else None
    return (
        first is not None
        and first.tag == "-text"
        and REPLY_NAME_CUE.match(first.text(deep=False)) is not None
    )


def _named_after(node: LexborNode, letter: str) -> bool:
    """Whether a link of one letter is a letter avatar: the element after it holds a name that
    begins with the letter ("L", then "Lin Hao"), or the link is styled as an avatar (not "K"
    followed by a "Verified reader" badge)."""
    if node.tag != "a":
        return False
    nxt = next_element(node)
    if nxt is None:
        return False
    after = nxt.text(deep=True).strip()
    if len(after) <= 1:
        return False
    if after[0].upper() == letter.upper():
        return True
    look = f"{node.attributes.get('class') or ''} {node.attributes.get('style') or ''}".lower()
    return "avatar" in look or "avtr" in look or "background" in look


def _in_comment_header(node: LexborNode, stop: LexborNode) -> bool:
    """Whether a node stands in the comment's header (``header``, ``*omment-header``, a class
    word ending in "header" or "-head", ``comment-meta``), below ``stop``."""
    cur = node.parent
    for _ in range(8):
        if cur is None or cur.mem_id == stop.mem_id:
            return False
        if cur.tag == "header":
            return True
        cls = cur.attributes.get("class")
        if cls and "ead" in cls and ("omment-header" in cls or _HEADER_CLASS.search(cls)):
            return True  # a header of any prefix (``comment-header``, ``post-head``)
        if cls and "meta" in cls and _META_CLASS.search(cls):
            return True  # the comment's meta line (``comment-meta``: avatar, name, date)
        cur = cur.parent
    return False


#: A class word that opens with "content" and names some other part after it.
_CONTENT_PART = re.compile(
    r"(?:^|\s)content[-_](?:meta|info|footer|foot|actions?|tools|wrap\w*|date|time|header|"
    r"author|user|name|stats?|likes?|links?|share|nav|area|box|container)(?:\s|$)",
    re.I,
)
_HEADER_CLASS = re.compile(r"(?:header|[-_]head)(?:\s|$)", re.I)
_META_CLASS = re.compile(r"(?:^|\s)[\w-]*comment[-_]+meta(?:\s|$)", re.I)

#: Attributes that show the full date on hover over a relative one ("7mo").
_TOOLTIPS = ("data-tippy-content", "data-tooltip", "data-original-title", "data-title")


def _tooltip_date(node: LexborNode) -> datetime | None:
    a = node.attributes
    for name in _TOOLTIPS:
        value = a.get(name)
        if value and len(value) <= 80:
            got = parse_visible_date(value)
            if got is not None:
                return got
    return None


def fill_fields(region: LexborNode, units: list[Unit], walker: Walker, base: str | None) -> None:
    """Author, date, text element, score, permalink, stated id and status of each unit."""
    for unit, node in first_owned(region, TEXT_SELECTORS, walker, units, _takes_text):
        unit.text_node = node
    _fill_authors(region, units, walker, base)
    _machine_dates(region, walker)
    _visible_dates(region, units, walker)
    for unit in units:
        if unit.author is None and unit.date_text:
            author_from_date_line(unit, unit.date_text)
    for unit, node in first_owned(region, SCORE_SELECTORS, walker, units):
        unit.score = _score_of(node)
    _permalinks(region, units, walker, base)
    for unit, node in first_owned(region, ('meta[itemprop="identifier"]',), walker, units):
        ident = (node.attributes.get("content") or "").strip()
        if ident:
            unit.ident = ident
    for unit in units:
        _stated_status(unit)


def _takes_text(unit: Unit, node: LexborNode) -> bool:
    """Whether a match of ``TEXT_SELECTORS`` is the unit's text element."""
    # An empty element with an id is a script's mount point (SMF's ``div#msg_N_quick_mod``
    # before ``div#msg_N``), not an empty text (a deleted comment's).
    if node.child is None and node.attributes.get("id"):
        return False
    if _in_comment_header(node, unit.node):
        return False  # a label in the header (Gitalk's ``span.gt-comment-text`` "commented")
    cls = node.attributes.get("class") or ""
    if "ead" in cls and _HEADER_CLASS.search(cls):
        return False  # a header (``kt-comment-content-head``)
    if "content" in cls and _CONTENT_PART.search(cls):
        return False  # ``content-meta``, ``content-footer``: a part, not the text
    if (
        _weak_and_not_text(node)
        or _not_own_part(node, unit, _BODY_ENDS, _BODY_WORDS)
        or _not_own_part(node, unit, _COMMENT_ENDS, ())
        or _not_own_part(node, unit, _TEXT_ENDS, _TEXT_OWNER_WORDS)
    ):
        return False
    return not _is_control(node, unit.node)


def _fill_authors(region: LexborNode, units: list[Unit], walker: Walker, base: str | None) -> None:
    """Each unit's author (and account): its author element, else the last resorts in turn."""

    def take_author(unit: Unit, node: LexborNode) -> bool:
        if NOT_NAME_PART.search(node.attributes.get("class") or ""):
            return False  # ``user__avatar``, ``c-author__community``: a part beside the name
        if _not_own_part(node, unit, _USER_ENDS, _NAME_WORDS):
            return False  # ``reply-to-user``, ``badge-verified_user``: not the comment's own
        if (
            node.tag == "a"
            and unit.text_node is not None
            and inside(node, unit.text_node, unit.node)
            and not _in_comment_header(node, unit.node)  # a box of header and text (Gitalk)
        ):
            return False  # a profile link in the comment's text ("/u/someone"), not its author
        if in_quote(node, unit):
            return False  # a quoted post's attribution ("Ole Hansen wrote:"), not its author
        if _in_reply_line(node):
            return False  # "In reply to <a>Great news</a> by <a>anja</a>": the parent's author
        found = author_of(node, base)
        if found is None or unit.author is not None:
            return False
        name = found[0].name
        if len(name) == 1 and name.isascii() and name.isalpha() and _named_after(node, name):
            letters.setdefault(unit.index, node)
            return False  # a letter avatar ("L" in a coloured circle) before the name
        unit.author, unit.account = found
        unit.meta_nodes.append(node)
        if unit.account is None:
            unit.account = handle_after(node)
        return True

    letters: dict[int, LexborNode] = {}
    for _ in first_owned(region, AUTHOR_SELECTORS, walker, units, take_author):
        pass
    for unit in units:
        if unit.author is None and unit.index in letters:
            author_beside_avatar(unit, letters[unit.index])
        if unit.author is None:
            author_from_links(unit, walker, base)
        if unit.author is None:
            stated_author(unit)
        if unit.author is None:
            labelled_author(unit)
        if unit.author is None:
            author_from_heading(unit)


def _is_control(node: LexborNode, stop: LexborNode) -> bool:
    """Whether a text candidate is, or lies in, a control (a toggle's label, a button)."""
    if TOGGLE_CLASS.search(node.attributes.get("class") or ""):
        return True
    cur: LexborNode | None = node
    while cur is not None and cur.mem_id != stop.mem_id:
        if cur.tag in NOT_TEXT_TAGS:
            return True
        cur = cur.parent
    return False


def _visible_dates(region: LexborNode, units: list[Unit], walker: Walker) -> None:
    """Dates in header texts, for the units without a machine-readable one."""
    pending = [u for u in units if u.published is None]
    if not pending:
        return
    # A header text may hold a date among other words: try each selector until one parses,
    # and a few of its matches per comment (a "•" spacer named ``time-ago-bullet`` before the
    # date link named ``time-ago``).
    tries: dict[int, int] = {}

    def take_date(unit: Unit, node: LexborNode) -> bool:
        tried = tries.get(unit.index, 0)
        tries[unit.index] = tried + 1
        if unit.published is not None:
            return True
        # Parts in their own elements ("28.09.19" "12:44") must not run together.
        shown = node.text(deep=True, separator=" ")
        got = _machine_value(node) or _tooltip_date(node) or parse_visible_date(shown)
        if got is None:
            # The date as the element's own words beside its name and links ("<strong>Carmen
            # </strong> 2 de mayo de 2024 a las 9:30 - <a>Responder</a>").
            own = clean(node.text(deep=False)).strip(" -|\u00b7\u2022\u2013\u2014")
            if own and own != clean(shown) and DATE_WORDS.search(own) is not None:
                got = parse_visible_date(own)
                shown = own if got is not None else shown
        if got is None:
            if _DATE_SHAPE.fullmatch(clean(shown)) is not None:
                # A date the parser cannot place ("06.12 09:01:22", "6/12(水) 9:41"): no
                # date, but no text either.
                unit.meta_nodes.append(node)
            return tried >= 2
        unit.published = got
        unit.meta_nodes.append(node)
        unit.date_text = clean(shown)
        return True

    for selector in VISIBLE_DATE_SELECTORS:
        if not pending:
            break
        tries.clear()
        for _ in first_owned(region, (selector,), walker, pending, take_date):
            pass
        pending = [u for u in pending if u.published is None]
    for unit, node in first_owned(
        region, (TIME_SELECTOR,), walker, [u for u in units if u.date_text]
    ):
        combined = parse_visible_date(f"{unit.date_text} {clean(node.text(deep=True))}")
        if combined is not None:
            unit.published = combined


def _score_of(node: LexborNode) -> int | None:
    a = node.attributes
    value = int_of(
        a.get("data-score")
        or a.get("content")
        or a.get("value")
        or a.get("data-value")
        or a.get("title")
    )
    return int_of(node.text(deep=True)) if value is None else value


def _stated_status(unit: Unit) -> None:
    """A status the markup states: ``data-status``, a pingback, trackback, "more" or deleted class."""
    node_attrs = unit.node.attributes
    cls = (node_attrs.get("class") or "").split()
    stated = node_attrs.get("data-status")
    if stated in STATUSES:
        unit.status = CommentStatus(stated)
        unit.more_count = int_of(node_attrs.get("data-more-count"))
    elif "pingback" in cls:
        unit.status = CommentStatus.PINGBACK
    elif "trackback" in cls:
        unit.status = CommentStatus.TRACKBACK
    elif "morechildren" in cls:
        unit.status = CommentStatus.MORE
        unit.more_count = int_of(unit.node.text(deep=True))
    elif any(t.endswith(("deleted", "removed")) for t in cls):
        # ``deleted``, ``comment--deleted``, ``is-removed``.
        deleted = any(t.endswith("deleted") for t in cls)
        unit.status = CommentStatus.DELETED if deleted else CommentStatus.REMOVED


def _machine_dates(region: LexborNode, walker: Walker) -> None:
    """The earliest date of the most trusted kind per unit: "edited" stamps come after "posted"."""
    decided: set[int] = set()
    for selector in MACHINE_DATE_SELECTORS:
        touched: list[Unit] = []
        for node in region.css(selector):
            unit = walker.field_owner(node)
            if unit is None or unit.index in decided:
                continue
            value = _machine_value(node)
            if value is None:
                continue
            if unit.published is None:
                touched.append(unit)
                unit.published = value
                unit.meta_nodes.append(node)
                continue
            try:
                earlier = value < unit.published
            except TypeError:  # naive against aware: keep the first
                earlier = False
            if earlier:
                unit.published = value
            unit.meta_nodes.append(node)
        decided.update(u.index for u in touched)


def _permalinks(region: LexborNode, units: list[Unit], walker: Walker, base: str | None) -> None:
    # schema.org: the comment's own url (not its author's).
    for link in region.css('a[itemprop="url"]'):
        unit = walker.field_owner(link)
        up = link.parent
        if unit is None or unit.url is not None or up is None:
            continue
        if up.attributes.get("itemprop") == "author" or up.attributes.get("itemtype"):
            continue
        if link.css_first('[itemprop="name"]') is not None:
            continue  # a person's link
        unit.url = absolute(link.attributes.get("href"), base)
    links = 'a[href*="#"], a[href*="comment"], a[href^="item?id="], a[rel="bookmark"], a.permalink'
    seen: set[int] = set()
    for link in region.css(links):
        if link.mem_id in seen:
            continue
        seen.add(link.mem_id)
        unit = walker.field_owner(link)
        if unit is None or unit.url is not None or not unit.key:
            continue
        href = link.attributes.get("href") or ""
        low = href.lower()
        if (
            unit.key not in href
            or "reply" in low
            or "respond" in low
            or "delete" in low
            or "vote" in low
        ):
            continue
        unit.url = absolute(href, base)


#: A short day and time without a year, or with a weekday in brackets: "06.12 09:01:22",
#: "6/12(水) 9:41", "12.06. 10:15", "۱۴۰۳/۰۳/۲۳ - 10:15" (a calendar the parser does not know;
#: not a time alone: the date may stand beside it).
_DATE_SHAPE = re.compile(
    r"\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?\.?\s*(?:\(\w{1,3}\))?\s*[-,|\u2013]?\s*"
    r"\d{1,2}:\d\d(?::\d\d)?"
)


def _weak_and_not_text(node: LexborNode) -> bool:
    """Whether a part found only by a weak text word ("-text", "Text", "msg") is something else:
    its class says so (``date-text``, ``status-msg``), or its words are a short date."""
    cls = node.attrs.get("class") or ""
    if "text" not in cls and "Text" not in cls and "msg" not in cls:
        return False
    weak = [t for t in cls.split() if t.endswith(("text", "Text", "msg"))]
    if not weak or any(w in cls for w in _STRONG_TEXT_WORDS):
        return False
    if node.tag in _INLINE:
        return True  # a word or two beside the name (``span.location-text``, ``span.muted-text``)
    if any(NOT_WEAK_TEXT.search(t[: -4 if t.endswith(("text", "Text")) else -3]) for t in weak):
        return True
    shown = clean(node.text(deep=True))
    return len(shown) <= 40 and (
        DATE_LINE.match(shown) is not None or _AGO.search(shown) is not None
    )


#: "2 hours ago", "vor 3 Tagen", "hace 5 minutos", "il y a 2 jours": an age, no text.
_AGO = re.compile(
    r"^\W*(?:\d+\s*\w+\s+(?:ago|назад|önce|geleden|sitten|temu)|(?:vor|hace|il y a)\s+\d+\s*\w+)\W*$",
    re.I,
)


#: Inline elements: a weak text part is a block (``div.kmsg``, ``p.opinion-text``).
_INLINE = frozenset(
    {"span", "a", "b", "i", "em", "strong", "small", "font", "label", "time", "abbr", "cite", "sup"}
)
#: Class words that name a comment's text whatever follows them.
_STRONG_TEXT_WORDS = ("omment", "body", "content", "message")


def _not_own_part(
    node: LexborNode, unit: Unit, ends: tuple[str, ...], words: tuple[str, ...]
) -> bool:
    """Whether a part named only by a generic ending of any prefix (``kwam-user``,
    ``kwam-body``) has a prefix that is not the comment's own (``reply-to-user``,
    ``modal-body`` in ``div.comment``): a part of something else in the comment."""
    cls = node.attrs.get("class") or ""  # (one attribute read, not a dict of all of them)
    for end in ends:
        if end in cls:
            break
    else:
        return False
    tokens = cls.split()
    hits = [t for t in tokens if t.endswith(ends)]
    if not hits or any(w in cls.lower() for w in words):
        return False
    own = {_first_part(t) for t in (unit.node.attributes.get("class") or "").split()}
    return all(_first_part(t) not in own for t in hits)


def _first_part(token: str) -> str:
    """A class word's first part: before ``-``, ``_`` or a capital (``talkbackText``,
    ``talkbackItem``: "talkback")."""
    head = token.replace("_", "-").split("-", 1)[0]
    cut = next((i for i, ch in enumerate(head) if i and ch.isupper()), len(head))
    return head[:cut].lower()


_USER_ENDS = ("-user", "_user")
_BODY_ENDS = ("-body", "_body")
_COMMENT_ENDS = ("-comment", "_comment")
#: The weak text endings (not "msg": Kunena's ``kmsg`` has no prefix of the post's).
_TEXT_ENDS = ("-text", "_text", "Text")
#: ... whose prefix names whose text it is, whatever the comment's own prefix (``user-text``).
_TEXT_OWNER_WORDS = ("omment", "body", "content", "message", "user", "post", "entry")
#: Class words that name a name or a text whatever their prefix.
_NAME_WORDS = ("name", "author", "nick")
_BODY_WORDS = ("omment", "content", "text", "message", "post", "entry")
