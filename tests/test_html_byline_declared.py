"""Declared authors the first metadata readers pass over: lenient JSON-LD, other meta names,
Parse.ly."""

from __future__ import annotations

import pytest

from test_html_bylines import names, page


def _ld(value: str) -> str:
    return f'<script type="application/ld+json">{value}</script>'


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # an article nested in the page's item
        (
            _ld(
                '{"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "x",'
                ' "author": {"@type": "Person", "name": "Jane Doe"}}}'
            ),
            ["Jane Doe"],
        ),
        # a script wrapped in an HTML comment; two objects one after the other
        (
            _ld(
                '<!--\n{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Doe"}}\n-->'
            ),
            ["Jane Doe"],
        ),
        (
            _ld(
                '{"@type": "Organization", "name": "Daily Lens"}\n'
                '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Doe"}}'
            ),
            ["Jane Doe"],
        ),
        # a person named by given and family name
        (
            _ld(
                '{"@type": "NewsArticle", "author": {"@type": "Person", "givenName": "Jane",'
                ' "familyName": "Doe"}}'
            ),
            ["Jane Doe"],
        ),
        # the page's video item
        (
            _ld('{"@type": "VideoObject", "author": {"@type": "Person", "name": "Jane Doe"}}'),
            ["Jane Doe"],
        ),
        # other meta names calling the value an author, and Parse.ly's page JSON
        ('<meta name="article.author" content="Jane Doe">', ["Jane Doe"]),
        ('<meta name="content_author" content="Jane Doe">', ["Jane Doe"]),
        ('<meta name="creator" content="Jane Doe">', ["Jane Doe"]),
        (
            '<meta name="parsely-page" content=\'{"title": "x", "authors": ["Jane Doe", "John Roe"]}\'>',
            ["Jane Doe", "John Roe"],
        ),
        # but no Twitter handle, web designer, profile address
        ('<meta name="twitter:creator" content="@janedoe">', []),
        ('<meta name="web_author" content="Pixel Agency">', []),
        ('<meta property="article:author" content="https://www.facebook.com/janedoe">', []),
    ],
)
def test_declared_authors_the_first_readers_pass_over(head: str, expected: list[str]) -> None:
    assert names(page("", head=head)) == expected


def test_an_embedded_video_s_author_is_not_the_article_s() -> None:
    ld = _ld(
        '[{"@type": "NewsArticle", "headline": "x", "author": {"@type": "Person", "givenName":'
        ' "Jane", "familyName": "Doe"}}, {"@type": "VideoObject", "author": {"@type": "Person",'
        ' "name": "Vic Video"}}]'
    )
    assert names(page("", head=ld)) == ["Jane Doe"]
    assert (
        names(page("", head=ld.replace('"givenName": "Jane", "familyName": "Doe"', '"url": "/x"')))
        == []
    )


def test_a_claim_nested_anywhere_names_no_author() -> None:
    ld = _ld(
        '{"@type": "WebPage", "mainEntity": {"@type": "ClaimReview", "itemReviewed":'
        ' {"@type": "Claim", "author": {"@type": "Person", "name": "Rex Claimant"}}},'
        ' "hasPart": {"@type": "Claim", "author": {"@type": "Person", "name": "Rex Claimant"}}}'
    )
    assert names(page("", head=ld)) == []
    # the fact check's own author is the article's
    ld = ld.replace(
        '"itemReviewed"', '"author": {"@type": "Person", "name": "Rosa Ortega"}, "itemReviewed"'
    )
    assert names(page("", head=ld)) == ["Rosa Ortega"]
