"""Deep documents: written in bounded-depth pieces without falling back to the node-by-node
writer, read from bytes in any encoding JSON allows, with exact errors; msgspec writes the
compact documents when installed."""

from __future__ import annotations

import json
from typing import Any

import pytest

from factories import make_chain
from newsthread import serialize
from newsthread.errors import DocumentError
from newsthread.model import Article, Comment
from newsthread.serialize import from_json, to_json
from test_serialize_fast_paths import _deep_branchy


@pytest.fixture
def pure(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pure-Python JSON path only (msgspec not used even when installed)."""
    monkeypatch.setattr(serialize, "_accelerator", lambda: None)


def no_slow_writer(article: Article) -> str:
    raise AssertionError("the node-by-node writer ran")


@pytest.mark.parametrize("seed", [5, 6])
def test_a_deep_tree_is_written_in_pieces_without_the_slow_writer(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = _deep_branchy(1200, seed)
    # strings shaped like markers of a predictable token do not force the slow writer
    article.comments[0].text = "None:1"
    article.comments[0].replies[0].text = "0:2"
    expected = serialize._dumps_nested_slow(article)
    assert max(c.depth for c in article.iter_comments()) > 3 * serialize._CHUNK_DEPTH
    monkeypatch.setattr(serialize, "_dumps_nested_slow", no_slow_writer)
    assert serialize._dumps_nested_deep(article) == expected


def test_a_shallow_tree_written_in_pieces_is_its_one_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article = _deep_branchy(40, 7)
    expected = json.dumps(serialize.to_dict(article), ensure_ascii=False, separators=(",", ":"))
    monkeypatch.setattr(serialize, "_dumps_nested_slow", no_slow_writer)
    assert serialize._dumps_nested_deep(article) == expected


class _StackShortJson:
    """``json`` as it behaves when the caller's stack is nearly used up: a piece holding
    child lists is too deep to write, a node's own fields still fit."""

    loads = staticmethod(json.loads)

    @staticmethod
    def dumps(value: Any, **options: Any) -> str:
        if isinstance(value, dict) and ("comments" in value or "replies" in value):
            raise RecursionError("maximum recursion depth exceeded")
        return json.dumps(value, **options)


def test_a_writer_short_of_stack_falls_back_to_the_node_by_node_writer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article = _deep_branchy(300, 8)
    expected = serialize._dumps_nested_slow(article)
    monkeypatch.setattr(serialize, "json", _StackShortJson)
    assert serialize._dumps_nested_deep(article) == expected


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("kind", [bytes, bytearray])
def test_a_deep_document_is_read_from_bytes_in_any_json_encoding(
    encoding: str, kind: type, pure: None
) -> None:
    article = make_chain(3000)
    article.comments[0].text = "ünï €"
    text = to_json(article)
    assert from_json(kind(text.encode(encoding))) == article


def test_a_deep_document_is_read_from_utf16_bytes_on_the_default_path() -> None:
    article = make_chain(3000)
    assert from_json(to_json(article).encode("utf-16")) == article


@pytest.mark.parametrize("as_bytes", [False, True])
def test_invalid_json_deep_inside_says_where(as_bytes: bool, pure: None) -> None:
    head = '{"schema_version":1,"comments":[' + '{"id":"x","replies":[' * 3000
    text = head + "]" * 3000 + "]}"  # the innermost comment closed with "]" where "}" is due
    with pytest.raises(DocumentError) as caught:
        from_json(text.encode() if as_bytes else text)
    column = len(head) + 2
    assert caught.value.reason == (
        f"invalid JSON at line 1 column {column}: Expecting ',' or '}}' delimiter"
    )
    assert caught.value.path == "$"


@pytest.mark.parametrize("path", ["default", "pure"])
def test_bytes_that_are_not_utf8_say_which_byte(path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if path == "pure":
        monkeypatch.setattr(serialize, "_accelerator", lambda: None)
    with pytest.raises(DocumentError) as caught:
        from_json(b'{"schema_version":1,"title":"\xff"}')
    assert caught.value.reason == "not UTF-8 text: invalid start byte at byte 29"


def test_compact_documents_are_written_by_msgspec_when_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    msgspec_path = pytest.importorskip("newsthread._msgspec")
    calls: list[bool] = []
    original = msgspec_path.dumps

    def counted(article: Article, flat: bool) -> str | None:
        calls.append(flat)
        text: str | None = original(article, flat)
        return text

    monkeypatch.setattr(msgspec_path, "dumps", counted)
    article = Article(title="t", comments=[Comment(id="1", text="x")])
    compact = to_json(article)
    flat = to_json(article, flat=True)
    assert calls == [False, True]
    assert to_json(article, indent=2) == json.dumps(
        json.loads(compact), indent=2, ensure_ascii=False
    )
    assert calls == [False, True]  # an indented document is the pure writer's
    assert from_json(flat) == from_json(compact) == article
