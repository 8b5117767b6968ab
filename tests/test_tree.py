"""The tree API: links, traversal, search, addresses and mutation."""

from __future__ import annotations

import copy
import pickle

import pytest

from factories import make_article, make_chain
from newsthread import Article, Block, Comment, Paragraph, Quote
from newsthread.errors import CycleError, NodeNotFoundError, TreeError


def ids(nodes):
    return [n.id for n in nodes]


def test_constructor_sets_every_parent(article):
    for node in article.walk():
        for child in node.children:
            assert child.parent is node
    assert article.parent is None


def test_children_in_document_order(article):
    first = article.comments[0]
    assert list(article.children) == [*article.body, *article.comments]
    assert list(article.comment("c5").children) == list(article.comment("c5").quotes)
    assert list(first.children) == list(first.replies)


def test_root_depth_ancestors(article):
    deepest = article.comment("c4")
    assert deepest.root is article
    assert deepest.depth == 3
    assert ids(list(deepest.ancestors())[:2]) == ["c3", "c1"]
    assert list(deepest.ancestors())[-1] is article
    assert article.depth == 0
    assert article.body[1].quotes[0].depth == 2


def test_siblings_and_index(article):
    c2 = article.comment("c2")
    assert ids(c2.siblings) == ["c3"]
    assert c2.index == 0
    assert article.comment("c3").index == 1
    assert article.index is None
    assert article.siblings == ()


def test_preorder_postorder_levelorder(article):
    comments = [n for n in article.walk() if isinstance(n, Comment)]
    assert ids(comments) == ["c1", "c2", "c3", "c4", "more-1", "c5"]
    post = [n.id for n in article.walk("post", type=Comment)]
    assert post == ["c2", "c4", "c3", "c1", "more-1", "c5"]
    level = [n.id for n in article.walk("level", type=Comment)]
    assert level == ["c1", "more-1", "c5", "c2", "c3", "c4"]
    assert list(article.walk("post"))[-1] is article
    with pytest.raises(ValueError, match="order"):
        article.walk("sideways")  # type: ignore[arg-type]


def test_walk_filters_do_not_prune(article):
    # c3 is filtered out but its reply c4 is still visited.
    found = article.walk(
        type=Comment, where=lambda c: c.author is not None and c.author.name == "alice"
    )
    assert ids(found) == ["c1", "c4"]
    assert len(list(article.descendants())) == len(list(article.walk())) - 1


def test_find_and_find_all(article):
    assert article.find(Quote).text.startswith("When we combine")
    assert article.find(Comment, lambda c: c.score == 12).id == "c1"
    assert article.find(Comment, lambda c: c.score == 99) is None
    assert ids(article.find_all(Comment, lambda c: not c.replies)) == ["c2", "c4", "more-1", "c5"]
    assert len(article.find_all(Block)) == 5


def test_a_class_given_as_the_order_is_the_type(article):
    assert ids(article.walk(Comment)) == ["c1", "c2", "c3", "c4", "more-1", "c5"]
    kinds = [type(n).__name__ for n in article.walk((Quote, Paragraph))]
    assert kinds == ["Paragraph", "Quote", "Quote"]
    with pytest.raises(TypeError) as caught:
        article.find("comment")  # type: ignore[call-overload]
    assert str(caught.value) == "type must be a node class or a tuple of them, not 'comment'"


def test_a_callable_given_as_the_type_is_the_predicate(article):
    first_reply = article.find(lambda n: isinstance(n, Comment) and n.parent is not article)
    assert first_reply.id == "c2"
    assert ids(article.find_all(lambda n: isinstance(n, Comment) and not n.replies)) == [
        "c2",
        "c4",
        "more-1",
        "c5",
    ]
    # a class (or a tuple of classes) is still the type, not a predicate
    found = [(type(n).__name__, getattr(n, "id", None)) for n in article.find_all((Quote, Comment))]
    assert found == [
        ("Quote", None),
        *[("Comment", i) for i in ["c1", "c2", "c3", "c4", "more-1", "c5"]],
        ("Quote", None),
    ]
    assert article.find((Comment, Quote), lambda n: isinstance(n, Comment)).id == "c1"


def test_comment_lookup(article):
    assert article.comment("c4").text == "Why deleted?"
    with pytest.raises(NodeNotFoundError) as info:
        article.comment("nope")
    assert info.value.key == "nope"
    assert isinstance(info.value, LookupError)


def test_iter_comments_is_the_thread_in_pre_order(article):
    ids = [c.id for c in article.iter_comments()]
    assert ids == ["c1", "c2", "c3", "c4", "more-1", "c5"]
    assert ids == [c.id for c in article.walk(type=Comment)]
    assert list(make_chain(3000).iter_comments())[-1].depth == 3000


def test_quotes_property_lists_body_then_comments(article):
    assert [q.text for q in article.quotes] == [article.body[1].quotes[0].text, "bad actors"]


def test_address_resolves_back_for_every_node(article):
    for node in article.walk():
        assert article.resolve(node.address) is node
    assert article.comment("c4").address == "$.comments[0].replies[1].replies[0]"
    assert article.body[1].quotes[0].address == "$.body[1].quotes[0]"
    assert article.address == "$"


