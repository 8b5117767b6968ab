"""The seed page: one speaker, Mark Rutte, three quoted spans, the thread's quotes not his."""

from __future__ import annotations

import pytest

from factories import SEED
from newsthread.model import Article, Comment, Paragraph, QuoteKind
from newsthread.quotes import annotate


def _comment_text(lines: list[str]) -> str:
    paras: list[list[str]] = [[]]
    for line in lines:
        if not line.strip():
            if paras[-1]:
                paras.append([])
            continue
        paras[-1].append(line.strip())
    return "\n\n".join("\n".join(p) for p in paras if p)


def build_seed() -> Article:
    """The seed page built by hand: one Paragraph per body paragraph, the thread as Comments."""
    raw = SEED.read_text(encoding="utf-8")
    body_text, rest = raw.split("6 COMMENTS", 1)
    thread = rest.split("LEAVE A REPLY", 1)[0]
    body = [Paragraph(p.strip()) for p in body_text.split("\n\n") if p.strip()]
    # top-level comments start with "  1." / "  2.", replies with "    •"
    entries: list[tuple[int, list[str]]] = []
    for line in thread.splitlines():
        s = line.strip()
        if s[:2] in ("1.", "2."):
            entries.append((0, [s[2:].strip()]))
        elif s.startswith("•"):
            entries.append((1, [s[1:].strip()]))
        elif entries:
            entries[-1][1].append(line)
    comments: list[Comment] = []
    for n, (level, lines) in enumerate(entries, 1):
        c = Comment(id=str(n), text=_comment_text(lines))
        if level == 0:
            comments.append(c)
        else:
            comments[-1].add(c)
    return Article(title="NATO and the EU", body=body, comments=comments)


@pytest.fixture
def seed() -> Article:
    return annotate(build_seed())


def test_seed_shape() -> None:
    art = build_seed()
    assert len(art.body) == 7
    assert [len(c.replies) for c in art.comments] == [3, 1]
    assert sum(1 for _ in art.iter_comments()) == 6


def test_one_speaker_mark_rutte(seed: Article) -> None:
    assert len(seed.speakers) == 1
    rutte = seed.speakers[0]
    assert rutte.name == "Mark Rutte"
    assert rutte.role == "Secretary General"
    assert rutte.organisation == "NATO"
    assert "Rutte" in rutte.aliases
    assert "the Secretary General" in rutte.aliases


def test_three_quoted_spans_all_his(seed: Article) -> None:
    rutte = seed.speakers[0]
    quoted = [q for q in seed.quotes if q.kind is not QuoteKind.INDIRECT and q.speaker is not None]
    assert [q.text[:30] for q in quoted] == [
        "When we combine our strengths,",
        "Working together, we keep Ukra",
        "And working together, we can p",
    ]
    assert all(q.speaker is rutte for q in quoted)
    assert [q.cue for q in quoted] == ["said", "said", "said"]
    assert all(q.kind is QuoteKind.DIRECT for q in quoted)
    # the second and third stand in the same paragraph: the pronoun and the continuation
    assert quoted[1].parent is quoted[2].parent
    for q in quoted:
        block = q.parent
        assert isinstance(block, Paragraph)
        assert block.text[q.start : q.end] == q.text


def test_indirect_speech_is_his_too(seed: Article) -> None:
    rutte = seed.speakers[0]
    indirect = [q for q in seed.quotes if q.kind is QuoteKind.INDIRECT]
    assert indirect, "He argued that ... is reported speech"
    assert all(q.speaker is rutte for q in indirect)
    assert any(q.text.startswith("cooperation between NATO and the EU") for q in indirect)


def test_comment_quotes_are_not_rutte(seed: Article) -> None:
    comment_quotes = [q for c in seed.iter_comments() for q in c.quotes]
    texts = [q.text for q in comment_quotes]
    assert "bad actors" in texts
    assert "the EU has several bad actors" in texts
    assert all(q.speaker is None for q in comment_quotes)
    # “bad actors” repeats words of the comment it answers
    bad = next(q for q in comment_quotes if q.text == "bad actors")
    assert bad.source == seed.comments[0].address
    # the scare quote 'rocky' neither repeats anything nor is said by anybody
    assert "rocky" not in texts


def test_annotate_twice_does_not_duplicate(seed: Article) -> None:
    before = [(q.text, q.start, q.kind) for q in seed.quotes]
    annotate(seed)
    assert [(q.text, q.start, q.kind) for q in seed.quotes] == before
    assert len(seed.speakers) == 1
