"""Disqus: the XML export (``<thread dsq:id>`` ... ``<post dsq:id>``), one Article per thread.

A thread gives the title, link, creation time and author; its posts become
the comments, replies linked by ``<parent dsq:id>``. ``isDeleted`` and
``isSpam`` become the ``deleted`` and ``spam`` statuses. Posts whose thread is
not in the export come out as an Article without a title and are counted as
``unknown_thread``. E-mail and IP addresses in the export are not kept.
The export is read one element at a time and grouped by thread in bounded
memory (``grouping=``, as for dumps).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from newsthread.model import EMPTY_EXTRA, Article, Author, Comment, CommentStatus, Paragraph
from newsthread.sources import _fields as f
from newsthread.sources._group import DEFAULT_BUDGET, Grouping, Line, choose, group_lines
from newsthread.sources._html_text import html_text
from newsthread.sources._input import Source, name_of, open_binary, size_hint
from newsthread.sources._repair import DUPLICATE, Report, assemble
from newsthread.sources._thread import finish
from newsthread.sources._xml import Element, child, child_text, iter_elements
from newsthread.sources._xml import local as local_name

__all__ = ["read_disqus"]

_DSQ_ID = "{http://disqus.com/disqus-internals}id"
UNKNOWN_THREAD = "unknown_thread"
_THREAD, _POST = b"T", b"P"


def read_disqus(
    source: Source,
    *,
    errors: f.Errors = "strict",
    report: Report | None = None,
    quotes: bool = False,
    grouping: Grouping = "auto",
    budget: int = DEFAULT_BUDGET,
) -> Iterator[Article]:
    """One Article per ``<thread>`` of a Disqus export, in export order; then unknown threads.

    The export is read one element at a time; each thread and post becomes a
    record grouped by its thread as dumps are (``grouping``, ``budget``: see
    :mod:`newsthread.sources._group`), so a large export is spilled to
    temporary buckets and memory holds about one bucket plus one thread.
    Spilled threads come out bucket by bucket, not in export order.
    """
    report = Report() if report is None else report
    hint = size_hint(source)
    chosen = choose(grouping, hint, budget)
    groups = group_lines(
        _records(source, errors, report), _key_of, chosen, size_hint=hint, budget=budget
    )
    if chosen == "memory":  # export order: threads as listed, then posts of unknown threads
        groups = iter(sorted(groups, key=_export_order))
    policy = f.Policy(errors, report, name_of(source), unit="record")
    for _, lines in groups:
        policy.report = own = Report(parent=report)
        yield finish(_thread_article(lines, policy), own, quotes)


def _key_of(line: bytes) -> str:
    return line[: line.index(b"\t")].decode("utf-8", "surrogatepass")


def _export_order(group: tuple[str, list[Line]]) -> tuple[int, int]:
    for number, line in group[1]:
        if line[line.index(b"\t") + 1 : line.index(b"\t") + 2] == _THREAD:
            return 0, number
    return 1, group[1][0][0]


def _records(source: Source, errors: f.Errors, report: Report) -> Iterator[Line]:
    """Each thread and post as one line ``key\tkind\tjson``, read one element at a time."""
    policy = f.Policy(errors, report, name_of(source), unit="record")
    with open_binary(source) as stream:
        for element, position in iter_elements(
            stream, name_of(source), frozenset({"thread", "post"})
        ):
            if element.get(_DSQ_ID) is None or not _is_record(element):
                continue  # a reference (<thread dsq:id/> inside a post), not a record
            found: tuple[str, list[str | None]] | None
            if local_name(element.tag) == "thread":
                found = element.get(_DSQ_ID) or "", _thread_fields(element)
                kind = _THREAD
            else:
                found, kind = _post_fields(element, position, policy), _POST
            element.clear()
            if found is None:
                continue
            key, fields = found
            yield (
                position,
                b"%b\t%b\t%b\n"
                % (
                    json.dumps(key).encode(),
                    kind,
                    json.dumps(fields, ensure_ascii=False).encode("utf-8", "surrogatepass"),
                ),
            )


def _is_record(element: Element) -> bool:
    """A record has children (a reference such as ``<thread dsq:id="1"/>`` has none)."""
    return len(element) > 0


def _thread_fields(element: Element) -> list[str | None]:
    author = child(element, "author")
    return [
        child_text(element, "id"),
        child_text(element, "link"),
        child_text(element, "title"),
        child_text(element, "message"),
        child_text(element, "createdAt"),
        child_text(author, "name") if author is not None else None,
        child_text(element, "isDeleted"),
        child_text(element, "isClosed"),
    ]


def _post_fields(
    element: Element, position: int, policy: f.Policy
) -> tuple[str, list[str | None]] | None:
    """``(thread key, raw fields)`` of a post, or None (reported) without its ids."""
    ident = element.get(_DSQ_ID)
    if not ident:
        policy.bad("a post without dsq:id", position)
        return None
    thread = child(element, "thread")
    key = thread.get(_DSQ_ID) if thread is not None else None
    if not key:
        policy.bad("a post without <thread dsq:id>", position, ident)
        return None
    parent_element = child(element, "parent")
    author = child(element, "author")
    return key, [
        ident,
        parent_element.get(_DSQ_ID) if parent_element is not None else None,
        child_text(element, "isDeleted"),
        child_text(element, "isSpam"),
        child_text(author, "name") if author is not None else None,
        child_text(author, "username") if author is not None else None,
        child_text(author, "isAnonymous") if author is not None else None,
        child_text(element, "message"),
        child_text(element, "createdAt"),
    ]


def _thread_article(lines: Iterable[Line], policy: f.Policy) -> Article:
    """One thread's records (its head, if exported, and its posts) -> its Article."""
    key = ""
    head: list[str | None] | None = None
    records: list[tuple[Comment, str | None]] = []
    for _, line in lines:
        encoded, kind, payload = line.split(b"\t", 2)
        key = json.loads(encoded)
        fields = json.loads(payload)
        if kind == _POST:
            records.append(_post(key, fields, policy))
        elif head is None:
            head = fields
        else:
            policy.report.add(DUPLICATE, f"thread {key}")
    if head is None:
        policy.report.add(UNKNOWN_THREAD, key or "(none)", len(records))
        return Article(
            site_name="Disqus",
            extra={"source": "disqus", "id": key},
            comments=assemble(records, policy.report, thread=key),
        )
    return _article(key, head, assemble(records, policy.report, thread=key), policy)


