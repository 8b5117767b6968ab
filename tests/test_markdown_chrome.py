"""Chrome in comment sections recognised by shape: header lists, text lists, vote counts, buttons."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsthread.markdown import from_markdown
from test_markdown_comment_sections import load, shape


@pytest.mark.parametrize("converter", ["markdownify", "html-to-markdown", "markitdown", "pandoc"])
def test_header_lists_and_text_lists_are_no_replies(converter: str) -> None:
    article = load("chrome_header_lists", converter)
    assert shape(article.comments) == [
        (0, "Dietmar", "Erster Kommentar mit einer Liste:\n\nPunkt eins\n\nPunkt zwei"),
        (1, "Henning", "Eine Antwort."),
        (0, "ajki", "Zweiter Kommentar."),
    ]
    first = article.comments[0]
    assert first.published == datetime(2019, 4, 8, 11, 38)
    assert first.url == "https://example.org/p/#comment-1"


def test_html2text_header_lists_keep_dates_and_texts() -> None:
    # html2text puts the header list on the comment's marker line and the text flush left:
    # the dates and texts are found, the names in the header list are not
    article = load("chrome_header_lists", "html2text")
    texts = [c.text for c in article.iter_comments()]
    assert texts[0] == "Erster Kommentar mit einer Liste:" and texts[-1] == "Zweiter Kommentar."


def test_vote_counts_and_buttons_are_dropped() -> None:
    doc = (
        "Body.\n\n## 3 Comments\n\n"
        "- **Ann** says:\n\n  Vanilla is expensive.\n\n  11.0k\n\n  Share\n\n  ReportSave\n\n"
        "  - **Bob** says:\n\n    Is it?\n\n    2\n\n    Continue this thread\n"
    )
    article = from_markdown(doc, quotes=False)
    assert shape(article.comments) == [(0, "Ann", "Vanilla is expensive."), (1, "Bob", "Is it?")]


def test_a_list_in_a_thread_without_headers_stays_replies() -> None:
    doc = "Body.\n\n## 2 Comments\n\n- First comment.\n\n  - A reply.\n"
    article = from_markdown(doc, quotes=False)
    assert shape(article.comments) == [(0, None, "First comment."), (1, None, "A reply.")]


def test_a_header_list_whose_last_item_is_the_text() -> None:
    # html2text writes the header list and the comment's first paragraph as one list
    doc = (
        "Body.\n\n## Kommentare\n\n1. ![](avatar.png)\n   * Antworten\n   * Dietmar\n   * 8\\. April 2019 @ 11:38\n"
        "   * Der erste Absatz des Kommentars ist lang genug, um kein Teil einer Kopfzeile zu sein.\n"
    )
    (comment,) = from_markdown(doc, quotes=False).comments
    assert comment.author is not None and comment.author.name == "Dietmar"
    assert comment.published == datetime(2019, 4, 8, 11, 38)
    assert comment.text.startswith("Der erste Absatz") and comment.replies == ()
