"""Hacker News: Firebase API items and Algolia ``items/<id>`` trees.

One Article per story (or job, poll): title, link, score and the text of an
Ask HN as the body; the comments under it in HN's rank order (each parent's
``kids``), not by time. Comment HTML becomes text with its paragraphs kept.
``deleted`` items become ``deleted`` comments and ``dead`` ones ``removed``
(with ``extra["dead"]``). Comments whose story is not in the input come out
as an Article without a title, keyed by the topmost missing item, and are
counted as ``unknown_thread``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from newsthread.errors import ParseError
from newsthread.model import EMPTY_EXTRA, Article, Author, Comment, CommentStatus, Paragraph
from newsthread.sources import _fields as f
from newsthread.sources._html_text import html_text
from newsthread.sources._input import Source, read_all
from newsthread.sources._repair import DUPLICATE, Report, assemble
from newsthread.sources._thread import finish

__all__ = ["read_hn"]

_SITE = "https://news.ycombinator.com/item?id="
_ROOT_TYPES = frozenset({"story", "job", "poll"})
UNKNOWN_THREAD = "unknown_thread"

Item = dict[str, Any]


def read_hn(
    source: Source,
    *,
    errors: f.Errors = "strict",
    report: Report | None = None,
    quotes: bool = False,
) -> Iterator[Article]:
    """One Article per story in a file of items: one object, a JSON array, or one object per line.

    Firebase items (``id``, ``parent``, ``kids``, ``by``, ``time``) and
    Algolia trees (``children``, ``author``, ``created_at``, ``points``) may
    be mixed. Items are grouped by the story they hang under.
    """
    data, name = read_all(source)
    report = Report() if report is None else report
    policy = f.Policy(errors, report, name)
    items: dict[str, tuple[int, Item]] = {}
    duplicates: dict[str, int] = {}  # counted in the thread of the first copy once it is known
    for position, raw in _objects(data, policy):
        for item in _flatten(raw) if "children" in raw or "created_at" in raw else (raw,):
            ident = _id(item.get("id"), policy, position, "id")
            if ident is None:
                policy.bad("an item without an id", position)
                continue
            if ident in items:
                duplicates[ident] = duplicates.get(ident, 0) + 1
                continue
            items[ident] = (position, item)
    for key, members in _threads(items).items():
        policy.report = local = Report(parent=report)
        if duplicates:
            for ident in (key, *members):
                if ident in duplicates:
                    local.add(DUPLICATE, ident, duplicates.pop(ident))
        yield finish(_article(key, members, items, policy), local, quotes)


# -- reading ------------------------------------------------------------------


def _objects(data: bytes, policy: f.Policy) -> Iterator[tuple[int, Item]]:
    """The JSON objects of the input with their position (1-based line, or index in an array)."""
    text = data.lstrip()
    if text.startswith(b"["):
        try:
            values = f.decode(text)
        except ValueError as error:
            raise ParseError(f"not JSON: {error}", policy.source) from None
        if not isinstance(values, list):
            raise ParseError("expected an array of items", policy.source)
        for index, value in enumerate(values, start=1):
            if isinstance(value, dict):
                yield index, value
            else:
                policy.bad(f"a JSON {type(value).__name__}, not an item", index)
        return
    if not text.startswith(b"{"):
        raise ParseError(
            "expected a JSON item, an array of items or one item per line", policy.source
        )
    try:
        whole = f.decode(text)
    except ValueError:
        whole = None  # one item per line
    if isinstance(whole, dict):
        yield 1, whole
        return
    for number, line in enumerate(data.splitlines(), start=1):
        if line.strip():
            value = policy.load(line, number)
            if value is not None:
                yield number, value


def _flatten(tree: Item) -> Iterator[Item]:
    """An Algolia tree as Firebase-shaped items (``kids`` in the order of ``children``)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        children = node.get("children")
        kids = [c for c in children if isinstance(c, dict)] if isinstance(children, list) else []
        created = node.get("created_at_i")
        if created is None and type(node.get("created_at")) is str:
            try:
                created = datetime.fromisoformat(node["created_at"]).timestamp()
            except ValueError:
                created = node["created_at"]  # reported as ambiguous below
        item = {
            "id": node.get("id"),
            "type": node.get("type"),
            "by": node.get("author"),
            "time": created,
            "text": node.get("text"),
            "parent": node.get("parent_id"),
            "kids": [c.get("id") for c in kids],
            "title": node.get("title"),
            "url": node.get("url"),
            "score": node.get("points"),
        }
        if node.get("type") == "comment" and node.get("author") is None and not node.get("text"):
            item["deleted"] = True  # Algolia keeps deleted comments without author or text
        yield item
        stack.extend(reversed(kids))


