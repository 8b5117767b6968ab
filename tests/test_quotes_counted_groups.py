"""A counted group speaks as a group: "Hundreds of protesters …, chanting “…”", "Dozens of
supporters said", "many of his aides"."""

from newsthread.model import SpeakerKind
from newsthread.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)]


def test_a_counted_group_before_a_colon() -> None:
    (q,) = find_quotes('Dozens of supporters said: "We want Reed!"')
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("Dozens of supporters", SpeakerKind.GROUP)


def test_a_counted_group_after_the_quote() -> None:
    text = "“We want Reed!” dozens of supporters shouted."
    assert _speakers(text) == [("We want Reed!", "dozens of supporters")]


def test_a_counted_group_opens_the_sentence_of_a_participle() -> None:
    text = (
        "Hundreds of protesters marched through the city on Monday, chanting"
        ' "Vale or Reed, No Lee," raising fresh questions.'
    )
    assert _speakers(text) == [("Vale or Reed, No Lee,", "Hundreds of protesters")]


def test_they_goes_back_to_the_counted_group() -> None:
    text = "Many of his aides said the plan was dead. “We will not change it,” they said."
    assert _speakers(text) == [
        ("the plan was dead", "Many of his aides"),
        ("We will not change it,", "Many of his aides"),
    ]


def test_counted_things_are_no_speaker() -> None:
    assert _speakers("Dozens of emails said: “We are done.”") == [("We are done.", None)]


def test_counted_staff_speak() -> None:
    assert _speakers("Dozens of staff said: “We are done.”") == [
        ("We are done.", "Dozens of staff")
    ]
