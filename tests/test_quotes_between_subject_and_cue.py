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
        (
            "Two officials speaking on condition of anonymity said, “The vote is lost.”",
            "Two officials",
        ),
        ("One person familiar with the plan told reporters, “The vote is lost.”", "One person"),
        ("A lawyer representing Acme Corp. said, “The vote is lost.”", "A lawyer"),
        ("Residents close to the river said, “We are afraid of the flood.”", "Residents"),
        ("An aide working for the governor said, “The vote is lost.”", "An aide"),
        (
            "Another intelligence source speaking to the Dover Times said, “It is over.”",
            "Another intelligence source",
        ),
        # after the quote too
        ("“The vote is lost,” a source familiar with the talks said.", "source"),
        ("“The vote is lost,” two officials briefed on the plan said.", "two officials"),
    ],
)
def test_the_head_noun_before_a_post_modifier_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


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
    assert [(q.cue, q.speaker.name if q.speaker else None) for q in find_quotes(text)] == [
        ("said", "talks")
    ]


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
    text = "Ann Lee, dressed in red, said the party was “united at last.”"
    assert _speakers(text) == ["Ann Lee"]
    text = "Ann Lee, dressed " + "in red " * 50_000 + ", said the party was “united at last.”"
    assert find_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a post-modifier before another clause's verb is not cut from this cue's subject
        ("Two people close to Ann Lee said she called the plan “a disaster.”", ("said", "Two people")),
        ("A source close to Tom Vale said he called the plan “a disaster.”", ("said", "source")),
        # "diplomats" heads a subject too
        ("Several diplomats with knowledge of the talks said, “It is over.”", ("said", "Several diplomats")),
        ("Two diplomats familiar with the talks said, “It is over.”", ("said", "Two diplomats")),
    ],
)  # fmt: skip
def test_a_post_modifier_is_cut_only_from_its_own_subject(text: str, said: tuple[str, str]) -> None:
    assert [(q.cue, q.speaker.name if q.speaker else None) for q in find_quotes(text)] == [said]
