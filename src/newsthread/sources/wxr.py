"""WordPress: the WXR export (``<item>`` with ``<wp:comment>`` entries), one Article per post.

The post's title, link, author, date, categories, tags and content make the
article; its comments hang under it by ``comment_parent``. ``comment_approved``
0, ``spam`` and ``trash`` become the ``pending``, ``spam`` and ``removed``
statuses (the value kept in ``extra["approved"]``); pingbacks and trackbacks
keep their own statuses. Commenters' e-mail and IP addresses are not kept.
Items are read one at a time, so memory holds one post and its comments.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from newsthread.model import EMPTY_EXTRA, Article, Author, Comment, CommentStatus, Paragraph
from newsthread.sources import _fields as f
from newsthread.sources._html_text import html_text
from newsthread.sources._input import Source, read_all
from newsthread.sources._repair import Report, assemble
from newsthread.sources._thread import finish
from newsthread.sources._xml import Element, child_text, iter_events, local

__all__ = ["read_wxr"]

_APPROVED = {
    "1": CommentStatus.PUBLISHED,
    "0": CommentStatus.PENDING,
    "spam": CommentStatus.SPAM,
    "trash": CommentStatus.REMOVED,
    "post-trashed": CommentStatus.REMOVED,
}
_TYPES = {"pingback": CommentStatus.PINGBACK, "trackback": CommentStatus.TRACKBACK}
_POSTS = frozenset({"post", "page"})
_NO_DATE = "0000-00-00 00:00:00"
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
#: Report kind: an item that is neither a post nor a page and has no comments (an attachment, a menu entry).
OTHER_ITEM = "other_item"


def read_wxr(
    source: Source,
    *,
    errors: f.Errors = "strict",
    report: Report | None = None,
    quotes: bool = False,
) -> Iterator[Article]:
    """One Article per post or page (or any item with comments) of a WordPress export."""
    data, name = read_all(source)
    report = Report() if report is None else report
    policy = f.Policy(errors, report, name, unit="item")
    site: dict[str, str | None] = {"title": None, "language": None}
    path: list[str] = []
    items = 0
    for event, element in iter_events(data, name, ("start", "end")):
        tag = local(element.tag)
        if event == "start":
            path.append(tag)
            continue
        path.pop()
        if path == ["rss", "channel"] and tag in site:
            site[tag] = (element.text or "").strip() or None
        elif tag == "item" and path == ["rss", "channel"]:
            items += 1
            policy.report = own = Report(parent=report)
            article = _post(element, items, policy, site)
            element.clear()
            if article is not None:
                yield finish(article, own, quotes)


def _post(
    item: Element, position: int, policy: f.Policy, site: dict[str, str | None]
) -> Article | None:
    post_id = (child_text(item, "post_id") or "").strip()
    if not post_id:
        policy.bad("an item without wp:post_id", position)
        return None
    post_type = (child_text(item, "post_type") or "").strip()
    records = [
        record
        for number, entry in enumerate(_children(item, "comment"), start=1)
        if (record := _comment(entry, post_id, number, policy)) is not None
    ]
    if post_type not in _POSTS and not records:
        policy.report.add(OTHER_ITEM, f"{post_id} ({post_type or 'no type'})")
        return None
    extra: dict[str, Any] = {"source": "wxr", "id": post_id}
    if post_type and post_type != "post":
        extra["post_type"] = post_type
    status = (child_text(item, "status") or "").strip()
    if status and status != "publish":
        extra["status"] = status
    creator = (child_text(item, "creator") or "").strip()
    categories = [(c.get("domain"), (c.text or "").strip()) for c in _children(item, "category")]
    content = _text(child_text(item, "encoded") or "")
    return Article(
        url=(child_text(item, "link") or "").strip() or None,
        title=(child_text(item, "title") or "").strip() or None,
        authors=[Author(creator)] if creator else [],
        published=_gmt(child_text(item, "post_date_gmt"), policy, post_id),
        site_name=site["title"],
        section=next((name for domain, name in categories if domain == "category"), None),
        tags=[name for domain, name in categories if domain == "post_tag"],
        language=site["language"],
        body=[Paragraph(p) for p in content.split("\n\n")] if content else [],
        extra=extra,
        comments=assemble(records, policy.report, thread=post_id),
    )


def _children(element: Element, tag: str) -> Iterator[Element]:
    return (item for item in element if local(item.tag) == tag)


def _comment(
    entry: Element, post_id: str, number: int, policy: f.Policy
) -> tuple[Comment, str | None] | None:
    ident = (child_text(entry, "comment_id") or "").strip()
    if not ident:
        policy.bad(f"comment {number} of post {post_id} has no wp:comment_id", None, post_id)
        return None
    where = f"{post_id}/{ident}"
    extra: dict[str, Any] = {}
    approved = (child_text(entry, "comment_approved") or "1").strip()
    status = _APPROVED.get(approved)
    if status is None:
        policy.ambiguous("comment_approved", where)
        status = CommentStatus.PUBLISHED
    if approved != "1":
        extra["approved"] = approved
    kind = (child_text(entry, "comment_type") or "").strip()
    if kind in _TYPES:
        if status is CommentStatus.PUBLISHED:
            status = _TYPES[kind]
        else:
            extra["type"] = kind
    parent = (child_text(entry, "comment_parent") or "0").strip()
    if not parent.isdigit():
        policy.ambiguous("comment_parent", where)
        parent = "0"
    name = (child_text(entry, "comment_author") or "").strip()
    url = (child_text(entry, "comment_author_url") or "").strip()
    published = _gmt(child_text(entry, "comment_date_gmt"), policy, where)
    if published is None and child_text(entry, "comment_date"):
        extra["local_date"] = (child_text(entry, "comment_date") or "").strip()
    comment = Comment(
        id=ident,
        author=Author(name, url or None) if name else None,
        published=published,
        text=_text(child_text(entry, "comment_content") or ""),
        status=status,
        extra=extra or EMPTY_EXTRA,
    )
    return comment, None if parent == "0" else parent


def _text(value: str) -> str:
    """WordPress stores text with blank lines between paragraphs and newlines as line breaks."""
    value = value.replace("\r\n", "\n").strip()
    return html_text(_BLANK_LINE.sub("<p>", value).replace("\n", "<br>"))


def _gmt(value: str | None, policy: f.Policy, where: str) -> datetime | None:
    """``2021-03-01 09:30:00`` (GMT) as UTC; WordPress writes zeros for no date."""
    value = (value or "").strip()
    if not value or value == _NO_DATE:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        policy.ambiguous("date_gmt", where)
        return None
