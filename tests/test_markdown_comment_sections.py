# ruff: noqa: RUF001
"""Where the comment section starts: count headings by structure, and runs of comment headers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import pytest

from newsthread import Article, Comment
from newsthread.markdown import from_markdown
from newsthread.markdown._comments import _without_links, find_section, section_count
from newsthread.markdown._reader import markdown_units
from newsthread.markdown._section import count_line
from newsthread.markdown._units import Unit
from newsthread.model import Link

CONVERTED = Path(__file__).parent / "data" / "markdown" / "converted"
CONVERTERS = ["html2text", "markdownify", "html-to-markdown", "markitdown", "pandoc"]


def in_order(comments: Sequence[Comment]) -> list[tuple[int, Comment]]:
    """(depth, comment) of every comment in document order, without recursion."""
    out: list[tuple[int, Comment]] = []
    stack = [(c, 0) for c in reversed(comments)]
    while stack:
        comment, depth = stack.pop()
        out.append((depth, comment))
        stack.extend((r, depth + 1) for r in reversed(comment.replies))
    return out


def author(comment: Comment) -> str | None:
    return comment.author.name if comment.author else None


def shape(comments: Sequence[Comment]) -> list[tuple[int, str | None, str]]:
    """(depth, author, text) of every comment in document order."""
    return [(depth, author(c), c.text) for depth, c in in_order(comments)]


def load(name: str, converter: str) -> Article:
    return from_markdown((CONVERTED / f"{name}.{converter}.md").read_bytes(), quotes=False)


@pytest.mark.parametrize(
    ("line", "heading", "count"),
    [
        ("12 Kommentare", False, 12),
        ("12Comments", False, 12),
        ("Комментарии (5)", True, 5),
        ("This post has 80 comments", False, 80),
        ("Se han publicado 11 comentarios", True, 11),
        ("80 Leser-Kommentare", False, 80),
        ("Comments: 3", False, 3),
        ("1.234 Kommentare", True, 1234),
        ("117 hozzászólás", True, 117),
    ],
)
def test_count_lines_in_any_shape(line: str, heading: bool, count: int) -> None:
    assert count_line(line, heading) == (True, count)


@pytest.mark.parametrize(
    "line",
    [
        "43 more replies",
        "Load 5 more comments",
        "5 Things to know",
        "In 1990 the commentators said many things about it today",
        "We read all 12 comments and the letters that came in after the article ran",
    ],
)
def test_lines_that_are_no_count(line: str) -> None:
    assert count_line(line, False) == (False, None)


@pytest.mark.parametrize("converter", CONVERTERS)
def test_russian_count_heading_opens_the_section(converter: str) -> None:
    article = load("section_russian", converter)
    assert article.declared_comment_count == 3
    assert [b.text for b in article.body] == [
        "Новости недели",
        "Текст статьи о погоде и городе.",
        "Второй абзац статьи.",
    ]
    assert shape(article.comments) == [
        (0, "Иван", "Отличная статья, спасибо."),
        (1, "Мария", "Согласна с Иваном."),
        (0, "Пётр", "А где продолжение?"),
    ]
    assert [c.extra["date_text"] for c in article.iter_comments()] == [
        "3 дня назад",
        "2 дня назад",
        "вчера",
    ]


@pytest.mark.parametrize("converter", CONVERTERS)
def test_count_in_a_sentence_opens_the_section(converter: str) -> None:
    article = load("section_sentence", converter)
    assert article.declared_comment_count == 3
    assert shape(article.comments) == [
        (0, "Ann", "Lovely garden."),
        (1, "Bob", "Thanks, Ann!"),
        (0, "Cleo", "Which variety?"),
    ]
    assert [c.published.hour for c in article.iter_comments() if c.published] == [10, 11, 9]


@pytest.mark.parametrize("converter", CONVERTERS)
def test_a_run_of_headers_opens_a_section_without_heading(converter: str) -> None:
    article = load("section_no_heading", converter)
    assert article.declared_comment_count is None
    assert [b.text for b in article.body][-1] == "More on that next week."
    assert shape(article.comments) == [
        (0, "Ann", "Finally a budget."),
        (0, "Bob", "It is late, though."),
        (0, "Cleo", "Better late than never."),
    ]
    assert [c.author.url for c in article.comments if c.author] == [
        "/user/ann",
        "/user/bob",
        "/user/cleo",
    ]


def test_one_byline_is_no_run() -> None:
    doc = "[Ann](/user/ann) · 4 hours ago\n\nThe council met.\n\nIt agreed on a budget.\n"
    article = from_markdown(doc, quotes=False)
    assert article.comments == () and len(article.body) == 3


def test_load_more_stubs_do_not_open_a_section() -> None:
    doc = "Body text.\n\n" + "".join(
        f"level {level}\n\n[{name}](/user/{name}/)\n\n· 2 hr. ago\n\nText of {name}.\n\n43 more replies\n\n"
        for level, name in [(1, "ann"), (2, "bob"), (1, "cleo")]
    )
    article = from_markdown(doc, quotes=False)
    assert [b.text for b in article.body] == ["Body text."]
    assert article.declared_comment_count is None
    assert shape(article.comments) == [
        (0, "ann", "Text of ann."),
        (1, "bob", "Text of bob."),
        (0, "cleo", "Text of cleo."),
    ]


@pytest.mark.parametrize("converter", CONVERTERS)
def test_a_named_heading_opens_the_section_when_comment_dates_follow(converter: str) -> None:
    article = load("late_headers", converter)
    # "Les plus lus" holds a date too, but no comment word; "Vos réactions" opens the section
    assert [b.text for b in article.body][:2] == ["Deux ans et demi", "Le texte de l’article."]
    assert article.body[-1].text == "Un autre article"
    assert article.comments[0].text == "très bien vos infos."


def test_a_named_heading_without_dates_after_it_is_body() -> None:
    doc = "# Titre\n\nTexte.\n\n## Les réactions\n\nLe ministre a salué le plan.\n\nD’autres non.\n"
    article = from_markdown(doc, quotes=False)
    assert article.comments == () and len(article.body) == 5


def test_comments_closed_above_the_thread_does_not_end_it() -> None:
    article = load("yearless_dates", "markdownify")
    assert len(list(article.iter_comments())) == 3


def test_list_markers_indented_with_no_break_spaces() -> None:
    # markdownify writes some nested markers after a no-break space; they are list items
    # (nested by their column, as html2text's), not text of the comment before
    doc = "Body.\n\n## 2 Comments\n\n* **Ann** says:\n\n  First.\n\u00a0* **Bob** says:\n\n  Second.\n"
    article = from_markdown(doc, quotes=False)
    assert shape(article.comments) == [(0, "Ann", "First."), (1, "Bob", "Second.")]


def read(doc: str) -> tuple[list[str], list[tuple[int, str | None, str]]]:
    """The body's texts and the comments' shape of a Markdown document."""
    article = from_markdown(doc, quotes=False)
    return [block.text for block in article.body], shape(article.comments)


def test_a_comments_line_opens_the_section_when_a_time_line_follows() -> None:
    # a time alone is no comment opener (no author), yet it confirms the "View Comments" line
    doc = "Body one.\n\nView Comments\n\nMarch 3, 2024 at 10:12\n\nGreat piece.\n"
    assert read(doc) == (["Body one."], [(0, None, "Great piece.")])


def test_a_comments_line_opens_the_section_when_a_quoted_header_follows() -> None:
    doc = "Body one.\n\nView Comments\n\n> Ann Lee · March 3, 2024\n\nGreat piece.\n"
    assert read(doc) == (["Body one."], [(0, "Ann Lee", "Great piece.")])


@pytest.mark.parametrize(
    "doc",
    [
        "Body one.\n\nView Comments\n\nMore body text here.\n",
        # the byline above the button does not confirm it: only what follows does
        "Body one.\n\nBy Tom Berg, March 3, 2024\n\nView Comments\n\nMore body text here.\n",
    ],
)
def test_a_comments_button_without_headers_after_it_is_body(doc: str) -> None:
    body, comments = read(doc)
    assert comments == [] and body == [p.strip() for p in doc.split("\n\n")]


@pytest.mark.parametrize(("between", "opens"), [(39, True), (40, False)])
def test_a_comments_line_is_confirmed_by_a_header_40_units_after_it(
    between: int, opens: bool
) -> None:
    filler = "".join(f"Paragraph {n} of the page.\n\n" for n in range(between))
    doc = f"Body one.\n\nView Comments\n\n{filler}March 3, 2024 at 10:12\n\nGreat piece.\n"
    body, comments = read(doc)
    assert (body == ["Body one."]) is opens
    assert (comments == []) is not opens


def test_an_anchored_section_heading_gives_its_count_anywhere() -> None:
    # the anchor alone decides: in a list item or a quote, with links, the count is still read
    for unit in (
        Unit("h", "12 comments", depth=1, anchor="comments"),
        Unit("h", "12 comments", quote=0, anchor="comments"),
        Unit("h", "12 comments", links=[Link(0, 11, "#c")], anchor="comments"),
    ):
        assert section_count(unit) == (True, 12)
    assert section_count(Unit("h", "12 comments", depth=1)) == (False, None)


def test_the_links_of_a_heading_are_cut_out_of_its_text() -> None:
    [unit] = markdown_units("## [Log in](#l)[Sign up](#s) Comments (4) [Write](#w)")
    assert _without_links(unit) == "Comments (4)"
    assert section_count(unit) == (True, 4)
    [unit] = markdown_units("## [Log in](#l) [Sign up](#s)")
    assert _without_links(unit) == ""


@pytest.mark.parametrize(
    ("markdown", "verdict"),
    [
        ("## Comments [Subscribe](#s)", (True, None)),  # the links of a heading are cut
        ("## Comments Leave a comment", (True, None)),  # the form link's text stayed
        ("Comments Leave a comment", (False, None)),  # only a heading is read so
        ("## Comments policy", (False, None)),
        ("## [Log in](#l) 12 Kommentare zum Artikel", (True, 12)),
        ("[12 Kommentare zum Artikel](#c)", (False, None)),  # a link at the top of a page
        ("## 12 Kommentare | Diskussion", (True, 12)),
        ("12 Kommentare | Diskussion", (False, None)),  # a meta line above an article
        ("> 12 comments", (False, None)),
        ("1 comment", (True, 1)),
        ("Comment", (False, None)),  # a lone "Comment" is a form label
        ("## Comment", (True, None)),
        ("## Antworten", (False, None)),  # a "reply" button, not a section
        ("Réponses", (False, None)),
        ("## Gedanken", (False, None)),
        ("## Respuestas", (False, None)),
        ("## 3 Gedanken", (True, 3)),
        ("[45 comments](#c)", (False, None)),  # a link to the thread at the top of a page
        ("- 12 comments", (False, None)),
    ],
)
def test_which_units_open_a_comment_section(
    markdown: str, verdict: tuple[bool, int | None]
) -> None:
    [unit] = markdown_units(markdown)
    assert section_count(unit) == verdict


def test_a_section_line_is_read_up_to_400_characters() -> None:
    line = "Comments on the plan{} (5)"
    at_most = Unit("p", line.format(" " * (400 - len(line.format("")))))
    too_long = Unit("p", line.format(" " * (401 - len(line.format("")))))
    assert (len(at_most.text), len(too_long.text)) == (400, 401)
    assert section_count(at_most) == (True, 5)
    assert section_count(too_long) == (False, None)
    assert section_count(Unit("p", "12\ncomments")) == (False, None)  # one line only


def test_an_anchored_section_heading_opens_the_section_whatever_its_words() -> None:
    assert section_count(Unit("h", "Discuss this article", anchor="comments")) == (True, None)
    assert section_count(Unit("h", "Discuss this article")) == (False, None)


REACTIONS = "Texte.\n\n{before}## Vos réactions\n\n{after}"
ANN = "Ann Lee · March 3, 2024\n\nTrès bien.\n\n"
BOB = "Bob Stone · March 4, 2024\n\nD’accord.\n"


def test_a_named_heading_is_confirmed_by_two_headers_after_it() -> None:
    assert read(REACTIONS.format(before="", after=ANN + BOB)) == (
        ["Texte."],
        [(0, "Ann Lee", "Très bien."), (0, "Bob Stone", "D’accord.")],
    )
    # one header after it is not enough, and a byline above it does not count
    body, comments = read(REACTIONS.format(before="", after=ANN + "Fin.\n"))
    assert comments == [] and body[1:3] == ["Vos réactions", "Ann Lee · March 3, 2024"]
    byline = "Tom Berg · March 2, 2024\n\n"
    body, comments = read(REACTIONS.format(before=byline, after=ANN + "Fin.\n"))
    assert comments == [] and body[2] == "Vos réactions"


@pytest.mark.parametrize(("between", "opens"), [(37, True), (38, False)])
def test_a_named_heading_looks_40_units_ahead(between: int, opens: bool) -> None:
    filler = "".join(f"Paragraph {n} of the page.\n\n" for n in range(between))
    body, comments = read(REACTIONS.format(before="", after=ANN + filler + BOB))
    assert (body == ["Texte."]) is opens
    assert (comments == []) is not opens


def test_a_count_line_wins_over_headers_above_it() -> None:
    # three author lines in the article (a list of quotes with dates) and then the count line
    quotes = "".join(
        f"{name} · March {day}, 2024\n\nA sentence of the article.\n\n"
        for name, day in [("Ann Lee", 1), ("Bob Stone", 2), ("Cy Dee", 3)]
    )
    doc = f"Texte.\n\n{quotes}12 comments\n\nDan Roe · March 5, 2024\n\nGood.\n"
    body, comments = read(doc)
    assert len(body) == 7 and comments == [(0, "Dan Roe", "Good.")]


def test_a_document_newsthread_wrote_has_a_section_only_at_its_anchor() -> None:
    units = markdown_units("Text.\n\n## 3 Comments\n\nAnn Lee · March 3, 2024\n\nHi.\n")
    assert find_section(units, ours=True) == (4, None, True, True)
    assert find_section(units) == (1, 3, False, True)


def test_a_count_line_followed_by_comments_wins_over_one_under_the_title() -> None:
    # html2text keeps "9th May 2023 20 comments" under the title as text (markdownify as a
    # link, which never opens the section): the count line the thread follows is the section
    doc = (
        "# A post\n\n13 min read 9th May 2023 20 comments\n\n"
        + "A paragraph of the article.\n\n" * 45  # the thread is far below this line
        + "20 comments, sorted by\n\n"
        "[-][ann](/users/ann)[3mo ](/posts/1?commentId=a1) 47 33\n\nFirst comment here.\n\n"
        "[-][bob](/users/bob)[2mo ](/posts/1?commentId=b2) 4 3\n\nSecond comment here.\n"
    )
    article = from_markdown(doc, quotes=False)
    assert len(article.body) == 47 and article.body[-1].text == "A paragraph of the article."
    assert article.declared_comment_count == 20
    named = [(c.author.name, c.text) for c in article.comments if c.author]
    # the vote counts after the time are no text
    assert named == [("ann", "First comment here."), ("bob", "Second comment here.")]


@pytest.mark.parametrize("converter", CONVERTERS)
def test_the_count_line_above_the_thread_opens_it(converter: str) -> None:
    # "13 min read 9th May 2023 20 comments" under the title (text in html2text's output, a
    # link in the others'), the thread 45 paragraphs below under "20 comments, sorted by";
    # each header opens with a collapse button whose javascript: link markdown-it-py refuses
    article = load("late_count_line", converter)
    assert len(article.body) == 47 and article.declared_comment_count == 20
    assert [(c.author.name if c.author else None, c.text) for c in article.comments] == [
        ("ann", "Schindler had a concrete thing he was able to do."),
        ("bob", "Depending on what you count, we had scaling laws."),
        ("cleo", "Both of these points hold, I think."),
    ]


@pytest.mark.parametrize("converter", ["markdownify", "html-to-markdown", "markitdown", "pandoc"])
def test_a_run_of_says_lines_with_the_date_below_opens_the_section(converter: str) -> None:
    # no count heading; each comment opens with "**Name** sagt:" and its date on the next line
    # (html2text writes the reply's marker right after "Zum Antworten anmelden", which
    # CommonMark continues as one line: that reply is not read apart there)
    article = load("says_lines_no_heading", converter)
    comments = list(article.iter_comments())
    assert [(c.author.name if c.author else None, c.text) for c in comments] == [
        ("Graugans", "Gratis schreibt man klein."),
        ("Graugans", "Böse, böse Autokorrektur!"),
        ("andiY", "Heisst das nicht manni-fest?"),
        ("RLoecker", "Der Nikolaus war Türke."),
    ]
    assert comments[1].parent is comments[0]
    assert comments[3].published == datetime(2023, 11, 1, 9, 2)


def test_a_count_line_in_a_list_after_the_articles_byline_opens_the_thread() -> None:
    # no heading: a run of headers opens the section, but it began with the byline; the
    # widget's count tab after it ("4 comments", a list item) is where the thread starts
    doc = (
        "# Title\n\nBy Dana White, March 2, 2024\n\nThe article's text.\n\n"
        "* 3 comments\n* Login\n\n"
        "[Ann](/user/ann) • 2 hours ago\n\nFirst text.\n\n"
        "[Bob](/user/bob) • 1 hour ago\n\nSecond text.\n\n"
        "[Cy](/user/cy) • 5 minutes ago\n\nThird text.\n"
    )
    article = from_markdown(doc, quotes=False)
    assert [c.author.name if c.author else None for c in article.comments] == ["Ann", "Bob", "Cy"]
    assert article.declared_comment_count == 3
