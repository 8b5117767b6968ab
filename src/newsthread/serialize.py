"""Serialisation: an article as a dict, JSON (nested or flat) and JSON Lines, through cattrs.

Two document forms carry the same data:

- **nested**: the tree as JSON nesting (``{"schema_version": 1, "title": ...,
  "body": [...], "comments": [{"id": ..., "replies": [...]}]}``);
- **flat**: one record per node with integer ``node`` and ``parent`` ids, in
  document order (``{"schema_version": 1, "records": [...]}``): the form for
  huge and deep threads, JSON Lines corpora and tables.

The model classes carry no JSON knowledge: :func:`make_converter` builds the
cattrs converter for their values, and this module walks the tree with an
explicit stack, so reply chains of any depth round-trip at the default
recursion limit. Loading checks everything and raises
:class:`~newsthread.errors.DocumentError` with a JSONPath such as
``$.comments[3].published``.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, datetime
from functools import cache, lru_cache
from os import PathLike
from typing import IO, Any, TypeAlias, cast

import attrs
import cattrs
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from dateutil import parser as date_parser

from newsthread._json import loads_deep
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
    ListItem,
    Paragraph,
    Quote,
    Speaker,
)
from newsthread.tree import Node

__all__ = [
    "SCHEMA_VERSION",
    "from_dict",
    "from_flat",
    "from_json",
    "make_converter",
    "read_jsonl",
    "to_dict",
    "to_flat",
    "to_json",
    "write_jsonl",
]

#: The version of the document format this release writes and reads.
SCHEMA_VERSION = 1

BLOCK_TYPES: dict[str, type[Block]] = {
    cls.type_name: cls for cls in (Paragraph, Heading, BlockQuote, ListItem, Caption)
}
#: The ``type`` of each node class in flat records.
RECORD_TYPES: dict[str, type[Node]] = {"article": Article, "comment": Comment, "quote": Quote}
RECORD_TYPES.update(BLOCK_TYPES)
_TYPE_NAMES: dict[type[Node], str] = {cls: name for name, cls in RECORD_TYPES.items()}

# Nested documents deeper than this (in nodes) are written without json.dumps,
# whose C encoder recurses once per level and would hit the recursion limit.
_JSON_SAFE_DEPTH = 150
# Nodes per piece when writing deeper documents (two JSON levels each).
_CHUNK_DEPTH = 100

JSONDict: TypeAlias = dict[str, Any]
Source: TypeAlias = str | bytes | bytearray


# -- the converter --------------------------------------------------------------


def make_converter(*, detailed_validation: bool = True) -> cattrs.Converter:
    """A cattrs converter for newsthread's values: datetimes as ISO 8601, enums, authors, speakers.

    Datetimes are written with their offset; on input any ISO 8601 string, a
    date in words that python-dateutil understands ("June 3, 2024 10:15 am")
    or a Unix timestamp (taken as UTC) is accepted.
    """
    converter = cattrs.Converter(detailed_validation=detailed_validation, forbid_extra_keys=True)
    converter.register_unstructure_hook(datetime, _format_datetime)
    converter.register_structure_hook(datetime, _structure_datetime)
    return converter


def _format_datetime(value: datetime) -> str:
    """ISO 8601 with the offset; UTC as ``Z`` (as RFC 3339 and msgspec write it)."""
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _structure_datetime(value: object, _: type) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, tz=UTC)
    if not isinstance(value, str):
        raise TypeError(f"expected a date string, not {type(value).__name__}")
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        pass
    try:
        return date_parser.parse(value)
    except (ValueError, OverflowError) as error:
        raise ValueError(f"not a date: {value!r}") from error


@attrs.frozen
class _NodeCodec:
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
def _codecs(passthrough: bool = False) -> dict[type[Node], _NodeCodec]:
    """The codec of each node class; ``passthrough`` leaves authors and datetimes for msgspec."""
    fast = make_converter(detailed_validation=False)
    _add_fast_hooks(fast)
    if passthrough:
        fast.register_unstructure_hook_func(_is_optional(Author), identity)
        fast.register_unstructure_hook(Author, identity)
        fast.register_unstructure_hook_func(_is_optional(datetime), _pass_datetime)
        fast.register_unstructure_hook(datetime, _pass_datetime)
    detailed = make_converter(detailed_validation=True)
    codecs: dict[type[Node], _NodeCodec] = {}
    classes: list[type[Node]] = [Article, Comment, Quote, *BLOCK_TYPES.values()]
    for cls in classes:
        links: dict[str, Any] = {
            name: override(omit=True) for name in ("_parent", *cls._child_fields)
        }
        inward, outward = dict(links), dict(links)
        if cls is Quote:
            # A quote names its speaker by id; the walk resolves it against Article.speakers.
            outward["speaker"] = override(unstruct_hook=_speaker_id)
            inward["speaker"] = override(omit=True)
        extra_keys = (
            {"type"} if issubclass(cls, Block) else {"schema_version"} if cls is Article else set()
        )
        unstructure = make_dict_unstructure_fn(cls, fast, _cattrs_omit_if_default=True, **outward)
        keys = frozenset({*cls._own_fields(), *cls._child_fields, *extra_keys})
        codecs[cls] = _NodeCodec(
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
    converter.register_structure_hook_func(_is_optional(str), _structure_optional_str)
    converter.register_structure_hook_func(_is_optional(int), _structure_optional_int)
    converter.register_structure_hook_func(_is_optional(datetime), _structure_optional_datetime)
    author_in = converter.get_structure_hook(Author)

    def structure_author(value: Any, cls: Any) -> Author | None:
        # One call per comment, not two: this runs for nearly every record loaded.
        if type(value) is dict and len(value) <= 2:
            name, url = value.get("name"), value.get("url")
            if (
                type(name) is str
                and (url is None or type(url) is str)
                and len(value) == 1 + ("url" in value)
            ):
                return _interned_author(name, url)
        if value is None and cls is not Author:
            return None
        return cast(Author, author_in(value, Author))

    converter.register_structure_hook_func(_is_optional(Author), structure_author)
    converter.register_structure_hook(Author, structure_author)


def _is_optional(*types: type) -> Callable[[Any], bool]:
    optional = [t | None for t in types]
    return lambda t: t in optional


def _unstructure_optional_datetime(value: datetime | None) -> str | None:
    return None if value is None else _format_datetime(value)


def _pass_datetime(value: datetime | None) -> datetime | str | None:
    # msgspec writes naive and UTC datetimes exactly as _format_datetime does, but it
    # rounds other offsets to the minute, so those are formatted here.
    if value is None or value.tzinfo is None or value.tzinfo is UTC:
        return value
    return _format_datetime(value)


def _structure_optional_str(value: Any, _: Any) -> str | None:
    return value if value is None or type(value) is str else str(value)


def _structure_optional_int(value: Any, _: Any) -> int | None:
    return value if value is None or type(value) is int else int(value)


def _structure_optional_datetime(value: Any, _: Any) -> datetime | None:
    if type(value) is str:
        try:
            return datetime.fromisoformat(value)  # what to_json writes: the common case, inline
        except ValueError:
            pass
    return None if value is None else _structure_datetime(value, datetime)


@lru_cache(maxsize=8192)
def _interned_author(name: str, url: str | None) -> Author:
    # Authors are frozen values: one object per commenter saves memory and ~80% of the load time.
    return Author(name, url)


def _speaker_id(speaker: Speaker | None) -> str | None:
    return None if speaker is None else speaker.id


def _own_dict(node: Node, codecs: dict[type[Node], _NodeCodec]) -> JSONDict:
    return codecs[type(node)].own(node)


# -- nested form ----------------------------------------------------------------


def to_dict(article: Article) -> JSONDict:
    """The article as a nested document of dicts, lists and JSON scalars."""
    document = _to_dict(article)
    assert document is not None
    return document


def _to_dict(
    article: Article, depth_limit: int | None = None, *, passthrough: bool = False
) -> JSONDict | None:
    """The nested document, or None as soon as the tree proves deeper than ``depth_limit``."""
    own = {cls: codec.own for cls, codec in _codecs(passthrough).items()}
    root = own[Article](article)
    limit = -1 if depth_limit is None else depth_limit + 1
    stack: list[tuple[Node, JSONDict, int]] = [(article, root, 0)]
    pop, push = stack.pop, stack.append
    while stack:
        node, out, depth = pop()
        for name in node._child_fields:
            kids = getattr(node, name)
            if not kids:
                continue
            if depth + 1 == limit:
                return None
            items: list[JSONDict] = []
            add = items.append
            for kid in kids:
                item = own[type(kid)](kid)
                add(item)
                # Most comments are leaves: only nodes with children go on the stack.
                if type(kid) is Comment:
                    if kid.replies or kid.quotes:
                        push((kid, item, depth + 1))
                elif kid._child_fields:
                    push((kid, item, depth + 1))
            out[name] = items
    return root


def from_dict(data: Mapping[str, Any]) -> Article:
    """Rebuild an article from :func:`to_dict` output (nested form); raises DocumentError."""
    _check_version(data, "$")
    codecs = _codecs()
    article: Article = _structure(Article, data, codecs, _Path.ROOT)
    speakers = _speaker_index(article)
    # A node's path is made only when it has children (or on error): most comments are leaves.
    stack: list[tuple[Node, Mapping[str, Any], _Path | None, str, int]] = [
        (article, data, None, "", 0)
    ]
    pop, push = stack.pop, stack.append
    while stack:
        node, source, parent_path, step, position = pop()
        path: _Path | None = None
        for name in node._child_fields:
            items = source.get(name)
            if items is None:
                continue
            if path is None:
                path = _Path.ROOT if parent_path is None else _Path(parent_path, step, position)
            if type(items) is not list:
                raise DocumentError(f"expected a list, not {type(items).__name__}", path.key(name))
            kind = node._child_types[name]
            codec = codecs.get(kind)
            kids: list[Node] = []
            add = kids.append
            for index, item in enumerate(items):
                kid: Any = None
                if (
                    codec is not None
                    and type(item) is dict
                    and codec.keys.issuperset(item)
                    and kind is not Quote
                ):
                    try:
                        kid = codec.structure(item, kind)
                    except Exception:
                        kid = None
                if kid is None:  # the careful way, which raises the right DocumentError
                    item_path = path.item(name, index)
                    kid = _structure(_node_class(kind, item, item_path), item, codecs, item_path)
                    if type(kid) is Quote:
                        kid.speaker = _resolve_speaker(item, speakers, item_path)
                kid._parent = node
                add(kid)
                for child_name in kid._child_fields:
                    if child_name in item:
                        push((kid, item, path, name, index))
                        break
            setattr(node, name, kids or ())
    return article


def _node_class(kind: type[Node], item: object, path: _Path) -> type[Node]:
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


def _structure(
    cls: type[Node], data: object, codecs: dict[type[Node], _NodeCodec], path: _Path
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


def _document_error(error: Exception, path: _Path) -> DocumentError:
    messages = cattrs.transform_error(error, path=str(path), format_exception=_describe)
    reason, _, where = messages[0].rpartition(" @ ")
    return DocumentError(reason or messages[0], where or str(path))


def _describe(error: BaseException, type_: type | None) -> str:
    """cattrs' wording, plus our own reason where a hook gave one ("not a date: 'garbage'")."""
    message = cattrs.v.format_exception(error, type_)
    if isinstance(error, ValueError | TypeError) and str(error) and str(error) not in message:
        return f"{message}: {error}"
    return message


