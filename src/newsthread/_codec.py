"""What a newsthread document is, read by both JSON paths (the pure one and msgspec's).

The node classes and their names in documents, the strict cattrs converter for
their values (types exactly as :mod:`newsthread.schema` publishes them), each
node class's codec (its own fields to a dict and back; children are left to
the walks of :mod:`newsthread._forms`), and the careful structuring that turns
any failure into a :class:`~newsthread.errors.DocumentError` with a JSONPath.
Checks on the whole article (unique ids, listed speakers) are in
:mod:`newsthread._checks`; what a valid datetime or URL is, in
:mod:`newsthread._validate`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from functools import cache, lru_cache
from typing import Any, TypeAlias, cast

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory, list_structure_factory
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from newsthread._validate import parse_date_words, url_problem
from newsthread.errors import DocumentError, SchemaVersionError
from newsthread.model import (
    EMPTY_EXTRA,
    Article,
    Author,
    Block,
    BlockQuote,
    Caption,
    Comment,
    Heading,
    Link,
    ListItem,
    Paragraph,
    Quote,
    Speaker,
)
from newsthread.tree import Node

__all__ = [
    "BLOCK_TYPES",
    "JSON_SAFE_DEPTH",
    "RECORD_TYPES",
    "SCHEMA_VERSION",
    "TYPE_NAMES",
    "JSONDict",
    "JSONPath",
    "NodeCodec",
    "check_version",
    "format_datetime",
    "interned_author",
    "make_converter",
    "node_class",
    "node_codecs",
    "own_dict",
    "resolve_speaker",
    "structure_node",
]

#: The version of the document format this release writes and reads.
SCHEMA_VERSION = 1

BLOCK_TYPES: dict[str, type[Block]] = {
    cls.type_name: cls for cls in (Paragraph, Heading, BlockQuote, ListItem, Caption)
}
#: The ``type`` of each node class in flat records.
RECORD_TYPES: dict[str, type[Node]] = {"article": Article, "comment": Comment, "quote": Quote}
RECORD_TYPES.update(BLOCK_TYPES)
TYPE_NAMES: dict[type[Node], str] = {cls: name for name, cls in RECORD_TYPES.items()}

# Nested documents deeper than this (in nodes) are written without json.dumps,
# whose C encoder recurses once per level and would hit the recursion limit.
JSON_SAFE_DEPTH = 150

JSONDict: TypeAlias = dict[str, Any]


# -- the converter --------------------------------------------------------------


def make_converter(*, detailed_validation: bool = True) -> cattrs.Converter:
    """A strict cattrs converter for newsthread's values: datetimes as ISO 8601, enums, authors, links.

    Values are taken as the JSON Schema (:mod:`newsthread.schema`) types them,
    never converted: a list is not a string, a float or a bool is not an
    integer, a string is not a list. Datetimes are written with their offset;
    on input an ISO 8601 string or a date in words that python-dateutil
    understands ("June 3, 2024 10:15 am") is accepted, with a valid offset
    (:mod:`newsthread._validate`). URLs must be valid URLs too.
    """
    converter = cattrs.Converter(detailed_validation=detailed_validation, forbid_extra_keys=True)
    converter.register_unstructure_hook(datetime, format_datetime)
    converter.register_structure_hook(datetime, _structure_datetime)
    for kind in (str, int, bool):
        converter.register_structure_hook(kind, _strict(kind))
    # The enums are strings too: without their own hook the one for str would catch them.
    converter.register_structure_hook(enum.Enum, _structure_enum)
    converter.register_structure_hook(enum.StrEnum, _structure_enum)
    converter.register_structure_hook_func(_is_optional(str), _structure_optional_str)
    converter.register_structure_hook_func(_is_optional(int), _structure_optional_int)
    converter.register_structure_hook_func(_is_optional(datetime), _structure_optional_datetime)
    converter.register_structure_hook_func(_is_mapping, _structure_mapping)
    converter.register_structure_hook_factory(_is_array, lambda t: _array_hook(converter, t))
    converter.register_structure_hook(Link, _structure_link)
    converter.register_structure_hook_func(_is_optional(Author), _structure_optional_author)
    converter.register_structure_hook(Author, _structure_author)
    return converter


def _structure_author(value: Any, _: Any) -> Author:
    # One call per comment: this runs for nearly every record loaded.
    if type(value) is dict:
        name, url = value.get("name"), value.get("url")
        if type(name) is str and (url is None or type(url) is str):
            if len(value) == 1 + ("url" in value):
                return interned_author(name, url)
            raise ValueError(f"unknown field {sorted(value.keys() - {'name', 'url'})[0]!r}")
        if "name" not in value:
            raise ValueError("missing field 'name'")
        raise TypeError("an author's name and url must be strings")
    raise TypeError(f"expected an object, not {_json_type(value)}")


def _structure_optional_author(value: Any, _: Any) -> Author | None:
    return None if value is None else _structure_author(value, Author)


def _strict(kind: type) -> Callable[[Any, Any], Any]:
    name = {str: "a string", int: "an integer", bool: "true or false"}[kind]

    def structure(value: Any, _: Any) -> Any:
        if type(value) is kind:
            return value
        raise TypeError(f"expected {name}, not {_json_type(value)}")

    return structure


def _json_type(value: object) -> str:
    """How the JSON Schema would name the type of ``value``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, float):
        return "a number" if value == value and abs(value) != float("inf") else repr(value)
    return {int: "an integer", str: "a string", list: "an array", dict: "an object"}.get(
        type(value), type(value).__name__
    )


