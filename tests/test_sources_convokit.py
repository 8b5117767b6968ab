"""ConvoKit corpora both ways: reading a corpus, writing one ConvoKit loads, exact round trips."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsthread.errors import InputError, RecordError
from newsthread.serialize import from_json, to_json
from newsthread.sources import Report, read_reddit_api, read_reddit_dump, read_wxr
from newsthread.sources.convokit import read_convokit, write_convokit

DATA = Path(__file__).parent / "data" / "sources"
CORPUS = DATA / "convokit" / "harbor-corpus"


def tree(article):
    return [(c.id, c.depth, c.status.value, c.in_reply_to) for c in article.iter_comments()]


def sources():
    reddit = DATA / "reddit"
    return [
        read_reddit_api(reddit / "comments_api.json", quotes=True),
        *read_reddit_dump(reddit / "RS_sample.ndjson", reddit / "RC_sample.ndjson"),
        *read_wxr(DATA / "wxr" / "export.xml", quotes=True),
    ]


def test_reading_a_corpus():
    report = Report()
    post, question, chat = read_convokit(CORPUS, report=report)
    assert post.title == "Council approves the new ferry timetable"  # from the root's meta
    assert [b.text for b in post.body] == ["The council voted 7 to 2.", "Service starts in March."]
    assert [a.name for a in post.authors] == ["harbor_watch"]
    assert post.published == datetime(2024, 6, 3, 7, 33, 20, tzinfo=UTC)
    assert post.extra == {
        "source": "convokit",
        "id": "p1",
        "meta": {"subreddit": "localnews"},
        "root_meta": {"score": 412, "title": "Council approves the new ferry timetable"},
        "repairs": {"coerced": 1, "orphan": 1},
    }
    assert tree(post) == [
        ("u1", 1, "published", None),
        ("u2", 2, "deleted", None),
        ("u3", 3, "published", None),
        ("u4", 1, "published", "u9"),
    ]
    deleted = post.comment("u2")
    assert (deleted.text, deleted.author, deleted.score, deleted.extra) == (
        "",
        None,
        3,
        {"score": 3},
    )
    assert post.comment("u3").published == datetime(2024, 6, 3, 7, 48, 20, tzinfo=UTC)
    assert question.title == "Night ferry status"  # from the conversation's meta
    assert len(question.comments) == 0
    assert chat.title is None
    assert tree(chat) == [("x1", 1, "published", None), ("x2", 2, "published", None)]
    assert report.counts == {"coerced": 1, "orphan": 1}


def test_reading_round_trips_through_json():
    for article in read_convokit(CORPUS):
        assert from_json(to_json(article)) == article


def test_written_corpus_reads_back_exactly(tmp_path):
    articles = sources()
    assert write_convokit(articles, tmp_path / "corpus") == 5
    assert list(read_convokit(tmp_path / "corpus")) == articles


def test_written_corpus_for_convokit_users(tmp_path):
    articles = sources()
    write_convokit(articles, tmp_path)
    rows = [json.loads(line) for line in (tmp_path / "utterances.jsonl").read_text().splitlines()]
    by_id = {row["id"]: row for row in rows}
    root = by_id["t3_1xq7a2"]
    assert (root["conversation_id"], root["reply_to"], root["speaker"]) == (
        "t3_1xq7a2",
        None,
        "harbor_watch",
    )
    assert root["text"] == "The vote was 7 to 2.\n\nService starts in March."
    assert (by_id["l1a"]["reply_to"], by_id["l1c"]["reply_to"]) == ("t3_1xq7a2", "l1b")
    assert (by_id["l1b"]["text"], by_id["l1b"]["speaker"]) == ("[deleted]", "[unknown]")
    assert by_id["l1a"]["timestamp"] == 1717400300
    assert by_id["c3"]["reply_to"] == "t3_abc1"  # an orphan answers the root for ConvoKit
    assert json.loads((tmp_path / "index.json").read_text())["utterances-index"] == {
        "newsthread": ["<class 'list'>"]
    }


def test_colliding_ids_are_renamed_and_restored(tmp_path):
    first, _ = read_reddit_dump(DATA / "reddit" / "RC_sample.ndjson")
    twin = from_json(to_json(first))
    twin.extra["id"] = "t3_twin"
    write_convokit([first, twin], tmp_path)
    ids = [
        json.loads(line)["id"] for line in (tmp_path / "utterances.jsonl").read_text().splitlines()
    ]
    assert "t3_twin/c1" in ids and "c1" in ids
    assert list(read_convokit(tmp_path)) == [first, twin]


def test_convokit_loads_and_dumps_what_newsthread_wrote(tmp_path):
    convokit = pytest.importorskip("convokit")
    articles = sources()
    write_convokit(articles, tmp_path / "ours")
    corpus = convokit.Corpus(filename=str(tmp_path / "ours"))
    assert len(corpus.get_conversation_ids()) == 5
    assert all(corpus.get_conversation(i).check_integrity() for i in corpus.get_conversation_ids())
    assert corpus.get_utterance("l1c").reply_to == "l1b"
    corpus.dump("theirs", base_path=str(tmp_path))
    assert list(read_convokit(tmp_path / "theirs")) == articles


def test_edited_corpus_falls_back_and_says_so(tmp_path):
    write_convokit(sources()[:1], tmp_path)
    lines = (tmp_path / "utterances.jsonl").read_text().splitlines()
    (tmp_path / "utterances.jsonl").write_text(
        "\n".join(line for line in lines if '"id": "l1b"' not in line) + "\n"
    )
    report = Report()
    (article,) = read_convokit(tmp_path, report=report)
    assert report.counts["stale_newsthread_meta"] == 1
    assert article.title is None  # read as a plain corpus: the meta no longer fits
    assert article.comment("l1c").in_reply_to == "l1b"  # l1b is gone: an orphan


def test_not_a_corpus(tmp_path):
    with pytest.raises(InputError, match=r"no utterances\.jsonl"):
        list(read_convokit(tmp_path))


def test_bad_utterances(tmp_path):
    shutil.copytree(CORPUS, tmp_path / "c")
    with open(tmp_path / "c" / "utterances.jsonl", "a") as out:
        out.write('{"conversation_id": "p1", "text": "no id"}\n')
    with pytest.raises(RecordError, match="an utterance without an id") as info:
        list(read_convokit(tmp_path / "c"))
    assert info.value.line == 9
    report = Report()
    assert len(list(read_convokit(tmp_path / "c", errors="skip", report=report))) == 3
    assert report.counts["skipped"] == 1
