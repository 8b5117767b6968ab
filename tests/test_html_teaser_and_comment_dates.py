"""Publication dates: the dates of comments, events and other stories on the page are not the
article's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from selectolax.lexbor import LexborHTMLParser

from newsthread.html._metadata import extract_metadata


def published(page: str) -> datetime | None:
    return extract_metadata(LexborHTMLParser(page)).published


def test_the_time_elements_of_comments_are_not_the_articles_date() -> None:
    page = (
        "<html><body><h1>Tomaten</h1><h1>richtig schneiden</h1>"
        "<div class='tip-author'><a href='/user/m'>Marianne1</a><br>am 20.09.2020</div>"
        "<p>Mit einem scharfen Messer gelingt es am besten.</p>"
        "<div class='recipe-comment-box'><span>Hans</span>"
        "<time datetime='2020-09-23T18:19:06+02:00'>23.09.20 | 18:19</time><p>Super!</p></div>"
        "</body></html>"
    )
    assert extract_metadata(LexborHTMLParser(page)).published == datetime(2020, 9, 20)


def test_a_comment_before_the_articles_time_element() -> None:
    page = (
        "<html><body><h1>Tomaten</h1><p>Text</p><div id='comments'><div class='entry'>"
        "<time datetime='2020-09-23T18:19:06+02:00'>23.09.20</time> Super!</div></div>"
        "<p class='info'><time datetime='2020-09-19T08:00:00+02:00'>19.09.2020</time></p>"
        "</body></html>"
    )
    assert extract_metadata(LexborHTMLParser(page)).published == datetime(
        2020, 9, 19, 8, tzinfo=timezone(timedelta(hours=2))
    )


def test_an_events_date_with_a_span_of_hours_is_not_the_articles() -> None:
    page = (
        "<html><body><h1>A</h1><h1>B</h1>"
        "<div class='field-forum-datum'>19.1.23, 10:00-11:30 Uhr</div>"
        "<div class='field-post-date'>20.12.2022</div><p>Text of the story.</p>"
        "</body></html>"
    )
    assert extract_metadata(LexborHTMLParser(page)).published == datetime(2022, 12, 20)


def test_an_events_span_of_days_is_not_the_articles_date() -> None:
    page = (
        "<html><body><h1>A</h1><h1>B</h1>"
        "<div class='event-date'>12.\u2013 14. März 2022</div>"
        "<div class='meta'>Veröffentlicht 3. Februar 2022 - 13:30</div><p>Text.</p>"
        "</body></html>"
    )
    assert extract_metadata(LexborHTMLParser(page)).published == datetime(2022, 2, 3, 13, 30)


def test_a_videos_upload_date_is_not_the_articles() -> None:
    page = (
        "<html><body><h1>Pineapple cake</h1>"
        "<div itemscope itemtype='https://schema.org/VideoObject'>"
        "<meta itemprop='uploadDate' content='2017-01-10'></div>"
        "<div class='recipe-date'>Updated June 13, 2019</div><p>Text.</p></body></html>"
    )
    assert extract_metadata(LexborHTMLParser(page)).published == datetime(2019, 6, 13)


def test_a_time_in_a_ticker_of_other_stories_is_not_the_articles() -> None:
    page = (
        '<html><body><div class="breaking-news"><a href="/b">Other story '
        '<time datetime="2021-02-27T10:00:00Z">Feb 27</time></a></div>'
        '<div class="story"><h1>Council votes</h1>'
        '<time datetime="2021-03-01T08:00:00Z">March 1</time><p>Text.</p></div></body></html>'
    )
    assert published(page) == datetime(2021, 3, 1, 8, tzinfo=UTC)


def test_a_teaser_card_link_holding_a_heading_and_a_time_is_not_the_article() -> None:
    page = (
        '<html><body><div class="grid"><a href="/other"><h3>Other story</h3>'
        '<time datetime="2021-02-27T10:00:00Z">Feb 27</time></a></div>'
        '<div class="story"><h1>Council votes</h1>'
        '<time datetime="2021-03-01T08:00:00Z">March 1</time><p>Text.</p></div></body></html>'
    )
    assert published(page) == datetime(2021, 3, 1, 8, tzinfo=UTC)


def test_a_date_in_a_top_stories_box_above_the_heading_is_not_the_articles() -> None:
    page = (
        '<html><body><div class="top-stories"><div class="item"><a href="/x">Other</a>'
        '<span class="date">February 27, 2021</span></div></div><h1>Council votes</h1>'
        '<div class="post-meta">Posted on March 1, 2021</div><p>Text.</p></body></html>'
    )
    assert published(page) == datetime(2021, 3, 1)


def test_an_article_promoted_to_the_front_page_is_no_promotion_box() -> None:
    # Drupal marks such an article "node-promoted": its own date stands inside.
    page = (
        '<html><body><div class="node node-article node-promoted"><h2>Faircoin</h2>'
        '<div class="submitted">Gespeichert von rasos am 24. Juli 2017 - 18:55</div>'
        "<p>Text.</p></div></body></html>"
    )
    assert published(page) == datetime(2017, 7, 24, 18, 55)
