"""What the comment extractor reads in words: counts, stub labels, "Ann says:" headers, dates in
text, notices and interface labels, in the languages it knows.

``selectors`` names the markup looked for; this module the text patterns (both only name things:
the stage modules hold the logic)."""

from __future__ import annotations

import re

LEVEL_TEXT = re.compile(r"^level (\d+)$")
#: A depth class in other languages' words for "level" (``uroven-2``, ``poziom_1``, ``nivel-3``,
#: ``ebene-1``, ``szint-2``, ``taso-1``, ``seviye-2``, ``tingkat-1``), the word opening the class
#: word or after a thread's word (``komentar-uroven-2``): after any prefix it is a user's rank
#: as often (``usuario-nivel-5``, ``user-stufe-2``).
FOREIGN_DEPTH_CLASS = re.compile(
    r"(?:^|\s)(?:(?:komentar\w*|kommentar\w*|coment\w*|comment\w*|reakce|prispevek|vlakno|"
    r"thread|reply|replies|odpoved\w*|yorum|hozzaszolas|reactie)[-_])?"
    r"(?:uroven|úroveň|poziom|nivel|niveau|livello|ebene|stufe|szint|taso|seviye|tingkat|riven)"
    r"[-_](\d{1,2})(?:\s|$)",
    re.I,
)

DELETED_TEXT = re.compile(
    r"^\[?(?:comment |kommentar |commentaire |comentario |commento |komentarz |комментарий )?"
    r"(deleted|removed|gelöscht|entfernt|supprimé|eliminado|borrado|eliminato|rimosso|usunięty|"
    r"удал[её]н)(?: by (?:the )?(?:author|user|poster|owner|commenter))?\]?$"
    r"|^this comment (has been|was) (deleted|removed)"
    r"|^comment (deleted|removed)|^dieser kommentar wurde (gelöscht|entfernt)"
    r"|^ce commentaire a été supprimé|^este comentario (ha sido|fue) (eliminado|borrado)"
    r"|^questo commento è stato (rimosso|eliminato|cancellato)|^komentarz (został )?usunięty"
    r"|^комментарий (был )?удал[её]н",
    re.I,
)

REMOVED_BY_ADMIN = re.compile(
    r"(?:removed|deleted) by (a |the )?(blog )?(administrator|admin|moderator|mod)\b|"
    r"par la modération|"
    r"por (el|la|un) (moderador|moderación)|von der (redaktion|moderation)|"
    r"dalla (redazione|moderazione)|przez moderatora|модератором",
    re.I,
)

# A "says:" label standing alone after the name was taken out (old WordPress themes).
SAYS_ALONE = re.compile(
    r"^(?:says|said|wrote|sagt|schreibt|schrieb|meint|dit|dice|dijo|scrive|pisze|disse"
    # "Posted" left alone where its date was taken out ("Posted <abbr>02 April 2024</abbr>").
    r"|posted|gepostet|geschrieben|verfasst|publié|posté|publicado|pubblicato|scritto"
    r"|opublikowano)\s*:?$",
    re.I,
)

# "@jdoe" after a display name.
HANDLE = re.compile(r"\s@([\w.-]{2,40})$")

_COUNT_WORDS = (
    r"comments?|responses?|replies|reactions?|thoughts?|kommentare?|leserkommentare|antworten|"
    r"reaktionen|meinungen|ergänzungen|commentaires?|comentarios?|comentários?|commenti|"
    # WordPress' "3 Gedanken zu „…“" and its translations ("3 réflexions sur", "3 pensieri su").
    r"gedanken|réflexions?|pensieri|pensamentos|gedachten|respuestas|risposte|réponses|"
    # Chinese, Japanese and Korean: "已有 3 条评论", "3件のコメント", "댓글 3".
    r"[条條]?评论|[条條]?評論|件のコメント|コメント|댓글|"
    r"komentarz[ey]?|komentáře|komentar\w*|kommentarer|kommentit|reacties|hozzászólás\w*|yorum\w*|"
    r"коммент\w*|комментари\w*|коментар\w*|σχόλια"
)

#: A heading that is the word for comments, with an optional count, in the languages of
#: ``FOREIGN_UNIT_WORDS`` ("Yorumlar", "4 yorum", "网友评论", "Reacties (3)"): a sign to look for
#: class names in those words under it. The whole heading, not a word in it: "Yorum" alone heads
#: opinion columns, "Yorumcular" pundits; "评论" and "Bình luận" alone name the commentary
#: channel too (they need a count, or the readers' "网友评论").
COMMENTS_HEADING = re.compile(
    r"(?:\d+\s*)?(?:(?:okuyucu |tüm )?yorumlar[ıi]?|kommentit|reacties|hozzászólások|"  # noqa: RUF001
    r"(?:网友|读者|用户|全部)评论|(?:網友|讀者|用戶|全部)評論)(?:\s*[(\[（]?\s*\d+\s*[)\]）]?)?"  # noqa: RUF001
    r"|\d+\s*(?:yorum|reactie|hozzászólás|bình luận|[条條]?评论|[条條]?評論)"
    r"|(?:bình luận|评论|評論)\s*[(\[（]\s*\d+\s*[)\]）]",  # noqa: RUF001
    re.I,
)

