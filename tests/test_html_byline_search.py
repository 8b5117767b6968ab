"""Bylines found on the page: byline elements and their parts, author links, lines under the
headline, agency credits, teasers refused, Chinese, Japanese and Korean bylines."""

from __future__ import annotations

import pytest

from newsthread.html import from_html
from test_html_bylines import names, page


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a byline element whose name and credit are block elements or spans of their own
        (
            '<div data-testid="byline-contributors"><div><span>By </span><span>Jane Doe</span>'
            "</div><div>BBC News, Washington</div></div>",
            ["Jane Doe"],
        ),
        (
            '<div class="byline"><span class="byline__name">By Jane Doe</span>'
            '<span class="byline__title">Daily Lens, Washington</span></div>',
            ["Jane Doe"],
        ),
        (
            '<div class="author"><span class="by">By</span> <a class="author-name" '
            'href="/staff-contributors/ann-lee/">Ann Lee</a><br><span class="author-staff">'
            "Daily Lens Staff</span></div>",
            ["Ann Lee"],
        ),
        (
            '<div class="gnt_ar_by"><a href="/staff/26/jane-doe/">Jane Doe</a><br>USA TODAY</div>',
            ["Jane Doe"],
        ),
        # the name an itemprop=author item gives, not its job title
        (
            '<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span '
            'itemprop="name">Jane Doe</span> <span itemprop="jobTitle">Staff Writer</span></div>',
            ["Jane Doe"],
        ),
        # several author links on one line, and test ids in any case
        (
            '<div data-testid="AuthorByline">By <a href="/authors/jane-doe/">Jane Doe</a> and '
            '<a href="/authors/john-roe/">John Roe</a></div>',
            ["Jane Doe", "John Roe"],
        ),
        (
            '<div class="meta"><span>Von </span><a href="/impressum/autor-12">Jane Doe</a> und '
            '<a href="/impressum/autor-13">John Roe</a></div>',
            ["Jane Doe", "John Roe"],
        ),
        (
            '<p class="meta"><span class="author">Par <a class="auteur" href="/journaliste/ml/">'
            "Marc Lenoir</a> (avec Lea Roux et Paul Marin)</span></p>",
            ["Marc Lenoir", "Lea Roux", "Paul Marin"],
        ),
        # author pages by other names: /by/, /person/, /signataires/, Medium's /@name
        (
            '<div class="x"><span>By</span> <a href="https://example.com/by/jane-doe">Jane Doe</a></div>',
            ["Jane Doe"],
        ),
        (
            '<div class="x"><a href="/person/d/jane-doe">Jane Doe</a> | Daily Lens</div>',
            ["Jane Doe"],
        ),
        ('<p class="meta"><a href="/signataires/jane-doe/">Jane Doe</a></p>', ["Jane Doe"]),
        (
            '<div class="x"><a href="https://medium.com/@janedoe?source=post">Jane Doe</a></div>',
            ["Jane Doe"],
        ),
        # an author's social link is not a second author
        (
            '<div class="entry-meta-author"><a class="x-author-name" href="/author/matt/">Matt Berg</a>'
            '<a class="x-author-twitter" href="https://twitter.com/mattb">mattb</a></div>',
            ["Matt Berg"],
        ),
    ],
)
def test_byline_elements_of_news_sites(byline: str, expected: list[str]) -> None:
    assert names(page(byline)) == expected


def test_paths_that_only_look_like_author_pages_are_not_bylines() -> None:
    # "/by/3.0/" of a licence, "/log/@/" of a repository
    html = page(
        '<p><a href="https://creativecommons.org/licenses/by/3.0/">Creative Commons</a> '
        '<a href="https://hg.example.org/repo/log/@/tests/test-commands.t">test-commands</a></p>'
    )
    assert names(html) == []


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ('<div class="meta"><a href="/jane-doe/">Jane Doe</a> · 3 hours ago</div>', ["Jane Doe"]),
        ('<p><a href="https://example.com/@janedoe?source=post">Jane Doe</a></p>', ["Jane Doe"]),
        ('<p><a href="/news/doe-jane/12345">Jane Doe</a></p>', ["Jane Doe"]),  # reversed, an id
        ('<p><a href="/en/vincent-van-gogh/a-1">Vincent van Gogh</a></p>', ["Vincent van Gogh"]),
        (
            '<p><a href="/jane-doe">Jane Doe</a> and <a href="/john-roe">John Roe</a></p>',
            ["Jane Doe", "John Roe"],
        ),
    ],
)
def test_a_link_whose_address_spells_the_name_under_the_headline(
    byline: str, expected: list[str]
) -> None:
    assert names(page(byline)) == expected


