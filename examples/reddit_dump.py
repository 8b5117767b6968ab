"""Read a Reddit-dump-shaped file (threads interleaved, zstd-compressed) into threads, audit and save them.

Run: python examples/reddit_dump.py [output-directory]

The dump is generated here (2,000 comments over 40 submissions, in time order, with a few of the messy
records real dumps have); it is then read with a small spill budget, so that the bucket grouping that
keeps memory bounded on a 10-million-comment file is what runs.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from newsthread import thread_stats
from newsthread.serialize import read_jsonl, write_jsonl
from newsthread.sources import Report, read_convokit, read_reddit_dump, write_convokit


def make_dump(path: Path, comments: int = 2000, threads: int = 40) -> None:
    rng = random.Random(3)
    rows = []
    seen: dict[int, list[str]] = {}  # thread -> its comment ids so far
    for n in range(comments):
        thread = rng.randrange(threads)
        earlier = seen.setdefault(thread, [])
        parent = f"t1_{rng.choice(earlier)}" if earlier and rng.random() < 0.7 else f"t3_s{thread}"
        rows.append((f"k{n}", thread, parent))
        earlier.append(f"k{n}")
    lines = []
    for n, (cid, thread, parent) in enumerate(rows):
        body = "[deleted]" if n % 97 == 0 else f"comment {n}"
        created = str(1_600_000_000 + n) if n % 50 == 0 else 1_600_000_000 + n  # dump years differ
        lines.append(
            {
                "id": cid,
                "parent_id": parent,
                "link_id": f"t3_s{thread}",
                "author": f"user{n % 31}",
                "body": body,
                "created_utc": created,
                "score": n % 7,
                "edited": False,
            }
        )
    lines.append(dict(lines[5]))  # the same comment twice
    lines.append(
        {"id": "lost", "parent_id": "t1_gone", "link_id": "t3_s1", "body": "parent never archived"}
    )
    data = "".join(json.dumps(line) + "\n" for line in lines).encode()
    try:
        import zstandard
    except ImportError:
        path.with_suffix(".ndjson").write_bytes(data)
    else:
        path.write_bytes(zstandard.ZstdCompressor().compress(data))


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "reddit-example")
    out.mkdir(parents=True, exist_ok=True)
    dump = out / "RC_2020-09.zst"
    make_dump(dump)
    source = dump if dump.exists() else dump.with_suffix(".ndjson")

    report = Report()
    articles = list(read_reddit_dump(source, grouping="spill", budget=16_384, report=report))
    comments = sum(thread_stats(a).comments for a in articles)
    print(f"{len(articles)} threads, {comments:,} comments")
    print(report)
    biggest = max(articles, key=lambda a: thread_stats(a).comments)
    stats = thread_stats(biggest)
    print(
        f"largest thread {biggest.extra['id']}: {stats.comments} comments, depth {stats.max_depth}, "
        f"{stats.deleted} deleted"
    )

    write_jsonl(articles, out / "threads.jsonl")
    assert list(read_jsonl(out / "threads.jsonl")) == articles
    write_convokit(articles, out / "corpus")
    assert list(read_convokit(out / "corpus")) == articles
    print(f"saved {out / 'threads.jsonl'} and the ConvoKit corpus {out / 'corpus'}")


if __name__ == "__main__":
    main()
