# ruff: noqa: RUF001
"""Speakers named after the quote: dash signatures, inverted cues with an apposition."""

import pytest

from newsthread.quotes import find_quotes
from newsthread.quotes._clause import MASK
from newsthread.quotes._cue_after import cue_after


def test_a_dash_signature_after_a_quote_paragraph_names_the_speaker() -> None:
    text = "“I never saw the water rise that fast.” ― Krystal Correa"
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "Krystal Correa"
    assert q.cue == "—"
    assert q.cue_start is not None and text[q.cue_start : q.cue_end] == "―"


def test_a_hyphen_signature_with_a_place_names_the_speaker() -> None:
    (q,) = find_quotes("“We want the park back,” - Ann Vale, Dayton")
    assert q.speaker is not None and q.speaker.name == "Ann Vale"


def test_a_hyphen_set_against_the_name_signs_the_quote() -> None:
    text = "“We want the park back.” -Ann Vale"
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "Ann Vale"
    assert q.cue_start is not None and text[q.cue_start : q.cue_end] == "-"


def test_a_sign_off_after_reported_speech_does_not_sign_the_quote() -> None:
    text = "She said the party was “still the top force in Spain.”--Kim Hjelmgaard."
    (q,) = find_quotes(text)
    assert q.text == "still the top force in Spain."
    assert q.speaker is None


def test_an_inverted_cue_with_a_possessive_apposition_takes_the_name() -> None:
    text = "“He was a good man,” says Campbell's partner, Jason Louth."
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "Jason Louth"
    assert q.speaker_start is not None
    assert text[q.speaker_start : q.speaker_end] == "Jason Louth"


def test_an_inverted_cue_with_a_role_apposition_takes_the_name() -> None:
    (q,) = find_quotes("“The books are closed,” said the mayor's spokesman, Tom Reed.")
    assert q.speaker is not None and q.speaker.name == "Tom Reed"


def test_an_inverted_role_without_a_name_stays_the_role() -> None:
    quotes = find_quotes("“It is over,” said a spokesman, adding that talks had failed.")
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "a spokesman"


def test_state_after_of_is_a_noun_not_the_cue() -> None:
    text = "“It is a bad deal,” the former secretary of state said."
    (q,) = find_quotes(text)
    assert q.cue == "said"
    assert q.speaker is not None
    assert q.speaker.name == "the former secretary of state"


def test_a_signature_closing_with_a_full_stop_keeps_it_out_of_the_name() -> None:
    (q,) = find_quotes("“We want the park back.” — Paul Smith.")
    assert q.speaker is not None and q.speaker.name == "Paul Smith"


def test_state_before_a_body_and_its_role_is_a_noun_not_the_cue() -> None:
    text = "“We will wait,” state Senate leader Ann Vale said on Monday."
    (q,) = find_quotes(text)
    assert q.cue == "said"
    assert q.speaker is not None and q.speaker.name == "Ann Vale"


def test_a_signature_line_under_the_quote_keeps_its_full_stop_out_of_the_name() -> None:
    (q,) = find_quotes("“The idea is not accurate.”\n\n- Ann Vale.")
    assert q.speaker is not None and q.speaker.name == "Ann Vale"


def test_a_cue_whose_clause_closes_before_a_title_in_quotes_is_the_quotes_cue() -> None:
    text = (
        "“Grizzly Adams?” Tom Reed asked.\n"
        "“We will see, right?” Ann Vale remarked, alluding to the film “The Revenant.”"
    )
    quotes = find_quotes(text, indirect=False)
    assert quotes[1].text == "We will see, right?"
    assert quotes[1].speaker is not None and quotes[1].speaker.name == "Ann Vale"


def test_a_weak_cue_closing_the_clause_after_a_document_is_the_cue() -> None:
    (q,) = find_quotes("“His email was a help,” the passage continued.", indirect=False)
    assert q.speaker is not None and q.speaker.name == "passage"
    assert q.cue == "continued"


def test_a_cue_opening_reported_speech_after_a_full_quote_is_a_new_sentence() -> None:
    text = (
        "Senator Ann Vale spoke first. “The port will stay open all winter.” "
        "Tom Reed said that the city would pay for it."
    )
    direct, indirect = find_quotes(text)
    assert direct.speaker is not None and direct.speaker.name == "Ann Vale"
    assert indirect.speaker is not None and indirect.speaker.name == "Tom Reed"


