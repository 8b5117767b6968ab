"""Words between a subject and its cue: a phrase after the head noun ("a source familiar
with the talks said": the source speaks, not the talks) and "only", "even", "just"."""

from __future__ import annotations

import pytest

from newsthread.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in find_quotes(text, indirect=False)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A source close to the mayor said, “The vote is lost.”", "source"),
        ("Two officials speaking on condition of anonymity said, “The vote is lost.”", "officials"),
        ("One person familiar with the plan told reporters, “The vote is lost.”", "person"),
        ("A lawyer representing Acme Corp. said, “The vote is lost.”", "lawyer"),
        ("Residents close to the river said, “We are afraid of the flood.”", "Residents"),
        ("An aide working for the governor said, “The vote is lost.”", "aide"),
        ("Another intelligence source speaking to the Dover Times said, “It is over.”", "source"),
        # after the quote too
        ("“The vote is lost,” a source familiar with the talks said.", "source"),
        ("“The vote is lost,” two officials briefed on the plan said.", "officials"),
    ],
)
def test_the_head_noun_before_a_post_modifier_speaks(text: str, speaker: str) -> None:
    (name,) = _speakers(text)
    assert name is not None
    assert name.split()[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name is no head noun: the words after "close to" are not cut from it
        ("Tom Vale, who is close to the mayor, said, “The vote is lost.”", "Tom Vale"),
        ("“The vote is lost,” Tom Vale, a source familiar with the plan, said.", "Tom Vale"),
        # an ordinary subject is untouched
        ("A spokesman for the mayor said, “The vote is lost.”", "A spokesman for the mayor"),
    ],
)
def test_other_subjects_keep_their_words(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_long_post_modifier_run_stays_linear() -> None:
    # every look-back is bounded: the cue is found, its head noun too far to reach
    text = "A source " + "familiar with " * 50_000 + "the talks said, “The vote is lost.”"
    assert [q.cue for q in find_quotes(text)] == ["said"]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("Tom Vale would only say that the bridge was safe.", "say", "Tom Vale"),
        ("Some residents even insist that the bridge was safe.", "insist", "Some residents"),
        ("Tom Vale just said, “It is over.”", "said", "Tom Vale"),
        ("Critics could only note that the bridge was “never safe”.", "note", "Critics"),
    ],
)
def test_only_even_and_just_stand_between_a_subject_and_its_cue(
    text: str, cue: str, speaker: str
) -> None:
    assert [(q.cue, q.speaker.name if q.speaker else None) for q in find_quotes(text)] == [
        (cue, speaker)
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a participle phrase set off by commas, with a name or a clause inside it
        (
            "State delegate Ann Lee, clad in a red cape with lights that formed the name Vale, "
            "said the party was “united at last.”",
            "Ann Lee",
        ),
        ("Ann Lee, dressed in red, said the party was “united at last.”", "Ann Lee"),
        (
            "Tom Vale, later claiming that Ann Lee had lost the vote, said the result was “a "
            "disgrace.”",
            "Tom Vale",
        ),
        # "state" before a role noun is no cue: "Dover state delegate" is a description
        ("Dover state delegate Ann Lee said the party was “united at last.”", "Ann Lee"),
    ],
)
def test_a_participle_apposition_between_a_name_and_its_cue(text: str, speaker: str) -> None:
    assert [q.speaker.name if q.speaker else None for q in find_quotes(text)] == [speaker]


def test_a_long_participle_apposition_stays_linear() -> None:
    # the apposition is read in a bounded window: no subject that far, so no statement
    text = "Ann Lee, dressed " + "in red " * 50_000 + ", said the party was “united at last.”"
    assert find_quotes(text) == []
