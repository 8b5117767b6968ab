"""build_thread against a plain model of what it promises, on records that reach every case:
parents after their replies, orphans, duplicate ids and loops, in any order."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsthread import Comment, build_thread
from newsthread.errors import CycleError, DuplicateIdError, OrphanError, TreeError

Record = tuple[str, str | None]

names = st.sampled_from(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"])


@st.composite
def forests(draw: st.DrawFn) -> list[Record]:
    """A well-formed thread, listed in any order: parents may come after their replies."""
    count = draw(st.integers(0, 14))
    ids = [f"n{i}" for i in range(count)]
    records = [
        (ids[i], draw(st.none() | st.sampled_from(ids[:i])) if i else None) for i in range(count)
    ]
    return draw(st.permutations(records))


@st.composite
def anything(draw: st.DrawFn) -> list[Record]:
    """Distinct ids, parents from the ids, a missing id or none: orphans, forward references
    and loops (of one or more comments, beside well-formed parts) happen."""
    return draw(
        st.lists(
            st.tuples(names, st.none() | names | st.just("missing")),
            max_size=10,
            unique_by=lambda r: r[0],
        )
    )


@st.composite
def duplicates(draw: st.DrawFn) -> list[Record]:
    """Ids from a small pool, so that two records share one."""
    return draw(st.lists(st.tuples(names, st.none() | names | st.just("missing")), max_size=10))


@st.composite
def with_orphans(draw: st.DrawFn) -> list[Record]:
    records = list(draw(forests()))
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(records)))
        records.insert(at, (f"o{at}-{len(records)}", draw(st.sampled_from(["gone", "x", "n99"]))))
    return records


records = st.one_of(forests(), with_orphans(), anything(), duplicates())


def model(items: list[Record], orphans: str) -> tuple[str, object]:
    """What build_thread promises: ("error", details) or ("tree", shape)."""
    seen: set[str] = set()
    for index, (cid, _) in enumerate(items):
        if cid in seen:
            return "error", ("duplicate", cid, index)
        seen.add(cid)
    ids = {cid for cid, _ in items}
    parent_of = dict(items)
    for cid, parent in items:
        if parent is not None and parent not in ids and orphans == "error":
            return "error", ("orphan", cid, parent)
    loop = []
    for cid, _ in items:
        hops, at = 0, cid
        while at is not None and at in ids and hops <= len(items):
            at, hops = parent_of[at], hops + 1
        if hops > len(items):
            loop.append(cid)
    if loop:
        return "error", ("cycle", tuple(loop))
    top = [cid for cid, parent in items if parent is None]
    top += [cid for cid, parent in items if parent is not None and parent not in ids]
    replies = {cid: [c for c, p in items if p == cid] for cid, _ in items}
    return "tree", (top, replies)


def shape(top: list[Comment]) -> tuple[list[str], dict[str, list[str]]]:
    replies: dict[str, list[str]] = {}
    stack = list(top)
    while stack:
        node = stack.pop()
        assert node.id not in replies
        replies[node.id] = [r.id for r in node.replies]
        for reply in node.replies:
            assert reply.parent is node
        stack.extend(node.replies)
    return [c.id for c in top], replies


many = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@many
@given(records, st.sampled_from(["attach", "error"]))
def test_build_thread_does_what_it_promises(items: list[Record], orphans: str) -> None:
    comments = [Comment(id=cid) for cid, _ in items]
    kind, expected = model(items, orphans)
    error: TreeError | None = None
    top: list[Comment] = []
    try:
        top = build_thread(
            [(c, parent) for c, (_, parent) in zip(comments, items, strict=True)],
            orphans=orphans,  # type: ignore[arg-type]
        )
    except TreeError as caught:
        error = caught
    if error is None:
        assert kind == "tree"
        assert shape(top) == expected
        assert all(c.parent is None for c in top)
        ids = {cid for cid, _ in items}
        for comment, (_, parent) in zip(comments, items, strict=True):
            orphan = parent is not None and parent not in ids
            assert comment.in_reply_to == (parent if orphan else None)
    else:
        assert (kind, expected) == ("error", _described(error))
        # on every error the caller's comments come back as they came: untied
        for comment in comments:
            assert comment.parent is None
            assert list(comment.replies) == []
            assert comment.in_reply_to is None


def _described(error: TreeError) -> tuple[object, ...]:
    if isinstance(error, DuplicateIdError):
        return ("duplicate", error.id, error.index)
    if isinstance(error, OrphanError):
        return ("orphan", error.id, error.parent_id)
    assert isinstance(error, CycleError)
    return ("cycle", error.ids)


def test_a_loop_beside_a_well_formed_part_leaves_every_comment_untied() -> None:
    a, b, c, d, e = (Comment(id=i) for i in "abcde")
    with pytest.raises(CycleError) as caught:
        build_thread([(a, None), (b, "a"), (c, "d"), (d, "c"), (e, "gone")])
    assert caught.value.ids == ("c", "d")
    assert [(x.parent, list(x.replies), x.in_reply_to) for x in (a, b, c, d, e)] == [
        (None, [], None)
    ] * 5


def test_a_loop_keeps_the_replies_a_comment_came_with() -> None:
    own = Comment(id="own")
    a = Comment(id="a", replies=[own])
    b, c = Comment(id="b"), Comment(id="c")
    with pytest.raises(CycleError):
        build_thread([(a, None), (b, "a"), (c, "c")])
    assert list(a.replies) == [own]
    assert own.parent is a
    assert b.parent is None


@settings(max_examples=100, deadline=None)
@given(forests())
def test_records_in_parent_order_take_the_one_pass_path_with_the_same_result(
    items: list[Record],
) -> None:
    # the same thread listed parents first, and in the given order, gives the same tree
    order = {cid: i for i, (cid, _) in enumerate(items)}
    depth = {}
    for cid, _ in items:
        d, at = 0, cid
        while dict(items)[at] is not None:
            at, d = dict(items)[at], d + 1
        depth[cid] = d
    parents_first = sorted(items, key=lambda r: (depth[r[0]], order[r[0]]))
    one = build_thread([(Comment(id=c), p) for c, p in parents_first])
    two = build_thread([(Comment(id=c), p) for c, p in items])
    assert [c.id for c in one] == [c.id for c in two]
    assert {c.id: sorted(r.id for r in c.replies) for c in _all(one)} == {
        c.id: sorted(r.id for r in c.replies) for c in _all(two)
    }


def _all(top: list[Comment]) -> list[Comment]:
    out, stack = [], list(top)
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(node.replies)
    return out