def test_an_inverted_cue_after_a_quote_and_a_phrase_names_the_speaker_after_it() -> None:
    text = "“We are extremely happy” about the decision, said Ann Vale, the mayor of the town."
    (q,) = find_quotes(text)
    assert q.text == "We are extremely happy"
    assert q.speaker is not None and q.speaker.name == "Ann Vale"


def test_a_closing_pronoun_clause_reports_a_mixed_quote_before_it() -> None:
    text = (
        "Dave Okafor said the boycott would not hurt much. Giving was “flat for a month or "
        "six weeks” as donors waited to see how things played out, he said."
    )
    partial = [q for q in find_quotes(text) if q.text.startswith("flat")]
    (q,) = partial
    assert q.speaker is not None and q.speaker.name == "Dave Okafor"


def test_an_inverted_cue_closing_the_sentence_reports_the_mixed_quote() -> None:
    text = (
        "The inspectors found no “ties of any consequence” between the two firms, said "
        "the agency's director, Ruth Okafor, on Monday."
    )
    (q,) = find_quotes(text)
    assert q.text == "ties of any consequence"
    assert q.speaker is not None and q.speaker.name == "Ruth Okafor"


def test_reported_speech_after_an_inverted_cue_ends_before_a_day() -> None:
    text = "The bridge will reopen in the spring, said Ann Lee, the mayor, on Monday."
    (q,) = find_quotes(text)
    assert q.text == "The bridge will reopen in the spring"
    assert q.speaker is not None and q.speaker.name == "Ann Lee"


def test_a_subject_that_can_be_heard_asking_is_the_speaker() -> None:
    text = (
        "“Should there be a register of every visitor here?” a reporter can be heard asking Vale."
    )
    q = find_quotes(text, indirect=False)[0]
    assert q.speaker is not None and q.speaker.name == "a reporter"


def test_the_agent_of_a_passive_naming_verb_said_the_words() -> None:
    text = "The practice has been called “strategic ambiguity” by Tom Vale, a professor at Dover."
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role) == ("Tom Vale", "professor")


def test_the_agent_of_described_as_said_the_words() -> None:
    (q,) = find_quotes("The plan was described as “a disaster” by Tom Vale, the mayor.")
    assert q.speaker is not None and q.speaker.name == "Tom Vale"


def test_by_after_a_quote_with_no_passive_names_no_speaker() -> None:
    (q,) = find_quotes("Ann Lee said the plan was “a disaster” by any measure.")
    assert q.speaker is not None and q.speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        "“It was a shock.” The letter was written by Tom Reed.",
        "“It was a shock,” Ann Lee was told by Tom Reed.",
    ],
)
def test_the_agent_of_a_passive_cue_after_the_quote_said_the_words(text: str) -> None:
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "Tom Reed"


@pytest.mark.parametrize("prep", ["between", "against", "among"])
def test_a_prepositional_phrase_after_a_quote_is_no_subject(prep: str) -> None:
    # "… between her and Vale, and she told me" read "Vale" as the subject of "told"
    text = (
        f"Lee, a top aide said, “is very confident in the contrast” {prep} her and Tom Vale, "
        "and she told me that it was done."
    )
    quotes = find_quotes(text, indirect=False)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("is very confident in the contrast", "a top aide")
    ]


