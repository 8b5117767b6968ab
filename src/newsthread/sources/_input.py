"""Opening source files: plain or zstd-compressed bytes, read line by line, errors that say where."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, TypeAlias

from newsthread.errors import InputError, MissingExtraError, ParseError

__all__ = ["PathOrFile", "Source", "name_of", "open_binary", "read_all", "read_lines", "size_hint"]

PathOrFile: TypeAlias = str | os.PathLike[str] | IO[bytes]
Source: TypeAlias = PathOrFile | bytes

_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_CHUNK = 1 << 20
# Pushshift's dumps are compressed with a 2 GiB window; the library default refuses them.
_ZSTD_WINDOW = 1 << 31


def name_of(source: Source) -> str:
    """How errors name the input: its path, the file object's name, or ``<bytes>``."""
    if isinstance(source, bytes):
        return "<bytes>"
    if isinstance(source, str | os.PathLike):
        return os.fspath(source)
    return str(getattr(source, "name", "<stream>"))


def read_lines(source: PathOrFile) -> Iterator[tuple[int, bytes]]:
    """Yield ``(line number, line)`` for every non-blank line; ``.zst`` input is decompressed.

    A broken or truncated zstd stream raises :class:`~newsthread.errors.ParseError`
    naming the file and the last line read.
    """
    if isinstance(source, str | os.PathLike):
        with open(source, "rb") as stream:
            yield from read_lines(stream)
        return
    name = name_of(source)
    _check_binary(source, name)
    head = _peek(source)
    lines: Iterator[bytes] = _zstd_lines(source, name) if head == _ZSTD_MAGIC else iter(source)
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield number, line


def read_all(source: Source) -> tuple[bytes, str]:
    """The whole input as bytes (decompressed when zstd) and its name for errors."""
    name = name_of(source)
    if isinstance(source, bytes):
        data = source
    elif isinstance(source, str | os.PathLike):
        data = Path(source).read_bytes()
    else:
        _check_binary(source, name)
        data = source.read()
    if data[:4] == _ZSTD_MAGIC:
        data = b"".join(_zstd_lines(io.BytesIO(data), name))
    return data, name


#: How much larger than its compressed size a zstd input counts when choosing a grouping.
ZSTD_RATIO = 10


@contextmanager
def open_binary(source: Source) -> Iterator[IO[bytes]]:
    """The input as a binary stream read incrementally (decompressed when zstd), closed on exit."""
    name = name_of(source)
    if isinstance(source, bytes):
        stream: IO[bytes] = io.BytesIO(source)
    elif isinstance(source, str | os.PathLike):
        stream = open(source, "rb")  # noqa: SIM115 - closed below
    else:
        _check_binary(source, name)
        stream = source
    try:
        buffered = stream if hasattr(stream, "peek") else io.BufferedReader(_Unclosed(stream))
        if _peek(buffered) == _ZSTD_MAGIC:
            yield io.BufferedReader(_Chunks(_zstd_lines(buffered, name)), 1 << 16)
        else:
            yield buffered
    finally:
        if stream is not source:
            stream.close()


def size_hint(source: Source) -> int | None:
    """Expected bytes of input (a zstd file counts ``ZSTD_RATIO`` times its size), None for a stream."""
    if isinstance(source, bytes):
        return len(source) * (ZSTD_RATIO if source[:4] == _ZSTD_MAGIC else 1)
    if isinstance(source, str | os.PathLike):
        size = os.path.getsize(source)
        return size * ZSTD_RATIO if os.fspath(source).endswith(".zst") else size
    return None


class _Unclosed(io.RawIOBase):
    """A caller's stream seen as raw bytes, left open when the wrapper is dropped."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


class _Chunks(io.RawIOBase):
    """An iterator of byte chunks as a readable raw stream."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._left = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._left:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._left = chunk
        size = min(len(buffer), len(self._left))
        buffer[:size] = self._left[:size]
        self._left = self._left[size:]
        return size


def _check_binary(stream: IO[bytes], name: str) -> None:
    if isinstance(stream, io.TextIOBase):
        raise InputError("sources read bytes: open the file in binary mode ('rb')", name)


def _peek(stream: IO[bytes]) -> bytes:
    peek = getattr(stream, "peek", None)
    if peek is not None:
        head: bytes = peek(4)[:4]
        return head
    if stream.seekable():
        position = stream.tell()
        head = stream.read(4)
        stream.seek(position)
        return head
    return b""


def _zstandard() -> Any:
    try:
        import zstandard
    except ImportError:
        raise MissingExtraError("zstandard", "zstd") from None
    return zstandard


def _zstd_lines(stream: IO[bytes], name: str) -> Iterator[bytes]:
    """Decompress frame after frame and cut the output into lines; refuse a cut-off last frame."""
    zstandard = _zstandard()
    decompressor = zstandard.ZstdDecompressor(max_window_size=_ZSTD_WINDOW)
    frame = decompressor.decompressobj()
    started = False  # the current frame has been fed bytes
    carry = b""
    lines = 0
    while chunk := stream.read(_CHUNK):
        while chunk:
            try:
                out = frame.decompress(chunk)
            except zstandard.ZstdError as error:
                raise ParseError(
                    f"broken zstd data after line {lines}: {error}", name, lines + 1
                ) from None
            started = True
            chunk = b""
            if frame.eof:
                chunk = frame.unused_data
                frame = decompressor.decompressobj()
                started = False
            if out:
                parts = (carry + out).split(b"\n")
                carry = parts.pop()
                lines += len(parts)
                yield from (part + b"\n" for part in parts)
    if started and not frame.eof:
        raise ParseError(f"zstd data cut off after line {lines}", name, lines + 1)
    if carry:
        yield carry
