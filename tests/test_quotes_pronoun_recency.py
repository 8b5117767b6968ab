"""Pronouns: "he", "she" and "it" go to the most recent compatible subject nearby."""

from __future__ import annotations

from newsthread.quotes import find_quotes


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text, indirect=False)
    ]


def _speakers(text: str) -> list[str | None]:
    return [s for _, s in _pairs(text)]


def test_plural_role_is_not_she() -> None:
    text = (
        "In addition to paid leave, aides say Ivanka Ortiz advises her father on equal pay.\n\n"
        "“Women are paid equally for the work that we do,” she said at the convention."
    )
    assert _pairs(text) == [("Women are paid equally for the work that we do,", "Ivanka Ortiz")]


def test_first_name_list_gives_gender_for_pronouns() -> None:
    # "Corey" is known male only from the larger first-name list; without it the known-male
    # possessor "Mr. Baker's" would win "he"
    text = (
        "Corey Lindqvist, Peter Baker's campaign manager, said the plan was not a change.\n\n"
        "“That will help every race down the ballot,” he said."
    )
    assert _pairs(text)[-1] == ("That will help every race down the ballot,", "Corey Lindqvist")


def test_more_names_only_give_gender() -> None:
    from newsthread.quotes._names import MORE_FEMALE, MORE_MALE

    assert not MORE_MALE & MORE_FEMALE
    assert {"corey", "rishi"} <= MORE_MALE
    assert "giorgia" in MORE_FEMALE


def test_it_resolves_to_the_last_institution_that_spoke() -> None:
    text = (
        "The newspaper reported that the mayor had met the developer twice. "
        "It added, “the visit comes as the city debates new rules.”"
    )
    assert _speakers(text) == ["newspaper"]


def test_institutions_are_not_pronoun_antecedents() -> None:
    text = (
        "Jake Sherman, a George Washington University graduate, joined in 2010.\n"
        "“It is a village newspaper,” he said."
    )
    assert _speakers(text) == ["Jake Sherman"]


def test_pronoun_goes_to_the_most_recent_compatible_person() -> None:
    text = (
        "Maria Lopez met Tom Berg on Monday.\n"
        "“It went well,” she said.\n"
        "“We agreed on a lot,” he said."
    )
    assert _speakers(text) == ["Maria Lopez", "Tom Berg"]
    # the person named last is "he" when both are subjects: an oldest-first search gives Tom
    text = (
        "Tom Berg spoke first at the meeting.\n"
        "Paul Smith spoke after him.\n"
        "“We agreed on a lot,” he said."
    )
    assert _speakers(text) == ["Paul Smith"]
    # gender decides between the two people, whichever was named last or was the subject
    text = "Tom Berg met Maria Lopez on Monday.\n“It went well,” she said."
    assert _speakers(text) == ["Maria Lopez"]
    text = "Maria Lopez met Tom Berg on Monday.\n“It went well,” she said."
    assert _speakers(text) == ["Maria Lopez"]
    text = "Maria Lopez met Tom Berg on Monday.\n“It went well,” he said."
    assert _speakers(text) == ["Tom Berg"]
    text = "Tom Berg met Maria Lopez on Monday.\n“It went well,” he said."
    assert _speakers(text) == ["Tom Berg"]
    # a woman as the subject nearby is never "he", even against a man named only in passing
    text = (
        "Maria Lopez opened the meeting. The report was then read to Tom Berg in the hall.\n"
        "“We are done,” he said."
    )
    assert _speakers(text) == ["Tom Berg"]


# Filler between two mentions: long, and naming nobody.
FILLER = (
    "The meeting went on for hours, and the agenda was long and slow to get through. "
    "There were reports on the budget, on the roads and on the new school buildings. "
    "The questions from the floor were many and the answers were often short. "
    "By the end of the evening the room was half empty and the coffee had gone cold. "
    "The minutes of the last session were approved without a single change to them. "
    "The lights in the hall were dimmed before the last item was reached at all. "
)


def test_a_subject_far_back_does_not_beat_a_recent_mention() -> None:
    # past the pronoun window (400 characters), the subject bonus no longer counts
    assert len(FILLER) > 450
    text = (
        f"Tom Berg opened the meeting. {FILLER}The last report was read to Paul Smith in the "
        "hall.\n“We are done,” he said."
    )
    assert _speakers(text) == ["Paul Smith"]


def test_a_subject_nearby_beats_a_more_recent_object() -> None:
    # the sentence subject wins over a person named after it in the same sentence
    text = "Tom Berg thanked Paul Smith for the long report.\n“We are done,” he said."
    assert _speakers(text) == ["Tom Berg"]
    text = "Maria Lopez thanked Anna Berg for the long report.\n“We are done,” she said."
    assert _speakers(text) == ["Maria Lopez"]


def test_only_a_person_out_of_reach_is_still_found() -> None:
    # nobody compatible inside the window: the most recent compatible person, however far
    text = f"Tom Berg opened the meeting. {FILLER}\n“We are done,” he said."
    assert _speakers(text) == ["Tom Berg"]
