"""Markdown import/export speed against markdown-it-py's own parse of the same text.

Run from the repository root:  PYTHONPATH=src python benchmarks/markdown_bench.py
Figures and the machine: benchmarks/markdown.md.
"""

from __future__ import annotations

import gc
import random
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


if __name__ == "__main__":
    main()
