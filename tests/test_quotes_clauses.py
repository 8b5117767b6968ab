"""One quote per reported clause: fragments that share a cue are merged, parts kept."""

from newsthread.model import Article, Paragraph, QuoteKind
from newsthread.quotes import annotate, find_quotes
from newsthread.serialize import from_json, to_json

TEXT = "Ann Vale called Tom Reed a “liar” who is “amoral” and unfit."


def test_fragments_of_one_clause_are_one_quote_with_their_parts() -> None:
    (q,) = find_quotes(TEXT)
    assert q.kind is QuoteKind.PARTIAL
    assert q.speaker is not None and q.speaker.name == "Ann Vale"
    assert q.text == "liar” who is “amoral"
    assert [TEXT[s:e] for s, e in q.parts] == ["liar", "amoral"]


def test_fragments_of_two_sentences_stay_apart() -> None:
    text = "Ann Vale called Tom Reed a “liar.” She said he was “amoral” too."
    quotes = find_quotes(text)
    assert [q.text for q in quotes if q.kind is QuoteKind.PARTIAL] == ["liar.", "amoral"]
    assert all(q.parts == () for q in quotes)


def test_a_single_fragment_has_no_parts() -> None:
    (q,) = find_quotes("Ann Vale called the plan “reckless” on Monday.")
    assert q.text == "reckless"
    assert q.parts == ()


def test_parts_survive_json() -> None:
    article = annotate(Article(body=[Paragraph(TEXT)]))
    (q,) = from_json(to_json(article)).body[0].quotes
    assert [TEXT[s:e] for s, e in q.parts] == ["liar", "amoral"]
