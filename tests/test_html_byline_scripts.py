"""Authors a script-rendered page names only in its state (``html/_byline_scripts``): read
beside the article's headline in it, when the page shows no byline."""

from __future__ import annotations

import json

import pytest

from newsthread.html import from_html

_TEXT = "<p>" + "Sodium cells promise lower costs for storage on the grid. " * 3 + "</p>"


def _page(
    state: str, *, byline: str = "", kind: str = 'id="__NEXT_DATA__" type="application/json"'
) -> str:
    return (
        "<html><body><div id=__next><main><h1>Startups race to build cheaper batteries</h1>"
        f"{byline}{_TEXT}</main></div><script {kind}>{state}</script></body></html>"
    )


def _names(html: str) -> list[str]:
    return [a.name for a in from_html(html, quotes=False).authors]


def _next_data(article: dict[str, object], before: list[dict[str, object]] | None = None) -> str:
    props = {"menu": before or [], "article": article}
    return json.dumps({"props": {"pageProps": props}, "page": "/[slug]"})


HEADLINE = "Startups race to build cheaper batteries"


def test_the_authors_beside_the_headline_in_next_data() -> None:
    state = _next_data(
        {
            "headline": HEADLINE,
            "authors": [{"id": 7, "name": "Maria Chen"}, {"id": 8, "name": "Tom Reyes"}],
        }
    )
    assert _names(_page(state)) == ["Maria Chen", "Tom Reyes"]


def test_an_author_object_before_the_headline_and_arc_credits() -> None:
    state = _next_data({"author": {"name": "Maria Chen"}, "title": HEADLINE})
    assert _names(_page(state)) == ["Maria Chen"]
    arc = (
        'Fusion.globalContent={"headlines":{"basic":"' + HEADLINE + '"},'
        '"credits":{"by":[{"type":"author","name":"Emily Rhodes"}]}};'
    )
    assert _names(_page(arc, kind='id="fusion-metadata" type="application/javascript"')) == [
        "Emily Rhodes"
    ]


def test_a_state_with_bare_keys() -> None:
    state = (
        'window.__STATE__={data:[{article:{title:"' + HEADLINE + '",'
        'author:{name:"Tomás Ortega",slug:"tomas-ortega"}}}]};'
    )
    assert _names(_page(state, kind='id="app-state"')) == ["Tomás Ortega"]
    # an anonymous inline script (Nuxt 2's "window.__NUXT__=", analytics) is not read
    assert _names(_page(state, kind="")) == []


@pytest.mark.parametrize(
    "state",
    [
        # the headline is not in the state: its authors may be any article's
        _next_data({"title": "Another story", "author": {"name": "Maria Chen"}}),
        # another article's author, far before the headline (a menu of stories)
        _next_data(
            {"title": HEADLINE, "body": "x"},
            before=[{"title": "Old story", "author": {"name": "Jo Lane"}, "pad": "y" * 800}],
        ),
        # only related stories name authors, each beside its own headline, before the
        # article's (whose list is empty) or after it
        json.dumps(
            {
                "related": [{"headline": "Rivers rise", "authors": [{"name": "Tom Reyes"}]}],
                "article": {"headline": HEADLINE, "authors": []},
            }
        ),
        json.dumps(
            {
                "article": {"headline": HEADLINE, "authors": []},
                "related": [{"headline": "Rivers rise", "authors": [{"name": "Tom Reyes"}]}],
            }
        ),
        # no author key beside it
        _next_data({"title": HEADLINE, "section": {"name": "Energy Desk"}}),
    ],
)
def test_no_author_without_the_headline_beside_it(state: str) -> None:
    assert _names(_page(state)) == []


def test_a_visible_byline_comes_first() -> None:
    state = _next_data({"headline": HEADLINE, "authors": [{"name": "Maria Chen"}]})
    byline = '<p class="byline">By Ann Lee</p>'
    assert _names(_page(state, byline=byline)) == ["Ann Lee"]


