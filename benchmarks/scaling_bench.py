"""How the time of every importer and exporter grows with its input: linear time as a measured property.

Each step runs at two sizes ten times apart on five shapes of input (wide threads, deep reply
chains, long lines, many quotes, many links) and reports the growth exponent
``log10(t(10n) / t(n))``: 1.0 is linear, 2.0 quadratic. A step above ~1.15 is a defect (the
noise of this shared machine is about +-0.1). Best of ``--repeat`` runs, the garbage collector
on, as users run.

    PYTHONPATH=src python benchmarks/scaling_bench.py             # every shape and step
    PYTHONPATH=src python benchmarks/scaling_bench.py --shape wide --scale 0.5

Foreign inputs (a WordPress-style page, a plain-text thread, Markdown without front matter) are
written by this script, so that the importers' extraction runs, not only their reading of
newsthread's own output.
"""

from __future__ import annotations

import argparse
import gc
import io
import math
import time
from collections.abc import Callable
from typing import Any

from newsthread import Article, Comment, Link, Paragraph, build_thread, serialize
from newsthread.html import from_html, to_html
from newsthread.markdown import from_markdown, from_text, to_markdown
from newsthread.quotes import annotate
from newsthread.serialize import from_json, read_jsonl, to_json, write_jsonl

SENTENCE = "The minister said the plan would work, and critics said it would not. "
QUOTE = "“We will deliver this plan on time,” Maria Jansen, the minister, said. "


# -- inputs -----------------------------------------------------------------------------------


def wide(n: int) -> Article:
    comments = [Comment(id=f"c{i}", text=f"comment {i} " + SENTENCE) for i in range(n)]
    return Article(title="wide", body=[Paragraph(SENTENCE)], comments=comments)


def deep(n: int) -> Article:
    records = [
        (Comment(id=f"c{i}", text=f"reply {i}"), f"c{i - 1}" if i else None) for i in range(n)
    ]
    return Article(title="deep", body=[Paragraph(SENTENCE)], comments=build_thread(records))


