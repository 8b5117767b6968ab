"""A reply chain 100,000 deep works everywhere, at the default recursion limit."""

from __future__ import annotations

import copy
import pickle
import sys

from factories import make_chain
from newsthread import Comment, render_tree, thread_stats
from newsthread.serialize import from_dict, from_flat, from_json, to_dict, to_flat, to_json

DEPTH = 100_000


def test_recursion_limit_is_the_default():
    assert sys.getrecursionlimit() == 1000  # CPython's default: nothing here raises it


def test_walks(deep_chain):
    assert sum(1 for _ in deep_chain.walk()) == DEPTH + 1
    assert sum(1 for _ in deep_chain.walk("post")) == DEPTH + 1
    assert sum(1 for _ in deep_chain.walk("level")) == DEPTH + 1
    leaf = deep_chain.find(Comment, lambda c: c.id == str(DEPTH - 1))
    assert leaf.depth == DEPTH
    assert leaf.root is deep_chain
    assert deep_chain.resolve(leaf.address) is leaf
    assert thread_stats(deep_chain).max_depth == DEPTH


def test_equality_repr_copy_pickle(deep_chain):
    other = make_chain(DEPTH)
    assert deep_chain == other
    other.comment(str(DEPTH - 1)).text = "different"
    assert deep_chain != other
    assert repr(deep_chain) == "Article(title='deep', body=0, comments=1)"
    assert copy.deepcopy(deep_chain) == deep_chain
    assert pickle.loads(pickle.dumps(deep_chain)) == deep_chain


def test_serialisation_both_forms(deep_chain):
    assert from_json(to_json(deep_chain)) == deep_chain
    assert from_json(to_json(deep_chain, flat=True)) == deep_chain
    assert from_dict(to_dict(deep_chain)) == deep_chain
    assert from_flat(to_flat(deep_chain)) == deep_chain


def test_rendering_stops_indenting(deep_chain):
    lines = render_tree(deep_chain, max_indent=4).splitlines()
    assert len(lines) == DEPTH + 1
    assert lines[-1].endswith(f"[{DEPTH}] Comment {DEPTH - 1}: “reply {DEPTH - 1}”")
    assert max(map(len, lines)) < 120


def test_mutation_on_a_deep_chain(deep_chain):
    chain = copy.deepcopy(deep_chain)
    leaf = chain.comment(str(DEPTH - 1))
    middle = chain.comment(str(DEPTH // 2))
    leaf.add(Comment(id="new"))
    assert chain.comment("new").depth == DEPTH + 1
    sub = middle.detach()
    assert sub.find(Comment, lambda c: c.id == "new").depth == DEPTH - DEPTH // 2
    chain.add(sub)
    assert chain.comment("new").depth == DEPTH - DEPTH // 2 + 1
