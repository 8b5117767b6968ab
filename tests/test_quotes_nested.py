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
