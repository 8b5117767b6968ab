"""A subordinate clause after a quote ("… while Vale spoke") has its own subject: the quote's
speaker is the one its cue before names, not the subject of that clause."""

from newsthread.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)]


def test_a_while_clause_after_a_chant() -> None:
    text = 'The crowd shouted "Lock him up!" while Vale spoke.'
    assert _speakers(text) == [("Lock him up!", "crowd")]


def test_an_as_clause_with_a_verb_that_is_no_speech() -> None:
    text = 'Tom Reed said "We will win" as Ann Vale spoke.'
    assert _speakers(text) == [("We will win", "Tom Reed")]


def test_an_until_clause_inside_reported_speech() -> None:
    text = "Tom Reed says he was “on the fence” until Ann Vale said she would run."
    assert _speakers(text) == [("on the fence", "Tom Reed"), ("she would run", "Ann Vale")]


def test_as_x_said_still_names_the_source() -> None:
    assert _speakers("“Lock him up!” as Ann Vale said.") == [("Lock him up!", "Ann Vale")]


def test_as_a_source_reported_still_names_the_source() -> None:
    text = "He put up a flag, “igniting,” as Reuters reported, “fears of an attack in the city.”"
    assert [s for _, s in _speakers(text)] == ["Reuters", "Reuters"]


def test_a_time_clause_then_the_speaker_after_a_comma() -> None:
    text = "“The party is to blame for the crisis” while it was in power, Ann Vale said."
    assert _speakers(text) == [("The party is to blame for the crisis", "Ann Vale")]


def test_as_x_continued_or_went_on_to_say_names_the_speaker() -> None:
    assert _speakers("“Enough,” as Vale continued.") == [("Enough,", "Vale")]
    assert _speakers("“It is over,” as Vale went on to say.") == [("It is over,", "Vale")]


def test_a_quote_before_a_clause_of_its_own_stays_with_no_speaker() -> None:
    assert _speakers("“We will fight,” while Vale laughed.") == [("We will fight,", None)]
    assert _speakers("“Enough,” before Reed said nothing.") == [("Enough,", None)]


def test_no_repeated_quote_before_a_clause_of_its_own_is_lost() -> None:
    text = "“Yes,” as Vale spoke. " * 1000
    assert len(find_quotes(text)) == 1000
