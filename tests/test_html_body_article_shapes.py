"""Main text: articles that are not a run of long paragraphs (a list under a label line, a
table whose cells wrap their words in boxes) come out whole and in their own shape."""

from __future__ import annotations

from pathlib import Path

from newsthread.html import from_html

DATA = Path(__file__).parent / "data" / "html" / "main"


def blocks(name: str) -> list[tuple[str, str]]:
    article = from_html((DATA / name).read_bytes(), quotes=False)
    return [(type(block).__name__, block.text) for block in article.body]


def test_a_label_line_above_the_title_does_not_end_a_list_shaped_article() -> None:
    # "Filed under:" is a section-end phrase; before any paragraph of running text it labels
    # the article (a kicker line came before it), and the short items after it are the text.
    result = blocks("body_list_article_under_label.html")
    assert result[0] == ("Paragraph", "Trains leave every hour; these are our picks.")
    assert [kind for kind, _ in result[1:]] == ["ListItem"] * 8
    assert (
        result[1][1] == "The old harbour town, for its fish market and the walk along the sea wall."
    )
    assert result[-1][1] == "The mountain railway, which climbs to the summit in forty minutes."


def test_section_end_after_the_text_still_cuts_the_rest() -> None:
    long = "This sentence is part of the article and carries enough words to count, clearly. "
    teasers = "".join(f"<p>Short teaser {i}</p>" for i in range(12))
    html = f"<html><body><article><p>{long * 3}</p><h3>Tags</h3>{teasers}</article></body></html>"
    assert [b.text for b in from_html(html, quotes=False).body] == [(long * 3).strip()]


def test_table_cells_that_wrap_their_words_in_boxes_stay_rows() -> None:
    result = blocks("body_table_cells_in_boxes.html")
    assert [text for _, text in result[1:6]] == [
        "Team | Played | Points",
        "Riverside | 10 | 24",
        "North End | 10 | 22",
        "Harbour United | 10 | 19",
        "Old Town | 10 | 15",
    ]
    assert len(result) == 7
    assert result[6][1].startswith("Riverside play North End next Saturday")


def test_a_layout_table_keeps_its_paragraphs() -> None:
    # One long cell per row: a page laid out with a table, its paragraphs stay paragraphs.
    first = "The first paragraph of the story runs on long enough to be running text, clearly. " * 2
    second = "The second paragraph follows with more words of the same story, and ends here. " * 2
    html = (
        "<html><body><table><tr><td><a href='/'>Home</a></td></tr><tr><td>"
        f"<p>{first}</p><p>{second}</p></td></tr></table></body></html>"
    )
    assert [b.text for b in from_html(html, quotes=False).body] == [first.strip(), second.strip()]


def test_an_article_split_across_sibling_rows_keeps_both_parts_but_not_the_box_between() -> None:
    long = "This sentence is part of the article and carries enough words to count, clearly. "
    links = "".join(
        f"<li><a href='/r{i}'>Another story you should read, number {i}</a></li>" for i in range(8)
    )
    html = (
        "<html><body><div class='page'>"
        f"<div class='row'><div class='col'><p>First part. {long * 3}</p><p>{long * 2}</p></div></div>"
        f"<div class='row'><div class='col'><ul>{links}</ul></div></div>"
        "<div class='row'><div class='col'><h2>What comes next</h2>"
        f"<p>Second part. {long * 2}</p><ul><li>A point of the list, in words</li></ul></div></div>"
        "</div></body></html>"
    )
    result = [b.text for b in from_html(html, quotes=False).body]
    assert result == [
        f"First part. {long * 3}".strip(),
        (long * 2).strip(),
        "What comes next",
        f"Second part. {long * 2}".strip(),
        "A point of the list, in words",
    ]


def test_another_article_beside_the_article_is_not_a_part_of_it() -> None:
    long = "This sentence is part of the article and carries enough words to count, clearly. "
    other = "A different story about the harbour, told at some length in its own words here. "
    html = (
        "<html><body><main>"
        f"<article><p>{long * 6}</p></article><article><h2>The harbour</h2><p>{other * 2}</p>"
        "</article>"
        "</main></body></html>"
    )
    assert [b.text for b in from_html(html, quotes=False).body] == [(long * 6).strip()]


def test_long_citation_items_with_some_link_text_stay_but_link_items_go() -> None:
    long = "This sentence is part of the article and carries enough words to count, clearly. "
    notes = (
        "<ol class='notes'>"
        "<li><a href='#r1'>^</a> Hartl, John (3 September 1998). <a href='/x1'>\"Disney will "
        'distribute animated film"</a>. <a href="/st">The Seattle Times</a>. Retrieved 15 May 2017.</li>'
        "<li><a href='#r2'>^</a> Fischer, Russ (2 February 2011). <a href='/x2'>\"Just how long "
        'was he stuck in a loop?"</a>. <a href="/sf">Slashfilm</a>. Retrieved 27 March 2014.</li></ol>'
    )
    related = "<ul><li><a href='/a'>Another story to read</a> (2019)</li>" * 3 + "</ul>"
    html = f"<html><body><article><p>{long * 6}</p>{notes}{related}</article></body></html>"
    assert [b.text for b in from_html(html, quotes=False).body] == [
        (long * 6).strip(),
        '^ Hartl, John (3 September 1998). "Disney will distribute animated film". '
        "The Seattle Times. Retrieved 15 May 2017.",
        '^ Fischer, Russ (2 February 2011). "Just how long was he stuck in a loop?". '
        "Slashfilm. Retrieved 27 March 2014.",
    ]