@pytest.mark.parametrize(
    "bad", ["comments[0]", "$.comments[9]", "$.replies[0]", "$.comments[0]x", "$.comments[-1]"]
)
def test_bad_addresses_raise(article, bad):
    with pytest.raises(NodeNotFoundError):
        article.resolve(bad)


def test_add_appends_and_inserts(article):
    c1 = article.comment("c1")
    new = c1.add(Comment(id="n1"))
    assert new.parent is c1 and c1.replies[-1] is new
    first = c1.add(Comment(id="n0"), index=0)
    assert c1.replies[0] is first
    q = article.comment("c2").add(Quote(text="agree"))
    assert article.comment("c2").quotes == [q]
    assert article.add(Paragraph("tail")) is article.body[-1]


def test_add_refuses_wrong_types_and_second_parents(article):
    with pytest.raises(TreeError, match="cannot be a child"):
        article.body[0].add(Comment(id="x"))
    with pytest.raises(TreeError, match="already has a parent"):
        article.add(article.comment("c2"))


def test_add_refuses_cycles():
    top = Comment(id="a", replies=[Comment(id="b")])
    with pytest.raises(CycleError):
        top.replies[0].add(top)
    with pytest.raises(CycleError):
        top.add(top)


def test_detach_remove_and_move(article):
    c3 = article.comment("c3").detach()
    assert c3.parent is None
    assert ids(article.comment("c1").replies) == ["c2"]
    assert c3.replies[0].root is c3  # the subtree comes along
    article.add(c3)
    assert article.comments[-1] is c3
    removed = article.comment("c1").remove(article.comment("c2"))
    assert removed.parent is None
    with pytest.raises(NodeNotFoundError):
        article.remove(removed)
    c4 = article.comment("c4")
    c4.move_to(article.comment("c5"), index=0)
    assert article.comment("c5").replies[0] is c4 and c4.depth == 2


def test_move_refuses_cycles(article):
    c1 = article.comment("c1")
    with pytest.raises(CycleError):
        c1.move_to(article.comment("c4"))
    with pytest.raises(CycleError):
        c1.move_to(c1)
    assert article.comment("c4").depth == 3  # nothing changed


def test_constructor_rejects_wrong_child_types():
    with pytest.raises(TypeError, match="Comment nodes"):
        Comment(id="a", replies=[Paragraph("x")])  # type: ignore[list-item]
    reply = Comment(id="b")
    Comment(id="a", replies=[reply])
    with pytest.raises(TreeError):
        Comment(id="c", replies=[reply])


def test_empty_child_collections_are_shared_tuples():
    a, b = Comment(id="a", replies=[]), Comment(id="b")
    assert a.replies == () and b.replies == () and a.quotes == ()


def test_equality_is_structural(article):
    other = make_article()
    assert article == other
    other.comment("c4").text = "changed"
    assert article != other
    other = make_article()
    other.comment("c1").add(Comment(id="extra"))
    assert article != other
    assert article != "not a node"
    with pytest.raises(TypeError):
        hash(article)


def test_repr_summarises_without_the_subtree(article):
    assert repr(article) == "Article(title='NATO and the EU', body=5, comments=3)"
    assert repr(article.comment("c1")) == (
        "Comment(id='c1', author='alice', text='First paragraph.\\n\\nSecond paragraph,\\nwit…', replies=2)"
    )
    assert "status='more'" in repr(article.comment("more-1"))
    assert repr(article.body[0]) == "Heading(text='Cooperation')"


def test_copy_and_pickle_are_deep_and_keep_speaker_identity(article):
    for clone in (copy.deepcopy(article), copy.copy(article), pickle.loads(pickle.dumps(article))):
        assert clone == article
        assert clone.comments[0] is not article.comments[0]
        assert clone.comment("c4").root is clone
        assert clone.body[1].quotes[0].speaker is clone.speakers[0]
    sub = copy.deepcopy(article.comment("c1"))
    assert sub.parent is None and sub == article.comment("c1")


def test_str_draws_the_tree(article):
    drawing = str(article)
    lines = drawing.splitlines()
    assert lines[0].startswith(
        "Article “NATO and the EU” (by Ann Editor; 2025-01-14T09:30:00+01:00"
    )
    assert "├── Heading2 “Cooperation”" in lines
    assert "│       └── Comment c4 by alice: “Why deleted?”" in lines
    assert "    └── Quote[partial] “bad actors”" in lines
    assert "Comment more-1 [more 17]" in drawing
    assert article.pretty(width=10).count("…") > 3


def test_extra_defaults_are_shared_and_picklable():
    a = Comment(id="a")
    assert dict(a.extra) == {}
    with pytest.raises(TypeError):
        a.extra["x"] = 1  # type: ignore[index]
    assert pickle.loads(pickle.dumps(a)).extra is a.extra
    assert copy.deepcopy(a).extra is a.extra


def test_article_requires_nothing():
    empty = Article()
    assert empty.body == () and empty.comments == () and empty.quotes == []
    assert str(empty) == "Article “(untitled)” (0 blocks; 0 comments)"
