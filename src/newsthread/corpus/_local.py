"""The local engine: chunks of items over a process pool, results written in input order.

At most ``4 * jobs`` chunks are in flight, so the main process never holds more
than a bounded number of pages, whatever the size of the corpus; each worker
process is replaced after ``TASKS_PER_WORKER`` chunks, so a leak in a parser
cannot grow without end. ``jobs=1`` runs in the main process.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from pathlib import Path
from typing import IO, Any

from newsthread.corpus._inputs import Item, discover, expand, reader_for
from newsthread.corpus._output import Output, PartSink
from newsthread.corpus._work import ChunkResult, run_chunk, start_worker
from newsthread.errors import MissingExtraError

__all__ = ["CHUNK_SIZE", "PART_SIZE", "TASKS_PER_WORKER", "chunked", "default_jobs", "run_local"]

#: Pages per task sent to a worker: large enough that the main process's share (a result's
#: tables to unpickle, about 0.6 ms whatever their size) stays small, small enough that the
#: last chunks keep every worker busy.
CHUNK_SIZE = 16
#: Pages per part of the output tables.
PART_SIZE = 5_000
#: Chunks in flight per worker: enough that one slow page does not leave the others idle.
IN_FLIGHT_PER_WORKER = 4
#: Chunks a worker process handles before it is replaced by a fresh one (2,000 pages).
TASKS_PER_WORKER = 125


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def run_local(
    inputs: Iterable[str | os.PathLike[str]],
    outdir: str | os.PathLike[str],
    *,
    jobs: int | None = None,
    fmt: str = "parquet",
    quotes: bool = True,
    progress: bool | None = None,
    part_size: int = PART_SIZE,
    chunk_size: int = CHUNK_SIZE,
    stdin: IO[str] | None = None,
    partition_by: str | None = None,
) -> dict[str, Any]:
    """Run a batch on this machine and return its summary (also written to OUTDIR/summary.json)."""
    jobs = jobs or default_jobs()
    started = time.perf_counter()
    # The workers' server warms up (imports) while this process lists the inputs.
    context = _context() if jobs > 1 else None
    files = discover([os.fspath(p) for p in inputs], stdin=stdin)
    output = Output(outdir, fmt, partition_by)
    if context is not None and fmt == "parquet":
        _import_writer()
    done = output.done_keys()
    skipped = [0]

    def todo() -> Iterator[Item]:
        for item in expand(files):
            if item.key in done:
                skipped[0] += 1
            else:
                yield item

    bar = _progress_bar(progress, _total(files, done))
    pages = 0
    sink: PartSink | None = None
    try:
        chunks = chunked(todo(), min(chunk_size, part_size))
        for result in _ordered(chunks, jobs, fmt, quotes, context):
            if sink is None:
                sink = output.sink(output.part_name())
            sink.add(result)
            pages += len(result.keys)
            if bar is not None:
                bar.update(len(result.keys))
            if sink.pages >= part_size:
                output.commit(sink.close())
                sink = None
        if sink is not None:
            output.commit(sink.close())
            sink = None
    finally:
        if sink is not None:
            sink.abort()
        if bar is not None:
            bar.close()
    seconds = time.perf_counter() - started
    run = {
        "engine": "local",
        "jobs": jobs,
        "pages": pages,
        "skipped": skipped[0],
        "seconds": round(seconds, 3),
        "pages_per_second": round(pages / seconds, 1) if seconds else 0.0,
    }
    return output.write_summary(run)


def chunked(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while chunk := list(islice(items, size)):
        yield chunk


def _ordered(
    chunks: Iterator[list[Item]], jobs: int, fmt: str, quotes: bool, context: Any
) -> Iterator[ChunkResult]:
    """Chunk results in input order, with at most ``IN_FLIGHT_PER_WORKER * jobs`` chunks in flight."""
    if context is None:
        with _frozen_imports(fmt):
            for chunk in chunks:
                yield run_chunk(chunk, fmt, quotes)
        return
    with ProcessPoolExecutor(
        jobs,
        mp_context=context,
        initializer=start_worker,
        max_tasks_per_child=TASKS_PER_WORKER,
    ) as pool:
        window: deque[Future[ChunkResult]] = deque()
        for chunk in chunks:
            window.append(pool.submit(run_chunk, chunk, fmt, quotes))
            if len(window) >= IN_FLIGHT_PER_WORKER * jobs:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


@contextlib.contextmanager
def _frozen_imports(fmt: str) -> Iterator[None]:
    """``jobs=1``: what a worker does when it starts, for this run only.

    The modules a chunk needs are imported, then every object alive is frozen
    (see :func:`newsthread.corpus._work.start_worker`) and thawed at the end.
    A program that froze objects itself is left as it is: thawing would undo it.
    """
    import newsthread.html
    import newsthread.quotes  # noqa: F401

    if fmt == "parquet":
        _import_writer()
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _context() -> Any:
    """Workers forked from a server that imported their modules once, spawned where there is none.

    Not plain fork, which is unsafe beside threads and cannot replace workers.
    A spawned worker pays about half a second of CPU for its imports, again
    after every TASKS_PER_WORKER chunks; a worker forked from the warm server
    pays nothing.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["newsthread.corpus._warm"])
    _start_server()
    return context


def _import_writer() -> None:
    """Import the Parquet writer now, on the core the warming server leaves idle, not beside the workers.

    pyarrow's first array imports pandas when it is installed (to recognise its
    types): that is done here too.
    """
    with contextlib.suppress(ImportError):  # the parquet extra is missing: the first part says so
        import pyarrow

        import newsthread.tables._arrow  # noqa: F401

        pyarrow.array([0])


_server_lock = threading.Lock()


def _start_server() -> None:
    """Start the fork server with this process's ``sys.path`` as its PYTHONPATH.

    Python 3.11's fork server receives the caller's ``sys.path`` but does not
    apply it before it imports the preloaded modules, so a path added at run
    time (a source checkout, a test runner) would be missed there.
    """
    from multiprocessing import forkserver

    with _server_lock:
        saved = os.environ.get("PYTHONPATH")
        os.environ["PYTHONPATH"] = os.pathsep.join(path for path in sys.path if path)
        try:
            forkserver.ensure_running()
        finally:
            if saved is None:
                del os.environ["PYTHONPATH"]
            else:
                os.environ["PYTHONPATH"] = saved


def _total(files: list[Path], done: set[str]) -> int | None:
    """The number of pages to do when every file is one page (None when containers hide it)."""
    if any(reader_for(path) not in (None, "html", "markdown", "json") for path in files):
        return None
    return sum(1 for path in files if str(path) not in done)


def _progress_bar(wanted: bool | None, total: int | None) -> Any:
    """A tqdm bar on standard error: when asked, or by default when it is a terminal."""
    show = sys.stderr.isatty() if wanted is None else wanted
    if not show:
        return None
    try:
        from tqdm import tqdm
    except ImportError as error:
        if wanted:
            raise MissingExtraError("tqdm", "progress") from error
        return None
    bar: Callable[..., Any] = tqdm
    return bar(total=total, unit="page", smoothing=0.1, dynamic_ncols=True, file=sys.stderr)
