"""Comment extraction does work linear in the thread: pinned by counting, never by timing.

Two kinds of evidence: a structural property of the text reader (the page-wide set of header
parts is shared, never copied per comment: the copy made a WordPress page of 100,000 comments
take 94 s), and the number of function calls, Python and C, at two sizes four times apart.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsthread.html import extract_comments
from newsthread.html._comments import owned as owned_stage
from newsthread.html._comments import rejects as rejects_stage
from newsthread.html._comments import text as text_stage
from newsthread.html._comments.rejects import drop_unlikely
from newsthread.html._comments.state import Unit
from newsthread.model import Article, Author


def _wordpress(i: int, inner: str = "") -> str:
    return (
        f'<li id="comment-{i}" class="comment"><article id="div-comment-{i}" class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">User {i}</b>'
        f' <span class="says">says:</span></div><div class="comment-metadata">'
        f'<a href="#comment-{i}"><time datetime="2024-05-02T09:30:00Z">May 2</time></a></div></footer>'
        f'<div class="comment-content"><p>Comment number {i}.</p></div><div class="reply">'
        f'<a class="comment-reply-link" href="?replytocom={i}#respond">Reply</a></div></article>'
        f"{inner}</li>"
    )


def wide(n: int) -> str:
    items = "".join(_wordpress(i) for i in range(n))
    return f'<div id="comments"><h2>{n} Comments</h2><ol class="comment-list">{items}</ol></div>'


def deep(n: int) -> str:
    chain = ""
    for i in reversed(range(n)):
        chain = _wordpress(i, f'<ol class="children">{chain}</ol>' if chain else "")
    return f'<div id="comments"><ol class="comment-list">{chain}</ol></div>'


def deep_plain(n: int) -> str:
    """Nested comments with no header at all: each is checked for one in bounded work."""
    chain = ""
    for i in reversed(range(n)):
        chain = f'<div class="comment"><p>Text {i} here.</p>{chain}</div>'
    return f'<div id="comments">{chain}</div>'


def siblings(n: int) -> str:
    """Drupal: each reply box follows its parent."""
    return (
        '<div id="comments">'
        + "".join(
            f'<a id="comment-{i}"></a><div class="comment"><div class="submitted">U{i} 2024-05-02'
            f'</div><div class="content"><p>Text {i}.</p></div></div><div class="indented">'
            f'<a id="comment-r{i}"></a><div class="comment"><div class="content"><p>Reply {i}.'
            "</p></div></div></div>"
            for i in range(n)
        )
        + "</div>"
    )


def stated(n: int) -> str:
    """Flat comments that name their parent: all replies to the first."""
    return (
        '<div id="comments">'
        + "".join(
            f'<div id="comment-{i}" class="comment" data-parent="{"comment-0" if i else ""}">'
            f'<span class="author">U{i}</span><p class="comment-text">Text {i}.</p></div>'
            for i in range(n)
        )
        + "</div>"
    )


def stubs(n: int) -> str:
    more = '<div class="morecomments"><a href="#">{} more replies</a></div>'
    items = "".join(_wordpress(i, more.format(i + 1)) for i in range(n))
    return f'<div id="comments"><ol class="comment-list">{items}</ol></div>'


@contextmanager
def counting() -> Iterator[list[int]]:
    calls = [0]

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        if event in ("call", "c_call"):
            calls[0] += 1

    sys.setprofile(profile)
    try:
        yield calls
    finally:
        sys.setprofile(None)


def calls_for(page: str) -> int:
    doc = LexborHTMLParser(page)
    with counting() as calls:
        extract_comments(doc)
    return calls[0]


@pytest.mark.parametrize("shape", [wide, deep, deep_plain, siblings, stated, stubs])
def test_calls_grow_linearly_with_the_thread(shape: Callable[[int], str]) -> None:
    small, large = calls_for(shape(150)), calls_for(shape(600))
    # Four times the comments: at most four times the calls, with room for fixed costs only.
    assert large <= 4 * small * 1.05, (small, large)


def test_header_parts_are_shared_not_copied_per_comment(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[set[int], set[int]]] = []
    real = text_stage.comment_text

    def spy(root: LexborNode, skip: tuple[set[int], set[int]], units: Any, own: Unit) -> str:
        seen.append(skip)
        return real(root, skip, units, own)

    monkeypatch.setattr(text_stage, "comment_text", spy)
    section = extract_comments(LexborHTMLParser(wide(200)))
    assert len(section.comments) == 200
    page_sets = {id(page) for page, _ in seen}
    assert len(page_sets) == 1  # one set for the whole page, whatever the thread's size
    # Each comment's own set holds only its author and date elements.
    assert [len(own) for _, own in seen] == [2] * 200


def test_wide_thread_of_two_thousand_comments_is_whole() -> None:
    section = extract_comments(LexborHTMLParser(wide(2000)))
    comments = section.comments
    assert len(comments) == 2000 and section.declared_count == 2000
    assert (comments[1999].id, comments[1999].author and comments[1999].author.name) == (
        "1999",
        "User 1999",
    )
    assert comments[1999].text == "Comment number 1999."


def test_stated_parents_keep_reply_order() -> None:
    section = extract_comments(LexborHTMLParser(stated(5)))
    (first,) = section.comments
    assert [r.id for r in first.replies] == ["1", "2", "3", "4"]
    assert [r.text for r in first.replies] == ["Text 1.", "Text 2.", "Text 3.", "Text 4."]


def _units(n: int) -> list[Unit]:
    nodes = LexborHTMLParser("<div></div>" * n).css("div")
    return [Unit(node=node, key=str(i), index=i) for i, node in enumerate(nodes)]


def _link(parent: Unit, *children: Unit) -> None:
    for child in children:
        child.parent = parent
        parent.children.append(child)


def test_dropped_wrappers_hand_their_replies_up_in_place() -> None:
    # a > [w1 > [b, w2 > [c]], d]; the wrappers w1 and w2 hold nothing but replies.
    a, w1, b, w2, c, d = units = _units(6)
    _link(a, w1, d)
    _link(w1, b, w2)
    _link(w2, c)
    for unit in (a, b, c, d):
        unit.text, unit.author = "A comment with enough words.", Author(name="Ann")
    kept = drop_unlikely(units)
    assert kept == [a, b, c, d]
    assert a.children == [b, c, d]
    assert (b.parent, c.parent, d.parent) == (a, a, a)


def test_dropped_top_level_wrapper_makes_its_replies_top_level() -> None:
    w, b, c = units = _units(3)
    _link(w, b, c)
    b.text = c.text = "A comment with enough words."
    assert drop_unlikely(units) == [b, c]
    assert (b.parent, c.parent) == (None, None)


def deep_undated(n: int) -> str:
    """A chain with authors but neither dates nor ids: each comment is checked for a form."""
    chain = ""
    for i in reversed(range(n)):
        inner = f'<ol class="children">{chain}</ol>' if chain else ""
        chain = (
            f'<li class="comment"><div class="comment-author vcard">'
            f'<cite class="fn">User {i}</cite></div><div class="comment-content">'
            f"<p>Comment number {i}.</p></div>{inner}</li>"
        )
    return f'<div id="comments"><ol class="comment-list">{chain}</ol></div>'


def test_probes_of_a_deep_chain_are_queried_one_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each sample comment of a chain holds the next: querying all would scan the chain ~3.5 times
    # per selector. Only the outermost waiting one is queried, with the same answer.
    seen: dict[str, list[int]] = {}
    real = owned_stage.probes_to_query

    def spy(probes: list[Unit], outer: dict[int, Unit], served: set[int]) -> list[Unit]:
        chosen = real(probes, outer, served)
        seen.setdefault(shape, []).append(len(chosen))
        return chosen

    monkeypatch.setattr(owned_stage, "probes_to_query", spy)
    shape = "deep"
    deep_section = extract_comments(LexborHTMLParser(deep(600)))
    shape = "wide"
    wide_section = extract_comments(LexborHTMLParser(wide(600)))
    assert deep_section.comments[0].id == "0" and len(wide_section.comments) == 600
    assert seen["deep"] and set(seen["deep"]) == {1}
    assert max(seen["wide"]) == 7  # side by side: every sample comment is asked


def test_probes_to_query_skip_only_probes_held_by_a_waiting_probe() -> None:
    doc = LexborHTMLParser("<div id=r><p id=a><b id=b><i id=c></i></b></p><p id=d></p></div>")
    region = doc.css_first("#r")
    assert region is not None
    units = [Unit(node=doc.css(f"#{k}")[0], key=k, index=i) for i, k in enumerate("abcd")]
    a, b, c, d = units
    outer = owned_stage.probe_nesting(units, region)
    assert outer == {1: a, 2: b}
    assert owned_stage.probes_to_query(units, outer, set()) == [a, d]
    assert owned_stage.probes_to_query(units, outer, {0}) == [b, d]
    assert owned_stage.probes_to_query(units, outer, {0, 1}) == [c, d]
    assert owned_stage.probes_to_query(units, outer, {1, 3}) == [a]


def test_forms_are_looked_for_once_per_page_not_once_per_comment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    real = rejects_stage._holders

    def spy(node: LexborNode) -> set[int]:
        calls.append(node.mem_id)
        return real(node)

    monkeypatch.setattr(rejects_stage, "_holders", spy)
    section = extract_comments(LexborHTMLParser(deep_undated(600)))
    depth, cur = 0, section.comments
    while cur:
        depth, cur = depth + 1, cur[0].replies
    assert depth == 600
    assert len(calls) == 1


def test_form_holders_answer_as_a_query_of_each_element_would() -> None:
    doc = LexborHTMLParser(
        "<div id=t><div class=c><p>x</p><div class=c><form><textarea></textarea></form></div>"
        "</div><div class=c><input type=email></div><div class=c><input type=checkbox></div>"
        "<div class=c><span>y</span></div></div>"
    )
    holders = rejects_stage.FormHolders()
    every = doc.css("*")
    expected = [n.css_first(rejects_stage._FORM_FIELD) is not None for n in every]
    assert [holders.holds(n) for n in every] == expected
    # html, body, #t, the two .c around the form, form, textarea, the .c with an email field, input
    assert expected.count(True) == 9


def test_reply_links_are_read_once_per_thread_not_once_per_nested_comment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A comment placed by containment that holds replies is not searched for a reply-to link:
    # the search reads its whole subtree, which for each comment of a deep chain is quadratic.
    import newsthread.html._comments.nesting as nesting

    searched: list[str] = []
    real = nesting._answered

    def counted(unit: Any, anchors: Any, walker: Any) -> Any:
        searched.append(unit.node.attributes.get("id") or "")
        return real(unit, anchors, walker)

    monkeypatch.setattr(nesting, "_answered", counted)
    depth = 50
    html = (
        '<div id="comments"><ol class="commentlist">'
        + "".join(
            f'<li class="comment" id="comment-{i}"><cite class="fn">U{i}</cite>'
            f'<div class="comment-content"><p>Text {i}.</p></div><ol class="children">'
            for i in range(depth)
        )
        + "</ol></li>" * depth
        + "</ol></div>"
    )
    section = extract_comments(LexborHTMLParser(html))
    assert len(list(Article(comments=section.comments).iter_comments())) == depth
    assert searched == ["comment-0", f"comment-{depth - 1}"]
