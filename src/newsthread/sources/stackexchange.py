"""Stack Exchange data dumps: ``Posts.xml`` (questions, answers) and ``Comments.xml``.

One Article per question: its title, tags, body and asker; the thread holds
the question's comments, then the answers (``a<Id>``, in dump order, the
accepted one marked in ``extra``), each with its own comments as replies
(``c<Id>``). Scores stay in ``score``; the content licence in ``extra``.
Display names come from ``OwnerDisplayName``/``UserDisplayName`` or, given
``users``, from ``Users.xml``. Answers and comments whose question is not in
the dump come out under an Article without a title, counted as
``unknown_thread``. Rows are grouped in memory: fine for a site's dump, not
for Stack Overflow's own (tens of gigabytes).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from newsthread.model import EMPTY_EXTRA, Article, Author, Comment, Paragraph
from newsthread.sources import _fields as f
from newsthread.sources._html_text import html_text
from newsthread.sources._input import Source, name_of, read_all
from newsthread.sources._repair import DUPLICATE, Report, assemble
from newsthread.sources._thread import finish
from newsthread.sources._xml import iter_elements

__all__ = ["read_stackexchange"]

UNKNOWN_THREAD = "unknown_thread"
OTHER_ITEM = "other_item"
_TAGS = re.compile(r"<([^<>]+)>|\|([^|]+)(?=\|)")

Row = dict[str, str]


def read_stackexchange(
    posts: Source,
    comments: Source | None = None,
    *,
    users: Source | None = None,
    errors: f.Errors = "strict",
    report: Report | None = None,
    quotes: bool = False,
) -> Iterator[Article]:
    """One Article per question of ``Posts.xml``, with answers and (given) ``Comments.xml``."""
    report = Report() if report is None else report
    names = _users(users) if users is not None else {}
    questions: dict[str, Row] = {}
    answers: dict[str, list[Row]] = {}
    question_of: dict[str, str] = {}  # answer id -> question id
    policy = f.Policy(errors, report, name_of(posts), unit="row")
    for row, position in _rows(posts):
        ident, kind = row.get("Id"), row.get("PostTypeId")
        if not ident:
            policy.bad("a post row without Id", position)
        elif kind == "1":
            if ident in questions:
                report.add(DUPLICATE, f"question {ident}")
            else:
                questions[ident] = row
        elif kind == "2":
            parent = row.get("ParentId") or ""
            answers.setdefault(parent, []).append(row)
            question_of[ident] = parent
        else:
            report.add(OTHER_ITEM, f"post {ident} (PostTypeId {kind})")
    notes: dict[str, list[Row]] = {}  # post id -> its comments
    if comments is not None:
        policy = f.Policy(errors, report, name_of(comments), unit="row")
        for row, position in _rows(comments):
            if not row.get("Id") or not row.get("PostId"):
                policy.bad("a comment row without Id or PostId", position, row.get("Id"))
                continue
            notes.setdefault(row["PostId"], []).append(row)
    keys = [*questions, *(k for k in answers if k not in questions)]
    stray = [k for k in notes if k not in questions and k not in question_of]
    for key in keys + stray:
        policy.report = own = Report(parent=report)
        yield finish(
            _thread(key, questions.get(key), answers.pop(key, []), notes, names, policy),
            own,
            quotes,
        )


def _rows(source: Source) -> Iterator[tuple[dict[str, str], int]]:
    data, name = read_all(source)
    for element, position in iter_elements(data, name, frozenset({"row"})):
        row = dict(element.attrib)
        element.clear()
        yield row, position


def _users(source: Source) -> dict[str, str]:
    return {
        row["Id"]: row["DisplayName"]
        for row, _ in _rows(source)
        if row.get("Id") and row.get("DisplayName")
    }


def _thread(
    key: str,
    question: Row | None,
    answers: list[Row],
    notes: dict[str, list[Row]],
    names: dict[str, str],
    policy: f.Policy,
) -> Article:
    records: list[tuple[Comment, str | None]] = []
    records.extend((_note(note, names, policy), None) for note in notes.pop(key, []))
    accepted = question.get("AcceptedAnswerId") if question else None
    for answer in answers:
        records.append((_answer(answer, accepted, names, policy), None))
        for note in notes.pop(answer["Id"], []):
            records.append((_note(note, names, policy), f"a{answer['Id']}"))
    if question is None:  # answers or comments without their question
        policy.report.add(UNKNOWN_THREAD, key, len(records))
    comments = assemble(records, policy.report, thread=key)
    if question is None:
        return Article(
            site_name="Stack Exchange",
            extra={"source": "stackexchange", "id": key},
            comments=comments,
        )
    extra: dict[str, Any] = {"source": "stackexchange", "id": key}
    score = _int(question, "Score", policy, key)
    if score is not None:
        extra["score"] = score
    for field, name in (
        ("AcceptedAnswerId", "accepted_answer"),
        ("ContentLicense", "license"),
        ("ClosedDate", "closed"),
    ):
        if question.get(field):
            extra[name] = f"a{question[field]}" if field == "AcceptedAnswerId" else question[field]
    views = _int(question, "ViewCount", policy, key)
    if views is not None:
        extra["views"] = views
    body = html_text(question.get("Body") or "")
    owner = _owner(question, "OwnerUserId", "OwnerDisplayName", names)
    return Article(
        title=question.get("Title") or None,
        authors=[owner] if owner else [],
        published=_date(question.get("CreationDate"), policy, key),
        modified=_date(question.get("LastEditDate"), policy, key),
        site_name="Stack Exchange",
        tags=[a or b for a, b in _TAGS.findall(question.get("Tags") or "")],
        declared_comment_count=None,
        body=[Paragraph(p) for p in body.split("\n\n")] if body else [],
        extra=extra,
        comments=comments,
    )


def _owner(row: Row, user_field: str, name_field: str, names: dict[str, str]) -> Author | None:
    user = row.get(user_field)
    name = row.get(name_field) or (names.get(user) if user else None)
    if name:
        return Author(name)
    return Author(f"user{user}") if user else None


def _answer(row: Row, accepted: str | None, names: dict[str, str], policy: f.Policy) -> Comment:
    ident = row["Id"]
    extra: dict[str, Any] = {"kind": "answer"}
    if accepted and accepted == ident:
        extra["accepted"] = True
    if row.get("LastEditDate"):
        edited = _date(row["LastEditDate"], policy, f"a{ident}")
        if edited is not None:
            extra["edited"] = f.iso(edited)
    return Comment(
        id=f"a{ident}",
        author=_owner(row, "OwnerUserId", "OwnerDisplayName", names),
        published=_date(row.get("CreationDate"), policy, f"a{ident}"),
        text=html_text(row.get("Body") or ""),
        score=_int(row, "Score", policy, f"a{ident}"),
        extra=extra,
    )


def _note(row: Row, names: dict[str, str], policy: f.Policy) -> Comment:
    ident = f"c{row['Id']}"
    return Comment(
        id=ident,
        author=_owner(row, "UserId", "UserDisplayName", names),
        published=_date(row.get("CreationDate"), policy, ident),
        text=(row.get("Text") or "").strip(),
        score=_int(row, "Score", policy, ident),
        extra=EMPTY_EXTRA,
    )


def _int(row: Row, field: str, policy: f.Policy, where: str) -> int | None:
    value = row.get(field)
    if value is None or value == "":
        return None
    try:
        return int(value)
    except ValueError:
        policy.ambiguous(field, where)
        return None


def _date(value: str | None, policy: f.Policy, where: str) -> datetime | None:
    """Dump dates are UTC without an offset: ``2010-07-28T19:04:21.300``."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        policy.ambiguous("date", where)
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
