"""Small corpora for the batch tests: a folder and a WARC, each with good and broken pages."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

EXAMPLES = Path(__file__).parent.parent / "examples" / "data" / "corpus"
GOOD = ("harbour.html", "library.html", "notes.html")


def page(name: str) -> Path:
    """A good page: the README's two example pages, and one more kept with the tests."""
    shared = EXAMPLES / name
    return shared if shared.exists() else Path(__file__).parent / "data" / "corpus" / name


BINARY = bytes(range(256)) * 8
DEEP = b"<html><body>" + b"<div>" * 6000 + b"</body></html>"
WARC_DATE = "2025-03-03T10:00:00Z"


def make_folder(root: Path) -> Path:
    """pages/: three good pages, one too deeply nested to parse, one binary, one empty."""
    folder = root / "pages"
    (folder / "sub").mkdir(parents=True)
    for name in GOOD:
        shutil.copy(page(name), folder / name)
    (folder / "sub" / "deep.html").write_bytes(DEEP)
    (folder / "binary.html").write_bytes(BINARY)
    (folder / "empty.html").write_bytes(b"")
    (folder / ".hidden.html").write_bytes(b"<p>not read</p>")
    (folder / "notes.txt").write_text("not a page either")
    return folder


def make_warc(path: Path) -> Path:
    """A gzipped WARC: pages as above, plus records a batch passes over."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)

        def response(
            url: str, body: bytes, status: str = "200 OK", kind: str = "text/html"
        ) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": WARC_DATE},
            )
            writer.write_record(record)

        request = writer.create_warc_record(
            "https://coast.example/harbour-reopens",
            "request",
            payload=io.BytesIO(b"GET /harbour-reopens HTTP/1.1\r\nHost: coast.example\r\n\r\n"),
        )
        writer.write_record(request)
        response("https://coast.example/harbour-reopens", page("harbour.html").read_bytes())
        response("https://coast.example/logo.png", BINARY, kind="image/png")
        response("https://valley.example/library", page("library.html").read_bytes())
        response("https://valley.example/gone", b"<p>gone</p>", status="404 Not Found")
        response("https://valley.example/deep", DEEP)
        response("https://valley.example/binary", BINARY)
        response("https://valley.example/empty", b"")
    return path
