"""Who a surname, "it" and "they" stand for: the most recent person of that surname (a sentence
subject first), the last institution or group that was a subject before the quote and within
400 characters of it, one speaker for a group however often it speaks."""

from __future__ import annotations

import pytest

from newsthread.quotes import find_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker is not None else None for q in find_quotes(text)]


# -- surnames ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the most recent Smith, though the Smith named last is Mary
        (
            "John Smith spoke. Mary Smith arrived. John Smith waved. “We will rebuild,” Smith said.",
            "John Smith",
        ),
        (
            "Mary Smith spoke. John Smith arrived. Mary Smith waved. “We will rebuild,” Smith said.",
            "Mary Smith",
        ),
        # a sentence subject before a later object of the same surname
        (
            "John Smith spoke. Mary Smith spoke. Ann Berg thanked John Smith on Monday. "
            "“We will rebuild,” Smith said.",
            "Mary Smith",
        ),
        (
            "Mary Smith spoke. John Smith spoke. Ann Berg thanked Mary Smith on Monday. "
            "“We will rebuild,” Smith said.",
            "John Smith",
        ),
    ],
)
def test_a_surname_is_the_most_recent_person_of_that_name(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_surname_alone_as_a_subject_is_a_mention_of_that_person() -> None:
    # "Rutte is tired" makes Mark Rutte the latest subject: "he" is Rutte, not Tom Berg
    before = "Tom Berg thanked Mark Rutte on Monday. "
    quote = "“We are done,” he said."
    assert speakers(before + quote) == ["Tom Berg"]
    assert speakers(before + "Rutte is tired of waiting. " + quote) == ["Mark Rutte"]


# -- "it" and "they" -------------------------------------------------------------------

IT = ("NATO met in Brussels on Monday.", "“The alliance is united,” it said in a statement.")
THEY = ("Ann Lee and Tom Vale met the mayor on Monday.", "“We are not done,” they said.")


@pytest.mark.parametrize(
    ("subject", "quote", "speaker"), [(*IT, "NATO"), (*THEY, "Ann Lee and Tom Vale")]
)
def test_it_and_they_look_back_not_ahead(subject: str, quote: str, speaker: str) -> None:
    assert speakers(f"{subject} {quote}") == [speaker]
    assert speakers(f"{quote} {subject}") == [None]
    # a subject after the quote does not hide the one before it
    assert speakers(f"{subject} {quote} {subject}") == [speaker]
    assert speakers(f"{subject} {quote} Acme Corp. denied it. Bob Roe and Jim Poe left.") == [
        speaker
    ]


@pytest.mark.parametrize(
    ("subject", "quote", "speaker", "last_gap"),
    [(*IT, "NATO", 339), (*THEY, "Ann Lee and Tom Vale", 332)],
)
def test_it_and_they_look_back_400_characters(
    subject: str, quote: str, speaker: str, last_gap: int
) -> None:
    def gap(n: int) -> str:
        return f"{subject} {'x' * n}. {quote}"

    # the subject's mention and the cue are 399 characters apart, then 400
    assert speakers(gap(last_gap)) == [speaker]
    assert speakers(gap(last_gap + 1)) == [None]
    # the window is measured between the two, wherever in the text they are
    far_in = "y" * 600 + ". "
    assert speakers(far_in + gap(last_gap)) == [speaker]
    assert speakers(far_in + f"{subject} {quote}") == [speaker]


# -- groups ------------------------------------------------------------------------------


@pytest.mark.parametrize("sep", [" ", "\n"])
def test_a_group_that_speaks_twice_is_one_speaker(sep: str) -> None:
    # in two paragraphs the group's second mention is the most recent one "they" finds
    text = (
        "Ann Lee and Tom Vale met the mayor on Monday. “We are not done,” they said."
        f"{sep}Later, Ann Lee and Tom Vale left. “We will be back,” they said."
    )
    first, second = find_quotes(text)
    assert first.speaker is not None and second.speaker is not None
    assert (first.speaker.id, first.speaker.name) == ("s1", "Ann Lee and Tom Vale")
    assert second.speaker is first.speaker


# -- "he" and "she" ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tom Berg thanked Mary Lee on Monday. “We are grateful,” she said.", "Mary Lee"),
        ("Mary Lee thanked Tom Berg on Monday. “We are grateful,” he said.", "Tom Berg"),
        ("Tom Berg thanked Mary Lee on Monday. “We are grateful,” he said.", "Tom Berg"),
        ("Mary Lee thanked Tom Berg on Monday. “We are grateful,” she said.", "Mary Lee"),
    ],
)
def test_he_and_she_go_to_the_person_of_that_gender(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_subject_beats_a_later_object_only_within_400_characters() -> None:
    def gap(n: int) -> str:
        return f"Tom Berg thanked Mark Rutte on Monday. {'x' * n}. “We are done,” he said."

    assert speakers(gap(343)) == ["Tom Berg"]  # Tom Berg 399 characters before the cue
    assert speakers(gap(344)) == ["Mark Rutte"]  # 400: only the more recent mention is near
    assert speakers("y" * 600 + ". " + gap(0)) == ["Tom Berg"]


def test_a_person_of_the_pronouns_gender_beats_a_more_recent_one_of_unknown_gender() -> None:
    text = "The mayor thanked Tom Berg and Amadou Magassa on Monday. “We are grateful,” he said."
    assert speakers(text) == ["Tom Berg"]


@pytest.mark.parametrize(("pronoun", "speaker"), [("she", "Mary Lee"), ("he", "Levin")])
def test_the_gender_a_pronoun_gives_a_person_is_kept(pronoun: str, speaker: str) -> None:
    # "he said" makes Levin a man: a later "she" is not Levin, though Levin is the subject
    text = (
        "Levin dismissed the report. “It proves nothing,” he said. "
        f"Levin praised Mary Lee on Monday. “We are grateful,” {pronoun} said."
    )
    assert speakers(text) == ["Levin", speaker]


def test_a_subject_of_unknown_gender_beats_an_object_of_the_pronouns_gender() -> None:
    assert speakers("Levin thanked Tom Berg on Monday. “We are grateful,” he said.") == ["Levin"]


def test_he_looks_back_past_a_person_named_after_the_quote() -> None:
    text = "Tom Berg thanked Mark Rutte on Monday. “We are done,” he said. Jim Poe left early."
    assert speakers(text) == ["Tom Berg"]


# -- how far back a pronoun looks, in mentions ---------------------------------------------


def test_he_looks_back_80_mentions_for_a_man() -> None:
    # the women named in between are mentions too: Tom Berg is the 80th mention back, then the 81st
    def text(women: int) -> str:
        names = ", ".join(["Mary Lee"] * women)
        return f"Tom Berg spoke on Monday. Ann Poe thanked {names}. “We are grateful,” he said."

    assert speakers(text(78)) == ["Tom Berg"]
    assert speakers(text(79)) == [None]


@pytest.mark.parametrize(
    ("subject", "quote", "speaker"),
    [
        ("Ann Lee and Tom Vale met the mayor. They thanked", "“We are not done,” they said.", "Ann Lee and Tom Vale"),
        ("NATO met the mayor. It thanked", "“The alliance is united,” it said.", "NATO"),
    ],
)  # fmt: skip
def test_it_and_they_look_back_20_mentions(subject: str, quote: str, speaker: str) -> None:
    def text(others: int) -> str:
        return f"{subject} {', '.join(['Mary Lee'] * others)}. {quote}"

    assert speakers(text(19)) == [speaker]
    assert speakers(text(20)) == [None]


# -- a full name of unknown gender -----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "speaker"),
    [
        ("Amadou Magassa", "Amadou Magassa"),
        ("Amadou Kone Magassa", "Amadou Kone Magassa"),
        # a place word makes it no full name: the earlier man who is a subject wins
        ("Amadou York", "Tom Berg"),
        ("Amadou Hill", "Tom Berg"),
    ],
)
def test_a_later_subject_with_a_full_name_of_unknown_gender_is_he(name: str, speaker: str) -> None:
    text = f"Tom Berg spoke on Monday. {name} criticised the plan. “We are worried,” he said."
    assert speakers(text) == [speaker]


