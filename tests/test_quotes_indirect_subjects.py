# ruff: noqa: RUF001
"""Reported speech whose speaker is a group, a share of people, a coordinated predicate's
subject or the subject of a cue closing its sentence."""

import pytest

from newsthread.model import QuoteKind
from newsthread.quotes import find_quotes


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None)
        for q in find_quotes(text)
        if q.kind is QuoteKind.INDIRECT
    ]


def test_a_plural_noun_phrase_speaks_as_a_group() -> None:
    assert _reported("Marine biologists say the reef will recover within a decade.") == [
        ("the reef will recover within a decade", "Marine biologists")
    ]
    assert _reported("Some farmers said they were paid late for the harvest.") == [
        ("they were paid late for the harvest", "Some farmers")
    ]


def test_a_share_of_people_speaks_as_a_group() -> None:
    text = "Still, 41 percent of likely voters say the mayor should resign over the audit."
    assert _reported(text) == [
        ("the mayor should resign over the audit", "41 percent of likely voters")
    ]
    assert _reported("One in four said they would skip the vote entirely.") == [
        ("they would skip the vote entirely", "One in four")
    ]
    assert _reported("Those polled say the city budget is too large to manage.") == [
        ("the city budget is too large to manage", "Those polled")
    ]


def test_a_plural_time_phrase_is_no_group() -> None:
    assert _reported("These days say nothing about the budget that is left.") == []


def test_a_coordinated_cue_shares_the_clause_subject() -> None:
    text = "Mayor Ann Lee rejected the audit on Monday and said the figures were wrong."
    assert _reported(text) == [("the figures were wrong", "Ann Lee")]
    text2 = "The union declined to comment on the talks but said a strike was unlikely."
    assert _reported(text2) == [("a strike was unlikely", "union")]


def test_a_closing_cue_with_a_group_subject_reports_the_sentence() -> None:
    assert _reported("The harbor will close for a month, port officials said.") == [
        ("The harbor will close for a month", "port officials")
    ]
    assert _reported("Costs will double by spring, local economists say.") == [
        ("Costs will double by spring", "local economists")
    ]


def test_a_closing_cue_with_an_apposition_takes_the_whole_subject() -> None:
    text = "The mill hired forty workers in May, a spokeswoman, Ann Vale, said."
    assert _reported(text) == [("The mill hired forty workers in May", "Ann Vale")]


def test_a_closing_cue_may_carry_an_object_and_a_day() -> None:
    text = "The school will reopen in the fall, a spokesman told the Daily Courier on Friday."
    ((content, _),) = _reported(text)
    assert content == "The school will reopen in the fall"


def test_a_cue_word_used_as_a_noun_closes_no_sentence() -> None:
    text = "Ann Vale, the mill's owner since 2009, rejected the union's claims."
    assert _reported(text) == []


def test_a_closing_cue_after_a_quote_is_the_quote_cue() -> None:
    text = "Like most mills, “we pay on time,” Vale said."
    assert _reported(text) == []


def test_a_cue_set_off_by_commas_reports_the_words_on_both_sides() -> None:
    text = "Ann Lee spoke first. Her neighbours, she said, should not fear the new road."
    assert _reported(text) == [
        ("Her neighbours", "Ann Lee"),
        ("should not fear the new road", "Ann Lee"),
    ]


def test_a_cue_set_off_by_commas_before_a_quote_reports_the_words_before_it() -> None:
    text = "Tom Vale spoke first. If the mill closes, he said, “the town goes with it.”"
    assert _reported(text) == [("If the mill closes", "Tom Vale")]


def test_a_cue_set_off_by_commas_with_a_group_subject() -> None:
    text = "Sometimes, the organizers say, the march runs late into the night."
    assert _reported(text) == [
        ("Sometimes", "organizers"),
        ("the march runs late into the night", "organizers"),
    ]


def test_a_share_of_a_group_named_after_of_speaks() -> None:
    assert _reported("Some of Ann Lee’s oldest allies said they would vote against her.") == [
        ("they would vote against her", "Some of Ann Lee’s oldest allies")
    ]


def test_a_share_with_a_clause_after_of_is_no_subject() -> None:
    text = "So far none of the four has publicly backed the plan, Ann Lee said."
    assert _reported(text) == [("So far none of the four has publicly backed the plan", "Ann Lee")]


def test_a_share_in_words_speaks_as_a_group() -> None:
    text = "Sixty-two percent of likely voters say the harbor plan costs too much."
    assert _reported(text) == [
        ("the harbor plan costs too much", "Sixty-two percent of likely voters")
    ]


def test_a_closing_cue_before_a_dash_reports_the_words_before_it() -> None:
    text = "The vote could split the council, Lee allies believe — a split she cannot afford."
    assert _reported(text) == [("The vote could split the council", "Lee allies")]