def _id(value: object, policy: f.Policy, position: int, field: str) -> str | None:
    """HN ids are numbers; digits in a string are coerced (and reported)."""
    if type(value) is int:
        return str(value)
    if type(value) is str and value.isdigit():
        policy.coerced(field, f"{policy.source}:{position}")
        return value
    return None


# -- grouping -----------------------------------------------------------------


def _is_root(item: Item) -> bool:
    kind = item.get("type")
    return kind in _ROOT_TYPES or (kind is None and item.get("parent") is None)


def _threads(items: Mapping[str, tuple[int, Item]]) -> dict[str, list[str]]:
    """Item ids by the story they hang under (the topmost missing item when there is none)."""
    root_of: dict[str, str] = {}
    threads: dict[str, list[str]] = {}
    for ident, (_, item) in items.items():
        if _is_root(item):
            root_of[ident] = ident
            threads.setdefault(ident, [])
            continue
        path: list[str] = []
        at: str | None = ident
        key = ident
        while at is not None:
            if at in root_of:
                key = root_of[at]
                break
            found = items.get(at)
            if found is None or _is_root(found[1]) or at in path:
                key = at
                break
            path.append(at)
            parent = found[1].get("parent")
            at = str(parent) if type(parent) is int or type(parent) is str else None
        else:
            key = path[-1]
        for member in path:
            root_of[member] = key
        threads.setdefault(key, []).append(ident)
    return threads


# -- building -----------------------------------------------------------------


def _article(
    key: str, members: list[str], items: Mapping[str, tuple[int, Item]], policy: f.Policy
) -> Article:
    root = items.get(key)
    story = root[1] if root is not None and _is_root(root[1]) else None
    rank: dict[str, int] = {}
    for ident in [key, *members]:
        found = items.get(ident)
        kids = found[1].get("kids") if found is not None else None
        if isinstance(kids, list):
            for index, kid in enumerate(kids):
                kid_id = _id(kid, policy, found[0], "kids") if found is not None else None
                if kid_id is not None:
                    rank.setdefault(kid_id, index)
    # Replies in rank order; items their parent does not list come after, in file order.
    ordered = sorted(members, key=lambda i: (i not in rank, rank.get(i, 0), items[i][0]))
    records = []
    for ident in ordered:
        position, item = items[ident]
        parent = _id(item.get("parent"), policy, position, "parent")
        records.append((_comment(ident, item, policy), None if parent == key and story else parent))
    if story is None:
        policy.report.add(UNKNOWN_THREAD, key, len(members))
        return Article(extra={"source": "hn", "id": key}, comments=assemble(records, policy.report))
    return _story(key, story, policy, assemble(records, policy.report, thread=key))


def _time(item: Item, policy: f.Policy, where: str) -> datetime | None:
    value = item.get("time")
    if type(value) is int:
        return datetime.fromtimestamp(value, UTC)
    return f.epoch(item, "time", policy, where)


def _comment(ident: str, item: Item, policy: f.Policy) -> Comment:
    status = CommentStatus.PUBLISHED
    extra: dict[str, Any] = {}
    if item.get("deleted") is True:
        status = CommentStatus.DELETED
    elif item.get("dead") is True:
        status = CommentStatus.REMOVED
        extra["dead"] = True
    kind = item.get("type")
    if type(kind) is str and kind != "comment":
        extra["type"] = kind
    by = f.text(item, "by", policy, ident)
    body = f.text(item, "text", policy, ident)
    return Comment(
        id=ident,
        author=Author(by) if by else None,
        published=_time(item, policy, ident),
        text=html_text(body) if body else "",
        url=_SITE + ident,
        score=f.integer(item, "score", policy, ident) if kind == "pollopt" else None,
        status=status,
        extra=extra or EMPTY_EXTRA,
    )


def _story(key: str, story: Item, policy: f.Policy, comments: list[Comment]) -> Article:
    extra: dict[str, Any] = {"source": "hn", "id": key}
    for name in ("type", "url"):
        value = f.text(story, name, policy, key)
        if value:
            extra["link_url" if name == "url" else name] = value
    score = f.integer(story, "score", policy, key)
    if score is not None:
        extra["score"] = score
    if story.get("deleted") is True or story.get("dead") is True:
        extra["status"] = "deleted" if story.get("deleted") is True else "dead"
    by = f.text(story, "by", policy, key)
    body = f.text(story, "text", policy, key)
    return Article(
        url=_SITE + key,
        title=f.text(story, "title", policy, key),
        authors=[Author(by)] if by else [],
        published=_time(story, policy, key),
        site_name="Hacker News",
        declared_comment_count=f.integer(story, "descendants", policy, key),
        body=[Paragraph(p) for p in html_text(body).split("\n\n")] if body else [],
        extra=extra,
        comments=comments,
    )
