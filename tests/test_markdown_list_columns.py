"""Items of one Markdown list are siblings even where their markers sit at different columns."""

from __future__ import annotations

from newsthread.markdown import from_markdown
from newsthread.markdown._columns import align_list_columns
from newsthread.markdown._reader import markdown_units


def test_items_of_one_list_get_its_first_items_column() -> None:
    units = markdown_units("* one\n\n  + nested\n\n  text\n * two\n")
    align_list_columns(units)
    assert [(u.text, u.column) for u in units] == [
        ("one", 0),
        ("nested", 2),
        ("text", 0),
        ("two", 0),
    ]


def test_a_sibling_written_one_column_in_is_no_reply() -> None:
    # markdownify writes " * " for the items after one that held a nested list
    text = (
        "## 3 Comments\n\n"
        "* Ann · 2 hours ago\n\n  First comment here.\n\n"
        "  + Bob · 1 hour ago\n\n    A reply to it.\n\n"
        "  More of the first comment.\n"
        " * Cleo · 30 minutes ago\n\n  Second comment here.\n"
    )
    article = from_markdown(text, quotes=False)
    assert [c.author.name for c in article.comments if c.author] == ["Ann", "Cleo"]
    assert [r.author.name for r in article.comments[0].replies if r.author] == ["Bob"]
