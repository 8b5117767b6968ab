# ruff: noqa: RUF001
"""What "he" and "she" can stand for: persons in subject position, not page furniture."""

from newsthread.model import QuoteKind, SpeakerKind
from newsthread.quotes import find_quotes


def test_a_possessor_inside_an_apposition_is_not_the_topic() -> None:
    text = (
        "David Axelrod, President Barack Obama's former strategist, spoke on Sunday. "
        "“We lost the argument,” he said."
    )
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "David Axelrod"


def test_a_boilerplate_line_is_no_antecedent() -> None:
    text = "Story continues below advertisement\n“We lost the argument,” he said."
    (q,) = find_quotes(text)
    assert q.speaker is None


def test_a_lone_capitalised_subject_of_a_past_tense_verb_is_a_person() -> None:
    text = "Levin dismissed the report. “It proves nothing,” he said."
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "Levin"


def test_he_goes_to_the_subject_before_a_later_object() -> None:
    text = (
        "Tom Reed thanked Mayor Ann Vale for the grant on Friday. "
        "“It changes everything for us,” he said."
    )
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "Tom Reed"


def test_they_after_two_named_people_is_the_pair_of_them() -> None:
    text = "Ann Lee and Tom Vale met the mayor on Monday.\n\n“We are not done,” they said."
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind, q.speaker.key) == (
        "Ann Lee and Tom Vale",
        SpeakerKind.GROUP,
        None,
    )


def test_a_pair_of_people_is_no_antecedent_of_he_or_of_a_surname() -> None:
    text = (
        "Ann Lee and Tom Vale met the mayor on Monday. “We are not done,” Vale said. "
        "“It is late,” he said."
    )
    first, second = find_quotes(text)
    assert first.speaker is not None and second.speaker is not None
    assert (first.speaker.name, second.speaker.name) == ("Tom Vale", "Tom Vale")


def test_two_people_who_are_only_objects_are_no_group() -> None:
    text = "The mayor spoke with Ann Lee and Tom Vale on Monday. “We are not done,” they said."
    (q,) = find_quotes(text)
    assert q.speaker is None


def test_he_goes_to_the_recent_subject_with_an_unknown_first_name() -> None:
    text = (
        "Tom Vale said the stalls were busy all day.\n\n"
        "Oduya Mbeki, 13, of Leeds sold lemonade on the corner in the hours before the long "
        "march began. “Sales were great,” he said."
    )
    quotes = find_quotes(text)
    assert quotes[-1].speaker is not None
    assert quotes[-1].speaker.name == "Oduya Mbeki"


def test_a_place_of_unknown_gender_never_beats_a_known_man() -> None:
    text = (
        "Tom Vale said the stalls were busy all day.\n\n"
        "South Carolina voted in the long primary that came before the march. "
        "“Sales were great,” he said."
    )
    quotes = find_quotes(text)
    assert quotes[-1].speaker is not None
    assert quotes[-1].speaker.name == "Tom Vale"


def test_a_pronoun_opening_the_sentence_is_the_subject_of_a_participle_cue() -> None:
    text = "Tom Reed spoke on Monday. He also spoke about the wall, saying it will be “as big as it needs to be.”"
    (q,) = find_quotes(text, indirect=False)
    assert q.text == "as big as it needs to be."
    assert q.speaker is not None and q.speaker.name == "Tom Reed"
    assert q.cue == "saying"


def test_a_name_that_ends_a_sentence_is_named_without_the_full_stop() -> None:
    text = "The plan was agreed by Mark Rutte. “It works,” he said."
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "Mark Rutte"


def test_an_initial_keeps_its_full_stop() -> None:
    text = "The plan was agreed by Michael R. Bloomberg on Monday. “It works,” he said."
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "Michael R. Bloomberg"


def test_a_pronoun_with_a_contracted_verb_is_a_pronoun_not_a_name() -> None:
    text = "Ann Lee and Tom Vale met voters. They’re sure the plan is “a disaster.”"
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert q.speaker.name == "Ann Lee and Tom Vale"


def test_a_pronoun_after_the_way_is_the_subject_of_the_cue() -> None:
    text = "Ann Lee and Tom Vale joked. Lee mocked the way they say “huge turnout.”"
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert q.speaker.name == "Ann Lee and Tom Vale"


def test_a_pronoun_cue_set_off_by_commas_is_not_the_subject_before_it() -> None:
    text = "“We tried,” Tom Vale said. “We failed.” Dover, he said, was “the hardest place to win.”"
    quotes = [q for q in find_quotes(text) if q.kind is not QuoteKind.INDIRECT]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("We tried,", "Tom Vale"),
        ("We failed.", "Tom Vale"),
        ("the hardest place to win.", "Tom Vale"),
    ]


def test_a_person_whose_view_opens_the_sentence_is_its_topic() -> None:
    text = (
        "To Florida consultant Tom Vale, the party line on Rex Hale is silly, especially with"
        " women.\n“This is whistling past the graveyard,” he said."
    )
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert q.speaker.name == "Tom Vale"


def test_as_for_a_person_opening_the_sentence_makes_them_its_topic() -> None:
    text = (
        "Donald Trump won in Ohio. Ted Cruz spoke first. As for Trump, he said he is not"
        " worried.\n“I think I am going to have the delegates,” he said."
    )
    quotes = [q for q in find_quotes(text) if q.kind is not QuoteKind.INDIRECT]
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Donald Trump"]


def test_as_for_a_thing_leaves_the_name_after_it_the_subject() -> None:
    # near miss: "As for the plan," names no person; the subject after the comma speaks
    text = (
        "Donald Trump won in Ohio. As for the plan, Ted Cruz said it failed.\n"
        "“I think I am going to have the delegates,” he said."
    )
    quotes = [q for q in find_quotes(text) if q.kind is not QuoteKind.INDIRECT]
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Ted Cruz"]


def test_a_preposition_opening_the_sentence_is_no_part_of_the_name() -> None:
    text = "For Ann Lee, a retiree, making calls is a duty. “I love the work,” she said."
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert q.speaker.name == "Ann Lee"
