"""Partitioned output: which sub-folder (``site=...`` or ``bucket=NN``) an article's rows go to.

Every row of an article (its comments, quotes, speakers, blocks) goes to the
article's partition, so each sub-folder holds whole articles. The keys are
stable: the site is the host of the article's URL, the bucket a CRC-32 of
the article id, never Python's salted ``hash``.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from urllib.parse import urlsplit

__all__ = ["BUCKETS", "PARTITIONS", "UNKNOWN_SITE", "partition_of"]

#: The ways to partition the tables (``None`` writes no sub-folders).
PARTITIONS = ("site", "hash")
#: Buckets of ``partition_by="hash"``.
BUCKETS = 16
#: The site folder of an article without a URL host (Hive's name for a null key).
UNKNOWN_SITE = "__HIVE_DEFAULT_PARTITION__"
_UNSAFE = re.compile(r"[^a-z0-9._-]")


def _site(url: str | None) -> str:
    try:
        host = urlsplit(url or "").hostname or ""
    except ValueError:
        host = ""
    host = host.removeprefix("www.")
    host = _UNSAFE.sub("_", host).strip(".")
    return host or UNKNOWN_SITE


def partition_of(by: str, article_id: str, urls: Sequence[str | None]) -> str:
    """The sub-folder of an article: by ``site`` (the first of ``urls`` with a host) or ``hash``."""
    if by == "hash":
        return f"bucket={zlib.crc32(article_id.encode('utf-8')) % BUCKETS:02d}"
    if by == "site":
        site = UNKNOWN_SITE
        for url in urls:
            site = _site(url)
            if site != UNKNOWN_SITE:
                break
        return f"site={site}"
    raise ValueError(f"partition_by must be one of {PARTITIONS} or None, not {by!r}")
