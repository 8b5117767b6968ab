"""Forum software (XenForo, phpBB, vBulletin, SMF, MyBB...): posts that name no comment.

A forum thread's posts carry no comment word in their markup (``article.message--post``,
``div.post``, ``li.postcontainer``), but each holds a member's name (``a.username``, a link to a
member profile) and a date, and the posts repeat as siblings of one kind. The repeated element
that holds one name, a date and some text of its own is one post. The thread's opening post
("#1", or the first post when the posts are not numbered) is the topic itself: the page's
article, not a comment; the later posts are the comments, flat as the forum shows them.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsthread.html._comments.selectors import FORUM_MEMBER_HREF
from newsthread.html._comments.state import Unit, Walker, prev_element
from newsthread.html._comments.words import DATE_HINT

#: A post's id: ``js-post-1001``, ``post_5001``, ``post5001``, ``p1001``, ``msg123``, ``pid_7``,
#: ``edit7001`` (vBulletin 3's wrapper of ``table#post7001``), ``post_id_8815`` (Invision 3).
_POST_KEY = re.compile(r"^(?:js-)?(?:post|msg|pid|edit)(?:[-_]?id)?[-_]?(\d+)$|^p(\d+)$", re.I)

#: The post counter "#1" (XenForo, vBulletin) of the thread's opening post.
_COUNTER = re.compile(r"^#\s?(\d+)$")
#: A thread's later page in its address: ``?start=20`` (phpBB, SMF ``.20``-less), ``?page=2``,
#: ``/page-2`` (XenForo), ``/page/2``.
_PAGE = re.compile(
    r"[?&;]start=(?P<start>\d+)|(?:[?&;]page=|/page[-/]?|[/.]page-)(?P<page>\d+)", re.I
)

#: A thread's address: XenForo ``/threads/``, phpBB ``viewtopic.php``, Discourse ``/t/``,
#: Flarum ``/d/``, vBulletin ``showthread.php``, WoltLab ``/thread/``, SMF ``?topic=``.
_THREAD_URL = re.compile(r"/(?:threads?|topics?|t|d)/|viewtopic\.|showthread\.|[?&;]topic=", re.I)

# Table layouts (SMF 1, phpBB 2) hold the name eleven levels below the post's row.
_UP = 14

#: An alternating row's number: ``windowbg``/``windowbg2`` (SMF), ``row1``/``row2``, ``bg1``.
_ROW_NUMBER = re.compile(r"(?<!\d)\d+$")


def _label(node: LexborNode) -> str:
    """A post's kind: its first class, without the number that alternates row colours."""
    cls = (node.attributes.get("class") or "").split()
    if not cls:
        return ""
    return _ROW_NUMBER.sub("", cls[0]) if cls[0][-1].isdigit() else cls[0]


def _own_text(node: LexborNode) -> int:
    """Characters of text outside links (a row of links is a list, not a post)."""
    whole = len(node.text(deep=True).strip())
    linked = sum(len(a.text(deep=True).strip()) for a in node.css("a"))
    return whole - linked


def _dated(node: LexborNode) -> bool:
    return node.css_first("time") is not None or DATE_HINT.search(node.text(deep=True)) is not None


#: A group of siblings: their parent's id, their tag and kind.
_Key = tuple[int, str, str]


def forum_posts(members: list[LexborNode], walker: Walker, url: str | None) -> list[Unit]:
    """The posts of a forum thread, each a unit, the opening post left out.

    ``members``: the scan's post authors (links to member profiles), in document order: no
    pass of its own over the page.
    """
    if len(members) < 2:
        return []
    groups: dict[_Key, dict[int, LexborNode]] = {}
    # The groups with a member link of a forum's own shape; the others (account pages, which
    # news sites use for their authors too) need a sign of a forum of their own.
    forum_shaped: set[_Key] = set()
    thread_url = _THREAD_URL.search(url or "") is not None
    for found in members:
        shaped = thread_url or FORUM_MEMBER_HREF.search(found.attributes.get("href") or "")
        cur: LexborNode | None = found
        for _ in range(_UP):
            if cur is None:
                break
            up = cur.parent
            if up is None or cur.tag in ("body", "html"):
                break
            key = (up.mem_id, cur.tag or "", _label(cur))
            groups.setdefault(key, {})[cur.mem_id] = cur
            if shaped:
                forum_shaped.add(key)
            cur = up
    best = _best_group(groups, forum_shaped)
    if len(best) < 2:
        return []
    best = _with_nested(best, members)
    # (Members were met in document order: a post's first author element comes before the next
    # post's.)
    if _opens_thread(best[0], url):
        best = best[1:]
    units: list[Unit] = []
    chosen = {node.mem_id: node for node in best}
    for node in best:
        # (The header test first: it looks at one sibling, ``_dated`` at the post's whole text,
        # which holds its nested replies.)
        head = _head_of(node, chosen)
        if head is not None and _dated(node):
            head = None
        ident = _post_key(node) if head is None else _post_key(head) or _post_key(node)
        unit = Unit(node=node, key=ident, index=len(units), strong=True)
        walker.units[node.mem_id] = unit
        if head is not None:
            # The post's header stands before it (bbPress's ``div#post-901.bbp-reply-header``):
            # its date and id are the post's; or the post's row stands before the row of its
            # member links (phpBB 2), and holds its text too.
            walker.units[head.mem_id] = unit
            unit.parts.append(head)
            if _own_text(node) < 20 <= _own_text(head):
                unit.partner = head
        units.append(unit)
    above: dict[int, Unit | None] = {}
    for unit in units:
        unit.parent = _enclosing(unit.node, walker, above)
        if unit.parent is not None:
            unit.parent.children.append(unit)
    return units


