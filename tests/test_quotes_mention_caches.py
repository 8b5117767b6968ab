# ruff: noqa: RUF001
"""The per-process caches of the person-mention scan: short runs only, immutable values,
no fact of one text reaching another."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsthread.quotes import _mentions as mentions
from newsthread.quotes import find_quotes


@pytest.fixture(autouse=True)
def _empty_caches() -> Iterator[None]:
    mentions._run_facts.cache_clear()
    mentions._parsed_run.cache_clear()
    yield
    mentions._run_facts.cache_clear()
    mentions._parsed_run.cache_clear()


def _found(text: str) -> list[tuple[str, str | None, str | None, int, int]]:
    out = []
    for q in find_quotes(text):
        sp = q.speaker
        out.append((q.text, sp.name if sp else None, sp.role if sp else None, q.start, q.end))
    return out


_STREETS = "North River Bank Main Street Harbour View East Gate Hill Road West Park Lane"


def test_a_long_capitalised_run_is_not_kept() -> None:
    run = f"Ann {_STREETS} Lee"  # one run, past the 64 characters the caches keep
    assert len(run) == 84
    text = f"{run} arrived. “We will win,” she said."
    at = text.index("“") + 1
    assert _found(text) == [("We will win,", None, None, at, at + 12)]
    assert mentions._run_facts.cache_info().currsize == 0
    assert mentions._parsed_run.cache_info().currsize == 0


def test_a_long_run_has_the_facts_of_a_short_one() -> None:
    run = f"{_STREETS} Society"
    assert len(run) > mentions._CACHED_RUN == 64
    assert mentions._facts_of(run) == mentions._run_facts(run)
    assert mentions._facts_of(run).institution
    assert mentions._facts_of(run).last == "Society"


def test_short_runs_are_kept() -> None:
    assert _found("Dutch prime minister Mark Rutte arrived. “We will win,” he said.") == [
        ("We will win,", "Mark Rutte", "prime minister", 42, 54)
    ]
    # "Dutch" and "Mark Rutte"; only the second is a name run
    assert mentions._run_facts.cache_info().currsize == 2
    assert mentions._parsed_run.cache_info().currsize == 1


def test_a_cached_name_cannot_be_changed() -> None:
    named = mentions._parsed_run("Mark Rutte")
    assert named == ("Mark Rutte", None, None, "m")
    assert mentions._parsed_run("Mark Rutte") is named
    with pytest.raises(AttributeError):
        named.role = "prime minister"  # type: ignore[misc,union-attr]
    assert mentions._parsed_run("Mrs. Lee") == ("Lee", "Mrs.", None, "f")
    assert mentions._parsed_run("Mark Rutte.") == ("Mark Rutte", None, None, "m")
    assert mentions._parsed_run("The Prime Minister") is None  # a role, no name
    facts = mentions._run_facts("Mark Rutte")
    with pytest.raises(AttributeError):
        facts.last = "Lee"  # type: ignore[misc]


def test_a_role_in_one_text_does_not_reach_the_next() -> None:
    plain = "Mark Rutte arrived. “We will win,” he said."
    first = _found(plain)
    assert first == [("We will win,", "Mark Rutte", None, 21, 33)]
    assert _found("Dutch prime minister Mark Rutte arrived. “We lost,” he said.") == [
        ("We lost,", "Mark Rutte", "prime minister", 42, 50)
    ]
    assert _found(plain) == first


def _reference_facts(run: str) -> mentions._RunFacts:
    """The facts of a run as first written: every field by name, each word list split anew."""
    spaced = " " in run
    last = mentions.strip_possessive((run.split()[-1] if spaced else run).rstrip(".,"))
    low = last.lower()
    return mentions._RunFacts(
        person_like=spaced and mentions._person_like(run.split()),
        last=last,
        low=low,
        function_word=low in mentions.FUNCTION_WORDS,
        institution=mentions._institution(run, last),
        the_shape=mentions._the_shape(run),
        people=not spaced and mentions.people_plural(low),
        surname_like=not spaced and mentions._looks_like_surname(last),
    )


_RUN_WORDS = ["The", "the", "Post", "Ann", "Lee's", "Lee’s", "Mr.", "Sen.", "Acme", "Corp.",
              "NATO", "EST", "Residents", "Officials", "of", "de", "Theo", "Rev.", "Press",
              "Associated", "University", "Vale,", "News'", "A"]  # fmt: skip


@given(
    st.lists(
        st.tuples(st.sampled_from(_RUN_WORDS), st.sampled_from([" ", " ", "\n", "  ", "-"])),
        min_size=1,
        max_size=5,
    ).map(lambda pairs: "".join(w + sep for w, sep in pairs).rstrip(" \n-") or "A")
)
def test_the_facts_of_a_run_are_the_reference_facts(run: str) -> None:
    assert mentions._facts_of(run) == _reference_facts(run)
    assert type(mentions._facts_of(run)) is mentions._RunFacts


def test_the_shape_of_the_and_near_misses() -> None:
    assert mentions._facts_of("The Washington Post").the_shape
    assert not mentions._facts_of("Theo Vale").the_shape  # "The" opens no word of its own
    assert not mentions._facts_of("Ann The Post").the_shape
    assert mentions._facts_of("Ann Lee").person_like
    assert not mentions._facts_of("Ann").person_like
