"""Main text: markup inside the article read as text (ruby annotations, <noscript> posts,
inline elements whose names sound like furniture but stand inside a sentence)."""

from __future__ import annotations

from pathlib import Path

from newsthread.html import from_html

DATA = Path(__file__).parent / "data" / "html" / "main"


def texts(name: str) -> list[str]:
    return [block.text for block in from_html((DATA / name).read_bytes(), quotes=False).body]


def test_a_post_written_in_noscript_is_the_article() -> None:
    # A blog that renders its post from a script template keeps the readable copy in <noscript>.
    result = texts("body_noscript_post.html")
    assert [t[:40] for t in result] == [
        "Over the past year the team has looked a",
        "Starting this month every download is ch",
        "The check sends no part of the file itse",
    ]
    assert not any("turn on scripts" in t for t in result)


def test_ruby_readings_are_left_out_of_the_sentence() -> None:
    result = texts("body_ruby_and_popups.html")
    assert (
        result[0]
        == "子どもへの虐待をなくすための法律ができて、親が子どもをたたくことを禁止することになりました。"
    )


def test_an_inline_element_named_like_furniture_inside_a_sentence_keeps_its_words() -> None:
    result = texts("body_ruby_and_popups.html")
    assert result[1] == (
        "I am a man who, from his youth upwards, has been filled with a profound conviction that "
        "the easiest way of life is the best. Hence, though I belong to a profession proverbially "
        "energetic and nervous, nothing of that sort have I ever suffered to invade my peace."
    )


def test_a_trailing_credit_or_share_link_in_a_paragraph_is_still_dropped() -> None:
    result = texts("body_ruby_and_popups.html")
    assert result[2:] == [
        "The office on Wall Street seen from the courtyard on a grey winter morning, with the "
        "skylight shaft above.",
        "The good old office, now extinct in the State of New York, of a Master in Chancery, had "
        "been conferred upon me.",
    ]


def test_escaped_media_markup_in_a_paragraph_goes_but_its_words_stay() -> None:
    long = "This sentence is part of the article and carries enough words to count, clearly. "
    html = (
        f"<html><body><article><p>{long * 4}</p>"
        '<p>&lt;noscript&gt;&lt;img src="bridge.jpg" alt="The bridge"&gt;&lt;/noscript&gt; '
        "The mayor opened the bridge on Friday.</p>"
        '<p>&lt;img class="lazy" src="pixel.gif" /&gt;</p>'
        "<p>A page about markup may name a single &lt;img&gt; element in its text.</p>"
        "</article></body></html>"
    )
    assert [b.text for b in from_html(html, quotes=False).body] == [
        (long * 4).strip(),
        "The mayor opened the bridge on Friday.",
        "A page about markup may name a single <img> element in its text.",
    ]


def test_a_contact_address_that_shows_itself_is_text_but_a_short_link_line_is_not() -> None:
    long = "This sentence is part of the article and carries enough words to count, clearly. "
    html = (
        f"<html><body><article><p>{long * 4}</p>"
        "<p>Write to <a href='mailto:letters@example.org'>letters@example.org</a></p>"
        "<p><a href='/more'>More from the desk</a></p>"
        "</article></body></html>"
    )
    assert [b.text for b in from_html(html, quotes=False).body] == [
        (long * 4).strip(),
        "Write to letters@example.org",
    ]
