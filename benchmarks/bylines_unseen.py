"""Bylines and publication days on the hand-written news-site fixtures (tests/data/html/bylines_unseen/).

Run by hand: ``PYTHONPATH=src python benchmarks/bylines_unseen.py [-v]``. Three figures: the author
list exact (same names in the same order, case and spacing ignored), html_eval's byline rule (the
joined names share at least half the word tokens), and html_eval's same-day rule for the date.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "tools"))
import html_eval

from newsthread.html import from_html

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "html" / "bylines_unseen"


def _norm(names: list[str]) -> list[str]:
    return [" ".join(n.split()).casefold() for n in names]


def main() -> None:
    verbose = "-v" in sys.argv
    expected = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))
    exact = loose = days = 0
    for name, want in sorted(expected.items()):
        article = from_html((DATA / f"{name}.html").read_bytes(), quotes=False)
        got = [a.name for a in article.authors]
        ok_exact = _norm(got) == _norm(want["authors"])
        ok_loose = html_eval.author_match(", ".join(want["authors"]), ", ".join(got))
        published = article.published.isoformat() if article.published else None
        ok_day = html_eval.date_match(want["published"], published)
        exact, loose, days = exact + ok_exact, loose + ok_loose, days + ok_day
        if verbose and not (ok_exact and ok_day):
            print(
                f"{name:20} authors {got!r:45} {'' if ok_exact else 'WANT ' + repr(want['authors'])}"
            )
            print(f"{'':20} published {published} {'' if ok_day else 'WANT ' + want['published']}")
    n = len(expected)
    print(
        f"{n} pages: authors exact {exact}/{n} ({exact / n:.1%}), byline rule {loose}/{n} "
        f"({loose / n:.1%}), day {days}/{n} ({days / n:.1%})"
    )


if __name__ == "__main__":
    main()
