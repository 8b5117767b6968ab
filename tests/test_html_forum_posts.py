"""Forum threads (XenForo, phpBB, vBulletin, SMF): posts that name no comment.

The opening post is the topic (the page's article); the later posts are its comments, flat as
the forum shows them, and stay in the body too (a forum page's main text is its thread).
Fixtures under ``tests/data/html/comments/systems/``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsthread import from_html
from newsthread.html import extract_comments
from newsthread.model import Article

DATA = Path(__file__).parent / "data" / "html" / "comments" / "systems"


def _page(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "opening", "reply"),
    [
        ("xenforo.html", "Will the ferry run on Sundays this winter?", "Only in summer, sadly."),
        ("phpbb.html", "Will the ferry run on Sundays this winter?", "Only in summer, sadly."),
        (
            "vbulletin.html",
            "Fährt die Fähre diesen Winter auch sonntags?",
            "Nur im Sommer, leider.",
        ),
    ],
)
def test_the_opening_post_is_no_comment_and_the_posts_stay_in_the_body(
    name: str, opening: str, reply: str
) -> None:
    section = extract_comments(LexborHTMLParser(_page(name)))
    texts = [c.text for c in section.comments]
    assert len(texts) == 2
    assert texts[0].endswith(reply)
    assert not any(opening == t for t in texts)
    # A forum page's main text is its thread: no post is among the elements the body leaves
    # out (the reply form may be).
    left_out = " ".join(node.text(deep=True) for node in section.containers)
    assert opening not in left_out
    assert reply not in left_out
    article = from_html(_page(name), url="https://forum.example/threads/88/")
    assert [c.text for c in article.iter_comments()] == texts


def test_a_later_page_of_a_thread_keeps_its_first_post() -> None:
    # Page 2 starts at "#21": no post on it opens the thread.
    page = _page("xenforo.html").replace(">#1<", ">#21<").replace(">#2<", ">#22<")
    section = extract_comments(LexborHTMLParser(page))
    assert [c.id for c in section.comments] == ["1001", "1002", "1003"]


@pytest.mark.parametrize(
    ("name", "stamps"),
    [
        ("xenforo.html", ["2024-03-01T11:15:00+00:00", "2024-03-02T08:05:00+00:00"]),
        ("xenforo1.html", ["2024-05-04T11:00:00+00:00", "2024-05-05T08:00:00+00:00"]),
        ("phpbb.html", ["2024-03-01T11:15:00+00:00", "2024-03-02T08:05:00+00:00"]),
        # "01.03.2024, 11:15" in ``span.date``: day first.
        ("vbulletin.html", ["2024-03-01T11:15:00", "2024-03-02T08:05:00"]),
    ],
)
def test_each_post_has_its_date(name: str, stamps: list[str]) -> None:
    section = extract_comments(LexborHTMLParser(_page(name)))
    assert [c.published.isoformat() if c.published else None for c in section.comments] == stamps


def test_member_links_are_the_authors_and_a_member_slug_is_no_account() -> None:
    section = extract_comments(
        LexborHTMLParser(_page("xenforo.html")), url="https://forum.example/threads/88/"
    )
    got = [(c.author.name, c.author.url, dict(c.extra)) for c in section.comments if c.author]
    assert got == [
        ("pnovak", "https://forum.example/members/pnovak.40/", {}),
        ("Mei Tanaka", "https://forum.example/members/mei-tanaka.77/", {}),
    ]
    smf = extract_comments(LexborHTMLParser(_page("smf.html")))
    assert [c.author.url for c in smf.comments if c.author] == [
        "https://forum.example/index.php?action=profile;u=41",
        "https://forum.example/index.php?action=profile;u=9",
    ]


def test_a_member_path_that_differs_from_the_name_is_the_account() -> None:
    page = _page("xenforo.html").replace("/members/pnovak.40/", "/members/harbourcat.40/")
    section = extract_comments(LexborHTMLParser(page))
    assert dict(section.comments[0].extra) == {"author_account": "harbourcat.40"}


def _talkyard_chain(first: int, depth: int) -> str:
    post = (
        '<div class="dw-t" id="dw-t-{i}"><div class="dw-p" id="post-{i}"><div class="dw-p-hd">'
        '<a class="esAvtr" href="/-/users/u{i}">L</a><span class="dw-p-by"><span>Lin {i}</span>'
        '</span><span title="2024-05-02T09:30:00Z">1 year ago</span> </div><div class="dw-p-bd">'
        "<p>Reply number {i}, a sentence long enough to be a post.</p></div></div>"
    )
    opened = "".join(post.format(i=first + i) + '<ol class="dw-res"><li>' for i in range(depth))
    return opened + "</li></ol></div>" * depth


@pytest.mark.parametrize("depth", [20, 300])
def test_replies_nested_deep_in_a_threaded_forum_are_all_read(depth: int) -> None:
    html = (
        '<html><body><div id="dwPosts"><ol class="dw-res"><li>'
        + _talkyard_chain(0, depth)
        + "</li><li>"
        + _talkyard_chain(10_000, depth)
        + "</li></ol></div></body></html>"
    )
    article = Article(comments=extract_comments(LexborHTMLParser(html)).comments)
    # The first chain's first post opens the thread; each reply is a reply to the one above.
    assert len(list(article.iter_comments())) == 2 * depth - 1
    chain, level = article.comments[0], 1
    while chain.replies:
        (chain,) = chain.replies
        level += 1
    assert (level, chain.text) == (
        depth - 1,
        f"Reply number {depth - 1}, a sentence long enough to be a post.",
    )


def test_posts_past_five_thousand_are_read() -> None:
    post = (
        '<div class="post" id="post{n}"><a href="/members/u{n}.{n}/">u{n}</a>'
        '<time datetime="2024-03-01T10:00:00Z">Mar 1, 2024</time><p>Post number {n} here.</p></div>'
    )
    html = "<div>" + "".join(post.format(n=n) for n in range(6000)) + "</div>"
    section = extract_comments(LexborHTMLParser(html))
    assert len(section.comments) == 5999
    assert section.comments[-1].text == "Post number 5999 here."


@pytest.mark.parametrize(
    "href", ["/author/ann", "/user/ann", "/users/ann-lee", "/u/ann", "/user/12"]
)
def test_teaser_cards_with_bylines_are_no_forum_posts(href: str) -> None:
    card = (
        '<li><article class="teaser"><h3><a href="/news/{n}">Story {n}</a></h3>'
        '<span class="username"><a href="HREF">Ann Lee</a></span>'.replace("HREF", href)
        + '<time datetime="2024-03-0{n}">{n} March 2024</time>'
        "<p>A summary of the story that runs for a sentence or two.</p></article></li>"
    )
    html = (
        "<html><body><ul>" + "".join(card.format(n=n) for n in range(1, 5)) + "</ul></body></html>"
    )
    assert extract_comments(LexborHTMLParser(html)).comments == []


@pytest.mark.parametrize(
    "name",
    # Dated entries that link their authors' account pages (``/user/12``, ``/users/x``,
    # ``/u/x``) but carry no post number: a sidebar, a team page, related stories, a Drupal
    # list, a results table, an issue list.
    ["sidebar.html", "team.html", "related.html", "drupal.html", "results.html", "issues.html"],
)
def test_lists_linking_account_pages_are_no_forum_threads(name: str) -> None:
    page = (DATA.parent / "not-forums" / name).read_text(encoding="utf-8")
    assert extract_comments(LexborHTMLParser(page)).comments == []
    assert from_html(page, url="https://example.com/news/2024/story").comments == ()


def test_account_page_links_in_a_thread_address_are_posts() -> None:
    post = (
        '<div class="entry"><a href="/u/ann{n}">Ann {n}</a> <time datetime="2024-03-0{n}">'
        "{n} March 2024</time><p>My answer number {n} is long enough to be a post.</p></div>"
    )
    html = "<div>" + "".join(post.format(n=n) for n in range(1, 5)) + "</div>"
    assert extract_comments(LexborHTMLParser(html)).comments == []
    article = from_html(html, url="https://forum.example/d/88-buses")
    assert [c.author.name if c.author else None for c in article.comments] == [
        "Ann 2",
        "Ann 3",
        "Ann 4",
    ]


def test_teasers_that_state_their_author_are_no_forum_posts() -> None:
    card = (
        '<article class="card" data-author="Ann Lee"><h3><a href="/news/{n}">Story {n}</a></h3>'
        '<time datetime="2024-03-0{n}">{n} March 2024</time>'
        "<p>A summary of the story that runs for a sentence or two.</p></article>"
    )
    html = "<div>" + "".join(card.format(n=n) for n in range(1, 5)) + "</div>"
    assert extract_comments(LexborHTMLParser(html)).comments == []


def test_a_list_of_members_without_dates_is_no_thread() -> None:
    row = '<li><a href="/members/u{n}.{n}/">user {n}</a> joined the forum and wrote a lot</li>'
    html = "<ul>" + "".join(row.format(n=n) for n in range(6)) + "</ul>"
    assert extract_comments(LexborHTMLParser(html)).comments == []


def test_many_posts_on_one_page_are_all_read() -> None:
    post = (
        '<article class="message message--post" data-author="u{n}" id="js-post-{n}">'
        '<h4 class="message-name"><a href="/members/u{n}.{n}/" class="username">u{n}</a></h4>'
        '<a href="/posts/{n}/">#{n}</a><time datetime="2024-03-01T10:00:00Z">Mar 1, 2024</time>'
        '<div class="bbWrapper">Post number {n} of the thread.</div>'
        '<a href="/members/u{n}.{n}/">avatar</a><a href="/members/u0.0/">liked</a></article>'
    )
    html = "<div>" + "".join(post.format(n=n) for n in range(1, 1201)) + "</div>"
    comments = list(
        Article(comments=extract_comments(LexborHTMLParser(html)).comments).iter_comments()
    )
    assert len(comments) == 1199  # "#1" opens the thread
    assert comments[-1].text == "Post number 1200 of the thread."


@pytest.mark.parametrize(
    ("url", "ids"),
    [
        ("https://forum.example/viewtopic.php?t=88", ["1002", "1003"]),
        ("https://forum.example/viewtopic.php?t=88&start=20", ["1001", "1002", "1003"]),
        ("https://forum.example/threads/ferry.88/page-2", ["1001", "1002", "1003"]),
        ("https://forum.example/t/ferry/88/page/1", ["1002", "1003"]),
    ],
)
def test_an_unnumbered_thread_s_later_page_keeps_its_first_post(url: str, ids: list[str]) -> None:
    # phpBB numbers no posts: only the address tells page 2 (whose first post is a reply).
    section = extract_comments(LexborHTMLParser(_page("phpbb.html")), url=url)
    assert [c.id for c in section.comments] == ids


def test_a_counter_outside_a_link_numbers_the_post() -> None:
    # SMF writes "#0" for the opening post in a <span>; "#20" opens no thread.
    page = _page("smf.html")
    assert [c.id for c in extract_comments(LexborHTMLParser(page)).comments] == ["905", "912"]
    later = page.replace(">#0<", ">#20<").replace(">#1<", ">#21<").replace(">#2<", ">#22<")
    assert [c.id for c in extract_comments(LexborHTMLParser(later)).comments] == [
        "901",
        "905",
        "912",
    ]
