"""build_thread's errors by exact message, and thread_stats on threads whose every figure differs."""

from __future__ import annotations

import re

import pytest

from newsthread import Article, Author, Comment, CommentStatus, build_thread, thread_stats
from newsthread.errors import CycleError, DuplicateIdError, OrphanError, TreeError


def raises(kind: type[Exception], message: str) -> pytest.RaisesContext[Exception]:
    return pytest.raises(kind, match=f"^{re.escape(message)}$")


def _ring(size: int) -> list[tuple[Comment, str | None]]:
    return [(Comment(id=str(i)), str((i + 1) % size)) for i in range(size)]


def test_a_loop_names_at_most_five_ids() -> None:
    with raises(
        CycleError,
        "5 comments never reach a top-level comment (their parents form a loop): "
        "'0', '1', '2', '3', '4'",
    ) as caught:
        build_thread(_ring(5))
    assert caught.value.ids == ("0", "1", "2", "3", "4")
    with raises(
        CycleError,
        "6 comments never reach a top-level comment (their parents form a loop): "
        "'0', '1', '2', '3', '4', …",
    ) as caught:
        build_thread(_ring(6))
    assert caught.value.ids == ("0", "1", "2", "3", "4", "5")


def test_duplicate_orphan_and_parented_records_by_message() -> None:
    with raises(DuplicateIdError, "duplicate comment id 'a' (record 1)") as dup:
        build_thread([(Comment(id="a"), None), (Comment(id="a"), None)])
    assert (dup.value.id, dup.value.index) == ("a", 1)
    with raises(DuplicateIdError, "duplicate comment id 'a' (record 2)") as dup:
        build_thread([(Comment(id="b"), "a"), (Comment(id="a"), None), (Comment(id="a"), "b")])
    assert (dup.value.id, dup.value.index) == ("a", 2)
    with raises(OrphanError, "comment 'a' replies to 'x', which is not in the input") as orphan:
        build_thread([(Comment(id="a"), "x")], orphans="error")
    assert (orphan.value.id, orphan.value.parent_id) == ("a", "x")
    owner = Comment(id="p", replies=[Comment(id="k")])
    with raises(TreeError, "record 1: Comment(id='k', text='', replies=0) already has a parent"):
        build_thread([(Comment(id="a"), "z"), (owner.replies[0], None)])
    with raises(TreeError, "record 0: Comment(id='k', text='', replies=0) already has a parent"):
        build_thread([(owner.replies[0], "z")])


def test_replies_that_came_as_a_tuple_get_the_new_ones_after_them() -> None:
    own = Comment(id="own")
    parent = Comment(id="p", replies=(own,))
    late = Comment(id="late")
    early = Comment(id="early")
    # "late" names its parent before the parent's record: the two-pass path appends too
    top = build_thread([(early, "p"), (parent, None), (late, "p")])
    assert top == [parent]
    assert [r.id for r in parent.replies] == ["own", "early", "late"]
    assert all(r.parent is parent for r in parent.replies)


def test_stats_where_every_figure_differs() -> None:
    def c(cid: str, author: str | None = None, **kw: object) -> Comment:
        return Comment(id=cid, author=Author(author) if author else None, **kw)  # type: ignore[arg-type]

    article = Article(
        comments=[
            c(
                "a",
                "ann",
                replies=[
                    c("a1", "bob", replies=[c("a11", "ann"), c("a12", None), c("a13", "cy")]),
                    c("a2", "bob", status=CommentStatus.REMOVED),
                    c("a3", None, status=CommentStatus.MORE, more_count=7),
                    c("a4", "dee", status=CommentStatus.DELETED),
                ],
            ),
            c("b", "eve", status=CommentStatus.MORE, more_count=0),
            c("c", None, status=CommentStatus.MORE, more_count=5),
            c("d", "fay", status=CommentStatus.PINGBACK, replies=[c("d1", "fay")]),
            c("e", status=CommentStatus.DELETED),
        ]
    )
    stats = thread_stats(article)
    assert (
        stats.comments,
        stats.top_level,
        stats.max_depth,
        stats.leaves,
        stats.max_replies,
        stats.participants,
        stats.deleted,
        stats.stubs,
        stats.hidden,
        stats.per_depth,
    ) == (13, 5, 3, 10, 4, 6, 3, 3, 12, (5, 5, 3))
    assert stats.mean_replies == (13 - 5) / (13 - 10)
    sub = thread_stats(article.comments[0])
    assert (sub.comments, sub.top_level, sub.max_depth, sub.leaves, sub.per_depth) == (
        7,
        4,
        2,
        6,
        (4, 3),
    )
    assert sub.mean_replies == (7 - 4) / (7 - 6)


