"""One decision for what a valid datetime and URL are: importers drop invalid ones, never crash,
never store a value that raises later."""

from __future__ import annotations

import io
import warnings
from datetime import UTC, datetime

import pytest
from dateutil.tz import tzoffset

from newsthread import Article, Comment, Link, Paragraph, Quote, Speaker
from newsthread._validate import (
    datetime_problem,
    drop_invalid_values,
    parse_date_words,
    url_problem,
    valid_url,
)
from newsthread.errors import DocumentError, InputError, ParseError
from newsthread.html import from_html, to_html
from newsthread.markdown import from_markdown, from_text
from newsthread.serialize import read_jsonl, to_json

PARAGRAPH = (
    "<p>Some long paragraph of text goes here and there and everywhere, "
    "long enough to be a body paragraph for sure.</p>"
)
BAD_OFFSET = "2025-12-09T14:05:00+80:00"


def page(head: str = "", body: str = PARAGRAPH, after: str = "") -> str:
    return f"<html><head>{head}</head><body><article>{body}</article>{after}</body></html>"


COMMENTS = (
    '<ol class="commentlist">'
    '<li class="comment" id="comment-1"><div class="comment-author">'
    '<a href="http://[x/">Bob</a></div><time datetime="{when}">x</time>'
    '<div class="comment-content"><p>first comment here</p></div></li>'
    '<li class="comment" id="comment-2"><div class="comment-author">'
    '<a href="javascript:alert(1)">Al</a></div><time datetime="{when}">x</time>'
    '<div class="comment-content"><p>second comment here</p></div></li></ol>'
)


@pytest.mark.parametrize(
    "html",
    [
        page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"H",'
             f'"datePublished":"{BAD_OFFSET}"}}</script>'),
        page(f'<meta property="article:published_time" content="{BAD_OFFSET}">'),
        page(body=f'<time datetime="{BAD_OFFSET}">9 Dec</time>{PARAGRAPH}'),
        page(body=f'<time datetime="2025-12-09 14:05 +9900">9 Dec</time>{PARAGRAPH}'),
    ],
)  # fmt: skip
def test_html_dates_with_impossible_offsets_are_no_dates(html: str) -> None:
    article = from_html(html)
    assert article.published is None
    assert to_json(article)  # writes: nothing in it raises later


def test_html_comment_dates_and_urls_that_are_invalid_are_dropped() -> None:
    article = from_html(page(after=COMMENTS.format(when=BAD_OFFSET)), url="https://e.example/a")
    comments = list(article.iter_comments())
    assert [c.text for c in comments] == ["first comment here", "second comment here"]
    assert [c.published for c in comments] == [None, None]
    assert [c.author.url if c.author else "?" for c in comments] == [None, None]


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ('<link rel="canonical" href="http://[x]/">', PARAGRAPH),
        ('<meta property="og:url" content="http://[x]/">', PARAGRAPH),
        ('<base href="http://[x]/">', PARAGRAPH.replace("there", '<a href="/a">there</a>')),
        ("", PARAGRAPH.replace("there", '<a href="http://[x/">there</a>')),
        ("", PARAGRAPH.replace("there", '<a href="http://h:999999/">there</a>')),
    ],
)
def test_html_malformed_urls_are_dropped(head: str, body: str) -> None:
    for url in (None, "https://e.example/a"):
        article = from_html(page(head, body), url=url)
        assert article.canonical_url is None
        assert article.url == url
        assert all(url_problem(link.url) is None for link in article.body[0].links)


def test_a_malformed_base_leaves_links_resolved_against_the_page() -> None:
    body = PARAGRAPH.replace("there", '<a href="/a">there</a>')
    article = from_html(page('<base href="http://[x]/">', body), url="https://e.example/p")
    assert [link.url for link in article.body[0].links] == ["https://e.example/a"]


@pytest.mark.parametrize(
    "href", ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "java\tscript:x", "data:text/html,x",
             "vbscript:msgbox(1)", " javascript:x"],
)  # fmt: skip
def test_code_running_urls_are_dropped_by_every_importer(href: str) -> None:
    html = page(body=PARAGRAPH.replace("there", f'<a href="{href}">there</a>'))
    assert from_html(html).body[0].links == ()
    markdown = f"Some words and [there]({href.strip()}) and more.\n"
    assert from_markdown(markdown, quotes=False).body[0].links == ()
    front = f"---\ntitle: t\nurl: '{href}'\ncanonical_url: '{href}'\n---\n\nText.\n"
    read = from_markdown(front, quotes=False)
    assert (read.url, read.canonical_url) == (None, None)