def _speaker_index(article: Article) -> dict[str, Speaker]:
    speakers: dict[str, Speaker] = {}
    for index, speaker in enumerate(article.speakers):
        if speaker.id in speakers:
            raise DocumentError(f"duplicate speaker id {speaker.id!r}", f"$.speakers[{index}].id")
        speakers[speaker.id] = speaker
    return speakers


def _resolve_speaker(
    item: Mapping[str, Any], speakers: dict[str, Speaker], path: _Path
) -> Speaker | None:
    speaker_id = item.get("speaker")
    if speaker_id is None:
        return None
    try:
        return speakers[speaker_id]
    except (KeyError, TypeError):
        raise DocumentError(f"unknown speaker id {speaker_id!r}", path.key("speaker")) from None


def _check_version(data: object, path: str) -> None:
    if not isinstance(data, Mapping):
        raise DocumentError(f"expected an object, not {type(data).__name__}", path)
    version = data.get("schema_version")
    if version is None:
        raise DocumentError("missing schema_version", path)
    if version != SCHEMA_VERSION or isinstance(version, bool):  # true == 1 in Python, not in JSON
        raise SchemaVersionError(version, f"{path}.schema_version")


class _Path:
    """A JSONPath built only when an error needs it: each step links to its parent in O(1)."""

    __slots__ = ("index", "name", "parent")
    ROOT: _Path

    def __init__(self, parent: _Path | None, name: str, index: int | None) -> None:
        self.parent = parent
        self.name = name
        self.index = index

    def item(self, name: str, index: int) -> _Path:
        return _Path(self, name, index)

    def key(self, name: str) -> str:
        return f"{self}.{name}"

    def __str__(self) -> str:
        steps: list[str] = []
        step: _Path | None = self
        while step is not None and step.parent is not None:
            steps.append(
                f".{step.name}[{step.index}]" if step.index is not None else f".{step.name}"
            )
            step = step.parent
        steps.append("$")
        return "".join(reversed(steps))


