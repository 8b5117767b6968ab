"""The comment stage's grouped selectors find exactly the elements of their plain lists."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsthread.html._comments import selectors
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


SCAN_BODY = """<body>
<div class="comment-list"><article id="comment-12" class="Comment">a</article>
<li id="li-comment-3" class="reply"><p class="gsc-reply">b</p></li></div>
<div id="t1_abc" class="thing morechildren">c</div><li class="post">d</li><li class="Post">e</li>
<div class="answer">f</div><span class="answer">g</span><div class="WL-CARD-ITEM">h</div>
<div itemprop="comment">i</div><meta itemprop="commentCount" content="3">
<div itemtype="https://schema.org/Comment">j</div><div typeof="schema:Comment">k</div>
<h2 class="block-title">l</h2><h5>m</h5><a href="/x#comments">n</a><a href="item?id=1">o</a>
<a href="/members/ann.1/">p</a><a href="/?action=profile;u=2">q</a><a>r</a>
<div class="kommentar-item" id="komentarz-1" data-comment-id="7">s</div>
<section class="leserbrief">t</section><shreddit-comment>u</shreddit-comment>
<div class="pingback trackback comtr">v</div><div class="panestack-title">w</div>
</body>"""


@pytest.mark.parametrize("doctype", ["<!DOCTYPE html>", ""])
@pytest.mark.parametrize("plain", [False, True])
def test_the_grouped_scan_finds_what_the_list_finds(doctype: str, plain: bool) -> None:
    doc = LexborHTMLParser(doctype + "<html>" + SCAN_BODY + "</html>")
    root = doc.root
    assert root is not None
    name = "SCAN_SELECTOR_PLAIN" if plain else "SCAN_SELECTOR"
    grouped = getattr(selectors, name)
    assert ":is(" in grouped

    def found(selector: str) -> list[int]:
        return list(dict.fromkeys(node.mem_id for node in root.css(selector)))

    ungrouped = selectors._without(  # what the scan was before the grouping
        selectors._widened(
            f"{selectors._UNIT_SELECTOR_PLAIN}, {selectors._REPLY_PLAIN}, {selectors._DECLARED_PLAIN}, "
            f"{selectors.FORUM_AUTHOR_SELECTOR}"
            if plain
            else f"{selectors.UNIT_SELECTOR}, {selectors._SECTION_SELECTOR}, "
            f"{selectors.DECLARED_SELECTOR}, {selectors.FORUM_AUTHOR_SELECTOR}, "
            f"{selectors.LD_SCRIPT}"
        ),
        frozenset() if plain else selectors._SUBSUMED_IN_SCAN,
    )
    assert ":is(" not in ungrouped
    assert found(grouped) == found(ungrouped)
    assert len(found(ungrouped)) >= 12