@pytest.mark.parametrize(
    "links",
    [
        '<p>Topics: <a href="/tag/jane-doe">Jane Doe</a></p>',  # a topic page
        '<div class="tags"><a href="/jane-doe">Jane Doe</a></div>',
        '<p><a href="/news/2018/12/4/yellow-vests">Yellow Vests</a></p>',  # an article
        '<p><a href="/overdevelopment_overpopulation">Overdevelopment, Overpopulation</a></p>',
        '<p><a href="/open-data">open data</a></p>',
    ],
)
def test_links_that_spell_a_topic_or_title_are_no_byline(links: str) -> None:
    assert names(page(links)) == []


def test_a_byline_under_a_long_standfirst() -> None:
    dek = "<p class='dek'>" + "A standfirst that sums up the story for the reader, " * 5 + "</p>"
    assert names(page(dek + "<div><span>By Jane Doe</span><time>May 3</time></div>")) == [
        "Jane Doe"
    ]
    assert names(page(dek + "<div><a href='/jane-doe'>Jane Doe</a> <time>May 3</time></div>")) == [
        "Jane Doe"
    ]


def test_a_link_in_running_text_spelling_its_name_is_no_byline() -> None:
    text = (
        "<p>The claim was rejected, ruled the "
        '<a href="/courts/berlin-administrative-court/">Berlin Administrative Court</a>'
        " in a judgment published on Thursday, after a hearing that lasted two days and "
        "heard many witnesses from the city and the region around it.</p>"
    )
    assert names(page(text)) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("<p>記者 山田太郎</p>", ["山田太郎"]),
        ("<p>文・山田太郎</p>", ["山田太郎"]),
        ("<p>记者\uff1a焦鹏</p>", ["焦鹏"]),
        ('<div class="info">来源\uff1a新华网 | 记者\uff1a焦鹏</div>', ["焦鹏"]),
        ("<p>김철수 기자 kim@example.kr</p>", ["김철수"]),
        ("<p>[서울=뉴스] 김철수 기자 = 오늘</p>", ["김철수"]),
    ],
)
def test_bylines_in_chinese_japanese_and_korean(line: str, expected: list[str]) -> None:
    assert names(page(line)) == expected


def test_a_chinese_editor_credit_is_the_last_resort_and_a_label_is_no_name() -> None:
    long = "<p>" + "两会期间\uff0c留学生们关注国内的发展变化。" * 8 + "</p>"
    assert names(page(long + "<div><span>责任编辑\uff1a \n焦鹏 </span></div>")) == ["焦鹏"]
    # a two-letter label on a profile link is not a name without a byline word
    assert names(page('<ul><li><a href="/blog/profile/stevenhgm">名片</a></li></ul>')) == []


def test_a_declared_name_without_spaces_is_found_on_the_page_by_its_end() -> None:
    head = '<meta name="author" content="青网校园崔宁宁">'
    assert names(page("<p>责任编辑\uff1a崔宁宁</p>", head=head)) == ["青网校园崔宁宁"]


@pytest.mark.parametrize(
    "byline",
    [
        '<span class="article-journalist">Jane Doe</span>',
        '<div class="posted-by">Posted by Jane Doe</div>',
        '<div class="firma">Por Jane Doe</div>',
    ],
)
def test_more_byline_class_names_and_by_lines_in_any_class(byline: str) -> None:
    assert names(page(byline)) == ["Jane Doe"]


def test_a_photo_credit_class_is_no_byline() -> None:
    assert names(page('<span class="foto-firma">Reuters / Jane Doe</span>')) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<p>WASHINGTON (Reuters) - The council met on Tuesday.</p>", ["Reuters"]),
        ("<p>BERLIN (dpa/lno) - Der Rat tagte am Dienstag.</p>", ["dpa"]),  # not the desk
        ("<p>LONDON, May 3 (AP) \u2014 The council met.</p>", ["AP"]),
        ("<p>The council met.</p><p>Quelle: dpa</p>", ["dpa"]),
        ("<p>The council met.</p><p>Source: AFP, Reuters</p>", ["AFP", "Reuters"]),
        ("<p>Der Rat tagte.</p><p>(kathpress)</p>", ["kathpress"]),
        ("<p>The council met.</p><p>\u00a9 Kyodo</p>", ["Kyodo"]),
    ],
)
def test_an_agency_credit_in_the_text_when_no_person_is_named(
    text: str, expected: list[str]
) -> None:
    assert names(page(text)) == expected


