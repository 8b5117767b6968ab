"""Main text: boxes of page furniture inside the article's element (lists of teasers for
other stories), left out by their structure rather than their wording."""

from __future__ import annotations

from pathlib import Path

from newsthread.html import from_html

DATA = Path(__file__).parent / "data" / "html" / "main"


def texts(name: str) -> list[str]:
    return [block.text for block in from_html((DATA / name).read_bytes(), quotes=False).body]


def test_an_aside_of_teaser_articles_is_left_out_however_long() -> None:
    # Four <article> cards in an <aside>: more than 800 characters of summaries, few links.
    result = texts("body_aside_of_teasers.html")
    assert [t[:40] for t in result] == [
        "The city council voted on Tuesday to tur",
        "Traders who sell at the open-air market ",
        "Opponents had wanted the depot kept as a",
        "Work on the roof starts in the spring. T",
    ]
