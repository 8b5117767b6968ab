"""Stage 5, building and dedupe: units into ``Comment`` trees, ids made unique, repeats dropped."""

from __future__ import annotations

from newsthread.html._comments.state import Unit, contains
from newsthread.model import Comment


class UniqueIds:
    """Hands out each id once: a repeat gets the next free ``-2``, ``-3``… suffix.

    The next suffix to try is kept per id, so n copies of one id cost O(n), not O(n²).
    """

    __slots__ = ("next_suffix", "probes", "taken")

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self.next_suffix: dict[str, int] = {}
        self.probes = 0

    def take(self, ident: str) -> str:
        """``ident`` itself when free, else the first free ``ident-n`` from the last one given."""
        if ident in self.taken:
            n = self.next_suffix.get(ident, 2)
            while f"{ident}-{n}" in self.taken:
                self.probes += 1
                n += 1
            self.next_suffix[ident] = n + 1
            ident = f"{ident}-{n}"
        self.taken.add(ident)
        return ident


def build(
    units: list[Unit], more: list[tuple[Unit | None, Comment]], base: str | None
) -> list[Comment]:
    """Comments bottom-up (children come after parents in document order), deduplicated."""
    unique = UniqueIds()
    names: dict[int, str] = {}
    for unit in units:
        names[unit.index] = unique.take(unit.ident or unit.key or f"c{unit.index + 1}")
    extra_children: dict[int, list[Comment]] = {}
    top_more: list[Comment] = []
    # (By identity: the units' indices are given again after the drops, a dropped unit's
    # index may be a kept one's.)
    kept = {id(u) for u in units}
    for owner, stub in more:
        if owner is not None and id(owner) not in kept:
            # A stub inside a box dropped as a wrapper (a reply box taken for a unit) belongs to
            # the comment around that box; with none, to the thread when the box held it (the
            # section taken for a unit), else it went with what was dropped.
            dropped = owner
            while owner is not None and id(owner) not in kept:
                dropped, owner = owner, owner.parent
            if owner is None and not (units and contains(dropped.node, units[0].node)):
                continue
        if owner is None:
            top_more.append(stub)
        else:
            extra_children.setdefault(owner.index, []).append(stub)
    built: dict[int, Comment] = {}
    keys = {names[u.index]: u.key for u in units}
    for unit in reversed(units):
        replies = [built[c.index] for c in unit.children if c.index in built]
        replies = _dedupe(replies, keys)
        replies.extend(extra_children.get(unit.index, ()))
        built[unit.index] = Comment(
            id=names[unit.index],
            author=unit.author,
            published=unit.published,
            text=unit.text,
            url=unit.url,
            score=unit.score,
            status=unit.status,
            more_count=unit.more_count,
            in_reply_to=unit.node.attributes.get("data-in-reply-to")
            or (names[unit.answers.index] if unit.answers is not None else None),
            replies=replies,
        )
        if unit.account:
            built[unit.index].extra = {"author_account": unit.account}
    tops = _dedupe([built[u.index] for u in units if u.parent is None], keys)
    return tops + top_more


def _signature(c: Comment, key: str | None) -> tuple[object, ...]:
    return (key, c.author.name if c.author else None, c.published, c.text, len(c.replies))


def _dedupe(comments: list[Comment], base: dict[str, str | None]) -> list[Comment]:
    """Drop repeats of a comment that a page renders twice (Blogger Dynamic Views).

    A repeat has the same id in the page and the same author, date, text and
    reply count; two comments that only read alike are both kept. A copy with the same id and
    text that lacks the author (new Reddit prints a second, author-less copy of some threads)
    is a repeat too, and the fuller of the two is kept in the first one's place.
    """
    seen: set[tuple[object, ...]] = set()
    by_id: dict[tuple[str, str], int] = {}
    out: list[Comment] = []
    for c in comments:
        key = base.get(c.id)
        if key and c.text:
            at = by_id.get((key, c.text))
            if at is not None and _same_or_missing(out[at], c):
                if _fuller(c, out[at]):
                    out[at] = c
                continue
            by_id[(key, c.text)] = len(out)
        if not c.text or c.author is None:
            out.append(c)  # too little to tell two comments apart: keep both
            continue
        sig = _signature(c, key)
        if sig in seen:
            continue
        seen.add(sig)
        out.append(c)
    return out


def _same_or_missing(a: Comment, b: Comment) -> bool:
    """Whether two comments of one id and text differ only by what one of them lacks."""
    if a.author is not None and b.author is not None and a.author.name != b.author.name:
        return False
    return a.published is None or b.published is None or a.published == b.published


def _fuller(new: Comment, old: Comment) -> bool:
    if (new.author is None) != (old.author is None):
        return new.author is not None
    return len(new.replies) > len(old.replies)
