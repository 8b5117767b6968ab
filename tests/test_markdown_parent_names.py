"""The name of the comment answered, printed after the author's (Disqus), in converters' Markdown.

Disqus-like widgets print ``[Bob](/by/bob) [Ann](#comment-1) • 2 years ago``: the second link
goes to the parent comment and is no part of the author's name. The fixture
(``tests/data/markdown/html/thread_disqus.html``) is rendered by the converters themselves.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from newsthread.markdown._authorlines import heuristic_header
from newsthread.markdown._units import Unit
from newsthread.model import Link
from test_markdown_comment_sections import CONVERTED, load, shape

DISQUS = [
    (
        0,
        "Ann Lee",
        "Three years of roadworks on the main street will kill the small shops along it.",
    ),
    (
        1,
        "Marco R",
        "The shops on Elm Street said the same in 2015 and most of them are doing better now.",
    ),
    (2, "Ann Lee", "Elm Street had a bypass during the works, the main street will not get one."),
    (
        0,
        "Tom K",
        "Finally. The 14 bus is packed every morning and takes forty minutes to the centre.",
    ),
]


@pytest.mark.parametrize("converter", ["markdownify", "markitdown", "pandoc"])
def test_disqus_thread_with_parent_names_tabs_and_vote_rows(converter: str) -> None:
    # the widget's tab bar ("4 comments", "Login", "Recommend", "Sort by Best") is no
    # comment, the article's byline above it neither; "12 • Reply • Share" is chrome
    article = load("thread_disqus", converter)
    assert shape(article.comments) == DISQUS
    assert [c.author.url for c in article.iter_comments() if c.author] == [
        "https://disqus.com/by/annlee/",
        "https://disqus.com/by/marco_r/",
        "https://disqus.com/by/annlee/",
        "https://disqus.com/by/tomk/",
    ]
    assert all(c.extra == {"date_text": "2 years ago"} for c in article.iter_comments())
    # the full date is the time link's title
    assert [c.published for c in article.iter_comments()] == [
        datetime(2024, 3, 2, 18, 15),
        datetime(2024, 3, 2, 19, 2),
        datetime(2024, 3, 3, 8, 40),
        datetime(2024, 3, 3, 11, 30),
    ]


def test_html2text_drops_the_parent_link_and_keeps_the_name() -> None:
    # "[Marco R](…) Ann Lee • [2 years ago](…)": the name left after the author's link is
    # not the author's; html2text writes the third comment's text flush left, which puts it
    # one level too high (the list depth is all the Markdown says)
    article = load("thread_disqus", "html2text")
    assert [(d, a) for d, a, _ in shape(article.comments)] == [
        (0, "Ann Lee"),
        (1, "Marco R"),
        (1, "Ann Lee"),
        (0, "Tom K"),
    ]
    assert [t for _, _, t in shape(article.comments)] == [t for _, _, t in DISQUS]


def test_html_to_markdown_drops_the_widget_header() -> None:
    # html-to-markdown's default preprocessing removes <header> elements: no name, no time
    # is left in its Markdown, only the avatars' profile links
    md = (CONVERTED / "thread_disqus.html-to-markdown.md").read_text(encoding="utf-8")
    assert "Marco R" not in md and "2 years ago" not in md
    assert load("thread_disqus", "html-to-markdown").comments == ()


def _unit(text: str, *links: tuple[str, str]) -> Unit:
    found = []
    for label, url in links:
        start = text.index(label)
        found.append(Link(start, start + len(label), url))
    return Unit("p", text, found)


def test_parent_link_after_the_name_is_the_reply_target() -> None:
    head = heuristic_header(
        _unit("Marco R Ann Lee • 2 years ago", ("Marco R", "/by/marco"), ("Ann Lee", "#c-5012"))
    )
    assert head is not None and head.author is not None
    assert (head.author.name, head.reply_to, head.reply_to_name) == ("Marco R", "c-5012", "Ann Lee")


def test_name_left_after_the_author_link_is_a_reply_name() -> None:
    head = heuristic_header(_unit("Marco R Ann Lee • 2 years ago", ("Marco R", "/by/marco")))
    assert head is not None and head.author is not None
    assert (head.author.name, head.reply_to, head.reply_to_name) == ("Marco R", None, "Ann Lee")


def test_a_name_without_links_stays_whole() -> None:
    head = heuristic_header(Unit("p", "Ann Lee • 2 years ago"))
    assert head is not None and head.author is not None
    assert (head.author.name, head.reply_to_name) == ("Ann Lee", None)


def test_an_outside_link_after_the_name_is_no_parent() -> None:
    head = heuristic_header(
        _unit("Marco R Ann Lee • 2 years ago", ("Marco R", "/by/marco"), ("Ann Lee", "/by/ann"))
    )
    assert head is not None and head.author is not None
    assert head.reply_to is None
