"""The last step of every source: the thread's own repair counts, and quotes when asked for."""

from __future__ import annotations

from newsthread.model import Article
from newsthread.sources._repair import Report

__all__ = ["finish"]


def finish(article: Article, report: Report, quotes: bool) -> Article:
    """Put the thread's own ``report`` (counts per kind) in ``extra["repairs"]``; find quotes."""
    if report.counts:
        article.extra["repairs"] = dict(sorted(report.counts.items()))
    if quotes:
        from newsthread.quotes import annotate

        annotate(article)
    return article
