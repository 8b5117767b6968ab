# ruff: noqa: RUF001
"""A quote with no cue of its own goes on from the sentence before it or is signed below it."""

from __future__ import annotations

from newsthread.quotes import find_quotes


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text, indirect=False)
    ]


def test_quote_after_a_sentence_about_a_person_goes_on_from_its_subject() -> None:
    text = "Judge Ann Berman then turned to the defendant. “Mr. Vale, do you understand?”"
    assert _pairs(text) == [("Mr. Vale, do you understand?", "Ann Berman")]


def test_dash_line_signs_the_quote_above() -> None:
    text = "“We hear that idea a lot, and nobody believes it.”\n\n— Michelle Vale, Philadelphia."
    assert _pairs(text) == [("We hear that idea a lot, and nobody believes it.", "Michelle Vale")]


def test_dash_line_does_not_override_a_cue() -> None:
    text = "“We hear that a lot,” Ann Ortiz said.\n\n— Michelle Vale, Philadelphia."
    assert _pairs(text) == [("We hear that a lot,", "Ann Ortiz")]


def test_cue_less_quote_paragraph_after_a_role_subject() -> None:
    text = "The senator praised the plan in a speech.\n\n“We need someone who can win this fight.”"
    assert _pairs(text) == [("We need someone who can win this fight.", "The senator")]


def test_a_role_subject_with_an_adverb_carries_the_lone_quote_after_it() -> None:
    text = "The coach then faced the players. “Who wants to start on Saturday?” Nobody moved."
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "The coach"


def test_a_line_without_a_verb_hands_no_topic_to_the_next_quote() -> None:
    text = "Pause.\n“Well, you do that! We will appreciate it, and so will I.”"
    (q,) = find_quotes(text)
    assert q.speaker is None


def test_quote_paragraphs_go_on_after_one_that_took_the_topic() -> None:
    text = (
        "Ann Lee said the county must act.\n"
        "“We cannot wait. People are dying.”\n"
        "“Nobody is listening.”"
    )
    assert [q.speaker.name if q.speaker else None for q in find_quotes(text, indirect=False)] == [
        "Ann Lee",
        "Ann Lee",
    ]


def test_a_title_cased_sentence_after_a_quote_goes_on_with_it() -> None:
    text = (
        "“Two people can do that,” said Tom Vale, a Dover strategist who once worked for Lee. "
        "“That’s Ann Lee and Kim Reed.”"
    )
    assert _pairs(text) == [
        ("Two people can do that,", "Tom Vale"),
        ("That’s Ann Lee and Kim Reed.", "Tom Vale"),
    ]


def test_a_title_opening_a_sentence_of_more_words_is_still_a_title() -> None:
    text = "“We lost,” said Tom Vale. “Bridge Over Troubled Water” is his song."
    assert _pairs(text) == [("We lost,", "Tom Vale")]
