"""YouTube Data API v3: ``commentThreads`` and ``comments`` list responses, one Article per video.

Each comment thread is a top-level comment with its replies (``snippet.parentId``).
The API returns at most a few replies inside a thread: when fewer replies
are in the input than ``totalReplyCount`` says, the thread gets a ``more``
stub with the missing count; replies fetched with ``comments.list`` fill
the thread in. A ``videos.list`` response in the input gives the video's
title, description, channel and date. ``textOriginal`` is the text
(``textDisplay`` when the original is withheld); ``updatedAt`` after
``publishedAt`` is kept as ``extra["edited"]``; ``moderationStatus`` maps to
``pending``, ``spam`` and ``removed``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

from newsthread.errors import ParseError
from newsthread.model import EMPTY_EXTRA, Article, Author, Comment, CommentStatus, Paragraph
from newsthread.sources import _fields as f
from newsthread.sources._html_text import html_text
from newsthread.sources._input import Source, name_of, read_all
from newsthread.sources._repair import Report, assemble
from newsthread.sources._thread import finish

__all__ = ["read_youtube"]

UNKNOWN_THREAD = "unknown_thread"
_WATCH = "https://www.youtube.com/watch?v="
_MODERATION = {
    "heldForReview": CommentStatus.PENDING,
    "likelySpam": CommentStatus.SPAM,
    "rejected": CommentStatus.REMOVED,
}


class _Video:
    __slots__ = ("info", "records", "replies", "report", "totals")

    def __init__(self, report: Report) -> None:
        self.report = Report(parent=report)  # the video's own counts, passed up to the file's
        self.info: Mapping[str, Any] | None = None
        self.records: list[tuple[Comment, str | None]] = []
        self.totals: dict[str, int] = {}  # thread id -> totalReplyCount
        self.replies: dict[str, set[str]] = {}  # thread id -> reply ids seen


def read_youtube(
    *sources: Source,
    errors: f.Errors = "strict",
    report: Report | None = None,
    quotes: bool = False,
) -> Iterator[Article]:
    """One Article per video from API responses: one JSON response, an array of them, or one per line."""
    report = Report() if report is None else report
    videos: dict[str, _Video] = {}
    loose: list[tuple[Comment, str | None, Report]] = []  # replies that did not name the video
    for source in sources:
        policy = f.Policy(errors, report, name_of(source), unit="item")
        for response in _responses(source, policy):
            _read_response(response, videos, loose, policy)
    video_of = {
        comment.id: key
        for key, video in videos.items()
        for comment, parent in video.records
        if parent is None
    }
    # comments.list replies carry their thread, not their video
    for comment, parent, counts in loose:
        video = _video(videos, video_of.get(parent or "", ""), report)
        video.report.merge(counts.counts, counts.examples)  # already counted in the file's
        _add_reply(video, comment, parent)
    policy = f.Policy(errors, report, "youtube")
    for key, video in videos.items():
        policy.report = video.report
        yield finish(_article(key, video, policy), video.report, quotes)


def _video(videos: dict[str, _Video], key: str, report: Report) -> _Video:
    video = videos.get(key)
    if video is None:
        video = videos[key] = _Video(report)
    return video


def _built(item: Mapping[str, Any], report: Report, policy: f.Policy) -> Comment:
    """The comment, its coercions counted in ``report`` (a video's) as well as the file's."""
    stream = policy.report
    policy.report = report
    try:
        return _comment(item, policy)
    finally:
        policy.report = stream


def _responses(source: Source, policy: f.Policy) -> Iterator[Mapping[str, Any]]:
    data, name = read_all(source)
    text = data.strip()
    try:
        whole = f.decode(text) if text else None
    except ValueError:
        whole = None
    if isinstance(whole, dict):
        yield whole
    elif isinstance(whole, list):
        yield from (item for item in whole if isinstance(item, dict))
    elif text.startswith(b"{"):
        for number, line in enumerate(data.splitlines(), start=1):
            if line.strip() and (value := policy.load(line, number)) is not None:
                yield value
    else:
        raise ParseError("expected a YouTube API response (JSON object), an array or lines", name)


def _read_response(
    response: Mapping[str, Any],
    videos: dict[str, _Video],
    loose: list[tuple[Comment, str | None, Report]],
    policy: f.Policy,
) -> None:
    items = response.get("items")
    if not isinstance(items, list):
        items = [response] if isinstance(response.get("kind"), str) else []
        if not items:
            raise ParseError("a response without items", policy.source)
    for position, item in enumerate(items, start=1):
        kind = item.get("kind") if isinstance(item, dict) else None
        if kind == "youtube#commentThread":
            _thread(item, videos, policy, position)
        elif kind == "youtube#comment":
            _reply(item, videos, loose, policy, position)
        elif kind == "youtube#video" and isinstance(item.get("id"), str):
            _video(videos, item["id"], policy.report).info = item
        else:
            policy.bad(f"an item of kind {kind!r}", position)


def _thread(
    item: Mapping[str, Any], videos: dict[str, _Video], policy: f.Policy, position: int
) -> None:
    snippet: Any = item.get("snippet")
    top = snippet.get("topLevelComment") if isinstance(snippet, dict) else None
    if not isinstance(top, dict) or not isinstance(top.get("id"), str):
        policy.bad("a comment thread without snippet.topLevelComment.id", position, item.get("id"))
        return
    video = _video(videos, _video_id(snippet, top), policy.report)
    stream, policy.report = policy.report, video.report
    try:
        comment = _comment(top, policy)
        total = f.integer(snippet, "totalReplyCount", policy, comment.id)
    finally:
        policy.report = stream
    video.records.append((comment, None))
    if total is not None:
        video.totals[comment.id] = total
    replies = item.get("replies")
    listed = replies.get("comments") if isinstance(replies, dict) else None
    for reply in listed if isinstance(listed, list) else []:
        _reply(reply, videos, [], policy, position, video)


def _reply(
    item: Mapping[str, Any],
    videos: dict[str, _Video],
    loose: list[tuple[Comment, str | None, Report]],
    policy: f.Policy,
    position: int,
    video: _Video | None = None,
) -> None:
    snippet = item.get("snippet")
    if not isinstance(snippet, dict) or not isinstance(item.get("id"), str):
        policy.bad("a comment without id or snippet", position)
        return
    parent = snippet.get("parentId")
    parent = parent if isinstance(parent, str) and parent else None
    if video is None:
        key = _video_id(snippet, item)
        if not key:
            counts = Report(parent=policy.report)
            loose.append((_built(item, counts, policy), parent, counts))
            return
        video = _video(videos, key, policy.report)
    _add_reply(video, _built(item, video.report, policy), parent)


def _add_reply(video: _Video, comment: Comment, parent: str | None) -> None:
    video.records.append((comment, parent))
    if parent is not None:
        video.replies.setdefault(parent, set()).add(comment.id)


def _video_id(snippet: Mapping[str, Any], comment: Mapping[str, Any]) -> str:
    for holder in (snippet, comment.get("snippet") or {}):
        value = holder.get("videoId") if isinstance(holder, dict) else None
        if isinstance(value, str) and value:
            return value
    return ""  # a channel comment, or a reply whose video the response did not name


def _comment(item: Mapping[str, Any], policy: f.Policy) -> Comment:
    ident: str = item["id"]
    snippet: Mapping[str, Any] = item.get("snippet") or {}
    text = snippet.get("textOriginal")
    if not isinstance(text, str):
        display = snippet.get("textDisplay")
        text = html_text(display) if isinstance(display, str) else ""
    extra: dict[str, Any] = {}
    status = CommentStatus.PUBLISHED
    moderation = snippet.get("moderationStatus")
    if isinstance(moderation, str) and moderation != "published":
        extra["moderation_status"] = moderation
        status = _MODERATION.get(moderation, CommentStatus.PUBLISHED)
    published = _time(snippet.get("publishedAt"), policy, ident)
    updated = snippet.get("updatedAt")
    if isinstance(updated, str) and updated != snippet.get("publishedAt"):
        extra["edited"] = updated
    channel = snippet.get("authorChannelId")
    if isinstance(channel, dict) and isinstance(channel.get("value"), str):
        extra["author_channel_id"] = channel["value"]
    name = snippet.get("authorDisplayName")
    url = snippet.get("authorChannelUrl")
    return Comment(
        id=ident,
        author=Author(name, url if isinstance(url, str) else None)
        if isinstance(name, str)
        else None,
        published=published,
        text=text.strip(),
        score=f.integer(snippet, "likeCount", policy, ident),
        status=status,
        extra=extra or EMPTY_EXTRA,
    )


def _time(value: object, policy: f.Policy, where: str) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        policy.ambiguous("publishedAt", where)
        return None


def _article(key: str, video: _Video, policy: f.Policy) -> Article:
    records = video.records
    for thread, total in video.totals.items():  # replies the input does not hold
        missing = total - len(video.replies.get(thread, ()))
        if missing > 0:
            stub = Comment(id=f"more_{thread}", status=CommentStatus.MORE, more_count=missing)
            records.append((stub, thread))
    if not key:
        policy.report.add(UNKNOWN_THREAD, "(no video)", len(records))
    comments = assemble(records, policy.report, thread=key or "(no video)")
    extra: dict[str, Any] = {"source": "youtube", "id": key}
    info = video.info
    snippet = info.get("snippet") if info is not None else None
    if not isinstance(snippet, dict):
        return Article(
            url=_WATCH + key if key else None, site_name="YouTube", extra=extra, comments=comments
        )
    description = snippet.get("description")
    channel = snippet.get("channelTitle")
    statistics = info.get("statistics") if info is not None else None
    declared = (
        f.integer(statistics, "commentCount", policy, key) if isinstance(statistics, dict) else None
    )
    return Article(
        url=_WATCH + key,
        title=snippet.get("title") if isinstance(snippet.get("title"), str) else None,
        authors=[Author(channel)] if isinstance(channel, str) else [],
        published=_time(snippet.get("publishedAt"), policy, key),
        site_name="YouTube",
        declared_comment_count=declared,
        body=[Paragraph(p) for p in f.paragraphs(description)]
        if isinstance(description, str)
        else [],
        extra=extra,
        comments=comments,
    )
