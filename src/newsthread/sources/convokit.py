"""ConvoKit corpora, both ways: read a corpus directory as Articles, write Articles as a corpus.

Reading: ``utterances.jsonl`` (``id``, ``speaker``, ``conversation_id``,
``reply_to``, ``timestamp``, ``text``, ``meta``) grouped by conversation,
with ``conversations.json`` for each conversation's meta. The utterance
whose id is the conversation's id is its root, as ConvoKit's Reddit corpora
have it (the post): it becomes the article (author, time, text as the body,
``meta.title`` or the conversation's ``title`` as title) and replies to it
become top-level comments. ``[deleted]``/``[removed]`` texts become
statuses. Utterance meta is kept in each comment's ``extra``.

Writing: one conversation per Article, its root utterance the article (the
body as text), one utterance per comment, replies as ``reply_to`` (top-level
comments, orphans included, reply to the root, so that every conversation is
a valid ConvoKit tree); ``[deleted]``/``[removed]`` as the text of such
comments, as ConvoKit's Reddit corpora have it; the
files ConvoKit loads (``utterances.jsonl``, ``speakers.json``,
``conversations.json``, ``corpus.json``, ``index.json``). Each utterance
also carries its newsthread records in ``meta["newsthread"]``, so a
corpus written here reads back as the same Articles.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsthread.errors import DocumentError, InputError, ParseError
from newsthread.model import EMPTY_EXTRA, Article, Author, Comment, CommentStatus, Paragraph
from newsthread.serialize import from_flat, to_flat
from newsthread.sources import _fields as f
from newsthread.sources._group import DEFAULT_BUDGET, Grouping, Line, group_lines
from newsthread.sources._input import read_lines
from newsthread.sources._repair import Report, assemble
from newsthread.sources._thread import finish

__all__ = ["read_convokit", "write_convokit"]

_CONVERSATION = re.compile(rb'"conversation_id"\s*:\s*"([^"\\]*)"')
_GONE = {"[deleted]": CommentStatus.DELETED, "[removed]": CommentStatus.REMOVED}
#: Report kind: a corpus written by newsthread whose records no longer fit (edited since).
STALE = "stale_newsthread_meta"
_UNKNOWN_SPEAKER = "[unknown]"


# -- reading ------------------------------------------------------------------


def read_convokit(
    directory: str | os.PathLike[str],
    *,
    grouping: Grouping = "auto",
    budget: int = DEFAULT_BUDGET,
    errors: f.Errors = "strict",
    report: Report | None = None,
    quotes: bool = False,
) -> Iterator[Article]:
    """Stream one Article per conversation of a ConvoKit corpus directory."""
    root = Path(directory)
    utterances = root / "utterances.jsonl"
    if not utterances.is_file():
        raise InputError("not a ConvoKit corpus: no utterances.jsonl", str(root))
    report = Report() if report is None else report
    metas = _conversations(root / "conversations.json")
    policy = f.Policy(errors, report, str(utterances))
    groups = group_lines(
        read_lines(utterances),
        _key_of,
        grouping,
        size_hint=utterances.stat().st_size,
        budget=budget,
    )
    for key, lines in groups:
        policy.report = own = Report(parent=report)
        rows = _rows(lines, policy)
        if not rows:
            continue
        article = _restored(rows, own) or _article(key, rows, metas.get(key), policy)
        yield finish(article, own, quotes)


def _key_of(line: bytes) -> str:
    found = _CONVERSATION.search(line)
    return found.group(1).decode("utf-8", "replace") if found is not None else ""


def _conversations(path: Path) -> dict[str, dict[str, Any]]:
    """Each conversation's meta (``{"meta": ..., "vectors": ...}`` or the meta itself)."""
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_bytes())
    except ValueError as error:
        raise ParseError(f"not JSON: {error}", str(path)) from None
    if not isinstance(data, dict):
        raise ParseError("expected an object of conversations", str(path))
    out = {}
    for key, value in data.items():
        if isinstance(value, dict):
            meta = value.get("meta") if set(value) <= {"meta", "vectors"} else value
            out[key] = meta if isinstance(meta, dict) else {}
    return out


