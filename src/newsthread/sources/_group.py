"""Grouping the lines of a dump by thread, in memory bounded by a budget rather than the file.

Dumps are sorted by time, not by thread: the replies of one thread are spread
over the whole file. Four strategies, chosen with ``grouping=``:

- ``"memory"``: every line is kept until the end (fast; memory grows with the file);
- ``"contiguous"``: a thread ends where the next one starts (files already
  grouped, such as API downloads or sorted dumps; memory of one thread); a
  thread that comes back later is reported (``split_thread``) and comes out
  as a second article;
- ``"spill"``: one pass hashes each line by its thread into bucket files in a
  temporary directory, sized so that each holds about ``budget`` bytes; then
  each bucket is grouped in memory. A bucket that still comes out larger than
  twice the budget is split again. Peak memory is about one bucket plus the
  largest thread, whatever the size of the file; disk use is one copy of the
  (decompressed) lines, in the temporary directory (``TMPDIR``);
- ``"auto"`` (the default): ``"memory"`` for inputs smaller than the budget,
  else ``"spill"``.

Threads come out in the order their first line was read (``memory``,
``contiguous``), or bucket by bucket (``spill``).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Literal
from zlib import crc32

__all__ = ["DEFAULT_BUDGET", "SPLIT", "Grouping", "Line", "choose", "group_lines"]

#: Report kind: a thread that came back after another one began (``"contiguous"`` only).
SPLIT = "split_thread"

Grouping = Literal["auto", "memory", "contiguous", "spill"]
Line = tuple[int, bytes]  # (line number, the raw line)

#: Bytes of raw lines grouped in memory at a time by ``"spill"``.
DEFAULT_BUDGET = 64 << 20
_MAX_BUCKETS = 256
_SPLIT_AGAIN = 16  # buckets a too-large bucket is split into
_MAX_LEVEL = 3


def group_lines(
    lines: Iterable[Line],
    key_of: Callable[[bytes], str],
    grouping: Grouping = "auto",
    *,
    size_hint: int | None = None,
    budget: int = DEFAULT_BUDGET,
    on_split: Callable[[str], None] | None = None,
) -> Iterator[tuple[str, list[Line]]]:
    """Yield ``(key, lines)`` for each thread key; ``key_of`` reads a line's key cheaply.

    ``size_hint`` is the expected number of bytes (the file size; compressed
    input counts ten times its size), used by ``"auto"`` and to size buckets.
    ``on_split`` hears of each thread key that comes back with ``"contiguous"``.
    """
    grouping = choose(grouping, size_hint, budget)
    if grouping == "memory":
        return _in_memory(lines, key_of)
    if grouping == "contiguous":
        return _contiguous(lines, key_of, on_split or (lambda key: None))
    if grouping == "spill":
        return _spill(lines, key_of, size_hint, budget)
    raise ValueError(f"grouping must be auto, memory, contiguous or spill, not {grouping!r}")


def choose(grouping: Grouping, size_hint: int | None, budget: int) -> Grouping:
    """The strategy ``"auto"`` stands for with this much input; any other is kept."""
    if grouping == "auto":
        return "memory" if size_hint is not None and size_hint <= budget else "spill"
    return grouping


def _in_memory(
    lines: Iterable[Line], key_of: Callable[[bytes], str]
) -> Iterator[tuple[str, list[Line]]]:
    groups: dict[str, list[Line]] = {}
    for item in lines:
        key = key_of(item[1])
        group = groups.get(key)
        if group is None:
            groups[key] = [item]
        else:
            group.append(item)
    items = list(groups.items())
    groups.clear()
    items.reverse()
    while items:  # hand each group over and let it go, so memory falls as threads are built
        yield items.pop()


def _contiguous(
    lines: Iterable[Line], key_of: Callable[[bytes], str], on_split: Callable[[str], None]
) -> Iterator[tuple[str, list[Line]]]:
    key: str | None = None
    group: list[Line] = []
    done: set[str] = set()  # keys only: a few bytes per thread
    for item in lines:
        this = key_of(item[1])
        if this != key:
            if key is not None:
                done.add(key)
                yield key, group
            if this in done:
                on_split(this)
            key, group = this, []
        group.append(item)
    if key is not None:
        yield key, group


def _spill(
    lines: Iterable[Line], key_of: Callable[[bytes], str], size_hint: int | None, budget: int
) -> Iterator[tuple[str, list[Line]]]:
    buckets = max(1, min(_MAX_BUCKETS, -(-(size_hint or budget * 16) // budget)))
    with tempfile.TemporaryDirectory(prefix="newsthread-") as directory:
        todo = [
            (path, 0) for path in reversed(_partition(lines, key_of, Path(directory), buckets, 0))
        ]
        while todo:
            path, level = todo.pop()
            if path.stat().st_size > 2 * budget and level < _MAX_LEVEL:
                parts = _partition(_read_bucket(path), key_of, path.parent, _SPLIT_AGAIN, level + 1)
                path.unlink()
                if len(parts) > 1:
                    todo.extend((part, level + 1) for part in reversed(parts))
                    continue
                path = parts[0]  # one thread fills the bucket: nothing to split
            yield from _in_memory(_read_bucket(path), key_of)
            path.unlink()


def _partition(
    lines: Iterable[Line], key_of: Callable[[bytes], str], directory: Path, count: int, level: int
) -> list[Path]:
    """Write each line to bucket ``hash(key) % count``; return the buckets that got lines."""
    stem = tempfile.mkstemp(dir=directory, prefix=f"b{level}-")
    os.close(stem[0])
    paths = [Path(f"{stem[1]}-{i}") for i in range(count)]
    files = [open(path, "wb", buffering=1 << 16) for path in paths]  # noqa: SIM115
    try:
        writers = [f.write for f in files]
        for number, line in lines:
            if not line.endswith(b"\n"):
                line += b"\n"
            # crc32, not hash(): str hashes change per process, and the order threads come out in should not
            writers[crc32(key_of(line).encode(), level) % count](b"%d\t%b" % (number, line))
    finally:
        for f in files:
            f.close()
        os.unlink(stem[1])
    used = []
    for path in paths:
        if path.stat().st_size:
            used.append(path)
        else:
            path.unlink()
    return used


def _read_bucket(path: Path) -> Iterator[Line]:
    with open(path, "rb") as stream:
        for record in stream:
            number, _, line = record.partition(b"\t")
            yield int(number), line