# The number before its word alone: the first half of COUNT_RE, far cheaper on a heading with
# figures but no count ("Top 10 things to do in 2024").
_COUNT_FIRST = re.compile(
    rf"(?:^|(?<!top)(?<!best)(?<!the)\s+)(\d[\d.,]*)\s*(?:{_COUNT_WORDS})(?!\w)", re.I
)
_COUNT_TAIL = frozenset("0123456789.,)")


def search_count(text: str) -> re.Match[str] | None:
    """``COUNT_RE.search(text)``, sooner: the number-first form, then the number-last form only
    when the text ends with a number (that form matches nothing else, and when both match the
    number-first one starts further left)."""
    m = _COUNT_FIRST.search(text)
    if m is not None:
        return m
    if text.rstrip()[-1:] in _COUNT_TAIL:
        return COUNT_RE.search(text)
    return None


# "74 Comments", "This Post Has 80 Comments", "Se han publicado 11 comentarios", "Comments (3)",
# "Комментарии 4";
# a count split from its word by a tag reads as "80Comments". Not "Top 10 comments".
COUNT_RE = re.compile(
    rf"(?:^|(?<!top)(?<!best)(?<!the)\s+)(\d[\d.,]*)\s*(?:{_COUNT_WORDS})(?!\w)"
    # "Réactions (4)": a word that heads teasers too ("23 réactions que…") counts only before.
    rf"|(?:{_COUNT_WORDS}|réactions?)(?:\s*[(:]\s*|\s+)(\d[\d.,]*)\)?\s*$",
    re.I,
)

# A stub's label says there is more: "more", "all", "weitere", "ещё", "todos"...
STUB_MORE_WORD = re.compile(
    r"(?<!\w)(?:more|all|remaining|older|previous|weitere|mehr|alle|ältere|plus|tous|más|todos|"
    r"todas|anteriores|altri|tutti|ещё|еще|все|więcej|meer|alle|suivant\w*|autres|siguientes|"
    r"successivi|kolejne|następne|tüm\w*|další|dalsi|všechny|fler|ще|більше|всі|"
    # Words that alone also mean "to the", "but", "still": only in their phrases ("Visa alla svar").
    r"visa alla|ver mais|mais (?:respostas|comentários|comentarios|antigos)|daha fazla|"
    r"المزيد|كل|"
    # Finnish, Indonesian (2), Vietnamese, Hebrew, Greek, Hungarian, Bulgarian.
    r"lisää|lainnya|lebih banyak|xem thêm|נוספות|περισσότερα|további|още)(?!\w)"
    # Chinese, Japanese and Korean words stand between other letters: no word boundaries.
    r"|更多|全部|展开|展開|查看|더보기|더 보기|もっと|さらに",
    re.I,
)

# Replies in the languages whose stubs count them (one list for both patterns below).
_REPLY_WORDS = (
    r"odpověd\w*|odpoved\w*|svar|відповід\w*|yanıt\w*|cevap\w*|ردود|balasan|trả lời|"  # noqa: RUF001
    r"vastau\w*|ל?תגובות"
)
_REPLY_CJK = r"[条條]?回[复覆]|답글|返信"

# ... and what there is more of: comments, replies, answers, in the count words' languages.
STUB_WORD = re.compile(
    rf"(?<!\w)(?:{_COUNT_WORDS}|respuestas|réponses|réactions|risposte|ответ\w*|respostas?|"
    rf"{_REPLY_WORDS}|تعليق\w*|التعليقات|kommentte\w*|ý kiến|bình luận|opinii)(?!\w)|{_REPLY_CJK}|跟帖",
    re.I,
)

# What a "more replies" control counts: replies, not comments ("Weitere 5 Antworten anzeigen").
REPLIES_WORD = re.compile(
    r"(?<!\w)(?:repl(?:y|ies)|answers?|responses?|antwort\w*|respuestas?|réponses?|risposte|"
    rf"respostas?|odpowied\w*|ответ\w*|reacties|{_REPLY_WORDS})(?!\w)|{_REPLY_CJK}",
    re.I,
)

ONE_RE = re.compile(
    r"^\s*(one|ein|eine|un|une|uno|una|um|jeden)\s+(comment|response|reply|thought|kommentar|gedanke|"
    r"antwort|commentaire|comentario|commento)",
    re.I,
)

