"""Turn the bytes of a saved page or document into text, or say clearly why not."""

from __future__ import annotations

import codecs
import re

from newsthread.errors import InputError

__all__ = ["decode_bytes", "looks_binary"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that do not occur in text (tab, newline, form feed, carriage return and ESC do).
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def looks_binary(data: bytes, sample: int = 8192) -> bool:
    """True when the start of ``data`` holds NUL or other control bytes that text never has."""
    head = data[:sample]
    if not head:
        return False
    return len(_BINARY.findall(head)) > max(1, len(head) // 100)


def decode_bytes(data: bytes, declared: str | None = None, *, source: str | None = None) -> str:
    """Decode by byte-order mark, then the ``declared`` encoding, then UTF-8, then detection.

    Detection uses charset-normalizer when it is installed and otherwise falls
    back to Windows-1252, which decodes any byte (the most common legacy
    encoding of web pages). A declared encoding that Python does not know is
    ignored, not fatal. Binary data raises :class:`~newsthread.errors.InputError`.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if looks_binary(data):
        raise InputError("binary data, not text", source)
    if declared:
        try:
            codec = codecs.lookup(declared.strip().strip("\"'"))
        except LookupError:
            codec = None
        if codec is not None:
            # Pages declaring latin-1 are in practice windows-1252 (as the HTML standard says).
            name = "cp1252" if codec.name in {"latin-1", "iso8859-1", "ascii"} else codec.name
            try:
                return data.decode(name)
            except UnicodeDecodeError:
                pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return data.decode("cp1252", errors="replace")
    best = from_bytes(data).best()
    if best is None:
        return data.decode("cp1252", errors="replace")
    return str(best)