def _post(key: str, fields: list[str | None], policy: f.Policy) -> tuple[Comment, str | None]:
    ident, parent, deleted, spam, name, username, anonymous, message, created = fields
    assert ident is not None
    where = f"{key}/{ident}"
    status = CommentStatus.PUBLISHED
    if _flag(deleted, "isDeleted", policy, where):
        status = CommentStatus.DELETED
    elif _flag(spam, "isSpam", policy, where):
        status = CommentStatus.SPAM
    extra: dict[str, Any] = {}
    if username:
        extra["username"] = username
    if anonymous == "true":
        extra["anonymous"] = True
    comment = Comment(
        id=ident,
        author=Author(name) if name else None,
        published=_time(created, policy, where),
        text=html_text(message or ""),
        status=status,
        extra=extra or EMPTY_EXTRA,
    )
    return comment, parent or None


def _flag(value: str | None, tag: str, policy: f.Policy, where: str) -> bool:
    if value is None or value in ("true", "false"):
        return value == "true"
    if value.strip() in ("1", "0", "True", "False"):
        policy.coerced(tag, where)
        return value.strip() in ("1", "True")
    policy.ambiguous(tag, where)
    return False


def _time(value: str | None, policy: f.Policy, where: str) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        policy.ambiguous("createdAt", where)
        return None


def _article(
    key: str, head: list[str | None], comments: list[Comment], policy: f.Policy
) -> Article:
    identifier, link, title, text, created, author, deleted, closed = head
    extra: dict[str, Any] = {"source": "disqus", "id": key}
    if identifier:
        extra["identifier"] = identifier
    if deleted == "true":
        extra["status"] = "deleted"
    if closed == "true":
        extra["closed"] = True
    message = html_text(text or "")
    return Article(
        url=link or None,
        title=title or None,
        authors=[Author(author)] if author else [],
        published=_time(created, policy, f"thread {key}"),
        site_name="Disqus",
        body=[Paragraph(p) for p in message.split("\n\n")] if message else [],
        extra=extra,
        comments=comments,
    )
