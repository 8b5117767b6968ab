"""A subject that names nobody ("No one in the room", "None of the four") speaks for
nobody: its quote or reported clause gets no speaker, never the noun after a preposition."""

from __future__ import annotations

import pytest

from newsthread.model import QuoteKind
from newsthread.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("subject", "quote"),
    [
        ("No one", "“we are sorry for the delay.”"),
        ("No one in the room", "“we are sorry for the delay.”"),
        ("Nobody at the meeting", "“we are sorry for the delay.”"),
        ("Not a single voter", "“we are sorry for the delay.”"),
        ("Not one of the senators", "“we are sorry for the delay.”"),
        ("No senator from Ohio", "“we are sorry for the delay.”"),
        ("None of the four", ": “The city should pay.”"),
        ("Not a single voter in the hall", ": “The city should pay.”"),
        ("Neither man", ": “The city should pay.”"),
    ],
)
def test_a_negated_subject_keeps_the_quote_with_no_speaker(subject: str, quote: str) -> None:
    # review R1.2: the quote is kept, and the earlier person lends it no speaker
    text = f"Carl Lee spoke first. {subject} said{'' if quote.startswith(':') else ' '}{quote}"
    words = quote.strip(" :“”")
    assert _speakers(text) == [(words, None)]


def test_reported_speech_of_nobody_is_not_reported() -> None:
    text = (
        "So far, no terrorist organization has claimed responsibility for the attack in the city."
    )
    assert [q for q in find_quotes(text) if q.kind is QuoteKind.INDIRECT] == []
    text = "None of the four said the city should have paid for the new bridge."
    assert [q for q in find_quotes(text) if q.kind is QuoteKind.INDIRECT] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "No" that negates no subject; a person named after "No" and a noun
        ("No wonder Tom Reed said: “We love the plan.”", "Tom Reed"),
        ("No doubt about it, Ann Vale said: “We love the plan.”", "Ann Vale"),
    ],
)  # fmt: skip
def test_near_misses_keep_their_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [("We love the plan.", speaker)]


@pytest.mark.parametrize(
    "lead",
    ["The x86 build is not officially supported.[52]", "The x86 build is no longer supported.[52]"],
)
def test_a_negation_in_the_sentence_before_a_reference_mark_negates_no_subject(lead: str) -> None:
    text = (
        f"{lead} Carl Brandt, president of Dover Software, has said that it is unlikely that a "
        "phone version will be released."
    )
    assert [
        (q.text, q.speaker.name if q.speaker else None)
        for q in find_quotes(text)
        if q.kind is QuoteKind.INDIRECT
    ] == [("it is unlikely that a phone version will be released", "Carl Brandt")]


@pytest.mark.parametrize(
    "text",
    [
        # review R1.3: a "not" inside the clause negates no subject
        "Carl Lee spoke first. The governor, not the mayor, said: “The plan is dead.”",
        "Carl Lee spoke first. Whether or not the mayor said “the plan is dead” is unclear.",
    ],
)
def test_a_negation_inside_the_clause_negates_no_subject(text: str) -> None:
    # the quote keeps a speaker of its own sentence, never the earlier person or none
    assert [s for _, s in _speakers(text)] not in ([None], ["Carl Lee"], [])


@pytest.mark.parametrize("contrast", ["not", "and not", "but not"])
def test_the_subject_before_a_contrast_speaks(contrast: str) -> None:
    # review R4.10: the contrast is an aside between the subject and its cue
    text = f"Carl Lee spoke first. The governor, {contrast} the mayor, said: “The plan is dead.”"
    assert _speakers(text) == [("The plan is dead.", "The governor")]


def test_a_named_subject_before_a_contrast_speaks_reported_words() -> None:
    text = "Ann Vale, not Tom Reed, said the plan was dead."
    assert _speakers(text) == [("the plan was dead", "Ann Vale")]
