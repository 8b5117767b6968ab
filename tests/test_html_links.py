"""Relative links of a page become absolute against its URL, so exports keep them."""

from __future__ import annotations

from newsthread.html import from_html, to_html

PAGE = """<!doctype html><html lang="en"><head><title>Story</title>{base}</head><body>
<article><h1>Story</h1>
<p>A paragraph long enough to be the article, with <a href="/about">a relative link</a> and
<a href="#note-1">a note</a> and <a href="mailto:desk@example.org">mail</a>, and more words.</p>
</article>
<div id="comments"><ol class="comment-list">
<li id="comment-1" class="comment"><article class="comment-body">
<footer><div class="comment-author"><a class="url" href="/u/ann">Ann</a></div>
<div class="comment-metadata"><a href="/story#comment-1"><time datetime="2024-06-03T10:15:00+00:00">June 3</time></a></div></footer>
<div class="comment-content"><p>First!</p></div></article></li>
</ol></div></body></html>"""


def test_links_resolve_against_the_given_url():
    article = from_html(PAGE.format(base=""), url="https://news.example/2024/story", quotes=False)
    urls = [link.url for link in article.body[0].links]
    assert urls == [
        "https://news.example/about",
        "https://news.example/2024/story#note-1",
        "mailto:desk@example.org",
    ]
    (comment,) = article.comments
    assert comment.author.url == "https://news.example/u/ann"
    assert comment.url == "https://news.example/story#comment-1"
    assert from_html(to_html(article)) == article


def test_base_element_wins_and_without_any_base_links_stay_relative():
    based = from_html(PAGE.format(base='<base href="https://cdn.example/x/">'), quotes=False)
    assert based.body[0].links[0].url == "https://cdn.example/about"
    plain = from_html(PAGE.format(base=""), quotes=False)
    assert plain.body[0].links[0].url == "/about"
