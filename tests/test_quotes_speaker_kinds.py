# ruff: noqa: RUF001
"""Speakers that are persons, organisations (or documents) and groups, and their join keys."""

import pytest

from newsthread.model import SpeakerKind
from newsthread.quotes import find_quotes


def test_a_named_person_is_a_person_with_a_folded_key() -> None:
    (q,) = find_quotes("According to Sen. José Díaz, “the vote is lost.”")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind, q.speaker.key) == (
        "José Díaz",
        SpeakerKind.PERSON,
        "jose diaz",
    )


def test_the_same_person_in_two_texts_has_the_same_key() -> None:
    (a,) = find_quotes("“Roads first,” said Gov. Ann O’Neill.")
    (b,) = find_quotes("“Schools next,” Ann O'Neill told reporters.")
    assert a.speaker is not None and b.speaker is not None
    assert a.speaker.key == b.speaker.key == "ann o'neill"


def test_an_institution_that_speaks_is_an_organisation_without_a_key() -> None:
    (q,) = find_quotes("“The plan is sound,” the ministry said in a statement.")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind, q.speaker.key) == (
        "ministry",
        SpeakerKind.ORGANISATION,
        None,
    )


def test_a_plural_role_is_a_group_and_they_goes_back_to_it() -> None:
    text = "Officials said the road would stay closed. “Nobody may enter,” they said."
    reported, direct = find_quotes(text)
    assert reported.speaker is not None
    assert (reported.speaker.name, reported.speaker.kind) == ("Officials", SpeakerKind.GROUP)
    assert reported.speaker.key is None
    assert direct.speaker is reported.speaker


def test_they_without_a_group_that_spoke_stays_unresolved() -> None:
    text = "Ann Vale met Tom Reed on Friday. “We agreed on nothing,” they said."
    (q,) = find_quotes(text)
    assert q.speaker is None


def test_a_capitalised_plural_role_is_never_he() -> None:
    text = "Aides said the trip was off. “I am staying home,” he said."
    quotes = find_quotes(text)
    assert quotes[-1].text == "I am staying home,"
    assert quotes[-1].speaker is None


def test_it_said_goes_back_to_the_institution_that_was_the_subject() -> None:
    text = "Acme Corp. denied the report on Monday. “We deny the claims,” it said."
    denied, q = find_quotes(text)  # what Acme denied is reported speech of its own
    assert denied.speaker is q.speaker
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("Acme Corp.", SpeakerKind.ORGANISATION)


def test_an_acronym_subject_is_an_institution_for_it() -> None:
    text = "NATO met in Brussels on Monday. “The alliance is united,” it said in a statement."
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("NATO", SpeakerKind.ORGANISATION)


def test_it_said_with_no_institution_before_it_has_no_speaker() -> None:
    text = "Ann Lee left the room on Monday. “We deny the claims,” it said."
    (q,) = find_quotes(text)
    assert q.speaker is None


def test_which_said_after_an_institution_is_the_institution() -> None:
    text = "The suit names the Acme Group, which said “the claims are baseless.”"
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("Acme Group", SpeakerKind.ORGANISATION)


def test_which_after_a_place_is_no_speaker() -> None:
    text = "A sign stood at an exit in Corona, which read, “Vote now.”"
    (q,) = find_quotes(text)
    assert q.speaker is None


def test_it_said_goes_back_to_a_described_institution_opening_a_sentence() -> None:
    text = "Ann Lee called on Friday. The company issued a statement. “We deny it,” it said."
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("company", SpeakerKind.ORGANISATION)


def test_a_described_institution_is_no_antecedent_of_she() -> None:
    text = "Ann Lee called on Friday. The company issued a statement. “We deny it,” she said."
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("Ann Lee", SpeakerKind.PERSON)


def test_two_surnames_joined_by_and_before_the_cue_are_a_group() -> None:
    (q,) = find_quotes("“We will appeal,” Smith and Jones said.")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind, q.speaker.key) == (
        "Smith and Jones",
        SpeakerKind.GROUP,
        None,
    )


def test_two_full_names_after_an_inverted_cue_are_a_group() -> None:
    (q,) = find_quotes("“We will appeal,” said Ann Vale and Tom Reed.")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("Ann Vale and Tom Reed", SpeakerKind.GROUP)


def test_a_place_and_a_name_are_no_group() -> None:
    (q,) = find_quotes("“We will appeal,” said Florida and Tom Reed.")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("Tom Reed", SpeakerKind.PERSON)


def test_a_group_in_apposition_owns_a_mixed_quote_after_a_verb_that_is_no_cue() -> None:
    text = "Two analysts, Ann Vale and Tom Reed, found that the army is “the best in the region.”"
    (q,) = find_quotes(text, indirect=False)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("Ann Vale and Tom Reed", SpeakerKind.GROUP)


