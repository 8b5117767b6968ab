"""Reddit: API JSON (``/comments/<id>.json``) and dump NDJSON (``RC_*``/``RS_*``, plain or ``.zst``).

One Article per submission: its title, self text (as the body), subreddit,
permalink and link, with the comment tree under it. ``[deleted]`` and
``[removed]`` are statuses, never text; ``more`` stubs keep their counts and
the ids still to load; ``edited`` and ``retrieved_on`` times, ``distinguished``
and Pushshift's ``_meta.removal_type`` stay in each comment's ``extra``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from functools import lru_cache, partial
from typing import Any

from newsthread._json import loads_deep
from newsthread.errors import ParseError
from newsthread.model import EMPTY_EXTRA, Article, Author, Comment, CommentStatus, Paragraph
from newsthread.sources import _fields as f
from newsthread.sources._group import DEFAULT_BUDGET, SPLIT, Grouping, Line, group_lines
from newsthread.sources._input import PathOrFile, Source, name_of, read_all, read_lines
from newsthread.sources._repair import Report, assemble
from newsthread.sources._thread import finish

__all__ = ["read_reddit_api", "read_reddit_dump"]

_SITE = "https://www.reddit.com"
_GONE = {"[deleted]": CommentStatus.DELETED, "[removed]": CommentStatus.REMOVED}
_LINK_ID = re.compile(rb'"link_id"\s*:\s*"(t3_[^"\\]*)"')
_ZSTD_RATIO = 10  # a dump's JSON lines are about ten times their .zst size


def read_reddit_dump(
    *sources: PathOrFile,
    grouping: Grouping = "auto",
    budget: int = DEFAULT_BUDGET,
    errors: f.Errors = "strict",
    report: Report | None = None,
    quotes: bool = False,
) -> Iterator[Article]:
    """Stream one Article per submission from dump files (comments and submissions, mixed freely).

    Each line is a comment (it has ``link_id``) or a submission. Comments of
    a submission that is not in the input give an Article without a title.
    ``grouping`` and ``budget`` say how the scattered lines of a thread are
    brought together (see :mod:`newsthread.sources._group`; the default spills
    to temporary files when the input is larger than ``budget`` bytes).
    ``errors="skip"`` counts unreadable lines in ``report`` instead of raising
    :class:`~newsthread.errors.RecordError`.
    """
    report = Report() if report is None else report
    policy = _DumpPolicy(errors, report, [name_of(source) for source in sources])
    hints = [_size_hint(source) for source in sources]
    hint = None if None in hints else sum(h or 0 for h in hints)
    groups = group_lines(
        _numbered(sources),
        _key_of,
        grouping,
        size_hint=hint,
        budget=budget,
        on_split=lambda key: report.add(SPLIT, key),
    )
    for key, lines in groups:
        policy.report = local = Report(parent=report)
        article = _thread(key, lines, policy)
        if article is not None:
            yield finish(article, local, quotes)


def read_reddit_api(
    source: Source,
    *,
    errors: f.Errors = "strict",
    report: Report | None = None,
    quotes: bool = False,
) -> Article:
    """One Article from the JSON of ``/comments/<id>.json``: ``[post listing, comment listing]``."""
    data, name = read_all(source)
    local = Report(parent=report)
    policy = f.Policy(errors, local, name)
    try:
        document = _loads(data)
    except ValueError as error:
        raise ParseError(f"not JSON: {error}", name) from None
    if not (
        isinstance(document, list)
        and len(document) == 2
        and all(_is_listing(item) for item in document)
    ):
        raise ParseError(
            "expected [post listing, comment listing] as /comments/<id>.json gives", name
        )
    posts = [c.get("data") for c in document[0]["data"]["children"] if c.get("kind") == "t3"]
    if not posts or not isinstance(posts[0], dict):
        raise ParseError("the first listing holds no t3 post", name)
    post: dict[str, Any] = posts[0]
    key = f"t3_{post.get('id')}"
    records = list(_listing_records(document[1], key, policy))
    article = _article(key, post, policy, assemble(records, policy.report, thread=key))
    return finish(article, local, quotes)


def _loads(data: bytes) -> Any:
    try:
        return json.loads(data)
    except RecursionError:  # nested past the C parser's limit: the iterative reader
        return loads_deep(data.decode("utf-8"))


# -- dumps --------------------------------------------------------------------


_FILE_SHIFT = 40  # line numbers of the n-th input file carry n in their high bits


class _DumpPolicy(f.Policy):
    """A policy over several files: a line number says which file it came from."""

    def __init__(self, errors: f.Errors, report: Report, names: list[str]) -> None:
        super().__init__(errors, report, names[0] if names else "<none>")
        self.names = names

    def bad(self, message: str, line: int | None, record: str | None = None) -> None:
        if line is not None:
            self.source = self.names[line >> _FILE_SHIFT]
            line &= (1 << _FILE_SHIFT) - 1
        super().bad(message, line, record)


def _numbered(sources: tuple[PathOrFile, ...]) -> Iterator[Line]:
    for index, source in enumerate(sources):
        offset = index << _FILE_SHIFT
        for number, line in read_lines(source):
            yield offset + number, line


def _size_hint(source: PathOrFile) -> int | None:
    if not isinstance(source, str | os.PathLike):
        return None
    size = os.path.getsize(source)
    return size * _ZSTD_RATIO if os.fspath(source).endswith(".zst") else size


def _key_of(line: bytes) -> str:
    """The thread of a line: a comment's ``link_id``, a submission's own ``t3_`` name."""
    found = _LINK_ID.search(line)
    if found is not None:
        return found.group(1).decode("ascii", "replace")
    try:  # a submission (few next to the comments) or a broken line
        value = json.loads(line)
    except (ValueError, RecursionError):
        return ""
    if not isinstance(value, dict):
        return ""
    name = value.get("name")
    if type(name) is str and name.startswith("t3_"):
        return name
    ident = f.record_id(value.get("id"))
    return f"t3_{ident}" if ident is not None else ""


def _thread(key: str, lines: list[Line], policy: f.Policy) -> Article | None:
    post: dict[str, Any] | None = None
    records: list[tuple[Comment, str | None]] = []
    subreddit: str | None = None
    for number, line in lines:
        raw = policy.load(line, number)
        if raw is None:
            continue
        if not key:
            policy.bad("neither a comment (link_id) nor a submission (id)", number)
            continue
        if "link_id" in raw or "parent_id" in raw:
            record = _comment(raw, key, policy, number)
            if record is not None:
                records.append(record)
                if subreddit is None and type(raw.get("subreddit")) is str:
                    subreddit = raw["subreddit"]
        elif post is None:
            post = raw
        else:
            policy.report.add("duplicate", f"{key} (submission)")
    if not key:
        return None
    article = _article(key, post, policy, assemble(records, policy.report, thread=key))
    if post is None and subreddit:
        article.section = subreddit
    return article


# -- API listings -------------------------------------------------------------


def _is_listing(value: object) -> bool:
    return (
        isinstance(value, dict)
        and value.get("kind") == "Listing"
        and isinstance(value.get("data"), dict)
        and isinstance(value["data"].get("children"), list)
    )


def _listing_records(
    listing: Mapping[str, Any], key: str, policy: f.Policy
) -> Iterator[tuple[Comment, str | None]]:
    """Every t1 and ``more`` entry of a nested listing, parents before replies, without recursion."""
    stack: list[Any] = list(reversed(listing["data"]["children"]))
    position = 0
    while stack:
        item = stack.pop()
        position += 1
        data = item.get("data") if isinstance(item, dict) else None
        kind = item.get("kind") if isinstance(item, dict) else None
        if not isinstance(data, dict) or kind not in ("t1", "more"):
            policy.bad(f"listing entry of kind {kind!r} is not a comment", position)
            continue
        record = (
            _more(data, policy, position)
            if kind == "more"
            else _comment(data, key, policy, position)
        )
        if record is not None:
            yield record
        replies: Any = data.get("replies")
        if _is_listing(replies):
            stack.extend(reversed(replies["data"]["children"]))


def _more(
    data: Mapping[str, Any], policy: f.Policy, position: int
) -> tuple[Comment, str | None] | None:
    parent = _parent_of(data.get("parent_id"))
    ident = f.record_id(data.get("id"))
    if ident is None:
        policy.bad("a 'more' entry without an id", position)
        return None
    where = f"more_{ident}"
    children = data.get("children")
    stub = Comment(
        id=f"more_{ident}" if ident != "_" else f"more_{parent or 'top'}",
        status=CommentStatus.MORE,
        more_count=f.integer(data, "count", policy, where),
        extra={"children": children} if isinstance(children, list) and children else EMPTY_EXTRA,
    )
    return stub, parent


# -- records ------------------------------------------------------------------


def _parent_of(value: object) -> str | None:
    """``t1_abc`` -> ``abc`` (a reply); ``t3_...`` or nothing -> None (top level)."""
    if type(value) is not str or value.startswith("t3_"):
        return None
    return value[3:] if value.startswith("t1_") else value


def _comment(
    raw: Mapping[str, Any], key: str, policy: f.Policy, number: int
) -> tuple[Comment, str | None] | None:
    get = raw.get
    ident = get("id")
    if type(ident) is not str or not ident:
        ident = f.record_id(ident)
        if ident is None:
            policy.bad("a comment without an id", number)
            return None
        policy.coerced("id", f"{key}/{ident}")
    where = f"{key}/{ident}"
    body = get("body")
    if type(body) is not str:
        body = f.text(raw, "body", policy, where) or ""
    status = _GONE.get(body, CommentStatus.PUBLISHED)
    if status is not CommentStatus.PUBLISHED:
        body = ""
    extra: dict[str, Any] = {}
    meta = get("_meta")
    if meta is not None:
        status = _removal(meta, status, extra)
    if get("edited") not in _NOT_EDITED or get("retrieved_on", get("retrieved_utc")) is not None:
        _times(raw, extra, policy, where)
    distinguished = get("distinguished")
    if type(distinguished) is str:
        extra["distinguished"] = distinguished
    if get("stickied") is True:
        extra["stickied"] = True
    author = get("author")
    permalink = get("permalink")
    created = get("created_utc")
    score = get("score")
    comment = Comment(
        id=ident,
        author=_author(author) if type(author) is str and author not in _GONE else None,
        published=_utc(created)
        if type(created) is int
        else f.epoch(raw, "created_utc", policy, where),
        text=body,
        url=_SITE + permalink if type(permalink) is str and permalink.startswith("/") else None,
        score=score if type(score) is int else f.integer(raw, "score", policy, where),
        status=status,
        extra=extra or EMPTY_EXTRA,
    )
    return comment, _parent_of(get("parent_id"))


_NOT_EDITED = (None, False)
_utc = partial(datetime.fromtimestamp, tz=UTC)


@lru_cache(maxsize=1 << 16)
def _author(name: str) -> Author:
    """One Author per name: authors write many comments, and Author is immutable."""
    return Author(name)


def _removal(meta: object, status: CommentStatus, extra: dict[str, Any]) -> CommentStatus:
    """Pushshift's ``_meta.removal_type``, kept; it sets the status when the body did not."""
    removal = meta.get("removal_type") if isinstance(meta, dict) else None
    if type(removal) is not str:
        return status
    extra["removal_type"] = removal
    if status is not CommentStatus.PUBLISHED:
        return status
    return CommentStatus.DELETED if removal.startswith("delet") else CommentStatus.REMOVED