def test_an_invalid_url_argument_is_an_input_error() -> None:
    for read in (from_html, from_markdown, from_text):
        with pytest.raises(InputError, match="malformed URL"):
            read("<p>x</p>", url="http://[x]/")


def test_markdown_dates_with_impossible_offsets_are_refused_or_dropped() -> None:
    with pytest.raises(ParseError, match="not a date"):
        from_markdown(f"---\npublished: {BAD_OFFSET}\n---\n\nText.\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # dateutil's UnknownTimezoneWarning must not leak
        article = from_markdown("---\npublished: 2025-12-09 14:05 XYZT\n---\n\nText.\n")
    assert article.published == datetime(2025, 12, 9, 14, 5)


def test_the_validators() -> None:
    assert datetime_problem(datetime(2025, 1, 1, tzinfo=tzoffset(None, 86400))) is not None
    assert datetime_problem(datetime(2025, 1, 1, tzinfo=UTC)) is None
    assert datetime_problem(datetime(2025, 1, 1)) is None
    assert parse_date_words(BAD_OFFSET.replace("T", " ")) is None
    assert parse_date_words("June 3, 2024 10:15 am") == datetime(2024, 6, 3, 10, 15)
    assert valid_url("https://a.example/x?y=[1]") == "https://a.example/x?y=[1]"
    assert valid_url("/relative/path") == "/relative/path"
    assert valid_url("mailto:a@b.example") == "mailto:a@b.example"
    for bad in ("http://[x/", "http://[x]/", "javascript:x", "\x01javascript:x", "http://a:b/"):
        assert valid_url(bad) is None, bad


def test_drop_invalid_values_keeps_valid_ones() -> None:
    zone = tzoffset(None, 80 * 3600)
    article = Article(
        url="javascript:x",
        canonical_url="https://a.example/",
        published=datetime(2025, 1, 1, tzinfo=zone),
        body=[Paragraph("ab", links=[Link(0, 1, "data:x"), Link(1, 2, "https://b.example/")])],
        comments=[Comment(id="c", url="http://[x/", published=datetime(2025, 1, 1, tzinfo=zone))],
    )
    drop_invalid_values(article)
    assert (article.url, article.canonical_url, article.published) == (
        None,
        "https://a.example/",
        None,
    )
    assert article.body[0].links == (Link(1, 2, "https://b.example/"),)
    assert (article.comments[0].url, article.comments[0].published) == (None, None)


def test_from_html_lists_the_speakers_its_quotes_name() -> None:
    speaker = Speaker(id="s1", name="Bob")
    article = Article(
        speakers=[speaker], body=[Paragraph("hello", quotes=[Quote(text="hello", speaker=speaker)])]
    )
    html = to_html(article)
    tampered = html.replace('data-speaker-id="s1"', 'data-speaker-id="other"')
    back = from_html(tampered)
    assert [s.id for s in back.speakers] == ["other", "s1"]
    assert back.body[0].quotes[0].speaker is back.speakers[1]
    assert to_json(back)  # the article from_html built can be written


def test_to_html_refuses_a_quote_whose_speaker_is_not_listed() -> None:
    ghost = Speaker(id="s1", name="Ghost")
    article = Article(body=[Paragraph("hello", quotes=[Quote(text="hello", speaker=ghost)])])
    with pytest.raises(DocumentError) as caught:
        to_html(article)
    assert caught.value.path == "$.body[0].quotes[0].speaker"


def test_find_and_walk_take_what_people_type() -> None:
    article = Article(comments=[Comment(id="a", replies=[Comment(id="b")])])
    found = article.find(lambda n: isinstance(n, Comment) and n.id == "b")
    assert isinstance(found, Comment) and found.id == "b"
    assert [c.id for c in article.walk(Comment)] == ["a", "b"]  # type: ignore[arg-type, attr-defined]
    assert len(article.find_all(lambda n: True)) == 3
    with pytest.raises(TypeError, match="type must be a node class"):
        article.find("comment")  # type: ignore[call-overload]


def test_read_jsonl_decodes_as_from_json_does() -> None:
    text = to_json(Article(title="é")) + "\n" + to_json(Article(title="b")) + "\n"
    for encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-32"):
        titles = [a.title for a in read_jsonl(io.BytesIO(text.encode(encoding)))]
        assert titles == ["é", "b"], encoding
    bad = text.encode() + b'{"schema_version":1,"title":"\xff"}\n'
    with pytest.raises(DocumentError) as caught:
        list(read_jsonl(io.BytesIO(bad)))
    assert caught.value.line == 3
    assert "not utf-8 text" in caught.value.reason
