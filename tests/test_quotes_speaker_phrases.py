# ruff: noqa: RUF001
"""Speaker phrases: initials, apposition, relative clauses, reporting frames, cue words as nouns."""

from __future__ import annotations

import pytest

from newsthread import from_html, from_markdown
from newsthread.quotes import find_quotes
from newsthread.quotes._speakers import parse_subject


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text, indirect=False)
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # initials end no sentence: the subject after the inverted cue is whole
        ("“The rain came too late,” says J.J. Okafor, an expert on floods.", "J.J. Okafor"),
        ("“The rain came too late,” said A. B. Moreau.", "A. B. Moreau"),
        # "press" before a role noun is a noun, not the cue
        (
            "“The ministry is bound by law,” Town Hall press secretary Lena Ortiz said Tuesday.",
            "Lena Ortiz",
        ),
        # "with X yelling": the participle has its own subject
        (
            "At a rally in Dover, Delaware, on Saturday, some fans pushed a heckler, with Ortiz "
            "reportedly yelling: “Get him out of here!”",
            "Ortiz",
        ),
        # an intransitive cue ending its sentence leads into the quote that follows
        (
            "The mayor Lena Ortiz agreed. “The budget is running out of time to pass this year.”",
            "Lena Ortiz",
        ),
    ],
)
def test_speaker(text: str, speaker: str) -> None:
    assert [s for _, s in _pairs(text)] == [speaker]


def test_possessive_before_cue_word_makes_it_a_noun() -> None:
    # "the inspector's report" names no speaker: the clause subject said it
    text = "Ortiz stated that the inspector’s report “was not good at all.”"
    assert _pairs(text) == [("was not good at all.", "Ortiz")]


def test_participle_after_quote_is_no_inverted_cue() -> None:
    text = (
        "Lena Ortiz defended “Dover values,” saying the town embodied the “bravery and heart "
        "of the coast.”"
    )
    speakers = {s for _, s in _pairs(text)}
    assert speakers == {"Lena Ortiz"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Praise came from Gov. Mike Pence, who called their son "an American hero."',
            "Mike Pence",
        ),
        (
            'Praise came from Gov. Mike Pence, who has said, "We are all proud of him."',
            "Mike Pence",
        ),
    ],
)
def test_relative_who_takes_its_antecedent(text: str, speaker: str) -> None:
    assert [s for _, s in _pairs(text)] == [speaker]


def test_state_abbreviation_before_a_quote_ends_the_sentence() -> None:
    text = (
        '"People still back him because he is the nominee," said Sen. Lindsey Graham, R-S.C. '
        '"I get that. But he is really dishonoring that support."'
    )
    assert [s for _, s in _pairs(text)] == ["Lindsey Graham", "Lindsey Graham"]


def test_reported_speech_of_a_relative_clause() -> None:
    text = "The award went to Ann Ortiz, who said that the prize belonged to her whole team."
    quotes = find_quotes(text)
    assert [(q.kind.value, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("indirect", "Ann Ortiz")
    ]


def test_next_sentence_with_its_own_quote_is_no_tail_cue() -> None:
    text = (
        "On Twitter, former Gov. Jeb Ortiz called the plan “unhinged.” Sen. Ann Vale called "
        "the statement “offensive and outlandish.”"
    )
    assert [s for _, s in _pairs(text)] == ["Jeb Ortiz", "Ann Vale"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an inverted lead-in with an apposition holding commas
        (
            "The house is a museum now. Said Dora Vale, who grew up next door, “We were proud.”",
            "Dora Vale",
        ),
        # after an inverted cue, a short noun phrase with an article is the speaker
        ("“She did not like that,” said a 2008 campaign veteran.", "2008 campaign veteran"),
        # a relative "who" without a comma
        ("There was this post from Ann Ortiz who wrote, “Rules are rules.”", "Ann Ortiz"),
    ],
)
def test_more_speaker_shapes(text: str, speaker: str) -> None:
    assert [s for _, s in _pairs(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Our method works,” Ann Vale is quoted as saying.", "Ann Vale"),
        ("Ann Vale was heard saying “we will win this.”", "Ann Vale"),
        # a passive cue: the agent after "by" speaks
        ('Ann Vale was asked by host Bill Marsh, "Would you have told her?"', "Bill Marsh"),
        (
            "Vale was asked by moderator Gerard Baker whether her plan would risk “adding "
            "another expensive program to the budget.”",
            "Gerard Baker",
        ),
    ],
)
def test_reporting_frames(text: str, speaker: str) -> None:
    assert [s for _, s in _pairs(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Even the chairwoman’s computer had been hacked,” the congressional report said, "
            "referring to her predecessor.",
            "congressional report",
        ),
        ("“There is no spine left,” reads a Wednesday editorial in the Register.", None),
        # a surname that is also a title word
        ("“Our efforts have been insufficient,” Ann Pope, a deputy adviser, said.", "Ann Pope"),
    ],
)
def test_noun_cues_and_title_surnames(text: str, speaker: str | None) -> None:
    got = _pairs(text)
    assert len(got) == 1
    if speaker is None:
        assert got[0][1] is not None and "editorial" in got[0][1]
    else:
        assert got[0][1] == speaker


