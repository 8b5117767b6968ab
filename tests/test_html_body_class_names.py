"""Body extraction: class names with digits after the names are folded; share boxes stay out;
a page builder's widgets are not a sidebar's; a comment section is named inside a longer name;
an element hidden by its class stays out unless a screen-width class shows it."""

from __future__ import annotations

from pathlib import Path

from newsthread.html import from_html
from newsthread.html._body import _marker_info
from newsthread.html._body.markers import _marker_info_folded

LONG = "This sentence is part of the article and carries enough words to count, clearly. "


def test_addtoany_share_box_stays_out() -> None:
    html = (
        "<html><body><article class='post'><div class='entry-content'>"
        f"<p>{LONG * 3}</p>"
        "<div class='a2a_kit a2a_kit_size_32 a2a_default_style'>"
        "<p>Tell your friends and family about this story, they will like reading it as much as you did.</p></div>"
        f"<p>{LONG * 2}</p></div></article></body></html>"
    )
    result = [block.text for block in from_html(html, quotes=False).body]
    assert len(result) == 2
    assert all("Tell your friends" not in t for t in result)


def test_numbered_names_are_one_name_and_a2a_is_boilerplate() -> None:
    assert _marker_info("a2a_kit")[0] != 0
    assert _marker_info("post-123") == _marker_info("post-456")
    assert _marker_info("td-related-row")[0] == _marker_info("td-related-row-2")[0] != 0


def test_a_page_builders_widgets_hold_the_article_but_a_sidebar_widget_stays_out() -> None:
    # Elementor names every box "elementor-widget-…", the article's paragraphs too; a
    # WordPress sidebar's "widget widget_recent_entries" is furniture however much prose.
    html = Path(__file__).parent / "data" / "html" / "main" / "body_page_builder_widgets.html"
    result = [b.text for b in from_html(html.read_bytes(), quotes=False).body]
    assert result == [
        "Der Sommer ist da, die Haare werden hochgesteckt, und es ist die beste Zeit, um "
        "Ohrringe zu zeigen.",
        "Wer keine Ohrlöcher hat, greift zum Ear Cuff: Er wird einfach an den Rand des Ohrs "
        "geklemmt.",
        "Ear Cuff: Zoeca",
    ]


def test_a_page_wrapper_named_like_a_banner_that_holds_the_headline_is_walked() -> None:
    # The whole page sits in "page page-banner" and its navigation is most of its text:
    # as it holds the <h1>, it is the page's wrapper, not a banner to leave out.
    nav = "".join(f"<li><a href='/s{i}'>Section number {i} of the site</a></li>" for i in range(60))
    html = (
        "<html><head><title>The Title</title></head><body>"
        f"<div class='page page-banner'><ul>{nav}</ul>"
        f"<div class='story'><h1>The Title</h1><p>{LONG * 4}</p><p>{LONG * 3}</p></div>"
        "</div></body></html>"
    )
    assert [b.text for b in from_html(html, quotes=False).body] == [
        (LONG * 4).strip(),
        (LONG * 3).strip(),
    ]


def test_class_names_are_read_with_every_digit_folded_to_zero_whatever_their_script() -> None:
    for marker in ("post-123 Related-9", "Kommentar-ä7 ß", "\ud800x-5 share", "١٢ related-45"):
        folded = "".join("0" if c in "123456789" else c for c in marker.lower())
        assert _marker_info(marker) == _marker_info_folded.__wrapped__(folded)
    assert _marker_info("sidebar-2") == (1, -20.0)


def test_a_comment_wrapper_named_inside_a_longer_name_stays_out() -> None:
    # A publishing platform's prefix ("pb-comment-wrapper") around a comment widget's
    # notices; a live blog's "live-match-comments" (its posts) is not a comment section.
    notice = (
        "Comments our editors find particularly useful or relevant are displayed in Top Comments."
    )
    html = (
        f"<html><body><div class='article-body'><p>{LONG * 3}</p></div>"
        f"<div class='pb-comment-wrapper'><p>{notice}</p><p>{notice}</p></div></body></html>"
    )
    assert [b.text for b in from_html(html, quotes=False).body] == [(LONG * 3).strip()]
    assert _marker_info("pb-comment-wrapper")[0] == _marker_info("site-comments-area")[0] != 0
    assert _marker_info("live-match-comments")[0] == 0


