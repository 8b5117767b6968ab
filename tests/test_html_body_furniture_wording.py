"""Main text: furniture lines recognised by their wording in more languages (ad labels, the
controls of a video player or a gallery, moderation notices, editor credits, labelled dates,
section ends), each beside a near miss that must stay."""

from __future__ import annotations

from newsthread.html import from_html

LONG = "This sentence is part of the article and carries enough words to count, clearly. "


def texts(body: str) -> list[str]:
    html = f"<html><body><article><p>{LONG * 2}</p>{body}<p>{LONG}</p></article></body></html>"
    return [block.text for block in from_html(html, quotes=False).body]


def kept(*lines: str) -> list[str]:
    return [(LONG * 2).strip(), *lines, LONG.strip()]


def test_ad_labels_in_more_languages_go() -> None:
    for label in ("Pubblicità", "- Реклама -", "REKLAM", "Advertentie", "Publicidade", "広告"):
        assert texts(f"<p>{label}</p>") == kept(), label


def test_a_sentence_about_advertising_stays() -> None:
    line = "Pubblicità in calo del 4 per cento."
    assert texts(f"<p>{line}</p>") == kept(line)


def test_video_player_and_gallery_controls_go() -> None:
    lines = [
        "1 of 24",
        "Bild 3 von 12",
        "Full Screen",
        "Vollbild",
        "Autoplay",
        "Close",
        "Skip Ad",
        "Play Video",
        "Pause",
        "Mute",
        "Replay",
        "Next image",
        "View Photos",
        "Ver galería",
        "Caption",
        "Wait 1 second to continue.",
        "Your video will play in 00:25",
        "Media caption",
        "正在加载...",
    ]
    assert texts("".join(f"<p>{x}</p>" for x in lines)) == kept()


def test_sentences_with_the_controls_words_stay() -> None:
    lines = ["Close to 24 people came.", "1 of 24 seats went to the party.", "Caption contest."]
    assert texts("".join(f"<p>{x}</p>" for x in lines)) == kept(*lines)


def test_moderation_notices_in_more_languages_go() -> None:
    lines = [
        "Komentarze są moderowane. Redakcja zastrzega sobie prawo do usuwania wpisów.",
        "Reacties worden vooraf gemodereerd; lees onze spelregels.",
        "Kommentare werden vor der Veröffentlichung moderiert.",
        "I commenti sono moderati dalla redazione.",
        "Les commentaires sont modérés.",
        "Los comentarios son moderados.",
        "Комментарии проходят премодерацию.",
        "Simak berita pilihan kami di WhatsApp Channel.",
        "Join our WhatsApp channel for the latest updates.",
    ]
    assert texts("".join(f"<p>{x}</p>" for x in lines)) == kept()


def test_a_story_that_cites_a_telegram_or_whatsapp_channel_keeps_the_sentence() -> None:
    lines = [
        "The air force said on its Telegram channel that the drones came from the south and east.",
        "Debris damaged two houses, the regional governor wrote on his Telegram channel.",
        "The club announced the signing on its WhatsApp channel.",
    ]
    assert texts("".join(f"<p>{x}</p>" for x in lines)) == kept(*lines)


def test_a_transcripts_reporter_questions_stay() -> None:
    lines = [
        "Reporter: Why close stations now, when response times are already rising?",
        "Mayor Davis: Because the budget leaves us no choice.",
        "Reporter: Which ones?",
        "Editor: we will publish the full list tomorrow.",
    ]
    assert texts("".join(f"<p>{x}</p>" for x in lines)) == kept(*lines)


def test_editor_and_reporter_credits_go_but_an_editors_note_stays() -> None:
    note = "Editor's note: this story was updated on Wednesday with the council's reply."
    body = f"<p>{note}</p><p>Editor: Budi Santoso</p><p>Reporter: Dewi Lestari</p><p>Редактор: Иван Петров</p>"
    assert texts(body) == kept(note)


