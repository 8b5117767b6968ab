"""JSON through msgspec, when it is installed (the ``fast`` extra): the same documents, faster.

Writing: comments, nearly all of a big document, become Structs that mirror
Comment's own fields in order and leave out defaults as cattrs does, so no
Python code runs per field; the article, blocks and quotes are the dicts of
the codecs of :mod:`newsthread._codec`, the description both JSON paths share.
Authors and datetimes are left to msgspec, which writes them as the pure path does (a datetime whose offset msgspec would round
to the minute is made text first). The text is the pure path's text.

Reading: msgspec parses the document and checks the comments against
:class:`_CommentIn`, a strict mirror generated from :class:`~newsthread.model.Comment`;
the article around them goes through :func:`newsthread._forms.from_dict`, and
the whole article through the same checks (:mod:`newsthread._checks`).
Anything this path does not take exactly as the pure path would (a date in
words, a value of the wrong type, an unknown field, a document too deep for
msgspec's recursion) makes it return None, and the caller reads the document
the pure way, which also gives the errors their JSONPaths.
"""

from __future__ import annotations

import functools
import operator
import types
import typing
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from operator import attrgetter
from types import GenericAlias
from typing import Any

import attrs
import msgspec

from newsthread._checks import check_read, speaker_index
from newsthread._codec import (
    JSON_SAFE_DEPTH,
    RECORD_TYPES,
    TYPE_NAMES,
    JSONPath,
    check_version,
    format_datetime,
    interned_author,
    node_codecs,
    resolve_speaker,
    structure_node,
)
from newsthread._forms import FlatReader, add_comment, flat_document, from_dict
from newsthread._validate import url_problem
from newsthread.model import EMPTY_EXTRA, Article, Author, Comment, Quote, Speaker
from newsthread.tree import Node

__all__ = ["dumps", "loads"]


# -- writing ------------------------------------------------------------------


def _comment_struct(name: str, links: list[tuple[str, type]]) -> Any:
    """A Struct of Comment's own fields in their order, leaving out defaults as cattrs does."""
    fields: list[Any] = list(links)
    for field in attrs.fields(Comment):
        if field.name in _NOT_OWN:
            continue
        fields.append(
            (field.name, Any)
            if field.default is attrs.NOTHING
            else (field.name, Any, field.default)
        )
    # None, not an empty dict: nothing to allocate per comment; set only when there is one.
    fields.append(("extra", Any, None))
    return msgspec.defstruct(name, fields, omit_defaults=True)


_NOT_OWN = ("_parent", "extra", *Comment._child_fields)
assert Comment._own_fields()[-1] == "extra"  # the Structs put it last, in cattrs' order
_OWN_FIELDS = tuple(f.name for f in attrs.fields(Comment) if f.name not in _NOT_OWN)
_own_values = attrgetter(*_OWN_FIELDS)
_CommentLeaf = _comment_struct("_CommentLeaf", [])
_CommentNode = msgspec.defstruct(
    "_CommentNode",
    [(name, Any, msgspec.field(default_factory=list)) for name in Comment._child_fields],
    bases=(_CommentLeaf,),
    omit_defaults=True,
)
_CommentRecord = _comment_struct("_CommentRecord", [("node", int), ("parent", int), ("type", str)])
_NO_KIDS: list[Any] = []  # never changed: the writers only read it
_ENCODER = msgspec.json.Encoder()


def dumps(article: Article, flat: bool) -> str | None:
    """The compact JSON text of ``article``, or None when the tree is too deep for msgspec."""
    document = _flat(article) if flat else _nested(article)
    if document is None:
        return None
    try:
        return _ENCODER.encode(document).decode("utf-8")
    except (RecursionError, TypeError, ValueError, OverflowError, msgspec.EncodeError):
        return None  # odd values in ``extra``, lone surrogates: the pure writer decides


def _finish(item: Any, comment: Comment) -> Any:
    """Add what the field values alone do not say: ``extra``, and offsets msgspec would round."""
    extra = comment.extra
    if extra is not EMPTY_EXTRA and extra:
        item.extra = extra
    published = comment.published
    if published is not None:
        zone = published.tzinfo
        if zone is not None and zone is not UTC:
            # msgspec rounds offsets to the minute; the pure writer's text keeps seconds.
            item.published = format_datetime(published)
    return item


