"""to_html: the page, its metadata, the body blocks, quotes and the comment thread."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from _html_safety import (
    assert_parsed_as_written,
    assert_safe_page,
    comment_items,
    parent_map,
)
from newsthread import (
    Article,
    Author,
    BlockQuote,
    Caption,
    Comment,
    CommentStatus,
    Heading,
    Link,
    ListItem,
    Paragraph,
    Quote,
    QuoteKind,
    Speaker,
)
from newsthread.html import to_html
from newsthread.html._safe import anchor, safe_url

SCHEMA = "https://schema.org/"


def parse(article: Article, **options: int) -> LexborHTMLParser:
    return assert_safe_page(to_html(article, **options))


def one(doc: LexborHTMLParser, selector: str) -> str:
    nodes = doc.css(selector)
    assert len(nodes) == 1, f"{selector}: {len(nodes)} matches"
    return nodes[0].text(deep=True)


def kids(node: LexborNode, tag: str) -> list[LexborNode]:
    return [n for n in node.iter() if n.tag == tag]


def seed_article() -> Article:
    rutte = Speaker(id="rutte", name="Mark Rutte", role="Secretary General", organisation="NATO")
    said = "“When we combine our strengths,” Rutte said."
    return Article(
        url="https://example.org/nato-eu",
        canonical_url="https://example.org/nato-eu",
        title="Rutte: NATO & EU <together>",
        summary="Closer cooperation is essential.",
        authors=[Author("Jane Doe", "https://example.org/jane"), Author("Max", None)],
        published=datetime(2025, 3, 4, 9, 30, tzinfo=UTC),
        modified=datetime(2025, 3, 4, 11, 0, tzinfo=timezone(timedelta(hours=2))),
        site_name="Example News",
        section="Defence",
        tags=["NATO", "EU"],
        language="en-GB",
        declared_comment_count=6,
        speakers=[rutte],
        body=[
            Heading("Forum", level=2),
            Paragraph(
                said,
                links=[Link(33, 38, "https://www.nato.int/")],
                quotes=[
                    Quote(
                        text="When we combine our strengths,",
                        speaker=rutte,
                        cue="said",
                        start=1,
                        end=31,
                    )
                ],
            ),
            BlockQuote("We keep Ukraine strong."),
            Caption("Mark Rutte in Brussels."),
        ],
        comments=[
            Comment(
                id="1",
                author=Author("Kevin", "https://kevin.example/"),
                published=datetime(2025, 3, 4, 12, 0, tzinfo=UTC),
                text="Deeper cooperation is not desirable.\n\nThe EU should stay out.",
                url="https://example.org/nato-eu#comment-1",
                score=4,
                replies=[Comment(id="2", author=Author("Ana"), text="All nations do that.")],
            ),
            Comment(id="3", text="A common army.\nIt is our continent."),
        ],
    )


# -- the page and the metadata -------------------------------------------------


def test_page_is_standalone_html5_with_metadata() -> None:
    page = to_html(seed_article())
    assert page.startswith('<!DOCTYPE html>\n<html lang="en-GB">')
    doc = assert_safe_page(page)
    assert one(doc, "title") == "Rutte: NATO & EU <together>"
    assert (
        doc.css_first('link[rel="canonical"]').attributes["href"] == "https://example.org/nato-eu"
    )
    art = doc.css_first("article")
    assert art.attributes["itemtype"] == SCHEMA + "NewsArticle"
    assert one(doc, 'h1[itemprop="headline"]') == "Rutte: NATO & EU <together>"
    assert one(doc, '[itemprop="description"]') == "Closer cooperation is essential."
    assert one(doc, '[itemprop="articleSection"]') == "Defence"
    assert one(doc, '[itemprop="publisher"] [itemprop="name"]') == "Example News"
    assert [n.text() for n in doc.css('[itemprop="keywords"]')] == ["NATO", "EU"]
    assert doc.css_first('meta[itemprop="inLanguage"]').attributes["content"] == "en-GB"
    assert doc.css_first('meta[itemprop="commentCount"]').attributes["content"] == "6"
    published = doc.css_first('time[itemprop="datePublished"]')
    assert published.attributes["datetime"] == "2025-03-04T09:30:00+00:00"
    modified = doc.css_first('time[itemprop="dateModified"]')
    assert modified.attributes["datetime"] == "2025-03-04T11:00:00+02:00"


def test_page_parses_without_fixups() -> None:
    article = seed_article()
    for block in [
        ListItem("a"),
        ListItem("b", indent=2),
        Paragraph("p"),
        ListItem("c", ordered=True),
    ]:
        article.add(block)
    article.comments[0].replies[0].add(Comment(id="deep", text="x\n\ny"))
    for nesting in (1, 2, 50):
        page = to_html(article, max_nesting=nesting)
        assert_parsed_as_written(page, assert_safe_page(page))


def test_article_authors_are_schema_persons() -> None:
    doc = parse(seed_article())
    people = doc.css('header [itemprop="author"]')
    assert [p.attributes["itemtype"] for p in people] == [SCHEMA + "Person"] * 2
    assert [p.css_first('[itemprop="name"]').text() for p in people] == ["Jane Doe", "Max"]
    assert people[0].css_first('a[itemprop="url"]').attributes["href"] == "https://example.org/jane"
    assert people[1].css_first("a") is None


def test_empty_article_is_a_valid_page() -> None:
    doc = parse(Article())
    assert one(doc, "title") == "Article"
    assert doc.css_first("h1") is None
    assert doc.css_first("section.nt-comments") is None
    assert doc.css_first("html").attributes.get("lang") is None


def test_declared_count_without_comments_is_shown() -> None:
    doc = parse(Article(declared_comment_count=74))
    assert one(doc, ".nt-comment-count") == "0 comments (the page said 74)"
    assert comment_items(doc) == []


# -- body blocks -----------------------------------------------------------------


def test_blocks_become_semantic_elements() -> None:
    doc = parse(seed_article())
    body = doc.css_first(".nt-body")
    assert [n.tag for n in body.iter()] == ["h2", "p", "blockquote", "figure"]
    assert one(doc, ".nt-body blockquote") == "We keep Ukraine strong."
    assert one(doc, ".nt-body figure > figcaption") == "Mark Rutte in Brussels."
    assert body.css_first("p").text() == "“When we combine our strengths,” Rutte said."


@pytest.mark.parametrize(("level", "tag"), [(1, "h1"), (4, "h4"), (6, "h6"), (0, "h1"), (9, "h6")])
def test_heading_levels_are_clamped_to_html(level: int, tag: str) -> None:
    doc = parse(Article(body=[Heading("H", level=level)]))
    assert one(doc, f".nt-body {tag}") == "H"


def test_link_covers_its_span_only() -> None:
    doc = parse(seed_article())
    links = doc.css(".nt-body a")
    assert [a.text() for a in links] == ["Rutte"]
    assert links[0].attributes["href"] == "https://www.nato.int/"
    assert links[0].attributes["rel"] == "noopener noreferrer"


def test_unsafe_and_broken_links_keep_their_text_only() -> None:
    para = Paragraph(
        "one two three four",
        links=[
            Link(0, 3, "javascript:alert(1)"),
            Link(4, 7, "data:text/html,<script>alert(1)</script>"),
            Link(8, 13, "https://ok.example/"),
            Link(14, 99, "https://out-of-range.example/"),
            Link(5, 5, "https://empty.example/"),
        ],
    )
    doc = parse(Article(body=[para]))
    assert [(a.text(), a.attributes["href"]) for a in doc.css(".nt-body a")] == [
        ("three", "https://ok.example/")
    ]
    assert doc.css_first(".nt-body p").text() == "one two three four"


def test_relative_links_resolve_against_the_article_url() -> None:
    def para() -> Paragraph:
        return Paragraph("see here", links=[Link(4, 8, "/more?a=1&b=2")])

    doc = parse(Article(url="https://example.org/a/b", body=[para()]))
    assert doc.css_first(".nt-body a").attributes["href"] == "https://example.org/more?a=1&b=2"
    doc = parse(Article(body=[para()]))
    assert doc.css_first(".nt-body a") is None


def test_list_items_nest_by_indent() -> None:
    body = [
        ListItem("a"),
        ListItem("a1", indent=1, ordered=True),
        ListItem("a2", indent=1, ordered=True),
        ListItem("a2x", indent=2),
        ListItem("b"),
        ListItem("new ordered list", ordered=True),
        Paragraph("after"),
        ListItem("deep", indent=3),
    ]
    doc = parse(Article(body=body))
    tops = doc.css_first(".nt-body").iter()
    assert [n.tag for n in tops] == ["ul", "ol", "p", "ul"]
    first = doc.css_first(".nt-body > ul")
    items = kids(first, "li")
    assert [li.css_first("ol") is not None for li in items] == [True, False]
    inner = first.css_first("li > ol")
    assert [li.text(deep=False) for li in kids(inner, "li")] == ["a1", "a2"]
    assert inner.css_first("li > ul > li").text() == "a2x"
    assert doc.css_first(".nt-body > ol > li").text() == "new ordered list"
    # A jump from nothing to indent 3 gets intermediate lists, each inside an item.
    last = doc.css(".nt-body > ul")[-1]
    assert last.css_first("ul > li > ul > li > ul > li > ul > li").text() == "deep"
    assert len(last.css("li.nt-gap")) == 3


def test_absurd_list_indent_is_capped_and_kept_as_data() -> None:
    doc = parse(Article(body=[ListItem("x", indent=10**9), ListItem("y", indent=-4)]))
    deep = doc.css_first('li[data-indent="1000000000"]')
    assert deep is not None
    assert deep.text() == "x"
    assert len(doc.css(".nt-body ul")) == 16


def test_unknown_block_type_is_a_paragraph_that_names_it() -> None:
    from newsthread import Block

    doc = parse(Article(body=[Block("plain")]))
    assert doc.css_first('.nt-body p[data-block="block"]').text() == "plain"


# -- quotes and speakers -----------------------------------------------------------


def test_quote_marks_its_span_with_speaker_and_cue() -> None:
    doc = parse(seed_article())
    q = doc.css_first(".nt-body q.nt-quote")
    assert q.text() == "When we combine our strengths,"
    assert q.attributes["id"] == "quote-1"
    assert q.attributes["data-speaker"] == "rutte"
    assert q.attributes["data-cue"] == "said"
    assert q.attributes["data-kind"] == "direct"
    assert q.attributes["data-start"] == "1"
    assert q.attributes["data-end"] == "31"
    assert "data-text" not in q.attributes
    assert q.attributes["title"] == "Mark Rutte (said)"
    speaker = doc.css_first("#speaker-rutte")
    assert speaker.attributes["itemtype"] == SCHEMA + "Person"
    assert speaker.css_first('[itemprop="name"]').text() == "Mark Rutte"
    assert speaker.css_first('[itemprop="jobTitle"]').text() == "Secretary General"
    assert speaker.css_first('[itemprop="worksFor"] [itemprop="name"]').text() == "NATO"
    assert [a.attributes["href"] for a in speaker.css(".nt-said a")] == ["#quote-1"]


def test_crossing_quote_and_link_are_split_not_misnested() -> None:
    text = "He said that we must act now."
    para = Paragraph(
        text,
        links=[Link(3, 12, "https://x.example/")],
        quotes=[
            Quote(text="that we must", start=8, end=20, kind=QuoteKind.INDIRECT),
            Quote(text="we must act", start=13, end=24, kind=QuoteKind.PARTIAL),
        ],
    )
    doc = parse(Article(body=[para]))
    p = doc.css_first(".nt-body p")
    assert p.text() == text
    pieces = doc.css('[data-quote="1"]')
    assert [n.tag for n in pieces] == ["mark", "mark"]
    assert "".join(n.text() for n in pieces) == "that we must"
    assert [n.attributes.get("id") for n in pieces] == ["quote-1", None]
    second = doc.css('[data-quote="2"]')
    assert "".join(n.text() for n in second) == "we must act"
    assert "".join(a.text() for a in doc.css(".nt-body a")) == "said that"


def test_quotes_without_a_place_are_listed_after_the_text() -> None:
    para = Paragraph(
        "short",
        quotes=[Quote(text="said elsewhere"), Quote(text="bad offsets", start=3, end=99)],
    )
    doc = parse(Article(body=[para]))
    loose = doc.css(".nt-body aside.nt-quotes q")
    assert [q.text() for q in loose] == ["said elsewhere", "bad offsets"]
    assert [q.attributes["id"] for q in loose] == ["quote-1", "quote-2"]
    assert loose[1].attributes["data-start"] == "3"
    assert doc.css_first(".nt-body p").text() == "short"


def test_quote_numbers_are_unique_in_document_order() -> None:
    article = seed_article()
    article.comments[0].add(Quote(text="Deeper", start=0, end=6))
    doc = parse(article)
    ids = [n.attributes["id"] for n in doc.css("[id^=quote-]")]
    assert ids == ["quote-1", "quote-2"]
    assert doc.css_first("#quote-2").parent.tag == "p"


# -- the thread ----------------------------------------------------------------------


def test_thread_is_nested_lists_of_schema_comments() -> None:
    doc = parse(seed_article())
    thread = doc.css_first("section.nt-comments > ol.nt-thread")
    tops = kids(thread, "li")
    assert [li.attributes["id"] for li in tops] == ["comment-1", "comment-3"]
    for li in comment_items(doc):
        assert li.attributes["itemprop"] == "comment"
        assert li.attributes["itemtype"] == SCHEMA + "Comment"
    reply = kids(kids(tops[0], "ol")[0], "li")[0]
    assert reply.attributes["id"] == "comment-2"
    assert parent_map(doc) == {"comment-1": None, "comment-2": "comment-1", "comment-3": None}
    assert one(doc, ".nt-comment-count") == "3 comments (the page said 6)"


def test_comment_fields_are_exported() -> None:
    doc = parse(seed_article())
    li = doc.css_first("#comment-1")
    assert li.css_first('meta[itemprop="identifier"]').attributes["content"] == "1"
    author = li.css_first('[itemprop="author"]')
    assert author.attributes["itemtype"] == SCHEMA + "Person"
    assert author.css_first('[itemprop="name"]').text() == "Kevin"
    assert author.css_first('a[itemprop="url"]').attributes["href"] == "https://kevin.example/"
    assert author.css_first("a").attributes["rel"] == "nofollow ugc noopener noreferrer"
    when = li.css_first('time[itemprop="dateCreated"]')
    assert when.attributes["datetime"] == "2025-03-04T12:00:00+00:00"
    assert li.css_first("data.nt-score").attributes["value"] == "4"
    assert li.css_first('a[itemprop="url"].nt-permalink').attributes["href"] == (
        "https://example.org/nato-eu#comment-1"
    )
    assert li.css_first("a.nt-anchor").attributes["href"] == "#comment-1"
    assert li.attributes["data-status"] == "published"


def test_comment_text_keeps_paragraphs_and_line_breaks() -> None:
    doc = parse(seed_article())
    first = doc.css_first('#comment-1 > [itemprop="text"]')
    assert [p.text() for p in first.css("p")] == [
        "Deeper cooperation is not desirable.",
        "The EU should stay out.",
    ]
    assert (
        first.text(deep=True) == "Deeper cooperation is not desirable.\n\nThe EU should stay out."
    )
    third = doc.css_first('#comment-3 > [itemprop="text"]')
    assert third.css_first("p > br") is not None
    assert third.text(deep=True) == "A common army.\nIt is our continent."


@pytest.mark.parametrize(
    "text",
    ["", "a\n\n\nb", "a\n\n\n\nb", "\n\nlead", "trail\n\n", "cr\r\nlf\rx", "tab\tx  spaces "],
)
def test_comment_text_content_is_exactly_the_text(text: str) -> None:
    doc = parse(Article(comments=[Comment(id="c", text=text)]))
    assert doc.css_first('[itemprop="text"]').text(deep=True) == text


def test_unrepresentable_characters_become_replacement_characters() -> None:
    doc = parse(Article(comments=[Comment(id="c\x00", text="nul\x00 and \ud800 surrogate")]))
    assert doc.css_first('[itemprop="text"]').text() == "nul\ufffd and \ufffd surrogate"
    assert doc.css_first('meta[itemprop="identifier"]').attributes["content"] == "c\ufffd"


def test_statuses_stubs_and_in_reply_to() -> None:
    article = Article(
        comments=[
            Comment(id="a", status=CommentStatus.DELETED),
            Comment(id="b", status=CommentStatus.MORE, more_count=12),
            Comment(id="c", status=CommentStatus.MORE, more_count=1),
            Comment(id="d", status=CommentStatus.PINGBACK, text="Linked from a blog"),
            Comment(id="e", status=CommentStatus.TRACKBACK),
            Comment(id="f", status=CommentStatus.REMOVED),
            Comment(id="g", text="late", in_reply_to="a"),
            Comment(id="h", text="orphan", in_reply_to="gone"),
        ]
    )
    doc = parse(article)
    status = {li.attributes["id"]: li.attributes["data-status"] for li in comment_items(doc)}
    assert status == {
        "comment-a": "deleted",
        "comment-b": "more",
        "comment-c": "more",
        "comment-d": "pingback",
        "comment-e": "trackback",
        "comment-f": "removed",
        "comment-g": "published",
        "comment-h": "published",
    }
    assert one(doc, "#comment-a .nt-status") == "[deleted]"
    assert one(doc, "#comment-d .nt-status") == "Pingback"
    assert doc.css_first("#comment-b").attributes["data-more-count"] == "12"
    assert one(doc, "#comment-b .nt-more") == "12 more replies"
    assert one(doc, "#comment-c .nt-more") == "1 more reply"
    assert doc.css_first("#comment-g").attributes["data-in-reply-to"] == "a"
    assert doc.css_first("#comment-g .nt-in-reply-to a").attributes["href"] == "#comment-a"
    assert doc.css_first("#comment-h .nt-in-reply-to a") is None
    assert one(doc, "#comment-h .nt-in-reply-to") == "in reply to gone"


def test_comment_anchors_are_safe_and_unique() -> None:
    ids = ["1", "a b", "a_b", 'x"><script>', "a b", "ü/é", ""]
    doc = parse(Article(comments=[Comment(id=i, text=i) for i in ids]))
    anchors = [li.attributes["id"] for li in comment_items(doc)]
    assert len(set(anchors)) == len(ids)
    for name in anchors:
        assert name is not None
        assert all(ch.isascii() and (ch.isalnum() or ch in "-_") for ch in name)
    raw = [m.attributes["content"] for m in doc.css('meta[itemprop="identifier"]')]
    assert raw == ids


def test_anchor_encoding_is_one_to_one() -> None:
    assert anchor("comment-", "a b") == "comment-a_20_b"
    assert anchor("comment-", "a_b") == "comment-a_5f_b"
    assert anchor("comment-", "a_20_b") != anchor("comment-", "a b")


def test_author_with_unsafe_url_is_not_linked() -> None:
    article = Article(
        comments=[
            Comment(id="1", author=Author("Eve", "javascript:alert(1)")),
            Comment(id="2", author=Author("Bob", "mailto:bob@example.org")),
        ]
    )
    doc = parse(article)
    assert doc.css_first("#comment-1 .nt-author a") is None
    assert one(doc, "#comment-1 .nt-author") == "Eve"
    assert doc.css_first("#comment-2 .nt-author a").attributes["href"] == "mailto:bob@example.org"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://a.example/x", "https://a.example/x"),
        ("HTTP://A.example", "HTTP://A.example"),
        ("mailto:x@y.z", "mailto:x@y.z"),
        ("javascript:alert(1)", None),
        ("//evil.example/", None),
        ("\\\\evil.example", None),
        ("/\\evil.example", None),
        ("https:evil.example", None),
        ("ftp://files.example/", None),
        ("file:///etc/passwd", None),
        ("", None),
        ("   ", None),
    ],
)
def test_safe_url(url: str, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_naive_datetimes_stay_naive() -> None:
    doc = parse(Article(comments=[Comment(id="1", published=datetime(2024, 1, 2, 3, 4, 5, 6))]))
    assert doc.css_first("time").attributes["datetime"] == "2024-01-02T03:04:05.000006"


def test_max_nesting_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_nesting"):
        to_html(Article(), max_nesting=0)
