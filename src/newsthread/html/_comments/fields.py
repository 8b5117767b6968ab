"""Stage 3, fields: author, date, text element, score, permalink and status per unit."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime
from urllib.parse import unquote

from selectolax.lexbor import LexborNode

from newsthread.html._comments.selectors import (
    ACCOUNT_PATH,
    AUTHOR_CLASS,
    AUTHOR_SELECTORS,
    CONTROL_HREF,
    MACHINE_DATE_SELECTORS,
    NAME_INSIDE,
    NOT_NAME_PART,
    NOT_PROFILE,
    NOT_TEXT_TAGS,
    SCORE_SELECTORS,
    TEXT_SELECTORS,
    TIME_SELECTOR,
    TOGGLE_CLASS,
    VISIBLE_DATE_SELECTORS,
)
from newsthread.html._comments.state import STATUSES, Unit, Walker, absolute, clean, inside, int_of
from newsthread.html._comments.words import (
    AUTHOR_NOISE,
    BY_LINE,
    DASH_SIGNATURE,
    DATE_WORDS,
    HANDLE,
    LABEL_BY,
    NOT_A_NAME,
    UI_LABEL,
)
from newsthread.html._dates import parse_machine_date, parse_visible_date
from newsthread.model import Author, CommentStatus

_SEPARATOR = re.compile(r"\s+[\u2014\u2013|\u00b7-]\s+")


def _first_owned(
    region: LexborNode,
    selectors: tuple[str, ...],
    walker: Walker,
    units: list[Unit],
    accept: Callable[[Unit, LexborNode], bool] | None = None,
) -> Iterator[tuple[Unit, LexborNode]]:
    """For each selector in order of trust, the first match per unit not yet served.

    With ``accept``, a match it refuses (an avatar-only link for an author) leaves the unit
    waiting for the next match or selector.
    """
    served: set[int] = set()
    total = len(units)
    step = max(1, total // 6)
    probes = units[::step][:6] + units[-1:]
    outer = probe_nesting(probes, region)
    for selector in selectors:
        pending = total - len(served)
        if pending <= 0:
            return
        # A few units left (those without such a field, mostly): query them alone
        # instead of the whole region, once per selector.
        if pending <= 3:
            matches = [
                n
                for u in units
                if u.index not in served
                for part in (u.node, *u.parts)
                for n in part.css(selector)
            ]
        else:
            query = probes_to_query(probes, outer, served)
            if not query:
                # Every sample is served but more units wait (answers among their comments):
                # sample the waiting ones, or no later selector would ever be tried.
                waiting = [u for u in units if u.index not in served]
                probes = waiting[:: max(1, len(waiting) // 6)][:6] + waiting[-1:]
                outer = probe_nesting(probes, region)
                query = probes_to_query(probes, outer, served)
            if not any(
                part.css_first(selector) is not None for u in query for part in (u.node, *u.parts)
            ):
                # Threads repeat one markup: a selector that none of a few sample comments
                # still waiting has would only cost a whole-region pass.
                continue
            matches = region.css(selector)
        for node in matches:
            unit = walker.units.get(node.mem_id)
            if unit is None:
                # A reply box on the way up does not matter here: no unit lies between.
                unit = walker.field_owner(node)
                if unit is None:
                    continue
            elif unit.node.mem_id == node.mem_id:
                continue  # the unit itself; an element merged into it is fine
            if unit.index in served or (accept is not None and not accept(unit, node)):
                continue
            served.add(unit.index)
            yield unit, node


def probe_nesting(probes: list[Unit], region: LexborNode) -> dict[int, Unit]:
    """For each probe inside another probe's element, the nearest such probe (by unit index).

    Bounded by the depth of the deepest probe: each walk up stops at the first probe it meets.
    """
    by_node = {u.node.mem_id: u for u in probes}
    stop = region.mem_id
    outer: dict[int, Unit] = {}
    for unit in probes:
        cur = unit.node.parent
        while cur is not None and cur.mem_id != stop:
            found = by_node.get(cur.mem_id)
            if found is not None:
                if found is not unit:
                    outer[unit.index] = found
                break
            cur = cur.parent
    return outer


def probes_to_query(probes: list[Unit], outer: dict[int, Unit], served: set[int]) -> list[Unit]:
    """The waiting probes that no waiting probe holds.

    A match inside a held probe is also inside the probe holding it, so querying the holder
    alone gives the same answer; in a deep reply chain every probe holds the next, and querying
    each would scan the chain about 3.5 times per selector instead of once.
    """
    chosen: list[Unit] = []
    for unit in probes:
        if unit.index in served:
            continue
        up = outer.get(unit.index)
        while up is not None and up.index in served:
            up = outer.get(up.index)
        if up is None:
            chosen.append(unit)
    return chosen


def _author_of(node: LexborNode, base: str | None) -> tuple[Author, str | None] | None:
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
    if name.count("(") != name.count(")"):
        name = name.strip("()").strip()
    if not name or len(name) > 80:
        return None
    href = _profile_href(node, name_node, own)
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


def _in_quote(node: LexborNode, unit: Unit) -> bool:
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


_USER_NUMBER = re.compile(r"\s+\((\d{2,})\)$")

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


def fill_fields(region: LexborNode, units: list[Unit], walker: Walker, base: str | None) -> None:
    """Author, date, text element, score, permalink, stated id and status of each unit."""

    def take_text(unit: Unit, node: LexborNode) -> bool:
        return not _is_control(node, unit.node)

    for unit, node in _first_owned(region, TEXT_SELECTORS, walker, units, take_text):
        unit.text_node = node

    def take_author(unit: Unit, node: LexborNode) -> bool:
        if NOT_NAME_PART.search(node.attributes.get("class") or ""):
            return False  # ``user__avatar``, ``c-author__community``: a part beside the name
        if (
            node.tag == "a"
            and unit.text_node is not None
            and inside(node, unit.text_node, unit.node)
        ):
            return False  # a profile link in the comment's text ("/u/someone"), not its author
        if _in_quote(node, unit):
            return False  # a quoted post's attribution ("Ole Hansen wrote:"), not its author
        found = _author_of(node, base)
        if found is None or unit.author is not None:
            return False
        unit.author, unit.account = found
        unit.meta_nodes.append(node)
        if unit.account is None:
            unit.account = _handle_after(node)
        return True

    for _ in _first_owned(region, AUTHOR_SELECTORS, walker, units, take_author):
        pass
    for unit in units:
        if unit.author is None:
            _author_from_links(unit, walker, base)
        if unit.author is None:
            _stated_author(unit)
        if unit.author is None:
            _labelled_author(unit)
    _machine_dates(region, walker)
    _visible_dates(region, units, walker)
    for unit in units:
        if unit.author is None and unit.date_text:
            _author_from_date_line(unit, unit.date_text)
    for unit, node in _first_owned(region, SCORE_SELECTORS, walker, units):
        unit.score = _score_of(node)
    _permalinks(region, units, walker, base)
    for unit, node in _first_owned(region, ('meta[itemprop="identifier"]',), walker, units):
        ident = (node.attributes.get("content") or "").strip()
        if ident:
            unit.ident = ident
    for unit in units:
        _stated_status(unit)


_AUTHOR_ATTRS = (
    "data-author",
    "data-author-name",
    "data-comment-author",
    "data-username",
    "data-user-name",
)


def _author_from_date_line(unit: Unit, line: str) -> None:
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


def _labelled_author(unit: Unit) -> None:
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
            and not NOT_A_NAME.search(name)
            and not AVATAR_WORD.search(name)
            and not GENERIC_ALT.match(name)
        ):
            unit.author = Author(name=name)
            return


def _stated_author(unit: Unit) -> None:
    """An author the comment element states in an attribute (``data-author="Ann"``)."""
    a = unit.node.attributes
    for name in _AUTHOR_ATTRS:
        value = clean(a.get(name) or "")
        if value and not value.isdigit() and len(value) <= 60:
            unit.author = Author(name=value)
            return


_HANDLE_ALONE = re.compile(r"^@([\w.-]{2,40})$")


def _handle_after(node: LexborNode) -> str | None:
    """An "@handle" in the element right after the name's (the account beside a display name)."""
    nxt = node.next
    while nxt is not None and not nxt.is_element_node:
        nxt = nxt.next
    if nxt is None:
        return None
    m = _HANDLE_ALONE.match(nxt.text(deep=True).strip())
    return m.group(1) if m is not None else None


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


#: Links of a comment looked at for its avatar and name.
_HEADER_LINKS = 12
#: Elements of a comment looked through for them, from its start.
_HEADER_ELEMENTS = 60


def _author_from_links(unit: Unit, walker: Walker, base: str | None) -> None:
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
    found = _author_of(chosen, base)
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
            return False
        cur = cur.parent
    return True


_SUBJECT = re.compile(r"re\s*:", re.I)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


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
        got = _machine_value(node) or parse_visible_date(shown)
        if got is None:
            return tried >= 2
        unit.published = got
        unit.meta_nodes.append(node)
        unit.date_text = clean(shown)
        return True

    for selector in VISIBLE_DATE_SELECTORS:
        if not pending:
            break
        tries.clear()
        for _ in _first_owned(region, (selector,), walker, pending, take_date):
            pass
        pending = [u for u in pending if u.published is None]
    for unit, node in _first_owned(
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
