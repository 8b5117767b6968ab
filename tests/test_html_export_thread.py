"""to_html: schema.org microdata, and threads of any depth (nested, then flat)."""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime
from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser

from _html_safety import (
    assert_safe_page,
    comment_items,
    element_depth,
    microdata,
    parent_map,
)
from newsthread import Article, Author, Comment, CommentStatus, Paragraph
from newsthread.html import to_html
from newsthread.html._export import DEFAULT_MAX_NESTING
from newsthread.html._safe import anchor

SCHEMA = "https://schema.org/"


def props(item: object) -> dict[str, list[Any]]:
    assert isinstance(item, dict)
    out = item["properties"]
    assert isinstance(out, dict)
    return out


def chain(depth: int) -> Article:
    """A reply chain ``depth`` comments deep, built bottom-up without recursion."""
    node = Comment(id=str(depth - 1), text=f"level {depth - 1}")
    for i in range(depth - 2, -1, -1):
        node = Comment(id=str(i), text=f"level {i}", replies=[node])
    return Article(title="deep", comments=[node])


def random_thread(rng: random.Random, size: int) -> Article:
    top: list[Comment] = []
    everyone: list[Comment] = []
    for i in range(size):
        comment = Comment(id=f"c{i}", text=f"text {i}")
        if everyone and rng.random() < 0.8:
            # Mostly answer recent comments, so the thread gets deep.
            everyone[max(0, len(everyone) - 1 - int(rng.expovariate(0.5)))].add(comment)
        else:
            top.append(comment)
        everyone.append(comment)
    return Article(comments=top)


def model_parents(article: Article) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for c in article.iter_comments():
        parent = c.parent
        out[anchor("comment-", c.id)] = (
            anchor("comment-", parent.id) if isinstance(parent, Comment) else None
        )
    return out


# -- microdata ---------------------------------------------------------------------


def test_article_microdata_is_a_news_article_with_comments() -> None:
    article = Article(
        title="T",
        url="https://example.org/t",
        authors=[Author("Jane", "https://example.org/jane")],
        published=datetime(2025, 1, 2, tzinfo=UTC),
        body=[Paragraph("Body text.")],
        comments=[
            Comment(
                id="1",
                author=Author("Kim", "https://kim.example/"),
                published=datetime(2025, 1, 3, 4, 5, tzinfo=UTC),
                text="First.\n\nSecond paragraph.",
                url="https://example.org/t#c1",
                replies=[Comment(id="2", author=Author("Lee"), text="Reply.")],
            )
        ],
    )
    items = microdata(assert_safe_page(to_html(article)))
    assert len(items) == 1
    news = items[0]
    assert isinstance(news, dict)
    assert news["type"] == SCHEMA + "NewsArticle"
    p = props(news)
    assert p["headline"] == ["T"]
    assert p["datePublished"] == ["2025-01-02T00:00:00+00:00"]
    assert p["url"] == ["https://example.org/t"]
    assert p["articleBody"] == ["Body text."]
    (author,) = p["author"]
    assert author["type"] == SCHEMA + "Person"
    assert props(author) == {"name": ["Jane"], "url": ["https://example.org/jane"]}
    (comment,) = p["comment"]
    assert comment["type"] == SCHEMA + "Comment"
    c = props(comment)
    assert c["identifier"] == ["1"]
    assert c["text"] == ["First.\n\nSecond paragraph."]
    assert c["dateCreated"] == ["2025-01-03T04:05:00+00:00"]
    assert c["url"] == ["https://example.org/t#c1"]
    assert props(c["author"][0]) == {"name": ["Kim"], "url": ["https://kim.example/"]}
    (reply,) = c["comment"]
    assert reply["type"] == SCHEMA + "Comment"
    assert props(reply)["text"] == ["Reply."]
    assert props(props(reply)["author"][0]) == {"name": ["Lee"]}
    assert "parentItem" not in props(reply)


def test_microdata_does_not_leak_between_comments() -> None:
    article = Article(
        comments=[
            Comment(id="a", text="A", replies=[Comment(id="b", text="B")]),
            Comment(id="c", text="C"),
        ]
    )
    (news,) = microdata(LexborHTMLParser(to_html(article)))
    first, second = props(news)["comment"]
    assert props(first)["text"] == ["A"]
    assert [props(r)["text"] for r in props(first)["comment"]] == [["B"]]
    assert props(second)["text"] == ["C"]
    assert "comment" not in props(second)


