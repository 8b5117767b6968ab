"""The last stage of the body: furniture dropped from the chosen blocks.

Link lists, section-end furniture ("Related posts" and everything after it), credits,
datelines, ad labels, reader prompts and notices recognised by their wording in several
languages (newsletters, paywalls, ratings, sharing, licences, moderation), kickers above
the title heading, a run of short unfinished lines at the end, runs of label lines (a
chart's axis, a share bar), lines repeating the one before them, an author box at the end
(a link to the author's page and a short bio) and headings left with nothing under them.
"""

from __future__ import annotations

import re

from newsthread.html._body.alternation import by_first_letter
from newsthread.html._body.walk import CAPTION, HEADING, ITEM, ROW, P, RawBlock
from newsthread.html._metadata import date_in_text
from newsthread.model import Link

__all__ = ["clean", "is_quoted_paragraph", "keep"]

# Shorter captions are mostly photo credits and labels.
_CAPTION_MIN = 80
# A list item this long with some link text is a citation or a note (a reference list), not
# a link in a list of links: held to the link density of paragraphs.
_ITEM_LONG = 80
_SPACE = re.compile(r"\s+")
# A block that opens with a quote mark and goes on after the closing mark: the page put a
# quoted statement with its attribution ("“…,” Rutte said.") in a <blockquote> for the look.
_QUOTED_PARAGRAPH = re.compile(r"[“\"«„]\s?\S.*?\S\s?[”\"»“][,.;:!?]?\s+[^\W\d_]", re.DOTALL)

