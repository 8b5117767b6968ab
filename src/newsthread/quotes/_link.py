"""Linking a quote in a comment to the earlier comment or body block whose words it repeats."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from newsthread.model import Block, Comment

__all__ = ["SourceIndex"]

_WORD_RE = re.compile(r"\w+")
#: Words too common to show that a quote repeats a text.
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "this",
        "that",
        "i",
        "you",
        "he",
        "she",
        "we",
        "they",
        "not",
        "no",
        "so",
        "as",
        "by",
    ]
)
_MAX_CANDIDATES = 2000


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD_RE.findall(text)]


class SourceIndex:
    """Word sets of the body blocks and of the comments seen so far (thread order)."""

    __slots__ = ("_blocks", "_comments")

    def __init__(self, blocks: Sequence[Block]) -> None:
        self._blocks = [(b, _pairs(_words(b.text))) for b in blocks]
        self._comments: list[tuple[Comment, tuple[set[str], set[tuple[str, str]]]]] = []

    def add_comment(self, c: Comment) -> None:
        self._comments.append((c, _pairs(_words(c.text))))

    def source_of(self, quote: str, where: Comment) -> str | None:
        """The address of the node the quoted words repeat, preferring the reply chain."""
        words = _words(quote)
        content = [w for w in words if w not in _STOP]
        if not content:
            return None
        bigrams = set(pairwise(words))
        ancestors = {id(a) for a in where.ancestors()}
        best: tuple[float, int, str] | None = None
        cands = self._comments[-_MAX_CANDIDATES:]
        for order, (node, (wset, bset)) in enumerate(reversed(cands)):
            rank = 0 if id(node) in ancestors else 1
            self_score = _score(content, bigrams, wset, bset)
            if self_score is not None and (
                best is None or (self_score, -rank) > (best[0], -best[1])
            ):
                best = (self_score, rank, node.address)
            del order
        if best is None or best[0] < 1.0:
            for block, (wset, bset) in self._blocks[:_MAX_CANDIDATES]:
                sc = _score(content, bigrams, wset, bset)
                if sc is not None and (best is None or sc > best[0]):
                    best = (sc, 2, block.address)
        return best[2] if best is not None else None


def _pairs(words: list[str]) -> tuple[set[str], set[tuple[str, str]]]:
    return set(words), set(pairwise(words))


def _score(
    content: list[str], bigrams: set[tuple[str, str]], wset: set[str], bset: set[tuple[str, str]]
) -> float | None:
    hit = sum(1 for w in content if w in wset) / len(content)
    if hit < 0.75:
        return None
    if bigrams:
        bhit = len(bigrams & bset) / len(bigrams)
        if bhit < 0.3:
            return None
        return (hit + bhit) / 2
    return hit
