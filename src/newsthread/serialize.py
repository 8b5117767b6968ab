"""Serialisation: an article as a dict, JSON (nested or flat) and JSON Lines, through cattrs.

Two document forms carry the same data:

- **nested**: the tree as JSON nesting (``{"schema_version": 1, "title": ...,
  "body": [...], "comments": [{"id": ..., "replies": [...]}]}``);
- **flat**: one record per node with integer ``node`` and ``parent`` ids, in
  document order (``{"schema_version": 1, "records": [...]}``): the form for
  huge and deep threads, JSON Lines corpora and tables.

The model classes carry no JSON knowledge: :mod:`newsthread._codec` describes
the document (types, the strict converter :func:`make_converter`, each node's
codec) and :mod:`newsthread._forms` walks the tree into either form with an
explicit stack, so reply chains of any depth round-trip at the default
recursion limit. Both JSON paths (this module's and :mod:`newsthread._msgspec`)
read that one description. Loading checks everything and raises
:class:`~newsthread.errors.DocumentError` with a JSONPath such as
``$.comments[3].published``; writing refuses what loading would refuse.
"""

from __future__ import annotations

import codecs
import io
import json
import re
import uuid
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from os import PathLike
from typing import IO, Any, TypeAlias, cast

from newsthread._checks import check_writable
from newsthread._codec import (
    BLOCK_TYPES,
    JSON_SAFE_DEPTH,
    RECORD_TYPES,
    SCHEMA_VERSION,
    JSONDict,
    make_converter,
    node_codecs,
    own_dict,
)
from newsthread._forms import (
    flat_document,
    from_dict,
    from_flat,
    nested_document,
    to_dict,
    to_flat,
)
from newsthread._gc import gc_paused
from newsthread._json import loads_deep
from newsthread.errors import DocumentError
from newsthread.model import Article
from newsthread.tree import Node

__all__ = [
    "BLOCK_TYPES",
    "RECORD_TYPES",
    "SCHEMA_VERSION",
    "from_dict",
    "from_flat",
    "from_json",
    "make_converter",
    "read_jsonl",
    "to_dict",
    "to_flat",
    "to_json",
    "write_jsonl",
]

#: Nodes per piece when writing deeper documents (two JSON levels each).
_CHUNK_DEPTH = 100

Source: TypeAlias = str | bytes | bytearray


# -- JSON -----------------------------------------------------------------------


def to_json(article: Article, *, flat: bool = False, indent: int | None = None) -> str:
    """The article as a JSON document, nested (default) or flat; any depth works.

    ``indent`` pretty-prints documents of ordinary depth; deeper nested
    documents are always written compactly. With msgspec installed (the
    ``fast`` extra) compact documents are written by it, three to four times
    faster: the same document, the same text but for how floats are spelled.

    An article :func:`from_json` would not read back is refused with
    :class:`~newsthread.errors.DocumentError` saying where: an invalid
    datetime or URL (:mod:`newsthread._validate`), two comments or speakers
    with one id, a quote whose speaker is not in :attr:`Article.speakers`.
    """
    check_writable(article)
    try:
        with gc_paused(bool(article.comments) or len(article.body) > 100):
            return _write_json(article, flat, indent)
    except DocumentError:
        raise
    except (TypeError, ValueError) as error:  # a value in ``extra`` JSON cannot hold
        raise DocumentError(f"cannot write as JSON: {error}") from error


def _write_json(article: Article, flat: bool, indent: int | None) -> str:
    accelerator = _accelerator() if indent is None else None
    if accelerator is not None:
        text: str | None = accelerator.dumps(article, flat)
        if text is not None:
            return text
    if flat:
        return _dumps(flat_document(article), indent)
    document = nested_document(article, depth_limit=JSON_SAFE_DEPTH)
    if document is not None:
        try:
            return _dumps(document, indent)
        except RecursionError:  # the caller's own stack was already deep
            pass
    return _dumps_nested_deep(article)


