"""The work of one chunk of items, run in a worker process: import each page, make its rows.

Everything here is a top-level function of picklable arguments, for process
pools and Dask alike. A page that raises becomes an error record; the chunk
goes on. The rows travel as plain columns (lists), cheaper to pickle than
pyarrow tables; the process that writes the part makes the tables
(:func:`arrow_tables`), so the workers need not import pyarrow at all.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.connection
import os
import threading
from pathlib import Path
from typing import Any

import attrs

from newsthread.corpus._inputs import Item
from newsthread.errors import DocumentError, TableError
from newsthread.model import Article
from newsthread.tables._rows import Columns

__all__ = ["ChunkResult", "arrow_tables", "merged_arrow_tables", "run_chunk", "start_worker"]

#: Characters of an error message kept in errors.jsonl.
MESSAGE_LIMIT = 1000


@attrs.define
class ChunkResult:
    """What a chunk gives back: the keys it handled, rows or lines, errors and counts."""

    keys: list[str]
    columns: dict[str, Columns] | None = None  # table -> column -> values (format parquet)
    # (key, path, comments, quotes) of each article in ``columns``, in order.
    rows_of: list[tuple[str, str, int, int]] = attrs.Factory(list)
    lines: list[str] = attrs.Factory(list)  # flat JSON documents (format jsonl)
    errors: list[dict[str, str]] = attrs.Factory(list)
    articles: int = 0
    comments: int = 0
    quotes: int = 0


def start_worker() -> None:
    """Run once in each worker process: import what chunks need, then freeze it all.

    A full collection otherwise walks every object of the imports (hundreds of
    thousands) again and again; frozen, they are never scanned, and the memory a
    worker shares with the server it forked from is not copied by the collector
    touching it. Collection stays on for what the worker makes: the trees of
    the pages (cycles through their parent links) are freed as before. On the
    980 dev pages the collector's time fell from about 0.19 to 0.07 CPU s.
    """
    import newsthread.corpus._warm  # noqa: F401 - forked from the warm server: already done

    _end_with_the_batch()
    gc.freeze()


def _end_with_the_batch() -> None:
    """End this worker when the batch process ends without closing the pool (killed by a signal).

    The pool's queues never reach their end then (each worker holds their
    ends too), so the worker, and the fork server that waits for its
    workers, would sleep for ever. A thread waits on the batch process's
    sentinel and ends the worker when it dies.
    """
    batch = multiprocessing.parent_process()
    if batch is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([batch.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="newsthread-batch-watch", daemon=True).start()


def run_chunk(items: list[Item], fmt: str, quotes: bool = True) -> ChunkResult:
    """Import every item of the chunk and turn the articles into rows (or JSON lines)."""
    result = ChunkResult(keys=[item.key for item in items])
    done: list[tuple[Item, Article]] = []
    for item in items:
        try:
            done.append((item, _load(item, quotes)))
        except Exception as error:
            result.errors.append(_error_record(item, error))
    if fmt == "jsonl":
        _to_lines(done, result)
    else:
        _to_columns(done, result)
    _sort_errors(result)
    return result


def _sort_errors(result: ChunkResult) -> None:
    if len(result.errors) > 1:
        order = {key: index for index, key in enumerate(result.keys)}
        result.errors.sort(key=lambda record: order[record["input"]])


def _load(item: Item, quotes: bool) -> Article:
    if item.kind == "error":
        raise _Reported(item.error or "Error", str(item.data))
    if item.kind == "article":
        assert isinstance(item.data, Article)
        if quotes and item.find_quotes:
            from newsthread.quotes import annotate

            annotate(item.data)
        return item.data
    data = item.data if item.data is not None else Path(item.path).read_bytes()
    assert not isinstance(data, Article)
    if item.kind == "html":
        from newsthread.html import from_html

        article = from_html(data, url=item.url, quotes=quotes)
    elif item.kind == "markdown":
        from newsthread.markdown import from_markdown

        article = from_markdown(data, url=item.url, quotes=quotes)
    else:
        from newsthread.serialize import from_json

        article = from_json(data)
    if item.crawled is not None:
        article.extra["crawl_date"] = item.crawled
    return article


class _Reported(Exception):
    """An error found while reading a container, reported under the type it had."""

    def __init__(self, type_name: str, message: str) -> None:
        super().__init__(message)
        self.type_name = type_name


def _error_record(item: Item, error: Exception) -> dict[str, str]:
    return _record_of(item.key, item.path, error)


def _record_of(key: str, path: str, error: Exception) -> dict[str, str]:
    kind = error.type_name if isinstance(error, _Reported) else type(error).__name__
    message = str(error) or kind
    if len(message) > MESSAGE_LIMIT:
        message = message[: MESSAGE_LIMIT - 1] + "…"
    return {"input": key, "path": path, "error": kind, "message": message}


def _count(result: ChunkResult, counts: tuple[int, int]) -> None:
    result.articles += 1
    result.comments += counts[0]
    result.quotes += counts[1]


def _to_lines(done: list[tuple[Item, Article]], result: ChunkResult) -> None:
    from newsthread.serialize import to_json

    for item, article in done:
        try:
            line = to_json(article, flat=True)
            if not line.isascii():
                _check_utf8(line)
        except Exception as error:
            result.errors.append(_error_record(item, error))
            continue
        result.lines.append(line)
        _count(result, (sum(1 for _ in article.iter_comments()), len(article.quotes)))


def _check_utf8(line: str) -> None:
    """Raise DocumentError for a lone surrogate (from a JSON escape): no UTF-8 file can hold it."""
    try:
        line.encode()
    except UnicodeEncodeError as error:
        raise DocumentError(
            f"a string holds a lone surrogate (\\u{ord(line[error.start]):04x}), "
            "which UTF-8 cannot write"
        ) from error


def _to_columns(done: list[tuple[Item, Article]], result: ChunkResult) -> None:
    from newsthread.tables._rows import RowBuffer

    buffer = RowBuffer()
    for item, article in done:
        mark = buffer.mark()
        try:
            counts = buffer.add(article, item.key)
        except TableError as error:  # a node with no table form
            buffer.rollback(mark)
            result.errors.append(_error_record(item, error))
            continue
        result.rows_of.append((item.key, item.path, *counts))
        _count(result, counts)
    result.columns = buffer.take()


def arrow_tables(result: ChunkResult) -> dict[str, Any]:
    """The chunk's columns as pyarrow tables (table name -> Table), where the part is written.

    An article with a value its column cannot hold (an integer past 64 bits)
    becomes an error record of the chunk instead, and leaves its counts.
    """
    from newsthread.tables._arrow import to_arrow

    columns = result.columns
    assert columns is not None
    try:
        return {name: to_arrow(name, cols) for name, cols in columns.items()}
    except TableError:
        pass
    rows = {name: _rows_by_article(cols) for name, cols in columns.items()}
    kept: set[str] = set()
    for key, path, comments, quotes in result.rows_of:
        try:
            for name, cols in columns.items():
                to_arrow(name, _select(cols, rows[name].get(key, [])))
        except TableError as error:
            result.errors.append(_record_of(key, path, error))
            result.articles -= 1
            result.comments -= comments
            result.quotes -= quotes
        else:
            kept.add(key)
    _sort_errors(result)
    return {
        name: to_arrow(
            name, _select(cols, [i for i, key in enumerate(cols["article_id"]) if key in kept])
        )
        for name, cols in columns.items()
    }


def merged_arrow_tables(results: list[ChunkResult]) -> dict[str, Any]:
    """The columns of several chunks as one pyarrow table each, in chunk order.

    One conversion per table instead of one per chunk and table: the cost of a
    conversion is largely per call. When a value does not fit, each chunk is
    converted alone (:func:`arrow_tables`, which turns the articles at fault
    into error records of their chunk).
    """
    from newsthread.tables._arrow import to_arrow

    merged: dict[str, Columns] = {}
    for result in results:
        assert result.columns is not None
        for name, columns in result.columns.items():
            into = merged.get(name)
            if into is None:
                merged[name] = {column: list(values) for column, values in columns.items()}
                continue
            for column, values in columns.items():
                into[column].extend(values)
    try:
        return {name: to_arrow(name, columns) for name, columns in merged.items()}
    except TableError:
        pass
    import pyarrow as pa

    tables = [arrow_tables(result) for result in results]
    return {name: pa.concat_tables([t[name] for t in tables]).combine_chunks() for name in merged}


def _rows_by_article(columns: Columns) -> dict[str, list[int]]:
    rows: dict[str, list[int]] = {}
    for index, key in enumerate(columns["article_id"]):
        rows.setdefault(key, []).append(index)
    return rows


def _select(columns: Columns, indices: list[int]) -> Columns:
    return {name: [values[i] for i in indices] for name, values in columns.items()}
