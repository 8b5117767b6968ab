"""Attribution grammar added in the second pass: subjects, descriptors, continuations."""

from __future__ import annotations

import pytest

from newsthread.model import QuoteKind
from newsthread.quotes import find_quotes
from newsthread.quotes._speakers import parse_subject


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in find_quotes(text, indirect=False)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # apposition with a preposition inside, before the cue
        (
            "“We pray every day,” Dan Holt, a minister with the church in Ohio, told reporters.",
            "Dan Holt",
        ),
        ("Ann Vale, speaking to farmers, said, “The rain came too late.”", "Ann Vale"),
        ("Gov. John Baker (R-OH), said, “We are ready for the vote.”", "John Baker"),
        (
            "Ann Vale, during a town hall in Columbus, Ohio, said, “We will build the bridge.”",
            "Ann Vale",
        ),
        # adverbs and time phrases between subject and cue
        ("Tom Reed jokingly said, “I hate to say it, but I am popular.”", "Tom Reed"),
        ("Tom Reed at the time said, “We will pay for nothing at all.”", "Tom Reed"),
        ("Tom Reed on Tuesday night said, “We will pay for nothing at all.”", "Tom Reed"),
        # title abbreviations after the quote do not end the subject
        ("“We might have something here,” said Rev. Kyle Tate, a pastor in Ohio.", "Kyle Tate"),
        # inverted lead and a capitalised cue word opening the run
        ("The vote failed. Said Joan Pike, “This is a sad day for the town.”", "Joan Pike"),
        # generic speaker nouns, and "read" for a written text
        ("“Never again, never,” one user wrote.", "one user"),
        ("“Friend, let me be blunt with you,” the email read.", "email"),
    ],
)
def test_subject_grammar(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_cue_word_after_article_is_a_noun() -> None:
    text = (
        "Jane Moss offered a sharp retort on her blog, tweeting at him, "
        "“you are not just a loser, you are a liar.”"
    )
    assert _speakers(text) == ["Jane Moss"]


def test_dateline_and_participle_openers_before_subject() -> None:
    text = "SPRINGFIELD, Ill. — Gov. Mike Pence blamed the press for the “fake scandal” today."
    assert _speakers(text) == ["Mike Pence"]
    text = "Filling in for Sanders at the event, Cornel West took a dig at “my dear sister.”"
    assert _speakers(text) == ["Cornel West"]


def test_reported_speech_is_resolved_in_text_order() -> None:
    text = (
        "President Barack Obama spoke on Monday.\n"
        "Jamal Simmons, an Obama supporter, said he saw a shift in his own family, most of "
        "whom thought Obama had no chance. “It is challenging our assumptions,” he said."
    )
    assert _speakers(text) == ["Jamal Simmons"]


def test_lone_quote_after_reported_speech_continues_it() -> None:
    text = (
        "Tom Coan, the lawyer, argues that his client was never violent. "
        "“The government is wrong about all of this.”"
    )
    (q,) = find_quotes(text, indirect=False)
    assert q.kind is QuoteKind.DIRECT
    assert q.speaker is not None and q.speaker.name == "Tom Coan"


def test_cue_less_quote_paragraph_continues_the_named_subject() -> None:
    text = (
        "Buddy Vance praised the governor and his record after the storm.\n"
        "“We need someone who is going to cut through it and bring people together.”"
    )
    assert _speakers(text) == ["Buddy Vance"]


@pytest.mark.parametrize(
    ("phrase", "name", "role", "organisation"),
    [
        ("Stephen Vale of the University of Texas", "Stephen Vale", None, "University of Texas"),
        ("Secretary of State John Kerry", "John Kerry", "Secretary", "State"),
        ("Like Corker", "Corker", None, None),
    ],
)
def test_descriptors(phrase: str, name: str, role: str | None, organisation: str | None) -> None:
    np = parse_subject(phrase)
    assert np is not None
    assert (np.name, np.role, np.organisation) == (name, role, organisation)


@pytest.mark.parametrize("word", ["Perhaps", "Wait"])
def test_sentence_openers_are_not_names(word: str) -> None:
    assert parse_subject(word) is None


@pytest.mark.parametrize("word", ["Sources", "Officials", "Residents"])
def test_a_plural_noun_of_people_opening_a_sentence_is_a_group_not_a_name(word: str) -> None:
    np = parse_subject(word)
    assert np is not None
    assert (np.kind, np.name, np.gender) == ("nominal", word, "p")