def _dumps(document: JSONDict, indent: int | None) -> str:
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(document, ensure_ascii=False, indent=indent, separators=separators)


def _dumps_nested_deep(article: Article) -> str:
    """Write a deep nested document as pieces of bounded depth, each by ``json.dumps``.

    Every ``_CHUNK_DEPTH`` levels a subtree is cut out of its parent's list and
    replaced by a marker string holding a random token; the pieces are then
    spliced together in document order. Should a marker be found anywhere but
    where it was put (a string in the data equal to it), the slow writer runs
    instead.
    """
    own = {cls: codec.own for cls, codec in node_codecs().items()}
    token = uuid.uuid4().hex
    root = own[Article](article)
    chunks: list[JSONDict] = [root]
    stack: list[tuple[Node, JSONDict, int]] = [(article, root, 0)]
    pop, push = stack.pop, stack.append
    while stack:
        node, out, depth = pop()
        for name in node._child_fields:
            kids = getattr(node, name)
            if not kids:
                continue
            items: list[Any] = []
            for kid in kids:
                item = own[type(kid)](kid)
                if not kid._child_fields:
                    items.append(item)
                elif depth + 1 < _CHUNK_DEPTH:
                    items.append(item)
                    push((kid, item, depth + 1))
                else:
                    items.append(f"{token}:{len(chunks)}")
                    chunks.append(item)
                    push((kid, item, 0))
            out[name] = items
    try:
        texts = [json.dumps(chunk, ensure_ascii=False, separators=(",", ":")) for chunk in chunks]
    except RecursionError:  # the caller's own stack was already deep
        return _dumps_nested_slow(article)
    marker = re.compile(f'"{token}:([0-9]+)"')
    if sum(len(marker.findall(text)) for text in texts) != len(chunks) - 1:
        return _dumps_nested_slow(article)
    parts: list[str] = []
    todo: list[tuple[str, int]] = [(texts[0], 0)]
    while todo:
        text, start = todo.pop()
        found = marker.search(text, start)
        if found is None:
            parts.append(text[start:] if start else text)
            continue
        parts.append(text[start : found.start()])
        todo.append((text, found.end()))
        todo.append((texts[int(found.group(1))], 0))
    return "".join(parts)


def _dumps_nested_slow(article: Article) -> str:
    """Write the nested form one node at a time, with the structure between nodes by hand."""
    codecs = node_codecs()
    parts: list[str] = []
    todo: list[Node | str] = [article]
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        text = json.dumps(own_dict(item, codecs), ensure_ascii=False, separators=(",", ":"))
        lists = [(name, kids) for name in item._child_fields if (kids := getattr(item, name))]
        if not lists:
            parts.append(text)
            continue
        parts.append(text[:-1])  # reopen the object to append its child lists
        ahead: list[Node | str] = []
        for name, kids in lists:
            ahead.append(f'{"," if text != "{}" or ahead else ""}"{name}":[')
            for position, kid in enumerate(kids):
                if position:
                    ahead.append(",")
                ahead.append(kid)
            ahead.append("]")
        ahead.append("}")
        todo.extend(reversed(ahead))
    return "".join(parts)


def from_json(source: Source) -> Article:
    """Read a JSON document written by :func:`to_json`, nested or flat, of any depth.

    The cyclic garbage collector is paused while a large document (64 KiB or
    more) is read: a load creates objects that all stay alive, and the
    collector's passes over them took half the time (see
    ``benchmarks/README.md``). It is switched back on afterwards, as it was.
    """
    with gc_paused(len(source) >= _BULK):
        accelerator = _accelerator()
        if accelerator is not None:
            article: Article | None = accelerator.loads(source)
            if article is not None:
                return article
        return _from_document(_loads(source))


# Documents at least this long (characters or bytes) are read with the collector paused.
_BULK = 64 * 1024


