"""Build a comment thread from database-style rows, inspect it and save it as JSON Lines.

Run: python examples/thread_from_rows.py [output.jsonl]
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from newsthread import Article, Author, Comment, Paragraph, build_thread, thread_stats
from newsthread.serialize import read_jsonl, write_jsonl

ROWS = [  # id, parent id, author, posted (UTC), text
    ("101", None, "ana", "2024-06-03 10:15", "Great piece, thanks."),
    ("102", "101", "ben", "2024-06-03 10:40", "Agreed, though the second half is weaker."),
    ("103", "102", "ana", "2024-06-03 11:02", "Fair point."),
    ("104", None, "cleo", "2024-06-03 12:30", "Source for the figures?"),
    ("105", "999", "dan", "2024-06-03 13:00", "(a reply whose parent was deleted)"),
]


def main() -> None:
    records = [
        (
            Comment(
                id=cid,
                author=Author(name),
                published=datetime.strptime(posted, "%Y-%m-%d %H:%M").replace(tzinfo=UTC),
                text=text,
            ),
            parent,
        )
        for cid, parent, name, posted, text in ROWS
    ]
    article = Article(
        title="Example story", body=[Paragraph("It happened.")], comments=build_thread(records)
    )
    print(article)
    stats = thread_stats(article)
    print(
        f"\n{stats.comments} comments, {stats.top_level} top-level, depth {stats.max_depth}, "
        f"{stats.participants} participants"
    )
    orphan = article.comment("105")
    print(f"comment 105 answers {orphan.in_reply_to!r}, which is missing; kept at {orphan.address}")

    target = sys.argv[1] if len(sys.argv) > 1 else "thread.jsonl"
    write_jsonl([article], target)
    assert next(read_jsonl(target)) == article
    print(f"saved to {target}")


if __name__ == "__main__":
    main()