def test_a_boilerplate_word_is_found_in_any_token_of_a_marker() -> None:
    # The word may stand between other class names, bounded by spaces ("col-right sidebar").
    assert _marker_info("teaser col-lg-3")[0] == 1
    assert _marker_info("col-right sidebar")[0] == 1
    assert _marker_info("box ad slot")[0] == 1
    # ...and a longer word that starts like one is not it: "teasertext" is a lead.
    assert _marker_info("lead teasertext")[0] == 0


def test_names_that_only_look_like_boilerplate_words() -> None:
    # An id "a5a0" is not AddToAny's "a2a_kit" (digits fold to 0 in both).
    assert _marker_info("hb hc a5a0")[0] == 0
    assert _marker_info("a2a_kit a2a_kit_size_32")[0] == 1
    # A BEM modifier of state describes the block ("has ads"), it does not name it.
    assert _marker_info("o-section o-section--has-ads")[0] == 0
    assert _marker_info("c-card--teaser")[0] == 1
    # Atomic CSS: short generated classes, one of which happens to spell "ad".
    assert _marker_info("bn db ad hg on hk")[0] == 0


def test_a_sidebar_named_between_other_classes_stays_out() -> None:
    side = (
        "Our partner shop has the best offers for the whole family, every single day of the week."
    )
    html = (
        f"<html><body><div class='row'><div class='col-main story'><p>{LONG * 3}</p></div>"
        f"<div class='col-right sidebar hidden-print'><p>{side}</p></div></div></body></html>"
    )
    assert [b.text for b in from_html(html, quotes=False).body] == [(LONG * 3).strip()]


def test_an_element_hidden_by_its_class_stays_out_unless_a_screen_width_shows_it() -> None:
    notice = "You must be logged in to report a comment, and reports are read by our editors daily."
    shown = "The harbour at dawn, with the fishing boats coming back in after a night out at sea."
    html = (
        f"<html><body><article><p>{LONG * 3}</p>"
        f"<div class='badgetext hide hidden'><p>{notice}</p></div>"
        f"<div class='hidden md:block'><p>{shown}</p></div>"
        f"<div class='d-none d-lg-block'><p>{shown.upper()}</p></div>"
        f"<p>{LONG * 2}</p></article></body></html>"
    )
    assert [b.text for b in from_html(html, quotes=False).body] == [
        (LONG * 3).strip(),
        shown,
        shown.upper(),
        (LONG * 2).strip(),
    ]


def test_a_numbered_instance_name_does_not_make_a_sidebar_widget_content() -> None:
    # WordPress numbers its widgets ("text-3"): the number names an instance, not the article
    # text, so the sidebar's "widget widget_text" stands.
    assert _marker_info("widget block widget_text sidebar-box text-3")[0] == 1
    assert _marker_info("l-sidebar-fixed l-article-body-segment")[0] == 0
    notice = "The copyright for all texts and photos on this blog is mine; ask before you use them."
    html = (
        "<html><body><div class='wrapper'>"
        f"<article class='post-12 post'><p>{LONG * 3}</p></article>"
        f"<div class='widget widget_text text-3'><p>{notice}</p></div>"
        "</div></body></html>"
    )
    assert [b.text for b in from_html(html, quotes=False).body] == [(LONG * 3).strip()]


def test_an_article_hidden_by_its_class_is_read_when_nothing_else_is_an_article() -> None:
    # a script shows the article once it loads; a hidden box beside an article stays out
    paragraphs = "".join(
        f"<p>Paragraph {i} of the story tells what happened in the town on Monday, with "
        "details from people who were there.</p>"
        for i in range(4)
    )
    hidden = f"<div class='article-body hidden'>{paragraphs}</div>"
    page = f"<html><body><main><h1>Story of the day</h1>{hidden}</main></body></html>"
    assert len(from_html(page, quotes=False).body) == 4
    shown = (
        f"<article>{paragraphs}</article><div class='promo hidden'><p>{'Buy now. ' * 40}</p></div>"
    )
    body = from_html(f"<html><body><main>{shown}</main></body></html>", quotes=False).body
    assert [b.text[:11] for b in body] == [
        "Paragraph 0",
        "Paragraph 1",
        "Paragraph 2",
        "Paragraph 3",
    ]
