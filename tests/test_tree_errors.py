"""Tree errors: each names what went wrong and where, exactly, and leaves the tree as it was."""

from __future__ import annotations

import copy
import re

import pytest

from factories import make_article
from newsthread import Article, Comment, Paragraph, Quote
from newsthread.errors import CycleError, NodeNotFoundError, TreeError


def raises(kind: type[Exception], message: str) -> pytest.RaisesContext[Exception]:
    return pytest.raises(kind, match=f"^{re.escape(message)}$")


def test_a_child_of_the_wrong_type_is_named() -> None:
    with raises(TypeError, "Comment.replies holds Comment nodes, not Paragraph"):
        Comment(id="a", replies=[Paragraph("x")])  # type: ignore[list-item]
    with raises(TypeError, "Article.body holds Block nodes, not Comment"):
        Article(body=[Comment(id="x")])  # type: ignore[list-item]
    with raises(TreeError, "Comment cannot be a child of Paragraph"):
        Paragraph("p").add(Comment(id="x"))


def test_a_child_with_a_parent_is_refused() -> None:
    reply = Comment(id="b")
    Comment(id="a", replies=[reply])
    with raises(
        TreeError, "Comment(id='b', text='', replies=0) already has a parent; detach it first"
    ):
        Comment(id="c", replies=[reply])
    with raises(
        TreeError,
        "Comment(id='b', text='', replies=0) already has a parent; use move_to() or detach() first",
    ):
        Comment(id="d").add(reply)


def test_cycles_are_refused_and_change_nothing() -> None:
    top = Comment(id="t", replies=[Comment(id="u")])
    with raises(CycleError, "cannot add Comment(id='t', text='', replies=1) below itself"):
        top.replies[0].add(top)
    with raises(CycleError, "cannot add Comment(id='t', text='', replies=1) below itself"):
        top.add(top)
    with raises(CycleError, "cannot move Comment(id='t', text='', replies=1) below itself"):
        top.move_to(top.replies[0])
    with raises(CycleError, "cannot move Comment(id='t', text='', replies=1) below itself"):
        top.move_to(top)
    assert top.parent is None
    assert [r.id for r in top.replies] == ["u"]
    assert top.replies[0].replies == ()


def test_a_leaf_can_be_added_below_a_node_of_its_own_tree() -> None:
    # only a node with children can close a loop: a leaf is added without the ancestor walk
    top = Comment(id="t", replies=[Comment(id="u")])
    leaf = top.replies[0].add(Comment(id="v"))
    assert leaf.parent is top.replies[0]
    # a subtree whose root is not this tree's root is fine too
    other = Comment(id="o", replies=[Comment(id="p")])
    assert top.replies[0].add(other).root is top


def test_a_stranger_cannot_be_removed() -> None:
    article = make_article()
    stranger = Comment(id="zz")
    with raises(
        NodeNotFoundError,
        "Comment(id='zz', text='', replies=0) is not a child of "
        "Article(title='NATO and the EU', body=5, comments=3)",
    ) as caught:
        article.remove(stranger)
    assert caught.value.key == "Comment(id='zz', text='', replies=0)"
    grandchild = article.comment("c2")
    with pytest.raises(NodeNotFoundError):
        article.remove(grandchild)
    assert grandchild.parent is article.comment("c1")


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("comments[0]", "address must start with '$': 'comments[0]'"),
        ("", "address must start with '$': ''"),
        ("$.comments[9]", "no node at '$.comments[9]'"),
        ("$.comments[0].replies[5]", "no node at '$.comments[0].replies[5]'"),
        ("$.replies[0]", "Article has no children named 'replies' ('$.replies[0]')"),
        ("$.comments[0]x", "malformed address '$.comments[0]x' at 13"),
        ("$.comments[-1]", "malformed address '$.comments[-1]' at 1"),
        ("$comments[0]", "malformed address '$comments[0]' at 1"),
    ],
)
def test_bad_addresses_say_where(address: str, message: str) -> None:
    article = make_article()
    with raises(NodeNotFoundError, message) as caught:
        article.resolve(address)
    assert caught.value.key == address


def test_addresses_resolve_from_any_node() -> None:
    article = make_article()
    c1 = article.comment("c1")
    assert c1.resolve("$") is c1
    assert c1.resolve("$.replies[1].replies[0]") is article.comment("c4")
    assert article.resolve("$.comments[0].replies[1]") is article.comment("c3")
    assert article.resolve("$.body[1].quotes[0]") is article.body[1].quotes[0]
    # the last valid index and one past it
    last = len(article.comments) - 1
    assert article.resolve(f"$.comments[{last}]") is article.comments[last]
    with pytest.raises(NodeNotFoundError):
        article.resolve(f"$.comments[{last + 1}]")


