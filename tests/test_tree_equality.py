"""Node equality: same type, same own fields, same children in the same order, at every depth."""

from __future__ import annotations

import copy
from unittest import mock

import pytest

from factories import make_article, make_chain
from newsthread import (
    Article,
    BlockQuote,
    Caption,
    Comment,
    Heading,
    ListItem,
    Paragraph,
    Quote,
)

BLOCK_TYPES = [Paragraph, Heading, BlockQuote, ListItem, Caption]


@pytest.mark.parametrize("left", BLOCK_TYPES)
@pytest.mark.parametrize("right", BLOCK_TYPES)
def test_blocks_of_another_type_are_not_equal(left: type, right: type) -> None:
    same = left is right
    assert (left("x") == right("x")) is same
    assert (left("x") != right("x")) is not same
    # the type is checked at every depth, not only at the top
    a = Article(body=[Paragraph("intro"), left("x")])
    b = Article(body=[Paragraph("intro"), right("x")])
    assert (a == b) is same
    assert (a != b) is not same


def test_a_block_type_mix_up_deep_in_a_tree_is_seen() -> None:
    a, b = make_article(), make_article()
    assert a == b
    b.body[1] = Caption(b.body[1].text, quotes=[copy.deepcopy(q) for q in b.body[1].quotes])
    assert type(a.body[1]) is not Caption
    assert a != b


def test_other_objects_decide_their_own_equality() -> None:
    # a node answers NotImplemented to a non-node, so the other side's __eq__ is asked
    node = Paragraph("x")
    assert node.__eq__("x") is NotImplemented
    assert node == mock.ANY
    assert node != "x"
    assert Comment(id="1").__eq__(Paragraph("1")) is NotImplemented


def test_each_own_field_and_child_counts() -> None:
    base = Comment(id="1", text="t", replies=[Comment(id="2")], quotes=[Quote(text="q")])
    assert base == copy.deepcopy(base)
    changed = copy.deepcopy(base)
    changed.text = "u"
    assert base != changed
    fewer = copy.deepcopy(base)
    fewer.replies[0].detach()
    assert base != fewer
    other_reply = copy.deepcopy(base)
    other_reply.replies[0].id = "3"
    assert base != other_reply
    other_quote = copy.deepcopy(base)
    other_quote.quotes[0].text = "r"
    assert base != other_quote
    # the same children in another order are another tree
    two = Article(body=[Paragraph("a"), Paragraph("b")])
    assert two != Article(body=[Paragraph("b"), Paragraph("a")])


def test_deep_chains_compare_without_recursion() -> None:
    a, b = make_chain(5_000), make_chain(5_000)  # five times the recursion limit
    assert a == b
    deepest = next(c for c in b.iter_comments() if not c.replies)
    deepest.text = "changed"
    assert a != b
