"""Linking a quote in a comment to the earlier comment or body block whose words it repeats.

An inverted index (word -> nodes) keeps this near-linear: a quote is compared only with
the most recent nodes that contain its rarest word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from newsthread.model import Block, Comment
from newsthread.tree import Node

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
#: How many candidate nodes one quote is compared with at most.
_MAX_CANDIDATES = 200
#: Share of the quote's words that must occur in the source.
_MIN_WORDS = 0.75
#: Share of the quote's word pairs that must occur in the source ("small differences").
_MIN_PAIRS = 0.3


def _words(text: str) -> list[str]:
    if text.isascii():  # lowering first is the same and one call; not so for "İ"
        return _WORD_RE.findall(text.lower())
    # Lowered joined by spaces, each word as lowered alone ("İ" grows, a final "Σ" stays final:
    # a space is no letter): one call, not one per word.
    words = _WORD_RE.findall(text)
    return " ".join(words).lower().split(" ") if words else words


class SourceIndex:
    """Word sets of the body blocks and of the comments seen so far (thread order)."""

    __slots__ = ("_nodes", "_pairs", "_postings", "_waiting")

    def __init__(self, blocks: Sequence[Block]) -> None:
        self._nodes: list[tuple[Node, set[str], list[str]]] = []
        # word pairs of a node, made the first time a quote shares enough words with it
        self._pairs: dict[int, set[tuple[str, str]]] = {}
        self._postings: dict[str, list[int]] = {}
        # nodes not indexed yet: indexed when a quote is next looked up, so the comments
        # after a thread's last quote are never read
        self._waiting: list[Block | Comment] = list(blocks)

    def _catch_up(self) -> None:
        for node in self._waiting:
            self._add(node, node.text)
        self._waiting.clear()

    def _add(self, node: Node, text: str) -> None:
        words = _words(text)
        wset = set(words)
        idx = len(self._nodes)
        self._nodes.append((node, wset, words))
        postings = self._postings
        for w in wset.difference(_STOP):  # the stop words dropped in C
            lst = postings.get(w)
            if lst is None:
                postings[w] = [idx]
            else:
                lst.append(idx)

    def add_comment(self, c: Comment) -> None:
        """Make a comment a possible source for the comments after it."""
        self._waiting.append(c)

    def source_of(self, quote: str, where: Comment) -> str | None:
        """The address of the node the quoted words repeat (the reply chain first, then the
        most recent), or None."""
        words = _words(quote)
        content = [w for w in words if w not in _STOP]
        if not content:
            return None
        self._catch_up()
        # In the quote's word order, not a set's: the rarest of equally rare words must not
        # depend on the interpreter's hash seed.
        lists = [self._postings.get(w) for w in dict.fromkeys(content)]
        if any(lst is None for lst in lists) and len(content) <= 2:
            return None
        present = [lst for lst in lists if lst]
        if not present:
            return None
        rarest = min(present, key=len)
        bigrams = set(pairwise(words))
        ancestors = {id(a) for a in where.ancestors()}
        best: tuple[float, int, int] | None = None
        for idx in reversed(rarest[-_MAX_CANDIDATES:]):
            node, wset, node_words = self._nodes[idx]
            score = self._score(idx, content, bigrams, wset, node_words)
            if score is None:
                continue
            key = (score, 1 if id(node) in ancestors else 0, idx)
            if best is None or key > best:
                best = key
        return self._nodes[best[2]][0].address if best is not None else None

    def _score(
        self,
        idx: int,
        content: list[str],
        bigrams: set[tuple[str, str]],
        wset: set[str],
        node_words: list[str],
    ) -> float | None:
        hit = sum(1 for w in content if w in wset) / len(content)
        if hit < _MIN_WORDS:
            return None
        if not bigrams:
            return hit
        bset = self._pairs.get(idx)
        if bset is None:
            bset = self._pairs[idx] = set(pairwise(node_words))
        bhit = len(bigrams & bset) / len(bigrams)
        if bhit < _MIN_PAIRS:
            return None
        return (hit + bhit) / 2
