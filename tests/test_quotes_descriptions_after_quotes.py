"""A speaker described, not named, between a quote and its cue: "“…,” the bespectacled,
71-year-old diplomat said", "“…?” a staffer in the room wondered", "“…,” this reporter
said"."""

from newsthread.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in find_quotes(text)]


def test_two_describing_words_with_a_comma_between() -> None:
    text = "The talks ended late. “We have never seen such a budget,” the tired, 64-year-old envoy said."
    assert _speakers(text) == [("We have never seen such a budget,", "tired 64-year-old envoy")]


def test_a_described_speaker_with_a_place_after_the_head() -> None:
    text = "The hall was full. “Will he be the next mayor?” a young volunteer in the hall wondered."
    assert _speakers(text) == [("Will he be the next mayor?", "young volunteer")]


def test_an_inverted_cue_with_a_place_after_the_head() -> None:
    assert _speakers("“Will he win?” asked a man in the crowd.") == [("Will he win?", "man")]


def test_this_opens_a_described_speaker() -> None:
    text = "The hall was full. “We will win this state,” this Vale look-alike declared in Ohio."
    assert _speakers(text) == [("We will win this state,", "Vale look-alike")]


def test_a_described_speaker_then_an_apposition_is_the_head() -> None:
    assert _speakers("“We won,” said a neighbour, retired teacher.") == [("We won,", "neighbour")]


def test_a_list_of_describing_words_is_no_apposition() -> None:
    # not "red"; as on main, a short quote whose speaker cannot be read is left out
    assert _speakers("“We are done,” the red, white and blue flag said.") == []
