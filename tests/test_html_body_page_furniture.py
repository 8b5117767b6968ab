"""Main text: page furniture inside the article's element (lists of teasers for other
stories, the text layers of a chart, an author box, javascript: controls), left out by its structure rather than its wording."""

from __future__ import annotations

from pathlib import Path

from newsthread.html import from_html
from newsthread.html._body.teasers import mark_teasers
from newsthread.html._body.walk import collect
from newsthread.html._document import parse_html

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


def test_text_placed_over_a_picture_by_percentages_is_a_graphics_labels() -> None:
    # A chart exported with its text layers (ai2html): each label sits at top:N%, left:N%.
    # A responsive video box (padding-top:56.25%) is no such label: its text stays.
    result = texts("body_chart_overlay_labels.html")
    assert [t[:40] for t in result] == [
        "The government will soon pay more in int",
        "Annual interest payments are expected to",
        "Finding the money to pay investors who h",
        "The minister spoke to reporters after th",
    ]


def test_an_author_box_after_the_article_is_left_out() -> None:
    # A link to the author's page (/about/editors/…) and a short bio under the last paragraph.
    result = texts("body_author_box_at_end.html")
    assert [t[:40] for t in result] == [
        "The new console is the most powerful one",
        "It is also the largest and loudest box t",
        "The controller is heavier than before, w",
        "At its price it is for players who alrea",
        "Read our full review of the console for ",
    ]


def test_short_javascript_controls_are_link_text_and_dropped() -> None:
    # Share buttons whose href is javascript: are controls (a list of three between two
    # paragraphs); a javascript: link inside a
    # sentence, or one wrapping paragraphs, leaves its words in the text.
    result = texts("body_javascript_controls.html")
    assert [t[:40] for t in result] == [
        "The island ferry will run every forty mi",
        "Tickets bought for the old timetable sta",
        "The last boat of the night will leave th",
    ]
    assert "new departure points" in result[1]


def test_words_in_a_figure_beside_its_picture_are_its_caption_and_credit() -> None:
    # A credit in a <div> and a label in a <span> inside <figure> (no <figcaption>) are
    # short captions and go; a quotation and a table inside a figure keep their kinds.
    long = "This sentence is part of the article and carries enough words to count, clearly. "
    html = (
        f"<html><body><article><p>{long * 3}</p>"
        "<figure><img src='a.jpg'><div class='media-credit'>Jane Doe / Agency</div>"
        "<span>Image</span></figure>"
        f"<p>{long * 2}</p>"
        "<figure><blockquote><p>We will rebuild the bridge before the winter comes.</p>"
        "</blockquote></figure>"
        "<figure><table><tr><td>Year</td><td>Visitors</td></tr><tr><td>2023</td><td>41,000</td>"
        "</tr></table></figure>"
        f"<p>{long * 2}</p></article></body></html>"
    )
    result = [(type(b).__name__, b.text) for b in from_html(html, quotes=False).body]
    assert result == [
        ("Paragraph", (long * 3).strip()),
        ("Paragraph", (long * 2).strip()),
        ("BlockQuote", "We will rebuild the bridge before the winter comes."),
        ("Paragraph", "Year | Visitors"),
        ("Paragraph", "2023 | 41,000"),
        ("Paragraph", (long * 2).strip()),
    ]


def test_a_stream_of_teaser_cards_does_not_make_the_page_the_article() -> None:
    # Six cards after the story, each a linked title in a <div> (no heading), a summary as
    # long as a paragraph, a byline, a time and a comment link: the summaries count as the
    # titles' link text, so the story's own box wins and none of the cards comes along.
    result = texts("body_teaser_stream.html")
    assert [t[:40] for t in result] == [
        "The council approved next year's budget ",
        "Most of the new money goes to the harbou",
        "Opponents said the repairs could wait an",
        "The mayor said the harbour could not wai",
        "A second vote on the school budget is pl",
    ]


def test_a_list_of_teaser_items_does_not_make_the_page_the_article() -> None:
    # Forty list items, each a linked headline and a summary longer than a sentence, under
    # a four-paragraph story (no title heading to anchor it): the summaries count as link
    # text like the headlines, so the list weighs against the page and stays out.
    para = (
        "The council voted on Tuesday to close the old bridge for repairs, and the works "
        "will last until the spring, the mayor said. "
    ) * 2
    summary = (
        "A summary of that other story that runs for a while, telling what happened in the "
        "town, and why. It goes on about the vote, the people who spoke at the meeting and "
        "the plans for next year."
    )
    items = "".join(
        f"<li><a href='/s{i}'>Another headline about the city council {i}</a><p>{summary}</p></li>"
        for i in range(40)
    )
    html = (
        f"<html><body><div class='page'><div class='story'>{f'<p>{para}</p>' * 4}</div>"
        f"<div class='more'><ul>{items}</ul></div></div></body></html>"
    )
    assert [b.text for b in from_html(html, quotes=False).body] == [para.strip()] * 4


