"""Quotes found on first read: ``from_html`` defers quote finding, and nothing can tell.

Every way to reach the quotes or the speakers of an imported article (attributes, walks,
equality, copies, pickles, every serialiser and exporter, tree changes) must see exactly the
tree an eager import (``quotes=True``) builds, and quote finding must not run before.
"""

from __future__ import annotations

import copy
import pickle
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

import newsthread.quotes
from newsthread.errors import TreeError
from newsthread.html import from_html, to_html
from newsthread.markdown import to_markdown
from newsthread.model import Article, Comment, Paragraph, Quote, Speaker
from newsthread.serialize import from_json, to_dict, to_flat, to_json
from newsthread.tables import RowBuffer

SEED = Path(__file__).parents[1] / "examples" / "data" / "nato_tagdiv.html"
PAGES = Path(__file__).parent / "data" / "html"
# Quotes in the body and in the comments, speakers shared between them, replies.
COCHRANE = PAGES / "comments" / "blogger-cochrane.html"
FIXTURES = sorted(PAGES.rglob("*.html"))
QUOTED = 7  # the first of its body blocks that holds quotes


@pytest.fixture
def finder_calls(monkeypatch: pytest.MonkeyPatch) -> list[Article]:
    """The articles quote finding ran on, in order (the real finder still runs)."""
    calls: list[Article] = []
    real = newsthread.quotes.annotate

    def counted(article: Article, **options: Any) -> Article:
        calls.append(article)
        return real(article, **options)

    monkeypatch.setattr(newsthread.quotes, "annotate", counted)
    return calls


def _pair(path: Path = COCHRANE) -> tuple[Article, Article]:
    page = path.read_bytes()
    return from_html(page, url="https://example.org/a"), from_html(
        page, url="https://example.org/a", quotes=True
    )


def _quote_view(article: Article) -> list[tuple[str, str, int | None, str | None, str | None]]:
    """Every quote with its holder's address, offsets, speaker and source."""
    return [
        (
            q.parent.address if q.parent else "",
            q.text,
            q.start,
            q.speaker.name if q.speaker else None,
            q.source,
        )
        for q in article.quotes
    ]


def test_cochrane_has_what_the_other_tests_rely_on() -> None:
    _, eager = _pair()
    assert len(eager.quotes) == 23  # "That nobody dares say this in public, …" reports nothing
    assert sum(len(c.quotes) for c in eager.iter_comments()) == 15
    assert len(eager.speakers) == 6
    assert any(c.replies for c in eager.comments)


def test_import_does_not_find_quotes_and_text_reads_do_not_either(
    finder_calls: list[Article],
) -> None:
    lazy, eager = _pair()
    assert finder_calls == [eager]
    # the metadata, the text and the thread are there without quote finding
    assert lazy.title == eager.title and lazy.authors == eager.authors
    assert [b.text for b in lazy.body] == [b.text for b in eager.body]
    assert [(c.id, c.text) for c in lazy.iter_comments()] == [
        (c.id, c.text) for c in eager.iter_comments()
    ]
    assert [len(c.replies) for c in lazy.iter_comments()] == [
        len(c.replies) for c in eager.iter_comments()
    ]
    assert lazy.comment(eager.comments[0].id).text == eager.comments[0].text
    assert repr(lazy) == repr(eager)
    assert len(finder_calls) == 1


def _rows(article: Article) -> object:
    rows = RowBuffer()
    rows.add(article, "x")
    return rows.take()


READS: dict[str, Callable[[Article], object]] = {
    "Article.quotes": lambda a: _quote_view(a),
    "Article.speakers": lambda a: [(s.id, s.name, s.role, s.aliases, s.key) for s in a.speakers],
    "Article.speaker": lambda a: a.speaker("s1").name,
    "Block.quotes": lambda a: [q.text for q in a.body[QUOTED].quotes],
    "last Block.quotes": lambda a: [len(b.quotes) for b in reversed(a.body)],
    "Comment.quotes": lambda a: [[q.text for q in c.quotes] for c in a.iter_comments()],
    "deepest Comment.quotes": lambda a: [
        [q.text for q in c.quotes] for c in reversed(list(a.iter_comments()))
    ],
    "Block.children": lambda a: [len(b.children) for b in a.body],
    "Comment.children": lambda a: [len(c.children) for c in a.iter_comments()],
    "walk pre": lambda a: [type(n).__name__ for n in a.walk()],
    "walk post": lambda a: [type(n).__name__ for n in a.walk("post")],
    "walk level": lambda a: [type(n).__name__ for n in a.walk("level")],
    "walk of a comment": lambda a: [type(n).__name__ for n in a.comments[0].walk()],
    "find_all": lambda a: [q.text for q in a.find_all(Quote)],
    "resolve": lambda a: a.resolve(_quote_view(a)[-1][0]).text,  # type: ignore[attr-defined]
    "str": str,
    "to_dict": to_dict,
    "to_flat": to_flat,
    "to_json": to_json,
    "to_json flat": lambda a: to_json(a, flat=True),
    "to_json indented": lambda a: to_json(a, indent=1),
    "to_html": to_html,
    "tables": lambda a: _rows(a),
    "copy": lambda a: to_json(copy.copy(a)),
    "deepcopy": lambda a: to_json(copy.deepcopy(a)),
    "deepcopy of a block": lambda a: [q.text for q in copy.deepcopy(a.body[QUOTED]).quotes],
    "pickle": lambda a: to_json(pickle.loads(pickle.dumps(a))),
    "evolve an empty copy": lambda a: attrs.evolve(a, body=(), comments=()).speakers,
}


