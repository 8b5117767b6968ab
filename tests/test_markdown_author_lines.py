"""Comment header lines recognised by structure: saying verbs, name-and-date lines, relative times."""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise
from pathlib import Path

import pytest

from newsthread import Author
from newsthread.markdown import from_markdown
from newsthread.markdown._authorlines import clean_author, heuristic_header
from newsthread.markdown._headers import level_of, profile_link, relative_time
from newsthread.markdown._units import Unit
from test_markdown_comment_sections import CONVERTERS, load, shape


@pytest.mark.parametrize("converter", CONVERTERS)
def test_author_lines_in_several_languages(converter: str) -> None:
    article = load("author_lines", converter)
    assert article.declared_comment_count == 4
    assert shape(article.comments) == [
        (0, "Lucía", "Muy buen artículo."),
        (0, "Jan Meier", "Sehr interessant."),
        (0, "Ann Lee", "Agreed with the above."),
        (0, "Олег", "Хорошо написано."),
    ]
    dates = [c.published for c in article.comments]
    assert dates[1] == datetime(2020, 3, 12, 14, 5)
    assert dates[2] is not None and (dates[2].year, dates[2].hour, dates[2].minute) == (
        2024,
        10,
        15,
    )
    assert article.comments[3].extra == {"date_text": "3 дня назад"}


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("4 hours ago", "4 hours ago"),
        ("· 4 yr. ago · edited 4 yr. ago", "4 yr. ago"),
        ("3 дня назад", "3 дня назад"),
        ("hace 2 días", "hace 2 días"),
        ("vor 3 Tagen", "vor 3 Tagen"),
        ("il y a 5 minutes", "il y a 5 minutes"),
        ("a month ago", "a month ago"),
        ("gestern", "gestern"),
        ("12 minutes ago | parent", "12 minutes ago"),
    ],
)
def test_relative_times(line: str, found: str) -> None:
    assert relative_time(line) == found


@pytest.mark.parametrize(
    "line",
    [
        "3 days",
        "Great post",
        "4 hours ago I went to the shop and bought a lot",
        "As always.",  # not "a" + "s"
        "And it works.",  # not "a" + "nd"/"d"
        "Ad hoc, yes",
    ],
)
def test_text_that_is_no_relative_time(line: str) -> None:
    assert relative_time(line) is None


def test_level_lines_and_profile_links() -> None:
    assert [level_of(t) for t in ["level 1", "Level 12", "level one", "the level 2"]] == [
        1,
        12,
        None,
        None,
    ]
    assert [profile_link(u) for u in ["/user/ann/", "user?id=bob", "/u/cleo", "/news/2024/x"]] == [
        True,
        True,
        True,
        False,
    ]


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("**Ann** dijo:", "Ann"),
        ("Ann schrieb:", "Ann"),
        ("Анна пишет:", "Анна"),
        ("Ann a écrit :", "Ann"),
        ("Ann napisał:", "Ann"),
        ("Дмитрий говорит:", "Дмитрий"),
        ("Ann pisze:", "Ann"),
        ("Ann diz:", "Ann"),
        ("Ann säger:", "Ann"),
    ],
)
def test_saying_verbs(header: str, name: str) -> None:
    doc = f"Body.\n\n## 1 Comment\n\n- {header}\n\n  The text.\n"
    (comment,) = from_markdown(doc, quotes=False).comments
    assert (comment.author.name if comment.author else None, comment.text) == (name, "The text.")


def test_a_name_alone_stays_text() -> None:
    doc = "Body.\n\n## 2 Comments\n\n- Great post\n\n- Thanks a lot\n"
    article = from_markdown(doc, quotes=False)
    assert shape(article.comments) == [(0, None, "Great post"), (0, None, "Thanks a lot")]


@pytest.mark.parametrize("converter", ["markdownify", "html-to-markdown", "markitdown", "pandoc"])
def test_name_and_date_after_the_text(converter: str) -> None:
    article = load("late_headers", converter)
    assert shape(article.comments) == [
        (0, "gabriel", "très bien vos infos."),
        (1, "jacques", "Articles très bien faits."),
        (0, "un citoyen", "belle france"),
    ]
    assert [c.published for c in article.iter_comments()] == [
        datetime(2018, 9, 11, 12, 57),
        datetime(2019, 9, 13, 22, 30),
        datetime(2019, 12, 7, 13, 45),
    ]