def test_labelled_dates_go_but_a_dateline_with_a_full_byline_stays() -> None:
    # Up to four words of three letters: a label, a weekday, a month (a fifth, a byline's
    # name, keeps the line).
    byline = "Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn."
    lines = [
        "Erstellt am Dienstag 6. Mai 2014",
        "Updated: March 3, 2021",
        "Publié le 12/11/2026 à 07h12",
    ]
    body = "".join(f"<p>{x}</p>" for x in lines) + f"<p>{byline}</p>"
    assert texts(body) == kept(byline)


def test_a_sentence_that_opens_with_published_and_a_date_stays() -> None:
    line = "Published in 2019, the report found that most of the city's bridges needed repairs."
    assert texts(f"<p>{line}</p>") == kept(line)


def test_section_ends_in_more_languages_cut_the_rest() -> None:
    for heading in (
        "Другие новости",
        "Інші новини",
        "İlgili Haberler",
        "DİĞER HABERLER",
        "Berita Terkait",
        "関連記事",
    ):
        body = f"<h3>{heading}</h3><p>Teaser one</p><p>Teaser two</p>"
        html = f"<html><body><article><p>{LONG * 3}</p>{body}</article></body></html>"
        result = [block.text for block in from_html(html, quotes=False).body]
        assert result == [(LONG * 3).strip()], heading


def test_a_read_also_line_inside_the_text_does_not_end_it() -> None:
    # "اقرأ أيضاً" over one link between two short paragraphs: the text goes on after it.
    short = "وأضاف أن المشروع استغرق ثلاث سنوات، وبلغت تكلفته الإجمالية مليار ريال."
    body = f"<p>اقرأ أيضاً</p><p><a href='/x'>تعديل تعرفة المياه للمنازل</a></p><p>{short}</p>"
    assert texts(body) == kept(short)


def test_a_byline_line_above_the_text_goes() -> None:
    for byline in (
        "Par Hélène Martin, le 10 novembre 2026",
        "By Jane Doe, Staff Writer",
        "Von Markus Balser, Berlin",
    ):
        html = f"<html><body><article><p>{byline}</p><p>{LONG * 2}</p></article></body></html>"
        result = [block.text for block in from_html(html, quotes=False).body]
        assert result == [(LONG * 2).strip()], byline


def test_a_sentence_or_a_later_line_that_opens_with_by_stays() -> None:
    first = "By Monday, all schools in the county will be closed."
    later = "By Jane Doe and others"
    html = (
        f"<html><body><article><p>{first}</p><p>{LONG * 2}</p><p>{later}</p><p>{LONG}</p>"
        "</article></body></html>"
    )
    result = [block.text for block in from_html(html, quotes=False).body]
    assert result == [first, (LONG * 2).strip(), later, LONG.strip()]


def test_an_element_named_as_a_credit_is_left_out() -> None:
    body = (
        "<div class='slide'><p class='slide__credit'>Photo by Ana Ruiz</p></div>"
        "<span class='image-credits'>Jamie Lee for The Courier</span>"
    )
    assert texts(body) == kept()


def test_a_long_text_in_an_element_named_credit_stays() -> None:
    # A box named after credit cards, with the article's running text: not a photo credit.
    html = f"<html><body><div class='credit-card-guide'><p>{LONG * 12}</p></div></body></html>"
    assert [block.text for block in from_html(html, quotes=False).body] == [(LONG * 12).strip()]


def test_a_credit_inside_a_figure_still_marks_its_caption_as_a_photos() -> None:
    # The credit element is the caption's: read with it, the caption is a photo's and goes
    # (left out alone, a long caption without its credit would read as text).
    caption = (
        "One algorithm that lets a robot solve a puzzle used as much energy as three power "
        "plants produce in an hour."
    )
    body = (
        f"<figure><img src='a.jpg'><figcaption>{caption} "
        "<span class='image-credit'>Photograph: Jane Doe</span></figcaption></figure>"
    )
    assert texts(body) == kept()


def test_a_tag_list_label_goes_over_its_tags_or_with_a_colon() -> None:
    tags = "<p><a href='/t/a'>образование</a> <a href='/t/b'>строительство</a></p>"
    assert texts(f"<div>Теги</div>{tags}") == kept()
    assert texts("<p>Etiquetas:</p>") == kept()


