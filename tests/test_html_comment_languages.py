"""Comment threads named in other languages: names, reply lists, stubs, sections, and the
near misses that must stay no comment (a form's message, a "posted from" label)."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsthread.html import extract_comments
from newsthread.model import Article, CommentStatus

SYSTEMS = Path(__file__).parent / "data" / "html" / "comments" / "systems"


def _comments(html: str) -> list[tuple[str | None, str]]:
    section = extract_comments(LexborHTMLParser(html))
    return [
        (c.author.name if c.author else None, c.text)
        for c in Article(comments=section.comments).iter_comments()
    ]


@pytest.mark.parametrize(
    ("name", "counts"),
    [
        ("portuguese-news.html", [3, None]),  # "Ver mais 3 respostas", "Carregar mais comentários"
        ("chinese-news.html", [5]),  # "查看全部 5 条回复"
        ("ukrainian-news.html", [2]),  # "Показати ще 2 відповіді"
        ("kinja.html", [2]),  # ``data-count="2"`` on "See 2 more replies"
    ],
)
def test_more_controls_in_other_languages_are_stubs(name: str, counts: list[int | None]) -> None:
    section = extract_comments(LexborHTMLParser((SYSTEMS / name).read_bytes()))
    stubs = [
        c
        for c in Article(comments=section.comments).iter_comments()
        if c.status is CommentStatus.MORE
    ]
    assert [c.more_count for c in stubs] == counts


_THREAD = """<html><body><article><p>Text.</p></article>
<ol class="comment-list">
<li class="comment" id="comment-1"><div class="comment-author vcard"><cite class="fn">Ann</cite></div>
<div class="comment-content"><p>First.</p></div></li>
<li class="comment" id="comment-2"><div class="comment-author vcard"><cite class="fn">Bo</cite></div>
<div class="comment-content"><p>Second.</p></div></li>
</ol>
<div class="comment-form">{form}</div></body></html>"""


def test_a_message_named_after_komentar_in_the_form_is_no_comment() -> None:
    # Indonesian puts the word first: ``pesan-komentar`` is "the comment's message".
    form = '<div class="pesan-komentar"><p>Bitte beachte die Datenschutzerklärung.</p></div>'
    assert _comments(_THREAD.format(form=form)) == [("Ann", "First."), ("Bo", "Second.")]


def test_komentar_opening_a_class_names_a_comment() -> None:
    html = """<html><body><div class="komentari" id="komentari"><h2>Komentari</h2>
    <div class="komentar" data-komentar-id="11"><span class="komentar__imya">Ana</span>
    <time datetime="2024-05-02T09:00:00Z">2. 5. 2024</time><div class="komentar__tekst">Dobro.</div></div>
    <div class="komentar" data-komentar-id="12"><span class="komentar__imya">Ivo</span>
    <time datetime="2024-05-02T10:00:00Z">2. 5. 2024</time><div class="komentar__tekst">Slažem se.</div></div>
    </div></body></html>"""
    assert _comments(html) == [("Ana", "Dobro."), ("Ivo", "Slažem se.")]


def test_comentario_alone_names_a_comment() -> None:
    # No "omment" on the page: its comments are found by "omentar" (one "m"), which the page
    # holds only there and in the section's heading.
    html = """<html><body><section class="comentarios"><h2>Comentarios</h2>
    <div class="comentario" id="comentario-11"><span class="comentario-autor">Ana</span>
    <div class="comentario-texto">Muy bueno.</div></div>
    <div class="comentario" id="comentario-12"><span class="comentario-autor">Luis</span>
    <div class="comentario-texto">De acuerdo.</div></div>
    </section></body></html>"""
    assert "omment" not in html and "koment" not in html
    assert _comments(html) == [("Ana", "Muy bueno."), ("Luis", "De acuerdo.")]


def test_posted_from_is_no_name_but_comment_from_is() -> None:
    posted = """<html><body><ol class="comment-list"><li class="comment" id="comment-5">
    <span class="social-posted-from"><span>View</span></span>
    <div class="comment-content"><p>A pingback's excerpt here.</p></div></li>
    <li class="comment" id="comment-6"><p class="comment-from">Nina Okafor</p>
    <div class="comment-content"><p>Thanks for this.</p></div></li></ol></body></html>"""
    assert _comments(posted) == [
        (None, "A pingback's excerpt here."),
        ("Nina Okafor", "Thanks for this."),
    ]


def test_foreign_comment_words_need_a_heading_that_names_comments() -> None:
    entries = "".join(
        f'<div class="yorum" id="yorum-{i}"><span class="yorum-yazar">Ali {i}</span>'
        f'<span class="yorum-tarih">12.05.2024 10:0{i}</span><div class="yorum-metin">Metin {i}.</div></div>'
        for i in (1, 2)
    )
    with_heading = (
        f'<html><body><div class="yorumlar"><h3>Yorumlar</h3>{entries}</div></body></html>'
    )
    without = (
        f'<html><body><div class="yorumlar"><h3>Son haberler</h3>{entries}</div></body></html>'
    )
    assert _comments(with_heading) == [("Ali 1", "Metin 1."), ("Ali 2", "Metin 2.")]
    assert _comments(without) == []


def test_a_box_under_many_comment_headings_is_searched_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 300 "Yorumlar" headings in one box with no comments: the box (and the two around it) is
    # searched once, not once per heading (which made such a page quadratic).
    import newsthread.html._comments.foreign as foreign

    searched: list[int] = []
    named_after = foreign._named_after

    def counted(box: object, heading: object) -> object:
        searched.append(id(box))
        return named_after(box, heading)  # type: ignore[arg-type]

    monkeypatch.setattr(foreign, "_named_after", counted)
    headings = "<h3>Yorumlar</h3><p>Birkaç kelime burada.</p>" * 300
    page = f"<html><body><h1>T</h1><div><div><div>{headings}</div></div></div></body></html>"
    assert _comments(page) == []
    assert len(searched) == 3


def test_a_thread_after_the_last_of_many_comment_headings_is_found() -> None:
    entries = "".join(
        f'<div class="yorum" id="yorum-{i}"><span class="yorum-yazar">Ali {i}</span>'
        f'<span class="yorum-tarih">12.05.2024 10:0{i}</span><div class="yorum-metin">Metin {i}.</div></div>'
        for i in (1, 2)
    )
    empty = "<h3>Yorumlar</h3><p>Henüz yorum yok.</p>" * 5
    page = (
        f'<html><body><div class="yorumlar">{empty}<h3>Yorumlar</h3>{entries}</div></body></html>'
    )
    assert _comments(page) == [("Ali 1", "Metin 1."), ("Ali 2", "Metin 2.")]


@pytest.mark.parametrize(
    "box",
    [
        "komentar__vidpovidi",
        "odpovedi",
        "kommentar-svar",
        "yorum-yanitlar",
        "vastaukset",
        "valaszok",
        "balasan",
        "pinglun-huifu",
    ],
)
def test_a_reply_box_named_in_other_languages_holds_replies(box: str) -> None:
    # The box after a comment holds its replies (siblings encoding), named "replies" in
    # Ukrainian, Czech, Swedish, Turkish, Finnish, Hungarian, Indonesian, Chinese pinyin.
    html = f"""<html><body><article><h1>T</h1><p>Body text of the article, long enough.</p></article>
    <div id="comments"><h2>2 Comments</h2>
    <div class="comment" id="comment-1"><span class="comment-author">Ann</span>
    <div class="comment-content"><p>First one.</p></div></div>
    <div class="{box}"><div class="comment" id="comment-2"><span class="comment-author">Bo</span>
    <div class="comment-content"><p>A reply.</p></div></div></div>
    <div class="comment" id="comment-3"><span class="comment-author">Cy</span>
    <div class="comment-content"><p>Second one.</p></div></div></div></body></html>"""
    comments = extract_comments(LexborHTMLParser(html)).comments
    assert [(c.id, [r.id for r in c.replies]) for c in comments] == [("1", ["2"]), ("3", [])]
