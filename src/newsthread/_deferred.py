"""Quotes found on first read: the machinery behind ``from_html(..., quotes="lazy")``.

An importer may defer quote finding: one :class:`Deferred` object then stands in the
article's ``speakers`` slot and in the ``quotes`` slot of each of its blocks and comments
(shared: no memory per node). Reading ``quotes`` or ``speakers`` goes through a property
(set up in ``newsthread.model``) that runs the deferred finder once, for the whole article,
when it meets that object; every other read is the plain slot. Anything that walks,
compares, copies, pickles or serialises a tree reads those attributes, and adding or
detaching a node finds the quotes first, so the tree never looks different from one whose
quotes were found at import.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from newsthread.errors import TreeError

if TYPE_CHECKING:
    from newsthread.model import Article, Block, Comment, Speaker

__all__ = [
    "NOT_FOUND_YET",
    "Deferred",
    "QuoteFinding",
    "checked_quote_finding",
    "defer_quotes",
    "find_deferred",
    "find_quotes_on_import",
    "finding_here",
    "read_quotes",
    "read_speakers",
    "write_speakers",
]

#: How an importer finds quotes: at once (True), never (False) or on first read ("lazy").
QuoteFinding = bool | Literal["lazy"]


def checked_quote_finding(quotes: object) -> QuoteFinding:
    """``quotes`` as given to an importer, or ValueError when it is no way of finding them."""
    if quotes is True or quotes is False or quotes == "lazy":
        return quotes
    raise ValueError(f"quotes must be True, False or 'lazy', not {quotes!r}")


def find_quotes_on_import(article: Article, quotes: QuoteFinding) -> Article:
    """Find the quotes of a just-imported ``article`` as ``quotes`` says; the article back."""
    if quotes:
        from newsthread.quotes import annotate

        if quotes == "lazy":
            defer_quotes(article, annotate)
        else:
            annotate(article)
    return article


class NotFoundYet:
    """Shown for the quotes of a block whose quotes are not found yet: ``quotes=?``."""

    def __repr__(self) -> str:
        return "?"


NOT_FOUND_YET = NotFoundYet()


class Deferred:
    """The quotes and speakers of an article, not found yet: ``find(article)`` finds them.

    It stays in the slots while the finder runs: another thread that reads them waits on
    ``lock`` and then reads what was found; the finding thread itself (``running``) reads
    empty quotes and writes the ones it finds.
    """

    __slots__ = ("find", "lock", "running")

    def __init__(self, find: Callable[[Article], object]) -> None:
        self.find = find
        self.lock = threading.Lock()
        self.running: int | None = None


def defer_quotes(article: Article, find: Callable[[Article], object]) -> None:
    """Leave the quotes of ``article`` (which must have none) to ``find``, run on first read."""
    deferred = Deferred(find)
    root: Any = article  # the slots themselves are ClassVars to mypy
    root._speakers = deferred
    holders: list[Any] = [*article.body, *article.iter_comments()]
    for holder in holders:
        holder._quotes = deferred


def finding_here(deferred: Deferred) -> bool:
    """Whether this thread is running ``deferred``'s finder (its own reads see no quotes yet)."""
    return deferred.running == threading.get_ident()


def find_deferred(node: Block | Comment | Article) -> None:
    """Run the quote finding deferred on the article ``node`` belongs to (once, in one thread)."""
    article: Any = node.root
    deferred = getattr(article, "_speakers", None)
    if type(deferred) is not Deferred:
        return  # found already (the caller checks that its own slot was filled)
    if finding_here(deferred):
        return
    with deferred.lock:
        if article._speakers is not deferred:
            return  # another thread found them while this one waited
        holders: list[Any] = [*article.body, *article.iter_comments()]
        # Quotes set by hand before the first read replace the found ones, as they would
        # have replaced quotes found at import.
        by_hand = [(holder, holder._quotes) for holder in holders if holder._quotes is not deferred]
        for holder, _ in by_hand:
            holder._quotes = ()  # the finder sees the page as imported
        deferred.running = threading.get_ident()
        try:
            deferred.find(article)
        except BaseException:
            # As it was: the next read tries again and fails the same way.
            for holder in holders:
                _settle(holder, deferred)
            for holder, quotes in by_hand:
                _settle(holder, quotes)
            article._speakers = deferred
            raise
        else:
            for holder in holders:
                if holder._quotes is deferred:
                    holder._quotes = ()
            for holder, quotes in by_hand:
                _settle(holder, quotes)
            if article._speakers is deferred:
                article._speakers = []
        finally:
            deferred.running = None


def _settle(holder: Any, quotes: Any) -> None:
    """Put ``quotes`` (or the deferred marker) in ``holder``'s slot, unlinking found quotes."""
    current = holder._quotes
    if type(current) is not Deferred and current is not quotes:
        kept = {id(quote) for quote in quotes} if type(quotes) is not Deferred else set()
        for quote in current:
            if id(quote) not in kept:
                quote._parent = None
    holder._quotes = quotes


def read_quotes(node: Any) -> Any:
    quotes = node._quotes
    if type(quotes) is Deferred:
        if finding_here(quotes):
            return ()
        find_deferred(node)
        quotes = node._quotes
        if type(quotes) is Deferred:  # taken out of its article past the tree API
            raise TreeError(f"the {type(node).__name__} is not in the article its quotes wait for")
    return quotes


def read_speakers(article: Any) -> Any:
    speakers = article._speakers
    if type(speakers) is Deferred:
        if finding_here(speakers):
            return []
        find_deferred(article)
        speakers = article._speakers
    return speakers


def write_speakers(article: Any, speakers: list[Speaker]) -> None:
    deferred = getattr(article, "_speakers", None)
    if type(deferred) is Deferred and not finding_here(deferred):
        find_deferred(article)  # replaced after finding, as then
    article._speakers = speakers
