"""The site's name as ``<title>`` prints it beside the headline, and what it credits."""

from __future__ import annotations

from newsthread.html import from_html
from newsthread.html._title_site import title_site_names


def test_the_part_beside_a_declared_title_is_the_sites() -> None:
    assert title_site_names("Tram line approved | City Courier", ["Tram line approved"]) == [
        "City Courier"
    ]
    assert title_site_names("City Courier - Tram line approved", [None, "Tram line approved"]) == [
        "City Courier"
    ]


def test_no_declared_title_in_the_page_title_names_no_site() -> None:
    assert title_site_names("Tram line approved", ["Tram line approved"]) == []
    assert title_site_names("Something else | Site", ["Tram line approved"]) == []
    assert title_site_names(None, ["Tram line approved"]) == []


def test_a_meta_author_that_is_the_site_loses_to_the_visible_byline() -> None:
    page = (
        "<html><head><title>Water plant opens | The Daily Lamp</title>"
        '<meta property="og:title" content="Water plant opens">'
        '<meta name="author" content="The Daily Lamp"></head><body><article>'
        "<h1>Water plant opens</h1><p class='byline'>By Nadia Karim</p>"
        "<p>The plant will supply water to 120,000 people from next month, officials said.</p>"
        "</article></body></html>"
    )
    assert [a.name for a in from_html(page, quotes=False).authors] == ["Nadia Karim"]


def test_an_outlet_and_a_place_after_the_names_are_no_author() -> None:
    page = (
        "<html><head><title>Metro station opens | Portal Minas</title>"
        '<meta property="og:title" content="Metro station opens"></head><body><article>'
        "<h1>Metro station opens</h1>"
        "<p class='author'>Por Joana Lima e Rafael Souza, Portal Minas — Belo Horizonte</p>"
        "<p>A estação foi inaugurada nesta segunda-feira depois de doze anos de obras.</p>"
        "</article></body></html>"
    )
    assert [a.name for a in from_html(page, quotes=False).authors] == ["Joana Lima", "Rafael Souza"]
