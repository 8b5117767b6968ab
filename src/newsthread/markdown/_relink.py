"""Nesting from explicit references a thread keeps in its headers and texts.

A flat list of comments (a converter dropped the page's nesting) is nested again where the
Markdown still says who answers whom: a link to the parent's permalink ("[parent](#c-12)",
"in reply to [Ann](#c-1)"), the name of the author answered ("in reply to Ann"), or a
hierarchical number ("1.1" answers "1"). Each pass is linear in the comments.
"""

from __future__ import annotations

import re

from newsthread.model import Comment

__all__ = ["ID_PARAM", "relink", "relink_by_name", "relink_by_number"]


def _key(url: str | None) -> str | None:
    """The comment id at the end of a permalink: ``…/comments/abc/title/nysll2o/`` or ``…#c-12``."""
    if not url:
        return None
    if "#" in url:
        return url.rsplit("#", 1)[1] or None
    query = ID_PARAM.search(url)
    if query is not None:
        return query.group(1)
    return url.rstrip("/").rsplit("/", 1)[-1] or None


ID_PARAM = re.compile(r"[?&](?:id|cid|comment|comment_id|commentid)=([\w-]+)", re.IGNORECASE)


def relink(top: list[Comment], refs: list[tuple[Comment, str]]) -> list[Comment]:
    """Move flat comments under the comment their "parent" link names (old Reddit's markup)."""
    by_key: dict[str, Comment] = {}
    for comment in top:
        key = _key(comment.url)
        if key is not None:
            by_key.setdefault(key, comment)
    moved: set[int] = set()
    for comment, ref in refs:
        parent = by_key.get(ref)
        if parent is None or parent is comment or comment.parent is not None:
            continue
        if _would_cycle(comment, parent):
            continue
        parent.add(comment)
        moved.add(id(comment))
    return [c for c in top if id(c) not in moved]


def relink_by_number(top: list[Comment], numbers: list[tuple[Comment, str]]) -> list[Comment]:
    """Move top-level comments numbered "1.1" under comment "1" ("2.3.1" under "2.3")."""
    by_number: dict[str, Comment] = {}
    for comment, number in numbers:
        by_number.setdefault(number, comment)
    moved: set[int] = set()
    for comment, number in numbers:
        up, dot, _ = number.rpartition(".")
        parent = by_number.get(up) if dot else None
        if parent is None or parent is comment or comment.parent is not None:
            continue
        if _would_cycle(comment, parent):
            continue
        parent.add(comment)
        moved.add(id(comment))
    return [c for c in top if id(c) not in moved] if moved else top


def relink_by_name(
    top: list[Comment], ordered: list[Comment], refs: list[tuple[Comment, str]]
) -> list[Comment]:
    """Move top-level comments that say "in reply to Ann" under Ann's latest comment before
    them (document order ``ordered``): where the Markdown kept the name but not the link.
    One pass in document order, the latest comment of each name at hand."""
    wanted = {id(c): name for c, name in refs}
    latest: dict[str, Comment] = {}
    moved: set[int] = set()
    for comment in ordered:
        name = wanted.get(id(comment))
        parent = latest.get(name) if name is not None else None
        if parent is not None and comment.parent is None and not _would_cycle(comment, parent):
            parent.add(comment)
            moved.add(id(comment))
        if comment.author is not None:
            latest[comment.author.name] = comment
    return [c for c in top if id(c) not in moved] if moved else top


def _would_cycle(comment: Comment, parent: Comment) -> bool:
    """Whether ``parent`` lies in ``comment``'s subtree. A comment without replies has no
    subtree: a chain moved top down is never walked (linear, not quadratic, in its depth)."""
    return bool(comment.replies) and any(a is comment for a in parent.ancestors())
