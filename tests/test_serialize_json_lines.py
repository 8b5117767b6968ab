"""JSON Lines files: UTF-8 whatever the locale, read back by byte-order mark from any binary
stream (seekable, peekable or neither), blank lines skipped, bad lines named exactly."""

from __future__ import annotations

import builtins
import io
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from newsthread import serialize
from newsthread.errors import DocumentError
from newsthread.model import Article, Paragraph
from newsthread.serialize import read_jsonl, to_json, write_jsonl

ARTICLES = [Article(title="é ü", body=[Paragraph("ß")]), Article(title="b")]
TEXT = "".join(to_json(article, flat=True) + "\n" for article in ARTICLES)


def titles(articles: Iterator[Article]) -> list[str | None]:
    return [article.title for article in articles]


def test_a_file_is_written_as_utf8_whatever_the_locale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def latin1_locale_open(
        file: Any, mode: str = "r", encoding: str | None = None, **kw: Any
    ) -> Any:
        # what open() does where the locale's encoding is not UTF-8 (Windows' cp1252, say)
        return builtins.open(file, mode, encoding=encoding or "latin-1", **kw)

    monkeypatch.setattr(serialize, "open", latin1_locale_open, raising=False)
    target = tmp_path / "corpus.jsonl"
    assert write_jsonl(ARTICLES, target) == 2
    assert target.read_bytes().decode("utf-8") == TEXT


def test_a_file_keeps_the_form_asked_for(tmp_path: Path) -> None:
    target = tmp_path / "corpus.jsonl"
    assert write_jsonl(ARTICLES, target, flat=False) == 2
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines == [to_json(article) for article in ARTICLES]
    assert [json.loads(line).get("records") for line in lines] == [None, None]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_a_file_is_read_by_its_byte_order_mark(tmp_path: Path, encoding: str) -> None:
    source = tmp_path / "corpus.jsonl"
    source.write_bytes(TEXT.encode(encoding))
    assert titles(read_jsonl(source)) == ["é ü", "b"]
    assert titles(read_jsonl(str(source))) == ["é ü", "b"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_a_seekable_stream_is_read_by_its_byte_order_mark(encoding: str) -> None:
    stream = io.BytesIO(TEXT.encode(encoding))
    assert titles(read_jsonl(stream)) == ["é ü", "b"]
    assert not stream.closed


@contextmanager
def pipe_with(data: bytes, *, buffered: bool) -> Iterator[Any]:
    """A pipe's reading end holding ``data``: not seekable; peekable only when buffered."""
    read, write = os.pipe()

    def feed() -> None:
        os.write(write, data)
        os.close(write)

    writer = threading.Thread(target=feed)
    writer.start()
    with open(read, "rb", buffering=-1 if buffered else 0) as stream:
        writer.join()
        yield stream


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_a_pipe_that_can_peek_is_read_by_its_byte_order_mark(encoding: str) -> None:
    with pipe_with(TEXT.encode(encoding), buffered=True) as stream:
        assert not stream.seekable()
        assert titles(read_jsonl(stream)) == ["é ü", "b"]


def test_a_stream_that_neither_peeks_nor_seeks_is_read_as_utf8() -> None:
    with pipe_with(TEXT.encode("utf-8"), buffered=False) as stream:
        assert not stream.seekable() and not hasattr(stream, "peek")
        assert titles(read_jsonl(stream)) == ["é ü", "b"]


def test_blank_lines_anywhere_are_skipped() -> None:
    lines = ["", TEXT.splitlines()[0], "   ", "", TEXT.splitlines()[1], ""]
    assert titles(read_jsonl(io.StringIO("\n".join(lines)))) == ["é ü", "b"]
    assert titles(read_jsonl(io.BytesIO("\n".join(lines).encode()))) == ["é ü", "b"]


def test_a_bad_document_names_its_line_and_keeps_its_path() -> None:
    bad = '{"schema_version": 1, "title": 3}'
    with pytest.raises(DocumentError) as caught:
        list(read_jsonl(io.StringIO(TEXT + "\n" + bad + "\n")))
    assert caught.value.line == 4
    assert caught.value.path == "$.title"
    assert caught.value.reason == "line 4: invalid value: expected a string, not an integer"


@pytest.mark.parametrize("before", [0, 1, 2])
def test_bytes_that_are_not_utf8_name_their_own_line(before: int) -> None:
    good = TEXT.splitlines(keepends=True)
    data = (
        "".join(good[:before]).encode() + b'{"schema_version":1,"title":"\xff"}\n' + TEXT.encode()
    )
    with pytest.raises(DocumentError) as caught:
        list(read_jsonl(io.BytesIO(data)))
    assert caught.value.line == before + 1
    assert caught.value.path == "$"
    assert caught.value.reason == f"line {before + 1}: not utf-8 text (invalid start byte)"
