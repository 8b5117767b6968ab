"""Hostile or absurd Markdown: the line patterns stay linear (each case once took seconds)."""

from __future__ import annotations

from newsthread.markdown import from_markdown
from newsthread.markdown._ageheaders import UNVERIFIED
from newsthread.markdown._comments import is_boilerplate


def test_a_pager_line_with_a_long_word_is_read_once() -> None:
    assert is_boilerplate("Seiten: [1] 2 3 Nach oben")
    assert not is_boilerplate("Seiten: [1] " + "a" * 280 + " 1")
    pager = "Seiten: [1] " + "a" * 280 + " 1"
    parts = ["# Story\n\nSome article text here.\n\n## 12 Comments\n"]
    parts += [f"**Ann{i}** says:\nMarch 3, 2024 at 10:15 am\n\n{pager}\n" for i in range(20)]
    article = from_markdown("\n".join(parts))
    assert [c.author.name for c in article.comments if c.author][:2] == ["Ann0", "Ann1"]


def test_a_visitors_mark_after_a_long_blank_run() -> None:
    assert UNVERIFIED.search("\n" * 30_000 + "x") is None
    assert UNVERIFIED.sub("", "Ann Lee (not verified)") == "Ann Lee"
