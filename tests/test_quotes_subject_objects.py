# ruff: noqa: RUF001
"""Objects the subject walk stops at: a document's recipient and the object that closes an
opening phrase are not the speaker."""

import pytest

from newsthread.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ann Vale’s letter to Tom Reed said: “The water is rising.”", "Ann Vale’s letter"),
        ("Ann Vale's memo to the council said: “The water is rising.”", "Ann Vale's memo"),
        ("The letter to the council said: “The water is rising.”", "letter"),
        ("A letter from Ann Vale to the council said: “The water is rising.”", "Ann Vale"),
    ],
)
def test_a_documents_recipient_is_no_speaker(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [("The water is rising.", speaker)]


def test_a_document_in_an_opening_phrase_is_no_subject() -> None:
    text = "In a letter to the council, Ann Vale said: “The water is rising.”"
    assert _speakers(text) == [("The water is rising.", "Ann Vale")]


def test_a_person_spoken_to_is_still_no_speaker() -> None:
    # no document: the walk's answer is left alone
    text = "Ann Vale spoke on Monday. “The water is rising,” she told Tom Reed."
    assert _speakers(text) == [("The water is rising,", "Ann Vale")]


@pytest.mark.parametrize(
    "opener",
    [
        "In a statement to the Dover Times, her adviser, Tom Reed,",
        "In an interview with the Dover Times, the party’s leader, Tom Reed,",
    ],
)
def test_the_object_closing_an_opening_phrase_is_no_subject(opener: str) -> None:
    assert _speakers(f"{opener} said: “We are done.”") == [("We are done.", "Tom Reed")]


def test_a_place_after_a_named_subject_stays_a_place() -> None:
    text = "Ann Vale, the mayor of Dover, New Hampshire, said: “We are done.”"
    assert _speakers(text) == [("We are done.", "Ann Vale")]


def test_a_document_that_is_an_object_is_not_made_the_subject() -> None:
    # "sent a letter to residents saying": the sender's words, not the letter's
    text = "The council sent a letter to residents saying the road would close."
    assert [s for _, s in _speakers(text)] != ["letter"]


@pytest.mark.parametrize(
    "sentence",
    [
        "“The road is closed,” according to a statement from Dover Council.",
        "According to a statement released by Dover Council, “the road is closed.”",
        "The road is closed, according to a new report from Dover Council.",
        "The road is closed, according to a report by Dover Council based on a survey.",
    ],
)
def test_according_to_a_document_gives_its_source(sentence: str) -> None:
    assert [s for _, s in _speakers(sentence)] == ["Dover Council"]


def test_according_to_a_document_without_a_source_gives_the_document() -> None:
    assert [s for _, s in _speakers("According to the report, “the road is closed.”")] == ["report"]


@pytest.mark.parametrize(
    ("owner", "speaker"),
    [("The company's statement", "company's statement"), ("The union's memo", "union's memo")],
)
def test_a_document_with_a_lower_case_owner_is_no_recipients(owner: str, speaker: str) -> None:
    text = f"{owner} to its members said: “The water is rising.”"
    assert _speakers(text) == [("The water is rising.", speaker)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The statement, signed by Tom Reed, said the road would close.",
        "The road would close, said a statement signed by Tom Reed.",
        "The complaint, filed by Tom Reed, says the road would close.",
        "The letter, written by Tom Reed, said “the road would close.”",
        "The email, sent by Tom Reed to staff, said “the road would close.”",
    ],
)
def test_a_document_signed_by_its_author_is_the_authors_word(sentence: str) -> None:
    assert [s for _, s in _speakers(sentence)] == ["Tom Reed"]


def test_a_document_opening_a_later_sentence_is_still_the_subject() -> None:
    text = "The water rose in the city. The letter to the council said the road would close."
    assert _speakers(text) == [("the road would close", "letter")]