_Path.ROOT = _Path(None, "$", None)


# -- flat form ------------------------------------------------------------------


def to_flat(article: Article) -> JSONDict:
    """The article as flat records: one per node, pre-order, with integer ``node``/``parent`` ids."""
    return _to_flat(article)


def _to_flat(
    article: Article,
    *,
    passthrough: bool = False,
    comment_record: Callable[[Comment, int, int], Any] | None = None,
) -> JSONDict:
    """The flat document; ``comment_record`` makes the records of comments (the msgspec writer's)."""
    own = {
        cls: codec.unstructure if cls is Article else codec.own
        for cls, codec in _codecs(passthrough).items()
    }
    records: list[JSONDict] = []
    add = records.append
    stack: list[tuple[Node, int | None]] = [(article, None)]
    pop, push = stack.pop, stack.append
    while stack:
        node, parent = pop()
        position = len(records)
        cls = type(node)
        if comment_record is not None and cls is Comment and parent is not None:
            add(comment_record(cast(Comment, node), position, parent))
        else:
            # Blocks' own dicts start with "type" too: the key keeps its place after "parent".
            add({"node": position, "parent": parent, "type": _TYPE_NAMES[cls], **own[cls](node)})
        for name in reversed(node._child_fields):
            kids = getattr(node, name)
            if kids:
                for kid in reversed(kids):
                    push((kid, position))
    return {"schema_version": SCHEMA_VERSION, "records": records}


