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
from newsthread.html._comments.state import Unit, Walker
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

_MAX_AUTHORS = 5000
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


def forum_posts(members: list[LexborNode], walker: Walker, url: str | None) -> list[Unit]:
    """The posts of a forum thread, each a unit, the opening post left out.

    ``members``: the scan's post authors (links to member profiles), in document order: no
    pass of its own over the page.
    """
    if len(members) < 2:
        return []
    groups: dict[tuple[int, str, str], dict[int, LexborNode]] = {}
    # The groups with a member link of a forum's own shape; the others (account pages, which
    # news sites use for their authors too) need a sign of a forum of their own.
    forum_shaped: set[tuple[int, str, str]] = set()
    thread_url = _THREAD_URL.search(url or "") is not None
    for found in members[:_MAX_AUTHORS]:
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
    if len(best) < 2:
        return []
    best = _with_nested(best, members[:_MAX_AUTHORS])
    # (Members were met in document order: a post's first author element comes before the next
    # post's.)
    if _opens_thread(best[0], url):
        best = best[1:]
    units: list[Unit] = []
    chosen = {node.mem_id: node for node in best}
    for node in best:
        head = None if _dated(node) else _head_of(node, chosen)
        ident = _post_key(node) if head is None else _post_key(head) or _post_key(node)
        above = _enclosing(node, walker)
        unit = Unit(node=node, key=ident, index=len(units), strong=True, parent=above)
        if above is not None:
            above.children.append(unit)
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
    return units


def _numbered_posts(posts: list[LexborNode], heads: list[LexborNode | None]) -> bool:
    """Whether most posts (or their headers) carry a forum post's number: a post id
    (``post-901``, ``post_id_8815``, ``data-post-id``, an anchor ``msg3005``) or a counter "#2"."""
    numbered = sum(
        any(_post_number(n) is not None or _counter(n) is not None for n in (p, h) if n is not None)
        for p, h in zip(posts, heads, strict=True)
    )
    return numbered * 2 > len(posts)


def _post_number(node: LexborNode) -> str | None:
    a = node.attributes
    for value in (a.get("id"), a.get("data-content")):
        m = _POST_KEY.match(value or "")
        if m:
            return m.group(1) or m.group(2)
    return a.get("data-post-id") or a.get("data-pid") or _anchor_key(node) or _inner_key(node)


def _with_nested(posts: list[LexborNode], members: list[LexborNode]) -> list[LexborNode]:
    """The posts and, in a threaded forum (Talkyard), the replies nested in them: elements of the
    posts' kind inside a post, each with a member of its own; in document order."""
    kind = (posts[0].tag, _label(posts[0]))
    top = {p.mem_id for p in posts}
    listed: set[int] = set()
    out: list[LexborNode] = []
    for found in members:
        post: LexborNode | None = None
        inside_post = False
        cur = found.parent
        for _ in range(_UP * 4):
            if cur is None:
                break
            if cur.mem_id in top:
                post = post or cur
                inside_post = True
                break
            if post is None and (cur.tag, _label(cur)) == kind:
                post = cur
            cur = cur.parent
        if post is not None and inside_post and post.mem_id not in listed:
            listed.add(post.mem_id)
            out.append(post)
    return out if len(out) > len(posts) else posts


def _enclosing(node: LexborNode, walker: Walker) -> Unit | None:
    cur = node.parent
    for _ in range(_UP * 4):
        if cur is None:
            return None
        unit = walker.units.get(cur.mem_id)
        if unit is not None:
            return unit
        cur = cur.parent
    return None


def _head_of(node: LexborNode, posts: dict[int, LexborNode]) -> LexborNode | None:
    """A dated header right before a post, itself no post and with no member link of its own."""
    prev = node.prev
    while prev is not None and not prev.is_element_node:
        prev = prev.prev
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
    if number is not None:
        return number <= 1
    return not _later_page(url)


def _counter(node: LexborNode) -> int | None:
    """The post counter "#2" in a post."""
    for counter in node.css("a, span, strong, b, li"):
        m = _COUNTER.match(counter.text(deep=True).strip())
        if m:
            return int(m.group(1))
    return None


def _later_page(url: str | None) -> bool:
    m = _PAGE.search(url or "")
    if m is None:
        return False
    return int(m.group("start")) > 0 if m.group("start") else int(m.group("page")) > 1


def _post_key(node: LexborNode) -> str | None:
    a = node.attributes
    for value in (a.get("id"), a.get("data-content")):
        m = _POST_KEY.match(value or "")
        if m:
            return m.group(1) or m.group(2)
    stated = (
        a.get("data-post-id")
        or a.get("data-pid")
        or a.get("data-node-id")  # vBulletin 5
        or a.get("data-id")
        or a.get("id")
    )
    return stated or _anchor_key(node) or _inner_key(node)


def _inner_key(node: LexborNode) -> str | None:
    """The post id of one of the first elements inside a post (Talkyard's ``div#post-2`` in its
    thread item, PunBB's ``div#p407.posthead``)."""
    for inner, _ in zip(node.css("[id]"), range(4), strict=False):
        m = _POST_KEY.match(inner.attributes.get("id") or "")
        if m:
            return m.group(1) or m.group(2)
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
    first = node.css_first("a[name], a[id]")
    if first is not None and not first.text(deep=True).strip():
        name = first.attributes.get("name") or first.attributes.get("id") or ""
        if name.isdigit():
            return name  # phpBB 2's ``<a name="5124">`` before the poster's name
        m = _POST_KEY.match(name)
        if m:
            return m.group(1) or m.group(2)
    return None