def test_an_unknown_walk_order_is_a_value_error() -> None:
    with raises(ValueError, "order must be 'pre', 'post' or 'level', not 'sideways'"):
        make_article().walk("sideways")  # type: ignore[arg-type]


def test_quotes_go_to_quotes_and_replies_to_replies() -> None:
    comment = Comment(id="c")
    quote = comment.add(Quote(text="q"))
    reply = comment.add(Comment(id="r"))
    assert list(comment.quotes) == [quote]
    assert list(comment.replies) == [reply]
    assert list(comment.children) == [quote, reply]


def test_descendants_in_every_order_leave_the_node_out() -> None:
    article = make_article()
    c1 = article.comment("c1")
    assert [n.id for n in c1.descendants()] == ["c2", "c3", "c4"]  # type: ignore[attr-defined]
    assert [n.id for n in c1.descendants("post")] == ["c2", "c4", "c3"]  # type: ignore[attr-defined]
    assert [n.id for n in c1.descendants("level")] == ["c2", "c3", "c4"]  # type: ignore[attr-defined]
    chain = Comment(id="a", replies=[Comment(id="b", replies=[Comment(id="c")]), Comment(id="d")])
    assert [n.id for n in chain.descendants("level")] == ["b", "d", "c"]  # type: ignore[attr-defined]
    assert [n.id for n in chain.descendants("post")] == ["c", "b", "d"]  # type: ignore[attr-defined]
    assert list(Comment(id="leaf").descendants("post")) == []


def test_move_to_an_index() -> None:
    article = make_article()
    c5 = article.comment("c5")
    c5.add(Comment(id="x"))
    c5.add(Comment(id="y"))
    moved = article.comment("c4").move_to(c5, index=1)
    assert [r.id for r in c5.replies] == ["x", "c4", "y"]
    assert moved.parent is c5
    article.comment("c2").move_to(c5)
    assert [r.id for r in c5.replies] == ["x", "c4", "y", "c2"]


def test_a_node_class_of_ones_own_counts_its_children_in_repr() -> None:
    from collections.abc import Sequence
    from typing import ClassVar

    import attrs

    from newsthread import Node

    @attrs.define(slots=True, eq=False, repr=False, weakref_slot=False)
    class Box(Node):
        _child_fields: ClassVar[tuple[str, ...]] = ("items",)
        _child_types: ClassVar[dict[str, type[Node]]] = {"items": Quote}
        items: Sequence[Quote] = ()

    assert repr(Box(items=[Quote(text="a"), Quote(text="b")])) == "Box(items=2)"
    assert repr(Box()) == "Box(items=0)"
    # with no own fields at all, it still compares and copies by its children
    assert Box() == Box()
    assert Box(items=[Quote(text="a")]) != Box(items=[Quote(text="b")])
    assert copy.deepcopy(Box(items=[Quote(text="a")])) == Box(items=[Quote(text="a")])


def test_a_node_class_with_one_own_field() -> None:
    import attrs

    from newsthread import Node

    @attrs.define(slots=True, eq=False, repr=False, weakref_slot=False)
    class Mark(Node):
        weight: int = 0

    assert Mark._own_fields() == ("weight",)
    assert Mark(weight=1) == Mark(weight=1)
    assert Mark(weight=1) != Mark(weight=2)
    assert copy.deepcopy(Mark(weight=3)).weight == 3


def test_a_node_class_of_ones_own_compares_and_copies_by_its_fields() -> None:
    # a class no test has used yet: its own fields are worked out here, not taken from a cache
    import copy
    from collections.abc import Sequence
    from typing import ClassVar

    import attrs

    from newsthread import Node

    @attrs.define(slots=True, eq=False, repr=False, weakref_slot=False)
    class Tray(Node):
        _child_fields: ClassVar[tuple[str, ...]] = ("items",)
        _child_types: ClassVar[dict[str, type[Node]]] = {"items": Quote}
        label: str = ""
        size: int = 0
        items: Sequence[Quote] = ()

    tray = Tray(label="a", size=2, items=[Quote(text="q")])
    assert Tray._own_fields() == ("label", "size")
    assert tray == Tray(label="a", size=2, items=[Quote(text="q")])
    assert tray != Tray(label="a", size=3, items=[Quote(text="q")])
    assert tray != Tray(label="b", size=2, items=[Quote(text="q")])
    clone = copy.deepcopy(tray)
    assert (clone.label, clone.size, [q.text for q in clone.items]) == ("a", 2, ["q"])
    assert clone.items[0].parent is clone


