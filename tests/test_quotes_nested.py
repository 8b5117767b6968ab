"""Nested attribution: the outer source speaks, unless a new clause starts."""

from newsthread.quotes import find_quotes


def test_a_cue_inside_a_reported_clause_keeps_the_outer_speaker() -> None:
    (q,) = find_quotes("Obama said he expected that Americans will say “no” to the plan.")
    assert q.text == "no"
    assert q.speaker is not None and q.speaker.name == "Obama"
    assert q.cue == "said"


def test_a_coordinated_clause_has_its_own_speaker() -> None:
    (q,) = find_quotes("Clinton said nothing but Sanders called it “a disgrace.”")
    assert q.speaker is not None and q.speaker.name == "Sanders"


def test_a_participle_cue_does_not_make_the_next_subject_nested() -> None:
    text = "Speaking in Ohio, Ann Vale told reporters that the plan was “dead on arrival.”"
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "Ann Vale"


def test_according_to_after_the_cue_credits_the_outer_source() -> None:
    text = "“We will stay,” Mayor Ann Vale said, according to the Daily Ledger. “And we will win.”"
    first, second = find_quotes(text, indirect=False)
    assert first.speaker is not None and first.speaker.name == "Daily Ledger"
    assert first.cue == "according to"
    assert second.speaker is first.speaker


def test_according_to_a_document_credits_the_document() -> None:
    (q,) = find_quotes(
        "“Talks went well,” Kim said, according to a ministry readout.", indirect=False
    )
    assert q.speaker is not None and q.speaker.name == "ministry readout"


def test_the_outer_source_may_be_followed_by_an_adverbial() -> None:
    text = "“Talks went well,” Kim said, according to a ministry readout in Seoul on Monday."
    (q,) = find_quotes(text, indirect=False)
    assert q.speaker is not None and q.speaker.name == "ministry readout"


def test_according_to_in_the_next_sentence_is_no_outer_source() -> None:
    text = "“Talks went well,” Kim said. According to a ministry readout, they did not."
    q = find_quotes(text, indirect=False)[0]
    assert q.speaker is not None and q.speaker.name == "Kim"


def test_according_to_opening_the_sentence_credits_the_outer_source() -> None:
    text = "He won. According to the Ledger, Ann Vale said the plan was “dead on arrival.”"
    (q,) = find_quotes(text, indirect=False)
    assert q.speaker is not None and q.speaker.name == "Ledger"
    assert q.cue == "according to"


def test_as_x_reported_opening_the_sentence_credits_the_outer_source() -> None:
    text = "As the Ledger reported, a city sign read, “Drive slowly.”"
    (q,) = find_quotes(text, indirect=False)
    assert q.speaker is not None and q.speaker.name == "Ledger"


def test_according_to_in_an_earlier_sentence_is_no_outer_source() -> None:
    text = "According to the Ledger, the vote is off. Ann Vale said it was “dead on arrival.”"
    (q,) = find_quotes(text, indirect=False)
    assert q.speaker is not None and q.speaker.name == "Ann Vale"


def test_x_reported_closing_the_sentence_credits_the_outer_source() -> None:
    (q,) = find_quotes(
        "“We will win,” Kim said on Monday, the Daily Ledger reported.", indirect=False
    )
    assert q.speaker is not None and q.speaker.name == "Daily Ledger"
    assert q.cue == "reported"


def test_the_person_an_outer_source_quotes_stays_the_antecedent_of_he() -> None:
    text = (
        "Tom Reed spoke on Monday.\n"
        "“I will vote,” Reed said, according to Valley Radio.\n"
        "Later, he added: “Yes.”"
    )
    first, second = find_quotes(text, indirect=False)
    assert first.speaker is not None and first.speaker.name == "Valley Radio"
    assert second.speaker is not None and second.speaker.name == "Tom Reed"


def test_a_reporting_clause_closing_the_sentence_owns_its_mixed_quote() -> None:
    text = "Ann Vale, the new mayor, is a “careful reformer” who won twice, the Ledger's editors write."
    (q,) = find_quotes(text, indirect=False)
    assert q.text == "careful reformer"
    assert q.speaker is not None and q.speaker.name == "Ledger's editors"
    assert q.cue == "write"


def test_x_reported_after_trailing_marks_credits_the_outer_source() -> None:
    text = "“We will win,” Kim said on Monday, the Daily Ledger reported.”)  "
    (q,) = find_quotes(text, indirect=False)
    assert (q.cue, q.speaker.name if q.speaker else None) == ("reported", "Daily Ledger")


def test_the_outer_source_is_looked_for_near_the_cue_only() -> None:
    # ", according to X" 200 characters past the cue is another clause's, and the bounded
    # look keeps a sentence of many quotes with their cues after them linear
    far = "“We will win,” Kim said, " + "and the town " * 20 + "voted, according to the Ledger."
    (q,) = find_quotes(far, indirect=False)
    assert (q.cue, q.speaker.name if q.speaker else None) == ("said", "Kim")
    text = "“We won,” agrees Ann Lee, " * 2000 + "according to the Ledger."
    found = find_quotes(text, indirect=False)
    assert len(found) == 2000
    assert {(q.cue, q.speaker.name if q.speaker else None) for q in found[:1990]} == {
        ("agrees", "Ann Lee")
    }
    assert (found[-1].cue, found[-1].speaker.name if found[-1].speaker else None) == (
        "according to",
        "Ledger",
    )


def test_a_scare_quote_inside_the_reported_clause_does_not_close_it() -> None:
    # a quote closes the outer cue's clause only when its words end in a comma
    said = [
        (q.text, q.cue, q.speaker.name if q.speaker else None)
        for q in find_quotes("Tom Vale said the “reform” bill Ann Lee wrote would “hurt families.”")
    ]
    assert said == [("reform", "wrote", "Ann Lee"), ("hurt families.", "said", "Tom Vale")]
    text = "Ann Lee said the “deal” Tom Vale announced was “a fraud.”"
    said = [(q.text, q.cue, q.speaker.name if q.speaker else None) for q in find_quotes(text)]
    assert said == [("deal", "announced", "Tom Vale"), ("a fraud.", "said", "Ann Lee")]
