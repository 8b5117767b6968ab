"""What a batch reads: arguments to files, and files to work items (one page or document each).

Arguments are files, folders (walked in name order, hidden entries skipped),
glob patterns and ``-`` (a list of paths on standard input). Each file goes to
the reader its name calls for: HTML, Markdown, a newsthread JSON document,
JSON Lines of them, WARC, or a reader registered with :func:`register_reader`
(platform dumps). Expanding files into items streams: a WARC or a dump is
never read whole.
"""

from __future__ import annotations

import functools
import glob
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import IO, TypeAlias

import attrs

from newsthread.errors import InputError
from newsthread.model import Article

__all__ = [
    "BUILTIN_SUFFIXES",
    "Item",
    "SourceReader",
    "discover",
    "expand",
    "reader_for",
    "register_reader",
]

#: A registered reader: a file's path to its articles, each alone or with its own id.
SourceReader: TypeAlias = Callable[[Path], Iterable[Article | tuple[str, Article]]]

#: File endings read without a registered reader, and the kind of item each gives.
BUILTIN_SUFFIXES: dict[str, str] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
}
_GLOB_CHARS = frozenset("*?[")


@attrs.frozen
class Item:
    """One unit of work: a page or a document, named by ``key`` (its ``article_id`` in the tables).

    ``data`` is the content when the parent already read it (a WARC record, a
    JSON line, an article from a registered reader); None means the worker
    reads ``path`` itself. An item of kind ``error`` stands for a file that
    could not be read through: ``data`` is the message, ``error`` the type.
    """

    key: str
    kind: str
    path: str
    data: bytes | str | Article | None = None
    url: str | None = None
    crawled: str | None = None
    error: str | None = None
    #: Whether the worker finds the quotes of ``data`` (an Article read without them).
    find_quotes: bool = False


@attrs.frozen
class _Registered:
    name: str
    read: SourceReader
    suffixes: tuple[str, ...]
    match: Callable[[Path], bool] | None
    find_quotes: bool = False


_REGISTRY: list[_Registered] = []


def register_reader(
    name: str,
    read: SourceReader,
    *,
    suffixes: Sequence[str] = (),
    match: Callable[[Path], bool] | None = None,
    find_quotes: bool = False,
) -> None:
    """Read files that end with one of ``suffixes`` (or for which ``match`` is true) with ``read``.

    ``read`` takes the file's path and yields Articles, or ``(id, Article)``
    pairs whose id makes the ``article_id`` (``path#id``). Registered readers
    are tried before the built-in ones, the latest first; registering a name
    again replaces it. It runs in the main process: it should stream. With
    ``find_quotes`` the workers find the quotes of its articles (in a run with
    quotes on), so that a reader can leave that work to them.
    """
    if not suffixes and match is None:
        raise ValueError("give suffixes or match")
    _REGISTRY[:] = [r for r in _REGISTRY if r.name != name]
    suffixes = tuple(s.lower() for s in suffixes)
    _REGISTRY.insert(0, _Registered(name, read, suffixes, match, find_quotes))


def unregister_reader(name: str) -> None:
    """Forget the reader registered as ``name`` (nothing happens if there is none)."""
    _REGISTRY[:] = [r for r in _REGISTRY if r.name != name]


def reader_for(path: Path) -> str | None:
    """The reader of a file: a registered reader's name, a built-in kind, or None."""
    name = path.name.lower()
    for registered in _REGISTRY:
        if name.endswith(registered.suffixes or ("\0",)) or (
            registered.match is not None and registered.match(path)
        ):
            return registered.name
    for suffix in sorted(BUILTIN_SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return BUILTIN_SUFFIXES[suffix]
    return None


def discover(arguments: Iterable[str], stdin: IO[str] | None = None) -> list[Path]:
    """The files named by ``arguments``, in order, each once.

    A folder gives the files under it whose ending has a reader; a file named
    outright is read as HTML when its ending has none. An argument that names
    nothing raises :class:`~newsthread.errors.InputError`.
    """
    found: dict[Path, None] = {}
    for argument in arguments:
        if argument == "-":
            lines = (stdin or sys.stdin).read().splitlines()
            for path in discover([line.strip() for line in lines if line.strip()]):
                found.setdefault(path, None)
            continue
        path = Path(argument)
        if path.is_file():
            found.setdefault(path, None)
        elif path.is_dir():
            for file in _walk(path):
                found.setdefault(file, None)
        elif _GLOB_CHARS & set(argument):
            matches = sorted(glob.glob(argument, recursive=True))
            if not matches:
                raise InputError("the pattern matches no file", argument)
            for match in matches:
                for file in [Path(match)] if os.path.isfile(match) else _walk(Path(match)):
                    found.setdefault(file, None)
        else:
            raise InputError("no such file or folder", argument)
    return list(found)


def _walk(folder: Path) -> list[Path]:
    files: list[Path] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            path = Path(root, name)
            if not name.startswith(".") and reader_for(path) is not None:
                files.append(path)
    return sorted(files, key=lambda p: p.relative_to(folder).parts)


def expand(files: Iterable[Path]) -> Iterator[Item]:
    """The work items of each file, in order; containers (WARC, JSON Lines, dumps) stream."""
    for path in files:
        kind = reader_for(path) or "html"
        name = str(path)
        if kind in ("html", "markdown", "json"):
            yield Item(name, kind, name)
            continue
        try:
            if kind == "jsonl":
                yield from _jsonl_items(path)
            elif kind == "warc":
                from newsthread.corpus._warc import warc_items

                yield from warc_items(path)
            else:
                yield from _registered_items(path, kind)
        except Exception as error:  # a broken container is one error, not the end of the run
            if isinstance(error, ImportError):
                raise
            yield Item(f"{name}#error", "error", name, data=str(error), error=type(error).__name__)


def _jsonl_items(path: Path) -> Iterator[Item]:
    with path.open(encoding="utf-8-sig", errors="surrogateescape") as stream:
        for number, line in enumerate(stream, start=1):
            if line.strip():
                yield Item(f"{path}:{number}", "json", str(path), data=line)


def _registered_items(path: Path, name: str) -> Iterator[Item]:
    (registered,) = [r for r in _REGISTRY if r.name == name]
    for index, entry in enumerate(registered.read(path)):
        if isinstance(entry, tuple):
            entry_id, article = entry
        else:
            entry_id, article = str(index), entry
        yield Item(
            f"{path}#{entry_id}",
            "article",
            str(path),
            data=article,
            find_quotes=registered.find_quotes,
        )


def crawl_date(value: str | None) -> datetime | None:
    """A WARC-Date as a datetime (None when missing or unreadable)."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _source_reader(source: str) -> SourceReader:
    """A platform source (:mod:`newsthread.sources`) as a batch reader: bad records are
    skipped and counted in the article's ``extra["repairs"]``, quotes are left to the workers."""

    def read(path: Path) -> Iterator[Article]:
        from newsthread.sources import Report, read_source

        yield from read_source(source, path, errors="skip", report=Report(), quotes=False)

    return read


@functools.lru_cache(maxsize=1)
def _detected(path: Path) -> str | None:
    # Every source's matcher asks about the same path in turn: look at it once.
    from newsthread.sources import detect

    return detect(os.fspath(path))


def _register_sources() -> None:
    from newsthread.sources import FORMATS

    for source in FORMATS:
        register_reader(
            f"source:{source}",
            _source_reader(source),
            match=lambda path, source=source: _detected(path) == source,  # type: ignore[misc]
            find_quotes=True,
        )


_register_sources()
