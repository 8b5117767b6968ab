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

from newsthread.html._comments.state import Unit, Walker
from newsthread.html._comments.words import DATE_HINT

#: A post's id: ``js-post-1001``, ``post_5001``, ``post5001``, ``p1001``, ``msg123``, ``pid_7``,
#: ``edit7001`` (vBulletin 3's wrapper of ``table#post7001``).
_POST_KEY = re.compile(r"^(?:js-)?(?:post|msg|pid|edit)[-_]?(\d+)$|^p(\d+)$", re.I)

#: The post counter "#1" (XenForo, vBulletin) of the thread's opening post.
_COUNTER = re.compile(r"^#\s?(\d+)$")
#: A thread's later page in its address: ``?start=20`` (phpBB, SMF ``.20``-less), ``?page=2``,
#: ``/page-2`` (XenForo), ``/page/2``.
_PAGE = re.compile(
    r"[?&;]start=(?P<start>\d+)|(?:[?&;]page=|/page[-/]?|[/.]page-)(?P<page>\d+)", re.I
)

_MAX_AUTHORS = 5000
_UP = 10


def _label(node: LexborNode) -> str:
    cls = (node.attributes.get("class") or "").split()
    return cls[0] if cls else ""


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
    for found in members[:_MAX_AUTHORS]:
        cur: LexborNode | None = found
        for _ in range(_UP):
            if cur is None:
                break
            up = cur.parent
            if up is None or cur.tag in ("body", "html"):
                break
            key = (up.mem_id, cur.tag or "", _label(cur))
            groups.setdefault(key, {})[cur.mem_id] = cur
            cur = up
    best: list[LexborNode] = []
    best_rank = (0, 0)
    for (_, tag, _), by_id in groups.items():
        if len(by_id) < 2 or tag in ("a", "span", "strong", "b", "dt", "dd", "p", "td"):
            continue
        posts = list(by_id.values())
        if any(not _dated(p) for p in posts):
            continue
        if any(p.css_first("textarea, input[type='text'], select") is not None for p in posts):
            continue
        own = [_own_text(p) for p in posts]
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
    # (Members were met in document order: a post's first author element comes before the next
    # post's.)
    if _opens_thread(best[0], url):
        best = best[1:]
    units: list[Unit] = []
    for node in best:
        unit = Unit(node=node, key=_post_key(node), index=len(units), strong=True)
        walker.units[node.mem_id] = unit
        units.append(unit)
    return units


def _opens_thread(node: LexborNode, url: str | None) -> bool:
    """Whether the post is the thread's first: numbered "#1" (SMF: "#0"), or not numbered on a
    page whose address names no later page of the thread."""
    for counter in node.css("a, span, strong, b, li"):
        m = _COUNTER.match(counter.text(deep=True).strip())
        if m:
            return int(m.group(1)) <= 1
    return not _later_page(url)


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
    return a.get("data-post-id") or a.get("data-pid") or a.get("data-id") or a.get("id") or None
