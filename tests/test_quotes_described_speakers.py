"""Speakers that are only described ("a citizen, whose name is redacted,"), and the words
after a cue that are no speaker ("wrote on Aug. 29")."""

import pytest

from newsthread.model import SpeakerKind
from newsthread.quotes import find_quotes


def test_a_description_before_a_relative_clause_is_the_speaker() -> None:
    (q,) = find_quotes(
        "“The road is dangerous,” a citizen, whose name is redacted, wrote on Aug. 29."
    )
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind, q.speaker.key) == (
        "a citizen",
        SpeakerKind.PERSON,
        None,
    )


def test_a_document_described_before_which_is_no_person() -> None:
    (q,) = find_quotes("“Costs will rise,” a report, which was leaked on Monday, said on Tuesday.")
    assert q.speaker is not None
    assert q.speaker.name == "report"
    assert q.speaker.kind == SpeakerKind.ORGANISATION


def test_a_date_after_the_cue_is_never_the_speaker() -> None:
    (q,) = find_quotes("“We will sue,” one resident, who lives near the plant, wrote on Jan. 5.")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == ("one resident", SpeakerKind.PERSON)


def test_a_role_subject_owns_a_mixed_quote_after_a_verb_that_is_no_cue() -> None:
    (q,) = find_quotes("The former governor waved the whole affair away as “absurd and silly.”")
    assert q.speaker is not None and q.speaker.name == "The former governor"
    assert q.cue == "(subject)"


def test_a_described_role_opening_the_sentence_is_the_subject_of_a_participle_cue() -> None:
    text = "The Ohio senator sought to calm the crowd, saying the heckler would “not get hurt.”"
    (q,) = find_quotes(text, indirect=False)
    assert q.speaker is not None and q.speaker.name == "The Ohio senator"
    assert q.cue == "saying"


def test_a_long_described_speaker_after_an_inverted_cue_keeps_its_head() -> None:
    text = "“We were lied to,” said one owner of a shop that sells hats, who declined to be named."
    (q,) = find_quotes(text, indirect=False)
    assert q.speaker is not None and q.speaker.name == "owner"


def test_a_described_name_ends_at_the_adverb_after_it() -> None:
    text = "Republican presidential candidate Ann Vale quickly took to Twitter, writing: “Another attack.”"
    (q,) = find_quotes(text, indirect=False)
    assert q.speaker is not None and q.speaker.name == "Ann Vale"
    assert q.cue == "writing"


def test_a_capitalised_modifier_before_a_role_noun_is_part_of_the_description() -> None:
    text = "Former Republican presidential candidate Tom Reed broke down what was wrong to a Dutch paper: “It was so insensitive.”"
    (q,) = find_quotes(text, indirect=False)
    assert q.speaker is not None and q.speaker.name == "Tom Reed"


def test_more_from_a_source_with_a_colon_names_the_source() -> None:
    text = (
        "The county auditor published her review on Friday.\n"
        "More from Okafor: “The accounts were never reconciled after the flood.”"
    )
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "Okafor"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("The verdict from Tom Reed", "Tom Reed"),
        ("A short reply from the Dover Council", "Dover Council"),
    ],
)
def test_words_from_a_source_with_a_colon_name_the_source(lead: str, speaker: str) -> None:
    (q,) = find_quotes(f"{lead}: “The accounts were never reconciled.”")
    assert q.speaker is not None and q.speaker.name == speaker


def test_a_view_from_a_place_names_nobody() -> None:
    (q,) = find_quotes("The view from Dover: “The accounts were never reconciled.”")
    assert q.speaker is None


def test_from_a_document_with_a_colon_names_the_document() -> None:
    text = "From the audit: “Three of the five accounts were never reconciled.”"
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "audit"


def test_a_relative_described_by_a_possessive_is_the_speaker() -> None:
    text = (
        "Tom Vale died on Monday. “He was a new dad,” his brother added. "
        "“She was always there for us,” her husband said."
    )
    first, second = find_quotes(text)
    assert first.speaker is not None and first.speaker.name == "his brother"
    assert second.speaker is not None and second.speaker.name == "her husband"
    assert first.speaker.kind is SpeakerKind.PERSON


