"""Chrome in comment sections recognised by shape: header lists, text lists, vote counts, buttons."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsthread.markdown import from_markdown
from newsthread.markdown._comments import _starts_comment, header_piece, is_boilerplate
from newsthread.markdown._reader import markdown_units
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


def test_an_image_a_converter_left_as_text_is_dropped_from_a_comment() -> None:
    doc = (
        "Body.\n\n## 2 Comments\n\nAnn Lee · March 3, 2024\n\n![](data:image/png;base64,AAAA)\n\n"
        "Great piece.\n\nBob Stone · March 4, 2024\n\nI disagree.\n"
    )
    assert shape(from_markdown(doc, quotes=False).comments) == [
        (0, "Ann Lee", "Great piece."),
        (0, "Bob Stone", "I disagree."),
    ]


def test_chrome_lines_are_judged_up_to_300_characters() -> None:
    assert is_boilerplate("=" * 295 + "Reply")  # 300 characters, the edges cut off
    assert not is_boilerplate("=" * 296 + "Reply")
    assert is_boilerplate("![](data:image/png;base64,AAAA)")


@pytest.mark.parametrize(
    ("line", "piece"),
    [
        ("Ann Lee · 3 hours ago", "header"),
        ("Ann Lee · March 3, 2024", "header"),
        ("3 hours ago", "time"),
        ("March 3, 2024", "time"),
        ("**Ann Lee** says:", ""),
        ("Reply", "chrome"),
    ],
)
def test_what_one_line_of_a_comment_header_is(line: str, piece: str) -> None:
    [unit] = markdown_units(line)
    assert header_piece(unit) == piece


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("Ann Lee · March 3, 2024", True),
        ("### Ann Lee · March 3, 2024", True),
        ("Ann Lee · 3 hours ago", True),
        ("level 2", True),
        ("[Ann Lee](https://example.com/user/ann) [3 hours ago](https://example.com/c/1)", True),
        ("> Ann Lee · March 3, 2024", False),  # a quoted header is quoted text
        ("    Ann Lee · March 3, 2024", False),  # a code block
        ("**Ann Lee** says:", False),  # no time: an article's byline has this shape too
        ("3 hours ago", False),
        ("see [this](https://example.com/x)", False),  # a link alone is no header
    ],
)
def test_which_lines_open_a_comment_on_their_own(line: str, opens: bool) -> None:
    [unit] = markdown_units(line)
    assert _starts_comment(unit) is opens


TEXT_LIST = (
    "Body.\n\n## Comments\n\n- {ann}\n\n  Great piece.\n\n  - {point}\n  - another point\n\n"
    "- {bob}\n\n  I disagree.\n"
)
FOLDED = [
    (0, "Ann Lee", "Great piece.\n\na point\n\nanother point"),
    (0, "Bob Stone", "I disagree."),
]


@pytest.mark.parametrize(
    ("ann", "bob"),
    [
        ("### Ann Lee · March 3, 2024", "### Bob Stone · March 4, 2024"),
        (
            "[Ann Lee](https://example.com/user/ann) [3 hours ago](https://example.com/c/1)",
            "[Bob Stone](https://example.com/user/bob) [2 hours ago](https://example.com/c/2)",
        ),
    ],
)
def test_a_list_without_headers_under_headed_items_is_text(ann: str, bob: str) -> None:
    # the items' headers are headings or profile-and-time links: either way they are headed
    doc = TEXT_LIST.format(ann=ann, bob=bob, point="a point")
    assert shape(from_markdown(doc, quotes=False).comments) == FOLDED


def test_a_link_in_a_list_item_is_no_header() -> None:
    doc = TEXT_LIST.format(
        ann="Ann Lee · March 3, 2024",
        bob="Bob Stone · March 4, 2024",
        point="see [this](https://example.com/x)",
    )
    assert shape(from_markdown(doc, quotes=False).comments) == [
        (0, "Ann Lee", "Great piece.\n\nsee this\n\nanother point"),
        (0, "Bob Stone", "I disagree."),
    ]


def test_only_the_first_three_blocks_of_an_item_can_hold_its_header() -> None:
    doc = (
        "Body.\n\n## Comments\n\n- Ann Lee · March 3, 2024\n\n  Great piece.\n\n  - one\n\n"
        "    two\n\n    three\n\n    Cy Dee · March 5, 2024\n\n- Bob Stone · March 4, 2024\n\n"
        "  I disagree.\n"
    )
    assert shape(from_markdown(doc, quotes=False).comments) == [
        (0, "Ann Lee", "Great piece.\n\none\n\ntwo\n\nthree\n\nCy Dee · March 5, 2024"),
        (0, "Bob Stone", "I disagree."),
    ]


def flat_thread(texts: list[str], repeated: str, repeats: int) -> str:
    """A thread of author-line comments, the first ``repeats`` of them ending with ``repeated``."""
    parts = ["Body.\n\n## Comments\n\n"]
    for i, text in enumerate(texts):
        parts.append(f"Ann{i} Lee · March {i + 1}, 2024\n\n{text}\n\n")
        if i < repeats:
            parts.append(f"{repeated}\n\n")
    return "".join(parts)


@pytest.mark.parametrize(
    ("comments", "repeats", "repeated", "dropped"),
    [
        (4, 2, "Flag this post", False),  # twice is no pattern
        (6, 3, "Flag this post", True),  # three times, in half the comments
        (7, 3, "Flag this post", False),  # three times, in fewer than half
        (4, 3, "12345", False),  # no letter: a number, not a button
        (4, 3, "x" * 120, True),
        (4, 3, "x" * 121, False),  # longer than a button row
    ],
)
def test_a_short_line_most_comments_repeat_is_chrome(
    comments: int, repeats: int, repeated: str, dropped: bool
) -> None:
    texts = [f"Comment number {i}." for i in range(comments)]
    doc = flat_thread(texts, repeated, repeats)
    got = [text for _, _, text in shape(from_markdown(doc, quotes=False).comments)]
    kept = [f"{text}\n\n{repeated}" if i < repeats else text for i, text in enumerate(texts)]
    assert got == (texts if dropped else kept)


THREAD_END = (
    "Body.\n\n## Comments\n\nAnn Lee · March 3, 2024\n\nGreat piece.\n\n"
    "Bob Stone · March 4, 2024\n\nI disagree.\n\n{end}\n\nFooter text.\n"
)


@pytest.mark.parametrize("end", ["Comments are closed.", "Leave a Reply"])
def test_what_follows_a_closed_or_form_line_is_no_comment(end: str) -> None:
    article = from_markdown(THREAD_END.format(end=end), quotes=False)
    assert shape(article.comments) == [
        (0, "Ann Lee", "Great piece."),
        (0, "Bob Stone", "I disagree."),
    ]


def test_a_comments_closed_line_in_a_list_item_does_not_end_the_thread() -> None:
    doc = (
        "Body.\n\n## Comments\n\n- Ann Lee · March 3, 2024\n\n  Great piece.\n\n"
        "  Comments are closed.\n\n- Bob Stone · March 4, 2024\n\n  I disagree.\n"
    )
    assert shape(from_markdown(doc, quotes=False).comments) == [
        (0, "Ann Lee", "Great piece."),
        (0, "Bob Stone", "I disagree."),
    ]


def test_a_chrome_line_is_cut_out_of_a_paragraph() -> None:
    doc = (
        "Body.\n\n## Comments\n\nAnn Lee · March 3, 2024\n\nGreat piece.\\\nReply\\\nTruly.\n\n"
        "Bob Stone · March 4, 2024\n\nI disagree.\n"
    )
    article = from_markdown(doc, quotes=False)
    assert shape(article.comments) == [
        (0, "Ann Lee", "Great piece.\nTruly."),
        (0, "Bob Stone", "I disagree."),
    ]


def test_an_inline_header_gives_author_date_and_permalink() -> None:
    doc = (
        "Body.\n\n## Comments\n\n[Ann Lee](https://example.com/user/ann) "
        "[March 3, 2024](https://example.com/c/1)\n\nGreat piece.\n\n"
        "[Bob Stone](https://example.com/user/bob) [March 4, 2024](https://example.com/c/2)\n\n"
        "I disagree.\n"
    )
    got = [
        (
            c.author.name if c.author else None,
            c.author.url if c.author else None,
            c.published,
            c.url,
        )
        for c in from_markdown(doc, quotes=False).comments
    ]
    assert got == [
        (
            "Ann Lee",
            "https://example.com/user/ann",
            datetime(2024, 3, 3),
            "https://example.com/c/1",
        ),
        (
            "Bob Stone",
            "https://example.com/user/bob",
            datetime(2024, 3, 4),
            "https://example.com/c/2",
        ),
    ]


def test_a_bullet_line_flush_left_in_a_comment_does_not_take_the_comments_after_it() -> None:
    # html2text leaves a typed "* " after a <br> unescaped: a list item at column 0 that
    # CommonMark makes the parent of the indented comments after it; it is a line of text
    # (a marker right after a hard break is escaped; a flush-left list left of every headed
    # item would be folded into the text too)
    article = load("flush_left_text_list", "html2text")
    assert shape(article.comments) == [
        (
            0,
            "Ann",
            "Language is a city to which every one brings a stone.*\n\n"
            "That is how I see it too. -\n* Said by a poet\nHe says it better than I can.",
        ),
        (0, "Bob", "Thanks for the quotation."),
        (0, "Cleo", "Whose words are they?"),
    ]


@pytest.mark.parametrize("converter", ["markdownify", "html-to-markdown", "markitdown", "pandoc"])
def test_a_typed_bullet_stays_in_the_comment_text(converter: str) -> None:
    article = load("flush_left_text_list", converter)
    assert [(d, n) for d, n, _ in shape(article.comments)] == [(0, "Ann"), (0, "Bob"), (0, "Cleo")]
    assert "Said by a poet" in article.comments[0].text


def test_a_header_line_whose_button_line_is_cut_is_still_read() -> None:
    # "Bob · March 4, 2020" and "Reply" in one paragraph (a hard break): the button goes, the
    # header is read from what is left
    doc = (
        "# Title\n\nBody text of the article.\n\n## 3 Comments\n\n"
        "Ann · March 3, 2020\n\nFirst.\n\nBob · March 4, 2020\\\nReply\n\nSecond.\n"
    )
    article = from_markdown(doc, quotes=False)
    assert [
        (c.author.name if c.author else None, c.published, c.text) for c in article.comments
    ] == [
        ("Ann", datetime(2020, 3, 3), "First."),
        ("Bob", datetime(2020, 3, 4), "Second."),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "▲ 15 ▼ 2 Responder Compartir Denunciar",
        "12 • Reply • Share \u203a",
        "Like 3 · Reply · Report",
        "Gefällt mir 5 | Antworten | Melden",
        "👍 4 Ответить Поделиться",
        "•",
        "\u203a »",
    ],
)
def test_button_rows_and_separators_are_chrome(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line", ["I like this reply", "Share this with your friends", "42 is the answer", "|", "-"]
)
def test_sentences_and_table_pieces_are_no_button_rows(line: str) -> None:
    assert not is_boilerplate(line)


def test_footer_after_a_load_more_button_is_no_comment_text() -> None:
    doc = (
        "Body.\n\n## Comments (2)\n\n"
        "[ann](/user/ann) 3 hours ago\n\nFirst text.\n\n"
        "[bob](/user/bob) 2 hours ago\n\nSecond text.\n\n"
        "[Load more comments](?page=2)\n\n* [Imprint](/imprint)\n* [Contact](/contact)\n"
    )
    article = from_markdown(doc, quotes=False)
    assert shape(article.comments) == [(0, "ann", "First text."), (0, "bob", "Second text.")]


def test_a_widgets_tab_bar_above_a_list_of_comments_is_dropped() -> None:
    # the tabs are items of the same list as the comments (a converter's loose list)
    doc = (
        "Body.\n\n## 2 comments\n\n* Login\n\n* Recommend\n* Sort by Best\n\n"
        "* [Ann](/user/ann) • 2 hours ago\n\n  First text.\n\n"
        "* [Bob](/user/bob) • 1 hour ago\n\n  Second text.\n\n"
        "* [Cy](/user/cy) • 5 minutes ago\n\n  Third text.\n"
    )
    article = from_markdown(doc, quotes=False)
    assert shape(article.comments) == [
        (0, "Ann", "First text."),
        (0, "Bob", "Second text."),
        (0, "Cy", "Third text."),
    ]


def test_a_headerless_comment_in_a_list_of_comments_stays() -> None:
    # a longer first item is a comment without a header, not a tab
    doc = (
        "Body.\n\n## 4 comments\n\n* A comment by someone who left no name at all.\n\n"
        "* [Ann](/user/ann) • 2 hours ago\n\n  First text.\n\n"
        "* [Bob](/user/bob) • 1 hour ago\n\n  Second text.\n\n"
        "* [Cy](/user/cy) • 5 minutes ago\n\n  Third text.\n"
    )
    texts = [c.text for c in from_markdown(doc, quotes=False).comments]
    assert texts[0] == "A comment by someone who left no name at all."
    assert len(texts) == 4


ISSO = [
    (0, "Giulia", "Add the milk before the tomatoes, it makes the meat tender."),
    (0, "Anonymous", "Whole milk or does skimmed work too?"),
    (0, "Tom", "Made it yesterday, the kids asked for seconds."),
]


@pytest.mark.parametrize(
    "converter", ["html2text", "markdownify", "html-to-markdown", "markitdown"]
)
def test_isso_glued_buttons_and_the_footer_after_the_last_row(converter: str) -> None:
    # Isso: "[Giulia](site)•[2 years ago](#isso-12)", the text, "4|[Reply](#)[Edit](#)[Delete](#)"
    # ("4|ReplyEditDelete" once the converter dropped the links); the page's footer after
    # the last comment's button row is no part of its text. The reply's depth (nested
    # div.isso-follow-up) is not in these converters' Markdown
    article = load("thread_isso", converter)
    assert shape(article.comments) == ISSO
    assert article.comments[0].author is not None
    assert article.comments[0].author.url == "https://giulia.example"


def test_text_after_a_button_row_stays_when_the_other_comments_have_text_after_theirs() -> None:
    doc = (
        "Body.\n\n## Comments\n\n"
        "Ann · 2 hours ago\n\nFirst.\n\nReply\n\nA second paragraph after the row.\n\n"
        "Bob · 1 hour ago\n\nSecond.\n\nReply\n\nMore of Bob.\n\n"
        "Cy · 5 minutes ago\n\nThird.\n\nReply\n\nMore of Cy.\n"
    )
    texts = [c.text for c in from_markdown(doc, quotes=False).comments]
    assert texts[-1] == "Third.\n\nMore of Cy."
