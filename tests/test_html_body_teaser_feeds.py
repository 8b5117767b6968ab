"""Main text: a news feed whose items are one paragraph each (a linked title, a line break,
a summary) weighs as links, so a column of them does not win over the article beside it;
the same shape inside an article, beside its running text, stays."""

from __future__ import annotations

from newsthread.html import from_html

LONG = "This sentence is part of the article and carries enough words to count, clearly. "
SUMMARY = (
    "On the agenda were the repair of courtyards, street lighting and new playgrounds in "
    "several districts of the city next year."
)


def feed(count: int) -> str:
    return "".join(
        f"<p class='item'><span>13.11.2026</span> <a href='/news/{i}/'><b>Council meeting "
        f"number {i} on the city's plans</b></a><br>{SUMMARY}</p>"
        for i in range(count)
    )


def page(count: int) -> str:
    return (
        "<html><body><div class='row'><div class='col-8'><h1>Snow is on its way</h1>"
        f"<p>{LONG * 2}</p><p>{LONG}</p></div><div class='col-4'><h4>News feed</h4>"
        f"{feed(count)}</div></div></body></html>"
    )


def texts(html: str) -> list[str]:
    return [block.text for block in from_html(html, quotes=False).body]


def test_a_feed_column_of_one_paragraph_cards_does_not_win_over_the_article() -> None:
    assert texts(page(40)) == [(LONG * 2).strip(), LONG.strip()]


def test_a_long_feed_is_left_out_too() -> None:
    assert texts(page(4000)) == [(LONG * 2).strip(), LONG.strip()]


def test_links_with_descriptions_beside_the_articles_paragraphs_stay() -> None:
    items = "".join(
        f"<p><a href='https://tool{i}.example/'>Tool number {i}</a><br>A short description "
        f"of what tool {i} does for reporters on deadline.</p>"
        for i in range(6)
    )
    html = (
        f"<html><body><h1>Six tools</h1><div><p>{LONG * 3}</p>{items}<p>{LONG * 2}</p>"
        "</div></body></html>"
    )
    result = texts(html)
    assert len(result) == 8
    assert result[1] == (
        "Tool number 0\nA short description of what tool 0 does for reporters on deadline."
    )


def test_four_such_paragraphs_are_no_feed() -> None:
    # Fewer than five cards of one shape: the paragraphs weigh as they are.
    items = "".join(
        f"<p><a href='/p/{i}'>Our guide number {i}</a><br>{SUMMARY}</p>" for i in range(4)
    )
    html = f"<html><body><h1>Guides</h1><div>{items}</div></body></html>"
    assert len(texts(html)) == 4


def test_a_list_article_of_links_out_under_a_short_intro_stays() -> None:
    # Six picks, each a linked name, a break and a sentence, under the title heading and a
    # short intro: the article's own list, not a feed.
    hosts = ["pods.example", "radio.example", "audio.example", "casts.example", "fm.example"]
    items = "".join(
        f"<p><a href='https://{hosts[i % 5]}/show{i}'><strong>Show number {i}</strong></a>"
        f"<br>A weekly hour of interviews about science, history and the people behind them.</p>"
        for i in range(6)
    )
    html = (
        "<html><body><article><h1>Six podcasts worth your time this week</h1>"
        f"<p>From science to history: our picks for the commute.</p>{items}</article>"
        "</body></html>"
    )
    result = from_html(html, quotes=False)
    assert result.title == "Six podcasts worth your time this week"
    assert len(result.body) == 7
    assert result.body[6].text == (
        "Show number 5\nA weekly hour of interviews about science, history and the people "
        "behind them."
    )
