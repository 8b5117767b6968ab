"""to_html with hostile input: known XSS vectors in every field, and generated hostile articles.

Every check is made on the parsed DOM (selectolax, lexbor: a full HTML5 parser,
the way a browser reads the page): no script-capable element, no ``on*``
attribute, no style attribute, no URL attribute but http(s), mailto and our own
``#`` anchors.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _html_safety import (
    assert_parsed_as_written,
    assert_safe_page,
    comment_items,
    parent_map,
    url_is_safe,
)
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
from newsthread.html import to_html
from newsthread.html._safe import anchor, clean, safe_url

# In the style of the OWASP XSS filter evasion cheat sheet.
TEXT_VECTORS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//xss.example/xss.js></SCRIPT>",
    "<ScRiPt>alert(String.fromCharCode(88,83,83))</sCrIpT>",
    "<img src=x onerror=alert(1)>",
    '<IMG SRC="javascript:alert(1);">',
    "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)>",
    "<svg onload=alert(1)>",
    "<svg/onload=alert(1)>",
    "<svg><script>alert&#40;1&#41;</script></svg>",
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    "<body onload=alert(1)>",
    "<iframe src=javascript:alert(1)></iframe>",
    "<iframe srcdoc='&lt;script&gt;alert(1)&lt;/script&gt;'>",
    '<a href="javascript:alert(1)">click</a>',
    '"><script>alert(1)</script>',
    "'><script>alert(1)</script>",
    "`><img src=x onerror=alert(1)>",
    '" onmouseover="alert(1)',
    "' onmouseover='alert(1)",
    "` onmouseover=`alert(1)",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "</style><script>alert(1)</script>",
    "</q></p></li></ol><script>alert(1)</script>",
    "--><script>alert(1)</script>",
    "<!--<script>alert(1)//-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    '<div style="background:url(javascript:alert(1))">',
    '<div style="width: expression(alert(1))">',
    "<style>@import 'javascript:alert(1)';</style>",
    '<link rel="stylesheet" href="javascript:alert(1)">',
    '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
    '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    "<form><button formaction=javascript:alert(1)>x</button></form>",
    "<input onfocus=alert(1) autofocus>",
    "<details open ontoggle=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<isindex type=image src=1 onerror=alert(1)>",
    '<table background="javascript:alert(1)">',
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<<SCRIPT>alert(1);//<</SCRIPT>",
    '<IMG """><SCRIPT>alert(1)</SCRIPT>">',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<template><script>alert(1)</script></template>",
    "<plaintext><script>alert(1)</script>",
    "<xmp><script>alert(1)</script></xmp>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "\u003cscript\u003ealert(1)\u003c/script\u003e",
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "\x00<script>alert(1)</script>",
    "<scr\x00ipt>alert(1)</scr\x00ipt>",
    "\u2028\u2029<script>alert(1)</script>",
    "\r<script>alert(1)</script>\r\n",
    "<x onclick=alert(1)>click me",
    '<a href="&#x6A;avascript:alert(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    "\ud800<script>alert(1)</script>",
]

URL_VECTORS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "\tjavascript:alert(1)",
    "\x01\x02javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java\rscript:alert(1)",
    "java\x00script:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "jav&#x0A;ascript:alert(1)",
    "jav&#x0D;ascript:alert(1)",
    "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
    "&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)",
    "&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)",
    "javascript&colon;alert(1)",
    "jAvAsCrIpT&colon;alert&lpar;1&rpar;",
    "&amp;#106;avascript:alert(1)",
    "javascript://%0Aalert(1)",
    "java\u200bscript:alert(1)",
    "\ufeffjavascript:alert(1)",
    "\u3000javascript:alert(1)",
    "\uff4a\uff41\uff56\uff41\uff53\uff43\uff52\uff49\uff50\uff54:alert(1)",
    "vbscript:msgbox(1)",
    "livescript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:text/html,<script>alert(1)</script>",
    " data:text/html,<svg onload=alert(1)>",
    "file:///etc/passwd",
    "//evil.example/x.js",
    "\\\\evil.example\\x",
    "/\\evil.example",
    "\\/evil.example",
    "https:\\\\evil.example",
    "http:javascript:alert(1)",
    'https://ok.example/" onmouseover="alert(1)',
    "https://ok.example/'><script>alert(1)</script>",
    "https://ok.example/`onerror=alert(1)",
    'mailto:x@y.example"><script>alert(1)</script>',
    "https://ok.example/?q=<script>alert(1)</script>",
    'https://ok.example/#"><img src=x onerror=alert(1)>',
    "expression(alert(1))",
    # an allowed scheme written with entities: the raw string names none, so it is dropped
    "&#104;ttps://evil.example/",
    "https&#58;//evil.example/",
    "",
]