# Headings and short lines that open the page furniture after an article.
_SECTION_END_LINES = (
    r"related(?: posts| articles| stories| content)?|more (?:from|on|stories|articles)\b.*|"
    r"read (?:more|also|next)|see also|you (?:may|might) also (?:like|enjoy)|recommended\b.*|"
    r"most (?:read|popular)|popular posts|share(?: this)?(?: article| post| story| page)?(?: on)?|"
    r"like this|tags?|filed under|about the author|(?:\d+ )?comments?|leave a (?:reply|comment)|"
    r"explore further|ähnliche (?:beiträge|artikel)|weitere (?:artikel|beiträge|themen|nachrichten)|"
    r"mehr (?:zum thema|dazu|aus|artikel)\b.*|auch interessant|(?:das|dies) (?:könnte|dürfte) "
    r"(?:dich|sie|euch) auch interessieren|teilen(?: mit)?|diesen (?:artikel|beitrag) teilen|"
    r"gefällt mir|schlagw(?:orte|örter)|themen|(?:\d+ )?kommentare?|über (?:den autor|die autorin)|"
    r"lesen sie (?:auch|mehr)|empfehlungen|das könnte sie auch interessieren|"
    r"artículos relacionados|lire aussi|à lire aussi|sur le même sujet|articles? similaires?|"
    r"leggi anche|czytaj (?:też|także|więcej)|"
    # more of the same in English, German, French, Spanish, Portuguese and Polish
    r"(?:you may|you might|we think you.ll) (?:also )?(?:be interested in|like)\b.*|further reading|"
    r"(?:latest|recent|newest|top) (?:news|posts|articles|stories)|trending(?: now| stories)?|"
    r"most (?:viewed|shared|commented|read articles)|related (?:topics|links|reading|news)|"
    r"weitere (?:inhalte|beiträge|artikel|themen|news)\b.*|"
    r"(?:verwandte|empfohlene|ähnliche|neueste|letzte|aktuellste|beliebte) "
    r"(?:beiträge|artikel|themen|themenbereiche|news)|"
    r"(?:die )?meist(?:gelesenen?|diskutierten?|kommentierten?|geklickten?) (?:artikel|beiträge|news)\b.*|"
    r"schon gelesen|lust auf mehr|mehr themen|themen (?:im|in diesem) (?:artikel|beitrag)|"
    r"(?:das|dies) (?:thema )?(?:könnte|dürfte) (?:dich|sie|euch) (?:auch )?interessieren|"
    r"lesen sie (?:auch|mehr)\b.*|aktuelle (?:news|nachrichten|beiträge)|"
    r"à découvrir|vous aimerez (?:aussi|également)|à lire (?:également|ensuite)|"
    r"sur le même thème|les plus lus|dans la même rubrique|"
    r"(?:te|le) puede (?:interesar|gustar)|lee (?:también|además)|noticias relacionadas|"
    r"más noticias|lo más (?:leído|visto)|también te puede interesar|veja também|leia (?:também|mais)|"
    r"zobacz (?:też|także|również)|polecamy|najczęściej czytane|najnowsze(?: artykuły)?|"
    # the furniture headings of news sites: promoted stories, picks, what to read next
    r"more (?:\w+ ){0,3}(?:stories|articles|videos|posts|coverage|reads)|more like this|"
    r"editor'?s'? picks|up next|what to read next|keep reading|related coverage|"
    r"(?:you may have|don't) miss(?:ed)?(?: this| these| it)?|(?:from )?around the web|"
    r"(?:sponsored|promoted|partner|paid) (?:stories|content|links|posts)|"
    r"popular (?:now|today|stories|articles|posts)|in case you missed it|"
    # French, Italian, Portuguese and Dutch
    r"plus d'(?:articles|infos|actualités)\b.*|(?:articles|vidéos) sur le (?:même )?sujet|"
    r"(?:ti )?potrebbe(?:ro)? (?:anche )?interessarti|articoli correlati|notizie correlate|"
    r"notícias relacionadas|(?:você|voce) (?:também )?pode gostar|"
    r"lees ook|meer nieuws|gerelateerde (?:artikelen|berichten)|"
    # Russian, Ukrainian, Turkish, Indonesian, Arabic, Japanese and Chinese (not their "read
    # also": a line those sites set inside the text, over one link)
    r"(?:другие|последние|похожие) (?:новости|статьи|материалы)|"
    r"(?:інші|останні|схожі) (?:новини|статті|матеріали)|"
    r"(?:ilgili|diğer|benzer) haberler|berita (?:terkait|lainnya)|"
    r"أخبار ذات صلة|関連記事|関連ニュース|相关(?:新闻|文章|阅读)|"
    # media boxes of broadcasters: "Audios and videos on the topic", in four languages
    r"(?:audios?|videos?|vidéos|vídeos|articles?|artikel|artículos|photos?|fotos|bilder)"
    r"(?: (?:and|und|et|y) (?:audios?|videos?|vidéos|vídeos|photos?|fotos|bilder))? "
    r"(?:on the (?:topic|subject)|zum thema|sur le (?:même )?sujet|sobre el tema)"
)
# Grouped by first letter (see ``by_first_letter``): tried at one position, the line's first
# letter, where a plain alternation enters some eighty alternatives one after another.
# (Matched against lowercased text: case-insensitive matching of a long alternation is
# several times slower in Python's re.)
_SECTION_END = re.compile(r"^\W*(?:" + by_first_letter(_SECTION_END_LINES) + r")\W*$")
# Lines that speak to the reader about the site, not about the story: newsletters, apps,
# subscriptions and paywalls, ratings, sharing, affiliate and copyright notices, consent
# prompts for embedded content. Only short blocks are matched, so an article that
# discusses newsletters keeps its paragraphs. Matched against lowercased text, and only
# from the start of a word (the lookbehind makes the search skip mid-word positions fast);
# "newsletter" also inside German compounds ("Musiknewsletter").
# Short lines of furniture that end no section: dropped on their own.
_FURNITURE_LINES = (
    r"follow us\b.*|(?:zum )?weiterlesen|weiterf(?:ü|ue)hrende? (?:links?|informationen|artikel)|"
    r"weitere (?:informationen|infos)\b.*|(?:seite|artikel|beitrag) teilen|mit freunden teilen|"
    r"jetzt teilen|kommentieren|quellen(?:angaben)?|originalpublikation|zusatzinformationen|"
    r"lesen sie hier\b.*|en savoir plus|partager(?: cet article)?|compartir|udostępnij|drukuj|"
    r"print(?: this)?(?: article| page)?|drucken|bild (?:vergrößern|anzeigen)\b.*|vergrößern|"
    r"(?:\d+ )?(?:min(?:ute)?s?|minuten?|minut) (?:read|lesezeit|czytania)|lesezeit:? .{0,20}|"
    r"(?:symbol|beitrags|titel|vorschau)bild\b.*|(?:von|by|par|por|przez|autor):?|"
    r"źródło:.{0,60}|fuente:.{0,60}|quelle:.{0,60}|opublikowano:.{0,40}|kontakt|contact(?: us)?|"
    r"inhaltsverzeichnis|table of contents|sommaire|índice|spis treści|"
    r"quellen (?:ausblenden|anzeigen|einblenden)|video verfügbar bis\b.*|"
    # counters and relative times of share bars and teasers ("2192 Shares", "52m ago in")
    r"[\d.,]+k? (?:shares?|views?|likes?|reads?)|in this article|"
    r"\d+ ?(?:s|m|min|mins|h|hr|hrs|d|minutes?|hours?|days?) ago(?: in)?|"
    # the controls and notices of a video player or a photo gallery, each on its own line
    r"\d+ ?(?:of|von|de|di|sur|z|из|/) ?\d+|bild \d+ von \d+|foto \d+ (?:von|de|di|z) \d+|"
    r"image \d+ of \d+|photo \d+ (?:of|sur) \d+|slide \d+ of \d+|imagen \d+ de \d+|"
    r"full ?screen|vollbild|plein écran|pantalla completa|tela cheia|schermo intero|"
    r"autoplay|auto-?play (?:on|off)|skip (?:ad|intro)|werbung überspringen|passer la pub|"
    r"close|schließen|fermer|cerrar|chiudi|caption|captions? (?:on|off)|play(?: video)?|pause|"
    r"replay|mute|unmute|(?:next|previous|prev) (?:image|photo|slide)|(?:nächstes|vorheriges) bild|"
    r"view (?:photos|gallery|slideshow)|zur (?:bilder)?galerie|ver galería|voir la galerie|"
    r"wait \d+ seconds? to continue|(?:your )?video will (?:play|begin|start) in\b.*|"
    r"(?:media|image|video) caption|正在加载.*|自动播放.*|読み込み中.*|"
    # "read also" over one link inside the text (Russian, Ukrainian, Indonesian, Arabic)
    r"читайте (?:также|також|еще|ещё)|baca juga|اقرأ أيضاً?"
)
# The label of a tag list, in the languages the section ends above leave out (nouns that
# also head a section of a story: dropped only over links or with a colon, ``_labels_tags``).
_TAG_LABEL = re.compile(
    r"^\W*(?:теги|метки|мітки|tagi|etiquetas|mots-clés|parole chiave|trefwoorden|etiketler)"
    r"\s*:?\s*$"
)
_TAG_LABEL_MAX = 20
# (Matched against lowercased text, as the promo phrases below.)
_FURNITURE_LINE = re.compile(r"^\W*(?:" + by_first_letter(_FURNITURE_LINES) + r")\W*$")
# Grouped by their first letter when compiled (see ``by_first_letter``), so a phrase opens
# with a letter where it can: "log in to|sign in to", not "(?:log|sign) in to".
_PROMO_PHRASES = (
    r"subscribe (?:to|now)|sign up (?:for|to|here)|already a subscriber|"
    r"to (?:view|read) the full (?:story|article)|full article pdf|"
    r"follow (?:us|the \w+) on|síguenos|siguenos|suivez-nous|folge(?:n sie)? uns|obserwuj nas|"
    r"all rights reserved|alle rechte vorbehalten|todos los derechos reservados|tous droits réservés|"
    r"wszelkie prawa zastrzeżone|written permission|copyrighted property|"
    r"affiliate[- ](?:links?|program\w*|partner\w*|commission)|advertising fees|we may (?:receive|earn) (?:a )?(?:compensation|commission)|"
    r"enthält werbung|werbung für|provisionslink|erhält .{0,40}\bprovision\b|erhalten .{0,40}\bprovision\b|bekommen .{0,40}\bprovision\b|"
    r"loading\.\.\.|\(\d+ (?:stimmen|votes)|noch keine bewertung|artikel (?:bewerten|nützlich|hilfreich)|"
    r"was this (?:article|post|page) (?:helpful|useful)|is this (?:article|post|page) (?:helpful|useful)|rate this (?:article|post)|"
    r"hat (?:ihnen|dir) (?:dieser|der) (?:artikel|beitrag) gefallen|"
    r"möchten sie (?:den|diesen) (?:artikel|beitrag)|teilen sie (?:den|diesen) (?:artikel|beitrag)|share this (?:article|post|story)|"
    r"our (?:\w+ )?apps? (?:for|on) (?:ios|android)|the (?:\w+ )?apps? (?:for|on) (?:ios|android)|download (?:the|our) app|"
    r"canal de (?:telegram|youtube|whatsapp)|telegram[- ]kanal\b|whatsapp[- ]kanal\b|youtube[- ]kanal\b|"
    r"support (?:our|us|independent)|unterstütze(?:n sie)? (?:unsere arbeit|uns (?:mit|jetzt|bei unserer)|\w+ (?:bereits )?mit \d)|hazte (?:miembro|socio)|"
    r"become a (?:member|subscriber|patron)|pour (?:lire la suite|accéder en illimité)|"
    r"créez votre compte|zapraszamy (?:też )?do subskrypcji|"
    r"klicken sie auf den (?:unteren )?button|inhalt (?:von .{1,40} )?(?:zu )?laden|externer inhalt|"
    r"letters? to the editor|neugierig geworden|nichts mehr (?:verpassen|versäumen)|"
    r"jetzt mit \d+ ?% |^(?:entdecke|entdecken sie) (?:jetzt|weitere|mehr)\b|klicke? dich durch|"
    r"wussten sie schon|kennt ihr schon|heute empfehlen wir|suggested citation|zitiervorschlag|"
    r"unter der lizenz cc|licen[sc]ed under (?:a )?(?:cc|creative commons)|sofern nicht anders|"
    r"opinions expressed|views expressed (?:in|by)|n'engagent que|ohne gewähr|"
    r"is not responsible for the (?:opinions|content)|are not responsible for the (?:opinions|content)|^impressum\b|"
    r"download (?:our|the) \w+ app|straight to your (?:phone|inbox)|"
    r"push-?(?:nachrichten|benachrichtigung)|benachrichtigung aktivieren|"
    r"beitrag wurde am .{0,60} veröffentlicht|artikel wurde am .{0,60} veröffentlicht|"
    r"jetzt (?:kostenlos )?(?:anmelden|abonnieren)\b|abonnieren sie|hier kostenlos anmelden|"
    r"wie bewerten sie|werden sie (?:jetzt )?mitglied|wählen sie ihren zugang|"
    r"als pdf (?:herunterladen|downloaden)|im pdf (?:herunterladen|downloaden)|pdf \| \d+ [km]b\b|nicht barrierefrei|"
    r"bei fragen (?:und|oder) anregungen|first-time subscribers|welcome gift|"
    r"ohne (?:dein|ihr) einverständnis|wir respektieren (?:deine|ihre) privatsphäre|"
    r"gefällt (?:dir|ihnen) unser|keine (?:bezahlschranke|paywall)|perma(?:link|lien)\b|"
    r"^(?:php )?(?:warning|notice|deprecated|fatal error): .{0,200} on line \d+|"
    r"vorschau auf den nächsten artikel|^mediadaten$|^release date:|"
    r"przeczytasz w|czas czytania|reading time|temps de lecture|tiempo de lectura|"
    r"können wir (?:ihnen |dir )?helfen|kostenlose beratung|"
    r"bleib (?:immer )?(?:auf dem laufenden|informiert)|bleiben sie (?:immer )?(?:auf dem laufenden|informiert)|stay (?:informed|up to date)|"
    r"spannende themen für dich|gebündelt in einer app|"
    # moderation and comment-policy notices
    r"comments? (?:are|is) (?:closed|moderated|disabled)|comments? (?:have been )?closed|"
    r"log in to (?:comment|post|reply|join the (?:conversation|discussion))|sign in to (?:comment|post|reply|join the (?:conversation|discussion))|"
    r"must be logged in to (?:post|comment)|community (?:guidelines|standards)|comment(?:ing)? policy|"
    r"kommentare sind (?:geschlossen|deaktiviert)|kommentarfunktion (?:ist |wurde )?(?:geschlossen|deaktiviert)|"
    r"comentarios están cerrados|commentaires sont fermés|"
    r"kommentare werden (?:vor der veröffentlichung )?moderiert|comments (?:will be|are being) moderated|"
    r"commentaires (?:sont|seront) modérés|comentarios (?:son|serán) moderados|commenti (?:sono|saranno|vengono) moderati|"
    r"komentarze (?:są|będą) moderowane|reacties worden (?:vooraf )?gemodereerd|комментарии (?:проходят|модерируются)|"
    r"join (?:us on |our )(?:\w+ )?(?:whatsapp|telegram)|"
    r"follow (?:us on |our )(?:\w+ )?(?:whatsapp|telegram)|"
    r"subscribe to our (?:\w+ )?(?:whatsapp|telegram)|"
    r"simak\b.{0,150}\b(?:whatsapp|telegram)|ikuti\b.{0,150}\b(?:whatsapp|telegram)|"
    r"gabung\b.{0,150}\b(?:whatsapp|telegram)"
)
_PROMO_PHRASE = r"(?:" + by_first_letter(_PROMO_PHRASES) + ")"
# A phrase at the text's start or after a character not of a word (``(?<!\w)``), split in
# two: a pattern that opens with a class is searched by a quick scan past the letters, one
# that opens with a look-behind is tried at every position.
_PROMO_FIRST = re.compile(_PROMO_PHRASE)
_PROMO_LATER = re.compile(r"\W" + _PROMO_PHRASE)


