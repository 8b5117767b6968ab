"""A declared author's co-authors: the byline under the headline naming the one author the
metadata declares and others (Ghost, Substack, SEO plugins declare the first author only)."""

from __future__ import annotations

import pytest

from test_html_bylines import names

_TEXT = (
    "<p>" + "The council met on Tuesday and agreed on the budget for the coming year. " * 3 + "</p>"
)


def _page(byline: str, declared: str = '<meta name="author" content="Ana Pérez">') -> str:
    return (
        f"<html><head>{declared}</head><body><main><article><h1>Budget agreed at last</h1>"
        f"{byline}{_TEXT}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # Ghost: the authors' links a comma apart in the author-name heading
        (
            '<h4 class="article-author-name"><a href="/author/ana/">Ana Pérez</a>, '
            '<a href="/author/tom/">Tom Black</a></h4>',
            ["Ana Pérez", "Tom Black"],
        ),
        # Substack: two profile links joined by "and"
        (
            '<div class="byline-wrapper"><a href="https://substack.com/@ana">Ana Pérez</a> and '
            '<a href="https://substack.com/@tom">Tom Black</a></div>',
            ["Ana Pérez", "Tom Black"],
        ),
        # a profile page's link
        (
            '<p class="byline">Von <a href="/autor/ana-perez">Ana Pérez</a> und '
            '<a href="https://medium.com/@tomblack">Tom Black</a></p>',
            ["Ana Pérez", "Tom Black"],
        ),
    ],
)
def test_the_byline_completes_a_declared_author(byline: str, expected: list[str]) -> None:
    assert names(_page(byline)) == expected


@pytest.mark.parametrize(
    "byline",
    [
        # an agency, an outlet or a place after the name: no co-author
        '<p class="byline">By Ana Pérez, Reuters</p>',
        '<p class="byline">By Ana Pérez, The Guardian</p>',
        '<p class="byline">By Ana Pérez, Washington</p>',
        # a caption naming the author beside someone else, no byline element naming both
        "<figure><figcaption>Ana Pérez and Tom Black at the launch</figcaption></figure>",
        # the byline names someone else with her (a teaser's), not the declared author
        '<p class="byline">By Tom Black and Eva Green</p><p>Ana Pérez, Tom Black</p>',
        # no joiner after the name
        '<p class="byline">By Ana Pérez</p><p>Tom Black contributed.</p>',
        # a co-author in plain text: as often a place or an outlet (review R2.2)
        '<p class="byline">Von Ana Pérez und Tom Black</p>',
    ],
)
def test_the_declared_author_stays_alone_without_co_authors_in_the_byline(byline: str) -> None:
    assert names(_page(byline)) == ["Ana Pérez"]


def test_two_declared_authors_are_not_extended() -> None:
    declared = '<meta name="author" content="Ana Pérez, Tom Black">'
    byline = '<p class="byline">By Ana Pérez, Tom Black and Eva Green</p>'
    assert names(_page(byline, declared)) == ["Ana Pérez", "Tom Black"]


def test_the_sites_name_in_the_byline_is_no_co_author() -> None:
    declared = '<meta name="author" content="Ana Pérez"><meta property="og:site_name" content="Infra Notes">'
    byline = '<p class="byline">By Ana Pérez and Infra Notes</p>'
    assert names(_page(byline, declared)) == ["Ana Pérez"]


@pytest.mark.parametrize(
    "byline",
    [
        # a job title and an organisation run on after the name (the ACLU's byline)
        '<p class="byline">Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, '
        "Privacy, and Technology Project</p>",
        '<p class="byline">Ana Pérez, Policy Director, Open Rights Group</p>',
        # one word after the name: an account, a desk, a section
        '<p class="byline">Ana Pérez, Newsdesk</p>',
    ],
)
def test_what_is_no_person_after_the_declared_name_is_no_co_author(byline: str) -> None:
    declared = '<meta name="author" content="Daniel Kahn Gillmor">' if "Gillmor" in byline else None
    page = _page(byline, declared) if declared else _page(byline)
    assert names(page) == ["Daniel Kahn Gillmor" if declared else "Ana Pérez"]


_HEAD = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Maria Chen"}}</script>'


@pytest.mark.parametrize(
    "byline",
    [
        # review R1.1: a place, a bureau or an outlet whose first word is a first name
        '<div class="byline">By Maria Chen, Austin Bureau</div>',
        '<div class="byline">By <a href="/author/maria-chen">Maria Chen</a>, Sydney Morning Herald</div>',
        '<div class="byline">By Maria Chen, Charlotte Observer</div>',
        '<div class="byline">By Maria Chen, Austin Bureau Chief</div>',
        '<div class="byline">By Maria Chen, Florence Nightingale Hospital</div>',
        '<div class="byline">By Maria Chen, Jordan Valley</div>',
    ],
)
def test_a_place_or_an_outlet_after_a_comma_is_no_co_author(byline: str) -> None:
    assert names(_page(byline, _HEAD)) == ["Maria Chen"]


def test_a_co_author_after_a_comma_has_a_link_of_its_own() -> None:
    byline = (
        '<div class="byline">By <a href="/author/maria-chen">Maria Chen</a>, '
        '<a href="/author/david-okafor">David Okafor</a></div>'
    )
    assert names(_page(byline, _HEAD)) == ["Maria Chen", "David Okafor"]


@pytest.mark.parametrize(
    "byline",
    [
        # review R2.2: linked outlets and topics, a nav link of the same name, "and" before a
        # police force or a council
        '<div class="byline">By <a href="/author/maria-chen">Maria Chen</a>, '
        '<a href="https://www.smh.com.au/">Sydney Morning Herald</a></div>',
        '<div class="byline"><a href="/author/maria-chen">Maria Chen</a>, '
        '<a href="/topics/jordan-valley">Jordan Valley</a></div>',
        '<nav><a href="/austin">Austin Bureau</a></nav><div class="byline">By Maria Chen, Austin Bureau</div>',
        '<div class="byline">By Maria Chen and Florence Police</div>',
        '<div class="byline">By <a href="/author/maria-chen">Maria Chen</a> and '
        '<a href="/topics/austin">Austin City Council</a></div>',
        '<div class="byline">By Maria Chen &amp; Jordan Times staff</div>',
    ],
)
def test_a_linked_or_joined_organisation_is_no_co_author(byline: str) -> None:
    assert names(_page(byline, _HEAD)) == ["Maria Chen"]
