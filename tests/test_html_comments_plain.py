"""Comment threads on pages whose source never spells "comment" (a faster path)."""

from __future__ import annotations

from newsthread.html import from_html
from newsthread.model import CommentStatus

PINGS = (
    "<html><body><article><h1>T</h1><p>Body text of the article that is long enough to be"
    " chosen as the body here.</p></article>"
    '<ol class="thread"><li class="pingback" id="ping-1"><div class="body"><p>Pingback: '
    '<a href="https://other.example/post">A post elsewhere about this</a></p></div></li>'
    '<li class="trackback" id="ping-2"><div class="body"><p>Trackback from a second blog'
    " that wrote about it</p></div></li></ol></body></html>"
)


def test_pingbacks_without_the_word_comment() -> None:
    assert "omment" not in PINGS
    article = from_html(PINGS, quotes=False)
    found = [(c.id, c.status, c.text) for c in article.iter_comments()]
    assert found == [
        ("ping-1", CommentStatus.PINGBACK, "Pingback: A post elsewhere about this"),
        ("ping-2", CommentStatus.TRACKBACK, "Trackback from a second blog that wrote about it"),
    ]
    assert [b.text for b in article.body] == [
        "Body text of the article that is long enough to be chosen as the body here."
    ]


def test_json_ld_comments_still_found() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type":"BlogPosting","headline":"T",'
        '"comment":[{"@type":"Comment","@id":"c1","text":"First!","author":{"name":"Ann"}}]}'
        "</script></head><body><p>Text of the post.</p></body></html>"
    )
    article = from_html(page, quotes=False)
    assert [(c.text, c.author.name if c.author else None) for c in article.iter_comments()] == [
        ("First!", "Ann")
    ]


def test_printed_count_from_a_heading_or_a_link_without_a_thread() -> None:
    body = "<p>Text of the post, long enough to be the article on this page.</p>"
    heading = from_html(f'<html><body>{body}<h3 class="Block-Title">12 Comments</h3></body></html>')
    assert heading.declared_comment_count == 12
    # A box that merely holds a heading is not one itself; its own count is a count.
    boxed = from_html(
        f'<html><body>{body}<div itemprop="commentCount"><h2>Reader views</h2></div>'
        '<a class="comments" href="/story">7 comments</a></body></html>'
    )
    assert boxed.declared_comment_count == 7
    hn = from_html(f'<html><body>{body}<a href="item?id=1">31 comments</a></body></html>')
    assert hn.declared_comment_count == 31
