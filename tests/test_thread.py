"""Building threads from flat records, and thread statistics."""

from __future__ import annotations

import pytest

from newsthread import Article, Author, Comment, CommentStatus, build_thread, thread_stats
from newsthread.errors import CycleError, DuplicateIdError, OrphanError, TreeError


def records(*pairs):
    return [(Comment(id=cid, text=cid), parent) for cid, parent in pairs]


def shape(comments):
    return [(c.id, shape(c.replies)) for c in comments]


def test_builds_nesting_in_input_order():
    top = build_thread(records(("a", None), ("b", "a"), ("c", None), ("d", "a"), ("e", "b")))
    assert shape(top) == [("a", [("b", [("e", [])]), ("d", [])]), ("c", [])]
    assert top[0].replies[0].parent is top[0]


def test_parents_may_come_after_their_replies():
    top = build_thread(records(("e", "b"), ("b", "a"), ("d", "a"), ("a", None)))
    assert shape(top) == [("a", [("b", [("e", [])]), ("d", [])])]


def test_accepts_any_iterable_and_existing_replies():
    existing = Comment(id="x", replies=[Comment(id="y")])
    top = build_thread(iter([(existing, None), (Comment(id="z"), "x")]))
    assert shape(top) == [("x", [("y", []), ("z", [])])]


def test_orphans_are_kept_at_the_top_and_marked():
    top = build_thread(records(("a", None), ("b", "missing"), ("c", "a")))
    assert shape(top) == [("a", [("c", [])]), ("b", [])]
    assert top[1].in_reply_to == "missing"
    assert top[0].in_reply_to is None


def test_orphans_can_be_refused():
    with pytest.raises(OrphanError) as info:
        build_thread(records(("a", None), ("b", "missing")), orphans="error")
    assert (info.value.id, info.value.parent_id) == ("b", "missing")


def test_duplicate_ids_are_refused():
    with pytest.raises(DuplicateIdError) as info:
        build_thread(records(("a", None), ("b", "a"), ("a", None)))
    assert info.value.id == "a" and info.value.index == 2
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    "pairs",
    [
        (("a", "b"), ("b", "a")),
        (("a", "a"),),
        (("root", None), ("a", "c"), ("b", "a"), ("c", "b"), ("d", "c")),
    ],
)
def test_cycles_are_refused_and_the_comments_left_untied(pairs):
    items = records(*pairs)
    with pytest.raises(CycleError) as info:
        build_thread(items)
    looped = {cid for cid, _ in pairs if cid != "root"}
    assert set(info.value.ids) == looped
    for comment, _ in items:
        assert comment.parent is None
        assert comment.replies == ()


def test_comments_with_a_parent_are_refused():
    child = Comment(id="c")
    Comment(id="p", replies=[child])
    with pytest.raises(TreeError, match="already has a parent"):
        build_thread([(child, None)])


def test_deep_and_wide_threads_build_in_one_pass():
    chain = build_thread(records(*((str(i), str(i - 1) if i else None) for i in range(50_000))))
    assert len(chain) == 1
    assert Article(comments=chain).comment("49999").depth == 50_000
    wide = build_thread(records(("r", None), *((str(i), "r") for i in range(50_000))))
    assert len(wide[0].replies) == 50_000


def test_thread_stats(article):
    stats = thread_stats(article)
    assert stats.comments == 6
    assert stats.top_level == 3
    assert stats.max_depth == 3
    assert stats.leaves == 4
    assert stats.max_replies == 2
    assert stats.participants == 3  # alice, bob, carol
    assert stats.deleted == 1
    assert stats.stubs == 1
    assert stats.hidden == 17
    assert stats.per_depth == (3, 2, 1)
    assert stats.mean_replies == pytest.approx(3 / 2)


def test_thread_stats_of_a_subthread_and_of_nothing(article):
    sub = thread_stats(article.comment("c1"))
    assert (sub.comments, sub.top_level, sub.max_depth, sub.per_depth) == (3, 2, 2, (2, 1))
    none = thread_stats(Article())
    assert (none.comments, none.max_depth, none.mean_replies) == (0, 0, 0.0)


def test_thread_stats_counts_removed_as_deleted():
    article = Article(
        comments=[
            Comment(id="a", status=CommentStatus.REMOVED, author=Author("x")),
            Comment(id="b", status=CommentStatus.PINGBACK),
        ]
    )
    assert thread_stats(article).deleted == 1


@pytest.mark.parametrize(
    ("pairs", "error"),
    [
        ((("a", None), ("b", "a"), ("c", "b"), ("a", "c")), DuplicateIdError),
        ((("a", None), ("b", "a"), ("late", "z"), ("c", "b"), ("c", "a")), DuplicateIdError),
        ((("a", None), ("b", "a"), ("c", "b"), ("d", "missing")), OrphanError),
        ((("a", None), ("b", "a"), ("late", "z"), ("z", "b"), ("d", "missing")), OrphanError),
    ],
)
def test_refused_input_leaves_every_comment_untied(pairs, error):
    items = records(*pairs)
    with pytest.raises(error):
        build_thread(items, orphans="error")
    for comment, _ in items:
        assert comment.parent is None
        assert comment.replies == ()


def test_a_record_with_a_parent_is_refused_after_others_were_linked():
    existing = Comment(id="x", replies=[Comment(id="y")])
    items = [*records(("a", None), ("b", "a")), (existing, None), (existing.replies[0], "a")]
    with pytest.raises(TreeError, match="record 3"):
        build_thread(items)
    assert items[1][0].parent is None and items[0][0].replies == ()
    assert existing.replies[0].parent is existing  # the caller's own tree is untouched


def test_forward_references_keep_the_input_order_of_siblings():
    top = build_thread(records(("a", None), ("b", "a"), ("c", "d"), ("d", "a"), ("e", "a")))
    assert shape(top) == [("a", [("b", []), ("d", [("c", [])]), ("e", [])])]
