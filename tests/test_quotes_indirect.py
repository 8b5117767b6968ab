"""Reported speech without quote marks: cues, objects and adverbials before the content."""

import pytest

from newsthread.model import QuoteKind
from newsthread.quotes import INDIRECT_LEMMAS, find_quotes


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None)
        for q in find_quotes(text)
        if q.kind is QuoteKind.INDIRECT
    ]


def test_according_to_at_the_end_of_a_sentence() -> None:
    assert _reported("Sales fell by a third last year, according to the company.") == [
        ("Sales fell by a third last year", "company")
    ]


def test_according_to_opening_a_sentence() -> None:
    assert _reported("According to Ann Vale, the mill will reopen in May.") == [
        ("the mill will reopen in May", "Ann Vale")
    ]


def test_according_to_a_document_by_a_body_gives_the_body() -> None:
    text = "Turnout rose among young voters, according to a new poll by the State Institute."
    assert _reported(text) == [("Turnout rose among young voters", "State Institute")]


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("from March", "report from March"),
        ("from last year", "report from last year"),
        ("by phone of 900 tenants", "report"),
    ],
)
def test_according_to_a_document_of_a_time_or_a_means_keeps_the_document(
    source: str, speaker: str
) -> None:
    text = f"Rents rose 8 percent in Dover, according to a report {source}."
    assert [s for _, s in _reported(text)] == [speaker]


def test_said_it_would_reports_a_clause() -> None:
    assert _reported("The company said it would close the plant in Ohio.") == [
        ("it would close the plant in Ohio", "company")
    ]
    assert _reported("The company says it considered building the plant in Ohio.") == [
        ("it considered building the plant in Ohio", "company")
    ]


def test_said_it_alone_reports_nothing() -> None:
    assert _reported("She said it again and again to the crowd.") == []


def test_said_the_same_thing_reports_nothing_but_the_same_noun_does() -> None:
    assert _reported("Tom Reed said the same about the budget.") == []
    assert _reported("Tom Reed said the same technology could be used for roads.") == [
        ("the same technology could be used for roads", "Tom Reed")
    ]


def test_told_an_object_then_a_clause_without_that() -> None:
    assert _reported("Tom Reed told POLITICO on Monday he had kept up his schedule.") == [
        ("he had kept up his schedule", "Tom Reed")
    ]


def test_asked_and_urged_report_what_was_asked() -> None:
    assert {"ask", "urge"} <= INDIRECT_LEMMAS
    assert _reported("Ann Vale asked the students if they were always so serious.") == [
        ("if they were always so serious", "Ann Vale")
    ]
    assert _reported("The mayor urged the council to raise the cutoff to 51,000 dollars.") == [
        ("the council to raise the cutoff to 51,000 dollars", "The mayor")
    ]


def test_asked_for_comment_reports_nothing() -> None:
    assert _reported("Ann Vale asked for comment on the plan.") == []


def test_a_pronoun_that_stands_for_nobody_keeps_the_statement_without_a_speaker() -> None:
    (q,) = find_quotes("It said supporters of the group had left the city.")
    assert q.kind is QuoteKind.INDIRECT
    assert q.text == "supporters of the group had left the city"
    assert q.speaker is None
    assert q.cue == "said"


def test_a_described_speaker_with_a_relative_clause_before_said() -> None:
    text = (
        "A city official, who asked not to be named because the talks are private, "
        "said the mayor had spoken with the union."
    )
    assert _reported(text) == [("the mayor had spoken with the union", "A city official")]


def test_a_cue_set_off_by_commas_reports_what_follows() -> None:
    text = "As the vote nears, Stone says, the number of real independents shrinks."
    assert _reported(text) == [
        ("As the vote nears", "Stone"),
        ("the number of real independents shrinks", "Stone"),
    ]
    text2 = "Now, he says, at least seven delegates have signed on."
    assert [q.text for q in find_quotes(text2)] == [
        "Now",
        "at least seven delegates have signed on",
    ]


def test_a_cue_closing_the_sentence_may_carry_a_day() -> None:
    text = "Ann Lee spoke first. The plan will fail, Lee said on Monday. Costs are high, she said Friday."
    assert _reported(text) == [("The plan will fail", "Ann Lee"), ("Costs are high", "Ann Lee")]


def test_a_closing_cue_may_carry_a_place_or_manner_phrase() -> None:
    text = "Ann Lee spoke first. The plan will fail, Lee said in the hall."
    assert _reported(text) == [("The plan will fail", "Ann Lee")]
    text2 = "Tom Vale spoke first. The vote was rigged, Vale said by text message on Monday."
    assert _reported(text2) == [("The vote was rigged", "Tom Vale")]


def test_a_closing_cue_with_an_object_that_is_no_phrase_reports_nothing() -> None:
    assert _reported("Ann Lee spoke first. After the long vote, Lee said nothing.") == []


def test_an_inverted_cue_closing_the_sentence_reports_the_words_before_it() -> None:
    text = "The plan will fail because the money ran out, said Ann Lee, the mayor."
    assert _reported(text) == [("The plan will fail because the money ran out", "Ann Lee")]


def test_an_inverted_cue_with_a_described_speaker_reports_the_words_before_it() -> None:
    text = "The plan will fail because the money ran out, said a city official."
    assert _reported(text) == [("The plan will fail because the money ran out", "a city official")]


def test_a_subject_with_an_apposition_still_reports_the_words_after_the_cue() -> None:
    text = "Ann Lee, the mayor, said the plan would fail because money ran out."
    assert _reported(text) == [("the plan would fail because money ran out", "Ann Lee")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Ann Lee boasted that the new bridge was the best in the state.",
            "the new bridge was the best in the state",
            "Ann Lee",
        ),
        (
            "Tom Vale posted on his blog that the mayor had lied about the budget.",
            "the mayor had lied about the budget",
            "Tom Vale",
        ),
        (
            "Kim Reed replied that no decision had been taken yet.",
            "no decision had been taken yet",
            "Kim Reed",
        ),
    ],
)
def test_direct_speech_verbs_also_report_a_that_clause(
    text: str, content: str, speaker: str
) -> None:
    (q,) = find_quotes(text)
    assert q.kind is QuoteKind.INDIRECT
    assert q.text == content
    assert q.speaker is not None
    assert q.speaker.name == speaker


def test_according_to_closing_the_sentence_is_not_reported_content() -> None:
    assert _reported("Ann Lee told reporters the city would act, according to Tom Vale.") == [
        ("the city would act", "Ann Lee")
    ]
