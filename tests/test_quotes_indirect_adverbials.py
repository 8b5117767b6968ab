# ruff: noqa: RUF001
"""Reported speech with words between the cue and the content: days, media, objects."""

from newsthread.model import QuoteKind
from newsthread.quotes import find_quotes


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None)
        for q in find_quotes(text)
        if q.kind is QuoteKind.INDIRECT
    ]


def test_a_day_between_cue_and_content_is_skipped() -> None:
    assert _reported("Ann Lee said Thursday the plant would close in May.") == [
        ("the plant would close in May", "Ann Lee")
    ]
    assert _reported("Tom Vale said on Friday he met the governor twice.") == [
        ("he met the governor twice", "Tom Vale")
    ]


def test_a_medium_between_cue_and_content_is_skipped() -> None:
    text = "Ann Lee said in an interview with the Daily Courier the plant would close."
    assert _reported(text) == [("the plant would close", "Ann Lee")]
    text2 = "Tom Vale wrote in a letter this deal was the best one on offer."
    assert _reported(text2) == [("this deal was the best one on offer", "Tom Vale")]


def test_the_object_of_told_and_a_day_are_skipped() -> None:
    assert _reported("Ann Lee told reporters on Monday the plant would close.") == [
        ("the plant would close", "Ann Lee")
    ]


def test_a_contracted_it_opens_a_reported_clause() -> None:
    assert _reported("Tom Vale said it’s too early to count the ballots.") == [
        ("it’s too early to count the ballots", "Tom Vale")
    ]


def test_an_apposition_after_the_object_of_told_is_no_content() -> None:
    text = "“We will not wait,” Ann Lee told Tom Vale, a state representative."
    assert _reported(text) == []


def test_a_time_phrase_opens_no_content() -> None:
    assert _reported("Ann Lee wrote in a column this month in the Daily Courier.") == []


def test_an_adverbial_before_a_cue_that_leads_a_quote_is_no_reported_speech() -> None:
    for text in (
        "Despite the rain, Ann Lee said, “We will march on Monday.”",
        "In a statement, campaign spokesman Tom Vale said, “We will win this race.”",
        "Instead, Ann Lee said, “We will wait and see.”",
    ):
        quotes = find_quotes(text)
        assert [q.kind for q in quotes] == [QuoteKind.DIRECT], text
        assert quotes[0].speaker is not None


def test_what_stands_before_a_parenthetical_cue_is_still_reported() -> None:
    # near misses: a noun phrase before the cue is what was said about; and an adverbial
    # before a cue whose reported clause goes on stays with it
    assert _reported("Her countrymen, she said, should not be afraid of the vote.") == [
        ("Her countrymen", None),
        ("should not be afraid of the vote", None),
    ]
    assert _reported("Recently, Tom Vale said, the mill has hired forty more workers.") == [
        ("Recently", "Tom Vale"),
        ("the mill has hired forty more workers", "Tom Vale"),
    ]