def test_json_ld_is_not_read_as_a_state() -> None:
    # (JSON-LD is read as such: a ClaimReview's claimant is no author)
    state = json.dumps(
        {
            "@type": "ClaimReview",
            "claimReviewed": HEADLINE,
            "itemReviewed": {"author": {"name": "Gary Holt"}},
        }
    )
    assert _names(_page(state, kind='type="application/ld+json"')) == []


def test_a_long_list_of_other_stories_before_the_article() -> None:
    stories = [{"title": f"Story {i}", "author": {"name": f"Writer {i}"}} for i in range(2000)]
    state = _next_data({"headline": HEADLINE, "author": {"name": "Maria Chen"}}, before=stories)
    assert _names(_page(state)) == ["Maria Chen"]


def _state(obj: object) -> str:
    return _page(json.dumps(obj))


# Review 11 R1.2: states whose author object beside the headline is not the article's.
@pytest.mark.parametrize(
    ("state", "expected"),
    [
        # a related story nested in the article's object, after the headline
        (
            {
                "article": {
                    "title": HEADLINE,
                    "summary": "x",
                    "related": [{"title": "Other story", "authors": [{"name": "Bob Other"}]}],
                }
            },
            [],
        ),
        # an image's credit before the article's own authors
        (
            {
                "article": {
                    "headline": HEADLINE,
                    "image": {"url": "x.jpg", "author": {"name": "Pat Photog"}},
                    "authors": [{"name": "Ann Vale"}],
                }
            },
            ["Ann Vale"],
        ),
        # Arc XP: no credit of its own, a promo image's photographer
        (
            {
                "headlines": {"basic": HEADLINE},
                "credits": {"by": []},
                "promo_items": {"basic": {"credits": {"by": [{"name": "Pat Photog"}]}}},
            },
            [],
        ),
        # keys that end in "by" or hold "author" inside a word
        ({"headline": HEADLINE, "updated_by": {"name": "cms-admin"}}, []),
        ({"headline": HEADLINE, "created_by": {"id": 5, "name": "Web Desk"}}, []),
        ({"article": {"title": HEADLINE, "comments": {"sortby": {"name": "Newest first"}}}}, []),
        # the headline in a trending list first, with another story's author beside it
        (
            {
                "trending": [{"title": HEADLINE, "author": {"name": "Bob Other"}}],
                "article": {"title": HEADLINE, "body": "y" * 4000, "author": {"name": "Ann Vale"}},
            },
            [],
        ),
        # the same headline twice with the same author: read
        (
            {
                "teaser": {"title": HEADLINE, "author": {"name": "Ann Vale"}},
                "article": {"title": HEADLINE, "author": {"name": "Ann Vale"}},
            },
            ["Ann Vale"],
        ),
    ],
)
def test_only_the_articles_own_author_object(state: object, expected: list[str]) -> None:
    assert _names(_state(state)) == expected


def test_many_author_objects_between_the_headline_and_the_articles_own() -> None:
    # (one pass over the state: 1k, 2k, 4k nested image credits before the article's author)
    for count in (1000, 2000, 4000):
        images = [{"image": {"author": {"name": f"Photographer {i}"}}} for i in range(count)]
        state = _next_data(
            {"headline": HEADLINE, "gallery": images, "author": {"name": "Ann Vale"}}
        )
        # (the gallery pushes the article's author past the window read after the headline)
        assert _names(_page(state)) == []
    near = _next_data(
        {
            "headline": HEADLINE,
            "image": {"author": {"name": "Pat Photog"}},
            "author": {"name": "Ann Vale"},
        }
    )
    assert _names(_page(near)) == ["Ann Vale"]


def test_a_state_whose_only_author_key_is_writers() -> None:
    # (Review 11 R6.15) every key the pattern reads passes the quick test before it
    state = _next_data(
        {"title": HEADLINE, "writers": [{"fullName": "Ann Vale"}, {"fullName": "Tom Reed"}]}
    )
    assert _names(_page(state)) == ["Ann Vale", "Tom Reed"]
    byline = _next_data({"title": HEADLINE, "byline": {"name": "Ann Vale"}})
    assert _names(_page(byline)) == ["Ann Vale"]