def test_microdata_of_every_comment_matches_the_model() -> None:
    article = random_thread(random.Random(7), 120)
    doc = LexborHTMLParser(to_html(article, max_nesting=4))
    found: dict[str, str] = {}
    for item in microdata(doc):
        # Nested comments hang under the article; flat ones are items of their own.
        stack = [item]
        while stack:
            it = stack.pop()
            p = props(it)
            if it["type"] == SCHEMA + "Comment":
                found[p["identifier"][0]] = p["text"][0]
            stack.extend(v for vs in p.values() for v in vs if isinstance(v, dict))
    assert found == {c.id: c.text for c in article.iter_comments()}


# -- deep threads ----------------------------------------------------------------------


@pytest.mark.parametrize("max_nesting", [1, 2, 3, 5, DEFAULT_MAX_NESTING])
def test_thread_structure_survives_at_any_nesting_limit(max_nesting: int) -> None:
    article = random_thread(random.Random(max_nesting), 300)
    doc = assert_safe_page(to_html(article, max_nesting=max_nesting))
    assert parent_map(doc) == model_parents(article)
    # Document order is thread order (pre-order), nested or flat.
    order = [li.attributes["id"] for li in comment_items(doc)]
    assert order == [anchor("comment-", c.id) for c in article.iter_comments()]


def test_flat_entries_start_below_the_nesting_limit() -> None:
    doc = LexborHTMLParser(to_html(chain(8), max_nesting=3))
    flat = doc.css("ol.nt-flat > li")
    assert [li.attributes["id"] for li in flat] == [f"comment-{i}" for i in range(3, 8)]
    assert [li.attributes["data-parent"] for li in flat] == [f"comment-{i}" for i in range(2, 7)]
    for li in flat:
        assert "itemprop" not in li.attributes
        assert li.attributes["itemtype"] == SCHEMA + "Comment"
    # The flat list sits inside the last nested comment.
    assert flat[0].parent.parent.attributes["id"] == "comment-2"
    nested = doc.css('li[itemprop="comment"]')
    assert [li.attributes["id"] for li in nested] == ["comment-0", "comment-1", "comment-2"]


def test_flat_items_name_their_parent_in_microdata() -> None:
    items = microdata(LexborHTMLParser(to_html(chain(5), max_nesting=2)))
    news, *flat = items
    assert news["type"] == SCHEMA + "NewsArticle"
    assert [it["type"] for it in flat] == [SCHEMA + "Comment"] * 3
    assert [props(it)["parentItem"] for it in flat] == [
        ["#comment-1"],
        ["#comment-2"],
        ["#comment-3"],
    ]
    assert [props(it)["identifier"] for it in flat] == [["2"], ["3"], ["4"]]


def test_ten_thousand_deep_chain() -> None:
    assert sys.getrecursionlimit() <= 1000  # the default: nothing may recurse per level
    article = chain(10_000)
    page = to_html(article)
    doc = LexborHTMLParser(page)
    items = comment_items(doc)
    assert len(items) == 10_000
    assert parent_map(doc) == model_parents(article)
    # Depth stays far below what lxml (255) and browsers (Firefox lays out 200) handle.
    assert element_depth(doc, ".nt-text") < 2 * DEFAULT_MAX_NESTING + 20
    assert doc.css_first("#comment-9999 [itemprop=text]").text() == "level 9999"


def test_hundred_thousand_deep_chain() -> None:
    article = chain(100_000)
    page = to_html(article)
    assert page.count('class="nt-comment ') == 100_000
    assert page.count("<ol") - page.count("</ol>") == 0
    doc = LexborHTMLParser(page)
    last = doc.css_first("#comment-99999")
    assert last.attributes["data-parent"] == "comment-99998"
    assert len(doc.css("ol.nt-flat > li")) == 100_000 - DEFAULT_MAX_NESTING


def test_wide_thread_stays_nested() -> None:
    article = Article(comments=[Comment(id=str(i), text=str(i)) for i in range(2_000)])
    doc = LexborHTMLParser(to_html(article))
    assert len(comment_items(doc)) == 2_000
    assert doc.css_first("ol.nt-flat") is None


def test_stubs_deep_in_a_thread_keep_their_counts() -> None:
    article = chain(6)
    deepest = article.comment("5")
    deepest.add(Comment(id="more", status=CommentStatus.MORE, more_count=40))
    doc = LexborHTMLParser(to_html(article, max_nesting=2))
    stub = doc.css_first("#comment-more")
    assert stub.attributes["data-more-count"] == "40"
    assert stub.attributes["data-parent"] == "comment-5"
