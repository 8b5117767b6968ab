"""Comment threads: build one from flat records in one pass, and measure one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Literal

import attrs

from newsthread.errors import CycleError, DuplicateIdError, OrphanError, TreeError
from newsthread.model import Article, Comment, CommentStatus

__all__ = ["ThreadStats", "build_thread", "thread_stats"]

OrphanPolicy = Literal["attach", "error"]


def build_thread(
    records: Iterable[tuple[Comment, str | None]],
    *,
    orphans: OrphanPolicy = "attach",
) -> list[Comment]:
    """Link ``(comment, parent_id)`` records into a thread and return its top-level comments.

    Runs in O(n). Replies keep the order of the input. The comments must be
    parentless (they may already carry replies). Errors:

    - two records with one id: :class:`~newsthread.errors.DuplicateIdError`;
    - records whose parent links form a loop: :class:`~newsthread.errors.CycleError`;
    - a parent id that is not in the input (an orphan): with ``orphans="attach"``
      (the default) the comment is kept at the top level, after the others,
      with ``in_reply_to`` set to the missing id; with ``orphans="error"``,
      :class:`~newsthread.errors.OrphanError`;
    - an ``orphans`` value other than these two: :class:`ValueError`.

    On any of these errors the comments are left as they came, untied.
    """
    if orphans not in ("attach", "error"):
        raise ValueError(f"orphans must be 'attach' or 'error', not {orphans!r}")
    # A list is used as it is, any other iterable read once into one: the same to the caller,
    # only faster (so a mutant that always copies is equivalent).
    items = records if isinstance(records, list) else list(records)  # pragma: no mutate
    by_id: dict[str, Comment] = {}
    top: list[Comment] = []
    done = _link_in_order(items, by_id, top)
    if done == len(items):
        return top
    # A record named a parent that comes later (or none at all), or was bad:
    # the rest takes two passes, ids first, so replies still keep input order.
    rest = items[done:]
    for index, (comment, _) in enumerate(rest, start=done):
        error: Exception | None = None
        if comment._parent is not None:
            error = TreeError(f"record {index}: {comment!r} already has a parent")
        elif comment.id in by_id:
            error = DuplicateIdError(comment.id, index)
        if error is not None:
            _untie(items[:done])
            raise error
        by_id[comment.id] = comment
    stray: list[Comment] = []
    was: list[tuple[Comment, str | None]] = []  # the strays' own in_reply_to, for an error
    for index, (comment, parent_id) in enumerate(rest, start=done):
        if parent_id is None:
            top.append(comment)
            continue
        parent = by_id.get(parent_id)
        if parent is None:
            if orphans == "error":
                _untie(items[:index])
                raise OrphanError(comment.id, parent_id)
            was.append((comment, comment.in_reply_to))
            comment.in_reply_to = parent_id
            stray.append(comment)
            continue
        replies = parent.replies
        if type(replies) is list:
            replies.append(comment)
        else:
            parent.replies = [*replies, comment]
        comment._parent = parent
    top += stray
    try:
        _check_acyclic(items, top)
    except CycleError:
        for comment, reply_to in was:
            comment.in_reply_to = reply_to
        raise
    return top


def _link_in_order(
    items: list[tuple[Comment, str | None]], by_id: dict[str, Comment], top: list[Comment]
) -> int:
    """Link records while each parent came before its reply; return how many were linked.

    This is the common case (sites list a parent before its replies) and the
    hot loop of building a big thread: one dict lookup and one append per reply.
    """
    get = by_id.get
    add_top = top.append
    for comment, parent_id in items:
        comment_id = comment.id
        if comment._parent is not None or comment_id in by_id:
            break
        if parent_id is None:
            by_id[comment_id] = comment
            add_top(comment)
            continue
        parent = get(parent_id)
        if parent is None:
            break
        by_id[comment_id] = comment
        replies = parent.replies
        if type(replies) is list:
            replies.append(comment)
        else:
            parent.replies = [*replies, comment]
        comment._parent = parent
    return len(by_id)


def _untie(linked: list[tuple[Comment, str | None]]) -> None:
    """Undo the links made for these records (in reverse, so each is its parent's last reply)."""
    for comment, _ in reversed(linked):
        parent = comment._parent
        if parent is None:
            continue
        assert isinstance(parent, Comment)
        replies = parent.replies
        assert type(replies) is list
        assert replies[-1] is comment
        replies.pop()
        if not replies:
            parent.replies = ()
        comment._parent = None


def _check_acyclic(items: list[tuple[Comment, str | None]], top: list[Comment]) -> None:
    """Every record must hang below a top-level comment; the rest sit in loops."""
    reached: set[int] = set()
    stack = list(top)
    while stack:
        node = stack.pop()
        reached.add(id(node))
        stack.extend(node.replies)
    loop = [comment for comment, _ in items if id(comment) not in reached]
    if loop:
        ids = tuple(c.id for c in loop)
        # Hand the caller's objects back untied, with the replies they came with: every
        # link made here goes, in the loop and in the part that was built before it.
        records = {id(c) for c, _ in items}
        parents = {id(c._parent): c._parent for c, _ in items if c._parent is not None}
        for parent in parents.values():
            assert isinstance(parent, Comment)
            parent.replies = [r for r in parent.replies if id(r) not in records] or ()
        for comment, _ in items:
            comment._parent = None
        shown = ", ".join(repr(i) for i in ids[:5]) + (", …" if len(ids) > 5 else "")
        raise CycleError(
            f"{len(ids)} comments never reach a top-level comment (their parents form a loop): {shown}",
            ids,
        )


@attrs.frozen
class ThreadStats:
    """Figures of a comment thread (all counts include deleted comments and stubs)."""

    comments: int  #: comment entries in the thread
    top_level: int  #: entries directly under the article (or the given comment)
    max_depth: int  #: 1 when nobody replied, 0 when there are no comments
    leaves: int  #: entries nobody replied to
    max_replies: int  #: most direct replies to one entry
    participants: int  #: distinct author names
    deleted: int  #: entries deleted by their author or removed by moderators
    stubs: int  #: "load more" / "continue this thread" entries
    hidden: int  #: replies the stubs say exist but the page did not show
    per_depth: tuple[int, ...] = attrs.field(repr=False)  #: entries at depth 1, 2, 3, ...

    @property
    def mean_replies(self) -> float:
        """Average direct replies per entry that has any (0.0 without replies)."""
        with_replies = self.comments - self.leaves
        return (self.comments - self.top_level) / with_replies if with_replies else 0.0


def thread_stats(node: Article | Comment) -> ThreadStats:
    """Statistics of the thread under an article, or of the replies under one comment."""
    top = list(node.comments if isinstance(node, Article) else node.replies)
    per_depth: list[int] = []
    authors: set[str] = set()
    statuses: Counter[CommentStatus] = Counter()
    comments = leaves = max_replies = hidden = 0
    stack = [(c, 1) for c in reversed(top)]
    while stack:
        comment, depth = stack.pop()
        comments += 1
        if depth > len(per_depth):
            per_depth.append(0)
        per_depth[depth - 1] += 1
        if comment.author is not None:
            authors.add(comment.author.name)
        statuses[comment.status] += 1
        if comment.more_count:
            hidden += comment.more_count
        replies = comment.replies
        if replies:
            max_replies = max(max_replies, len(replies))
            stack.extend((r, depth + 1) for r in replies)
        else:
            leaves += 1
    return ThreadStats(
        comments=comments,
        top_level=len(top),
        max_depth=len(per_depth),
        leaves=leaves,
        max_replies=max_replies,
        participants=len(authors),
        deleted=statuses[CommentStatus.DELETED] + statuses[CommentStatus.REMOVED],
        stubs=statuses[CommentStatus.MORE],
        hidden=hidden,
        per_depth=tuple(per_depth),
    )