def hostile_article(v: str, url: str) -> Article:
    speaker = Speaker(id=v, name=v, role=v, organisation=v, aliases=[v, v])
    size = len(v)
    mid = size // 2
    body = [
        Heading(v, level=3, links=[Link(0, size, url)] if size else ()),
        Paragraph(
            v + " " + v,
            links=[Link(0, mid or 1, url), Link(mid, size + 1, "https://ok.example/")],
            quotes=[
                Quote(text=v, speaker=speaker, cue=v, start=1, end=size + 1, source=v),
                Quote(text=v, kind=QuoteKind.INDIRECT, start=0, end=size + 1),
                Quote(text=v, cue=v),
            ],
        ),
        BlockQuote(v, quotes=[Quote(text=v, kind=QuoteKind.BLOCK, start=0, end=size)]),
        ListItem(v, links=[Link(0, size, url)] if size else ()),
        ListItem(v, indent=1, ordered=True),
        Caption(v),
        Block(v),
    ]
    reply = Comment(
        id=v + "-r",
        author=Author(v, url),
        text=v + "\n\n" + v + "\n" + v,
        url=url,
        in_reply_to=v,
        quotes=[Quote(text=v, speaker=speaker, start=0, end=size)],
        status=CommentStatus.DELETED,
    )
    return Article(
        url=url,
        canonical_url=url,
        title=v,
        summary=v,
        authors=[Author(v, url)],
        published=datetime(2025, 1, 1, tzinfo=UTC),
        site_name=v,
        section=v,
        tags=[v, v],
        language=v,
        declared_comment_count=3,
        speakers=[speaker],
        body=body,
        comments=[
            Comment(
                id=v,
                author=Author(v, url),
                text=v,
                url=url,
                score=-1,
                replies=[reply],
            ),
            Comment(id=v + "-m", status=CommentStatus.MORE, more_count=5, text=v),
        ],
    )


@pytest.mark.parametrize("vector", TEXT_VECTORS)
def test_text_vectors_stay_text(vector: str) -> None:
    page = to_html(hostile_article(vector, "https://ok.example/"))
    doc = assert_safe_page(page)
    assert_parsed_as_written(page, doc)
    shown = clean(vector)
    title = doc.css_first("title")
    assert title is not None
    assert title.text() == shown
    assert doc.css_first("h1").text() == shown
    texts = [n.text(deep=True) for n in doc.css('[itemprop="text"]')]
    assert texts[0] == shown
    assert texts[1] == f"{shown}\n\n{shown}\n{shown}"
    assert doc.css_first("html").attributes["lang"] == shown
    ids = [m.attributes["content"] for m in doc.css('meta[itemprop="identifier"]')]
    assert ids == [shown, shown + "-r", shown + "-m"]


@pytest.mark.parametrize("url", URL_VECTORS)
def test_url_vectors_are_dropped_or_harmless(url: str) -> None:
    page = to_html(hostile_article("x", url))
    doc = assert_safe_page(page)
    kept = safe_url(url)
    hrefs = [a.attributes.get("href") for a in doc.css("a, link")]
    if kept is None:
        # Only our own anchors and the one known-good link of the article are left.
        assert all(h == "https://ok.example/" or (h or "").startswith("#") for h in hrefs), hrefs
    else:
        assert kept in hrefs


