"""Markdown import: speed against markdown-it-py's own parse, and threads found in converters' Markdown.

Run from the repository root::

    PYTHONPATH=src python benchmarks/markdown_bench.py            # speed
    PYTHONPATH=src python benchmarks/markdown_bench.py --quality  # comment threads (see below)

``--quality`` converts the dev pages with comment threads (``devdata/html/platforms/`` and the
README's starting set of nested-thread pages) with each converter (html2text, markdownify,
html-to-markdown, markitdown, pandoc, trafilatura; renderings are cached under
``$NEWSTHREAD_MD_CACHE``, default ``/tmp/newsthread-md-cache``), reads each rendering with
``from_markdown`` and compares the comments with the HTML importer's on the same page (the
ceiling): a comment counts as found when the opening of its text occurs in one comment found
in the Markdown (or that comment's opening in its text), its parent as right when that comment's parent is the Markdown comment found
for the HTML comment's parent (or both are top-level), its author as right when the names agree.
Pages are split by the first byte of the SHA-1 of the file name (even: half A, odd: half B).
Options: ``--limit N`` pages, ``--converter NAME`` (repeatable), ``--pages`` per-page rows.
Figures and the machine: benchmarks/markdown.md.
"""

from __future__ import annotations

import gc
import hashlib
import os
import random
import re
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from markdown_it import MarkdownIt

from newsthread import Article, Author, Comment, Paragraph
from newsthread.markdown import from_markdown, from_text, to_markdown

DEVDATA = Path("../shared/devdata/html")
WORDS = [
    "the",
    "nato",
    "eu",
    "said",
    "rutte",
    "defence",
    "army",
    "*bold*",
    "[link]",
    "1.",
    "#",
    ">",
    "-",
    "<b>",
    "ukraine",
    "europe",
]


def article(n: int, seed: int = 7) -> Article:
    """An article with ``n`` comments: replies to random earlier comments, a few deep chains."""
    rng = random.Random(seed)
    comments: list[Comment] = []
    top: list[Comment] = []
    start = datetime(2024, 6, 3, tzinfo=UTC)
    for i in range(n):
        words = rng.choices(WORDS, k=rng.randint(5, 60))
        text = " ".join(words)
        if rng.random() < 0.3:
            text += "\n\n" + " ".join(rng.choices(WORDS, k=20))
        comment = Comment(
            id=f"comment-{i}",
            author=Author(f"user{rng.randint(0, 500)}"),
            published=start + timedelta(minutes=i),
            text=text,
            url=f"https://example.org/a#comment-{i}",
        )
        if comments and rng.random() < 0.7:
            parent = comments[-1] if rng.random() < 0.5 else rng.choice(comments)
            parent.add(comment)
        else:
            top.append(comment)
        comments.append(comment)
    body = [Paragraph(" ".join(rng.choices(WORDS, k=80))) for _ in range(20)]
    return Article(title="Benchmark", body=body, comments=top, declared_comment_count=n)