def test_a_weak_speech_verb_inverted_after_the_quote_names_its_speaker() -> None:
    text = (
        "“We want jobs,” says Tom Vale, 21, a student from Dover. "
        "“Our ideas of success are different,” agrees Ann Lee, 30, of Milford, Del."
    )
    got = [(q.cue, q.speaker.name if q.speaker else None) for q in find_quotes(text)]
    assert got == [("says", "Tom Vale"), ("agrees", "Ann Lee")]
    # only a person's name: a text that "continues" is no speaker of the words before it
    text = "Tom Vale spoke first. “We will build it, and soon,” continued the report on Monday."
    assert [q.cue for q in find_quotes(text)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "HBO’s “Succession” echoes William Shakespeare at every turn.",
        "The documentary “Icarus” questions Grigory Rodchenkov about the doping program.",
        "The film “Nomad” offers Tom Vale a second act.",
    ],
)
def test_a_weak_verb_after_a_title_is_the_title_s_verb(text: str) -> None:
    # no comma, question or exclamation mark hands the words over to the verb: a title
    assert [q.speaker for q in find_quotes(text)] == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("“Why now?” wonders Tom Vale.", ("wonders", "Tom Vale")),
        ("“Not again!” sighs Tom Vale.", ("sighs", "Tom Vale")),
        ("“That is not the point”, counters Ann Lee.", ("counters", "Ann Lee")),
    ],
)
def test_a_weak_verb_after_words_handed_over_names_the_speaker(
    text: str, said: tuple[str, str]
) -> None:
    assert [(q.cue, q.speaker.name if q.speaker else None) for q in find_quotes(text)] == [said]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "“We lost,” Tom Vale said. “Why now?” a reporter asked, “after all these years?”",
            [("said", "Tom Vale"), ("asked", "a reporter"), ("asked", "a reporter")],
        ),
        (
            "“We lost,” Tom Vale said. “Why now?” Ann Lee asked, “after all these years?”",
            [("said", "Tom Vale"), ("asked", "Ann Lee"), ("asked", "Ann Lee")],
        ),
        (
            "“We lost,” Tom Vale said. “Why now?” she asked, “after all these years?”",
            [("said", "Tom Vale"), ("asked", None), ("asked", None)],
        ),
        (
            "Tom Vale spoke first. “What now?” she asked, “Where do we go?”",
            [("asked", None), ("asked", None)],
        ),
    ],
)
def test_a_question_keeps_the_cue_that_goes_on_with_its_sentence(
    text: str, said: list[tuple[str, str | None]]
) -> None:
    assert [(q.cue, q.speaker.name if q.speaker else None) for q in find_quotes(text)] == said


def test_a_cue_between_two_quotes_leads_the_next_after_a_closed_sentence() -> None:
    # the first quote ends its sentence and "Ann Lee said," ends in a comma before the next
    # quote: the cue opens the next sentence, so the first quote keeps its own cue
    text = (
        "Tom Vale told reporters on Monday: “We will win this state.” Ann Lee said, “We will see.”"
    )
    got = [(q.text, q.cue, q.speaker.name if q.speaker else None) for q in find_quotes(text)]
    assert got == [
        ("We will win this state.", "told", "Tom Vale"),
        ("We will see.", "said", "Ann Lee"),
    ]
    # a quote cut by its cue stays one speaker's
    text = "“We will win this state,” Ann Lee said, “and the next one.”"
    assert [q.speaker.name if q.speaker else None for q in find_quotes(text)] == ["Ann Lee"] * 2


def test_a_phrase_after_the_quote_then_the_speaker_and_cue() -> None:
    def said(text: str) -> list[tuple[str | None, str | None]]:
        return [(q.cue, q.speaker.name if q.speaker else None) for q in find_quotes(text)]

    text = "Ann Lee spoke. “Let me thank the volunteers who worked so hard” for the win, Tom Vale said."
    assert said(text) == [("said", "Tom Vale")]
    text = "“Let me thank the volunteers,” in a speech on Monday, Tom Vale said."
    assert said(text) == [("said", "Tom Vale")]
    # another clause after the comma, or a byline, names nobody for the quote
    text = "Ann Lee said she would make it “glow in the dark,” for instance, and Tom Vale vowed to win."
    assert said(text) == [("said", "Ann Lee")]
    text = (
        "According to “The Vales: Three Generations,” by Ann Lee, Tom told his friend that he won."
    )
    # the cited title is no speech, and "Tom told" after its byline is not its cue
    assert said(text) == []
    qs, qe = text.index("“"), text.index("”") + 1
    masked = text[:qs] + MASK * (qe - qs) + text[qe:]
    assert cue_after(masked, qe, len(masked), False, ",") is None


