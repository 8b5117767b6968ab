# ruff: noqa: RUF001
"""Reported speech with words between the cue and the content: days, media, objects."""

import pytest

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


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # review 10 R1.4: a clause that opens with a preposition or a time word is reported
        (
            "At least 40 people died, the governor said, “and more are missing.”",
            "At least 40 people died",
        ),
        (
            "As many as 40 people were killed, police said, “and the toll may rise.”",
            "As many as 40 people were killed",
        ),
        (
            "By Friday the bridge will be open, the mayor said, “if the weather holds.”",
            "By Friday the bridge will be open",
        ),
        (
            "Since 2010, crime has fallen by half, the mayor said, “and we will go on.”",
            "Since 2010, crime has fallen by half",
        ),
        (
            "With the money, we can build 40 schools, Vale said, “and hire teachers.”",
            "With the money, we can build 40 schools",
        ),
        (
            "Yesterday the market fell sharply, the minister said, “but it will recover.”",
            "Yesterday the market fell sharply",
        ),
        ("Now is the time to act, Vale said, “not tomorrow.”", "Now is the time to act"),
        (
            "Later this year we will vote, Vale said, “and then we will see.”",
            "Later this year we will vote",
        ),
        (
            "In my view, the plan is dead, Vale said, “and we must move on.”",
            "In my view, the plan is dead",
        ),
    ],
)
def test_a_clause_opening_with_an_adverbial_before_a_cue_stays_reported(
    text: str, clause: str
) -> None:
    assert [t for t, _ in _reported(text)] == [clause]
