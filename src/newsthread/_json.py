"""Reading JSON nested to any depth.

The standard library's decoder recurses (in C) and stops with a RecursionError
near the interpreter's recursion limit: about 500 levels of replies in the
nested form. This reader keeps an explicit stack and leaves the lexical work to
the standard library (``json.decoder.scanstring`` for strings, ``int``/``float``
for numbers), so it agrees with ``json.loads``. It runs only on documents too
deep for ``json``.
"""

from __future__ import annotations

import json
import re
from json import decoder
from typing import Any

__all__ = ["loads_deep"]

# The C-accelerated string scanner json.loads itself uses (absent from typeshed).
scanstring = decoder.scanstring  # type: ignore[attr-defined]

_NUMBER = re.compile(r"(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_LITERALS = {"true": True, "false": False, "null": None}
_CLOSE = {"{": "}", "[": "]"}


def loads_deep(text: str) -> Any:
    """``json.loads(text)`` for documents nested to any depth; raises ``json.JSONDecodeError``."""
    end = len(text)
    pos = _skip_space(text, 0)
    containers: list[Any] = []
    keys: list[str | None] = []
    while True:
        # Read one value starting at pos; containers open a frame and loop back here.
        char = text[pos : pos + 1]
        if char == "{" or char == "[":
            pos = _skip_space(text, pos + 1)
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
        elif char == '"':
            value, pos = scanstring(text, pos + 1)
        else:
            number = _NUMBER.match(text, pos)
            if number is not None:
                integer, fraction, exponent = number.groups()
                value = float(number.group()) if fraction or exponent else int(integer)
                pos = number.end()
            else:
                for word, literal in _LITERALS.items():
                    if text.startswith(word, pos):
                        value = literal
                        pos += len(word)
                        break
                else:
                    raise json.JSONDecodeError("Expecting value", text, pos)
        # Store the value; close every container that ends right after it.
        while True:
            if not containers:
                pos = _skip_space(text, pos)
                if pos != end:
                    raise json.JSONDecodeError("Extra data", text, pos)
                return value
            container = containers[-1]
            is_object = isinstance(container, dict)
            if is_object:
                container[keys[-1]] = value
            else:
                container.append(value)
            pos = _skip_space(text, pos)
            char = text[pos : pos + 1]
            if char == ",":
                pos = _skip_space(text, pos + 1)
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


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\n\r":
        pos += 1
    return pos


def _read_key(text: str, pos: int) -> tuple[str, int]:
    """Read ``"key" :`` at ``pos``; return the key and the position of the value."""
    if text[pos : pos + 1] != '"':
        raise json.JSONDecodeError("Expecting property name enclosed in double quotes", text, pos)
    key, pos = scanstring(text, pos + 1)
    pos = _skip_space(text, pos)
    if text[pos : pos + 1] != ":":
        raise json.JSONDecodeError("Expecting ':' delimiter", text, pos)
    return key, _skip_space(text, pos + 1)
