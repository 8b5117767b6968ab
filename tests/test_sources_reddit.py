"""Reddit: API JSON and dump NDJSON (plain and zstd), grouping, statuses, stubs, repairs, errors."""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
import zstandard

from newsthread import CommentStatus
from newsthread.errors import MissingExtraError, ParseError, RecordError
from newsthread.serialize import from_json, to_json
from newsthread.sources import Report, read_reddit_api, read_reddit_dump

DATA = Path(__file__).parent / "data" / "sources" / "reddit"
API = DATA / "comments_api.json"
RC = DATA / "RC_sample.ndjson"
RS = DATA / "RS_sample.ndjson"


def tree(article):
    return [(c.id, c.depth, c.status.value, c.in_reply_to) for c in article.iter_comments()]


def test_api_listing_gives_the_post_and_its_tree():
    article = read_reddit_api(API)
    assert article.title == "Council approves the new ferry timetable"
    assert article.url == (
        "https://www.reddit.com/r/localnews/comments/1xq7a2/council_approves_the_new_ferry_timetable/"
    )
    assert [b.text for b in article.body] == ["The vote was 7 to 2.", "Service starts in March."]
    assert article.section == "localnews"
    assert article.site_name == "Reddit"
    assert [a.name for a in article.authors] == ["harbor_watch"]
    assert article.published == datetime(2024, 6, 3, 7, 33, 20, tzinfo=UTC)
    assert article.declared_comment_count == 23
    assert article.extra == {
        "source": "reddit",
        "id": "t3_1xq7a2",
        "link_url": "https://news.example.org/ferry-timetable",
        "score": 412,
    }
    assert tree(article) == [
        ("l1a", 1, "published", None),
        ("l1b", 2, "deleted", None),
        ("l1c", 3, "published", None),
        ("more_l1b", 3, "more", None),
        ("l2a", 1, "removed", None),
        ("more_l3a", 1, "more", None),
    ]


def test_api_statuses_are_not_text_and_stubs_keep_counts():
    article = read_reddit_api(API)
    deleted, removed = article.comment("l1b"), article.comment("l2a")
    assert (deleted.text, deleted.author) == ("", None)
    assert (removed.text, removed.author.name) == ("", "modbot")
    assert removed.extra == {"distinguished": "moderator"}
    more = article.comment("more_l3a")
    assert more.more_count == 14
    assert more.extra == {"children": ["l3a", "l4a", "l5a"]}
    assert article.comment("more_l1b").more_count == 0  # "continue this thread"
    first = article.comment("l1a")
    assert first.extra == {"edited": "2024-06-03T07:50:00Z"}
    assert first.score == 88
    assert first.url.endswith("/l1a/")


def test_api_round_trips_exactly():
    article = read_reddit_api(API.read_bytes())
    assert from_json(to_json(article)) == article
    assert from_json(to_json(article, flat=True)) == article


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"[1, 2", "not JSON"),
        (b'{"kind": "Listing"}', "expected [post listing, comment listing]"),
        (
            b'[{"kind":"Listing","data":{"children":[]}},{"kind":"Listing","data":{"children":[]}}]',
            "no t3 post",
        ),
    ],
)
def test_api_wrong_shape_is_a_parse_error(tmp_path, payload, message):
    path = tmp_path / "post.json"
    path.write_bytes(payload)
    with pytest.raises(ParseError, match=re.escape(message)) as info:
        read_reddit_api(path)
    assert info.value.source == str(path)


def dump(report=None, **options):
    return list(read_reddit_dump(RS, RC, report=report, **options))


def test_dump_groups_scattered_threads_with_their_submission():
    report = Report()
    first, second = dump(report)
    assert first.title == "Night ferry cancelled again"
    assert first.declared_comment_count == 9
    assert first.extra["retrieved"] == "2021-01-02T00:00:00Z"
    assert tree(first) == [
        ("c1", 1, "published", None),
        ("c2", 2, "published", None),
        ("c4", 1, "published", "c4"),  # self-reply: top level, names itself
        ("c5", 1, "published", "c6"),  # the loop c5 <-> c6 cut above c5
        ("c6", 2, "published", None),
        ("c3", 1, "published", "c9"),  # orphan, kept last
    ]
    assert first.extra["repairs"] == {
        "coerced": 1,
        "cycle": 1,
        "duplicate": 1,
        "orphan": 1,
        "self_reply": 1,
    }
    assert second.title is None
    assert second.url == "https://www.reddit.com/comments/zzz9/"
    assert second.section == "harbor"
    assert tree(second) == [
        ("d1", 1, "published", None),
        ("d2", 2, "removed", None),
        ("d3", 2, "published", None),
    ]
    assert second.extra["repairs"] == {"ambiguous": 1, "coerced": 2}
    assert report.counts == {
        "ambiguous": 1,
        "coerced": 3,
        "cycle": 1,
        "duplicate": 1,
        "orphan": 1,
        "self_reply": 1,
    }
    assert report.examples["coerced"] == [
        "t3_abc1.num_comments",
        "t3_zzz9/d1.created_utc",
        "t3_zzz9/d1.score",
    ]


