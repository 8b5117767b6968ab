"""Whole news pages written by hand before the code read them (tests/data/html/news_unseen/):
main text, title, authors, publication day and the comment thread of each, against
``expected.json`` beside the pages.

Run by hand: ``PYTHONPATH=src python benchmarks/html_unseen_news.py [-v] [--dir DIR] [--tools DIR]
[--trafilatura]`` (``--dir`` scores another folder of pages with its own ``expected.json``, e.g. a
reviewer's batch; ``--trafilatura`` scores trafilatura's reading instead, without threads).
Figures: body exact (the words of the blocks, spacing aside) and 4-gram shingle F1 (html_eval's,
macro over pages); title exact (spacing aside; ``title_alt`` lists other right answers); authors
exact (same names, same order; ``authors_alt`` lists other right lists); day (html_eval's same-day
rule); timestamp (same instant when the expectation has a time, read as the page's local time when
it has no offset); comments: parents and authors right of the comments with text, threads exact
(texts, authors, depths, stubs, order), comments found that no thread has (false comments).
"""

from __future__ import annotations

import importlib
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from newsthread.html import from_html
from newsthread.model import Article

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "html" / "news_unseen"


def _words(text: str) -> list[str]:
    return text.split()


def comment_rows(article: Article) -> list[tuple[int, str | None, str]]:
    """(depth, author, text) of every comment in reading order."""
    return [
        (c.depth - 1, c.author.name if c.author else None, " ".join(c.text.split()))
        for c in article.iter_comments()
    ]


def _with_parents(rows: list[Any]) -> list[tuple[str, str | None, str | None]]:
    stack: list[str] = []
    out = []
    for depth, author, text in rows:
        stack = stack[:depth]
        out.append((text, author, stack[-1] if stack else None))
        stack.append(text)
    return out


def _same_instant(want: str, got: str | None) -> bool:
    if got is None:
        return False
    w = datetime.fromisoformat(want)
    g = datetime.fromisoformat(got).replace(microsecond=0)
    if len(want) <= 10:
        return g.date() == w.date()
    if w.tzinfo is None or g.tzinfo is None:
        return w.replace(tzinfo=None) == g.replace(tzinfo=None)
    return w == g


def score(data: Path, html_eval: Any, verbose: bool) -> dict[str, Any]:
    expected = json.loads((data / "expected.json").read_text(encoding="utf-8"))
    tally: dict[str, float] = dict.fromkeys(
        [
            "body_exact",
            "title",
            "authors",
            "day",
            "instant",
            "f1",
            "parents",
            "authors_c",
            "total_c",
            "exact_threads",
            "threads",
            "extra",
            "false_pages",
            "near_misses",
        ],
        0,
    )
    for name, want in sorted(expected.items()):
        article = from_html((data / f"{name}.html").read_bytes(), quotes=False)
        body = "\n\n".join(b.text for b in article.body)
        gold = "\n\n".join(want["text"])
        body_ok = _words(body) == _words(gold)
        tp, fp, fn = html_eval.shingle_tp_fp_fn(gold, body)
        f1 = html_eval.shingle_metrics([(tp, fp, fn)])[2]
        titles = [want["title"], *want.get("title_alt", [])]
        title_ok = any(_words(article.title or "") == _words(t) for t in titles)
        got_authors = [" ".join(a.name.split()).casefold() for a in article.authors]
        lists = [want["authors"], *want.get("authors_alt", [])]
        authors_ok = any(got_authors == [n.casefold() for n in names] for names in lists)
        published = article.published.isoformat() if article.published else None
        day_ok = html_eval.date_match(want["published"], published)
        instant_ok = _same_instant(want["published"], published)
        got_rows = comment_rows(article)
        want_rows = [tuple(r) for r in want["comments"]]
        got_p, want_p = _with_parents(got_rows), _with_parents(want_rows)
        real = [w for w in want_p if w[0]]
        p = sum(any(g[0] == w[0] and g[2] == w[2] for g in got_p) for w in real)
        a = sum(any(g[0] == w[0] and g[1] == w[1] for g in got_p) for w in real)
        texts = {w[0] for w in want_p}
        extra = sum(1 for g in got_p if g[0] and g[0] not in texts)
        exact = got_rows == [(d, au, " ".join(t.split())) for d, au, t in want_rows]
        for key, value in (
            ("body_exact", body_ok),
            ("title", title_ok),
            ("authors", authors_ok),
            ("day", day_ok),
            ("instant", instant_ok),
            ("f1", f1),
            ("parents", p),
            ("authors_c", a),
            ("total_c", len(real)),
            ("extra", extra),
        ):
            tally[key] += value
        if want_rows:
            tally["threads"] += 1
            tally["exact_threads"] += exact
        else:
            tally["near_misses"] += 1
            tally["false_pages"] += bool(got_rows)
        if verbose and not (body_ok and title_ok and authors_ok and instant_ok and exact):
            print(f"== {name}  body F1 {f1:.3f}")
            if not title_ok:
                print(f"   title {article.title!r} WANT {want['title']!r}")
            if not authors_ok:
                print(f"   authors {[a.name for a in article.authors]!r} WANT {want['authors']!r}")
            if not instant_ok:
                print(f"   published {published} WANT {want['published']}")
            if not body_ok:
                print(f"   body {body[:3000]!r}")
            if not exact:
                print(f"   comments {got_rows!r}\n   WANT     {want_rows!r}")
    tally["pages"] = len(expected)
    return tally


