"""Turn a folder of saved pages into Parquet tables on every core, then query them.

Run: python examples/corpus_tables.py [folder] [output-folder]
"""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb

from newsthread.corpus import run_batch
from newsthread.tables import read_parquet_with_ids

HERE = Path(__file__).resolve().parent


def main() -> None:
    pages = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "data" / "corpus"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("corpus-out")
    # Worker processes start by importing this file again: hence the __main__ guard below.
    summary = run_batch([pages], out, jobs=2)
    print(
        f"{summary['run']['pages']} pages read, {summary['run']['skipped']} already done: "
        f"{summary['articles']} articles, {summary['comments']} comments, "
        f"{summary['quotes']} quotes, {summary['errors']} errors"
    )
    comments = duckdb.sql(
        f"""select a.site_name, c.depth, c.author, c.text
            from read_parquet('{out}/comments/*.parquet') as c
            join read_parquet('{out}/articles/*.parquet') as a using (article_id)
            order by a.site_name, c.node"""
    ).fetchall()
    for site, depth, author, text in comments:
        print(f"{site:15} {'  ' * (depth - 1)}{author}: {text}")
    for article_id, article in read_parquet_with_ids(out):
        print(f"{Path(article_id).name}: {article.title!r}, {len(article.body)} blocks")


if __name__ == "__main__":
    main()
