"""Quality and speed of HTML import against trafilatura, readability-lxml and newspaper4k.

Run by hand from the repository root::

    PYTHONPATH=src python benchmarks/html_bench.py [--limit N] [--systems newsthread,trafilatura]

Both development sets, scored exactly as ``../shared/tools/html_eval.py`` scores them (its
functions are imported from there):

- ``html``: ``../shared/devdata/html`` (980 pages from trafilatura's evaluation, with
  snippets that must and must not be in the main text): snippet precision/recall/F1;
- ``readability``: ``../shared/devdata/html-readability`` (130 pages of Mozilla
  Readability's tests, with the full expected text): 4-gram shingle F1 (as the
  scrapinghub article-extraction benchmark) and bag-of-words token F1.

Title exact, byline match and publication day as html_eval defines them. Every set is
split in two halves by a hash of the page name (first byte of the SHA-1, even = A): rules
are developed on half A and kept only if half B does not get worse; the tables show both.
Systems run page by page in turn, so the load of the shared machine weighs on all alike;
every system gets the page as text decoded the same way. Speed: pages per second of the
process's CPU time (``--wall`` for the wall clock; CPU time holds better on a loaded
machine) over both sets, each set and each half, newsthread with its comment thread,
metadata and quote annotation on (the ``from_html`` defaults: quotes are found on their
first read, which this benchmark never makes; ``newsthread-eager`` finds them at import,
``quotes=True``), trafilatura with comments and metadata on; GC stays on.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.util
import json
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

EVAL = Path("../shared/tools/html_eval.py")
SETS = {"html": "trafilatura", "readability": "readability"}  # our name -> html_eval's name

Output = dict[str, Any]  # title, author, published, body (html_eval's reading of a result)


def run_newsthread(html: str, url: str | None) -> Output:
    from newsthread.html import from_html

    article = from_html(html, url=url)
    return {
        "title": article.title or "",
        "author": ", ".join(a.name for a in article.authors),
        "published": article.published,
        "body": "\n\n".join(block.text for block in article.body),
        "comments": [c.text for c in article.iter_comments()],
    }


def run_newsthread_eager(html: str, url: str | None) -> Output:
    """``from_html`` with the quotes found at import (``quotes=True``): what reading them costs."""
    from newsthread.html import from_html

    article = from_html(html, url=url, quotes=True)
    return {
        "title": article.title or "",
        "author": ", ".join(a.name for a in article.authors),
        "published": article.published,
        "body": "\n\n".join(block.text for block in article.body),
        "comments": [c.text for c in article.iter_comments()],
    }


def run_trafilatura(html: str, url: str | None) -> Output:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, include_comments=True, with_metadata=True, as_dict=True
    )
    if doc is None:
        return {"title": "", "author": "", "published": None, "body": ""}
    if not isinstance(doc, dict):
        doc = doc.as_dict()
    return {
        "title": doc.get("title") or "",
        "author": (doc.get("author") or "").replace("; ", ", "),
        "published": doc.get("date"),
        "body": doc.get("text") or "",
        "comments": [doc.get("comments") or ""],
    }


def run_readability(html: str, url: str | None) -> Output:
    import lxml.html
    from readability import Document

    document = Document(html, url=url)
    summary = document.summary(html_partial=True)
    text = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
    return {"title": document.short_title() or "", "author": "", "published": None, "body": text}


def run_newspaper(html: str, url: str | None) -> Output:
    import newspaper

    article = newspaper.Article(url or "http://example.com/", fetch_images=False)
    article.download(input_html=html)
    article.parse()
    return {
        "title": article.title or "",
        "author": ", ".join(article.authors),
        "published": article.publish_date,
        "body": article.text or "",
    }


SYSTEMS: dict[str, Callable[[str, str | None], Output]] = {
    "newsthread": run_newsthread,
    "newsthread-eager": run_newsthread_eager,
    "trafilatura": run_trafilatura,
    "readability-lxml": run_readability,
    "newspaper4k": run_newspaper,
}


def _time_stages(clock: Callable[[], float]) -> dict[str, float]:
    """Wrap the stages of ``from_html`` so each adds up its own time (filled in as pages run)."""
    import newsthread.html as html
    import newsthread.quotes as quotes

    spent: dict[str, float] = {}

    def timed(module: ModuleType, attr: str, stage: str) -> None:
        inner = getattr(module, attr)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = clock()
            try:
                return inner(*args, **kwargs)
            finally:
                spent[stage] = spent.get(stage, 0.0) + clock() - start

        setattr(module, attr, wrapper)

    for attr, stage in (
        ("parse_html", "parse"),
        ("extract_metadata", "metadata"),
        ("extract_comments", "comments"),
        ("extract_body", "body"),
    ):
        timed(html, attr, stage)
    timed(quotes, "annotate", "quotes")  # from_html imports it when it runs
    return spent


def half(name: str) -> str:
    """The stable development half of a page: A (develop) or B (check)."""
    return "A" if hashlib.sha1(name.encode()).digest()[0] % 2 == 0 else "B"


def load_eval(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("html_eval", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_page(ev: ModuleType, kind: str, page: dict[str, Any], out: Output) -> dict[str, Any]:
    """One page's scores, as html_eval.evaluate computes them."""
    row: dict[str, Any] = {}
    if kind == "readability":
        row["tok"] = ev.token_counts(page["gold_text"], out["body"])
        row["shingle"] = ev.shingle_tp_fp_fn(page["gold_text"], out["body"])
    else:
        row["snip"] = ev.snippet_counts(page, out["body"])
        comments = " ".join(ev.wsnorm(c) for c in out.get("comments", []))
        body = ev.wsnorm(out["body"])
        wanted = [ev.wsnorm(s) for s in page.get("comments", [])]
        row["comments"] = (sum(1 for s in wanted if s in comments and s not in body), len(wanted))
    if (page["title"] or "").strip():
        row["title"] = ev.norm_title(out["title"]) == ev.norm_title(page["title"])
    if (page["author"] or "").strip():
        row["author"] = ev.author_match(page["author"], out["author"])
    if (page["date"] or "").strip():
        row["date"] = ev.date_match(page["date"], out["published"])
    return row


