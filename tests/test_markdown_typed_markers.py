"""List markers that are typed text ("1) first point" after a <br>) and reply items that
html2text writes right under a line of text (a paragraph would swallow them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsthread import Comment
from newsthread.markdown import from_markdown
from newsthread.markdown._reader import _clamp

CONVERTED = Path(__file__).parent / "data" / "markdown" / "converted"
CONVERTERS = ["html2text", "markdownify", "html-to-markdown", "markitdown", "pandoc"]


@pytest.mark.parametrize("converter", CONVERTERS)
def test_typed_numbers_stay_text_and_the_reply_nests(converter: str) -> None:
    source = (CONVERTED / f"typed_markers.{converter}.md").read_bytes()
    comments = list(from_markdown(source, quotes=False).iter_comments())
    depth = [sum(1 for a in c.ancestors() if isinstance(a, Comment)) for c in comments]
    names = [c.author.name if c.author else None for c in comments]
    assert list(zip(depth, names, strict=True)) == [(0, "Victor"), (1, "Tom"), (0, "Gio")]
    assert comments[0].text.startswith("Consider the bigger picture.")
    assert "Think of how the disease spreads." in comments[0].text
    assert comments[1].text == "The bar example is fine as it is."


def test_html2text_keeps_the_typed_numbers() -> None:
    source = (CONVERTED / "typed_markers.html2text.md").read_bytes()
    first = from_markdown(source, quotes=False).comments[0]
    assert first.text == (
        "Consider the bigger picture.\n1) The bar example is not a good one.\n\n"
        "2) Think of how the disease spreads."
    )


def test_markers_after_a_hard_break_are_escaped_and_others_kept() -> None:
    assert _clamp("Text.  \n1) one\n") == "Text.  \n1\\) one\n"
    assert _clamp("Text.  \n* note\n") == "Text.  \n\\* note\n"
    assert _clamp("Text.\n\n1) one\n") == "Text.\n\n1) one\n"  # a list after a blank line
    assert _clamp("Text.  \n12 apples\n") == "Text.  \n12 apples\n"


def test_an_avatar_item_under_a_line_of_text_gets_a_blank_line() -> None:
    assert _clamp("[Replies](#r)\n     1. ![](a.png)\n") == "[Replies](#r)\n\n     1. ![](a.png)\n"
    assert _clamp("Text\n     1. no image\n") == "Text\n     1. no image\n"