def _lower(text: str) -> str:
    """``text`` lowercased for the phrase patterns, without the combining dot that "İ"
    lowercases to ("İLGİLİ" reads as "ilgili", as a case-insensitive match reads it)."""
    lowered = text.lower()
    return lowered.replace("\u0307", "") if "\u0307" in lowered else lowered


def _is_promo(lowered: str) -> bool:
    """Whether a lowercased text holds a promotion's, a notice's or a credit's phrase."""
    return _PROMO_FIRST.match(lowered) is not None or _PROMO_LATER.search(lowered) is not None


_PROMO_MAX = 300
# A credit line: a label at the start ("Foto:", "(c) ") or a "©" anywhere. The "©" is
# looked for with ``in`` and only the start is matched (``_is_credit``): a search for the
# pattern ``^(?:…)|©`` tries it at every position of the text.
_CREDIT_START = re.compile(
    r"\(?(?:fotos?|bild(?:er)?|photos?|images?|credits?|quelle|source|crédits?(?: photos?)?|"
    r"grafik|illustration|video|фото)\b\s*[:/]|\(c\)\s",
    re.IGNORECASE,
)


# The editor's or reporter's credit at the end of a story: the label and a name only
# ("Editor: Budi Santoso"); a transcript's "Reporter: Why now?" is a question, not a credit.
_STAFF_LABEL = re.compile(
    r"(?:editor|editora|reporter|redaktor|redaktur|penulis|pewarta|редактор)\s*:\s*"
)
_NAME_WORDS = 4


