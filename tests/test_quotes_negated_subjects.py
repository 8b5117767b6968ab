"""A subject that names nobody ("No one in the room", "None of the four") speaks for
nobody: its quote or reported clause gets no speaker, never the noun after a preposition."""

from __future__ import annotations

import pytest

from newsthread.model import QuoteKind
from newsthread.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)]


@pytest.mark.parametrize(
    "text",
    [
        "No one in the room said “we are sorry for the delay.”",
        "Nobody at the meeting said “we are sorry for the delay.”",
        "No one said “we are sorry for the delay.”",
        "Not a single voter said “we are sorry for the delay.”",
        "Not one of the senators said “we are sorry for the delay.”",
        "No senator from Ohio said “we are sorry for the delay.”",
    ],
)
def test_a_negated_subject_gives_no_speaker(text: str) -> None:
    assert [s for _, s in _speakers(text)] in ([], [None])


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
