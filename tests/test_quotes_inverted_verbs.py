# ruff: noqa: RUF001
"""An inverted verb in -ed between a quote and a person's name is the quote's cue, whether
or not a cue list knows it ("“…!” beamed Ann Lee")."""

from __future__ import annotations

import pytest

from newsthread.quotes import find_quotes


def _cues(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.cue, q.speaker.name if q.speaker else None) for q in find_quotes(text, indirect=False)
    ]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("“The bridge is open at last!” beamed Ann Lee of Dover, who came early.", "beamed", "Ann Lee"),
        ("“Nobody wanted the merger,” remembered Tom Vale, the former spokesman.", "remembered", "Tom Vale"),
        ("“Why would the town pay for that?” reacted Tom Vale.", "reacted", "Tom Vale"),
        ("“It is about time,” exhorted Ann Lee on Monday.", "exhorted", "Ann Lee"),
        ("“It is about time,” exhorted Ann Lee in a speech.", "exhorted", "Ann Lee"),
    ],
)  # fmt: skip
def test_an_inverted_verb_in_ed_before_a_name_is_the_cue(text: str, cue: str, speaker: str) -> None:
    assert _cues(text) == [(cue, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # the verb has an object after the name: a clause of its own
        "“We sold out every night,” featured Tom Vale on guitar.",
        # only a person's name, not any noun phrase, follows such a verb
        "“Why would the town pay for that?” reacted the mayor.",
    ],
)
def test_other_words_after_a_quote_name_nobody(text: str) -> None:
    assert _cues(text) == [(None, None)]


def test_a_long_run_of_capitalised_words_after_the_verb_stays_linear() -> None:
    # the subject after the verb is read in a bounded window: no name that long
    text = "“Why would the town pay?” reacted " + "Tom " * 100_000 + "Vale."
    assert _cues(text) == [(None, None)]


@pytest.mark.parametrize(
    "text",
    [
        # a quote inside its sentence (a title, a name, a nickname) before a past tense
        "The bill, dubbed “the Big Beautiful Bill,” passed Congress on Thursday.",
        "The storm, named “Helene,” devastated North Carolina.",
        "The group, known as “Moms for Liberty,” praised Governor Ron DeSantis.",
        "His podcast, “The Daily,” interviewed Joe Biden.",
        # words not handed over by a comma, question or exclamation mark
        "“Thriller” earned Michael Jackson eight Grammys.",
        "“Hamilton” earned Lin-Manuel Miranda a Pulitzer.",
        "“Succession” dominated Monday night’s Emmys.",
    ],
)
def test_a_verb_in_ed_after_a_quoted_name_or_title_is_no_cue(text: str) -> None:
    assert [q.speaker for q in find_quotes(text, indirect=False)] == []


def test_an_object_after_the_name_makes_the_verb_no_cue() -> None:
    # handed over and opening its sentence, but the verb has an object after the name
    assert _cues("“Great!” earned Michael Jackson eight Grammys.") == [(None, None)]
    # a quote opening its paragraph after a formatting mark still opens its sentence
    text = "\u202a“Sorry, you should have said it!” posted Sharon Powers Geyer."
    assert _cues(text) == [("posted", "Sharon Powers Geyer")]
