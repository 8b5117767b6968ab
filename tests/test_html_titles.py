"""Titles: the declared title the page repeats, unescaped, without the site's name on either side."""

from __future__ import annotations

import pytest

from newsthread.html import from_html
from newsthread.html._titles import strip_site_suffix


def title(head: str, body: str = "", url: str | None = None) -> str | None:
    return from_html(
        f"<html><head>{head}</head><body>{body}</body></html>", url=url, quotes=False
    ).title


def test_json_ld_title_is_html_unescaped() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Bike &amp; Style: riders can&#39;t wait &#8216;long&#8217;"}</script>'
    )
    assert title(head) == "Bike & Style: riders can't wait \u2018long\u2019"


def test_a_declared_headline_the_page_never_shows_gives_way_to_the_name_that_is_the_h1() -> None:
    # An encyclopedia declares its short description as "headline" and the title as "name".
    head = (
        '<title>New Zealand - Wikipedia</title><script type="application/ld+json">'
        '{"@type": "Article", "headline": "constitutional monarchy in Oceania", '
        '"name": "New Zealand"}</script>'
    )
    assert title(head, "<h1>New Zealand</h1><p>Text.</p>") == "New Zealand"


def test_a_declared_headline_shown_on_the_page_is_kept() -> None:
    head = (
        '<title>Budget agreed | Daily Lens</title><script type="application/ld+json">'
        '{"@type": "NewsArticle", "headline": "Budget agreed", "name": "Politics"}</script>'
    )
    assert title(head, "<h1>Politics</h1><h2>Budget agreed</h2>") == "Budget agreed"


@pytest.mark.parametrize(
    ("raw", "sites", "expected"),
    [
        ("Story of the day | Daily Lens", ["Daily Lens"], "Story of the day"),
        ("Daily Lens | Story of the day", ["Daily Lens"], "Story of the day"),  # the right side
        ("Story of the day | DL", ["dl.example"], "Story of the day"),  # the address's name
        ("Story - Part two - Unzensuriert", ["unzensuriert.at"], "Story - Part two"),
        ("The fields | DW | 23.05.2011", ["dw.com"], "The fields"),  # a date is not the title
        ("Story - Fischerhütte | shop.com", ["Fischerhütte | shop.com"], "Story"),
        ("Why: a question", [], "Why: a question"),
        ("Ferries resume \u203a harbour.example", ["harbour.example"], "Ferries resume"),
        ("HPA - Ferries resume after repairs", ["www.hpa.example"], "Ferries resume after repairs"),
    ],
)
def test_site_name_is_stripped_from_either_end(raw: str, sites: list[str], expected: str) -> None:
    assert strip_site_suffix(raw, sites) == expected


def test_site_name_known_only_from_the_url() -> None:
    head = '<meta property="og:title" content="Daily Lens | Council votes on the budget">'
    assert title(head, url="https://www.dailylens.com/x") == "Council votes on the budget"


def test_the_part_of_a_declared_title_that_is_the_h1_wins_over_a_longer_tagline() -> None:
    head = (
        '<meta property="og:title" '
        'content="Winter pike | fish.example | Your favourite angling magazine">'
    )
    body = "<h1>Winter pike</h1><p>Text.</p>"
    assert title(head, body, url="https://fish.example/pike") == "Winter pike"


def test_a_declared_title_that_is_only_the_sites_name_is_passed_over() -> None:
    head = (
        '<meta name="twitter:title" content="Sports.example">'
        '<meta property="og:title" content="Lorient vs Lyon"><title>Lorient vs Lyon</title>'
    )
    assert title(head, url="https://sports.example/match") == "Lorient vs Lyon"