def test_they_goes_back_to_a_plural_body_that_spoke() -> None:
    text = "“We object,” the two groups said on Monday. Later, they added: “We will sue.”"
    first, second = find_quotes(text, indirect=False)
    assert first.speaker is not None
    assert (first.speaker.name, first.speaker.kind) == ("two groups", SpeakerKind.GROUP)
    assert second.speaker is first.speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a cue word after a determiner or a possessive is the head noun of the subject
        ("The report said “the road is unsafe.”", "report"),
        ("Acme's tweet said “the road is unsafe.”", "Acme's tweet"),
        ("“The road is unsafe,” the report states.", "report"),
    ],
)
def test_a_cue_word_used_as_a_noun_is_the_speaking_document(text: str, name: str) -> None:
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == (name, SpeakerKind.ORGANISATION)


def test_the_secretary_of_state_is_no_document() -> None:
    (q,) = find_quotes("“We will talk,” the secretary of state said.")
    assert q.speaker is not None
    assert (q.speaker.role, q.speaker.kind) == ("secretary", SpeakerKind.PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed and Ann Lee said: “We will fight.”",
        "Tom Reed and Ann Lee said the plan was “a disaster.”",
        "Both Tom Reed and Ann Lee said the plan was “a disaster.”",
    ],
)
def test_two_named_persons_before_a_cue_are_a_group(text: str) -> None:
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("Tom Reed and Ann Lee", SpeakerKind.GROUP)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor and Ann Lee said the plan was “a disaster.”",
        "A study by the University of Dover and Ann Lee said the plan was “a disaster.”",
    ],
)
def test_a_name_joined_to_no_person_is_the_speaker_alone(text: str) -> None:
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "Ann Lee"


def test_two_named_persons_report_speech_together() -> None:
    (q,) = find_quotes("Tom Reed and Ann Lee said the plan would cost more than expected.")
    assert q.speaker is not None
    assert q.speaker.name == "Tom Reed and Ann Lee"


def test_which_said_after_a_document_is_the_document() -> None:
    (q,) = find_quotes("The council sent out a memo, which said “all staff must return.”")
    assert q.text == "all staff must return."
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("memo", SpeakerKind.ORGANISATION)


def test_a_plural_noun_of_people_opening_a_sentence_is_a_group() -> None:
    (q,) = find_quotes("Residents say the plan is “a disaster.”")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind, q.speaker.key) == ("Residents", SpeakerKind.GROUP, None)


def test_they_goes_back_to_a_group_that_opened_the_sentence_before() -> None:
    (q,) = find_quotes("Protesters were furious on Monday. “We waited three hours,” they said.")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("Protesters", SpeakerKind.GROUP)


def test_a_surname_in_s_is_no_group() -> None:
    (q,) = find_quotes("Waters spoke first. “We waited three hours,” they said.")
    assert q.speaker is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A citizen wrote: “The road is a disaster.”", "citizen"),
        ("“The road is a disaster,” one taxpayer told the council.", "one taxpayer"),
    ],
)
def test_a_noun_of_one_person_is_a_described_person(text: str, name: str) -> None:
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == (name, SpeakerKind.PERSON)


def test_police_are_a_group_that_they_goes_back_to() -> None:
    text = "Police said on Monday that a man was arrested. “He fled on foot,” they said."
    reported, direct = find_quotes(text)
    assert reported.speaker is not None
    assert (reported.speaker.name, reported.speaker.kind) == ("Police", SpeakerKind.GROUP)
    assert direct.speaker is reported.speaker


def test_a_group_after_with_owns_the_words_its_participle_quotes() -> None:
    text = 'Dover was on everyone\'s mind, with many marchers and spectators chanting "Stop hate."'
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("many marchers and spectators", SpeakerKind.GROUP)


