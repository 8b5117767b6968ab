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
