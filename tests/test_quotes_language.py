"""Attribution runs for English; other declared languages get their quotes without English name rules."""

from __future__ import annotations

from newsthread import Article, Paragraph, QuoteKind
from newsthread.quotes import annotate


def article(language: str | None, *texts: str) -> Article:
    return Article(language=language, body=[Paragraph(t) for t in texts])


def test_english_and_undeclared_articles_are_attributed():
    for language in ("en", "en-GB", None):
        a = annotate(
            article(language, "Mark Rutte spoke in Brussels.", "“We keep Ukraine strong,” he said.")
        )
        assert [q.speaker.name for q in a.quotes if q.speaker] == ["Mark Rutte"]


def test_other_languages_keep_direct_quotes_but_take_no_names_from_capitalised_nouns():
    a = annotate(
        article(
            "de",
            "Die Mailingliste Der Partei hat am Montag getagt.",
            "„Tatsache ist doch, dass wir das alles schon lange wissen“, sagte er.",
            "Merkel sagte, dass alles gut werde.",
        )
    )
    direct = [q for q in a.quotes if q.kind is QuoteKind.DIRECT]
    assert [q.text for q in direct] == ["Tatsache ist doch, dass wir das alles schon lange wissen"]
    assert all(q.speaker is None for q in a.quotes)
    assert not any(q.kind is QuoteKind.INDIRECT for q in a.quotes)
    assert a.speakers == []
