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
