# ruff: noqa: RUF001
"""Quote finding and speaker attribution on small invented texts."""

from __future__ import annotations

import pytest

from newsthread.model import (
    Article,
    BlockQuote,
    Comment,
    Paragraph,
    Quote,
    QuoteKind,
)
from newsthread.quotes import annotate, find_quotes
from newsthread.quotes._marks import pair_marks


def _marked(text: str) -> list[tuple[str, bool]]:
    return [(text[s.start : s.end], s.closed) for s in pair_marks(text)]


def _who(quotes: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes]


# -- quote marks ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“A,” he said. “B.”", [("“A,”", True), ("“B.”", True)]),
        ('x "a b" y', [('"a b"', True)]),
        ("«Bonjour», dit-il", [("«Bonjour»", True)]),
        ("„Ja“, sagte er.", [("„Ja“", True)]),
        ('“mixed marks," he said', [('“mixed marks,"', True)]),
        ("He said “never closed", [("“never closed", False)]),
    ],
)
def test_double_marks_pair(text: str, expected: list[tuple[str, bool]]) -> None:
    assert _marked(text) == expected


def test_british_single_quotes_are_told_from_apostrophes() -> None:
    text = "He called it ‘a disgrace’ and said he doesn’t care about the ’90s."
    assert _marked(text) == [("‘a disgrace’", True)]


def test_runs_of_quote_marks_give_nothing() -> None:
    assert pair_marks('"' * 1000) == []
    assert pair_marks("“" * 500 + "”" * 500) == []
    assert pair_marks('“”„«»‘’"' * 200) == []


# -- cues and speakers ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“We will not give up,” Jane Doe said.",
        "“We will not give up,” said Jane Doe.",
        "Jane Doe said: “We will not give up.”",
        "“We will not give up,” according to Jane Doe.",
        "Jane Doe: “We will not give up.”",
        "“We will not give up,” Jane Doe told reporters on Monday.",
        "“We will not give up,” Jane Doe, the mayor, said.",
    ],
)
def test_cue_grammar(text: str) -> None:
    quotes = find_quotes(text)
    assert _who(quotes) == [("We will not give up" + ("," if ",”" in text else "."), "Jane Doe")]
    assert quotes[0].kind is QuoteKind.DIRECT
    assert text[quotes[0].start : quotes[0].end] == quotes[0].text


def test_descriptor_is_split_into_role_and_organisation() -> None:
    (q,) = find_quotes("“Allies must spend more,” NATO Secretary General Mark Rutte said.")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role, q.speaker.organisation) == (
        "Mark Rutte",
        "Secretary General",
        "NATO",
    )


def test_apposition_gives_the_role() -> None:
    (q,) = find_quotes("“It is done,” Anna Berg, the finance minister, said.")
    assert q.speaker is not None
    assert q.speaker.name == "Anna Berg"
    assert q.speaker.role == "finance minister"


def test_surname_and_role_aliases_are_one_speaker() -> None:
    text = (
        "“First,” NATO Secretary General Mark Rutte said.\n"
        "“Second,” Rutte said.\n"
        "“Third,” the Secretary General said."
    )
    quotes = find_quotes(text)
    speakers = {id(q.speaker) for q in quotes}
    assert len(speakers) == 1
    rutte = quotes[0].speaker
    assert rutte is not None
    assert "Rutte" in rutte.aliases
    assert "the Secretary General" in rutte.aliases


def test_split_quote_and_continuation_paragraph() -> None:
    text = (
        "“The first part,” Jane Doe said. “The second part.”\n\n"
        "“And a paragraph that continues her statement without any cue.”"
    )
    assert [n for _, n in _who(find_quotes(text))] == ["Jane Doe"] * 3