def test_dump_fields():
    first, second = dump()
    c2 = first.comment("c2")
    assert c2.published == datetime(2021, 1, 1, 0, 3, 20, tzinfo=UTC)
    assert c2.extra == {"edited": "2021-01-01T00:13:20Z"}
    d1 = second.comment("d1")  # created_utc and score as strings: coerced
    assert (d1.published, d1.score) == (datetime(2021, 1, 1, 0, 2, 30, tzinfo=UTC), 4)
    d2 = second.comment("d2")
    assert (d2.text, d2.author, d2.extra) == ("", None, {"removal_type": "removed"})
    d3 = second.comment("d3")  # score true: no single reading
    assert (d3.score, d3.extra) == (None, {"distinguished": "admin"})


def test_removal_type_alone_sets_the_status(tmp_path):
    line = {
        "id": "k1",
        "parent_id": "t3_p",
        "link_id": "t3_p",
        "author": "x",
        "body": "text archived before deletion",
        "created_utc": 1,
        "_meta": {"removal_type": "deleted"},
    }
    path = tmp_path / "RC.ndjson"
    path.write_text(json.dumps(line) + "\n")
    (article,) = read_reddit_dump(path)
    comment = article.comment("k1")
    assert comment.status is CommentStatus.DELETED
    assert comment.text == "text archived before deletion"  # kept: the status says what happened


def test_dump_round_trips_exactly():
    for article in dump():
        assert from_json(to_json(article)) == article
        assert from_json(to_json(article, flat=True)) == article


@pytest.mark.parametrize("grouping", ["memory", "spill", "auto"])
def test_grouping_strategies_agree(grouping):
    expected = {a.extra["id"]: a for a in dump(grouping="memory")}
    got = {a.extra["id"]: a for a in dump(grouping=grouping, budget=300)}
    assert got == expected


def test_spill_splits_oversized_buckets_again(tmp_path):
    lines = [
        json.dumps(
            {
                "id": f"k{i}",
                "parent_id": f"t3_p{i % 50}",
                "link_id": f"t3_p{i % 50}",
                "body": "x" * 50,
            }
        )
        for i in range(2000)
    ]
    path = tmp_path / "RC.ndjson"
    path.write_text("\n".join(lines) + "\n")
    articles = list(read_reddit_dump(path, grouping="spill", budget=2000))
    assert sorted(a.extra["id"] for a in articles) == sorted(f"t3_p{i}" for i in range(50))
    assert all(len(a.comments) == 40 for a in articles)
    assert all(
        [c.id for c in a.comments] == sorted((c.id for c in a.comments), key=lambda s: int(s[1:]))
        for a in articles
    )  # file order kept within a thread after two spills


def test_contiguous_grouping_reports_a_scattered_thread():
    report = Report()
    ids = [a.extra["id"] for a in dump(report, grouping="contiguous")]
    assert ids == ["t3_abc1", "t3_zzz9", "t3_abc1", "t3_zzz9", "t3_abc1", "t3_zzz9"]
    assert report.counts["split_thread"] == 4
    assert report.examples["split_thread"] == ["t3_abc1", "t3_zzz9", "t3_abc1", "t3_zzz9"]


