"""Attribution rules of the fourth pass: sentence openers before the subject."""

from __future__ import annotations

import pytest

from newsthread.quotes import find_quotes


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text, indirect=False)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a plural time noun opening the sentence is no name
        "Hours later, Vale returned the favour to Ortiz, telling Reuters, “We have been friends "
        "for years.”",
        # a discourse adverb opening the sentence is no name
        "Nevertheless, Vale returned the favour to Ortiz, telling Reuters, “We have been friends "
        "for years.”",
        # two stacked openers before the subject
        "On Thursday, after staying neutral for months, Vale endorsed the mayor, saying, "
        "“We have been friends for years.”",
    ],
)
def test_openers_before_the_subject(text: str) -> None:
    assert _pairs(text) == [("We have been friends for years.", "Vale")]