def _rows(lines: list[Line], policy: f.Policy) -> list[dict[str, Any]]:
    rows = []
    for number, line in lines:
        raw = policy.load(line, number)
        if raw is None:
            continue
        if f.record_id(raw.get("id")) is None:
            policy.bad("an utterance without an id", number)
        elif not isinstance(raw.get("conversation_id"), str):
            policy.bad("an utterance without a conversation_id", number, str(raw.get("id")))
        else:
            rows.append(raw)
    return rows


def _restored(rows: list[dict[str, Any]], report: Report) -> Article | None:
    """The Article a corpus written by :func:`write_convokit` came from, when its records fit."""
    records: list[Any] = []
    for row in rows:
        meta = row.get("meta")
        kept = meta.get("newsthread") if isinstance(meta, dict) else None
        if not isinstance(kept, list):
            return None
        records.extend(kept)
    try:
        records.sort(key=lambda record: record["node"])
        return from_flat({"schema_version": 1, "records": records})
    except (DocumentError, KeyError, TypeError):
        report.add(STALE, str(rows[0].get("conversation_id")))
        return None


def _article(
    key: str, rows: list[dict[str, Any]], meta: dict[str, Any] | None, policy: f.Policy
) -> Article:
    head = next((r for r in rows if str(r["id"]) == key and r.get("reply_to") is None), None)
    records = []
    for row in rows:
        if row is head:
            continue
        ident = str(row["id"])
        reply_to = f.record_id(row.get("reply_to"))
        records.append(
            (_comment(ident, row, policy), None if head and reply_to == key else reply_to)
        )
    comments = assemble(records, policy.report, thread=key)
    extra: dict[str, Any] = {"source": "convokit", "id": key}
    if meta:
        extra["meta"] = meta
    if head is None:
        title = meta.get("title") if meta else None
        return Article(
            title=title if isinstance(title, str) else None, extra=extra, comments=comments
        )
    head_meta = head.get("meta")
    if isinstance(head_meta, dict) and head_meta:
        extra["root_meta"] = head_meta
    title = next(
        (
            m["title"]
            for m in (head_meta, meta)
            if isinstance(m, dict) and isinstance(m.get("title"), str)
        ),
        None,
    )
    speaker = f.record_id(head.get("speaker"))
    text: str = head["text"] if isinstance(head.get("text"), str) else ""
    if text in _GONE:
        extra["status"] = _GONE[text].value
        text = ""
    return Article(
        title=title,
        authors=[Author(speaker)] if speaker and speaker not in _GONE else [],
        published=f.epoch(head, "timestamp", policy, key),
        body=[Paragraph(p) for p in f.paragraphs(text)],
        extra=extra,
        comments=comments,
    )


def _comment(ident: str, row: Mapping[str, Any], policy: f.Policy) -> Comment:
    text = f.text(row, "text", policy, ident) or ""
    status = _GONE.get(text, CommentStatus.PUBLISHED)
    speaker = f.record_id(row.get("speaker"))
    meta = row.get("meta")
    score = meta.get("score") if isinstance(meta, dict) else None  # as ConvoKit's Reddit corpora
    return Comment(
        id=ident,
        author=Author(speaker) if speaker and speaker not in _GONE else None,
        published=f.epoch(row, "timestamp", policy, ident),
        text="" if status is not CommentStatus.PUBLISHED else text,
        score=score if type(score) is int else None,
        status=status,
        extra=meta if isinstance(meta, dict) and meta else EMPTY_EXTRA,
    )


# -- writing ------------------------------------------------------------------


