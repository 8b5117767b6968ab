"""Descriptors around a speaker's name: campaign role nouns, a role of an office that holds
a cue word, a long relative clause between the name and its cue."""

from newsthread.quotes import find_quotes


def test_a_campaign_role_noun_before_a_titled_name_is_part_of_the_description() -> None:
    text = (
        "In line with most of her party, Democratic Presidential hopeful Sen. Ann Wick was "
        "critical of the plan, telling reporters: “This proposal fails every family I know.”"
    )
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "Ann Wick"


def test_state_after_secretary_of_is_no_cue_verb() -> None:
    text = (
        "Quoting one of her favourite lines, the former secretary of state talked about "
        "keeping the “progress we made together” for years."
    )
    (q,) = find_quotes(text)
    assert q.speaker is not None and q.speaker.name == "the former secretary of state"


def test_a_long_relative_clause_between_a_name_and_its_cue_is_skipped() -> None:
    text = (
        "Mayor Tom Vale opened the bridge. Vale, who had long questioned whether the state's "
        "share of the cost was fair given the money spent by the county on building the road "
        "along the Ohio River, "
        "said Friday that the deal was “the best we could get.”"
    )
    quotes = [q for q in find_quotes(text) if q.text.startswith("the best")]
    (q,) = quotes
    assert q.speaker is not None and q.speaker.name == "Tom Vale"
