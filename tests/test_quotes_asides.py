# ruff: noqa: RUF001
"""A cue inside a parenthetical aside speaks for nobody outside it."""

import pytest

from newsthread.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)]


def test_a_participle_after_a_closed_aside_takes_the_clause_subject() -> None:
    text = (
        "After the vote (Ann Lee called it a disgrace), Tom Vale inflamed tensions "
        "by saying “the vote was rigged.”"
    )
    assert _speakers(text) == [("the vote was rigged.", "Tom Vale")]


def test_a_participle_after_a_main_clause_cue_shares_its_subject() -> None:
    text = "Tom Vale spoke for an hour, saying “the vote was rigged.”"
    assert _speakers(text) == [("the vote was rigged.", "Tom Vale")]


def test_an_aside_opening_the_paragraph_is_no_subject() -> None:
    text = "(Ann Lee called it a disgrace), Tom Vale inflamed tensions by saying “the vote was rigged.”"
    assert _speakers(text) == [("the vote was rigged.", "Tom Vale")]


@pytest.mark.parametrize("conj", ["and", "but", "while"])
def test_a_participle_in_a_coordinated_clause_takes_that_clause_subject(conj: str) -> None:
    text = (
        f"Ann Lee called it a disgrace, {conj} Tom Vale inflamed tensions "
        "by saying “the vote was rigged.”"
    )
    assert _speakers(text) == [("the vote was rigged.", "Tom Vale")]


def test_a_participle_right_after_the_conjunction_keeps_the_main_subject() -> None:
    text = "Ann Lee spoke for an hour, and then left, saying “the vote was rigged.”"
    assert _speakers(text) == [("the vote was rigged.", "Ann Lee")]


def test_a_participle_after_a_quote_with_no_comma_is_no_cue() -> None:
    text = (
        "Ann Lee went after Tom Vale in the debate.\n"
        "She is noting the “kind of problems” Vale had answering questions about banks."
    )
    assert _speakers(text) == [("kind of problems", "Ann Lee")]


def test_absolute_participles_have_their_own_subjects() -> None:
    text = (
        "Both men issued a statement – Ann Lee saying she was “very pleased” "
        "and Tom Vale calling it a “great meeting.”"
    )
    assert _speakers(text) == [("very pleased", "Ann Lee"), ("great meeting.", "Tom Vale")]
