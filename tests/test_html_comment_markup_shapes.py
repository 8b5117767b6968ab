"""Comment markup of the second blind batch's kinds (session 12), in small fixtures of our own:
entries named only for assistive technology, a heading that counts its posts in words, a name
link after an avatar link in a meta line, a reply list right after its comment, a name glued to
its date, an action bar's separators."""

from __future__ import annotations

from newsthread.html import from_html
from newsthread.model import Article, Comment

STORY = "<h1>Bridge reopens</h1><p>" + "The bridge reopened on Monday after repairs. " * 6 + "</p>"


def _rows(html: str) -> list[tuple[int, str | None, str]]:
    article: Article = from_html(f"<html><body>{STORY}{html}</body></html>", quotes=False)
    rows = []
    for comment in article.iter_comments():
        depth, up = 0, comment.parent
        while isinstance(up, Comment):
            depth, up = depth + 1, up.parent
        rows.append((depth, comment.author.name if comment.author else None, comment.text))
    return rows


def _aria_entry(label: str, user: str, name: str, text: str, replies: str = "") -> str:
    return (
        f'<li><div role="article" aria-label="{label}" class="q1w2e3"><a href="/u/{user}" '
        f'class="r4t5"><span class="y6u7">{name}</span></a><div class="i8o9">{text}</div>'
        '<div class="p0a1"><a href="#"><span>2 h</span></a> · <div role="button">Like</div> · '
        f'<div role="button">Reply</div></div></div>{replies}</li>'
    )


def test_entries_labelled_as_comments_are_the_thread() -> None:
    reply = _aria_entry("Reply by Bo Chan to comment by Ann Lee", "bo", "Bo Chan", "Yes, at six.")
    thread = (
        '<div role="region" aria-label="Comments"><ul class="z9x8">'
        + _aria_entry(
            "Comment by Ann Lee",
            "ann",
            "Ann Lee",
            "Does the bus stop move back?",
            f'<ul class="z9x8 c7v6">{reply}</ul>',
        )
        + _aria_entry("Comment by Cy Diaz", "cy", "Cy Diaz", "Finally open again.")
        + "</ul></div>"
    )
    assert _rows(thread) == [
        (0, "Ann Lee", "Does the bus stop move back?"),
        (1, "Bo Chan", "Yes, at six."),
        (0, "Cy Diaz", "Finally open again."),
    ]


def test_a_single_article_labelled_as_a_comment_is_no_thread() -> None:
    one = '<div role="article" aria-label="Comment by Ann Lee"><p>Just one, a quote box.</p></div>'
    assert _rows(one) == []


def test_a_heading_that_counts_its_posts_in_words_heads_a_thread() -> None:
    def post(level: int, key: str, name: str, text: str) -> str:
        return (
            f'<div class="prispevek level-{level}" id="p{key}"><div class="prispevek__hlava">'
            f'<span class="prispevek__jmeno">{name}</span> <span class="prispevek__cas">'
            f'5. 3. 2024 11:{key}</span></div><div class="prispevek__text">{text}</div></div>'
        )

    page = (
        "<html lang='cs'><body>"
        + STORY
        + '<div class="diskuse"><h2>Diskuse (3 příspěvky)</h2>'
        + post(0, "02", "Martin", "Konečně otevřeno.")
        + post(1, "20", "Jana", "Souhlas, ale pozdě.")
        + post(0, "41", "Petr", "A co chodníky?")
        + "</div></body></html>"
    )
    rows = [
        (
            c.author.name if c.author else None,
            c.text,
            c.parent.author.name if isinstance(c.parent, Comment) and c.parent.author else None,
        )
        for c in from_html(page, quotes=False).iter_comments()
    ]
    assert rows == [
        ("Martin", "Konečně otevřeno.", None),
        ("Jana", "Souhlas, ale pozdě.", "Martin"),
        ("Petr", "A co chodníky?", None),
    ]


def test_a_name_link_after_an_avatar_link_and_a_reply_list_after_the_comment() -> None:
    def comment(key: str, user: str, name: str, text: str) -> str:
        return (
            f'<div class="comment" id="comment-{key}"><div class="comment-content">'
            f'<div class="comment-meta"><a class="comment-actor" href="/@{user}"><img src="/a.png" '
            f'alt=""></a><a class="commenter-name" href="/@{user}">{name}</a>'
            f'<a class="comment-date" href="/c/{key}">Mar 5</a></div>'
            f'<div class="comment-body"><p>{text}</p></div></div></div>'
        )

    thread = (
        '<div class="comment-list"><div class="comment-list-item">'
        + comment("1", "ann", "Ann Lee", "The figure includes the roof.")
        + '<div class="comment-list-items"><div class="comment-list-item">'
        + comment("2", "bo", "Bo Chan", "Good point, thanks.")
        + '</div></div></div><div class="comment-list-item">'
        + comment("3", "cy", "Cy Diaz", "Nobody else reads the budget.")
        + "</div></div>"
    )
    assert _rows(thread) == [
        (0, "Ann Lee", "The figure includes the roof."),
        (1, "Bo Chan", "Good point, thanks."),
        (0, "Cy Diaz", "Nobody else reads the budget."),
    ]


def test_a_name_span_glued_to_its_date_span_is_the_author() -> None:
    def entry(key: str, name: str, when: str, text: str) -> str:
        return (
            f'<div class="kommentti" data-id="k{key}"><div class="kommentti-otsake">'
            f'<span class="nimimerkki">{name}</span><span class="aika">{when}</span></div>'
            f'<p class="teksti">{text}</p></div>'
        )

    thread = (
        '<div class="kommentit">'
        + entry("1", "Porilainen", "6.3.2024 8.02", "Hyvä juttu.")
        + entry("2", "Torimummo", "6.3.2024 8.40", "Toivottavasti.")
        + "</div>"
    )
    assert _rows(thread) == [(0, "Porilainen", "Hyvä juttu."), (0, "Torimummo", "Toivottavasti.")]


def test_opinion_pieces_labelled_comment_are_no_thread() -> None:
    cards = "".join(
        f'<div role="article" aria-label="Comment: {title}" class="k1"><a href="/opinion/{n}">'
        f"<h3>{title}</h3><p>{title} and why it matters this week, by our columnist.</p></a></div>"
        for n, title in enumerate(("Why the budget fails", "The bridge we deserve"))
    )
    assert _rows(cards) == []