def test_zstd_dump_reads_like_the_plain_one(tmp_path):
    packed = tmp_path / "RC_sample.zst"
    data = RC.read_bytes()
    # two frames, as dumps concatenated from parts have
    half = data.index(b"\n", len(data) // 2) + 1
    compressor = zstandard.ZstdCompressor()
    packed.write_bytes(compressor.compress(data[:half]) + compressor.compress(data[half:]))
    plain = list(read_reddit_dump(RS, RC))
    assert list(read_reddit_dump(RS, packed)) == plain
    with packed.open("rb") as stream:  # an open file works too (spilled: size unknown)
        by_id = {a.extra["id"]: a for a in read_reddit_dump(RS, stream)}
    assert by_id == {a.extra["id"]: a for a in plain}


def test_truncated_zstd_names_file_and_line(tmp_path):
    data = b"".join(
        b'{"id":"k%d","parent_id":"t3_p","link_id":"t3_p","body":"comment %d"}\n' % (i, i)
        for i in range(5000)
    )
    packed = zstandard.ZstdCompressor().compress(data)
    path = tmp_path / "RC_cut.zst"
    path.write_bytes(packed[: len(packed) - 20])
    with pytest.raises(ParseError, match="cut off after line") as info:
        list(read_reddit_dump(path))
    assert info.value.source == str(path)
    assert 0 < info.value.line <= 5000


def test_broken_zstd_frame(tmp_path):
    path = tmp_path / "RC_bad.zst"
    path.write_bytes(b"\x28\xb5\x2f\xfd" + b"\xff" * 64)
    with pytest.raises(ParseError, match="broken zstd data after line 0") as info:
        list(read_reddit_dump(path))
    assert (info.value.source, info.value.line) == (str(path), 1)


def test_missing_zstandard_names_the_extra(tmp_path, monkeypatch):
    path = tmp_path / "RC.zst"
    path.write_bytes(zstandard.ZstdCompressor().compress(RC.read_bytes()))
    monkeypatch.setitem(sys.modules, "zstandard", None)
    with pytest.raises(MissingExtraError, match=r"newsthread\[zstd\]"):
        list(read_reddit_dump(path))


BAD_LINES = (
    b'{"id":"k1","parent_id":"t3_p","link_id":"t3_p","body":"fine"}\n'
    b'{"id":"k2","parent_id":"t1_k1","link_id":"t3_p","body":"cut of\n'
    b'["not", "an object"]\n'
    b'{"parent_id":"t1_k1","link_id":"t3_p","body":"no id"}\n'
    b'{"id":"k3","parent_id":"t1_k1","link_id":"t3_p","body":"fine too"}\n'
)


def test_bad_records_raise_with_file_and_line(tmp_path):
    path = tmp_path / "RC_bad.ndjson"
    path.write_bytes(BAD_LINES)
    with pytest.raises(RecordError, match="not JSON") as info:
        list(read_reddit_dump(path))
    assert (info.value.source, info.value.line) == (str(path), 2)


def test_bad_records_skipped_and_counted(tmp_path):
    path = tmp_path / "RC_bad.ndjson"
    path.write_bytes(BAD_LINES)
    report = Report()
    articles = list(read_reddit_dump(path, errors="skip", report=report))
    assert [[c.id for c in a.iter_comments()] for a in articles] == [["k1", "k3"]]
    assert report.counts == {"skipped": 3}
    skipped = sorted(report.examples["skipped"])
    assert skipped[0].startswith(f"{path}:2: not JSON (")
    assert skipped[1:] == [
        f"{path}:3: a JSON list, not an object",
        f"{path}:4: a comment without an id",
    ]


def test_errors_flag_is_checked():
    with pytest.raises(ValueError, match="errors must be"):
        list(read_reddit_dump(RC, errors="ignore"))  # type: ignore[arg-type]


def test_quotes_run_on_comments(tmp_path):
    line = {
        "id": "k1",
        "parent_id": "t3_p",
        "link_id": "t3_p",
        "author": "x",
        "body": '"We will not cut the night ferry," the mayor said on Monday.',
        "created_utc": 1,
    }
    path = tmp_path / "RC.ndjson"
    path.write_text(json.dumps(line) + "\n")
    (article,) = read_reddit_dump(path, quotes=True)
    (quote,) = article.comment("k1").quotes
    assert quote.text == "We will not cut the night ferry,"
    assert from_json(to_json(article)) == article


def test_stream_input_without_size_spills(tmp_path):
    stream = io.BytesIO(RC.read_bytes())
    ids = sorted(a.extra["id"] for a in read_reddit_dump(stream, budget=200))
    assert ids == ["t3_abc1", "t3_zzz9"]


def test_text_mode_files_are_refused_clearly():
    from newsthread.errors import InputError

    with RC.open() as text, pytest.raises(InputError, match="open the file in binary mode"):
        list(read_reddit_dump(text))
    with API.open() as text, pytest.raises(InputError, match="binary mode"):
        read_reddit_api(text)
