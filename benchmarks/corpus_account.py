"""Why the batch's lead over trafilatura's CLI is smaller than the import's over its ``extract``.

Run by hand from the repository root::

    PYTHONPATH=src python benchmarks/corpus_account.py

In one process, every dev page through each configuration in turn (CPU a
page, both halves of the dev set as html_bench splits them), then, in the
same run, the programs with one process each (``corpus_bench.py``'s runs):
the batch, and trafilatura's CLI with ``--json`` and with ``--json --with-metadata``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from corpus_bench import (
    DEVPAGES,
    TRAFILATURA_CONFIGS,
    WORK,
    ensure_bytecode,
    run_batch_once,
    run_trafilatura,
)


def _trafilatura_as_cli(flags: list[str]) -> Any:
    """What one of trafilatura's CLI workers does with a file (``file_processing`` but the write)."""
    from datetime import datetime

    from trafilatura.cli import parse_args
    from trafilatura.cli_utils import examine
    from trafilatura.settings import args_to_extractor

    args = parse_args(["--input-dir", str(DEVPAGES), "-o", str(WORK / "unused"), *flags])
    options = args_to_extractor(args)

    def run(path: Path) -> Any:
        options.source = str(path)
        data = path.read_bytes()
        stat = path.stat()
        stamp = min(stat.st_ctime, stat.st_mtime)
        options.date_params["max_date"] = (
            datetime.fromtimestamp(stamp).astimezone().strftime("%Y-%m-%d")
        )
        return examine(data, args, options=options)

    return run


def _trafilatura_extract(path: Path) -> Any:
    """html_bench's trafilatura: comments and metadata on."""
    import trafilatura

    return trafilatura.bare_extraction(
        path.read_bytes(), include_comments=True, with_metadata=True, as_dict=True
    )


def _newsthread_import(quotes: Any) -> Any:
    from newsthread.html import from_html

    return lambda path: from_html(path.read_bytes(), quotes=quotes)


def _newsthread_batch_page() -> Any:
    """A worker's work on a page: the import with quotes, its table rows, taken every 16 pages."""
    from newsthread.html import from_html
    from newsthread.tables._rows import RowBuffer

    buffer, pages = RowBuffer(), [0]

    def run(path: Path) -> Any:
        buffer.add(from_html(path.read_bytes(), quotes=True), path.name)
        pages[0] += 1
        return buffer.take() if pages[0] % 16 == 0 else None

    return run


#: In-process configurations of ``account``, each run on every page in turn.
ACCOUNT_SYSTEMS = {
    "trafilatura extract, comments + metadata (html_bench)": lambda: _trafilatura_extract,
    "trafilatura CLI worker, --json": lambda: _trafilatura_as_cli(["--json"]),
    "trafilatura CLI worker, --json --with-metadata": lambda: _trafilatura_as_cli(
        ["--json", "--with-metadata"]
    ),
    "newsthread from_html, quotes on first read (html_bench)": lambda: _newsthread_import("lazy"),
    "newsthread from_html, quotes=False": lambda: _newsthread_import(False),
    "newsthread from_html, quotes=True": lambda: _newsthread_import(True),
    "newsthread batch worker: quotes=True, table rows": _newsthread_batch_page,
}


def bench_account() -> dict[str, Any]:
    """Why the batch's lead over trafilatura's CLI is smaller than the import's over its ``extract``.

    In one process, every page through each configuration in turn (CPU per
    page, both halves of the dev set as html_bench splits it), then, in the
    same run, the whole programs with one process each: the batch, and
    trafilatura's CLI with ``--json`` and with ``--json --with-metadata``.
    """
    import hashlib
    import logging

    logging.disable(logging.CRITICAL)  # trafilatura logs every discarded page
    ensure_bytecode()
    pages = sorted(DEVPAGES.iterdir())
    halves = {p: "A" if hashlib.sha1(p.name.encode()).digest()[0] % 2 == 0 else "B" for p in pages}
    systems = {name: make() for name, make in ACCOUNT_SYSTEMS.items()}
    for path in pages[:20]:  # lazy imports and caches, uncounted
        for run in systems.values():
            run(path)
    before = os.getloadavg()[0]
    spent = {name: {"A": 0.0, "B": 0.0} for name in systems}
    for path in pages:
        for name, run in systems.items():
            started = time.process_time()
            run(path)
            spent[name][halves[path]] += time.process_time() - started
    counts = {half: sum(1 for h in halves.values() if h == half) for half in "AB"}
    in_process = {
        name: {
            "ms_a_page": round((times["A"] + times["B"]) / len(pages) * 1000, 3),
            "half_A": round(times["A"] / counts["A"] * 1000, 3),
            "half_B": round(times["B"] / counts["B"] * 1000, 3),
        }
        for name, times in spent.items()
    }
    programs = {"newsthread batch --jobs 1": run_batch_once(DEVPAGES, 1)}
    for name, flags in TRAFILATURA_CONFIGS.items():
        programs[f"{name} CLI --parallel 1"] = run_trafilatura(DEVPAGES, 1, flags)
    for run in programs.values():
        run["cpu_ms_a_page"] = round(run["cpu"] / len(pages) * 1000, 3)
    return {
        "pages": len(pages),
        "halves": counts,
        "load": [before, os.getloadavg()[0]],
        "in_process_cpu": in_process,
        "programs": programs,
    }


if __name__ == "__main__":
    WORK.mkdir(parents=True, exist_ok=True)
    print(json.dumps({"python": sys.version.split()[0], **bench_account()}, indent=2))
