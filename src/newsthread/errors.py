"""Exceptions raised by newsthread.

Every exception derives from :class:`NewsthreadError` and also from the builtin
exception it resembles, so ``except ValueError`` keeps working for callers that
do not know newsthread. Each carries the data a caller needs to act on it.
"""

from __future__ import annotations

__all__ = [
    "CycleError",
    "DocumentError",
    "DuplicateIdError",
    "InputError",
    "MissingExtraError",
    "NestingTooDeepError",
    "NewsthreadError",
    "NodeNotFoundError",
    "OrphanError",
    "ParseError",
    "RecordError",
    "SchemaVersionError",
    "TableError",
    "TreeError",
]


class NewsthreadError(Exception):
    """Base class of every error newsthread raises on purpose."""


class TreeError(NewsthreadError, ValueError):
    """A change to a tree, or input for one, would break the tree's invariants."""


class CycleError(TreeError):
    """A node would become its own ancestor, or flat records form a loop."""

    def __init__(self, message: str, ids: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.ids = ids


class DuplicateIdError(TreeError):
    """Two comments in one input carry the same id."""

    def __init__(self, comment_id: str, index: int | None = None) -> None:
        where = f" (record {index})" if index is not None else ""
        super().__init__(f"duplicate comment id {comment_id!r}{where}")
        self.id = comment_id
        self.index = index


class OrphanError(TreeError):
    """A record names a parent id that is not in the input (with ``orphans="error"``)."""

    def __init__(self, comment_id: str, parent_id: str) -> None:
        super().__init__(
            f"comment {comment_id!r} replies to {parent_id!r}, which is not in the input"
        )
        self.id = comment_id
        self.parent_id = parent_id


class NodeNotFoundError(NewsthreadError, LookupError):
    """An address or comment id does not resolve to a node of the tree."""

    def __init__(self, message: str, key: str) -> None:
        super().__init__(message)
        self.key = key


class DocumentError(NewsthreadError, ValueError):
    """A serialised document (dict, JSON, flat records) is malformed.

    ``path`` says where, in JSONPath style: ``$.comments[3].published``;
    ``line`` which line of a JSON Lines file, when the document came from one.
    """

    def __init__(self, message: str, path: str = "$", *, line: int | None = None) -> None:
        super().__init__(f"{message} @ {path}")
        self.reason = message
        self.path = path
        self.line = line


class SchemaVersionError(DocumentError):
    """A document was written for a schema version this release cannot read."""

    def __init__(self, version: object, path: str = "$.schema_version") -> None:
        super().__init__(f"unsupported schema version {version!r}", path)
        self.version = version


class TableError(NewsthreadError, ValueError):
    """A table row cannot be written or read back as a tree.

    ``table`` names the table (``comments``), ``article_id`` the article and
    ``row`` the row's index among that article's rows of the table, when known.
    """

    def __init__(
        self, message: str, table: str, article_id: str | None = None, row: int | None = None
    ) -> None:
        where = table
        if article_id is not None:
            where += f", article {article_id!r}"
        if row is not None:
            where += f", row {row}"
        super().__init__(f"{message} ({where})")
        self.reason = message
        self.table = table
        self.article_id = article_id
        self.row = row


class InputError(NewsthreadError, ValueError):
    """Input for an importer cannot be used at all (empty, binary, undecodable)."""

    def __init__(self, message: str, source: str | None = None) -> None:
        super().__init__(f"{source}: {message}" if source else message)
        self.reason = message
        self.source = source


class ParseError(InputError):
    """Input could be read but not understood; ``line``/``column`` say where (1-based)."""

    def __init__(
        self,
        message: str,
        source: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        where = source or "<input>"
        if line is not None:
            where += f":{line}"
            if column is not None:
                where += f":{column}"
        super().__init__(message, where)
        self.source = source
        self.line = line
        self.column = column


class RecordError(ParseError):
    """One record of a source file cannot be used (no id, a value of the wrong type).

    ``line`` is the record's line in a line-based file, else its position in the
    file (1-based); ``record`` is its id when it has one.
    """

    def __init__(
        self,
        message: str,
        source: str | None = None,
        line: int | None = None,
        record: str | None = None,
    ) -> None:
        super().__init__(f"record {record!r}: {message}" if record else message, source, line)
        self.record = record


class NestingTooDeepError(ParseError):
    """A page nests elements deeper than an importer accepts (parsing it would take too long)."""

    def __init__(
        self,
        depth: int,
        limit: int,
        source: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(
            f"elements nested more than {limit} levels deep (at least {depth})",
            source,
            line,
            column,
        )
        self.depth = depth
        self.limit = limit


class MissingExtraError(NewsthreadError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""

    def __init__(self, module: str, extra: str) -> None:
        super().__init__(
            f"{module} is needed for this feature: pip install 'newsthread[{extra}]'",
            name=module,
        )
        self.extra = extra
