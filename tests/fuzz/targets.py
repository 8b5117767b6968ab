"""Fuzz targets: each importer on hostile input, then every exporter and importer on what it made.

A target returns normally or raises a :mod:`newsthread.errors` exception; anything else is a
crash. The strategies build inputs from pieces real pages and documents are made of (dates with
impossible offsets, malformed and code-running URLs, values of the wrong JSON type, YAML front
matter, comment markup, encodings) and let hypothesis mix and mutate them.
"""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Callable

from hypothesis import strategies as st

from newsthread import Article
from newsthread.errors import NewsthreadError
from newsthread.html import from_html, to_html
from newsthread.markdown import from_markdown, from_text, to_markdown
from newsthread.serialize import from_json, read_jsonl, to_json

# -- targets ----------------------------------------------------------------------------------


def round_trips(article: Article) -> None:
    """Write ``article`` in every format and read each back (a refusal is a typed error)."""
    steps: list[Callable[[], object]] = [
        lambda: from_json(to_json(article)),
        lambda: from_json(to_json(article, flat=True)),
        lambda: from_html(to_html(article)),
        lambda: from_markdown(to_markdown(article), quotes=False),
    ]
    for step in steps:
        with contextlib.suppress(NewsthreadError):  # a refusal; anything else is a crash
            step()


def fuzz_html(data: bytes) -> None:
    round_trips(from_html(data, url="https://news.example/2024/01/02/story"))


def fuzz_markdown(data: bytes) -> None:
    round_trips(from_markdown(data))


def fuzz_text(data: bytes) -> None:
    round_trips(from_text(data))


def fuzz_json(data: bytes) -> None:
    round_trips(from_json(data))


def fuzz_jsonl(data: bytes) -> None:
    for article in read_jsonl(io.BytesIO(data)):
        round_trips(article)


TARGETS: dict[str, Callable[[bytes], None]] = {
    "html": fuzz_html,
    "markdown": fuzz_markdown,
    "text": fuzz_text,
    "json": fuzz_json,
    "jsonl": fuzz_jsonl,
}

# -- pieces -------------------------------------------------------------------------------------

DATES = [
    "2025-12-09T14:05:00+80:00",
    "2025-12-09T14:05:00-24:00",
    "2025-12-09 14:05 +9900",
    "2025-12-09T14:05:00Z",
    "9999-12-31T23:59:59-23:59",
    "0001-01-01T00:00:00+23:59",
    "June 3, 2024 10:15 am XYZT",
    "31.12.2019",
    "99999999999999",
    "1733753100",
    "-1",
    "2024-02-30",
    "",
]
URLS = [
    "http://[x/",
    "http://[x]/",
    "http://h:99999/",
    "http://h:port/",
    "javascript:alert(1)",
    " JaVa\tScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:x",
    "//evil.example/x",
    "/relative",
    "#frag",
    "https://news.example/2024/01/02/story",
    "mailto:a@b.example",
    "http://\u0660\u0661.example/",
    "https://ex\u2100ample.com/",
]
WORDS = [
    "said",
    "“",
    "”",
    '"',
    "Rutte",
    "according to",
    "—",
    "\u2028",
    "\x00",
    "\ud7ff",
    "é",
    "<",
    "&",
]


def _pick(items: list[str]) -> st.SearchStrategy[str]:
    return st.sampled_from(items) | st.text(max_size=12)


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """A page of head metadata, body text and a comment list, with hostile values anywhere."""
    date, url, word = _pick(DATES), _pick(URLS), _pick(WORDS)
    ld = json.dumps(
        {
            "@type": draw(st.sampled_from(["NewsArticle", "Article", ["NewsArticle"], 7])),
            "headline": draw(st.one_of(word, st.lists(word, max_size=2), st.integers())),
            "datePublished": draw(st.one_of(date, st.integers(), st.none())),
            "url": draw(url),
            "author": draw(
                st.one_of(word, st.fixed_dictionaries({"name": word, "url": url}), st.none())
            ),
            "commentCount": draw(st.one_of(st.integers(), word)),
        }
    )
    head = [
        f'<script type="application/ld+json">{ld}</script>',
        f'<meta property="article:published_time" content="{draw(date)}">',
        f'<link rel="canonical" href="{draw(url)}">',
        f'<meta property="og:url" content="{draw(url)}">',
        f'<base href="{draw(url)}">',
    ]
    paragraph = "<p>" + " ".join(draw(st.lists(word, min_size=8, max_size=30))) + "</p>"
    body = [
        f"<h1>{draw(word)}</h1>",
        f'<time datetime="{draw(date)}">{draw(word)}</time>',
        paragraph.replace(" ", f' <a href="{draw(url)}">{draw(word)}</a> ', 1),
        paragraph,
    ]
    comment = (
        '<li class="comment" id="comment-{n}"><div class="comment-author">'
        '<a href="{url}">{word}</a></div><time datetime="{date}">{word}</time>'
        '<div class="comment-content"><p>{word} {word} {word}</p></div>{replies}</li>'
    )
    comments = "".join(
        comment.format(
            n=draw(st.integers(0, 3)),
            url=draw(url),
            word=draw(word),
            date=draw(date),
            replies=draw(st.sampled_from(["", '<ul class="children"></ul>'])),
        )
        for _ in range(draw(st.integers(0, 4)))
    )
    parts = draw(st.permutations([*head, *body]))
    return (
        "<html><head>"
        + "".join(parts[: len(head)])
        + "</head><body><article>"
        + "".join(parts[len(head) :])
        + f'</article><ol class="commentlist">{comments}</ol></body></html>'
    )