def best(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def row(name: str, seconds: float, base: float | None = None) -> None:
    ratio = f"{seconds / base:6.2f}x" if base else ""
    print(f"  {name:<44} {seconds * 1000:9.1f} ms {ratio}")


def main() -> None:
    md = MarkdownIt("commonmark")
    for n in (1_000, 10_000):
        a = article(n)
        source = to_markdown(a)
        assert from_markdown(source, quotes=False) == a
        print(f"article with {n:,} comments: {len(source) / 1e6:.2f} MB of Markdown")
        parse = best(lambda s=source: md.parse(s))
        imp = best(lambda s=source: from_markdown(s, quotes=False))
        exp = best(lambda a=a: to_markdown(a))
        row("markdown-it-py parse (commonmark)", parse)
        row("newsthread from_markdown", imp, parse)
        row("newsthread to_markdown", exp, imp)
    chain = Article(comments=[Comment(id="0", text="root")])
    node = chain.comments[0]
    for i in range(1, 10_000):
        node = node.add(Comment(id=str(i), text=f"reply {i}"))
    source = to_markdown(chain)
    print("reply chain 10,000 deep")
    parse = best(lambda: md.parse(source), 3)
    row("markdown-it-py parse", parse)
    row("newsthread from_markdown", best(lambda: from_markdown(source, quotes=False), 3), parse)
    big = "word " * 10_000_000
    print("one 50 MB line")
    parse = best(lambda: md.parse(big), 1)
    row("markdown-it-py parse", parse)
    row("newsthread from_markdown", best(lambda: from_markdown(big, quotes=False), 1), parse)
    row("newsthread from_text", best(lambda: from_text(big, quotes=False), 1), parse)
    converted = _converted()
    if converted:
        print(
            f"{len(converted)} devdata pages rendered by markdownify ({sum(map(len, converted)) / 1e6:.1f} MB)"
        )
        parse = best(lambda: [md.parse(t) for t in converted], 3)
        row("markdown-it-py parse", parse)
        row(
            "newsthread from_markdown",
            best(lambda: [from_markdown(t, quotes=False) for t in converted], 3),
            parse,
        )
    for converter, docs in _cached_renderings().items():
        size = sum(map(len, docs)) / 1e6
        print(f"{len(docs)} thread pages rendered by {converter} ({size:.1f} MB)")
        parse = best(lambda d=docs: [md.parse(t) for t in d], 3)
        row("markdown-it-py parse", parse)
        row(
            "newsthread from_markdown",
            best(lambda d=docs: [from_markdown(t, quotes=False) for t in d], 3),
            parse,
        )


def _cached_renderings() -> dict[str, list[str]]:
    """The thread pages as each converter rendered them, where ``--quality`` has cached them."""
    cache = Path(os.environ.get("NEWSTHREAD_MD_CACHE", "/tmp/newsthread-md-cache"))
    out: dict[str, list[str]] = {}
    for converter in CONVERTERS[:-1]:  # trafilatura's Markdown holds no thread
        files = [cache / converter / (page.name + ".md") for page in thread_pages()]
        if all(f.exists() for f in files):
            out[converter] = [f.read_text(encoding="utf-8") for f in files]
    return out


def _converted() -> list[str]:
    """The README's starting set of threaded pages, rendered with markdownify when it is installed."""
    try:
        import markdownify
    except ImportError:
        return []
    readme = DEVDATA / "README.md"
    if not readme.exists():
        return []
    sys.path.insert(0, "src")
    from newsthread._decode import decode_bytes

    names = [
        line.split("`")[1]
        for line in readme.read_text().split("\n")
        if line.startswith("| ") and "`" in line and ".html" in line
    ]
    out = []
    for name in names[:30]:
        page = DEVDATA / "pages" / name
        if page.exists():
            out.append(
                markdownify.markdownify(decode_bytes(page.read_bytes()), heading_style="ATX")
            )
    return out


# --- quality: comment threads in converters' Markdown -------------------------------------

CONVERTERS = ("html2text", "markdownify", "html-to-markdown", "markitdown", "pandoc", "trafilatura")
README_SET = re.compile(r"^\| \d+ \| `([^`]+)` \|", re.M)


def thread_pages() -> list[Path]:
    """The platform pages and the README's starting set of nested-thread pages."""
    platforms = sorted((DEVDATA / "platforms").glob("*.html"))
    start = README_SET.findall((DEVDATA / "README.md").read_text(encoding="utf-8"))
    return platforms + [DEVDATA / "pages" / name for name in start]


def half(path: Path) -> str:
    return "A" if hashlib.sha1(path.name.encode()).digest()[0] % 2 == 0 else "B"


def convert(converter: str, html: str) -> str:
    """``html`` rendered as Markdown by ``converter`` (the options scrapers use)."""
    if converter == "html2text":
        import html2text

        h = html2text.HTML2Text()
        h.body_width = 0
        return str(h.handle(html))
    if converter == "markdownify":
        import markdownify

        return str(markdownify.markdownify(html, heading_style="ATX"))
    if converter == "html-to-markdown":
        import html_to_markdown

        # the defaults: HTML preprocessing removes forms, navigation and <header>s (old
        # Reddit's comment texts, SMF posts), see benchmarks/markdown.md
        return str(html_to_markdown.convert(html).content)
    if converter == "markitdown":
        import io

        from markitdown import MarkItDown

        data = io.BytesIO(html.encode("utf-8"))
        return str(MarkItDown().convert_stream(data, file_extension=".html").text_content)
    if converter == "pandoc":
        done = subprocess.run(
            ["pandoc", "-f", "html", "-t", "gfm", "--wrap=none"],
            input=html.encode("utf-8"),
            capture_output=True,
            check=True,
            timeout=300,
        )
        return done.stdout.decode("utf-8")
    if converter == "trafilatura":
        import trafilatura

        out = trafilatura.extract(
            html, output_format="markdown", include_comments=True, include_links=True
        )
        return out or ""
    raise ValueError(converter)


def rendering(converter: str, page: Path, html: str) -> str:
    cache = Path(os.environ.get("NEWSTHREAD_MD_CACHE", "/tmp/newsthread-md-cache")) / converter
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / (page.name + ".md")
    if not target.exists():
        target.write_text(convert(converter, html), encoding="utf-8")
    return target.read_text(encoding="utf-8")


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _name(author: object) -> str:
    return _words(getattr(author, "name", "") or "")


def _up(comment: Comment) -> Comment | None:
    parent = comment.parent
    return parent if isinstance(parent, Comment) else None


def score(reference: list[Comment], found: list[Comment]) -> tuple[int, int, int, int]:
    """(matched, parent right, author right, parent and author right) of ``reference`` in ``found``."""
    texts = [_words(c.text) for c in found]
    names = [_name(c.author) for c in found]
    used: set[int] = set()
    match: dict[int, Comment] = {}
    for ref in reference:
        whole = _words(ref.text)
        key = whole[:60]
        if not key:
            continue
        best: int | None = None
        best_rank = (True, 0)
        name = _name(ref.author)
        for i, text in enumerate(texts):
            # either opening in the other text: the HTML importer keeps vote counts and button
            # labels in some texts that a Markdown reader drops as chrome, and the other way round
            same = key in text or (len(text) >= 12 and text[:60] in whole)
            if i in used or not same:
                continue
            # among texts that open alike (a reply quoting the comment above), the one by the
            # same author, then the shortest
            rank = (names[i] != name, len(text))
            if best is None or rank < best_rank:
                best, best_rank = i, rank
        if best is not None:
            used.add(best)
            match[id(ref)] = found[best]
    parent = author = both = 0
    for ref in reference:
        got = match.get(id(ref))
        if got is None:
            continue
        up, got_up = _up(ref), _up(got)
        p_ok = got_up is None if up is None else got_up is not None and match.get(id(up)) is got_up
        a_ok = _name(ref.author) == _name(got.author)
        parent += p_ok
        author += a_ok
        both += p_ok and a_ok
    return len(match), parent, author, both


# Where the HTML importer's reading (the reference) was checked by hand against the page and is
# wrong: author names as the page shows them (a role badge glued to the name by the importer).
HAND_CHECKED_AUTHORS = {
    "lady50plus.de.sekre.html": {"Martina BergAutor": "Martina Berg"},
}


def _hand_checked(name: str, reference: list[Comment]) -> None:
    fixes = HAND_CHECKED_AUTHORS.get(name, {})
    for comment in reference:
        if comment.author is not None and comment.author.name in fixes:
            comment.author = Author(fixes[comment.author.name], comment.author.url)


def quality(limit: int | None, converters: list[str], per_page: bool) -> None:
    from selectolax.lexbor import LexborHTMLParser

    from newsthread._decode import decode_bytes
    from newsthread.html import extract_comments

    pages = thread_pages()[:limit]
    refs: dict[Path, list[Comment]] = {}
    htmls: dict[Path, str] = {}
    for page in pages:
        html = decode_bytes(page.read_bytes())
        htmls[page] = html
        section = extract_comments(LexborHTMLParser(html))
        refs[page] = list(Article(comments=section.comments).iter_comments())
        _hand_checked(page.name, refs[page])
    print(
        "| converter | half | pages | comments (HTML) | found | parent right | author right | both right |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for h in ("A", "B", "all"):
        chosen = [p for p in pages if h in ("all", half(p))]
        n = sum(len(refs[p]) for p in chosen)
        cells = " | ".join([f"{n} (100%)"] * 4)
        print(f"| HTML importer (reference) | {h} | {len(chosen)} | {n} | {cells} |")
    for conv in converters:
        totals = {"A": [0, 0, 0, 0, 0, 0], "B": [0, 0, 0, 0, 0, 0]}
        for page in pages:
            ref = refs[page]
            md = rendering(conv, page, htmls[page])
            got = list(from_markdown(md, quotes=False).iter_comments())
            m, p, a, b = score(ref, got)
            row_ = totals[half(page)]
            for k, v in enumerate((1, len(ref), m, p, a, b)):
                row_[k] += v
            if per_page:
                print(f"  {conv:<16} {half(page)} {page.name:<52} ref {len(ref):4} md {len(got):4} "
                      f"found {m:4} parent {p:4} author {a:4} both {b:4}")  # fmt: skip
        for h in ("A", "B", "all"):
            n, ref_n, m, p, a, b = (
                [x + y for x, y in zip(totals["A"], totals["B"], strict=True)]
                if h == "all"
                else totals[h]
            )
            cells = " | ".join(f"{x} ({x / max(ref_n, 1):.0%})" for x in (m, p, a, b))
            print(f"| {conv} | {h} | {n} | {ref_n} | {cells} |")


if __name__ == "__main__":
    args = sys.argv[1:]
    if "--quality" in args:
        lim = int(args[args.index("--limit") + 1]) if "--limit" in args else None
        chosen = [args[i + 1] for i, a in enumerate(args) if a == "--converter"] or list(CONVERTERS)
        quality(lim, chosen, "--pages" in args)
    else:
        main()
