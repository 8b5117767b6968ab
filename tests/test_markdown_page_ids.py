"""The page's own comment ids in converters' Markdown become Comment.id (issue 14)."""

from __future__ import annotations

from newsthread import from_markdown
from newsthread.model import Comment

_HEAD = "# Title\n\nBody text of the article.\n\n## 3 Comments\n\n"


def _ids(markdown: str) -> list[tuple[str, str | None, str | None]]:
    """(id, author, parent id) of every comment in document order."""
    article = from_markdown(_HEAD + markdown, quotes=False)
    rows = []
    for c in article.iter_comments():
        parent = c.parent.id if isinstance(c.parent, Comment) else None
        rows.append((c.id, c.author.name if c.author else None, parent))
    return rows


def test_permalink_fragments_name_the_comments() -> None:
    md = (
        "1. **Ann**\n\n   [March 3, 2020 at 10:15 am](https://x.org/post/#comment-101)\n\n   First.\n\n"
        "   1. **Bob**\n\n      [March 3, 2020 at 11:15 am](#comment-102)\n\n      A reply.\n\n"
        "2. **Cid**\n\n   [March 4, 2020 at 9:00 am](https://x.org/post/#comment-103)\n\n   Third.\n"
    )
    assert _ids(md) == [
        ("comment-101", "Ann", None),
        ("comment-102", "Bob", "comment-101"),
        ("comment-103", "Cid", None),
    ]


def test_id_queries_name_the_comments() -> None:
    md = (
        "1. **Ann**\n\n   [March 3, 2020 at 10:15 am](https://x.org/item?id=5)\n\n   First.\n\n"
        "2. **Bob**\n\n   [March 3, 2020 at 11:15 am](https://x.org/item?id=6)\n\n   Second.\n"
    )
    assert [row[0] for row in _ids(md)] == ["5", "6"]


def test_raw_html_anchors_kept_by_converters() -> None:
    # pandoc's GFM writes <span id>, other converters keep <a id> or <a name>
    md = (
        '<span id="comment-7"></span>\n\n**Ann** says:\n\nMarch 3, 2020 at 10:15 am\n\nFirst.\n\n'
        "<a name=comment-8></a>\n\n**Bob** says:\n\nMarch 3, 2020 at 11:15 am\n\nSecond.\n\n"
        "**Cid** says:\n\nMarch 4, 2020 at 11:15 am\n\nThird, no anchor.\n"
    )
    assert _ids(md) == [("comment-7", "Ann", None), ("comment-8", "Bob", None), ("c3", "Cid", None)]


def test_pandoc_attribute_ids() -> None:
    # pandoc's Markdown: []{#id} for an empty anchor, {#id .class} after a heading
    md = (
        "1.  []{#comment-12}\n\n    **Ann** says:\n\n    March 3, 2020 at 10:15 am\n\n    Hello\n\n"
        "2.  []{#comment-13}\n\n    **Bob** says:\n\n    March 3, 2020 at 11:15 am\n\n    Second\n"
    )
    assert _ids(md) == [("comment-12", "Ann", None), ("comment-13", "Bob", None)]
    titled = (
        "### Great post {#comment-14}\n\n**Ann** says:\n\nMarch 3, 2020 at 10:15 am\n\nHello\n\n"
        "### Not so sure {#comment-15 .reply}\n\n**Bob** says:\n\nMarch 3, 2020 at 11:15 am\n\nNo\n"
    )
    article = from_markdown(_HEAD + titled, quotes=False)
    assert [(c.id, c.text) for c in article.comments] == [
        ("comment-14", "Great post\n\nHello"),
        ("comment-15", "Not so sure\n\nNo"),
    ]


