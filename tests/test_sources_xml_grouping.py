"""XML exports read one element at a time and grouped by thread: the spill path equals the memory path."""

from __future__ import annotations

import gc
import io
import random
import weakref
from pathlib import Path

import pytest

from newsthread.errors import ParseError
from newsthread.sources import Report, _group
from newsthread.sources._xml import iter_elements
from newsthread.sources.disqus import read_disqus
from newsthread.sources.stackexchange import _Parents, read_stackexchange

DISQUS = Path(__file__).parent / "data" / "sources" / "disqus" / "export.xml"
SE = Path(__file__).parent / "data" / "sources" / "stackexchange"


def disqus_export(threads: int, posts: int, seed: int = 3) -> bytes:
    """Threads first, then posts of every thread interleaved, replies and a few unknown threads."""
    rng = random.Random(seed)
    out = [
        b'<?xml version="1.0" encoding="utf-8"?>\n'
        b'<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">\n'
    ]
    for t in range(threads):
        out.append(
            b'<thread dsq:id="%d"><link>https://x.example/%d</link><title>T %d</title>'
            b"<createdAt>2021-03-01T09:00:00Z</createdAt><isClosed>%b</isClosed></thread>\n"
            % (t, t, t, b"true" if t % 5 == 0 else b"false")
        )
    seen: dict[int, list[int]] = {}
    for p in range(posts):
        t = rng.randrange(threads + 3)  # threads, threads+1, threads+2 are not exported
        earlier = seen.setdefault(t, [])
        parent = b'<parent dsq:id="%d"/>' % rng.choice(earlier) if earlier and p % 3 else b""
        deleted = b"1" if p % 17 == 0 else b"false"  # "1" is coerced, counted in repairs
        out.append(
            b'<post dsq:id="p%d"><thread dsq:id="%d"/>%b<message><![CDATA[<p>post %d</p>]]>'
            b"</message><createdAt>2021-03-01T10:00:00Z</createdAt><isDeleted>%b</isDeleted>"
            b"<author><name>u%d</name></author></post>\n" % (p, t, parent, p, deleted, p % 7)
        )
        earlier.append(p)
    out.append(b"</disqus>\n")
    return b"".join(out)


