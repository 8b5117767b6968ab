"""Thread structure: inner ids, controls, body sections, wrappers, reply boxes and reply links."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsthread.html import extract_comments
from newsthread.model import Article, Comment

DATA = Path(__file__).parent / "data" / "html" / "comments"


def rows(source: str | bytes) -> list[tuple[Any, ...]]:
    """(depth, id, author, text) per comment, in reading order."""
    section = extract_comments(LexborHTMLParser(source))
    out = []
    for c in Article(comments=section.comments).iter_comments():
        depth, node = 0, c.parent
        while isinstance(node, Comment):
            depth, node = depth + 1, node.parent
        out.append((depth, c.id, c.author.name if c.author else None, c.text))
    return out


def test_inner_ids_controls_and_body_sections() -> None:
    assert rows((DATA / "structure.html").read_bytes()) == [
        # li.comment has no id: the comment's id is its inner article's.
        (0, "101", "Ines Alva", "Earlier is fine for commuters."),
        (1, "102", "Paul Novak", "Not for the school run."),
        # section.comment is the comment's own body, not a reply.
        (0, "103", "Mei Tanaka", "Will the evening ferry change too?"),
    ]


def test_a_vote_control_with_the_comments_id_is_no_comment() -> None:
    section = extract_comments(LexborHTMLParser((DATA / "structure.html").read_bytes()))
    assert len(list(Article(comments=section.comments).iter_comments())) == 3


def test_wrappers_headers_reply_boxes_and_reply_links() -> None:
    assert rows((DATA / "wrappers.html").read_bytes()) == [
        # Author and date sit in the li around the comment, beside its text.
        (0, "501", "Kritiker2010", "Endlich ein sicherer Weg zur Schule."),
        # "Antwort an …" links comment 501: a reply, though it stands at the top level.
        (1, "505", "Ben", "Antwort an Kritiker2010 Sehe ich auch so."),
        (0, "502", "Radlerin", "Die Ampel am Ende ist zu kurz grün."),
        (0, "503", "Ole", "Wann kommt der zweite Abschnitt?"),
        # The reply box follows the comment's wrapper, not the comment itself.
        (1, "504", "Stadt Musterstadt", "Im Frühjahr."),
    ]


def test_a_wrappers_header_is_left_out_of_the_body_with_the_thread() -> None:
    section = extract_comments(LexborHTMLParser((DATA / "wrappers.html").read_bytes()))
    assert [n.attributes.get("class") for n in section.containers] == ["comment-box"]


def test_bem_items_with_data_ids() -> None:
    got = rows((DATA / "bem.html").read_bytes())
    assert got[:2] == [
        (0, "5001", "Иван Петров", "Наконец-то!"),
        (0, "5002", "olga", "А пробки?"),  # noqa: RUF001
    ]


def test_interface_labels_in_any_language_stay_out_of_the_text() -> None:
    section = extract_comments(LexborHTMLParser((DATA / "bem.html").read_bytes()))
    assert section.comments[0].text == "Наконец-то!"  # no "Ответить", no "Пожаловаться"


def test_reply_links_need_a_cue() -> None:
    html = (
        '<div id="comments">'
        '<div id="comment-1" class="comment"><span class="author">A</span><p>First.</p></div>'
        '<div id="comment-2" class="comment"><span class="author">B</span>'
        '<p>Like <a href="#comment-1">this one</a> said.</p></div>'
        '<div id="comment-3" class="comment"><span class="author">C</span>'
        '<p><a href="#comment-1">@A</a> agreed.</p></div></div>'
    )
    assert [(d, i) for d, i, _, _ in rows(html)] == [(0, "1"), (1, "3"), (0, "2")]


def test_a_last_line_that_is_a_controls_label_is_left_out() -> None:
    html = (
        '<div id="comments"><div id="comment-1" class="comment"><span class="author">A</span>'
        '<p>Sehr lecker.</p><a href="/rezept/reply?id=1">Antworten</a></div>'
        '<div id="comment-2" class="comment"><span class="author">B</span>'
        "<p>Quel enfumage.</p><button>Alerter</button></div>"
        '<div id="comment-3" class="comment"><span class="author">C</span>'
        '<p>Read this:</p><p><a href="https://example.org/report-2024">Report</a></p></div></div>'
    )
    assert [text for _, _, _, text in rows(html)] == [
        "Sehr lecker.",
        "Quel enfumage.",
        "Read this:\n\nReport",  # a link that leads somewhere is part of the text
    ]


def test_a_hidden_level_label_and_a_deleted_line() -> None:
    html = (
        '<div id="comments"><div id="t1_a" class="Comment"><span>level 1</span>'
        '<p>Top.</p></div><div id="t1_b" class="Comment"><span>level 2</span><p>[deleted]</p>'
        "<span>· 4 yr. ago</span></div></div>"
    )
    section = extract_comments(LexborHTMLParser(html))
    texts = [(c.text, c.status.value) for c in Article(comments=section.comments).iter_comments()]
    assert texts[0] == ("Top.", "published")
    assert texts[1][1] == "deleted" and not texts[1][0].startswith("level")


def test_repeated_holders_of_an_author_and_a_text() -> None:
    item = (
        '<div class="itemCon" id="{i}"><div class="leftCon"><p class="commentAuthor">{a}</p>'
        '<p class="commentDate">21. Jan 2022</p><p class="commentText">{t}</p>'
        '<textarea class="comment quoteComment"></textarea></div></div>'
    )
    html = (
        '<div id="kommentarModul"><h3 id="count">2 Kommentare</h3><div class="wrap">'
        + item.format(i=6963, a="Unbekannter Nutzer", t="Du bist der Beste!")
        + item.format(i=6960, a="Holzwerker1956", t="Danke, so einfach wie genial.")
        + "</div></div>"
    )
    assert rows(html) == [
        (0, "6963", "Unbekannter Nutzer", "Du bist der Beste!"),
        (0, "6960", "Holzwerker1956", "Danke, so einfach wie genial."),
    ]


def test_a_comment_box_inside_a_chain_of_wrappers_is_the_comments_body() -> None:
    item = (
        '<li class="comment depth-1" id="comment-{i}"><div class="the-comment">'
        '<div class="avatar"><img src="/a.png" alt=""></div><div class="comment-box">'
        '<div class="comment-author meta"><strong>{a}</strong> 19. Juni 2018 um 15:28 Uhr'
        ' <a class="comment-reply-link" href="?replytocom={i}#respond">Antworten</a></div>'
        '<div class="comment-text"><p>{t}</p></div></div></div>{r}</li>'
    )
    reply = '<ul class="children">' + item.format(i=115, a="Moritz", t="Danke.", r="") + "</ul>"
    html = (
        '<div id="comments"><ol class="comment-list">'
        + item.format(i=114, a="Ben", t="Bei der Privatheit …", r=reply)
        + "</ol></div>"
    )
    assert rows(html) == [(0, "114", "Ben", "Bei der Privatheit …"), (1, "115", "Moritz", "Danke.")]


def test_an_authorless_second_copy_of_a_thread_is_one_thread() -> None:
    # New Reddit prints some threads twice, the second copy without author links.
    def thread(named: bool) -> str:
        def one(i: str, name: str, text: str, pad: int) -> str:
            who = (
                f'<a data-testid="comment_author_link" href="/user/{name}/">{name}</a>'
                if named
                else ""
            )
            return f'<div id="t1_{i}" style="padding-left:{pad}px"><div class="Comment">{who}<p>{text}</p></div></div>'

        return one("a1", "ann", "First.", 16) + one("b2", "bo", "Second.", 37)

    got = rows(f"<div>{thread(True)}</div><div>{thread(False)}</div>")
    assert got == [(0, "t1_a1", "ann", "First."), (1, "t1_b2", "bo", "Second.")]


def _flat_thread(marks: list[str], classes: list[str] | None = None) -> str:
    """A flat list of four comments, each with its indent mark and class."""
    entries = "".join(
        f'<div class="{cls}" id="comment-{i}" {mark}><span class="author">U{i}</span>'
        f'<time datetime="2024-01-0{i + 1}">Jan {i + 1}</time><p>Text number {i}.</p></div>'
        for i, (mark, cls) in enumerate(zip(marks, classes or ["comment"] * 4, strict=True))
    )
    return f'<div id="comments">{entries}</div>'


@pytest.mark.parametrize(
    "mark",
    [
        # CSS logical properties, for right-to-left pages as well.
        'style="margin-inline-start: {px}px"',
        'style="padding-inline-start:{px}px"',
        # A depth in a custom property, the way CSS-variable themes indent.
        'style="--depth: {level}"',
        'style="color: red; --comment-level:{level};"',
        'data-indent="{level}"',
    ],
)
def test_depth_from_logical_margins_custom_properties_and_data_indent(mark: str) -> None:
    marks = [mark.format(px=level * 32, level=level) for level in (0, 1, 2, 0)]
    assert [row[0] for row in rows(_flat_thread(marks))] == [0, 1, 2, 0]


def test_depth_from_arbitrary_utility_classes() -> None:
    classes = [f"comment ml-[{size}]" for size in ("0px", "48px", "6rem", "0px")]
    assert [row[0] for row in rows(_flat_thread([""] * 4, classes))] == [0, 1, 2, 0]


def _named_reply_thread(third: str, extra: str = "") -> str:
    def item(i: int, name: str, body: str, more: str = "") -> str:
        return (
            f'<li class="comment" id="comment-{i}"><div class="comment-author">{name}</div>{more}'
            f'<div class="comment-content"><p>{body}</p></div></li>'
        )

    return (
        '<ol class="commentlist">'
        + item(1, "Ann Lee", "First.")
        + item(2, "Bo", "Second.")
        + item(3, "Ann Lee", "Fourth.")
        + item(4, "Cy", third, extra)
        + "</ol>"
    )


def test_a_reply_that_names_the_commenter_in_its_header() -> None:
    html = _named_reply_thread("Third.", '<span class="in-reply-to">In reply to Ann Lee.</span>')
    # The nearest earlier comment by that name is the parent.
    assert [(r[0], r[1], r[3]) for r in rows(html)] == [
        (0, "1", "First."),
        (0, "2", "Second."),
        (0, "3", "Fourth."),
        (1, "4", "Third."),
    ]


def test_a_reply_that_names_the_commenter_in_its_first_words() -> None:
    assert rows(_named_reply_thread("In reply to ann lee: Third.\n"))[-1] == (
        1,
        "4",
        "Cy",
        "Third.",
    )
    # No earlier comment by the name: nothing moves, the text stays whole.
    assert rows(_named_reply_thread("In reply to Dana: Third."))[-1] == (
        0,
        "4",
        "Cy",
        "In reply to Dana: Third.",
    )


def test_schema_org_comment_property_without_a_type() -> None:
    entries = "".join(
        f'<article itemprop="comment" id="r{i}"><header><span itemprop="author">{n}</span> '
        f'<time datetime="2024-05-0{i + 1}">May</time></header><div itemprop="text"><p>{t}</p>'
        "</div></article>"
        for i, (n, t) in enumerate((("Ann Lee", "First."), ("Bo", "Second.")), 1)
    )
    html = f'<section id="discussion"><h3>2 responses</h3>{entries}</section>'
    assert rows(html) == [(0, "r1", "Ann Lee", "First."), (0, "r2", "Bo", "Second.")]


@pytest.mark.parametrize(
    ("rank", "depths"),
    [
        # A member's rank is no depth: the thread stays flat.
        ("userLevel{n}", [0, 0, 0, 0]),
        ("user-level-{n}", [0, 0, 0, 0]),
        # A class that names the thread's depth nests it.
        ("commentDepth{n}", [0, 1, 2, 0]),
    ],
)
def test_depth_classes_name_the_thread_not_the_member(rank: str, depths: list[int]) -> None:
    items = "".join(
        f'<li class="comment {rank.format(n=n)}" id="comment-{i}"><div class="comment-author">'
        f'{name}</div><div class="comment-content"><p>Comment by {name}.</p></div></li>'
        for i, (name, n) in enumerate([("Ann", 0), ("Bob", 1), ("Cy", 2), ("Di", 0)], start=1)
    )
    html = (
        f'<html><body><div id="comments"><ol class="comment-list">{items}</ol></div></body></html>'
    )
    assert [row[0] for row in rows(html)] == depths


def test_a_footer_inside_the_comments_text_is_text() -> None:
    html = (
        '<html><body><div id="comments"><ol class="comment-list">'
        '<li class="comment" id="comment-1"><div class="comment-author">Bob</div>'
        '<div class="comment-content"><p>Buses are fine.</p><p class="signature-footer">-- Bob,'
        " driver for 20 years on route 42</p></div>"
        '<div class="reply_footer"><a class="reply_link" href="#">Reply</a></div></li>'
        "</ol></div></body></html>"
    )
    assert rows(html) == [
        (0, "1", "Bob", "Buses are fine.\n\n-- Bob, driver for 20 years on route 42")
    ]
