"""The checks a document makes beyond field types, shared by every JSON reader and writer.

Field types are checked where each value enters (the strict converter of
:mod:`newsthread.serialize`, the Structs of :mod:`newsthread._msgspec`). What a
type cannot say is checked here, on the whole article, the same way on both
JSON paths and on both sides: :func:`check_read` after a document is read,
:func:`check_writable` before one is written, so that ``to_json`` never writes
what ``from_json`` refuses.
"""

from __future__ import annotations

from datetime import datetime, timezone

from newsthread._codec import BLOCK_TYPES
from newsthread._validate import datetime_problem, url_problem
from newsthread.errors import DocumentError
from newsthread.model import Article, Author, Link, Quote, Speaker
from newsthread.tree import Node

__all__ = [
    "check_datetimes",
    "check_quote_speakers",
    "check_read",
    "check_writable",
    "node_path",
    "speaker_index",
]

# Zones that cannot hold an invalid offset: Python's own timezone refuses one.
_STDLIB_ZONES = (type(None), timezone)


def speaker_index(article: Article, *, writing: bool = False) -> dict[str, Speaker]:
    """The article's speakers by id; two with one id raise :class:`DocumentError`."""
    speakers: dict[str, Speaker] = {}
    for index, speaker in enumerate(article.speakers):
        if speaker.id in speakers:
            what = "cannot write two speakers" if writing else "duplicate speaker id"
            raise DocumentError(
                f"{what} with the id {speaker.id!r}" if writing else f"{what} {speaker.id!r}",
                f"$.speakers[{index}].id",
            )
        speakers[speaker.id] = speaker
    return speakers


def check_read(article: Article) -> None:
    """Refuse a document whose comments repeat an id (both JSON paths call this last)."""
    seen: set[str] = set()
    add = seen.add
    for comment in article.iter_comments():
        if comment.id in seen:
            raise DocumentError(f"duplicate comment id {comment.id!r}", node_path(comment))
        add(comment.id)


def check_writable(article: Article) -> None:
    """Refuse, with :class:`DocumentError`, an article the JSON readers would not read back.

    Checked: every datetime and URL is valid (:mod:`newsthread._validate`);
    comment ids and speaker ids are unique; every quote's speaker is one of
    :attr:`Article.speakers` (a document names it by id); link spans are
    ``0 <= start <= end``; every block is of a type documents name (not a bare
    :class:`~newsthread.model.Block`). Field types are the model's promise and not
    re-checked.
    """
    speakers = speaker_index(article, writing=True)
    _check_node_values(article, speakers)
    for block in article.body:
        if BLOCK_TYPES.get(block.type_name) is not type(block):
            raise DocumentError(
                f"cannot write a block of type {type(block).__name__}: use one of "
                + ", ".join(cls.__name__ for cls in BLOCK_TYPES.values()),
                node_path(block),
            )
        _check_links(block, block.links)
        for quote in block.quotes:
            _check_quote(quote, speakers)
    seen: set[str] = set()
    add = seen.add
    urls: set[str] = set()
    for comment in article.iter_comments():
        if comment.id in seen:
            raise DocumentError(
                f"cannot write two comments with the id {comment.id!r}", node_path(comment)
            )
        add(comment.id)
        url = comment.url
        if url is not None and url not in urls:
            _check_url(url, comment, "url")
            urls.add(url)
        published = comment.published
        if published is not None and type(published.tzinfo) not in _STDLIB_ZONES:
            _check_datetime(published, comment, "published")
        author = comment.author
        if author is not None and author.url is not None and author.url not in urls:
            _check_url(author.url, comment, "author.url")
            urls.add(author.url)
        if comment.quotes:
            for quote in comment.quotes:
                _check_quote(quote, speakers)


def check_datetimes(article: Article) -> None:
    """Refuse an article holding a datetime that cannot be written (for ``to_html``/``to_markdown``)."""
    for name in ("published", "modified"):
        moment = getattr(article, name)
        if moment is not None:
            _check_datetime(moment, article, name)
    for comment in article.iter_comments():
        published = comment.published
        if published is not None and type(published.tzinfo) not in _STDLIB_ZONES:
            _check_datetime(published, comment, "published")


def check_quote_speakers(article: Article) -> None:
    """Refuse an article with a quote whose speaker is not one of :attr:`Article.speakers`.

    For writers that name speakers by id and allow two with one id (``to_html``).
    """
    listed = article.speakers
    for node in article.walk(type=Quote):
        speaker = node.speaker  # type: ignore[attr-defined]
        if speaker is not None and not any(s is speaker or s == speaker for s in listed):
            raise DocumentError(
                f"the speaker {speaker.id!r} of a quote is not in Article.speakers "
                "(a page names speakers by id: add it to the list)",
                f"{node_path(node)}.speaker",
            )


def _check_node_values(article: Article, speakers: dict[str, Speaker]) -> None:
    for name in ("url", "canonical_url"):
        value = getattr(article, name)
        if value is not None:
            _check_url(value, article, name)
    for name in ("published", "modified"):
        moment = getattr(article, name)
        if moment is not None:
            _check_datetime(moment, article, name)
    for index, author in enumerate(article.authors):
        if isinstance(author, Author) and author.url is not None:
            _check_url(author.url, article, f"authors[{index}].url")


def _check_links(node: Node, links: tuple[Link, ...]) -> None:
    for index, link in enumerate(links):
        if not 0 <= link.start <= link.end:
            raise DocumentError(
                f"cannot write a link with start {link.start} and end {link.end}",
                f"{node_path(node)}.links[{index}]",
            )
        _check_url(link.url, node, f"links[{index}].url")


def _check_quote(quote: Quote, speakers: dict[str, Speaker]) -> None:
    speaker = quote.speaker
    if speaker is None:
        return
    listed = speakers.get(speaker.id)
    if listed is not speaker and listed != speaker:
        raise DocumentError(
            f"the speaker {speaker.id!r} of a quote is not in Article.speakers "
            "(a document names speakers by id: add it to the list)",
            f"{node_path(quote)}.speaker",
        )


def _check_url(url: str, node: Node, field: str) -> None:
    problem = url_problem(url)
    if problem is not None:
        raise DocumentError(
            f"cannot write the URL {url!r}: {problem}", f"{node_path(node)}.{field}"
        )


def _check_datetime(moment: datetime, node: Node, field: str) -> None:
    problem = datetime_problem(moment)
    if problem is not None:
        raise DocumentError(f"cannot write the datetime: {problem}", f"{node_path(node)}.{field}")


def node_path(node: Node) -> str:
    """The JSONPath of ``node`` in the nested document of its tree (``$.comments[3].replies[0]``)."""
    steps: list[str] = []
    current = node
    parent = current._parent
    while parent is not None:
        for name in parent._child_fields:
            kids = getattr(parent, name)
            index = next((i for i, kid in enumerate(kids) if kid is current), None)
            if index is not None:
                steps.append(f".{name}[{index}]")
                break
        current, parent = parent, parent._parent
    return "$" + "".join(reversed(steps))