@pytest.mark.parametrize(
    "logo",
    [
        '<h1 id="site-name"><a href="/" title="Home">Ethos</a></h1>',  # a site-name id
        '<h1><a href="https://ethos.example">Ethos</a></h1>',  # a link to the home page
        '<h1><a href="/blog/" rel="home">Ethos</a></h1>',  # rel=home
        '<h1 class="menu-toggle">Menu</h1>',  # a menu button
    ],
)
def test_an_h1_that_is_the_sites_logo_is_no_title(logo: str) -> None:
    head = "<title>Eating less meat: need, trend or choice? | Ethos</title>"
    body = f"{logo}<h1>Eating less meat: need, trend or choice?</h1><p>Text.</p>"
    assert title(head, body) == "Eating less meat: need, trend or choice?"


def test_of_several_h1_the_longest_the_page_title_holds_is_the_title() -> None:
    head = "<title>Ferries resume after repairs | Harbour</title>"
    body = "<h1>Harbour</h1><h1>Ferries resume after repairs</h1><p>Text.</p>"
    assert title(head, body) == "Ferries resume after repairs"


def test_a_declared_kicker_before_the_visible_headline_is_dropped() -> None:
    head = '<meta property="og:title" content="Chronicle: Ferries resume after repairs">'
    body = "<h1>Ferries resume after repairs</h1><p>Text.</p>"
    assert title(head, body) == "Ferries resume after repairs"


def test_a_kicker_inside_the_h1_is_no_part_of_the_headline() -> None:
    body = (
        '<h1><span class="article-heading__kicker">Harbour</span> '
        '<span class="article-heading__title">Ferries resume after repairs</span></h1>'
        "<p>Text.</p>"
    )
    assert title("", body) == "Ferries resume after repairs"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "NEWS WEB EASY|\u5b50\u3069\u3082\u3078\u306e\u4f53\u7f70\u3092\u7981\u6b62\u3059\u308b\u6cd5\u5f8b",
            "\u5b50\u3069\u3082\u3078\u306e\u4f53\u7f70\u3092\u7981\u6b62\u3059\u308b\u6cd5\u5f8b",
        ),
        (
            "\u6cd5\u5f8b\u304c\u3067\u304d\u308b\uff5c\u671d\u65e5\u65b0\u805e",
            "\u6cd5\u5f8b\u304c\u3067\u304d\u308b",
        ),
    ],
)
def test_bars_without_spaces_and_full_width_bars_separate_the_sites_name(
    raw: str, expected: str
) -> None:
    assert title(f"<title>{raw}</title>", url="https://www.asahi.com/articles/1") == expected


def test_a_dash_inside_the_part_before_the_bar_stays() -> None:
    head = '<meta property="og:title" content="Friday Facts #282 - 0.17 in sight | Factorio">'
    assert title(head) == "Friday Facts #282 - 0.17 in sight"


def test_a_title_escaped_twice_or_holding_markup_is_cleaned() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "<b>Bike &amp;amp; Style</b>: riders can&amp;#39;t wait"}</script>'
    )
    assert title(head) == "Bike & Style : riders can't wait"


def test_the_sites_name_with_a_short_word_more_is_the_sites() -> None:
    head = '<meta property="og:title" content="The Daily Lens | Council votes on the budget">'
    assert title(head, url="https://dailylens.com/x") == "Council votes on the budget"


def test_a_headline_that_opens_with_the_sites_brand_is_kept() -> None:
    head = '<meta property="og:title" content="Dailylens readers vote on the budget | Daily Lens">'
    assert title(head, url="https://dailylens.com/x") == "Dailylens readers vote on the budget"


def test_the_sites_app_name_is_its_name_when_the_json_ld_names_another_publisher() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Council votes on the budget - Springfield Daily Chronicle News", '
        '"publisher": {"@type": "Organization", "name": "Chronicle Media Group"}}</script>'
        '<meta name="application-name" content="Springfield Daily Chronicle News">'
    )
    assert title(head) == "Council votes on the budget"


def test_the_part_the_h1_holds_most_of_is_the_story_beside_a_longer_sites_name() -> None:
    head = (
        '<meta property="og:title" content="Springfield Daily Chronicle and Herald | '
        'Mayor resigns">'
    )
    assert title(head, "<h1>Mayor resigns after the vote</h1><p>Text.</p>") == "Mayor resigns"


