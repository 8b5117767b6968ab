"""The two forms of a document, walked without recursion: nested dicts, and flat records.

- **nested**: the tree as JSON nesting (``{"schema_version": 1, "title": ...,
  "body": [...], "comments": [{"id": ..., "replies": [...]}]}``);
- **flat**: one record per node with integer ``node`` and ``parent`` ids, in
  document order (``{"schema_version": 1, "records": [...]}``).

Each node's own fields go through its codec (:mod:`newsthread._codec`); this
module walks the tree with an explicit stack, so reply chains of any depth
work at the default recursion limit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, cast

from newsthread._checks import check_read, check_writable, speaker_index
from newsthread._codec import (
    RECORD_TYPES,
    SCHEMA_VERSION,
    TYPE_NAMES,
    JSONDict,
    JSONPath,
    check_version,
    node_class,
    node_codecs,
    resolve_speaker,
    structure_node,
)
from newsthread.errors import DocumentError
from newsthread.model import Article, Comment, Quote, Speaker
from newsthread.tree import Node

__all__ = [
    "FlatReader",
    "add_comment",
    "flat_document",
    "from_dict",
    "from_flat",
    "nested_document",
    "to_dict",
    "to_flat",
]


# -- nested form ----------------------------------------------------------------


def to_dict(article: Article) -> JSONDict:
    """The article as a nested document of dicts, lists and JSON scalars.

    Raises :class:`~newsthread.errors.DocumentError` for an article that
    :func:`from_dict` would not read back (see :func:`to_json`).
    """
    check_writable(article)
    document = nested_document(article)
    assert document is not None
    return document


def nested_document(
    article: Article, depth_limit: int | None = None, *, passthrough: bool = False
) -> JSONDict | None:
    """The nested document, or None as soon as the tree proves deeper than ``depth_limit``."""
    own = {cls: codec.own for cls, codec in node_codecs(passthrough).items()}
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
    check_version(data, "$")
    codecs = node_codecs()
    article: Article = structure_node(Article, data, codecs, JSONPath.ROOT)
    speakers = speaker_index(article)
    # A node's path is made only when it has children (or on error): most comments are leaves.
    stack: list[tuple[Node, Mapping[str, Any], JSONPath | None, str, int]] = [
        (article, data, None, "", 0)
    ]
    pop, push = stack.pop, stack.append
    while stack:
        node, source, parent_path, step, position = pop()
        path: JSONPath | None = None
        for name in node._child_fields:
            items = source.get(name)
            if items is None:
                continue
            if path is None:
                path = (
                    JSONPath.ROOT if parent_path is None else JSONPath(parent_path, step, position)
                )
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
                    kid = structure_node(node_class(kind, item, item_path), item, codecs, item_path)
                    if type(kid) is Quote:
                        kid.speaker = resolve_speaker(item, speakers, item_path)
                kid._parent = node
                add(kid)
                for child_name in kid._child_fields:
                    if child_name in item:
                        push((kid, item, path, name, index))
                        break
            setattr(node, name, kids or ())
    check_read(article)
    return article


# -- flat form ------------------------------------------------------------------


def to_flat(article: Article) -> JSONDict:
    """The article as flat records: one per node, pre-order, with integer ``node``/``parent`` ids.

    Raises :class:`~newsthread.errors.DocumentError` as :func:`to_json` does.
    """
    check_writable(article)
    return flat_document(article)


def flat_document(
    article: Article,
    *,
    passthrough: bool = False,
    comment_record: Callable[[Comment, int, int], Any] | None = None,
) -> JSONDict:
    """The flat document; ``comment_record`` makes the records of comments (the msgspec writer's)."""
    own = {
        cls: codec.unstructure if cls is Article else codec.own
        for cls, codec in node_codecs(passthrough).items()
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
            add({"node": position, "parent": parent, "type": TYPE_NAMES[cls], **own[cls](node)})
        for name in reversed(node._child_fields):
            kids = getattr(node, name)
            if kids:
                for kid in reversed(kids):
                    push((kid, position))
    return {"schema_version": SCHEMA_VERSION, "records": records}


def from_flat(data: Mapping[str, Any]) -> Article:
    """Rebuild an article from :func:`to_flat` output; a parent must come before its children."""
    check_version(data, "$")
    records = data.get("records")
    if not isinstance(records, list) or not records:
        raise DocumentError("expected a non-empty list of records", "$.records")
    reader = FlatReader()
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
                        add_comment(parent, comment)
                        nodes[node_id] = comment
                        continue
        reader.read(index, record)
    check_read(reader.article)
    return reader.article


def add_comment(parent: Node, comment: Comment) -> None:
    """Append a comment to its parent's comments or replies (a list from the second one on)."""
    append_child(parent, "replies" if type(parent) is Comment else "comments", comment)


def append_child(parent: Node, slot: str, node: Node) -> None:
    """Append ``node`` to ``parent``'s ``slot`` (a list from the second child on: the model
    starts every child field as a shared empty tuple)."""
    kids = getattr(parent, slot)
    if type(kids) is list:
        kids.append(node)
    else:
        setattr(parent, slot, [node])
    node._parent = parent


class FlatReader:
    """Reads flat records one by one, the careful way: every check, errors with their paths."""

    def __init__(self) -> None:
        self.codecs = node_codecs()
        self.slots = _slots()
        self.nodes: dict[int, Node] = {}
        self.speakers: dict[str, Speaker] = {}
        self.article = Article()

    def read(self, index: int, record: object) -> None:
        nodes, codecs = self.nodes, self.codecs
        path = JSONPath.ROOT.item("records", index)
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
            node = structure_node(cls, own, codecs, path)
        if index == 0:
            self.article = node
            self.speakers = speaker_index(node)
        else:
            parent = nodes.get(parent_id) if isinstance(parent_id, int) else None
            slot = None if parent is None else self.slots.get((type(parent), cls))
            if parent is None:
                raise DocumentError(
                    f"parent {parent_id!r} is not an earlier record", path.key("parent")
                )
            if slot is not None and cls is not Quote:
                append_child(parent, slot, node)
            else:
                if cls is Quote:
                    node.speaker = resolve_speaker(record, self.speakers, path)
                _attach_record(parent, node, path)
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


def _attach_record(parent: Node, node: Node, path: JSONPath) -> None:
    for name in parent._child_fields:
        if isinstance(node, parent._child_types[name]):
            append_child(parent, name, node)
            return
    raise DocumentError(
        f"a {TYPE_NAMES[type(node)]} cannot be a child of a {TYPE_NAMES[type(parent)]}",
        path.key("parent"),
    )
