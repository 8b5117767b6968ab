"""The shared source layer: any (id, parent) records give a valid tree and an exact repair report."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsthread import Article, Comment
from newsthread.serialize import from_json, to_json
from newsthread.sources import Report, assemble


def records(pairs: list[tuple[str, str | None]]) -> list[tuple[Comment, str | None]]:
    return [(Comment(id=cid, text=f"#{n}"), parent) for n, (cid, parent) in enumerate(pairs)]


def shape(top: list[Comment]) -> list[tuple[str, str | None, str | None]]:
    """(id, parent id in the tree, in_reply_to) in pre-order."""
    article = Article(comments=top)
    out = []
    for c in article.iter_comments():
        parent = c.parent.id if isinstance(c.parent, Comment) else None
        out.append((c.id, parent, c.in_reply_to))
    return out


def test_clean_thread_keeps_input_order_and_reports_nothing():
    report = Report()
    top = assemble(records([("a", None), ("b", "a"), ("c", None), ("d", "a")]), report)
    assert shape(top) == [("a", None, None), ("b", "a", None), ("d", "a", None), ("c", None, None)]
    assert report.counts == {}
    assert str(report) == "nothing repaired"


def test_each_kind_of_repair():
    report = Report()
    pairs = [
        ("a", None),
        ("b", "zz"),  # orphan
        ("c", "c"),  # self-reply
        ("d", "e"),  # d -> e -> d: a loop, cut above d (first in input order)
        ("e", "d"),
        ("a", None),  # duplicate: the first a is kept
        ("f", "a"),
    ]
    top = assemble(records(pairs), report, thread="t3_x")
    assert shape(top) == [
        ("a", None, None),
        ("f", "a", None),
        ("c", None, "c"),
        ("d", None, "e"),
        ("e", "d", None),
        ("b", None, "zz"),
    ]
    assert report.counts == {"duplicate": 1, "self_reply": 1, "orphan": 1, "cycle": 1}
    assert report.examples["cycle"] == ["t3_x/d"]
    assert report.examples["duplicate"] == ["t3_x/a"]
    assert top[0].text == "#0"  # the first record with the id, not the later one


def test_long_loop_and_tail_into_it():
    report = Report()
    # 1 -> 2 -> 3 -> 1 loop, and 4 -> 3 hangs off it
    top = assemble(records([("4", "3"), ("1", "2"), ("2", "3"), ("3", "1")]), report)
    assert report.counts == {"cycle": 1}
    assert shape(top) == [("1", None, "2"), ("3", "1", None), ("4", "3", None), ("2", "3", None)]


def test_report_merge_and_examples_limit():
    report = Report(keep=2)
    for n in range(4):
        report.add("orphan", f"x{n}")
    other = Report()
    other.add("orphan", "y")
    other.add("cycle", "z")
    report.merge(other.counts, other.examples)
    assert report.counts == {"orphan": 5, "cycle": 1}
    assert report.examples == {"orphan": ["x0", "x1"], "cycle": ["z"]}
    assert report.total == 6
    assert str(report) == "cycle: 1 (e.g. z)\norphan: 5 (e.g. x0, x1)"


def test_deep_chain_given_backwards():
    n = 100_000
    pairs = [(str(i), str(i - 1) if i else None) for i in reversed(range(n))]
    top = assemble(records(pairs), Report())
    assert len(top) == 1
    assert sum(1 for _ in Article(comments=top).iter_comments()) == n


ids = st.sampled_from([str(i) for i in range(12)])
forests = st.lists(st.tuples(ids, st.one_of(st.none(), ids, st.just("missing"))), max_size=40)


def expected_report(pairs: list[tuple[str, str | None]]) -> dict[str, int]:
    """The report computed the slow, obvious way."""
    first: dict[str, str | None] = {}
    counts: dict[str, int] = {}
    for cid, parent in pairs:
        if cid in first:
            counts["duplicate"] = counts.get("duplicate", 0) + 1
        else:
            first[cid] = parent
    for cid, parent in first.items():
        if parent == cid:
            counts["self_reply"] = counts.get("self_reply", 0) + 1
        elif parent is not None and parent not in first:
            counts["orphan"] = counts.get("orphan", 0) + 1
    # loops: functional graph over kept ids; each loop of length >= 2 counted once
    graph = {c: p for c, p in first.items() if p in first and p != c}
    seen: set[str] = set()
    loops = 0
    for start in graph:
        path: list[str] = []
        node: str | None = start
        while node is not None and node not in seen and node not in path:
            path.append(node)
            node = graph.get(node)
        if node is not None and node in path:
            loops += 1
        seen.update(path)
    if loops:
        counts["cycle"] = loops
    return counts


@settings(max_examples=300, deadline=None)
@given(forests)
def test_random_forests_give_a_valid_tree_and_an_exact_report(pairs):
    report = Report()
    top = assemble(records(pairs), report)
    article = Article(comments=top)
    seen = [c.id for c in article.iter_comments()]
    kept = list(dict.fromkeys(cid for cid, _ in pairs))
    assert sorted(seen) == sorted(kept)  # every id once: nothing lost, nothing doubled
    assert report.counts == expected_report(pairs)
    stated = {}
    for cid, parent in pairs:
        stated.setdefault(cid, parent)
    for comment in article.iter_comments():
        parent = comment.parent
        if isinstance(parent, Comment):
            assert stated[comment.id] == parent.id and comment.in_reply_to is None
        else:  # top level: no parent stated, or the stated one is named
            assert comment.in_reply_to == stated[comment.id]
    assert from_json(to_json(article)) == article
