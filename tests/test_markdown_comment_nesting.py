"""Markdown comment nesting: list columns nest replies; a comment opened by an author line starts afresh."""

from __future__ import annotations

from datetime import datetime

from newsthread import Article, Comment, CommentStatus
from newsthread.markdown import from_markdown

THREAD = """# Title

Body text of the article, long enough to be a paragraph.

## 4 Comments

- **Ann** says:

  First comment, by Ann.

  - **Bob** says:

    A reply to Ann.

**Cleo** says:

Second top-level comment, by Cleo.

  - **Dan** says:

    A reply after Cleo's comment.
"""


def _tree(article: Article) -> list[tuple[str | None, str | None, str]]:
    """(author, parent's author, text) of every comment in document order."""
    out = []
    for c in article.iter_comments():
        parent = c.parent
        parent_author = getattr(getattr(parent, "author", None), "name", None)
        out.append((c.author.name if c.author else None, parent_author, c.text))
    return out


def test_list_columns_nest_replies_under_the_item_above() -> None:
    article = from_markdown(THREAD, quotes=False)
    ann = article.comments[0]
    assert (ann.author and ann.author.name, ann.text) == ("Ann", "First comment, by Ann.")
    assert [(r.author and r.author.name, r.text) for r in ann.replies] == [
        ("Bob", "A reply to Ann.")
    ]


def test_an_author_line_comment_forgets_the_list_columns_before_it() -> None:
    # Dan's list comes after Cleo's author-line comment: it must not land under Ann's list
    tree = _tree(from_markdown(THREAD, quotes=False))
    assert [author for author, _, _ in tree] == ["Ann", "Bob", "Cleo", "Dan"]
    assert tree[:3] == [
        ("Ann", None, "First comment, by Ann."),
        ("Bob", "Ann", "A reply to Ann."),
        ("Cleo", None, "Second top-level comment, by Cleo."),
    ]
    dan = tree[3]
    assert dan[2] == "A reply after Cleo's comment."
    assert dan[1] in (None, "Cleo")


def test_a_document_newsthread_wrote_nests_replies_by_its_list_items() -> None:
    doc = (
        '---\ngenerator: newsthread\n---\n\nBody.\n\n## Comments <a id="comments"></a>\n\n'
        '- <a id="c1"></a> **Ann** · 2024-03-03T00:00:00\n\n  Hi.\n\n'
        '  - <a id="c2"></a> **Bob** · 2024-03-04T00:00:00\n\n    Yo.\n\n'
        '    - <a id="c3"></a> **Cy** · 2024-03-05T00:00:00\n\n      Hey.\n\n'
        '- <a id="c4"></a> **Dan** · 2024-03-06T00:00:00\n\n  Top.\n'
    )
    article = from_markdown(doc, quotes=False)
    parents = {id(r): c.id for c in article.iter_comments() for r in c.replies}
    got = [(c.id, parents.get(id(c)), c.text) for c in article.iter_comments()]
    assert got == [
        ("c1", None, "Hi."),
        ("c2", "c1", "Yo."),
        ("c3", "c2", "Hey."),
        ("c4", None, "Top."),
    ]


_OWN = '---\ngenerator: newsthread\n---\n\nBody.\n\n## Comments <a id="comments"></a>\n\n'


def _ids_parents_texts(article: Article) -> list[tuple[str, str | None, str]]:
    parents = {id(r): c.id for c in article.iter_comments() for r in c.replies}
    return [(c.id, parents.get(id(c)), c.text) for c in article.iter_comments()]


def test_a_reply_in_a_list_item_that_holds_no_comment_is_a_top_level_comment() -> None:
    # a hand-edited document newsthread wrote: the item around Bob's holds only a rule
    doc = (
        _OWN + '- <a id="c1"></a> **Ann** · 2024-03-03T00:00:00\n\n  Hi.\n\n- ***\n\n'
        '  - <a id="c2"></a> **Bob** · 2024-03-04T00:00:00\n\n    Yo.\n'
    )
    assert _ids_parents_texts(from_markdown(doc, quotes=False)) == [
        ("c1", None, "Hi."),
        ("c2", None, "Yo."),
    ]


def test_own_headers_outside_lists_each_open_a_comment() -> None:
    doc = (
        _OWN + '<a id="c1"></a> **Ann** · 2024-03-03T00:00:00\n\nHi.\n\n'
        '<a id="c2"></a> **Bob** · 2024-03-04T00:00:00\n\nYo.\n'
    )
    assert _ids_parents_texts(from_markdown(doc, quotes=False)) == [
        ("c1", None, "Hi."),
        ("c2", None, "Yo."),
    ]


