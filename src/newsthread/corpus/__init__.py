"""Corpus scale: folders, crawls and dumps in; one table per node type out, on every core.

:func:`run_batch` reads files, folders, globs, WARC files and JSON Lines of
newsthread documents (and whatever :func:`register_reader` adds), imports each
page in a pool of worker processes, and writes the ``articles``, ``blocks``,
``comments``, ``quotes`` and ``speakers`` tables (see :mod:`newsthread.tables`)
as folders of Parquet parts, with ``errors.jsonl`` and ``summary.json``. One
bad page is an error record, never the end of a run; a second run into the
same folder skips what the first finished. :mod:`newsthread.corpus.dask` runs
the same work on a Dask cluster. See ``docs/corpus.md``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import IO, Any

from newsthread.corpus._inputs import (
    Item,
    SourceReader,
    discover,
    expand,
    register_reader,
    unregister_reader,
)
from newsthread.corpus._local import CHUNK_SIZE, PART_SIZE, default_jobs, run_local
from newsthread.corpus._output import FORMATS
from newsthread.corpus._partition import PARTITIONS

__all__ = [
    "CHUNK_SIZE",
    "ENGINES",
    "FORMATS",
    "PARTITIONS",
    "PART_SIZE",
    "Item",
    "SourceReader",
    "default_jobs",
    "discover",
    "expand",
    "register_reader",
    "run_batch",
    "unregister_reader",
]

ENGINES = ("local", "dask")


def run_batch(
    inputs: Iterable[str | os.PathLike[str]],
    outdir: str | os.PathLike[str],
    *,
    engine: str = "local",
    jobs: int | None = None,
    format: str = "parquet",
    quotes: bool = True,
    progress: bool | None = None,
    scheduler: str | None = None,
    part_size: int = PART_SIZE,
    stdin: IO[str] | None = None,
    partition_by: str | None = None,
) -> dict[str, Any]:
    """Turn a corpus into tables in ``outdir``; return the summary (as written to summary.json).

    ``jobs`` worker processes (default: every core); ``format`` ``parquet``
    (the tables) or ``jsonl`` (flat newsthread documents);
    ``progress`` a bar on standard error (default: when it is a terminal).
    ``engine="dask"`` runs on the cluster at ``scheduler``, or on a
    ``LocalCluster`` of ``jobs`` workers when none is given.
    ``partition_by`` ``"site"`` or ``"hash"`` splits every table into
    ``site=HOST`` or ``bucket=NN`` sub-folders (Parquet only).
    """
    if format not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {format!r}")
    if engine == "local":
        return run_local(
            inputs,
            outdir,
            jobs=jobs,
            fmt=format,
            quotes=quotes,
            progress=progress,
            part_size=part_size,
            stdin=stdin,
            partition_by=partition_by,
        )
    if engine == "dask":
        from newsthread.corpus.dask import run_dask

        return run_dask(
            inputs,
            outdir,
            scheduler=scheduler,
            workers=jobs,
            fmt=format,
            quotes=quotes,
            stdin=stdin,
            partition_by=partition_by,
        )
    raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
