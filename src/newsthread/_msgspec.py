"""JSON through msgspec, when it is installed (the ``fast`` extra): the same documents, faster.

Writing: the node dicts are those of :mod:`newsthread.serialize`, except that
authors and datetimes are left for msgspec to write (it writes them as the
pure path does), and msgspec's C encoder turns them into text.

Reading: msgspec parses the document and checks the comments against
:class:`_CommentIn`, a strict mirror of :class:`~newsthread.model.Comment`;
the article around them goes through :func:`newsthread.serialize.from_dict`.
Anything this path does not take exactly as the pure path would (a date in
words, a number in a string, an unknown field, a document too deep for
msgspec's recursion) makes it return None, and the caller reads the document
the pure way, which also gives the errors their JSONPaths.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import msgspec

from newsthread import serialize
from newsthread.model import EMPTY_EXTRA, Article, Comment, CommentStatus, Quote, Speaker
from newsthread.tree import Node

__all__ = ["dumps", "loads"]


class _AuthorIn(msgspec.Struct, forbid_unknown_fields=True):
    name: str
    url: str | None = None


class _CommentIn(msgspec.Struct, forbid_unknown_fields=True):
    """A comment as the nested form writes it; field for field :class:`Comment`."""

    id: str
    author: _AuthorIn | None = None
    published: str | None = None  # parsed by datetime.fromisoformat, as the pure path does
    text: str = ""
    url: str | None = None
    score: int | None = None
    status: CommentStatus = CommentStatus.PUBLISHED
    more_count: int | None = None
    in_reply_to: str | None = None
    extra: dict[str, Any] = msgspec.field(default_factory=dict)
    quotes: list[dict[str, Any]] = msgspec.field(default_factory=list)
    replies: list[_CommentIn] = msgspec.field(default_factory=list)


_ENCODER = msgspec.json.Encoder()
_TOP = msgspec.json.Decoder(dict[str, msgspec.Raw])
_COMMENTS = msgspec.json.Decoder(list[_CommentIn])
_ANY = msgspec.json.Decoder()


class _Decline(Exception):
    """This document is for the pure reader."""


def dumps(article: Article, flat: bool) -> str | None:
    """The compact JSON text of ``article``, or None when the tree is too deep for msgspec."""
    if flat:
        document = serialize._to_flat(article, passthrough=True)
    else:
        nested = serialize._to_dict(
            article, depth_limit=serialize._JSON_SAFE_DEPTH, passthrough=True
        )
        if nested is None:
            return None
        document = nested
    try:
        return _ENCODER.encode(document).decode("utf-8")
    except (RecursionError, TypeError, ValueError, msgspec.EncodeError):
        return None  # deep or odd values in ``extra``, lone surrogates: the pure writer decides


def loads(source: str | bytes | bytearray) -> Article | None:
    """The article of a JSON document, or None when the pure reader must read it."""
    try:
        top = _TOP.decode(source)
        if "records" in top:
            return serialize.from_flat({key: _ANY.decode(raw) for key, raw in top.items()})
        raw_comments = top.pop("comments", None)
        article = serialize.from_dict({key: _ANY.decode(raw) for key, raw in top.items()})
        if raw_comments is not None:
            _attach(article, _COMMENTS.decode(raw_comments))
    except (msgspec.DecodeError, RecursionError, ValueError, _Decline):
        # Includes DocumentError: the pure reader fails the same way and says where.
        return None
    return article


def _attach(article: Article, comments: list[_CommentIn]) -> None:
    """Build the comment tree from the checked mirrors, without recursion."""
    speakers: dict[str, Speaker] | None = None
    intern = serialize._interned_author
    parse_date = datetime.fromisoformat
    stack: list[tuple[Node, list[_CommentIn]]] = [(article, comments)]
    while stack:
        parent, items = stack.pop()
        kids: list[Comment] = []
        add = kids.append
        for item in items:
            author, published, extra = item.author, item.published, item.extra
            try:
                when = None if published is None else parse_date(published)
            except ValueError:
                raise _Decline from None  # a date in words: dateutil's, in the pure reader
            comment = Comment(
                id=item.id,
                author=None if author is None else intern(author.name, author.url),
                published=when,
                text=item.text,
                url=item.url,
                score=item.score,
                status=item.status,
                more_count=item.more_count,
                in_reply_to=item.in_reply_to,
                extra=extra if extra else EMPTY_EXTRA,
            )
            comment._parent = parent
            if item.quotes:
                if speakers is None:
                    speakers = serialize._speaker_index(article)
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


def _quotes(
    items: list[dict[str, Any]], comment: Comment, speakers: dict[str, Speaker]
) -> list[Quote]:
    codecs = serialize._codecs()
    path = serialize._Path.ROOT
    quotes: list[Quote] = []
    for item in items:
        quote = serialize._structure(Quote, item, codecs, path)
        quote.speaker = serialize._resolve_speaker(item, speakers, path)
        quote._parent = comment
        quotes.append(quote)
    return quotes