def _is_credit(text: str, lowered: str) -> bool:
    """Whether a short line (``lowered``: lowercased) is a photo's, a text's or a staff credit."""
    if "©" in text or _CREDIT_START.match(text) is not None:
        return True
    label = _STAFF_LABEL.match(lowered) if ":" in text else None
    if label is None:
        return False
    name = text[label.end() :].split()
    return (
        0 < len(name) <= _NAME_WORDS
        and all(word[0].isupper() for word in name)
        and text[-1] not in ".?!"
    )


# A photo credit anywhere in a caption ("… Photograph: Getty Images", "(Foto: privat)"),
# or a numbered figure label: captions of that kind describe the picture, not the story.
_CAPTION_CREDIT_PHRASES = (
    r"fotos?\s*:|photos?\s*:|photograph\s*:|bild\s*:|image\s*:|credits?\s*:|crédits?\s*:|"
    r"quelle\s*:|source\s*:|fuente\s*:|źródło\s*:|copyright\s*:|"
    r"©|\(c\)|getty ?images|istock|shutterstock|picture[- ]alliance|imago\b|"
    # an agency's credit closing a caption: "(AP Photo/Jane Doe)", "(dpa-Foto/…)" (a story's
    # "photo/video" is no credit)
    r"\(\w*[ -]?(?:photo|foto)/[^\W\d_][^()]{0,80}\)\s*$|"
    r"istock\.com|crédito\s*:|\(c\) |фото\s*:|beeld\s*:|fotoğraf\s*:|fot\. |"
    r"^(?:abbildung|abb\.|figure|fig\.|grafik|illustration)\s*\d*\s*:"
)
# Looked for where a word starts (``(?<!\w)``): matched at the start, searched after a character
# not of a word, grouped by first letter (as ``_PROMO_FIRST`` and ``_PROMO_LATER``).
_CAPTION_CREDIT_PHRASE = r"(?:" + by_first_letter(_CAPTION_CREDIT_PHRASES) + ")"
_CAPTION_CREDIT_FIRST = re.compile(_CAPTION_CREDIT_PHRASE)
_CAPTION_CREDIT_LATER = re.compile(r"\W" + _CAPTION_CREDIT_PHRASE)


