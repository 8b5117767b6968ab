"""Safe output: front matter no Markdown renderer executes, and exported pages that stay inert
in a real browser (headless Chromium, skipped when it is not installed)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from selectolax.lexbor import LexborHTMLParser

from newsthread import Article, Author, Comment, Link, Paragraph, Quote, Speaker
from newsthread.html import to_html
from newsthread.markdown import from_markdown, to_markdown
from test_html_export_xss import TEXT_VECTORS

# What CommonMark makes of front matter it does not know: a thematic break, paragraphs, a
# setext heading, lists, emphasis. Raw HTML, links and images would add other elements.
RENDERED_TAGS = {
    *("html", "head", "body", "hr", "p", "br", "ul", "ol", "li", "blockquote", "pre", "code"),
    *("em", "strong", "h1", "h2", "h3", "h4", "h5", "h6"),
}
# Attributes CommonMark itself writes on those (a list's start, a fence's language).
RENDERED_ATTRIBUTES = {"start", "class"}


def rendered(markdown: str) -> LexborHTMLParser:
    """The page a renderer that shows front matter (raw HTML on) makes of ``markdown``."""
    return LexborHTMLParser(MarkdownIt("commonmark").render(markdown))


def front_matter(markdown: str) -> str:
    return markdown[: markdown.index("\n---\n", 4) + 5]


def hostile_metadata(payload: str) -> Article:
    return Article(
        title=payload,
        summary=payload,
        canonical_url=f"https://a.example/?q={payload}",
        url=f"https://a.example/{payload}",
        authors=[Author(payload, f"https://a.example/{payload}"), Author(payload)],
        site_name=payload,
        section=payload,
        tags=[payload, "plain"],
        language=payload,
        extra={"front_matter": {payload: payload, "list": [payload]}},
    )


def assert_inert(page: LexborHTMLParser) -> None:
    for node in page.root.traverse() if page.root is not None else ():
        if node.tag in {"-text", "-comment"}:
            continue
        assert node.tag in RENDERED_TAGS, node.html
        assert set(node.attributes) <= RENDERED_ATTRIBUTES, node.html


@pytest.mark.parametrize("payload", [v for v in TEXT_VECTORS if "\ud800" not in v])
def test_front_matter_is_inert_in_a_renderer_that_shows_it(payload: str) -> None:
    article = hostile_metadata(payload)
    markdown = to_markdown(article)
    assert_inert(rendered(front_matter(markdown)))
    back = from_markdown(markdown, quotes=False)
    assert (back.title, back.site_name, back.tags) == (article.title, payload, [payload, "plain"])
    assert back.authors == article.authors


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("<>&[]`\"'()!:/=\\ \n-#*_ascriptjv"), max_size=40))
def test_front_matter_of_any_markup_characters_is_inert_and_read_back(payload: str) -> None:
    article = Article(title=payload, section=payload)
    markdown = to_markdown(article)
    assert_inert(rendered(front_matter(markdown)))
    back = from_markdown(markdown, quotes=False)
    assert (back.title, back.section) == (payload, payload)


def test_markup_characters_are_escaped_in_front_matter_only_inside_quotes() -> None:
    markdown = to_markdown(Article(title="<b>x</b> & [y]", tags=["a", "<t>"]))
    assert front_matter(markdown) == (
        "---\n"
        "generator: newsthread\n"
        'title: "\\x3Cb\\x3Ex\\x3C/b\\x3E \\x26 \\x5By\\x5D"\n'
        "tags:\n"
        "- a\n"
        '- "\\x3Ct\\x3E"\n'
        "---\n"
    )


# -- in a real browser ----------------------------------------------------------------------

CHROMIUM = next(
    (p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p),
    None,
)
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")

# A script that runs writes this attribute; it is never in the page's own text, because
# the payload spells it in two pieces.
MARK = 'document.documentElement.setAttribute("data-x"+"ss","ran")'
MARKED = 'data-xss="ran"'
CSP = re.compile(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n')


def armed(vector: str) -> str:
    return vector.replace("alert(1)", MARK).replace("alert&#40;1&#41;", MARK)


def dom_after_load(page: str, tmp_path: Path, name: str) -> str:
    """The DOM headless Chromium holds once ``page`` has loaded (scripts, if any, have run)."""
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    assert CHROMIUM is not None
    result = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--virtual-time-budget=2000",
            "--dump-dom",
            path.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def hostile_article(vectors: list[str]) -> Article:
    body: list[Paragraph] = []
    comments: list[Comment] = []
    speakers: list[Speaker] = []
    for index, vector in enumerate(vectors):
        speaker = Speaker(id=f"s{index}{vector}", name=vector, role=vector, aliases=[vector])
        speakers.append(speaker)
        text = f"{vector} said {vector}"
        body.append(
            Paragraph(
                text,
                links=[Link(0, len(vector), f"https://a.example/{vector}")],
                quotes=[Quote(text=vector, speaker=speaker, cue=vector, start=0, end=len(vector))],
            )
        )
        comments.append(
            Comment(
                id=f"c{index}{vector}",
                author=Author(vector, f"https://a.example/{vector}"),
                text=text,
                url=f"https://a.example/c/{vector}",
                in_reply_to=vector,
                extra={vector: vector},
            )
        )
    joined = " ".join(vectors)
    return Article(
        title=joined,
        summary=joined,
        site_name=joined,
        section=joined,
        tags=vectors,
        authors=[Author(v) for v in vectors],
        speakers=speakers,
        body=body,
        comments=comments,
    )


@needs_chromium
def test_the_detector_sees_a_script_that_runs(tmp_path: Path) -> None:
    page = f"<!doctype html><html><body><img src=x onerror='{MARK}'></body></html>"
    assert MARKED in dom_after_load(page, tmp_path, "control.html")


@needs_chromium
def test_to_html_stays_inert_in_chromium_even_without_its_csp(tmp_path: Path) -> None:
    vectors = [armed(v) for v in TEXT_VECTORS]
    page = to_html(hostile_article(vectors))
    assert CSP.search(page) is not None
    dom = dom_after_load(CSP.sub("", page), tmp_path, "export.html")
    assert "nt-article" in dom  # the page loaded
    assert MARKED not in dom


@needs_chromium
def test_markdown_output_rendered_with_raw_html_stays_inert_in_chromium(tmp_path: Path) -> None:
    vectors = [armed(v) for v in TEXT_VECTORS if "\ud800" not in v]
    article = hostile_article(vectors)
    article.url = "https://a.example/story"
    rendered_page = MarkdownIt("commonmark").render(to_markdown(article))
    dom = dom_after_load(f"<!doctype html><html><body>{rendered_page}</body></html>", tmp_path,
                         "markdown.html")  # fmt: skip
    assert MARKED not in dom
