"""Body extraction: which blocks make the article, of which kind, and what stays out."""

from __future__ import annotations

from newsthread.html import from_html
from newsthread.model import Heading, ListItem, Paragraph

LONG = "This sentence is part of the article and carries enough words to count, clearly. "


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def texts(html: str) -> list[str]:
    return [block.text for block in from_html(html).body]


NAV = (
    "<nav><ul>"
    + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(8))
    + "</ul></nav>"
)
RELATED = (
    "<div class='more'><ul>"
    + "".join(
        f"<li><a href='/r{i}'>Another story you should read number {i}</a></li>" for i in range(6)
    )
    + "</ul></div>"
)


def test_article_split_over_sibling_sections_is_kept_whole() -> None:
    sections = "".join(
        f"<div class='elementor-section'><div class='col'><div class='box'><p>Part {i}. {LONG * 2}</p>"
        "</div></div></div>"
        for i in range(4)
    )
    result = texts(page(NAV + f"<main>{sections}</main>" + RELATED))
    assert [t.split(".")[0] for t in result] == ["Part 0", "Part 1", "Part 2", "Part 3"]


def test_link_lists_and_navigation_stay_out() -> None:
    result = texts(page(NAV + f"<article><p>{LONG * 10}</p>{RELATED}<p>{LONG * 6}</p></article>"))
    assert len(result) == 2
    assert not any("Another story" in t or "Section" in t for t in result)


def test_br_splits_paragraphs_and_keeps_line_breaks() -> None:
    result = texts(
        page(f"<div class='post'>{LONG}<br>second line<br><br>{LONG}<br/>\n<br>{LONG}</div>")
    )
    assert result == [f"{LONG.strip()}\nsecond line", LONG.strip(), LONG.strip()]


def test_lists_keep_order_kind_and_indent() -> None:
    article = from_html(
        page(
            f"<article><p>{LONG * 2}</p><ol><li>first step of the recipe<ul>"
            "<li>a detail of the first step</li></ul></li><li>second step of the recipe</li></ol>"
            f"<p>{LONG}</p></article>"
        )
    )
    items = [b for b in article.body if isinstance(b, ListItem)]
    assert [(i.text, i.ordered, i.indent) for i in items] == [
        ("first step of the recipe", True, 0),
        ("a detail of the first step", False, 1),
        ("second step of the recipe", True, 0),
    ]


def test_headings_keep_their_level_but_the_title_heading_goes() -> None:
    article = from_html(
        page(
            f"<article><h1>The Title</h1><p>{LONG * 2}</p><h3>A part</h3><p>{LONG * 2}</p></article>",
            head="<title>The Title</title>",
        )
    )
    headings = [(b.text, b.level) for b in article.body if isinstance(b, Heading)]
    assert headings == [("A part", 3)]
    assert article.title == "The Title"


def test_furniture_after_a_section_end_heading_is_cut() -> None:
    result = texts(
        page(
            f"<article><p>{LONG * 3}</p><h3>Related posts</h3><p>Short teaser one</p>"
            f"<p>Short teaser two</p><h3>Share this:</h3><p>Facebook</p></article>"
        )
    )
    assert result == [(LONG * 3).strip()]


def test_descriptive_wordpress_classes_do_not_hide_the_article() -> None:
    article = page(
        "<article class='post tag-werbung category-news has-post-thumbnail'>"
        f"<div class='entry-content'><p>{LONG * 3}</p></div></article>"
    )
    assert texts(article) == [(LONG * 3).strip()]


def test_a_content_token_outweighs_a_boilerplate_token() -> None:
    html = page(
        f"<div class='l-sidebar-fixed l-article-body-segment'><p>{LONG * 3}</p><p>{LONG * 2}</p></div>"
        "<div class='sidebar'><p>Sidebar text that is not part of it.</p></div>"
    )
    result = texts(html)
    assert len(result) == 2
    assert all("Sidebar" not in t for t in result)


def test_aside_with_the_article_is_kept_but_link_asides_are_not() -> None:
    html = page(
        f"<aside class='content'><p>{LONG * 8}</p><p>{LONG * 8}</p></aside>"
        "<aside>" + RELATED + "</aside>"
    )
    result = texts(html)
    assert len(result) == 2
    assert result[0].startswith("This sentence")


def test_comment_sections_stay_out_even_when_long() -> None:
    comments = "".join(f"<div class='c'><p>{LONG * 4} comment {i}</p></div>" for i in range(10))
    html = page(f"<article><p>{LONG * 2}</p></article><section id='comments'>{comments}</section>")
    result = texts(html)
    assert result == [(LONG * 2).strip()]


def test_hidden_scripts_and_forms_stay_out() -> None:
    html = page(
        f"<article><p>{LONG * 2}</p><div style='display: none'>hidden words</div>"
        "<script>var words = 1;</script><form><p>Your email address</p><input></form>"
        "<div hidden>more hidden words</div></article>"
    )
    assert texts(html) == [(LONG * 2).strip()]


