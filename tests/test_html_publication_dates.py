"""Publication dates: the most precise value of the right day, published rather than updated."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsthread.html import from_html
from newsthread.html._datelines import dateline_paragraph
from newsthread.html._metadata import extract_metadata
from newsthread.html._written_dates import date_in_text, parse_date

DATA = Path(__file__).parent / "data" / "html" / "main"


def published(name: str) -> datetime | None:
    return from_html((DATA / name).read_bytes(), quotes=False).published


def test_a_full_timestamp_of_the_same_day_beats_a_date_only_value() -> None:
    article = from_html((DATA / "dates_day_and_timestamp.html").read_bytes(), quotes=False)
    assert article.published == datetime(2019, 11, 19, 11, 0, 9, tzinfo=UTC)
    assert article.modified == datetime(2019, 11, 20, 8, tzinfo=UTC)


def test_a_timestamp_of_another_day_does_not_replace_the_date() -> None:
    page = (
        '<html><head><script type="application/ld+json">'
        '{"@type": "NewsArticle", "datePublished": "2019-11-19"}</script>'
        '<meta property="article:published_time" content="2019-10-02T09:00:00Z"></head>'
        "<body><p>Text</p></body></html>"
    )
    meta = extract_metadata(LexborHTMLParser(page))
    assert meta.published == datetime(2019, 11, 19)


def test_a_date_labelled_in_the_text_when_the_markup_gives_none() -> None:
    # the label and the date in separate elements; the wiki-style "last modified" footer loses
    assert published("dates_labelled.html") == datetime(2022, 1, 26)


def test_last_modified_label_is_the_last_resort() -> None:
    page = "<html><body><h1>A</h1><h1>B</h1><p>Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</p></body></html>"
    assert from_html(page, quotes=False).published == datetime(2020, 1, 29, 13, 22)


def test_published_beats_updated_in_one_element() -> None:
    assert published("dates_updated_published.html") == datetime(2020, 3, 1)
    assert date_in_text("Aktualisiert am 5. März 2020, erstellt am 1. März 2020") == datetime(
        2020, 3, 1
    )
    # an update alone is still a date
    assert date_in_text("Updated March 5, 2020") == datetime(2020, 3, 5)


def test_iso_time_with_a_colon_before_the_fraction() -> None:
    assert parse_date("2022-01-10T22:06:08:684Z") == datetime(
        2022, 1, 10, 22, 6, 8, 684000, tzinfo=UTC
    )


def test_a_two_digit_year_in_a_date_element() -> None:
    page = (
        "<html><body><h1>A</h1><h1>B</h1><div class='uploaded-date'> 23.09.22 </div>"
        "<p>Text of the story.</p></body></html>"
    )
    assert from_html(page, quotes=False).published == datetime(2022, 9, 23)
    assert date_in_text("Version 1.2.3.4") is None
    assert date_in_text("31.12.98") == datetime(1998, 12, 31)


def test_an_updated_label_is_a_last_resort_date() -> None:
    page = (
        "<html><body><h1>A</h1><h1>B</h1><p>Text of the story.</p>"
        "<p><b>Aktualisiert am </b>17.01.2021.</p></body></html>"
    )
    assert from_html(page, quotes=False).published == datetime(2021, 1, 17)


def test_drupal_submitted_line_gives_the_date() -> None:
    page = (
        "<html><body><h1>A</h1><h1>B</h1><p>Text of the story.</p>"
        "<div class='submitted'>Gespeichert von <span class='username'>rasos</span> "
        "am 24. Juli 2017 - 18:55</div></body></html>"
    )
    assert from_html(page, quotes=False).published == datetime(2017, 7, 24, 18, 55)


def test_a_title_that_opens_with_its_date() -> None:
    page = (
        '<html><head><meta property="og:title" content="23.01.2022 - Wierer wins the sprint">'
        "</head><body><h1>A</h1><h1>B</h1><p>Text of the story.</p></body></html>"
    )
    assert from_html(page, quotes=False).published == datetime(2022, 1, 23)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("07 Dezember, 2022", datetime(2022, 12, 7)),
        ("3 мая 2019 года", datetime(2019, 5, 3)),
        ("12 березня 2021", datetime(2021, 3, 12)),
        ("3 maja 2019", datetime(2019, 5, 3)),
        ("12 de março de 2020", datetime(2020, 3, 12)),
        ("15 ottobre 2021", datetime(2021, 10, 15)),
        ("3 Kas\u0131m 2021", datetime(2021, 11, 3)),
        ("14 augustus 2020", datetime(2020, 8, 14)),
        ("5 septembrie 2018", datetime(2018, 9, 5)),
        ("1 Desember 2022", datetime(2022, 12, 1)),
        ("2019年6月24日 11時30分", datetime(2019, 6, 24, 11, 30)),
        ("2019년 6월 24일", datetime(2019, 6, 24)),
        ("2019. 6. 24.", datetime(2019, 6, 24)),
        ("2019. június 24.", datetime(2019, 6, 24)),
        ("2019/06/24", datetime(2019, 6, 24)),
        ("21. Jan. 2015", datetime(2015, 1, 21)),
    ],
)
def test_written_dates_in_other_languages(text: str, day: datetime) -> None:
    assert date_in_text(text) == day


@pytest.mark.parametrize("text", ["Version 2019.1.2", "v2019.10.3.4", "build 2019/06/244"])
def test_version_numbers_are_not_dates(text: str) -> None:
    assert date_in_text(text) is None


def test_the_dateline_by_the_heading_beats_teaser_dates() -> None:
    page = (
        "<html><body><main><h1>The story</h1><span class='byline__created'>07 Dezember, 2022"
        "</span><p>Text of the story.</p></main><aside>"
        "<div class='teaser'><span class='date'>12.10.2022</span><a href='/a'>Another</a></div>"
        "<div class='teaser'><span class='date'>14.09.2022</span><a href='/b'>More</a></div>"
        "</aside></body></html>"
    )
    assert from_html(page, quotes=False).published == datetime(2022, 12, 7)


def test_the_document_date_loses_to_the_articles_own_date() -> None:
    # <meta name="date"> is the page's last change as often as its publication (TYPO3)
    page = (
        '<html><head><meta name="date" content="2022-01-26T14:32:06+02:00"></head><body>'
        "<h1>A</h1><h1>B</h1><article><p class='meta'><time datetime='2022-01-21'>21.01.2022 - "
        "13:30</time></p><p>Text of the story.</p></article></body></html>"
    )
    assert from_html(page, quotes=False).published == datetime(2022, 1, 21)


def test_the_document_date_when_the_page_shows_none() -> None:
    page = (
        '<html><head><meta name="DC.date" content="2021-10-15"></head><body>'
        "<h1>A</h1><h1>B</h1><p>Text of the story.</p></body></html>"
    )
    assert from_html(page, quotes=False).published == datetime(2021, 10, 15)


def test_a_utc_instant_moves_to_the_local_day_of_the_dateline() -> None:
    # 02:41 UTC on 4 May is the evening of 3 May in La Paz; the page prints 3 May
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "Wed, 04 May 2022 02:41:00 GMT"}</script></head><body><article>'
        "<h1>The story</h1><div class='box'>3 de mayo de 2022</div>"
        "<p>Text of the story.</p></article></body></html>"
    )
    got = from_html(page, quotes=False).published
    assert got is not None
    assert got.date() == datetime(2022, 5, 3).date()
    assert got == datetime(2022, 5, 4, 2, 41, tzinfo=UTC)
    assert got.utcoffset() == timedelta(hours=-3)
    assert isinstance(got.tzinfo, timezone)


@pytest.mark.parametrize("text", ["2017/01", "Jan 2017", "2017"])
def test_a_month_or_a_year_alone_gives_no_day(text: str) -> None:
    assert parse_date(text) is None


def test_a_citation_month_does_not_invent_a_day() -> None:
    page = (
        '<html><head><meta name="citation_publication_date" content="2017/01">'
        '<meta name="dc.date" content="2017-01-30"></head><body><h1>A</h1><h1>B</h1>'
        "<p>Text of the story.</p></body></html>"
    )
    assert from_html(page, quotes=False).published == datetime(2017, 1, 30)


def test_a_paragraph_that_opens_with_its_date() -> None:
    lead = "Bei der Erinnerung an die Verfolgten waren viele Opfer lange unsichtbar, bis heute."
    page = (
        "<html><body><h1>Site</h1><h2>The story</h2><p>Von Claudia Lindner</p>"
        f"<p>27.1.2022 - {lead}</p><p>{lead}</p></body></html>"
    )
    assert from_html(page, quotes=False).published == datetime(2022, 1, 27)
    # a short list item is not a dateline
    listing = (
        f"<html><body><h1>A</h1><h1>B</h1><p>27.1.2022 - Konzert</p><p>{lead}</p></body></html>"
    )
    assert dateline_paragraph(LexborHTMLParser(listing)) is None


def test_a_declared_date_long_after_the_day_in_the_path_is_a_migration() -> None:
    page = (
        '<html><head><meta itemprop="datePublished" content="2019-06-17T18:28:00+0200"></head>'
        "<body><h1>A</h1><h1>B</h1><p>Text of the story.</p></body></html>"
    )
    url = "https://example.org/home/2017/7/12/a-story"
    assert from_html(page, url=url, quotes=False).published == datetime(2017, 7, 12)
    # a few days later is a late declaration, not a move: it stays
    close = page.replace("2019-06-17", "2017-07-18")
    got = from_html(close, url=url, quotes=False).published
    assert got == datetime(2017, 7, 18, 18, 28, tzinfo=timezone(timedelta(hours=2)))


def test_utc_midnight_of_central_europe_is_the_next_day() -> None:
    page = (
        '<html><head><meta property="article:published_time" content="2022-11-06T23:00:00.000Z">'
        "</head><body><h1>A</h1><h1>B</h1><p>Text of the story.</p></body></html>"
    )
    got = from_html(page, quotes=False).published
    assert got == datetime(2022, 11, 7, tzinfo=timezone(timedelta(hours=1)))
    assert got == datetime(2022, 11, 6, 23, tzinfo=UTC)  # the same instant
    # a time that is not on the hour is a real time of publication
    real = page.replace("23:00:00.000Z", "23:04:10Z")
    assert from_html(real, quotes=False).published == datetime(2022, 11, 6, 23, 4, 10, tzinfo=UTC)
    # 23:00 in another zone than UTC is that zone's own evening, not a stored midnight
    eastern = page.replace("23:00:00.000Z", "23:00:00-05:00")
    got = from_html(eastern, quotes=False).published
    assert got is not None and got.utcoffset() == timedelta(hours=-5) and got.day == 6


def test_a_date_at_the_start_of_a_long_byline_box() -> None:
    rating = "".join(f"<span>{i} stars</span>" for i in range(60))
    page = (
        "<html><body><h1>A</h1><h1>B</h1><div class='author'><a href='/a/'>Georg Quaas</a>, "
        f"21. Jan. 2015 <div class='rating'>{rating}</div></div><p>Text.</p></body></html>"
    )
    assert from_html(page, quotes=False).published == datetime(2015, 1, 21)


def test_a_date_set_apart_by_bars() -> None:
    assert date_in_text("26 | 01 | 2022 Schweiz | Praxis") == datetime(2022, 1, 26)
    assert date_in_text("2 | 3 | 4 | 2022") is None


def test_the_first_date_of_the_pages_own_text_is_the_last_resort() -> None:
    page = (
        "<html><body><nav>Archiv 03.03.2020</nav><header>Heute ist der 7.12.2026</header>"
        "<h1>A</h1><h1>B</h1><div class='entry'><p>Levelpässe können bestellt werden.</p>"
        "<p>Stand der Dinge am 1.2.2022, bestellt wird online.</p></div>"
        "<div class='comments'><p>Kommentar vom 5.2.2022</p></div>"
        "<footer>Copyright 19.12.2019</footer></body></html>"
    )
    assert from_html(page, quotes=False).published == datetime(2022, 2, 1)
    nothing = page.replace("am 1.2.2022, ", "")
    assert from_html(nothing, quotes=False).published is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Atualizado em 5 de março de 2020 | Publicado em 1 de março de 2020",
            datetime(2020, 3, 1),
        ),
        ("Обновлено 5 мая 2019, опубликовано 3 мая 2019", datetime(2019, 5, 3)),
        ("Bijgewerkt 5 maart 2020 - gepubliceerd 1 maart 2020", datetime(2020, 3, 1)),
        ("Güncellendi 5 Mart 2020, yay\u0131nlanma 1 Mart 2020", datetime(2020, 3, 1)),
    ],
)
def test_published_beats_updated_in_other_languages(text: str, day: datetime) -> None:
    assert date_in_text(text) == day


def test_a_published_label_in_another_language() -> None:
    page = (
        "<html><body><h1>A</h1><h1>B</h1><p>Tekst van het verhaal.</p>"
        "<p>Gepubliceerd op: 14 augustus 2020</p></body></html>"
    )
    assert from_html(page, quotes=False).published == datetime(2020, 8, 14)


UTC_EVENING = (
    '<html><head><meta property="article:published_time" content="2022-05-04T00:25:56Z">'
    "</head><body><h1>A</h1><h1>B</h1>{}<p>Text of the story.</p></body></html>"
)


def test_a_utc_instant_takes_the_day_of_a_time_element_beside_the_article() -> None:
    page = UTC_EVENING.format(
        "<div class='sidebar'><time datetime='3 de mayo de 2022'>3 de mayo de 2022</time>"
        "<time>21:25</time></div>"
    )
    got = from_html(page, quotes=False).published
    assert got == datetime(2022, 5, 4, 0, 25, 56, tzinfo=UTC)
    assert got is not None and got.date() == datetime(2022, 5, 3).date()


def test_teaser_times_in_a_list_give_no_day() -> None:
    page = UTC_EVENING.format(
        "<ul><li><a href='/x'><time datetime='2022-05-03'>3 May</time> Other story</a></li></ul>"
    )
    got = from_html(page, quotes=False).published
    assert got is not None
    assert got.utcoffset() == timedelta(0)
    assert got.date() == datetime(2022, 5, 4).date()


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("21.01.2022 - 13:30", datetime(2022, 1, 21, 13, 30)),
        ("Le 11 septembre 2018 à 12:57", datetime(2018, 9, 11, 12, 57)),
        ("May 3, 2019, 10:05 p.m.", datetime(2019, 5, 3, 22, 5)),
        ("Stand: 07.11.2023, 07:30 Uhr", datetime(2023, 11, 7, 7, 30)),
        ("3 de mayo de 202221:25", datetime(2022, 5, 3, 21, 25)),
        ("May 3, 2019 10.5 million", datetime(2019, 5, 3)),
    ],
)
def test_the_time_written_after_a_date(text: str, moment: datetime) -> None:
    assert date_in_text(text) == moment


def test_a_pdate_takes_the_time_of_the_same_days_date_published() -> None:
    page = (
        '<html><head><meta name="pdate" content="20191119"></head><body><h1>A</h1><h1>B</h1>'
        '<span itemprop="datePublished" content="2019-11-19T11:00:09Z"></span>'
        "<p>Text of the story.</p></body></html>"
    )
    assert from_html(page, quotes=False).published == datetime(2019, 11, 19, 11, 0, 9, tzinfo=UTC)


def test_date_elements_in_a_list_of_teasers_are_passed_over() -> None:
    page = (
        "<html><body><h1>A</h1><h1>B</h1><ul class='events'>"
        "<li><span class='date'>19.1.2023</span> Fachforum</li>"
        "<li><span class='date'>26.9.2022</span> Seminar</li></ul>"
        "<div class='post'><span class='post-date'>20.12.2022</span><p>Text of the story.</p>"
        "</div></body></html>"
    )
    assert from_html(page, quotes=False).published == datetime(2022, 12, 20)


def test_an_element_marked_as_the_update_gives_way_to_the_publication() -> None:
    page = (
        "<html><body><h1>A</h1><h1>B</h1><p>Text of the story.</p><div class='entry-meta'>"
        "<time class='updated' datetime='2022-02-01T10:40:36+01:00'>1. Februar 2022</time>"
        "<time class='entry-date published' datetime='2022-01-24T17:06:45+01:00'>24. Januar 2022"
        "</time></div></body></html>"
    )
    assert from_html(page, quotes=False).published == datetime(
        2022, 1, 24, 17, 6, 45, tzinfo=timezone(timedelta(hours=1))
    )
    # alone, the update is still the page's date
    alone = page.split("<time class='entry-date")[0] + "</div></body></html>"
    assert from_html(alone, quotes=False).published == datetime(
        2022, 2, 1, 10, 40, 36, tzinfo=timezone(timedelta(hours=1))
    )


def test_a_time_element_with_a_written_date_only() -> None:
    page = (
        "<html><body><h1>A</h1><h1>B</h1><p>Die Frist endete am 3. Mai 2019 um Mitternacht.</p>"
        "<div class='info'><time>19. November 2019</time></div></body></html>"
    )
    assert from_html(page, quotes=False).published == datetime(2019, 11, 19)


def test_date_class_elements_listed_once_for_the_written_date_and_the_epoch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # No element whose class names a date writes one; the instant in one's data attribute
    # ("2 years ago" beside it) gives the day, from the same list of elements.
    import newsthread.html._date_markup as date_markup

    calls: list[int] = []
    listed = date_markup.date_class_elements

    def counted(doc: LexborHTMLParser, limit: int) -> list[LexborNode]:
        calls.append(limit)
        return listed(doc, limit)

    monkeypatch.setattr(date_markup, "date_class_elements", counted)
    page = (Path(__file__).parent / "data/html/bylines_unseen/unix_timestamp.html").read_bytes()
    meta = extract_metadata(LexborHTMLParser(page))
    assert meta.published == datetime(2019, 11, 19, 11, 0, 9, tzinfo=UTC)
    assert calls == [30]
