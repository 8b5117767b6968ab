# ruff: noqa: RUF001
"""A quote in the complement of a possessive claim noun ("Ann Lee's claim that …") is the
owner's words, whoever the sentence's subject or nearer cue is."""

import pytest

from newsthread.quotes import find_quotes
from newsthread.quotes._owner import claim_owner


def _said(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.cue, q.speaker.name if q.speaker else None) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Tom Vale dismissed Ann Lee’s claim that the bridge “was never safe” on Monday.",
            ("was never safe", "claim", "Ann Lee"),
        ),
        # a possessive pronoun goes back to its person
        (
            "Ann Lee spoke in Dover on Monday. Later she repeated her warning that the town "
            "would fall to the “back of the line” if it left.",
            ("back of the line", "warning", "Ann Lee"),
        ),
        # the nearer frame wins over a cue before it
        (
            "Tom Vale said Ann Lee’s assertion that the mayor “lied to the council” was false.",
            ("lied to the council", "assertion", "Ann Lee"),
        ),
        # a quote right after "that" / "to" is in the complement, whatever verb is before it
        (
            "Tom Vale called Ann Lee’s claim that the plan “failed badly” a lie.",
            ("failed badly", "claim", "Ann Lee"),
        ),
        (
            "Tom Vale mocked Ann Lee’s promise to “fix the roads by spring.”",
            ("fix the roads by spring.", "promise", "Ann Lee"),
        ),
    ],
)
def test_the_owner_of_a_claim_owns_the_quote_in_its_complement(
    text: str, said: tuple[str, str, str]
) -> None:
    assert _said(text) == [said]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # the second "is" closes "that the mayor is rich": the quote is what Vale says of it
        (
            "Tom Vale said Ann Lee’s claim that the mayor is rich is “simply not true.”",
            ("simply not true.", "said", "Tom Vale"),
        ),
        # an infinitive has no finite verb: the first one is the sentence's
        (
            "Ann Lee said Tom Vale’s promise to fix the roads was “a joke.”",
            ("a joke.", "said", "Ann Lee"),
        ),
        # "call / describe / dismiss X's claim … (as) “…”": the verdict is the subject's
        (
            "Tom Vale called Ann Lee’s claim that the plan failed “a flat-out lie.”",
            ("a flat-out lie.", "called", "Tom Vale"),
        ),
        (
            "Tom Vale called her claim that the plan failed “a flat-out lie.”",
            ("a flat-out lie.", "called", "Tom Vale"),
        ),
        (
            "Tom Vale dismissed Ann Lee’s claim that the plan failed as “a flat-out lie.”",
            ("a flat-out lie.", "dismissed", "Tom Vale"),
        ),
        (
            "Tom Vale described Ann Lee’s warning that the bridge might fall as “pure fear "
            "mongering.”",
            ("pure fear mongering.", "described", "Tom Vale"),
        ),
    ],
)
def test_a_quote_after_the_complement_closed_is_the_sentence_s(
    text: str, said: tuple[str, str, str]
) -> None:
    assert _said(text) == [said]


def test_a_call_for_something_stays_with_the_critic() -> None:
    text = "Ann Lee denounced Tom Vale’s call for a “total ban” on cars."
    assert _said(text) == [("total ban", "(subject)", "Ann Lee")]


def test_a_verb_is_no_claim_noun() -> None:
    # "promises" is the verb of "Her plan": no owner (and a plan speaks for nobody here)
    text = "Ann Lee spoke in Dover. Her plan promises to “lift up the workers” in the county."
    assert claim_owner(text, 0, text.index("“")) is None
    text = "Ann Lee spoke in Dover. Her promise to “lift up the workers” in the county."
    cue = claim_owner(text, 0, text.index("“"))
    assert cue is not None and (cue.cue, cue.surface) == ("promise", "Her")


def test_a_comma_or_sentence_end_breaks_the_complement() -> None:
    text = "Ann Lee’s claim that the plan failed, Vale said, was “a lie”"
    assert claim_owner(text, 0, text.index("“")) is None
    text = "Ann Lee’s claim that it failed. Vale called it “a lie”"
    assert claim_owner(text, 0, text.index("“")) is None


def test_long_runs_of_claim_words_stay_linear() -> None:
    # every scan of a claim is bounded by a window before its quote: many claims, many
    # modifiers and long capitalised runs before a possessive cost no more than their length
    text = "Ann Lee’s claim that the plan “failed badly” " * 3000
    assert len(find_quotes(text)) == 3000
    run = "Ann " * 50_000 + "Lee’s " + "recent " * 50_000 + "claim that “it failed badly”"
    assert claim_owner(run, 0, run.index("“")) is None  # the modifiers are out of reach
    hostile = "’s " * 100_000 + "Lee’s claim that " + "a " * 60 + "“x y”"
    cue = claim_owner(hostile, 0, hostile.index("“"))
    assert cue is not None and cue.np.name == "Lee"


@pytest.mark.parametrize("owner", ["Ángela Müller", "Łukasz Nowak", "Émile Zola"])
def test_an_owner_s_name_may_start_with_any_capital_letter(owner: str) -> None:
    text = f"Tom Vale dismissed {owner}’s claim that the bridge “was never safe” on Monday."
    assert _said(text) == [("was never safe", "claim", owner)]


def test_an_owner_run_starts_at_its_capitalised_words() -> None:
    text = "Tom Vale dismissed FBI Director Ann Lee’s claim that the bridge “was never safe”."
    cue = claim_owner(text, 0, text.index("“"))
    assert cue is not None
    assert (cue.surface, cue.pos) == ("FBI Director Ann Lee", text.index("FBI"))