def from_flat(data: Mapping[str, Any]) -> Article:
    """Rebuild an article from :func:`to_flat` output; a parent must come before its children."""
    _check_version(data, "$")
    records = data.get("records")
    if not isinstance(records, list) or not records:
        raise DocumentError("expected a non-empty list of records", "$.records")
    reader = _FlatReader()
    nodes = reader.nodes
    comment_codec = reader.codecs[Comment]
    for index, record in enumerate(records):
        if index and type(record) is dict and record.get("type") == "comment":
            # Nearly every record of a big thread: a comment under a comment or the
            # article. Taken the short way; anything unusual goes the careful way.
            node_id, parent_id = record.get("node"), record.get("parent")
            if (
                type(node_id) is int
                and type(parent_id) is int
                and node_id not in nodes
                and comment_codec.record_keys.issuperset(record)
            ):
                parent = nodes.get(parent_id)
                if type(parent) is Comment or type(parent) is Article:
                    try:
                        comment: Comment | None = comment_codec.structure(record, Comment)
                    except Exception:
                        comment = None
                    if comment is not None:
                        _add_comment(parent, comment)
                        nodes[node_id] = comment
                        continue
        reader.read(index, record)
    return reader.article


def _add_comment(parent: Node, comment: Comment) -> None:
    """Append a comment to its parent's comments or replies (a list from the second one on)."""
    name = "replies" if type(parent) is Comment else "comments"
    siblings = getattr(parent, name)
    if type(siblings) is list:
        siblings.append(comment)
    else:
        setattr(parent, name, [comment])
    comment._parent = parent