def summarise(ev: ModuleType, kind: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {"pages": len(rows)}
    if kind == "readability":
        tp, n_pred, n_gold = (sum(r["tok"][i] for r in rows) for i in range(3))
        out["tokens_f1"] = ev.prf(tp, n_pred, n_gold)[2]
        out["shingle_p"], out["shingle_r"], out["shingle_f1"] = ev.shingle_metrics(
            [r["shingle"] for r in rows]
        )
    else:
        tp, fp, fn, _tn = (sum(r["snip"][i] for r in rows) for i in range(4))
        out["snippet_p"], out["snippet_r"], out["snippet_f1"] = ev.prf(tp, tp + fp, tp + fn)
        found = sum(r["comments"][0] for r in rows)
        total = sum(r["comments"][1] for r in rows)
        out["comments_found"] = found / total if total else 0.0
    for key in ("title", "author", "date"):
        judged = [r[key] for r in rows if key in r]
        out[key] = sum(judged) / len(judged) if judged else 0.0
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=EVAL, help="path of html_eval.py")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages of each set")
    parser.add_argument("--systems", default=",".join(SYSTEMS))
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--wall", action="store_true", help="time by the wall clock, not the process's CPU time"
    )
    parser.add_argument(
        "--stages",
        action="store_true",
        help="also report newsthread's time per stage (parse, metadata, comments, body, quotes)",
    )
    args = parser.parse_args(argv)
    stage_times = (
        _time_stages(time.perf_counter if args.wall else time.process_time) if args.stages else None
    )
    ev = load_eval(args.eval)
    names = args.systems.split(",")
    warnings.simplefilter("ignore")
    import logging

    logging.disable(logging.CRITICAL)
    pages: list[tuple[str, str, dict[str, Any], str]] = []  # (set, kind, page, html)
    for ours, theirs in SETS.items():
        kind, set_pages = ev.load_set(theirs)
        if kind == "snippets":
            comments = {
                a["file"]: a.get("comments") or []
                for a in json.loads((Path(ev.SETS[theirs]) / "annotations.json").read_text("utf-8"))
            }
            for page in set_pages:
                page["comments"] = comments.get(page["name"], [])
        for page in set_pages[: args.limit or None]:
            with open(page["path"], "rb") as f:
                pages.append((ours, kind, page, ev.decode_page(f.read())))
    rows: dict[str, dict[tuple[str, str], list[dict[str, Any]]]] = {n: {} for n in names}
    spent = dict.fromkeys(names, 0.0)
    # CPU time per system and (set, half): the ratios per set are what the speed goal reads.
    spent_in: dict[str, dict[tuple[str, str], float]] = {n: {} for n in names}
    clock = time.perf_counter if args.wall else time.process_time
    crashes = dict.fromkeys(names, 0)
    for name in names:  # warm-up: lazy imports and caches, not timed, not scored
        with contextlib.suppress(Exception):
            SYSTEMS[name](pages[0][3], pages[0][2]["url"])
    if stage_times:
        stage_times.clear()  # the warm-up is not counted
    # Page by page, every system in turn: the machine's load drifts, and this way it
    # weighs on all systems alike.
    for set_name, kind, page, html in pages:
        for name in names:
            start = clock()
            try:
                out = SYSTEMS[name](html, page["url"])
            except Exception as exc:  # a peer failing on a page counts as empty output
                crashes[name] += 1
                print(
                    f"  {name} failed on {page['name']}: {type(exc).__name__}: {exc}"[:200],
                    file=sys.stderr,
                )
                out = {"title": "", "author": "", "published": None, "body": ""}
            took = clock() - start
            spent[name] += took
            key = (set_name, half(page["name"]))
            spent_in[name][key] = spent_in[name].get(key, 0.0) + took
            rows[name].setdefault(key, []).append(score_page(ev, kind, page, out))
    results: dict[str, Any] = {}
    for name in names:
        results[name] = {"pages_per_s": len(pages) / spent[name], "crashes": crashes[name]}
        for (set_name, part), set_rows in sorted(rows[name].items()):
            kind = "readability" if set_name == "readability" else "snippets"
            results[name][f"{set_name}-{part}"] = summarise(ev, kind, set_rows)
            took = spent_in[name][(set_name, part)]
            results[name][f"{set_name}-{part}"]["pages_per_s"] = len(set_rows) / took
        for set_name in SETS:
            parts = [(len(r), spent_in[name][k]) for k, r in rows[name].items() if k[0] == set_name]
            if parts:
                n_set = sum(n for n, _ in parts)
                results[name][f"{set_name}-pages_per_s"] = n_set / sum(t for _, t in parts)
    results["clock"] = "wall" if args.wall else "cpu"
    report(results, names, len(pages))
    if stage_times:
        total = spent.get("newsthread") or sum(stage_times.values())
        results["newsthread_stages"] = {k: v / total for k, v in stage_times.items()}
        print("\nnewsthread's time per stage (share of its timed total; the timing adds a little):")
        for stage, took in stage_times.items():
            print(f"  {stage}: {took:.2f} s ({100 * took / total:.0f} %)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


def _speed_of(result: dict[str, Any], column: str) -> float | None:
    """Pages per second of one system over all pages, one set or one half of a set."""
    if column == "all":
        value: float | None = result.get("pages_per_s")
        return value
    value = result.get(f"{column}-pages_per_s")
    if value is None:
        value = result.get(column, {}).get("pages_per_s")
    return value


def report(results: dict[str, Any], names: list[str], n_pages: int) -> None:
    print(f"{n_pages} pages, both sets\n")
    print("| system | set | half | main text F1 (P / R) | tokens F1 | title | byline | day |")
    print("|---|---|---|---|---|---|---|---|")
    for set_name in SETS:
        for part in "AB":
            for name in names:
                r = results[name].get(f"{set_name}-{part}")
                if r is None:
                    continue
                if set_name == "readability":
                    body = f"{r['shingle_f1']:.3f} ({r['shingle_p']:.3f} / {r['shingle_r']:.3f})"
                    tokens = f"{r['tokens_f1']:.3f}"
                else:
                    body = f"{r['snippet_f1']:.3f} ({r['snippet_p']:.3f} / {r['snippet_r']:.3f})"
                    tokens = "-"
                print(
                    f"| {name} | {set_name} | {part} ({r['pages']}) | {body} | {tokens} | "
                    f"{r['title']:.3f} | {r['author']:.3f} | {r['date']:.3f} |"
                )
    print("\n(main text F1: snippet F1 on html, 4-gram shingle F1 on readability)\n")
    print(f"speed by {results['clock']} time; vs trafilatura in brackets\n")
    columns = ["all", *SETS, *(f"{s}-{p}" for s in SETS for p in "AB")]
    print("| system | " + " | ".join(f"{c} pages/s" for c in columns) + " | crashes |")
    print("|---|" + "---|" * len(columns) + "---|")
    for name in names:
        r = results[name]
        cells = []
        for column in columns:
            value = _speed_of(r, column)
            base = _speed_of(results.get("trafilatura", {}), column)
            ratio = f" ({value / base:.2f}x)" if value and base else ""
            cells.append(f"{value:.1f}{ratio}" if value else "-")
        print(f"| {name} | " + " | ".join(cells) + f" | {r['crashes']} |")
    if "newsthread" in results:
        print("\ncomment snippets found in the comments, not the body (html set):")
        for name in names:
            if name in ("newsthread", "trafilatura"):
                parts = [
                    results[name].get(f"html-{p}", {}).get("comments_found", 0.0) for p in "AB"
                ]
                print(f"  {name}: A {parts[0]:.3f}, B {parts[1]:.3f}")


if __name__ == "__main__":
    raise SystemExit(main())