def test_html2text_late_headers_keep_texts_and_authors() -> None:
    # html2text leaves the name and date lines outside the list item: they open comments of
    # their own; texts, names and dates are all still there
    article = load("late_headers", "html2text")
    names = [c.author.name for c in article.iter_comments() if c.author]
    assert names == ["gabriel", "jacques", "un citoyen"]


@pytest.mark.parametrize("converter", CONVERTERS)
def test_a_date_without_year_stays_text(converter: str) -> None:
    article = load("yearless_dates", converter)
    assert article.declared_comment_count == 3
    assert shape(article.comments) == [
        (0, "JanBeek", "Are there workshops for seniors?"),
        (1, "Andrea", "Ask your local meetup."),
        (0, "Jess", "A brilliant idea!"),
    ]
    assert all(c.published is None for c in article.iter_comments())
    assert [c.extra["date_text"] for c in article.iter_comments()] == [
        "Jun 20th at 2:41 am",
        "Jun 20th at 12:50 pm",
        "Jun 21st at 7:29 am",
    ]


def test_a_name_glued_to_the_date_and_a_name_with_periods() -> None:
    doc = (
        "Body.\n\n## 2 Comments\n\n- AnonymousMarch 16, 2013 at 6:14 PM\n\n  Not a test.\n\n"
        "- Dr. Webbaer\n\n  8\\. April 2019 @ 12:48\n\n  Mal ganz knapp.\n"
    )
    first, second = from_markdown(doc, quotes=False).comments
    assert (first.author.name if first.author else None, first.published) == (
        "Anonymous",
        datetime(2013, 3, 16, 18, 14),
    )
    assert (second.author.name if second.author else None, second.text) == (
        "Dr. Webbaer",
        "Mal ganz knapp.",
    )
    assert second.published == datetime(2019, 4, 8, 12, 48)


def test_a_sentence_is_no_name() -> None:
    doc = "Body.\n\n## 1 Comment\n\n- I agree.\n\n  June 3, 2024 at 10:15 am\n\n  More text.\n"
    (comment,) = from_markdown(doc, quotes=False).comments
    assert comment.author is None and comment.text.startswith("I agree.")


def test_comment_titles_and_written_by_lines() -> None:
    doc = (
        "Body.\n\n## Kommentare\n\nDieser Artikel hat 2 Kommentare.\n\n"
        "### Ein Argument\n\ngeschrieben von berg2012 am 21. Jan. 2015, 19:04 [ antworten ]\n\n"
        "Ich hätte eine andere Erklärung.\n\n"
        "### AW: Ein Argument\n\ngeschrieben von wScherf am 21. Jan. 2015, 20:02 [ antworten ]\n\n"
        "Das sehe ich anders.\n\n"
        "### Neueste Beiträge\n\n- [Ein anderer Artikel](/a) 21. Dezember 2019\n"
    )
    article = from_markdown(doc, quotes=False)
    assert shape(article.comments) == [
        (0, "berg2012", "Ein Argument\n\nIch hätte eine andere Erklärung."),
        (0, "wScherf", "AW: Ein Argument\n\nDas sehe ich anders."),
    ]
    assert article.comments[1].published == datetime(2015, 1, 21, 20, 2)


@pytest.mark.parametrize(
    "avatar",
    [
        "![](data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E)",
        "![ann@example.org'](data:image/svg+xml...)",  # markitdown shortens data: URLs
    ],
)
def test_lazy_loaded_avatar_before_the_name(avatar: str) -> None:
    # markdownify's rendering of a WordPress thread whose avatars are SVG placeholders (lazy loading):
    # markdown-it refuses data: URLs as links, which used to leave the image as text before the name
    md = (
        "# Lemons\n\nGrow lemons from seed.\n\n## 2 thoughts on “Lemons”\n\n"
        f"1. {avatar} **Roberta** says:\n\n"
        "   [October 20, 2019 at 1:31 pm](https://x.org/lemons/#comment-312)\n\n"
        "   My tree has not bloomed yet.\n\n"
        f"   1. {avatar} **Florina** says:\n\n"
        "      [October 21, 2019 at 1:10 pm](https://x.org/lemons/#comment-314)\n\n"
        "      Give it more light.\n"
    )
    article = from_markdown(md, quotes=False)
    assert shape(article.comments) == [
        (0, "Roberta", "My tree has not bloomed yet."),
        (1, "Florina", "Give it more light."),
    ]
    assert [c.published for c in article.iter_comments()] == [
        datetime(2019, 10, 20, 13, 31),
        datetime(2019, 10, 21, 13, 10),
    ]


