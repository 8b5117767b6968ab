"""Records with parent ids -> one thread, repaired and reported: the layer every source shares.

Platform data is messy: replies whose parent was never exported, a comment
listed twice, a comment that names itself as its parent, parent links that
loop. :func:`assemble` never refuses such a thread. It keeps every comment it
can place, repairs what it must, and counts each repair in a :class:`Report`
so that a corpus can be audited:

- ``orphan``: the parent is not in the thread; the comment is kept at the top
  level (after the others) with ``in_reply_to`` naming the missing parent;
- ``duplicate``: a second record with an id already seen; the first is kept,
  the later one left out (its replies hang under the first);
- ``self_reply``: a record names itself as its parent; kept at the top level
  with ``in_reply_to`` set to its own id;
- ``cycle``: parent links that form a loop; the loop is cut above its first
  record in input order, which goes to the top level with ``in_reply_to``.

Sources add their own kinds (``coerced``, ``skipped``, ...); see each source.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from newsthread.model import Comment
from newsthread.thread import build_thread

__all__ = ["CYCLE", "DUPLICATE", "ORPHAN", "SELF_REPLY", "Report", "assemble"]

ORPHAN = "orphan"
DUPLICATE = "duplicate"
SELF_REPLY = "self_reply"
CYCLE = "cycle"


@attrs.define
class Report:
    """What a source repaired or skipped: a count per kind and the first few places of each.

    ``counts`` maps a kind (``"orphan"``, ``"duplicate"``, ``"coerced"``, ...)
    to how often it happened; ``examples`` keeps up to ``keep`` places per kind
    (``"file.ndjson:12"``, ``"t3_abc/c2"``) to look at first. A report with a
    ``parent`` (one thread's, inside a whole file's) passes every count up.
    """

    counts: dict[str, int] = attrs.field(factory=dict)
    examples: dict[str, list[str]] = attrs.field(factory=dict)
    keep: int = 5
    parent: Report | None = attrs.field(default=None, repr=False, eq=False)

    def add(self, kind: str, where: str, count: int = 1) -> None:
        """Count ``count`` repairs of ``kind``; remember ``where`` if fewer than ``keep`` are kept."""
        self.counts[kind] = self.counts.get(kind, 0) + count
        places = self.examples.setdefault(kind, [])
        if len(places) < self.keep:
            places.append(where)
        if self.parent is not None:
            self.parent.add(kind, where, count)

    def merge(self, counts: Mapping[str, int], examples: Mapping[str, list[str]]) -> None:
        """Add another report's counts and examples to this one."""
        for kind, count in counts.items():
            self.counts[kind] = self.counts.get(kind, 0) + count
        for kind, places in examples.items():
            mine = self.examples.setdefault(kind, [])
            mine.extend(places[: max(0, self.keep - len(mine))])

    @property
    def total(self) -> int:
        """Repairs and skips of every kind together."""
        return sum(self.counts.values())

    def __str__(self) -> str:
        if not self.counts:
            return "nothing repaired"
        lines = []
        for kind in sorted(self.counts):
            places = ", ".join(self.examples.get(kind, []))
            lines.append(f"{kind}: {self.counts[kind]}" + (f" (e.g. {places})" if places else ""))
        return "\n".join(lines)


def assemble(
    records: Iterable[tuple[Comment, str | None]], report: Report, *, thread: str = ""
) -> list[Comment]:
    """Link ``(comment, parent_id)`` records into a thread, repairing instead of refusing.

    Returns the top-level comments, replies in input order, like
    :func:`~newsthread.build_thread`, but never raises for orphans,
    duplicates, self-replies or loops: each is repaired as the module says and
    counted in ``report`` (its places prefixed with ``thread``). The comments
    must be fresh (no parent, no replies yet).
    """
    prefix = f"{thread}/" if thread else ""
    index: dict[str, int] = {}
    kept: list[tuple[Comment, str | None]] = []
    forward = False  # some parent came after its reply, or never: loops and orphans are possible
    for comment, parent in records:
        cid = comment.id
        if cid in index:
            report.add(DUPLICATE, prefix + cid)
            continue
        if parent is not None and parent not in index:
            if parent == cid:
                report.add(SELF_REPLY, prefix + cid)
                comment.in_reply_to = cid
                parent = None
            else:
                forward = True
        index[cid] = len(kept)
        kept.append((comment, parent))
    if forward:
        for comment, parent in kept:
            if parent is not None and parent not in index:
                report.add(ORPHAN, prefix + comment.id)
        _cut_loops(kept, index, report, prefix)
    return build_thread(kept)


def _cut_loops(
    kept: list[tuple[Comment, str | None]], index: dict[str, int], report: Report, prefix: str
) -> None:
    """Follow each parent chain once; cut every loop above its first record in input order."""
    done = [False] * len(kept)
    on_path: dict[int, int] = {}  # record -> position in the current path
    for start in range(len(kept)):
        if done[start]:
            continue
        path: list[int] = []
        at: int | None = start
        while at is not None and not done[at]:
            if at in on_path:
                loop = path[on_path[at] :]
                cut = min(loop)
                comment, parent = kept[cut]
                comment.in_reply_to = parent
                kept[cut] = (comment, None)
                report.add(CYCLE, prefix + comment.id)
                break
            on_path[at] = len(path)
            path.append(at)
            parent = kept[at][1]
            at = None if parent is None else index.get(parent)
        for record in path:
            done[record] = True
        on_path.clear()
