"""Table columns as Arrow buffers, in plain Python: what a batch worker sends instead of lists.

A worker's rows would otherwise travel as lists of Python values: pickled
(strings as UTF-8), unpickled into new objects by the writing process, then
encoded to UTF-8 again by ``pyarrow.array`` there. Here each column becomes the
bytes Arrow keeps (validity bits, 32-bit offsets, UTF-8 data, 64-bit values),
made with C-level loops in the worker; the writer wraps them without a copy
(:func:`newsthread.tables._arrow.from_encoded`) and never calls
``pyarrow.array``, which would import pandas (0.25-0.3 s of CPU) to recognise
its objects. No pyarrow here: workers do not import it.

A column holds only what a :class:`~newsthread.tables._rows.RowBuffer` puts
there (``str``, ``int``, ``float``, ``bool``, ``None``, lists, dicts); any other
value (a float in an integer column, an integer past 64 bits, a lone
surrogate, a dict without a field) makes :func:`encode_tables` return None, and
the lists go to ``pyarrow.array``, which reports the fault as before.
"""

from __future__ import annotations

from array import array
from itertools import accumulate, chain, repeat
from operator import is_not, itemgetter
from typing import Any, TypeAlias

from newsthread.tables._columns import COLUMNS, STRUCT_FIELDS

__all__ = ["Encoded", "encode_tables"]

#: One column as Arrow buffers: (length, null count, validity bits or None,
#: the type's own buffers, the child columns of a list or struct).
Encoded: TypeAlias = tuple[int, int, bytes | None, tuple[bytes, ...], tuple[Any, ...]]

_NONE: type = type(None)
#: The type short names of _columns with one buffer of fixed-width values: array typecode, types.
_FIXED: dict[str, tuple[str, frozenset[type]]] = {
    "int64": ("q", frozenset({int, _NONE})),
    "time": ("q", frozenset({int, _NONE})),
    "offset": ("q", frozenset({int, _NONE})),
    "float64": ("d", frozenset({float, _NONE})),
}
_STRING = ("string", "json")
_BOOLS: frozenset[type] = frozenset({bool, _NONE})
_LISTS: frozenset[type] = frozenset({list, _NONE})
_DICTS: frozenset[type] = frozenset({dict})
#: '0' and '1' for the bytes 0 and 1: validity bits through a base-2 integer.
_DIGITS = bytes.maketrans(b"\x00\x01", b"01")


class _Unfit(Exception):
    """A value not encoded here: ``pyarrow.array`` converts the lists."""


def encode_tables(tables: dict[str, dict[str, list[Any]]]) -> dict[str, list[Encoded]] | None:
    """Every table's columns (as :meth:`RowBuffer.take` gives them) as buffers, or None when one does not fit."""
    try:
        return {
            name: [_column(columns[c.name], c.type) for c in COLUMNS[name]]
            for name, columns in tables.items()
        }
    except (_Unfit, OverflowError, TypeError, ValueError, KeyError):
        return None


def _column(values: list[Any], kind: str) -> Encoded:
    items = STRUCT_FIELDS.get(kind)
    if items is not None or kind == "strings":
        return _lists(values, items)
    return _scalars(values, kind)


def _scalars(values: list[Any], kind: str) -> Encoded:
    if kind in _STRING:
        return _strings(values)
    if kind == "bool":
        return _booleans(values)
    if kind in _FIXED:
        typecode, allowed = _FIXED[kind]
        return _fixed(values, typecode, allowed)
    raise _Unfit(kind)


def _bits(flags: bytes) -> bytes:
    """Bytes of 0 and 1 packed as Arrow bits (least significant first)."""
    if not flags:
        return b""
    return int(flags[::-1].translate(_DIGITS), 2).to_bytes((len(flags) + 7) // 8, "little")


def _nulls(values: list[Any]) -> tuple[int, bytes | None]:
    nulls = values.count(None)
    return nulls, _bits(bytes(map(is_not, values, repeat(None)))) if nulls else None


def _checked(values: list[Any], allowed: frozenset[type]) -> tuple[int, bytes | None]:
    if not allowed.issuperset(map(type, values)):
        raise _Unfit("a value of another type")
    return _nulls(values)


def _filled(values: list[Any], nulls: int, fill: Any) -> list[Any]:
    return values if not nulls else [fill if value is None else value for value in values]


def _fixed(values: list[Any], typecode: str, allowed: frozenset[type]) -> Encoded:
    nulls, validity = _checked(values, allowed)
    data = array(typecode, _filled(values, nulls, 0)).tobytes()
    return len(values), nulls, validity, (data,), ()


def _booleans(values: list[Any]) -> Encoded:
    nulls, validity = _checked(values, _BOOLS)
    return len(values), nulls, validity, (_bits(bytes(_filled(values, nulls, False))),), ()


def _offsets(lengths: Any) -> bytes:
    """32-bit offsets (OverflowError past 2 GiB, which one Arrow array cannot hold)."""
    return array("i", accumulate(lengths, initial=0)).tobytes()


def _strings(values: list[Any]) -> Encoded:
    """UTF-8 and offsets (``str.encode`` raises TypeError for another type, ValueError for a lone surrogate)."""
    nulls, validity = _nulls(values)
    texts: list[str] = _filled(values, nulls, "")
    if all(map(str.isascii, texts)):
        data, offsets = "".join(texts).encode(), _offsets(map(len, texts))
    else:
        encoded = list(map(str.encode, texts))
        data, offsets = b"".join(encoded), _offsets(map(len, encoded))
    return len(values), nulls, validity, (offsets, data), ()


def _lists(values: list[Any], fields: tuple[tuple[str, str, bool], ...] | None) -> Encoded:
    """A list column: offsets, and one child of every item (strings, or structs of ``fields``)."""
    nulls, validity = _checked(values, _LISTS)
    present: list[list[Any]] = _filled(values, nulls, [])
    items = list(chain.from_iterable(present))
    child = _strings(items) if fields is None else _structs(items, fields)
    return len(values), nulls, validity, (_offsets(map(len, present)),), (child,)


def _structs(items: list[Any], fields: tuple[tuple[str, str, bool], ...]) -> Encoded:
    """Dicts holding every field (never None themselves)."""
    if not _DICTS.issuperset(map(type, items)):
        raise _Unfit("a struct that is not a dict")
    children = tuple(_scalars(list(map(itemgetter(name), items)), kind) for name, kind, _ in fields)
    return len(items), 0, None, (), children
