"""Speakers that are only described ("a citizen, whose name is redacted,"), and the words
after a cue that are no speaker ("wrote on Aug. 29")."""

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
