"""Comment-thread extraction on the dev pages: snippets found, thread shape, speed, against trafilatura.

Run from the repository root (reads ``../shared/devdata/html``)::

    PYTHONPATH=src python benchmarks/html_comments_bench.py [--markdown] [--platforms] [--scaling]

Pages: the README's starting set of 30 nested-thread pages and every page with
``comments`` snippets in ``annotations.json``. A snippet counts as found when its
whitespace-normalised text occurs in the text of the comments found (for
trafilatura: in its comments output, ``include_comments=True``). Speed compares
the bare lexbor parse, the parse plus ``extract_comments``, and trafilatura's
``extract`` with comments on the same decoded text.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import time
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from newsthread._decode import decode_bytes
from newsthread.html import extract_comments
from newsthread.model import Article, CommentStatus
from newsthread.thread import thread_stats

DEVDATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "devdata" / "html"
README_SET = re.compile(r"^\| \d+ \| `([^`]+)` \|", re.M)


def norm(text: str) -> str:
    return " ".join(text.split()).lower()


def pages() -> tuple[list[str], dict[str, list[str]]]:
    annotations = json.loads((DEVDATA / "annotations.json").read_text(encoding="utf-8"))
    snippets = {a["file"]: a.get("comments") or [] for a in annotations}
    start = README_SET.findall((DEVDATA / "README.md").read_text(encoding="utf-8"))
    names = list(dict.fromkeys(start + [f for f, s in snippets.items() if s]))
    return names, snippets


def half(name: str) -> str:
    """The stable development half of a page: A (develop) or B (check), by the SHA-1 of its name."""
    return "A" if hashlib.sha1(name.encode()).digest()[0] % 2 == 0 else "B"


def main() -> None:
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - the peer is optional
        trafilatura = None
    markdown = "--markdown" in sys.argv
    names, snippets = pages()
    rows = []
    totals = {"snip": 0, "ours": 0, "traf": 0, "body_leak": 0}
    t_parse = t_ours = t_traf = 0.0
    halves: dict[str, list[int]] = {}
    for name in names:
        raw = (DEVDATA / "pages" / name).read_bytes()
        text = decode_bytes(raw)
        t0 = time.perf_counter()
        LexborHTMLParser(text)
        t1 = time.perf_counter()
        doc = LexborHTMLParser(text)
        section = extract_comments(doc)
        t2 = time.perf_counter()
        t_parse += t1 - t0
        t_ours += t2 - t1
        article = Article(comments=section.comments)
        stats = thread_stats(article)
        # Annotators also picked author names from the comment headers.
        found_text = norm(
            " ".join(
                f"{c.author.name if c.author else ''} {c.text}" for c in article.iter_comments()
            )
        )
        traf_text = ""
        if trafilatura is not None:
            t3 = time.perf_counter()
            result = trafilatura.bare_extraction(text, include_comments=True, with_metadata=False)
            t_traf += time.perf_counter() - t3
            comments = getattr(result, "comments", None) if result is not None else None
            if isinstance(result, dict):
                comments = result.get("comments")
            traf_text = norm(comments or "")
        snips = [norm(s) for s in snippets.get(name, []) if s.strip()]
        ours = sum(1 for s in snips if s in found_text)
        traf = sum(1 for s in snips if s in traf_text)
        for key in (half(name), "all"):
            per_half = halves.setdefault(key, [0] * 8)
            per_half[0] += 1
            per_half[1] += len(snips)
            per_half[2] += ours
            per_half[3] += traf
            shown = [c for c in article.iter_comments() if c.status is not CommentStatus.MORE]
            per_half[4] += len(shown)
            per_half[5] += sum(1 for c in shown if c.author is not None)
            per_half[6] += section.declared_count is not None and bool(shown)
            per_half[7] += section.declared_count == len(shown) and bool(shown)
        totals["snip"] += len(snips)
        totals["ours"] += ours
        totals["traf"] += traf
        rows.append(
            (name, stats.comments, stats.top_level, max(stats.max_depth - 1, 0), section.declared_count,
             f"{ours}/{len(snips)}", f"{traf}/{len(snips)}", (t2 - t1) * 1000)
        )  # fmt: skip
    header = (
        "page",
        "comments",
        "top-level",
        "max depth",
        "declared",
        "snippets (ours)",
        "snippets (trafilatura)",
        "ms",
    )
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for r in rows:
            print(
                f"| `{r[0]}` | {r[1]} | {r[2]} | {r[3]} | {r[4] if r[4] is not None else '-'} | {r[5]} | {r[6]} | {r[7]:.1f} |"
            )
    else:
        for r in rows:
            print(*r, sep="\t")
    n = len(names)
    print()
    print(f"pages: {n}, comment snippets: {totals['snip']}")
    print(f"snippets found in comments: newsthread {totals['ours']} ({totals['ours'] / max(totals['snip'], 1):.1%}),"
          f" trafilatura {totals['traf']} ({totals['traf'] / max(totals['snip'], 1):.1%})")  # fmt: skip
    for key in ("A", "B"):
        pages_, snip, ours_, traf_, shown, authored, declared, equal = halves.get(key, [0] * 8)
        print(
            f"half {key}: {pages_} pages, snippets found: newsthread {ours_}/{snip}, trafilatura"
            f" {traf_}/{snip}; comments {shown}, with an author {authored}"
            f" ({authored / max(shown, 1):.1%}); pages whose printed count equals the comments"
            f" found {equal}/{declared}"
        )
    print(
        f"pages with a thread: {sum(1 for r in rows if r[1])}/{n}; comments found: {sum(r[1] for r in rows)}"
    )
    print(
        f"time per page: lexbor parse {t_parse / n * 1000:.2f} ms, extract_comments {t_ours / n * 1000:.2f} ms",
        end="",
    )
    if t_traf:
        print(f", trafilatura.extract with comments {t_traf / n * 1000:.2f} ms")
        print(
            f"extract_comments alone: {t_traf / t_ours:.1f}x trafilatura's pages/s; parse+comments: {t_traf / (t_parse + t_ours):.1f}x"
        )
    else:
        print()


def platforms() -> None:
    """The platform pages: thread shape and time (their README gives the counts to compare with)."""
    print()
    print(
        "| platform page | comments | top-level | max depth | declared | parse ms | comments ms |"
    )
    print("|---|---|---|---|---|---|---|")
    for path in sorted((DEVDATA / "platforms").glob("*.html")):
        text = decode_bytes(path.read_bytes())
        t0 = time.perf_counter()
        doc = LexborHTMLParser(text)
        t1 = time.perf_counter()
        section = extract_comments(doc)
        t2 = time.perf_counter()
        stats = thread_stats(Article(comments=section.comments))
        declared = section.declared_count if section.declared_count is not None else "-"
        print(
            f"| `{path.name}` | {stats.comments} | {stats.top_level} | {max(stats.max_depth - 1, 0)} "
            f"| {declared} | {(t1 - t0) * 1000:.1f} | {(t2 - t1) * 1000:.1f} |"
        )


def _wordpress_page(n: int) -> str:
    """A WordPress page (core threaded comments markup) with ``n`` sibling comments."""
    items = "".join(
        f'<li id="comment-{i}" class="comment depth-1"><article id="div-comment-{i}" class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">User {i}</b> '
        f'<span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-{i}">'
        f'<time datetime="2024-05-02T09:30:00+02:00">May 2</time></a></div></footer>'
        f'<div class="comment-content"><p>Comment number {i} text.</p></div><div class="reply">'
        f'<a class="comment-reply-link" href="?replytocom={i}#respond">Reply</a></div></article></li>'
        for i in range(n)
    )
    return (
        "<html><body><article><h1>Title</h1><p>The article.</p></article>"
        f'<div id="comments"><h2>{n} Comments</h2><ol class="comment-list">{items}</ol></div></body></html>'
    )


def scaling(sizes: tuple[int, ...] = (10_000, 20_000, 40_000, 100_000)) -> None:
    """Wide threads: CPU seconds of ``extract_comments`` per size, GC on, and the growth exponent."""
    import math

    print()
    print(
        "| comments | parse s | extract_comments s (CPU) | per comment µs | exponent from previous |"
    )
    print("|---|---|---|---|---|")
    previous: tuple[int, float] | None = None
    for n in sizes:
        page = _wordpress_page(n)
        t0 = time.process_time()
        doc = LexborHTMLParser(page)
        t1 = time.process_time()
        section = extract_comments(doc)
        t2 = time.process_time()
        assert len(section.comments) == n
        took = t2 - t1
        growth = (
            f"{math.log(took / previous[1]) / math.log(n / previous[0]):.2f}" if previous else "-"
        )
        print(f"| {n:,} | {t1 - t0:.2f} | {took:.2f} | {took / n * 1e6:.0f} | {growth} |")
        previous = (n, took)


if __name__ == "__main__":
    if "--scaling" in sys.argv:
        scaling()
        sys.exit()
    main()
    if "--platforms" in sys.argv:
        platforms()
