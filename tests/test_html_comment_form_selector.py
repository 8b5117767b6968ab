"""The grouped reply-form selector finds exactly the elements of the plain selector list."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsthread.html._comments.selectors import FORM_SELECTOR

PLAIN = (
    "#respond, .comment-respond, #commentform, form.comment-form, "
    'form[action*="wp-comments-post"], #comment-form, .comment-form, .comments-form, '
    "#comments-form, form#post-comment"
)

BODY = """<body>
<div id="respond"><form id="commentform" class="comment-form" action="/wp-comments-post.php">
<textarea></textarea></form></div>
<div class="comment-respond x"></div><section id="comment-form"></section>
<form class="comments-form"></form><div id="comments-form" class="comment-form"></div>
<form id="post-comment"></form><div id="post-comment"></div><form action="/x"></form>
<div class="COMMENT-FORM"></div><div id="RESPOND"></div><p class="respond">x</p>
<form ACTION="https://example.com/wp-comments-post.php?x=1"></form><span>y</span>
</body>"""


@pytest.mark.parametrize("doctype", ["<!DOCTYPE html>", ""])  # standards and quirks mode
def test_the_grouped_selector_finds_what_the_list_finds(doctype: str) -> None:
    doc = LexborHTMLParser(doctype + "<html>" + BODY + "</html>")
    root = doc.root
    assert root is not None

    def found(selector: str) -> list[int]:
        return list(dict.fromkeys(node.mem_id for node in root.css(selector)))

    assert found(FORM_SELECTOR) == found(PLAIN)
    assert len(found(PLAIN)) == (8 if doctype else 10)  # quirks: classes and ids ignore case
