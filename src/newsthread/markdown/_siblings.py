"""Nesting from navigation labels: "root | parent | prev | next" after each comment's time.

Hacker News prints, after each comment's time, links to the thread's root, the parent,
and the previous and next sibling. A converter that drops in-page links (html2text)
keeps their labels as words, which still say where each comment sits, read in document
order (pre-order):

- no "parent" (nor "root"): a top-level comment;
- "parent" without "root" (the parent is the root): a reply to the top-level comment above;
- "root" without "prev": the first reply of the comment just above it;
- "root" and "prev": a later sibling. The labels do not say of which comment above ("next"
  leads to the next comment outside the subtree, at any depth): the comment just above is
  taken, which is right unless a deeper subtree ends there.

The labels are read only in a thread that came out flat (no reply found by other means).
Old Reddit prints instead, in each header, how many comments hang below it ("(17
children)", all descendants): in document order, those counts give the tree as well.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsthread.markdown._authorlines import heuristic_header, inline_header
from newsthread.markdown._units import Unit
from newsthread.model import Comment

__all__ = ["nest_by_descendant_counts", "nest_by_navigation"]

_DESCENDANTS = re.compile(r"\((\d{1,6}) child(?:ren)?\)")

#: Share of the comments that must carry labels for the labels to be read.
_COVERED = 0.8


def _labels(units: Sequence[Unit]) -> dict[str, frozenset[str]]:
    """The navigation labels of each comment header in ``units``, by the header's time link."""
    out: dict[str, frozenset[str]] = {}
    for unit in units:
        if not unit.links or unit.kind != "p":
            continue
        inline = inline_header(unit)
        if inline is not None and inline.nav and inline.header.url:
            out.setdefault(inline.header.url, inline.nav)
    return out


def nest_by_navigation(top: list[Comment], units: Sequence[Unit]) -> list[Comment]:
    """``top`` nested by the navigation labels of its comments' headers, when the thread is
    flat and most comments carry labels; else ``top`` unchanged."""
    if len(top) < 2 or any(c.replies for c in top):
        return top
    labels = _labels(units)
    found = [labels.get(c.url) if c.url else None for c in top]
    known = [f for f in found if f is not None]
    if len(known) < _COVERED * len(top) or not any({"parent", "root"} & f for f in known):
        return top
    out: list[Comment] = []
    stack: list[Comment] = []  # the path from the top-level comment to the comment above
    for comment, nav in zip(top, found, strict=True):
        if nav is None:
            out.append(comment)  # no labels: it stays where it is
            continue
        if not {"parent", "root"} & nav:
            del stack[:]  # top level
        elif "root" not in nav:
            del stack[1:]  # the parent is the root: a reply to the top-level comment
        elif "prev" in nav and len(stack) > 2:
            stack.pop()  # a later sibling: of the comment above (the deepest it can be)
        # else: the first reply of the comment above
        if stack:
            stack[-1].add(comment)
        else:
            out.append(comment)
        stack.append(comment)
    return out


def _counts(units: Sequence[Unit]) -> list[tuple[str, int]]:
    """(author, descendants) of each header line that states its descendants, in order."""
    out: list[tuple[str, int]] = []
    for unit in units:
        if unit.kind != "p" or "child" not in unit.text:
            continue
        found = _DESCENDANTS.search(unit.text)
        head = heuristic_header(unit) if found is not None else None
        if found is not None and head is not None and head.author is not None:
            out.append((head.author.name, int(found.group(1))))
    return out


def nest_by_descendant_counts(top: list[Comment], units: Sequence[Unit]) -> list[Comment]:
    """``top`` nested by the descendant counts in its comments' headers, when the thread is
    flat and most comments state a count; else ``top`` unchanged."""
    if len(top) < 2 or any(c.replies for c in top):
        return top
    counts = _counts(units)
    found: list[int | None] = []
    at = 0
    for comment in top:  # a header's count belongs to the next comment by its author
        name = comment.author.name if comment.author else None
        if at < len(counts) and counts[at][0] == name:
            found.append(counts[at][1])
            at += 1
        else:
            found.append(None)
    known = [n for n in found if n is not None]
    named = sum(1 for c in top if c.author is not None)
    if len(known) < _COVERED * named or not any(known):
        return top
    out: list[Comment] = []
    # the open comments and the step at which each has had all its descendants (hidden ones,
    # behind a "load more" link, are never found: a count may stay open to the end); an end
    # per comment, not a count decremented for every open comment, keeps deep threads linear
    stack: list[Comment] = []
    ends: list[int] = []
    step = 0  # comments with a count placed so far
    for comment, count in zip(top, found, strict=True):
        if count is None:
            out.append(comment)  # no count (a list of page chrome): it stays where it is
            continue
        while ends and ends[-1] == step:
            stack.pop()
            ends.pop()
        if stack:
            stack[-1].add(comment)
        else:
            out.append(comment)
        stack.append(comment)
        ends.append(step + 1 + count)
        step += 1
    return out
