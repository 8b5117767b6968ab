"""``newsthread convert|show|stats --from <source>``: sources on the command line."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from newsthread.cli import main
from newsthread.serialize import read_jsonl
from newsthread.sources import detect, read_reddit_api, read_reddit_dump

REDDIT = Path(__file__).parent / "data" / "sources" / "reddit"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_convert_a_dump_to_jsonl(capsys, tmp_path):
    target = tmp_path / "threads.jsonl"
    code, out, err = run(
        capsys, "convert", "--from", "reddit", "--no-quotes", str(REDDIT / "RC_sample.ndjson"),
        "--to", "jsonl", "-o", str(target),
    )  # fmt: skip
    assert (code, out) == (0, "")
    assert list(read_jsonl(target)) == list(read_reddit_dump(REDDIT / "RC_sample.ndjson"))
    assert err.splitlines() == [
        "newsthread: reddit: repaired or skipped:",
        "  ambiguous: 1 (e.g. t3_zzz9/d3.score)",
        "  coerced: 2 (e.g. t3_zzz9/d1.created_utc, t3_zzz9/d1.score)",
        "  cycle: 1 (e.g. t3_abc1/c5)",
        "  duplicate: 1 (e.g. t3_abc1/c2)",
        "  orphan: 1 (e.g. t3_abc1/c3)",
        "  self_reply: 1 (e.g. t3_abc1/c4)",
    ]


def test_many_threads_need_jsonl(capsys):
    code, _, err = run(capsys, "convert", "--from", "reddit", str(REDDIT / "RC_sample.ndjson"))
    assert code == 2  # usage
    assert "use --to jsonl for several" in err


def test_api_json_is_told_apart_from_a_dump(capsys):
    code, out, _ = run(
        capsys, "stats", "--json", "--from", "reddit", str(REDDIT / "comments_api.json")
    )
    figures = json.loads(out)
    assert code == 0
    assert figures["title"] == "Council approves the new ferry timetable"
    assert (figures["comments"], figures["stubs"], figures["hidden"], figures["deleted"]) == (
        6,
        2,
        14,
        2,
    )
    assert read_reddit_api(REDDIT / "comments_api.json").declared_comment_count == 23


def test_dump_names_are_detected(capsys, tmp_path):
    named = tmp_path / "RC_2021-01.ndjson"
    shutil.copy(REDDIT / "RC_sample.ndjson", named)
    code, out, _ = run(capsys, "show", "--no-quotes", str(named))
    assert code == 0
    assert out.count("Article “(untitled)”") == 2
    assert detect("dumps/RS_2019-12.zst") == "reddit"
    assert detect("RC_2019-12") == "reddit"
    assert detect("comments.json") is None


def test_stdin(capsys, monkeypatch):
    data = (REDDIT / "RC_sample.ndjson").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    code, out, _ = run(capsys, "stats", "--json", "--from", "reddit", "-")
    assert code == 0
    assert sorted(json.loads(line)["comments"] for line in out.splitlines()) == [3, 6]


def test_bad_records_fail_or_are_skipped(capsys, tmp_path):
    path = tmp_path / "RC_bad.ndjson"
    path.write_bytes(
        b'{"id":"k1","parent_id":"t3_p","link_id":"t3_p","body":"fine"}\n{"id": broken\n'
    )
    code, _, err = run(capsys, "stats", "--from", "reddit", str(path))
    assert code == 1
    assert err.startswith(f"newsthread: error: {path}:2: not JSON")
    code, out, err = run(
        capsys, "stats", "--json", "--from", "reddit", "--skip-bad-records", str(path)
    )
    assert code == 0
    assert json.loads(out)["comments"] == 1
    assert f"skipped: 1 (e.g. {path}:2: not JSON" in err


@pytest.mark.parametrize("command", ["show", "stats", "convert"])
def test_every_input_command_takes_sources(capsys, command):
    code, _, _ = run(
        capsys, command, "--from", "reddit", "--no-quotes", str(REDDIT / "comments_api.json")
    )
    assert code == 0


def test_hn_items(capsys):
    hn = Path(__file__).parent / "data" / "sources" / "hn" / "firebase_items.ndjson"
    code, out, err = run(capsys, "stats", "--json", "--from", "hn", "--no-quotes", str(hn))
    assert code == 0
    assert [json.loads(line)["comments"] for line in out.splitlines()] == [5, 1]
    assert "unknown_thread: 1 (e.g. 9099)" in err


def test_disqus_export(capsys, tmp_path):
    export = Path(__file__).parent / "data" / "sources" / "disqus" / "export.xml"
    target = tmp_path / "out.jsonl"
    code, _, _ = run(
        capsys, "convert", "--from", "disqus", str(export), "--to", "jsonl", "-o", str(target)
    )
    assert code == 0
    assert [a.extra["id"] for a in read_jsonl(target)] == ["7001", "7002", "7999"]


def test_wxr_by_ending(capsys, tmp_path):
    export = tmp_path / "gazette.wxr"
    shutil.copy(Path(__file__).parent / "data" / "sources" / "wxr" / "export.xml", export)
    code, out, err = run(capsys, "stats", "--json", "--no-quotes", str(export))
    assert code == 0
    assert [json.loads(line)["comments"] for line in out.splitlines()] == [5, 0]
    assert "other_item: 1 (e.g. 13 (attachment))" in err


def test_stackexchange_posts_with_comments_and_users_beside(capsys):
    posts = Path(__file__).parent / "data" / "sources" / "stackexchange" / "Posts.xml"
    code, out, _ = run(capsys, "stats", "--json", "--no-quotes", str(posts))
    assert code == 0
    first = json.loads(out.splitlines()[0])
    assert (first["title"], first["comments"], first["participants"]) == (
        "Reading a ferry timetable in UTC",
        4,
        3,
    )
    code, out2, _ = run(capsys, "stats", "--json", "--from", "stackexchange", str(posts.parent))
    assert out2 == out


def test_youtube_response(capsys):
    threads = Path(__file__).parent / "data" / "sources" / "youtube" / "commentThreads.json"
    code, out, _ = run(capsys, "stats", "--json", "--from", "youtube", str(threads))
    figures = json.loads(out)
    assert (code, figures["comments"], figures["stubs"], figures["hidden"]) == (0, 4, 1, 3)


def test_coral_export(capsys):
    export = Path(__file__).parent / "data" / "sources" / "coral" / "comments.jsonl"
    code, out, _ = run(capsys, "stats", "--json", "--from", "coral", "--no-quotes", str(export))
    assert code == 0
    assert sorted(json.loads(line)["comments"] for line in out.splitlines()) == [1, 6]


def test_convokit_corpus_directory(capsys):
    corpus = Path(__file__).parent / "data" / "sources" / "convokit" / "harbor-corpus"
    code, out, _ = run(capsys, "stats", "--json", "--no-quotes", str(corpus))
    assert code == 0
    assert [json.loads(line)["comments"] for line in out.splitlines()] == [4, 0, 2]
    code, out2, _ = run(capsys, "stats", "--json", "--no-quotes", str(corpus / "utterances.jsonl"))
    assert out2 == out


def test_convert_to_a_convokit_corpus(capsys, tmp_path):
    from newsthread.sources import read_convokit

    code, _, err = run(
        capsys, "convert", "--from", "reddit", "--no-quotes", str(REDDIT / "RC_sample.ndjson"),
        "--to", "convokit", "-o", str(tmp_path / "corpus"),
    )  # fmt: skip
    assert code == 0
    assert list(read_convokit(tmp_path / "corpus")) == list(
        read_reddit_dump(REDDIT / "RC_sample.ndjson")
    )
    code, _, err = run(
        capsys, "convert", "--from", "reddit", str(REDDIT / "RC_sample.ndjson"), "--to", "convokit"
    )
    assert code == 2  # usage
    assert "give it with -o DIR" in err
