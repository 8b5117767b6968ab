"""Publication dates: the dates of comments, events and other stories on the page are not the
article's."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from selectolax.lexbor import LexborHTMLParser

from newsthread.html._metadata import extract_metadata


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
