"""Benchmark: reading newsthread's own export back (read_export) against peers.

Run from the repository root:

    PYTHONPATH=src python benchmarks/html_own_bench.py

Cases (the same as benchmarks/html_export_bench.py): an article with 10,000 comments in a
random, realistic thread, and reply chains 10,000 and 100,000 deep (flat form below level 50).
On the same page in the same run:

- lexbor parse (selectolax), the floor every HTML reader pays;
- **read_export** on the parsed page (parse time not included; add the line above);
- extruct's microdata extractor (lxml), the usual way to read schema.org microdata, on the
  page string; it gives nested dicts, not a typed tree, and no quotes, links or offsets;
- newsthread's own JSON reader (``from_json(to_json(a))``), the lossless sibling format.

Each figure is the best of ``--repeat`` runs (default 3).
"""

from __future__ import annotations

import argparse
import platform
import random
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from selectolax.lexbor import LexborHTMLParser

sys.path.insert(0, str(Path(__file__).resolve().parent))

from html_export_bench import chain, wide_article

from newsthread.html import to_html
from newsthread.html._own import read_export
from newsthread.serialize import from_json, to_json


def best_of(fn: Callable[[], Any], repeat: int) -> float | str:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            fn()
        except Exception as error:  # a peer that cannot do it is a result, not a crash
            return f"fails: {type(error).__name__}"
        best = min(best, time.perf_counter() - start)
    return best


def extruct_peer() -> Callable[[str], Any] | None:
    try:
        from extruct.w3cmicrodata import MicrodataExtractor
    except ImportError:
        return None
    extractor = MicrodataExtractor()
    return lambda page: extractor.extract(page)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"Python {platform.python_version()}, {platform.machine()}")
    cases = [
        ("1,000 comments", wide_article(1_000, random.Random(4)), 1_000),
        ("10,000 comments", wide_article(10_000, random.Random(4)), 10_000),
        ("10,000-deep chain", chain(10_000), 10_000),
        ("100,000-deep chain", chain(100_000), 100_000),
    ]
    extruct = extruct_peer()
    print("| case | reader | time (s) | comments/s | vs read_export |")
    print("|---|---|---:|---:|---:|")
    for name, article, n in cases:
        page = to_html(article)
        doc = LexborHTMLParser(page)
        assert read_export(doc) == article
        own = best_of(partial(read_export, doc), args.repeat)
        rows: list[tuple[str, float | str]] = [
            ("lexbor parse (floor)", best_of(partial(LexborHTMLParser, page), args.repeat)),
            ("**read_export** (parsed page)", own),
        ]
        if extruct is not None and n <= 1_000:
            rows.append(("extruct microdata (page)", best_of(partial(extruct, page), args.repeat)))
        elif extruct is not None:
            rows.append(("extruct microdata (page)", "not run (see html_own.md)"))
        text = to_json(article)
        rows.append(("newsthread from_json", best_of(partial(from_json, text), args.repeat)))
        for reader, seconds in rows:
            if isinstance(seconds, str):
                print(f"| {name} | {reader} | {seconds} | | |")
                continue
            ratio = seconds / own if isinstance(own, float) else float("nan")
            print(f"| {name} | {reader} | {seconds:.3f} | {n / seconds:,.0f} | {ratio:.2f}x |")


if __name__ == "__main__":
    main()