def test_advertisement_labels_and_credits_go() -> None:
    html = page(
        f"<article><p>{LONG * 2}</p><p>- Anzeige -</p><p>Foto: dpa</p><p>{LONG}</p></article>"
    )
    assert texts(html) == [(LONG * 2).strip(), LONG.strip()]


def test_deep_nesting_is_walked_without_recursion() -> None:
    depth = 4000
    html = page("<div>" * depth + f"<p>{LONG * 2}</p>" + "</div>" * depth)
    result = from_html(html).body
    assert [type(b) for b in result] == [Paragraph]


def test_page_of_only_links_has_no_body() -> None:
    assert texts(page(NAV + RELATED)) == []


def test_short_lines_above_the_title_heading_go() -> None:
    html = page(
        f"<article><p>Politics</p><p>12 May 2024</p><h1>The Title</h1><p>{LONG * 3}</p></article>",
        head="<title>The Title</title>",
    )
    assert texts(html) == [(LONG * 3).strip()]


def test_long_captions_stay_as_captions() -> None:
    caption = "The minister speaking to reporters outside the parliament building after the vote."
    article = from_html(
        page(
            f"<article><p>{LONG * 3}</p><figure><figcaption>{caption}</figcaption></figure></article>"
        )
    )
    assert [type(b).__name__ for b in article.body] == ["Paragraph", "Caption"]
    assert article.body[1].text == caption


def test_nested_boilerplate_names_around_the_article_do_not_hide_it() -> None:
    depth = 1500
    html = page("<div class='widget-area'>" * depth + f"<p>{LONG * 40}</p>" + "</div>" * depth)
    assert texts(html) == [(LONG * 40).strip()]


def test_reader_prompts_in_several_languages_go() -> None:
    prompts = [
        "Abonnieren Sie unseren Newsletter und verpassen Sie nichts.",
        "Follow us on Twitter and Instagram for the latest updates.",
        "¡Síguenos en Telegram para recibir todas nuestras noticias!",
        "© 2022 Example News. All rights reserved.",
        "War der Artikel nützlich? (12 Stimmen) Loading...",
        "This post contains affiliate links; we may earn a commission.",
    ]
    html = page(
        f"<article><p>{LONG * 2}</p>" + "".join(f"<p>{p}</p>" for p in prompts) + f"<p>{LONG}</p>"
        "</article>"
    )
    assert texts(html) == [(LONG * 2).strip(), LONG.strip()]


def test_a_long_paragraph_about_newsletters_stays() -> None:
    about = "The newsletter of the society reached its members every month for decades. " * 5
    html = page(f"<article><p>{LONG * 2}</p><p>{about}</p></article>")
    assert texts(html) == [(LONG * 2).strip(), about.strip()]


def test_single_furniture_lines_go_without_cutting_what_follows() -> None:
    html = page(
        f"<article><p>{LONG * 2}</p><p>Artikel teilen</p><p>A short line of the story.</p>"
        f"<p>Weitere Informationen</p><p>Another short line.</p></article>"
    )
    assert texts(html) == [(LONG * 2).strip(), "A short line of the story.", "Another short line."]


def test_share_counters_and_relative_times_go() -> None:
    html = page(
        f"<article><p>{LONG * 2}</p><p>2192 Shares</p><p>1.2k views</p><p>In this article:</p>"
        f"<p>52m ago in</p><p>3 hours ago</p><p>It rained for 3 hours.</p></article>"
    )
    assert texts(html) == [(LONG * 2).strip(), "It rained for 3 hours."]


def test_section_ends_in_several_languages_cut_the_rest() -> None:
    for heading in (
        "Verwandte Beiträge",
        "Meistgelesene Artikel",
        "Vous aimerez aussi",
        "Veja também:",
        "More Great WIRED Stories",
        "Editors' Picks",
        "Up next",
        "From around the web",
        "Sponsored stories",
        "In case you missed it",
        "Plus d'articles et vidéos sur le sujet",
        "Articoli correlati",
        "Notícias relacionadas",
        "Lees ook",
    ):
        html = page(
            f"<article><p>{LONG * 3}</p><h3>{heading}</h3><p>Teaser one</p>"
            "<p>Teaser two</p></article>"
        )
        assert texts(html) == [(LONG * 3).strip()], heading


def test_media_boxes_of_broadcasters_cut_the_rest() -> None:
    # "Audios and videos on the topic": a box of the site's other media after the story.
    for heading in (
        "Audios et vidéos sur le sujet",
        "Artikel und Videos zum Thema",
        "Audios and videos on the topic",
        "Vídeos sobre el tema",
    ):
        html = page(
            f"<article><p>{LONG * 3}</p><h3>{heading}</h3><p>Teaser one</p>"
            "<p>Teaser two</p></article>"
        )
        assert texts(html) == [(LONG * 3).strip()], heading