def _is_caption_credit(lowered: str) -> bool:
    """Whether a lowercased caption or line holds a photo credit or opens as a figure label."""
    return (
        _CAPTION_CREDIT_FIRST.match(lowered) is not None
        or _CAPTION_CREDIT_LATER.search(lowered) is not None
    )


# The address of an author's page, and what a bio after a link to it holds at most.
_AUTHOR_URL = re.compile(
    r"/(?:authors?|autor(?:in|en)?|auteurs?|autore|editors?|staff|journalists?|contributors?|"
    r"people|profiles?|team)/[^/?#]+/?(?:$|[?#])|[?&]author=",
    re.IGNORECASE,
)
_BIO_BLOCKS = 2
_BIO_MAX = 600
_TAIL_SHORT = 40
_SENTENCE_END = frozenset('.!?…"“”»)」。')
_TAIL_MAX_RUN = 4
_TAIL_MIN_TEXT = 800
# A run of at least this many label lines (shorter than _RUN_SHORT, no sentence end) in a
# row: the labels of a chart or a row of share buttons. Shorter runs are often content
# (a recipe's times, a list of names set as paragraphs).
_RUN_SHORT = 16
_RUN_MIN = 10
# A run of this many label lines, at least half of them figures without a word of three
# letters ("18", "$915", "%"), is a chart's axis and values.
_FIGURES_RUN_MIN = 5
# A line (no sentence end) shorter than this that repeats the one before it is a second
# copy (responsive layouts print titles and labels twice).
_REPEAT_MAX = 160
_WORD = re.compile(r"[^\W\d_]{3,}")
# A year or a season as a heading ("2016", "2015/16", "2019-2020"): a section of the story.
_YEAR = re.compile(r"(?:1[89]|20)\d\d(?:\s*[/\u2013-]\s*(?:\d\d|(?:1[89]|20)\d\d))?$")
_TIME_ONLY = re.compile(r"^[\d\s:./,-]+(?:uhr|h|am|pm)?$", re.IGNORECASE)
_AD_LABEL = re.compile(
    r"^[\W_]*(?:advertisement|advertising|anzeige|werbung|publicit[eé]|publicidad|publicidade|"
    r"pubblicit[aà]|reklama|reklam|реклама|advertentie|annonce|anuncio|sponsored|広告|광고|广告|إعلان)"
    r"[\W_]*$",
    re.IGNORECASE,
)