def test_an_object_of_wrote_or_told_after_a_family_noun_is_no_reported_speech() -> None:
    # review 10 R3.1: new person nouns must not widen "wrote + object" into reported speech
    for text in (
        "Wow thats clever because his mom wrote these famous magic books or something",
        "My mom told me a story about the war and the ships.",
        "A guest asked a question about the menu at the hotel bar.",
    ):
        assert list(find_quotes(text)) == [], text


def test_a_name_in_apposition_before_the_cue_is_its_subject_not_inverted_content() -> None:
    # an apposition's closing comma before "said" is no inverted cue: what follows is a clause
    text = "Earlier this week the campaign manager, Tom Reed, said the plan was dead."
    assert _reported(text) == [("the plan was dead", "Tom Reed")]
    text = "Last month the mayor, Ann Vale, said the bridge would close for a year."
    assert _reported(text) == [("the bridge would close for a year", "Ann Vale")]
    # a true inverted cue keeps its subject after it
    text = "The plan will fail within a year, said Ann Vale, the mayor."
    assert _reported(text) == [("The plan will fail within a year", "Ann Vale")]


def test_an_inverted_subject_with_a_relative_clause_keeps_its_quote() -> None:
    # review R1.4: "who was …" is the subject's own clause, not a clause instead of a subject
    text = "Carl Lee spoke first. The plan is dead, said Tom Reed, who was the manager."
    assert _reported(text) == [("The plan is dead", "Tom Reed")]
    text = "Carl Lee spoke first. The plan is dead, said Tom Reed, whose son was arrested."
    assert _reported(text) == [("The plan is dead", "Tom Reed")]


def test_an_inverted_cue_inside_the_sentence_reports_both_sides() -> None:
    text = "Running for office, said Ann Vale, is hard work for anyone."
    assert _reported(text) == [
        ("Running for office", "Ann Vale"),
        ("is hard work for anyone", "Ann Vale"),
    ]
    text = "And the mayor, said Ann Vale, the treasurer, does not forgive or forget."
    assert _reported(text) == [
        ("And the mayor", "Ann Vale"),
        ("does not forgive or forget", "Ann Vale"),
    ]


def test_an_apposition_after_an_inverted_subject_is_no_reported_clause() -> None:
    # "director of …" describes the subject to the sentence end: only the words before count
    text = (
        "Even as the race moves north, the vote will be tight, said Dan Gerstein, director of "
        "Gotham Ghostwriters and an independent analyst in New York City."
    )
    assert _reported(text) == [
        ("Even as the race moves north, the vote will be tight", "Dan Gerstein")
    ]
    # a clause of its own after the subject is not what the subject said
    reported = _reported("The plan is dead, said Tom Reed, and the council agreed with him.")
    assert all("council" not in words for words, _ in reported)


def test_a_verb_with_an_object_after_a_comma_is_no_parenthetical_cue() -> None:
    # "called for weaker Wall Street, environmental, … regulations": no "said Ann Lee" aside
    text = (
        "The party platform in 2012, for example, called for weaker Wall Street, environmental, "
        "and worker safety regulations."
    )
    assert all(speaker != "Wall Street" for _, speaker in _reported(text))


def test_a_lone_adverb_before_a_parenthetical_cue_is_no_reported_words() -> None:
    text = (
        "Currently, said Dr. Tom Reed, the director of the hospital, there are 70 children "
        "registered as patients."
    )
    assert _reported(text) == [("there are 70 children registered as patients", "Tom Reed")]


def test_a_place_before_a_parenthetical_cue_is_no_reported_words() -> None:
    # review R3.9: "In Dover" is where, not what was said
    assert _reported("Carl Lee spoke first. In Dover, said Ann Vale, taxes are unfair.") == [
        ("taxes are unfair", "Ann Vale")
    ]


def test_a_group_after_a_parenthetical_cue_speaks_for_both_sides() -> None:
    text = "The combination, say economists, marks a journey into uncharted financial territory."
    assert _reported(text) == [
        ("The combination", "economists"),
        ("marks a journey into uncharted financial territory", "economists"),
    ]


@pytest.mark.parametrize(
    ("text", "left", "right"),
    [
        ("Taxes, said Ann Vale, are unfair to the poor.", "Taxes", "are unfair to the poor"),
        ("Dover, said Ann Vale, is broke this year.", "Dover", "is broke this year"),
        ("Washington, said Ann Vale, must act now.", "Washington", "must act now"),
    ],
)
def test_a_one_word_noun_before_a_parenthetical_cue_stays_reported(
    text: str, left: str, right: str
) -> None:
    # review R5.12: only an adverb ("Currently") is dropped, not the clause's subject
    assert _reported(text) == [(left, "Ann Vale"), (right, "Ann Vale")]
