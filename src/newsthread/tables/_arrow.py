"""The tables as pyarrow: schemas, columns to record batches, tables back to rows, Parquet parts.

A set of tables on disk is a folder per table holding Parquet parts with the
same names (``articles/part-00000.parquet``, ``comments/part-00000.parquet``,
...), or partitioned into sub-folders (``articles/bucket=03/part-00000-000.parquet``):
:mod:`pyarrow.dataset`, DuckDB (``read_parquet('out/comments/**/*.parquet')``),
pandas and Spark read each folder as one table. A part holds whole articles,
and is written in row groups as the rows come, under a hidden name that is
renamed when the part is complete.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from newsthread.errors import MissingExtraError, TableError
from newsthread.tables._columns import COLUMNS, TABLE_NAMES, TABLE_SCHEMA_VERSION
from newsthread.tables._rows import Columns, Row

try:
    import pyarrow as pa
    import pyarrow.parquet as pq
except ImportError as error:  # pragma: no cover - the parquet extra is missing
    raise MissingExtraError("pyarrow", "parquet") from error

__all__ = ["PartWriter", "part_names", "read_part", "rows_of", "schema", "to_arrow"]

_SCALARS: dict[str, Any] = {
    "string": pa.string(),
    "json": pa.string(),
    "int64": pa.int64(),
    "float64": pa.float64(),
    "bool": pa.bool_(),
    "time": pa.timestamp("us", tz="UTC"),
    "offset": pa.duration("us"),
    "strings": pa.list_(pa.string()),
}
_STRUCTS: dict[str, Any] = {
    "authors": pa.list_(
        pa.struct([pa.field("name", pa.string(), False), pa.field("url", pa.string())])
    ),
    "spans": pa.list_(
        pa.struct([pa.field("start", pa.int64(), False), pa.field("end", pa.int64(), False)])
    ),
    "links": pa.list_(
        pa.struct(
            [
                pa.field("start", pa.int64(), False),
                pa.field("end", pa.int64(), False),
                pa.field("url", pa.string(), False),
            ]
        )
    ),
}
TYPES: dict[str, Any] = {**_SCALARS, **_STRUCTS}
_VERSION_KEY = b"newsthread.table_schema_version"
_TIME_TYPES = ("time", "offset")
PART_SUFFIX = ".parquet"


@functools.cache
def schema(table: str) -> pa.Schema:
    """The pyarrow schema of one table, with each column's meaning and the layout version."""
    fields = [
        pa.field(c.name, TYPES[c.type], c.nullable, metadata={"description": c.doc})
        for c in COLUMNS[table]
    ]
    return pa.schema(
        fields,
        metadata={b"newsthread.table": table.encode(), _VERSION_KEY: str(TABLE_SCHEMA_VERSION)},
    )


def to_arrow(table: str, columns: Columns) -> pa.Table:
    """One table's columns as a pyarrow Table; a value that does not fit raises TableError."""
    try:
        return pa.Table.from_pydict(columns, schema=schema(table))
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError, UnicodeEncodeError) as error:
        # UnicodeEncodeError: a lone surrogate (a JSON escape), which no UTF-8 column holds.
        raise TableError(f"a value does not fit its column: {error}", table) from error


def rows_of(table: str, data: pa.Table) -> list[Row]:
    """The rows of a pyarrow table as dicts, times as microseconds; checks version and columns."""
    metadata = data.schema.metadata or {}
    version = metadata.get(_VERSION_KEY)
    if version is not None and version != str(TABLE_SCHEMA_VERSION).encode():
        raise TableError(
            f"written with table schema version {version.decode(errors='replace')}, "
            f"this release reads version {TABLE_SCHEMA_VERSION}",
            table,
        )
    target = schema(table)
    missing = [name for name in target.names if name not in data.column_names]
    if missing:
        raise TableError(f"missing column {missing[0]!r}", table)
    arrays = []
    for column in COLUMNS[table]:
        array = data.column(column.name)
        try:
            array = array.cast(TYPES[column.type])
            if column.type in _TIME_TYPES:
                array = array.cast(pa.int64())
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as error:
            raise TableError(
                f"column {column.name!r} has the wrong type: {error}", table
            ) from error
        arrays.append(array)
    rows: list[Row] = pa.table(arrays, names=target.names).to_pylist()
    return rows


class PartWriter:
    """Writes one part of every table, a row group per :meth:`write` call, then renames it into place.

    ``part`` may name a sub-folder (``bucket=03/part-00000-000``): partitioned
    output puts the same file name in the same sub-folder of every table.
    """

    def __init__(self, directory: str | os.PathLike[str], part: str) -> None:
        self.directory = Path(directory)
        self.part = part
        self._writers: dict[str, pq.ParquetWriter] = {}
        for table in TABLE_NAMES:
            final = self._final(table)
            final.parent.mkdir(parents=True, exist_ok=True)
            self._writers[table] = pq.ParquetWriter(
                self._hidden(table), schema(table), compression="zstd"
            )

    def _final(self, table: str) -> Path:
        return self.directory / table / f"{self.part}{PART_SUFFIX}"

    def _hidden(self, table: str) -> Path:
        final = self._final(table)
        return final.with_name(f".{final.name}.tmp")

    def write(self, tables: Mapping[str, Columns]) -> None:
        """Write a row group of each table that has rows."""
        for table in TABLE_NAMES:
            columns = tables[table]
            if columns["article_id"]:
                self._writers[table].write_table(to_arrow(table, columns))

    def write_table(self, table: str, data: pa.Table) -> None:
        """Write ``data`` as a row group of ``table`` (it must have that table's schema)."""
        self._writers[table].write_table(data)

    def finish(self) -> None:
        """Finish every file, still under its hidden name."""
        for writer in self._writers.values():
            writer.close()

    def publish(self) -> None:
        """Move the finished files to their final names."""
        for table in self._writers:
            os.replace(self._hidden(table), self._final(table))

    def close(self) -> None:
        """Finish every file and move it to its final name."""
        self.finish()
        self.publish()

    def abort(self) -> None:
        """Close and delete the unfinished files."""
        for table, writer in self._writers.items():
            writer.close()
            self._hidden(table).unlink(missing_ok=True)


def part_names(directory: str | os.PathLike[str]) -> list[str]:
    """The parts in a folder of tables, in order (from the articles table).

    A part of partitioned output is named with its sub-folder (``site=example.com/part-00000-000``).
    """
    folder = Path(directory) / "articles"
    if not folder.is_dir():
        raise TableError(f"no folder {str(folder)!r}", "articles")
    return sorted(
        p.relative_to(folder).as_posix()[: -len(PART_SUFFIX)]
        for p in folder.rglob(f"*{PART_SUFFIX}")
        if not p.name.startswith(".")
    )


def read_part(directory: str | os.PathLike[str], part: str) -> dict[str, list[Row]]:
    """Every table's rows of one part."""
    tables: dict[str, list[Row]] = {}
    for table in TABLE_NAMES:
        path = Path(directory) / table / f"{part}{PART_SUFFIX}"
        if not path.is_file():
            raise TableError(f"part {part!r} is missing: {str(path)!r}", table)
        tables[table] = rows_of(table, pq.read_table(path))
    return tables


def iter_parts(directory: str | os.PathLike[str]) -> Iterator[dict[str, list[Row]]]:
    """The rows of each part in turn (one part in memory at a time)."""
    for part in part_names(directory):
        yield read_part(directory, part)
