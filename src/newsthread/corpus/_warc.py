"""WARC and WARC.gz files through warcio: each HTML response record is one page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsthread.corpus._inputs import Item
from newsthread.errors import InputError, MissingExtraError

__all__ = ["warc_items"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_items(path: Path) -> Iterator[Item]:
    """One item per response record of an HTML page with a 2xx status, in file order.

    The record's ``WARC-Target-URI`` is the page's URL and its ``WARC-Date`` the
    crawl date; the key is ``path#offset`` (the record's byte offset). Other
    records (requests, metadata, redirects, images) are passed over. A record
    the file ends inside (a cut download) is an error item, never a page cut short.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError as error:  # pragma: no cover - the warc extra is missing
        raise MissingExtraError("warcio", "warc") from error
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        try:
            for record in _records(records, path):
                page = record.rec_type == "response" and _is_html_page(record)
                data = record.content_stream().read() if page else None
                offset = records.get_record_offset()
                cut = _cut_short(record)
                if cut:
                    yield Item(f"{path}#{offset}", "error", str(path), cut, error="InputError")
                    return
                if page:
                    yield Item(
                        f"{path}#{offset}",
                        "html",
                        str(path),
                        data=data,
                        url=record.rec_headers.get_header("WARC-Target-URI"),
                        crawled=record.rec_headers.get_header("WARC-Date"),
                    )
            end = _end_of_records(records)
            stream.seek(end)
            if stream.read(1 << 16).strip():
                message = "the file ends inside a record's headers (after the last whole record)"
                yield Item(f"{path}#{end}", "error", str(path), message, error="InputError")
        except ArchiveLoadFailed as error:
            raise InputError(f"not a readable WARC file: {error}", str(path)) from error


def _records(records: Any, path: Path) -> Iterator[Any]:
    """warcio's records; its AttributeError on a record whose headers the file cuts, as an InputError."""
    iterator = iter(records)
    while True:
        try:
            record = next(iterator)
        except StopIteration:
            return
        except AttributeError as error:
            raise InputError(
                f"a record's headers are cut short or broken: {error}", str(path)
            ) from error
        yield record


def _end_of_records(records: Any) -> int:
    """Where the last record read ends (0 when there was none)."""
    try:
        return int(records.get_record_offset() + records.get_record_length())
    except (AttributeError, TypeError):  # no record read
        return 0


def _cut_short(record: Any) -> str | None:
    """Why the file does not hold the whole record (warcio reads a cut record without a word), or None."""
    if record.rec_headers.get_header("Content-Length") is None:
        return "the file ends inside this record's headers (no Content-Length)"
    missing = _missing_bytes(record)
    if missing:
        return (
            f"the file ends inside this record: {missing} of its {record.length} bytes are missing"
        )
    return None


def _missing_bytes(record: Any) -> int:
    """Bytes of the record's declared length that the file does not hold (warcio reads a cut record without a word)."""
    raw = record.raw_stream
    while raw.read(1 << 16):  # what is left: a skipped record, or a chunked body's end
        pass
    return int(getattr(raw, "limit", 0) or 0)


def _is_html_page(record: object) -> bool:
    headers = getattr(record, "http_headers", None)
    if headers is None:
        return False
    status = headers.get_statuscode() or ""
    content_type = (headers.get_header("Content-Type") or "text/html").lower()
    return status.startswith("2") and content_type.startswith(_HTML_TYPES)