def test_stats_of_leaves_only() -> None:
    stats = thread_stats(Article(comments=[Comment(id="x"), Comment(id="y")]))
    assert (stats.comments, stats.top_level, stats.max_depth, stats.leaves) == (2, 2, 1, 2)
    assert (stats.max_replies, stats.participants, stats.per_depth) == (0, 0, (2,))
    assert stats.mean_replies == 0.0
    assert "per_depth" not in repr(stats)


@pytest.mark.parametrize("policy", ["attach ", "ATTACH", "raise", ""])
def test_an_unknown_orphan_policy_is_refused(policy: str) -> None:
    comment = Comment(id="a")
    with raises(ValueError, f"orphans must be 'attach' or 'error', not {policy!r}"):
        build_thread([(comment, "gone")], orphans=policy)  # type: ignore[arg-type]
    assert comment.in_reply_to is None


def test_orphans_are_attached_by_default() -> None:
    comment = Comment(id="a")
    assert build_thread([(comment, "gone")]) == [comment]
    assert comment.in_reply_to == "gone"


def test_a_loop_error_gives_orphans_back_their_own_in_reply_to() -> None:
    orphan = Comment(id="o", in_reply_to="as-it-came")
    loop_a, loop_b = Comment(id="a"), Comment(id="b")
    with pytest.raises(CycleError):
        build_thread([(loop_a, "b"), (orphan, "gone"), (loop_b, "a")])
    assert orphan.in_reply_to == "as-it-came"
    assert (orphan.parent, loop_a.parent, loop_b.parent) == (None, None, None)


def test_replies_are_appended_to_the_parents_list_not_copied() -> None:
    # one append per reply (O(n) for a whole thread), in both the one-pass and the two-pass path
    parent = Comment(id="p", replies=[Comment(id="own")])
    kept = parent.replies
    build_thread([(parent, None), (Comment(id="a"), "p"), (Comment(id="b"), "p")])
    assert parent.replies is kept
    late = Comment(id="q", replies=[Comment(id="own2")])
    kept = late.replies
    build_thread([(Comment(id="c"), "q"), (late, None), (Comment(id="d"), "q")])
    assert late.replies is kept
    assert [r.id for r in late.replies] == ["own2", "c", "d"]


def test_the_one_pass_path_links_every_record_whose_parent_came_first() -> None:
    # build_thread's hot loop: it links records in order until one names a parent not yet seen
    # (or repeats an id, or already has a parent); the two-pass path does the rest
    from newsthread.thread import _link_in_order

    def run(pairs: list[tuple[str, str | None]]) -> tuple[int, list[str]]:
        top: list[Comment] = []
        done = _link_in_order([(Comment(id=c), p) for c, p in pairs], {}, top)
        return done, [c.id for c in top]

    assert run([("a", None), ("b", "a"), ("c", None), ("d", "b"), ("e", "c")]) == (5, ["a", "c"])
    assert run([("a", None), ("b", "a"), ("c", "z"), ("d", None)]) == (2, ["a"])
    assert run([("a", None), ("b", None), ("a", None)]) == (2, ["a", "b"])
    assert run([("b", "a"), ("a", None)]) == (0, [])
    owned = Comment(id="x")
    Comment(id="owner", replies=[owned])
    top: list[Comment] = []
    assert _link_in_order([(Comment(id="a"), None), (owned, None)], {}, top) == 1