def _structure_enum(value: Any, kind: type[enum.Enum]) -> enum.Enum:
    if not isinstance(value, str):  # to_dict keeps the members, which are strings
        raise TypeError(f"expected a string, not {_json_type(value)}")
    try:
        return kind(value)
    except ValueError:
        known = ", ".join(repr(member.value) for member in kind)
        raise ValueError(f"{value!r} is not one of {known}") from None


def _is_mapping(hint: Any) -> bool:
    return hint in (Mapping[str, Any], dict[str, Any])


def _structure_mapping(value: Any, _: Any) -> dict[str, Any]:
    if type(value) is dict:
        return value
    raise TypeError(f"expected an object, not {_json_type(value)}")


def _is_array(hint: Any) -> bool:
    origin = getattr(hint, "__origin__", None)
    return origin is list or origin is tuple


def _array_hook(converter: cattrs.Converter, hint: Any) -> Callable[[Any, Any], Any]:
    """cattrs' own list hook (its errors carry the item's index), given only JSON arrays."""
    if hint.__origin__ is tuple:
        items = homogenous_tuple_structure_factory(hint, converter)
    else:
        items = list_structure_factory(hint, converter)

    def structure(value: Any, kind: Any) -> Any:
        if type(value) is not list:
            raise TypeError(f"expected an array, not {_json_type(value)}")
        return items(value, kind)

    return structure


def _structure_link(value: Any, _: Any) -> Link:
    if type(value) is not dict:
        raise TypeError(f"expected an object, not {_json_type(value)}")
    if value.keys() != {"start", "end", "url"}:
        missing = {"start", "end", "url"} - value.keys()
        raise ValueError(
            f"missing field {sorted(missing)[0]!r}"
            if missing
            else f"unknown field {sorted(value.keys() - {'start', 'end', 'url'})[0]!r}"
        )
    start, end, url = value["start"], value["end"], value["url"]
    if type(start) is not int or type(end) is not int:
        raise TypeError("a link's start and end must be integers")
    if not 0 <= start <= end:
        raise ValueError(f"a link must have 0 <= start <= end, not start {start}, end {end}")
    return Link(start, end, _structure_url(url, str))


def _structure_url(value: Any, _: Any) -> str:
    problem = url_problem(value)
    if problem is not None:
        raise ValueError(problem)
    return cast(str, value)


def _structure_optional_url(value: Any, _: Any) -> str | None:
    return None if value is None else _structure_url(value, str)


def format_datetime(value: datetime) -> str:
    """ISO 8601 with the offset; UTC as ``Z`` (as RFC 3339 and msgspec write it)."""
    try:
        text = value.isoformat()
    except ValueError as error:
        raise DocumentError(f"cannot write the datetime {value!r}: {error}") from None
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _structure_datetime(value: object, _: type) -> datetime:
    if not isinstance(value, str):
        raise TypeError(f"expected a date-time string, not {_json_type(value)}")
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        pass
    parsed = parse_date_words(value)
    if parsed is None:
        raise ValueError(f"not a date: {value!r}")
    return parsed


@attrs.frozen
class NodeCodec:
    """How one node class turns into its own fields and back (children are handled by the walk)."""

    unstructure: Callable[[Any], JSONDict]
    structure: Callable[[Mapping[str, Any], Any], Any]
    structure_detailed: Callable[[Mapping[str, Any], Any], Any]
    keys: frozenset[str]
    #: The node's own dict in documents (with ``type``/``schema_version`` where due).
    own: Callable[[Any], JSONDict]
    #: ``keys`` plus the link keys of flat records.
    record_keys: frozenset[str]