# Markup shown as text (escaped <noscript> images, embed codes): not the article's words.
_RAW_MARKUP = re.compile(r"(?:\s*<[a-zA-Z/!][^>]*>)+\s*$")
# The escaped markup of a media fallback inside a block's words (a lazy-loading image's
# ``<noscript><img …></noscript>`` printed as text): the tags go, the words stay.
# A tag named in a sentence about HTML ("a single <img>") has no attributes: it stays.
_MEDIA_MARKUP = re.compile(
    r"\s*(?:<(?:img|iframe|picture|source|video|audio|embed)\s[^<>]*=[^<>]*>|</?noscript>)\s*",
    re.IGNORECASE,
)
_DATELINE_WORDS = re.compile(r"[^\W\d_]{3,}")
_DATELINE_SHORT = 40


# The label of a publication or update date opening a line ("Erstellt am …", "Updated: …").
_DATELINE_LABEL = re.compile(
    r"\W*(?:(?:zuletzt )?(?:erstellt|veröffentlicht|aktualisiert|geändert)|publiziert|"
    r"(?:first |last )?(?:published|updated|posted|modified)|publié|mis à jour|publicado|"
    r"actualizado|pubblicato|aggiornato|opublikowano|zaktualizowano|опубликовано|обновлено|"
    r"gepubliceerd|bijgewerkt|yay\u0131nlanma|güncelleme|diterbitkan|diperbarui)\b"
)
_LABELLED_DATELINE_MAX = 80


def _is_dateline(text: str, lowered: str) -> bool:
    """A short line that is only a date and time ("15. Mai 2019, 05:28 Uhr"), or one after
    a publication label ("Erstellt am Dienstag 6. Mai 2014", "Updated: March 3, 2021");
    ``lowered`` is the line lowercased."""
    label = _DATELINE_LABEL.match(lowered)
    if label is None and len(text) >= _DATELINE_SHORT:
        return False
    if date_in_text(text) is None:
        return False
    # A label, a weekday and a month name are three words; a fourth is a second label word
    # ("zuletzt aktualisiert") or a one-word name after "von" (a byline goes with its date).
    return len(_DATELINE_WORDS.findall(text)) <= (4 if label else 2)


# A byline above the text: "By Jane Doe", "Par Hélène Martin, le 10 novembre 2026".
_BYLINE_WORD = re.compile(r"(?:by|par|von|por|door|przez)\s+", re.IGNORECASE)
_BYLINE_MAX = 100
_NAME_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "du", "del", "la", "le", "bin", "y"}
)
# After the name, a comma and at most this many words (a place, an outlet, a date).
_BYLINE_TAIL_WORDS = 5


def _is_byline(text: str) -> bool:
    """Whether a short line is a byline: a "by" word, then a name of one to four capitalised
    words (or particles: "van", "de"), then at most a few words after a comma or from a
    figure on (a place, an outlet, a date); no sentence end, colon in the name or quotation
    ("By Monday, all schools close.", "Von Berlin nach Paris: …" are no bylines)."""
    found = _BYLINE_WORD.match(text)
    if found is None or text[-1] in ".!?" or any(mark in text for mark in '«»"“”'):
        return False
    name, _, tail = text[found.end() :].partition(",")
    words = name.split()
    # a date after the name without a comma: "Von Claudia Riedler 19. Oktober 2019"
    cut = next((at for at, word in enumerate(words) if word[0].isdigit()), len(words))
    rest = len(words) - cut + len(tail.split())
    words = words[:cut]
    return (
        0 < len(words) <= _NAME_WORDS
        and rest <= _BYLINE_TAIL_WORDS
        and all(
            (word[0].isupper() and ":" not in word) or word in _NAME_PARTICLES for word in words
        )
        and words[0][0].isupper()
    )


def keep(block: RawBlock) -> bool:
    """Whether a block is text rather than links or an ad label."""
    kind, text, _links, link_chars, _elem, _extra, _ordered = block
    length = len(text)
    if length < 30 and _AD_LABEL.match(text):
        return False
    if text[0] == "<" and _RAW_MARKUP.match(text):
        return False
    if link_chars > 0.3 * length and "@" in text:
        link_chars -= _shown_addresses(text, _links)
    density = min(link_chars, length) / length
    if kind == ROW:
        return density < 0.9  # a table row names things by links ("Run Lola Run | 1998")
    if density > 0.6 or (kind == ITEM and density > 0.4 and length < _ITEM_LONG):
        return False
    return not (kind == P and density > 0.3 and length < 80)


