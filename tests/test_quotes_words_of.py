# ruff: noqa: RUF001
""" "in Lee's words, …" / "in the words of Tom Vale, …": the owner of the words speaks."""

from __future__ import annotations

import pytest

from newsthread.quotes import find_quotes


def _cues(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.cue, q.speaker.name if q.speaker else None) for q in find_quotes(text, indirect=False)
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The summit met in Dover because, in Forbes’ words, “they are the most inventive "
            "places on the planet.”",
            "Forbes",
        ),
        ("In the words of Tom Vale, “the bridge is a disgrace.”", "Tom Vale"),
        ("Ann Lee spoke last. In her own words: “I was never afraid of the water.”", "Ann Lee"),
        # nearer than the cue of the sentence
        ("Vale said that, in Lee's words, “the bridge is a disgrace.”", "Lee"),
        (
            "The mayor was, in the words of a senior adviser, “the torchbearer” of the plan.",
            "a senior adviser",
        ),
    ],
)
def test_the_owner_of_the_words_speaks(text: str, speaker: str) -> None:
    ((cue, name),) = _cues(text)
    assert cue == "words"
    assert name == speaker


def test_words_not_owned_are_no_cue() -> None:
    # "in other words" names nobody
    text = "In other words, “the bridge is a disgrace.”"
    assert _cues(text) == [(None, None)]


def test_a_long_run_of_words_of_stays_linear() -> None:
    # the owner is read in a bounded window before the quote: none that far
    text = "In the words of " + "the words of " * 50_000 + "Tom Vale, “the bridge is a disgrace.”"
    assert _cues(text) == [(None, None)]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a work has no words of its own to speak: no speaker
        ("In the words of the song, “all you need is love.”", (None, None)),
        # a pronoun owner defers to the sentence's own cue, which names the person
        ("As Lee put it, in her own words: “I am done here.”", ("put it", "Lee")),
    ],
)
def test_the_words_of_a_work_or_a_pronoun_owner(
    text: str, said: tuple[str | None, str | None]
) -> None:
    assert _cues(text) == [said]