def test_repeated_or_missing_page_ids_keep_c_numbers() -> None:
    md = (
        "1. **Ann**\n\n   [March 3, 2020 at 10:15 am](#comments)\n\n   First.\n\n"
        "2. **Bob**\n\n   [March 3, 2020 at 11:15 am](https://x.org/p#c-9)\n\n   Second.\n\n"
        "3. **Cid**\n\n   [March 4, 2020 at 11:15 am](https://x.org/p#c-9)\n\n   Third.\n\n"
        "4. **Dan**\n\n   [March 5, 2020 at 11:15 am](https://x.org/p#c2)\n\n   Fourth.\n"
    )
    # "#comments" names the section and c-9 is shared: c-numbers in document order,
    # skipping "c2", which the page gave to Dan's comment
    assert [row[0] for row in _ids(md)] == ["c1", "c3", "c4", "c2"]


def _rows(markdown: str) -> list[tuple[str, str | None, str | None, str | None, str]]:
    """(id, author, author's link, permalink, text) of every comment in document order."""
    article = from_markdown(_HEAD + markdown, quotes=False)
    return [
        (
            c.id,
            c.author.name if c.author else None,
            c.author.url if c.author else None,
            c.url,
            c.text,
        )
        for c in article.iter_comments()
    ]


def test_links_after_an_attribute_id_keep_their_place_in_the_text() -> None:
    # pandoc's []{#id} before an inline header: the links move left with the text; a link at
    # the cut and a link that ends the unit are both kept. {#id} after a heading: nothing moves
    md = (
        "[]{#comment-12}[ann](https://x.org/user/ann) [4 hours ago](https://x.org/item?id=5)"
        " First text.\n\n"
        "[]{#comment-14}[cy](https://x.org/user/cy) [2 hours ago](https://x.org/item?id=7)\n\n"
        "Third text.\n\n"
        "### [Bob](https://x.org/user/bob) says: {#comment-13}\n\nSecond text.\n"
    )
    assert _rows(md) == [
        ("comment-12", "ann", "https://x.org/user/ann", "https://x.org/item?id=5", "First text."),
        ("comment-14", "cy", "https://x.org/user/cy", "https://x.org/item?id=7", "Third text."),
        ("comment-13", "Bob", "https://x.org/user/bob", None, "Second text."),
    ]


def test_an_attribute_id_inside_the_profile_link_keeps_the_author() -> None:
    md = (
        "[[]{#comment-12}ann](https://x.org/user/ann) [4 hours ago](https://x.org/item?id=5)"
        " First text.\n"
    )
    assert _rows(md) == [
        ("comment-12", "ann", "https://x.org/user/ann", "https://x.org/item?id=5", "First text.")
    ]


def test_an_anchor_in_a_paragraph_of_text_keeps_the_text() -> None:
    md = 'Ann · March 3, 2020\n\nFirst.\n\n<a id="c-2"></a> A second comment without a header.\n'
    assert [(row[0], row[4]) for row in _rows(md)] == [
        ("c1", "First."),
        ("c-2", "A second comment without a header."),
    ]


def test_level_lines_give_their_anchor_to_the_comment_below() -> None:
    md = (
        '<span id="t1_a1"></span>level 1\n\n[ann](/user/ann) · 3 hours ago\n\nVanilla.\n\n'
        '<span id="t1_b2"></span>level 2\n\n[bob](/user/bob) · 2 hours ago\n\nSilver.\n\n'
        "level 1\n\n[cy](/user/cy) · 1 hour ago\n\nRare.\n"
    )
    assert _ids(md) == [("t1_a1", "ann", None), ("t1_b2", "bob", "t1_a1"), ("c3", "cy", None)]


def test_an_anchor_alone_names_the_comment_below_before_that_comments_own_anchor() -> None:
    md = (
        "Ann · March 3, 2020\n\nFirst.\n\n"
        '<span id="a"></span>\n\n<span id="b"></span>Bob · March 4, 2020\n\nSecond.\n'
    )
    assert _ids(md) == [("c1", "Ann", None), ("a", "Bob", None)]
