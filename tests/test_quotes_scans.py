"""The whole-paragraph scans under quote finding: sentence ends and capitalised name runs."""

from newsthread.quotes._clause import sentence_ends


def test_sentence_ends_after_the_punctuation_and_its_closing_marks() -> None:
    assert sentence_ends("He left. She stayed!  Why? \n") == [8, 20, 28]
    # a run of punctuation ends once; a closing mark or bracket goes with it ("No." is the
    # abbreviation of "number")
    assert sentence_ends("Wait... what?! “No.” (Yes.) 3 men.") == [14, 27, 34]


def test_abbreviations_and_initials_end_no_sentence() -> None:
    text = "Sen. Ann Vale, R-S.C. said so. J.J. MacNab spoke."
    assert sentence_ends(text) == [30, 49]


def test_a_stop_before_a_lower_case_word_or_a_masked_quote_ends_nothing() -> None:
    assert sentence_ends("a.b. c.. d") == []
    assert sentence_ends("It ended.”\u0001\u0001 Then.   ") == [21]
