"""What the lines of a page say: the wording the body's last stage recognises as furniture.

Section ends ("Related posts", "Другие новости") and the lines after them, furniture lines
(share counters, a player's controls, "read also"), reader prompts and notices (newsletters,
paywalls, ratings, moderation), credits (photo, editor), ad labels, datelines and bylines,
escaped markup, in several languages. Patterns and their predicates live here, the logic that
drops blocks in ``cleaning``. The long alternations are grouped by first letter (see
``alternation``) and matched against lowercased text (``_lower``).
"""

from __future__ import annotations

import re

from newsthread.html._body.alternation import by_first_letter
from newsthread.html._metadata import date_in_text

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
    r"follow us\b.*|(?:zum )?weiterlesen|"
    # a video embed's title line ("Bekijk de video: …", "Watch the video: …")
    r"(?:watch|bekijk|regardez|mira|guarda|assista)(?: the| de| la| el| il| o)? video\b.*|weiterf(?:ü|ue)hrende? (?:links?|informationen|artikel)|"
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
    r"become a (?:member|subscriber|patron)|pour (?:lire la suite|accéder en illimité)|abonnez-vous\b|"
    r"advertisement ?scroll to continue with content|scroll to continue with content|"
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
    r"grafik|illustration|video|фото)\b\s*[:/]|\(c\)\s|"
    # a wire story's or a local paper's closing credit to others ("Reporting by A; Editing by B",
    # "Contributing: A", "Met medewerking van A")
    r"(?:additional )?reporting by\s|editing by\s|contributing\s*:|met medewerking van\s|"
    r"mit material von\s|con (?:la )?colaboración de\s|com (?:a )?colaboração de\s|"
    r"avec la collaboration de\s|"
    # the editor in charge closing a Chinese story ("【责任编辑:王强】", a full-width colon)
    r"[【\[(\uff08]?(?:责任编辑|責任編輯)[:\uff1a]",
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
    r"^(?:abbildung|abb\.|figure|fig\.|grafik|illustration)\s*\d*\s*:|"
    # Chinese and Japanese photo credits: "(新华社记者 王明 摄)", "=写真・共同", in full width
    r"摄[)\uff09]\s*$|攝[)\uff09]\s*$|写真[・:\uff1a]"
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
