"""Nesting from explicit signals: parent links in inline headers, "level N" lines."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsthread import Comment
from newsthread.markdown import from_markdown
from newsthread.markdown._comments import is_boilerplate
from test_markdown_comment_sections import CONVERTERS, load, shape

THREAD = [
    (0, "ann", "Used laptops are a good deal."),
    (1, "bob", "Not at this weight."),
    (2, "cleo", "Weight matters to me too."),
    (0, "dan", "I run Debian on mine."),
]


@pytest.mark.parametrize("converter", ["markdownify", "html-to-markdown", "markitdown", "pandoc"])
def test_parent_links_nest_a_flat_list(converter: str) -> None:
    article = load("reply_links", converter)
    assert shape(article.comments) == THREAD
    urls = [c.url for c in article.iter_comments()]
    assert urls == ["item?id=501", "item?id=503", "item?id=504", "item?id=502"]
    assert article.comments[0].extra["date_text"] == "4 hours ago"


def test_html2text_drops_in_page_links_but_their_labels_still_nest() -> None:
    article = load("reply_links", "html2text")
    # html2text writes "| root | parent |" without the links: the labels give the tree
    # (test_markdown_navigation_labels.py)
    assert shape(article.comments) == THREAD


@pytest.mark.parametrize("converter", CONVERTERS)
def test_level_lines_give_the_depth(converter: str) -> None:
    article = load("level_lines", converter)
    assert shape(article.comments) == [
        (0, "ann", "Vanilla costs as much as silver."),
        (1, "bob", "Is there a cheaper alternative?"),
        (0, "cleo", "Real vanilla is rare."),
    ]
    assert [c.url for c in article.iter_comments()] == [
        "https://example.org/r/x/comment/a1/",
        "https://example.org/r/x/comment/b2/",
        "https://example.org/r/x/comment/c3/",
    ]


def test_a_parent_link_to_an_unknown_comment_keeps_the_comment_where_it_is() -> None:
    doc = (
        "Body.\n\n## 2 comments\n\n"
        "- [ann](/user/ann) [4 hours ago](item?id=1) | [parent](#999) First.\n"
        "- [bob](/user/bob) [3 hours ago](item?id=2) | [parent](#1) Second.\n"
    )
    article = from_markdown(doc, quotes=False)
    assert shape(article.comments) == [(0, "ann", "First."), (1, "bob", "Second.")]


def test_a_reply_chain_of_parent_links_10000_long() -> None:
    lines = [
        f"- [u{i}](/user/u{i}) [1 hour ago](item?id={i}) | [parent](#{i - 1}) Reply {i}."
        for i in range(1, 10_000)
    ]
    doc = (
        "Body.\n\n## Comments\n\n- [u0](/user/u0) [2 hours ago](item?id=0) Root.\n"
        + "\n".join(lines)
        + "\n"
    )
    article = from_markdown(doc, quotes=False)
    (root,) = article.comments
    depth, node = 0, root
    while node.replies:
        (node,) = node.replies
        depth += 1
    assert depth == 9_999 and node.text == "Reply 9999."


def test_inline_headers_after_a_collapse_button_with_a_compact_age() -> None:
    # LessWrong in markdownify: "[-]" (collapse), the profile link, the age as a link ("3mo")
    doc = (
        "# Post\n\nBody.\n\n20 comments, sorted by\n\ntop scoring\n\n"
        "Click to highlight new comments since: Today at 12:59 PM\n\n"
        "[-][romeo](/users/romeo)[3mo](/posts/p?commentId=DEdj9)\n\n47\n\n"
        "Schindler had a concrete thing he was able to do.\n\nReply\n\n"
        "[-][Matthew Barnett](/users/matthew-barnett)[2mo](/posts/p?commentId=SrBCx)\n\n"
        "But depending on what you count, we had scaling laws.\n\nReply\n"
    )
    comments = list(from_markdown(doc, quotes=False).iter_comments())
    named = [c for c in comments if c.author is not None]
    assert [(c.author.name if c.author else None, c.text) for c in named] == [
        ("romeo", "Schindler had a concrete thing he was able to do."),
        ("Matthew Barnett", "But depending on what you count, we had scaling laws."),
    ]
    assert [(c.extra or {}).get("date_text") for c in named] == ["3mo", "2mo"]
    assert [c.id for c in named] == ["DEdj9", "SrBCx"]


def test_parent_links_name_comments_by_any_permalink_shape() -> None:
    # the id at the end of a permalink: "?id=0", a path ".../k1/", a fragment "#c2"; a parent
    # link to no comment of the page (first) does not stop the links after it
    doc = (
        "Body.\n\n## Comments\n\n"
        "- [u0](/user/u0) [2 hours ago](item?id=0) Root.\n"
        "- [u9](/user/u9) [1 hour ago](https://e.com/p#c9) | [parent](#gone) Orphan.\n"
        "- [u1](/user/u1) [1 hour ago](/r/x/comments/abc/t/k1/) | [parent](#0) Reply 1.\n"
        "- [u2](/user/u2) [1 hour ago](https://e.com/p#c2) | [parent](#k1) Reply 2.\n"
        "- [u3](/user/u3) [1 hour ago](https://e.com/p#c3) | [parent](#c2) Reply 3.\n"
    )
    article = from_markdown(doc, quotes=False)
    assert shape(article.comments) == [
        (0, "u0", "Root."),
        (1, "u1", "Reply 1."),
        (2, "u2", "Reply 2."),
        (3, "u3", "Reply 3."),
        (0, "u9", "Orphan."),
    ]


def _linked(doc: str) -> list[tuple[str, str | None, str | None, str]]:
    """(id, parent's id, author, text) of every comment in document order."""
    article = from_markdown("Body.\n\n## Comments\n\n" + doc, quotes=False)
    return [
        (
            c.id,
            c.parent.id if isinstance(c.parent, Comment) else None,
            c.author.name if c.author else None,
            c.text,
        )
        for c in article.iter_comments()
    ]


def test_a_hashbang_permalink_is_named_by_its_last_fragment() -> None:
    # "https://x.org/#!/story#c-1" (Disqus-era hashbang pages): the id is after the last "#"
    doc = (
        "- [ann](/user/ann) [4 hours ago](https://x.org/#!/story#c-1) First.\n"
        "- [bob](/user/bob) [3 hours ago](https://x.org/#!/story#c-2) | [parent](#c-1) Second.\n"
    )
    assert _linked(doc) == [("c-1", None, "ann", "First."), ("c-2", "c-1", "bob", "Second.")]


def test_a_permalink_without_a_path_or_a_trailing_capital_x_names_its_comment() -> None:
    # a bare relative permalink ("q7X", no "/") and ids ending in a capital X
    doc = (
        "- [ann](/user/ann) [4 hours ago](q7X) First.\n"
        "- [bob](/user/bob) [3 hours ago](q8X/) | [parent](#q7X) Second.\n"
        "- [cy](/user/cy) [2 hours ago](/r/x/comments/abc/title/q9X/) | [parent](#q8X) Third.\n"
    )
    assert _linked(doc) == [
        ("c1", None, "ann", "First."),
        ("c2", "c1", "bob", "Second."),
        ("c3", "c2", "cy", "Third."),
    ]


def test_a_reply_its_list_already_placed_ignores_its_parent_link() -> None:
    doc = (
        "- [ann](/user/ann) [4 hours ago](item?id=1) First.\n"
        "  - [bob](/user/bob) [3 hours ago](item?id=2) | [parent](#3) Reply.\n"
        "- [cy](/user/cy) [2 hours ago](item?id=3) Third.\n"
    )
    assert _linked(doc) == [
        ("1", None, "ann", "First."),
        ("2", "1", "bob", "Reply."),
        ("3", None, "cy", "Third."),
    ]


def test_a_parent_link_that_would_close_a_loop_is_skipped_and_later_links_still_apply() -> None:
    # ann names bob, bob names ann (skipped: bob is ann's parent now), cy names ann
    doc = (
        "- [ann](/user/ann) [4 hours ago](item?id=1) | [parent](#2) First.\n"
        "- [bob](/user/bob) [3 hours ago](item?id=2) | [parent](#1) Second.\n"
        "- [cy](/user/cy) [2 hours ago](item?id=3) | [parent](#1) Third.\n"
    )
    assert _linked(doc) == [
        ("2", None, "bob", "Second."),
        ("1", "2", "ann", "First."),
        ("3", "1", "cy", "Third."),
    ]


def test_permalink_and_parent_lines_under_a_comment() -> None:
    # action links on lines of their own (old Reddit in some converters): the first permalink
    # is the comment's, a reply link is no permalink, a parent link nests; before any comment
    # such a line is dropped
    doc = (
        "[parent](#top)\n\n**ann** says:\n\nFirst.\n\n[permalink](https://x.org/r/c/a1/)\n\n"
        "[reply](#respond)\n\n**bob** says:\n\nSecond.\n\n[reply](#respond)\n\n"
        "[permalink](https://x.org/r/c/b2/)\n\n[parent](#a1)\n"
    )
    article = from_markdown("Body.\n\n## Comments\n\n" + doc, quotes=False)
    assert [(c.url, c.text) for c in article.iter_comments()] == [
        ("https://x.org/r/c/a1/", "First."),
        ("https://x.org/r/c/b2/", "Second."),
    ]
    assert _linked(doc) == [("c1", None, "ann", "First."), ("c2", "c1", "bob", "Second.")]


def test_an_attribute_id_in_the_text_of_a_document_newsthread_wrote_is_text() -> None:
    doc = (
        '---\ngenerator: newsthread\n---\n\nBody.\n\n## Comments <a id="comments"></a>\n\n'
        '- <a id="c1"></a> **Ann** · 2024-03-03T00:00:00\n\n  Pandoc ids look like {#sec-1}\n'
    )
    assert [c.text for c in from_markdown(doc, quotes=False).comments] == [
        "Pandoc ids look like {#sec-1}"
    ]


REPLY_TO_NAMES = [
    (0, "Kettle42", "Nine percent in a year is more than most pay rises in a decade."),
    (1, "northern_light", "And the deposit alone is now two months of wages."),
    (1, "Kettle42", "Exactly, and then they ask for a guarantor on top."),
    (0, "Ms Okafor", "A cap alone will not build a single flat."),
]


@pytest.mark.parametrize("converter", CONVERTERS)
def test_in_reply_to_names_are_no_part_of_the_author(converter: str) -> None:
    # "[northern_light](profile) in reply to [Kettle42](#comment-9001) [3 Mar 2024 10.40](…)";
    # the sort bar above the thread and "Reply Share Report 12" rows are chrome
    article = load("news_reply_to_names", converter)
    assert shape(article.comments) == REPLY_TO_NAMES
    assert article.comments[0].published == datetime(2024, 3, 3, 10, 15)


def _tree(doc: str) -> list[tuple[int, str | None, str]]:
    return shape(from_markdown("# T\n\nBody.\n\n## 4 Comments\n\n" + doc, quotes=False).comments)


def test_in_reply_to_a_name_nests_a_flat_thread() -> None:
    # without a link, the reply goes under the named author's latest comment before it
    doc = (
        "Ann 3 Mar 2024 10.15\n\nFirst.\n\nBob 3 Mar 2024 10.20\n\nSecond.\n\n"
        "Cy in reply to Ann 3 Mar 2024 10.40\n\nThird.\n\n"
        "Ann antwort auf Cy 3 Mar 2024 11.00\n\nFourth.\n\n"
        "Dan in reply to Eve 3 Mar 2024 11.30\n\nFifth: no Eve above.\n"
    )
    assert _tree(doc) == [
        (0, "Ann", "First."),
        (1, "Cy", "Third."),
        (2, "Ann", "Fourth."),
        (0, "Bob", "Second."),
        (0, "Dan", "Fifth: no Eve above."),
    ]


def test_in_reply_to_a_permalink_nests_by_the_page_id() -> None:
    # the link names the parent's permalink fragment: that comment, even if another by the
    # same name comes between
    doc = (
        "Ann [3 Mar 2024 10.15](https://x.org/p#comment-1)\n\nFirst.\n\n"
        "Ann [3 Mar 2024 10.20](https://x.org/p#comment-2)\n\nSecond.\n\n"
        "Bob in reply to [Ann](#comment-1) [3 Mar 2024 10.40](https://x.org/p#comment-3)\n\nThird.\n"
    )
    assert _tree(doc) == [(0, "Ann", "First."), (1, "Bob", "Third."), (0, "Ann", "Second.")]


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Reply 42 Recommend Share", True),
        ("Reply Share Report 12", True),
        ("Antworten Melden", True),
        ("Responder Compartir", True),
        ("Reply to this", False),
        ("Share your thoughts", False),
    ],
)
def test_button_rows_with_counts_are_chrome(line: str, chrome: bool) -> None:
    assert is_boilerplate(line) is chrome