def test_a_bare_agency_under_a_photo_is_no_credit_and_a_byline_comes_first() -> None:
    assert names(page("<figure><img src='x.jpg'><figcaption>Reuters</figcaption></figure>")) == []
    html = page("<p class='byline'>By Ann Lee</p><p>WASHINGTON (Reuters) - The council met.</p>")
    assert names(html) == ["Ann Lee"]


def _related(names_: list[str]) -> str:
    cards = "".join(
        f"<div class='card'><a href='/2024/05/0{i}/story-{i}'><h3>Story {i} headline</h3></a>"
        f"<span>By {name}</span></div>"
        for i, name in enumerate(names_)
    )
    return f"<section class='related'><h2>More stories</h2>{cards}</section>"


def test_by_lines_of_teasers_for_other_articles_are_no_byline() -> None:
    html = page("").replace(
        "</article>", "</article>" + _related(["Ann Lee", "Bo Chan", "Cy Diaz"])
    )
    assert names(html) == []
    # the same lines without a container naming them: three different names, no byline
    plain = "".join(
        f"<div><p>Story {i}</p><p>By {n}</p></div>"
        for i, n in enumerate(["Ann Lee", "Bo Chan", "Cy Diaz"])
    )
    assert names(page("").replace("</article>", f"</article>{plain}")) == []
    # a wire story's dateline still credits its agency
    html = page("<p>WASHINGTON (Reuters) - The council met.</p>").replace(
        "</article>", "</article>" + _related(["Ann Lee", "Bo Chan", "Cy Diaz"])
    )
    assert names(html) == ["Reuters"]


def test_an_author_card_under_the_headline_is_read() -> None:
    card = "<section class='mini-card mini-profile'><h3>By Jane Doe</h3></section>"
    assert names(page(card)) == ["Jane Doe"]


def _outlet_page(byline: str) -> str:
    head = '<meta property="og:site_name" content="Daily Lens">'
    outlet = (
        '<div itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">Daily Lens</span></div>'
    )
    return page(byline, head).replace("<article>", f"<article>{outlet}")


def test_the_site_as_the_marked_author_gives_way_to_a_person_nearer_the_headline() -> None:
    byline = "<div class='autor'><h6>Jacobo Betancur Peláez | Publicado hace 3 horas</h6></div>"
    assert names(_outlet_page(byline)) == ["Jacobo Betancur Peláez"]
    # the site's own byline nearest the headline stays (a person further down is credited
    # for something else)
    site_first = page(
        "<span class='authors'>par Daily Lens</span><p>" + "Text. " * 5 + "</p>"
        "<div><span class='vcard author'>Les Amis de la Terre</span></div>",
        '<meta property="og:site_name" content="Daily Lens">',
    )
    assert names(site_first) == ["Daily Lens"]


def test_a_byline_word_in_a_span_of_its_own_after_a_separator() -> None:
    meta = (
        "<div class='article_meta_info'>\n  <span class='trending'>yas!</span>\n"
        "  <span class='screen-reader-text'>| By </span>\n  <span>Cara Stiles</span> |\n"
        "  <time>April 13, 2020</time>\n</div>"
    )
    assert names(page(meta)) == ["Cara Stiles"]