def test_a_plural_noun_of_people_opening_the_sentence_owns_a_participle_cue() -> None:
    # "The protesters …, shouting": the opening words run on to the plural noun
    text = "The protesters interrupted her speech, shouting “she wins, we lose!”"
    got = [(q.speaker.name, q.speaker.kind) for q in find_quotes(text) if q.speaker]
    assert got == [("protesters", SpeakerKind.GROUP)]
    text = "Outside the arena, about 200 protesters gathered, chanting “Dump Vale now.”"
    got = [(q.speaker.name, q.speaker.kind) for q in find_quotes(text) if q.speaker]
    assert got == [("about 200 protesters", SpeakerKind.GROUP)]
    # a name before the plural noun modifies it: the group speaks, not the person
    text = "Vale supporters interrupted her speech, shouting “she wins, we lose!”"
    got = [(q.speaker.name, q.speaker.kind) for q in find_quotes(text) if q.speaker]
    assert got == [("Vale supporters", SpeakerKind.GROUP)]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a verb spelled like a plural noun of people: the name before it speaks
        (
            "Ann Lee judges the contest, saying “only the best will win.”",
            ("saying", "Ann Lee", SpeakerKind.PERSON),
        ),
        (
            "Tom Vale nurses a grudge, calling Lee “a traitor to the party.”",
            ("calling", "Tom Vale", SpeakerKind.PERSON),
        ),
        (
            "Lee counsels patience, calling the deal “the best we could get.”",
            ("calling", "Lee", SpeakerKind.PERSON),
        ),
        (
            "Tom Vale heads the committee, saying “we will find the truth.”",
            ("saying", "Tom Vale", SpeakerKind.PERSON),
        ),
        (
            "Ann Lee chairs the panel and has called the plan “a disaster for the town.”",
            ("(subject)", "Ann Lee", SpeakerKind.PERSON),
        ),
        # the plural noun before a verb's form or a post-modifier heads a group
        (
            "Vale supporters say the plan is “a disaster for the town.”",
            ("say", "Vale supporters", SpeakerKind.GROUP),
        ),
        (
            "The judges ruled the entry out, calling it “a clear breach of the rules.”",
            ("calling", "judges", SpeakerKind.GROUP),
        ),
    ],
)
def test_a_plural_noun_of_people_is_a_verb_before_its_object(
    text: str, said: tuple[str, str, SpeakerKind]
) -> None:
    assert [(q.cue, q.speaker.name, q.speaker.kind) for q in find_quotes(text) if q.speaker] == [
        said
    ]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "A spokesman for the Dover Police Department said, “We are looking into it.”",
            "A spokesman for the Dover Police Department",
            SpeakerKind.PERSON,
        ),
        (
            "The mayor of the town said, “It will fail.”",
            "The mayor of the town",
            SpeakerKind.PERSON,
        ),
        (
            "Members of the Dover Council said, “We are looking into it.”",
            "Members of the Dover Council",
            SpeakerKind.GROUP,
        ),
        ("Critics of the plan said, “It will fail.”", "Critics of the plan", SpeakerKind.GROUP),
        ("Residents of the town said, “It will fail.”", "Residents of the town", SpeakerKind.GROUP),
        # an institution named with "of" stays one
        ("The Bank of England said, “It will fail.”", "Bank", SpeakerKind.ORGANISATION),
    ],
)
def test_the_noun_before_of_or_for_gives_the_kind(text: str, name: str, kind: SpeakerKind) -> None:
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == (name, kind)
    if kind is not SpeakerKind.ORGANISATION:
        assert q.speaker.key is None  # described, not named: nothing to join on


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“No,” the child said.", "child"),
        ("Another voter said, “We are tired.”", "Another voter"),
        ("One person familiar with the plan said, “We are tired.”", "One person"),
    ],
)
def test_a_described_person_is_a_person_without_a_key(text: str, name: str) -> None:
    (q,) = find_quotes(text, indirect=False)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind, q.speaker.key) == (name, SpeakerKind.PERSON, None)


def test_a_name_after_a_determiner_and_a_plural_of_people() -> None:
    # near misses: "A Trump campaign source" keeps its name; a plural of people is a group
    (q,) = find_quotes("A Trump campaign source said, “He will win.”", indirect=False)
    assert q.speaker is not None and q.speaker.name == "Trump campaign source"
    (q,) = find_quotes("The children chanted, “Four more years.”", indirect=False)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind, q.speaker.key) == ("children", SpeakerKind.GROUP, None)


def test_a_title_of_a_place_or_body_without_a_known_name_has_no_key() -> None:
    # the holder's name cannot be told from the place or body: no key, never "of london …"
    (q,) = find_quotes("“We will open,” said Mayor of Dover Rafiq Zand.")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.key) == ("Mayor of Dover Rafiq Zand", None)
    (q,) = find_quotes("“We will open,” said President of Human Rights Watch.")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.key) == ("President of Human Rights Watch", None)
    # with a first name known, the name is split off and keyed
    (q,) = find_quotes("“We will open,” said Mayor of Dover Ann Vale.")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.key) == ("Ann Vale", "ann vale")


@pytest.mark.parametrize("body", ["Dover Police", "The Dover Postal Service", "The Dover Army"])
def test_an_institution_named_by_its_head_noun_is_what_it_stands_for(body: str) -> None:
    text = f"{body} said on Monday that “the road is closed.” It added: “Nobody may enter.”"
    first, second = find_quotes(text)
    assert first.speaker is not None
    assert first.speaker.kind is SpeakerKind.ORGANISATION
    assert second.speaker is first.speaker


def test_a_person_is_no_institution_for_he() -> None:
    text = "Tom Reed said on Monday that “the road is closed.” He added: “Nobody may enter.”"
    first, second = find_quotes(text)
    assert first.speaker is not None and first.speaker.kind is SpeakerKind.PERSON
    assert second.speaker is first.speaker
