"""Whole news pages written by hand before the import code read them (session 12, issue 12):
WordPress, Drupal, Arc XP, Next.js, Nuxt, Ghost, Bitrix, Blogger, Medium-like and regional
sites in twenty languages, each read for its main text, title, authors, publication time and
comment thread, against ``tests/data/html/news_unseen/expected.json`` (how the pages were made
and what each one tries is in the README beside them).

What the import still gets wrong is marked ``xfail(strict=True)`` with the reason, so a fix
shows up as an unexpected pass.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from newsthread.html import from_html
from newsthread.model import Article

DATA = Path(__file__).parent / "data" / "html" / "news_unseen"
EXPECTED: dict[str, dict[str, Any]] = json.loads(
    (DATA / "expected.json").read_text(encoding="utf-8")
)

#: (page, aspect) -> why the import still misses it.
KNOWN: dict[tuple[str, str], str] = {
    ("ko_news", "body"): "the standfirst stands in a div outside the article's container",
    ("vi_binhluan", "body"): "the standfirst stands in a p outside the article's container",
    ("en_muut", "comments"): "a bare 'Load more' after the thread is no stub without a count",
    ("zh_news", "published"): "the seconds of a written '09:30:15' are not read",
    ("id_penulis", "published"): "the page's 'WIB' (UTC+7) is not given to the meta's local time",
    ("it_disqus", "body"): "a table's <caption> inside the text is kept as a paragraph",
    ("pt_lusa", "body"): "a spelling-agreement note in the article's footer is kept",
}

ASPECTS = ("body", "title", "authors", "published", "comments")


@cache
def _article(name: str) -> Article:
    return from_html((DATA / f"{name}.html").read_bytes(), quotes=False)


def _comment_rows(article: Article) -> list[tuple[int, str | None, str]]:
    # (A comment's depth below the article: its own depth counts the article.)
    return [
        (c.depth - 1, c.author.name if c.author else None, " ".join(c.text.split()))
        for c in article.iter_comments()
    ]


def _got(article: Article, aspect: str) -> object:
    if aspect == "body":
        return " ".join(block.text for block in article.body).split()
    if aspect == "title":
        return " ".join((article.title or "").split())
    if aspect == "authors":
        return [" ".join(a.name.split()) for a in article.authors]
    if aspect == "published":
        return article.published.replace(microsecond=0) if article.published else None
    return _comment_rows(article)


def _wanted(want: dict[str, Any], aspect: str) -> list[object]:
    """The right answers for one aspect (some pages allow two)."""
    if aspect == "body":
        return [" ".join(want["text"]).split()]
    if aspect == "title":
        return [" ".join(t.split()) for t in (want["title"], *want.get("title_alt", ()))]
    if aspect == "authors":
        return [want["authors"], *want.get("authors_alt", ())]
    if aspect == "published":
        return [datetime.fromisoformat(want["published"])]
    return [[(depth, author, " ".join(text.split())) for depth, author, text in want["comments"]]]


def _cases() -> list[Any]:
    cases = []
    for name in sorted(EXPECTED):
        for aspect in ASPECTS:
            reason = KNOWN.get((name, aspect))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(pytest.param(name, aspect, marks=marks, id=f"{name}-{aspect}"))
    return cases


@pytest.mark.parametrize(("name", "aspect"), _cases())
def test_page_reads_as_written(name: str, aspect: str) -> None:
    got = _got(_article(name), aspect)
    assert got in _wanted(EXPECTED[name], aspect)


def test_known_misses_name_real_pages() -> None:
    assert {name for name, _ in KNOWN} <= set(EXPECTED)
    assert {aspect for _, aspect in KNOWN} <= set(ASPECTS)


def test_a_day_alone_takes_the_time_shown_under_the_headline() -> None:
    """A date-only ``<meta>`` and the page's "입력 2024.03.04 09:30" under the headline: the
    time is read; a time under another headline (a teaser's) is not."""
    meta = '<meta property="article:published_time" content="2024-03-04">'
    story = "<h1>Tram line approved for the port</h1><p>입력 2024.03.04 09:30</p><p>Text.</p>"
    teaser = (
        "<h1>Tram line approved for the port</h1><p>Text.</p><h3>Other</h3><p>2024.03.04 11:00</p>"
    )
    title = "<title>Tram line approved for the port</title>"
    page = "<html><head>{}{}</head><body>{}</body></html>"
    assert from_html(page.format(title, meta, story), quotes=False).published == datetime(
        2024, 3, 4, 9, 30
    )
    shown = from_html(page.format("", meta, teaser.replace("Text.", "Text. " * 300)), quotes=False)
    assert shown.published == datetime(2024, 3, 4)