def test_an_author_label_after_a_headline_that_menus_push_far_down_the_text() -> None:
    menu = "<ul>" + "".join(
        f"<li><a href='/s/{i}'>Section number {i}</a></li>" for i in range(2000)
    )
    article = (
        "<div><h1>Von Sprachregeln und Politik</h1>"
        + ("<p>" + "Die Sprache wandelt sich, sagt der Linguist. " * 6 + "</p>") * 3
        + "<div class='meta'><span>Datum:</span> 19.11.2021<br><span>Autor:</span> "
        "Fritz Imhof<br><span>Quelle:</span> Livenet</div></div>"
    )
    html = f"<html><body>{menu}</ul>{article}</body></html>"
    assert len(html) > 60_000
    assert names(html) == ["Fritz Imhof"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agency on the line after its label (a link of its own)
        (
            "<p>Der Rat tagte.</p><p>Quelle: <a href='https://kathpress.at'>kathpress</a></p>",
            ["kathpress"],
        ),
        # a year between the sign and the agencies
        ("<p>The council met.</p><p><span>\u00a9 2012 APA/AP</span></p>", ["APA"]),
    ],
)
def test_agency_credits_on_the_next_line_or_after_a_year(text: str, expected: list[str]) -> None:
    assert names(page(text)) == expected


def test_an_agency_alone_under_the_headline_and_not_under_a_picture() -> None:
    assert names(page("<p class='credit'>JIJI</p>")) == ["JIJI"]
    assert names(page("<div class='story-meta'><span><img src='u.svg'>EFE</span></div>")) == ["EFE"]
    pictured = "<figure><img src='x.jpg'><span>Reuters</span></figure>"
    assert names(page(pictured)) == []
    assert names(page("<div class='photo-credit'>AFP</div>")) == []
    # a person's byline comes first
    assert names(page("<p class='credit'>AFP</p><p>By Ann Lee</p>")) == ["Ann Lee"]


def test_a_byline_after_a_date_and_time_in_german() -> None:
    line = (
        "<h2>Stars (1 / 1) <span>06.11.2023 13:30 von Olga </span> "
        "<span style='float:right'>Symbolbild imago</span></h2>"
    )
    assert names(page(line)) == ["Olga"]
    # "von" elsewhere is a name's particle or a preposition
    assert names(page("<p>Im Jahr 2023 von der Regierung beschlossen</p>")) == []


def test_a_schema_org_person_after_a_byline_word_beats_a_declared_organisation() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget agreed",'
        ' "author": {"@type": "Organization", "name": "LN"}}</script>'
    )
    signed = (
        "<p>" + "Die Kirchengemeinde freut sich über die Spenden für das Haus. " * 5 + "</p>"
    ) * 3 + (
        "<p><em>Von <span itemscope itemtype='http://schema.org/Person'>"
        "<meta itemprop='name' content='Cosima Künzel'>Cosima Künzel</span></em></p>"
    )
    assert names(page(signed, head)) == ["Cosima Künzel"]
    # a person the text mentions without a byline word is no byline
    mentioned = (
        "<p>Mayor <span itemscope itemtype='https://schema.org/Person'>Ann Lee</span> spoke.</p>"
    )
    assert names(page(mentioned, head)) == ["LN"]


def test_the_name_linked_beside_an_avatar_under_the_headline() -> None:
    meta = (
        "<div class='entry-meta'><span>503</span><img src='a.jpg' class='avatar avatar-19' "
        "alt='Profilbild'> <a href='/user-uebersicht/?u=138114'>HansEhrlich</a> 17.10.2019</div>"
    )
    assert names(page(meta)) == ["HansEhrlich"]
    linked = "<p><a href='/u/7'><img src='a.jpg' alt='avatar'></a> <a href='/u/7'>Ann Lee</a></p>"
    assert names(page(linked)) == ["Ann Lee"]
    # a picture that is no avatar, or text between the avatar and the link
    assert (
        names(page("<p><img src='a.jpg' alt='Rathaus'> <a href='/x'>Rathaus Mitte</a></p>")) == []
    )
    assert (
        names(page("<p><img class='avatar' src='a.jpg'> Shared <a href='/x'>Ann Lee</a></p>")) == []
    )


