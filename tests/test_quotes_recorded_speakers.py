"""The person a recording shows speaking says the words: "cuts to footage of Reed saying,
“…”", "the video shows Vale saying: “…”"."""

from newsthread.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)]


def test_footage_of_a_person_saying() -> None:
    text = "The ad then cuts to footage of Tom Reed saying, “You have to give them a path.”"
    assert _speakers(text) == [("You have to give them a path.", "Tom Reed")]


def test_a_clip_of_a_person_saying_after_a_colon() -> None:
    text = "The ad then shows a clip of Ann Vale saying: “We will build it.”"
    assert _speakers(text) == [("We will build it.", "Ann Vale")]


def test_a_video_shows_a_person_saying() -> None:
    text = "The video shows Sen. Ann Vale saying, “We will build it.”"
    assert _speakers(text) == [("We will build it.", "Ann Vale")]


def test_a_sign_shown_still_carries_its_words() -> None:
    assert _speakers("The ad shows a sign saying “Vote Reed.”") == [("Vote Reed.", "sign")]


def test_a_place_or_a_thing_shown_is_no_person() -> None:
    assert _speakers("The map shows Vale County saying “Welcome.”") == [("Welcome.", "map")]
    assert _speakers("The ad shows Ann Vale's house saying “For sale.”") == [("For sale.", "ad")]
    assert _speakers("The video shows Vale University saying “Apply now.”") == [
        ("Apply now.", "video")
    ]
