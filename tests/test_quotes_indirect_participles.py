# ruff: noqa: RUF001
"""Reported speech introduced by a participle after a comma: "…,” Lee said, adding that …"."""

from newsthread.model import QuoteKind
from newsthread.quotes import find_quotes


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None)
        for q in find_quotes(text)
        if q.kind is QuoteKind.INDIRECT
    ]


def test_a_participle_after_a_quote_cue_takes_the_cue_subject() -> None:
    text = "“The mill stays open,” Ann Lee said, adding that forty jobs were safe."
    assert _reported(text) == [("forty jobs were safe", "Ann Lee")]


def test_a_participle_after_an_inverted_cue_takes_the_inverted_subject() -> None:
    text = "“We start in May,” said Tom Vale, noting the permits had arrived."
    assert _reported(text) == [("the permits had arrived", "Tom Vale")]


def test_a_participle_after_a_clause_takes_the_clause_subject() -> None:
    text = "The mayor spoke on Monday, saying the bridge would reopen in June."
    assert _reported(text) == [("the bridge would reopen in June", "The mayor")]


def test_a_participle_after_a_cue_word_with_no_subject_takes_the_clause_subject() -> None:
    # "pointing" is a cue word ("pointing out"), but "by pointing a finger" has no subject
    # of its own: the noun before the comma is an object, not who speaks
    text = (
        "Ann Lee answered by pointing a finger in the man's face, saying the board was "
        "lying about the plan.\n\n“I am tired of the board lying about me.”"
    )
    assert [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)] == [
        ("the board was lying about the plan", "Ann Lee"),
        ("I am tired of the board lying about me.", "Ann Lee"),
    ]


def test_a_participle_after_a_pronoun_verb_and_by_takes_the_pronoun() -> None:
    # "When he returned he began by saying": the subject of "began", not "When"
    text = (
        "Judge Tom Reed took a short recess.\n\n"
        "When he returned he began by saying, “I don’t think jail is needed.” Just those words."
    )
    assert [
        (q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text, indirect=False)
    ] == [("I don’t think jail is needed.", "Tom Reed")]


def test_the_pronoun_verb_by_test_takes_any_whitespace() -> None:
    # review R4.11: two spaces before the participle read as one
    text = (
        "Tom Reed took the podium. Ann Vale left. When he returned he began by  saying, “We won.”"
    )
    assert [
        (q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text, indirect=False)
    ] == [("We won.", "Tom Reed")]