def test_script_links_stay_text() -> None:
    md = "Body.\n\n[click](javascript:alert(1)) and ![x](data:text/html,hi)\n"
    article = from_markdown(md, quotes=False)
    assert article.body[1].text == "[click](javascript:alert(1)) and ![x](data:text/html,hi)"


def test_day_of_a_date_read_as_a_list_number() -> None:
    # "19. Juni 2019 / 6:16" on its own line is an ordered list starting at 19 for CommonMark
    md = (
        "# T\n\nBody.\n\n## 2 Kommentare\n\n"
        "1. ![](https://x.org/avatar/a.png)\n\n   Beate\n\n   19. Juni 2019 / 6:16\n\n"
        "   Guten Morgen Martina,\n\n"
        "2. ![](https://x.org/avatar/b.png)\n\n   Astrid\n\n   20. Juni 2019 / 8:05\n\n"
        "   Liebe Martina,\n"
    )
    article = from_markdown(md, quotes=False)
    assert shape(article.comments) == [
        (0, "Beate", "Guten Morgen Martina,"),
        (0, "Astrid", "Liebe Martina,"),
    ]
    assert [c.published for c in article.comments] == [
        datetime(2019, 6, 19, 6, 16),
        datetime(2019, 6, 20, 8, 5),
    ]


def test_numbered_list_that_is_no_date_stays_a_list() -> None:
    article = from_markdown(
        "Steps:\n\n19. Juni ist warm\n20. Juli auch\n\nOn\n\n3. Mai 2020\n", quotes=False
    )
    assert [(type(b).__name__, b.text) for b in article.body] == [
        ("Paragraph", "Steps:"),
        ("ListItem", "Juni ist warm"),
        ("ListItem", "Juli auch"),
        ("Paragraph", "On"),
        ("Paragraph", "3. Mai 2020"),  # a one-item list holding only a date is the date
    ]


def test_weekday_inside_the_date_link_is_not_part_of_the_name() -> None:
    md = (
        "# T\n\nBody.\n\n## 2 Kommentare\n\n"
        "1. Josef Lindner,  [Do 9 Apr 2020 / 08:34](https://x.org/p/#comment-801015)"
        "  [Antworten](https://x.org/p/?replytocom=801015#respond)\n\n"
        "   Sehr nachdenkenswert.\n\n"
        "   1. Hella,  [Sa 11 Apr 2020 / 00:40](https://x.org/p/#comment-801120)\n\n"
        "      In der Tat.\n"
    )
    article = from_markdown(md, quotes=False)
    assert shape(article.comments) == [
        (0, "Josef Lindner", "Sehr nachdenkenswert."),
        (1, "Hella", "In der Tat."),
    ]
    assert [(c.id, c.published) for c in article.iter_comments()] == [
        ("comment-801015", datetime(2020, 4, 9, 8, 34)),
        ("comment-801120", datetime(2020, 4, 11, 0, 40)),
    ]


def test_time_written_with_a_period() -> None:
    md = (
        "# T\n\nBody.\n\n## 2 Kommentare\n\n"
        "* Julia 14.09.2022 um 21.11\n\n  Hab geheult.\n"
        "* Caro 15.09.2022 um 0.35\n\n  Ich finde es komisch.\n"
    )
    article = from_markdown(md, quotes=False)
    assert [
        (c.author.name if c.author else None, c.published, c.text) for c in article.comments
    ] == [
        ("Julia", datetime(2022, 9, 14, 21, 11), "Hab geheult."),
        ("Caro", datetime(2022, 9, 15, 0, 35), "Ich finde es komisch."),
    ]


def test_says_verb_and_date_on_one_line() -> None:
    md = (
        "# T\n\nBody.\n\n## 2 Comments\n\n"
        "1. **Ann** says: [March 3, 2020 at 10:15 am](#comment-101)\n\n   First.\n\n"
        "2. **Jan Meier** schreibt: [12. März 2020 um 14:05](#comment-102)\n\n   Zweiter.\n"
    )
    article = from_markdown(md, quotes=False)
    assert [(c.id, c.author.name if c.author else None, c.published) for c in article.comments] == [
        ("comment-101", "Ann", datetime(2020, 3, 3, 10, 15)),
        ("comment-102", "Jan Meier", datetime(2020, 3, 12, 14, 5)),
    ]


def test_author_badge_under_the_name() -> None:
    md = (
        "# T\n\nBody.\n\n## 2 Kommentare\n\n"
        "1. Beate\n\n   19. Juni 2019 / 6:16\n\n   Guten Morgen Martina,\n\n"
        "   * Martina Berg  \n     Autor\n\n     19. Juni 2019 / 13:20\n\n     Liebe Beate,\n"
    )
    article = from_markdown(md, quotes=False)
    assert shape(article.comments) == [
        (0, "Beate", "Guten Morgen Martina,"),
        (1, "Martina Berg", "Liebe Beate,"),
    ]


