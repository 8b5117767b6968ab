"""Reading a Reddit dump: newsthread's streaming reader against a dict-of-lists rebuild and ConvoKit.

Run: PYTHONPATH=src python benchmarks/sources_bench.py [--comments 1000000] [--dir /tmp/nt-bench]

With ``--disqus``, a Disqus XML export of that many posts instead (every
thread first, then the posts in time order): ``read_disqus`` spilled and in
memory against ``ElementTree.parse`` of the whole file and a dict of lists.

A Reddit-dump-shaped file (Pushshift ``RC_*`` fields) is generated once: threads
of Zipf-like sizes whose comments are written in time order, so each thread's
comments are spread over the whole file. Each contender runs in its own
process (peak memory is that process's VmHWM, GC on):

- ``newsthread spill``: ``read_reddit_dump`` with the default grouping (spills
  to buckets of 64 MiB), every Article built and dropped;
- ``newsthread spill (stdlib json)``: the same without msgspec (the ``fast`` extra);
- ``newsthread memory``: the same with ``grouping="memory"``;
- ``dict of lists``: json.loads each line, group the records by ``link_id``
  in a dict of lists, then per thread a dict of child lists keyed by parent;
- ``convokit``: json.loads each line, one ``Utterance`` per comment, one
  ``Corpus(utterances=...)`` (ConvoKit's own loading from records).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

WORDS = [
    "the",
    "ferry",
    "council",
    "harbor",
    "vote",
    "night",
    "timetable",
    "weather",
    "said",
    "would",
    "could",
    "late",
    "again",
]


def generate(path: Path, comments: int, seed: int = 7) -> None:
    """Threads of Zipf-like sizes; lines sorted by time, so threads interleave."""
    rng = random.Random(seed)
    sizes: list[int] = []
    left = comments
    while left > 0:
        size = min(left, max(1, int(rng.paretovariate(1.2) * 4)), 20_000)
        sizes.append(size)
        left -= size
    rows = []
    for thread, size in enumerate(sizes):
        link = f"t3_{thread:x}"
        start = rng.uniform(0, 86_400 * 30)
        ids: list[str] = []
        for n in range(size):
            cid = f"{thread:x}x{n:x}"
            parent = link if not ids or rng.random() < 0.3 else "t1_" + rng.choice(ids[-50:])
            ids.append(cid)
            rows.append((start + n * rng.uniform(1, 600), cid, parent, link))
    rows.sort()
    with open(path, "w", encoding="utf-8") as out:
        for created, cid, parent, link in rows:
            body = " ".join(rng.choices(WORDS, k=rng.randint(5, 40)))
            record = {
                "id": cid,
                "name": f"t1_{cid}",
                "parent_id": parent,
                "link_id": link,
                "author": f"user{rng.randint(1, 50_000)}",
                "created_utc": 1_600_000_000 + int(created),
                "edited": False,
                "body": body if rng.random() > 0.05 else "[deleted]",
                "score": rng.randint(-5, 500),
                "distinguished": None,
                "subreddit": "bench",
                "retrieved_on": 1_700_000_000,
            }
            out.write(json.dumps(record) + "\n")
    print(f"generated {comments:,} comments in {len(sizes):,} threads (largest {max(sizes):,})")


def _sizes(rng: random.Random, comments: int) -> list[int]:
    sizes: list[int] = []
    left = comments
    while left > 0:
        size = min(left, max(1, int(rng.paretovariate(1.2) * 4)), 20_000)
        sizes.append(size)
        left -= size
    return sizes


def generate_disqus(path: Path, posts: int, seed: int = 7) -> None:
    """A Disqus export: every <thread> first, then the posts in time order (threads interleave)."""
    rng = random.Random(seed)
    sizes = _sizes(rng, posts)
    rows = []
    for thread, size in enumerate(sizes):
        start = rng.uniform(0, 86_400 * 30)
        for n in range(size):
            parent = -1 if n == 0 or rng.random() < 0.3 else rng.randrange(max(0, n - 50), n)
            rows.append((start + n * rng.uniform(1, 600), thread, n, parent))
    rows.sort()
    with open(path, "w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com" '
            'xmlns:dsq="http://disqus.com/disqus-internals">\n'
        )
        for thread in range(len(sizes)):
            out.write(
                f'<thread dsq:id="{thread}"><id>story-{thread}</id>'
                f"<link>https://news.example.com/{thread}</link><title>Story {thread}</title>"
                "<message></message><createdAt>2021-03-01T09:00:00Z</createdAt>"
                "<author><name>Desk</name></author><isClosed>false</isClosed>"
                "<isDeleted>false</isDeleted></thread>\n"
            )
        for created, thread, n, parent in rows:
            body = " ".join(rng.choices(WORDS, k=rng.randint(5, 40)))
            link = f'<parent dsq:id="{thread}x{parent}"/>' if parent >= 0 else ""
            out.write(
                f'<post dsq:id="{thread}x{n}"><id/><message><![CDATA[<p>{body}</p>]]></message>'
                f"<createdAt>2021-03-{1 + int(created) // 86_400:02d}T10:00:00Z</createdAt>"
                f"<isDeleted>false</isDeleted><isSpam>false</isSpam>"
                f"<author><name>user{rng.randint(1, 50_000)}</name></author>"
                f'<thread dsq:id="{thread}"/>{link}</post>\n'
            )
        out.write("</disqus>\n")
    print(f"generated {posts:,} posts in {len(sizes):,} threads (largest {max(sizes):,})")


def run_disqus(path: str, grouping: str) -> tuple[int, int]:
    from newsthread.sources import Report, read_disqus

    threads = comments = 0
    budget = int(os.environ.get("NT_BUDGET_MIB", "64")) << 20
    for article in read_disqus(path, grouping=grouping, report=Report(), budget=budget):  # type: ignore[arg-type]
        threads += 1
        comments += sum(1 for _ in article.iter_comments())
    return threads, comments


def run_etree(path: str) -> tuple[int, int]:
    """The plain way: ElementTree.parse the whole export, then a dict of lists per thread."""
    from xml.etree import ElementTree

    ns = "{http://disqus.com}"
    dsq = "{http://disqus.com/disqus-internals}id"
    root = ElementTree.parse(path).getroot()
    threads = {t.get(dsq) for t in root.iter(ns + "thread") if len(t)}
    groups: dict[str | None, list[dict[str, object]]] = {}
    for post in root.iter(ns + "post"):
        thread = post.find(ns + "thread")
        parent = post.find(ns + "parent")
        groups.setdefault(thread.get(dsq) if thread is not None else None, []).append(
            {
                "id": post.get(dsq),
                "parent": parent.get(dsq) if parent is not None else None,
                "text": post.findtext(ns + "message"),
                "author": post.findtext(f"{ns}author/{ns}name"),
            }
        )
    return len(threads | set(groups)), sum(len(v) for v in groups.values())


def run_newsthread(path: str, grouping: str) -> tuple[int, int]:
    from newsthread.sources import Report, read_reddit_dump

    report = Report()
    threads = comments = 0
    budget = int(os.environ.get("NT_BUDGET_MIB", "64")) << 20
    for article in read_reddit_dump(path, grouping=grouping, report=report, budget=budget):  # type: ignore[arg-type]
        threads += 1
        comments += sum(1 for _ in article.iter_comments())
    return threads, comments


def run_dict(path: str) -> tuple[int, int]:
    groups: dict[str, list[dict[str, object]]] = {}
    with open(path, "rb") as stream:
        for line in stream:
            record = json.loads(line)
            groups.setdefault(record["link_id"], []).append(record)
    comments = 0
    for records in groups.values():
        children: dict[str, list[dict[str, object]]] = {}
        for record in records:
            children.setdefault(str(record["parent_id"])[3:], []).append(record)
        comments += len(records)
    return len(groups), comments


def run_convokit(path: str) -> tuple[int, int]:
    from convokit import Corpus, Speaker, Utterance

    speakers: dict[str, Speaker] = {}
    utterances = []
    with open(path, "rb") as stream:
        for line in stream:
            r = json.loads(line)
            name = r["author"]
            speaker = speakers.get(name) or speakers.setdefault(name, Speaker(id=name))
            parent = r["parent_id"]
            utterances.append(
                Utterance(
                    id=r["id"],
                    speaker=speaker,
                    conversation_id=r["link_id"],
                    reply_to=None if parent.startswith("t3_") else parent[3:],
                    timestamp=r["created_utc"],
                    text=r["body"],
                    meta={"score": r["score"]},
                )
            )
    corpus = Corpus(utterances=utterances)
    return len(list(corpus.iter_conversations())), len(list(corpus.iter_utterances()))


def child(name: str, path: str) -> None:
    gc.enable()
    start = time.perf_counter()
    if name.endswith("(stdlib json)"):  # without the ``fast`` extra: json.loads per line
        from newsthread.sources import _fields

        _fields.decode = json.loads
    if name.startswith("disqus newsthread"):
        threads, comments = run_disqus(path, name.split()[2])
    elif name == "disqus ElementTree":
        threads, comments = run_etree(path)
    elif name.startswith("newsthread"):
        threads, comments = run_newsthread(path, name.split()[1])
    elif name == "dict of lists":
        threads, comments = run_dict(path)
    else:
        threads, comments = run_convokit(path)
    seconds = time.perf_counter() - start
    print(
        json.dumps({"threads": threads, "comments": comments, "seconds": seconds, "peak": _peak()})
    )


def _peak() -> int:
    """This process's peak resident memory, in bytes.

    VmHWM, not getrusage's ru_maxrss: that one survives exec, so a child would
    report its parent's peak (the generator holds the whole file's rows).
    """
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--comments", type=int, default=1_000_000)
    parser.add_argument("--dir", default="/tmp/nt-sources-bench")
    parser.add_argument("--only", action="append", help="run only these contenders")
    parser.add_argument("--budget", type=int, default=64, help="spill budget in MiB")
    parser.add_argument("--disqus", action="store_true", help="a Disqus XML export instead")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    directory = Path(args.dir)
    directory.mkdir(parents=True, exist_ok=True)
    if args.disqus:
        path = directory / f"disqus_bench_{args.comments}.xml"
        if not path.exists():
            generate_disqus(path, args.comments)
    else:
        path = directory / f"RC_bench_{args.comments}.ndjson"
        if not path.exists():
            generate(path, args.comments)
    size = path.stat().st_size
    print(
        f"{path.name}: {size / 2**20:,.0f} MiB; Python {sys.version.split()[0]}; "
        f"spill budget {args.budget} MiB"
    )
    disqus = ["disqus newsthread spill", "disqus newsthread memory", "disqus ElementTree"]
    reddit = [
        "newsthread spill",
        "newsthread spill (stdlib json)",
        "newsthread memory",
        "dict of lists",
        "convokit",
    ]
    names = args.only or (disqus if args.disqus else reddit)
    results = {}
    for name in names:
        out = subprocess.run(
            [sys.executable, __file__, "--child", name, str(path)],
            capture_output=True,
            text=True,
            env={**os.environ, "NT_BUDGET_MIB": str(args.budget)},
            check=False,
        )
        if out.returncode:
            print(f"{name}: failed\n{out.stderr[-2000:]}")
            continue
        results[name] = json.loads(out.stdout.strip().splitlines()[-1])
    base = results.get("dict of lists")
    base = base or results.get("disqus ElementTree")
    print("| contender | threads | comments | s | comments/s | vs the plain way | peak MiB |")
    print("|---|---|---|---|---|---|---|")
    for name, r in results.items():
        rate = r["comments"] / r["seconds"]
        ratio = f"{rate / (base['comments'] / base['seconds']):.2f}x" if base else "-"
        print(
            f"| {name} | {r['threads']:,} | {r['comments']:,} | {r['seconds']:.1f} | {rate:,.0f} | {ratio} | "
            f"{r['peak'] / 2**20:,.0f} |"
        )


if __name__ == "__main__":
    main()
