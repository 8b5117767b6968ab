"""Bylines and publication days on the hand-written news-site fixtures (tests/data/html/bylines_unseen/).

Run by hand: ``PYTHONPATH=src python benchmarks/bylines_unseen.py [-v] [--tools DIR] [--only
PREFIX]``. Figures: the author list exact (same names in the same order, case and spacing
ignored), html_eval's byline rule (the joined names share at least half the word tokens),
html_eval's same-day rule for the date, the title exact (spacing aside; on the pages whose
expectation has one: session 10's, ``s10_*``); then precision: of the pages where the reader names someone, those
whose names are exact, and the pages with no byline (``neg_*``: a kicker, a caption, a tag, a
quoted person, comments and lists of other posts beside the date) where it names no one.
html_eval is imported from ``--tools DIR`` (default ``../shared/tools`` beside the worktree,
the /work/wt-* layout).
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

from newsthread.html import from_html

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "html" / "bylines_unseen"


def _norm(names: list[str]) -> list[str]:
    return [" ".join(n.split()).casefold() for n in names]


def main() -> None:
    verbose = "-v" in sys.argv
    tools = (
        sys.argv[sys.argv.index("--tools") + 1]
        if "--tools" in sys.argv[:-1]
        else str(Path(__file__).resolve().parents[2] / "shared" / "tools")
    )
    sys.path.insert(0, tools)
    html_eval = importlib.import_module("html_eval")
    expected = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))
    if "--only" in sys.argv[:-1]:
        prefix = sys.argv[sys.argv.index("--only") + 1]
        expected = {k: v for k, v in expected.items() if k.startswith(prefix)}
    exact = loose = days = named = named_right = empty = empty_right = titled = titles = 0
    for name, want in sorted(expected.items()):
        article = from_html((DATA / f"{name}.html").read_bytes(), quotes=False)
        got = [a.name for a in article.authors]
        ok_exact = _norm(got) == _norm(want["authors"])
        ok_loose = html_eval.author_match(", ".join(want["authors"]), ", ".join(got))
        published = article.published.isoformat() if article.published else None
        # no date expected (a relative "3 hours ago" only): right when the reader gives none
        ok_day = (
            published is None
            if want["published"] is None
            else html_eval.date_match(want["published"], published)
        )
        exact, days = exact + ok_exact, days + ok_day
        ok_title = "title" not in want or (article.title or "").split() == want["title"].split()
        titled, titles = titled + ("title" in want), titles + ("title" in want and ok_title)
        loose += bool(want["authors"]) and ok_loose  # (html_eval scores bylines only)
        named, named_right = named + bool(got), named_right + (bool(got) and ok_exact)
        if not want["authors"]:
            empty, empty_right = empty + 1, empty_right + (not got)
        if verbose and not (ok_exact and ok_day and ok_title):
            print(
                f"{name:20} authors {got!r:45} {'' if ok_exact else 'WANT ' + repr(want['authors'])}"
            )
            print(
                f"{'':20} published {published} {'' if ok_day else 'WANT ' + str(want['published'])}"
            )
            if not ok_title:
                print(f"{'':20} title {article.title!r} WANT {want['title']!r}")
    n = len(expected)
    bylines = n - empty
    print(
        f"{n} pages: authors exact {exact}/{n} ({exact / n:.1%}), byline rule {loose}/{bylines} "
        f"({loose / bylines:.1%}), day {days}/{n} ({days / n:.1%}); precision {named_right}/{named} "
        f"({named_right / max(named, 1):.1%}), no byline where none {empty_right}/{empty}"
        + (f"; title exact {titles}/{titled} ({titles / titled:.1%})" if titled else "")
    )


if __name__ == "__main__":
    main()
