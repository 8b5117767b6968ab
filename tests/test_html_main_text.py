"""Main text: general signals (link density on inline text, links wrapping blocks, prose with links)."""

from __future__ import annotations

from pathlib import Path

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


LONG = "This sentence is part of the article and carries enough words to count, clearly. " * 3


def test_a_table_row_is_one_block_with_its_number_cells() -> None:
    table = (
        "<table><tr><th>Film</th><th>Year</th></tr>"
        "<tr><td>Groundhog Day</td><td>1993</td></tr>"
        "<tr><td><a href='/lola'>Run Lola Run</a> </td><td> 1998</td></tr></table>"
    )
    body = from_html(
        page(f"<article><p>{LONG}</p>{table}<p>{LONG}</p></article>"), quotes=False
    ).body
    assert [b.text for b in body[1:4]] == [
        "Film | Year",
        "Groundhog Day | 1993",
        "Run Lola Run | 1998",
    ]
    assert body[3].links[0].url == "/lola" and body[3].links[0].end == len("Run Lola Run")


def test_paragraphs_in_a_layout_table_stay_paragraphs() -> None:
    layout = (
        f"<table><tr><td><p>{LONG}</p><p>{LONG}</p></td><td><a href='/a'>Home</a></td></tr></table>"
    )
    assert texts(page(layout)) == [LONG.strip(), LONG.strip()]


def test_markup_shown_as_text_is_not_a_paragraph() -> None:
    html = page(
        f"<p>{LONG}</p><p>&lt;img src='pic.jpg' alt=''&gt;</p><noscript><img src='x.jpg'></noscript>"
    )
    assert texts(html) == [LONG.strip()]


def test_a_section_label_before_the_title_does_not_end_a_list_shaped_article() -> None:
    items = "".join(f"<li>Step {i}: do the next small thing</li>" for i in range(1, 9))
    html = page(
        f"<article><p>Filed under</p><h1>Eight steps</h1><ul>{items}</ul><p>{LONG}</p></article>"
    )
    result = texts(html)
    assert result[:2] == ["Step 1: do the next small thing", "Step 2: do the next small thing"]
    assert "Filed under" not in result


def test_the_labels_of_a_chart_are_not_paragraphs() -> None:
    labels = "".join(f"<div>'{year}</div><div>${year * 10}</div>" for year in range(14, 24))
    html = page(
        f"<article><p>{PROSE * 3}</p><div class='graphic'>{labels}</div>"
        f"<p>{PROSE}</p><p>Short lines</p><p>One</p><p>Two</p><p>Three</p><p>{PROSE * 2}</p></article>"
    )
    # A few short lines in a row are text; ten and more in a row are a chart's labels.
    assert texts(html) == [
        (PROSE * 3).strip(),
        PROSE.strip(),
        "Short lines",
        "One",
        "Two",
        "Three",
        (PROSE * 2).strip(),
    ]


def test_an_article_around_a_list_wins_over_the_list_despite_its_link_lists() -> None:
    # The notes list alone outweighs each paragraph; the article's container carries its
    # contents, appearances and navigation box, which weigh against it as a whole.
    data = Path(__file__).parent / "data" / "html" / "main" / "body_list_inside_article.html"
    result = texts(data.read_text(encoding="utf-8"))
    assert [t[:30] for t in result] == [
        "The water-making charm conjure",
        "History",
        "Nobody knows who invented the ",
        "Effects",
        "Depending on the caster's inte",
        "Behind the scenes",
        "In the second film the charm l",
        "It is possible that this is th",
        "Conjured things do not last, s",
    ]


def test_teaser_cards_with_long_summaries_do_not_make_the_page_the_article() -> None:
    # The summaries are not links, but each sits under a linked heading in its own card:
    # thirty of them outweigh a short story unless they count as the links they lead to.
    story = "".join(
        f"<p>Paragraph {i} of the story tells what happened at the harbour on Monday morning "
        "when the ferry could not leave because of the storm that had come in overnight.</p>"
        for i in range(4)
    )
    cards = "".join(
        f"<div class='c'><h3><a href='/s{i}'>Headline of story {i}</a></h3><p>The summary of "
        f"story number {i} explains in two sentences what the reader will find there. It is "
        "long enough to look like running text to the scorer.</p></div>"
        for i in range(30)
    )
    html = page(f"<div><div><h1>Ferry stuck</h1>{story}</div><div>{cards}</div></div>")
    assert [t[:12] for t in texts(html)] == [
        "Paragraph 0 ",
        "Paragraph 1 ",
        "Paragraph 2 ",
        "Paragraph 3 ",
    ]


def test_a_blog_post_under_a_linked_title_keeps_its_first_paragraph() -> None:
    post = f"<h2><a href='/2024/05/post'>The post</a></h2><p>{PROSE}</p><p>{PROSE * 2}</p>"
    assert texts(page(f"<div class='post'>{post}</div>")) == [PROSE.strip(), (PROSE * 2).strip()]


def test_a_short_run_of_axis_ticks_and_a_repeated_chart_title_go() -> None:
    ticks = "".join(f"<div>'{year}</div>" for year in (80, 90, 0, 10, 20, 28))
    chart = (
        "<div><p>Public debt as a share of output</p><p>Public debt as a share of output</p>"
        f"<div>%</div><div>RECESSIONS</div>{ticks}</div>"
    )
    recipe = "<p>Preparation</p><p>15 Min</p><p>Baking</p><p>30 Min</p><p>Portions: 12</p>"
    html = page(f"<article><p>{PROSE * 3}</p>{chart}<p>{PROSE}</p>{recipe}<p>{PROSE}</p></article>")
    assert texts(html) == [
        (PROSE * 3).strip(),
        "Public debt as a share of output",
        PROSE.strip(),
        "Preparation",
        "15 Min",
        "Baking",
        "30 Min",
        "Portions: 12",
        PROSE.strip(),
    ]


def test_links_that_show_their_address_are_citations_not_navigation() -> None:
    # A blog post cites its sources by bare addresses, one per line; they must not make
    # a shorter box of prose elsewhere on the page outweigh it.
    cite = "".join(
        f"<p><a href='https://example.org/source/{i}'>https://example.org/source/{i}/a-long"
        f"-address-of-the-cited-page-number-{i}.html</a></p>"
        for i in range(12)
    )
    post = f"<div class='post'><p>{PROSE * 2}</p>{cite}<p>{PROSE * 2}</p></div>"
    box = f"<div class='box'><p>{PROSE * 3}</p></div>"
    result = texts(page(f"<div>{post}</div><div>{box}</div>"))
    # The address lines themselves go with the link lists in cleaning.
    assert result[:2] == [(PROSE * 2).strip(), (PROSE * 2).strip()]
