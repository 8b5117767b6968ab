"""A cue word in its base form after a modal is a verb, also after a described speaker:
"a spokesman could only quip: “…”"; without a modal it is a noun ("a retort: “…”")."""

from newsthread.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)]


def test_a_described_speaker_could_only_quip() -> None:
    text = "The schedule was so odd that a spokesman could only quip: “The holidays were booked.”"
    assert _speakers(text) == [("The holidays were booked.", "a spokesman")]


def test_a_spokesman_for_a_person_would_not_comment_but_did_say() -> None:
    text = "The vote was close, and a spokesman for Ann Vale did say: “We expected it.”"
    assert _speakers(text) == [("We expected it.", "a spokesman for Ann Vale")]


def test_a_noun_of_speech_without_a_modal_is_no_cue() -> None:
    assert _speakers("The crowd broke into a chant: “Four more years!”") == [
        ("Four more years!", None)
    ]


def test_a_speaker_who_may_or_might_speak_said_nothing() -> None:
    assert _speakers("A voter may ask: “Why?”") == [("Why?", None)]
    (q,) = find_quotes("A candidate might say “I care.”")
    # a whole statement in the frame of a supposed cue: quoted, but nobody said it
    assert (q.text, q.kind.value, q.speaker) == ("I care.", "direct", None)


def test_a_supposed_question_borrows_no_earlier_speaker() -> None:
    assert _speakers("Tom Reed spoke first. A voter might ask: “Why?”") == [("Why?", None)]
    assert _speakers("Tom Reed spoke first. Voters may well ask, “Why now?”") == [
        ("Why now?", None)
    ]
    # a modal inside the clause an earlier cue reports keeps that cue's speaker
    text = "Ann Vale said the party should reiterate its support for “stalwart allies.”"
    assert _speakers(text) == [("stalwart allies.", "Ann Vale")]