def _best_group(
    groups: dict[_Key, dict[int, LexborNode]], forum_shaped: set[_Key]
) -> list[LexborNode]:
    """The group of siblings that are the thread's posts: each dated (or after a dated header),
    with no form field, most with a sentence of their own; the most posts win, then the most
    text."""
    best: list[LexborNode] = []
    best_rank = (0, 0)
    for key, by_id in groups.items():
        if len(by_id) < 2 or key[1] in ("a", "span", "strong", "b", "dt", "dd", "p", "td"):
            continue
        posts = list(by_id.values())
        heads = [None if _dated(p) else _head_of(p, by_id) for p in posts]
        if any(not _dated(p) and h is None for p, h in zip(posts, heads, strict=True)):
            continue
        if key not in forum_shaped and not _numbered_posts(posts, heads):
            continue
        if any(p.css_first("textarea, input[type='text'], select") is not None for p in posts):
            continue
        own = [
            _own_text(p) + (_own_text(h) if h is not None else 0)
            for p, h in zip(posts, heads, strict=True)
        ]
        # Most posts hold a sentence of their own; a list of threads or members holds links.
        if sum(n >= 20 for n in own) * 2 < len(posts):
            continue
        # The posts themselves outnumber the blocks that hold them (the thread beside a list
        # of similar threads): the most members win, then the most text.
        rank = (len(posts), sum(own))
        if rank > best_rank:
            best, best_rank = posts, rank
    return best


def _numbered_posts(posts: list[LexborNode], heads: list[LexborNode | None]) -> bool:
    """Whether most posts (or their headers) carry a forum post's number: a post id
    (``post-901``, ``post_id_8815``, ``data-post-id``, an anchor ``msg3005``) or a counter "#2"."""
    numbered = 0
    for p, h in zip(posts, heads, strict=True):
        if any(_post_number(n) is not None or _counter(n) is not None for n in (p, h) if n):
            numbered += 1
            if numbered * 2 > len(posts):
                return True
    return False


def _post_number(node: LexborNode) -> str | None:
    """A forum post's own number: a post id, a post-id attribute, or a post anchor."""
    return _numbered_id(node) or _anchor_key(node) or _inner_key(node)


def _numbered_id(node: LexborNode) -> str | None:
    """The post number in the element's id (``post-901``) or its post-id attributes."""
    a = node.attributes
    for value in (a.get("id"), a.get("data-content")):
        m = _POST_KEY.match(value or "")
        if m:
            return m.group(1) or m.group(2)
    return a.get("data-post-id") or a.get("data-pid")


def _with_nested(posts: list[LexborNode], members: list[LexborNode]) -> list[LexborNode]:
    """The posts and, in a threaded forum (Talkyard), the replies nested in them: elements of the
    posts' kind inside a post, each with a member of its own; in document order.

    Each element met on the way up is remembered with the nearest post at or above it (and
    whether that is inside a top post): a walk per member stops where an earlier one passed,
    so the whole costs one pass over the tree, however deep the replies nest.
    """
    kind = (posts[0].tag, _label(posts[0]))
    top = {p.mem_id for p in posts}
    above: dict[int, tuple[LexborNode | None, bool]] = {}
    listed: set[int] = set()
    out: list[LexborNode] = []
    for found in members:
        path: list[LexborNode] = []
        cur = found.parent
        reached: tuple[LexborNode | None, bool] = (None, False)
        while cur is not None:
            if cur.mem_id in top:
                reached = (cur, True)
                break
            known = above.get(cur.mem_id)
            if known is not None:
                reached = known
                break
            path.append(cur)
            cur = cur.parent
        for node in reversed(path):
            if (node.tag, _label(node)) == kind:
                reached = (node, reached[1])
            above[node.mem_id] = reached
        post, inside_post = reached
        if post is not None and inside_post and post.mem_id not in listed:
            listed.add(post.mem_id)
            out.append(post)
    return out if len(out) > len(posts) else posts