def test_a_subheading_that_is_a_tag_word_heads_its_section() -> None:
    # "Etiquetas" (labels) heads a section on food labels: no tag list, the text goes on.
    body = (
        "<h2>Precios</h2><p>Los precios subieron un 4 % en un año.</p>"
        "<h2>Etiquetas</h2><p>Las etiquetas deben indicar el origen.</p>"
        "<p>La norma entra en vigor en marzo.</p><h2>Fechas</h2><p>Hay dos fechas clave.</p>"
    )
    assert texts(body) == kept(
        "Precios",
        "Los precios subieron un 4 % en un año.",
        "Etiquetas",
        "Las etiquetas deben indicar el origen.",
        "La norma entra en vigor en marzo.",
        "Fechas",
        "Hay dos fechas clave.",
    )


def test_an_article_in_a_box_named_after_credit_scores_is_kept() -> None:
    # "credit" opens the token: a topic (credit scores, tax credits), not a photo credit.
    paragraphs = [
        "Your credit score is a number lenders use to judge how likely you are to repay a loan.",
        "Paying bills on time matters most; how much of your limit you use comes second.",
        "Checking your own score does not lower it, whatever the old advice said.",
    ]
    html = (
        "<html><body><div class='page'><h1>How credit scores work</h1>"
        "<div class='credit-score-guide'>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</div><div class='sidebar'><h3>Popular</h3><ul><li><a href='/a'>Best cards</a></li>"
        "</ul></div></div></body></html>"
    )
    assert [b.text for b in from_html(html, quotes=False).body] == paragraphs


def test_a_standfirst_that_opens_like_a_byline_stays() -> None:
    for lead in (
        "Di Maio: «Nessun accordo con chi ha votato contro»",
        "Di Tengah Pandemi, Konsumsi Rumah Tangga Tetap Kuat",
        "Von Berlin nach Paris: die Reise",
    ):
        html = f"<html><body><article><p>{lead}</p><p>{LONG * 2}</p></article></body></html>"
        result = [block.text for block in from_html(html, quotes=False).body]
        assert result == [lead, (LONG * 2).strip()], lead


def test_year_and_season_headings_stay_but_a_lone_figure_heading_goes() -> None:
    body = (
        "<h2>2015/16</h2><p>The club finished third.</p><h2>2016</h2><p>A new coach came.</p>"
        "<h2>9</h2><p>Nine goals in May.</p>"
    )
    assert texts(body) == kept(
        "2015/16", "The club finished third.", "2016", "A new coach came.", "Nine goals in May."
    )


def test_a_related_line_over_one_link_inside_the_text_does_not_end_it() -> None:
    # "関連記事" / "Другие новости" over one headline link between short paragraphs.
    for label, link, after in (
        (
            "関連記事",
            "ガス料金も値上げへ　都市ガス大手4社",
            [
                "経済産業省によると、値上げは6か月連続となる。",
                "電力各社は省エネの徹底を呼びかけている。",
            ],
        ),
        (
            "Другие новости",
            "Газ тоже подорожает",
            ["Индексация будет проведена в июле.", "Для льготников тарифы не изменятся."],
        ),
    ):
        body = f"<p>{label}</p><p><a href='/n/1'>{link}</a></p>" + "".join(
            f"<p>{x}</p>" for x in after
        )
        html = f"<html><body><article><p>{LONG * 2}</p>{body}</article></body></html>"
        result = [block.text for block in from_html(html, quotes=False).body]
        assert result == [(LONG * 2).strip(), *after], label


def test_a_related_line_over_one_teaser_at_the_end_still_ends_the_text() -> None:
    # One card (a linked headline and its one-sentence summary) after "Related articles".
    body = (
        "<h3>Related articles</h3><p><a href='/n/2'>Gas prices to rise too</a></p>"
        "<p>The four big gas suppliers follow the power companies.</p>"
    )
    html = f"<html><body><article><p>{LONG * 2}</p>{body}</article></body></html>"
    assert [block.text for block in from_html(html, quotes=False).body] == [(LONG * 2).strip()]