def test_role_words_before_a_name_give_its_role() -> None:
    text = (
        "Former Campaign Pollster Says Senator Is In Trouble In Western Primaries.\n\n"
        "Former campaign pollster Douglas Schoen was a guest on the show.\n\n"
        "The former pollster said, “She is behind in a number of polls.”"
    )
    assert _pairs(text) == [("She is behind in a number of polls.", "Douglas Schoen")]


def test_a_described_name_with_a_lower_case_role_before_a_colon_speaks() -> None:
    (q,) = find_quotes("Former secretary of state Ann Marie Vale:“We closed the gaps.”")
    assert q.speaker is not None and q.speaker.name == "Ann Marie Vale"
    assert q.cue == ":"


def test_a_role_with_a_possessive_before_a_colon_speaks() -> None:
    (q,) = find_quotes("The mayor’s spokesman: “No comment.”")
    assert q.speaker is not None and q.speaker.name == "The mayor’s spokesman"


def test_a_party_and_state_tag_in_parentheses_stays_out_of_the_name() -> None:
    np = parse_subject("House Republican Tom Reed (R-Kan.)")
    assert np is not None
    assert (np.kind, np.name, np.role) == ("name", "Tom Reed", "House Republican")


def test_a_party_and_state_tag_alone_is_no_speaker() -> None:
    assert parse_subject("R-S.C.") is None
    text = "Sen. Tom Reed, R-S.C., a long-shot candidate, said Obama is wrong."
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "Tom Reed"


def test_a_surname_that_is_also_a_month_or_a_modal_ends_the_name() -> None:
    (q,) = find_quotes("“We are ready,” Prime Minister Theresa May said.")
    assert q.speaker is not None and q.speaker.name == "Theresa May"
    (q,) = find_quotes("“It is done,” said Theresa May.")
    assert q.speaker is not None and q.speaker.name == "Theresa May"
    # lower case it is still the modal, and a month after "in" is no name
    (q,) = find_quotes("“It is done,” Smith may have said.")
    assert q.speaker is not None and q.speaker.name == "Smith"
    (q,) = find_quotes("Ann Lee met him in May. “It is done,” she said.")
    assert q.speaker is not None and q.speaker.name == "Ann Lee"


def test_an_age_between_a_name_and_its_apposition_keeps_the_name() -> None:
    text = (
        "Dale Ostrander, 49, a retired teacher who now works for the Parks Department, "
        "said the city should fix the roads first."
    )
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "Dale Ostrander"


def test_an_inverted_parenthetical_cue_names_the_speaker_after_it() -> None:
    text = (
        "The trouble with the plan, says Dora Lindqvist, an economist at the State Bank, "
        "is that it is “far too slow for the families who need it.”"
    )
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "Dora Lindqvist"


def test_the_object_of_told_in_a_parenthetical_is_no_speaker() -> None:
    text = (
        "Ann Vale, the mayor, told the Courier, “We have been friends for a long time and "
        "we will stay friends.”"
    )
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "Ann Vale"


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Debbie Vale, D-Mich., who leads the panel, said: “We will fight.”",
        "Sen. Debbie Vale, D-Mich., who leads the panel, said the bill was “dead.”",
        "“We will fight,” said Sen. Debbie Vale, D-Mich., who leads the panel.",
    ],
)
def test_a_party_tag_before_a_relative_clause_is_no_name(text: str) -> None:
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role) == ("Debbie Vale", "Sen.")


@pytest.mark.parametrize(
    ("text", "role", "org"),
    [
        ("“We will fight,” said Tom Reed, a spokesman for Ann Lee.", "spokesman", "Ann Lee"),
        ("“We will fight,” said Ann Lee's spokesman, Tom Reed.", "spokesman", "Ann Lee"),
        ("“We will fight,” says Ann Lee's lawyer, Tom Reed.", "lawyer", "Ann Lee"),
    ],
)
def test_an_inverted_cue_links_the_role_to_the_name(text: str, role: str, org: str) -> None:
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role, q.speaker.organisation) == ("Tom Reed", role, org)


def test_an_ampersand_inside_a_company_name_keeps_the_name_whole() -> None:
    # "AT&T" was cut at "&": the speaker became "T spokesman"
    np = parse_subject("the AT&T spokesman")
    assert np is not None
    assert (np.kind, np.role, np.organisation) == ("role", "spokesman", "AT&T")
    text = "Ann Lee, the mayor, spoke first. “We are shocked,” the AT&T spokesman told reporters."
    assert _pairs(text) == [("We are shocked,", "the AT&T spokesman")]


def test_an_employee_is_a_speaker_of_its_own() -> None:
    # "one P&G Dover employee" parsed as nothing, and the quote went to the mayor before it
    text = (
        "Ann Lee, the mayor, spoke first. “He was a friend to us,” one P&G Dover employee "
        "told local radio."
    )
    assert _pairs(text) == [("He was a friend to us,", "one P&G Dover employee")]
    assert _pairs("“It is closed,” an employee said.") == [("It is closed,", "employee")]


