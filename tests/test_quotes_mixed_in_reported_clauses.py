"""Quoted words inside a reported clause belong to the clause's speaker, also when the
words alone would read as a scare quote (no cue right before or after them)."""

import pytest

from newsthread.model import QuoteKind
from newsthread.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Ann Lee voted in Dover on Monday and says she voted “uncommitted.”",
            "uncommitted.",
            "Ann Lee",
        ),
        (
            "At the town hall on Friday, Tom Vale blasted Kim Reed for “cavorting” with a lobbyist.",
            "cavorting",
            "Tom Vale",
        ),
        (
            "Tom Vale, the mayor, insisted on Tuesday during a long radio interview that the"
            " budget was “balanced” and fair.",
            "balanced",
            "Tom Vale",
        ),
        (
            "Most of those polled said they were “very worried” about the economy.",
            "very worried",
            "Most of those polled",
        ),
    ],
)
def test_quoted_words_in_a_reported_clause_are_the_speakers(
    text: str, words: str, speaker: str
) -> None:
    quotes = [q for q in find_quotes(text) if q.kind is not QuoteKind.INDIRECT]
    assert [q.text for q in quotes] == [words]
    assert quotes[0].kind is QuoteKind.PARTIAL
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == speaker


def test_a_nickname_inside_a_reported_clause_stays_a_name() -> None:
    text = "Tom Vale thought the race was over when he beat Jesús “Chuy” García in April."
    assert [q.text for q in find_quotes(text) if q.kind is not QuoteKind.INDIRECT] == []


def test_a_clause_whose_subject_is_a_thing_gives_no_speaker() -> None:
    text = "The unusual step of the agency shows that the emails were “overclassified” by staff."
    assert [q.text for q in find_quotes(text) if q.kind is not QuoteKind.INDIRECT] == []
