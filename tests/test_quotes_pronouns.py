"""What "he" and "she" can stand for: persons in subject position, not page furniture."""

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
