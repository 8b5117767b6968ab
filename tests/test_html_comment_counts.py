"""The comment count a page prints, in sentences, other languages and split across tags."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsthread.html import extract_comments

DATA = Path(__file__).parent / "data" / "html" / "comments"


@pytest.mark.parametrize(
    ("page", "count"),
    [("p1", 11), ("p2", 91), ("p3", 80), ("p4", None)],
)
def test_printed_counts(page: str, count: int | None) -> None:
    doc = LexborHTMLParser((DATA / "counts.html").read_bytes())
    box = doc.css_first(f"#{page}")
    assert box is not None
    assert extract_comments(LexborHTMLParser(box.html or "")).declared_count == count


@pytest.mark.parametrize(
    ("heading", "count"),
    [
        ("This Post Has 80 Comments", 80),
        ("Se han publicado 11 comentarios", 11),
        ("91 Ergänzungen", 91),
        ("Комментарии (12)", 12),
        ("There are 13 comments", 13),
        ("Top 10 comments", None),
    ],
)
def test_counts_in_sentences_and_languages(heading: str, count: int | None) -> None:
    html = f'<div id="comments"><h3 class="comments-title">{heading}</h3></div>'
    assert extract_comments(LexborHTMLParser(html)).declared_count == count
