# ruff: noqa: RUF001
"""A document right before a participle cue says the words ("an editorial telling him to
…"), unless the sentence's subject issues it ("issued a statement saying …")."""

import pytest

from newsthread.model import SpeakerKind
from newsthread.quotes import find_quotes


def _speaker(text: str) -> tuple[str | None, SpeakerKind | None]:
    (q,) = find_quotes(text, indirect=False)
    return (q.speaker.name, q.speaker.kind) if q.speaker is not None else (None, None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom Reed received a letter saying his plan was “dead on arrival.”", "a letter"),
        (
            "Tom Reed came a week after an editorial telling him to end his “reckless spending.”",
            "an editorial",
        ),
        (
            "Obama came, but only after the newspaper’s editorial telling him to leave his"
            " “playground for the posh” behind.",
            "the newspaper’s editorial",
        ),
    ],
)
def test_a_document_before_a_participle_speaks(text: str, name: str) -> None:
    assert _speaker(text) == (name, SpeakerKind.ORGANISATION)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed issued a statement saying the plan was “dead on arrival.”",
        "Tom Reed put out a statement saying the plan was “dead on arrival.”",
        "Tom Reed read a statement saying the plan was “dead on arrival.”",
        "Tom Reed posted a video telling voters the plan was “dead on arrival.”",
    ],
)
def test_a_document_its_subject_issues_is_the_subjects_words(text: str) -> None:
    # near misses: the one who issues, puts out, reads or posts the text speaks
    assert _speaker(text) == ("Tom Reed", SpeakerKind.PERSON)


def test_a_document_after_a_comma_leaves_the_participle_to_the_subject() -> None:
    # near miss: "…, saying" after a comma belongs to the sentence's subject
    text = "Tom Reed answered the letter, saying the plan was “dead on arrival.”"
    assert _speaker(text) == ("Tom Reed", SpeakerKind.PERSON)


@pytest.mark.parametrize(
    "text",
    [
        # review 10 R2.2: authoring verbs no list can hold leave the author speaking
        "Tom Reed recorded a video saying “We will win.”",
        "Tom Reed taped a message saying “We will win.”",
        "Tom Reed dashed off a note saying “We will win.”",
        "Tom Reed fired off a tweet saying “We will win.”",
        "Tom Reed blasted out a statement saying “We will win.”",
        "Tom Reed dictated a letter saying “We will win.”",
        "Tom Reed emailed supporters a letter saying “We will win.”",
        "Tom Reed, in a statement saying “we will win,” left.",
    ],
)
def test_a_document_its_subject_authors_is_the_subjects_words(text: str) -> None:
    assert _speaker(text) == ("Tom Reed", SpeakerKind.PERSON)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # review 10 R4.1: a named owner's document is its owner's words
        ("Carl Lee spoke first. But Reed's memo saying “no” leaked.", "Reed"),
        # a person's role as owner: the subject grammar's reading, as on main
        ("Ann Vale arrived late. Meanwhile, the mayor's memo saying “no” leaked.", "mayor's memo"),
    ],
)
def test_a_document_with_a_named_or_personal_owner_is_the_owners(text: str, speaker: str) -> None:
    quotes = find_quotes(text, indirect=False)
    assert [q.speaker.name if q.speaker else None for q in quotes] == [speaker]
