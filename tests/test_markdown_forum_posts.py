"""Forum and fediverse threads in converters' Markdown: "Post by Name » date" lines, profile cards, time links before the name (issue 14).

The fixtures are small pages written here (``tests/data/markdown/html/``) rendered by the
converters themselves (``converted/``, see the README there).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from newsthread import Article
from newsthread.markdown import from_markdown
from newsthread.markdown._authorlines import heuristic_header
from newsthread.markdown._headers import profile_link
from newsthread.markdown._units import Unit

CONVERTED = Path(__file__).parent / "data" / "markdown" / "converted"
CONVERTERS = ["html2text", "markdownify", "html-to-markdown", "markitdown", "pandoc"]


def load(name: str, converter: str) -> Article:
    return from_markdown((CONVERTED / f"{name}.{converter}.md").read_bytes(), quotes=False)


PHPBB = [
    (
        "kettlefan",
        datetime(2020, 3, 3, 10, 15),
        "Does white vinegar damage the heating plate of an electric kettle? The manual says "
        "nothing about it.",
    ),
    (
        "Greta M",
        datetime(2020, 3, 3, 11, 2),
        "No, diluted vinegar is fine. Boil it once, let it stand for an hour and rinse twice "
        "with clean water.",
    ),
    (
        "brewer_bob",
        datetime(2020, 3, 4, 8, 30),
        "Greta M wrote: ↑Boil it once\n\nCitric acid smells a lot less than vinegar and works "
        "just as well in my experience.",
    ),
    (
        "kettlefan",
        datetime(2020, 3, 4, 18, 12),
        "Tried citric acid today and the kettle looks new again, thank you both.",
    ),
]


@pytest.mark.parametrize("converter", CONVERTERS)
def test_phpbb_posts_without_their_profile_cards(converter: str) -> None:
    # each post: a profile card (name, rank, "Posts: 14", "Joined: <date>"), a title
    # heading, "[Post](#p501) by **[name](profile)** » date", the text. The card's join date
    # is no header and its lines are not the text of the post above (pandoc keeps the card's
    # name link as raw HTML, read as a link too)
    article = load("forum_phpbb", converter)
    got = [(c.author.name if c.author else None, c.published, c.text) for c in article.comments]
    assert got == PHPBB
    assert all(not c.replies for c in article.comments)
    first = article.comments[0]
    assert first.author is not None
    assert (first.author.url, first.url) == (
        "./memberlist.php?mode=viewprofile&u=52",
        "./viewtopic.php?p=501#p501",
    )


@pytest.mark.parametrize(
    ("line", "author", "published"),
    [
        (
            "Post by kettlefan » Tue Mar 03, 2020 10:15 am",
            "kettlefan",
            datetime(2020, 3, 3, 10, 15),
        ),
        ("__Post by Greta M » Wed Mar 04, 2020 8:30 am", "Greta M", datetime(2020, 3, 4, 8, 30)),
        ("Beitrag von Jens » Di 12. März 2024, 14:05", "Jens", datetime(2024, 3, 12, 14, 5)),
        # "von" inside a name stays: no word of posting before it
        (
            "Titus von Unhold 25. Juni 2018 um 14:01",
            "Titus von Unhold",
            datetime(2018, 6, 25, 14, 1),
        ),
    ],
)
def test_post_by_lines(line: str, author: str, published: datetime) -> None:
    head = heuristic_header(Unit("p", line))
    assert head is not None and head.author is not None
    assert (head.author.name, head.published) == (author, published)


@pytest.mark.parametrize(
    "line",
    [
        "Joined: Sun Jan 05, 2020 8:10 pm",
        "Registriert seit: 12.03.2019",
        "kettlefan : Registered User : Posts: 14 : Joined: Sun Jan 05, 2020 8:10 pm",
        "Зарегистрирован: 3 марта 2020",
    ],
)
def test_join_dates_are_no_headers(line: str) -> None:
    assert heuristic_header(Unit("p", line)) is None


def test_a_short_comment_after_a_profile_link_header_is_kept() -> None:
    # "posts:" in a comment's words is no card field: no count or date follows it
    md = (
        "# T\n\nBody.\n\n## 2 Comments\n\n[ann](/members/ann.1/) · 3 hours ago\n\n"
        "I read all your posts: great work.\n\n[bob](/members/bob.2/) · 2 hours ago\n\nSame here.\n"
    )
    article = from_markdown(md, quotes=False)
    assert [(c.author.name if c.author else None, c.text) for c in article.comments] == [
        ("ann", "I read all your posts: great work."),
        ("bob", "Same here."),
    ]


MASTODON = [
    ("Bo Lind", "@bo/112", "3h", "Congratulations! Will the old signal box stay as a café?"),
    (
        "Ann Example",
        "@ann/113",
        "3h",
        "@bo That is the plan, the heritage board still has to agree to it.",
    ),
    ("cy", "@cy/114", "2h", "Finally some good news from the council this year."),
]


@pytest.mark.parametrize("converter", CONVERTERS)
def test_mastodon_replies_time_link_before_the_name(converter: str) -> None:
    # "[3h](/@bo/112) [**Bo Lind** @bo@town.example](/@bo)": the time first, then the name
    # with the account after it; "Reply Boost Favourite" is chrome; the status is the body
    article = load("thread_mastodon", converter)
    got = []
    for c in article.comments:
        assert c.author is not None and c.url is not None and c.extra is not None
        path = c.url.replace("%40", "@").split("/", 3)[3]
        got.append((c.author.name, path, c.extra["date_text"], c.text))
    assert got == MASTODON
    assert "Our city council just voted" in " ".join(str(b.text) for b in article.body)


XENFORO = [
    (
        "trailmix",
        datetime(2024, 3, 3),
        "Looking for a two-person tent under 150 dollars. Any advice from people who camp in the rain a lot?",
    ),
    (
        "Hiker Jane",
        datetime(2024, 3, 3),
        "I have used the same dome tent for six seasons and it never leaked once in the mountains.",
    ),
    (
        "gearhead",
        datetime(2024, 3, 4),
        "Hiker Jane said:\n\nit never leaked once\n\nWhich brand was it? Seam tape tends to fail after a few years on cheaper models.",
    ),
    (
        "trailmix",
        datetime(2024, 3, 4),
        "Thanks both, I ordered the dome tent in the end and will report back after the spring trip.",
    ),
]


@pytest.mark.parametrize(
    "converter", ["html2text", "markdownify", "html-to-markdown", "markitdown"]
)
def test_xenforo_name_headings(converter: str) -> None:
    # "#### [trailmix](/members/trailmix.11/)", "##### New member" (a badge), the date and "#1"
    # as list items, the text, "Report Like Reply"; "Discussion in 'Gear' started by
    # trailmix, Mar 3, 2024." above the first post; a quote's "Hiker Jane said:" is text
    article = load("forum_xenforo", converter)
    got = [(c.author.name if c.author else None, c.published, c.text) for c in article.comments]
    assert got == XENFORO
    assert [c.url for c in article.comments] == [
        "/threads/best-budget-tent.77/post-101",
        "/threads/best-budget-tent.77/post-102",
        "/threads/best-budget-tent.77/post-103",
        "/threads/best-budget-tent.77/post-104",
    ]
    assert article.comments[1].author is not None
    assert article.comments[1].author.url == "/members/hiker-jane.12/"


def test_a_members_list_link_is_no_profile() -> None:
    assert not profile_link("/members/")
    assert profile_link("/members/hiker-jane.12/")


SMF = [
    (
        "Klaus",
        datetime(2024, 3, 12, 9, 10, 44),
        "Unser Gaskessel ist zwanzig Jahre alt. Lohnt sich eine Wärmepumpe in einem Haus von "
        "1965 mit alten Heizkörpern?",
    ),
    (
        "Anna_B",
        datetime(2024, 3, 12, 10, 2, 13),
        "Kommt auf die Vorlauftemperatur an. Miss im Winter, wie warm das Wasser sein muss, "
        "damit die Räume warm werden.",
    ),
    (
        "Klaus",
        datetime(2024, 3, 12, 18, 45, 2),
        "Danke! Letzten Januar waren es bei minus zehn Grad etwa 60 Grad Vorlauf.",
    ),
    (
        "heizer77",
        datetime(2024, 3, 13, 7, 30, 59),
        "Bei 60 Grad würde ich erst einzelne Heizkörper tauschen und dann die Wärmepumpe planen.",
    ),
]


@pytest.mark.parametrize("converter", ["html2text", "markdownify", "markitdown", "pandoc"])
def test_smf_posts_under_name_headings_with_cards_and_titles(converter: str) -> None:
    # each post: the name as a heading linked to "?action=profile;u=N", a card list (rank,
    # "Beiträge: 57"), the post's title as a heading that is one link, "« Antwort #1 am:
    # <date> »", the text, "Moderator informieren … Gespeichert"; a pager at the end
    article = load("forum_smf", converter)
    assert [
        (c.author.name if c.author else None, c.published, c.text) for c in article.comments
    ] == SMF
    assert article.comments[1].author is not None
    assert article.comments[1].author.url == "/index.php?action=profile;u=102"


def test_html_to_markdown_drops_forum_posts_inside_a_form() -> None:
    # SMF wraps the posts in a <form> (quick moderation); html-to-markdown's default
    # preprocessing removes forms, and the posts with them
    md = (CONVERTED / "forum_smf.html-to-markdown.md").read_text(encoding="utf-8")
    assert "Vorlauftemperatur" not in md
    assert load("forum_smf", "html-to-markdown").comments == ()


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("« Antwort #1 am: 12. März 2024, 10:02:13 »", datetime(2024, 3, 12, 10, 2, 13)),
        ("« am: 12. März 2024, 09:10:44 »", datetime(2024, 3, 12, 9, 10, 44)),
        ("« Reply #3 on: March 12, 2024, 10:02:13 AM »", datetime(2024, 3, 12, 10, 2, 13)),
    ],
)
def test_a_posts_number_before_its_date(line: str, when: datetime) -> None:
    head = heuristic_header(Unit("p", line))
    assert head is not None and (head.author, head.published) == (None, when)


@pytest.mark.parametrize("converter", ["markdownify", "markitdown"])
def test_vbulletin_posts_date_first_then_the_posters_card(converter: str) -> None:
    # each post an item of a numbered list: "03-03-2024, 10:15 AM [#1](…)", the poster's
    # bold name linked to member.php?u=N, a card (rank, "Join Date", "Posts") that goes, the
    # title, the text, "Reply With Quote"
    article = load("forum_vbulletin", converter)
    rows = [(c.author.name if c.author else None, c.published) for c in article.comments]
    assert rows == [
        ("gearhead", datetime(2024, 3, 3, 10, 15)),
        ("MechMike", datetime(2024, 3, 3, 11, 40)),
        ("gearhead", datetime(2024, 3, 4, 20, 5)),
    ]
    texts = [c.text for c in article.comments]
    assert texts[0] == (
        "Brake pads squeal after change\n\nI put new pads on the front last week and now they "
        "squeal at low speed. Did I miss something?"
    )
    assert texts[1] == (
        "Originally Posted by gearhead\n\nnow they squeal at low speed\n\nDid you put "
        "anti-squeal paste on the back of the pads? Most kits include a small tube."
    )
    # the page's footer after the list stays with the last post (html2text writes comment
    # texts flush left after their items, so text after a list may still be a comment's)
    assert texts[2].startswith("That was it, the paste was still in the box. Quiet now, thanks!")


def test_a_date_line_then_a_bold_name_opens_a_thread_without_heading() -> None:
    doc = (
        "Title\n\n1. 03-03-2024, 10:15 AM #1\n\n   **ann**\n\n   First post.\n"
        "2. 03-03-2024, 11:40 AM #2\n\n   **bob**\n\n   Second post.\n"
        "3. 03-04-2024, 08:05 PM #3\n\n   **cy**\n\n   Third post.\n"
    )
    article = from_markdown(doc, quotes=False)
    assert [(c.author.name if c.author else None, c.text) for c in article.comments] == [
        ("ann", "First post."),
        ("bob", "Second post."),
        ("cy", "Third post."),
    ]
