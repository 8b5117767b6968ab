"""Fields of the comment systems in ``data/html/comments/systems`` beyond the tree: statuses,
accounts, dates shown in tooltips and footers, printed counts in other languages.

The trees themselves are checked in ``test_html_comment_systems.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsthread.html import extract_comments
from newsthread.model import Article, Comment

DATA = Path(__file__).parent / "data" / "html" / "comments" / "systems"


def _flat(name: str) -> list[Comment]:
    section = extract_comments(LexborHTMLParser((DATA / name).read_bytes()))
    return list(Article(comments=section.comments).iter_comments())


def test_deleted_by_author_and_by_moderator_notices() -> None:
    assert [c.status.value for c in _flat("mbin.html")] == [
        "published",
        "published",
        "published",
        "deleted",
    ]
    html = (
        '<div id="comments">'
        '<div class="comment" id="comment-1"><b class="author">Ann</b><p>Hello there.</p></div>'
        '<div class="comment" id="comment-2"><p>[deleted by moderator]</p></div>'
        '<div class="comment" id="comment-3"><p>[removed by user]</p></div></div>'
    )
    section = extract_comments(LexborHTMLParser(html))
    assert [c.status.value for c in section.comments] == ["published", "removed", "deleted"]


def test_a_fediverse_address_is_the_account_of_its_user_name() -> None:
    got = [
        (c.author.name if c.author else None, c.extra.get("author_account"))
        for c in _flat("lemmy.html")
    ]
    assert got == [
        ("bookworm", None),
        ("nina_p", "nina_p@feddit.example"),
        ("deskpilot", None),
        (None, None),
    ]
    mbin = [c.extra.get("author_account") for c in _flat("mbin.html")]
    assert mbin == [None, "tomk@lemmy.example", None, None]


@pytest.mark.parametrize(
    ("name", "stamps"),
    [
        # "7mo" shown, the full date in ``data-tippy-content``
        ("lemmy.html", ["2024-05-02T09:30:00", "2024-05-02T10:05:00", "2024-05-03T08:00:00", None]),
        # the "posted by … at 9:30 AM on May 2, 2024" footer (its line leaves the text), the
        # time before the date; the year in the first comment's first sentence is no date
        (
            "metafilter.html",
            [
                "2024-05-02T09:30:00",
                "2024-05-02T10:02:00",
                "2024-05-02T11:15:00",
                "2024-05-03T08:00:00",
            ],
        ),
        # the date as loose text beside the name's ``strong`` and the reply link
        ("avada.html", ["2024-05-02T09:30:00", "2024-05-02T10:15:00", "2024-05-03T08:00:00"]),
        # "May 3, 2024, 8 a.m. - Sven": the date before the name, the hour without minutes
        ("django-xtd.html", [None, "2024-05-02T11:00:00", "2024-05-03T08:00:00"]),
    ],
)
def test_dates_in_tooltips_footers_and_header_lines(name: str, stamps: list[str | None]) -> None:
    assert [c.published.isoformat() if c.published else None for c in _flat(name)] == stamps


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("astra.html", 3),  # "3 Gedanken zu „Wandern am Rennsteig“"
        ("wp-block-theme.html", 3),  # "3 responses to “…”"
        ("hashover.html", 4),  # "Showing 4 Comments"
        ("genesis.html", None),  # "Comments", no count
        ("news-reply-items.html", 5),  # "5 comments" in ``span.discussion-total``
        ("zeit-like.html", 4),
        ("avada.html", 3),  # "Este artículo tiene 3 comentarios"
        ("divi.html", 3),  # "3 commentaires"
        ("typecho.html", 3),  # "已有 3 条评论"
    ],
)
def test_printed_counts_of_more_systems(name: str, count: int | None) -> None:
    section = extract_comments(LexborHTMLParser((DATA / name).read_bytes()))
    assert section.declared_count == count


def test_a_pingback_keeps_its_site_title_as_text() -> None:
    """A pingback's "title | site" line is no "date - name" header."""
    html = (
        '<ol class="commentlist"><li class="comment" id="comment-1"><cite class="fn">Ann</cite>'
        "<p>Nice post.</p></li>"
        '<li class="pingback" id="comment-2"><p>Pingback: Camp 2014, 5.4.2014, Berlin | '
        "Open Blog</p></li></ol>"
    )
    section = extract_comments(LexborHTMLParser(html))
    ping = section.comments[1]
    assert (ping.author, ping.status.value) == (None, "pingback")
    assert ping.text == "Pingback: Camp 2014, 5.4.2014, Berlin | Open Blog"


def test_talk_page_signatures_give_author_pages_and_utc_times() -> None:
    section = extract_comments(
        LexborHTMLParser((DATA / "mediawiki-talk.html").read_bytes()),
        url="https://town.example/wiki/Talk:Harbour_Bridge",
    )
    got = [
        (c.author.url if c.author else None, c.published.isoformat() if c.published else None)
        for c in Article(comments=section.comments).iter_comments()
    ]
    assert got == [
        ("https://town.example/wiki/User:Ann_Lee", "2024-05-02T09:30:00+00:00"),
        ("https://town.example/wiki/User:Bob", "2024-05-02T10:10:00+00:00"),
        ("https://town.example/wiki/User:Ann_Lee", "2024-05-02T11:20:00+00:00"),
        ("https://town.example/wiki/User:Mei", "2024-05-03T08:00:00+00:00"),
    ]
    # The discussion is the page's text: nothing is taken out of the body.
    assert section.containers == []


def test_a_reply_naming_a_later_comment_stays_at_the_top() -> None:
    """A marker whose id names a parent that comes after it (a broken page) makes no loop."""
    html = (
        '<h2 id="T" data-mw-thread-id="h-T-20240502093000">T</h2>'
        '<p><span data-mw-comment-start="" id="c-Ann-20240502093000-Bob-20240502101000"></span>'
        'First. <a href="/wiki/User:Ann">Ann</a><span data-mw-comment-end="c-Ann-20240502093000-'
        'Bob-20240502101000"></span></p><dl><dd><span data-mw-comment-start="" '
        'id="c-Bob-20240502101000-Ann-20240502093000"></span>Second. <a href="/wiki/User:Bob">'
        'Bob</a><span data-mw-comment-end="c-Bob-20240502101000-Ann-20240502093000"></span>'
        "</dd></dl>"
    )
    section = extract_comments(LexborHTMLParser(html))
    assert [(c.text, [r.text for r in c.replies]) for c in section.comments] == [
        ("First.", ["Second."])
    ]


def test_a_notice_about_comments_in_a_thread_of_named_comments_is_no_comment() -> None:
    """No name, no date, no comment id, words about comments, at the thread's top: the
    section's notice. An anonymous comment that speaks of something else stays."""
    html = (
        '<div id="comments">'
        '<div class="comment"><p>Bitte melde Dich an, um einen Kommentar abzugeben</p></div>'
        '<div class="comment"><span class="comment-author">Ann</span><p>Great piece.</p></div>'
        '<div class="comment"><p>Anonymous words about the bridge.</p></div>'
        '<div class="comment"><span class="comment-author">Bo</span><p>Agreed.</p></div></div>'
    )
    section = extract_comments(LexborHTMLParser(html))
    assert [c.text for c in section.comments] == [
        "Great piece.",
        "Anonymous words about the bridge.",
        "Agreed.",
    ]