def test_a_name_or_role_of_or_for_an_organisation_before_a_cue() -> None:
    def spoke(text: str) -> list[tuple[str | None, str | None, str | None]]:
        return [
            (q.speaker.name, q.speaker.role, q.speaker.organisation)
            for q in find_quotes(text)
            if q.speaker is not None
        ]

    # the walk left from the cue goes on past "of the" after a name, "for the" after a role
    text = "Tom Vale of the Dover Council said, “We have waited long enough.”"
    assert spoke(text) == [("Tom Vale", None, "Dover Council")]
    text = "A spokesman for the Dover Police Department said, “No one was hurt.”"
    assert spoke(text) == [
        ("A spokesman for the Dover Police Department", "spokesman", "Dover Police Department")
    ]
    # an apposition before the role still gives the name
    text = (
        "Tom Vale, the communications director for the Dover Democratic Party said in a "
        "statement. “There are no ballots to count.”"
    )
    assert [s[0] for s in spoke(text)] == ["Tom Vale"]


def test_words_put_to_a_passive_subject_are_not_its_own() -> None:
    text = (
        "In an interview with the Dover Times, Tom Vale was asked, “What is the most "
        "dangerous place you have been to?” Vale joked that Dover was his answer."
    )
    (q, _) = find_quotes(text)
    assert (q.cue, q.speaker) == ("asked", None)
    text = "The recruits were repeatedly told, “You sell feelings, not products.”"
    assert [(q.cue, q.speaker) for q in find_quotes(text)] == [("told", None)]
    # the active voice is the subject's question
    text = "Tom Vale asked, “What is the most dangerous place you have been to?”"
    assert [q.speaker.name if q.speaker else None for q in find_quotes(text)] == ["Tom Vale"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Tom Vale was also asked, “What will you do?”", ("asked", None)),
        ("Tom Vale was then told, “You will go first.”", ("told", None)),
        ("Tom Vale was later asked, “What will you do?”", ("asked", None)),
        # the active voice with the same adverbs is the subject's
        ("Tom Vale also asked, “What will you do?”", ("asked", "Tom Vale")),
        ("Tom Vale then told them, “You will go first.”", ("told", "Tom Vale")),
    ],
)
def test_an_adverb_between_a_passive_auxiliary_and_its_verb(
    text: str, said: tuple[str, str | None]
) -> None:
    assert [(q.cue, q.speaker.name if q.speaker else None) for q in find_quotes(text)] == [said]


def test_a_passive_lead_in_gives_the_next_paragraph_no_speaker() -> None:
    # "X was asked:" then the question's paragraph: no speaker, and no crash
    for text in (
        "Tom Vale was asked:\n\n“What will you do about it?”",
        "The recruits were told:\n\n“You will march at dawn.”",
    ):
        (q,) = find_quotes(text)
        assert (q.text, q.speaker) == (text.split("“")[1].rstrip("”"), None)
    text = (
        "<p>Tom Vale spoke to reporters on Monday. Vale was asked:</p>"
        "<p>“What will you do about the bridge this year?”</p>"
    )
    article = from_html(text, quotes=True)
    assert [q.text for b in article.body for q in (getattr(b, "quotes", None) or [])] == [
        "What will you do about the bridge this year?"
    ]
    md = from_markdown("Vale was asked:\n\n“What will you do about the bridge?”\n", quotes=True)
    assert [q.text for b in md.body for q in (getattr(b, "quotes", None) or [])] == [
        "What will you do about the bridge?"
    ]


def test_a_long_run_of_auxiliaries_before_asked_stays_linear() -> None:
    # every look-back is bounded: no subject is found that far, and nobody speaks
    text = "Tom Vale " + "was " * 100_000 + "asked, “What is the plan for the town?”"
    assert [q.speaker for q in find_quotes(text)] == [None]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a name set off by a dash before a colon labels the quote, over the cue before it
        (
            "Pollsters agree - Tom Vale: “One lesson was simple: keep on calling voters.”",
            ":",
            "Tom Vale",
        ),
        ("Ann Lee said it best — Tom Vale: “We never gave up.”", ":", "Tom Vale"),
        # a name in apposition to a speech verb's object is not the speaker
        (
            "Tom Vale said of his old boss - Ann Lee: “She never listened to anyone.”",
            "said",
            "Tom Vale",
        ),
        (
            "Tom Vale wrote to the chair - Ann Lee: “I resign with immediate effect.”",
            "wrote",
            "Tom Vale",
        ),
        (
            "Tom Vale told the BBC that he blamed one person - Ann Lee: “She lied to us.”",
            "told",
            "Tom Vale",
        ),
        # a hyphen inside a name is no dash
        ("Jean-Luc Vale said: “We never gave up.”", "said", "Jean-Luc Vale"),
    ],
)
def test_a_name_after_a_dash_before_a_colon_labels_the_quote(
    text: str, cue: str, speaker: str
) -> None:
    assert [(q.cue, q.speaker.name if q.speaker else None) for q in find_quotes(text)] == [
        (cue, speaker)
    ]