def test_a_name_over_a_date_in_one_paragraph_is_the_header() -> None:
    # markdownify and html2text keep the <br> between the name and the date as a hard break
    doc = (
        "Body.\n\n##### 2 Comments\n\n* ![](https://example.org/a.png)\n\n"
        "  dottoressa  \n  März 7, 2018\n\n  Liebe Claudia, schönes Haar.\n\n"
        "  + ![](https://example.org/b.png)\n\n    happyface313  \n    März 8, 2018\n\n"
        "    Vielen Dank!\n"
    )
    (first,) = from_markdown(doc, quotes=False).comments
    (reply,) = first.replies
    assert (first.author.name if first.author else None, first.published) == (
        "dottoressa",
        datetime(2018, 3, 7),
    )
    assert first.text == "Liebe Claudia, schönes Haar."
    assert (reply.author.name if reply.author else None, reply.text) == (
        "happyface313",
        "Vielen Dank!",
    )


def test_two_lines_of_text_are_no_name_over_a_date() -> None:
    doc = "Body.\n\n## 1 Comment\n\n- I agree with this.\n  More to say.\n\n  More text.\n"
    (comment,) = from_markdown(doc, quotes=False).comments
    assert comment.author is None


def test_a_name_ending_in_an_initial_over_a_date_line() -> None:
    doc = (
        "Body.\n\n## 1 Kommentar\n\n1. Astrid S.\n\n   19. Juni 2019 / 17:29\n\n"
        "   Liebe Martina, eine edle Tasche.\n"
    )
    (comment,) = from_markdown(doc, quotes=False).comments
    assert (comment.author.name if comment.author else None, comment.text) == (
        "Astrid S.",
        "Liebe Martina, eine edle Tasche.",
    )
    assert comment.published == datetime(2019, 6, 19, 17, 29)


@pytest.mark.parametrize(
    ("name", "clean"),
    [
        ("Ben 19. Juni 2018 um 15:28 Uhr - Antworten", "Ben"),
        ("RA Michael Seidlitz 20. Juni 2018 um 13:54 Uhr", "RA Michael Seidlitz"),
        ("Mathias Autor", "Mathias"),
        ("Ann Admin", "Ann"),
        ("Autor", "Autor"),
        ("Agent 47", "Agent 47"),
        ("Martina Berg", "Martina Berg"),
    ],
)
def test_author_names_lose_role_badges_and_dates(name: str, clean: str) -> None:
    author = clean_author(Author(name, "https://example.org/u"))
    assert author == Author(clean, "https://example.org/u")


def test_a_role_badge_on_the_name_line_is_not_part_of_the_name() -> None:
    doc = (
        "Body.\n\n## 2 Kommentare\n\n1. **Ann** sagt:\n\n   3. März 2020 um 10:15\n\n   Gut.\n\n"
        "   1. **Mathias Autor** sagt:\n\n      3. März 2020 um 11:00\n\n      Danke.\n"
    )
    (first,) = from_markdown(doc, quotes=False).comments
    (reply,) = first.replies
    assert reply.author == Author("Mathias")
    assert reply.text == "Danke."


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "[[\u2013]](javascript:void(0))[karlkrum](https://old.reddit.com/user/karlkrum) "
            "5 points6 points7 points 16 hours ago (0 children)",
            "karlkrum",
        ),
        (
            "[[\u2013]](javascript:void(0))[fandry96](https://old.reddit.com/user/fandry96)Product "
            "Manager 1 point2 points3 points 13 hours ago (12 children)",
            "fandry96",
        ),
    ],
)
def test_old_reddit_headers_with_and_without_a_flair(line: str, name: str) -> None:
    doc = f"# Post\n\nBody.\n\n## 3 comments\n\n{line}\n\nThe issue I have is the gap.\n"
    (comment,) = from_markdown(doc, quotes=False).comments
    assert comment.author == Author(name, f"https://old.reddit.com/user/{name}")
    assert comment.text == "The issue I have is the gap."
    assert (comment.extra or {}).get("date_text") in {"16 hours ago", "13 hours ago"}