def _enclosing(node: LexborNode, walker: Walker, above: dict[int, Unit | None]) -> Unit | None:
    """The post above ``node``, with no bound on the depth: the walk stops at a post or at an
    element an earlier walk passed (``above``; all the posts are known)."""
    path: list[LexborNode] = []
    cur = node.parent
    found: Unit | None = None
    while cur is not None:
        unit = walker.units.get(cur.mem_id)
        if unit is not None:
            found = unit
            break
        if cur.mem_id in above:
            found = above[cur.mem_id]
            break
        path.append(cur)
        cur = cur.parent
    for passed in path:
        above[passed.mem_id] = found
    return found


def _head_of(node: LexborNode, posts: dict[int, LexborNode]) -> LexborNode | None:
    """A dated header right before a post, itself no post and with no member link of its own."""
    prev = prev_element(node)
    if prev is None or prev.mem_id in posts or prev.tag != node.tag:
        return None
    if not _dated(prev):
        return None
    if prev.css_first('a[href*="member"], a[href*="profile"], a[href*="/user"]') is not None:
        return None
    return prev


def _opens_thread(node: LexborNode, url: str | None) -> bool:
    """Whether the post is the thread's first: numbered "#1" (SMF: "#0"), or not numbered on a
    page whose address names no later page of the thread."""
    number = _counter(node)
    # (Kunena's "#5101" beside post ``#5101`` is its permalink, the post's id: no counter.)
    ident = "".join(ch for ch in node.attributes.get("id") or "" if ch.isdigit())
    if number is not None and str(number) != ident:
        return number <= 1
    return not _later_page(url)


def _counter(node: LexborNode) -> int | None:
    """The post counter "#2" in a post: among its first elements, the text of one of them (not
    its descendants': the post's nested replies are no part of its header)."""
    for el, _ in zip(node.traverse(), range(_HEAD_ELEMENTS), strict=False):
        if el.tag in _COUNTER_TAGS:
            m = _COUNTER.match((el.text(deep=False) or "").strip())
            if m:
                return int(m.group(1))
    return None


_COUNTER_TAGS = frozenset({"a", "span", "strong", "b", "li"})
#: How many of a post's first elements may hold its header's counter or id.
_HEAD_ELEMENTS = 400


def _later_page(url: str | None) -> bool:
    m = _PAGE.search(url or "")
    if m is None:
        return False
    return int(m.group("start")) > 0 if m.group("start") else int(m.group("page")) > 1


def _post_key(node: LexborNode) -> str | None:
    """The post's id: its number, else any id it states (``data-node-id``: vBulletin 5)."""
    a = node.attributes
    stated = _numbered_id(node) or a.get("data-node-id") or a.get("data-id") or a.get("id")
    return stated or _anchor_key(node) or _inner_key(node)


def _inner_key(node: LexborNode) -> str | None:
    """The post id of one of the first elements inside a post (Talkyard's ``div#post-2`` in its
    thread item, PunBB's ``div#p407.posthead``)."""
    ids = 0
    for inner, _ in zip(node.traverse(), range(_HEAD_ELEMENTS), strict=False):
        if inner is node or "id" not in inner.attributes:
            continue
        m = _POST_KEY.match(inner.attributes.get("id") or "")
        if m:
            return m.group(1) or m.group(2)
        ids += 1
        if ids == 4:
            break
    return None


def _anchor_key(node: LexborNode) -> str | None:
    """A post's id in an empty anchor right before it (SMF's ``<a id="msg3005"></a>``) or
    first inside it (``<a name="msg3005">``)."""
    prev = node.prev
    for _ in range(4):
        if prev is None:
            break
        if prev.is_element_node:
            if prev.tag != "a" or prev.text(deep=True).strip():
                break
            m = _POST_KEY.match(prev.attributes.get("id") or prev.attributes.get("name") or "")
            if m:
                return m.group(1) or m.group(2)
        prev = prev.prev
    first = next(
        (
            el
            for el, _ in zip(node.traverse(), range(_HEAD_ELEMENTS), strict=False)
            if el.tag == "a" and ("name" in el.attributes or "id" in el.attributes)
        ),
        None,
    )
    if first is not None and not first.text(deep=True).strip():
        name = first.attributes.get("name") or first.attributes.get("id") or ""
        if name.isdigit():
            return name  # phpBB 2's ``<a name="5124">`` before the poster's name
        m = _POST_KEY.match(name)
        if m:
            return m.group(1) or m.group(2)
    return None
