"""A JSON Schema (draft 2020-12) of newsthread documents, generated from the model classes."""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import attrs

from newsthread._codec import BLOCK_TYPES, SCHEMA_VERSION
from newsthread.model import Article, Author, Block, Comment, Link, Quote, Speaker
from newsthread.tree import Node

__all__ = ["json_schema"]

_SCALARS: dict[object, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    datetime: {"type": "string", "format": "date-time"},
    Any: {},
}
_VALUES = (Author, Link, Speaker)


def json_schema(*, flat: bool = False) -> dict[str, Any]:
    """The schema of the nested document form, or of the flat form with ``flat=True``."""
    defs: dict[str, Any] = {cls.__name__: _object_schema(cls) for cls in _VALUES}
    node_classes: list[type[Node]] = [Comment, Quote, *BLOCK_TYPES.values()]
    if flat:
        records = []
        record_classes: list[type[Node]] = [Article, *node_classes]
        for cls in record_classes:
            schema = _node_schema(cls, with_children=False)
            name = "article" if cls is Article else _record_type(cls)
            schema["properties"] = {
                "node": {"type": "integer", "minimum": 0},
                "parent": {"type": "null"} if cls is Article else {"type": "integer", "minimum": 0},
                "type": {"const": name},
                **schema["properties"],
            }
            schema["required"] = ["node", "parent", "type", *schema.get("required", ())]
            defs[f"{cls.__name__}Record"] = schema
            records.append({"$ref": f"#/$defs/{cls.__name__}Record"})
        root: dict[str, Any] = {
            "type": "object",
            "properties": {
                "schema_version": {"const": SCHEMA_VERSION},
                "records": {"type": "array", "minItems": 1, "items": {"oneOf": records}},
            },
            "required": ["schema_version", "records"],
            "additionalProperties": False,
        }
    else:
        for cls in node_classes:
            defs[cls.__name__] = _node_schema(cls, with_children=True)
        defs["Block"] = {"oneOf": [{"$ref": f"#/$defs/{c.__name__}"} for c in BLOCK_TYPES.values()]}
        root = _node_schema(Article, with_children=True)
        root["properties"] = {"schema_version": {"const": SCHEMA_VERSION}, **root["properties"]}
        root["required"] = ["schema_version", *root.get("required", ())]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://newsthread.invalid/schema/{'flat' if flat else 'nested'}/v{SCHEMA_VERSION}",
        "title": f"newsthread article ({'flat' if flat else 'nested'} form)",
        **root,
        "$defs": defs,
    }


def _record_type(cls: type[Node]) -> str:
    if issubclass(cls, Block):
        return cls.type_name
    return cls.__name__.lower()


def _node_schema(cls: type[Node], *, with_children: bool) -> dict[str, Any]:
    schema = _object_schema(cls, skip={"_parent", *cls._child_fields})
    if issubclass(cls, Block) and not with_children:  # in flat records "type" is the record's
        schema["properties"].pop("type", None)
        schema["required"].remove("type")
    if with_children:
        for name in cls._child_fields:
            kind = cls._child_types[name]
            schema["properties"][name] = {
                "type": "array",
                "items": {"$ref": f"#/$defs/{kind.__name__}"},
            }
    return schema


def _object_schema(cls: type, skip: set[str] = frozenset()) -> dict[str, Any]:  # type: ignore[assignment]
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    if issubclass(cls, Block):
        properties["type"] = {"const": cls.type_name}
        required.append("type")
    for field in attrs.fields(cls):
        if field.name in skip:
            continue
        if cls is Quote and field.name == "speaker":
            properties["speaker"] = {"type": ["string", "null"], "description": "a Speaker id"}
        else:
            properties[field.name] = _type_schema(hints[field.name])
        if field.default is attrs.NOTHING:
            required.append(field.name)
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    schema["additionalProperties"] = False
    return schema


def _type_schema(hint: Any) -> dict[str, Any]:
    if hint in _SCALARS:
        return dict(_SCALARS[hint])
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return {"type": "string", "enum": [member.value for member in hint]}
    if hint in _VALUES:
        return {"$ref": f"#/$defs/{hint.__name__}"}
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        options = [_type_schema(arg) for arg in args]
        return options[0] if len(options) == 1 else {"anyOf": options}
    if hint is type(None):
        return {"type": "null"}
    if origin in (list, tuple, Sequence):
        return {"type": "array", "items": _type_schema(args[0])}
    if origin in (dict, Mapping):
        return {"type": "object"}
    raise TypeError(f"no JSON Schema for {hint!r}")  # pragma: no cover - a model field type is new
