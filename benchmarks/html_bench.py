"""Quality and speed of HTML import against trafilatura, readability-lxml and newspaper4k.

Run by hand from the repository root::

    PYTHONPATH=src python benchmarks/html_bench.py [--limit N] [--systems newsthread,trafilatura]

Reads ``../shared/devdata/html`` (pages + annotations.json). Main text: a
``with`` snippet found is a true positive, missed a false negative; a
``without`` snippet found is a false positive. Metadata: title, author and date
accuracy over the pages that give the field ("" expects nothing). Comments
(newsthread only, the peers do not keep threads): share of annotated comment
snippets found in the comments and not in the body, and comments / top-level /
maximum depth per page. Speed: pages per second of the whole import, and the
bare lexbor parse for reference.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEVDATA = Path("../shared/devdata/html")
_SPACE = re.compile(r"\s+")


def norm(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def norm_key(text: str | None) -> str:
    return re.sub(r"[\W_]+", " ", norm(text).casefold()).strip()


Result = dict[str, Any]  # text, title, authors (list), date (YYYY-MM-DD or ""), comments...


def run_newsthread(data: bytes, url: str | None) -> Result:
    from newsthread.html import from_html

    article = from_html(data, url=url)
    comments = list(article.iter_comments())
    return {
        "text": "\n".join(block.text for block in article.body),
        "title": article.title or "",
        "authors": [a.name for a in article.authors],
        "date": article.published.date().isoformat() if article.published else "",
        "comments_text": "\n".join(c.text for c in comments),
        "n_comments": len(comments),
        "n_top": len(article.comments),
        "max_depth": max((c.depth for c in comments), default=0),
    }


def run_trafilatura(data: bytes, url: str | None) -> Result:
    import trafilatura

    doc = trafilatura.bare_extraction(
        data, url=url, include_comments=True, with_metadata=True, as_dict=True
    )
    if doc is None:
        return {"text": "", "title": "", "authors": [], "date": ""}
    if not isinstance(doc, dict):
        doc = doc.as_dict()
    author = doc.get("author") or ""
    return {
        "text": doc.get("text") or "",
        "title": doc.get("title") or "",
        "authors": [a for a in author.split("; ") if a],
        "date": (doc.get("date") or "")[:10],
        "comments_text": doc.get("comments") or "",
    }


def run_readability(data: bytes, url: str | None) -> Result:
    import lxml.html
    from readability import Document

    document = Document(data, url=url)
    summary = document.summary(html_partial=True)
    text = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
    return {"text": text, "title": document.short_title() or "", "authors": [], "date": ""}


def run_newspaper(data: bytes, url: str | None) -> Result:
    import newspaper

    article = newspaper.Article(url or "http://example.com/", fetch_images=False)
    article.download(input_html=data.decode("utf-8", "replace"))
    article.parse()
    published = article.publish_date
    return {
        "text": article.text or "",
        "title": article.title or "",
        "authors": list(article.authors),
        "date": published.date().isoformat() if published else "",
    }


SYSTEMS: dict[str, Callable[[bytes, str | None], Result]] = {
    "newsthread": run_newsthread,
    "trafilatura": run_trafilatura,
    "readability-lxml": run_readability,
    "newspaper4k": run_newspaper,
}


def author_ok(expected: str | list[str], got: list[str]) -> bool:
    if isinstance(expected, list):
        expected = "; ".join(expected)
    if not expected:
        return not got
    want = {norm_key(a) for a in re.split(r";|,| and | und ", expected) if norm_key(a)}
    have = {norm_key(a) for a in got if norm_key(a)}
    return want == have or norm_key(expected) == norm_key("; ".join(got))


class Score:
    """Running totals of one system over the pages."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.tp = self.fp = self.fn = self.tn = 0
        self.meta = {"title": [0, 0], "author": [0, 0], "date": [0, 0]}
        self.com_found = self.com_total = 0
        self.per_page: list[tuple[int, int, int]] = []
        self.errors = 0
        self.elapsed = 0.0
        self.pages = 0
        self.rows: list[dict[str, Any]] = []

    def add(self, item: dict[str, Any], data: bytes) -> None:
        url = item["url"] if item["url"].startswith("http") else None
        start = time.perf_counter()
        try:
            result = SYSTEMS[self.name](data, url)
        except Exception as exc:  # a peer failing on a page counts as empty output
            self.errors += 1
            print(
                f"  {self.name} failed on {item['file']}: {type(exc).__name__}: {exc}"[:200],
                file=sys.stderr,
            )
            result = {"text": "", "title": "", "authors": [], "date": ""}
        self.elapsed += time.perf_counter() - start
        self.pages += 1
        text = norm(result["text"])
        for snippet in item["with"]:
            if norm(snippet) in text:
                self.tp += 1
            else:
                self.fn += 1
        for snippet in item["without"]:
            if norm(snippet) in text:
                self.fp += 1
            else:
                self.tn += 1
        meta = self.meta
        if "title" in item:
            meta["title"][1] += 1
            meta["title"][0] += norm_key(item["title"]) == norm_key(result["title"])
        if "author" in item:
            meta["author"][1] += 1
            meta["author"][0] += author_ok(item["author"], result["authors"])
        if "date" in item:
            meta["date"][1] += 1
            meta["date"][0] += (item["date"] or "") == result["date"]
        if item.get("comments") and "comments_text" in result:
            comments = norm(result["comments_text"])
            for snippet in item["comments"]:
                self.com_total += 1
                self.com_found += norm(snippet) in comments and norm(snippet) not in text
        self.rows.append(
            {
                "file": item["file"],
                "title": result["title"],
                "authors": result["authors"],
                "date": result["date"],
            }
        )
        if "n_comments" in result:
            self.per_page.append((result["n_comments"], result["n_top"], result["max_depth"]))

    def summary(self) -> dict[str, Any]:
        tp, fp, fn = self.tp, self.fp, self.fn
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        meta = self.meta
        out: dict[str, Any] = {
            "system": self.name,
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "title": meta["title"][0] / max(1, meta["title"][1]),
            "author": meta["author"][0] / max(1, meta["author"][1]),
            "date": meta["date"][0] / max(1, meta["date"][1]),
            "pages_per_s": self.pages / self.elapsed if self.elapsed else 0.0,
            "errors": self.errors,
        }
        if self.com_total:
            out["comments_found"] = self.com_found / self.com_total
        per_page = self.per_page
        if per_page:
            out["pages_with_comments"] = sum(1 for p in per_page if p[0])
            out["comments_per_page"] = sum(p[0] for p in per_page) / len(per_page)
            out["top_level_per_page"] = sum(p[1] for p in per_page) / len(per_page)
            out["max_depth"] = max((p[2] for p in per_page), default=0)
        return out