NUMBERED = [
    (0, "Mietermax", "Eine Verlängerung ohne mehr Neubau verschiebt das Problem nur."),
    (1, "Stadtkind", "Neubau dauert Jahre, die Bremse wirkt sofort."),
    (0, "elbe_anna", "In Hamburg merkt man von der Bremse ohnehin nichts."),
    (1, "Mietermax", "Weil sie kaum jemand einklagt."),
]


@pytest.mark.parametrize("converter", CONVERTERS)
def test_numbered_comments_and_reply_lines_nest(converter: str) -> None:
    # "1.1 [Stadtkind](profile) 3. März 2024, 10:32 Uhr": a reply to comment 1, and its text
    # opens with "[Antwort auf #1 von Mietermax](#cid-101)"; the numbers are no part of the
    # names, the reply line no part of the text; "Antworten Melden 5 Leserempfehlungen" is
    # chrome (pandoc drops the <article>s, so the raw HTML holds headers without texts: the
    # Markdown reading wins)
    assert shape(load("news_numbered_replies", converter).comments) == NUMBERED


def test_reply_lines_name_the_parent() -> None:
    doc = (
        "Ann 3 Mar 2024 10.15\n\nFirst.\n\nBob 3 Mar 2024 10.20\n\nSecond.\n\n"
        "Cy 3 Mar 2024 10.40\n\nIn reply to Ann\n\nThird.\n\n"
        "Dan 3 Mar 2024 11.30\n\n[Antwort auf #2 von Bob](#c2)\n\nFourth.\n"
    )
    assert _tree(doc) == [
        (0, "Ann", "First."),
        (1, "Cy", "Third."),
        (0, "Bob", "Second."),
        (0, "Dan", "Fourth."),  # "#c2" names no permalink here, and the link wins
    ]


