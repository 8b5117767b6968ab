# ruff: noqa: RUF001
"""A cue inside a parenthetical aside speaks for nobody outside it."""

import pytest

from newsthread.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)]


def test_a_participle_after_a_closed_aside_takes_the_clause_subject() -> None:
    text = (
        "After the vote (Ann Lee called it a disgrace), Tom Vale inflamed tensions "
        "by saying “the vote was rigged.”"
    )
    assert _speakers(text) == [("the vote was rigged.", "Tom Vale")]


def test_a_participle_after_a_main_clause_cue_shares_its_subject() -> None:
    text = "Tom Vale spoke for an hour, saying “the vote was rigged.”"
    assert _speakers(text) == [("the vote was rigged.", "Tom Vale")]


def test_an_aside_opening_the_paragraph_is_no_subject() -> None:
    text = "(Ann Lee called it a disgrace), Tom Vale inflamed tensions by saying “the vote was rigged.”"
    assert _speakers(text) == [("the vote was rigged.", "Tom Vale")]


@pytest.mark.parametrize("conj", ["and", "but", "while"])
def test_a_participle_in_a_coordinated_clause_takes_that_clause_subject(conj: str) -> None:
    text = (
        f"Ann Lee called it a disgrace, {conj} Tom Vale inflamed tensions "
        "by saying “the vote was rigged.”"
    )
    assert _speakers(text) == [("the vote was rigged.", "Tom Vale")]


def test_a_participle_right_after_the_conjunction_keeps_the_main_subject() -> None:
    text = "Ann Lee spoke for an hour, and then left, saying “the vote was rigged.”"
    assert _speakers(text) == [("the vote was rigged.", "Ann Lee")]


def test_a_participle_after_a_quote_with_no_comma_is_no_cue() -> None:
    text = (
        "Ann Lee went after Tom Vale in the debate.\n"
        "She is noting the “kind of problems” Vale had answering questions about banks."
    )
    assert _speakers(text) == [("kind of problems", "Ann Lee")]


def test_absolute_participles_have_their_own_subjects() -> None:
    text = (
        "Both men issued a statement – Ann Lee saying she was “very pleased” "
        "and Tom Vale calling it a “great meeting.”"
    )
    assert _speakers(text) == [("very pleased", "Ann Lee"), ("great meeting.", "Tom Vale")]


@pytest.mark.parametrize("who", ["Rep. Tom Vale (D-Ohio)", "Tom Vale", "the mayor, Tom Vale,"])
def test_a_participle_after_an_inverted_cue_takes_its_subject(who: str) -> None:
    text = f"“It is not new in Dover,” said {who} at the time, adding that “we have done it for years.”"
    speakers = [name for _, name in _speakers(text)]
    assert speakers == ["Tom Vale", "Tom Vale"]


def test_a_campaign_with_a_time_phrase_is_the_participle_subject() -> None:
    text = "The Vale campaign on Monday also doubled down, saying Lee is experienced “on paper.”"
    (q,) = find_quotes(text, indirect=False)
    assert q.speaker is not None
    assert q.speaker.name == "The Vale campaign"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The ad targets a “corrupt system that buys elections.”", "ad"),
        (
            "A statement from Acme blamed the delay on “factors beyond our control.”",
            "statement from Acme",
        ),
        ("One Acme ad, which is airing now, argues that “only Vale can win.”", "One Acme ad"),
    ],
)
def test_a_document_subject_owns_its_quote(text: str, name: str) -> None:
    (q,) = find_quotes(text, indirect=False)
    assert q.speaker is not None
    assert q.speaker.name == name


def test_a_verb_phrase_is_no_document_subject() -> None:
    text = "To join, just click here, enter your email address, and click “sign up now.”"
    assert find_quotes(text, indirect=False) == []  # a scare quote: no speaker, no statement


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ann Lee held up a sign saying “Vets Against Vale.”", "sign"),
        ("Two aides wore a campaign hat reading, “Make Dover Great Again.”", "a campaign hat"),
        # a statement quotes whoever issued it
        ("Ann Lee issued a statement saying “we will appeal the ruling.”", "Ann Lee"),
    ],
)
def test_a_sign_or_a_hat_before_a_participle_carries_the_words(text: str, speaker: str) -> None:
    assert [name for _, name in _speakers(text)] == [speaker]


def test_an_accusation_in_a_subordinate_clause_is_its_subjects() -> None:
    text = (
        "Tom Vale appeared rattled at the debate, unable to say much when Ann Lee "
        "accused him of an “artful smear” over her fundraising."
    )
    assert _speakers(text) == [("artful smear", "Ann Lee")]


def test_dismissing_something_as_words_reports_them() -> None:
    text = "Campaign chair Tom Vale dismissed the whole affair as “absurd.”"
    assert _speakers(text) == [("absurd.", "Tom Vale")]


@pytest.mark.parametrize(
    ("verb", "words"),
    [("praised", "a steady hand"), ("criticized", "identity politics")],
)
def test_praise_and_criticism_across_an_object_report_the_words(verb: str, words: str) -> None:
    text = f"Tom Vale {verb} the mayor's approach as “{words}.”"
    assert _speakers(text) == [(f"{words}.", "Tom Vale")]


@pytest.mark.parametrize(
    "text",
    [
        "Speaking in Dover, Vale, without naming him, also accused Reed of “selling snake oil.”",
        "At the town hall, Vale, after a long pause, accused Reed of “selling snake oil.”",
        "In Dover, Vale, speaking to reporters, accused Reed of “selling snake oil.”",
    ],
)
def test_an_aside_between_subject_and_cue_is_skipped_not_the_place_before(text: str) -> None:
    assert _speakers(text) == [("selling snake oil.", "Vale")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Carl Lee spoke first. A spokesman for the owner, building manager Tom Reed, said: “The plan is dead.”", "Tom Reed"),
        ("The company's spokesman, marketing director Ann Vale, said: “The plan is dead.”", "Ann Vale"),
        ("One of the founders, acting chairman Tom Reed, said: “The plan is dead.”", "Tom Reed"),
        ("The lab's head, leading virologist Ann Vale, said: “The plan is dead.”", "Ann Vale"),
        ("The team's boss, sporting director Tom Reed, said: “The plan is dead.”", "Tom Reed"),
        ("The firm's founder, visiting professor Ann Vale, said: “The plan is dead.”", "Ann Vale"),
        ("Her husband, recovering addict Tom Reed, said: “The plan is dead.”", "Tom Reed"),
    ],
)  # fmt: skip
def test_a_descriptor_in_ing_before_a_name_is_no_aside(text: str, speaker: str) -> None:
    # review R1.1: "building manager Tom Reed" is a title and a name in apposition
    assert _speakers(text) == [("The plan is dead.", speaker)]
