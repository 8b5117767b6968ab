"""Comment data people already have: platform exports and dumps, read as newsthread Articles.

Every source is a flat list of records with parent ids; each reader groups
them by thread, builds one Article per thread with :func:`assemble` (which
repairs orphans, duplicates, self-replies and loops instead of refusing them)
and counts what it repaired in a :class:`Report`. Readers of files that hold
many threads stream them, one Article at a time.
"""

from __future__ import annotations

from newsthread.sources._registry import FORMATS, detect, read_source
from newsthread.sources._repair import Report, assemble
from newsthread.sources.convokit import read_convokit, write_convokit
from newsthread.sources.coral import read_coral
from newsthread.sources.disqus import read_disqus
from newsthread.sources.hn import read_hn
from newsthread.sources.reddit import read_reddit_api, read_reddit_dump
from newsthread.sources.stackexchange import read_stackexchange
from newsthread.sources.wxr import read_wxr
from newsthread.sources.youtube import read_youtube

__all__ = [
    "FORMATS",
    "Report",
    "assemble",
    "detect",
    "read_convokit",
    "read_coral",
    "read_disqus",
    "read_hn",
    "read_reddit_api",
    "read_reddit_dump",
    "read_source",
    "read_stackexchange",
    "read_wxr",
    "read_youtube",
    "write_convokit",
]
