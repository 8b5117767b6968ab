"""The last step of every source: the thread's own repair counts, and quotes when asked for."""

from __future__ import annotations

from collections.abc import Mapping

from newsthread.model import Article
from newsthread.sources._repair import Report

__all__ = ["finish"]


def finish(article: Article, report: Report, before: Mapping[str, int], quotes: bool) -> Article:
    """Put what was repaired in this thread (``report`` now minus ``before``) in ``extra["repairs"]``."""
    repairs = {
        kind: count - before.get(kind, 0)
        for kind, count in sorted(report.counts.items())
        if count != before.get(kind, 0)
    }
    if repairs:
        article.extra["repairs"] = repairs
    if quotes:
        from newsthread.quotes import annotate

        annotate(article)
    return article
