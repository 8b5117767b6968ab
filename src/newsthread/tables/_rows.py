"""Trees to table rows and back, in plain Python (no pyarrow: workers build rows with this).

Writing walks each article once with an explicit stack, numbering nodes in
pre-order exactly as the flat JSON form does. Reading turns the rows of one
article back into flat records and hands them to
:func:`newsthread.serialize.from_flat`, so a table row is checked by the same
code as a JSON document; nothing here recurses.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, TypeAlias

from newsthread._codec import format_datetime
from newsthread.errors import DocumentError, TableError
from newsthread.model import Article, Block, Comment, Heading, ListItem, Quote
from newsthread.serialize import BLOCK_TYPES, SCHEMA_VERSION, from_flat
from newsthread.tables._columns import COLUMNS, TABLE_NAMES
from newsthread.tree import Node

__all__ = ["PATH_DEPTH_LIMIT", "Columns", "RowBuffer", "assemble", "join_time"]

#: Comments deeper than this get a null ``path``: the column would grow with the square of the depth.
PATH_DEPTH_LIMIT = 256

Columns: TypeAlias = dict[str, list[Any]]
Row: TypeAlias = dict[str, Any]

_EPOCH = datetime(1970, 1, 1)
_US = timedelta(microseconds=1)
_RECORD = re.compile(r"^\$\.records\[(\d+)\]")


def split_time(value: datetime | None) -> tuple[int | None, int | None]:
    """A datetime as (UTC instant, UTC offset), both in microseconds; the offset is None when naive."""
    if value is None:
        return None, None
    offset = value.utcoffset()
    # Integer arithmetic: no overflow at year 1 or 9999 whatever the offset.
    wall: int = (value.replace(tzinfo=None) - _EPOCH) // _US
    if offset is None:
        return wall, None
    shift: int = offset // _US
    return wall - shift, shift


def join_time(instant: int | None, offset: int | None) -> datetime | None:
    """The datetime :func:`split_time` took apart (a fixed-offset zone; UTC as ``datetime.UTC``)."""
    if instant is None:
        return None
    if offset is None:
        return _EPOCH + timedelta(microseconds=instant)
    zone = UTC if offset == 0 else timezone(timedelta(microseconds=offset))
    return (_EPOCH + timedelta(microseconds=instant + offset)).replace(tzinfo=zone)


def _json(value: Mapping[str, Any]) -> str | None:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) if value else None


class RowBuffer:
    """Collects the rows of articles until :meth:`take` hands them over, column by column."""

    def __init__(self) -> None:
        # One tuple per row (a single append per node), turned into columns by take().
        self._tables: dict[str, list[tuple[Any, ...]]] = {name: [] for name in TABLE_NAMES}
        self._article_rows = self._tables["articles"].append
        self._speaker_rows = self._tables["speakers"].append
        self._block_rows = self._tables["blocks"].append
        self._comment_rows = self._tables["comments"].append
        self._quote_rows = self._tables["quotes"].append

    @property
    def rows(self) -> int:
        """Rows collected so far, in all tables."""
        return sum(len(rows) for rows in self._tables.values())

    def mark(self) -> tuple[int, ...]:
        """The number of rows of each table so far, for :meth:`rollback`."""
        return tuple(len(rows) for rows in self._tables.values())

    def rollback(self, mark: tuple[int, ...]) -> None:
        """Drop every row added since :meth:`mark` (an article that failed half-way)."""
        for rows, length in zip(self._tables.values(), mark, strict=True):
            del rows[length:]

    def take(self) -> dict[str, Columns]:
        """The rows collected so far (table -> column -> values); the buffer starts empty again."""
        tables: dict[str, Columns] = {}
        for name, rows in self._tables.items():
            names = [c.name for c in COLUMNS[name]]
            columns = list(map(list, zip(*rows, strict=True))) if rows else [[] for _ in names]
            tables[name] = dict(zip(names, columns, strict=True))
            rows.clear()
        return tables

    def add(self, article: Article, article_id: str) -> tuple[int, int]:
        """Add one article's rows; return its (comments, quotes) counts."""
        counts = [0, 0]
        self._speakers(article, article_id)
        # (node, parent's number, position among siblings, depth, address, root comment id)
        stack: list[tuple[Node, int, int, int, str | None, str | None]] = []
        for name in reversed(Article._child_fields):
            kids = getattr(article, name)
            for position in range(len(kids) - 1, -1, -1):
                stack.append((kids[position], 0, position, 1, f"$.{name}[{position}]", None))
        number = 0
        pop, push = stack.pop, stack.extend
        while stack:
            node, parent, position, depth, path, root_id = pop()
            number += 1
            if type(node) is Comment:
                counts[0] += 1
                root_id = root_id or node.id
                self._comment(node, article_id, number, parent, position, depth, path, root_id)
                if node.quotes or node.replies:
                    below = depth + 1 <= PATH_DEPTH_LIMIT and path is not None
                    kids_out: list[tuple[Node, int, int, int, str | None, str | None]] = [
                        (q, number, i, depth + 1, None, None) for i, q in enumerate(node.quotes)
                    ]
                    kids_out.extend(
                        (
                            r,
                            number,
                            i,
                            depth + 1,
                            f"{path}.replies[{i}]" if below else None,
                            root_id,
                        )
                        for i, r in enumerate(node.replies)
                    )
                    push(reversed(kids_out))
            elif type(node) is Quote:
                counts[1] += 1
                self._quote(node, article_id, number, parent, position)
            else:
                assert isinstance(node, Block)
                self._block(node, article_id, number, position)
                if node.quotes:
                    push(
                        reversed([(q, number, i, 2, None, None) for i, q in enumerate(node.quotes)])
                    )
        self._article(article, article_id, counts)
        return counts[0], counts[1]

    def _article(self, article: Article, article_id: str, counts: list[int]) -> None:
        published, published_offset = split_time(article.published)
        modified, modified_offset = split_time(article.modified)
        values = (
            article_id,
            article.url,
            article.canonical_url,
            article.title,
            article.summary,
            [{"name": a.name, "url": a.url} for a in article.authors],
            published,
            published_offset,
            modified,
            modified_offset,
            article.site_name,
            article.section,
            list(article.tags),
            article.language,
            article.declared_comment_count,
            _json(article.extra),
            counts[0],
            counts[1],
        )
        self._article_rows(values)

    def _speakers(self, article: Article, article_id: str) -> None:
        for position, s in enumerate(article.speakers):
            self._speaker_rows(
                (
                    article_id,
                    position,
                    s.id,
                    s.name,
                    s.role,
                    s.organisation,
                    list(s.aliases),
                    s.kind.value,
                    s.key,
                )
            )

    def _block(self, block: Block, article_id: str, node: int, position: int) -> None:
        type_name = block.type_name
        if BLOCK_TYPES.get(type_name) is not type(block):
            raise TableError(f"a {type(block).__name__} has no table form", "blocks", article_id)
        values = (
            article_id,
            node,
            position,
            type_name,
            block.text,
            [{"start": k.start, "end": k.end, "url": k.url} for k in block.links],
            block.level if type(block) is Heading else None,
            block.ordered if type(block) is ListItem else None,
            block.indent if type(block) is ListItem else None,
        )
        self._block_rows(values)

    def _comment(
        self,
        c: Comment,
        article_id: str,
        node: int,
        parent: int,
        position: int,
        depth: int,
        path: str | None,
        root_id: str,
    ) -> None:
        parent_node = c._parent
        published, offset = split_time(c.published)
        values = (
            article_id,
            node,
            parent,
            c.id,
            parent_node.id if isinstance(parent_node, Comment) else None,
            root_id,
            depth,
            position,
            path,
            None if c.author is None else c.author.name,
            None if c.author is None else c.author.url,
            published,
            offset,
            c.text,
            c.url,
            c.score,
            c.status.value,
            c.more_count,
            c.in_reply_to,
            _json(c.extra),
            len(c.replies),
        )
        self._comment_rows(values)

    def _quote(self, q: Quote, article_id: str, node: int, parent: int, position: int) -> None:
        holder = q._parent
        is_comment = isinstance(holder, Comment)
        values = (
            article_id,
            node,
            parent,
            "comment" if is_comment else getattr(holder, "type_name", "block"),
            holder.id if isinstance(holder, Comment) else None,
            position,
            q.text,
            None if q.speaker is None else q.speaker.id,
            q.cue,
            q.kind.value,
            q.start,
            q.end,
            q.source,
            q.cue_start,
            q.cue_end,
            q.speaker_start,
            q.speaker_end,
            q.floating,
            q.confidence,
            [{"start": start, "end": end} for start, end in q.parts],
        )
        self._quote_rows(values)