@pytest.mark.parametrize("name", READS)
def test_every_read_sees_the_eager_tree(name: str, finder_calls: list[Article]) -> None:
    lazy, eager = _pair()
    read = READS[name]
    assert read(lazy) == read(eager)
    assert finder_calls == [eager, lazy]  # once, on that first read
    assert lazy == eager
    assert len(finder_calls) == 2


def test_markdown_export_writes_no_quotes_so_finds_none(finder_calls: list[Article]) -> None:
    lazy, eager = _pair()
    assert to_markdown(lazy) == to_markdown(eager)
    assert finder_calls == [eager]


def test_equality_finds_the_quotes_of_both_sides(finder_calls: list[Article]) -> None:
    page = COCHRANE.read_bytes()
    first, second = from_html(page), from_html(page)
    assert first == second
    assert finder_calls == [first, second]
    assert to_json(first) == to_json(from_html(page, quotes=True))


def _changes() -> dict[str, Callable[[Article], object]]:
    def detach_block(a: Article) -> object:
        block = a.body[QUOTED].detach()
        return [q.text for q in block.quotes], _quote_view(a)

    def detach_comment(a: Article) -> object:
        comment = a.comments[1].detach()
        return [q.text for c in comment.walk(Comment) for q in c.quotes], len(a.quotes)

    def remove_comment(a: Article) -> object:
        removed = a.remove(a.comments[0])
        return len(list(removed.walk(Quote))), _quote_view(a)

    def move_reply(a: Article) -> object:
        reply = next(c for c in a.iter_comments() if c.parent is not a)
        reply.move_to(a)
        return _quote_view(a)

    def add_reply(a: Article) -> object:
        a.comments[0].add(Comment(id="new", text="“We will win,” Rutte said."))
        return _quote_view(a)

    def add_block(a: Article) -> object:
        a.add(Paragraph("“We will win,” Rutte said."), 0)
        return _quote_view(a), len(a.speakers)

    def add_quote(a: Article) -> object:
        a.body[0].add(Quote(text="x"))
        return _quote_view(a)

    def replace_speakers(a: Article) -> object:
        a.speakers = [Speaker(id="s1", name="Somebody")]  # unlisting the speakers quotes name
        return [q.speaker.name for q in a.quotes if q.speaker], a.speakers

    def evolve_block(a: Article) -> object:
        # a block holding quotes cannot be evolved (its quotes have a parent), as before
        with pytest.raises(TreeError):
            attrs.evolve(a.body[QUOTED], text="other")
        return _quote_view(a)

    return {
        "detach a block": detach_block,
        "detach a comment": detach_comment,
        "remove a comment": remove_comment,
        "move a reply": move_reply,
        "add a reply": add_reply,
        "add a block": add_block,
        "add a quote": add_quote,
        "replace the speakers": replace_speakers,
        "evolve a block": evolve_block,
    }


CHANGES = _changes()


@pytest.mark.parametrize("name", CHANGES)
def test_tree_changes_happen_after_the_quotes_are_found(name: str) -> None:
    lazy, eager = _pair()
    assert CHANGES[name](lazy) == CHANGES[name](eager)
    assert lazy == eager
    assert _outcome(to_json, lazy) == _outcome(to_json, eager)


def _outcome(write: Callable[[Article], str], article: Article) -> str:
    try:
        return write(article)
    except Exception as error:  # a tree a writer refuses: refused the same way
        return f"{type(error).__name__}: {error}"


@pytest.mark.parametrize("path", [SEED, *FIXTURES], ids=lambda p: p.name)
def test_lazy_import_equals_eager_on_every_fixture(path: Path) -> None:
    lazy, eager = _pair(path)
    assert to_json(lazy) == to_json(eager)
    lazy, eager = _pair(path)
    assert lazy == eager  # equality is the first read here
    assert _quote_view(lazy) == _quote_view(eager)


def test_the_seed_page_attributes_its_block_quote_when_read() -> None:
    article = from_html(SEED.read_bytes())
    quote = next(q for q in article.quotes if q.text.startswith("When we combine"))
    assert quote.speaker is not None and quote.speaker.name == "Mark Rutte"
    assert quote.speaker is article.speakers[0]