def test_a_cue_with_a_colon_after_a_quoted_phrase_leads_the_next_quote() -> None:
    text = (
        "After Reed said that pupils might do better at “smaller schools,” Vale said: “I do "
        "not like what he said.”"
    )
    assert [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)] == [
        ("smaller schools,", "Reed"),
        ("I do not like what he said.", "Vale"),
    ]
    # a quote that opens its sentence keeps the cue after it: the colon splits one statement
    text = "“It works,” Vale said: “Believe me.”"
    assert [q.speaker.name if q.speaker else None for q in find_quotes(text)] == ["Vale", "Vale"]
    # a quote inside the clause of another cue still belongs to that cue's clause
    text = "Obama said he expected that Americans will say “no” to the plan."
    assert [q.speaker.name if q.speaker else None for q in find_quotes(text)] == ["Obama"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "But “we will not give up,” Vale said: “We will fight it in court.”",
            [("we will not give up,", "Vale"), ("We will fight it in court.", "Vale")],
        ),
        (
            "The plan is “a mess,” Vale said: “We will fight it in court.”",
            [("a mess,", "Vale"), ("We will fight it in court.", "Vale")],
        ),
        (
            "The deal was “a betrayal of our members,” union leader Tom Vale said: “We will "
            "strike.”",
            [("a betrayal of our members,", "Tom Vale"), ("We will strike.", "Tom Vale")],
        ),
        # a cue before the first quote owns it: the colon's cue leads the next
        (
            "Reed called the plan “a waste,” and Vale said: “We need it too.”",
            [("a waste,", "Reed"), ("We need it too.", "Vale")],
        ),
    ],
)
def test_a_cue_with_a_colon_keeps_the_quote_before_it_that_nothing_else_owns(
    text: str, said: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)] == said


def test_a_cue_with_its_own_object_in_the_next_sentence_is_not_the_quotes() -> None:
    text = (
        "Ann Lee confirmed she had been and said, “The town has a problem.” The singer then "
        "recalled an incident at a cinema."
    )
    quotes = find_quotes(text, indirect=False)
    assert [(q.cue, q.speaker.name if q.speaker else None) for q in quotes] == [("said", "Ann Lee")]
    # a book title closing a sentence is no statement of the next sentence's subject
    text = (
        "He bought the plane in 1986, according to his book “The Art of Dover.” Tom Vale "
        "said a smaller jet would have cost more."
    )
    assert [q.speaker for q in find_quotes(text, indirect=False)] == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # "this" is the quote itself, and a time phrase is no object
        ("“We won.” Vale added a few minutes later.", ("added", "Vale")),
        ("“We are done.” Vale said this on Monday.", ("said", "Vale")),
        ("“We won.” Ann Lee said this after the vote.", ("said", "Ann Lee")),
        ("“We won.” Vale said a day later.", ("said", "Vale")),
    ],
)
def test_a_cue_after_a_full_sentence_quote_with_this_or_a_time_phrase_is_its_cue(
    text: str, said: tuple[str, str]
) -> None:
    (q, *_) = find_quotes(text)
    assert (q.text, q.cue, q.speaker.name if q.speaker else None) == (
        text[1 : text.index("”")],
        *said,
    )


def test_a_name_of_several_words_with_an_apposition_after_a_full_sentence_quote() -> None:
    text = "“We must win Dover.” Tom Reed, the chairman for the county, said of the meeting."
    assert [(q.cue, q.speaker.name if q.speaker else None) for q in find_quotes(text)] == [
        ("said", "Tom Reed")
    ]
    # but a cue with a day and its own "that" clause reports something else
    text = (
        "Reed called the suspension “arbitrary.” Tom Vale, a top operative, warned Saturday "
        "that the move could damage the party."
    )
    assert [(q.cue, q.speaker.name if q.speaker else None) for q in find_quotes(text)] == [
        ("called", "Reed"),
        ("warned", "Tom Vale"),
    ]


def test_a_name_before_a_long_apposition_after_an_inverted_cue() -> None:
    text = (
        "Many contracts are never tested, lawyers say. “The fear is the most valuable part,” "
        "said Ann Lee, a professor of labor law at the Dover University School of Law."
    )
    quotes = find_quotes(text, indirect=False)
    assert [(q.cue, q.speaker.name if q.speaker else None) for q in quotes] == [("said", "Ann Lee")]
