"""Comment authors: name elements, avatar links, words around the name, accounts.

The convention: ``Author.name`` is the name the page shows (the display name); when the page
also shows an account id apart from it (a profile address ``/users/ivan_p``, an ``@handle``),
the account id is kept in ``Comment.extra["author_account"]``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsthread.html import extract_comments

DATA = Path(__file__).parent / "data" / "html" / "comments"


def authors(name: str) -> list[tuple[str, str | None, str | None, str]]:
    section = extract_comments(
        LexborHTMLParser((DATA / name).read_bytes()), url="https://example.org/post/"
    )
    return [
        (
            c.id,
            c.author.name if c.author else None,
            c.extra.get("author_account"),
            c.text,
        )
        for c in section.comments
    ]


def test_names_found_by_structure_and_words() -> None:
    assert authors("authors.html") == [
        # The name element inside a header-wide .comment-author, not the whole header.
        ("1", "Lena Berg", None, "Mine love the balcony."),
        # An avatar-only profile link first: the next candidate gives the name.
        ("2", "Kwame Mensah", "kwame", "Water them in the evening."),
        # "**Name** dijo:" in the text.
        ("3", "Rosa Díaz", None, "Las mías crecen en macetas."),
        # "Name | date" in a header whose date is in an attribute.
        ("4", "Tom Weller", None, "Pinch out the side shoots."),
        # A profile link in the comment's own text is not its author.
        ("5", "Jane Doe", "jdoe", "Thanks /u/lena, will try."),
    ]


def test_author_urls_are_profile_links() -> None:
    section = extract_comments(
        LexborHTMLParser((DATA / "authors.html").read_bytes()), url="https://example.org/post/"
    )
    urls = [c.author.url if c.author else None for c in section.comments]
    assert urls == [
        None,
        "https://example.org/profile/kwame",
        None,
        None,
        "https://example.org/u/jdoe",
    ]


def test_bem_names_and_accounts() -> None:
    got = authors("bem.html")
    assert [(i, n, acc) for i, n, acc, _ in got[:2]] == [
        ("5001", "Иван Петров", "ivan_p"),
        ("5002", "olga", None),  # the account id is the name shown: nothing to add
    ]


def page(comment: str) -> bytes:
    return f'<div id="comments">{comment}</div>'.encode()


def test_says_labels_in_other_languages() -> None:
    html = page(
        '<div id="comment-1" class="comment"><p><b>Jonas</b> schrieb am 2. Mai 2024:</p>'
        "<p>Gute Idee.</p></div>"
        '<div id="comment-2" class="comment"><p>Claire <span class="says">dit :</span></p>'
        "<p>Merci.</p></div>"
    )
    section = extract_comments(LexborHTMLParser(html))
    assert [(c.author.name if c.author else None, c.text) for c in section.comments] == [
        ("Jonas", "Gute Idee."),
        ("Claire", "Merci."),
    ]


def test_a_sentence_with_says_is_no_author_line() -> None:
    html = page(
        '<div id="comment-1" class="comment"><p>The report says nothing about costs.</p></div>'
    )
    (comment,) = extract_comments(LexborHTMLParser(html)).comments
    assert (comment.author, comment.text) == (None, "The report says nothing about costs.")


def test_login_links_are_not_authors() -> None:
    html = page(
        '<div id="comment-1" class="comment"><div class="submitted">( mrmartin | 2015-01-21 )</div>'
        '<p>Text.</p><ul class="links"><li><a href="/user/login?destination=x">Log in</a></li></ul></div>'
    )
    (comment,) = extract_comments(LexborHTMLParser(html)).comments
    assert comment.author is not None and comment.author.name == "mrmartin"


def test_a_handle_after_the_display_name_goes_to_extra() -> None:
    html = page(
        '<div id="comment-1" class="comment"><span class="comment-author">Jane Doe @jdoe</span>'
        "<p>Hi.</p></div>"
    )
    (comment,) = extract_comments(LexborHTMLParser(html)).comments
    assert comment.author is not None
    assert (comment.author.name, comment.extra["author_account"]) == ("Jane Doe", "jdoe")


def test_by_lines_under_a_comment_title() -> None:
    html = page(
        '<div id="comment-1" class="comment"><h4>Ein Argument</h4>'
        "<p>geschrieben von berg2012 am 21. Jan. 2015, 19:04</p><p>Ich sehe das anders.</p></div>"
        '<div id="comment-2" class="comment"><p>Posted by Sam Lee on May 2, 2024</p>'
        "<p>Agreed.</p></div>"
    )
    section = extract_comments(LexborHTMLParser(html))
    assert [(c.author.name if c.author else None, c.text) for c in section.comments] == [
        ("berg2012", "Ein Argument\n\nIch sehe das anders."),
        ("Sam Lee", "Agreed."),
    ]


def test_score_and_moderation_lines_are_no_names() -> None:
    html = page(
        '<div id="comment-1" class="comment"><p>level 1</p><p>39 points · 6 years ago</p>'
        "<p>Option three.</p></div>"
        '<div id="comment-2" class="comment"><p>Comment removed by moderator · 4 yr. ago</p></div>'
    )
    section = extract_comments(LexborHTMLParser(html))
    assert [c.author for c in section.comments] == [None, None]


def test_account_name_classes_and_a_date_split_in_parts() -> None:
    html = page(
        '<div class="MtnComment" id="c1"><div class="MtnCommentInformation">'
        '<span class="MtnCommentAccountName">macbacchi</span><span class="MtnCommentTime">'
        "<span>28.09.19</span><span>12:44</span></span></div>"
        '<div class="MtnCommentText">Hallo, hat jemand eine Idee?</div></div>'
    )
    (comment,) = extract_comments(LexborHTMLParser(html)).comments
    assert comment.author is not None and comment.author.name == "macbacchi"
    assert comment.published is not None
    assert comment.published.isoformat() == "2019-09-28T12:44:00"


def test_a_name_beside_a_date_in_one_header() -> None:
    html = page(
        '<div id="comment-1" class="comment"><div class="comment-author">Comment by Daniel — 17.07,'
        ' 2011 @ <a href="#comment-1">13:10</a></div><div class="comment-text">Ja.</div></div>'
        '<div id="comment-2" class="comment"><div class="comment-author"><strong>Ben</strong>'
        ' 19. Juni 2018 um 15:28 Uhr</div><div class="comment-text">Nein.</div></div>'
    )
    section = extract_comments(LexborHTMLParser(html))
    assert [c.author.name if c.author else None for c in section.comments] == ["Daniel", "Ben"]


def test_a_name_that_ends_like_a_says_word_keeps_its_letters() -> None:
    html = "".join(
        f'<div class="comment" id="comment-{i}"><a class="author" href="/user/{n}/">{n}</a>'
        f"<p>Comment {i}.</p></div>"
        for i, n in enumerate(["Ihavebadreddit", "redbandit", "Ann says:"], 1)
    )
    section = extract_comments(LexborHTMLParser(f'<div id="comments">{html}</div>'))
    assert [c.author.name if c.author else None for c in section.comments] == [
        "Ihavebadreddit",
        "redbandit",
        "Ann",
    ]


def test_answers_named_after_every_sampled_comment_is_served() -> None:
    # Stack Exchange: the question's comments, then answers each with comments. The comments
    # are named by ``a.comment-user``; the answers only by a later selector, which must still be
    # tried when every sampled unit (here all comments) is already named.
    def comments(prefix: str, n: int) -> str:
        return "".join(
            f'<li id="comment-{prefix}{c}" class="comment"><span class="comment-copy">Note {c}.</span>'
            f'<a class="comment-user" href="/users/{c}/u{c}">u{c}</a></li>'
            for c in range(n)
        )

    answers = "".join(
        f'<div class="answer" id="answer-{a}"><div class="s-prose">Answer {a}.</div>'
        f'<div class="post-signature"><div class="user-gravatar32"><a href="/users/9{a}/p{a}"></a></div>'
        f'<div class="user-details"><a href="/users/9{a}/p{a}">Poster {a}</a></div></div>'
        f'<ul class="comments-list">{comments(str(a), 4)}</ul></div>'
        for a in range(5)
    )
    page = f'<div id="question"><ul class="comments-list">{comments("9", 6)}</ul></div>{answers}'
    section = extract_comments(LexborHTMLParser(f"<div>{page}</div>"))
    assert [c.author.name if c.author else None for c in section.comments[6:]] == [
        f"Poster {a}" for a in range(5)
    ]


_UNUSUAL = {
    # A signature line after the text, the name after a dash and before the date.
    "dash signature": '<p>Great piece.</p><p class="meta">\u2014 {n}, 2 May 2024</p>',
    # Only the avatar's alternative text names the commenter.
    "avatar alt": '<img class="avatar" src="/a.png" alt="{n}"><time datetime="2024-05-02">2 May'
    "</time><p>Great piece.</p>",
    "avatar alt with words": '<img class="user-photo" src="/a.png" alt="Avatar von {n}">'
    '<time datetime="2024-05-02">2 May</time><p>Great piece.</p>',
    # A title on an author element with no words of its own.
    "title": '<span class="user" title="{n}"><img src="/a.png"></span><p>Great piece.</p>',
    # "From Ann on 2 May 2024" in the header.
    "from": '<div class="comment-meta">From <span>{n}</span> on 2 May 2024</div><p>Great piece.</p>',
    # A name line named for "by", after the text.
    "by after the text": '<div class="text"><p>Great piece.</p></div><div class="by">{n}</div>',
}


@pytest.mark.parametrize("shape", sorted(_UNUSUAL))
def test_authors_in_unusual_places(shape: str) -> None:
    items = "".join(
        f'<li class="comment" id="comment-{i}">{_UNUSUAL[shape].format(n=n)}</li>'
        for i, n in enumerate(("Ann Lee", "Bo Berg"), 1)
    )
    section = extract_comments(LexborHTMLParser(f'<ol class="comment-list">{items}</ol>'))
    got = [(c.author.name if c.author else None, c.text) for c in section.comments]
    assert got == [("Ann Lee", "Great piece."), ("Bo Berg", "Great piece.")]


def test_a_label_that_names_the_commenter() -> None:
    labels = ("Thread level 1: Comment by ann_k", "Kommentar von Bo Berg", "Thread level 2")
    items = "".join(
        f'<article class="comment" id="c{i}" aria-label="{label}"><p>Point {i}.</p></article>'
        for i, label in enumerate(labels, 1)
    )
    section = extract_comments(LexborHTMLParser(f"<div>{items}</div>"))
    names = [c.author.name if c.author else None for c in section.comments]
    assert names == ["ann_k", "Bo Berg", None]


def test_a_generic_avatar_text_names_no_one() -> None:
    items = "".join(
        f'<li class="comment" id="comment-{i}"><img class="avatar" src="/a.png" alt="{alt}">'
        "<p>Great piece.</p></li>"
        for i, alt in enumerate(("User", "Benutzerbild", "avatar"), 1)
    )
    section = extract_comments(LexborHTMLParser(f'<ol class="comment-list">{items}</ol>'))
    assert [c.author for c in section.comments] == [None, None, None]


def test_a_name_before_the_date_in_one_header_line() -> None:
    # A Bootstrap media heading ("Ann Lee <small>2 May 2024</small>"); a name and a date in one
    # table cell split by a line break.
    media = "".join(
        f'<div class="media" id="c-{i}"><div class="media-body"><h5 class="media-heading">{n} '
        f"<small>{d} May 2024</small></h5><p>Point {i}.</p></div></div>"
        for i, (n, d) in enumerate((("Ann Lee", 2), ("Bo", 3)), 1)
    )
    section = extract_comments(LexborHTMLParser(f'<div id="comments">{media}</div>'))
    got = [(c.author.name if c.author else None, c.text) for c in section.comments]
    assert got == [("Ann Lee", "Point 1."), ("Bo", "Point 2.")]
    assert [c.published.day if c.published else None for c in section.comments] == [2, 3]
    rows = "".join(
        f'<tr class="comment" id="comment-{i}"><td class="name">{n}<br>0{i}.05.2024 09:30</td>'
        f'<td class="text">Kommentar {i}.</td></tr>'
        for i, n in enumerate(("Ann Lee", "Bo"), 1)
    )
    section = extract_comments(LexborHTMLParser(f"<table>{rows}</table>"))
    assert [c.author.name if c.author else None for c in section.comments] == ["Ann Lee", "Bo"]


def test_a_label_before_the_date_is_no_name() -> None:
    # "Bewertung von 5-Truppe vom 16.09.2012": the date's start is no number run, no name.
    items = "".join(
        f'<div class="comment" id="comment-{i}"><p>Bewertung von {i}-Truppe vom 16.09.2012</p>'
        f"<p>Schönes Haus {i}.</p></div>"
        for i in (1, 2)
    )
    section = extract_comments(LexborHTMLParser(f'<div id="comments">{items}</div>'))
    assert [c.author for c in section.comments] == [None, None]


def _names(items: str) -> list[str | None]:
    html = (
        f'<html><body><div id="comments"><ol class="comment-list">{items}</ol></div></body></html>'
    )
    section = extract_comments(LexborHTMLParser(html))
    return [c.author.name if c.author else None for c in section.comments]


def test_a_one_letter_name_before_a_badge_is_the_name() -> None:
    assert _names(
        '<li class="comment" id="comment-1"><div class="comment-author"><a href="/u/j">J</a>'
        '<span class="says">Mostly harmless</span></div><div class="comment-content"><p>Great'
        " news for the north side, finally.</p></div></li>"
        '<li class="comment" id="comment-2"><div class="comment-meta"><a class="comment-author"'
        ' href="https://x.example">K</a> <span>Verified reader</span></div>'
        '<div class="comment-content"><p>Where will the drivers come from?</p></div></li>'
        '<li class="comment" id="comment-3"><div class="comment-author"><a href="/u/q">Q</a>'
        ' <strong>Moderator</strong></div><div class="comment-content"><p>Please keep it'
        " civil.</p></div></li>"
    ) == ["J", "K", "Q"]


def test_a_letter_avatar_before_the_name_is_no_name() -> None:
    # Talkyard's header: the letter links the profile, the name follows in a span.
    assert _names(
        '<li class="comment" id="comment-1"><div class="dw-p-hd"><a class="comment-author"'
        ' href="/-/users/lin">L</a><span>Lin Hao</span></div><div class="comment-content"><p>'
        "Great news for the north side.</p></div></li>"
        '<li class="comment" id="comment-2"><div class="dw-p-hd"><a class="comment-author esAvtr"'
        ' href="/-/users/ruth">R</a><span>Ekwueme</span></div><div class="comment-content"><p>'
        "Where will the drivers come from?</p></div></li>"
    ) == ["Lin Hao", "Ekwueme"]
