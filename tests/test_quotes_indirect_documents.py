"""Polls, studies and records report what they show: "A new poll shows Lee ahead …"."""

from newsthread.model import QuoteKind
from newsthread.quotes import find_quotes


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None)
        for q in find_quotes(text)
        if q.kind is QuoteKind.INDIRECT
    ]


def test_a_poll_reports_what_it_shows() -> None:
    text = "A poll from the State Institute released Monday found Lee leading Vale by nine points."
    assert _reported(text) == [("Lee leading Vale by nine points", "poll")]


def test_records_report_a_that_clause() -> None:
    assert _reported("Records show that the mill was sold twice in 2011.") == [
        ("the mill was sold twice in 2011", "records")
    ]


def test_a_document_closing_its_sentence_reports_the_words_before_it() -> None:
    assert _reported("The mill was sold twice in 2011, records show.") == [
        ("The mill was sold twice in 2011", "records")
    ]


def test_a_person_finding_something_is_no_document() -> None:
    assert _reported("The police found the boat near the harbor on Monday.") == []
    assert _reported("He found that the plan was flawed from the start.") == []


def test_a_document_hands_no_speaker_to_a_quote_paragraph_after_it() -> None:
    text = (
        "Ann Lee spoke first.\n\n"
        "The figures show only part of the picture, the wages essentially.\n\n"
        "“We never promised more than that.”"
    )
    quote = next(q for q in find_quotes(text) if q.kind is not QuoteKind.INDIRECT)
    assert quote.speaker is None