@st.composite
def markdown_documents(draw: st.DrawFn) -> str:
    date, url, word = _pick(DATES), _pick(URLS), _pick(WORDS)
    front = [
        f"title: {draw(word)!r}",
        f"published: {draw(date)}",
        f"url: {draw(url)!r}",
        f"tags: {draw(st.sampled_from(['[a, b]', 'abc', '{x: 1}', '7', '&a [1, *a]']))}",
        f"authors: {draw(st.sampled_from(['- name: x', '[{name: x, url: y}]', '{}', 'null']))}",
        f"comments: {draw(st.sampled_from(['3', 'many', '-1', 'true', '1.5']))}",
    ]
    lines = draw(st.lists(st.sampled_from(front), max_size=6))
    body = [
        f"# {draw(word)}",
        f"{draw(word)} [{draw(word)}]({draw(url)}) {draw(word)}",
        f"> {draw(word)}",
        f"- {draw(word)}\n  - {draw(word)}",
        f"<{draw(url)}>",
        "## Comments",
        f"**{draw(word)}** · {draw(date)}\n\n{draw(word)}",
        f"    - {draw(word)} said {draw(word)}",
        "---",
    ]
    head = "---\n" + "\n".join(lines) + "\n---\n\n" if draw(st.booleans()) else ""
    return head + "\n\n".join(draw(st.lists(st.sampled_from(body), max_size=10)))


def _json_values() -> st.SearchStrategy[object]:
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**70), 2**70),
        st.floats(),
        st.sampled_from(DATES + URLS),
        st.text(max_size=8),
    )
    return st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
        ),
        max_leaves=6,
    )


FIELDS = ["id", "title", "text", "url", "published", "score", "status", "author", "tags", "replies",
          "comments", "quotes", "speaker", "speakers", "links", "start", "end", "type", "extra",
          "more_count", "level", "ordered", "indent", "schema_version", "body", "node", "parent"]  # fmt: skip


@st.composite
def json_documents(draw: st.DrawFn) -> dict[str, object]:
    """A document shaped like newsthread's, nested or flat, with values of any type."""
    value = _json_values()

    def node() -> dict[str, object]:
        return draw(st.dictionaries(st.sampled_from(FIELDS), value, max_size=5))

    comment = {"id": draw(st.text(max_size=3)), **node()}
    if draw(st.booleans()):
        comment["replies"] = [{"id": draw(st.text(max_size=3)), **node()}]
    if draw(st.booleans()):
        records = [{"node": 0, "parent": None, "type": "article"}]
        records += [
            {"node": n, "parent": draw(st.integers(-1, n)), "type": draw(st.sampled_from(
                ["comment", "paragraph", "quote", "heading", "article", "x"])), **node()}
            for n in range(1, draw(st.integers(1, 4)))
        ]  # fmt: skip
        return {"schema_version": draw(st.sampled_from([1, 1, 1.0, True, "1"])), "records": records}
    return {
        "schema_version": draw(st.sampled_from([1, 1, 1.0, True])),
        **node(),
        "comments": [comment],
        "body": [{"type": draw(st.sampled_from(["paragraph", "heading", "x"])), **node()}],
    }


def encoded(texts: st.SearchStrategy[str]) -> st.SearchStrategy[bytes]:
    """Text as bytes in an encoding pages and corpora use, sometimes cut or corrupted."""
    encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "latin-1", "cp1252"])

    def encode(text: str, encoding: str, cut: int) -> bytes:
        data = text.encode(encoding, "replace")
        return data[: len(data) - cut] if cut < len(data) else data

    return st.builds(encode, texts, encodings, st.integers(0, 3))


INPUTS: dict[str, st.SearchStrategy[bytes]] = {
    "html": encoded(html_pages() | st.text(max_size=200)) | st.binary(max_size=300),
    "markdown": encoded(markdown_documents() | st.text(max_size=200)) | st.binary(max_size=200),
    "text": encoded(markdown_documents() | st.text(max_size=200)),
    "json": encoded(json_documents().map(json.dumps)) | st.binary(max_size=100),
    "jsonl": encoded(
        st.lists(json_documents().map(json.dumps), max_size=3).map("\n".join)
        | st.lists(
            st.sampled_from(["", "{", "null", "[]", '{"schema_version":1}']), max_size=4
        ).map("\n".join)
    ),
}
