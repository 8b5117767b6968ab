"""The article's publication date: the page's own day over UTC, url dates, datelines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from selectolax.lexbor import LexborHTMLParser

from newsthread.html import from_html
from newsthread.html._datelines import date_near_heading
from newsthread.html._metadata import Metadata, extract_metadata


def meta_of(head: str, body: str = "", url: str | None = None) -> Metadata:
    doc = LexborHTMLParser(f"<html><head>{head}</head><body>{body}</body></html>")
    return extract_metadata(doc, url=url)


LATE_UTC = '<meta property="article:published_time" content="2020-02-25T02:25:54+00:00">'


def test_utc_time_moves_to_the_day_in_the_url() -> None:
    meta = meta_of(LATE_UTC, url="https://news.example/2020/02/24/a-story/")
    assert meta.published is not None
    assert meta.published.date().isoformat() == "2020-02-24"
    # The same instant, in the nearest offset that falls on the page's day.
    assert meta.published == datetime(2020, 2, 25, 2, 25, 54, tzinfo=UTC)
    assert meta.published.utcoffset() == timedelta(hours=-3)


def test_utc_time_takes_the_offset_of_a_local_time_element() -> None:
    meta = meta_of(
        LATE_UTC,
        '<article><p>Published <time datetime="2020-02-24 21:25:54">Feb 24</time></p></article>',
    )
    assert meta.published == datetime(2020, 2, 24, 21, 25, 54, tzinfo=timezone(timedelta(hours=-5)))
    assert meta.published.utcoffset() == timedelta(hours=-5)


def test_utc_time_takes_the_same_instant_with_a_local_offset() -> None:
    meta = meta_of(
        '<script type="application/ld+json">{"@type":"NewsArticle",'
        '"datePublished":"2019-10-18T22:04:00Z"}</script>'
        '<meta name="date" content="Sat, 19 Oct 2019 00:04:00 +0200">'
    )
    assert meta.published == datetime(2019, 10, 19, 0, 4, tzinfo=timezone(timedelta(hours=2)))
    assert meta.published.utcoffset() == timedelta(hours=2)


def test_utc_time_follows_the_date_a_time_element_shows() -> None:
    meta = meta_of(
        LATE_UTC,
        '<article><time datetime="24 de febrero de 2020">24 de febrero de 2020</time></article>',
    )
    assert meta.published is not None
    assert meta.published.date().isoformat() == "2020-02-24"


def test_utc_time_on_the_same_day_or_far_away_stays() -> None:
    same = meta_of(LATE_UTC, url="https://news.example/2020/02/25/a-story/")
    assert same.published == datetime(2020, 2, 25, 2, 25, 54, tzinfo=UTC)
    assert same.published.utcoffset() == timedelta(0)
    far = meta_of(LATE_UTC, url="https://news.example/2020/02/20/a-story/")
    assert far.published == datetime(2020, 2, 25, 2, 25, 54, tzinfo=UTC)
    # Noon UTC is the day before nowhere on earth.
    noon = meta_of(
        '<meta property="article:published_time" content="2020-02-25T13:00:00Z">',
        url="https://news.example/2020/02/24/a-story/",
    )
    assert noon.published == datetime(2020, 2, 25, 13, tzinfo=UTC)


def test_url_date_beats_a_time_element_of_another_article() -> None:
    meta = meta_of(
        "",
        '<aside><time datetime="2009-04-11 18:06:36">11. April 2009</time></aside>'
        "<h1>Story</h1><p>Text</p>",
        url="https://blog.example/2019/10/22/story/",
    )
    assert meta.published == datetime(2019, 10, 22)


def test_time_element_on_the_url_day_keeps_its_time() -> None:
    meta = meta_of(
        "",
        '<time datetime="2019-10-22T08:30:00+02:00">22. Oktober 2019</time>',
        url="https://blog.example/2019/10/22/story/",
    )
    assert meta.published == datetime(2019, 10, 22, 8, 30, tzinfo=timezone(timedelta(hours=2)))
    assert meta.published.utcoffset() == timedelta(hours=2)


def test_ambiguous_attribute_date_follows_the_written_date() -> None:
    meta = meta_of(
        "",
        '<abbr class="published" title="06-08-2009T14:12:32+0200">6. August 2009</abbr>',
    )
    assert meta.published is not None
    assert meta.published.date().isoformat() == "2009-08-06"


def test_dateline_next_to_the_headline() -> None:
    meta = meta_of(
        "<title>Press release</title>",
        '<nav><a href="/">Home</a></nav><div class="content"><div class="head">'
        '<p class="category">24. April 2020 | Press</p><h1>New chair elected</h1></div>'
        "<p>The association elected a new chair on Friday.</p></div>"
        "<footer><p>Copyright 19.12.2001</p></footer>",
    )
    assert meta.published == datetime(2020, 4, 24)


def test_no_dateline_no_date() -> None:
    meta = meta_of(
        "<title>About us</title>",
        "<h1>About us</h1><p>We sell coffee.</p><footer><p>© 19.12.2019 Coffee Ltd</p></footer>"
        + "<p>More text about coffee and tea.</p>" * 20,
    )
    assert meta.published is None


def test_from_html_reports_the_local_day() -> None:
    page = (
        f"<html><head><title>Story</title>{LATE_UTC}</head><body><h1>Story</h1>"
        "<p>Some text of the story, long enough to be the body of the article.</p></body></html>"
    )
    article = from_html(page, url="https://news.example/2020/02/24/story/", quotes=False)
    assert article.published is not None
    assert article.published.date().isoformat() == "2020-02-24"


def test_date_elements_in_their_order_of_trust() -> None:
    teaser = '<aside><time datetime="2018-01-01">1 Jan 2018</time></aside>'
    in_article = '<article><time datetime="2019-02-02">2 Feb 2019</time></article>'
    pubdate = '<time pubdate datetime="2020-03-03">3 Mar 2020</time>'
    itemprop = '<span itemprop="datePublished" content="2021-04-04">4 Apr 2021</span>'
    modified = '<span itemprop="dateModified" content="2022-05-05"></span>'
    assert meta_of("", teaser).published == datetime(2018, 1, 1)
    assert meta_of("", teaser + in_article).published == datetime(2019, 2, 2)
    assert meta_of("", teaser + in_article + pubdate).published == datetime(2020, 3, 3)
    both = meta_of("", teaser + in_article + pubdate + itemprop + modified)
    assert both.published == datetime(2021, 4, 4)
    assert both.modified == datetime(2022, 5, 5)
    declared = meta_of(LATE_UTC, modified)
    assert declared.modified == datetime(2022, 5, 5)
    markup = meta_of("", '<p class="entry-date">Posted 7. Juni 2016</p>')
    assert markup.published == datetime(2016, 6, 7)


def test_time_elements_deep_inside_an_article() -> None:
    deep = "<div>" * 300 + '<time datetime="2019-02-02">x</time>' * 3 + "</div>" * 300
    meta = meta_of("", '<aside><time datetime="2018-01-01">y</time></aside><article>' + deep)
    assert meta.published == datetime(2019, 2, 2)


def test_dateline_needs_a_headline_with_text() -> None:
    assert date_near_heading(LexborHTMLParser("<div><h1> </h1><p>5. Mai 2019</p></div>")) is None


def test_dateline_next_to_a_headline_in_a_very_deep_page() -> None:
    deep = "<span>" * 100_000 + "<h1>Deep title</h1><p>Stand: 4. Mai 2019</p>" + "</span>" * 100_000
    article = from_html(f"<html><body>{deep}</body></html>", quotes=False)
    assert article.title == "Deep title"
    assert article.published == datetime(2019, 5, 4)
