"""Disqus: the XML export (``<thread dsq:id>`` ... ``<post dsq:id>``), one Article per thread.

A thread gives the title, link, creation time and author; its posts become
the comments, replies linked by ``<parent dsq:id>``. ``isDeleted`` and
``isSpam`` become the ``deleted`` and ``spam`` statuses. Posts whose thread is
not in the export come out as an Article without a title and are counted as
``unknown_thread``. E-mail and IP addresses in the export are not kept.
Posts are grouped in memory (an export is one site's comments, threads first).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from newsthread.model import EMPTY_EXTRA, Article, Author, Comment, CommentStatus, Paragraph
from newsthread.sources import _fields as f
from newsthread.sources._html_text import html_text
from newsthread.sources._input import Source, read_all
from newsthread.sources._repair import DUPLICATE, Report, assemble
from newsthread.sources._thread import finish
from newsthread.sources._xml import Element, child, child_text, iter_elements
from newsthread.sources._xml import local as local_name

__all__ = ["read_disqus"]

_DSQ_ID = "{http://disqus.com/disqus-internals}id"
UNKNOWN_THREAD = "unknown_thread"


def read_disqus(
    source: Source,
    *,
    errors: f.Errors = "strict",
    report: Report | None = None,
    quotes: bool = False,
) -> Iterator[Article]:
    """One Article per ``<thread>`` of a Disqus export, in export order; then unknown threads."""
    data, name = read_all(source)
    report = Report() if report is None else report
    policy = f.Policy(errors, report, name, unit="record")
    local: dict[str, Report] = {}  # each thread's own report, passing counts up to ``report``
    threads: dict[str, dict[str, Any]] = {}
    posts: dict[str, list[tuple[Comment, str | None]]] = {}
    for element, position in iter_elements(data, name, frozenset({"thread", "post"})):
        if element.get(_DSQ_ID) is None or not _is_record(element):
            continue  # a reference (<thread dsq:id/> inside a post), not a record
        if local_name(element.tag) == "thread":
            _thread(element, threads, policy)
        else:
            _post(element, position, posts, policy, local)
        element.clear()
    for key in [*threads, *(k for k in posts if k not in threads)]:
        policy.report = own = local.pop(key, None) or Report(parent=report)
        records = posts.pop(key, [])
        head = threads.get(key)
        if head is None:
            policy.report.add(UNKNOWN_THREAD, key or "(none)", len(records))
            article = Article(
                site_name="Disqus",
                extra={"source": "disqus", "id": key},
                comments=assemble(records, policy.report, thread=key),
            )
        else:
            article = _article(key, head, assemble(records, policy.report, thread=key))
        yield finish(article, own, quotes)


def _is_record(element: Element) -> bool:
    """A record has children (a reference such as ``<thread dsq:id="1"/>`` has none)."""
    return len(element) > 0


def _thread(element: Element, threads: dict[str, dict[str, Any]], policy: f.Policy) -> None:
    key = element.get(_DSQ_ID) or ""
    if key in threads:
        policy.report.add(DUPLICATE, f"thread {key}")
        return
    author = child(element, "author")
    threads[key] = {
        "identifier": child_text(element, "id"),
        "link": child_text(element, "link"),
        "title": child_text(element, "title"),
        "message": child_text(element, "message"),
        "created": _time(child_text(element, "createdAt"), policy, f"thread {key}"),
        "author": child_text(author, "name") if author is not None else None,
        "deleted": child_text(element, "isDeleted") == "true",
        "closed": child_text(element, "isClosed") == "true",
    }


def _post(
    element: Element,
    position: int,
    posts: dict[str, list[tuple[Comment, str | None]]],
    policy: f.Policy,
    local: dict[str, Report],
) -> None:
    ident = element.get(_DSQ_ID)
    if not ident:
        policy.bad("a post without dsq:id", position)
        return
    thread = child(element, "thread")
    key = thread.get(_DSQ_ID) if thread is not None else None
    if not key:
        policy.bad("a post without <thread dsq:id>", position, ident)
        return
    stream = policy.report
    policy.report = local.setdefault(key, Report(parent=stream))
    try:
        _post_fields(element, ident, key, posts, policy)
    finally:
        policy.report = stream


def _post_fields(
    element: Element,
    ident: str,
    key: str,
    posts: dict[str, list[tuple[Comment, str | None]]],
    policy: f.Policy,
) -> None:
    parent_element = child(element, "parent")
    parent = parent_element.get(_DSQ_ID) if parent_element is not None else None
    where = f"{key}/{ident}"
    status = CommentStatus.PUBLISHED
    if _flag(element, "isDeleted", policy, where):
        status = CommentStatus.DELETED
    elif _flag(element, "isSpam", policy, where):
        status = CommentStatus.SPAM
    author = child(element, "author")
    extra: dict[str, Any] = {}
    name = None
    if author is not None:
        name = child_text(author, "name") or None
        username = child_text(author, "username")
        if username:
            extra["username"] = username
        if child_text(author, "isAnonymous") == "true":
            extra["anonymous"] = True
    message = child_text(element, "message") or ""
    comment = Comment(
        id=ident,
        author=Author(name) if name else None,
        published=_time(child_text(element, "createdAt"), policy, where),
        text=html_text(message),
        status=status,
        extra=extra or EMPTY_EXTRA,
    )
    posts.setdefault(key, []).append((comment, parent or None))


def _flag(element: Element, tag: str, policy: f.Policy, where: str) -> bool:
    value = child_text(element, tag)
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


def _article(key: str, head: dict[str, Any], comments: list[Comment]) -> Article:
    extra: dict[str, Any] = {"source": "disqus", "id": key}
    if head["identifier"]:
        extra["identifier"] = head["identifier"]
    if head["deleted"]:
        extra["status"] = "deleted"
    if head["closed"]:
        extra["closed"] = True
    message = html_text(head["message"] or "")
    return Article(
        url=head["link"] or None,
        title=head["title"] or None,
        authors=[Author(head["author"])] if head["author"] else [],
        published=head["created"],
        site_name="Disqus",
        body=[Paragraph(p) for p in message.split("\n\n")] if message else [],
        extra=extra,
        comments=comments,
    )
