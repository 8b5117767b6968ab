"""Comment sections of real pages as common converters render them; the visible tree is recovered."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from newsthread import Article, Comment, CommentStatus
from newsthread.markdown import from_markdown

DATA = Path(__file__).parent / "data" / "markdown"

# (author, published, permalink fragment, start of text, replies), checked by hand against the pages.
Tree = list[tuple[str | None, datetime | None, str | None, str, list]]  # type: ignore[type-arg]

ZULANG: Tree = [
    (
        "Dagmar Rehak",
        datetime(2015, 12, 13, 1, 10),
        "comment-491",
        "„Die religiös motivierte Beschneidung",
        [
            (
                "HansG",
                datetime(2015, 12, 15, 0, 59),
                "comment-494",
                "Auch wenn ich wohl leider",
                [
                    (
                        "Dagmar Rehak",
                        datetime(2015, 12, 15, 1, 27),
                        "comment-495",
                        "Wenn nur Muslime Vorhäute",
                        [
                            (
                                "HansG",
                                datetime(2015, 12, 15, 4, 5),
                                "comment-496",
                                "Das ist leider richtig",
                                [],
                            )
                        ],
                    )
                ],
            )
        ],
    ),
    (
        "Matze",
        datetime(2015, 12, 13, 20, 22),
        "comment-492",
        "„Der fundamentalistische Vater",
        [("Bombe 20", datetime(2015, 12, 14, 20, 49), "comment-493", "Matze,\n\nwas für", [])],
    ),
]
GORMULUS: Tree = [
    ("photobix", datetime(2012, 12, 11, 11, 7), "comment-154", "Danke!", []),
    (None, None, None, "Pingback: Israel: Von Grabenkämpfen", []),
    (
        "jeuys",
        datetime(2012, 12, 11, 12, 57),
        "comment-156",
        "richtig gormulus, politik darf",
        [
            (
                "Mathias Autor",
                datetime(2012, 12, 11, 13, 19),
                "comment-157",
                "Ich lasse diesen",
                [],
            ),
            ("yoonar", datetime(2012, 12, 11, 15, 3), "comment-167", "Welche Gedankenzitate", []),
        ],
    ),
]


def _check(comments: list[Comment] | tuple[Comment, ...], expected: Tree) -> None:
    """Compare level by level with an explicit stack (no recursion)."""
    stack = [(list(comments), expected)]
    while stack:
        got, want = stack.pop()
        assert len(got) == len(want), [c.text[:30] for c in got]
        for comment, (author, published, fragment, start, replies) in zip(got, want, strict=True):
            assert (comment.author.name if comment.author else None) == author
            assert comment.published == published
            assert (comment.url.rsplit("#", 1)[-1] if comment.url else None) == fragment
            assert comment.text.startswith(start), comment.text[:60]
            stack.append((list(comment.replies), replies))


def _load(name: str) -> Article:
    return from_markdown((DATA / name).read_bytes(), quotes=False)


@pytest.mark.parametrize("converter", ["html2text", "markdownify", "pandoc"])
def test_wordpress_thread_four_deep(converter: str) -> None:
    article = _load(f"zulang_{converter}.md")
    assert article.declared_comment_count == 6
    assert article.body == ()
    _check(article.comments, ZULANG)
    texts = [c.text for c in article.iter_comments()]
    assert all("Liken" not in t and "gravatar" not in t for t in texts)
    assert [c.id for c in article.iter_comments()] == [f"c{i}" for i in range(1, 7)]


@pytest.mark.parametrize("converter", ["html2text", "markdownify", "pandoc"])
def test_wordpress_thread_with_pingback_and_reply_links(converter: str) -> None:
    article = _load(f"gormulus_{converter}.md")
    assert article.declared_comment_count == 45  # the page's count; the fixture keeps five
    _check(article.comments, GORMULUS)
    assert article.comments[1].status is CommentStatus.PINGBACK
    assert all("Antwort" not in c.text for c in article.iter_comments())
    assert article.comments[0].author is not None
    assert article.comments[0].author.url == "http://photobix.de"


def test_trafilatura_markdown_runs_comments_into_the_body() -> None:
    # trafilatura appends comment texts as bare paragraphs: no heading, author or nesting
    # survives, so nothing marks them as comments. They stay body text, none is lost.
    article = _load("zulang_trafilatura.md")
    assert article.comments == ()
    assert any(b.text.startswith("Das ist leider richtig") for b in article.body)
    assert any(b.text.startswith("Matze,") for b in article.body)