# -- reading ----------------------------------------------------------------------


_QUOTE_FIELDS = (
    "text",
    "cue",
    "kind",
    "start",
    "end",
    "source",
    "cue_start",
    "cue_end",
    "speaker_start",
    "speaker_end",
    "floating",
    "confidence",
)


def _time_text(instant: int | None, offset: int | None) -> str | None:
    """The document form of a time column pair: records are read as JSON would be, strictly."""
    value = join_time(instant, offset)
    return None if value is None else format_datetime(value)


def assemble(article_id: str, rows: Mapping[str, list[Row]]) -> Article:
    """The article of ``article_id`` from its rows (one list of row dicts per table).

    Time columns hold microseconds (see :func:`split_time`). Raises
    :class:`~newsthread.errors.TableError` naming the table, article and row.
    """
    (article_row,) = rows["articles"]
    article: Row = {
        "node": 0,
        "parent": None,
        "type": "article",
        "url": article_row["url"],
        "canonical_url": article_row["canonical_url"],
        "title": article_row["title"],
        "summary": article_row["summary"],
        "authors": article_row["authors"],
        "published": _time_text(article_row["published"], article_row["published_offset"]),
        "modified": _time_text(article_row["modified"], article_row["modified_offset"]),
        "site_name": article_row["site_name"],
        "section": article_row["section"],
        "tags": article_row["tags"],
        "language": article_row["language"],
        "declared_comment_count": article_row["declared_comment_count"],
        "speakers": [
            {k: s[k] for k in ("id", "name", "role", "organisation", "aliases", "kind", "key")}
            for s in sorted(rows["speakers"], key=_position)
        ],
    }
    origin: list[tuple[str, int]] = [("articles", 0)]
    try:
        if article_row["extra"] is not None:
            article["extra"] = _load_json(article_row["extra"])
        nodes: list[tuple[int, Row]] = []
        for table in ("blocks", "comments", "quotes"):
            for index, row in enumerate(rows[table]):
                nodes.append((row["node"], _record(table, row)))
                origin.append((table, index))
        order = sorted(range(len(nodes)), key=lambda i: nodes[i][0])
        records = [article, *(nodes[i][1] for i in order)]
        origin = [origin[0], *(origin[i + 1] for i in order)]
        return from_flat({"schema_version": SCHEMA_VERSION, "records": records})
    except DocumentError as error:
        found = _RECORD.match(error.path)
        where, number = origin[int(found.group(1))] if found else ("articles", 0)
        raise TableError(error.reason, where, article_id, number) from error
    except (TypeError, KeyError) as error:
        raise TableError(f"malformed row: {error}", "articles", article_id) from error


