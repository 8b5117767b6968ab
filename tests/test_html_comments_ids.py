"""Comment ids: repeated element ids get -2, -3… suffixes in linear work, none lost."""

from __future__ import annotations

from newsthread.html import from_html
from newsthread.html._comments.dedupe import UniqueIds


def test_repeated_ids_get_the_next_free_suffix() -> None:
    unique = UniqueIds()
    got = [unique.take(i) for i in ["c", "c-2", "c", "c", "d", "c-3", "c"]]
    assert got == ["c", "c-2", "c-3", "c-4", "d", "c-3-2", "c-5"]
    assert len(set(got)) == len(got)


def test_many_copies_of_one_id_cost_linear_work() -> None:
    unique = UniqueIds()
    got = [unique.take("comment") for _ in range(8000)]
    assert got[:3] == ["comment", "comment-2", "comment-3"]
    assert got[-1] == "comment-8000"
    # Each copy finds its suffix at once: no probing from -2 upwards.
    assert unique.probes == 0


def test_a_thread_whose_items_all_share_one_id() -> None:
    items = "".join(
        f'<li id="comment" class="comment"><p>Reply number {i} says something.</p></li>'
        for i in range(2000)
    )
    html = (
        "<html><body><article><h1>T</h1><p>Text here.</p></article>"
        f"<ol class='commentlist'>{items}</ol></body></html>"
    )
    comments = list(from_html(html, quotes=False).iter_comments())
    assert len(comments) == 2000
    assert [c.id for c in comments[:2]] == ["comment", "comment-2"]
    assert comments[-1].id == "comment-2000"
    assert comments[-1].text == "Reply number 1999 says something."
