"""Stack Exchange data dumps: ``Posts.xml`` (questions, answers) and ``Comments.xml``.

One Article per question: its title, tags, body and asker; the thread holds
the question's comments, then the answers (``a<Id>``, in dump order, the
accepted one marked in ``extra``), each with its own comments as replies
(``c<Id>``). Scores stay in ``score``; the content licence in ``extra``.
Display names come from ``OwnerDisplayName``/``UserDisplayName`` or, given
``users``, from ``Users.xml``. Answers and comments whose question is not in
the dump come out under an Article without a title, counted as
``unknown_thread``. Rows are read one at a time and grouped by question in
bounded memory (``grouping=``, as for dumps).
"""

from __future__ import annotations

import json
import re
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from newsthread.model import EMPTY_EXTRA, Article, Author, Comment, Paragraph
from newsthread.sources import _fields as f
from newsthread.sources._group import DEFAULT_BUDGET, Grouping, Line, choose, group_lines
from newsthread.sources._html_text import html_text
from newsthread.sources._input import Source, name_of, open_binary, size_hint
from newsthread.sources._repair import DUPLICATE, Report, assemble
from newsthread.sources._thread import finish
from newsthread.sources._xml import iter_elements

__all__ = ["read_stackexchange"]

UNKNOWN_THREAD = "unknown_thread"
OTHER_ITEM = "other_item"
_TAGS = re.compile(r"<([^<>]+)>|\|([^|]+)(?=\|)")
_QUESTION, _ANSWER, _NOTE = b"Q", b"A", b"C"

Row = dict[str, str]


def read_stackexchange(
    posts: Source,
    comments: Source | None = None,
    *,
    users: Source | None = None,
    errors: f.Errors = "strict",
    report: Report | None = None,
    quotes: bool = False,
    grouping: Grouping = "auto",
    budget: int = DEFAULT_BUDGET,
) -> Iterator[Article]:
    """One Article per question of ``Posts.xml``, with answers and (given) ``Comments.xml``.

    Rows are read one at a time and grouped by question as dumps are
    (``grouping``, ``budget``: see :mod:`newsthread.sources._group`): a large
    dump is spilled to temporary buckets, and memory holds about one bucket
    and one thread, plus each answer's question id (two 8-byte ints per
    answer) to place comments on answers, plus ``Users.xml``'s names when
    given. Spilled threads come out bucket by bucket, not in dump order.
    """
    report = Report() if report is None else report
    names = _users(users) if users is not None else {}
    hints = [size_hint(source) for source in (posts, comments) if source is not None]
    hint = None if None in hints else sum(h for h in hints if h is not None)
    chosen = choose(grouping, hint, budget)
    rows = _records(posts, comments, errors, report)
    groups = group_lines(rows, _key_of, chosen, size_hint=hint, budget=budget)
    if chosen == "memory":  # dump order: questions, then answers and comments without one
        groups = iter(sorted(groups, key=_dump_order))
    policy = f.Policy(errors, report, name_of(posts), unit="row")
    for key, lines in groups:
        policy.report = own = Report(parent=report)
        yield finish(_group(json.loads(key), lines, names, policy), own, quotes)


def _key_of(line: bytes) -> str:
    return line[: line.index(b"\t")].decode("utf-8", "surrogatepass")


_RANK = {_QUESTION: 0, _ANSWER: 1, _NOTE: 2}


def _dump_order(group: tuple[str, list[Line]]) -> tuple[int, int]:
    """A question's position; else its first answer's; else its first comment's."""
    best = (3, 0)
    for number, line in group[1]:
        start = line.index(b"\t") + 1
        best = min(best, (_RANK[line[start : start + 1]], number))
    return best


def _line(key: str, kind: bytes, row: Row) -> bytes:
    return b"%b\t%b\t%b\n" % (
        json.dumps(key).encode(),
        kind,
        json.dumps(row, ensure_ascii=False).encode("utf-8", "surrogatepass"),
    )


def _records(
    posts: Source, comments: Source | None, errors: f.Errors, report: Report
) -> Iterator[Line]:
    """Every post, then every comment, as a line ``key\tkind\tjson`` keyed by its question."""
    question_of = _Parents()
    policy = f.Policy(errors, report, name_of(posts), unit="row")
    number = 0
    for row, position in _rows(posts):
        ident, kind = row.get("Id"), row.get("PostTypeId")
        number += 1
        if not ident:
            policy.bad("a post row without Id", position)
        elif kind == "1":
            yield number, _line(ident, _QUESTION, row)
        elif kind == "2":
            parent = row.get("ParentId") or ""
            question_of.add(ident, parent)
            yield number, _line(parent, _ANSWER, row)
        else:
            report.add(OTHER_ITEM, f"post {ident} (PostTypeId {kind})")
    if comments is None:
        return
    question_of.freeze()
    policy = f.Policy(errors, report, name_of(comments), unit="row")
    for row, position in _rows(comments):
        number += 1
        post = row.get("PostId")
        if not row.get("Id") or not post:
            policy.bad("a comment row without Id or PostId", position, row.get("Id"))
            continue
        yield number, _line(question_of.get(post) or post, _NOTE, row)


class _Parents:
    """Answer id -> question id, as two sorted arrays of ints (16 bytes an answer).

    Ids that are not plain integers (never in real dumps) go to a dict.
    """

    def __init__(self) -> None:
        self._answers = array("q")
        self._questions = array("q")
        self._sorted = True
        self._other: dict[str, str] = {}

    def add(self, answer: str, question: str) -> None:
        if not (_plain(answer) and _plain(question)):
            self._other[answer] = question
            return
        value = int(answer)
        if self._answers and value <= self._answers[-1]:
            self._sorted = False
        self._answers.append(value)
        self._questions.append(int(question))

    def freeze(self) -> None:
        """Sort the arrays for lookups (dumps list posts by id, so this is rarely needed)."""
        if self._sorted:
            return
        order = sorted(range(len(self._answers)), key=self._answers.__getitem__)
        self._answers = array("q", (self._answers[i] for i in order))
        self._questions = array("q", (self._questions[i] for i in order))
        self._sorted = True

    def get(self, post: str) -> str | None:
        if post in self._other:
            return self._other[post]
        if not _plain(post):
            return None
        value = int(post)
        at = bisect_left(self._answers, value)
        if at < len(self._answers) and self._answers[at] == value:
            return str(self._questions[at])
        return None


def _plain(ident: str) -> bool:
    """An id that round-trips through an int64 unchanged."""
    return ident.isascii() and ident.isdigit() and len(ident) < 19 and ident[0] != "0"


def _rows(source: Source) -> Iterator[tuple[dict[str, str], int]]:
    with open_binary(source) as stream:
        for element, position in iter_elements(stream, name_of(source), frozenset({"row"})):
            row = dict(element.attrib)
            element.clear()
            yield row, position


def _group(key: str, lines: Iterable[Line], names: dict[str, str], policy: f.Policy) -> Article:
    """One question's rows (the question, its answers, the comments on both) -> its Article."""
    question: Row | None = None
    answers: list[Row] = []
    notes: dict[str, list[Row]] = {}  # post id -> its comments
    for _, line in lines:
        _, kind, payload = line.split(b"\t", 2)
        row: Row = json.loads(payload)
        if kind == _ANSWER:
            answers.append(row)
        elif kind == _NOTE:
            notes.setdefault(row["PostId"], []).append(row)
        elif question is None:
            question = row
        else:
            policy.report.add(DUPLICATE, f"question {key}")
    return _thread(key, question, answers, notes, names, policy)


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
