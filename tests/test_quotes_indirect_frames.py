"""Speech acts whose reported content is an infinitive or an object: "vowed to …",
"urged voters to …", "accused Lee of …", "asked whether …", "called for …"."""

from newsthread.model import QuoteKind
from newsthread.quotes import find_quotes


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [
        (q.text, q.speaker.name if q.speaker else None)
        for q in find_quotes(text)
        if q.kind is QuoteKind.INDIRECT
    ]


def test_a_promise_reports_its_infinitive() -> None:
    assert _reported("Governor Ann Lee vowed to close the old prison by next summer.") == [
        ("to close the old prison by next summer", "Ann Lee")
    ]


def test_an_appeal_reports_its_object_and_infinitive() -> None:
    assert _reported("Tom Vale urged residents to leave the coast before the storm.") == [
        ("residents to leave the coast before the storm", "Tom Vale")
    ]


def test_an_accusation_reports_its_object_and_complement() -> None:
    assert _reported("Ann Lee accused the council of hiding the audit from voters.") == [
        ("the council of hiding the audit from voters", "Ann Lee")
    ]


def test_a_reported_question_starts_at_its_question_word() -> None:
    assert _reported("Tom Vale asked the mayor whether the bridge would reopen.") == [
        ("whether the bridge would reopen", "Tom Vale")
    ]


def test_a_call_for_something_reports_what_was_called_for() -> None:
    assert _reported("Ann Lee called for an inquiry into the contract.") == [
        ("an inquiry into the contract", "Ann Lee")
    ]
    assert _reported("Tom Vale called on the board to publish the minutes.") == [
        ("the board to publish the minutes", "Tom Vale")
    ]


def test_a_frame_verb_without_its_frame_reports_nothing() -> None:
    assert _reported("Ann Lee called the meeting to order at noon.") == []
    assert _reported("Tom Vale asked for a recount of the ballots.") == []
    assert _reported("The mayor promised the workers a raise next year.") == []


def test_a_question_whose_asker_is_not_named_has_no_speaker() -> None:
    text = "When asked whether she would run again, Ann Lee said she had not decided."
    assert _reported(text) == [
        ("whether she would run again", None),
        ("she had not decided", "Ann Lee"),
    ]
    assert _reported("Asked about the harbor plan, Tom Vale said it was too costly.") == [
        ("the harbor plan", None),
        ("it was too costly", "Tom Vale"),
    ]


def test_an_announcement_reports_what_was_announced() -> None:
    assert _reported("Ann Lee announced her candidacy for mayor on Friday.") == [
        ("her candidacy for mayor on Friday", "Ann Lee")
    ]
    assert _reported("The harbor police reported 12 thefts from the docks.") == [
        ("12 thefts from the docks", "harbor police")
    ]


def test_a_denial_without_an_object_reports_nothing() -> None:
    assert _reported("Ann Lee denied it.") == []


def test_what_was_mentioned_stressed_or_denied_is_reported() -> None:
    texts = [
        "Ann Lee mentioned the violence in her home town.",
        "Tom Vale emphasized the need for a more careful approach.",
        "Kim Reed denied the charges of fraud against her.",
    ]
    got = [[(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(t)] for t in texts]
    assert got == [
        [("the violence in her home town", "Ann Lee")],
        [("the need for a more careful approach", "Tom Vale")],
        [("the charges of fraud against her", "Kim Reed")],
    ]
