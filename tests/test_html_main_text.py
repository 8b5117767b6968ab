"""Main text: general signals (link density on inline text, links wrapping blocks, prose with links)."""

from __future__ import annotations

from newsthread.html import from_html

PROSE = (
    "The river rises in the northern hills and flows south through three valleys before it "
    "reaches the coast, where a wide delta has formed over thousands of years. "
)


def texts(html: str) -> list[str]:
    return [block.text for block in from_html(html, quotes=False).body]


def page(body: str) -> str:
    return f"<html><head><title>t</title></head><body>{body}</body></html>"


def test_teaser_cards_whose_links_wrap_blocks_count_as_links() -> None:
    # No class says "related": the cards are links around a heading and a paragraph.
    cards = "".join(
        f"<a href='/story-{i}'><h3>Another story number {i} with a headline</h3>"
        f"<p>The teaser of story {i} says what it is about in two full lines of text, "
        "so that it looks like running text to a naive measure of the words.</p></a>"
        for i in range(6)
    )
    html = page(f"<div><div><p>{PROSE * 2}</p><p>{PROSE}</p></div><div>{cards}</div></div>")
    result = texts(html)
    assert result == [(PROSE * 2).strip(), PROSE.strip()]


def test_prose_full_of_inline_links_is_the_article() -> None:
    # About 40 % of each paragraph is link text, as in an encyclopedia article.
    linked = (
        "The <a href='/river'>Long River</a> rises in the <a href='/hills'>Northern Hills</a> and "
        "flows south through the <a href='/valleys'>Three Valleys region</a> before it reaches "
        "the <a href='/coast'>Amber Coast</a>, where the <a href='/delta'>Long River Delta</a> "
        "has formed over thousands of years of <a href='/sediment'>sediment deposition</a>. "
    )
    article = "".join(f"<p>{linked}</p>" for _ in range(5))
    aside = (
        "<div><p>"
        + "A paragraph without any links in it at all, kept apart from it. " * 4
        + "</p></div>"
    )
    result = texts(page(f"<div class='mw-body'>{article}</div>{aside}"))
    assert [t.startswith("The Long River rises") for t in result[:5]] == [True] * 5


def test_a_page_of_a_few_short_lines_is_kept_whole() -> None:
    assert texts(page("<p>abc</p><p>def</p>")) == ["abc", "def"]


def test_javascript_links_are_not_links() -> None:
    html = page(f"<a href='javascript:void(0)'><p>{PROSE}</p></a>")
    article = from_html(html, quotes=False)
    assert [b.text for b in article.body] == [PROSE.strip()]
    assert article.body[0].links == ()
