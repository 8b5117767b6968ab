# ruff: noqa: RUF001
"""Words in quote marks that are no statement: titles, names of shows, numbers and dates."""

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
        "She appeared on “Good Morning America” on Monday.",
        "Ortiz loved “The Tragedy of the Commons” as a student.",
        "The band played “Bridge Over Troubled Water.”",
    ],
)
def test_titles_are_not_statements(text: str) -> None:
    assert _pairs(text) == []


def test_title_case_exclamation_is_speech() -> None:
    assert _pairs("The crowd chanted, “Lock Her Up!”") == [("Lock Her Up!", "crowd")]


def test_title_after_possessive_even_with_cue() -> None:
    text = "During an appearance on CBS’s “Face the Nation,” Jane Ortiz said she was ready."
    assert _pairs(text) == []


def test_prepositional_phrase_after_quote_is_no_subject() -> None:
    text = "A friend referred to him as “the kindest soul I have ever met” in a Facebook post."
    # no cue names a speaker: the words are a description, not attributed to "Facebook"
    assert _pairs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        '<tweet author="ann" tweet_id="760070280932982784">Mr. Vale, who does not know me, '
        "said I was weak.</tweet>",
        "“2016-08-01,” Ann Vale said.",
    ],
)
def test_quoted_numbers_and_dates_are_no_statements(text: str) -> None:
    assert _pairs(text) == []


def test_a_cited_headline_with_its_byline_is_no_statement() -> None:
    text = "MUSEUM NEWS—“City museum names a new director,” by the Ledger's Ann Vale."
    assert find_quotes(text) == []


def test_a_quote_done_by_somebody_is_still_a_quote() -> None:
    text = "Ann Vale said the town was “rocked” by the news and “will take years to heal.”"
    (q,) = find_quotes(text, indirect=False)
    assert [text[s:e] for s, e in q.parts] == ["rocked", "will take years to heal."]
    assert q.speaker is not None and q.speaker.name == "Ann Vale"


def test_a_mixed_quote_before_a_passive_agent_is_still_a_quote() -> None:
    text = "Ann Vale said the “ugliness of the remarks, largely undeserved,” by Tom Reed hurt the town."
    (q,) = find_quotes(text, indirect=False)
    assert q.text == "ugliness of the remarks, largely undeserved,"
    assert q.speaker is not None and q.speaker.name == "Ann Vale"


def test_a_name_a_speaker_calls_somebody_is_the_speakers_words() -> None:
    (q,) = find_quotes("Ann Lee called Tom Vale “The Chancellor of the Free World.”")
    assert q.speaker is not None
    assert (q.text, q.speaker.name) == ("The Chancellor of the Free World.", "Ann Lee")


def test_a_thing_called_by_a_title_case_name_is_no_statement() -> None:
    text = "The message linked to a group called the “We The People Foundation.”"
    assert [q.speaker for q in find_quotes(text)] in ([], [None])


@pytest.mark.parametrize(
    "text",
    [
        "“Of course he is fair game,” Ann Vale told “Fox and Friends,” reminding the hosts of it.",
        "In an interview with “Fox and Friends,” Tom Reed pointed to the budget as the issue.",
        "Wednesday on Dover Radio’s “Hannity,” Tom Reed said the plan would fail in a year.",
    ],
)
def test_a_show_named_after_told_with_or_an_owner_is_no_quote(text: str) -> None:
    assert all(q.text.rstrip(",") not in ("Fox and Friends", "Hannity") for q in find_quotes(text))


def test_a_one_word_quote_with_no_owner_before_it_is_still_speech() -> None:
    assert [
        (q.text, q.speaker.name if q.speaker else None)
        for q in find_quotes("“Enough,” Ann Vale said.")
    ] == [("Enough,", "Ann Vale")]