@pytest.mark.parametrize(
    ("line", "chrome"),
    [("5 Leserempfehlungen", True), ("12 votes", True), ("42 years", False)],
)
def test_reaction_counts_are_chrome(line: str, chrome: bool) -> None:
    assert is_boilerplate(line) is chrome


def test_a_short_reply_after_an_in_reply_to_line_keeps_the_next_header() -> None:
    # "In reply to X" closes the header: "Yes" is the reply's text, not a name waiting for a
    # date line, so the next comment's header is read as a header.
    names = ["Ann Lee", "Bob Stone", "Cara Jones", "Dan Park"]
    thread = "".join(
        f"**{name}** {day + 2} May 2024\n\nIn reply to {names[day - 1]}\n\nYes {day}\n\n"
        for day, name in enumerate(names)
        if day
    )
    md = "# Ferry\n\nThe ferry runs again.\n\n## 4 Comments\n\n**Ann Lee** 2 May 2024\n\nFirst.\n\n"
    article = from_markdown(md + thread)
    got = [
        (c.author.name if c.author else None, c.text, c.parent.author.name)
        for c in article.find_all(Comment)
        if isinstance(c.parent, Comment) and c.parent.author
    ]
    assert got == [
        ("Bob Stone", "Yes 1", "Ann Lee"),
        ("Cara Jones", "Yes 2", "Bob Stone"),
        ("Dan Park", "Yes 3", "Cara Jones"),
    ]