@pytest.mark.parametrize("order", ["pre", "post", "level"])
def test_walk_without_the_node_itself_in_every_order(order: str) -> None:
    chain = Comment(id="a", replies=[Comment(id="b", replies=[Comment(id="c")]), Comment(id="d")])
    every = [n.id for n in chain.walk(order)]  # type: ignore[arg-type, attr-defined]
    assert every[0 if order != "post" else -1] == "a"
    rest = [n.id for n in chain.walk(order, include_self=False)]  # type: ignore[arg-type, attr-defined]
    assert rest == [i for i in every if i != "a"]
    assert [n.id for n in chain.descendants(order)] == rest  # type: ignore[arg-type, attr-defined]


def test_a_hand_broken_parent_link_is_reported_not_followed() -> None:
    # only code that sets the private link by hand gets here; the error says which node
    stray = Comment(id="x")
    stray._parent = Comment(id="p")
    with raises(
        TreeError, "Comment(id='x', text='', replies=0) is not among its parent's children"
    ):
        _ = stray.index


def test_a_copy_shares_no_mutable_value_with_the_original() -> None:
    import copy

    article = make_article()
    clone = copy.deepcopy(article)
    assert clone == article
    assert clone.speakers[0] is not article.speakers[0]
    assert clone.speakers[0].aliases is not article.speakers[0].aliases
    assert clone.body[1].quotes[0].speaker is clone.speakers[0]
    clone.speakers[0].aliases.append("changed")
    assert "changed" not in article.speakers[0].aliases


def test_a_copy_hands_only_non_atomic_values_to_deepcopy(monkeypatch: pytest.MonkeyPatch) -> None:
    import copy

    from newsthread import CommentStatus

    seen: list[type] = []
    real = copy.deepcopy

    def counting(value: object, memo: dict[int, object] | None = None) -> object:
        seen.append(type(value))
        return real(value, memo)

    monkeypatch.setattr(copy, "deepcopy", counting)
    comment = Comment(id="x", text="t", score=3)
    clone = comment.__deepcopy__({})
    assert clone == comment
    # str, int and None are used as they are; the enum and the extra mapping go through deepcopy
    assert CommentStatus in seen
    assert not {str, int, type(None)} & set(seen)


def test_add_appends_in_place_once_a_list_exists() -> None:
    # attaching a leaf is O(1): the first child makes a list, later ones append to it
    parent = Comment(id="p")
    assert parent.replies == ()
    parent.add(Comment(id="a"))
    replies = parent.replies
    assert type(replies) is list
    parent.add(Comment(id="b"))
    parent.add(Comment(id="c"), index=0)
    assert parent.replies is replies
    assert [r.id for r in replies] == ["c", "a", "b"]


def test_a_stale_pickle_with_other_fields_is_refused() -> None:
    # pickles store each node's own values in field order; a pickle made by a version with other
    # fields must fail loudly, never build a node with values in the wrong fields
    from newsthread.tree import _unflatten

    comment = Comment(id="x", text="t")
    records = comment.__reduce__()[1][0]
    assert _unflatten(records) == comment
    cls, state, parent = records[0]
    with pytest.raises(ValueError, match="zip"):
        _unflatten([(cls, state[:-1], parent)])
    with pytest.raises(ValueError, match="zip"):
        _unflatten([(cls, (*state, "extra"), parent)])


def test_a_pre_order_walk_reads_quote_less_comments_replies_directly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # most nodes of a big tree are comments without quotes: the walk skips `children` for them
    article = Article(
        comments=[Comment(id="a", replies=[Comment(id="b"), Comment(id="c")]), Comment(id="d")]
    )
    quoted = article.comments[1].add(Quote(text="q"))

    def fail(self: Comment) -> None:
        raise AssertionError(f"children read on {self.id}")

    monkeypatch.setattr(Comment, "children", property(fail))
    assert [getattr(n, "id", None) for n in article.comments[0].walk()] == ["a", "b", "c"]
    with pytest.raises(AssertionError, match="children read on d"):
        list(article.walk())  # "d" has a quote: its children are quotes and replies
    assert quoted.parent is article.comments[1]
