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
            for record in records:
                if record.rec_type != "response" or not _is_html_page(record):
                    continue
                data = record.content_stream().read()
                offset = records.get_record_offset()
                missing = _missing_bytes(record)
                if missing:
                    message = (
                        f"the file ends inside this record: {missing} of its "
                        f"{record.length} bytes are missing"
                    )
                    yield Item(f"{path}#{offset}", "error", str(path), message, error="InputError")
                    return
                yield Item(
                    f"{path}#{offset}",
                    "html",
                    str(path),
                    data=data,
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    crawled=record.rec_headers.get_header("WARC-Date"),
                )
        except ArchiveLoadFailed as error:
            raise InputError(f"not a readable WARC file: {error}", str(path)) from error


def _missing_bytes(record: Any) -> int:
    """Bytes of the record's declared length that the file does not hold (warcio reads a cut record without a word)."""
    raw = record.raw_stream
    raw.read()  # what the payload's decoding left (a chunked body's end); all of it in a whole record
    return int(getattr(raw, "limit", 0) or 0)


def _is_html_page(record: object) -> bool:
    headers = getattr(record, "http_headers", None)
    if headers is None:
        return False
    status = headers.get_statuscode() or ""
    content_type = (headers.get_header("Content-Type") or "text/html").lower()
    return status.startswith("2") and content_type.startswith(_HTML_TYPES)