# "Ann says:", "**Ann** dijo:", "Ann schrieb am 2. Mai:": a name in the text's first line.
SAYS_LINE = re.compile(
    r"^(?P<name>[^\n:|]{1,50}?)\s+(?:says|said|wrote|writes|dijo|escribió|escribe|schrieb|schreibt|"
    r"sagt|meint|a écrit|écrit|dit|scrive|ha scritto|dice|disse|escreveu|pisze|napisał|skriver|"
    r"skrev|zegt|schreef|говорит|пишет|написал[аи]?)(?:\s*(?::|\.{3}|…)?|\s+(?P<rest>[^\n]{0,60}?\d[^\n]{0,30}?)\s*:)\s*$",
    re.I,
)

# "geschrieben von Ann am 21. Jan.", "posted by Ann on May 2", "escrito por Ann el 3 de mayo",
# "Par Ann, le 15 mai" (a bare "by" at the start needs a comma or a date word after the name).
BY_LINE = re.compile(
    r"^(?:by|from|von|par|por|da|di)\s+(?P<bare>[^\n,|:]{1,40}?)(?:,|\s+(?:am|vom|on|el|le|il|at|um)\s)"
    r"|(?:^|\b)(?:written|posted|submitted|commented|geschrieben|verfasst|kommentiert|gepostet|"
    r"escrito|publicado|comentado|écrit|posté|publié|scritto|pubblicato|inviato|napisany|"
    r"dodany|bewertung|review|reviewed)\s+(?:by|von|por|par|da|przez|de)\s*:?\s+"
    r"(?P<name>[^\n,|:]{1,40}?)(?:\s+(?:am|vom|on|el|le|il|at|um|dnia|em)\s.*|\s*[,|:\u2013-].*)?$",
    re.I,
)

# Words that are never a commenter's name.
# "— Ann Lee, 2 May 2024": a signature line, the name after a dash and before the date.
DASH_SIGNATURE = re.compile(
    r"^[\u2014\u2013-]\s*(?P<name>[^\n,|:\d]{2,40}?)\s*(?:,|\||\s\u00b7)\s*\S"
)

# "Comment by Ann Lee", "Thread level 1: Comment by ann", "Kommentar von Ann": a label that
# names the commenter (``aria-label``).
LABEL_BY = re.compile(
    r"\b(?:comment|reply|response|kommentar|antwort|commentaire|comentario|commento)\s+"
    r"(?:by|from|von|de|par|di|da)\s+(?P<name>[^\n,|:]{1,60})$",
    re.I,
)

NOT_A_NAME = re.compile(
    r"\b(?:comments?|kommentar\w*|deleted|removed|gelöscht|points?|punkte|replies|reply|antwort\w*|"
    r"votes?|likes?|ago|vor)\b",
    re.I,
)

# "Ann | 2 May 2024", "Ann · 3 hours ago": a name and a date in one header line.
NAME_DATE_LINE = re.compile(r"^(?P<name>[^|·•\n]{1,50}?)\s*[|·•]\s*(?P<rest>[^\n]{4,60})$")

# Something a date is written with, standing apart (not "Kritiker2010"): a day and month in
# figures, a year, a time, "ago"/"vor".
DATE_WORDS = re.compile(
    r"(?<![\w.])\d{1,2}[./-]\s?\d{1,2}[./-]|(?<!\w)(?:19|20)\d\d(?!\w)|(?<!\w)\d{1,2}:\d\d|\b(?:ago|vor|hace|il y a)\b",
    re.I,
)

# A header line that is a date and nothing else: "/ 22.04.2020", "| 11.09.2011 23:31", "March 7, 2018".
DATE_LINE = re.compile(
    r"^[\W_]*(?:\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{4}-\d{2}-\d{2}|[^\W\d_]{3,10}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\.?\s+[^\W\d_]{3,10}\.?\s+\d{4})(?:[,\s]+(?:um|at|à|a las|alle)?\s*\d{1,2}[:.]\d{2}"
    r"(?:\s*(?:uhr|am|pm|h))?)?[\W_]*$",
    re.I,
)

AUTHOR_NOISE = re.compile(
    # (a run of blanks tried once, from its start: no quadratic rescans of a long run)
    r"(?:^|(?<!\s)\s+)(says|sagt|schreibt|dit|dice|scrive|pisze|meint|wrote|schrieb|dijo|escribió|"
    r"disse|escreveu|a écrit|napisał|napisała|пишет|написал|написала|yazdı)\s*(?::\s*)?$"  # noqa: RUF001
    r"|^\s*(?:(?:comment|kommentar|commentaire|comentario)\s*)?(by|von|par|por)\s+"
    # "inviato da Luca" (Joomla K2), "posted by", "scritto da": a verb before the "by" word
    # ("da", "di", "de" only after one: "De Luca" is a name).
    r"|^\s*(?:posted|written|submitted|inviato|scritto|pubblicato|geschrieben|verfasst|escrito|"
    r"publicado|enviado|écrit|posté|publié|napisany|dodany)\s+(?:by|da|di|de|von|por|par|przez)\s+",
    re.I,
)

