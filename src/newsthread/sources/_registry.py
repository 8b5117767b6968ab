"""Sources by name, for the command line: which reader, and which files are unambiguously which."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from newsthread.errors import InputError
from newsthread.model import Article
from newsthread.sources._fields import Errors
from newsthread.sources._input import PathOrFile
from newsthread.sources._repair import Report

__all__ = ["FORMATS", "detect", "read_source"]

Reader = Callable[[PathOrFile, Errors, Report, bool], Iterator[Article]]


def _reddit(source: PathOrFile, errors: Errors, report: Report, quotes: bool) -> Iterator[Article]:
    from newsthread.sources.reddit import read_reddit_api, read_reddit_dump

    if _first_byte(source) == b"[":  # /comments/<id>.json; dumps are lines of objects
        yield read_reddit_api(_whole(source), errors=errors, report=report, quotes=quotes)
    else:
        yield from read_reddit_dump(source, errors=errors, report=report, quotes=quotes)


def _hn(source: PathOrFile, errors: Errors, report: Report, quotes: bool) -> Iterator[Article]:
    from newsthread.sources.hn import read_hn

    return read_hn(_whole(source), errors=errors, report=report, quotes=quotes)


def _disqus(source: PathOrFile, errors: Errors, report: Report, quotes: bool) -> Iterator[Article]:
    from newsthread.sources.disqus import read_disqus

    return read_disqus(_whole(source), errors=errors, report=report, quotes=quotes)


def _wxr(source: PathOrFile, errors: Errors, report: Report, quotes: bool) -> Iterator[Article]:
    from newsthread.sources.wxr import read_wxr

    return read_wxr(_whole(source), errors=errors, report=report, quotes=quotes)


def _stackexchange(
    source: PathOrFile, errors: Errors, report: Report, quotes: bool
) -> Iterator[Article]:
    """``Posts.xml`` (or the dump's directory), with ``Comments.xml`` and ``Users.xml`` beside it."""
    from newsthread.sources.stackexchange import read_stackexchange

    if not (isinstance(source, str) or hasattr(source, "__fspath__")):
        return read_stackexchange(_whole(source), errors=errors, report=report, quotes=quotes)
    posts = Path(source)
    if posts.is_dir():
        posts = posts / "Posts.xml"
    comments, users = posts.with_name("Comments.xml"), posts.with_name("Users.xml")
    return read_stackexchange(
        posts,
        comments if comments.exists() else None,
        users=users if users.exists() else None,
        errors=errors,
        report=report,
        quotes=quotes,
    )


def _youtube(source: PathOrFile, errors: Errors, report: Report, quotes: bool) -> Iterator[Article]:
    from newsthread.sources.youtube import read_youtube

    return read_youtube(_whole(source), errors=errors, report=report, quotes=quotes)


def _coral(source: PathOrFile, errors: Errors, report: Report, quotes: bool) -> Iterator[Article]:
    from newsthread.sources.coral import read_coral

    return read_coral(source, errors=errors, report=report, quotes=quotes)


def _convokit(
    source: PathOrFile, errors: Errors, report: Report, quotes: bool
) -> Iterator[Article]:
    """A corpus directory, or its ``utterances.jsonl``."""
    from newsthread.sources.convokit import read_convokit

    if not (isinstance(source, str) or hasattr(source, "__fspath__")):
        raise InputError("a ConvoKit corpus is a directory; give its path", "<stdin>")
    path = Path(source)
    directory = path.parent if path.name == "utterances.jsonl" else path
    return read_convokit(directory, errors=errors, report=report, quotes=quotes)


_READERS: dict[str, Reader] = {
    "reddit": _reddit,
    "hn": _hn,
    "disqus": _disqus,
    "wxr": _wxr,
    "stackexchange": _stackexchange,
    "youtube": _youtube,
    "coral": _coral,
    "convokit": _convokit,
}

#: Source names ``--from`` accepts.
FORMATS: tuple[str, ...] = tuple(_READERS)

# File names that can only be one source (Pushshift's dump names).
_NAMES = [
    (re.compile(r"R[CS]_\d{4}-\d{2}(\.(zst|ndjson|jsonl?))?\Z"), "reddit"),
    (re.compile(r".*\.wxr\Z", re.IGNORECASE), "wxr"),
    (re.compile(r"Posts\.xml\Z"), "stackexchange"),
    (re.compile(r"utterances\.jsonl\Z"), "convokit"),
]


def detect(path: str) -> str | None:
    """The source a file name unambiguously belongs to, or None."""
    if os.path.isfile(os.path.join(path, "utterances.jsonl")):
        return "convokit"  # a corpus directory
    name = os.path.basename(os.path.normpath(path))
    for pattern, source in _NAMES:
        if pattern.match(name):
            return source
    return None


def read_source(
    name: str, source: PathOrFile, *, errors: Errors = "strict", report: Report, quotes: bool
) -> Iterator[Article]:
    """The Articles of ``source`` read as the source ``name`` (one of :data:`FORMATS`)."""
    return _READERS[name](source, errors, report, quotes)


def _first_byte(source: PathOrFile) -> bytes:
    if isinstance(source, str) or hasattr(source, "__fspath__"):
        with open(source, "rb") as stream:
            return stream.read(64).lstrip()[:1]
    peek: Any = getattr(source, "peek", None)
    return peek(64).lstrip()[:1] if peek is not None else b""


def _whole(source: PathOrFile) -> PathOrFile | bytes:
    if isinstance(source, str) or hasattr(source, "__fspath__"):
        return source
    stream: IO[bytes] = source
    return stream.read()