def _shown_addresses(text: str, links: list[Link]) -> int:
    """Characters of ``mailto:`` links that show their own address: a contact the article
    gives, which reads as text, not a link to another page."""
    shown = 0
    for link in links:
        if link.url.startswith("mailto:"):
            address = link.url[7:].split("?")[0]
            if address and text[link.start : link.end].strip() == address:
                shown += link.end - link.start
    return shown


def clean(picked: list[RawBlock], title: str | None) -> list[RawBlock]:
    """The blocks of the chosen element that are the article's text, in order."""
    blocks = _drop_furniture(picked)
    if title:
        blocks = _drop_above_title(blocks, title)
    blocks = _drop_short_tail(blocks)
    blocks = _drop_short_runs(blocks)
    return _drop_empty_headings(blocks)


def _drop_furniture(picked: list[RawBlock]) -> list[RawBlock]:
    """Blocks without the furniture recognised by wording, and without what follows a section end."""
    blocks: list[RawBlock] = []
    # What follows a section end, held until it is clear whether the line ended the article
    # or labelled it ("Filed under:" over a list-shaped article): None when not skipping.
    # Past the first real paragraph, such a line ends the article: what follows goes.
    held: list[RawBlock] | None = None
    label = False
    # A section-end heading over a list of links ("See also") ends only its own section: a
    # heading of its level after the links opens the article again (notes, references).
    # end_level is the level of such a heading (0: a line, or its section had text of its
    # own: teasers); listed, whether links have followed it.
    end_level = 0
    listed = False
    started = False  # past the first real paragraph: captions before it are lead photos
    author_at = -1  # where the last link to an author's page stood, past the first paragraph
    for at, block in enumerate(picked):
        kind, text = block[0], block[1]
        length = len(text)
        if kind == P and length >= 100:
            started = True
        if length < 60 and _SECTION_END.match(_lower(text)):
            # Before any text of the article it is a label ("Filed under:", "Tags"), not
            # the end of the article: the line goes, what follows stays.
            if held is not None:
                _end_section(blocks, held, label)
            held = [] if blocks or started else None
            label = not started
            end_level = block[5] if kind == HEADING else 0
            listed = False
            continue
        if held is not None and (
            (kind == P and length >= 150 and block[3] < 0.2 * length)
            or (kind == HEADING and listed and 0 < block[5] <= end_level and not block[3])
        ):
            _end_section(blocks, held, label)
            held = None
        if "<" in text and not block[2] and _MEDIA_MARKUP.search(text):
            text = _MEDIA_MARKUP.sub(" ", text).strip()
            if not text:
                continue
            block = (kind, text, [], 0, *block[4:])
            length = len(text)
        if not keep(block):  # the cheap test first: link lists need no phrase search
            if started and _links_to_author(block):
                author_at = len(blocks)
            listed = True
            continue
        # The phrase patterns match lowercased text: case-insensitive matching of
        # long alternations is several times slower in Python's re.
        lowered = _lower(text) if length < _PROMO_MAX else ""
        if length < _TAG_LABEL_MAX and _TAG_LABEL.match(lowered) and _labels_tags(picked, at):
            continue
        if kind == CAPTION and (
            length < _CAPTION_MIN or not started or _is_caption_credit(text.lower())
        ):
            continue
        if length < 100 and (
            _is_credit(text, lowered)
            or (_TIME_ONLY.match(text) and not (kind == HEADING and _YEAR.match(text)))
        ):
            continue
        if kind == P and length < 160 and _is_caption_credit(lowered):
            continue
        if lowered and ("newsletter" in lowered or _is_promo(lowered)):
            continue
        if (
            length < 80
            and _FURNITURE_LINE.match(lowered)
            and not (kind == HEADING and _YEAR.match(text))
        ):
            continue
        if (
            kind == P
            and length < _LABELLED_DATELINE_MAX
            and (length < _DATELINE_SHORT or _DATELINE_LABEL.match(lowered))
            and _is_dateline(text, lowered)
        ):
            continue
        if not started and length < _BYLINE_MAX and kind == P and _is_byline(text):
            continue
        if held is None:
            blocks.append(block)
        else:
            held.append(block)
            end_level = 0
    if held is not None:
        _end_section(blocks, held, label)
    return _drop_author_box(blocks, author_at)


def _labels_tags(picked: list[RawBlock], at: int) -> bool:
    """Whether a tag-list word at ``at`` is the label of a tag list: it ends in a colon, or
    the block after it is links (the tags); else it is a subheading ("Etiquetas" over a
    section on food labels)."""
    if picked[at][1].rstrip().endswith(":"):
        return True
    return at + 1 < len(picked) and not keep(picked[at + 1])


def _end_section(blocks: list[RawBlock], held: list[RawBlock], label: bool) -> None:
    """Keep what followed a section-end line seen before any paragraph of running text when
    it holds more text than the lines before it: the line labelled what follows (a
    list-shaped article under "Filed under: …"), it did not end the article."""
    if label and sum(len(b[1]) for b in held) > sum(len(b[1]) for b in blocks):
        blocks.extend(held)


