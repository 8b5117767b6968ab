"""Threads found from what surrounds them rather than from comment names: entries after a
heading in the page's language (``headed``), replies of the comments' own kind in a reply list
(``kin``), a section named like a comment (``without_section_unit``). Their work grows linearly
with the thread, counted in calls (never timed), for wide threads and deep chains."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from selectolax.lexbor import LexborHTMLParser
from tests.test_html_comment_scaling import calls_for  # (the call counter of the others)

from newsthread.html import extract_comments
from newsthread.model import Article, Comment


def headed_wide(n: int) -> str:
    items = "".join(
        f'<li class="hozzaszolas" id="hsz-{i}"><span class="hsz-nev">Név {i}</span> '
        f'<span class="hsz-ido">2024.06.12. 10:{i % 60:02d}</span>'
        f'<div class="hsz-szoveg"><p>A hozzászólás száma {i}.</p></div></li>'
        for i in range(n)
    )
    return (
        '<html lang="hu"><body><div class="cikk"><h1>Cím</h1><p>Szöveg.</p></div>'
        f'<div class="hsz"><strong>Hozzászólások</strong><ol class="lista">{items}</ol></div>'
        "</body></html>"
    )


def headed_deep(n: int) -> str:
    chain = ""
    for i in reversed(range(n)):
        inner = f'<div class="apantiseis">{chain}</div>' if chain else ""
        chain = (
            f'<div class="sxolio" id="sxolio-{i}"><span class="sxolio-onoma">Χρήστης {i}</span> '
            f'<time datetime="2024-06-12T10:15">12/06/2024 10:15</time>'
            f'<div class="sxolio-keimeno"><p>Σχόλιο αριθμός {i}.</p></div>{inner}</div>'
        )
    second = (
        '<div class="sxolio" id="sxolio-x"><span class="sxolio-onoma">Άλλος</span> '
        '<time datetime="2024-06-12T11:15">12/06/2024 11:15</time>'
        '<div class="sxolio-keimeno"><p>Ένα ακόμη σχόλιο.</p></div></div>'
    )
    return (
        '<html lang="el"><body><div class="arthro"><h1>Τίτλος</h1><p>Κείμενο.</p></div>'
        f'<section class="sx"><h3>Σχόλια</h3><div class="lista">{chain}{second}</div></section>'
        "</body></html>"
    )


def kin_wide(n: int) -> str:
    rows = "".join(
        f'<li id="comment_li_{i}" class="ub-content"><span class="nickname">닉{i}</span>'
        f'<p class="usertxt">댓글 내용 {i}</p></li>'
        f'<li><div class="reply"><ul class="reply_list"><li id="reply_li_{i}" class="ub-content">'
        f'<span class="nickname">답{i}</span><p class="usertxt">답글 내용 {i}</p></li></ul></div></li>'
        for i in range(n)
    )
    return f'<div class="comment_box"><ul class="cmt_list">{rows}</ul></div>'


def section_wide(n: int) -> str:
    items = "".join(
        f'<div class="blog-comment" style="padding-left:{2.5 * (i % 2)}em;">'
        f'<div class="blog-author"><a href="/u/{i}">User {i}</a></div>'
        f'<div class="blog-comment-date">14.03.2024 12:31</div>'
        f'<div class="blog-comment-content">Comment number {i}.</div></div>'
        for i in range(n)
    )
    return f'<div class="blog-comments" id="blg-comment-57">{items}</div>'


def nested_headings(n: int) -> str:
    """N sections, each headed "Diskuse", nested in one another (review 10, R2.13)."""
    body = "".join(f'<div class="s"><strong>Diskuse</strong><p>Poznámka {i}.</p>' for i in range(n))
    return (
        '<html lang="cs"><body><article><h1>Titul</h1><p>Text článku.</p></article>'
        f'<div class="wrap">{body}{"</div>" * n}</div></body></html>'
    )


def teaser_counts(n: int) -> str:
    """A list of N teasers, each with its "Diskuse (12)" count (review 10, R1.5)."""
    items = "".join(
        f'<div class="teaser"><div class="teaser__meta"><span class="d">Diskuse ({i % 300})'
        f'</span></div><h3><a href="/c/{i}">Titulek článku číslo {i}</a></h3>'
        f"<p>Perex článku {i}.</p></div>"
        for i in range(n)
    )
    return f'<html lang="cs"><body><div class="page"><div class="list">{items}</div></div></body></html>'


def _tree(page: str) -> list[tuple[int, str | None, str]]:
    section = extract_comments(LexborHTMLParser(page))
    out = []
    for c in Article(comments=section.comments).iter_comments():
        depth, up = 0, c.parent
        while isinstance(up, Comment):
            depth, up = depth + 1, up.parent
        out.append((depth, c.author.name if c.author else None, c.text))
    return out


@pytest.mark.parametrize(
    "shape", [headed_wide, headed_deep, kin_wide, section_wide, nested_headings, teaser_counts]
)
def test_calls_grow_linearly_with_the_thread(shape: Callable[[int], str]) -> None:
    small, large = calls_for(shape(150)), calls_for(shape(600))
    assert large <= 4 * small * 1.05, (small, large)


def test_each_shape_is_read_whole() -> None:
    wide = _tree(headed_wide(300))
    assert len(wide) == 300 and wide[299] == (0, "Név 299", "A hozzászólás száma 299.")
    deep = _tree(headed_deep(2000))
    assert len(deep) == 2001
    assert deep[1999][0] == 1999 and deep[1999][2] == "Σχόλιο αριθμός 1999."
    assert deep[2000] == (0, "Άλλος", "Ένα ακόμη σχόλιο.")
    kin = _tree(kin_wide(300))
    assert kin[:2] == [(0, "닉0", "댓글 내용 0"), (1, "답0", "답글 내용 0")] and len(kin) == 600
    section = _tree(section_wide(300))
    assert len(section) == 300 and [d for d, _, _ in section[:4]] == [0, 1, 0, 1]


def test_a_page_in_another_language_is_not_searched_for_the_heading() -> None:
    page = headed_wide(5).replace('lang="hu"', 'lang="de"')
    assert _tree(page) == []
    assert _tree(headed_wide(5).replace('lang="hu"', "")) == []


def test_header_parts_of_a_chain_are_found_in_one_query_of_the_region() -> None:
    """Review 10, R2.8 (main's): each comment's text root asked for its header parts with a
    query of its own cost a chain of n comments n queries of its nested replies."""
    from newsthread.html._comments.meta_parts import Meta

    chain = "".join(
        f'<div class="comment" id="comment-{i}"><span class="author">Jan</span> '
        f'<span class="comment-meta">2. 5. 2024 9:05</span><p>Text {i}.</p><div class="children">'
        for i in range(300)
    )
    doc = LexborHTMLParser(f'<div id="comments">{chain}{"</div></div>" * 300}</div>')
    region = doc.css_first("#comments")
    assert region is not None
    meta = Meta(region)
    roots = doc.css("div.comment")
    answers = [meta.within(root, whole=True) for root in roots]
    assert all(held for _, held in answers)  # each holds its own header part
    # The first 64 roots queried alone (a short thread's page is never read around it), then
    # one query of the region answers every later root.
    assert len(meta._cache) == 64
    parts = answers[-1][0]
    assert len(parts) == 300 and all(ids is parts for ids, _ in answers[64:])
    assert [len(ids) for ids, _ in answers[:3]] == [300, 299, 298]
    outside = LexborHTMLParser('<p class="comment-meta">x</p>').css_first("p")
    assert outside is not None and meta.within(outside, whole=True) == (set(), True)
    assert meta.within(roots[-1]) == meta._cache[roots[-1].mem_id]  # a text element: alone
