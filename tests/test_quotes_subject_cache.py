# ruff: noqa: RUF001
"""The per-process cache of parsed subject phrases: every call gets an NP of its own, so a
caller that fills in a field changes no later parse."""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsthread.quotes import _speakers as speakers
from newsthread.quotes._speakers import NP, parse_subject


@pytest.fixture(autouse=True)
def _empty_cache() -> Iterator[None]:
    speakers._parsed.cache_clear()
    yield
    speakers._parsed.cache_clear()


def test_each_call_gets_an_np_of_its_own() -> None:
    first = parse_subject("Sen. Ann Vale")
    assert first is not None and first.name == "Ann Vale"
    first.role, first.gender = "changed", "m"
    again = parse_subject("Sen. Ann Vale")
    assert again is not None and again is not first
    assert (again.role, again.gender) == ("Sen.", "f")


def test_the_copy_holds_every_field_of_an_np() -> None:
    # parse_subject copies a cached NP field by field: a field added to NP must be added there
    assert [f.name for f in attrs.fields(NP)] == [
        "kind",
        "text",
        "name",
        "role",
        "organisation",
        "gender",
    ]


def test_a_phrase_that_fills_in_a_nested_parse_leaves_the_cached_one_alone() -> None:
    # "X of Y" and "X, a role" parse X, then set its organisation or role
    alone = parse_subject("Stephen Vladeck")
    assert alone is not None and alone.organisation is None
    of_place = parse_subject("Stephen Vladeck of the University of Texas")
    assert of_place is not None and of_place.organisation == "University of Texas"
    described = parse_subject("Stephen Vladeck, a law professor")
    assert described is not None and described.role == "professor"
    again = parse_subject("Stephen Vladeck")
    assert again is not None and (again.organisation, again.role) == (None, None)


def test_a_long_phrase_is_parsed_but_not_kept() -> None:
    phrase = "the spokesman for the North River Bank Main Street Harbour View Association"
    phrase += " of East Gate"
    assert len(phrase) > 80
    assert parse_subject(phrase) == speakers._parse(phrase)
    assert speakers._parsed.cache_info().currsize == 0
    parse_subject("he")
    assert speakers._parsed.cache_info().currsize == 1


_WORDS = ["Ann", "Vale", "the", "mayor", "of", "Dover", ",", "he", "a", "spokesman", "for",
          "Sen.", "Tom", "Reed", "and", "who", "officials", "(R-Kan.)", "Acme", "Corp.", "’s"]  # fmt: skip


@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=9).map(" ".join))
def test_a_cached_parse_is_the_parse(phrase: str) -> None:
    first = parse_subject(phrase)
    assert first == speakers._parse(phrase)
    assert parse_subject(phrase) == first  # from the cache now
