"""The date-class elements from the grouped CSS pass are the plain selector list's, each as
often as lexbor gives it (once for each selector it matches), in page order."""

from __future__ import annotations

import html

from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from newsthread.html._date_markup import DATE_CLASSES, date_class_elements

PIECES = [
    "date",
    "Date",
    "DATE",
    "datum",
    "time",
    "Time",
    "meta",
    "META",
    "posted",
    "publi",
    "published",
    "created",
    "byline",
    "author",
    "submitted",
    "at",
    "me",
    "p",
    "a",
    "x",
    "-",
    "_",
    "updated",
]
values = st.lists(st.sampled_from(PIECES), max_size=4).map("".join)
elements = st.tuples(st.sampled_from(["div", "span", "abbr", "p"]), values, values, st.booleans())


@settings(max_examples=300, deadline=None)
@given(st.lists(elements, min_size=1, max_size=15), st.booleans(), st.integers(1, 30))
def test_the_grouped_pass_gives_what_the_selector_list_gives(
    items: list[tuple[str, str, str, bool]], standards: bool, limit: int
) -> None:
    page = "<!DOCTYPE html>" if standards else ""  # quirks mode without a doctype
    page += "<html><body>"
    for tag, klass, ident, titled in items:
        title = ' title="t"' if titled else ""
        page += f'<{tag} class="{html.escape(klass)}" id="{html.escape(ident)}"{title}>x</{tag}>'
    doc = LexborHTMLParser(page + "</body></html>")
    expected = [node.mem_id for node in doc.css(DATE_CLASSES)[:limit]]
    assert [node.mem_id for node in date_class_elements(doc, limit)] == expected


def test_an_element_matching_three_selectors_comes_three_times() -> None:
    doc = LexborHTMLParser('<span class="post-date meta" id="x">1</span><i class="date">2</i>')
    assert [node.text() for node in date_class_elements(doc, 30)] == ["1", "1", "2"]
    assert [node.text() for node in date_class_elements(doc, 2)] == ["1", "1"]
