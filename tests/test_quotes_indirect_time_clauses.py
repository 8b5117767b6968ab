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