def partitions(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Spy on the spill layer: the number of buckets each partition pass wrote."""
    made: list[int] = []
    real = _group._partition

    def spy(*args: object, **kwargs: object) -> list[Path]:
        paths = real(*args, **kwargs)  # type: ignore[arg-type]
        made.append(len(paths))
        return paths

    monkeypatch.setattr(_group, "_partition", spy)
    return made


def test_disqus_spilled_equals_memory(monkeypatch):
    data = disqus_export(threads=40, posts=600)
    memory_report, spill_report = Report(), Report()
    in_memory = list(read_disqus(data, grouping="memory", report=memory_report))
    made = partitions(monkeypatch)
    spilled = list(read_disqus(data, budget=4_000, report=spill_report))  # auto -> spill
    assert made and made[0] > 1
    assert [a.extra["id"] for a in in_memory][:3] == ["0", "1", "2"]  # export order
    assert [a.extra["id"] for a in in_memory][-3:] == ["40", "42", "41"]  # unknown: by first post
    assert len(spilled) == len(in_memory) == 43
    assert {a.extra["id"]: a for a in spilled} == {a.extra["id"]: a for a in in_memory}
    assert spill_report.counts == memory_report.counts
    assert memory_report.counts["coerced"] == len(range(0, 600, 17))
    assert sum(a.extra.get("repairs", {}).get("coerced", 0) for a in spilled) == 36


def test_disqus_auto_on_a_small_file_keeps_export_order():
    default = list(read_disqus(DISQUS))
    assert [a.extra["id"] for a in default] == ["7001", "7002", "7999"]
    assert list(read_disqus(DISQUS, grouping="memory")) == default


def test_disqus_stream_and_zstd_read_incrementally():
    zstandard = pytest.importorskip("zstandard")
    data = disqus_export(threads=5, posts=50)
    expected = list(read_disqus(data, grouping="memory"))

    class Pipe:  # read() only: no peek, no seek
        def __init__(self, payload: bytes) -> None:
            self._inner = io.BytesIO(payload)

        def read(self, size: int = -1) -> bytes:
            return self._inner.read(size)

    assert list(read_disqus(Pipe(data), grouping="memory")) == expected  # type: ignore[arg-type]
    packed = zstandard.ZstdCompressor().compress(data)
    assert list(read_disqus(packed, grouping="memory")) == expected
    spilled = list(read_disqus(io.BytesIO(packed), budget=1_000))  # a stream: no size, so spill
    assert {a.extra["id"]: a for a in spilled} == {a.extra["id"]: a for a in expected}


def se_dump(questions: int, seed: int = 5) -> tuple[bytes, bytes]:
    """Questions, answers and comments interleaved; answer ids out of order; one stray answer."""
    rng = random.Random(seed)
    posts = [b'<?xml version="1.0" encoding="utf-8"?>\n<posts>\n']
    notes = [b'<?xml version="1.0" encoding="utf-8"?>\n<comments>\n']
    answers: list[int] = []
    ids = list(range(1000, 1000 + questions * 4))
    rng.shuffle(ids)
    for q in range(1, questions + 1):
        posts.append(
            b'<row Id="%d" PostTypeId="1" Title="Q %d" Body="&lt;p&gt;q&lt;/p&gt;" '
            b'CreationDate="2021-03-01T09:00:00.000" Score="%d" OwnerUserId="%d" />\n'
            % (q, q, q, q % 4)
        )
        for _ in range(rng.randrange(4)):
            answer = ids.pop()
            answers.append(answer)
            posts.append(
                b'<row Id="%d" PostTypeId="2" ParentId="%d" Body="a" Score="1" '
                b'CreationDate="2021-03-01T09:30:00.000" OwnerDisplayName="x" />\n' % (answer, q)
            )
    posts.append(b'<row Id="9999" PostTypeId="2" ParentId="777" Body="lost" Score="1" />\n')
    posts.append(b'<row Id="x1" PostTypeId="2" ParentId="1" Body="odd id" Score="1" />\n')
    targets = [*range(1, questions + 1), *answers, 9999, 555]
    for c in range(questions * 5):
        notes.append(
            b'<row Id="%d" PostId="%d" Text="c%d" Score="0" UserId="3" '
            b'CreationDate="2021-03-01T10:00:00.000" />\n' % (c, rng.choice(targets), c)
        )
    notes.append(b'<row Id="7000" PostId="x1" Text="on the odd id" Score="0" />\n')
    return b"".join([*posts, b"</posts>\n"]), b"".join([*notes, b"</comments>\n"])


def test_stackexchange_spilled_equals_memory(monkeypatch):
    posts, comments = se_dump(questions=60)
    memory_report, spill_report = Report(), Report()
    in_memory = list(read_stackexchange(posts, comments, grouping="memory", report=memory_report))
    made = partitions(monkeypatch)
    spilled = list(read_stackexchange(posts, comments, budget=3_000, report=spill_report))
    assert made and made[0] > 1
    keys = [a.extra["id"] for a in in_memory]
    assert keys[:60] == [str(q) for q in range(1, 61)]  # dump order, then the strays
    assert keys[60:] == ["777", "555"]
    assert {a.extra["id"]: a for a in spilled} == {a.extra["id"]: a for a in in_memory}
    assert spill_report.counts == memory_report.counts
    lost = [len(list(a.iter_comments())) for a in in_memory[60:]]
    assert memory_report.counts == {"unknown_thread": sum(lost)} and lost[0] >= 1
    first = in_memory[0]
    odd = first.comment("ax1")
    assert [c.id for c in odd.replies] == [
        "c7000"
    ]  # a non-numeric answer id still places its comment


def test_answer_map_sorts_out_of_order_ids_and_keeps_odd_ones():
    parents = _Parents()
    for answer, question in [("30", "3"), ("10", "1"), ("20", "2"), ("007", "9"), ("a", "b")]:
        parents.add(answer, question)
    parents.freeze()
    assert [parents.get(p) for p in ("10", "20", "30", "007", "a", "7", "40", "")] == [
        "1",
        "2",
        "3",
        "9",
        "b",
        None,
        None,
        None,
    ]


def test_stackexchange_small_dump_order_unchanged():
    articles = list(read_stackexchange(SE / "Posts.xml", SE / "Comments.xml"))
    assert [a.extra["id"] for a in articles] == ["1", "5", "7", "99"]
    spilled = list(read_stackexchange(SE / "Posts.xml", SE / "Comments.xml", grouping="spill"))
    assert {a.extra["id"]: a for a in spilled} == {a.extra["id"]: a for a in articles}


def test_entities_still_refused_when_streaming():
    bomb = b'<!DOCTYPE p [<!ENTITY a "aaaa">]><posts><row Id="1" Title="&a;" /></posts>'
    with pytest.raises(ParseError, match="refused XML"):
        list(read_stackexchange(io.BytesIO(bomb)))


def test_finished_records_are_let_go():
    rows = b"".join(b'<row Id="%d" PostTypeId="1" />' % i for i in range(5_000))
    seen: list[weakref.ref[object]] = []
    alive_at_end = None
    for element, count in iter_elements(b"<posts>" + rows + b"</posts>", "x", frozenset({"row"})):
        seen.append(weakref.ref(element))
        if count == 4_000:
            gc.collect()
            alive_at_end = sum(ref() is not None for ref in seen)
        del element
    assert alive_at_end is not None and alive_at_end < 100  # not one per row read so far
