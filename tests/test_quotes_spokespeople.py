"""A spokeswoman for a named person, or an aide to one, is the speaker: "a spokeswoman for
Mayor Ann Vale said" is not Ann Vale speaking."""

from newsthread.quotes import find_quotes


def _speaker(text: str) -> tuple[str | None, str | None, str | None]:
    (q,) = find_quotes(text)
    assert q.speaker is not None
    return q.speaker.name, q.speaker.role, q.speaker.organisation


def test_a_spokeswoman_for_a_titled_person_after_the_quote() -> None:
    assert _speaker("“The plan is dead,” a spokeswoman for Mayor Ann Vale said.") == (
        "a spokeswoman for Mayor Ann Vale",
        "spokeswoman",
        "Mayor Ann Vale",
    )


def test_a_spokeswoman_for_a_senator_before_the_quote() -> None:
    name, role, _ = _speaker("A spokeswoman for Sen. Ann Vale said: “The plan is dead.”")
    assert (name, role) == ("A spokeswoman for Sen. Ann Vale", "spokeswoman")


def test_an_aide_to_a_person() -> None:
    assert _speaker("“The plan is dead,” an aide to Ann Vale said.") == (
        "an aide to Ann Vale",
        "aide",
        "Ann Vale",
    )


def test_a_title_of_a_state_keeps_its_name() -> None:
    name, role, _ = _speaker("“The plan is dead,” Secretary of State John Kerry said.")
    assert (name, role) == ("John Kerry", "Secretary")


def test_a_title_for_a_domain_before_a_name_is_the_named_person() -> None:
    cases = {
        "“We will act,” the minister for Health Ann Vale said.": "Ann Vale",
        "“We will act,” said the secretary for Education Ann Vale.": "Ann Vale",
        "“We will act,” the commissioner for Trade Ann Vale said.": "Ann Vale",
        "“We will act,” the spokesman for Transport Tom Reed said.": "Tom Reed",
        "“We will act,” the candidate for Senate Ann Vale said.": "Ann Vale",
    }
    for text, name in cases.items():
        assert _speaker(text)[0] == name, text


def test_a_spokesman_for_a_person_of_a_place_is_the_spokesman() -> None:
    text = "“The plan is dead,” a spokesman for Mayor Tom Reed of Dover said."
    assert _speaker(text)[:2] == ("a spokesman for Mayor Tom Reed", "spokesman")


def test_a_spokeswoman_for_a_long_committee_name_is_the_spokeswoman() -> None:
    text = "“The plan is dead,” a spokeswoman for the House Armed Services Committee said."
    assert _speaker(text) == (
        "a spokeswoman for the House Armed Services Committee",
        "spokeswoman",
        "House Armed Services Committee",
    )