class _FlatReader:
    """Reads flat records one by one, the careful way: every check, errors with their paths."""

    def __init__(self) -> None:
        self.codecs = _codecs()
        self.slots = _slots()
        self.nodes: dict[int, Node] = {}
        self.speakers: dict[str, Speaker] = {}
        self.article = Article()

    def read(self, index: int, record: object) -> None:
        nodes, codecs = self.nodes, self.codecs
        path = _Path.ROOT.item("records", index)
        if not isinstance(record, Mapping):
            raise DocumentError(f"expected an object, not {type(record).__name__}", str(path))
        node_id, parent_id, kind = record.get("node"), record.get("parent"), record.get("type")
        cls = RECORD_TYPES.get(kind) if isinstance(kind, str) else None
        if cls is None:
            raise DocumentError(f"unknown record type {kind!r}", path.key("type"))
        if not isinstance(node_id, int) or node_id in nodes:
            raise DocumentError(f"node id must be a new integer, not {node_id!r}", path.key("node"))
        if (index == 0) != (cls is Article):
            raise DocumentError(
                "the first record, and only it, must be the article", path.key("type")
            )
        codec = codecs[cls]
        node: Any = None
        if (
            index
            and cls is not Quote
            and type(record) is dict
            and codec.record_keys.issuperset(record)
        ):
            # The generated function ignores the link keys, so the record goes in as it is.
            try:
                node = codec.structure(record, cls)
            except Exception:
                node = None
        if node is None:  # the careful way, which raises the right DocumentError
            own = {k: v for k, v in record.items() if k not in ("node", "parent", "type")}
            node = _structure(cls, own, codecs, path)
        if index == 0:
            self.article = node
            self.speakers = _speaker_index(node)
        else:
            parent = nodes.get(parent_id) if isinstance(parent_id, int) else None
            slot = None if parent is None else self.slots.get((type(parent), cls))
            if slot is None or cls is Quote:
                if parent is None:
                    raise DocumentError(
                        f"parent {parent_id!r} is not an earlier record", path.key("parent")
                    )
                if cls is Quote:
                    node.speaker = _resolve_speaker(record, self.speakers, path)
                _attach_record(parent, node, path)
            else:
                kids = getattr(parent, slot)
                if type(kids) is list:
                    kids.append(node)
                else:
                    setattr(parent, slot, [node])
                node._parent = parent
        nodes[node_id] = node


@cache
def _slots() -> dict[tuple[type[Node], type[Node]], str]:
    """For each (parent class, child class) that fit together, the parent's attribute."""
    slots: dict[tuple[type[Node], type[Node]], str] = {}
    for parent in RECORD_TYPES.values():
        for child in RECORD_TYPES.values():
            for name in parent._child_fields:
                if issubclass(child, parent._child_types[name]):
                    slots[parent, child] = name
                    break
    return slots


def _attach_record(parent: Node, node: Node, path: _Path) -> None:
    for name in parent._child_fields:
        if isinstance(node, parent._child_types[name]):
            kids = getattr(parent, name)
            if type(kids) is list:
                kids.append(node)
            else:
                setattr(parent, name, [node])
            node._parent = parent
            return
    raise DocumentError(
        f"a {_TYPE_NAMES[type(node)]} cannot be a child of a {_TYPE_NAMES[type(parent)]}",
        path.key("parent"),
    )


# -- JSON -----------------------------------------------------------------------


def to_json(article: Article, *, flat: bool = False, indent: int | None = None) -> str:
    """The article as a JSON document, nested (default) or flat; any depth works.

    ``indent`` pretty-prints documents of ordinary depth; deeper nested
    documents are always written compactly. With msgspec installed (the
    ``fast`` extra) compact documents are written by it, three to four times
    faster: the same document, the same text but for how floats are spelled.
    """
    accelerator = _accelerator() if indent is None else None
    if accelerator is not None:
        text: str | None = accelerator.dumps(article, flat)
        if text is not None:
            return text
    if flat:
        return _dumps(to_flat(article), indent)
    document = _to_dict(article, depth_limit=_JSON_SAFE_DEPTH)
    if document is not None:
        try:
            return _dumps(document, indent)
        except RecursionError:  # the caller's own stack was already deep
            pass
    return _dumps_nested_deep(article)


def _dumps(document: JSONDict, indent: int | None) -> str:
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(document, ensure_ascii=False, indent=indent, separators=separators)


def _dumps_nested_deep(article: Article) -> str:
    """Write a deep nested document as pieces of bounded depth, each by ``json.dumps``.

    Every ``_CHUNK_DEPTH`` levels a subtree is cut out of its parent's list and
    replaced by a marker string holding a random token; the pieces are then
    spliced together in document order. Should a marker be found anywhere but
    where it was put (a string in the data equal to it), the slow writer runs
    instead.
    """
    own = {cls: codec.own for cls, codec in _codecs().items()}
    token = uuid.uuid4().hex
    root = own[Article](article)
    chunks: list[JSONDict] = [root]
    stack: list[tuple[Node, JSONDict, int]] = [(article, root, 0)]
    pop, push = stack.pop, stack.append
    while stack:
        node, out, depth = pop()
        for name in node._child_fields:
            kids = getattr(node, name)
            if not kids:
                continue
            items: list[Any] = []
            for kid in kids:
                item = own[type(kid)](kid)
                if not kid._child_fields:
                    items.append(item)
                elif depth + 1 < _CHUNK_DEPTH:
                    items.append(item)
                    push((kid, item, depth + 1))
                else:
                    items.append(f"{token}:{len(chunks)}")
                    chunks.append(item)
                    push((kid, item, 0))
            out[name] = items
    try:
        texts = [json.dumps(chunk, ensure_ascii=False, separators=(",", ":")) for chunk in chunks]
    except RecursionError:  # the caller's own stack was already deep
        return _dumps_nested_slow(article)
    marker = re.compile(f'"{token}:([0-9]+)"')
    if sum(len(marker.findall(text)) for text in texts) != len(chunks) - 1:
        return _dumps_nested_slow(article)
    parts: list[str] = []
    todo: list[tuple[str, int]] = [(texts[0], 0)]
    while todo:
        text, start = todo.pop()
        found = marker.search(text, start)
        if found is None:
            parts.append(text[start:] if start else text)
            continue
        parts.append(text[start : found.start()])
        todo.append((text, found.end()))
        todo.append((texts[int(found.group(1))], 0))
    return "".join(parts)