def long_line(n: int) -> Article:
    text = (SENTENCE * (n // len(SENTENCE) + 1))[:n]
    return Article(title="long", body=[Paragraph(text)], comments=[Comment(id="c", text=text)])


def many_quotes(n: int) -> Article:
    """A paragraph of ``n`` attributed quotes, found (so the exporters write ``n`` Quote nodes)."""
    return annotate(Article(title="quotes", body=[Paragraph(QUOTE * n)]))


def many_links(n: int) -> Article:
    word = "link "
    text = word * n
    links = [Link(i * len(word), i * len(word) + 4, f"https://a.example/{i}") for i in range(n)]
    return Article(title="links", body=[Paragraph(text, links=links)])


SHAPES: dict[str, tuple[Callable[[int], Article], int]] = {
    "wide": (wide, 2_000),
    "deep": (deep, 400),
    "long line": (long_line, 200_000),
    "many quotes": (many_quotes, 200),
    "many links": (many_links, 2_000),
}


def wordpress_page(article: Article) -> str:
    """A foreign page: the body as paragraphs, the thread as a WordPress comment list."""
    parts = ["<!doctype html><html><head><title>T</title></head><body><article><h1>T</h1>"]
    for block in article.body:
        text, pos = block.text, 0
        out = []
        for link in block.links:
            out.append(text[pos : link.start])
            out.append(f'<a href="{link.url}">{text[link.start : link.end]}</a>')
            pos = link.end
        out.append(text[pos:])
        parts.append(f"<p>{''.join(out)}</p>")
    parts.append('</article><ol class="commentlist">')
    todo: list[Any] = [*reversed(article.comments)]
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        parts.append(
            f'<li class="comment" id="comment-{item.id}"><div class="comment-author">'
            f'<cite class="fn">user</cite></div><div class="comment-content"><p>{item.text}</p></div>'
        )
        if item.replies:
            todo.append("</ol></li>")
            todo.extend(reversed(item.replies))
            todo.append('<ol class="children">')
        else:
            parts.append("</li>")
    parts.append("</ol></body></html>")
    return "".join(parts)


def plain_text(article: Article) -> str:
    """A foreign text page: the body, then the thread with indented replies."""
    lines = [article.title or "", "", *(b.text for b in article.body), "", "Comments", ""]
    todo = [(c, 0) for c in reversed(article.comments)]
    while todo:
        comment, depth = todo.pop()
        indent = "  " * min(depth, 40)
        lines += [f"{indent}user{comment.id}", f"{indent}{comment.text}", ""]
        todo.extend((r, depth + 1) for r in reversed(comment.replies))
    return "\n".join(lines)


def foreign_markdown(article: Article) -> str:
    return "# T\n\n" + "\n\n".join(b.text for b in article.body) + "\n"


# -- steps ------------------------------------------------------------------------------------


def pure(step: Callable[[], Any]) -> Callable[[], Any]:
    def run() -> Any:
        saved = serialize._accelerator
        serialize._accelerator = lambda: None  # type: ignore[assignment]
        try:
            return step()
        finally:
            serialize._accelerator = saved  # type: ignore[assignment]

    return run


def steps(article: Article) -> dict[str, Callable[[], Any]]:
    """Every step on one input, prepared so that only the step itself is timed."""
    nested, flat = to_json(article), to_json(article, flat=True)
    lines = io.StringIO()
    write_jsonl([article] * 3, lines)
    jsonl = lines.getvalue()
    page, own_page = wordpress_page(article), to_html(article)
    markdown, text = to_markdown(article), plain_text(article)
    return {
        "to_json (msgspec)": lambda: to_json(article),
        "to_json (pure)": pure(lambda: to_json(article)),
        "to_json flat": lambda: to_json(article, flat=True),
        "from_json (msgspec)": lambda: from_json(nested),
        "from_json (pure)": pure(lambda: from_json(nested)),
        "from_json flat": lambda: from_json(flat),
        "write_jsonl x3": lambda: write_jsonl([article] * 3, io.StringIO()),
        "read_jsonl x3": lambda: list(read_jsonl(io.StringIO(jsonl))),
        "to_html": lambda: to_html(article),
        "from_html (own export)": lambda: from_html(own_page),
        "from_html (foreign page)": lambda: from_html(page, quotes=False),
        "to_markdown": lambda: to_markdown(article),
        "from_markdown": lambda: from_markdown(markdown, quotes=False),
        "from_markdown (foreign)": lambda: from_markdown(foreign_markdown(article), quotes=False),
        "from_text": lambda: from_text(text, quotes=False),
        "quotes (annotate)": lambda: annotate(from_json(nested)),
    }


def best(step: Callable[[], Any], repeat: int) -> float:
    """CPU seconds per call: the best of ``repeat`` batches, each long enough (>= 50 ms) to time.

    CPU time of this process, not wall time: on a shared machine the other jobs' load would
    otherwise land in one size and not the other.
    """
    gc.collect()
    start = time.process_time()
    step()
    once = time.process_time() - start
    calls = max(1, int(0.05 / once)) if once > 0 else 1000
    times = [once] if calls == 1 else []
    for _ in range(repeat if calls > 1 else repeat - 1):
        gc.collect()
        start = time.process_time()
        for _ in range(calls):
            step()
        times.append((time.process_time() - start) / calls)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description="growth exponents of every importer and exporter")
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES))
    parser.add_argument("--step", action="append", help="only steps whose name contains this")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply the base sizes")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print("| shape | step | n | t(n) ms | t(10n) ms | exponent |")
    print("|---|---|---:|---:|---:|---:|")
    flagged = []
    for shape in args.shape or list(SHAPES):
        make, base = SHAPES[shape]
        n = max(1, int(base * args.scale))
        small, large = steps(make(n)), steps(make(10 * n))
        for name in small:
            if args.step and not any(part in name for part in args.step):
                continue
            try:
                t1 = best(small[name], args.repeat)
                t2 = best(large[name], args.repeat)
            except Exception as error:  # a refusal (e.g. nesting too deep) is reported, not fatal
                print(f"| {shape} | {name} | {n:,} | {type(error).__name__}: {error} | | |")
                continue
            exponent = math.log10(t2 / t1) if t1 > 0 else float("nan")
            mark = " **!**" if exponent > 1.15 else ""
            if mark:
                flagged.append((shape, name, exponent))
            print(
                f"| {shape} | {name} | {n:,} | {t1 * 1000:.1f} | {t2 * 1000:.1f} | "
                f"{exponent:.2f}{mark} |",
                flush=True,
            )
    print()
    for shape, name, exponent in flagged:
        print(f"super-linear: {name} on {shape}: exponent {exponent:.2f}")


if __name__ == "__main__":
    main()