# Lines about the comments, not comments: "comments powered by Disqus", guidelines, policies,
# prompts, closed threads, in the languages the rest of this module reads.
BOILERPLATE = re.compile(
    r"powered by|please (?:enable|read|keep|be|log|sign|respect|note)|enable javascript|"
    r"javascript to view|(?:community|comment(?:ing)?|discussion|posting|user|house) "
    r"(?:guidelines?|policy|policies|rules|standards|terms)|guidelines|terms of (?:use|service)|"
    r"netiquette|kommentar(?:regeln|richtlinien|funktion)|diskussionsregeln|nutzungsbedingungen|"
    r"normas de (?:participación|la comunidad)|charte de|règles de|(?:log|sign) ?in to (?:comment|reply|post)|"
    r"(?:be the )?first to comment|comments? (?:are|is) closed|kommentare sind geschlossen|"
    r"moderat(?:ed|ion|ors?)|we (?:welcome|reserve|moderate|encourage)|"
    r"leave a (?:comment|reply)|add (?:a|your) comment|join the (?:discussion|conversation)",
    re.I,
)

# A teaser that names an opinion piece: "Comment: Why the budget fails", "Kommentar: …".
TEASER_LABEL = re.compile(
    r"^(?:comment|opinion|kommentar|meinung|commentaire|tribune|comentario|opinión|column|kolumne)\s*[:|\u2013\u2014-]\s*\S",
    re.I,
)

# Stubs: "more" in class names and labels, for a structure check (a count, no text of its own).
MORE_TOKEN = re.compile(
    r"(?:^|[\s_-])(?:more|seemore|showmore|loadmore|load|expand|show|view|collapsed|weitere|mehr|plus|"
    r"más|altri|ещё|еще|показать|anzeigen|afficher|ver|voir|mostrar|visualizza|pokaż|toon)(?:$|[\s_-])",
    re.I,
)

# A link that says a comment answers another one ("in reply to Ann", ``rel="in-reply-to"``).
REPLY_CUE = re.compile(
    r"repl|antwort|respuesta|en respuesta|réponse|risposta|resposta|odpowied|ответ|parent|@",
    re.I,
)

# "In reply to Ann Lee", "Antwort an Ann", "En réponse à Ann": a cue before the name of the
# commenter answered, in a comment's header or as its text's first words.
REPLY_NAME_CUE = re.compile(
    r"^\s*(?:in reply to|replying to|reply to|response to|als antwort auf|antwort (?:auf|an)|"
    r"en réponse à|réponse à|en respuesta a|respuesta a|in risposta a|risposta a|"
    r"w odpowiedzi (?:na|do)|odpowiedź (?:na|do)|в ответ на|ответ)(?!\w)\s*:?\s*@?",
    re.I,
)

DATE_HINT = re.compile(
    r"(?<!\d)\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|(?<!\d)(?:19|20)\d\d(?!\d)|\d{1,2}:\d\d|"
    r"\b(?:ago|vor|hours?|minutes?|days?|stunden?|minuten?|tagen?)\b",
    re.I,
)

UI_LABEL = re.compile(
    r"^\W*(?:\d+\W*)?(?:new,?\s*\d*\s*|previous\s+|older\s+|newer\s+|next\s+|ältere\s+|neuere\s+|"
    r"weitere\s+|all\s+|alle\s+|show\s+|load\s+|mehr\s+)?"
    r"(?:comments?|kommentare?|komentarze?|comentarios?|comentar|commentaires?|commenti|reply|replies|"
    r"antworten|antwort|post|uhr|kommentieren|leave a (?:comment|reply))\W*(?:\(?\d*\)?)\W*$",
    re.I,
)

#: A date or a time of day in a short line, or a count of time ago ("3 saat önce", "2 giờ trước"),
#: in the languages of the headed reader (``headed``).
DATE_OR_AGE = re.compile(
    r"(?<!\d)\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{2,4}|(?<!\d)\d{4}[-./]\d\d?[-./]\d\d?"
    r"|(?<!\d)\d{1,2}[:.]\d\d(?!\d)|(?<!\d)\d{1,2}\.\s?\d{1,2}\.?\s+\d{1,2}:\d\d"
    r"|\d+\s*\w+\s+(?:ago|önce|geleden|назад|тому|sitten|ezelőtt|lalu|trước|temu)(?!\w)"
    r"|(?:před|منذ|לפני|πριν)\s+\S+|\d+\s*(?:분|시간|일)\s*전|\d+\s*(?:分|時間|日)前",
    re.I,
)
