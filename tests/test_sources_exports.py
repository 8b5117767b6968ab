"""Source output is the same tree: every export works, new statuses survive, deep threads, random forests."""

from __future__ import annotations

import io
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsthread import Article, Comment, CommentStatus
from newsthread.html import from_html, to_html
from newsthread.markdown import from_markdown, to_markdown
from newsthread.serialize import from_json, read_jsonl, to_json, write_jsonl
from newsthread.sources import Report, assemble, read_reddit_dump, read_wxr

DATA = Path(__file__).parent / "data" / "sources"


def statuses(article):
    return [(c.id, c.status.value) for c in article.iter_comments()]


def test_markdown_and_html_keep_the_statuses_sources_add():
    post, _ = read_wxr(DATA / "wxr" / "export.xml")
    expected = statuses(post)
    assert ("33", "pending") in expected and ("32", "spam") in expected
    assert statuses(from_markdown(to_markdown(post), quotes=False)) == expected
    assert statuses(from_html(to_html(post), quotes=False)) == expected


def test_jsonl_of_many_threads(tmp_path):
    articles = list(
        read_reddit_dump(DATA / "reddit" / "RS_sample.ndjson", DATA / "reddit" / "RC_sample.ndjson")
    )
    assert write_jsonl(articles, tmp_path / "out.jsonl") == 2
    assert list(read_jsonl(tmp_path / "out.jsonl")) == articles


def test_a_100000_deep_chain_in_a_dump():
    n = 100_000
    lines = [
        json.dumps(
            {
                "id": f"k{i}",
                "parent_id": f"t1_k{i - 1}" if i else "t3_p",
                "link_id": "t3_p",
                "body": "x",
            }
        )
        for i in range(n)
    ]
    lines.reverse()  # replies before their parents: the slow path, still no recursion
    (article,) = read_reddit_dump(io.BytesIO(("\n".join(lines) + "\n").encode()), grouping="memory")
    deepest = article.comment(f"k{n - 1}")
    assert deepest.depth == n
    assert from_json(to_json(article)) == article


ids = st.sampled_from([f"k{i}" for i in range(10)])
forests = st.lists(st.tuples(ids, st.one_of(st.none(), ids, st.just("gone"))), max_size=30)


@settings(max_examples=100, deadline=None)
@given(forests, st.sampled_from(["memory", "spill", "contiguous"]))
def test_random_forests_read_from_a_dump_give_what_assemble_gives(pairs, grouping):
    data = "".join(
        json.dumps(
            {
                "id": cid,
                "parent_id": f"t1_{parent}" if parent else "t3_p",
                "link_id": "t3_p",
                "body": "x",
            }
        )
        + "\n"
        for cid, parent in pairs
    ).encode()
    report = Report()
    articles = list(read_reddit_dump(io.BytesIO(data), grouping=grouping, budget=64, report=report))
    expected_report = Report()
    expected = assemble(
        [(Comment(id=c, text="x"), p) for c, p in pairs], expected_report, thread="t3_p"
    )
    if not pairs:
        assert articles == []
        return
    (article,) = articles
    assert list(article.iter_comments()) == list(Article(comments=expected).iter_comments())
    assert report.counts == expected_report.counts
    assert all(c.status is CommentStatus.PUBLISHED for c in article.iter_comments())
    assert from_json(to_json(article)) == article
