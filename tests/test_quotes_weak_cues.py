"""A weak cue word ("goes", "calls", "reads") whose subject is a thing, inside the clause of
an earlier cue, does not take the quote from that cue's speaker."""

import pytest

from newsthread.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in find_quotes(text, indirect=False)]


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Tom Reed criticized the accord on Saturday, saying the agreement goes “nowhere near"
        " far enough.”",
        "Late last month, Tom Reed wrote a six-page letter, calling the two reports “inaccurate"
        " and deliberately misleading.”",
    ],
)
def test_a_thing_after_an_earlier_cue_does_not_speak(text: str) -> None:
    assert _speakers(text) == ["Tom Reed"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # near misses: a weak cue with a person as subject, and a thing with no cue before it
        ("Tom Reed spoke first, saying his aide goes “too far.”", "his aide"),
        ("Tom Reed spoke first. Then the sign reads “Keep out.”", "sign"),
    ],
)
def test_a_weak_cue_with_a_person_or_alone_keeps_its_subject(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # review 10 R2.1: a body with a clause of its own keeps its words
        (
            "Ann Vale said the vote was close, but the committee called the plan “reckless.”",
            "committee",
        ),
        ("Ann Vale said nothing; the union called the deal “a betrayal.”", "union"),
        (
            "Ann Vale said she would vote no, but the newspaper described her as “a fraud.”",
            "newspaper",
        ),
    ],
)
def test_a_thing_with_a_clause_of_its_own_keeps_its_words(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