def test_an_old_reddit_header_without_links_keeps_its_comment_apart() -> None:
    # pandoc keeps the header as raw inline HTML: no link tells the name from the flair
    doc = (
        "# Post\n\nBody.\n\n## 3 comments\n\n"
        "[\u2013]JoeyDee86 34 points35 points 17 hours ago (17 children)\n\nThe gap is insane.\n\n"
        "[\u2013]fandry96Product Manager 1 point2 points 13 hours ago (12 children)\n\n"
        "I went straight to Business AI.\n"
    )
    # (JoeyDee86's "(17 children)" counts fandry96 among its descendants: a reply)
    first, second = from_markdown(doc, quotes=False).iter_comments()
    assert second.parent is first
    assert (first.author, first.text) == (Author("JoeyDee86"), "The gap is insane.")
    assert second.text == "I went straight to Business AI."
    assert second.author == Author("fandry96Product")  # the flair glued to the name stays


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("AnonymousMarch 16, 2013 at 6:14 PM", "Anonymous"),
        ("Stéphane SurprenantDecember 8, 2020 at 10:12 AM", "Stéphane Surprenant"),
    ],
)
def test_a_name_glued_to_the_month_of_its_date(line: str, name: str) -> None:
    doc = f"# Post\n\nBody.\n\n## 2 comments\n\n{line}\n\nA reply.\n\nAnn March 3, 2020 at 10:15\n\nMore.\n"
    first, second = from_markdown(doc, quotes=False).comments
    assert (first.author, first.text) == (Author(name), "A reply.")
    assert second.author == Author("Ann")


def test_a_number_word_and_a_unit_without_ago_is_text_not_a_time() -> None:
    assert relative_time("a second point") is None
    assert relative_time("one day") is None
    assert relative_time("a second ago") == "a second ago"
    assert relative_time("vor einem Tag") == "vor einem Tag"
    assert relative_time("yesterday") == "yesterday"


def test_a_list_item_that_opens_with_a_number_word_stays_in_its_comment() -> None:
    md = (
        "Body.\n\n## Comments\n\n- ### Ann Lee · March 3, 2024\n\n  Great piece.\n\n"
        "  - a point\n\n    more\n  - a second point\n\n"
        "- ### Bob Stone · March 4, 2024\n\n  I disagree.\n"
    )
    comments = [
        (c.author.name if c.author else None, c.text) for c in from_markdown(md).iter_comments()
    ]
    assert comments == [
        ("Ann Lee", "Great piece.\n\na point\n\nmore\n\na second point"),
        ("Bob Stone", "I disagree."),
    ]


_SECTION = "# Title\n\nBody text of the article.\n\n## 3 Comments\n\n"


def _comments(markdown: str) -> list[tuple[str | None, str | None, datetime | None, str, dict]]:
    """(author, author's link, published, text, extra) of every comment in document order."""
    article = from_markdown(_SECTION + markdown, quotes=False)
    return [
        (
            c.author.name if c.author else None,
            c.author.url if c.author else None,
            c.published,
            c.text,
            dict(c.extra),
        )
        for c in article.iter_comments()
    ]


def test_a_name_and_a_date_after_the_text_are_the_header() -> None:
    # SPIP: the text, then the name (bold or name-like, its profile link kept), then a date or
    # a date without its year
    md = (
        "* très bien vos infos.\n\n  **[gabriel](https://x.org/auteur/gabriel)**\n\n"
        "  Jun 20th at 2:41 am\n\n"
        "* Belle france, vraiment.\n\n  un citoyen\n\n  Le 7 décembre 2019 à 13:45\n"
    )
    assert _comments(md) == [
        (
            "gabriel",
            "https://x.org/auteur/gabriel",
            None,
            "très bien vos infos.",
            {"date_text": "Jun 20th at 2:41 am"},
        ),
        ("un citoyen", None, datetime(2019, 12, 7, 13, 45), "Belle france, vraiment.", {}),
    ]


def test_lines_after_the_text_that_no_date_follows_stay_text() -> None:
    md = (
        "* A first paragraph.\n\n  A second paragraph, with no header.\n\n  **Important**\n\n"
        "  More text after a bold line.\n\n  I agree.\n\n  March 4, 2020 at 11:00 am\n\n"
        "* Bien dit.\n\n  Tom\n\n"
        "* A comment with neither.\n\n  **Dora**\n\n  **Eve** says:\n"
    )
    assert _comments(md) == [
        (
            None,
            None,
            None,
            "A first paragraph.\n\nA second paragraph, with no header.\n\nImportant\n\n"
            "More text after a bold line.\n\nI agree.\n\nMarch 4, 2020 at 11:00 am",
            {},
        ),
        (None, None, None, "Bien dit.\n\nTom", {}),
        (None, None, None, "A comment with neither.\n\nDora\n\nEve says:", {}),
    ]


