"""from_html end to end: decoding, parsing, metadata, body, comments hand-off, bad input."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsthread import Article
from newsthread.errors import InputError, NestingTooDeepError, ParseError
from newsthread.html import from_html
from newsthread.html._document import MAX_DEPTH, decode_html, sniff_charset
from newsthread.model import Caption, Heading, Link, ListItem, Paragraph

# The tagDiv page is shared with examples/import_page.py (see tests/data/html/main/README.md).
DATA = Path(__file__).parent.parent / "examples" / "data"


@pytest.fixture(scope="module")
def nato() -> Article:
    return from_html((DATA / "nato_tagdiv.html").read_bytes())


def test_metadata_of_a_tagdiv_page(nato: Article) -> None:
    assert nato.title == "Rutte calls for closer NATO-EU cooperation"
    assert nato.canonical_url == (
        "https://ukdefencejournal.org.uk/rutte-calls-for-closer-nato-eu-cooperation/"
    )
    assert nato.url == nato.canonical_url
    assert [a.name for a in nato.authors] == ["Tom Dunlop"]
    assert nato.authors[0].url == "https://ukdefencejournal.org.uk/author/tom/"
    assert nato.published == datetime(2025, 12, 9, 14, 5, tzinfo=UTC)
    assert nato.modified == datetime(2025, 12, 9, 16, 30, tzinfo=UTC)
    assert nato.site_name == "UK Defence Journal"
    assert nato.section == "Europe"
    assert nato.tags == ["NATO", "European Union"]
    assert nato.language == "en-GB"
    assert (
        nato.summary
        == "The NATO Secretary General has told MEPs that closer cooperation is essential."
    )


def test_body_blocks_in_order_with_their_kinds(nato: Article) -> None:
    kinds = [type(block) for block in nato.body]
    assert kinds == [
        Paragraph,
        Paragraph,
        Paragraph,
        Heading,
        Paragraph,  # a <blockquote> styling a quoted paragraph with its attribution
        Paragraph,
        ListItem,
        ListItem,
        Caption,
        Paragraph,
    ]
    assert nato.body[0].text.startswith("The NATO Secretary General has told MEPs")
    assert nato.body[3].text == "Working together"
    assert isinstance(nato.body[3], Heading)
    assert nato.body[3].level == 2
    assert nato.body[4].text.startswith("“When we combine our strengths")
    assert nato.body[-1].text.startswith("Following his keynote address")


def test_links_point_into_the_block_text(nato: Article) -> None:
    block = nato.body[1]
    assert block.links == (
        Link(
            block.text.index("European Union"),
            block.text.index("European Union") + 14,
            "https://european-union.europa.eu/",
        ),
    )
    link = block.links[0]
    assert block.text[link.start : link.end] == "European Union"


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Home",  # navigation
        "Share on Facebook",  # share bar
        "Advertisement",
        "sponsor's boots",  # ad
        "Sign up for our newsletter",
        "inbox every morning",
        "Tom writes about European defence",  # author box
        "Related articles",
        "Royal Navy frigate",  # related posts
        "Most read",  # sidebar
        "Copyright 2025",  # footer
        "December 9, 2025",  # byline date
        "6 COMMENTS",
        "not possible and not desirable",  # comment text
        "LEAVE A REPLY",  # comment form
        "Please enter your comment",
        "not text",  # script
        "Photo: NATO",  # a credit, not a caption worth keeping
    ],
)
def test_boilerplate_stays_out_of_the_body(nato: Article, boilerplate: str) -> None:
    text = "\n".join(block.text for block in nato.body)
    assert boilerplate not in text


def test_title_heading_is_not_repeated_in_the_body(nato: Article) -> None:
    assert all(block.text != nato.title for block in nato.body)


def test_url_argument_wins_over_canonical() -> None:
    article = from_html((DATA / "nato_tagdiv.html").read_bytes(), url="https://example.org/a")
    assert article.url == "https://example.org/a"
    assert article.canonical_url.startswith("https://ukdefencejournal.org.uk/")


def test_comment_extractor_is_called_and_its_containers_leave_the_body(monkeypatch) -> None:
    import newsthread.html as html
    from newsthread.html._comments import CommentSection
    from newsthread.model import Comment

    seen = {}

    def fake(doc, *, url=None):
        seen["url"] = url
        box = doc.css_first("div.keep-out")
        return CommentSection(
            comments=[Comment(id="c1", text="first!")], declared_count=7, containers=[box]
        )

    monkeypatch.setattr(html, "extract_comments", fake)
    page = (
        "<html><body><article><p>"
        + "An article paragraph that is long enough to count. " * 3
        + "</p><div class='keep-out'><p>"
        + "A comment that looks like article text, a long one. " * 3
        + "</p></div></article></body></html>"
    )
    article = from_html(page, url="https://example.org/x")
    assert seen["url"] == "https://example.org/x"
    assert [c.id for c in article.comments] == ["c1"]
    assert article.comments[0].parent is article
    assert article.declared_comment_count == 7
    assert len(article.body) == 1
    assert "A comment" not in article.body[0].text


def test_quotes_annotate_is_called_only_when_asked(monkeypatch) -> None:
    import newsthread.quotes as quotes

    calls = []
    monkeypatch.setattr(quotes, "annotate", lambda article: calls.append(article) or article)
    page = "<html><body><p>Some words on a page.</p></body></html>"
    article = from_html(page)
    assert calls == []  # found on the first read of quotes or speakers, once
    assert article.body[0].text == "Some words on a page."
    assert calls == []
    assert article.speakers == []
    assert article.body[0].quotes == ()
    assert len(calls) == 1 and calls[0] is article
    eager = from_html(page, quotes=True)
    assert len(calls) == 2 and calls[1] is eager
    assert from_html(page, quotes=False).speakers == []
    assert len(calls) == 2


# -- decoding -----------------------------------------------------------------------


def _legacy_page(charset_tag: str) -> bytes:
    return (
        f"<html><head>{charset_tag}<title>Grüße</title></head><body><p>"
        "Über die Straße gehen die Bürger nach Hause, müde und froh über den schönen Tag.</p>"
        "</body></html>"
    ).encode("cp1252")


@pytest.mark.parametrize(
    "tag",
    [
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
        '<meta charset="windows-1252">',
        "<meta charset=latin1>",
    ],
)
def test_bytes_decoded_by_declared_charset(tag: str) -> None:
    article = from_html(_legacy_page(tag))
    assert article.title == "Grüße"
    assert article.body[0].text.startswith("Über die Straße")


def test_bytes_decoded_by_bom_before_declaration() -> None:
    page = '<html><head><meta charset="iso-8859-1"><title>Łódź</title></head><body></body></html>'
    assert from_html(b"\xef\xbb\xbf" + page.encode("utf-8")).title == "Łódź"
    assert from_html(page.encode("utf-16")).title == "Łódź"


def test_undeclared_legacy_bytes_are_detected() -> None:
    article = from_html(_legacy_page(""))
    assert "Straße" in article.body[0].text


def test_sniff_charset_forms() -> None:
    assert sniff_charset(b'<meta charset="utf-8">') == "utf-8"
    assert (
        sniff_charset(b"<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=KOI8-R'>")
        == "KOI8-R"
    )
    assert sniff_charset(b'<?xml version="1.0" encoding="ISO-8859-2"?><html>') == "ISO-8859-2"
    assert sniff_charset(b"<html><body>no declaration</body></html>") is None


# -- bad input -----------------------------------------------------------------------


@pytest.mark.parametrize("source", ["", "   \n\t ", b"", b"  \n", b"\x0b\x0c\r "])
def test_empty_input_is_an_input_error(source: str | bytes) -> None:
    with pytest.raises(InputError, match="empty"):
        from_html(source)


def test_binary_junk_is_an_input_error() -> None:
    junk = bytes(range(256)) * 40
    with pytest.raises(InputError, match="binary"):
        from_html(junk)
    with pytest.raises(InputError):
        decode_html(b"\x00\x01\x02\x03" * 100)


def test_from_html_refuses_a_number_with_a_type_error() -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        from_html(123)  # type: ignore[arg-type]


def test_truncated_page_gives_what_is_there() -> None:
    page = (DATA / "nato_tagdiv.html").read_text("utf-8")
    cut = page[: page.index("Speaking to MEPs") + 40]
    article = from_html(cut)
    assert article.title == "Rutte calls for closer NATO-EU cooperation"
    assert article.body[0].text.startswith("The NATO Secretary General")


def test_page_without_article_gives_an_empty_body() -> None:
    article = from_html(
        "<html><head><title>Login</title></head><body><form><input></form></body></html>"
    )
    assert article.title == "Login"
    assert list(article.body) == []


def test_markup_soup_does_not_crash() -> None:
    article = from_html("<p>one<p>two</b></i><table><td>cell</div></span>&amp;&bogus;<!--")
    assert isinstance(article, Article)
    texts = [block.text for block in article.body]
    # the table cell comes back whole, entity decoded and the unknown one kept as written;
    # the two one-word paragraphs may be dropped as too short, but nothing else may appear
    assert texts[-1] == "cell&&bogus;"
    expected = ["one", "two", "cell&&bogus;"]
    assert texts == [t for t in expected if t in texts]
    assert all(type(block) is Paragraph for block in article.body)
    assert article.title is None
    assert article.comments == ()


def test_deep_nesting_within_the_limit_parses() -> None:
    depth = 3000
    page = (
        "<html><body><p>Top paragraph of the page.</p>"
        + "<div>" * depth
        + "deep words"
        + "</div>" * depth
    )
    article = from_html(page + "</body></html>")
    assert isinstance(article, Article)
    assert [(type(b), b.text) for b in article.body] == [
        (Paragraph, "Top paragraph of the page."),
        (Paragraph, "deep words"),
    ]
    long = "This sentence is part of the article and carries enough words to count, clearly. "
    page = (
        f"<html><body><h1>Deep page</h1><p>{long * 2}</p>"
        + "<div>" * depth
        + f"<p>{long * 3}</p>"
        + "</div>" * depth
    )
    article = from_html(page + "</body></html>")
    assert article.title == "Deep page"
    assert [(type(b), b.text) for b in article.body] == [
        (Paragraph, (long * 2).strip()),
        (Paragraph, (long * 3).strip()),
    ]


def test_20000_deep_list_is_refused_with_where() -> None:
    page = "<html><body>\n" + "<ul><li>x" * 20000 + "</body></html>"
    with pytest.raises(NestingTooDeepError) as info:
        from_html(page)
    assert isinstance(info.value, ParseError)
    assert isinstance(info.value, ValueError)
    assert info.value.depth > MAX_DEPTH
    assert info.value.line == 2
    assert str(MAX_DEPTH) in str(info.value)
