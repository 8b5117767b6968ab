"""The typed model: an article, its body blocks, the quotes in them, and the comment thread.

One tree: ``Article -> body blocks -> quotes`` and ``Article -> comments -> replies``
(a comment may hold quotes too). Speakers are not tree nodes: the article keeps
them in :attr:`Article.speakers` and each :class:`Quote` refers to one of them.
All classes are slotted attrs classes; the tree behaviour comes from
:class:`newsthread.tree.Node`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any, ClassVar, Self

import attrs

from newsthread._deferred import (
    NOT_FOUND_YET,
    Deferred,
    find_deferred,
    read_quotes,
    read_speakers,
    write_speakers,
)
from newsthread.errors import NodeNotFoundError
from newsthread.tree import N, Node, _Raw

__all__ = [
    "EMPTY_EXTRA",
    "Article",
    "Author",
    "Block",
    "BlockQuote",
    "Caption",
    "Comment",
    "CommentStatus",
    "Heading",
    "Link",
    "ListItem",
    "Paragraph",
    "Quote",
    "QuoteKind",
    "Speaker",
    "SpeakerKind",
]


class _EmptyExtra(Mapping[str, Any]):
    """The read-only, empty ``extra`` shared by nodes that carry none (one object, no memory each)."""

    __slots__ = ()

    def __getitem__(self, key: str) -> Any:
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "{}"

    def __reduce__(self) -> str:
        return "EMPTY_EXTRA"  # pickled by name: unpickling gives the shared object back

    def __copy__(self) -> _EmptyExtra:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> _EmptyExtra:
        return self


#: The shared, read-only ``extra`` of nodes that carry none; assign a dict to give one.
EMPTY_EXTRA: Mapping[str, Any] = _EmptyExtra()


def _clip(text: str | None, width: int = 40) -> str | None:
    if text is None or len(text) <= width:
        return text
    return text[: width - 1] + "…"


# -- values -------------------------------------------------------------------


@attrs.frozen(slots=True)
class Author:
    """A person or account credited with an article or a comment."""

    name: str
    url: str | None = None


@attrs.frozen(slots=True)
class Link:
    """A hyperlink over ``text[start:end]`` of the block that holds it."""

    start: int
    end: int
    url: str


class SpeakerKind(enum.StrEnum):
    """What kind of source speaks."""

    PERSON = "person"
    ORGANISATION = "organisation"  #: a body or a document: "the campaign said", "the memo read"
    GROUP = "group"  #: several people: "officials said", "aides"


@attrs.define(slots=True, kw_only=True)
class Speaker:
    """A person (or body, or group) quoted in the article; every mention of one is one Speaker.

    ``key`` is the name normalised for joining the same speaker across the articles of
    a corpus (case, accents, titles and punctuation dropped: "Mark Rutte" -> "mark rutte");
    None when the speaker is only described ("the senator", "officials").
    """

    id: str
    name: str
    role: str | None = None
    organisation: str | None = None
    aliases: list[str] = attrs.field(factory=list)
    kind: SpeakerKind = SpeakerKind.PERSON
    key: str | None = None


class QuoteKind(enum.StrEnum):
    """How the words were quoted."""

    DIRECT = "direct"  #: a whole statement in quote marks
    PARTIAL = "partial"  #: quoted words inside reported speech (a "mixed" quote)
    BLOCK = "block"  #: a block quote (``<blockquote>``, Markdown ``>``)
    INDIRECT = "indirect"  #: reported speech without quote marks ("Rutte said that ...")


class CommentStatus(enum.StrEnum):
    """What a comment entry is: a real comment, or what stands in place of one."""

    PUBLISHED = "published"
    DELETED = "deleted"  #: removed by its author; text usually gone
    REMOVED = "removed"  #: removed by moderators
    MORE = "more"  #: a "load more" / "continue this thread" stub; see ``more_count``
    PINGBACK = "pingback"
    TRACKBACK = "trackback"
    SPAM = "spam"  #: marked as spam (Disqus ``isSpam``, WordPress ``comment_approved`` spam)
    PENDING = "pending"  #: awaiting moderation (WordPress ``comment_approved`` 0)


def _as_links(links: Iterable[Link]) -> tuple[Link, ...]:
    return tuple(links)


# -- nodes --------------------------------------------------------------------


@attrs.define(slots=True, eq=False, repr=False, weakref_slot=False, kw_only=True)
class Quote(Node):
    """Quoted words, who said them and where they stand.

    ``start``/``end`` are character offsets into the text of the block or
    comment the quote hangs under. ``speaker`` is one of the article's
    :attr:`Article.speakers`, shared, not a copy. ``source`` is the address of
    the node whose words a quote repeats (a reply quoting an earlier comment).

    ``cue_start``/``cue_end`` cover the cue ("said", "according to") and
    ``speaker_start``/``speaker_end`` the words that name the speaker in this
    quote's sentence ("Mark Rutte", "he"), as offsets into the same text; None
    when the quote has no cue of its own. ``floating`` is True for such a quote
    (a continuation or a quote standing alone: its speaker, if any, comes from the
    text around it). ``confidence`` is how often the evidence the speaker was
    found by is right (0 to 1), None when the quote has no speaker.
    """

    text: str
    speaker: Speaker | None = None
    cue: str | None = None
    kind: QuoteKind = QuoteKind.DIRECT
    start: int | None = None
    end: int | None = None
    source: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    floating: bool = False
    confidence: float | None = None
    #: the quoted fragments of one reported clause merged into this quote ("called him
    #: a “liar” who is “amoral”"), as (start, end) offsets; empty for a single span
    parts: tuple[tuple[int, int], ...] = attrs.field(default=(), converter=tuple)

    def _summary(self) -> list[tuple[str, object]]:
        out: list[tuple[str, object]] = [("text", _clip(self.text)), ("kind", self.kind.value)]
        if self.speaker is not None:
            out.append(("speaker", self.speaker.name))
        return out


@attrs.define(slots=True, eq=False, repr=False, weakref_slot=False)
class Block(Node):
    """A piece of the article body. Use a subclass: Paragraph, Heading, BlockQuote, ListItem, Caption."""

    _child_fields: ClassVar[tuple[str, ...]] = ("quotes",)
    _child_types: ClassVar[dict[str, type[Node]]] = {"quotes": Quote}
    #: The name of the block type in serialised documents.
    type_name: ClassVar[str] = "block"

    #: The ``quotes`` slot itself: read without finding deferred quotes (set below the class).
    _quotes: ClassVar[Any]

    text: str
    links: tuple[Link, ...] = attrs.field(default=(), converter=_as_links)
    quotes: Sequence[Quote] = ()

    def detach(self) -> Self:
        if type(self._quotes) is Deferred:  # a block taken out keeps the quotes it had
            find_deferred(self)
        return Node.detach(self)

    def _summary(self) -> list[tuple[str, object]]:
        out: list[tuple[str, object]] = [("text", _clip(self.text))]
        quotes = self._quotes  # the slot: printing never runs deferred quote finding
        if type(quotes) is Deferred:
            out.append(("quotes", NOT_FOUND_YET))
        elif quotes:
            out.append(("quotes", _Raw(len(quotes))))
        return out


@attrs.define(slots=True, eq=False, repr=False, weakref_slot=False)
class Paragraph(Block):
    """A paragraph of running text."""

    type_name: ClassVar[str] = "paragraph"


@attrs.define(slots=True, eq=False, repr=False, weakref_slot=False)
class Heading(Block):
    """A heading inside the body; ``level`` 1 to 6 as in HTML."""

    type_name: ClassVar[str] = "heading"

    level: int = 2


@attrs.define(slots=True, eq=False, repr=False, weakref_slot=False)
class BlockQuote(Block):
    """A block quotation (its text; the quote itself is found by quote extraction)."""

    type_name: ClassVar[str] = "blockquote"


@attrs.define(slots=True, eq=False, repr=False, weakref_slot=False)
class ListItem(Block):
    """One item of a list; ``indent`` counts enclosing lists (0 for a top-level list)."""

    type_name: ClassVar[str] = "list_item"

    ordered: bool = False
    indent: int = 0


@attrs.define(slots=True, eq=False, repr=False, weakref_slot=False)
class Caption(Block):
    """The caption of a figure, photo or table in the body."""

    type_name: ClassVar[str] = "caption"


@attrs.define(slots=True, eq=False, repr=False, weakref_slot=False, kw_only=True)
class Comment(Node):
    """One entry of the discussion: a comment, or a stub standing for deleted or hidden ones.

    ``text`` keeps paragraphs apart with a blank line (``"\\n\\n"``) and line
    breaks inside a paragraph as ``"\\n"``. ``in_reply_to`` names the comment
    this one answers when that is not its parent in the tree: an orphan whose
    parent is missing, or a reply a site flattened past its nesting limit.
    """

    _child_fields: ClassVar[tuple[str, ...]] = ("quotes", "replies")
    _child_types: ClassVar[dict[str, type[Node]]] = {"quotes": Quote}  # replies: set below
    #: The ``quotes`` slot itself: read without finding deferred quotes (set below the class).
    _quotes: ClassVar[Any]

    id: str
    author: Author | None = None
    published: datetime | None = None
    text: str = ""
    url: str | None = None
    score: int | None = None
    status: CommentStatus = CommentStatus.PUBLISHED
    more_count: int | None = None
    in_reply_to: str | None = None
    extra: Mapping[str, Any] = EMPTY_EXTRA
    quotes: Sequence[Quote] = ()
    replies: Sequence[Comment] = ()

    @property
    def children(self) -> Sequence[Node]:
        """Quotes in this comment, then its replies (no new list in the common quote-less case)."""
        if not self._quotes:  # deferred quotes are truthy: they are found below
            return self.replies
        return [*self.quotes, *self.replies]

    def __attrs_post_init__(self) -> None:
        # The common case, a comment built without children, costs two truth tests.
        quotes = self._quotes
        if quotes or self.replies or type(quotes) is not tuple:
            Node.__attrs_post_init__(self)
        elif type(self.replies) is not tuple:
            self.replies = ()

    def add(self, child: N, index: int | None = None) -> N:
        if type(self._quotes) is Deferred:  # a new reply would be seen by quote finding
            find_deferred(self)
        return Node.add(self, child, index)

    def detach(self) -> Self:
        if type(self._quotes) is Deferred:  # a comment taken out keeps the quotes it had
            find_deferred(self)
        return Node.detach(self)

    def _summary(self) -> list[tuple[str, object]]:
        out: list[tuple[str, object]] = [("id", self.id)]
        if self.author is not None:
            out.append(("author", self.author.name))
        if self.status is not CommentStatus.PUBLISHED:
            out.append(("status", self.status.value))
        out.append(("text", _clip(self.text)))
        out.append(("replies", _Raw(len(self.replies))))
        return out


Comment._child_types = {"quotes": Quote, "replies": Comment}


@attrs.define(slots=True, eq=False, repr=False, weakref_slot=False, kw_only=True)
class Article(Node):
    """A news page as a tree: metadata, body blocks (with their quotes) and the comment thread.

    ``declared_comment_count`` is the count the page printed ("74 Comments");
    it can differ from the comments found (pagination, moderation).
    """

    _child_fields: ClassVar[tuple[str, ...]] = ("body", "comments")
    _child_types: ClassVar[dict[str, type[Node]]] = {"body": Block, "comments": Comment}
    #: The ``speakers`` slot itself: read without finding deferred quotes (set below the class).
    _speakers: ClassVar[Any]

    url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    summary: str | None = None
    authors: list[Author] = attrs.field(factory=list)
    published: datetime | None = None
    modified: datetime | None = None
    site_name: str | None = None
    section: str | None = None
    tags: list[str] = attrs.field(factory=list)
    language: str | None = None
    declared_comment_count: int | None = None
    speakers: list[Speaker] = attrs.field(factory=list)
    extra: dict[str, Any] = attrs.field(factory=dict)
    body: Sequence[Block] = ()
    comments: Sequence[Comment] = ()

    @property
    def children(self) -> Sequence[Node]:
        """The body blocks, then the top-level comments."""
        if not self.body:
            return self.comments
        return [*self.body, *self.comments] if self.comments else self.body

    @property
    def quotes(self) -> list[Quote]:
        """Every quote in the tree, in document order (body first, then comments)."""
        return [n for n in self.walk() if type(n) is Quote]

    def add(self, child: N, index: int | None = None) -> N:
        if type(self._speakers) is Deferred:  # a new node would be seen by quote finding
            find_deferred(self)
        return Node.add(self, child, index)

    def iter_comments(self) -> Iterator[Comment]:
        """Every comment and reply in thread order (pre-order); the body is not visited."""
        stack = list(reversed(self.comments))
        pop, extend = stack.pop, stack.extend
        while stack:
            comment = pop()
            yield comment
            replies = comment.replies
            if replies:
                extend(reversed(replies))

    def comment(self, comment_id: str) -> Comment:
        """The comment with this id; raises :class:`~newsthread.errors.NodeNotFoundError`."""
        for node in self.iter_comments():
            if node.id == comment_id:
                return node
        raise NodeNotFoundError(f"no comment with id {comment_id!r}", comment_id)

    def speaker(self, speaker_id: str) -> Speaker:
        """The speaker with this id; raises :class:`~newsthread.errors.NodeNotFoundError`."""
        for speaker in self.speakers:
            if speaker.id == speaker_id:
                return speaker
        raise NodeNotFoundError(f"no speaker with id {speaker_id!r}", speaker_id)

    def _summary(self) -> list[tuple[str, object]]:
        return [
            ("title", _clip(self.title, 60)),
            ("body", _Raw(len(self.body))),
            ("comments", _Raw(len(self.comments))),
        ]


# Quotes and speakers found on first read (``newsthread._deferred``): the slots stay, behind
# properties that run a deferred finder once.


def _lazy(cls: type[Node], name: str, read: Callable[[Any], Any], write: Any) -> None:
    """Make ``cls.<name>`` read through ``read``, keeping its slot as ``cls._<name>``."""
    slot = cls.__dict__[name]
    setattr(cls, "_" + name, slot)
    setattr(cls, name, property(read, slot.__set__ if write is None else write, doc=slot.__doc__))


_lazy(Block, "quotes", read_quotes, None)
_lazy(Comment, "quotes", read_quotes, None)
_lazy(Article, "speakers", read_speakers, write_speakers)