def test_multi_paragraph_quote_continues() -> None:
    text = "Jane Doe said: “One paragraph that does not close\n\n“and a second one that does.”"
    quotes = find_quotes(text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Jane Doe", "Jane Doe"]


def test_partial_quote_in_reported_speech() -> None:
    text = "Jane Doe said working together would keep the city “strong today and tomorrow”."
    quotes = [q for q in find_quotes(text) if q.kind is not QuoteKind.INDIRECT]
    assert _who(quotes) == [("strong today and tomorrow", "Jane Doe")]
    assert quotes[0].kind is QuoteKind.PARTIAL


def test_scare_quotes_and_titles_are_not_statements() -> None:
    text = "The so-called “bad actors” watched “Star Wars” again."
    assert find_quotes(text) == []


def test_indirect_speech() -> None:
    text = "Jane Doe said that the bridge would reopen in the spring."
    (q,) = find_quotes(text)
    assert q.kind is QuoteKind.INDIRECT
    assert q.text == "the bridge would reopen in the spring"
    assert q.speaker is not None
    assert q.speaker.name == "Jane Doe"
    assert find_quotes(text, indirect=False) == []


def test_text_without_quotes() -> None:
    assert find_quotes("") == []
    assert find_quotes("Nothing was said here at all.") == []


# -- hostile input: no exception, a sane result (time is checked by hand) ---------


def test_unbalanced_marks() -> None:
    text = ("He said “never closed and " * 2000) + "“A,” Jane Doe said."
    quotes = find_quotes(text)
    assert all(text[q.start : q.end] == q.text for q in quotes)  # type: ignore[index]
    assert quotes[-1].speaker is not None
    assert quotes[-1].speaker.name == "Jane Doe"


def test_five_megabyte_paragraph() -> None:
    unit = "“We will win,” Jane Doe said, and she said the plan “works”. "
    text = unit * (5_000_000 // len(unit))
    assert len(text) > 4_900_000
    quotes = find_quotes(text, indirect=False)
    direct = [q for q in quotes if q.kind is QuoteKind.DIRECT]
    assert len(direct) == text.count("“We will win,”")
    assert {q.speaker.name for q in direct if q.speaker} == {"Jane Doe"}


def test_pathological_mark_runs() -> None:
    for text in ('"' * 100_000, "“" * 50_000, "”“" * 50_000, "‘’" * 50_000, "«»„" * 30_000):
        assert find_quotes(text) == []


# -- annotate -------------------------------------------------------------------


def _article() -> Article:
    body = [
        Paragraph("Mayor Jane Doe opened the bridge on Monday."),
        Paragraph("“It took ten years,” Doe said."),
        Paragraph("She told the crowd:"),
        BlockQuote("We built it together and we will keep it open."),
    ]
    reply = Comment(id="2", text="Ten years? “It took ten years” is an excuse.")
    comments = [Comment(id="1", text="Great bridge.", replies=[reply])]
    return Article(title="Bridge", body=body, comments=comments)


def test_annotate_places_quotes_and_speakers() -> None:
    art = annotate(_article())
    assert [s.name for s in art.speakers] == ["Jane Doe"]
    doe = art.speakers[0]
    assert doe.role == "Mayor"
    body_quotes = [q for b in art.body for q in b.quotes]
    assert [(q.text, q.kind) for q in body_quotes] == [
        ("It took ten years,", QuoteKind.DIRECT),
        ("We built it together and we will keep it open.", QuoteKind.BLOCK),
    ]
    assert all(q.speaker is doe for q in body_quotes)
    for q in body_quotes:
        block = q.parent
        assert block is not None
        assert block.text[q.start : q.end] == q.text  # type: ignore[attr-defined]


def test_comment_quote_links_to_its_source() -> None:
    art = annotate(_article())
    reply = art.comment("2")
    (q,) = reply.quotes
    assert q.text == "It took ten years"
    assert q.source == art.body[1].address
    assert art.resolve(q.source) is art.body[1]
    assert q.speaker is None


def test_annotate_is_idempotent() -> None:
    art = annotate(_article())
    first = [(q.text, q.start, q.kind, q.source) for q in art.quotes]
    annotate(art)
    assert [(q.text, q.start, q.kind, q.source) for q in art.quotes] == first
    assert len(art.speakers) == 1


def test_quotes_in_a_100000_deep_thread_are_found_and_linked() -> None:
    node = Comment(id="d0", text="“Deep,” Jane Doe said.")
    for i in range(1, 100_000):
        node = Comment(id=f"d{i}", text="ok", replies=[node])
    art = annotate(Article(body=[Paragraph("Jane Doe spoke.")], comments=[node]))
    deepest = art.comment("d0")
    assert [q.text for q in deepest.quotes] == ["Deep,"]
    assert deepest.quotes[0].speaker is art.speakers[0]
