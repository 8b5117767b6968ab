"""Comment headers written as lists inside each comment's item (WordPress themes that print
"Reply", the name and the date as list items), as each converter renders them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import pytest

from newsthread import Article, Comment
from newsthread.markdown import from_markdown
from newsthread.markdown._reader import _clamp
from test_markdown_comment_sections import author, in_order

CONVERTED = Path(__file__).parent / "data" / "markdown" / "converted"
CONVERTERS = ["html2text", "markdownify", "html-to-markdown", "markitdown", "pandoc"]


def shape(comments: Sequence[Comment]) -> list[tuple[int, str | None, str]]:
    """(depth, author, first words of the text) of every comment in document order."""
    return [(depth, author(c), c.text[:20]) for depth, c in in_order(comments)]


def load(name: str, converter: str) -> Article:
    return from_markdown((CONVERTED / f"{name}.{converter}.md").read_bytes(), quotes=False)


@pytest.mark.parametrize("converter", CONVERTERS)
def test_header_lists_with_text_items_and_replies(converter: str) -> None:
    # the comment's text is the item after the header items, and holds a quote or a list;
    # a reply follows as an item with an avatar (markdownify: in the same list)
    article = load("header_lists_in_items", converter)
    assert shape(article.comments) == [
        (0, "Dietmar", "Die Umfrage zeigt es"),
        (1, "Henning", "Ich sperre nur Komme"),
        (0, "Webbaer", "Generische Genera fu"),
        (0, "bote19", "Wenn der Leserich mi"),
    ]
    comments = list(article.iter_comments())
    assert [c.id for c in comments] == ["comment-1", "comment-4", "comment-2", "comment-3"]
    assert comments[0].published == datetime(2019, 4, 8, 11, 38)
    assert "Ich bin mir sicher." in comments[0].text
    assert "die Fachkraft, der Leser bleiben gemeint." in comments[2].text
    assert comments[2].text.endswith("MFG")


# html2text indents the header list less than the item's text column (indented code to
# CommonMark) and writes a list from the comment's text flush left
HTML2TEXT = """# Post

### Kommentare

  1. ![](https://example.org/a.png)

     * Antworten
     * Dietmar
     * [ 8\\. April 2019 @ 11:38](https://example.org/p/#comment-1)
     * Sind da Frauen nicht befragt worden? Das frage ich mich schon eine ganze Weile lang.

Leser, Leseriche und Fachkräfte

- die Fachkraft, der Leser bleiben gemeint.

MFG

     * ![](https://example.org/b.png)

       * Antworten
       * [Henning](https://example.org/henning)
       * [ 10\\. April 2019 @ 16:29](https://example.org/p/#comment-4)
       * Ich sperre nur Kommentare, wenn sie verleumderisch oder beleidigend sind, sonst nicht.

  2. ![](https://example.org/c.png)

     * Antworten
     * bote19
     * [ 8\\. April 2019 @ 13:42](https://example.org/p/#comment-3)
     * Wenn der Leserich mit den Kausa konfrontiert wird, ändert er freiwillig seine Meinung.
"""


def test_over_indented_header_lists_and_flush_left_text_lists() -> None:
    article = from_markdown(HTML2TEXT, quotes=False)
    assert shape(article.comments) == [
        (0, "Dietmar", "Sind da Frauen nicht"),
        (1, "Henning", "Ich sperre nur Komme"),
        (0, "bote19", "Wenn der Leserich mi"),
    ]
    first = article.comments[0]
    assert first.id == "comment-1"
    assert first.text.endswith("die Fachkraft, der Leser bleiben gemeint.\n\nMFG")


@pytest.mark.parametrize("converter", ["markdownify", "html-to-markdown", "markitdown", "pandoc"])
def test_items_with_wide_numbers_keep_their_content(converter: str) -> None:
    # html-to-markdown writes "10." alone on its line, a blank line, then the item's content
    # indented by four: CommonMark ends the item at the blank line and reads the content as
    # indented code; the content is the item's
    article = load("wide_list_markers", converter)
    names = ["Ann", "Bob", "Cleo", "Dora", "Eve", "Finn", "Gus", "Hana", "Ivo", "Jan", "Lea", "Kai"]
    assert [(d, n) for d, n, _ in shape(article.comments)] == [
        (1 if n == "Lea" else 0, n) for n in names
    ]
    jan = article.comments[9]
    assert jan.text == "Comment number 10 by Jan, with a full sentence."
    assert jan.url == "https://example.org/post/#comment-10"
    assert jan.replies[0].text == "Comment number 12 by Lea, with a full sentence."


def test_an_empty_item_keeps_the_content_indented_past_its_marker() -> None:
    assert _clamp("10.\n\n    text\n") == "10.\n    text\n"
    assert _clamp("intro\n\n   -\n\n     text\n") == "intro\n\n   -\n     text\n"
    # content not past the marker, or far past it (code), stays as it is
    assert _clamp("10.\n\ntext\n") == "10.\n\ntext\n"
    assert _clamp("1.\n\n          code\n") == "1.\n\n          code\n"
    # a "-" under a paragraph is a heading underline, not an item
    assert _clamp("Title\n-\n\n  text\n") == "Title\n-\n\n  text\n"
