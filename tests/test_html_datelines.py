"""Datelines: a date printed next to the headline is the publication date; dates elsewhere are not."""

from __future__ import annotations

from datetime import datetime

from selectolax.lexbor import LexborHTMLParser

from newsthread.html._datelines import date_near_heading
from newsthread.html._metadata import Metadata, extract_metadata


def meta_of(head: str, body: str = "", url: str | None = None) -> Metadata:
    doc = LexborHTMLParser(f"<html><head>{head}</head><body>{body}</body></html>")
    return extract_metadata(doc, url=url)


def test_no_dateline_from_the_footer_of_a_wrapped_page() -> None:
    meta = meta_of(
        "<title>About us</title>",
        "<div id=page><h1>About us</h1><p>We sell coffee.</p><footer>© 19.12.2019</footer></div>",
    )
    assert meta.published is None


def test_no_dateline_next_to_a_logo_headline_in_the_page_header() -> None:
    meta = meta_of(
        "<title>Daily Planet</title>",
        '<header><h1><a href="/">Daily Planet</a></h1><span class="today">Monday, June 12, 2023'
        "</span></header><main><h2>Story</h2><p>Text</p></main>",
    )
    assert meta.published is None


def test_dateline_window_ends_at_the_first_long_paragraph() -> None:
    long = "The council met on a rainy evening to decide on the new budget. " * 4
    page = f"<div><h1>Budget passed</h1><p>{long}</p><p>Other news: 3. Mai 2019</p></div>"
    assert date_near_heading(LexborHTMLParser(page)) is None
    # (the first date of the page's text is still the last resort)
    assert meta_of("", page).published == datetime(2019, 5, 3)


def test_dateline_in_the_header_of_an_article() -> None:
    meta = meta_of(
        "",
        "<article><header><h1>Budget passed</h1><p>Stand: 3. Mai 2019</p></header>"
        "<p>The council met.</p></article>",
    )
    assert meta.published == datetime(2019, 5, 3)


def test_dateline_opening_the_first_long_paragraph() -> None:
    long = "Die künftige Zusammenarbeit stand im Mittelpunkt eines Treffens im Ministerium. " * 4
    meta = meta_of(
        "",
        f"<div><h1>Treffen im Ministerium</h1><p>Pressemitteilung vom 25. Januar 2022 - {long}</p></div>",
    )
    assert meta.published == datetime(2022, 1, 25)


def test_dateline_inside_the_headline() -> None:
    meta = meta_of("", "<div><h1>Fans are back<br><small>02.02.2022 • Press</small></h1></div>")
    assert meta.published == datetime(2022, 2, 2)


def test_headline_in_a_content_header_inside_main_keeps_its_dateline() -> None:
    meta = meta_of(
        "",
        "<main><div class='frame'><header><h1>Fachtag</h1></header>"
        "<p>Stand: 8. November 2021</p></div></main>",
    )
    assert meta.published == datetime(2021, 11, 8)