@cache
def _accelerator() -> Any:
    """:mod:`newsthread._msgspec` when msgspec is installed (the ``fast`` extra), else None."""
    try:
        from newsthread import _msgspec
    except ImportError:
        return None
    return _msgspec


def _loads(source: Source) -> Any:
    try:
        return json.loads(source)
    except RecursionError:
        # decoded as json.loads decodes bytes (UTF-8, -16 or -32 by their first bytes)
        text = (
            source
            if isinstance(source, str)
            else bytes(source).decode(json.detect_encoding(source), "surrogatepass")
        )
        try:
            return loads_deep(text)
        except json.JSONDecodeError as error:
            raise _json_error(error) from error
    except json.JSONDecodeError as error:
        raise _json_error(error) from error
    except UnicodeDecodeError as error:
        raise DocumentError(f"not UTF-8 text: {error.reason} at byte {error.start}") from error


def _json_error(error: json.JSONDecodeError) -> DocumentError:
    return DocumentError(f"invalid JSON at line {error.lineno} column {error.colno}: {error.msg}")


def _from_document(data: Any) -> Article:
    if isinstance(data, Mapping) and "records" in data:
        return from_flat(data)
    return from_dict(data)


# -- JSON Lines -----------------------------------------------------------------

PathOrFile: TypeAlias = str | PathLike[str] | IO[str]


def write_jsonl(articles: Iterable[Article], target: PathOrFile, *, flat: bool = True) -> int:
    """Write one article per line (flat form by default) and return how many were written."""
    if isinstance(target, str | PathLike):
        with open(target, "w", encoding="utf-8") as stream:
            return write_jsonl(articles, stream, flat=flat)
    count = 0
    for article in articles:
        target.write(to_json(article, flat=flat))
        target.write("\n")
        count += 1
    return count


def read_jsonl(source: PathOrFile | IO[bytes]) -> Iterator[Article]:
    """Stream the articles of a JSON Lines file (either form on each line); blank lines are skipped.

    A file or binary stream is decoded by its byte-order mark (UTF-8, UTF-16,
    UTF-32), else as UTF-8, as :func:`from_json` decodes bytes. A bad line
    raises :class:`~newsthread.errors.DocumentError` whose ``line`` says which
    (1-based), text that is not in the encoding included.
    """
    if isinstance(source, str | PathLike):
        with open(source, "rb") as stream:
            yield from read_jsonl(stream)
        return
    if not isinstance(source, io.BufferedIOBase | io.RawIOBase):
        yield from _read_lines(cast(IO[str], source))
        return
    binary = cast(IO[bytes], source)
    if hasattr(binary, "peek"):
        head = binary.peek(4)[:4]
    elif binary.seekable():
        head = binary.read(4)
        binary.seek(-len(head), io.SEEK_CUR)
    else:  # pragma: no cover - every binary stream the library meets peeks or seeks
        head = b""
    encoding = _bom_encoding(head)
    if encoding == "utf-8-sig":
        # Line by line, so that bytes that are not UTF-8 are reported on their own line.
        yield from _read_lines(_utf8_lines(binary))
        return
    text = io.TextIOWrapper(binary, encoding=encoding)
    try:
        yield from _read_lines(text)
    finally:
        text.detach()  # the caller's stream stays open


def _utf8_lines(binary: IO[bytes]) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    for raw in binary:
        yield decoder.decode(raw)


def _bom_encoding(head: bytes) -> str:
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return "utf-8-sig"


def _read_lines(lines: Iterable[str]) -> Iterator[Article]:
    number = 0
    try:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                yield from_json(line)
            except DocumentError as error:
                raise DocumentError(
                    f"line {number}: {error.reason}", error.path, line=number
                ) from error
    except UnicodeDecodeError as error:
        raise DocumentError(
            f"line {number + 1}: not {error.encoding} text ({error.reason})", line=number + 1
        ) from error
