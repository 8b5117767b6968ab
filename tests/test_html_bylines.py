"""Bylines: who wrote the article, from metadata and from the visible page, in several languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsthread.html import from_html
from newsthread.html._bylines import add_authors, is_outlet
from newsthread.model import Author

DATA = Path(__file__).parent / "data" / "html" / "main"


def names(html: str | bytes) -> list[str]:
    return [a.name for a in from_html(html, quotes=False).authors]


def page(body: str, head: str = "") -> str:
    text = "<p>" + "The council met on Tuesday and agreed on the budget for the coming year. " * 3
    return f"<html><head>{head}</head><body><article><h1>Budget agreed</h1>{body}{text}</p></article></body></html>"


def split(raw: str, site: str = "") -> list[str]:
    out: list[Author] = []
    add_authors(out, [(raw, None)], [site] if site else [])
    return [a.name for a in out]


def test_byline_in_a_site_specific_class_beats_the_site_credit_and_the_comments() -> None:
    # meta author is the site itself; the visible byline (class "c-meta__writer") names two people,
    # the outlet after them is dropped; comment authors and the footer's author link are not taken.
    assert names((DATA / "bylines_site_class.html").read_bytes()) == ["Ann Lee", "Bo Chan"]


def test_json_ld_author_given_by_reference_is_resolved_and_unescaped() -> None:
    article = from_html((DATA / "bylines_jsonld_graph.html").read_bytes(), quotes=False)
    assert [(a.name, a.url) for a in article.authors] == [
        ("Mia Kovács", "https://example.org/author/mia")
    ]
    assert article.title == "Bike & Style: what riders can't do without"
    assert article.site_name == "Pedal Post Media"


def test_claim_review_claimant_is_not_the_author() -> None:
    article = from_html((DATA / "bylines_claimreview.html").read_bytes(), quotes=False)
    assert [a.name for a in article.authors] == ["Rosa Ortega"]
    assert article.published is None  # the claim's date is not the article's


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("By Ann Lee and Bo Chan", ["Ann Lee", "Bo Chan"]),
        ("Ann Lee, Bo Chan & Cy Diaz", ["Ann Lee", "Bo Chan", "Cy Diaz"]),
        ("Von Lars Fischer und Alina Schadwinkel", ["Lars Fischer", "Alina Schadwinkel"]),
        ("Par Sébastien Farcis", ["Sébastien Farcis"]),
        ("Por María López y Juan Ruiz", ["María López", "Juan Ruiz"]),
        ("di Marco Rossi", ["Marco Rossi"]),
        ("著者\uff1a山田太郎", ["山田太郎"]),
        ("Analysis by Stephen Collins", ["Stephen Collins"]),
        ("Text: Eva Braun-Lindt", ["Eva Braun-Lindt"]),
        ("Text, Interview: Harald Willenbrock", ["Harald Willenbrock"]),
        ("Artikel von hausinfo", ["hausinfo"]),
        ("Erstellt von Andri Bryner", ["Andri Bryner"]),
        ("Verfasst von: mitundvoneinander | 31. Dezember 2008", ["mitundvoneinander"]),
        ("Redaktion: Eberhard Fuhr (Pressesprecher des EJW)", ["Eberhard Fuhr"]),
        ("Posted on September 21, 2020 by Adi Tzlil", ["Adi Tzlil"]),
        ("Posted in Datenschutz by damianduchamps on August 3, 2019", ["damianduchamps"]),
        ("Blog Beitrag von Margarita Koreneva", ["Margarita Koreneva"]),
        ("Por Williams Perdomo @wperdomod", ["Williams Perdomo"]),  # a handle after the name
        ("Text von Christian Seiler Illustration von Markus Roost", ["Christian Seiler"]),
        ("yas! | By Cara Stiles | April 13, 2020", ["Cara Stiles"]),
        ("Gespeichert von rasos am 24. Juli 2017 - 18:55", ["rasos"]),
        ("© Kathrin Führes", ["Kathrin Führes"]),
        ("Kathrin Führes Kathrin Führes", ["Kathrin Führes"]),  # alt text, then the text
        ("r23 »", ["r23"]),
        ("freeman1984", ["freeman1984"]),  # an account name with digits
        ("By: Laurie Oakes", ["Laurie Oakes"]),
        ("Dezember 10, 2019 · von freeman1984 · in Uncategorized", ["freeman1984"]),
        ("Interview: Jens Bergmann Foto: Michael Hudler", ["Jens Bergmann"]),
        ("Oleh Budi Santoso", ["Budi Santoso"]),
        ("Yazar: Ayşe Kaya", ["Ayşe Kaya"]),
        ("Szerző: Kovács Anna", ["Kovács Anna"]),
        ("Kirjoittanut Mikko Virtanen", ["Mikko Virtanen"]),
        ("Tekst: Jan de Vries", ["Jan de Vries"]),
        ("Автор: Иван Петров", ["Иван Петров"]),
        ("بقلم محمد علي", ["محمد علي"]),
        ("מאת דנה כהן", ["דנה כהן"]),
    ],
)
def test_byline_words_in_several_languages_and_several_authors(
    raw: str, expected: list[str]
) -> None:
    assert split(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Reuters", ["Reuters"]),
        ("dpa", ["dpa"]),
        ("The Associated Press", ["The Associated Press"]),
        ("Staff", ["Staff"]),
        ("Staff Writer", ["Staff"]),  # the desk's credit, not a job title standing for a name
        ("Staff Reports", ["Staff"]),
    ],
)
def test_agency_credits_are_authors(raw: str, expected: list[str]) -> None:
    assert split(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("AP Sports Writer", []),  # a job title, not a name
        ("CNN Editor-at-large", []),
        ("Sandee LaMotte, CNN", ["Sandee LaMotte"]),  # the outlet after the name
        ("Jane Doe, MS, RDN", ["Jane Doe, MS, RDN"]),  # degrees are not a second author
        ("Jeff Foust Monday", ["Jeff Foust"]),  # a weekday glued on across <br>
        ("Posted by Kim Ray on 12.03.2019", ["Kim Ray"]),
        ("Gàbor Muniér, Datum: 15.Jun.19", ["Gàbor Muniér"]),
        ("By", []),
        ("Follow us on social media", []),
        ("Dezember 10", []),  # a date in the byline's place
        ("Donnerstag", []),
        ("No Author", []),
        ("Artikel von", []),  # the label without its name
        ("April Roach", ["April Roach"]),  # a month as a first name stays
        ("Foto: Ingo Schneider", []),  # a photo credit
        ("Michiel de", ["Michiel de"]),  # a name ending in a particle is no label
        ("Loïc Le Clerc", ["Loïc Le Clerc"]),  # "Le" is a particle, not "le 3 mars"
        ("Fabian am Dienstag 6. Mai 2014", ["Fabian"]),  # "am" before a date is
        ("Par Léa Roux le 3 mars 2020", ["Léa Roux"]),
        ("cipha[at]cipha.net", []),  # an address written out
        ("Photo by Jane Roe", []),  # another credit, not the author
        ("Deutsche Welle (www.dw.com)", []),
        ("Afficher mon profil complet", []),
        ("Abmelden", []),
        ("CC7567", []),  # an id
        ("Bild © ARD", []),  # a picture credit
        ("Userprofile", []),
        ("Published: 22:00 GMT", []),
        ("Tel. 0173 835 0314", []),
        ("Sign out", []),
    ],
)
def test_what_is_not_a_name_is_dropped(raw: str, expected: list[str]) -> None:
    assert split(raw, site="CNN") == expected


def test_author_page_link_is_a_byline() -> None:
    html = page('<div class="meta"><a href="/author/ruth-adler/">Ruth Adler</a></div>')
    assert names(html) == ["Ruth Adler"]


def test_rel_author_link_in_the_article_beats_a_teaser_byline_further_down() -> None:
    html = page(
        '<p class="info">Text <a rel="author" href="/people/olga-new">Olga New</a></p>',
    ).replace(
        "</article>",
        "</article><div class='more'><span class='author'>Teaser Person</span></div>",
    )
    assert names(html) == ["Olga New"]


def test_by_line_under_the_headline_without_any_class() -> None:
    assert names(page("<p><em>By Lena Ortiz</em> · March 3, 2024</p>")) == ["Lena Ortiz"]


def test_by_line_split_over_elements_and_a_br_weekday() -> None:
    html = page(
        '<div class="post-meta"><span class="author-name">Jeff Foust<br>Monday</span></div>'
    )
    assert names(html) == ["Jeff Foust"]


def test_humans_txt_link_is_not_an_author() -> None:
    html = page("", head='<link rel="author" href="/humans.txt">')
    assert names(html) == []


def test_meta_author_naming_the_site_gives_way_to_the_visible_byline() -> None:
    head = '<meta property="og:site_name" content="Daily Lens"><meta name="author" content="Daily Lens">'
    assert names(page('<p class="byline">Von Tom Weber</p>', head=head)) == ["Tom Weber"]
    # with no visible byline the site credit stays (better than nothing)
    assert names(page("", head=head)) == ["Daily Lens"]


def test_author_class_of_a_list_item_is_a_byline_but_an_author_box_is_not() -> None:
    html = page(
        '<div class="author-box"><span>About Max Box</span></div>'
        '<span class="news-list-author">Erstellt von Andri Bryner</span>'
    )
    assert names(html) == ["Andri Bryner"]


def test_an_author_label_anywhere_in_the_text_is_the_last_resort() -> None:
    html = page(
        "<p><strong>Autorin: Uta Staschewski, Projektleiterin der Stiftung in Tunis.</strong></p>"
    )
    assert names(html) == ["Uta Staschewski"]
    assert names(
        page("<div><p>Auteur : Kossivi Tiassou </p><p>Edition : M. Pierron</p></div>")
    ) == ["Kossivi Tiassou"]


def test_a_byline_line_after_the_text_with_a_verb_before_its_byline_word() -> None:
    def after_text(byline: str) -> str:
        text = "<p>" + "The council met on Tuesday and agreed on the budget. " * 3 + "</p>"
        return f"<html><body><article><h1>Budget agreed</h1>{text}{byline}</article></body></html>"

    assert names(after_text("<p>Posted by</p><p>Ann Lee</p>")) == ["Ann Lee"]
    assert names(after_text("<p>Eingestellt von Max Muster</p>")) == ["Max Muster"]
    assert names(after_text("<div>Escrito por Jose Luis Vargas</div>")) == ["Jose Luis Vargas"]
    # the full stop of a sentence goes, an abbreviation's stays
    assert names(after_text("<p>Posted by Alon Zakai.</p>")) == ["Alon Zakai"]
    assert names(after_text("<p>Posted by John Smith Jr.</p>")) == ["John Smith Jr."]
    assert names(after_text("<p>Posted by Ann Lee.</p>")) == ["Ann Lee"]
    assert names(after_text("<p>Posted by Red.</p>")) == ["Red."]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        # a plural or gendered form of the label
        ("<p>Autor*in: Jana Berger</p>", ["Jana Berger"]),
        ("<p>Autor/in: Jana Berger</p>", ["Jana Berger"]),
        ("<p>Author(s): Jana Berger</p>", ["Jana Berger"]),
        # an empty label over the one that names the author, names on lines of their own
        (
            "<dl><dt>Auteur :</dt><dd></dd><dt>Auteur(s) :</dt><dd>Paul Martin</dd></dl>",
            ["Paul Martin"],
        ),
        # a name that opens like a label word is still a name
        ("<p>Author:</p><p>Autumn Reyes</p>", ["Autumn Reyes"]),
    ],
)
def test_an_author_label_in_a_plural_or_gendered_form(label: str, expected: list[str]) -> None:
    assert names(page(f"<div>{label}</div>")) == expected


def test_meta_line_with_a_byline_word_inside_it_under_the_headline() -> None:
    html = page(
        '<div class="meta">Posted in <a href="/cat/news">News</a> by '
        '<a href="/?u=3">kimray</a> on August 3, 2019</div>'
    )
    assert names(html) == ["kimray"]


def test_author_label_after_a_date_and_a_dash() -> None:
    html = page(
        "<div><span>05.02.2020</span> <span>- Redaktion: Eberhard Fuhr (Sprecher)</span></div>"
    )
    assert names(html) == ["Eberhard Fuhr"]


def test_json_ld_organisation_author_when_no_person_is_named() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget agreed",'
        ' "author": {"@type": "Organization", "name": "Contributors to City projects"}}</script>'
    )
    assert names(page("", head=ld)) == ["Contributors to City projects"]
    # a person named on the page comes first
    assert names(page('<p class="byline">By Ann Lee</p>', head=ld)) == ["Ann Lee"]


def test_a_name_the_markup_calls_the_author_may_be_lowercase() -> None:
    out: list[Author] = []
    add_authors(out, [("revamp-it Webteam", None)])
    assert out == []  # as free text, a lowercase word is no name
    add_authors(out, [("revamp-it Webteam", None)], marked=True)
    assert [a.name for a in out] == ["revamp-it Webteam"]
    html = page(
        '<span itemprop="author"><a rel="author" href="/impressum">auto-motor.at Redaktion</a></span>'
    )
    assert names(html) == ["auto-motor.at Redaktion"]


def test_plural_and_drupal_byline_classes() -> None:
    html = page(
        '<div class="dates_auteurs"><span class="auteurs">par Didier Roy , 21 juin 2018</span></div>'
    )
    assert names(html) == ["Didier Roy"]
    assert names(page('<p class="submitted">Gespeichert von rasos am 24. Juli 2017</p>')) == [
        "rasos"
    ]


def test_forum_profile_link_is_a_byline() -> None:
    html = page('<p class="post"><a href="./memberlist.php?mode=viewprofile&amp;u=5">r23</a></p>')
    assert names(html) == ["r23"]


def test_author_label_with_the_name_on_the_next_line() -> None:
    html = page(
        "<div><span>Datum: 03.11.2021</span> <span>Autor:</span> <span>Peter Maahn/SP-X</span></div>"
    )
    assert names(html) == ["Peter Maahn"]


def test_a_line_that_is_only_a_byline_anywhere_in_the_text() -> None:
    long = (
        "<p>"
        + "The city council has approved a plan to renovate the old market hall. " * 4
        + "</p>"
    )
    html = page(long + "<h5><em>Von Leonora Holling</em></h5>")
    assert names(html) == ["Leonora Holling"]
    # a site credit is not the author: "Theme: Graphy" then "by Themegraphy"
    footer = "<footer><span>Theme: </span><a>Graphy</a><span> by Themegraphy</span></footer>"
    assert names(page(long).replace("</body>", footer + "</body>")) == []


def test_a_declared_author_the_page_never_names_gives_way_to_the_visible_byline() -> None:
    head = '<meta name="author" content="Matthias Hille">'  # a site-wide default
    assert names(page('<p class="byline">By Ann Lee</p>', head=head)) == ["Ann Lee"]
    # named on the page (here in a footer), the declared author stays
    shown = page(
        '<p class="byline">By Ann Lee</p><footer>Site by Matthias Hille</footer>', head=head
    )
    assert names(shown) == ["Matthias Hille"]
    # and the site's own name on the page does not replace a declared person
    head += '<meta property="og:site_name" content="Daily Lens">'
    assert names(page('<p class="byline">Daily Lens</p>', head=head)) == ["Matthias Hille"]


def test_meta_line_of_a_date_and_a_name() -> None:
    assert names(page("<p>11.12.2019 - Amelie Loevenich</p>")) == ["Amelie Loevenich"]
    assert names(page("<small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small>")) == [
        "Uta Helkenberg"
    ]
    assert names(page("<small>04.02.2022 | Sport</small>")) == []  # a section, not a name


def test_byline_word_and_name_on_separate_lines() -> None:
    long = (
        "<p>"
        + "The city council has approved a plan to renovate the old market hall. " * 4
        + "</p>"
    )
    assert names(page(long + "<p><em> von </em><br>Klaus Stanjek</p>")) == ["Klaus Stanjek"]


def test_initials_after_a_byline_word_in_a_byline_element_are_a_name() -> None:
    # "LD" is also a degree, but with no name before it it is the name
    html = page(
        '<span class="byline"> by <span class="author vcard"><a href="/x/">LD</a></span></span>'
    )
    assert names(html) == ["LD"]
    assert names(page('<span class="entry-author">by Mobasir hassan</span>')) == ["Mobasir hassan"]


def test_a_name_after_a_byline_word_outside_its_element() -> None:
    html = page(
        '<p class="meta">by <span class="author vcard fn">oz</span> on December 4, 2006</p>'
    )
    assert names(html) == ["oz"]


def test_a_person_holding_the_copyright_is_the_last_resort() -> None:
    footer = "<footer><p>(c) Johannes Wolf • Weitere Rechte siehe Impressum</p></footer>"
    assert names(page("").replace("</body>", footer + "</body>")) == ["Johannes Wolf"]
    footer = "<footer><p>Copyright (c) 2012- Gregory Szorc. All rights reserved.</p></footer>"
    assert names(page("").replace("</body>", footer + "</body>")) == ["Gregory Szorc"]
    # a company holds the copyright of a news site: no author
    footer = "<footer><p>© 2022 Synium Software GmbH. Alle Rechte vorbehalten.</p></footer>"
    assert names(page("").replace("</body>", footer + "</body>")) == []
    footer = "<footer><a>Copyright Policy</a></footer>"
    assert names(page("").replace("</body>", footer + "</body>")) == []


def test_a_byline_class_repeated_by_teasers_is_not_the_article_byline() -> None:
    teasers = "".join(
        f'<div class="teaser"><span class="teaser__autor">Von {n}</span></div>'
        for n in ("Clara Müller", "Hilde Butz", "Max Schuler")
    )
    html = page(f'<p class="info"><a href="/lisa-petrich">Von Lisa Petrich</a></p>{teasers}')
    assert names(html) == ["Lisa Petrich"]


def test_a_list_of_mostly_single_words_is_tags_not_authors() -> None:
    html = page('<div class="post-author">CSP, International, Photovoltaik, Solar Thermie</div>')
    assert names(html) == []


@pytest.mark.parametrize(
    "meta",
    [
        '<meta property="dc:creator twitter:site_name" content="Rita Moss">',  # RDFa: two in one
        '<meta name="cXenseParse:author" content="Rita Moss">',
        '<meta property="article:author_name" content="Rita Moss">',
        '<meta property="og:article:author" content="Rita Moss">',
        '<meta name="byline" content="By Rita Moss">',
        '<meta property="og:author" content="Rita Moss">',
        '<meta property="article:author:name" content="Rita Moss">',
    ],
)
def test_more_meta_tags_name_the_author(meta: str) -> None:
    assert names(page("", head=meta)) == ["Rita Moss"]


def test_the_outlet_is_recognised_in_any_part_of_the_declared_site_name() -> None:
    sites = ["Achtsam durch die Krise | Die FURCHE", "furche.at", "furche"]
    assert is_outlet("Die FURCHE", sites)
    assert not is_outlet("Ursula Baatz", sites)
    head = '<meta name="author" content="Die FURCHE"><meta property="og:site_name" content="Achtsam | Die FURCHE">'
    assert names(page('<p class="byline">Ursula Baatz</p>', head=head)) == ["Ursula Baatz"]


def test_a_by_line_under_the_headline_beats_a_byline_element_naming_the_site() -> None:
    head = '<meta property="og:site_name" content="The Planetary Press">'
    html = page(
        '<span class="td-post-author-name">The Planetary Press</span>'
        "<p><em>Written by: Julie Mollins</em></p>",
        head=head,
    )
    assert names(html) == ["Julie Mollins"]
    # a blog whose owner is the site: the byline element stays
    assert names(page('<span class="author">The Planetary Press</span>', head=head)) == [
        "The Planetary Press"
    ]


@pytest.mark.parametrize(
    "byline",
    [
        '<div data-testid="byline">By Ann Lee</div>',
        '<span property="author">Ann Lee</span>',
        '<p class="article__contributors">Ann Lee</p>',
        '<p class="meta"><a href="/reporters/ann-lee">Ann Lee</a></p>',
        '<p class="meta"><a href="/contributors/ann-lee">Ann Lee</a></p>',
    ],
)
def test_more_byline_markup(byline: str) -> None:
    assert names(page(byline)) == ["Ann Lee"]


def test_a_licence_link_is_no_author_page() -> None:
    html = page(
        '<p><a href="https://creativecommons.org/licenses/by/3.0/de/">Creative Commons</a></p>'
    )
    assert names(html) == []


def test_a_declared_author_may_be_lowercase_or_initials() -> None:
    assert names(page("", head='<meta name="author" content="mh">')) == ["mh"]
    assert names(page("", head='<meta name="author" content="Staff, news service reports">')) == [
        "Staff",
        "news service reports",
    ]


def test_a_name_in_bold_as_the_last_paragraph_signs_the_text() -> None:
    text = (
        "<p>" + "Tappara Tampere won the semi-final after a long and hard evening on the ice. " * 2
    )
    body = f"<div>{text}</p>{text}</p><p><b><i>Stefan Wasmer</i></b></p></div>"
    assert names(page(body)) == ["Stefan Wasmer"]
    # a label over what follows, in capitals or not, signs nothing
    label = f"<div>{text}</p>{text}</p><p><strong>Weitere Informationen</strong></p><ul><li>x</li></ul></div>"
    assert names(page(label)) == []
    assert names(page(f"<div>{text}</p>{text}</p><p><b>MEHR THEMEN</b></p></div>")) == []
    # the name must be the paragraph's whole text, and a name of two or three words
    inside = f"<div>{text}</p>{text}</p><p>Mit Dank an <b>Stefan Wasmer</b></p></div>"
    assert names(page(inside)) == []
    assert names(page(f"<div>{text}</p>{text}</p><p><b>Wasmer</b></p></div>")) == []
    apart = f"<div>{text}</p>{text}</p><p><b>Stefan</b> <b>Wasmer</b></p></div>"
    assert names(page(apart)) == []


def test_a_copyright_holder_in_a_padded_footer_but_not_the_site_itself() -> None:
    padding = "<div>" + " \n" * 3000 + "</div>"
    footer = f"<footer><p>© 2021\n  Sven Schreivogel</p>{padding}</footer>"
    html = page("").replace("</body>", footer + "</body>")
    assert names(html) == ["Sven Schreivogel"]
    # the site's own organisation, or a company cut short at its legal form: no author
    for holder in (
        "ZVEI",
        "EnBW Energie Baden-Württemberg AG",
        "Informationsdienst Wissenschaft e. V.",
    ):
        footer = f"<footer><p>© 2022 {holder}. Alle Rechte vorbehalten.</p>{padding}</footer>"
        html = page("").replace("</body>", footer + "</body>")
        assert from_html(html, url="https://www.zvei.org/presse/x", quotes=False).authors == []


def test_authors_of_a_cited_work_are_not_the_article_authors() -> None:
    head = '<meta name="citation_author" content="Marwan H. Adwan">'
    cited = (
        '<ol><li itemprop="citation" itemscope itemtype="http://schema.org/ScholarlyArticle">'
        '<meta itemprop="author" content="NH. Shear, SP. Spielberg, ">'
        '<meta itemprop="headline" content="Anticonvulsant hypersensitivity"></li></ol>'
    )
    assert names(page(cited, head=head)) == ["Marwan H. Adwan"]
    # the page's own item (a top-level itemscope, or its mainEntity) still names the author
    own = '<div itemscope itemprop="mainEntity"><meta itemprop="author" content="Rita Moss"></div>'
    assert names(page(own)) == ["Rita Moss"]


def test_a_byline_label_with_a_colon_and_the_name_lines_below() -> None:
    html = page("").replace("</article>", "</article><div><b>Von:</b> <br> <br> Götz Warnke</div>")
    assert names(html) == ["Götz Warnke"]
    # a byline word alone on a line, then a word lines further down: SQL, not a byline
    code = "<pre><span>ORDER</span>\n<span>BY</span>\n\n\n<span>period</span></pre>"
    assert names(page("").replace("</article>", f"</article>{code}")) == []


def test_the_contact_of_a_press_release_is_the_last_resort() -> None:
    contact = (
        "<p><strong>Pressekontakt</strong><br>Dr. Tim Loppe<br>Pressesprecher naturstrom AG<br>"
        'Tel.: 0211 77900 363<br><a href="mailto:t@example.org">t@example.org</a></p>'
    )
    assert names(page(contact)) == ["Dr. Tim Loppe"]
    contact = "<div>Kontakt:</div><p><b>Jan Koch<br></b>Telefon +49 40 49 07 11 06</p>"
    assert names(page(contact)) == ["Jan Koch"]
    # a contact label without a telephone or an e-mail under the name: a link list, no author
    contact = "<div>Contact</div><ul><li>Jan Koch</li><li>Imprint</li><li>Privacy</li></ul>"
    assert names(page(contact)) == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Autor: Rechtsanwalt Sebastian Einbock", ["Sebastian Einbock"]),
        ("By Staff Writer Jo Lee", ["Jo Lee"]),
        ("AP Sports Writer", []),
    ],
)
def test_a_job_title_before_the_name_is_dropped(raw: str, expected: list[str]) -> None:
    assert split(raw) == expected


def test_a_byline_opening_the_description_beats_the_site_credit() -> None:
    head = (
        '<meta property="og:site_name" content="Google Online Security Blog">'
        '<meta property="og:description" content="Posted by Nathan Parker, Varun Khaneja and'
        ' Kiran C Nair - Chrome Safe Browsing team   Over the past few years we have seen">'
    )
    html = page('<a rel="author" href="https://example.org/u/1">Google</a>', head=head)
    assert names(html) == ["Nathan Parker", "Varun Khaneja", "Kiran C Nair"]
    # a description that opens with "By" but is a sentence names nobody
    head = '<meta name="description" content="By the end of 2020, the council had agreed.">'
    assert names(page("", head=head)) == []


def test_byline_candidates_come_once_each_in_page_order() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from newsthread.html._byline_elements import candidates

    doc = LexborHTMLParser(
        '<h1>T</h1><a class="author Byline" rel="author" href="/author/ann">Ann Lee</a>'
        '<span id="byline" class="c-Writer">By Bo Chan</span><p class="x">no</p>'
        '<a href="/staff/cy">Cy Dee</a>'
    )
    assert [n.text() for n in candidates(doc)] == ["T", "Ann Lee", "By Bo Chan", "Cy Dee"]


def test_meta_tags_listing_more_authors_than_the_json_ld_complete_it() -> None:
    ld = '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "April Roach"}}'
    head = (
        f'<script type="application/ld+json">{ld}</script>'
        '<meta name="author" content="April Roach, Daniel O&#x27;Mahony">'
    )
    assert names(page("", head=head)) == ["April Roach", "Daniel O'Mahony"]
    # meta tags naming someone else: the JSON-LD stays as it is
    head = head.replace("April Roach, ", "Jo Lee, ")
    assert names(page("<p>By April Roach</p>", head=head)) == ["April Roach"]


def test_a_declared_organisation_gives_way_to_a_person_in_the_byline() -> None:
    head = '<meta name="author" content="Bund der Energieverbraucher e.V.">'
    body = '<p class="author">Leonora Holling</p><p>Bund der Energieverbraucher e.V.</p>'
    assert names(page(body, head=head)) == ["Leonora Holling"]
    # an account name is no better evidence than the declared organisation
    body = '<p class="author">AMournfulHowl</p><p>Bund der Energieverbraucher e.V.</p>'
    assert names(page(body, head=head)) == ["Bund der Energieverbraucher e.V."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Oleh Budi Santoso", "Budi Santoso"),
        ("Yazar: Ayşe Kaya", "Ayşe Kaya"),
        ("بقلم محمد علي", "محمد علي"),
    ],
)
def test_a_by_line_under_the_headline_in_more_languages(line: str, expected: str) -> None:
    assert names(page(f"<p>{line}</p>")) == [expected]


def test_a_dublin_core_creator_property_comes_before_the_author_meta_name() -> None:
    head = (
        '<meta property="dc:creator twitter:site_name" content="Creator Name">'
        '<meta name="author" content="Template Default">'
    )
    assert names(page("", head=head)) == ["Creator Name"]