def test_quotes_false_finds_none_and_a_bad_value_is_refused(finder_calls: list[Article]) -> None:
    article = from_html(SEED.read_bytes(), quotes=False)
    assert article.quotes == [] and article.speakers == []
    assert finder_calls == []
    for wrong in ("later", 1, 0, 1.0):
        with pytest.raises(ValueError, match="quotes must be True, False or 'lazy'"):
            from_html(SEED.read_bytes(), quotes=wrong)  # type: ignore[arg-type]


def test_printing_a_block_or_comment_does_not_find_quotes(finder_calls: list[Article]) -> None:
    article = from_html(COCHRANE.read_bytes())
    assert "quotes=?" in repr(article.body[QUOTED])
    assert all("quotes" not in repr(c) or "quotes=?" in repr(c) for c in article.iter_comments())
    assert finder_calls == []
    article.quotes
    assert "quotes=?" not in repr(article.body[QUOTED])
    assert repr(article.body[QUOTED]) == repr(
        from_html(COCHRANE.read_bytes(), quotes=True).body[QUOTED]
    )


def test_quotes_set_by_hand_before_the_first_read_are_kept() -> None:
    lazy, eager = _pair()
    mine = [Quote(text="mine")]
    lazy.body[QUOTED].quotes = mine
    eager.body[QUOTED].quotes = [Quote(text="mine")]
    assert [q.text for q in lazy.body[QUOTED].quotes] == ["mine"]
    assert [q.text for q in lazy.quotes] == [q.text for q in eager.quotes]


def test_a_block_taken_out_with_a_list_operation_says_so() -> None:
    article = from_html(COCHRANE.read_bytes())
    block = article.body.pop(QUOTED)
    with pytest.raises(TreeError, match="not in the article its quotes wait for"):
        block.quotes


def test_a_second_thread_waits_for_the_quotes_the_first_is_finding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = newsthread.quotes.annotate
    started = threading.Event()

    def slow(article: Article, **options: Any) -> Article:
        started.set()
        time.sleep(0.2)  # the other thread reads meanwhile
        return real(article, **options)

    monkeypatch.setattr(newsthread.quotes, "annotate", slow)
    article = from_html(COCHRANE.read_bytes())
    seen: dict[str, list[str]] = {}

    def first() -> None:
        seen["first"] = [q.text for q in article.quotes]

    def second() -> None:
        started.wait()
        seen["second"] = [q.text for q in article.body[QUOTED].quotes] + [
            s.name for s in article.speakers
        ]

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    eager = from_html(COCHRANE.read_bytes(), quotes=True)
    assert seen["first"] == [q.text for q in eager.quotes]
    assert seen["second"] == [q.text for q in eager.body[QUOTED].quotes] + [
        s.name for s in eager.speakers
    ]
    assert seen["second"]


def test_a_failing_finder_fails_on_every_read_and_leaves_no_half_tree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    added: list[Quote] = []

    def half_then_fail(article: Article, **options: Any) -> Article:
        added.append(article.body[0].add(Quote(text="half")))
        raise RuntimeError("finder broke")

    monkeypatch.setattr(newsthread.quotes, "annotate", half_then_fail)
    article = from_html(COCHRANE.read_bytes())
    for read in (lambda: article.body[0].quotes, lambda: article.speakers, article.walk):
        with pytest.raises(RuntimeError, match="finder broke"):
            list(read())
    assert len(added) == 3 and all(q.parent is None for q in added)
    assert article.body[0].text == from_html(COCHRANE.read_bytes(), quotes=False).body[0].text


def test_hand_built_trees_never_wait_for_quotes(finder_calls: list[Article]) -> None:
    rutte = Speaker(id="s1", name="Mark Rutte")
    quote = Quote(text="We will win", speaker=rutte, start=1, end=12)
    block = Paragraph("“We will win,” Rutte said.", quotes=[quote])
    reply = Comment(id="2", text="Sure.")
    comment = Comment(id="1", text="Hm.", replies=[reply])
    article = Article(title="t", speakers=[rutte], body=[block], comments=[comment])
    assert article.speakers == [rutte] and block.quotes == [quote]
    assert quote.parent is block and comment.quotes == () and reply.quotes == ()
    assert [type(n).__name__ for n in article.walk()] == [
        "Article",
        "Paragraph",
        "Quote",
        "Comment",
        "Comment",
    ]
    article.add(Comment(id="3"))
    reply.detach()
    assert from_json(to_json(article)) == article
    assert finder_calls == []
    article.speakers = []
    assert article.speakers == []


def test_a_node_moved_out_of_its_article_past_the_tree_api_says_so() -> None:
    article = from_html(COCHRANE.read_bytes())
    block = article.body[3]
    block._parent = None  # what only code reaching past the tree API can do
    with pytest.raises(TreeError, match="not in the article its quotes wait for"):
        block.quotes
