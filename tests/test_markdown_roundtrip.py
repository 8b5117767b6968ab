"""Export -> import gives the same tree back: hypothesis over articles, hostile text, deep threads."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
)
from newsthread.markdown import MAX_NESTING, from_markdown, to_markdown

HOSTILE = [
    "## 5 COMMENTS",
    "6 Comments",
    "---",
    "***",
    "- ",
    "* ",
    "+ ",
    "1. ",
    "2) ",
    "> ",
    "    code",
    "```",
    "~~~",
    "<div>",
    "</li>",
    '<a id="comments"></a>',
    '<a id="c1"></a>',
    "<!-- x -->",
    "&amp;",
    "&#10;",
    "&copy",
    "[x](y)",
    "![i](j)",
    "[ref]: /url",
    "**bold**",
    "_em_",
    "`code`",
    "\\",
    "  \n",
    "\\\n",
    " · ",
    "↳ continues ",
    "in reply to ",
    "[permalink](<u>)",
    "===",
    "| a | b |",
    "|---|",
    "LEAVE A REPLY",
    "Reply",
    "Please enter your comment!",
    "\t",
    "\r\n",
    "\r",
    "\u2028",
    "\u3000",
    "\xa0",
    "\n\n",
    "\n",
]
ALPHABET = st.characters(
    blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"
) | st.sampled_from(list("#>-+=*_`[]()<>!&|~\\:;.0123456789 \t\n\r'\""))
TEXT = st.lists(st.sampled_from(HOSTILE) | st.text(ALPHABET, max_size=8), max_size=8).map("".join)
NONEMPTY = TEXT.filter(bool)
URL = st.text(ALPHABET.filter(lambda c: c not in "\n\r\t"), max_size=12).map(
    lambda s: "https://example.org/" + s
)
ZONES = st.none() | st.integers(-23 * 60, 23 * 60).map(lambda m: timezone(timedelta(minutes=m)))
DATES = st.builds(
    lambda d, tz: d.replace(tzinfo=tz),
    st.datetimes(min_value=datetime(1000, 1, 1), max_value=datetime(9999, 1, 1)),
    ZONES,
)
AUTHOR = st.builds(Author, NONEMPTY, st.none() | URL)


@st.composite
def links_for(draw: st.DrawFn, text: str) -> list[Link]:
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=4)))
    out = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        out.append(Link(a, b, draw(URL)))
    return out


@st.composite
def blocks(draw: st.DrawFn) -> list[Block]:
    out: list[Block] = []
    depth = -1
    for kind in draw(st.lists(st.sampled_from("phqcl"), max_size=6)):
        text = draw(TEXT if kind == "l" else NONEMPTY)
        links = draw(links_for(text))
        block: Block
        if kind == "l":
            depth = draw(st.integers(0, depth + 1))
            block = ListItem(text, ordered=draw(st.booleans()), indent=depth)
        else:
            depth = -1
            if kind == "p":
                block = Paragraph(text)
            elif kind == "h":
                block = Heading(text, level=draw(st.integers(1, 6)))
            elif kind == "q":
                block = BlockQuote(text)
            else:
                block = Caption(text)
        block.links = tuple(links)
        out.append(block)
    return out


@st.composite
def threads(draw: st.DrawFn) -> list[Comment]:
    ids = draw(st.lists(NONEMPTY, unique=True, max_size=12))
    comments: list[Comment] = []
    top: list[Comment] = []
    for i, cid in enumerate(ids):
        comment = Comment(
            id=cid,
            author=draw(st.none() | AUTHOR),
            published=draw(st.none() | DATES),
            text=draw(TEXT),
            url=draw(st.none() | URL),
            score=draw(st.none() | st.integers(-(10**6), 10**6)),
            status=draw(st.sampled_from(CommentStatus)),
            more_count=draw(st.none() | st.integers(0, 10**6)),
            in_reply_to=draw(st.none() | NONEMPTY),
        )
        parent = draw(st.none() | st.integers(0, i - 1)) if i else None
        if parent is None:
            top.append(comment)
        else:
            comments[parent].add(comment)
        comments.append(comment)
    return top


@st.composite
def articles(draw: st.DrawFn) -> Article:
    return Article(
        url=draw(st.none() | URL),
        canonical_url=draw(st.none() | URL),
        title=draw(st.none() | TEXT),
        summary=draw(st.none() | TEXT),
        authors=draw(st.lists(AUTHOR, max_size=3)),
        published=draw(st.none() | DATES),
        modified=draw(st.none() | DATES),
        site_name=draw(st.none() | TEXT),
        section=draw(st.none() | TEXT),
        tags=draw(st.lists(TEXT, max_size=3)),
        language=draw(st.none() | st.sampled_from(["en", "de-AT", "fr"])),
        declared_comment_count=draw(st.none() | st.integers(0, 10**9)),
        body=draw(blocks()),
        comments=draw(threads()),
    )


def _explain(a: Article, b: Article) -> str:
    for x, y in zip(a.walk(), b.walk(), strict=False):
        if type(x) is not type(y):
            return f"{x!r} became {y!r}"
        for name in x._own_fields():
            if getattr(x, name) != getattr(y, name):
                return f"{x!r}.{name}: {getattr(x, name)!r} became {getattr(y, name)!r}"
    return "shape differs"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_markdown_round_trip(article: Article) -> None:
    source = to_markdown(article)
    back = from_markdown(source, quotes=False)
    assert back == article, _explain(article, back)
    assert to_markdown(back) == source


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_hostile_comment_stays_one_comment_with_literal_text(text: str) -> None:
    article = Article(
        body=[Paragraph("Body.")],
        comments=[Comment(id="a", text=text), Comment(id="b", text="after")],
    )
    back = from_markdown(to_markdown(article), quotes=False)
    assert [c.id for c in back.iter_comments()] == ["a", "b"]
    assert back.comments[0].text == text
    assert [b.text for b in back.body] == ["Body."]


def _chain(depth: int) -> Article:
    root = Comment(id="n0", text="level 0")
    node = root
    for i in range(1, depth):
        child = Comment(id=f"n{i}", text=f"level {i}\n- not a reply")
        node.add(child)
        node = child
    return Article(title="deep", comments=[root])


def test_reply_chain_10000_deep_survives() -> None:
    article = _chain(10_000)
    source = to_markdown(article)
    indents = [len(line) - len(line.lstrip(" ")) for line in source.split("\n")]
    assert max(indents) <= 2 * MAX_NESTING + 2  # the format does not grow with depth
    back = from_markdown(source, quotes=False)
    assert back == article
    node = back.comments[0]
    depth = 1
    while node.replies:
        (node,) = node.replies
        depth += 1
    assert depth == 10_000
    assert node.id == "n9999"


def test_deep_replies_restart_nesting_with_a_reference() -> None:
    article = _chain(MAX_NESTING + 2)
    source = to_markdown(article)
    first = f"n{MAX_NESTING}"
    assert re.search(rf'^- <a id="{first}"></a> ↳ continues \[#n{MAX_NESTING - 1}\]', source, re.M)
    assert from_markdown(source, quotes=False) == article


def test_export_shape_is_readable() -> None:
    article = Article(
        title="A title",
        body=[Paragraph("Text with a link.", links=[Link(12, 16, "https://example.org/")])],
        declared_comment_count=2,
        comments=[
            Comment(
                id="1",
                author=Author("Ann", "https://example.org/ann"),
                published=datetime(2024, 6, 3, 10, 15, tzinfo=UTC),
                text="First.\n\nSecond paragraph\nwith a line break.",
                replies=[Comment(id="2", text="Reply.", status=CommentStatus.DELETED)],
            )
        ],
    )
    assert to_markdown(article) == (
        "---\ngenerator: newsthread\ntitle: A title\n---\n\n"
        "Text with a [link](<https://example.org/>).\n\n"
        '## 2 Comments <a id="comments"></a>\n\n'
        '- <a id="1"></a> [**Ann**](<https://example.org/ann>) · 2024-06-03T10:15:00+00:00\n\n'
        "  First.\n\n"
        "  Second paragraph\\\n  with a line break.\n\n"
        '  - <a id="2"></a> deleted\n\n'
        "    Reply.\n"
    )