def score_trafilatura(data: Path, html_eval: Any) -> None:
    """trafilatura's reading of the same pages (``html_bench``'s call: comments and metadata
    on): body exact and shingle F1, title exact, html_eval's byline rule, day."""
    from html_bench import run_trafilatura  # the script's folder is on sys.path

    expected = json.loads((data / "expected.json").read_text(encoding="utf-8"))
    exact = f1 = title = byline = day = 0.0
    for name, want in sorted(expected.items()):
        html = (data / f"{name}.html").read_text(encoding="utf-8")
        out = run_trafilatura(html, None)
        gold = "\n\n".join(want["text"])
        exact += _words(out["body"]) == _words(gold)
        f1 += html_eval.shingle_metrics([html_eval.shingle_tp_fp_fn(gold, out["body"])])[2]
        titles = [want["title"], *want.get("title_alt", [])]
        title += any(_words(out["title"]) == _words(t) for t in titles)
        byline += html_eval.author_match(", ".join(want["authors"]), out["author"])
        day += html_eval.date_match(want["published"], out["published"])
    n = len(expected)
    print(
        f"trafilatura, {n} pages: body exact {int(exact)}/{n}, shingle F1 {f1 / n:.3f}; "
        f"title {int(title)}/{n}; byline rule {int(byline)}/{n}; day {int(day)}/{n}"
    )


def main() -> None:
    args = sys.argv[1:]
    verbose = "-v" in args
    data = Path(args[args.index("--dir") + 1]) if "--dir" in args[:-1] else DATA
    tools = (
        args[args.index("--tools") + 1]
        if "--tools" in args[:-1]
        else str(Path(__file__).resolve().parents[2] / "shared" / "tools")
    )
    sys.path.insert(0, tools)
    html_eval = importlib.import_module("html_eval")
    if "--trafilatura" in args:
        score_trafilatura(data, html_eval)
        return
    t = score(data, html_eval, verbose)
    n = int(t["pages"])
    print(
        f"{n} pages: body exact {int(t['body_exact'])}/{n}, shingle F1 {t['f1'] / n:.3f}; "
        f"title {int(t['title'])}/{n}; authors exact {int(t['authors'])}/{n}; "
        f"day {int(t['day'])}/{n}, instant {int(t['instant'])}/{n}"
    )
    print(
        f"comments: parents {int(t['parents'])}/{int(t['total_c'])}, authors "
        f"{int(t['authors_c'])}/{int(t['total_c'])}, exact threads "
        f"{int(t['exact_threads'])}/{int(t['threads'])}, comments in no thread {int(t['extra'])}, "
        f"pages without a thread given comments {int(t['false_pages'])}/{int(t['near_misses'])}"
    )


if __name__ == "__main__":
    main()
