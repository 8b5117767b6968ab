"""Who a surname, "it" and "they" stand for: the most recent person of that surname (a sentence
subject first), the last institution or group that was a subject before the quote and within
400 characters of it, one speaker for a group however often it speaks."""

from __future__ import annotations

import pytest

from newsthread.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker is not None else None for q in find_quotes(text)]


# -- surnames ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the most recent Smith, though the Smith named last is Mary
        (
            "John Smith spoke. Mary Smith arrived. John Smith waved. “We will rebuild,” Smith said.",
            "John Smith",
        ),
        (
            "Mary Smith spoke. John Smith arrived. Mary Smith waved. “We will rebuild,” Smith said.",
            "Mary Smith",
        ),
        # a sentence subject before a later object of the same surname
        (
            "John Smith spoke. Mary Smith spoke. Ann Berg thanked John Smith on Monday. "
            "“We will rebuild,” Smith said.",
            "Mary Smith",
        ),
        (
            "Mary Smith spoke. John Smith spoke. Ann Berg thanked Mary Smith on Monday. "
            "“We will rebuild,” Smith said.",
            "John Smith",
        ),
    ],
)
def test_a_surname_is_the_most_recent_person_of_that_name(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_surname_alone_as_a_subject_is_a_mention_of_that_person() -> None:
    # "Rutte is tired" makes Mark Rutte the latest subject: "he" is Rutte, not Tom Berg
    before = "Tom Berg thanked Mark Rutte on Monday. "
    quote = "“We are done,” he said."
    assert speakers(before + quote) == ["Tom Berg"]
    assert speakers(before + "Rutte is tired of waiting. " + quote) == ["Mark Rutte"]


# -- "it" and "they" -------------------------------------------------------------------

IT = ("NATO met in Brussels on Monday.", "“The alliance is united,” it said in a statement.")
THEY = ("Ann Lee and Tom Vale met the mayor on Monday.", "“We are not done,” they said.")


@pytest.mark.parametrize(
    ("subject", "quote", "speaker"), [(*IT, "NATO"), (*THEY, "Ann Lee and Tom Vale")]
)
def test_it_and_they_look_back_not_ahead(subject: str, quote: str, speaker: str) -> None:
    assert speakers(f"{subject} {quote}") == [speaker]
    assert speakers(f"{quote} {subject}") == [None]
    # a subject after the quote does not hide the one before it
    assert speakers(f"{subject} {quote} {subject}") == [speaker]
    assert speakers(f"{subject} {quote} Acme Corp. denied it. Bob Roe and Jim Poe left.") == [
        speaker
    ]


@pytest.mark.parametrize(
    ("subject", "quote", "speaker", "last_gap"),
    [(*IT, "NATO", 339), (*THEY, "Ann Lee and Tom Vale", 332)],
)
def test_it_and_they_look_back_400_characters(
    subject: str, quote: str, speaker: str, last_gap: int
) -> None:
    def gap(n: int) -> str:
        return f"{subject} {'x' * n}. {quote}"

    # the subject's mention and the cue are 399 characters apart, then 400
    assert speakers(gap(last_gap)) == [speaker]
    assert speakers(gap(last_gap + 1)) == [None]
    # the window is measured between the two, wherever in the text they are
    far_in = "y" * 600 + ". "
    assert speakers(far_in + gap(last_gap)) == [speaker]
    assert speakers(far_in + f"{subject} {quote}") == [speaker]


# -- groups ------------------------------------------------------------------------------


def test_a_group_that_speaks_twice_is_one_speaker() -> None:
    text = (
        "Ann Lee and Tom Vale met the mayor on Monday. “We are not done,” they said. "
        "Later, Ann Lee and Tom Vale left. “We will be back,” they said."
    )
    first, second = find_quotes(text)
    assert first.speaker is not None and second.speaker is not None
    assert (first.speaker.id, first.speaker.name) == ("s1", "Ann Lee and Tom Vale")
    assert second.speaker is first.speaker


# -- "he" and "she" ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tom Berg thanked Mary Lee on Monday. “We are grateful,” she said.", "Mary Lee"),
        ("Mary Lee thanked Tom Berg on Monday. “We are grateful,” he said.", "Tom Berg"),
        ("Tom Berg thanked Mary Lee on Monday. “We are grateful,” he said.", "Tom Berg"),
        ("Mary Lee thanked Tom Berg on Monday. “We are grateful,” she said.", "Mary Lee"),
    ],
)
def test_he_and_she_go_to_the_person_of_that_gender(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_subject_beats_a_later_object_only_within_400_characters() -> None:
    def gap(n: int) -> str:
        return f"Tom Berg thanked Mark Rutte on Monday. {'x' * n}. “We are done,” he said."

    assert speakers(gap(343)) == ["Tom Berg"]  # Tom Berg 399 characters before the cue
    assert speakers(gap(344)) == ["Mark Rutte"]  # 400: only the more recent mention is near
    assert speakers("y" * 600 + ". " + gap(0)) == ["Tom Berg"]


def test_a_person_of_the_pronouns_gender_beats_a_more_recent_one_of_unknown_gender() -> None:
    text = "The mayor thanked Tom Berg and Amadou Magassa on Monday. “We are grateful,” he said."
    assert speakers(text) == ["Tom Berg"]


@pytest.mark.parametrize(("pronoun", "speaker"), [("she", "Mary Lee"), ("he", "Levin")])
def test_the_gender_a_pronoun_gives_a_person_is_kept(pronoun: str, speaker: str) -> None:
    # "he said" makes Levin a man: a later "she" is not Levin, though Levin is the subject
    text = (
        "Levin dismissed the report. “It proves nothing,” he said. "
        f"Levin praised Mary Lee on Monday. “We are grateful,” {pronoun} said."
    )
    assert speakers(text) == ["Levin", speaker]


def test_a_subject_of_unknown_gender_beats_an_object_of_the_pronouns_gender() -> None:
    assert speakers("Levin thanked Tom Berg on Monday. “We are grateful,” he said.") == ["Levin"]


def test_he_looks_back_past_a_person_named_after_the_quote() -> None:
    text = "Tom Berg thanked Mark Rutte on Monday. “We are done,” he said. Jim Poe left early."
    assert speakers(text) == ["Tom Berg"]
