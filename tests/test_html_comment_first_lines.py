"""A comment's first lines: header chrome (a name box, a post number, "Posted") is left out, the
commenter's own words are kept, even when they look like chrome."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newsthread.html import extract_comments


def _thread(items: str) -> list[tuple[str | None, str]]:
    html = (
        "<html><body><article><h1>Story</h1><p>The council voted on Tuesday to expand the bus"
        " network across the northern districts of the city.</p></article>"
        f'<div id="comments"><ol class="commentlist">{items}</ol></div></body></html>'
    )
    section = extract_comments(LexborHTMLParser(html))
    return [(c.author.name if c.author else None, c.text) for c in section.comments]


def test_a_first_paragraph_that_names_its_author_is_kept() -> None:
    assert _thread(
        '<li class="comment" id="comment-1"><p><span class="author">Ann</span> wrote: I take'
        " the 42 every day.</p><p>It is always late.</p></li>"
        '<li class="comment" id="comment-2"><p><cite class="fn">Bob</cite>: No it is not.</p>'
        "<p>Only on Mondays.</p></li>"
        '<li class="comment" id="comment-3"><div><span class="comment-author">Cy</span> Agreed'
        " with both of you here.</div><div>Second paragraph of the comment.</div></li>"
        '<li class="comment" id="comment-4"><p><strong class="fn">Cleo</strong> 2 May 2024:'
        " Good for cyclists too.</p><p>Bike racks on the buses, please.</p></li>"
    ) == [
        ("Ann", "wrote: I take the 42 every day.\n\nIt is always late."),
        ("Bob", ": No it is not.\n\nOnly on Mondays."),
        ("Cy", "Agreed with both of you here.\n\nSecond paragraph of the comment."),
        ("Cleo", "2 May 2024: Good for cyclists too.\n\nBike racks on the buses, please."),
    ]


def test_a_box_of_name_handle_age_and_number_is_left_out() -> None:
    assert _thread(
        '<li class="comment" id="comment-1"><div class="head"><a href="/u/ann">A</a>'
        '<span class="comment-author">Ann Lee</span> <span>@annlee</span> <span>1 year ago</span>'
        ' <a class="permalink">#2</a></div><div>The tide tables were wrong for March.</div>'
        "<div>And for April.</div></li>"
        '<li class="comment" id="comment-2"><div class="head"><span class="comment-author">Bo'
        "</span> <span>22.04.2020</span></div><div>Right, I checked them twice.</div>"
        "<div>Same here.</div></li>"
        '<li class="comment" id="comment-3"><div class="vcard"><strong class="fn">Cy</strong>'
        " said, on August 3, 2019 at 3:19 pm</div><p>They were fixed in May.</p>"
        "<p>Thanks.</p></li>"
    ) == [
        ("Ann Lee", "The tide tables were wrong for March.\n\nAnd for April."),
        ("Bo", "Right, I checked them twice.\n\nSame here."),
        ("Cy", "They were fixed in May.\n\nThanks."),
    ]


def test_a_first_paragraph_that_reads_like_a_header_label_is_kept() -> None:
    assert _thread(
        '<li class="comment" id="comment-1"><span class="comment-author">Ann</span>'
        "<p>Which of the three routes is best?</p></li>"
        '<li class="comment" id="comment-2"><span class="comment-author">Bob</span><p>#2</p>'
        "<p>Route two, it skips the bridge.</p></li>"
        '<li class="comment" id="comment-3"><span class="comment-author">Cy</span><p>Posted</p>'
        "<p>my answer on the forum.</p></li>"
        '<li class="comment" id="comment-4"><div class="comment-author">Di</div>'
        '<div class="comment-content"><p>Geschrieben</p><p>habe ich das schon oft.</p></div></li>'
    ) == [
        ("Ann", "Which of the three routes is best?"),
        ("Bob", "#2\n\nRoute two, it skips the bridge."),
        ("Cy", "Posted\n\nmy answer on the forum."),
        ("Di", "Geschrieben\n\nhabe ich das schon oft."),
    ]


def test_a_header_number_and_posted_label_are_left_out() -> None:
    assert _thread(
        '<li class="comment" id="comment-1"><div><span class="comment-author">Ann</span>'
        ' <a class="permalink">#1</a></div><div>Which of the three routes is best?</div></li>'
        '<li class="comment" id="comment-2"><div><span class="comment-author">Bob</span></div>'
        '<div class="comment-content"><span>Posted <abbr class="published" title="2024-05-02">'
        "02 May 2024</abbr></span><p>Route two, it skips the bridge.</p></div></li>"
    ) == [
        ("Ann", "Which of the three routes is best?"),
        ("Bob", "Route two, it skips the bridge."),
    ]