@cache
def node_codecs(passthrough: bool = False) -> dict[type[Node], NodeCodec]:
    """The codec of each node class; ``passthrough`` leaves authors and datetimes for msgspec."""
    fast = make_converter(detailed_validation=False)
    _add_fast_hooks(fast)
    if passthrough:
        fast.register_unstructure_hook_func(_is_optional(Author), identity)
        fast.register_unstructure_hook(Author, identity)
        fast.register_unstructure_hook_func(_is_optional(datetime), _pass_datetime)
        fast.register_unstructure_hook(datetime, _pass_datetime)
    detailed = make_converter(detailed_validation=True)
    codecs: dict[type[Node], NodeCodec] = {}
    classes: list[type[Node]] = [Article, Comment, Quote, *BLOCK_TYPES.values()]
    for cls in classes:
        links: dict[str, Any] = {
            name: override(omit=True) for name in ("_parent", *cls._child_fields)
        }
        inward, outward = dict(links), dict(links)
        for name in ("url", "canonical_url"):
            if name in attrs.fields_dict(cls):
                inward[name] = override(struct_hook=_structure_optional_url)
        if cls is Quote:
            # A quote names its speaker by id; the walk resolves it against Article.speakers.
            outward["speaker"] = override(unstruct_hook=_speaker_id)
            inward["speaker"] = override(omit=True)
        extra_keys = (
            {"type"} if issubclass(cls, Block) else {"schema_version"} if cls is Article else set()
        )
        unstructure = make_dict_unstructure_fn(cls, fast, _cattrs_omit_if_default=True, **outward)
        keys = frozenset({*cls._own_fields(), *cls._child_fields, *extra_keys})
        codecs[cls] = NodeCodec(
            unstructure=unstructure,
            structure=make_dict_structure_fn(cls, fast, _cattrs_forbid_extra_keys=False, **inward),
            structure_detailed=make_dict_structure_fn(
                cls, detailed, _cattrs_forbid_extra_keys=False, **inward
            ),
            keys=keys,
            own=_own_function(cls, fast, unstructure, outward),
            record_keys=keys | {"node", "parent", "type"},
        )
    return codecs


def _own_function(
    cls: type[Node],
    converter: cattrs.Converter,
    unstructure: Callable[[Any], JSONDict],
    outward: dict[str, Any],
) -> Callable[[Any], JSONDict]:
    if issubclass(cls, Block):
        prefix: JSONDict = {"type": cls.type_name}
        return lambda node: {**prefix, **unstructure(node)}
    if cls is Article:
        return lambda node: {"schema_version": SCHEMA_VERSION, **unstructure(node)}
    fields = attrs.fields_dict(cls)
    extra = fields.get("extra")
    if extra is None or extra.default is not EMPTY_EXTRA:
        return unstructure
    # cattrs tests ``extra != EMPTY_EXTRA`` to omit the default, which costs a
    # Mapping comparison per node; skip it when extra is the shared empty one.
    # ``extra`` is the last own field, so the key order of the document is kept.
    assert cls._own_fields()[-1] == "extra"
    without_extra = make_dict_unstructure_fn(
        cls, converter, _cattrs_omit_if_default=True, **outward, extra=override(omit=True)
    )
    extra_out = converter.get_unstructure_hook(Mapping[str, Any])

    def own(node: Any) -> JSONDict:
        out = without_extra(node)
        value = node.extra
        if value is not EMPTY_EXTRA and value != EMPTY_EXTRA:
            out["extra"] = extra_out(value)
        return out

    return own


def _add_fast_hooks(converter: cattrs.Converter) -> None:
    """Hooks for the optional fields that skip cattrs' per-call dispatch, with the same results.

    cattrs handles ``X | None`` by looking up the hook of ``X`` on every value;
    these do the common case (an exact ``str``/``int``, None) inline and leave
    anything else to the same conversion (``str(v)``, ``int(v)``, the date
    parser, the generated Author hook), so values, errors and the detailed
    error pass are unchanged.
    """
    converter.register_unstructure_hook_func(_is_optional(str, int), identity)
    converter.register_unstructure_hook_func(_is_optional(datetime), _unstructure_optional_datetime)
    author_out = converter.get_unstructure_hook(Author)
    converter.register_unstructure_hook_func(
        _is_optional(Author), lambda a: None if a is None else author_out(a)
    )


def _is_optional(*types: type) -> Callable[[Any], bool]:
    optional = [t | None for t in types]
    return lambda t: t in optional


def _unstructure_optional_datetime(value: datetime | None) -> str | None:
    return None if value is None else format_datetime(value)


def _pass_datetime(value: datetime | None) -> datetime | str | None:
    # msgspec writes naive and UTC datetimes exactly as format_datetime does, but it
    # rounds other offsets to the minute, so those are formatted here.
    if value is None or value.tzinfo is None or value.tzinfo is UTC:
        return value
    return format_datetime(value)


