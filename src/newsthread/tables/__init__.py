"""Articles as columnar tables: ``articles``, ``blocks``, ``comments``, ``quotes``, ``speakers``.

One row per article, body block, comment, quote and speaker, keyed by
``article_id`` and by each node's pre-order number ``node`` (the numbering of
the flat JSON form). The tables hold everything the tree holds, so they read
back into exactly the same trees; see ``docs/corpus.md`` for every column.
pyarrow (the ``parquet`` extra) is needed for Arrow and Parquet, pandas for
:func:`to_pandas`/:func:`from_pandas`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsthread.errors import MissingExtraError
from newsthread.model import Article
from newsthread.tables._columns import COLUMNS, TABLE_NAMES, TABLE_SCHEMA_VERSION, Column
from newsthread.tables._rows import PATH_DEPTH_LIMIT, RowBuffer, assemble, group_rows

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = [
    "COLUMNS",
    "PATH_DEPTH_LIMIT",
    "TABLE_NAMES",
    "TABLE_SCHEMA_VERSION",
    "Column",
    "RowBuffer",
    "arrow_schema",
    "from_pandas",
    "from_tables",
    "read_parquet",
    "read_parquet_with_ids",
    "to_pandas",
    "to_tables",
    "write_parquet",
]

#: Articles per Parquet part written by :func:`write_parquet`.
PART_SIZE = 10_000
#: Rows (of all tables) gathered before a row group is written.
ROW_GROUP_ROWS = 50_000


def _ids(articles: Iterable[Article], ids: Iterable[str] | None) -> Iterator[tuple[str, Article]]:
    if ids is None:
        return ((str(index), article) for index, article in enumerate(articles))
    return zip(ids, articles, strict=True)


def arrow_schema(table: str) -> pa.Schema:
    """The pyarrow schema of ``table`` (column descriptions in each field's metadata)."""
    from newsthread.tables import _arrow

    return _arrow.schema(table)


def to_tables(articles: Iterable[Article], ids: Iterable[str] | None = None) -> dict[str, pa.Table]:
    """The articles as one pyarrow Table per table name; ids default to "0", "1", ..."""
    from newsthread.tables import _arrow

    buffer = RowBuffer()
    for article_id, article in _ids(articles, ids):
        buffer.add(article, article_id)
    return {name: _arrow.to_arrow(name, cols) for name, cols in buffer.take().items()}


def from_tables(tables: Mapping[str, pa.Table]) -> list[Article]:
    """The articles of :func:`to_tables` output, in the order of the articles table.

    Rows may come in any order (a query result, a sorted frame): they are
    grouped by ``article_id`` and ordered by ``node``.
    """
    from newsthread.tables import _arrow

    rows = {name: _arrow.rows_of(name, tables[name]) for name in TABLE_NAMES}
    return [assemble(aid, group) for aid, group in group_rows(rows).items()]


def write_parquet(
    articles: Iterable[Article],
    directory: str | os.PathLike[str],
    *,
    ids: Iterable[str] | None = None,
    part_size: int = PART_SIZE,
) -> int:
    """Write the articles as a folder per table of Parquet parts; return how many were written.

    Rows go out in row groups as they come: memory holds at most
    ``ROW_GROUP_ROWS`` rows, whatever the number of articles.
    """
    from newsthread.tables import _arrow

    Path(directory).mkdir(parents=True, exist_ok=True)
    buffer = RowBuffer()
    writer: _arrow.PartWriter | None = None
    count = 0
    try:
        for article_id, article in _ids(articles, ids):
            if writer is None:
                writer = _arrow.PartWriter(directory, f"part-{count // part_size:05d}")
            buffer.add(article, article_id)
            count += 1
            if buffer.rows >= ROW_GROUP_ROWS or count % part_size == 0:
                writer.write(buffer.take())
            if count % part_size == 0:
                writer.close()
                writer = None
        if writer is None and count == 0:
            writer = _arrow.PartWriter(directory, "part-00000")
        if writer is not None:
            writer.write(buffer.take())
            writer.close()
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    return count


def read_parquet(directory: str | os.PathLike[str]) -> Iterator[Article]:
    """Stream the articles of a folder of tables written by :func:`write_parquet` or a batch run."""
    for _, article in read_parquet_with_ids(directory):
        yield article


def read_parquet_with_ids(directory: str | os.PathLike[str]) -> Iterator[tuple[str, Article]]:
    """Like :func:`read_parquet`, with each article's ``article_id``."""
    from newsthread.tables import _arrow

    for rows in _arrow.iter_parts(directory):
        for article_id, group in group_rows(rows).items():
            yield article_id, assemble(article_id, group)


def to_pandas(
    articles: Iterable[Article], ids: Iterable[str] | None = None
) -> dict[str, pd.DataFrame]:
    """The tables as pandas DataFrames with Arrow-backed columns (exact ints, lists, UTC times)."""
    pd = _pandas()
    return {
        name: table.to_pandas(types_mapper=pd.ArrowDtype)
        for name, table in to_tables(articles, ids).items()
    }


def from_pandas(frames: Mapping[str, pd.DataFrame]) -> list[Article]:
    """The articles of :func:`to_pandas` output (or frames with the same columns)."""
    import pyarrow as pa

    _pandas()
    tables: dict[str, Any] = {
        name: pa.Table.from_pandas(frames[name], preserve_index=False) for name in TABLE_NAMES
    }
    return from_tables(tables)


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as error:  # pragma: no cover - pandas is missing
        raise MissingExtraError("pandas", "pandas") from error
    return pandas
