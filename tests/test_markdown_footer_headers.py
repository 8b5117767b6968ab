"""Comment headers at the foot of each comment ("Ann · April 19, 2019" under the text), in
each converter's Markdown; html2text also writes the text flush left of the item."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from newsthread import Comment
from newsthread.markdown import from_markdown
from newsthread.markdown._reader import markdown_units
from newsthread.markdown._trailing import raise_trailing_headers

CONVERTED = Path(__file__).parent / "data" / "markdown" / "converted"
CONVERTERS = ["html2text", "markdownify", "html-to-markdown", "markitdown", "pandoc"]


@pytest.mark.parametrize("converter", CONVERTERS)
def test_footer_headers_name_the_comment_above_them(converter: str) -> None:
    source = (CONVERTED / f"footer_headers.{converter}.md").read_bytes()
    comments = list(from_markdown(source, quotes=False).iter_comments())
    depth = [sum(1 for a in c.ancestors() if isinstance(a, Comment)) for c in comments]
    assert [
        (d, c.author.name if c.author else None) for d, c in zip(depth, comments, strict=True)
    ] == [
        (0, "Ann"),
        (0, "Bob"),
        (1, "Cleo"),
    ]
    assert [c.published for c in comments] == [
        datetime(2019, 4, 19),
        datetime(2019, 5, 14),
        datetime(2019, 5, 15),
    ]
    assert [c.text for c in comments] == [
        "A short tip: no extra tool is needed for this.\n\nScreenshots are on the vendor's site.",
        "The problem only shows on the iMac, not with an external screen.",
        "I see it with two external screens as well.",
    ]


def test_one_item_ending_in_a_name_and_date_is_left_as_it_is() -> None:
    units = markdown_units("- I met her there.\n\n  Ann · April 19, 2019\n- Another item.\n")
    assert raise_trailing_headers(units) == units
    assert [u.text for u in raise_trailing_headers(units)][:2] == [
        "I met her there.",
        "Ann · April 19, 2019",
    ]


def test_items_that_open_with_a_header_are_not_reordered() -> None:
    text = (
        "- Ann · April 18, 2019\n\n  First.\n\n  Bob · April 19, 2019\n"
        "- Cleo · April 20, 2019\n\n  Second.\n\n  Dan · April 21, 2019\n"
    )
    units = markdown_units(text)
    assert [u.text for u in raise_trailing_headers(units)] == [u.text for u in units]


def test_a_long_list_of_footer_headers_moves_every_header_up() -> None:
    # 2,000 items, each a text then its header: every header opens its item, in one pass
    n = 2_000
    text = "".join(f"- Text number {i}.\n\n  User{i} · April 19, 2019\n" for i in range(n))
    units = raise_trailing_headers(markdown_units(text))
    texts = [u.text for u in units]
    assert len(texts) == 2 * n
    assert texts[:4] == [
        "User0 · April 19, 2019",
        "Text number 0.",
        "User1 · April 19, 2019",
        "Text number 1.",
    ]
    assert texts[-2:] == [f"User{n - 1} · April 19, 2019", f"Text number {n - 1}."]
    assert [u.start for u in units[:2]] == [True, False]
