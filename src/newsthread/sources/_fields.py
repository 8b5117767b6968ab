"""Reading platform values: type drift coerced where unambiguous and reported, problems by policy."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, Literal

from newsthread.errors import RecordError
from newsthread.sources._repair import Report

__all__ = [
    "AMBIGUOUS",
    "COERCED",
    "SKIPPED",
    "Errors",
    "Policy",
    "decode",
    "epoch",
    "integer",
    "iso",
    "paragraphs",
    "record_id",
    "text",
]

COERCED = "coerced"  #: a value of the wrong type, converted because only one reading exists
AMBIGUOUS = "ambiguous"  #: a value of the wrong type with no single reading; left out
SKIPPED = "skipped"  #: a whole record that could not be used (with ``errors="skip"``)

Errors = Literal["strict", "skip"]

_DIGITS = re.compile(r"-?\d+(\.\d+)?\Z")
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
# Unix seconds after this are milliseconds (year 2286 in seconds).
_SECONDS_LIMIT = 10_000_000_000


class Policy:
    """One input's error policy: ``strict`` raises a :class:`RecordError`, ``skip`` counts and goes on."""

    def __init__(self, errors: Errors, report: Report, source: str, unit: str = "line") -> None:
        if errors not in ("strict", "skip"):
            raise ValueError(f"errors must be 'strict' or 'skip', not {errors!r}")
        self.strict = errors == "strict"
        self.report = report
        self.source = source
        self.unit = unit  #: what a position counts: lines, or records of an XML export

    def bad(self, message: str, line: int | None, record: str | None = None) -> None:
        """A record cannot be used: raise, or count it as skipped with its place and reason."""
        if self.strict:
            raise RecordError(message, self.source, line, record)
        if line is None:
            where = self.source
        elif self.unit == "line":
            where = f"{self.source}:{line}"
        else:
            where = f"{self.source}: {self.unit} {line}"
        self.report.add(SKIPPED, f"{where}: {message}" + (f" (id {record})" if record else ""))

    def load(self, line: bytes, number: int) -> dict[str, Any] | None:
        """One JSON object from one line, or None after :meth:`bad`."""
        try:
            value = decode(line)
        except (ValueError, RecursionError) as error:
            self.bad(f"not JSON ({_short(error)})", number)
            return None
        if not isinstance(value, dict):
            self.bad(f"a JSON {type(value).__name__}, not an object", number)
            return None
        return value

    def coerced(self, field: str, where: str) -> None:
        self.report.add(COERCED, f"{where}.{field}")

    def ambiguous(self, field: str, where: str) -> None:
        self.report.add(AMBIGUOUS, f"{where}.{field}")


def _decoder() -> Callable[[bytes], Any]:
    """msgspec's JSON decoder when it is installed (the ``fast`` extra; 2-3x faster), else json's."""
    try:
        import msgspec
    except ImportError:
        return json.loads
    decode_msgspec = msgspec.json.decode
    error_type = msgspec.DecodeError

    def decode(line: bytes) -> Any:
        try:
            return decode_msgspec(line)
        except error_type as error:  # a ValueError subclass; said as json would say it
            raise ValueError(str(error)) from None

    return decode


#: One JSON value from the bytes of one line.
decode = _decoder()


def _short(error: BaseException) -> str:
    text = str(error)
    return text if len(text) < 80 else text[:77] + "..."


def record_id(value: object) -> str | None:
    """An id as a string: strings as they are, whole numbers written out; else None."""
    if type(value) is str:
        return value or None
    if type(value) is int:
        return str(value)
    return None


def integer(raw: Mapping[str, Any], field: str, policy: Policy, where: str) -> int | None:
    """An int field; digits in a string and whole floats are coerced (and reported)."""
    value = raw.get(field)
    if value is None or type(value) is int:
        return value
    if type(value) is float and value.is_integer():
        policy.coerced(field, where)
        return int(value)
    if type(value) is str and _DIGITS.match(value.strip()) and "." not in value:
        policy.coerced(field, where)
        return int(value)
    policy.ambiguous(field, where)
    return None


def epoch(raw: Mapping[str, Any], field: str, policy: Policy, where: str) -> datetime | None:
    """Unix seconds (a number, or digits in a string: coerced) as a UTC datetime."""
    value = raw.get(field)
    if value is None or value is False:
        return None
    if type(value) is str and _DIGITS.match(value.strip()):
        policy.coerced(field, where)
        value = float(value) if "." in value else int(value)
    if type(value) not in (int, float) or abs(value) >= _SECONDS_LIMIT:
        policy.ambiguous(field, where)
        return None
    return datetime.fromtimestamp(value, UTC)


def text(raw: Mapping[str, Any], field: str, policy: Policy, where: str) -> str | None:
    """A string field; numbers are written out (coerced); other types are ambiguous."""
    value = raw.get(field)
    if value is None or type(value) is str:
        return value
    if type(value) in (int, float):
        policy.coerced(field, where)
        return str(value)
    policy.ambiguous(field, where)
    return None


def iso(value: datetime) -> str:
    """A datetime as it is kept in ``extra`` (JSON has no dates): ISO 8601, UTC as ``Z``."""
    out = value.isoformat()
    return out[:-6] + "Z" if out.endswith("+00:00") else out


def paragraphs(value: str) -> list[str]:
    """Plain text cut into paragraphs at blank lines, each stripped; empty ones dropped."""
    return [p.strip() for p in _BLANK_LINES.split(value.replace("\r\n", "\n")) if p.strip()]