def test_a_chain_placed_top_down_never_walks_ancestors(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each comment is moved while it holds no replies, so no cycle check climbs the chain
    # (a check per move that climbed it made a deep chain quadratic).
    from newsthread.markdown import _relink

    top = [Comment(id=f"c{i}", url=f"#comment-{i}", text=f"reply {i}") for i in range(200)]
    refs = [(top[i], f"comment-{i - 1}") for i in range(1, 200)]
    climbs = 0
    original = Comment.ancestors

    def counted(self: Comment) -> object:
        nonlocal climbs
        climbs += 1
        return original(self)

    monkeypatch.setattr(Comment, "ancestors", counted)
    left = _relink.relink(top, refs)
    assert [c.id for c in left] == ["c0"]
    assert top[199].depth == 199
    assert climbs == 0


DRUPAL = [
    (0, "Pieter", "Does the plan say anything about the timetable for the cycle lanes?"),
    (
        1,
        "Marta Ruiz",
        "It does, section four says the works start in May and end before the winter.",
    ),
    (2, "Anonymous", "Then how does it pay for the lighting? The old scheme was funded by a levy."),
    (0, "Marta Ruiz", "Thanks for the summary, the council documents are hard to read."),
]


@pytest.mark.parametrize("converter", CONVERTERS)
def test_drupal_in_reply_to_lines_titles_and_unverified_names(converter: str) -> None:
    # Drupal 8+ core: the name ("Pieter (not verified)") over the date line, a hidden "In
    # reply to [title](/comment/101#comment-101) by Pieter", the comment's title as a heading
    # linked to its anchor (made of the text's first words: no paragraph of its own), replies
    # in sibling div.indented (lost by every converter but pandoc: the reply lines nest them)
    article = load("drupal_in_reply_to", converter)
    assert shape(article.comments) == DRUPAL
    first = article.comments[0]
    assert (first.published, first.url) == (
        datetime(2024, 3, 2, 10, 15),
        "/comment/101#comment-101",
    )


def test_a_title_that_is_no_opening_of_the_text_stays_its_first_paragraph() -> None:
    doc = (
        "Body.\n\n## Comments\n\nAnn\n\n2 March 2024 at 10:15\n\n"
        "### [Great news](/comment/1#comment-1)\n\nI have waited for this for years.\n\n"
        "Bob\n\n3 March 2024 at 11:00\n\n### [Me too](/comment/2#comment-2)\n\nMe too, honestly.\n\n"
        "Cy\n\n4 March 2024 at 12:00\n\n### [Why](/comment/3#comment-3)\n\nWhy now?\n"
    )
    article = from_markdown(doc, quotes=False)
    assert [(c.author.name if c.author else None, c.text) for c in article.comments] == [
        ("Ann", "Great news\n\nI have waited for this for years."),
        ("Bob", "Me too, honestly."),
        ("Cy", "Why now?"),
    ]
