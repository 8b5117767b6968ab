"""Escaping, URL and id hygiene for HTML output built from untrusted text.

Everything here is pure and linear in its input. The export never writes a
value from the model into HTML without going through :func:`text`,
:func:`attr`, :func:`safe_url` or :func:`anchor`.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urljoin

from newsthread._validate import url_problem

__all__ = ["ALLOWED_SCHEMES", "anchor", "attr", "clean", "safe_url", "text"]

#: URL schemes a link may carry; anything else is dropped.
ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})

# Characters an HTML parser would not give back as they are: NUL becomes U+FFFD
# (or vanishes in text), lone surrogates cannot be encoded at all. CR is kept
# but written as a character reference, because parsers fold a raw CR into LF.
_UNREPRESENTABLE = re.compile("[\x00\ud800-\udfff]")
_NEEDS_TEXT_ESCAPE = re.compile("[&<>\r\x00\ud800-\udfff]")
_NEEDS_ATTR_ESCAPE = re.compile("[&<>\"'`\r\x00\ud800-\udfff]")

# What the WHATWG URL parser ignores: leading/trailing C0 controls and spaces,
# and ASCII tab/newline anywhere. We also drop the other invisible characters
# some old parsers skipped (DEL, C1 controls, zero-width and bidi marks).
_URL_IGNORED = re.compile("[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")
# A URL that starts with a lower-case http(s):// and holds none of these is read
# the same way by every parser: the common case, answered without decoding.
_URL_SUSPECT = re.compile(
    "[&\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\ud800-\udfff]"
)
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.\-]*):")
_ANCHOR_SAFE = re.compile(r"[^A-Za-z0-9\-]")


def clean(value: str) -> str:
    """``value`` with the characters HTML cannot carry (NUL, lone surrogates) as U+FFFD."""
    if _UNREPRESENTABLE.search(value) is None:
        return value
    return _UNREPRESENTABLE.sub("\ufffd", value)


def text(value: str) -> str:
    """``value`` escaped for use as element content."""
    if _NEEDS_TEXT_ESCAPE.search(value) is None:
        return value
    out = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return clean(out).replace("\r", "&#13;")


def attr(value: str) -> str:
    """``value`` escaped for use inside a double-quoted attribute value."""
    if _NEEDS_ATTR_ESCAPE.search(value) is None:
        return value
    out = html.escape(value).replace("`", "&#96;")  # html.escape escapes both quotes by default
    return clean(out).replace("\r", "&#13;")


def _scheme(url: str) -> str | None:
    match = _SCHEME.match(url)
    return match.group(1).lower() if match else None


def _normalised(url: str) -> str:
    """The URL the way a lenient browser would read it, for the scheme check."""
    out = url
    for _ in range(4):  # entities inside entities: "&amp;#106;" -> "&#106;" -> "j"
        decoded = html.unescape(out)
        if decoded == out:
            break
        out = decoded
    return _URL_IGNORED.sub("", out)


def safe_url(url: str | None, base: str | None = None) -> str | None:
    """``url`` if it is an absolute http(s) or mailto URL, else None.

    A relative URL is resolved against ``base`` when ``base`` itself is a safe
    absolute http(s) URL, and dropped otherwise. Protocol-relative URLs
    (``//host``, ``\\\\host``) and every other scheme (``javascript:``,
    ``data:``, ``vbscript:``, ``file:`` ...) are dropped. The check is made on
    the URL with entities decoded and ignorable characters removed, so
    ``jav&#x09;ascript:`` and ``java\\tscript:`` are seen for what they are.
    """
    if not url or url_problem(url) is not None:
        return None  # not a URL a document may hold (newsthread._validate): never written
    if url.startswith(("https://", "http://")) and _URL_SUSPECT.search(url) is None:
        return url
    url = clean(url)
    seen = _normalised(url)
    if not seen:
        return None
    scheme = _scheme(seen)
    if scheme is None:
        if seen.startswith(("//", "\\\\", "/\\", "\\/")) or ":" in seen.partition("/")[0]:
            return None
        if base is None:
            return None
        resolved_base = safe_url(base)
        if resolved_base is None or _scheme(resolved_base) not in {"http", "https"}:
            return None
        try:
            joined = urljoin(resolved_base, seen)
        except ValueError:
            return None
        if url_problem(joined) is not None:
            return None
        return joined if _scheme(_normalised(joined)) in {"http", "https"} else None
    if scheme not in ALLOWED_SCHEMES:
        return None
    # The raw string must say the same thing as what we checked: no entity or
    # control-character games between the two readings.
    if _scheme(_URL_IGNORED.sub("", url)) != scheme:
        return None
    if scheme in {"http", "https"} and not seen[len(scheme) + 1 :].startswith("//"):
        return None
    return url


def anchor(prefix: str, raw: str) -> str:
    """A safe HTML id for ``raw``: ``prefix`` + ``raw`` with every character
    outside ``[A-Za-z0-9-]`` written as ``_<hex>_``. The mapping is one-to-one,
    so distinct raw ids give distinct anchors."""
    return prefix + _ANCHOR_SAFE.sub(lambda m: f"_{ord(m.group()):x}_", raw)
