"""Benchmark: newsthread's to_html against peers on big and deep threads.

Run from the repository root:

    PYTHONPATH=src python benchmarks/html_export_bench.py

Cases: an article with 10,000 comments (a random, realistic thread; texts from the
seed page's comments), a 10,000-deep and a 100,000-deep reply chain. Peers, on the
same data in the same run, each producing the thread as escaped nested lists:

- jinja2 (autoescape, a ``recursive`` loop: the idiomatic way to render a thread);
- lxml.html (build the element tree without recursion, serialise with ``tostring``);
- a floor: ``html.escape`` of every text and nothing else.

Each figure is the best of ``--repeat`` runs (default 3).
"""

from __future__ import annotations

import argparse
import html
import platform
import random
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from newsthread import Article, Author, Comment, Paragraph
from newsthread.html import to_html

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_733874207dc7091d.txt"


def seed_texts() -> list[str]:
    """Comment-sized texts from the seed page (its six comments), or stand-ins without it."""
    if SEED.exists():
        lines = SEED.read_text(encoding="utf-8").split("6 COMMENTS", 1)[-1].splitlines()
        paras = [ln.strip(" •0123456789.") for ln in lines if len(ln.strip()) > 60]
        if paras:
            return paras
    return ["A comment with <b>markup</b> & an ampersand, of a realistic length. " * 4]


def wide_article(n: int, rng: random.Random) -> Article:
    texts = seed_texts()
    start = datetime(2025, 3, 4, 12, 0, tzinfo=UTC)
    everyone: list[Comment] = []
    top: list[Comment] = []
    for i in range(n):
        paras = rng.randint(1, 3)
        text = "\n\n".join(rng.choice(texts) for _ in range(paras))
        comment = Comment(
            id=str(100000 + i),
            author=Author(f"user{rng.randint(1, 900)}", f"https://example.org/u/{i}"),
            published=start + timedelta(minutes=i),
            text=text,
            url=f"https://example.org/article#comment-{100000 + i}",
            score=rng.randint(-3, 40),
        )
        if everyone and rng.random() < 0.7:
            everyone[max(0, len(everyone) - 1 - int(rng.expovariate(0.3)))].add(comment)
        else:
            top.append(comment)
        everyone.append(comment)
    return Article(title="Big thread", body=[Paragraph("Body.")], comments=top)


def chain(depth: int) -> Article:
    node = Comment(id=str(depth - 1), author=Author("a"), text=f"level {depth - 1}")
    for i in range(depth - 2, -1, -1):
        node = Comment(id=str(i), author=Author("a"), text=f"level {i}", replies=[node])
    return Article(title="Deep", comments=[node])


# -- peers ----------------------------------------------------------------------------