# -- surnames: how far back, subjects first --------------------------------------------------


def test_a_surname_looks_back_40_mentions_for_a_subject() -> None:
    def text(others: int) -> str:
        names = ", ".join(["Ann Poe"] * others)
        return (
            f"John Smith spoke. Ann Berg thanked Mary Smith, {names} on Monday. "
            "“We are ready,” Smith said."
        )

    # John Smith is the 40th mention back, then the 41st: only the later object is near
    assert speakers(text(37)) == ["John Smith"]
    assert speakers(text(38)) == ["Mary Smith"]


def test_a_surname_looks_at_the_last_8_mentions_of_that_surname() -> None:
    def text(thanks: int) -> str:
        return (
            "John Smith spoke. "
            + "Ann Berg thanked Mary Smith on Monday. " * thanks
            + "“We are ready,” Smith said."
        )

    assert speakers(text(7)) == ["John Smith"]
    assert speakers(text(8)) == ["Mary Smith"]


def test_a_surname_goes_to_the_most_recent_object_when_no_subject_is_near() -> None:
    # Mary Smith and John Smith were subjects long ago; Mary Smith was named last
    names = ", ".join(["Ann Poe"] * 40)
    text = (
        f"Mary Smith spoke. John Smith spoke. Ann Berg thanked {names} on Monday. "
        "Bob Lee thanked Mary Smith on Monday. “We are ready,” Smith said."
    )
    assert speakers(text) == ["Mary Smith"]
    text = (
        "Ann Poe thanked John Smith on Monday. Bob Lee thanked Mary Smith on Monday. "
        "Ann Poe thanked John Smith again. “We are ready,” Smith said."
    )
    assert speakers(text) == ["John Smith"]


