"""Speed and memory of the newsthread core against plain Python and the peers, in one run.

Run by hand from the repository root::

    PYTHONPATH=src python benchmarks/core_bench.py [--quick]

Needs the peers: ``pip install msgspec pydantic anytree bigtree``. Every
figure is the best of several repeats with the garbage collector paused (as
``timeit`` does); the data is generated (seeded), so runs are comparable.
Sections follow the "Speed and memory" goals of issue 2: (a) building and
walking a big thread and its memory, (b) JSON dump/load against msgspec and
pydantic, plus the depth at which the peers break, (c) a reply chain 100,000
deep through everything.
"""

from __future__ import annotations

import argparse
import copy
import gc
import importlib.metadata
import json
import pickle
import platform
import random
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs
import msgspec
import pydantic

from newsthread import serialize
from newsthread.model import Article, Author, Comment
from newsthread.render import render_tree
from newsthread.serialize import from_json, to_json
from newsthread.thread import build_thread

Record = tuple[str, str | None, int, int, str, int]  # id, parent id, author, seconds, text, score

REPEATS = 3
PROBE_SECONDS = 300  # per peer, for the whole depth search
T0 = datetime(2024, 6, 3, 10, 0, tzinfo=UTC)


# -- data --------------------------------------------------------------------------


def make_records(n: int, seed: int = 7) -> list[Record]:
    """A realistic thread: 15% top-level comments, replies to recent comments, 5,000 commenters."""
    rnd = random.Random(seed)
    records: list[Record] = []
    for i in range(n):
        parent = None if i < 5 or rnd.random() < 0.15 else str(rnd.randrange(max(0, i - 200), i))
        records.append(
            (
                str(i),
                parent,
                rnd.randrange(5000),
                i * 7,
                f"comment {i}: " + "x" * rnd.randrange(20, 200),
                rnd.randrange(0, 500),
            )
        )
    return records


def make_authors() -> list[Author]:
    return [
        Author(f"user{i}", f"https://example.com/u/{i}" if i % 3 else None) for i in range(5000)
    ]


def make_comments(records: list[Record], authors: list[Author]) -> list[tuple[Comment, str | None]]:
    return [
        (
            Comment(
                id=cid,
                author=authors[a],
                published=T0 + timedelta(seconds=s),
                text=text,
                score=score,
            ),
            parent,
        )
        for cid, parent, a, s, text, score in records
    ]


def make_article(records: list[Record]) -> Article:
    return Article(title="Benchmark", comments=build_thread(make_comments(records, make_authors())))


def chain_records(n: int) -> list[Record]:
    return [(str(i), str(i - 1) if i else None, i % 50, i, f"reply {i}", i % 100) for i in range(n)]


# -- timing ------------------------------------------------------------------------


def best(
    fn: Callable[[], object], repeats: int | None = None, setup: Callable[[], object] | None = None
) -> float:
    """The best CPU time of ``fn`` over the repeats, GC paused; ``setup`` runs untimed before each.

    CPU time of this process, not wall time: on a shared two-core machine the
    other jobs' share of the CPU would otherwise land in the figures.
    """
    times = []
    for _ in range(repeats or REPEATS):
        if setup is not None:
            setup()
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            fn()
            times.append(time.process_time() - start)
        finally:
            gc.enable()
    return min(times)


