"""Reading JSON nested to any depth.

The standard library's decoder recurses (in C) and stops with a RecursionError
near the interpreter's recursion limit: about 500 levels of replies in the
nested form. This reader keeps an explicit stack and leaves the lexical work to
the standard library's scanners (strings, numbers, ``true``/``false``/``null``,
``NaN``/``Infinity``), so it agrees with ``json.loads``. It runs only on documents too
deep for ``json``.
"""

from __future__ import annotations

import json
import json.scanner
import re
from collections.abc import Callable
from json import decoder
from typing import Any, cast

__all__ = ["loads_deep"]

# The C-accelerated scanners json.loads itself uses (absent from typeshed). The
# value scanner recurses into containers, so it only ever gets scalars here.
scanstring = decoder.scanstring  # type: ignore[attr-defined]
_scan_value: Callable[[str, int], tuple[Any, int]] = json.scanner.make_scanner(
    json.JSONDecoder()  # type: ignore[arg-type]  # typeshed's make_scanner is the class
)

# Matches at every position (possibly empty), so the match is never None.
_space = cast(Callable[[str, int], "re.Match[str]"], re.compile(r"[ \t\n\r]*").match)
_SPACE_CHARS = frozenset(" \t\n\r")
_CLOSE = {"{": "}", "[": "]"}


def loads_deep(text: str) -> Any:
    """``json.loads(text)`` for documents nested to any depth; raises ``json.JSONDecodeError``."""
    end = len(text)
    space, spaces, scan = _space, _SPACE_CHARS, _scan_value
    pos = space(text, 0).end()
    containers: list[Any] = []
    keys: list[str | None] = []
    while True:
        # Read one value starting at pos; containers open a frame and loop back here.
        char = text[pos : pos + 1]
        if char == "{" or char == "[":
            pos += 1
            if pos < end and text[pos] in spaces:
                pos = space(text, pos).end()
            if text[pos : pos + 1] == _CLOSE[char]:
                value: Any = {} if char == "{" else []
                pos += 1
            elif char == "{":
                key, pos = _read_key(text, pos)
                containers.append({})
                keys.append(key)
                continue
            else:
                containers.append([])
                keys.append(None)
                continue
        else:
            try:
                value, pos = scan(text, pos)
            except StopIteration as stop:
                raise json.JSONDecodeError("Expecting value", text, stop.value) from None
        # Store the value; close every container that ends right after it.
        while True:
            if pos < end and text[pos] in spaces:
                pos = space(text, pos).end()
            if not containers:
                if pos != end:
                    raise json.JSONDecodeError("Extra data", text, pos)
                return value
            container = containers[-1]
            is_object = type(container) is dict
            if is_object:
                container[keys[-1]] = value
            else:
                container.append(value)
            char = text[pos : pos + 1]
            if char == ",":
                pos += 1
                if pos < end and text[pos] in spaces:
                    pos = space(text, pos).end()
                if is_object:
                    keys[-1], pos = _read_key(text, pos)
                break
            if char == ("}" if is_object else "]"):
                pos += 1
                value = containers.pop()
                keys.pop()
                continue
            expected = "',' or '}'" if is_object else "',' or ']'"
            raise json.JSONDecodeError(f"Expecting {expected} delimiter", text, pos)


def _read_key(text: str, pos: int) -> tuple[str, int]:
    """Read ``"key" :`` at ``pos``; return the key and the position of the value."""
    if text[pos : pos + 1] != '"':
        raise json.JSONDecodeError("Expecting property name enclosed in double quotes", text, pos)
    key, pos = scanstring(text, pos + 1)
    if text[pos : pos + 1] != ":":
        pos = _space(text, pos).end()
        if text[pos : pos + 1] != ":":
            raise json.JSONDecodeError("Expecting ':' delimiter", text, pos)
    return key, _space(text, pos + 1).end()