JINJA_TEMPLATE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{{ a.title }}</title></head>
<body><article><h1>{{ a.title }}</h1><ol>
{%- for c in a.comments recursive %}
<li id="comment-{{ c.id }}"><p>{% if c.author %}<span>{{ c.author.name }}</span>{% endif %}
{% if c.published %}<time datetime="{{ c.published.isoformat() }}">{{ c.published }}</time>{% endif %}
{% if c.score is not none %}<data value="{{ c.score }}">{{ c.score }}</data>{% endif %}</p>
<div>{% for p in c.text.split("\\n\\n") %}<p>{{ p }}</p>{% endfor %}</div>
{%- if c.replies %}<ol>{{ loop(c.replies) }}</ol>{% endif %}</li>
{%- endfor %}
</ol></article></body></html>"""


def jinja_peer() -> Callable[[Article], str] | None:
    try:
        import jinja2
    except ImportError:
        return None
    env = jinja2.Environment(autoescape=True)
    template = env.from_string(JINJA_TEMPLATE)
    return lambda a: template.render(a=a)


def lxml_peer() -> Callable[[Article], str] | None:
    try:
        import lxml.html
        from lxml import etree
    except ImportError:
        return None

    def render(a: Article) -> str:
        root = etree.Element("html")
        body = etree.SubElement(root, "body")
        art = etree.SubElement(body, "article")
        etree.SubElement(art, "h1").text = a.title
        top = etree.SubElement(art, "ol")
        stack: list[tuple[Comment, etree._Element]] = [(c, top) for c in reversed(a.comments)]
        while stack:
            c, into = stack.pop()
            li = etree.SubElement(into, "li", id=f"comment-{c.id}")
            meta = etree.SubElement(li, "p")
            if c.author is not None:
                etree.SubElement(meta, "span").text = c.author.name
            if c.published is not None:
                etree.SubElement(meta, "time", datetime=c.published.isoformat()).text = str(
                    c.published
                )
            if c.score is not None:
                etree.SubElement(meta, "data", value=str(c.score)).text = str(c.score)
            div = etree.SubElement(li, "div")
            for p in c.text.split("\n\n"):
                etree.SubElement(div, "p").text = p
            if c.replies:
                ol = etree.SubElement(li, "ol")
                stack.extend((r, ol) for r in reversed(c.replies))
        return "<!DOCTYPE html>" + lxml.html.tostring(root, encoding="unicode")

    return render


def escape_floor(a: Article) -> str:
    parts = []
    for c in a.iter_comments():
        parts.append(html.escape(c.text))
        if c.author is not None:
            parts.append(html.escape(c.author.name))
    return "".join(parts)


def best_of(fn: Callable[[Article], str], article: Article, repeat: int) -> tuple[float, int] | str:
    best = float("inf")
    size = 0
    for _ in range(repeat):
        try:
            t0 = time.perf_counter()
            out = fn(article)
            best = min(best, time.perf_counter() - t0)
            size = len(out.encode("utf-8"))
        except RecursionError:
            return "RecursionError"
        except Exception as exc:  # a peer failing is a result, not a crash of the benchmark
            return f"{type(exc).__name__}: {str(exc)[:60]}"
    return best, size


def depth(article: Article) -> int:
    """The thread's depth, without recursion."""
    deepest = 0
    stack = [(c, 1) for c in article.comments]
    while stack:
        c, d = stack.pop()
        deepest = max(deepest, d)
        stack.extend((r, d + 1) for r in c.replies)
    return deepest


def parse_time(page: str) -> float | None:
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError:
        return None
    t0 = time.perf_counter()
    LexborHTMLParser(page)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--comments", type=int, default=10_000)
    ap.add_argument("--deep", type=int, default=100_000)
    args = ap.parse_args()

    print(
        f"python {platform.python_version()} on {platform.machine()}, recursion limit {sys.getrecursionlimit()}"
    )
    cases = [
        (f"{args.comments:,} comments", wide_article(args.comments, random.Random(4))),
        ("10,000-deep chain", chain(10_000)),
        (f"{args.deep:,}-deep chain", chain(args.deep)),
    ]
    lxml_render = lxml_peer()
    peers: list[tuple[str, Callable[[Article], str] | None]] = [
        ("newsthread to_html", to_html),
        ("jinja2 (recursive loop)", jinja_peer()),
        ("lxml.html tree + tostring", lxml_render),
        ("floor: html.escape only", escape_floor),
    ]
    print()
    print("| case | exporter | time (s) | comments/s | output (MB) | vs to_html |")
    print("|---|---|---:|---:|---:|---:|")
    for label, article in cases:
        n = sum(1 for _ in article.iter_comments())
        ours: float | None = None
        for name, fn in peers:
            if fn is None:
                print(f"| {label} | {name} | not installed | | | |")
                continue
            if fn is lxml_render and depth(article) > 10_000:
                # Building and serialising a deep lxml tree is quadratic: 30 s at 10,000
                # levels and 263 s at 20,000 in our first run; 100,000 would take hours.
                print(f"| {label} | {name} | skipped: quadratic in depth | | | |")
                continue
            result = best_of(fn, article, args.repeat)
            if isinstance(result, str):
                print(f"| {label} | {name} | fails: {result} | | | |")
                continue
            seconds, size = result
            if ours is None:
                ours = seconds
            ratio = seconds / ours
            print(
                f"| {label} | {name} | {seconds:.3f} | {n / seconds:,.0f} | {size / 1e6:.1f} | {ratio:.2f}x |"
            )
        page = to_html(article)
        parsed = parse_time(page)
        if parsed is not None:
            print(f"| {label} | (selectolax parse of our page) | {parsed:.3f} | | | |")


if __name__ == "__main__":
    main()
