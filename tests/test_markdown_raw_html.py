"""Threads kept as raw HTML inside Markdown (pandoc's GFM) are read by the HTML importer's comment reader."""

from __future__ import annotations

from datetime import datetime

from newsthread import Comment
from newsthread.markdown import from_markdown
from newsthread.markdown._rawhtml import prefer_raw
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


def test_raw_html_links_are_links() -> None:
    # pandoc keeps an <a> with a class as raw HTML: its target is still the link's
    doc = (
        "# T\n\nBody.\n\n## 3 Comments\n\n"
        '<a href="/user/ann" class="name">ann</a> <a href="/item?id=5" class="age">4 hours ago</a>'
        " First.\n\n"
        "<a href='/user/bob' class=name>bob</a> <a href=\"/item?id=6&amp;x=1\">3 hours ago</a>"
        " Second.\n\n"
        '<a id="c7"></a><a href="/user/cy" class="name">cy</a> '
        '<a href="/item?id=7" class="age">2 hours ago</a> Third.\n'
    )
    got = [
        (c.author.name if c.author else None, c.author.url if c.author else None, c.url, c.text)
        for c in from_markdown(doc, quotes=False).comments
    ]
    assert got == [
        ("ann", "/user/ann", "/item?id=5", "First."),
        ("bob", "/user/bob", "/item?id=6&x=1", "Second."),
        ("cy", "/user/cy", "/item?id=7", "Third."),
    ]


def _thread(shape: list[int]) -> list[Comment]:
    """Comments by depth in document order (0: top level)."""
    top: list[Comment] = []
    open_: list[Comment] = []
    for i, depth in enumerate(shape):
        comment = Comment(id=f"c{i}", text=f"text {i}")
        del open_[depth:]
        if open_:
            open_[-1].add(comment)
        else:
            top.append(comment)
        open_.append(comment)
    return top


def test_a_nested_raw_thread_beats_a_flat_reading_a_little_longer() -> None:
    # the Markdown keeps no depth where the page nested by CSS; its reading may take a
    # chrome line or two for comments: the raw HTML's nested thread wins
    assert prefer_raw(_thread([0, 1, 1, 0]), _thread([0, 0, 0, 0, 0]))
    # ... but not a flat reading that holds far more comments
    assert not prefer_raw(_thread([0, 1, 1, 0]), _thread([0] * 6))
    # more comments in the raw HTML win; a nested reading of the Markdown is kept
    assert prefer_raw(_thread([0, 0, 0]), _thread([0, 0]))
    assert not prefer_raw(_thread([0, 1, 0]), _thread([0, 1, 0]))
