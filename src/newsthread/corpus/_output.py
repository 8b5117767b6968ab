"""The output folder of a batch: table parts, the manifest that makes runs resumable, errors, summary.

::

    OUTDIR/articles/part-00000.parquet   one folder per table, parts with the same names
    OUTDIR/comments/part-00000.parquet   (format jsonl: articles/part-00000.jsonl only)
    OUTDIR/errors.jsonl                  one line per input that failed: input, path, error, message
    OUTDIR/summary.json                  totals over every run into OUTDIR, and this run's speed
    OUTDIR/_manifest.jsonl               one line per finished part: its inputs, counts, errors

With ``partition_by`` (``site`` or ``hash``) each part is split into sub-folders
of every table (``articles/site=example.com/part-00000-000.parquet``, one file
per row group written), each holding whole articles.

A part is written under a hidden name and renamed when complete; only then is
its manifest line written. A run that stops half-way leaves no trace but
hidden files, which the next run deletes; that run then skips every input the
manifest names (failed ones included) and writes new parts after the old.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from pathlib import Path
from typing import Any

from newsthread.corpus._partition import PARTITIONS, partition_of
from newsthread.corpus._work import ChunkResult, merged_arrow_tables
from newsthread.errors import InputError
from newsthread.tables._columns import TABLE_NAMES, TABLE_SCHEMA_VERSION

__all__ = ["FORMATS", "Output", "PartSink"]

FORMATS = ("parquet", "jsonl")
MANIFEST = "_manifest.jsonl"
ERRORS = "errors.jsonl"
SUMMARY = "summary.json"
#: Rows (of all tables) gathered from chunks before a row group is written.
ROW_GROUP_ROWS = 50_000
#: Chunks whose columns (Python lists) become Arrow tables together: few conversions, yet
#: a bounded number of rows held as Python objects, and little left to convert after the last chunk.
CONVERT_CHUNKS = 8
_PART = re.compile(r"^part-\d+")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Output:
    """An output folder: what earlier runs finished, and where the next parts go."""

    def __init__(
        self, directory: str | os.PathLike[str], fmt: str, partition_by: str | None = None
    ) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
        if partition_by is not None and (partition_by not in PARTITIONS or fmt != "parquet"):
            raise ValueError(
                f"partition_by must be one of {PARTITIONS} (format parquet), not {partition_by!r}"
            )
        self.directory = Path(directory)
        self.format = fmt
        self.partition_by = partition_by
        self.directory.mkdir(parents=True, exist_ok=True)
        self.entries: list[dict[str, Any]] = self._read_manifest()
        # The keys stay on disk; in memory only as one set.
        self._done = {key for entry in self.entries for key in entry.pop("keys")}
        for entry in self.entries:
            if entry["format"] != fmt:
                raise InputError(
                    f"the folder holds {entry['format']} output; cannot add {fmt} to it",
                    str(self.directory),
                )
            if entry.get("partition_by") != partition_by:
                raise InputError(
                    f"the folder's tables are partitioned by {entry.get('partition_by')}; "
                    f"cannot add parts partitioned by {partition_by}",
                    str(self.directory),
                )
        self._clean()
        with (self.directory / ERRORS).open("w", encoding="utf-8") as stream:
            for entry in self.entries:
                stream.writelines(_dumps(record) + "\n" for record in entry["errors"])

    def _read_manifest(self) -> list[dict[str, Any]]:
        path = self.directory / MANIFEST
        if not path.exists():
            return []
        entries = []
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        for line in lines:
            try:
                entries.append(json.loads(line))
            except json.JSONDecodeError:
                break
        if len(entries) < len(lines) or (lines and not lines[-1].endswith("\n")):
            # A line cut short by a crash: drop it (its part is redone) before appending more.
            good = lines[: len(entries)]
            if good and not good[-1].endswith("\n"):
                good[-1] += "\n"
            path.write_text("".join(good), encoding="utf-8")
        return entries

    def _clean(self) -> None:
        """Delete unfinished parts and parts the manifest does not name."""
        known = {entry["part"] for entry in self.entries}
        files = [
            file
            for table in TABLE_NAMES
            if (self.directory / table).is_dir()
            for file in sorted((self.directory / table).rglob("*"))
            if file.is_file()
        ]
        if not (self.directory / MANIFEST).exists() and any(
            not file.name.startswith(".") for file in files
        ):
            raise InputError(
                "the folder holds tables that no batch run wrote; choose another",
                str(self.directory),
            )
        (self.directory / MANIFEST).touch()
        for file in files:
            match = _PART.match(file.name)
            if file.name.startswith(".") or match is None or match.group() not in known:
                file.unlink()

    def done_keys(self) -> set[str]:
        """The inputs earlier runs finished (written or failed)."""
        return self._done

    def part_name(self, offset: int = 0) -> str:
        """The name of the next part (``offset`` parts further on)."""
        return f"part-{len(self.entries) + offset:05d}"

    def sink(self, part: str) -> PartSink:
        return PartSink(self.directory, part, self.format, self.partition_by)

    def commit(self, entry: dict[str, Any]) -> None:
        """Record a finished part: its manifest line, then its errors."""
        with (self.directory / MANIFEST).open("a", encoding="utf-8") as stream:
            stream.write(_dumps(entry) + "\n")
            stream.flush()
            os.fsync(stream.fileno())
        with (self.directory / ERRORS).open("a", encoding="utf-8") as stream:
            stream.writelines(_dumps(record) + "\n" for record in entry["errors"])
        # The keys stay on disk only: memory must not grow with the corpus.
        self.entries.append({k: v for k, v in entry.items() if k != "keys"})

    def sort_entries(self) -> None:
        """Put the manifest and errors.jsonl in part order (parts finish in any order on a cluster)."""
        self.entries.sort(key=lambda entry: str(entry["part"]))
        manifest = self.directory / MANIFEST
        lines = manifest.read_text(encoding="utf-8").splitlines(keepends=True)
        lines.sort(key=lambda line: str(json.loads(line)["part"]))
        manifest.write_text("".join(lines), encoding="utf-8")
        with (self.directory / ERRORS).open("w", encoding="utf-8") as stream:
            for entry in self.entries:
                stream.writelines(_dumps(record) + "\n" for record in entry["errors"])

    def write_summary(self, run: dict[str, Any]) -> dict[str, Any]:
        """Totals over every part, plus ``run`` (this run's figures); written to summary.json."""
        errors: Counter[str] = Counter()
        for entry in self.entries:
            errors.update(record["error"] for record in entry["errors"])
        summary = {
            "format": self.format,
            "table_schema_version": TABLE_SCHEMA_VERSION,
            "parts": len(self.entries),
            "pages": sum(entry["pages"] for entry in self.entries),
            "articles": sum(entry["articles"] for entry in self.entries),
            "comments": sum(entry["comments"] for entry in self.entries),
            "quotes": sum(entry["quotes"] for entry in self.entries),
            "errors": sum(errors.values()),
            "errors_by_type": dict(sorted(errors.items())),
            "run": run,
        }
        path = self.directory / SUMMARY
        path.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return summary


class PartSink:
    """Writes one part from chunk results, in row groups as they come."""

    def __init__(
        self, directory: Path, part: str, fmt: str, partition_by: str | None = None
    ) -> None:
        self.directory = directory
        self.part = part
        self.format = fmt
        self.partition_by = partition_by
        self.entry: dict[str, Any] = {
            "part": part,
            "format": fmt,
            "partition_by": partition_by,
            "pages": 0,
            "articles": 0,
            "comments": 0,
            "quotes": 0,
            "keys": [],
            "errors": [],
        }
        # Chunks whose columns wait to become Arrow tables (at most CONVERT_CHUNKS); each is
        # counted in the entry once its tables are made (a value that does not fit makes an error).
        self._pending: list[ChunkResult] = []
        self._converted: dict[str, list[Any]] = {}  # table -> Arrow tables of the next row group
        self._rows = 0
        self._writer: Any = None
        self._lines: Any = None
        self._finished: list[Any] = []  # partitioned: the files of earlier row groups
        self._flushes = 0
        if partition_by is not None:
            pass  # a writer per partition and row group, made as rows come
        elif fmt == "parquet":
            from newsthread.tables._arrow import PartWriter

            self._writer = PartWriter(directory, part)
        else:
            folder = directory / "articles"
            folder.mkdir(parents=True, exist_ok=True)
            self._lines = (folder / f".{part}.jsonl.tmp").open("w", encoding="utf-8")

    @property
    def pages(self) -> int:
        pages: int = self.entry["pages"]
        return pages

    def add(self, result: ChunkResult) -> None:
        self.entry["keys"].extend(result.keys)
        self.entry["pages"] += len(result.keys)
        if result.columns is None:
            self._count(result)
            if self._lines is not None:
                self._lines.writelines(line + "\n" for line in result.lines)
            return
        self._pending.append(result)
        self._rows += sum(len(columns["article_id"]) for columns in result.columns.values())
        if self._rows >= ROW_GROUP_ROWS:
            self._flush()
        elif len(self._pending) >= CONVERT_CHUNKS:
            self._convert()

    def _count(self, result: ChunkResult) -> None:
        entry = self.entry
        entry["errors"].extend(result.errors)
        entry["articles"] += result.articles
        entry["comments"] += result.comments
        entry["quotes"] += result.quotes

    def _convert(self) -> None:
        """Turn the pending chunks' columns into Arrow tables, and count the chunks."""
        pending, self._pending = self._pending, []
        if not pending:
            return
        for name, table in merged_arrow_tables(pending).items():
            if table.num_rows:
                self._converted.setdefault(name, []).append(table)
        for result in pending:
            self._count(result)

    def _tables(self) -> dict[str, Any]:
        """The next row group: one single-chunk pyarrow table per table with rows."""
        import pyarrow as pa

        self._convert()
        converted, self._converted, self._rows = self._converted, {}, 0
        return {
            name: tables[0] if len(tables) == 1 else pa.concat_tables(tables).combine_chunks()
            for name, tables in converted.items()
        }

    def _flush(self) -> None:
        if self.partition_by is not None:
            self._flush_partitioned()
            return
        tables = self._tables()
        for name in TABLE_NAMES:
            if name in tables:
                self._writer.write_table(name, tables[name])

    def _flush_partitioned(self) -> None:
        """Write the gathered rows as one file per partition, in every table, under hidden names."""
        from newsthread.tables._arrow import PartWriter

        assert self.partition_by is not None
        tables = self._tables()
        if "articles" not in tables:
            return
        articles = tables["articles"]
        where = {
            aid: partition_of(self.partition_by, aid, (url, canonical))
            for aid, url, canonical in zip(
                articles.column("article_id").to_pylist(),
                articles.column("url").to_pylist(),
                articles.column("canonical_url").to_pylist(),
                strict=True,
            )
        }
        rows: dict[str, dict[str, list[int]]] = {key: {} for key in sorted(set(where.values()))}
        for name, table in tables.items():
            for index, aid in enumerate(table.column("article_id").to_pylist()):
                rows[where[aid]].setdefault(name, []).append(index)
        for key, indices in rows.items():
            writer = PartWriter(self.directory, f"{key}/{self.part}-{self._flushes:03d}")
            self._finished.append(writer)
            for name in TABLE_NAMES:
                if name in indices:
                    writer.write_table(name, tables[name].take(indices[name]))
            writer.finish()
        self._flushes += 1

    def close(self) -> dict[str, Any]:
        """Finish the part's files; return its manifest entry."""
        if self._lines is not None:
            self._lines.close()
            folder = self.directory / "articles"
            os.replace(folder / f".{self.part}.jsonl.tmp", folder / f"{self.part}.jsonl")
        elif self.partition_by is not None:
            self._flush()
            for writer in self._finished:
                writer.publish()
        else:
            self._flush()
            self._writer.close()
        return self.entry

    def abort(self) -> None:
        if self._lines is not None:
            self._lines.close()
            (self.directory / "articles" / f".{self.part}.jsonl.tmp").unlink(missing_ok=True)
        elif self.partition_by is not None:
            for writer in self._finished:
                writer.abort()
        else:
            self._writer.abort()