@pytest.mark.parametrize("suffix", ["Jr.", "Jr", "Sr.", "II", "III"])
def test_a_name_with_a_suffix_is_known_by_its_surname(suffix: str) -> None:
    quotes = find_quotes(f"“We are ready,” Lee {suffix} said. “We are sure,” Lee said.")
    assert [q.speaker.name if q.speaker else None for q in quotes] == [f"Lee {suffix}"] * 2
    assert quotes[0].speaker is quotes[1].speaker
    assert quotes[0].speaker is not None and quotes[0].speaker.aliases == ["Lee"]


# -- one entity per person: names, surnames, roles ----------------------------------------------


def described(text: str) -> list[tuple[str, str, str | None, str | None, list[str]] | None]:
    return [
        (s.id, s.name, s.role, s.organisation, s.aliases) if (s := q.speaker) else None
        for q in find_quotes(text)
    ]


def test_a_full_name_said_again_is_the_same_person_though_another_of_that_surname_came_between() -> (
    None
):
    text = "“We are ready,” Mary Smith said. John Smith spoke. “We are sure,” Mary Smith said."
    assert described(text) == [("s1", "Mary Smith", None, None, ["Smith"])] * 2


def test_a_surname_said_first_is_the_person_whose_full_name_comes_later() -> None:
    text = "“We are ready,” Rutte said. “We are not,” Mark Rutte said."
    assert described(text) == [("s1", "Mark Rutte", None, None, ["Rutte"])] * 2


