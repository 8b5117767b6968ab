"""Corpus batches: pages/s on 1 and 2 cores against trafilatura's parallel CLI, memory, Parquet, DuckDB.

Run by hand from the repository root::

    PYTHONPATH=src python benchmarks/corpus_bench.py speed      # the 980 dev pages, 1 and 2 processes
    PYTHONPATH=src python benchmarks/corpus_bench.py speed --copies 2   # the same pages twice over
    PYTHONPATH=src python benchmarks/corpus_bench.py speed --against ../main/src  # and main's batch
    PYTHONPATH=src python benchmarks/corpus_account.py          # the batch's lead over the CLI, item by item
    PYTHONPATH=src python benchmarks/corpus_bench.py overhead   # CPU beyond the pages' import
    PYTHONPATH=src python benchmarks/corpus_bench.py memory --pages 100000
    PYTHONPATH=src python benchmarks/corpus_bench.py tables     # Parquet against JSON Lines, DuckDB

``speed`` runs ``newsthread batch`` (a fresh ``python -m newsthread`` process
each time, Parquet output) over ``../shared/devdata/html/pages`` with ``--jobs 1``
and ``--jobs 2`` and, in the same run, ``trafilatura --input-dir ... --parallel N --json`` (its defaults:
comments on, fallbacks on) with 1 and 2 processes; wall time of the whole run,
start-up included, and CPU seconds of each whole process tree (exact on Linux,
where the fork server and workers are adopted and reaped). ``overhead`` runs
the batch with 1 and 2 processes with a probe in every process that clocks the
pages' import, and splits the rest of the CPU (main process, fork server,
workers outside the import). ``memory`` writes a synthetic corpus of small news pages
with comment threads (seeded, WordPress markup) and samples the resident
memory of the main process and of every worker while a 2-process batch runs.
``tables`` writes the dev pages' articles (and the synthetic corpus's, when
there) as Parquet tables and as JSON Lines, and times a DuckDB query over the
Parquet comments. GC stays on.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

DEVPAGES = Path("../shared/devdata/html/pages")
WORK = Path(tempfile.gettempdir()) / "newsthread-corpus-bench"


def timed(function: Any, *args: Any, **kwargs: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - started


def cpu_timed(function: Any, *args: Any, **kwargs: Any) -> tuple[Any, float]:
    """Like :func:`timed`, in CPU seconds of this process: steadier on a loaded machine."""
    started = time.process_time()
    result = function(*args, **kwargs)
    return result, time.process_time() - started


def _become_subreaper() -> bool:
    """Adopt the orphans of our children (Linux): the batch's fork server and its workers.

    They outlive the ``newsthread batch`` process by a moment and are not its
    waited-for children; adopted and reaped here, their CPU time is counted
    exactly in this process's RUSAGE_CHILDREN instead of sampled.
    """
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    return bool(libc.prctl(36, 1, 0, 0, 0) == 0)  # PR_SET_CHILD_SUBREAPER


_SUBREAPER = False


def _reap_orphans() -> None:
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def measured(command: list[str], *, check: bool = True, **kwargs: Any) -> dict[str, float]:
    """Run ``command``: wall seconds and CPU seconds of its whole process tree.

    ``cpu`` is exact where this process can adopt orphans (Linux: the batch's
    fork server and workers end after it and are reaped here), otherwise the
    sum of sampled CPU times. ``cpu_main`` (the command's own process),
    ``cpu_server`` (a child of it that forks others: the workers' fork server)
    and ``cpu_workers`` (the rest) are sampled every 0.05 s, the last sample of
    each process counting, so they may fall a little short of ``cpu``.
    """
    import psutil

    global _SUBREAPER
    if not _SUBREAPER:
        _SUBREAPER = _become_subreaper()
    _reap_orphans()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, **kwargs)
    root = psutil.Process(process.pid)
    seen: dict[int, tuple[int, float]] = {}  # pid -> (parent pid, CPU s)

    def sample() -> None:
        try:
            tree = [root, *root.children(recursive=True)]
        except psutil.Error:
            return
        for member in tree:
            try:
                with member.oneshot():
                    times = member.cpu_times()
                    seen[member.pid] = (member.ppid(), times.user + times.system)
            except psutil.Error:
                continue

    while process.poll() is None:
        sample()
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    if process.returncode and check:
        raise subprocess.CalledProcessError(process.returncode, command)
    if _SUBREAPER:
        _reap_orphans()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    exact = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    parents = {parent for pid, (parent, _) in seen.items() if pid != process.pid}
    main = seen.get(process.pid, (0, 0.0))[1]
    server = sum(
        cpu for pid, (parent, cpu) in seen.items() if parent == process.pid and pid in parents
    )
    workers = sum(cpu for pid, (_, cpu) in seen.items() if pid != process.pid) - server
    return {
        "seconds": round(seconds, 2),
        "cpu": round(exact if _SUBREAPER else main + server + workers, 2),
        "cpu_main": round(main, 2),
        "cpu_server": round(server, 2),
        "cpu_workers": round(workers, 2),
        "processes": len(seen),
    }


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


# -- speed ---------------------------------------------------------------------------


def ensure_bytecode(tree: Path | None = None) -> None:
    """Compile newsthread's modules (this one's, or those under source tree ``tree``) as an installation would.

    A checkout run with PYTHONDONTWRITEBYTECODE (set on the benchmark machine)
    compiles every module from source in every process, which no installed
    copy does: each spawned worker paid about 0.2 s for it.
    """
    import compileall

    import newsthread

    package = Path(newsthread.__file__).parent if tree is None else tree / "newsthread"
    compileall.compile_dir(package, quiet=1)


def copied_pages(copies: int) -> Path:
    """The dev pages ``copies`` times over in one folder (hard links where possible): a longer run."""
    if copies == 1:
        return DEVPAGES
    folder = WORK / f"pages-x{copies}"
    if not folder.exists():
        partial = WORK / f".pages-x{copies}"
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        for copy in range(copies):
            for page in sorted(DEVPAGES.iterdir()):
                target = partial / f"{copy}-{page.name}"
                try:
                    os.link(page, target)
                except OSError:
                    shutil.copyfile(page, target)
        partial.rename(folder)
    return folder


#: trafilatura's CLI as the headline compares it (``--json``: main text and comments, no
#: metadata), and like for like (``--with-metadata`` too: title, author, date, site... as the batch).
TRAFILATURA_CONFIGS = {
    "trafilatura": ["--json"],
    "trafilatura --with-metadata": ["--json", "--with-metadata"],
}


def bench_speed(repeats: int, copies: int = 1, against: list[Path] | None = None) -> dict[str, Any]:
    """Each repeat: the batch with 1 and 2 processes (then each ``against`` source tree's), then trafilatura's CLI."""
    ensure_bytecode()
    trees = [("newsthread", None)] + [(f"newsthread@{tree}", tree) for tree in against or []]
    for _, tree in trees[1:]:
        ensure_bytecode(tree)
    source = copied_pages(copies)
    pages = sorted(source.iterdir())
    results: dict[str, Any] = {"pages": len(pages), "copies": copies, "runs": []}

    def record(run: dict[str, Any]) -> None:
        results["runs"].append(run)
        print(run, file=sys.stderr)

    for attempt in range(repeats):
        for name, tree in trees if attempt % 2 == 0 else trees[::-1]:
            for jobs in (1, 2):
                record({"system": name, "attempt": attempt, **run_batch_once(source, jobs, tree)})
        for name, flags in TRAFILATURA_CONFIGS.items():
            for jobs in (1, 2):
                record({"system": name, "attempt": attempt, **run_trafilatura(source, jobs, flags)})
    return results


def run_batch_once(source: Path, jobs: int, tree: Path | None = None) -> dict[str, Any]:
    """A fresh `newsthread batch` process (its imports and the workers' server inside the time)."""
    out = WORK / f"speed-{jobs}"
    shutil.rmtree(out, ignore_errors=True)
    count = sum(1 for _ in source.iterdir())
    before = os.getloadavg()[0]
    times = measured(batch_command(source, out, jobs), env=_with_source_path(tree))
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return {
        "jobs": jobs,
        **times,
        "pages_per_second": round(count / times["seconds"], 1),
        "load": [before, os.getloadavg()[0]],
        "articles": summary["articles"],
        "errors": summary["errors"],
    }


def run_trafilatura(source: Path, jobs: int, flags: list[str]) -> dict[str, Any]:
    out = WORK / f"trafilatura-{jobs}"
    shutil.rmtree(out, ignore_errors=True)
    command = [
        str(Path(sys.executable).with_name("trafilatura")),
        "--input-dir",
        str(source),
        "-o",
        str(out),
        "--parallel",
        str(jobs),
        *flags,
    ]
    count = sum(1 for _ in source.iterdir())
    before = os.getloadavg()[0]
    times = measured(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    written = sum(1 for _ in out.rglob("*.json")) if out.exists() else 0
    return {
        "jobs": jobs,
        **times,
        "pages_per_second": round(count / times["seconds"], 1),
        "load": [before, os.getloadavg()[0]],
        "written": written,
    }


def batch_command(source: Path, out: Path, jobs: int) -> list[str]:
    command = [sys.executable, "-m", "newsthread", "batch", str(source), "-o", str(out)]
    return [*command, "--jobs", str(jobs), "--quiet"]


# Imported by the batch's main process and, through the fork server, by every worker: CPU
# clocks around each page's import (file read included) and its table rows, written out
# after every chunk, so that what a batch spends beyond the pages is measured in the same
# processes at the same moment (the machine's load moves the rest).
PROBE = """
import json, os, time
from newsthread.corpus import _local, _work

clock = time.process_time
spent = {"import": 0.0, "rows": 0.0, "pages": 0, "chunks": []}


def _wrap(name, key):
    function = getattr(_work, name)

    def timed(*args, **kwargs):
        started = clock()
        try:
            return function(*args, **kwargs)
        finally:
            spent[key] += clock() - started

    setattr(_work, name, timed)


_wrap("_load", "import")
_wrap("_to_columns", "rows")
_run_chunk = _work.run_chunk


def run_chunk(items, *args, **kwargs):
    started = time.time()
    try:
        return _run_chunk(items, *args, **kwargs)
    finally:
        spent["pages"] += len(items)
        spent["chunks"].append([started, time.time()])
        with open(os.path.join(os.environ["NT_PROBE_OUT"], f"{os.getpid()}.json"), "w") as f:
            json.dump(spent, f)


_work.run_chunk = _local.run_chunk = run_chunk  # pools pickle it by name; jobs=1 calls _local's
"""

PROBED_BATCH = """
import sys
from multiprocessing.context import ForkServerContext

sys.path.insert(0, sys.argv.pop(1))
import nt_probe  # noqa: F401 - the probe of this process (jobs=1)

_preload = ForkServerContext.set_forkserver_preload
ForkServerContext.set_forkserver_preload = lambda self, names: _preload(self, [*names, "nt_probe"])
sys.argv[0] = "newsthread"
from newsthread.cli import main

sys.exit(main())
"""


def bench_overhead(repeats: int) -> dict[str, Any]:
    """What a batch costs beyond the pages' import (file read, HTML import, quotes), in ms of CPU a page.

    ``newsthread batch`` with 1 and 2 processes, with a probe in every process
    (the main one and the workers) that clocks each page's import and table
    rows; CPU of the whole process tree as in :func:`measured`. Overhead is
    the tree's CPU less the pages' import, split into the main process, the
    fork server, and the workers' time outside the import.
    """
    ensure_bytecode()
    pages = sorted(DEVPAGES.iterdir())
    probe = WORK / "probe"
    probe.mkdir(parents=True, exist_ok=True)
    (probe / "nt_probe.py").write_text(PROBE, encoding="utf-8")

    def per_page(seconds: float) -> float:
        return round(seconds / len(pages) * 1000, 3)

    runs = []
    for attempt in range(repeats):
        for jobs in (1, 2):
            out, clocks = WORK / f"overhead-{jobs}", WORK / f"overhead-{jobs}-clocks"
            for folder in (out, clocks):
                shutil.rmtree(folder, ignore_errors=True)
            clocks.mkdir()
            command = batch_command(DEVPAGES, out, jobs)[3:]  # after "-m newsthread"
            command = [sys.executable, "-c", PROBED_BATCH, str(probe), *command]
            before, began = os.getloadavg()[0], time.time()
            times = measured(command, env={**_with_source_path(), "NT_PROBE_OUT": str(clocks)})
            ended = time.time()
            spent = [json.loads(p.read_text()) for p in clocks.glob("*.json")]
            first = min(start for s in spent for start, _ in s["chunks"])
            last_ends = sorted(max(end for _, end in s["chunks"]) for s in spent)
            assert sum(s["pages"] for s in spent) == len(pages), spent
            imported = sum(s["import"] for s in spent)
            rows = sum(s["rows"] for s in spent)
            beyond = times["cpu"] - imported
            runs.append(
                {
                    "attempt": attempt,
                    "jobs": jobs,
                    "batch_ms": per_page(times["cpu"]),
                    "import_ms": per_page(imported),
                    "overhead_ms": per_page(beyond),
                    "main_ms": per_page(times["cpu_main"] - (imported + rows if jobs == 1 else 0)),
                    "server_ms": per_page(times["cpu_server"]),
                    "workers_beyond_import_ms": per_page(
                        times["cpu_workers"] - (imported if jobs > 1 else 0)
                    ),
                    "rows_ms": per_page(rows),
                    "seconds": times["seconds"],
                    # Wall: start to the first chunk, one worker done to the last, last chunk to exit.
                    "start_s": round(first - began, 3),
                    "idle_tail_s": round(last_ends[-1] - last_ends[0], 3),
                    "end_s": round(ended - last_ends[-1], 3),
                    "load": [before, os.getloadavg()[0]],
                }
            )
            print(runs[-1], file=sys.stderr)
    return {"pages": len(pages), "runs": runs}


def _with_source_path(tree: Path | None = None) -> dict[str, str]:
    """This process's environment with the newsthread it imported (or source tree ``tree``) first on PYTHONPATH."""
    import newsthread

    source = str(tree or Path(newsthread.__file__).parent.parent)
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": source if not path else os.pathsep.join([source, path])}


# -- memory ---------------------------------------------------------------------------

_TEXT = (
    "the harbour council said on monday that ferries would run again after repairs to the "
    "channel markers were finished by crews working through the night while fishermen waited "
    "for the market to reopen and residents asked about the cost of the works"
)
WORDS = _TEXT.split()


def sentence(rng: random.Random, low: int = 8, high: int = 30) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + "."


def synthetic_page(index: int) -> str:
    rng = random.Random(index)
    paragraphs = "\n".join(
        f"<p>{sentence(rng)} {sentence(rng)}</p>" for _ in range(rng.randint(3, 8))
    )
    quote = f"<p>“{sentence(rng, 6, 12)}” said Mara Olsen, the harbour master.</p>"
    comments = []
    count = rng.choice((0, 0, 2, 5, 12, 30))
    for number in range(count):
        comments.append(
            f'<li id="comment-{index}-{number}" class="comment"><article class="comment-body">'
            f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">'
            f"user{rng.randint(1, 500)}</b></div>"
            f'<div class="comment-metadata"><time datetime="2025-03-0{1 + number % 9}T10:00:00Z">'
            f"March {1 + number % 9}, 2025</time></div></footer>"
            f'<div class="comment-content"><p>{sentence(rng, 5, 25)}</p></div></article>'
        )
        # one in three comments gets a reply nested inside it
        if rng.random() < 0.33:
            comments[-1] += (
                f'<ol class="children"><li id="comment-{index}-{number}r" class="comment">'
                f'<article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
                f'<b class="fn">user{rng.randint(1, 500)}</b></div></footer>'
                f'<div class="comment-content"><p>{sentence(rng, 3, 15)}</p></div></article></li></ol>'
            )
        comments[-1] += "</li>"
    thread = (
        f'<section id="comments" class="comments-area"><ol class="comment-list">{"".join(comments)}</ol></section>'
        if comments
        else ""
    )
    site = f"site{index % 40}.example"
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story {index}</title>'
        f'<meta property="og:site_name" content="{site}">'
        f'<link rel="canonical" href="https://{site}/story/{index}"></head><body>'
        f"<article><h1>Story {index}</h1>{paragraphs}{quote}</article>{thread}</body></html>"
    )


def make_synthetic(count: int) -> Path:
    folder = WORK / f"synthetic-{count}"
    marker = folder / ".complete"
    if marker.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    for index in range(count):
        sub = folder / f"{index // 1000:04d}"
        if index % 1000 == 0:
            sub.mkdir(parents=True)
        (sub / f"{index:06d}.html").write_text(synthetic_page(index), encoding="utf-8")
    marker.write_text("")
    return folder


def rss_of_tree() -> tuple[int, int, int]:
    """(main process RSS, largest worker RSS, sum over workers) in bytes."""
    import psutil

    main = psutil.Process()
    workers = [c.memory_info().rss for c in main.children(recursive=True) if c.is_running()]
    return main.memory_info().rss, max(workers, default=0), sum(workers)


def bench_memory(count: int, jobs: int) -> dict[str, Any]:
    from newsthread.corpus import run_batch

    folder, seconds = timed(make_synthetic, count)
    print(f"corpus ready ({seconds:.0f} s): {folder}", file=sys.stderr)
    out = WORK / f"memory-{count}"
    shutil.rmtree(out, ignore_errors=True)
    samples: list[tuple[int, int, int, int]] = []
    stop = threading.Event()

    log = WORK / f"memory-{count}.samples"

    def sample() -> None:
        manifest = out / "_manifest.jsonl"
        with log.open("w") as stream:  # as it goes, so that a stopped run still tells
            while not stop.wait(0.5):
                try:
                    done = len(manifest.read_text().splitlines()) if manifest.exists() else 0
                    samples.append((done, *rss_of_tree()))
                except Exception:
                    continue
                stream.write(json.dumps([round(time.perf_counter(), 1), *samples[-1]]) + "\n")
                stream.flush()

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    summary, seconds = timed(run_batch, [folder], out, jobs=jobs, progress=False, part_size=5000)
    stop.set()
    sampler.join()
    windows: dict[int, list[int]] = {}
    for parts, main, worker, _ in samples:
        pages_done = parts * 5000
        bucket = min(count, (pages_done // max(count // 10, 1) + 1) * max(count // 10, 1))
        window = windows.setdefault(bucket, [0, 0])
        window[0] = max(window[0], main)
        window[1] = max(window[1], worker)
    return {
        "pages": count,
        "jobs": jobs,
        "seconds": round(seconds, 1),
        "pages_per_second": round(count / seconds, 1),
        "articles": summary["articles"],
        "comments": summary["comments"],
        "errors": summary["errors"],
        "peak_rss_mib_by_pages_done": {
            str(bucket): {"main": round(m / 2**20, 1), "largest_worker": round(w / 2**20, 1)}
            for bucket, (m, w) in sorted(windows.items())
        },
        "output_mib": round(folder_size(out) / 2**20, 1),
    }


# -- tables ---------------------------------------------------------------------------

DUCKDB_QUERY = """
select site_name, parent.author, count(*) as replies
from read_parquet('{out}/comments/*.parquet') as reply
join read_parquet('{out}/comments/*.parquet') as parent
  on reply.article_id = parent.article_id and reply.parent_id = parent.id
join read_parquet('{out}/articles/*.parquet') as a on a.article_id = parent.article_id
where parent.author is not null
group by site_name, parent.author
qualify row_number() over (partition by site_name order by replies desc, parent.author) <= 10
order by site_name, replies desc
"""


def bench_tables(source: Path, label: str, timed_articles: int = 20_000) -> dict[str, Any]:
    """Parquet against JSON Lines for the articles of a batch output.

    Sizes cover the whole corpus (the JSON Lines are streamed from the tables);
    write and read times (CPU seconds) cover its first ``timed_articles``
    articles, held in memory so that only the writing or reading is timed.
    DuckDB (wall time, it runs threads) queries the batch output itself.
    """
    import itertools

    import duckdb

    from newsthread.serialize import read_jsonl, write_jsonl
    from newsthread.tables import read_parquet, write_parquet

    jsonl_all = WORK / f"all-{label}.jsonl"
    total = write_jsonl(read_parquet(source), jsonl_all)
    articles = list(itertools.islice(read_parquet(source), timed_articles))
    parquet, jsonl = WORK / f"tables-{label}", WORK / f"tables-{label}.jsonl"
    shutil.rmtree(parquet, ignore_errors=True)
    _, parquet_write = cpu_timed(write_parquet, articles, parquet)
    _, jsonl_write = cpu_timed(write_jsonl, articles, jsonl)
    from_parquet, parquet_read = cpu_timed(lambda: list(read_parquet(parquet)))
    from_jsonl, jsonl_read = cpu_timed(lambda: list(read_jsonl(jsonl)))
    query = DUCKDB_QUERY.format(out=source)
    rows, first = timed(lambda: duckdb.sql(query).fetchall())
    _, second = timed(lambda: duckdb.sql(query).fetchall())
    count_query = f"select count(*) from read_parquet('{source}/comments/*.parquet')"
    ((comments,),), count_time = timed(lambda: duckdb.sql(count_query).fetchall())
    return {
        "corpus": label,
        "articles": total,
        "comments": comments,
        "parquet_mib": round(folder_size(source) / 2**20, 2),
        "jsonl_mib": round(jsonl_all.stat().st_size / 2**20, 2),
        "timed_articles": len(articles),
        "same_trees": from_parquet == articles == from_jsonl,
        "parquet_write_cpu_s": round(parquet_write, 2),
        "jsonl_write_cpu_s": round(jsonl_write, 2),
        "parquet_read_cpu_s": round(parquet_read, 2),
        "jsonl_read_cpu_s": round(jsonl_read, 2),
        "duckdb_top10_s": [round(first, 3), round(second, 3)],
        "duckdb_top10_rows": len(rows),
        "duckdb_count_s": round(count_time, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=("speed", "overhead", "memory", "tables"))
    parser.add_argument("--pages", type=int, default=100_000, help="synthetic corpus size")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--copies", type=int, default=1, help="speed: the dev pages N times over")
    parser.add_argument(
        "--against",
        type=Path,
        action="append",
        default=[],
        metavar="SRC",
        help="speed: also run the batch of the newsthread under source tree SRC, alternating",
    )
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    info = {"python": sys.version.split()[0], "cores": os.cpu_count(), "load": os.getloadavg()}
    if args.what == "speed":
        result = bench_speed(args.repeats, args.copies, [p.resolve() for p in args.against])
    elif args.what == "overhead":
        result = bench_overhead(args.repeats)
    elif args.what == "memory":
        result = bench_memory(args.pages, args.jobs)
    else:
        result = {"dev": bench_tables(WORK / "speed-2", "dev")}
        synthetic = WORK / f"memory-{args.pages}"
        if synthetic.exists():
            result["synthetic"] = bench_tables(synthetic, f"synthetic-{args.pages}")
    print(json.dumps({**info, "load_after": os.getloadavg(), **result}, indent=2))


if __name__ == "__main__":
    main()