def test_a_late_name_is_at_most_60_characters() -> None:
    name = "Comité de quartier des habitants du vieux centre-ville, Lyon"
    assert len(name) == 60
    md = (
        f"* Merci.\n\n  **{name}**\n\n  Le 7 décembre 2019 à 13:45\n\n"
        f"* Merci aussi.\n\n  **{name}s**\n\n  Le 8 décembre 2019 à 13:45\n"
    )
    assert _comments(md) == [
        (name, None, datetime(2019, 12, 7, 13, 45), "Merci.", {}),
        (None, None, None, f"Merci aussi.\n\n{name}s\n\nLe 8 décembre 2019 à 13:45", {}),
    ]


def test_a_comment_with_an_author_or_a_date_takes_no_late_header() -> None:
    md = (
        "* **Ann** says:\n\n  Well said, as always.\n\n  **Bob**\n\n  March 4, 2020 at 11:00 am\n\n"
        "* March 5, 2020 at 9:00 am\n\n  A comment with a date and no name.\n\n  **Cy**\n\n"
        "  March 6, 2020 at 9:00 am\n"
    )
    assert _comments(md) == [
        ("Ann", None, None, "Well said, as always.\n\nBob\n\nMarch 4, 2020 at 11:00 am", {}),
        (
            None,
            None,
            datetime(2020, 3, 5, 9, 0),
            "A comment with a date and no name.\n\nCy\n\nMarch 6, 2020 at 9:00 am",
            {},
        ),
    ]


def test_a_linked_name_over_a_date_line_is_the_author_with_the_link() -> None:
    md = "- [Ann](https://x.org/u/ann)\n\n  March 3, 2020 at 10:15 am\n\n  First.\n"
    assert _comments(md) == [
        ("Ann", "https://x.org/u/ann", datetime(2020, 3, 3, 10, 15), "First.", {})
    ]


def test_the_first_author_line_of_a_comment_names_it() -> None:
    # a display name, then a handle with the time: the display name stays the author
    md = "- **Ann Smith**\n\n  ann_s · 3 hours ago\n\n  First.\n"
    assert _comments(md) == [("Ann Smith", None, None, "First.", {"date_text": "3 hours ago"})]


def test_a_role_badge_line_is_cut_only_under_the_comments_first_line() -> None:
    md = (
        "- Good point\n\n  Martina Berg\\\n  Autor\n\n"
        "- Martina Berg\\\n  Autor\n\n  March 3, 2020 at 10:15 am\n\n  Second.\n"
    )
    assert _comments(md) == [
        (None, None, None, "Good point\n\nMartina Berg\nAutor", {}),
        ("Martina Berg", None, datetime(2020, 3, 3, 10, 15), "Second.", {}),
    ]


def test_well_said_is_a_comments_text_not_its_author() -> None:
    md = "- **Ann** says:\n\n  March 3, 2020 at 10:15 am\n\n  Well said\n"
    assert _comments(md) == [("Ann", None, datetime(2020, 3, 3, 10, 15), "Well said", {})]


def test_the_first_date_and_permalink_of_a_header_are_kept() -> None:
    # a second date line (an edit) and a second permalink do not replace the first ones; an
    # inline header's date link gives the date
    md = (
        "- Ann · March 3, 2020\n\n  March 4, 2020 at 9:00 am\n\n  First.\n\n"
        "- **Bob**\n\n  [March 5, 2020 at 10:15 am](https://x.org/p#c-2)\n\n"
        "  [#](https://x.org/p?c=2)\n\n  Second.\n\n"
        "- [cy](/user/cy) [March 6, 2020](https://x.org/item?id=7) Third.\n"
    )
    article = from_markdown(_SECTION + md, quotes=False)
    assert [(c.id, c.published, c.url, c.text) for c in article.iter_comments()] == [
        ("c1", datetime(2020, 3, 3), None, "First."),
        ("c-2", datetime(2020, 3, 5, 10, 15), "https://x.org/p#c-2", "Second."),
        ("7", datetime(2020, 3, 6), "https://x.org/item?id=7", "Third."),
    ]


def test_a_deep_chain_of_descendant_counts_nests_every_comment() -> None:
    # each comment counts all the comments after it: one chain, 3,000 deep (the nesting keeps
    # one end per open comment, so it stays linear at any depth)
    n = 3_000
    lines = ["# Post\n\nBody.\n\n## comments\n"]
    for i in range(n):
        lines.append(
            f"[\u2013]user{i} 1 point2 points3 points 1 hour ago ({n - 1 - i} children)\n\n"
            f"Reply number {i}.\n"
        )
    article = from_markdown("\n".join(lines), quotes=False)
    comments = list(article.iter_comments())
    assert len(comments) == n
    assert [c.author.name for c in comments[:2]] == ["user0", "user1"]
    assert comments[-1].depth == n
    assert all(c.parent is p for p, c in pairwise(comments))


