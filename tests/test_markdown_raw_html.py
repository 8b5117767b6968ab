"""Threads kept as raw HTML inside Markdown (pandoc's GFM) are read by the HTML importer's comment reader."""

from __future__ import annotations

from datetime import datetime

from newsthread.markdown import from_markdown
from test_markdown_comment_sections import load, shape


def test_pandoc_keeps_the_rows_and_their_indentation() -> None:
    article = load("raw_html_rows", "pandoc")
    assert shape(article.comments) == [
        (0, "ann", "Used laptops are a good deal."),
        (1, "bob", "Not at this weight."),
        (2, "cleo", "Weight matters to me too."),
        (0, "dan", "I run Debian on mine."),
    ]
    # the page's own comment ids, and the machine dates of the raw HTML
    assert [c.id for c in article.iter_comments()] == ["601", "602", "603", "604"]
    assert article.comments[0].published == datetime(2026, 6, 1, 0, 51, 16)
    assert [b.text for b in article.body] == ["Ask: tiny laptops", "Which tiny laptop do you use?"]


def test_flattened_tables_are_cut_at_each_header() -> None:
    for converter in ["html2text", "markdownify", "html-to-markdown", "markitdown"]:
        article = load("raw_html_rows", converter)
        assert shape(article.comments) == [
            (0, "ann", "Used laptops are a good deal."),
            (0, "bob", "Not at this weight."),
            (0, "cleo", "Weight matters to me too."),
            (0, "dan", "I run Debian on mine."),
        ], converter


def test_the_markdown_thread_wins_when_it_says_more() -> None:
    doc = (
        'Body.\n\n## 2 Comments\n\n<div class="comments">\n\n'
        "- **Ann** says:\n\n  June 3, 2024 at 10:15 am\n\n  First.\n\n"
        "  - **Bob** says:\n\n    June 3, 2024 at 11:00 am\n\n    Thanks, Ann.\n\n</div>\n"
    )
    article = from_markdown(doc, quotes=False)
    assert shape(article.comments) == [(0, "Ann", "First."), (1, "Bob", "Thanks, Ann.")]
    assert [c.id for c in article.iter_comments()] == ["c1", "c2"]
