# ruff: noqa: RUF001
"""Sentence openers before the subject, the introducing clause and "put it" as cues."""

from __future__ import annotations

import pytest

from newsthread.quotes import find_quotes


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text, indirect=False)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a plural time noun opening the sentence is no name
        "Hours later, Vale returned the favour to Ortiz, telling Reuters, “We have been friends "
        "for years.”",
        # a discourse adverb opening the sentence is no name
        "Nevertheless, Vale returned the favour to Ortiz, telling Reuters, “We have been friends "
        "for years.”",
        # two stacked openers before the subject
        "On Thursday, after staying neutral for months, Vale endorsed the mayor, saying, "
        "“We have been friends for years.”",
    ],
)
def test_openers_before_the_subject(text: str) -> None:
    assert _pairs(text) == [("We have been friends for years.", "Vale")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Immediately after the attacks, Vale issued a statement, “Last night, our city was "
            "attacked.”",
            "Vale",
        ),
        ("The governor turned to the crowd: “We will rebuild every house.”", "The governor"),
    ],
)
def test_subject_of_the_introducing_clause_speaks(text: str, speaker: str) -> None:
    assert [s for _, s in _pairs(text)] == [speaker]


def test_introducing_clause_without_a_person_gives_no_speaker() -> None:
    text = "The banner over the stage was painted in red letters: “We will rebuild every house.”"
    assert [s for _, s in _pairs(text)] == [None]


def test_long_apposition_between_name_and_cue() -> None:
    text = (
        "“The decision shows that both rights can be kept,” Ann Vale, attorney for one of the "
        "four groups that filed suit over the new law, said in a statement."
    )
    got = find_quotes(text, indirect=False)
    assert len(got) == 1
    assert got[0].speaker is not None
    assert (got[0].speaker.name, got[0].speaker.role) == ("Ann Vale", "attorney")


@pytest.mark.parametrize(
    "text",
    [
        "As Ann Vale put it, “We are done with this.”",
        "Few agreed. As Ann Vale, the No. 2 in the party, put it: “We are done with this.”",
        "“We are done with this,” as Ann Vale put it.",
    ],
)
def test_put_it_is_a_cue(text: str) -> None:
    assert [s for _, s in _pairs(text)] == ["Ann Vale"]


def test_put_alone_is_no_cue() -> None:
    text = "“We are done with this,” the sign read. Ann Vale put the sign away."
    assert [t for t, _ in _pairs(text)] == ["We are done with this,"]
    assert "Ann Vale" not in [s for _, s in _pairs(text)]
    # "put" after the quote neither takes the quote from its cue nor gives a cue-less one a speaker
    text = "“We are done with this,” Tom Berg said. Ann Vale put the sign away."
    assert _pairs(text) == [("We are done with this,", "Tom Berg")]
    text = "“We are done with this.” Ann Vale put the sign away."
    assert _pairs(text) == [("We are done with this.", None)]


def test_a_cue_verb_is_no_sentence_subject() -> None:
    text = (
        "A Vale adviser, who spoke on the condition of anonymity to speak candidly, said of the "
        'senator, "She takes the threat very seriously and she takes her role seriously."'
    )
    got = _pairs(text)
    assert [t for t, _ in got] == [
        "She takes the threat very seriously and she takes her role seriously."
    ]
    speakers = [s for _, s in got]
    assert len(speakers) == 1
    assert not (speakers[0] or "").startswith("said")
    # with a name before the relative clause, the name is the subject, not the cue verb
    text = (
        "Ann Vale, who spoke on the condition of anonymity to speak candidly, said of the "
        'senator, "She takes the threat very seriously."'
    )
    assert _pairs(text) == [("She takes the threat very seriously.", "Ann Vale")]


def test_a_conjunction_opening_the_sentence_is_no_part_of_the_subject() -> None:
    text = "But Sen. Ann Vale refused to comment, responding that she is “not going there.”"
    (q,) = find_quotes(text, indirect=False)
    assert q.speaker is not None and q.speaker.name == "Ann Vale"


def test_an_inverted_cue_after_an_opening_phrase_names_the_speaker() -> None:
    text = "Because of how the schedule was drawn, explained Ann Vale, “it will be over by March.”"
    (q,) = find_quotes(text, indirect=False)
    assert q.speaker is not None and q.speaker.name == "Ann Vale"
    assert q.cue == "explained"


def test_an_inverted_auxiliary_is_no_part_of_the_name() -> None:
    text = (
        "Tom Vale is running again. Can Vale still win the race? "
        "He called the attack “a cheap shot from a desperate man.”"
    )
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "Tom Vale"


def test_a_gerund_opening_the_sentence_is_no_speaker_of_a_mixed_quote() -> None:
    # "Ending" was read as a one-word name owning the quoted words
    assert _pairs("Here is the list: Cutting taxes. Ending “welfare as we know it.” Done.") == []
    # a surname the article names in full still owns its quote
    text = "Chelsea Manning spoke on Monday. Manning “never regretted” the leak."
    assert _pairs(text) == [("never regretted", "Chelsea Manning")]


@pytest.mark.parametrize("state", ["N.H.", "Calif."])
def test_the_state_after_a_city_in_an_opening_phrase_is_no_subject(state: str) -> None:
    # the participle's subject was the state ("N.H.") after the opening phrase
    text = (
        f"At a rally in Dover, {state}, on Tuesday, Senator Tom Vale of Vermont endorsed "
        "Ann Lee, saying that she would “make an outstanding mayor.”"
    )
    assert [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)] == [
        ("make an outstanding mayor.", "Tom Vale")
    ]


def test_a_run_of_state_abbreviations_is_skipped_a_few_at_a_time() -> None:
    # Each abbreviation skipped is one call deeper: a run of thousands stops at a bound
    # instead of the recursion limit.
    from newsthread.quotes._sentence_subject import sentence_subject

    text = "N.H., " * 3000 + "Ann Lee said it."
    assert sentence_subject(text, 0, len(text), False) == ("N.H.", 24)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In early October, the campaign's state director, Tom Vale, reached out to the firm,"
            " writing in an email: “We want to use this soon.”",
            "Tom Vale",
        ),
        (
            "In early October, Vale’s Virginia state director, Tom Reed, reached out to the firm,"
            " writing in an email: “We want to use this soon.”",
            "Tom Reed",
        ),
    ],
)
def test_a_role_with_a_possessive_and_a_name_in_apposition_opens_the_sentence(
    text: str, name: str
) -> None:
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert q.speaker.name == name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Like Reed, Tom Vale also rejected the notion, arguing that there is “room for the "
            "mayor” in the plan.",
            "Tom Vale",
        ),
        (
            "Unlike her rival Tom Reed, Ann Lee went on to attack the plan, calling it “a "
            "disgrace.”",
            "Ann Lee",
        ),
        ("Alongside Tom Reed, Ann Lee took the stage, shouting “Dover first!”", "Ann Lee"),
    ],
)
def test_a_preposition_opening_the_sentence_is_no_subject(text: str, speaker: str) -> None:
    assert [q.speaker.name if q.speaker else None for q in find_quotes(text)] == [speaker]
