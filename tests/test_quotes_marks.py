# ruff: noqa: RUF001
"""Quote marks: doubled apostrophes and backticks of wire copy, reversed marks, offsets."""

from newsthread.model import QuoteKind
from newsthread.quotes import find_quotes
from newsthread.quotes._marks import pair_marks, quote_body


def test_doubled_apostrophes_quote_a_statement() -> None:
    text = "''The mill will reopen in May,'' said Ann Vale, the plant manager."
    (q,) = find_quotes(text)
    assert q.text == "The mill will reopen in May,"
    assert q.kind is QuoteKind.DIRECT
    assert q.speaker is not None and q.speaker.name == "Ann Vale"
    assert q.start is not None and text[q.start : q.end] == q.text


def test_backticks_open_and_doubled_apostrophes_close() -> None:
    text = "``We are not done,'' Mr. Reed added. ''There is more to do.''"
    first, second = find_quotes(text)
    assert [first.text, second.text] == ["We are not done,", "There is more to do."]
    assert first.speaker is not None and first.speaker is second.speaker
    assert first.speaker.name == "Reed"


def test_doubled_curly_singles_pair_as_one_quote() -> None:
    text = "‘‘Nobody asked us,’’ Tom Reed said."
    (q,) = find_quotes(text)
    assert q.text == "Nobody asked us,"
    assert q.speaker is not None and q.speaker.name == "Tom Reed"


def test_a_single_apostrophe_inside_doubled_marks_is_left_alone() -> None:
    text = "''I don't know what we'll do,'' Ann Vale said."
    (span,) = pair_marks(text)
    assert quote_body(text, span) == (2, text.index(",''") + 1)
    (q,) = find_quotes(text)
    assert q.text == "I don't know what we'll do,"


def test_two_character_marks_are_two_characters_wide() -> None:
    text = "''Yes.''"
    (span,) = pair_marks(text)
    assert (span.start, span.end, span.open_len, span.close_len) == (0, 8, 2, 2)
    assert text[slice(*quote_body(text, span))] == "Yes."


def test_a_closing_curly_mark_typed_as_an_opener_opens() -> None:
    text = "”We will appeal,” Ann Vale said."
    (q,) = find_quotes(text)
    assert q.text == "We will appeal,"
    assert q.speaker is not None and q.speaker.name == "Ann Vale"


def test_an_opening_mark_typed_as_the_closer_closes_the_quote() -> None:
    (q,) = find_quotes("“It is unusual,“ said Ann Vale, an attorney.")
    assert q.text == "It is unusual,"
    assert q.speaker is not None and q.speaker.name == "Ann Vale"


def test_a_closing_mark_opening_a_paragraph_before_a_space_opens_the_quote() -> None:
    text = "Ann Vale spoke on Monday.\n” … they are not like him at all,” she said."
    (q,) = find_quotes(text)
    assert q.text == "… they are not like him at all,"
    assert q.speaker is not None and q.speaker.name == "Ann Vale"