def _times(raw: Mapping[str, Any], extra: dict[str, Any], policy: f.Policy, where: str) -> None:
    """``edited`` (false, true or epoch seconds) and the time the record was retrieved."""
    edited = raw.get("edited")
    if edited is True:
        extra["edited"] = True
    elif edited not in _NOT_EDITED:
        when = f.epoch(raw, "edited", policy, where)
        if when is not None:
            extra["edited"] = f.iso(when)
    for name in ("retrieved_on", "retrieved_utc"):
        value = raw.get(name)
        if value is None:
            continue
        if type(value) is int:  # a dump's records share a few retrieval times: one string each
            extra["retrieved"] = _iso_seconds(value)
        else:
            when = f.epoch(raw, name, policy, where)
            if when is not None:
                extra["retrieved"] = f.iso(when)
        break


@lru_cache(maxsize=1024)
def _iso_seconds(value: int) -> str:
    return f.iso(datetime.fromtimestamp(value, UTC))


def _article(
    key: str, post: Mapping[str, Any] | None, policy: f.Policy, comments: list[Comment]
) -> Article:
    extra: dict[str, Any] = {"source": "reddit", "id": key}
    if post is None:
        return Article(
            url=f"{_SITE}/comments/{key[3:]}/", site_name="Reddit", extra=extra, comments=comments
        )
    where = key
    selftext = f.text(post, "selftext", policy, where) or ""
    if selftext in _GONE:
        extra["status"] = _GONE[selftext].value
        selftext = ""
    link = post.get("url")
    permalink = post.get("permalink")
    url = _SITE + permalink if type(permalink) is str and permalink.startswith("/") else None
    if type(link) is str and link and link != url:
        extra["link_url"] = link
    score = f.integer(post, "score", policy, where)
    if score is not None:
        extra["score"] = score
    author = post.get("author")
    _times(post, extra, policy, where)
    return Article(
        url=url or f"{_SITE}/comments/{key[3:]}/",
        title=f.text(post, "title", policy, where),
        authors=[Author(author)] if type(author) is str and author not in _GONE else [],
        published=f.epoch(post, "created_utc", policy, where),
        site_name="Reddit",
        section=f.text(post, "subreddit", policy, where),
        declared_comment_count=f.integer(post, "num_comments", policy, where),
        body=[Paragraph(p) for p in f.paragraphs(selftext)],
        extra=extra,
        comments=comments,
    )
