"""The seed page end to end: text import, quotes and speakers, and every serialised form."""

from __future__ import annotations

import pytest

from factories import SEED
from newsthread import Comment, QuoteKind, from_text
from newsthread.serialize import from_json, to_json


@pytest.fixture(scope="module")
def seed():
    return from_text(SEED.read_bytes())


def test_structure(seed):
    assert len(seed.body) == 7
    assert seed.declared_comment_count == 6
    assert [(c.id, [r.id for r in c.replies]) for c in seed.comments] == [
        ("c1", ["c2", "c3", "c4"]),
        ("c5", ["c6"]),
    ]


def test_one_speaker_and_three_direct_quotes_all_his(seed):
    (rutte,) = seed.speakers
    assert (rutte.name, rutte.role, rutte.organisation) == (
        "Mark Rutte",
        "Secretary General",
        "NATO",
    )
    assert {"Rutte", "the Secretary General"} <= set(rutte.aliases)
    direct = [
        q
        for q in seed.quotes
        if q.kind is QuoteKind.DIRECT and isinstance(q.parent, type(seed.body[0]))
    ]
    assert [q.text[:30] for q in direct] == [
        "When we combine our strengths,",
        "Working together, we keep Ukra",
        "And working together, we can p",
    ]
    assert all(q.speaker is rutte for q in direct)
    for quote in direct:
        assert quote.parent.text[quote.start : quote.end] == quote.text


def test_comment_quotes_of_the_text_import_have_no_speaker(seed):
    in_comments = [q for q in seed.quotes if isinstance(q.parent, Comment)]
    assert {q.text for q in in_comments} == {"bad actors", "the EU has several bad actors"}
    assert all(q.speaker is None for q in in_comments)


def test_every_form_round_trips(seed):
    assert from_json(to_json(seed)) == seed
    assert from_json(to_json(seed, flat=True)) == seed
