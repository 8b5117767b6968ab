"""What may follow an inverted cue as its subject: a clause that ends in a past tense ("…,
says the council lied") is no subject; the words after the cue are what was said."""

import pytest

from newsthread.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Tom Reed, a farmer, says the council lied.", "the council lied"),
        ("Tom Reed, 54, said the board failed.", "the board failed"),
        ("Tom Reed, a farmer, says the council lost.", "the council lost"),
    ],
)
def test_a_clause_after_the_cue_is_what_the_subject_before_it_said(
    sentence: str, content: str
) -> None:
    assert _speakers(sentence) == [(content, "Tom Reed")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The plan will fail, said the retired general.", "the retired general"),
        ("The plan will fail, said Tom Reed.", "Tom Reed"),
    ],
)
def test_a_subject_after_an_inverted_cue_still_speaks(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [("The plan will fail", speaker)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The plan will fail, said the official who resigned.", "the official"),
        ("The plan will fail, said Tom Reed, who resigned on Monday.", "Tom Reed"),
        ("The plan will fail, said Tom Reed, whose home flooded.", "Tom Reed"),
    ],
)
def test_a_relative_clause_after_an_inverted_subject_is_the_subjects(
    sentence: str, speaker: str
) -> None:
    # review 12 R1.6: was the subject as content and "plan will fail" as the speaker
    assert _speakers(sentence) == [("The plan will fail", speaker)]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Ann Vale, the mayor, said the man who succeeded him, Tom Reed, should go.",
            "the man who succeeded him, Tom Reed, should go",
        ),
        (
            "Ann Vale, a builder, says that Reed, who lives nearby, has lost money.",
            "Reed, who lives nearby, has lost money",
        ),
    ],
)
def test_a_clause_after_the_cue_stays_the_words_said(sentence: str, content: str) -> None:
    assert _speakers(sentence) == [(content, "Ann Vale")]