def _links_to_author(block: RawBlock) -> bool:
    """Whether a block of link text links to an author's page ("By Jane Doe", a photo)."""
    return any(_AUTHOR_URL.search(link.url) for link in block[2])


def _drop_author_box(blocks: list[RawBlock], at: int) -> list[RawBlock]:
    """Without the author box at the end: a link to the author's page followed by a short
    bio (one or two paragraphs, much less text than the article above it)."""
    if at <= 0 or at >= len(blocks) or len(blocks) - at > _BIO_BLOCKS:
        return blocks
    bio = sum(len(b[1]) for b in blocks[at:])
    if bio > _BIO_MAX or 4 * bio > sum(len(b[1]) for b in blocks[:at]):
        return blocks
    return blocks[:at]


def _drop_above_title(blocks: list[RawBlock], title: str) -> list[RawBlock]:
    """Blocks after the title heading: it is Article.title, and short lines above it are
    kickers, breadcrumbs and datelines, not text of the article."""
    folded = _SPACE.sub(" ", title).casefold()
    for index, block in enumerate(blocks):
        if block[0] == HEADING and block[1].casefold() == folded:
            return [b for b in blocks[:index] if len(b[1]) >= 100] + blocks[index + 1 :]
    return blocks


def _drop_short_tail(blocks: list[RawBlock]) -> list[RawBlock]:
    """Without a run of short lines at the very end of a longer text: mostly furniture
    (agency codes, a contact name, "Current issue", a lone teaser title)."""
    if sum(len(b[1]) for b in blocks) < _TAIL_MIN_TEXT:
        return blocks
    end = len(blocks)
    while (
        end > 0
        and blocks[end - 1][0] in (P, HEADING)
        and len(blocks[end - 1][1]) < _TAIL_SHORT
        and blocks[end - 1][1][-1] not in _SENTENCE_END
    ):
        end -= 1
    if 0 < end < len(blocks) and len(blocks) - end <= _TAIL_MAX_RUN:
        return blocks[:end]
    return blocks


def _is_label(block: RawBlock) -> bool:
    """A short line that ends no sentence: a chart label, a share button, a spec name."""
    text = block[1]
    return block[0] in (P, HEADING) and len(text) < _RUN_SHORT and text[-1] not in _SENTENCE_END


def _chart_run(run: list[RawBlock]) -> bool:
    """Whether a run of label lines is a chart's or a share bar's: long, or shorter but
    mostly figures and symbols (axis ticks, values) rather than words."""
    if len(run) >= _RUN_MIN:
        return True
    if len(run) < _FIGURES_RUN_MIN:
        return False
    figures = sum(1 for block in run if _WORD.search(block[1]) is None)
    return 2 * figures >= len(run)


def _drop_short_runs(blocks: list[RawBlock]) -> list[RawBlock]:
    """Without runs of several short label lines in a row inside a longer text: the labels of
    a chart, a row of share buttons, a box of product specs (a list or a table of short
    entries is made of items and rows, not of these), and without a block that repeats the
    one before it (a responsive page's second copy of a chart title)."""
    if len(blocks) < _FIGURES_RUN_MIN or sum(len(b[1]) for b in blocks) < _TAIL_MIN_TEXT:
        return blocks
    kept: list[RawBlock] = []
    run: list[RawBlock] = []
    for block in blocks:
        text = block[1]
        if (
            (run or kept)
            and text == (run or kept)[-1][1]
            and len(text) < _REPEAT_MAX
            and text[-1] not in _SENTENCE_END
        ):
            continue
        if _is_label(block):
            run.append(block)
            continue
        if not _chart_run(run):
            kept.extend(run)
        run = []
        kept.append(block)
    if not _chart_run(run):
        kept.extend(run)
    return kept


def _drop_empty_headings(blocks: list[RawBlock]) -> list[RawBlock]:
    """Without headings that have nothing under them (their section was furniture, now dropped).

    A text of headings only stays whole: the page's words are its headings (a gallery's
    pictures under their titles)."""
    if all(block[0] == HEADING for block in blocks):
        return blocks
    kept: list[RawBlock] = []
    for block in reversed(blocks):
        if block[0] == HEADING and (
            not kept or (kept[-1][0] == HEADING and kept[-1][5] <= block[5])
        ):
            continue
        kept.append(block)
    return kept[::-1]


def is_quoted_paragraph(text: str) -> bool:
    """Whether a ``<blockquote>``'s text is a quoted paragraph, marks and attribution included.

    Such a block is a paragraph styled as a quotation, not a quotation from another source:
    as a paragraph, quote finding reads its own marks and cue ("Rutte said") as it does in
    the text form of the page.
    """
    return _QUOTED_PARAGRAPH.match(text) is not None