def _dumps_nested_slow(article: Article) -> str:
    """Write the nested form one node at a time, with the structure between nodes by hand."""
    codecs = _codecs()
    parts: list[str] = []
    todo: list[Node | str] = [article]
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        text = json.dumps(_own_dict(item, codecs), ensure_ascii=False, separators=(",", ":"))
        lists = [(name, kids) for name in item._child_fields if (kids := getattr(item, name))]
        if not lists:
            parts.append(text)
            continue
        parts.append(text[:-1])  # reopen the object to append its child lists
        ahead: list[Node | str] = []
        for name, kids in lists:
            ahead.append(f'{"," if text != "{}" or ahead else ""}"{name}":[')
            for position, kid in enumerate(kids):
                if position:
                    ahead.append(",")
                ahead.append(kid)
            ahead.append("]")
        ahead.append("}")
        todo.extend(reversed(ahead))
    return "".join(parts)


def from_json(source: Source) -> Article:
    """Read a JSON document written by :func:`to_json`, nested or flat, of any depth."""
    accelerator = _accelerator()
    if accelerator is not None:
        article: Article | None = accelerator.loads(source)
        if article is not None:
            return article
    return _from_document(_loads(source))


@cache
def _accelerator() -> Any:
    """:mod:`newsthread._msgspec` when msgspec is installed (the ``fast`` extra), else None."""
    try:
        from newsthread import _msgspec
    except ImportError:
        return None
    return _msgspec


def _loads(source: Source) -> Any:
    try:
        return json.loads(source)
    except RecursionError:
        text = source if isinstance(source, str) else bytes(source).decode("utf-8")
        try:
            return loads_deep(text)
        except json.JSONDecodeError as error:
            raise _json_error(error) from error
    except json.JSONDecodeError as error:
        raise _json_error(error) from error
    except UnicodeDecodeError as error:
        raise DocumentError(f"not UTF-8 text: {error.reason} at byte {error.start}") from error


def _json_error(error: json.JSONDecodeError) -> DocumentError:
    return DocumentError(f"invalid JSON at line {error.lineno} column {error.colno}: {error.msg}")


def _from_document(data: Any) -> Article:
    if isinstance(data, Mapping) and "records" in data:
        return from_flat(data)
    return from_dict(data)


# -- JSON Lines -----------------------------------------------------------------

PathOrFile: TypeAlias = str | PathLike[str] | IO[str]


def write_jsonl(articles: Iterable[Article], target: PathOrFile, *, flat: bool = True) -> int:
    """Write one article per line (flat form by default) and return how many were written."""
    if isinstance(target, str | PathLike):
        with open(target, "w", encoding="utf-8") as stream:
            return write_jsonl(articles, stream, flat=flat)
    count = 0
    for article in articles:
        target.write(to_json(article, flat=flat))
        target.write("\n")
        count += 1
    return count


def read_jsonl(source: PathOrFile) -> Iterator[Article]:
    """Stream the articles of a JSON Lines file (either form on each line); blank lines are skipped.

    A bad line raises :class:`~newsthread.errors.DocumentError` whose ``line``
    says which (1-based).
    """
    if isinstance(source, str | PathLike):
        with open(source, encoding="utf-8") as stream:
            yield from read_jsonl(stream)
        return
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            yield from_json(line)
        except DocumentError as error:
            raise DocumentError(
                f"line {number}: {error.reason}", error.path, line=number
            ) from error