def test_a_name_with_the_same_first_initial_and_surname_is_the_same_person() -> None:
    text = (
        "“We are ready,” Mark Rutte said. “We are not,” Mark R. Rutte said. "
        "“We are here,” Tom Rutte said. “We are done,” Mark R. Rutte said."
    )
    mark = ("s1", "Mark Rutte", None, None, ["Rutte", "Mark R. Rutte"])
    assert described(text) == [mark, mark, ("s2", "Tom Rutte", None, None, ["Rutte"]), mark]


def test_a_name_with_another_first_initial_is_somebody_else() -> None:
    # Mary Smith is the Smith mentioned last, but Mike is not Mary
    text = "Mary Smith spoke. John Smith spoke. Mary Smith waved. “We are ready,” Mike Smith said."
    assert described(text) == [("s1", "Mike Smith", None, None, ["Smith"])]


def test_the_alias_of_a_three_word_name_is_its_surname() -> None:
    assert described("“We are ready,” Amadou Kone Magassa said.") == [
        ("s1", "Amadou Kone Magassa", None, None, ["Magassa"])
    ]


def test_a_persons_role_and_organisation_are_kept_when_named_again_without_them() -> None:
    text = "“We are ready,” said NATO Secretary General Mark Rutte. “We are sure,” Mark Rutte said."
    rutte = ("s1", "Mark Rutte", "Secretary General", "NATO", ["Rutte"])
    assert described(text) == [rutte, rutte]


def test_an_organisation_named_later_is_added_to_a_persons_role() -> None:
    text = "“We are ready,” said spokesman Tom Berg. “We are sure,” said Tom Berg of Acme Corp."
    berg = ("s1", "Tom Berg", "spokesman", "Acme Corp.", ["Berg"])
    assert described(text) == [berg, berg]


def test_the_gender_of_a_full_name_is_learnt_by_the_surname_said_before_it() -> None:
    # Berg becomes Tom Berg, a man: "she" is Mary Lee, not the subject Tom Berg
    text = (
        "“We are ready,” Berg said. “We are sure,” Tom Berg said. "
        "Tom Berg thanked Mary Lee on Monday. “We are grateful,” she said."
    )
    assert speakers(text) == ["Tom Berg", "Tom Berg", "Mary Lee"]


SPOKESMAN = "“We are ready,” Tom Berg, a spokesman for the city, said."
BERG = ("s1", "Tom Berg", "spokesman", "city", ["Berg", "the spokesman"])


@pytest.mark.parametrize("article", ["a", "an", "one", "another"])
def test_an_indefinite_role_is_somebody_new(article: str) -> None:
    text = f"{SPOKESMAN} “We are not,” {article} spokesman said."
    assert described(text) == [
        ("s1", "Tom Berg", "spokesman", "city", ["Berg"]),
        ("s2", f"{article} spokesman", "spokesman", None, []),
    ]


def test_a_definite_role_is_the_person_of_that_role_not_the_last_person() -> None:
    text = f"{SPOKESMAN} Mary Lee spoke on Monday. “We are not,” the spokesman said."
    assert described(text) == [BERG, BERG]


def test_a_role_quoted_before_the_name_is_that_named_person() -> None:
    text = f"The spokesman said on Monday: “We are not.” Later, {SPOKESMAN}"
    assert described(text) == [BERG, BERG]


def test_the_subject_the_company_is_it() -> None:
    # "The" is no surname: the sentence's subject is the company
    text = "The company raised prices on Monday. “Costs went up,” it said."
    assert speakers(text) == ["company"]


def test_a_surname_said_first_takes_only_the_first_full_name() -> None:
    # "Lee" became Tom Lee; Ann Lee is somebody else, and Tom Lee keeps his name
    text = (
        "“We are ready,” Lee said. “We are sure,” Tom Lee said. "
        "“We are here,” Ann Lee said. “We are done,” Tom Lee said."
    )
    tom, ann = ("s1", "Tom Lee", None, None, ["Lee"]), ("s2", "Ann Lee", None, None, ["Lee"])
    assert described(text) == [tom, tom, ann, tom]


