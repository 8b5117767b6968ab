"""Hebrew bylines: "and" is the letter vav joined to the next name."""

from __future__ import annotations

from newsthread.html._bylines import add_authors
from newsthread.model import Author


def _names(raw: str) -> list[str]:
    out: list[Author] = []
    add_authors(out, [(raw, None)])
    return [a.name for a in out]


def test_a_vav_between_two_full_names_splits_them() -> None:
    assert _names("מאת: דנה לוי ואבי כהן") == ["דנה לוי", "אבי כהן"]
    assert _names("דנה לוי, אבי כהן ושרה גל") == ["דנה לוי", "אבי כהן", "שרה גל"]


def test_a_name_that_opens_with_the_letter_stays_whole() -> None:
    assert _names("ורד כהן") == ["ורד כהן"]
    assert _names("דנה ורד כהן") == ["דנה ורד כהן"]