@pytest.mark.parametrize(
    "converter", ["html2text", "markdownify", "html-to-markdown", "markitdown"]
)
def test_a_date_glued_to_a_capital_abbreviation(converter: str) -> None:
    # "Ann LeeBrooklyn, NYMarch 3, 2024": converters glue the name, location and date spans;
    # the date is found after "NY" too, so the first comment is read (the location stays in
    # the name: nothing in the text marks where the name ends)
    path = Path(__file__).parent / "data" / "markdown" / "converted"
    article = from_markdown(
        (path / f"news_name_location_date.{converter}.md").read_bytes(), quotes=False
    )
    got = [(c.author.name if c.author else None, c.published, c.text) for c in article.comments]
    assert got == [
        (
            "Ann LeeBrooklyn, NY",
            datetime(2024, 3, 3),
            "Finally. I have been waiting for a protected lane on my street for six years.",
        ),
        (
            "R. PatelQueens",
            datetime(2024, 3, 3),
            "@Ann Lee Six years is nothing, we asked for one in 2009.",
        ),
        (
            "Jorge M.New Jersey",
            datetime(2024, 3, 4),
            "Deliveries will get slower, nobody talks about that.",
        ),
    ]


@pytest.mark.parametrize(
    ("url", "profile"),
    [
        ("https://social.example/@ann", True),
        ("https://social.example/%40ann", True),
        ("/@bo@town.example", True),
        ("https://social.example/@ann/113", False),  # a post, not the account
        ("./memberlist.php?mode=viewprofile&u=52", True),
        ("mailto:ann@example.org", False),
    ],
)
def test_fediverse_and_forum_profile_links(url: str, profile: bool) -> None:
    assert profile_link(url) is profile


@pytest.mark.parametrize(
    "line",
    [
        "2 dagen geleden",
        "för 3 dagar sedan",
        "for 3 dage siden",
        "2 godziny temu",
        "před 3 dny",
        "3 gün önce",
        "ieri",
        "gisteren",
        "wczoraj",
    ],
)
def test_relative_times_in_more_languages(line: str) -> None:
    assert relative_time(line) == line


@pytest.mark.parametrize("line", ["for 3 days", "for 2 hours", "3 år", "år 2020"])
def test_durations_are_no_relative_times(line: str) -> None:
    # "for" opens a time only with "siden" after it (Danish, Norwegian); a bare duration is text
    assert relative_time(line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Ann zegt:", "Ann"),
        ("Bo skriver:", "Bo"),
        ("Jana napsala:", "Jana"),
        ("Péter írta:", "Péter"),
    ],
)
def test_says_verbs_in_more_languages(line: str, name: str) -> None:
    head = heuristic_header(Unit("p", line))
    assert head is not None and head.author is not None and head.author.name == name


@pytest.mark.parametrize("separator", ["\u2014", "\u2013", "•", "|", "·", "-"])
def test_a_dash_or_bullet_between_name_and_date_is_no_part_of_the_name(separator: str) -> None:
    head = heuristic_header(Unit("p", f"Ann {separator} 3 March 2020, 10:15"))
    assert head is not None and head.author is not None
    assert (head.author.name, head.published) == ("Ann", datetime(2020, 3, 3, 10, 15))


@pytest.mark.parametrize(
    ("line", "author", "published", "date_text"),
    [
        ("Anonymous said...", "Anonymous", None, None),  # Blogger's classic template
        ("Ann said\u2026", "Ann", None, None),
        ("March 3, 2020 at 10:15 am by Ann", "Ann", datetime(2020, 3, 3, 10, 15), None),
        ("3 March 2020 \u2013 Ann Lee", "Ann Lee", datetime(2020, 3, 3), None),
        ("2020-03-03 | ann_k", "ann_k", datetime(2020, 3, 3), None),
        ("Ann (@ann) · 2h", "Ann", None, "2h"),
        ("Ann @ann@social.example · 5d", "Ann", None, "5d"),
    ],
)
def test_more_header_shapes(
    line: str, author: str, published: datetime | None, date_text: str | None
) -> None:
    head = heuristic_header(Unit("p", line))
    assert head is not None and head.author is not None
    assert (head.author.name, head.published, head.date_text) == (author, published, date_text)


