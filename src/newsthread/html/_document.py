"""Bytes or text of a page -> a parsed lexbor document, or a typed error saying why not."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from newsthread._decode import decode_bytes_utf8, looks_binary
from newsthread.errors import InputError, NestingTooDeepError
from newsthread.html._body.alternation import by_first_letter

__all__ = ["MAX_DEPTH", "MAX_SIZE", "decode_html", "parse_html", "sniff_charset"]

#: Largest page accepted, in characters (or bytes before decoding).
MAX_SIZE = 64 * 1024 * 1024
#: Deepest nesting of block elements accepted. HTML5 tree building costs time
#: proportional to the depth for every block start tag (the "p in button scope"
#: check), so pathological nests are refused before parsing rather than hang.
MAX_DEPTH = 5000

# How far into the page the charset declaration is looked for (the HTML standard
# says 1024 bytes; real pages put long <head> preambles before it).
_SNIFF_BYTES = 8192
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._-]+)""")
# Block elements whose end tag is required, so open minus closed tags tracks depth.
_BLOCK_TAGS = (
    "div|ul|ol|dl|blockquote|section|article|aside|main|nav|header|footer|"
    "table|tbody|tr|td|fieldset|figure|details|center"
)
_NESTING_TAG = re.compile(r"<(/?)(?:" + _BLOCK_TAGS + r")(?=[\s>/])", re.IGNORECASE)

# The start tags of ``_NESTING_TAG`` (``<(?:…)(?=[\s>/])``, the case ignored), found in the text's
# UTF-8 form: as many as in the text (more only where the text held lone surrogates, which the
# UTF-8 form leaves out), read a byte at a time whatever the width of the text's characters.
# Spelled out for that: the letters that match a character beyond ASCII when the case is
# ignored (i: U+0130 and U+0131, k: the Kelvin sign U+212A, s: the long s U+017F), and the
# characters ``\s`` matches in a text (those of str.isspace), in UTF-8.
_BEYOND_ASCII = {
    "i": rb"(?:i|\xc4[\xb0\xb1])",
    "k": rb"(?:k|\xe2\x84\xaa)",
    "s": rb"(?:s|\xc5\xbf)",
}
_UNICODE_SPACE = (
    rb"[\t\n\x0b\x0c\r\x1c-\x1f ]|\xc2[\x85\xa0]|\xe1\x9a\x80|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]|"
    rb"\xe2\x81\x9f|\xe3\x80\x80"
)


def _utf8_word(word: str) -> bytes:
    return b"".join(_BEYOND_ASCII.get(char, char.encode("ascii")) for char in word)


# (the tags grouped by first letter: see ``by_first_letter``)
_NESTING_OPEN_UTF8 = re.compile(
    rb"<(?:"
    + by_first_letter(
        "|".join(_utf8_word(tag).decode("latin-1") for tag in _BLOCK_TAGS.split("|"))
    ).encode("latin-1")
    + rb")(?=[>/]|"
    + _UNICODE_SPACE
    + rb")",
    re.IGNORECASE,
)


def sniff_charset(data: bytes) -> str | None:
    """The encoding a page declares in its first bytes (``<meta charset>``, HTTP-equiv, XML)."""
    head = data[:_SNIFF_BYTES]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if match is None:
        return None
    return match.group(1).decode("ascii", "replace")


def decode_html(data: bytes, *, source: str | None = None) -> str:
    """Decode a page by byte-order mark, then its declared charset, then detection."""
    return _decode_page(data, source)[0]


def _decode_page(data: bytes, source: str | None) -> tuple[str, bool]:
    """The page's text, and whether it is ``data`` read as UTF-8 (see ``decode_bytes_utf8``)."""
    # (empty or only ASCII whitespace, as ``not data.strip()`` says, without copying the page:
    # ``isspace`` stops at the first other byte)
    if not data or data.isspace():
        raise InputError("empty page", source)
    if len(data) > MAX_SIZE:
        raise InputError(f"page too large: {len(data)} bytes (limit {MAX_SIZE})", source)
    return decode_bytes_utf8(data, sniff_charset(data), source=source)


def _check_depth(text: str, data: bytes, source: str | None) -> None:
    # Depth cannot exceed the number of start tags (parse_html counts them first, in the
    # UTF-8 form ``data``), nor the number of block start tags: counted in C, in ``data``
    # too (at least as many as in the text), most pages end here.
    if len(_NESTING_OPEN_UTF8.findall(data)) <= MAX_DEPTH:
        return
    depth = 0
    deepest = 0
    where = 0
    for match in _NESTING_TAG.finditer(text):
        if match.group(1):
            if depth:
                depth -= 1
        else:
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    where = match.start()
                    break
    if deepest > MAX_DEPTH:
        line = text.count("\n", 0, where) + 1
        column = where - text.rfind("\n", 0, where)
        raise NestingTooDeepError(deepest, MAX_DEPTH, source, line, column)


def parse_html(source: str | bytes, *, name: str | None = None) -> LexborHTMLParser:
    """Parse a page with lexbor after checking it is text, not empty, not huge, not absurdly deep."""
    raw = b""
    utf8 = False  # whether ``raw`` is the text's UTF-8 form already
    if isinstance(source, bytes | bytearray | memoryview):
        raw = bytes(source)
        text, utf8 = _decode_page(raw, name)
    elif isinstance(source, str):
        text = source
    else:
        raise TypeError(f"from_html() takes str or bytes, not {type(source).__name__}")
    if not text or text.isspace():
        raise InputError("empty page", name)
    if len(text) > MAX_SIZE:
        raise InputError(f"page too large: {len(text)} characters (limit {MAX_SIZE})", name)
    # The bytes lexbor parses (it encodes a str just so): scanned for NUL and "<" far
    # faster than the str, whose characters may be two or four bytes wide.
    data = raw if utf8 else text.encode("utf-8", "ignore")
    if b"\x00" in data:
        if looks_binary(text[:8192].encode("utf-8", "replace")):
            raise InputError("binary data, not an HTML page", name)
        text = text.replace("\x00", "\ufffd")
        data = text.encode("utf-8", "ignore")
    if data.count(b"<") > MAX_DEPTH:
        _check_depth(text, data, name)
    return LexborHTMLParser(data)