@pytest.mark.parametrize("url", URL_VECTORS)
def test_safe_url_accepts_only_http_https_mailto(url: str) -> None:
    result = safe_url(url, "https://base.example/dir/page")
    if result is not None:
        assert url_is_safe(result)
        # What a browser would see after its own cleaning must agree.
        squeezed = "".join(ch for ch in html.unescape(result) if ch > " ").lower()
        assert squeezed.startswith(("http://", "https://", "mailto:"))
        # ... and so must the raw string, with no entity decoding (an encoded scheme is dropped)
        raw = "".join(ch for ch in result if ch > " ").lower()
        assert raw.startswith(("http://", "https://", "mailto:"))


def test_attribute_breakout_in_allowed_url_is_escaped() -> None:
    doc = assert_safe_page(
        to_html(hostile_article("x", 'https://ok.example/" onmouseover="alert(1)'))
    )
    link = doc.css_first(".nt-source a")
    assert link.attributes["href"] == 'https://ok.example/" onmouseover="alert(1)'
    assert set(link.attributes) == {"itemprop", "href", "rel"}


def test_anchor_ids_from_hostile_comment_ids_are_plain() -> None:
    doc = assert_safe_page(to_html(hostile_article('"><svg onload=alert(1)>', "")))
    for li in comment_items(doc):
        name = li.attributes["id"]
        assert name is not None
        assert all(ch.isascii() and (ch.isalnum() or ch in "-_") for ch in name)


# -- generated hostile articles --------------------------------------------------

ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from(
    [*"<>&\"'`=/\\:;\n\r\t\x00 #!-[]", "\u2028", "\ufeff", "\u200b"]
)
hostile_text = st.one_of(
    st.sampled_from(TEXT_VECTORS),
    st.text(ALPHABET, max_size=40),
    st.lists(st.sampled_from([*TEXT_VECTORS, "\n", "\n\n", "a", " "]), max_size=4).map("".join),
)
urls = st.one_of(
    st.sampled_from(URL_VECTORS),
    st.sampled_from(["https://ok.example/a", "http://ok.example/b?c=1&d=2", "mailto:a@b.example"]),
    st.text(ALPHABET, max_size=20),
    st.builds(
        lambda a, b: a + b,
        st.sampled_from(["https://", "javascript:", "/", ""]),
        st.text(ALPHABET, max_size=15),
    ),
)
optional_url = st.none() | urls


@st.composite
def spans(draw: st.DrawFn, size: int) -> tuple[int, int]:
    start = draw(st.integers(-2, size + 2))
    end = draw(st.integers(-2, size + 3))
    return start, end