def test_a_surname_known_only_by_its_full_name_is_a_subject_far_from_it() -> None:
    # Mark Rutte was named 40 mentions back: "Rutte is tired" still makes him the subject
    women = ", ".join(["Mary Lee"] * 40)
    after = f"Ann Poe thanked {women} on Monday. Ann Poe thanked Jim Poe on Monday. "
    end = "Rutte is tired of waiting. “We are done,” he said."
    assert speakers(f"Mark Rutte spoke on Monday. {after}{end}") == ["Mark Rutte"]
    # the same when "Rutte" became Mark Rutte (a paragraph before: its quotes come first)
    first = "“We are ready,” Rutte said. “We are not,” Mark Rutte said.\n"
    assert speakers(f"{first}{after}{end}") == ["Mark Rutte"] * 3
    assert speakers(f"Mark Rutte spoke on Monday. {after}“We are done,” he said.") == ["Jim Poe"]


def test_a_role_looks_back_60_mentions() -> None:
    def text(others: int) -> str:
        names = ", ".join(["Ann Poe"] * others)
        return f"{SPOKESMAN}\nAnn Lee thanked {names} on Monday. “We are not,” the spokesman said."

    assert described(text(58)) == [BERG, BERG]
    assert described(text(59)) == [
        BERG,
        ("s2", "the spokesman", "spokesman", None, ["the spokesman"]),
    ]


def test_a_role_said_again_far_back_is_the_same_speaker() -> None:
    names = ", ".join(["Ann Poe"] * 70)
    text = (
        "“We are ready,” the coach said.\n"
        f"Ann Lee thanked {names} on Monday. “We are not,” the coach said."
    )
    assert described(text) == [("s1", "the coach", "coach", None, ["the coach"])] * 2


def test_a_role_is_not_the_person_quoted_last() -> None:
    text = f"{SPOKESMAN} “We are here,” Mary Lee said. “We are not,” the spokesman said."
    assert described(text) == [BERG, ("s2", "Mary Lee", None, None, ["Lee"]), BERG]


@pytest.mark.parametrize(
    ("before", "named", "role", "organisation", "alias"),
    [
        ("A spokesman", "Tom Berg, a spokesman for the city,", "spokesman", "city", "the spokesman"),
        ("An economist", "Tom Berg, an economist at the bank,", "economist", "bank", "the economist"),
        ("A city spokesman", "Tom Berg, a city spokesman,", "spokesman", None, "the city spokesman"),
        # somebody without a role named first does not stop the merge
        ("Mary Lee spoke on Monday. The spokesman", "Tom Berg, a spokesman for the city,", "spokesman", "city", "the spokesman"),
    ],
)  # fmt: skip
def test_a_role_quoted_before_the_only_person_of_that_role_is_that_person(
    before: str, named: str, role: str, organisation: str | None, alias: str
) -> None:
    text = f"{before} said on Monday: “We are not.” Later, “We are ready,” {named} said."
    berg = ("s1", "Tom Berg", role, organisation, ["Berg", alias])
    assert described(text) == [berg, berg]


def test_a_role_quoted_before_is_merged_only_with_the_person_of_that_role() -> None:
    text = (
        "“We are here,” Mary Lee, the mayor of the city, said. "
        f"The spokesman said on Monday: “We are not.” Later, {SPOKESMAN}"
    )
    assert described(text) == [
        ("s1", "Mary Lee", "mayor", "city", ["Lee", "the mayor"]),
        ("s2", "Tom Berg", "spokesman", "city", ["Berg", "the spokesman"]),
        ("s2", "Tom Berg", "spokesman", "city", ["Berg", "the spokesman"]),
    ]


