# ruff: noqa: RUF001, RUF002
"""Signed posts: a post's text, then "answered <date>" and the poster's card, then comments
each signed "– Name" with a date (Stack Exchange's layout), in each converter's Markdown."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from newsthread import Comment
from newsthread.markdown import from_markdown
from newsthread.markdown._reader import markdown_units
from newsthread.markdown._signed import signed_thread

CONVERTED = Path(__file__).parent / "data" / "markdown" / "converted"
# pandoc keeps the comment links as raw HTML (<a class=...>): its thread is the HTML importer's
CONVERTERS = ["html2text", "markdownify", "html-to-markdown", "markitdown"]


def _depth(comment: Comment) -> int:
    return sum(1 for _ in comment.ancestors() if isinstance(_, Comment))


@pytest.mark.parametrize("converter", CONVERTERS)
def test_answers_are_comments_signed_after_their_text(converter: str) -> None:
    source = (CONVERTED / f"signed_posts.{converter}.md").read_bytes()
    article = from_markdown(source, quotes=False)
    comments = list(article.iter_comments())
    assert [(_depth(c), c.author.name if c.author else None) for c in comments] == [
        (0, "Bob"),  # a comment on the question: top level
        (0, "Dan"),  # an answer: "answered" names Dan; "edited" and Cleo's card name the editor
        (1, "Eve"),
        (1, "Ann"),
        (0, "Finn"),
    ]
    assert [c.text for c in comments] == [
        "Which version of Python do you use?",
        "A generator yields its values one at a time.\n\n"
        "Each call to next() runs it to the following yield.",
        "Not quite: no code runs until the first next().",
        "Thanks, that helped.",
        "Think of it as a function that can pause.",
    ]
    assert [c.published for c in comments] == [
        datetime(2008, 10, 24, 9, 0),
        datetime(2008, 10, 23, 22, 48),
        datetime(2017, 5, 23, 21, 41),
        datetime(2017, 5, 24, 8, 2),
        datetime(2008, 10, 25, 21, 22),
    ]
    assert [c.score for c in comments] == [3, 12, 7, None, 4]
    assert [c.author.url for c in comments if c.author][:2] == ["/users/11/bob", "/users/13/dan"]
    # the question is the article's own post: its text stays in the body
    assert any("holds a yield statement" in b.text for b in article.body)
    assert not any("Your Answer" in c.text for c in comments)


def test_permalink_fragments_are_the_comment_ids() -> None:
    source = (CONVERTED / "signed_posts.markdownify.md").read_bytes()
    ids = [c.id for c in from_markdown(source, quotes=False).iter_comments()]
    assert ids == ["comment5_1", "c1", "comment7_2", "comment8_2", "c2"]


def test_a_byline_and_a_dash_before_a_profile_link_are_no_signed_thread() -> None:
    text = (
        "posted Oct 23, 2008 at 22:21\n\n[Ann](/users/10/ann)\n\n"
        "A long article.\n\nAs one reader put it – [Bob](/users/11/bob)\n\n"
        "edited Oct 24, 2008 at 9:00\n\n[Cleo](/users/12/cleo)\n"
    )
    # one post signature (an edit names no author): a byline, not a thread of signed posts
    assert signed_thread(markdown_units(text)) is None
    assert from_markdown(text, quotes=False).comments == ()
