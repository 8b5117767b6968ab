"""Comments whose name is a heading and whose date is a list under the text, and a comment form
above the thread, in converters' Markdown (issue 14).

The fixture (``tests/data/markdown/html/footer_meta_lists.html``): each comment is
``<h3>`` name, text, ``<ul>`` of "reply", the date and the time; the comment form above the
thread has field labels ("Your name *") and help headings with lists ("Basic HTML").
"""

from __future__ import annotations

from datetime import datetime

import pytest

from newsthread.markdown import from_markdown
from newsthread.markdown._comments import FORM_FIELD
from newsthread.markdown._footerdates import fold_footer_dates
from newsthread.markdown._reader import markdown_units
from test_markdown_comment_sections import CONVERTERS, load

FOOTER_DATES = [
    (
        "Sabine",
        datetime(2024, 4, 5, 18, 32),
        "I took the Vienna train last year. The couchette was cramped but I arrived rested.",
    ),
    (
        "Lars",
        datetime(2024, 4, 6, 2, 20),
        "Same here, and the breakfast was better than on most planes.",
    ),
    (
        "Anonymous",
        datetime(2024, 4, 6, 12, 13),
        "Prices are the problem. A bed costs more than a flight.\n\n"
        "Until that changes most people will fly.",
    ),
]


@pytest.mark.parametrize("converter", CONVERTERS)
def test_name_headings_with_dates_in_the_list_under_the_text(converter: str) -> None:
    # the reply (Lars) sits in a sibling div.indented: its depth is lost (pandoc's raw HTML
    # is not read as a thread here), so the thread is flat; the form's help lists above it
    # are no comments
    article = load("footer_meta_lists", converter)
    assert [
        (c.author.name if c.author else None, c.published, c.text) for c in article.iter_comments()
    ] == FOOTER_DATES
    assert article.declared_comment_count == 3


def test_one_heading_over_a_dated_list_is_no_comment() -> None:
    # an article's subheading over a list with a date: one alone is no thread
    doc = "# Title\n\nText.\n\n### Timeline\n\nWhat happened.\n\n* Start\n* April 5, 2018\n"
    units = markdown_units(doc)
    assert [u.text for u in fold_footer_dates(units)] == [u.text for u in units]
    assert from_markdown(doc, quotes=False).comments == ()


@pytest.mark.parametrize(
    "line", ["Your name *", "Comment *", "Your name *Comment *", "E-mail (required)", "Имя *"]
)
def test_form_field_labels(line: str) -> None:
    assert FORM_FIELD.match(line)


@pytest.mark.parametrize("line", ["Name", "A comment * with a star", "Your comment is welcome *"])
def test_lines_that_are_no_form_field_labels(line: str) -> None:
    assert not FORM_FIELD.match(line)