def test_text_of_a_thread_without_any_header_is_one_comment() -> None:
    doc = "# Title\n\nBody text of the article.\n\n## 3 Comments\n\nGreat post!\n\nThanks for it.\n"
    assert _ids_parents_texts(from_markdown(doc, quotes=False)) == [
        ("c1", None, "Great post!\n\nThanks for it.")
    ]


def test_a_document_newsthread_wrote_gives_every_field_of_its_headers_back() -> None:
    doc = _OWN + (
        '- <a id="c1"></a> [**Ann**](https://x.org/u/ann) · 2024-03-03T00:00:00 · deleted · '
        "3 more · score 5 · in reply to [#c0](#c0) · [permalink](https://x.org/p#c1)\n\n  Hi.\n\n"
        '- <a id="c7"></a> **Bob** · ↳ continues [#c9](#c9)\n\n  Continued.\n\n'
        '- <a id="c8"></a> **Cy** · ↳ continues [#c1](#c1)\n\n  Under Ann.\n'
    )
    article = from_markdown(doc, quotes=False)
    got = [
        (
            c.id,
            c.parent.id if isinstance(c.parent, Comment) else None,
            (c.author.name, c.author.url) if c.author else None,
            c.published,
            c.status,
            c.more_count,
            c.score,
            c.in_reply_to,
            c.url,
            c.text,
        )
        for c in article.iter_comments()
    ]
    assert got == [
        (
            "c1",
            None,
            ("Ann", "https://x.org/u/ann"),
            datetime(2024, 3, 3),
            CommentStatus.DELETED,
            3,
            5,
            "c0",
            "https://x.org/p#c1",
            "Hi.",
        ),
        (
            "c8",
            "c1",
            ("Cy", None),
            None,
            CommentStatus.PUBLISHED,
            None,
            None,
            None,
            None,
            "Under Ann.",
        ),
        (
            "c7",
            None,
            ("Bob", None),
            None,
            CommentStatus.PUBLISHED,
            None,
            None,
            "c9",
            None,
            "Continued.",
        ),
    ]


_SECTION = "# Title\n\nBody text of the article.\n\n## 3 Comments\n\n"


def _rows(markdown: str) -> list[tuple[str, str | None, str | None, str]]:
    """(id, parent's id, author, text) of every comment in document order."""
    article = from_markdown(_SECTION + markdown, quotes=False)
    return [
        (
            c.id,
            c.parent.id if isinstance(c.parent, Comment) else None,
            c.author.name if c.author else None,
            c.text,
        )
        for c in article.iter_comments()
    ]


def test_items_that_hold_only_an_avatar_are_dropped_unless_they_hold_replies() -> None:
    # a header alone is a comment; an avatar-only item with a reply keeps the reply under it;
    # an avatar-only item without one (nested or not) is chrome
    md = (
        "- **Ann** says:\n\n- ![](https://x.org/a1.png)\n\n  - **Bob** says:\n\n"
        "    A reply under an avatar item.\n\n- **Cy** says:\n\n  Third.\n\n"
        "  - ![](https://x.org/a2.png)\n\n- ![](https://x.org/a3.png)\n\n"
        "- **Dan** says:\n\n  Fourth.\n"
    )
    assert _rows(md) == [
        ("c1", None, "Ann", ""),
        ("c2", None, None, ""),
        ("c3", "c2", "Bob", "A reply under an avatar item."),
        ("c4", None, "Cy", "Third."),
        ("c5", None, "Dan", "Fourth."),
    ]


def test_text_before_a_list_thread_without_author_lines_outside_it_is_a_comment() -> None:
    assert _rows("Great post!\n\n- **Ann** says:\n\n  First.\n") == [
        ("c1", None, None, "Great post!"),
        ("c2", None, "Ann", "First."),
    ]


def test_c_numbers_skip_the_ids_of_own_header_lines() -> None:
    md = (
        "Ann · March 3, 2020\n\nFirst.\n\n"
        '<a id="c2"></a> **Bob** · 2024-03-04T00:00:00\n\nSecond.\n\n'
        "Cy · March 5, 2020\n\nThird.\n\nDan · [March 6, 2020](https://x.org/p#c-9)\n\nFourth.\n"
    )
    # and a page id after an own header line still names its comment
    assert _rows(md) == [
        ("c1", None, "Ann", "First."),
        ("c2", None, "Bob", "Second."),
        ("c3", None, "Cy", "Third."),
        ("c-9", None, "Dan", "Fourth."),
    ]
