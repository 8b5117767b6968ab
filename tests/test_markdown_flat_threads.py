"""Threads whose comments open with author-and-date lines outside lists, and sections that
a button or a heading inside a comment must not cut (fixtures rendered by each converter)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import pytest

from newsthread import Article, Comment, CommentStatus
from newsthread.markdown import from_markdown, from_text
from newsthread.markdown._authorlines import heuristic_header
from newsthread.markdown._commentdates import is_time, parse_date
from newsthread.markdown._comments import is_boilerplate
from newsthread.markdown._quirks import undo_fence_quirks
from newsthread.markdown._split import split_at_headers
from newsthread.markdown._units import Unit
from test_markdown_comment_sections import author, in_order

CONVERTED = Path(__file__).parent / "data" / "markdown" / "converted"
CONVERTERS = ["html2text", "markdownify", "html-to-markdown", "markitdown", "pandoc"]


def shape(comments: Sequence[Comment]) -> list[tuple[int, str | None]]:
    """(depth, author) of every comment in document order."""
    return [(depth, author(c)) for depth, c in in_order(comments)]


def load(name: str, converter: str) -> Article:
    return from_markdown((CONVERTED / f"{name}.{converter}.md").read_bytes(), quotes=False)


@pytest.mark.parametrize("converter", CONVERTERS)
def test_a_view_comments_button_after_the_thread_does_not_open_the_section(
    converter: str,
) -> None:
    # a teaser in the sidebar has a "View Comments" button; the thread ("level N" lines) came
    # before it and is the section
    article = load("thread_before_button", converter)
    assert shape(article.comments) == [(0, "ann"), (1, "bob"), (0, "cleo")]
    texts = [c.text for c in article.iter_comments()]
    assert texts[0] == "He was not far from the truth."
    assert texts[1] == "A wizard would write about it."
    assert all("ReportSaveFollow" not in t for t in texts)


@pytest.mark.parametrize("converter", CONVERTERS)
def test_flat_header_lines_with_link_lists_under_each_comment(converter: str) -> None:
    # "( name | 2015. január 21., szerda - 15:03 )" above each comment, a list with a login
    # line and a permalink under it: the list is the comment's chrome, not a reply
    article = load("flat_headers_link_lists", converter)
    comments = list(article.iter_comments())
    assert [c.author.name for c in comments if c.author] == ["ann", "bob", "cleo", "dora"]
    assert [c.published for c in comments] == [
        datetime(2015, 1, 21, 15, 3),
        datetime(2015, 1, 22, 14, 1),
        datetime(2015, 1, 23, 16, 5),
        datetime(2016, 9, 27, 13, 10),
    ]
    assert comments[0].text == "Kami, ez jó lehet?"
    assert comments[3].text == "Ansible, egyszerűbb."
    assert "de mco-val megy." in comments[1].text  # "# puppet kick" in code ended nothing
    assert all("belépés" not in c.text for c in comments)  # repeated in every comment: chrome
    if converter == "pandoc":  # the raw HTML keeps the sibling div.indented
        assert shape(article.comments) == [(0, "ann"), (1, "bob"), (0, "cleo"), (0, "dora")]
    else:  # the permalink under each comment gives its page id
        assert [c.id for c in comments] == [f"comment-{n}" for n in (11, 12, 13, 14)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2015. január 21., szerda - 15:03", datetime(2015, 1, 21, 15, 3)),
        ("Mittwoch, 3. Juni 2020", datetime(2020, 6, 3)),
        ("21 gennaio 2020 alle 10:15", datetime(2020, 1, 21, 10, 15)),
        ("3 de março de 2021 às 09:30", datetime(2021, 3, 3, 9, 30)),
        ("12 maart 2019 om 14:05", datetime(2019, 3, 12, 14, 5)),
    ],
)
def test_dates_with_month_and_weekday_names_in_more_languages(
    text: str, expected: datetime
) -> None:
    assert parse_date(text) == expected


def test_a_parenthesised_name_and_date_line_is_a_header() -> None:
    head = heuristic_header(Unit("p", "( mrmartin | 2015. január 21., szerda - 15:03 )"))
    assert head is not None and head.author is not None
    assert head.author.name == "mrmartin"
    assert head.published == datetime(2015, 1, 21, 15, 3)


@pytest.mark.parametrize(
    "line", ["ReportSaveFollow", "Reply Share", "ReplyDelete", "Load more", "Show more"]
)
def test_glued_button_rows_are_chrome(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["Reply to Ann: I disagree", "Save the date", "Report"])
def test_button_words_in_sentences_are_kept_or_alone(line: str) -> None:
    assert is_boilerplate(line) is (line == "Report")


@pytest.mark.parametrize("converter", CONVERTERS)
def test_a_thread_in_a_layout_table_cell(converter: str) -> None:
    # the same thread inside a layout table: markdownify and markitdown write the whole cell as
    # one line, html2text and html-to-markdown glue each "( name | date )" to the text after it
    article = load("layout_table_thread", converter)
    comments = list(article.iter_comments())
    assert [c.author.name for c in comments if c.author] == ["ann", "bob", "cleo", "dora"]
    assert [c.published for c in comments][::3] == [
        datetime(2015, 1, 21, 15, 3),
        datetime(2016, 9, 27, 13, 10),
    ]
    assert comments[0].text.startswith("Kami, ez jó lehet?")
    assert comments[2].text.startswith("Mi Salt-ot vezetünk be.")


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "Intro. ( ann | 2015. január 21., szerda - 15:03 ) Hallo. ( bob | 2015. január 22., "
            "csütörtök - 14:01 ) Szia.",
            [
                "Intro. ",
                "( ann | 2015. január 21., szerda - 15:03 )",
                " Hallo. ",
                "( bob | 2015. január 22., csütörtök - 14:01 )",
                " Szia.",
            ],
        ),
        ("permalink ( ann | 2015. január 21., szerda - 15:03 ) Hallo.", None),
        ("Ich sage (Anna | Bernd) dazu nichts.", []),
        ("A long sentence that goes on ( ann | 2015. január 21., szerda - 15:03 ) Hallo.", []),
    ],
)
def test_parenthesised_headers_cut_paragraphs(text: str, pieces: list[str] | None) -> None:
    units = split_at_headers([Unit("p", text)], is_time)
    if pieces is None:  # a few words before the header: cut there
        assert [u.text for u in units][1:] == [
            "( ann | 2015. január 21., szerda - 15:03 )",
            " Hallo.",
        ]
    elif not pieces:
        assert [u.text for u in units] == [text]
    else:
        assert [u.text for u in units] == pieces


def test_deleted_accounts_are_no_authors() -> None:
    doc = (
        "# Post\n\nBody.\n\nlevel 1\n\n[ann](/user/ann/)\n\n· [4 yr. ago](https://e.org/c/a1/)\n\n"
        "First.\n\nlevel 2\n\n[deleted]\n\n· [4 yr. ago](https://e.org/c/b2/)\n\nGone.\n\n"
        "level 1\n\n[cleo](/user/cleo/)\n\n· [3 yr. ago](https://e.org/c/c3/)\n\nThird.\n"
    )
    first, third = from_markdown(doc, quotes=False).comments
    (reply,) = first.replies
    assert reply.author is None and reply.status is CommentStatus.DELETED
    assert reply.text == "Gone."
    assert first.author is not None and first.author.name == "ann"
    assert first.status is CommentStatus.PUBLISHED and third.text == "Third."


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("[ __](javascript:void\\(0\\)) 36", True),
        ("[ __](javascript:void\\(0\\))", True),
        ("[Reply](javascript:;) 1.2k", True),
        ("[ __](javascript:void\\(0\\)) I agree", False),
    ],
)
def test_script_buttons_with_a_vote_count_are_chrome(line: str, chrome: bool) -> None:
    doc = (
        "# Post\n\nBody.\n\n## 2 Kommentare\n\n* Ann sagt:\n\n"
        "[1. November 2023 um 11:17 Uhr](https://e.org/p/#comment-1)\n\n"
        f"Die schlechteste Besetzung.\n\n{line}\n"
    )
    (comment,) = from_markdown(doc, quotes=False).comments
    assert comment.author is not None and comment.author.name == "Ann"
    if chrome:
        assert comment.text == "Die schlechteste Besetzung."
    else:  # words after the button are the comment's
        assert comment.text.startswith("Die schlechteste Besetzung.\n\n")
        assert comment.text.endswith("I agree")


def _comments(first: int, last: int) -> str:
    return "".join(
        f"( user{i} | 2015. január {i + 1}., szerda - 15:03 )\n\nKomment {i}.\n\n"
        for i in range(first, last)
    )


def test_a_fence_left_open_by_a_converter_does_not_swallow_the_thread() -> None:
    # html-to-markdown closes a signature's code block on a line of its own but opened it inline
    doc = "# Post\n\nBody.\n\n## Hozzászólások\n\n" + _comments(0, 1) + "()_()\n```\n\n"
    doc += _comments(1, 12)
    comments = list(from_markdown(doc, quotes=False).iter_comments())
    assert [c.author.name for c in comments if c.author] == [f"user{i}" for i in range(12)]
    assert comments[11].text == "Komment 11."


def test_a_document_that_ends_in_code_keeps_it() -> None:
    doc = "# Post\n\nBody.\n\n```\ncode line\nmore code\n"
    article = from_markdown(doc, quotes=False)
    assert article.comments == ()
    assert [b.text for b in article.body][-1] == "code line\nmore code"


_SECTION = "# Title\n\nBody text of the article.\n\n## 3 Comments\n\n"
_TWO = "Ann · March 3, 2020\n\nThe first comment.\n\nBob · March 4, 2020\n\n"
_ANN = ("Ann", "The first comment.")


def _authors_and_texts(markdown: str) -> list[tuple[str | None, str]]:
    article = from_markdown(_SECTION + markdown, quotes=False)
    return [(c.author.name if c.author else None, c.text) for c in article.iter_comments()]


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        # one author line outside lists is no flat thread: its list items are comments
        (
            "Ann · March 3, 2020\n\nI like these points.\n\nAnd I said so before.\n\n"
            "- first point\n- second point\n",
            [
                ("Ann", "I like these points.\n\nAnd I said so before."),
                (None, "first point"),
                (None, "second point"),
            ],
        ),
        # two are: a list under a comment is its text
        (
            _TWO + "I like these points.\n\n- first point\n- second point\n",
            [_ANN, ("Bob", "I like these points.\n\nfirst point\n\nsecond point")],
        ),
        # a list item that opens with an avatar alone, a name or a date is a comment
        (
            _TWO + "The second comment.\n\n- ![](https://x.org/avatar.png)\n\n  Cy's text.\n",
            [_ANN, ("Bob", "The second comment."), (None, "Cy's text.")],
        ),
        (
            _TWO + "The second comment.\n\n- **Cy** says:\n\n  Cy's text.\n\n- Another item.\n",
            [_ANN, ("Bob", "The second comment."), ("Cy", "Cy's text."), (None, "Another item.")],
        ),
        (
            _TWO
            + "The second comment.\n\n- March 5, 2020 at 10:15 am\n\n  Cy's text.\n\n"
            + "- Another item.\n",
            [_ANN, ("Bob", "The second comment."), (None, "Cy's text."), (None, "Another item.")],
        ),
    ],
)
def test_when_lists_under_flat_author_lines_are_text(
    markdown: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _authors_and_texts(markdown) == expected


def test_a_list_item_that_opens_with_an_avatar_alone_is_a_comment_in_plain_text() -> None:
    # the plain-text reader keeps the avatar's "![alt](url)" as text
    text = (
        "Title\n\nBody text of the article.\n\n3 Comments\n\n"
        + _TWO
        + "The second comment.\n\n- ![avatar](https://x.org/avatar.png)\n\n  Cy's text.\n"
    )
    article = from_text(text, quotes=False)
    assert [(c.author.name if c.author else None, c.text) for c in article.iter_comments()] == [
        _ANN,
        ("Bob", "The second comment."),
        (None, "Cy's text."),
    ]


def _lines(count: int) -> str:
    return "".join(f"Line {i} of the text.\n\n" for i in range(1, count + 1))


# a list item with an author line at the end: the thread's lists are comments, not text
_LIST_REPLY = "- Eve · March 7, 2020\n\n  A reply in a list.\n"


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        # an author line after the heading: the heading is a line of the comment's text
        (
            "Ann · March 3, 2020\n\nRun this:\n\n### sudo apt install foo\n\n"
            "That is all it takes.\n\nBob · March 4, 2020\n\nThanks.\n\n" + _LIST_REPLY,
            [
                ("Ann", "Run this:\n\nsudo apt install foo\n\nThat is all it takes."),
                ("Bob", "Thanks."),
                ("Eve", "A reply in a list."),
            ],
        ),
        # another heading, or a list, before the author line: the thread ends at the heading
        (
            "Ann · March 3, 2020\n\nFirst.\n\n### Related articles\n\n### More\n\n"
            "Bob · March 4, 2020\n\nSecond.\n\n" + _LIST_REPLY,
            [("Ann", "First.")],
        ),
        (
            "Ann · March 3, 2020\n\nFirst.\n\n### Popular posts\n\n- [A post](https://x.org/p)\n\n"
            "Bob · March 4, 2020\n\nSecond.\n\n" + _LIST_REPLY,
            [("Ann", "First.")],
        ),
        # the author line is looked for in the 12 units after the heading
        (
            "Ann · March 3, 2020\n\nFirst.\n\n### A heading\n\n"
            + _lines(11)
            + "Bob · March 4, 2020\n\nSecond.\n",
            [
                ("Ann", "First.\n\nA heading\n\n" + _lines(11).strip()),
                ("Bob", "Second."),
            ],
        ),
        (
            "Ann · March 3, 2020\n\nFirst.\n\n### A heading\n\n"
            + _lines(12)
            + "Bob · March 4, 2020\n\nSecond.\n",
            [("Ann", "First.")],
        ),
    ],
)
def test_a_heading_inside_a_thread_ends_it_unless_an_author_line_follows_soon(
    markdown: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _authors_and_texts(markdown) == expected


def test_a_heading_at_the_end_of_a_thread_is_no_comment_title() -> None:
    assert _authors_and_texts("Ann · March 3, 2020\n\nFirst.\n\n### Closing words\n") == [
        ("Ann", "First.")
    ]


def test_a_comment_title_has_its_author_line_within_the_next_two_units() -> None:
    # two anchors between the heading and the author line: the heading is no title, it stays
    # text of the comment above (the bound as it is; the anchors still name Bob's comment)
    md = (
        "Ann · March 3, 2020\n\nFirst.\n\n### Great post\n\n"
        '<span id="a"></span>\n\n<span id="b"></span>\n\nBob · March 4, 2020\n\nSecond.\n'
    )
    article = from_markdown(_SECTION + md, quotes=False)
    assert [(c.id, c.author.name if c.author else None, c.text) for c in article.comments] == [
        ("c1", "Ann", "First.\n\nGreat post"),
        ("b", "Bob", "Second."),
    ]


def test_a_short_line_opening_with_and_or_as_stays_text() -> None:
    # "As"/"And" are no "a" + a unit of time ("s", "d"): "a" needs a space before its unit
    md = (
        "Ann · March 3, 2020\n\nI tried it.\n\nAs always.\n\n"
        "Bob · March 4, 2020\n\nThanks.\n\nAnd it works.\n"
    )
    assert _authors_and_texts(md) == [
        ("Ann", "I tried it.\n\nAs always."),
        ("Bob", "Thanks.\n\nAnd it works."),
    ]


def test_text_before_the_first_author_line_of_a_flat_thread_is_chrome() -> None:
    md = "Sort by: newest\n\nAnn · March 3, 2020\n\nFirst.\n\nBob · March 4, 2020\n\nSecond.\n"
    assert _authors_and_texts(md) == [("Ann", "First."), ("Bob", "Second.")]


def test_a_level_line_in_a_list_under_a_flat_comment_is_its_text() -> None:
    md = _TWO + "Steps:\n\n- level 2\n- level 3\n"
    assert _authors_and_texts(md) == [_ANN, ("Bob", "Steps:\n\nlevel 2\n\nlevel 3")]


def test_a_fence_glued_to_a_line_of_text_opens_the_code_there() -> None:
    # html-to-markdown writes a <pre> in a table cell as "… alant: ```", the code lines, and
    # "```" alone: CommonMark read that closing fence as an opening one and swallowed the
    # comments down to the next signature's fence
    sig = "-- Ki oda vágyik: ```\n()=()\n('Y') Blog\n()_()\n```\n\n"
    doc = "# Post\n\nBody.\n\n## 3 hozzászólás\n\n"
    doc += "( ann | 2015. január 21., szerda - 15:03 ) Első komment. " + sig
    doc += "( bob | 2015. január 21., szerda - 16:03 ) Második komment.\n\n"
    doc += "( cy | 2015. január 21., szerda - 17:03 ) Harmadik komment. " + sig
    comments = from_markdown(doc, quotes=False).comments
    assert [(c.author.name if c.author else None, c.text.split(" -- ")[0]) for c in comments] == [
        ("ann", "Első komment."),
        ("bob", "Második komment."),
        ("cy", "Harmadik komment."),
    ]
    assert comments[0].text == "Első komment. -- Ki oda vágyik:\n\n()=()\n('Y') Blog\n()_()"


@pytest.mark.parametrize(
    "text",
    [
        "see `x` ```\nfoo\n```\n",  # other backticks on the line: inline code, left alone
        "a ```\n\nfoo\n```\n",  # a blank line before the closing fence
        "a ```\nfoo\n```js\n",  # no bare closing fence
    ],
)
def test_glued_fences_left_alone(text: str) -> None:
    assert undo_fence_quirks(text) == text


def test_short_lines_after_the_thread_are_no_comments() -> None:
    # a sidebar list after a thread whose end the page did not mark: one short line each,
    # no header, after the last comment with one; a pingback stays
    doc = (
        "# T\n\nBody.\n\n## 3 Comments\n\n"
        "* **Ann** says:\n\n  March 3, 2020 at 10:15 am\n\n  First.\n\n"
        "* **Bob** says:\n\n  March 4, 2020 at 10:15 am\n\n  Second.\n\n"
        "* **Cy** says:\n\n  March 5, 2020 at 10:15 am\n\n  Third.\n\n"
        "Follow the author\n\n* [YouTube](https://youtube.com/x)\n* [RSS Feed](/feed/)\n"
    )
    got = [
        (c.author.name if c.author else None, c.text)
        for c in from_markdown(doc, quotes=False).comments
    ]
    assert got == [("Ann", "First."), ("Bob", "Second."), ("Cy", "Third.\n\nFollow the author")]
    pingback = doc.replace("* [YouTube]", "* Pingback: A post that links here\n* [YouTube]")
    got = [c.text for c in from_markdown(pingback, quotes=False).comments]
    assert got[3:] == ["Pingback: A post that links here"]
