"""Nesting from "root | parent | prev | next" labels that a converter kept as words after
dropping the in-page links (html2text on Hacker News markup)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsthread import Comment
from newsthread.markdown import from_markdown
from newsthread.markdown._reader import markdown_units
from newsthread.markdown._siblings import nest_by_navigation

CONVERTED = Path(__file__).parent / "data" / "markdown" / "converted"


def _shape(source: str | bytes) -> list[tuple[int, str | None, str]]:
    out = []
    for c in from_markdown(source, quotes=False).iter_comments():
        depth = sum(1 for a in c.ancestors() if isinstance(a, Comment))
        out.append((depth, c.author.name if c.author else None, c.text))
    return out


TREE = [
    (0, "ann", "Used laptops are a good deal."),
    (1, "bob", "Not at this weight."),
    (2, "cleo", "Weight matters to me too."),
    (2, "dora", "Mine weighs a kilo."),
    (1, "eve", "Refurbished ones are fine."),
    (0, "finn", "I run Debian on mine."),
]


@pytest.mark.parametrize(
    "converter", ["html2text", "markdownify", "html-to-markdown", "markitdown"]
)
def test_labels_or_links_give_the_tree(converter: str) -> None:
    # html2text keeps the labels as words; the others keep the links (read as parent links)
    assert _shape((CONVERTED / f"navigation_labels.{converter}.md").read_bytes()) == TREE


def _line(name: str, n: int, nav: str) -> str:
    return f"[{name}](user?id={name}) [{n} hours ago](item?id={n}) | {nav}\n\nThe text of {name}, a sentence.\n\n"


def test_a_later_sibling_is_placed_beside_the_comment_just_above() -> None:
    # "prev" says a comment is a later sibling, not of which comment: the one just above is taken
    text = (
        _line("ann", 1, "next")
        + _line("bob", 2, "parent | next")
        + _line("cleo", 3, "root | parent | next")
        + _line("dora", 4, "root | parent | prev | next")
        + _line("eve", 5, "parent | prev")
    )
    assert [(d, n) for d, n, _ in _shape(text)] == [
        (0, "ann"),
        (1, "bob"),
        (2, "cleo"),
        (2, "dora"),
        (1, "eve"),
    ]


def test_labels_are_not_read_when_the_thread_already_nests() -> None:
    top = [Comment(id="a", url="item?id=1"), Comment(id="b", url="item?id=2")]
    top[0].add(Comment(id="c"))
    units = markdown_units(_line("ann", 1, "next") + _line("bob", 2, "parent"))
    assert nest_by_navigation(top, units) is top


def test_labels_on_too_few_comments_are_not_read() -> None:
    top = [Comment(id=str(n), url=f"item?id={n}") for n in range(1, 4)]
    units = markdown_units(_line("ann", 1, "next") + _line("bob", 2, "parent"))
    out = nest_by_navigation(top, units)  # labels for 2 of 3 comments
    assert [c.id for c in out] == ["1", "2", "3"] and not any(c.replies for c in out)