@pytest.mark.parametrize(
    "line",
    [
        "Well said...",
        "3 March 2020 \u2013 the day everything changed",  # a title after a date, not a name
        "1. Juli 2018 um 11:08 Uhr - Antworten",  # a button after the date, not a name
    ],
)
def test_lines_that_stay_without_an_author(line: str) -> None:
    head = heuristic_header(Unit("p", line))
    assert head is None or head.author is None


VOTE_ROWS = [
    (0, "ana_m", "Con estos precios los jóvenes nos vamos a tener que ir a vivir a los pueblos."),
    (
        1,
        "jlopez",
        "En los pueblos tampoco hay pisos, el problema es de oferta en toda la provincia.",
    ),
    (2, "ana_m", "Pues que construyan más vivienda pública, que llevan diez años prometiéndola."),
    (
        0,
        "pedro_g",
        "El informe no dice cuántos pisos turísticos hay en el centro, que es la clave.",
    ),
]


@pytest.mark.parametrize("converter", CONVERTERS)
def test_profile_link_then_a_relative_time(converter: str) -> None:
    # "[ana_m](/usuarios/ana_m) hace 3 horas", "… en respuesta a [ana_m](#c-11) hace 2 horas"
    # (html2text keeps only the name: the reply goes under ana_m's latest comment); the vote
    # rows "▲ 15 ▼ 2 Responder Compartir Denunciar" are chrome, and the footer after "Ver
    # más comentarios" is no part of the last comment
    article = load("news_vote_rows", converter)
    assert shape(article.comments) == VOTE_ROWS
    assert [c.extra for c in article.iter_comments()] == [
        {"date_text": "hace 3 horas"},
        {"date_text": "hace 2 horas"},
        {"date_text": "hace 1 hora"},
        {"date_text": "hace 2 horas"},
    ]
    assert article.comments[0].author == Author("ana_m", "/usuarios/ana_m")


@pytest.mark.parametrize(
    "url",
    [
        "/usuarios/ana_m",
        "/perfil/ana",
        "/utilisateurs/luc",
        "/index.php?action=profile;u=101",
        "/index.php?showuser=5",
        "/memberlist.php?mode=viewprofile&u=2",
    ],
)
def test_more_profile_paths(url: str) -> None:
    assert profile_link(url)


@pytest.mark.parametrize(
    ("line", "name", "age"),
    [
        ("Ann Lee 2 hours ago", "Ann Lee", "2 hours ago"),
        ("Ann Lee, 2 hours ago", "Ann Lee", "2 hours ago"),
        ("Posted by Ann Lee 2 hours ago", "Ann Lee", "2 hours ago"),
        ("Ann Lee replied 2 hours ago", "Ann Lee", "2 hours ago"),
        ("Ann Lee hace 2 días", "Ann Lee", "hace 2 días"),
        ("Ann Lee il y a 2 jours", "Ann Lee", "il y a 2 jours"),
        ("Ann Lee vor 2 Stunden", "Ann Lee", "vor 2 Stunden"),
        ("kettle42 3 days ago", "kettle42", "3 days ago"),
        ("Anonymous (not verified) 2 days ago", "Anonymous", "2 days ago"),
    ],
)
def test_a_name_then_a_relative_time_without_separator(line: str, name: str, age: str) -> None:
    head = heuristic_header(Unit("p", line))
    assert head is not None and head.author is not None
    assert (head.author.name, head.date_text) == (name, age)


@pytest.mark.parametrize(
    "line", ["I saw him 2 days ago", "It happened 2 days ago", "Edited 2 hours ago"]
)
def test_a_sentence_or_an_edit_note_before_a_relative_time_is_no_header(line: str) -> None:
    head = heuristic_header(Unit("p", line))
    assert head is None or head.author is None


@pytest.mark.parametrize(
    ("line", "name", "when"),
    [
        ("Ann Lee (not verified) 3 March 2024", "Ann Lee", datetime(2024, 3, 3)),
        ("Ann Lee commented on March 3, 2024", "Ann Lee", datetime(2024, 3, 3)),
        ("Ann Lee on March 3, 2024 at 10:15 am said:", "Ann Lee", datetime(2024, 3, 3, 10, 15)),
    ],
)
def test_verbs_and_visitor_marks_are_no_part_of_the_name(
    line: str, name: str, when: datetime
) -> None:
    head = heuristic_header(Unit("p", line))
    assert head is not None and head.author is not None
    assert (head.author.name, head.published) == (name, when)
