"""An author element that shows only a picture: the name in its alt text, when the link spells it."""

from __future__ import annotations

import pytest

from test_html_bylines import names, page


def test_the_avatars_alt_names_the_author_its_link_spells() -> None:
    card = (
        '<div class="author-card"><a href="/authors/priya-nair/" class="author-avatar">'
        '<img src="/a.jpg" alt="Priya Nair"></a></div>'
    )
    assert names(page(card)) == ["Priya Nair"]


def test_accents_and_case_aside() -> None:
    card = '<div class="author"><a href="/autor/ana-perez"><img alt="Ana Pérez"></a></div>'
    assert names(page(card)) == ["Ana Pérez"]


@pytest.mark.parametrize(
    "card",
    [
        # the alt says more than the name ("Photo of …"), or is not a name
        '<div class="author"><a href="/author/omar-said/"><img alt="Photo of Omar Said"></a></div>',
        '<div class="author"><a href="/author/omar-said/"><img alt="avatar"></a></div>',
        # the link does not spell the alt (an id, another person, the home page)
        '<div class="author"><a href="/author/1234/"><img alt="Omar Said"></a></div>',
        '<div class="author"><a href="/author/jane-doe/"><img alt="Omar Said"></a></div>',
        '<div class="author"><a href="/"><img alt="Gulf Wire"></a></div>',
        # a picture without a link
        '<div class="author"><img alt="Omar Said"></div>',
    ],
)
def test_an_alt_the_link_does_not_spell_names_nobody(card: str) -> None:
    assert names(page(card)) == []


@pytest.mark.parametrize(
    "html",
    [
        # review R1.5: a team's crest beside the headline (no author page)
        '<html><body><article><h1>Chelsea beat Arsenal</h1><div class="author">'
        '<a href="/team/chelsea-fc"><img alt="Chelsea FC"></a></div>'
        + "<p>"
        + "Text. " * 40
        + "</p>"
        "</article></body></html>",
        # a trending card's avatar before the article, a teaser's after it
        '<html><body><aside class="trending"><div class="card"><a href="/story/2">Other story</a>'
        '<div class="author"><a href="/author/john-roe"><img alt="John Roe"></a></div></div></aside>'
        "<article><h1>Budget agreed</h1><p>" + "Text. " * 40 + "</p></article></body></html>",
        "<html><body><article><h1>Budget agreed</h1><p>" + "Text. " * 40 + "</p></article>"
        '<div class="teaser"><div class="author"><a href="/author/john-roe"><img alt="John Roe">'
        "</a></div></div></body></html>",
    ],
)
def test_an_avatar_away_from_the_headline_or_off_an_author_page_names_nobody(html: str) -> None:
    assert names(html) == []