def write_convokit(
    articles: Iterable[Article], directory: str | os.PathLike[str], *, name: str = "newsthread"
) -> int:
    """Write the articles as a ConvoKit corpus directory; return how many conversations.

    Utterance ids must be unique in a corpus: a comment id seen in an earlier
    conversation is written as ``<conversation>/<id>`` (the original stays in
    the newsthread records).
    """
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    speakers: set[str] = set()
    conversations: dict[str, Any] = {}
    seen: set[str] = set()
    types: dict[str, set[str]] = {}
    count = 0
    with open(root / "utterances.jsonl", "w", encoding="utf-8") as out:
        for article in articles:
            key = _conversation_id(article, count, conversations)
            conversations[key] = {"meta": {}, "vectors": []}
            for row in _utterances(article, key, seen):
                speakers.add(row["speaker"])
                for field, value in row["meta"].items():
                    types.setdefault(field, set()).add(str(type(value)))
                out.write(json.dumps(row, ensure_ascii=False))
                out.write("\n")
            count += 1
    _dump(root / "speakers.json", {s: {"meta": {}, "vectors": []} for s in sorted(speakers)})
    _dump(root / "conversations.json", conversations)
    _dump(root / "corpus.json", {"name": name})
    index = {
        "utterances-index": {k: sorted(v) for k, v in types.items()},
        "speakers-index": {},
        "conversations-index": {},
        "overall-index": {"name": [str(str)]},
        "version": 1,
        "vectors": [],
    }
    _dump(root / "index.json", index)
    return count


def _dump(path: Path, value: Any) -> None:
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")


def _conversation_id(article: Article, count: int, taken: Mapping[str, Any]) -> str:
    stated = article.extra.get("id")
    key = str(stated) if isinstance(stated, str | int) and str(stated) else f"conversation-{count}"
    return key if key not in taken else f"{key}-{count}"


def _utterances(article: Article, key: str, seen: set[str]) -> Iterator[dict[str, Any]]:
    """The root utterance (the article), then one per comment, each with its flat records."""
    records = to_flat(article)["records"]
    own: dict[int, list[Any]] = {}  # node -> the records its utterance carries
    owner: dict[int, int] = {}
    for record in records:
        node, parent = record["node"], record["parent"]
        holder = node if record["type"] in ("article", "comment") else owner.get(parent, 0)
        owner[node] = holder
        own.setdefault(holder, []).append(record)
    author = article.authors[0].name if article.authors else _UNKNOWN_SPEAKER
    seen.add(key)
    yield _row(
        key, key, author, None, "\n\n".join(b.text for b in article.body), article.published, own[0]
    )
    nodes = {id(node): number for number, node in enumerate(article.walk())}
    written: dict[int, str] = {}  # comment -> its utterance id (parents come first)
    for comment in article.iter_comments():
        ident = comment.id if comment.id not in seen else f"{key}/{comment.id}"
        seen.add(ident)
        written[id(comment)] = ident
        parent = comment.parent
        # Top-level comments answer the root, orphans too (their stated parent is in the
        # records): ConvoKit's tree methods need every reply_to inside the conversation.
        reply_to = written[id(parent)] if isinstance(parent, Comment) else key
        speaker = comment.author.name if comment.author else _UNKNOWN_SPEAKER
        text = comment.text or (
            f"[{comment.status.value}]" if comment.status in _STATUS_TEXT else ""
        )
        yield _row(ident, key, speaker, reply_to, text, comment.published, own[nodes[id(comment)]])


_STATUS_TEXT = frozenset({CommentStatus.DELETED, CommentStatus.REMOVED})


def _row(
    ident: str,
    key: str,
    speaker: str,
    reply_to: str | None,
    text: str,
    published: datetime | None,
    records: list[Any],
) -> dict[str, Any]:
    return {
        "id": ident,
        "conversation_id": key,
        "text": text,
        "speaker": speaker,
        "meta": {"newsthread": records},
        "reply_to": reply_to,
        "timestamp": _timestamp(published),
        "vectors": [],
    }


def _timestamp(value: datetime | None) -> int | float | None:
    if value is None:
        return None
    seconds = (value if value.tzinfo else value.replace(tzinfo=UTC)).timestamp()
    return int(seconds) if seconds.is_integer() else seconds
