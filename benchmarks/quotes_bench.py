# ruff: noqa: RUF001
"""Quote extraction benchmark: newsthread.quotes against a naive regex attributor.

Run by hand from the repository root::

    PYTHONPATH=src python benchmarks/quotes_bench.py [--limit N] [--repeat R] [--html]

Reads the development corpus ``../shared/devdata/quotes/polnear-train`` and scores both
candidates with ``../shared/tools/quote_eval.py`` in the same run (skips cleanly when
those are absent). Speed is reported as articles per second, wall clock and process CPU
time (the machine is shared: CPU time is the steadier figure), and as a ratio to the
naive baseline measured in the same run. ``--html`` also measures quote finding's share
of a whole HTML import over ``../shared/devdata/html/pages`` (``from_html`` without quotes,
then ``annotate``, process CPU time, best of the repeats).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import re
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "quote_eval.py"
GOLD = SHARED / "devdata" / "quotes" / "polnear-train" / "gold.jsonl"
HTML_PAGES = SHARED / "devdata" / "html" / "pages"

# -- the naive baseline, as the corpus README describes it -------------------------
_PAIR = re.compile(r"[“\"]([^”\"\n]{2,}?)[”\"]")
_NAME = r"((?:[A-Z][\w’'.-]+\s){0,3}[A-Z][\w’'.-]+|he|she|they)"
_AFTER = re.compile(
    r"^[,.]?\s*" + _NAME + r"\s+(?:said|says|added|told)\b|^[,.]?\s*(?:said|says|added)\s+" + _NAME
)
_BEFORE = re.compile(
    _NAME + r"\s+(?:said|says|added|told \w+):\s*$|according to " + _NAME + r",?\s*$"
)
_PERSON = re.compile(r"\b[A-Z][a-z]+\s[A-Z][a-z]+\b")


def naive(text: str) -> list[tuple[str, str, int, int]]:
    """Pair quote marks per paragraph, then "…,” NAME said" / "said NAME" / "NAME said: “…”" /
    "according to NAME"; a pronoun becomes the most recent person-like name."""
    out: list[tuple[str, str, int, int]] = []
    last = ""
    for m in _PAIR.finditer(text):
        tail = text[m.end() : m.end() + 80]
        head = text[max(0, m.start() - 80) : m.start()]
        a = _AFTER.search(tail)
        b = _BEFORE.search(head)
        name = ""
        if a:
            name = a.group(1) or a.group(2) or ""
        elif b:
            name = b.group(1) or b.group(2) or ""
        persons = _PERSON.findall(text, 0, m.start())
        if persons:
            last = persons[-1]
        if name.lower() in ("he", "she", "they"):
            name = last
        out.append((m.group(1), name, m.start(1), m.end(1)))
    return out


def newsthread_quotes(text: str) -> Iterable[Any]:
    from newsthread.quotes import find_quotes

    return find_quotes(text)


def _load_scorer() -> Any:
    spec = importlib.util.spec_from_file_location("quote_eval", SCORER)
    assert spec is not None
    assert spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _timed(
    fn: Callable[[str], Iterable[Any]], texts: list[str], repeat: int
) -> tuple[float, float]:
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        for t in texts:
            list(fn(t))
        best_wall = min(best_wall, time.perf_counter() - w)
        best_cpu = min(best_cpu, time.process_time() - c)
    return len(texts) / best_wall, len(texts) / best_cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--html", action="store_true", help="also measure the share of an HTML import")
    args = ap.parse_args()
    if args.html:
        _html_share(args.limit, args.repeat)
    if not SCORER.exists() or not GOLD.exists():
        print(f"no development data at {GOLD.parent} (or no scorer): nothing to measure")
        return 0
    qe = _load_scorer()
    docs = qe.load_gold(str(GOLD))[: args.limit]
    texts = [d["text"] for d in docs]
    chars = sum(len(t) for t in texts)
    print(f"{len(docs)} articles, {chars / 1e6:.1f} M characters")
    rows = []
    for name, fn in (("naive regex baseline", naive), ("newsthread.quotes", newsthread_quotes)):
        res = qe.evaluate(fn, docs)
        wall, cpu = _timed(fn, texts, args.repeat)
        rows.append((name, res, wall, cpu))
        print(qe.fmt(res, name))
    print()
    print(
        f"{'candidate':22s} {'quoted attr F1':>14s} {'spk acc':>8s} {'all attr F1':>12s}"
        f" {'art/s wall':>11s} {'art/s cpu':>10s}"
    )
    for name, res, wall, cpu in rows:
        print(
            f"{name:22s} {100 * res['quoted']['attribution']['f1']:14.1f}"
            f" {100 * res['quoted']['speaker_acc_resolved']:7.1f}%"
            f" {100 * res['all']['attribution']['f1']:12.1f} {wall:11.0f} {cpu:10.0f}"
        )
    base, ours = rows[0], rows[1]
    print(
        f"speed ratio newsthread / naive: wall {ours[2] / base[2]:.2f}, cpu {ours[3] / base[3]:.2f}"
    )
    print()
    # the development discipline: rules are developed on half A and checked on half B
    print(f"{'half':5s} {'docs':>5s} {'quoted P/R/F1':>20s} {'spk acc':>8s} {'all attr F1':>12s}")
    for half in "AB":
        part = [d for d in docs if _half(d["doc_id"]) == half]
        res = qe.evaluate(newsthread_quotes, part)
        q = res["quoted"]["attribution"]
        print(
            f"{half:5s} {len(part):5d} {100 * q['p']:6.1f} / {100 * q['r']:4.1f} / {100 * q['f1']:4.1f}"
            f" {100 * res['quoted']['speaker_acc_resolved']:7.1f}%"
            f" {100 * res['all']['attribution']['f1']:12.1f}"
        )
    return 0


def _html_share(limit: int | None, repeat: int) -> None:
    """Quote finding's share of a whole HTML import (parse, metadata, body, thread, quotes)."""
    from newsthread.html import from_html
    from newsthread.quotes import annotate

    pages = sorted(HTML_PAGES.glob("*.html"))[:limit]
    if not pages:
        print(f"no HTML pages at {HTML_PAGES}: share not measured")
        return
    data = [p.read_bytes() for p in pages]
    best_import = best_quotes = float("inf")
    for _ in range(repeat):
        c = time.process_time()
        articles = [from_html(d, quotes=False) for d in data]
        best_import = min(best_import, time.process_time() - c)
        c = time.process_time()
        for article in articles:
            annotate(article)
        best_quotes = min(best_quotes, time.process_time() - c)
    share = best_quotes / (best_import + best_quotes)
    print(
        f"HTML import of {len(pages)} pages: without quotes {best_import:.2f} s CPU,"
        f" quotes {best_quotes:.2f} s CPU: quote finding is {100 * share:.1f} % of the import"
    )
    print()


def _half(doc_id: str) -> str:
    """The stable development half of an article: A (develop) or B (check)."""
    return "A" if hashlib.sha1(doc_id.encode()).digest()[0] % 2 == 0 else "B"


if __name__ == "__main__":
    sys.exit(main())