@pytest.mark.parametrize(
    ("site", "url", "expected"),
    [
        ("Dr. Alexander Klier", "https://www.alexander-klier.net/zeit/", ["Alexander Klier"]),
        ("C.Habermueller", "https://chabermu.wordpress.com/2015/09/02/post/", ["C.Habermueller"]),
        # a site the address does not spell, a company, a name of more words
        ("Jane Doe", "https://example.org/post/", []),
        ("Lavazza DE", "https://www.lavazza.de/post/", []),
        ("Verivox GmbH", "https://www.verivox.de/post/", []),
        ("Harry Potter Wiki", "https://harrypotter.fandom.com/wiki/x", []),
        ("DIY Expeditions", "https://diy-expeditions.com/x", []),
        # an outlet's name run together in its address is no person's site
        ("Mother Jones", "https://www.motherjones.com/politics/x", []),
        ("Business Insider", "https://www.businessinsider.com/x", []),
        # an outlet named in two words written apart in its address: no given name first
        ("Badische Zeitung", "https://www.badische-zeitung.de/x", []),
    ],
)
def test_a_personal_site_named_after_its_owner_when_the_page_names_nobody(
    site: str, url: str, expected: list[str]
) -> None:
    html = page("", f'<meta property="og:site_name" content="{site}">')
    assert [a.name for a in from_html(html, url=url, quotes=False).authors] == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # class names in camel case
        ('<div class="articleAuthor">Ann Lee</div>', ["Ann Lee"]),
        ('<div class="ArticleByline">Ann Lee</div>', ["Ann Lee"]),
        # a "posted by" class
        ('<div class="post-meta"><span class="posted-by">Ann Lee</span></div>', ["Ann Lee"]),
        # the byline word ends a text, the name is a link of its own
        (
            '<div class="meta">Published 3 hours ago by <a href="/u/ann">Ann Lee</a></div>',
            ["Ann Lee"],
        ),
        # Italian "Di" opening a line; Polish, Finnish and Portuguese "text" labels
        ("<p>Di Mario Rossi</p>", ["Mario Rossi"]),
        ("<p>Tekst: Jan Kowalski</p>", ["Jan Kowalski"]),
        ("<p>Teksti: Matti Meikäläinen</p>", ["Matti Meikäläinen"]),
        ("<p>Texto: João Silva</p>", ["João Silva"]),
    ],
)
def test_more_byline_classes_and_words(byline: str, expected: list[str]) -> None:
    assert names(page(byline)) == expected


def test_a_name_opening_with_di_keeps_it() -> None:
    assert names(page('<div class="byline">Luigi Di Maio</div>')) == ["Luigi Di Maio"]
    assert names(page('<div class="author">Di Maio</div>')) == ["Di Maio"]


def test_a_by_line_beats_a_link_whose_address_alone_says_person() -> None:
    subject = "<p><a href='https://ex.com/person/lupita-nyongo/'>Lupita Nyong'o</a></p>"
    assert names(page(subject + "<p>By Ann Lee</p>")) == ["Ann Lee"]
    # with no byline in words, the author-page link is still read
    assert names(page("<p><a href='https://ex.com/author/ann-lee/'>Ann Lee</a></p>")) == ["Ann Lee"]


def test_a_label_inside_a_script_object_and_a_prize_page_are_no_byline() -> None:
    script = (
        '<div><script>var ad = {\n\ttitle: "",\n\ttext: "Frankfurt/Main (dpa) - Der Preis geht an '
        'Frank Witzel"\n};</script></div>'
    )
    assert names(page(script)) == ["dpa"]  # the wire's credit, not "Main" after "text:"
    prize = "<p><a href='/journalisten-preis'>Journalisten-Preis</a></p>"
    assert names(page(prize)) == []
    assert names(page("<p><a href='/journalisten/ann-lee'>Ann Lee</a></p>")) == ["Ann Lee"]


def test_a_gendered_plural_with_a_colon_is_a_menu_label_not_a_byline() -> None:
    # "Autor:innen" is the menu's link to the authors, not "Autor: innen"
    menu = "<ul><li>Wirtschaft</li><li>Autor:innen</li><li>Wer wir sind</li></ul>"
    assert names(page("").replace("<article>", menu + "<article>")) == []
    assert names(page("<p>Autor:innen: Ann Lee und Bo Chan</p>")) == ["Ann Lee", "Bo Chan"]


def test_an_agency_right_under_a_picture_without_a_figure_is_the_pictures_credit() -> None:
    assert names(page("<div><img src='x.jpg'><p>AFP</p></div>")) == []
    # a picture further up (a logo, the author's photo) is not the credit's
    credits = "<img src='logo.png'><ul class='credits'><li><span id='autor'>AFP</span></li></ul>"
    assert names(page(credits)) == ["AFP"]


def test_an_id_naming_the_author_in_spanish_or_german() -> None:
    assert names(page("<ul class='credits'><li><span id='autor'>Juan Pérez</span></li></ul>")) == [
        "Juan Pérez"
    ]