@st.composite
def articles(draw: st.DrawFn) -> Article:
    speakers = [
        Speaker(id=draw(hostile_text), name=draw(hostile_text), role=draw(st.none() | hostile_text))
        for _ in range(draw(st.integers(0, 2)))
    ]

    def quotes(size: int) -> list[Quote]:
        out = []
        for _ in range(draw(st.integers(0, 3))):
            start, end = draw(spans(size))
            out.append(
                Quote(
                    text=draw(hostile_text),
                    speaker=draw(st.sampled_from([None, *speakers])),
                    cue=draw(st.none() | hostile_text),
                    kind=draw(st.sampled_from(list(QuoteKind))),
                    start=draw(st.none() | st.just(start)),
                    end=end,
                )
            )
        return out

    body: list[Block] = []
    kinds = [Paragraph, Heading, BlockQuote, ListItem, Caption, Block]
    for _ in range(draw(st.integers(0, 5))):
        kind = draw(st.sampled_from(kinds))
        body_text = draw(hostile_text)
        links = []
        for _ in range(draw(st.integers(0, 3))):
            start, end = draw(spans(len(body_text)))
            links.append(Link(start, end, draw(urls)))
        block: Block
        if kind is Heading:
            block = Heading(
                body_text,
                links=links,
                quotes=quotes(len(body_text)),
                level=draw(st.integers(-1, 8)),
            )
        elif kind is ListItem:
            block = ListItem(
                body_text,
                links=links,
                quotes=quotes(len(body_text)),
                indent=draw(st.integers(-1, 20)),
                ordered=draw(st.booleans()),
            )
        else:
            block = kind(body_text, links=links, quotes=quotes(len(body_text)))
        body.append(block)

    everyone: list[Comment] = []
    top: list[Comment] = []
    for _ in range(draw(st.integers(0, 12))):
        comment_text = draw(hostile_text)
        author = draw(st.none() | st.builds(Author, hostile_text, optional_url))
        comment = Comment(
            id=draw(hostile_text),
            author=author,
            text=comment_text,
            url=draw(optional_url),
            score=draw(st.none() | st.integers(-5, 5)),
            status=draw(st.sampled_from(list(CommentStatus))),
            more_count=draw(st.none() | st.integers(0, 9)),
            in_reply_to=draw(st.none() | hostile_text),
            quotes=quotes(len(comment_text)),
        )
        parent = draw(st.integers(-1, len(everyone) - 1))
        if parent >= 0:
            everyone[parent].add(comment)
        else:
            top.append(comment)
        everyone.append(comment)

    return Article(
        url=draw(optional_url),
        canonical_url=draw(optional_url),
        title=draw(st.none() | hostile_text),
        summary=draw(st.none() | hostile_text),
        authors=draw(st.lists(st.builds(Author, hostile_text, optional_url), max_size=2)),
        site_name=draw(st.none() | hostile_text),
        section=draw(st.none() | hostile_text),
        tags=draw(st.lists(hostile_text, max_size=3)),
        language=draw(st.none() | hostile_text),
        declared_comment_count=draw(st.none() | st.integers(0, 99)),
        speakers=speakers,
        body=body,
        comments=top,
    )


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(), st.integers(1, 4))
def test_generated_hostile_articles_are_safe_and_complete(article: Article, nesting: int) -> None:
    page = to_html(article, max_nesting=nesting)
    doc = assert_safe_page(page)
    assert_parsed_as_written(page, doc)
    comments = list(article.iter_comments())
    items = comment_items(doc)
    # Nothing lost, nothing invented: one entry per comment, in thread order, same parents.
    assert len(items) == len(comments)
    assert len({li.attributes["id"] for li in items}) == len(comments)
    assert [
        m.attributes["content"] for m in doc.css('li.nt-comment > meta[itemprop="identifier"]')
    ] == [clean(c.id) for c in comments]
    expected_parent = {}
    names = {}
    for li, c in zip(items, comments, strict=True):
        names[id(c)] = li.attributes["id"]
    for c in comments:
        parent = c.parent
        expected_parent[names[id(c)]] = names[id(parent)] if isinstance(parent, Comment) else None
    assert parent_map(doc) == expected_parent
    for li, c in zip(items, comments, strict=True):
        assert li.attributes["id"] == anchor("comment-", c.id) or "_n" in (
            li.attributes["id"] or ""
        )
        text_node = li.css_first('[itemprop="text"]')
        assert text_node is not None
        assert text_node.text(deep=True) == clean(c.text)
    # Every quote is written once, with its own anchor.
    quote_ids = [n.attributes["id"] for n in doc.css(".nt-quote[id]")]
    assert sorted(quote_ids) == sorted(f"quote-{i}" for i in range(1, len(article.quotes) + 1))
    # Links only where the model had a URL the policy accepts.
    base = safe_url(article.url) or safe_url(article.canonical_url)
    allowed = {safe_url(link.url, base) for b in article.body for link in b.links}
    for a in doc.css(".nt-body a"):
        assert a.attributes["href"] in allowed