@pytest.mark.parametrize("sep", [" ", "\n"])
def test_an_institution_that_speaks_twice_is_one_speaker(sep: str) -> None:
    text = (
        "The company raised prices on Monday. “Costs went up,” it said."
        f"{sep}The company cut jobs on Tuesday. “Costs went down,” it said."
    )
    first, second = find_quotes(text)
    assert first.speaker is not None and first.speaker.name == "company"
    assert second.speaker is first.speaker


def test_the_first_role_of_a_person_is_kept() -> None:
    text = (
        "“We are ready,” said NATO Secretary General Mark Rutte. "
        "“We are sure,” said Dutch Prime Minister Mark Rutte."
    )
    rutte = ("s1", "Mark Rutte", "Secretary General", "NATO", ["Rutte"])
    assert described(text) == [rutte, rutte]


@pytest.mark.parametrize("sep", [" ", "\n"])
def test_an_organisation_given_after_the_name_is_added_to_the_role(sep: str) -> None:
    # in one paragraph the organisation is read first, in two the role
    text = (
        "“We are ready,” said spokesman Tom Berg on Monday."
        f"{sep}“We are sure,” Tom Berg of Acme Corp. said."
    )
    berg = ("s1", "Tom Berg", "spokesman", "Acme Corp.", ["Berg"])
    assert described(text) == [berg, berg]


def test_a_person_named_with_a_place_word_has_no_full_name_to_go_by() -> None:
    # "Hill" is a place word: Amadou Hill's unknown gender does not count as known
    text = "Tom Berg spoke on Monday. Amadou Hill said the plan was bad. “We are worried,” he said."
    assert speakers(text) == ["Amadou Hill", "Tom Berg"]


def test_a_role_with_its_organisation_is_the_person_of_that_role() -> None:
    # the role's last word ("spokesman") is looked up, not the phrase's ("city")
    text = f"{SPOKESMAN} “We are not,” the spokesman for the city said."
    berg = (
        "s1",
        "Tom Berg",
        "spokesman",
        "city",
        ["Berg", "the spokesman for the city", "the spokesman"],
    )
    assert described(text) == [berg, berg]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "the former president" is no vice president
        (
            "Vice President Tom Vale spoke first. Ann Lee spoke next.\n"
            "“We will win,” the former president said.",
            "the former president",
        ),
        # the same office: the person named with it before
        (
            "Dover senator Tom Vale spoke first. Ann Lee spoke next.\n"
            "“We will win,” the senator said.",
            "Tom Vale",
        ),
    ],
)
def test_a_role_goes_back_only_to_the_same_office(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Former employees have called it a “fraudulent scheme.”", "Former employees"),
        ("It is what former employees have called a “fraudulent scheme.”", "former employees"),
        ("Border Patrol agents say the fence is “Swiss cheese.”", "Border Patrol agents"),
    ],
)
def test_a_plural_noun_of_people_is_a_group_speaker(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_plural_noun_of_things_is_no_speaker() -> None:
    assert speakers("Tom Vale said the documents show the plan was “rushed.”") == ["Tom Vale"]


@pytest.mark.parametrize(
    "intro",
    [
        "Tom Vale is the mayor of Dover.",
        "Tom Vale has been the city's mayor since 2010.",
        "Dover's mayor, Tom Vale, spoke on Monday.",
        "The mayor of Dover, Tom Vale, spoke on Monday.",
        "Tom Vale, 54, a popular mayor, spoke on Monday.",
    ],
)
def test_a_role_given_by_an_apposition_or_a_copula_links_back_to_the_name(intro: str) -> None:
    (q,) = find_quotes(intro + " “We will rebuild,” the mayor said.")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role) == ("Tom Vale", "mayor")


def test_an_indefinite_role_is_somebody_new_even_at_a_sentence_start() -> None:
    text = (
        "Tom Vale, a spokesman, spoke on Monday. “We are ready,” Vale said. "
        "One spokesman called the plan “a disaster.”"
    )
    quotes = find_quotes(text)
    assert quotes[-1].speaker is not None
    assert quotes[-1].speaker.name == "One spokesman"
