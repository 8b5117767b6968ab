"""Turn the bytes of a saved page or document into text, or say clearly why not."""

from __future__ import annotations

import codecs
import re

from newsthread.errors import InputError

__all__ = ["decode_bytes", "decode_bytes_utf8", "looks_binary"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Below this many bytes detection guesses wrong more often than Windows-1252 does.
_DETECTION_MINIMUM = 512
# Control characters that do not occur in text (tab, newline, form feed, carriage return and ESC do).
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def looks_binary(data: bytes, sample: int = 8192) -> bool:
    """True when the start of ``data`` holds NUL or other control bytes that text never has."""
    head = data[:sample]
    if not head:
        return False
    return len(_BINARY.findall(head)) > max(1, len(head) // 100)


def decode_bytes(data: bytes, declared: str | None = None, *, source: str | None = None) -> str:
    """Decode by byte-order mark, then as UTF-8 if valid, then the ``declared`` encoding, then detection.

    Detection uses charset-normalizer when it is installed and the input is
    long enough to judge; otherwise, and when detection fails, Windows-1252
    (the most common legacy encoding of web pages) decodes it. A declared
    encoding that Python does not know is ignored, not fatal. Binary data raises :class:`~newsthread.errors.InputError`.
    """
    return decode_bytes_utf8(data, declared, source=source)[0]


def decode_bytes_utf8(
    data: bytes, declared: str | None = None, *, source: str | None = None
) -> tuple[str, bool]:
    """:func:`decode_bytes`' text, and whether it is ``data`` read as UTF-8 without a byte-order
    mark (then encoding the text gives ``data`` back: a caller that needs UTF-8 keeps ``data``)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), False
    wide = declared and declared.strip().strip("\"'").lower().replace("_", "-")
    if wide and wide.startswith(("utf-16", "utf-32")):  # full of NUL bytes, yet text
        try:
            return data.decode(wide), False
        except (UnicodeDecodeError, LookupError):
            pass
    if looks_binary(data):
        raise InputError("binary data, not text", source)
    # Valid UTF-8 with non-ASCII bytes is almost never legacy text by accident, and pages
    # often declare Latin-1 while serving UTF-8: so it goes before the declaration.
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            codec = codecs.lookup(declared.strip().strip("\"'"))
        except LookupError:
            codec = None
        if codec is not None and codec.name != "utf-8":
            # Pages declaring latin-1 are in practice windows-1252 (as the HTML standard says).
            name = "cp1252" if codec.name in {"latin-1", "iso8859-1", "ascii"} else codec.name
            try:
                return data.decode(name), False
            except UnicodeDecodeError:
                pass
    if len(data) < _DETECTION_MINIMUM:
        return data.decode("cp1252", errors="replace"), False
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return data.decode("cp1252", errors="replace"), False
    best = from_bytes(data).best()
    if best is None:
        return data.decode("cp1252", errors="replace"), False
    return str(best), False