def fmt(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms" if seconds >= 0.01 else f"{seconds * 1000:.2f} ms"


def table(title: str, header: tuple[str, ...], rows: list[tuple[object, ...]]) -> None:
    print(f"\n### {title}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(str(cell) for cell in row) + " |")


# -- (a) build, walk, memory ----------------------------------------------------------


@attrs.define(slots=True)
class PlainNode:
    """The baseline node: a slotted attrs class with a ``children`` list."""

    id: str
    children: list[PlainNode] = attrs.Factory(list)


def plain_walk(root: PlainNode) -> Iterator[PlainNode]:
    stack = [root]
    pop, extend = stack.pop, stack.extend
    while stack:
        node = pop()
        yield node
        if node.children:
            extend(reversed(node.children))


def plain_walk_count(root: PlainNode) -> int:
    count = 0
    stack = [root]
    pop, extend = stack.pop, stack.extend
    while stack:
        node = pop()
        count += 1
        if node.children:
            extend(reversed(node.children))
    return count


def section_a(n: int) -> None:
    print(f"\n## (a) A thread of {n:,} comments\n")
    records = make_records(n)
    authors = make_authors()
    pairs = [(cid, parent) for cid, parent, *_ in records]

    def child_lists(pairs: list[tuple[Any, str | None]]) -> dict[str | None, list[Any]]:
        children: dict[str | None, list[Any]] = {}
        for item, parent in pairs:
            kids = children.get(parent)
            if kids is None:
                children[parent] = [item]
            else:
                kids.append(item)
        return children

    link_times, same_times = [], []
    for _ in range(REPEATS):  # build_thread needs parentless comments: fresh ones for each repeat
        made = make_comments(records, authors)
        same_times.append(best(lambda made=made: child_lists(made), repeats=1))
        link_times.append(best(lambda made=made: build_thread(made), repeats=1))
        del made
    link_only, same_records = min(link_times), min(same_times)
    whole = best(lambda: build_thread(make_comments(records, authors)))
    dict_time = best(lambda: child_lists(pairs))
    table(
        "Build from flat records",
        (
            "what",
            "newsthread",
            "dict of child lists: of ids",
            "ratio",
            "of the same records",
            "ratio",
        ),
        [
            (
                "link only: build_thread on ready (Comment, parent id) records",
                fmt(link_only),
                fmt(dict_time),
                f"{link_only / dict_time:.2f}x",
                fmt(same_records),
                f"{link_only / same_records:.2f}x",
            ),
            (
                "whole path: tuples -> Comments -> tree",
                fmt(whole),
                fmt(dict_time),
                f"{whole / dict_time:.2f}x",
                "",
                "",
            ),
        ],
    )

    article = Article(comments=build_thread(make_comments(records, authors)))
    nodes: dict[str, PlainNode] = {cid: PlainNode(cid) for cid, _ in pairs}
    plain_root = PlainNode("root")
    for cid, parent in pairs:
        (plain_root if parent is None else nodes[parent]).children.append(nodes[cid])
    assert sum(1 for _ in article.walk()) == plain_walk_count(plain_root) == n + 1
    walk = best(lambda: sum(1 for _ in article.walk()))
    plain_gen = best(lambda: sum(1 for _ in plain_walk(plain_root)))
    plain_loop = best(lambda: plain_walk_count(plain_root))
    table(
        "Full pre-order walk",
        ("walk", "time", "vs plain generator", "vs plain inline loop"),
        [
            (
                "article.walk() (newsthread)",
                fmt(walk),
                f"{walk / plain_gen:.2f}x",
                f"{walk / plain_loop:.2f}x",
            ),
            (
                "plain attrs nodes, explicit-stack generator",
                fmt(plain_gen),
                "1.00x",
                f"{plain_gen / plain_loop:.2f}x",
            ),
            ("plain attrs nodes, explicit-stack inline loop", fmt(plain_loop), "", "1.00x"),
        ],
    )
    article = nodes = plain_root = None  # free them before measuring memory
    memory(records, authors)


def memory(records: list[Record], authors: list[Author]) -> None:
    """What the tree keeps per comment: ids, texts, scores and authors exist before and are not counted."""
    n = len(records)
    gc.collect()
    tracemalloc.start()
    published = [T0 + timedelta(seconds=r[3]) for r in records]
    comments = [
        Comment(id=r[0], author=authors[r[2]], published=published[i], text=r[4], score=r[5])
        for i, r in enumerate(records)
    ]
    objects = (
        tracemalloc.get_traced_memory()[0] - sys.getsizeof(published) - sys.getsizeof(comments)
    )
    pairs = [(c, r[1]) for c, r in zip(comments, records, strict=True)]
    article = Article(comments=build_thread(pairs))
    del pairs, published
    gc.collect()
    kept = tracemalloc.get_traced_memory()[0] - sys.getsizeof(comments)
    tracemalloc.stop()
    one = comments[0]
    assert one.published is not None
    size_comment, size_date = sys.getsizeof(one), sys.getsizeof(one.published)
    reply_lists = sum(sys.getsizeof(c.replies) for c in comments if type(c.replies) is list)
    reply_tuples = sum(sys.getsizeof(tuple(c.replies)) for c in comments if type(c.replies) is list)
    parents = sum(1 for c in comments if c.replies)
    big_scores = sum(sys.getsizeof(r[5]) for r in records if r[5] > 256)
    author_bytes = sum(
        sys.getsizeof(a) + sys.getsizeof(a.name) + (sys.getsizeof(a.url) if a.url else 0)
        for a in authors
    )
    table(
        f"Memory per comment beyond its text ({n:,} comments, tracemalloc)",
        ("part", "bytes per comment"),
        [
            (f"Comment object: 13 slots + GC header (sys.getsizeof {size_comment})", size_comment),
            (
                f"published: aware datetime, shared UTC tzinfo (sys.getsizeof {size_date})",
                size_date,
            ),
            (
                f"reply lists: {parents:,} comments have replies, {reply_lists / max(parents, 1):.0f} bytes per list, spread over all",
                f"{reply_lists / n:.1f}",
            ),
            (
                "**measured by tracemalloc: all the tree keeps (objects, datetimes, lists, article)**",
                f"**{kept / n:.0f}**",
            ),
            (
                "the same if build_thread stored replies as exact-size tuples (proposal)",
                f"{(kept - reply_lists + reply_tuples) / n:.0f}",
            ),
            ("(of which objects + datetimes, before linking)", f"{objects / n:.0f}"),
            (
                "not counted: score ints (the scores > 256 here; smaller ones are shared)",
                f"{big_scores / n:.1f}",
            ),
            (
                "not counted: 5,000 shared Author objects with names and urls, spread over all",
                f"{author_bytes / n:.1f}",
            ),
            (
                f"not counted: the id string (here {sys.getsizeof(records[0][0])} to {sys.getsizeof(records[-1][0])} bytes), like the text",
                "-",
            ),
        ],
    )
    del article


# -- (b) JSON against msgspec and pydantic ------------------------------------------


class MAuthor(msgspec.Struct, frozen=True):
    name: str
    url: str | None = None


class MComment(msgspec.Struct, omit_defaults=True):
    id: str
    author: MAuthor | None = None
    published: datetime | None = None
    text: str = ""
    score: int | None = None
    status: str = "published"
    replies: list[MComment] = []


class MArticle(msgspec.Struct, omit_defaults=True):
    schema_version: int
    title: str | None = None
    comments: list[MComment] = []


class MRecord(msgspec.Struct, omit_defaults=True):
    node: int
    parent: int | None
    type: str
    id: str | None = None
    title: str | None = None
    author: MAuthor | None = None
    published: datetime | None = None
    text: str = ""
    score: int | None = None


class MFlat(msgspec.Struct):
    schema_version: int
    records: list[MRecord]


class PAuthor(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(frozen=True)
    name: str
    url: str | None = None


class PComment(pydantic.BaseModel):
    id: str
    author: PAuthor | None = None
    published: datetime | None = None
    text: str = ""
    score: int | None = None
    status: str = "published"
    replies: list[PComment] = []


class PArticle(pydantic.BaseModel):
    schema_version: int
    title: str | None = None
    comments: list[PComment] = []


class PRecord(pydantic.BaseModel):
    node: int
    parent: int | None
    type: str
    id: str | None = None
    title: str | None = None
    author: PAuthor | None = None
    published: datetime | None = None
    text: str = ""
    score: int | None = None


class PFlat(pydantic.BaseModel):
    schema_version: int
    records: list[PRecord]


class PNode(pydantic.BaseModel):
    id: str
    replies: list[PNode] = []


class MNode(msgspec.Struct):
    id: str
    replies: list[MNode] = []


def peer_trees(records: list[Record]) -> tuple[Any, Any, Any, Any]:
    mauthors = [MAuthor(a.name, a.url) for a in make_authors()]
    pauthors = [PAuthor(name=a.name, url=a.url) for a in make_authors()]
    mnodes: dict[str, Any] = {}
    pnodes: dict[str, Any] = {}
    mtop: list[Any] = []
    ptop: list[Any] = []
    mrecords = [MRecord(0, None, "article", title="Benchmark")]
    precords = [PRecord(node=0, parent=None, type="article", title="Benchmark")]
    position = {None: 0}
    for index, (cid, parent, a, s, text, score) in enumerate(records, start=1):
        when = T0 + timedelta(seconds=s)
        mc = MComment(cid, mauthors[a], when, text, score)
        pc = PComment(id=cid, author=pauthors[a], published=when, text=text, score=score)
        (mtop if parent is None else mnodes[parent].replies).append(mc)
        (ptop if parent is None else pnodes[parent].replies).append(pc)
        mnodes[cid], pnodes[cid] = mc, pc
        position[cid] = index
        kw = {"id": cid, "published": when, "text": text, "score": score}
        mrecords.append(MRecord(index, position[parent], "comment", author=mauthors[a], **kw))
        precords.append(
            PRecord(node=index, parent=position[parent], type="comment", author=pauthors[a], **kw)
        )
    return (
        MArticle(1, "Benchmark", mtop),
        PArticle(schema_version=1, title="Benchmark", comments=ptop),
        MFlat(1, mrecords),
        PFlat(schema_version=1, records=precords),
    )


def section_b(n: int) -> None:
    print(f"\n## (b) JSON, {n:,} comments\n")
    records = make_records(n)
    article = make_article(records)
    marticle, particle, mflat, pflat = peer_trees(records)
    accelerated = serialize._accelerator

    def pure(fn: Callable[[], object]) -> Callable[[], object]:
        def run() -> object:
            serialize._accelerator = lambda: None
            try:
                return fn()
            finally:
                serialize._accelerator = accelerated

        return run

    rows = []
    for form, flat, mdoc, mtype, pdoc, ptype in (
        ("nested", False, marticle, MArticle, particle, PArticle),
        ("flat", True, mflat, MFlat, pflat, PFlat),
    ):
        text = to_json(article, flat=flat)
        assert from_json(text) == article
        assert pure(lambda flat=flat: to_json(article, flat=flat))() == text
        mtext = msgspec.json.encode(mdoc)
        ptext = pdoc.model_dump_json(exclude_defaults=True)
        assert msgspec.json.decode(mtext, type=mtype) == mdoc
        assert ptype.model_validate_json(ptext) == pdoc
        fast_dump = best(lambda flat=flat: to_json(article, flat=flat))
        fast_load = best(lambda text=text: from_json(text))
        pure_dump = best(pure(lambda flat=flat: to_json(article, flat=flat)))
        pure_load = best(pure(lambda text=text: from_json(text)))
        mdump = best(lambda mdoc=mdoc: msgspec.json.encode(mdoc))
        mload = best(lambda mtext=mtext, mtype=mtype: msgspec.json.decode(mtext, type=mtype))
        pdump = best(lambda pdoc=pdoc: pdoc.model_dump_json(exclude_defaults=True))
        pload = best(lambda ptext=ptext, ptype=ptype: ptype.model_validate_json(ptext))
        for op, fast, slow, ms, pd in (
            ("dump", fast_dump, pure_dump, mdump, pdump),
            ("load", fast_load, pure_load, mload, pload),
        ):
            rows.append(
                (
                    f"{form} {op}",
                    fmt(fast),
                    fmt(slow),
                    fmt(ms),
                    fmt(pd),
                    f"{fast / ms:.1f}x",
                    f"{fast / pd:.2f}x",
                    f"{slow / pd:.2f}x",
                    f"{len(text) / 1e6:.1f} MB",
                )
            )
    table(
        "Dump and load (newsthread to_json/from_json with msgspec installed, and pure; "
        "msgspec Struct encode/decode; pydantic v2 model_dump_json/model_validate_json)",
        (
            "",
            "newsthread + msgspec",
            "newsthread pure",
            "msgspec",
            "pydantic",
            "+msgspec vs msgspec (goal <= 2x)",
            "+msgspec vs pydantic (goal < 1x)",
            "pure vs pydantic",
            "newsthread JSON",
        ),
        rows,
    )
    print(
        "\nmsgspec and pydantic flat loads give a list of records; newsthread also links them into the tree."
    )


# -- (b) where the peers break on depth --------------------------------------------------

PROBES = (
    "anytree: build (parent=)",
    "anytree: DictExporter",
    "bigtree: tree_to_nested_dict",
    "attrs: ==",
    "attrs: repr",
    "attrs.asdict",
    "cattrs: unstructure",
    "cattrs: structure",
    "json.dumps (nested dicts)",
    "json.loads",
    "pickle.dumps (attrs chain)",
    "copy.deepcopy (attrs chain)",
    "pydantic: model_dump_json",
    "pydantic: model_validate_json",
    "msgspec: json.encode",
    "msgspec: json.decode",
)


@attrs.define
class AttrsNode:
    id: str
    replies: list[AttrsNode] = attrs.Factory(list)


def _attrs_chain(depth: int) -> AttrsNode:
    root = node = AttrsNode("0")
    for i in range(1, depth):
        kid = AttrsNode(str(i))
        node.replies.append(kid)
        node = kid
    return root


def _dict_chain(depth: int) -> dict[str, Any]:
    root = node = {"id": "0", "replies": []}
    for i in range(1, depth):
        kid: dict[str, Any] = {"id": str(i), "replies": []}
        node["replies"].append(kid)
        node = kid
    return root


def probe(name: str, depth: int) -> None:
    """Run one peer operation on a chain ``depth`` deep (in a child process: a crash is a result too)."""
    if name.startswith("anytree"):
        import anytree
        from anytree.exporter import DictExporter

        root = node = anytree.Node("0")
        for i in range(1, depth):
            node = anytree.Node(str(i), parent=node)
        if name.endswith("DictExporter"):
            DictExporter().export(root)
    elif name.startswith("bigtree"):
        import bigtree

        root = node = bigtree.Node("0")
        for i in range(1, depth):
            kid = bigtree.Node(str(i))
            kid.parent = node
            node = kid
        bigtree.tree_to_nested_dict(root)
    elif name.startswith(("attrs", "cattrs", "pickle", "copy")):
        import cattrs

        chain = _attrs_chain(depth)
        operations: dict[str, Callable[[], object]] = {
            "attrs: ==": lambda: chain == _attrs_chain(depth),
            "attrs: repr": lambda: repr(chain),
            "attrs.asdict": lambda: attrs.asdict(chain),
            "cattrs: unstructure": lambda: cattrs.Converter().unstructure(chain),
            "cattrs: structure": lambda: cattrs.Converter().structure(
                _dict_chain(depth), AttrsNode
            ),
            "pickle.dumps (attrs chain)": lambda: pickle.dumps(chain),
            "copy.deepcopy (attrs chain)": lambda: copy.deepcopy(chain),
        }
        operations[name]()
    elif name.startswith("json"):
        if name == "json.loads":
            json.loads('{"id":"0","replies":[' * depth + "]}" * depth)
        else:
            json.dumps(_dict_chain(depth))
    else:
        text = '{"id":"0","replies":[' * depth + "]}" * depth
        if name.startswith("pydantic"):
            if name.endswith("validate_json"):
                PNode.model_validate_json(text)
            else:
                root = node = PNode(id="0")
                for i in range(1, depth):
                    kid = PNode(id=str(i))
                    node.replies.append(kid)
                    node = kid
                root.model_dump_json()
        else:
            if name.endswith("decode"):
                msgspec.json.decode(text, type=MNode)
            else:
                root = node = MNode("0")
                for i in range(1, depth):
                    kid = MNode(str(i))
                    node.replies.append(kid)
                    node = kid
                msgspec.json.encode(root)


def describe(error: BaseException) -> str:
    """The exception's class, and what it wraps (cattrs' groups, pydantic's error type)."""
    name = type(error).__name__
    if isinstance(error, BaseExceptionGroup):
        leaf: BaseException = error
        while isinstance(leaf, BaseExceptionGroup):
            leaf = leaf.exceptions[0]
        return f"{name} of {type(leaf).__name__}"
    if isinstance(error, pydantic.ValidationError):
        return f"{name} ({error.errors()[0]['type']})"
    if error.__cause__ is not None:
        return f"{name} from {type(error.__cause__).__name__}"
    return f"{name}: {str(error)[:60]}" if not isinstance(error, RecursionError) else name


def search_depth(name: str, limit: int) -> dict[str, Any]:
    """In this process: the smallest depth (to 2%) at which the operation raises, or None."""

    def fails(depth: int) -> str | None:
        try:
            probe(name, depth)
        except Exception as error:
            return describe(error)
        return None

    low, high, error = 0, None, None
    depth = 64
    while high is None and low < limit:
        depth = min(depth, limit)
        error = fails(depth)
        if error:
            high = depth
        else:
            low, depth = depth, depth * 2
    if high is not None:
        while high - low > 1 + low // 50:
            mid = (low + high) // 2
            failure = fails(mid)
            if failure:
                high, error = mid, failure
            else:
                low = mid
    return {"low": low, "high": high, "error": error}


def section_depth(limit: int) -> None:
    """Each peer in a child process of its own: a crash is reported, not fatal."""
    rows = []
    for name in PROBES:
        try:
            done = subprocess.run(
                [sys.executable, __file__, "--probe", name, str(limit)],
                capture_output=True,
                text=True,
                timeout=PROBE_SECONDS,
            )
        except subprocess.TimeoutExpired:
            rows.append((name, f"no answer within {PROBE_SECONDS} s", ""))
            continue
        if done.returncode != 0:
            rows.append(
                (name, f"crashed (exit status {done.returncode})", done.stderr.strip()[-80:])
            )
            continue
        found = json.loads(done.stdout.strip().splitlines()[-1])
        if found["high"] is None:
            rows.append((name, f"works at {limit:,}", ""))
        else:
            rows.append(
                (name, f"fails at {found['high']:,} (works at {found['low']:,})", found["error"])
            )
    table(
        f"Reply chains at the default recursion limit ({sys.getrecursionlimit()}): where each peer breaks",
        ("operation", "depth", "exception caught"),
        rows,
    )


# -- (c) a deep reply chain through newsthread -----------------------------------------------


def section_c(depth: int) -> None:
    records = chain_records(depth)
    authors = make_authors()
    article = Article(title="chain", comments=build_thread(make_comments(records, authors)))
    other = Article(title="chain", comments=build_thread(make_comments(records, authors)))
    nested, flat = to_json(article), to_json(article, flat=True)
    pickled = pickle.dumps(article)
    copied = copy.deepcopy(article)
    assert sum(1 for _ in article.walk()) == depth + 1
    assert article == other == copied == pickle.loads(pickled)
    assert from_json(nested) == article
    assert from_json(flat) == article
    assert len(render_tree(article).splitlines()) == depth + 1
    rows = [
        (
            "build (Comments from tuples + build_thread)",
            best(lambda: build_thread(make_comments(records, authors))),
        ),
        ("walk (article.walk())", best(lambda: sum(1 for _ in article.walk()))),
        ("== (two equal chains)", best(lambda: article == other)),
        ("repr (every node)", best(lambda: [repr(n) for n in article.walk()])),
        ("copy.deepcopy", best(lambda: copy.deepcopy(article))),
        ("pickle.dumps", best(lambda: pickle.dumps(article))),
        ("pickle.loads", best(lambda: pickle.loads(pickled))),
        ("to_json nested", best(lambda: to_json(article))),
        ("from_json nested", best(lambda: from_json(nested))),
        ("to_json flat", best(lambda: to_json(article, flat=True))),
        ("from_json flat", best(lambda: from_json(flat))),
        ("render_tree", best(lambda: render_tree(article))),
    ]
    table(
        f"A reply chain {depth:,} deep through newsthread (recursion limit {sys.getrecursionlimit()}; every step checked for a right result)",
        ("operation", "time", "per comment"),
        [(what, fmt(t), f"{t / depth * 1e6:.1f} µs") for what, t in rows],
    )


# -- main ---------------------------------------------------------------------------


def machine() -> None:
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(
                line.split(":", 1)[1].strip() for line in info if line.startswith("model name")
            )
    except (OSError, StopIteration):
        pass
    import os

    versions = ", ".join(
        f"{name} {importlib.metadata.version(name)}"
        for name in (
            "attrs",
            "cattrs",
            "msgspec",
            "pydantic",
            "pydantic-core",
            "anytree",
            "bigtree",
        )
    )
    print(
        f"Machine: {os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()}, {platform.platform()}"
    )
    print(f"Libraries: {versions}")
    print(
        f"Repeats: best of {REPEATS}, GC paused while timing; load average at start {os.getloadavg()[0]:.2f}"
    )


def main() -> None:
    global REPEATS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10x smaller sizes, fewer repeats")
    parser.add_argument("--probe", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--only", choices=("a", "b", "depth", "c"), help="run one section")
    args = parser.parse_args()
    if args.probe:
        print(json.dumps(search_depth(args.probe[0], int(args.probe[1]))))
        return
    if args.quick:
        REPEATS = 2
    scale = 10 if args.quick else 1
    machine()
    started = time.perf_counter()
    if args.only in (None, "a"):
        section_a(1_000_000 // scale)
    if args.only in (None, "b"):
        section_b(100_000 // scale)
    if args.only in (None, "depth"):
        section_depth(100_000 // scale)
    if args.only in (None, "c"):
        section_c(100_000 // scale)
    print(f"\n(total {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
