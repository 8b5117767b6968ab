"""Hostile or absurd markup: patterns stay linear, deep JSON is skipped, nothing escapes.

Each case once made a regular expression backtrack (seconds for 20 KB) or raised a raw
``RecursionError`` from deep inside; the expected values below are what a reader of the page
would want.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newsthread import from_html
from newsthread.html import extract_comments
from newsthread.html._bylines import BY_SEGMENT, is_outlet
from newsthread.html._comments.selectors import DEPTH_VAR
from newsthread.html._comments.words import REPLY_NAME_CUE

THREAD = (
    "<html><body><h1>Ferry</h1><p>The ferry runs again on Sundays this winter.</p>"
    '<ol class="commentlist">'
    '<li class="comment" id="comment-1" style="{style}"><div class="comment-author">Ann</div>'
    "<p>Good news for the island.</p></li>"
    '<li class="comment" id="comment-2"><div class="comment-author">Bob</div>'
    "<p>About time, I would say.</p></li></ol></body></html>"
)


def test_a_style_of_dashes_is_no_depth_and_the_thread_is_read() -> None:
    assert DEPTH_VAR.search("-" * 20_000) is None
    assert DEPTH_VAR.search("--comment-depth: 2;").group(1) == "2"  # type: ignore[union-attr]
    article = from_html(THREAD.format(style="-" * 20_000))
    assert [c.author.name for c in article.iter_comments() if c.author] == ["Ann", "Bob"]


def test_a_paragraph_full_of_source_words_names_no_agency() -> None:
    page = "<html><body><h1>Sources</h1><p>{}</p></body></html>".format("source " * 15_000)
    assert from_html(page).authors == []


def test_a_byline_segment_is_found_after_a_long_blank_run() -> None:
    assert BY_SEGMENT.search(" " * 20_000 + "x") is None
    found = BY_SEGMENT.search("Politics" + " " * 20_000 + "| By Ann Lee")
    assert found is not None and found.start() == len("Politics")


def test_json_nested_deeper_than_python_reads_is_skipped() -> None:
    deep = "[" * 50_000
    page = (
        f'<html><head><meta name="parsely-page" content="{deep}">'
        f'<script type="application/ld+json">{deep}</script><title>Deep</title></head>'
        "<body><h1>Deep</h1><p>The story itself.</p></body></html>"
    )
    article = from_html(page)
    assert article.title == "Deep"
    assert article.authors == []


def test_a_reply_cue_is_a_whole_word() -> None:
    assert REPLY_NAME_CUE.match("Ответственность лежит на нас") is None
    assert REPLY_NAME_CUE.match("Ответ: Анна").end() == len("Ответ: ")  # type: ignore[union-attr]


def test_a_source_label_before_a_long_blank_run_names_no_agency() -> None:
    page = "<html><body><h1>Title of the story here</h1><p>Text of the story.</p><p>Quelle{}x</p></body></html>"
    assert from_html(page.format(" " * 20_000), quotes=False).authors == []
    assert from_html(page.format(" \t" * 10_000), quotes=False).authors == []


def test_names_with_initials_are_no_web_addresses() -> None:
    assert [is_outlet(n, ()) for n in ("J.Doe", "A.J.Jones", "stol.it", "Dailymail.com")] == [
        False,
        False,
        True,
        True,
    ]


def test_a_comment_opening_with_a_long_number_keeps_its_text() -> None:
    for line in ("1" * 40 + " 5m !", "-1" * 20 + " 5m !"):
        page = THREAD.format(style="").replace("Good news for the island.", line)
        article = from_html(page, quotes=False)
        assert [c.text for c in article.iter_comments()] == [line, "About time, I would say."]


def test_talk_page_comments_without_end_markers_keep_their_own_words() -> None:
    start = '<p><span data-mw-comment-start="" id="c-U{0}-20240502093000-T"></span>text {0}</p>'
    page = (
        '<html><body><h2 data-mw-thread-id="h-T-20240502093000">T</h2>'
        + "".join(start.format(i) for i in range(3000))
        + "</body></html>"
    )
    comments = extract_comments(LexborHTMLParser(page)).comments
    assert len(comments) == 3000
    assert [c.text for c in comments[:2]] == ["text 0", "text 1"]


def test_anonymous_comments_about_replies_stay_when_few_comments_are_named() -> None:
    page = (
        '<html><body><h1>Dover</h1><p>The council voted on the bridge.</p><section id="comments">'
        '<div class="comment"><span class="comment-author">Ann</span><p>I think the council got '
        "this one right.</p></div>"
        '<div class="comment"><p>Thanks for all the thoughtful replies here.</p></div>'
        '<div class="comment"><p>Reading these comments makes me want to move.</p></div>'
        '<div class="comment"><p>The bridge was grey until 2003.</p></div></section></body></html>'
    )
    texts = [c.text for c in extract_comments(LexborHTMLParser(page)).comments]
    assert texts == [
        "I think the council got this one right.",
        "Thanks for all the thoughtful replies here.",
        "Reading these comments makes me want to move.",
        "The bridge was grey until 2003.",
    ]


def test_a_talk_page_comment_ends_where_the_next_starts_inside_skipped_chrome() -> None:
    # each start marker inside a reply-link box the reader skips whole
    box = (
        '<span class="ext-discussiontools-init-replylink-buttons">'
        '<span data-mw-comment-start="" id="c-U{0}-20240502093000-T"></span></span>w{0} '
    )
    page = (
        '<html><body><h2 data-mw-thread-id="h-T-20240502093000">T</h2><p>'
        + "".join(box.format(i) for i in range(2000))
        + "</p></body></html>"
    )
    texts = [c.text for c in extract_comments(LexborHTMLParser(page)).comments]
    assert len(texts) == 2000
    assert texts[:3] == ["w0", "w1", "w2"]