def _position(row: Row) -> int:
    position: int = row["position"]
    return position


def _load_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise DocumentError(f"extra is not JSON: {error.msg}") from error


def _record(table: str, row: Row) -> Row:
    if table == "comments":
        record: Row = {
            "node": row["node"],
            "parent": row["parent_node"],
            "type": "comment",
            "id": row["id"],
            "author": None
            if row["author"] is None
            else {"name": row["author"], "url": row["author_url"]},
            "published": _time_text(row["published"], row["published_offset"]),
            "text": row["text"],
            "url": row["url"],
            "score": row["score"],
            "status": row["status"],
            "more_count": row["more_count"],
            "in_reply_to": row["in_reply_to"],
        }
        if row["extra"] is not None:
            record["extra"] = _load_json(row["extra"])
        return record
    if table == "quotes":
        return {
            "node": row["node"],
            "parent": row["parent_node"],
            "type": "quote",
            **{k: row[k] for k in _QUOTE_FIELDS},
            "speaker": row["speaker_id"],
            "parts": [[span["start"], span["end"]] for span in row["parts"]],
        }
    record = {
        "node": row["node"],
        "parent": 0,
        "type": row["type"],
        "text": row["text"],
        "links": row["links"],
    }
    for key in ("level", "ordered", "indent"):
        if row[key] is not None:
            record[key] = row[key]
    return record


def group_rows(tables: Mapping[str, Iterable[Row]]) -> dict[str, dict[str, list[Row]]]:
    """Rows of each table grouped by article id (articles in the order of the articles table)."""
    groups: dict[str, dict[str, list[Row]]] = {}
    for row_number, row in enumerate(tables["articles"]):
        article_id = row["article_id"]
        if article_id in groups:
            raise TableError(f"article id {article_id!r} twice", "articles", article_id, row_number)
        groups[article_id] = {name: [] for name in TABLE_NAMES}
        groups[article_id]["articles"].append(row)
    for name in TABLE_NAMES[1:]:
        for number, item in enumerate(tables[name]):
            group = groups.get(item["article_id"])
            if group is None:
                raise TableError(
                    "row of an article that is not in the articles table",
                    name,
                    item["article_id"],
                    number,
                )
            group[name].append(item)
    return groups
