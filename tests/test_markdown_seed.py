"""The project's seed page, saved as plain text, imports exactly."""

from __future__ import annotations

import pytest

from factories import SEED
from newsthread import Article, Comment, Paragraph
from newsthread.markdown import from_text

SEED_TEXT = SEED.read_text(encoding="utf-8")
BODY_STARTS = [
    "The NATO Secretary General has told MEPs that closer cooperation",
    "NATO Secretary General Mark Rutte addressed the Renew Europe Global Europe Forum",
    "Speaking to MEPs and invited guests, Rutte highlighted",
    "“When we combine our strengths, of NATO and the EU,",
    "He linked this cooperation directly to Ukraine’s ability",  # noqa: RUF001
    "“Working together, we keep Ukraine strong today",
    "Following his keynote address, the Secretary General",
]
BOILERPLATE = ["LEAVE A REPLY", "Please enter your comment!", "Please enter your name here"]


@pytest.fixture(scope="module")
def seed() -> Article:
    return from_text(SEED.read_bytes(), quotes=False)


def _paragraphs(text: str) -> list[str]:
    """The seed's blank-line separated paragraphs, each stripped of its indentation."""
    return ["\n".join(line.strip() for line in p.split("\n")) for p in text.split("\n\n")]


def test_body_is_seven_paragraphs_in_order_with_exact_text(seed: Article) -> None:
    assert [type(b) for b in seed.body] == [Paragraph] * 7
    source = SEED_TEXT.split("\n\n")
    for block, start, raw in zip(seed.body, BODY_STARTS, source, strict=False):
        assert block.text.startswith(start)
        assert block.text == raw  # the source paragraph, character for character
        assert block.links == ()


def test_thread_shape_and_declared_count(seed: Article) -> None:
    assert seed.declared_comment_count == 6
    assert len(list(seed.iter_comments())) == 6
    first, second = seed.comments
    assert [len(c.replies) for c in seed.comments] == [3, 1]
    assert all(not r.replies for r in [*first.replies, *second.replies])
    assert first.parent is seed
    assert all(r.parent is first for r in first.replies)


def test_first_comment_has_three_paragraphs(seed: Article) -> None:
    first = seed.comments[0]
    paragraphs = first.text.split("\n\n")
    assert len(paragraphs) == 3
    assert "\n" not in first.text.replace("\n\n", "")
    assert paragraphs[0].startswith("Deeper EU and NATO cooperation is not possible")
    assert paragraphs[0].endswith("neither is very good at the others job.")
    assert paragraphs[1].startswith("The EU is far too riddled with bad actors")
    assert paragraphs[2] == (
        "The EU should just stay out of military matters. "
        "It’s got more than enough to worry about on the economic front."  # noqa: RUF001
    )


def test_first_comment_replies(seed: Article) -> None:
    replies = seed.comments[0].replies
    assert replies[0].text.startswith("All EU nation put their interests first;")
    assert replies[0].text.endswith("economy, industry are closely linked to military capacities.")
    assert replies[1].text.startswith("bad actors how? in terms of military France")
    last = replies[2].text.split("\n\n")
    assert len(last) == 3
    assert last[0].startswith("The EU needs to have a common defence policy.")
    assert last[1].startswith("The idea that the EU being a security alliance")
    assert last[2].endswith("the biggest bad actor in NATO; the United States.")
    assert all("•" not in r.text for r in replies)


def test_second_comment_keeps_its_five_lines(seed: Article) -> None:
    second = seed.comments[1]
    lines = second.text.split("\n")
    assert "\n\n" not in second.text
    assert len(lines) == 5
    assert lines[0].startswith("A common European army, as and when NATO finally fails")
    assert lines[1].startswith("Personally my money is is for the UK joining a European army.")
    assert lines[2].startswith("And please spare us the sceptics")
    assert lines[3] == "Seven Years War, War of Austrian Succession, WW1, WW2."
    assert lines[4] == "Available for the Cold War"
    (reply,) = second.replies
    assert reply.text.startswith("A full on Common European Army is a ways away")
    assert reply.text.endswith("seperate of the EU for now.")


def test_comments_get_generated_ids_in_document_order_and_no_authors(seed: Article) -> None:
    comments: list[Comment] = list(seed.iter_comments())
    assert [c.id for c in comments] == ["c1", "c2", "c3", "c4", "c5", "c6"]
    assert all(c.author is None and c.published is None and c.url is None for c in comments)
    assert from_text(SEED_TEXT, quotes=False) == seed  # bytes and str give the same tree


def test_form_boilerplate_is_nowhere(seed: Article) -> None:
    texts = [b.text for b in seed.body] + [c.text for c in seed.iter_comments()]
    for phrase in BOILERPLATE:
        assert all(phrase not in t for t in texts)
    assert all("COMMENTS" not in t for t in texts)


def test_seed_url_is_kept(seed: Article) -> None:
    assert seed.url is None
    assert from_text(SEED_TEXT, url="https://example.org/nato", quotes=False).url == (
        "https://example.org/nato"
    )
