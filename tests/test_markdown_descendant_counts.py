"""Nesting from the descendant counts old Reddit prints in each header ("(3 children)"),
where a converter dropped the in-page parent links (html2text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsthread import Author, Comment
from newsthread.markdown import from_markdown
from newsthread.markdown._reader import markdown_units
from newsthread.markdown._siblings import nest_by_descendant_counts

CONVERTED = Path(__file__).parent / "data" / "markdown" / "converted"
CONVERTERS = ["html2text", "markdownify", "html-to-markdown", "markitdown", "pandoc"]


@pytest.mark.parametrize("converter", CONVERTERS)
def test_counts_or_parent_links_give_the_tree(converter: str) -> None:
    source = (CONVERTED / f"descendant_counts.{converter}.md").read_bytes()
    comments = list(from_markdown(source, quotes=False).iter_comments())
    depth = [sum(1 for a in c.ancestors() if isinstance(a, Comment)) for c in comments]
    names = [c.author.name if c.author else None for c in comments]
    assert list(zip(depth, names, strict=True)) == [
        (0, "ann"),
        (1, "bob"),
        (2, "cleo"),
        (2, "dora"),
        (0, "eve"),
    ]
    assert comments[3].text == "Same here, the limits are tight."


def _flat(*names: str) -> list[Comment]:
    return [Comment(id=n, author=Author(n), text=f"text of {n}") for n in names]


def _headers(*pairs: tuple[str, int]) -> str:
    return "".join(
        f"[{n}](https://old.reddit.com/user/{n}) 5 points 2 hours ago (k {k} children)\n\n".replace(
            "(k ", "("
        )
        for n, k in pairs
    )


def test_counts_on_too_few_comments_leave_the_thread_flat() -> None:
    top = _flat("ann", "bob", "cleo")
    units = markdown_units(_headers(("ann", 1)))  # one count for three comments
    out = nest_by_descendant_counts(top, units)
    assert out is top and not any(c.replies for c in out)


def test_a_count_that_includes_hidden_comments_stays_open() -> None:
    # ann counts 3 descendants, 1 is shown (the others behind "load more"): bob is still hers
    top = _flat("ann", "bob")
    out = nest_by_descendant_counts(top, markdown_units(_headers(("ann", 3), ("bob", 0))))
    assert [c.id for c in out] == ["ann"] and [r.id for r in out[0].replies] == ["bob"]


def test_counts_nest_in_document_order() -> None:
    top = _flat("ann", "bob", "cleo", "dora")
    units = markdown_units(_headers(("ann", 2), ("bob", 1), ("cleo", 0), ("dora", 0)))
    out = nest_by_descendant_counts(top, units)
    assert [c.id for c in out] == ["ann", "dora"]
    assert [r.id for r in out[0].replies] == ["bob"]
    assert [r.id for r in out[0].replies[0].replies] == ["cleo"]