def test_a_section_end_heading_ends_only_its_own_section() -> None:
    # "See also" ends the article's prose, but a heading of the same level after it opens a
    # section of the article again (an encyclopedia's notes and references).
    para = "The river rises in the hills and runs for two hundred miles to the sea, slowly. " * 2
    note = "Smith, Jane (2001). A History of the River Valley. Riverside: Valley Press. p. 12."
    html = (
        f"<html><body><article><h1>The River</h1><p>{para}</p>"
        "<h2>See also</h2><ul><li><a href='/a'>Rivers of the valley</a></li>"
        "<li><a href='/b'>List of bridges</a></li></ul>"
        f"<h2>References</h2><ol><li>{note}</li><li>{note.replace('12', '48')}</li></ol>"
        "</article></body></html>"
    )
    assert [(type(b).__name__, b.text) for b in from_html(html, quotes=False).body] == [
        ("Paragraph", para.strip()),
        ("Heading", "References"),
        ("ListItem", note),
        ("ListItem", note.replace("12", "48")),
    ]


def test_a_section_end_heading_still_cuts_the_smaller_headings_under_it() -> None:
    long = "This sentence is part of the article and carries enough words to count, clearly. "
    teasers = "".join(
        f"<h3>Another story number {i}</h3><p>What happened next in town {i}.</p>" for i in range(4)
    )
    html = (
        f"<html><body><article><p>{long * 3}</p><h2>Related stories</h2>{teasers}"
        "</article></body></html>"
    )
    assert [b.text for b in from_html(html, quotes=False).body] == [(long * 3).strip()]


def test_a_section_end_heading_over_teasers_of_its_level_still_cuts_them() -> None:
    # Teaser cards with unlinked titles of the heading's own level: the section has text of
    # its own right away, so it is furniture, not a list of links before a new section.
    long = "This sentence is part of the article and carries enough words to count, clearly. "
    cards = "".join(
        f"<div><h2>Another story number {i}</h2><p>What happened next in the town of {i}, "
        f"and what the council said about it.</p><a href='/s{i}'>Read more</a></div>"
        for i in range(3)
    )
    html = (
        f"<html><body><article><p>{long * 3}</p><h2>Related articles</h2>{cards}"
        "</article></body></html>"
    )
    assert [b.text for b in from_html(html, quotes=False).body] == [(long * 3).strip()]


def test_a_page_of_headings_only_keeps_them() -> None:
    # A gallery: pictures under their titles, no paragraph. The headings are the page's words.
    html = (
        "<html><body><article><h2>Test Case 1</h2><img src='a.jpg'>"
        "<h2>Test Case 2</h2><img src='b.jpg'></article></body></html>"
    )
    assert [b.text for b in from_html(html, quotes=False).body] == ["Test Case 1", "Test Case 2"]


def test_a_list_article_whose_items_link_out_is_kept() -> None:
    # "Six tools for reporters": linked titles and summaries like teaser cards, but each item
    # links to another site, where a site's teasers link to its own pages.
    intro = "".join(
        f"<p>Intro paragraph {i} explains why these tools matter for people who work in "
        "small newsrooms every day.</p>"
        for i in range(3)
    )
    items = "".join(
        f"<li><a href='https://tool{i}.example/'>Tool number {i}</a><p>This tool helps "
        "reporters check facts quickly; it is free, open source and works offline on most "
        f"laptops {i}.</p></li>"
        for i in range(6)
    )
    html = (
        f"<html><body><main><article><h1>Six tools for reporters</h1>{intro}<ol>{items}</ol>"
        "<p>Closing paragraph with a final thought about the tools above and what comes next "
        "for them.</p></article></main></body></html>"
    )
    body = from_html(html, url="https://news.example/story", quotes=False).body
    kept = [b.text for b in body if type(b).__name__ == "ListItem"]
    assert len(kept) == 6 and kept[0].startswith("This tool helps reporters")


def _column_page(side: str) -> str:
    items = "".join(
        f"<li><a href='https://place{i}.example/'>Place {i}</a>: free entry on Saturday.</li>"
        for i in range(6)
    )
    return (
        "<html><body><div class='row'><div class='col-main'><h1>Free things to do</h1>"
        f"<p>No tickets needed.</p><ul>{items}</ul></div>"
        f"<div class='col-side'>{side}</div></div></body></html>"
    )


def test_a_promo_box_of_prose_beside_a_list_article_in_a_named_main_column_stays_out() -> None:
    # The row holding both outweighs the list's column (its items are a third links); the
    # column named as the content, by the title, weighing nearly as much, is the article.
    promo = (
        "<h3>Our partners</h3><p>The Grand Hotel offers weekend packages with breakfast, late "
        "checkout and free parking in the heart of the old town, five minutes from the sea.</p>"
        "<p>Book a table at Casa Nonna, where the pasta is made fresh every morning and the "
        "wine list covers every region of Italy, with live music on Friday nights.</p>"
    )
    result = [b.text for b in from_html(_column_page(promo), quotes=False).body]
    assert result[0] == "No tickets needed."
    assert len(result) == 7
    assert result[-1] == "Place 5: free entry on Saturday."


def test_a_heavier_second_part_of_the_story_beside_the_title_column_is_kept() -> None:
    # The column beside is the story's own text, far heavier than the list: the row stays.
    long = "The second half of the story goes on here with its own long sentences. "
    side = "".join(f"<p>{long * 3}</p>" for _ in range(4))
    result = [b.text for b in from_html(_column_page(side), quotes=False).body]
    assert result[0] == "No tickets needed."
    assert result[-1] == (long * 3).strip()