def _structure_optional_str(value: Any, _: Any) -> str | None:
    if value is None or type(value) is str:
        return value
    raise TypeError(f"expected a string, not {_json_type(value)}")


def _structure_optional_int(value: Any, _: Any) -> int | None:
    if value is None or type(value) is int:
        return value
    raise TypeError(f"expected an integer, not {_json_type(value)}")


def _structure_optional_datetime(value: Any, _: Any) -> datetime | None:
    if type(value) is str:
        try:
            return datetime.fromisoformat(value)  # what to_json writes: the common case, inline
        except ValueError:
            pass
    return None if value is None else _structure_datetime(value, datetime)


@lru_cache(maxsize=8192)
def interned_author(name: str, url: str | None) -> Author:
    # Authors are frozen values: one object per commenter saves memory and ~80% of the load time.
    # An invalid url raises, and exceptions are not cached.
    return Author(name, None if url is None else _structure_url(url, str))


def _speaker_id(speaker: Speaker | None) -> str | None:
    return None if speaker is None else speaker.id


def own_dict(node: Node, codecs: dict[type[Node], NodeCodec]) -> JSONDict:
    return codecs[type(node)].own(node)


def node_class(kind: type[Node], item: object, path: JSONPath) -> type[Node]:
    if kind is not Block:
        return kind
    if not isinstance(item, Mapping):
        raise DocumentError(f"expected an object, not {type(item).__name__}", str(path))
    name = item.get("type")
    try:
        return BLOCK_TYPES[name]  # type: ignore[index]  # a wrong type is caught below
    except (KeyError, TypeError):
        known = ", ".join(sorted(BLOCK_TYPES))
        raise DocumentError(
            f"unknown block type {name!r} (known: {known})", path.key("type")
        ) from None


def structure_node(
    cls: type[Node], data: object, codecs: dict[type[Node], NodeCodec], path: JSONPath
) -> Any:
    if not isinstance(data, Mapping):
        raise DocumentError(f"expected an object, not {type(data).__name__}", str(path))
    codec = codecs[cls]
    unknown = data.keys() - codec.keys
    if unknown:
        raise DocumentError(f"unknown field {sorted(unknown)[0]!r}", str(path))
    try:
        return codec.structure(data, cls)
    except Exception:
        # Redo with cattrs' detailed validation to learn which field is wrong.
        try:
            codec.structure_detailed(data, cls)
        except Exception as error:
            raise _document_error(error, path) from error
        raise  # pragma: no cover - the detailed pass fails whenever the fast one does


def _document_error(error: Exception, path: JSONPath) -> DocumentError:
    messages = cattrs.transform_error(error, path=str(path), format_exception=_describe)
    reason, _, where = messages[0].rpartition(" @ ")
    return DocumentError(reason or messages[0], where or str(path))


def _describe(error: BaseException, type_: type | None) -> str:
    """cattrs' wording, or our own reason where a hook gave one ("invalid value: not a date: 'x'")."""
    message = cattrs.v.format_exception(error, type_)
    if isinstance(error, ValueError | TypeError) and str(error) and str(error) not in message:
        return f"invalid value: {error}"
    return message


def resolve_speaker(
    item: Mapping[str, Any], speakers: dict[str, Speaker], path: JSONPath
) -> Speaker | None:
    speaker_id = item.get("speaker")
    if speaker_id is None:
        return None
    try:
        return speakers[speaker_id]
    except (KeyError, TypeError):
        raise DocumentError(f"unknown speaker id {speaker_id!r}", path.key("speaker")) from None


def check_version(data: object, path: str) -> None:
    if not isinstance(data, Mapping):
        raise DocumentError(f"expected an object, not {type(data).__name__}", path)
    version = data.get("schema_version")
    if version is None:
        raise DocumentError("missing schema_version", path)
    if type(version) is not int or version != SCHEMA_VERSION:
        raise SchemaVersionError(version, f"{path}.schema_version")


class JSONPath:
    """A JSONPath built only when an error needs it: each step links to its parent in O(1)."""

    __slots__ = ("index", "name", "parent")
    ROOT: JSONPath

    def __init__(self, parent: JSONPath | None, name: str, index: int | None) -> None:
        self.parent = parent
        self.name = name
        self.index = index

    def item(self, name: str, index: int) -> JSONPath:
        return JSONPath(self, name, index)

    def key(self, name: str) -> str:
        return f"{self}.{name}"

    def __str__(self) -> str:
        steps: list[str] = []
        step: JSONPath | None = self
        while step is not None and step.parent is not None:
            steps.append(
                f".{step.name}[{step.index}]" if step.index is not None else f".{step.name}"
            )
            step = step.parent
        steps.append("$")
        return "".join(reversed(steps))


JSONPath.ROOT = JSONPath(None, "$", None)
