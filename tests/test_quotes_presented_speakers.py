# ruff: noqa: RUF001
"""A quote a sentence presents with "Here's X:" is X's ("Here's Vale in December 1992:
“…”"); "Here's what …" or "Here's the thing:" presents no person."""

from __future__ import annotations

import pytest

from newsthread.quotes import find_quotes

_QUOTE = "“Our new direction must rest on the new realities of global trade.”"


def _speaker(text: str) -> str | None:
    (q,) = find_quotes(text, indirect=False)
    return q.speaker.name if q.speaker else None


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Here's Vale in December 1992:", "Vale"),
        ("Here is Ann Vale on the budget:", "Ann Vale"),
        ("And here’s Mayor Ann Vale speaking in Dover:", "Ann Vale"),
    ],
)
def test_the_person_presented_before_a_colon_speaks(lead: str, speaker: str) -> None:
    assert _speaker(f"Tom Reed spoke first. {lead} {_QUOTE}") == speaker


def test_here_with_no_person_presents_nobody() -> None:
    # no person after "Here's": the rule names nobody (the quote keeps what it had without it)
    assert _speaker(f"Here's the thing: {_QUOTE}") is None
    assert _speaker(f"Here's how it went: {_QUOTE}") is None


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Here's Tom Reed's letter to Ann Vale:", "Tom Reed"),
        ("Here's Trump's response to Nancy Pelosi:", "Trump"),
        ("Here's Ann Vale's reply to the mayor:", "Ann Vale"),
    ],
)
def test_the_owner_of_what_is_presented_speaks_not_its_addressee(lead: str, speaker: str) -> None:
    # review R2.5: the name after "to" is who the words went to
    assert _speaker(f"Carl Lee spoke first. {lead} {_QUOTE}") == speaker
