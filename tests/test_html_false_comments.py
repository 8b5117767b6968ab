"""What looks like a comment but is not: notices, policies, teasers, widgets, form messages."""

from __future__ import annotations

from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from newsthread.html import extract_comments
from newsthread.model import Article, CommentStatus

DATA = Path(__file__).parent / "data" / "html" / "comments"


def section_of(name: str) -> tuple[list[tuple[str, str | None, str, str]], int | None]:
    section = extract_comments(LexborHTMLParser((DATA / name).read_bytes()))
    rows = [
        (c.id, c.author.name if c.author else None, c.text, c.status.value)
        for c in Article(comments=section.comments).iter_comments()
    ]
    return rows, section.declared_count


def test_notices_policies_teasers_and_load_more_are_not_comments() -> None:
    rows, declared = section_of("false-comments.html")
    assert rows == [
        ("11", "Dana Reyes", "A delay is better than a bad budget.", "published"),
        ("12", "Omar Haddad", "They said the same last year.", "published"),
        # "Show more comments (20)": a stub for twenty comments, not a comment.
        ("c6", None, "", "more"),
    ]
    assert declared == 2  # "This Post Has 2 Comments"


def test_the_load_more_stub_keeps_its_count() -> None:
    section = extract_comments(LexborHTMLParser((DATA / "false-comments.html").read_bytes()))
    stub = section.comments[-1]
    assert (stub.status, stub.more_count) == (CommentStatus.MORE, 20)


def test_comment_widgets_of_other_pages_are_left_out() -> None:
    rows, _ = section_of("wrappers.html")
    assert "9001" not in [r[0] for r in rows]
    assert [r[0] for r in rows] == ["501", "505", "502", "503", "504"]


def page(body: str) -> str:
    return (
        "<html><body><article><h1>Title</h1><p>The article text.</p></article>"
        f'<div id="comments">{body}</div></body></html>'
    )


def real(i: int) -> str:
    return (
        f'<div id="comment-{i}" class="comment"><span class="author">Ann {i}</span>'
        f'<time datetime="2024-01-0{i}T10:00:00Z">Jan {i}</time><p>Comment text {i} here.</p></div>'
    )


def test_a_form_message_named_so_is_no_comment() -> None:
    html = page(
        real(1)
        + '<div id="comment-modal-error" class="comment-error">Your comment was not saved: it is'
        " longer than 4000 characters, you posted within 10 seconds, or it was marked as spam."
        " Contact us with questions.</div>"
    )
    section = extract_comments(LexborHTMLParser(html))
    assert [c.id for c in section.comments] == ["1"]


def test_a_list_of_links_with_a_comment_class_is_no_comment() -> None:
    html = page(
        real(1)
        + '<div class="comment"><a href="/a">Budget: what changes</a> <a href="/b">Read more</a></div>'
    )
    assert [c.id for c in extract_comments(LexborHTMLParser(html)).comments] == ["1"]


def test_a_section_wrapper_with_a_comment_class_is_dissolved() -> None:
    html = page(f'<div class="comment-box"><h3>Discussion</h3>{real(1)}{real(2)}</div>')
    comments = extract_comments(LexborHTMLParser(html)).comments
    assert [(c.id, len(c.replies)) for c in comments] == [("1", 0), ("2", 0)]


def test_a_real_short_comment_with_a_link_stays() -> None:
    html = page(
        real(1) + '<div id="comment-7" class="comment"><span class="author">Bo</span>'
        '<p>See <a href="https://example.org/report">the report</a>, page 4.</p></div>'
    )
    comments = extract_comments(LexborHTMLParser(html)).comments
    assert [(c.id, c.text) for c in comments][1] == ("7", "See the report, page 4.")


def test_a_live_tickers_entries_are_no_reader_comments() -> None:
    entry = (
        '<div class="live-match-comment" data-time="{m}"><div class="live-match-comment-time">'
        '<span>{m}\'</span></div><div class="live-match-comment-body">{t}</div></div>'
    )
    html = page(
        '<div class="live-match-comments">'
        + entry.format(m=95, t="It is over: one all.")
        + entry.format(m=90, t="Yellow card for the keeper.")
        + "</div>"
    )
    assert extract_comments(LexborHTMLParser(html)).comments == []


def test_top_comment_teasers_of_other_stories_are_no_thread() -> None:
    # Related-story cards, each with a ``data-testid="comment-box"`` teaser of its top comment.
    rows, _ = section_of("testid-teasers.html")
    assert rows == []