def parse_speed(pages: list[bytes]) -> float:
    from selectolax.lexbor import LexborHTMLParser

    from newsthread.html._document import decode_html

    start = time.perf_counter()
    for data in pages:
        LexborHTMLParser(decode_html(data))
    return len(pages) / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEVDATA)
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--systems", default=",".join(SYSTEMS))
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--dump", type=Path, help="write per-page title/author/date of every system here (JSON)"
    )
    args = parser.parse_args(argv)
    if not (args.data / "annotations.json").exists():
        print(f"no devdata at {args.data}", file=sys.stderr)
        return 1
    items = json.loads((args.data / "annotations.json").read_text("utf-8"))
    if args.limit:
        items = items[: args.limit]
    pages = [(args.data / "pages" / item["file"]).read_bytes() for item in items]
    warnings.simplefilter("ignore")
    import logging

    logging.disable(logging.CRITICAL)
    # Page by page, every system in turn: the machine's load drifts, and this way it
    # weighs on all systems alike.
    scores = [Score(name) for name in args.systems.split(",")]
    for item, data in zip(items, pages, strict=True):
        for score in scores:
            score.add(item, data)
    results = [score.summary() for score in scores]
    bare = parse_speed(pages)
    print(f"{len(pages)} pages; bare lexbor parse (decode + parse): {bare:.0f} pages/s\n")
    print("| system | precision | recall | F1 | title | author | date | pages/s | errors |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r['system']} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | "
            f"{r['title']:.3f} | {r['author']:.3f} | {r['date']:.3f} | {r['pages_per_s']:.1f} | {r['errors']} |"
        )
    base = {r["system"]: r for r in results}
    if "newsthread" in base and "trafilatura" in base and base["trafilatura"]["pages_per_s"]:
        ratio = base["newsthread"]["pages_per_s"] / base["trafilatura"]["pages_per_s"]
        print(f"\nspeed newsthread / trafilatura (comments on): {ratio:.1f}x")
        for r in results:
            print(
                f"  {r['system']}: {r['pages_per_s'] / base['trafilatura']['pages_per_s']:.2f}x trafilatura"
            )
    if "newsthread" in base:
        r = base["newsthread"]
        print(f"newsthread at {r['pages_per_s'] / bare:.0%} of the bare parse speed")
        print("\n| comments | newsthread | trafilatura |")
        print("|---|---|---|")
        traf = base.get("trafilatura", {})
        print(
            f"| annotated comment snippets found in comments, not body | "
            f"{r.get('comments_found', 0):.3f} | {traf.get('comments_found', 0):.3f} |"
        )
        print(f"| pages with comments found | {r.get('pages_with_comments', 0)} | - |")
        print(f"| comments per page (mean) | {r.get('comments_per_page', 0):.2f} | - |")
        print(f"| top-level comments per page (mean) | {r.get('top_level_per_page', 0):.2f} | - |")
        print(f"| maximum depth | {r.get('max_depth', 0)} | - |")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    if args.dump:
        dump = {score.name: score.rows for score in scores}
        args.dump.write_text(json.dumps(dump, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