def test_a_citation_list_item_is_no_teaser_card() -> None:
    # A linked title and a short "Publisher. Date." after it in one item: a reference.
    para = "The river rises in the hills and runs for two hundred miles to the sea, slowly. " * 3
    refs = "".join(
        f"<li><a href='/r{i}'>A history of the valley, part {i}</a><div>. Valley Press. "
        f"{2000 + i}.</div></li>"
        for i in range(4)
    )
    html = (
        f"<html><body><article><p>{para}</p><h2>Sources</h2><ol>{refs}</ol></article></body></html>"
    )
    walk = collect(parse_html(html).body, frozenset(), len(html))
    before = [block[3] for block in walk.blocks]
    mark_teasers(walk)
    assert [block[3] for block in walk.blocks] == before


def test_the_article_by_the_title_heading_wins_over_a_heavier_box_apart_from_it() -> None:
    # A shop's shipping notice at the end of the page outweighs the article next to the
    # <h1> that repeats the page's title (its table rows are short, its sidebar is links).
    result = texts("body_article_by_its_title.html")
    assert [t[:40] for t in result] == [
        "Die Region Rioja liegt im Norden Spanien",
        "Sie unterteilt sich in drei Untergebiete",
        "Für die Qualitätsstufen der Weine gibt e",
        "Stufe | Lagerzeit",
        "Crianza | 24 Monate",
        "Reserva | 36 Monate",
    ]


def test_a_page_that_holds_the_title_far_up_gives_way_to_the_article_by_it() -> None:
    # The whole page wins by a little (the story and a box of prose apart from it); the
    # element a few levels from the title heading, with most of the page's weight, is the
    # article.
    long = "This sentence is part of the article and carries enough words to count, clearly. "
    box = "A notice about the site that runs on for a while in its own box, apart from the story. "
    html = (
        "<html><head><title>The Title</title></head><body><div class='page'><div class='main'>"
        "<div class='col'><div class='story'><header><h1>The Title</h1></header>"
        f"<div><p>{long * 4}</p><p>{long * 4}</p></div></div></div></div>"
        f"<section><h3>About the site</h3><p>{box * 2}</p></section></div></body></html>"
    )
    assert [b.text for b in from_html(html, quotes=False).body] == [(long * 4).strip()] * 2


def test_the_box_around_a_text_field_goes_but_a_servings_field_keeps_its_list() -> None:
    # A sign-up box (an e-mail field in a form) and a search box inside the article go with
    # their prompts, whatever the wording; a two-digit servings field is no such box.
    result = texts("body_form_boxes.html")
    assert [t[:40] for t in result] == [
        "This cake feeds a whole table and keeps ",
        "Servings:",
        "500 g plums",
        "250 g flour",
        "125 g butter",
        "100 g sugar",
        "Bake the cake for forty minutes, until a",
    ]


def test_a_caption_paragraph_with_an_agency_photo_credit_is_left_out() -> None:
    # A photo's caption set as a plain paragraph, ending in the agency's credit.
    story = "The new justice was sworn in on Monday before the court and her family, in Olympia. "
    caption = (
        "Justice Jane Doe is sworn in, Monday, January 6, 2020, in Olympia. (AP Photo/Ted Warren)"
    )
    html = (
        f"<html><body><article><p>{story * 3}</p><p>{caption}</p><p>{story * 2}</p>"
        "</article></body></html>"
    )
    assert [b.text for b in from_html(html, quotes=False).body] == [
        (story * 3).strip(),
        (story * 2).strip(),
    ]


def test_a_sentence_about_photo_and_video_is_no_credit() -> None:
    story = "The company said on Monday that its app grows, with details from the people there. "
    line = "The new app lets users post photo/video stories that vanish after a day."
    html = f"<html><body><article><p>{story * 3}</p><p>{line}</p><p>{story * 2}</p></article></body></html>"
    assert [b.text for b in from_html(html, quotes=False).body] == [
        (story * 3).strip(),
        line,
        (story * 2).strip(),
    ]