def test_according_to_an_occupation_names_the_source_of_a_mixed_quote() -> None:
    text = (
        "According to her longtime personal physician, the senator had “excellent” results "
        "in her latest checkup."
    )
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "her longtime personal physician"


def test_a_summary_or_memoir_cited_with_according_to_is_the_source() -> None:
    text = (
        "She later compared the talk to a “root canal,” according to Vale's memoir. "
        "The book, according to its online summary, “draws a troubling portrait of the city.”"
    )
    first, second = find_quotes(text)
    assert first.speaker is not None and first.speaker.name == "Vale's memoir"
    assert second.speaker is not None and second.speaker.name == "its online summary"
    assert second.speaker.kind is SpeakerKind.ORGANISATION


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "A resident, whose name was withheld, wrote on Sept. 3: “The road is a danger.”",
            "resident",
            SpeakerKind.PERSON,
        ),
        (
            "A neighbour, who asked not to be named, said: “The road is a danger.”",
            "neighbour",
            SpeakerKind.PERSON,
        ),
        (
            "The audit, which was released on Monday, said “the road is unsafe.”",
            "audit",
            SpeakerKind.ORGANISATION,
        ),
        (
            "The audit, released on Monday, said “the road is unsafe.”",
            "audit",
            SpeakerKind.ORGANISATION,
        ),
    ],
)
def test_a_description_and_a_clause_before_the_cue_and_the_quote(
    text: str, name: str, kind: SpeakerKind
) -> None:
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind) == (name, kind)


@pytest.mark.parametrize("subject", ["Another", "One"])
def test_another_alone_is_someone_else_not_the_speaker_before(subject: str) -> None:
    # "Another tweeted" went back to the person who spoke before
    text = f"Tom Reed replied to the post. {subject} tweeted, “Vale thinks she is above the rules.”"
    (q,) = find_quotes(text, indirect=False)
    assert q.speaker is not None
    assert q.speaker.name == subject


def test_a_name_before_a_who_s_clause_owns_the_cue_after_it() -> None:
    text = (
        "It was three years ago that Tom Vale, who's thinking about running for mayor, said"
        " it was “impossible” for him to win."
    )
    (q,) = [q for q in find_quotes(text) if q.text == "impossible"]
    assert q.speaker is not None
    assert q.speaker.name == "Tom Vale"


def test_a_restrictive_who_clause_between_a_described_speaker_and_the_cue() -> None:
    text = (
        "Another voter who did not want to be named said he heard Vale talk of “immorality”"
        " in the city."
    )
    (q,) = [q for q in find_quotes(text) if q.text == "immorality"]
    assert q.speaker is not None
    assert q.speaker.name == "Another voter"


def test_a_restrictive_who_clause_after_a_pronoun_like_word_gives_no_speaker() -> None:
    text = (
        "It means including people who feel left out, said Vale, and “a new way of doing things.”"
    )
    names = [q.speaker.name for q in find_quotes(text) if q.speaker is not None]
    assert "It means including people" not in names


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The man in the front row said: “We love the plan.”", "man"),
        ("A woman at the rally shouted: “We love the plan.”", "woman"),
        ("Tom Reed left early. Later a voter in the hall said: “We love the plan.”", "voter"),
    ],
)  # fmt: skip
def test_a_person_before_where_they_stood_speaks_not_the_place(text: str, speaker: str) -> None:
    assert [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)] == [
        ("We love the plan.", speaker)
    ]


def test_a_cue_word_used_as_a_noun_after_a_time_phrase_reports_nothing() -> None:
    # "in the hours before the call": no place after a person, "call" is a noun
    text = "There was a reception for the older delegates in the hours before the call of the roll that would make Ann Vale the nominee."
    assert [q.text for q in find_quotes(text)] == []
