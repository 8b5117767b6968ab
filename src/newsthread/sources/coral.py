"""Coral (The Coral Project): the comments export as JSON Lines, one Article per story.

Each line is a comment: ``id``, ``parentID``, ``storyID``, ``authorID``,
``createdAt``, ``revisions`` (the last one's ``body`` is the text, HTML),
``status`` and ``deletedAt``. ``REJECTED`` becomes ``removed``, ``PREMOD``
and ``SYSTEM_WITHHELD`` become ``pending`` (Coral's value kept in
``extra["status"]``); a ``deletedAt`` time makes the comment ``deleted``.
Several revisions keep the last one's time as ``extra["edited"]`` and their
number as ``extra["revisions"]``. The export names authors by id only, so
``Author.name`` is the ``authorID``. Lines are grouped by story as Reddit
dumps are (see :mod:`newsthread.sources._group`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

from newsthread.model import EMPTY_EXTRA, Article, Author, Comment, CommentStatus
from newsthread.sources import _fields as f
from newsthread.sources._group import DEFAULT_BUDGET, Grouping, Line, group_lines
from newsthread.sources._html_text import html_text
from newsthread.sources._input import PathOrFile, name_of, read_lines
from newsthread.sources._repair import Report, assemble
from newsthread.sources._thread import finish

__all__ = ["read_coral"]

_STORY = re.compile(rb'"storyID"\s*:\s*"([^"\\]*)"')
_STATUSES = {
    "NONE": CommentStatus.PUBLISHED,
    "APPROVED": CommentStatus.PUBLISHED,
    "REJECTED": CommentStatus.REMOVED,
    "PREMOD": CommentStatus.PENDING,
    "SYSTEM_WITHHELD": CommentStatus.PENDING,
}


def read_coral(
    source: PathOrFile,
    *,
    grouping: Grouping = "auto",
    budget: int = DEFAULT_BUDGET,
    errors: f.Errors = "strict",
    report: Report | None = None,
    quotes: bool = False,
) -> Iterator[Article]:
    """Stream one Article per ``storyID`` from a Coral comments export (plain or ``.zst``)."""
    report = Report() if report is None else report
    policy = f.Policy(errors, report, name_of(source))
    size = os.path.getsize(source) if isinstance(source, str | os.PathLike) else None
    for key, lines in group_lines(
        read_lines(source), _key_of, grouping, size_hint=size, budget=budget
    ):
        policy.report = own = Report(parent=report)
        records = _records(lines, policy)
        if not key:
            continue  # unreadable lines, or comments without a story: reported as skipped
        article = Article(
            site_name="Coral",
            extra={"source": "coral", "id": key},
            comments=assemble(records, own, thread=key),
        )
        yield finish(article, own, quotes)


def _key_of(line: bytes) -> str:
    found = _STORY.search(line)
    return found.group(1).decode("utf-8", "replace") if found is not None else ""


def _records(lines: list[Line], policy: f.Policy) -> list[tuple[Comment, str | None]]:
    records = []
    for number, line in lines:
        raw = policy.load(line, number)
        if raw is None:
            continue
        ident = f.record_id(raw.get("id"))
        if ident is None:
            policy.bad("a comment without an id", number)
        elif not _key_of(line):
            policy.bad("a comment without a storyID", number, ident)
        else:
            parent = f.record_id(raw.get("parentID"))
            records.append((_comment(ident, raw, policy), parent))
    return records


def _comment(ident: str, raw: Mapping[str, Any], policy: f.Policy) -> Comment:
    extra: dict[str, Any] = {}
    revisions = raw.get("revisions")
    last = revisions[-1] if isinstance(revisions, list) and revisions else None
    body = last.get("body") if isinstance(last, dict) else None
    if isinstance(revisions, list) and len(revisions) > 1:
        extra["revisions"] = len(revisions)
        edited = last.get("createdAt") if isinstance(last, dict) else None
        if isinstance(edited, str):
            extra["edited"] = edited
    state = raw.get("status")
    status = CommentStatus.PUBLISHED
    if isinstance(state, str):
        status = _STATUSES.get(state, CommentStatus.PUBLISHED)
        if state not in ("NONE", "APPROVED"):
            extra["status"] = state
        if state not in _STATUSES:
            policy.ambiguous("status", ident)
    deleted = raw.get("deletedAt")
    if isinstance(deleted, str):
        status = CommentStatus.DELETED
        extra["deleted"] = deleted
    author = f.record_id(raw.get("authorID"))
    return Comment(
        id=ident,
        author=Author(author) if author else None,
        published=_time(raw.get("createdAt"), policy, ident),
        text=html_text(body)
        if isinstance(body, str) and status is not CommentStatus.DELETED
        else "",
        status=status,
        extra=extra or EMPTY_EXTRA,
    )


def _time(value: object, policy: f.Policy, where: str) -> datetime | None:
    if not isinstance(value, str):
        if value is not None:
            policy.ambiguous("createdAt", where)
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        policy.ambiguous("createdAt", where)
        return None
