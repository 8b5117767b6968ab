"""read_export(LexborHTMLParser(to_html(a))) == a, and tampered exports fail cleanly."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from factories import make_article, make_chain
from newsthread import (
    Article,
    Author,
    Block,
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
from newsthread.errors import DocumentError
from newsthread.html import to_html
from newsthread.html._own import read_export
from test_html_roundtrip import representable, seed_like


def back(article: Article, **options: int) -> Article:
    result = read_export(LexborHTMLParser(to_html(article, **options)))
    assert result is not None
    return result


def read(page: str) -> Article | None:
    return read_export(LexborHTMLParser(page))


# -- what the page must be -----------------------------------------------------------


def test_pages_without_the_generator_are_not_read() -> None:
    page = to_html(seed_like()).replace('name="generator"', 'name="x-generator"')
    assert read(page) is None
    assert read("<p>hello</p>") is None
    other = '<meta name="generator" content="WordPress 6.5"><article class="nt-article"></article>'
    assert read(other) is None


def test_a_generator_without_the_article_element_is_not_read() -> None:
    assert read('<meta name="generator" content="newsthread 0.1.0"><p>x</p>') is None


def test_empty_article() -> None:
    assert back(Article()) == Article()


# -- round trips -----------------------------------------------------------------------


def test_seed_like_article() -> None:
    article = seed_like()
    result = back(article)
    assert result == article
    # The speaker of a quote is the article's speaker object, not a copy.
    assert result.quotes[0].speaker is result.speakers[0]
    assert result.comment("5").in_reply_to == "1"
    assert result.comment("4").more_count == 7


def test_article_with_every_field_except_extra() -> None:
    article = make_article()
    article.extra.clear()
    for comment in article.iter_comments():
        comment.extra = {}
    assert back(article) == article


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deep_chain_through_the_flat_form(depth: int) -> None:
    article = make_chain(depth)
    page = to_html(article)
    assert '<ol class="nt-flat">' in page
    result = read(page)
    assert result == article


def test_flat_form_with_branches_and_stubs() -> None:
    leaf = Comment(id="e", status=CommentStatus.MORE, more_count=3)
    article = Article(
        comments=[
            Comment(
                id="a",
                text="top",
                replies=[
                    Comment(
                        id="b",
                        replies=[
                            Comment(id="c", replies=[Comment(id="d"), leaf]),
                            Comment(id="f", text="x\n\ny", in_reply_to="zz"),
                        ],
                    )
                ],
            ),
            Comment(id="g"),
        ]
    )
    for nesting in (1, 2, 3, 50):
        assert back(article, max_nesting=nesting) == article


def test_duplicate_and_awkward_comment_ids_round_trip() -> None:
    article = Article(
        comments=[
            Comment(id="a b", replies=[Comment(id="x_1", replies=[Comment(id="a b")])]),
            Comment(id="a b", text="same id again"),
            Comment(id=""),
        ]
    )
    for nesting in (1, 50):
        assert back(article, max_nesting=nesting) == article


def test_quotes_across_links_paragraphs_and_loose() -> None:
    text = "He said “we are strong” today and “we stay”."
    rutte = Speaker(id="r", name="Rutte", aliases=["Mark", "MR"], role="SG")
    stranger = Speaker(id="who", name="Someone (odd)")
    article = Article(
        speakers=[rutte, stranger],
        body=[
            Paragraph(
                text,
                links=[Link(3, 12, "https://a.example/"), Link(15, 40, "https://b.example/")],
                quotes=[
                    Quote(text="we are strong", speaker=rutte, cue="said", start=9, end=22),
                    Quote(text="not in text", speaker=stranger, cue="added"),
                    Quote(text="we stay", kind=QuoteKind.INDIRECT, start=35, end=42, source="x"),
                    Quote(text="bad span", start=40, end=999),
                ],
            ),
            ListItem("item with a quote", quotes=[Quote(text="loose", start=None, end=3)]),
            ListItem("deeper", indent=3, ordered=True),
            ListItem("way deeper", indent=20),
            ListItem("back", indent=0, ordered=True),
            Heading("h", level=6),
        ],
        comments=[
            Comment(
                id="1",
                text="one\n\ntwo\nthree",
                quotes=[
                    Quote(text="e\n\ntw", start=2, end=7, speaker=rutte),
                    Quote(text="different text", start=0, end=3, kind=QuoteKind.PARTIAL),
                ],
            )
        ],
    )
    result = back(article)
    assert result == article
    assert result.body[0].quotes[1].speaker is result.speakers[1]


def test_link_split_by_a_quote_comes_back_whole() -> None:
    def article() -> Article:
        text = "abcdefghij"
        block = Paragraph(
            text,
            links=[Link(3, 8, "https://a.example/")],
            quotes=[Quote(text=text[0:5], start=0, end=5)],
        )
        return Article(body=[block])

    page = to_html(article())
    assert page.count('<a href="https://a.example/"') == 2  # written in two pieces
    assert back(article()) == article()


def test_adjacent_links_stay_apart() -> None:
    def article() -> Article:
        links = [Link(0, 3, "https://a.example/"), Link(3, 6, "https://a.example/")]
        return Article(body=[Paragraph("abcdef", links=links)])

    assert back(article()) == article()


def test_unknown_block_type_comes_back_as_block() -> None:
    article = Article(body=[Block("plain block", links=[Link(0, 5, "https://a.example/")])])
    assert back(article) == article


def test_dates_keep_offsets_microseconds_and_naivety() -> None:
    moments = [
        datetime(2025, 1, 2, 3, 4, 5, 678, tzinfo=timezone(timedelta(hours=-3, minutes=-30))),
        datetime(2025, 1, 2, 3, 4, 5),
        datetime(1999, 12, 31, 23, 59, 59, tzinfo=UTC),
    ]
    article = Article(
        published=moments[0],
        modified=moments[1],
        comments=[Comment(id=str(i), published=m) for i, m in enumerate(moments)],
    )
    result = back(article)
    assert result == article
    assert [c.published for c in result.iter_comments()] == moments
    assert result.modified is not None and result.modified.tzinfo is None


HOSTILE = [
    "<script>alert(1)</script>",
    "\"'><img src=x onerror=alert(1)>",
    "</textarea></title>--><![CDATA[]]>",
    "&amp; &lt; &#106; &",
    "cr\rlf\r\nff\x0c vt\x0b c1\x85\x9f del\x7f",
    "  leading and trailing  ",
    "\n\nstarts with a break",
    "ends with breaks\n\n\n",
    "bidi \u202e gnirts \u200b zw \ufeff bom \u2028 ls",
    "",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_text_everywhere(value: str) -> None:
    speaker = Speaker(id=value, name=value, role=value or None, aliases=[value])
    article = Article(
        title=value,
        summary=value,
        section=value or None,
        site_name=value or None,
        language=value or None,
        tags=[value, value],
        authors=[Author(value)],
        speakers=[speaker],
        body=[
            Paragraph(value + "!", quotes=[Quote(text=value, speaker=speaker, cue=value)]),
            Heading(value, level=1),
        ],
        comments=[
            Comment(
                id=value,
                author=Author(value),
                text=value,
                in_reply_to=value,
                replies=[Comment(id=value + "x", text=value)],
            )
        ],
    )
    for nesting in (1, 50):
        assert back(article, max_nesting=nesting) == article


# Hostile text the HTML form still carries: every character but NUL and lone surrogates.
hostile = st.text(st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), max_size=20)


@st.composite
def threads_with_quotes(draw: st.DrawFn) -> Article:
    speakers = [
        Speaker(id=draw(hostile), name=draw(hostile)) for _ in range(draw(st.integers(0, 2)))
    ]
    everyone: list[Comment] = []
    top: list[Comment] = []
    for i in range(draw(st.integers(0, 12))):
        text = draw(st.lists(hostile, max_size=3).map("\n\n".join))
        quotes = []
        for _ in range(draw(st.integers(0, 2))):
            start = draw(st.integers(-1, len(text) + 1))
            end = draw(st.integers(-1, len(text) + 2))
            quotes.append(
                Quote(
                    text=draw(st.sampled_from([text[max(start, 0) : max(end, 0)], draw(hostile)])),
                    start=draw(st.sampled_from([start, None])),
                    end=end,
                    kind=draw(st.sampled_from(list(QuoteKind))),
                    speaker=draw(st.sampled_from([None, *speakers])),
                    cue=draw(st.none() | hostile),
                    source=draw(st.none() | hostile),
                )
            )
        comment = Comment(
            id=draw(st.sampled_from([f"c{i}", draw(hostile)])),
            text=text,
            quotes=quotes,
            in_reply_to=draw(st.none() | hostile),
            more_count=draw(st.none() | st.integers(-5, 10**12)),
        )
        parent = draw(st.integers(-1, len(everyone) - 1))
        if parent >= 0:
            everyone[parent].add(comment)
        else:
            top.append(comment)
        everyone.append(comment)
    return Article(speakers=speakers, comments=top)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(representable())
def test_generated_articles(article: Article) -> None:
    assert back(article) == article
    assert back(article, max_nesting=1) == article


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(threads_with_quotes(), st.integers(1, 4))
def test_generated_hostile_threads(article: Article, nesting: int) -> None:
    assert back(article, max_nesting=nesting) == article


# -- tampered exports ------------------------------------------------------------------


def flat_page() -> str:
    chain = make_chain(6)
    return to_html(chain, max_nesting=2)


def test_flat_page_is_as_expected() -> None:
    page = flat_page()
    assert 'data-parent="comment-1"' in page and 'data-parent="comment-4"' in page
    assert read(page) == make_chain(6)


def test_missing_parent_is_an_error() -> None:
    page = flat_page().replace('data-parent="comment-3"', 'data-parent="comment-77"')
    with pytest.raises(DocumentError, match="comment-77") as info:
        read(page)
    assert info.value.path == "li#comment-4"


def test_parent_after_the_reply_is_an_error() -> None:
    page = flat_page().replace('data-parent="comment-2"', 'data-parent="comment-4"')
    with pytest.raises(DocumentError, match="does not come before"):
        read(page)


def test_cycle_in_data_parent_is_an_error() -> None:
    page = flat_page()
    page = page.replace('data-parent="comment-1"', 'data-parent="comment-3"')
    with pytest.raises(DocumentError, match="cycle"):
        read(page)
    self_loop = flat_page().replace('data-parent="comment-4"', 'data-parent="comment-5"')
    with pytest.raises(DocumentError, match="comment-5"):
        read(self_loop)


def test_parent_from_parent_item_when_data_parent_is_gone() -> None:
    page = re.sub(r' data-parent="[^"]*"', "", flat_page())
    assert read(page) == make_chain(6)
    no_parent = re.sub(r'<link itemprop="parentItem" href="[^"]*">', "", page)
    with pytest.raises(DocumentError, match="names no parent"):
        read(no_parent)


def test_duplicate_anchor_is_an_error() -> None:
    page = flat_page().replace('id="comment-3"', 'id="comment-2"')
    with pytest.raises(DocumentError, match="two comments carry the anchor 'comment-2'"):
        read(page)


def test_bad_dates_numbers_and_kinds_are_errors() -> None:
    article = seed_like()
    page = to_html(article)
    cases = [
        (page.replace('datetime="2025-03-04T12:00:00+00:00"', 'datetime="yesterday"'), "ISO 8601"),
        (page.replace('datetime="2025-03-04T09:30:00+00:00"', 'datetime="13/13/13"'), "ISO 8601"),
        (page.replace('value="4"', 'value="four"'), "score"),
        (page.replace('data-more-count="7"', 'data-more-count="7.5"'), "data-more-count"),
        (page.replace('content="6"', 'content="six"'), "commentCount"),
        (page.replace('data-kind="direct"', 'data-kind="shouted"'), "quote kind"),
        (page.replace('data-start="1"', 'data-start="x"'), "data-start"),
        (page.replace('data-status="deleted"', 'data-status="gone"'), "status"),
        (re.sub(r'<meta itemprop="identifier" content="2">', "", page), "identifier"),
    ]
    for tampered, what in cases:
        assert tampered != page, what
        with pytest.raises(DocumentError, match=what):
            read(tampered)


def test_tampering_that_keeps_the_page_readable() -> None:
    page = to_html(seed_like())
    # An unknown speaker id: the quote keeps a speaker made from the id and the title.
    result = read(page.replace('data-speaker="rutte"', 'data-speaker="ghost"'))
    assert result is not None
    speaker = result.body[1].quotes[0].speaker
    assert speaker is not None and (speaker.id, speaker.name) == ("ghost", "Mark Rutte")
    # A truncated page still gives what it holds, comments included as far as they go.
    cut = page[: page.index('<li id="comment-3"')]
    truncated = read(cut)
    assert truncated is not None
    assert [c.id for c in truncated.iter_comments()] == ["1", "2"]


def test_same_quote_number_twice_is_an_error() -> None:
    article = Article(
        body=[
            Paragraph("abc", quotes=[Quote(text="ab", start=0, end=2)]),
            Paragraph("def", quotes=[Quote(text="de", start=0, end=2)]),
        ]
    )
    page = to_html(article).replace('data-quote="2"', 'data-quote="1"')
    with pytest.raises(DocumentError, match="quote number 1"):
        read(page)


def test_deeply_nested_tampered_thread_is_read_without_recursion() -> None:
    depth = 20_000
    items = "".join(
        f'<li id="comment-{i}" data-status="published"><meta itemprop="identifier" content="{i}">'
        '<ol class="nt-replies">'
        for i in range(depth)
    )
    page = (
        '<meta name="generator" content="newsthread 0.1.0"><article class="nt-article">'
        f'<section class="nt-comments"><ol class="nt-thread">{items}</ol></section></article>'
    )
    result = read(page)
    assert result is not None
    assert sum(1 for _ in result.iter_comments()) == depth
    assert result.comment(str(depth - 1)).depth == depth


link_urls = ["https://a.example/x", "http://b.example/?q=1&r=2", "mailto:c@d.example"]


@st.composite
def bodies(draw: st.DrawFn) -> Article:
    speakers = [Speaker(id=f"s{i}", name=draw(hostile)) for i in range(draw(st.integers(0, 2)))]
    body: list[Block] = []
    for _ in range(draw(st.integers(0, 6))):
        text = draw(hostile)
        size = len(text)
        # Links that do not overlap, each with its own URL (see the limits in docs/html-own.md),
        # at any offset: line breaks included.
        cuts = sorted(draw(st.lists(st.integers(0, size), max_size=6, unique=True)))
        links = [Link(cuts[i], cuts[i + 1], link_urls[i // 2]) for i in range(0, len(cuts) - 1, 2)]
        quotes = []
        for _ in range(draw(st.integers(0, 3))):
            start = draw(st.integers(-1, size + 1))
            end = draw(st.integers(-1, size + 2))
            quotes.append(
                Quote(
                    text=draw(st.sampled_from([text[max(start, 0) : max(end, 0)], draw(hostile)])),
                    start=draw(st.sampled_from([start, None])),
                    end=end,
                    kind=draw(st.sampled_from(list(QuoteKind))),
                    speaker=draw(st.sampled_from([None, *speakers])),
                    cue=draw(st.none() | hostile),
                )
            )
        kind = draw(st.sampled_from(["p", "h", "li", "bq", "cap", "block"]))
        if kind == "h":
            body.append(Heading(text, links=links, quotes=quotes, level=draw(st.integers(1, 6))))
        elif kind == "li":
            body.append(
                ListItem(
                    text,
                    links=links,
                    quotes=quotes,
                    ordered=draw(st.booleans()),
                    indent=draw(st.integers(-2, 20)),
                )
            )
        elif kind == "bq":
            body.append(BlockQuote(text, links=links, quotes=quotes))
        elif kind == "cap":
            body.append(Caption(text, links=links, quotes=quotes))
        elif kind == "block":
            body.append(Block(text, links=links, quotes=quotes))
        else:
            body.append(Paragraph(text, links=links, quotes=quotes))
    return Article(speakers=speakers, body=body)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bodies())
def test_generated_hostile_bodies(article: Article) -> None:
    assert back(article) == article


def test_link_that_starts_at_a_line_break() -> None:
    def article() -> Article:
        return Article(body=[Paragraph("\nab", links=[Link(0, 3, "https://a.example/")])])

    assert back(article()) == article()