def test_a_dashed_title_whose_start_is_the_h1_loses_its_end() -> None:
    head = '<meta property="og:title" content="Tomatoes cut right - A tip with pictures">'
    assert title(head, "<h1>Tomatoes cut right</h1><p>Text.</p>") == "Tomatoes cut right"


def test_a_dashed_title_whose_end_is_the_h1_loses_its_start() -> None:
    head = '<meta property="og:title" content="Lens Foundation - Forty days in quarantine">'
    assert title(head, "<h1>Forty days in quarantine</h1><p>Text.</p>") == (
        "Forty days in quarantine"
    )


def test_a_dashed_title_the_h1_does_not_repeat_stays_as_written() -> None:
    head = '<meta property="og:title" content="Story - Part two">'
    assert title(head, "<h1>Story - Part two continued</h1><p>Text.</p>") == "Story - Part two"


def test_a_blogs_name_and_a_colon_opening_the_title_go() -> None:
    # Blogger: "Blog name: Post", the blog's name in its logo's <h1>, the post's in an <h3>
    body = (
        '<h1 class="title"><a href="https://garten.blogspot.com/">Mein Garten</a></h1>'
        '<h3 class="post-title">Tomaten richtig ausgeizen</h3><p>Text.</p>'
    )
    head = "<title>Mein Garten: Tomaten richtig ausgeizen</title>"
    assert title(head, body) == "Tomaten richtig ausgeizen"
    # the declared site's name does it too
    head2 = head + '<meta property="og:site_name" content="Mein Garten">'
    assert title(head2, "<p>Text.</p>") == "Tomaten richtig ausgeizen"


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # the site's name without a colon after it, or a colon in a word after it
        ("<title>Mein Garten im Mai</title>", "", "Mein Garten im Mai"),
        ("<title>Mein Gartenhaus: Bauanleitung</title>", "", "Mein Gartenhaus: Bauanleitung"),
        # a headline on the page: the title is the headline, colon and all
        (
            "<title>Mein Garten: Tomaten</title>",
            "<h1>Mein Garten: Tomaten</h1>",
            "Mein Garten: Tomaten",
        ),
        # nothing after the colon
        ("<title>Mein Garten:</title>", "", "Mein Garten:"),
    ],
)
def test_a_title_the_sites_name_does_not_open_with_a_colon_stays(
    head: str, body: str, expected: str
) -> None:
    logo = '<h1 class="logo"><a href="/">Mein Garten</a></h1>'
    assert title(head, logo + body + "<p>Text.</p>") == expected


def test_a_title_going_on_in_lower_case_after_the_sites_name_stays() -> None:
    # review R1.6: the site's name as the subject of the title
    head = '<title>Apple: the company that changed phones</title><meta property="og:site_name" content="Apple">'
    body = '<h1 class="logo">Apple</h1><p>Text.</p>'
    assert title(head, body) == "Apple: the company that changed phones"


def test_a_declared_title_cut_short_gives_way_to_the_headline_it_opens() -> None:
    full = (
        "Residents say the new quarry will ruin their water supply and their roads for a generation"
    )
    cut = "Residents say the new quarry will ruin their water supply and their roads for a…"
    html = (
        f'<html><head><script type="application/ld+json">{{"@type":"NewsArticle","headline":"{cut}"}}'
        f"</script></head><body><h1>{full}</h1><p>Text.</p></body></html>"
    )
    assert from_html(html, quotes=False).title == full
    # "..." too; not when the <h1> does not go on from the cut (another headline)
    dots = html.replace("for a…", "for a...")
    assert from_html(dots, quotes=False).title == full
    other = html.replace(f"<h1>{full}</h1>", "<h1>Quarry plan divides villages</h1>")
    assert from_html(other, quotes=False).title == cut
    # a title that ends with an ellipsis as written, the <h1> the same
    same = html.replace(f"<h1>{full}</h1>", f"<h1>{cut}</h1>")
    assert from_html(same, quotes=False).title == cut
