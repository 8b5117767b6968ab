"""A headline or transcript line: a speaker's label and a colon report what follows."""

from newsthread.model import QuoteKind
from newsthread.quotes import find_quotes


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None)
        for q in find_quotes(text)
        if q.kind is QuoteKind.INDIRECT
    ]


def test_a_name_and_a_colon_open_a_reported_headline() -> None:
    assert _reported("Vale: the harbor plan will cost twice as much.\n\nMore text follows.") == [
        ("the harbor plan will cost twice as much", "Vale")
    ]


def test_a_transcript_label_in_capitals_names_the_speaker() -> None:
    text = "ANN LEE: We talked about the budget for most of the night."
    ((content, speaker),) = _reported(text)
    assert content == "We talked about the budget for most of the night"
    assert speaker == "Ann Lee"


def test_page_labels_and_kickers_report_nothing() -> None:
    assert _reported("Photo: Getty Images") == []
    assert _reported("Update: the story was corrected on Friday.") == []
    assert _reported("The Latest: the mayor signs the harbor bill into law") == []
    assert _reported("City Council Poll: voters back the harbor plan by ten points") == []


def test_a_slogan_after_a_colon_is_no_clause() -> None:
    assert _reported("Tom Vale: A closing surge") == []
