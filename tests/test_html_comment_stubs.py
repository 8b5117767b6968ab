"""'Load more' stubs, known in any language by structure: a count, a more token, no text."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsthread.html import extract_comments
from newsthread.model import CommentStatus

DATA = Path(__file__).parent / "data" / "html" / "comments"


def comment(i: int) -> str:
    return (
        f'<div id="comment-{i}" class="comment"><span class="author">U{i}</span>'
        f"<p>Comment number {i}.</p></div>"
    )


def last_of(stub: str) -> tuple[CommentStatus, int | None, str, int]:
    html = f'<div id="comments">{comment(1)}{comment(2)}{stub}</div>'
    comments = extract_comments(LexborHTMLParser(html)).comments
    last = comments[-1]
    return last.status, last.more_count, last.text, len(comments)


@pytest.mark.parametrize(
    ("stub", "count"),
    [
        ('<div class="comment comment--seemore" data-count="5"><a href="#">See more</a></div>', 5),
        ('<div class="comment-item more"><a href="#">Показать 16 комментариев</a></div>', 16),
        (
            '<div class="comment"><button class="load">Weitere 7 Antworten anzeigen</button></div>',
            7,
        ),
        (
            '<div class="comment"><a href="#" class="show-more">Show more comments (20)</a></div>',
            20,
        ),
    ],
)
def test_stubs_in_any_language(stub: str, count: int) -> None:
    assert last_of(stub) == (CommentStatus.MORE, count, "", 3)


@pytest.mark.parametrize(
    "text",
    [
        "I have 2 more questions about the 3 options.",  # a count and "more", but its own words
        "See you at 5.",
    ],
)
def test_short_comments_with_numbers_stay_comments(text: str) -> None:
    stub = f'<div id="comment-3" class="comment"><span class="author">Z</span><p>{text}</p></div>'
    assert last_of(stub) == (CommentStatus.PUBLISHED, None, text, 3)


def test_bem_seemore_item_is_a_stub() -> None:
    comments = extract_comments(LexborHTMLParser((DATA / "bem.html").read_bytes())).comments
    assert [(c.status, c.more_count) for c in comments][-1] == (CommentStatus.MORE, 16)
