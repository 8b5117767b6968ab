"""A time clause after a speech verb says when, not what: "“…,” Tom Reed said as the music
started" reports nothing more than the quote."""

from newsthread.model import QuoteKind
from newsthread.quotes import find_quotes


def _found(text: str) -> list[tuple[str, QuoteKind, str | None]]:
    return [(q.text, q.kind, q.speaker.name if q.speaker else None) for q in find_quotes(text)]


def test_as_after_the_cue_of_a_quote_is_no_reported_clause() -> None:
    text = "“We won,” Tom Reed said as confetti fell around him."
    assert _found(text) == [("We won,", QuoteKind.DIRECT, "Tom Reed")]


def test_when_and_while_after_the_cue_are_no_reported_clause() -> None:
    for text in (
        "“We won,” Tom Reed said when the votes came in.",
        "“We won,” Tom Reed said while the band played.",
    ):
        assert _found(text) == [("We won,", QuoteKind.DIRECT, "Tom Reed")]


def test_a_that_clause_after_the_time_clause_is_still_reported() -> None:
    text = "Tom Reed said as he left the hall that the plan was dead."
    assert _found(text) == [("the plan was dead", QuoteKind.INDIRECT, "Tom Reed")]


def test_a_clause_opening_with_a_subordinator_is_reported_when_no_quote_precedes() -> None:
    cases = {
        "Police said as many as 40 people were killed in the blast.": (
            "as many as 40 people were killed in the blast",
            "Police",
        ),
        "Officials said as much as $5 million had been stolen.": (
            "as much as $5 million had been stolen",
            "Officials",
        ),
        "Vale said as of Friday the bridge was closed.": (
            "as of Friday the bridge was closed",
            "Vale",
        ),
        "Vale said as president she would cut taxes.": (
            "as president she would cut taxes",
            "Vale",
        ),
        "The mayor said until the review ends, the bridge stays closed.": (
            "until the review ends, the bridge stays closed",
            "The mayor",
        ),
        "Vale said because the mine was unsafe, it would close.": (
            "because the mine was unsafe, it would close",
            "Vale",
        ),
        "Vale said when the mine closes, 300 jobs will go.": (
            "when the mine closes, 300 jobs will go",
            "Vale",
        ),
        "Vale said while the plan was good, it cost too much.": (
            "while the plan was good, it cost too much",
            "Vale",
        ),
    }
    for text, (quote, speaker) in cases.items():
        assert _found(text) == [(quote, QuoteKind.INDIRECT, speaker)], text


def test_a_subordinator_with_a_participle_is_no_reported_clause() -> None:
    text = "The plan is dead, Vale said. Reed said while campaigning in rural Iowa on Friday."
    assert _found(text) == [("The plan is dead", QuoteKind.INDIRECT, "Vale")]


def test_a_time_clause_to_the_end_of_a_question_is_no_reported_clause() -> None:
    assert _found("What did the astronaut say when he crashed into the moon?") == []


def test_an_as_clause_after_the_cue_of_a_question_is_no_reported_clause() -> None:
    text = "“Are you sure?” Alden asked as Lexi leaned toward him and inhaled."
    assert _found(text) == [("Are you sure?", QuoteKind.DIRECT, "Alden")]


def test_said_as_much_reports_nothing() -> None:
    text = "My friend had literally said as much to me months earlier, and I did not doubt."
    assert _found(text) == []
