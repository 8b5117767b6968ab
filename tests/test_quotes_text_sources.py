"""An "it" with no body to stand for speaks for the text named before it: "The memo was
short. “…,” it said", "She held up a sign. “…,” it read"."""

import pytest

from newsthread.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)]


def test_it_after_a_quote_is_a_memo_named_with_a_possessive() -> None:
    text = (
        "Friday's memo from the committee was short. “So far, none of the witnesses had"
        " been heard,” it said. “The committee is the first to read the files.”"
    )
    assert _speakers(text) == [
        ("So far, none of the witnesses had been heard,", "memo"),
        ("The committee is the first to read the files.", "memo"),
    ]


def test_it_read_is_the_sign_a_person_held_up() -> None:
    text = "Ann Vale held up a sign of her own. “I am still here,” it read."
    assert _speakers(text) == [("I am still here,", "sign")]


def test_it_said_before_a_colon_is_the_statement_of_the_sentence_before() -> None:
    text = "The county released a short statement on Monday. It said: “The road stays closed.”"
    assert _speakers(text) == [("The road stays closed.", "statement")]


def test_the_text_may_stand_in_the_paragraph_before() -> None:
    text = "Ann Vale held up a placard in the afternoon.\n\n“The mill stays open,” it read."
    assert _speakers(text) == [("The mill stays open,", "placard")]


def test_reported_speech_of_it_is_the_text_named_before() -> None:
    text = "He read the letter twice. It said the mill would close."
    assert _speakers(text) == [("the mill would close", "letter")]


def test_the_it_of_a_passive_is_nobody() -> None:
    text = (
        "Ann Vale sent an email to staff. The mayor came under criticism when it was"
        " revealed in March that the mill had been sold twice."
    )
    assert _speakers(text) == [("the mill had been sold twice", None)]


def test_an_it_with_no_text_before_it_stays_without_a_speaker() -> None:
    text = "The mayor spoke for an hour. “The road will stay closed,” it said."
    assert _speakers(text) == [("The road will stay closed,", None)]


def test_a_program_statement_is_no_text_that_reports() -> None:
    text = (
        "When it hits the yield statement, the function stops. It adds one element at a"
        " time to the new list."
    )
    assert _speakers(text) == [("one element at a time to the new list", None)]


def test_the_it_of_a_passive_with_a_reporting_verb_is_nobody() -> None:
    text = "Vale read a memo to staff. It was said that the plant would close."
    assert _speakers(text) == [("the plant would close", None)]


def test_it_looks_back_one_sentence_only() -> None:
    text = "The senator read the report aloud. Ann Vale laughed at the joke. “Hello,” it said."
    assert _speakers(text) == [("Hello,", None)]


def test_another_subject_after_the_text_takes_the_it() -> None:
    cases = {
        "Vale wrote a letter. Then the dog barked. “Stop,” it said.": ("Stop,", None),
        "When it hits the yield statement, the function stops. It says one element is added"
        " to the list.": ("one element is added to the list", None),
    }
    for text, found in cases.items():
        assert _speakers(text) == [found], text


def test_a_text_noun_modifying_another_noun_is_no_text() -> None:
    cases = {
        "The sign language interpreter stood by. “Thank you,” it said.": "Thank you,",
        "Vale walked into the post office. “Closed,” it said.": "Closed,",
        "The bill payment was late. “Pay now,” it said.": "Pay now,",
    }
    for text, quote in cases.items():
        assert _speakers(text) == [(quote, None)], text
    assert _speakers("Vale's order form was lost. It said the shop had closed.") == [
        ("the shop had closed", None)
    ]


def test_a_possessive_or_compound_text_noun_is_no_text() -> None:
    for text in (
        "Vale read the letter's last line. “Go home now,” it said.",
        "Vale met the memo-writer at noon. “Go home now,” it said.",
    ):
        assert _speakers(text) == [("Go home now,", None)], text


def test_a_text_does_not_shout_whisper_or_laugh() -> None:
    cases = {
        "Vale read the letter and froze. “Stop,” it shouted.": "Stop,",
        "The robot picked up the memo. “Hello, human,” it whispered.": "Hello, human,",
        "Vale read the memo aloud. “Go,” it laughed.": "Go,",
    }
    for text, quote in cases.items():
        assert _speakers(text) == [(quote, None)], text


def test_a_card_bought_before_says_the_words() -> None:
    text = "She bought a card for him. It said “Happy birthday.”"
    assert _speakers(text) == [("Happy birthday.", "card")]


@pytest.mark.parametrize("verb", ["defended", "rejected", "criticized"])
def test_a_text_judged_by_the_subject_does_not_speak_for_it(verb: str) -> None:
    # review 12 R2.2: "it" is the subject's, never the text it judged
    text = f"The Dover Board of Health {verb} the decision. “It was necessary,” it said."
    assert _speakers(text) == [("It was necessary,", None)]  # the board is no known body yet


def test_a_text_issued_by_the_subject_still_speaks() -> None:
    (q,) = find_quotes("The judge issued an order. “The road stays closed,” it said.")
    assert q.speaker is not None and q.speaker.name == "order"