def test_captions_and_caption_lines_with_photo_credits_go() -> None:
    credited = "Members of the union on strike last year. Photograph: Jane Roe/Getty Images"
    plain = "A long caption that tells part of the story and so belongs to the article text too."
    html = page(
        f"<article><p>{LONG * 2}</p><figure><figcaption>{credited}</figcaption></figure>"
        f"<figure><figcaption>{plain}</figcaption></figure>"
        "<p>The old town hall at dawn. (Foto: privat)</p>"
        f"<p>{LONG}</p></article>"
    )
    assert texts(html) == [(LONG * 2).strip(), plain, LONG.strip()]


def test_short_unfinished_lines_at_the_end_go_but_a_last_sentence_stays() -> None:
    body = f"<p>{LONG * 6}</p><p>{LONG * 6}</p>"
    html = page(
        f"<article>{body}<p>See you tomorrow.</p><p>abc/XYZ</p><p>Current issue</p></article>"
    )
    assert texts(html)[-1] == "See you tomorrow."
    assert len(texts(html)) == 3


def test_licence_and_disclaimer_lines_go() -> None:
    lines = [
        "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.",
        "The opinions expressed in this blog are those of the authors alone.",
        "Copyright: Jane Roe",
    ]
    html = page(
        f"<article><p>{LONG * 2}</p>"
        + "".join(f"<p>{x}</p>" for x in lines)
        + f"<p>{LONG}</p></article>"
    )
    assert texts(html) == [(LONG * 2).strip(), LONG.strip()]


def test_paywall_rating_and_server_warning_lines_go() -> None:
    lines = [
        "Wie bewerten Sie diesen Artikel?",
        "Sie möchten mehr? Schauen Sie in unseren Musiknewsletter!",
        "Warning: Creating default object from empty value in /www/x/classes.php on line 407",
        "Permalien https://p.dw.com/p/3Sv0e",
        "Permalink: https://example.org/p/123",
    ]
    html = page(
        f"<article><p>{LONG * 2}</p>"
        + "".join(f"<p>{x}</p>" for x in lines)
        + f"<p>{LONG}</p></article>"
    )
    assert texts(html) == [(LONG * 2).strip(), LONG.strip()]


def test_reading_time_and_table_of_contents_lines_go() -> None:
    html = page(
        f"<article><p>Inhaltsverzeichnis</p><p>Reading time: 4 minutes</p><p>{LONG * 2}</p>"
        f"<p>{LONG}</p></article>"
    )
    assert texts(html) == [(LONG * 2).strip(), LONG.strip()]


def test_a_lead_paragraph_next_to_the_article_body_is_kept() -> None:
    lead = "The lead of the story sits in its own box above the article body, as many sites do."
    html = page(
        NAV + f"<div class='story'><div class='intro'><p>{lead}</p></div>"
        f"<div class='article-body'><p>{LONG * 4}</p><p>{LONG * 4}</p></div></div>" + RELATED
    )
    assert texts(html)[0] == lead
    assert len(texts(html)) == 3


def test_a_lead_far_away_in_the_page_is_not_taken() -> None:
    far = "A paragraph of some other part of the page, many levels away from the article."
    deep_article = (
        "<div><div><div><div><div class='article-body'>"
        + f"<p>{LONG * 4}</p>" * 2
        + "</div></div></div></div></div>"
    )
    html = page(f"<div><div><div><div><p>{far}</p></div></div></div></div>" + deep_article)
    assert far not in texts(html)
    # the article itself is what comes back, whole
    assert texts(html) == [(LONG * 4).strip()] * 2


def test_custom_elements_are_read_by_their_own_names_page_after_page() -> None:
    # The walk remembers tag names by lexbor's tag id; custom elements get ids of their
    # own in each document, so one page's custom tag never names another page's.
    for tag in ("story-text", "x-body", "script-box", "nav-free"):
        result = texts(page(f"<{tag}><p>{tag}: {LONG * 2}</p></{tag}>"))
        assert result == [f"{tag}: {(LONG * 2).strip()}"]


def test_indentation_between_inline_elements_stays_one_space() -> None:
    html = page(f"<p>\n  <span>{LONG}</span>\n  <em>and more</em>\n  <b>words</b>\n</p>")
    assert texts(html) == [f"{LONG}and more words"]


def test_whitespace_inside_pre_is_kept_from_the_first_line() -> None:
    html = page(f"<pre>\n   indented line\n   next line</pre><p>{LONG * 3}</p>")
    assert texts(html)[0] == "indented line\nnext line"


def test_moderation_and_comment_policy_notices_go() -> None:
    lines = [
        "Comments are moderated and will appear after approval.",
        "Comments are closed.",
        "Log in to join the conversation",
        "Please read our community guidelines before you post.",
        "Die Kommentarfunktion wurde geschlossen.",
        "Les commentaires sont fermés.",
    ]
    html = page(
        f"<article><p>{LONG * 2}</p>"
        + "".join(f"<p>{x}</p>" for x in lines)
        + f"<p>{LONG}</p></article>"
    )
    assert texts(html) == [(LONG * 2).strip(), LONG.strip()]