def _nested(article: Article) -> dict[str, Any] | None:
    """The nested document with comments as Structs; None past msgspec's safe depth."""
    own = {cls: codec.own for cls, codec in node_codecs(passthrough=True).items()}
    quote_own = own[Quote]
    root = own[Article](article)
    if article.body:
        body = []
        for block in article.body:
            block_item = own[type(block)](block)
            if block.quotes:
                block_item["quotes"] = [quote_own(q) for q in block.quotes]
            body.append(block_item)
        root["body"] = body
    if not article.comments:
        return root
    top: list[Any] = []
    stack: list[tuple[Sequence[Comment], list[Any], int]] = [(article.comments, top, 1)]
    pop, push = stack.pop, stack.append
    while stack:
        comments, out, depth = pop()
        if depth > JSON_SAFE_DEPTH:
            return None
        add = out.append
        for comment in comments:
            item: Any
            replies, quotes = comment.replies, comment.quotes
            if replies or quotes:
                item = _CommentNode(
                    *_own_values(comment),
                    None,
                    [quote_own(q) for q in quotes] if quotes else _NO_KIDS,
                    [] if replies else _NO_KIDS,
                )
                if replies:
                    push((replies, item.replies, depth + 1))
            else:
                item = _CommentLeaf(*_own_values(comment))
            add(_finish(item, comment))
    root["comments"] = top
    return root


def _flat(article: Article) -> dict[str, Any]:
    """The flat document with comment records as Structs."""
    return flat_document(article, passthrough=True, comment_record=_comment_record)


def _comment_record(comment: Comment, position: int, parent: int) -> Any:
    return _finish(_CommentRecord(position, parent, "comment", *_own_values(comment)), comment)


# -- reading ------------------------------------------------------------------


class _AuthorIn(msgspec.Struct, forbid_unknown_fields=True):
    name: str
    url: str | None = None


def _document_type(hint: Any) -> Any:
    """The type a document gives a model field, for msgspec: what the JSON Schema says."""
    if hint is datetime:
        return str  # parsed by datetime.fromisoformat, as the pure path does
    if hint is Author:
        return _AuthorIn
    if typing.get_origin(hint) in (Mapping, dict):
        return dict[str, Any]
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (types.UnionType, typing.Union):
        return functools.reduce(operator.or_, [_document_type(a) for a in args])
    return hint


def _fields_struct() -> Any:
    """Comment's own fields, typed as documents write them, generated from the model class."""
    hints = typing.get_type_hints(Comment)
    fields: list[Any] = []
    for field in attrs.fields(Comment):
        if field.name in _NOT_OWN and field.name != "extra":
            continue
        kind = _document_type(hints[field.name])
        if field.name == "extra":
            fields.append((field.name, kind, msgspec.field(default_factory=dict)))
        elif field.default is attrs.NOTHING:
            fields.append((field.name, kind))
        else:
            fields.append((field.name, kind, field.default))
    return msgspec.defstruct(
        "_CommentFields", fields, kw_only=True, forbid_unknown_fields=True, module=__name__
    )


#: A comment's own fields as documents write them: field for field :class:`Comment`, the types
#: mapped as :mod:`newsthread.schema` maps them (a datetime is a string, an author an object).
_CommentFields: Any = _fields_struct()


#: A comment of the nested form (its replies are themselves _CommentIn).
_CommentIn: Any = msgspec.defstruct(
    "_CommentIn",
    [
        ("quotes", list[dict[str, Any]], msgspec.field(default_factory=list)),
        ("replies", "list[_CommentIn]", msgspec.field(default_factory=list)),
    ],
    bases=(_CommentFields,),
    kw_only=True,
    module=__name__,
)
#: A comment record of the flat form.
_CommentRecordIn: Any = msgspec.defstruct(
    "_CommentRecordIn",
    [("node", int), ("parent", int)],
    bases=(_CommentFields,),
    kw_only=True,
    tag="comment",
    tag_field="type",
    module=__name__,
)


def _loose_record(cls: type[Node]) -> Any:
    """A flat record of another node type: its keys checked here, its values by the pure reader."""
    name = TYPE_NAMES[cls]
    keys = sorted(node_codecs()[cls].record_keys - {"type"})
    return msgspec.defstruct(
        f"_{name.title()}RecordIn",
        [(key, Any, msgspec.UNSET) for key in keys],
        tag=name,
        tag_field="type",
        forbid_unknown_fields=True,
    )


