"""The batch on Dask: the same work, as a ``dask.bag`` of partitions, on a cluster or a LocalCluster.

The files of a corpus are cut into partitions (consecutive single pages, or one
container file such as a WARC each); every partition is one task that imports
its pages and writes its own part of each table straight into OUTDIR, which
therefore must be a folder every worker can reach (a shared or network file
system). The client records each finished part in the manifest, so a run
resumes like a local one. With no scheduler address a ``LocalCluster`` of
worker processes is started and closed again.
"""

from __future__ import annotations

import importlib
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from newsthread.corpus._inputs import Item, discover, expand, reader_for
from newsthread.corpus._local import CHUNK_SIZE, chunked, default_jobs
from newsthread.corpus._output import Output, PartSink
from newsthread.corpus._work import run_chunk
from newsthread.errors import MissingExtraError

__all__ = ["FILES_PER_PARTITION", "partitions", "run_dask"]

#: Single-page files per partition (a container file is a partition of its own).
FILES_PER_PARTITION = 64


def partitions(files: list[Path], size: int = FILES_PER_PARTITION) -> list[list[str]]:
    """The files cut into partitions, in order."""
    out: list[list[str]] = []
    pages: list[str] = []
    for path in files:
        if reader_for(path) in (None, "html", "markdown", "json"):
            pages.append(str(path))
            if len(pages) == size:
                out.append(pages)
                pages = []
            continue
        if pages:
            out.append(pages)
            pages = []
        out.append([str(path)])
    if pages:
        out.append(pages)
    return out


def run_partition(
    task: tuple[str, list[str]],
    outdir: str,
    fmt: str,
    quotes: bool,
    done: frozenset[str],
    partition_by: str | None = None,
) -> tuple[dict[str, Any] | None, int]:
    """Import one partition's pages and write its part; return its manifest entry and pages skipped."""
    part, files = task
    skipped = [0]

    def todo() -> Iterator[Item]:
        for item in expand([Path(f) for f in files]):
            if item.key in done:
                skipped[0] += 1
            else:
                yield item

    items = todo()
    sink: PartSink | None = None
    try:
        for chunk in chunked(items, CHUNK_SIZE):
            if sink is None:
                sink = PartSink(Path(outdir), part, fmt, partition_by)
            sink.add(run_chunk(chunk, fmt, quotes))
    except BaseException:
        if sink is not None:
            sink.abort()
        raise
    return (None if sink is None else sink.close()), skipped[0]


def run_dask(
    inputs: Iterable[str | os.PathLike[str]],
    outdir: str | os.PathLike[str],
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    fmt: str = "parquet",
    quotes: bool = True,
    stdin: IO[str] | None = None,
    files_per_partition: int = FILES_PER_PARTITION,
    partition_by: str | None = None,
) -> dict[str, Any]:
    """Run a batch on the Dask cluster at ``scheduler`` (or a new LocalCluster); return the summary."""
    try:
        # Typed as Any: dask's own annotations are partial.
        db: Any = importlib.import_module("dask.bag")
        distributed: Any = importlib.import_module("distributed")
    except ImportError as error:
        raise MissingExtraError("dask", "dask") from error
    started = time.perf_counter()
    files = discover([os.fspath(p) for p in inputs], stdin=stdin)
    output = Output(outdir, fmt, partition_by)
    done = frozenset(output.done_keys())
    tasks = [
        (output.part_name(index), group)
        for index, group in enumerate(partitions(files, files_per_partition))
    ]
    cluster: Any = None
    if scheduler is None:
        workers = workers or default_jobs()
        cluster = distributed.LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
    client = distributed.Client(cluster if cluster is not None else scheduler)
    pages = skipped = 0
    try:
        if tasks:
            bag = db.from_sequence(tasks, npartitions=len(tasks)).map(
                run_partition, str(Path(outdir).resolve()), fmt, quotes, done, partition_by
            )
            futures = client.compute(bag.to_delayed())
            for future in distributed.as_completed(futures):
                for entry, skipped_here in future.result():
                    skipped += skipped_here
                    if entry is not None:
                        output.commit(entry)
                        pages += entry["pages"]
        workers = len(client.scheduler_info()["workers"])
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    output.sort_entries()
    seconds = time.perf_counter() - started
    run = {
        "engine": "dask",
        "workers": workers,
        "pages": pages,
        "skipped": skipped,
        "seconds": round(seconds, 3),
        "pages_per_second": round(pages / seconds, 1) if seconds else 0.0,
    }
    return output.write_summary(run)
