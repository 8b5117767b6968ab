"""Comment sections of real pages as common converters render them; the visible tree is recovered."""

from __future__ import annotations

from collections.abc import Sequence
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
                "Mathias",
                datetime(2012, 12, 11, 13, 19),
                "comment-157",
                "Ich lasse diesen",
                [],
            ),
            ("yoonar", datetime(2012, 12, 11, 15, 3), "comment-167", "Welche Gedankenzitate", []),
        ],
    ),
]


def _check(comments: Sequence[Comment], expected: Tree) -> None:
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
    # the page's own ids, from each comment's date permalink (``…#comment-491``), not c1 … c6
    assert [c.id for c in article.iter_comments()] == [
        "comment-491",
        "comment-494",
        "comment-495",
        "comment-496",
        "comment-492",
        "comment-493",
    ]


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


# wordpress.com core threaded comments (tests/data/markdown/jacobbrazeal_*.md): the tree of the
# first three threads as the page's li.comment / ol.children nesting has it.
JACOB: Tree = [
    (
        "alexriabtsev",
        datetime(2020, 11, 16, 7, 40),
        "comment-1",
        "Hey, Jacob!",
        [
            (
                "Jacob Brazeal",
                datetime(2020, 11, 17, 3, 21),
                "comment-12",
                "Hi Alex,",
                [
                    ("alexriabtsev", datetime(2020, 11, 17, 5, 38), "comment-17", "Thanks for", []),
                    ("giantmick", datetime(2020, 11, 21, 15, 47), "comment-26", "Jacob, I", []),
                ],
            )
        ],
    ),
    (
        "nuutrino",
        datetime(2020, 11, 16, 8, 40),
        "comment-2",
        "It",
        [
            (
                "Jacob Brazeal",
                datetime(2020, 11, 17, 3, 24),
                "comment-16",
                "Haha",
                [("Ari", datetime(2020, 11, 17, 10, 7), "comment-19", "Hey jacob", [])],
            ),
            ("Pedro", datetime(2020, 11, 20, 16, 59), "comment-25", "The days I skyrocket", []),
        ],
    ),
    (
        "Mesquita",
        datetime(2020, 11, 16, 12, 11),
        "comment-3",
        "Hi, I would really",
        [("Jacob Brazeal", datetime(2020, 11, 17, 3, 18), "comment-11", "Thank you for this!", [])],
    ),
]


@pytest.mark.parametrize("converter", ["html2text", "markdownify"])
def test_wordpress_com_thread_with_like_and_reply_chrome(converter: str) -> None:
    article = _load(f"jacobbrazeal_{converter}.md")
    assert article.declared_comment_count == 25
    _check(article.comments, JACOB)
    for comment in article.iter_comments():
        assert all(line not in {"Like", "Reply"} for line in comment.text.split("\n"))


def test_old_reddit_flat_rendering_is_relinked_by_parent_links() -> None:
    # old Reddit nests <div>s, which markdownify flattens; each reply keeps a "[parent](#id)"
    # link and a permalink ending in its own id, and those give the tree back.
    article = _load("reddit_old_markdownify.md")
    assert article.declared_comment_count == 117
    (top,) = article.comments
    assert top.author is not None
    assert (top.author.name, top.author.url) == (
        "JoeyDee86",
        "https://old.reddit.com/user/JoeyDee86",
    )
    assert top.extra == {"date_text": "17 hours ago"}
    assert top.url is not None
    assert top.url.endswith("/nysll2o/")
    assert [r.author.name for r in top.replies if r.author] == ["karlkrum", "nsfw_raw"]
    assert [r.text for r in top.replies] == ["This, I would pay more for more use", "100$ agreed"]
    chrome = ("embed", "save", "report", "javascript", "sorted by", "formatting help")
    assert all(word not in c.text for c in article.iter_comments() for word in chrome)