_LOOSE_RECORDS = tuple(_loose_record(cls) for cls in RECORD_TYPES.values() if cls is not Comment)
_TOP = msgspec.json.Decoder(dict[str, msgspec.Raw])
_COMMENTS = msgspec.json.Decoder(GenericAlias(list, (_CommentIn,)))
_RECORDS = msgspec.json.Decoder(
    GenericAlias(list, (functools.reduce(operator.or_, _LOOSE_RECORDS, _CommentRecordIn),))
)
_ANY = msgspec.json.Decoder()


class _Decline(Exception):
    """This document is for the pure reader."""


def loads(source: str | bytes | bytearray) -> Article | None:
    """The article of a JSON document, or None when the pure reader must read it."""
    try:
        top = _TOP.decode(source)
        if "records" in top:
            return _from_records(top)
        raw_comments = top.pop("comments", None)
        article = from_dict({key: _ANY.decode(raw) for key, raw in top.items()})
        if raw_comments is not None:
            _attach(article, _COMMENTS.decode(raw_comments))
            check_read(article)
    except (msgspec.DecodeError, RecursionError, ValueError, _Decline):
        # ValueError includes DocumentError and a date fromisoformat refuses: the
        # pure reader reads those (dateutil) or fails the same way and says where.
        return None
    return article


def _comment(item: Any) -> Comment:
    author, published, extra, url = item.author, item.published, item.extra, item.url
    if url is not None and url_problem(url) is not None:
        raise _Decline  # the pure reader says what is wrong, and where
    return Comment(
        id=item.id,
        author=None if author is None else interned_author(author.name, author.url),
        published=None if published is None else datetime.fromisoformat(published),
        text=item.text,
        url=url,
        score=item.score,
        status=item.status,
        more_count=item.more_count,
        in_reply_to=item.in_reply_to,
        extra=extra if extra else EMPTY_EXTRA,
    )


def _attach(article: Article, comments: list[Any]) -> None:
    """Build the comment tree from the checked mirrors, without recursion."""
    speakers: dict[str, Speaker] | None = None
    stack: list[tuple[Node, list[Any]]] = [(article, comments)]  # lists of _CommentIn
    while stack:
        parent, items = stack.pop()
        kids: list[Comment] = []
        add = kids.append
        for item in items:
            comment = _comment(item)
            comment._parent = parent
            if item.quotes:
                if speakers is None:
                    speakers = speaker_index(article)
                comment.quotes = _quotes(item.quotes, comment, speakers)
            if item.replies:
                stack.append((comment, item.replies))
            add(comment)
        if kids:
            if parent is article:
                article.comments = kids
            else:
                assert isinstance(parent, Comment)
                parent.replies = kids


def _from_records(top: dict[str, msgspec.Raw]) -> Article:
    """The flat form: comment records built here, the others by the pure reader's checks."""
    version = {key: _ANY.decode(raw) for key, raw in top.items() if key != "records"}
    check_version(version, "$")
    records = _RECORDS.decode(top["records"])
    if not records:
        raise _Decline
    reader = FlatReader()
    nodes = reader.nodes
    for index, record in enumerate(records):
        if type(record) is _CommentRecordIn:
            parent = nodes.get(record.parent)
            if not index or record.node in nodes:
                raise _Decline
            comment = _comment(record)
            if type(parent) is Comment:
                # _add_comment inlined for the hot case: a parent built here has a list
                # or the empty tuple, so append or start the list.
                replies = parent.replies
                if replies:
                    replies.append(comment)  # type: ignore[attr-defined]
                else:
                    parent.replies = [comment]
                comment._parent = parent
            elif type(parent) is Article:
                add_comment(parent, comment)
            else:
                raise _Decline
            nodes[record.node] = comment
        else:
            fields = record.__struct_fields__
            own = {"type": record.__struct_config__.tag}
            for key in fields:
                value = getattr(record, key)
                if value is not msgspec.UNSET:
                    own[key] = value
            reader.read(index, own)
    check_read(reader.article)
    return reader.article


def _quotes(
    items: list[dict[str, Any]], comment: Comment, speakers: dict[str, Speaker]
) -> list[Quote]:
    codecs = node_codecs()
    path = JSONPath.ROOT
    quotes: list[Quote] = []
    for item in items:
        quote = structure_node(Quote, item, codecs, path)
        quote.speaker = resolve_speaker(item, speakers, path)
        quote._parent = comment
        quotes.append(quote)
    return quotes
