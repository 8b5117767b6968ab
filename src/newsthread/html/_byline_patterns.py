"""The patterns that read a byline's words: the byline words of each language, what follows a
name and is not one (dates, job titles, outlets, e-mail addresses), the joiners between several
names and the words that are never a name. ``_bylines`` holds the logic that applies them.
"""

from __future__ import annotations

import re

# Words that open a byline, in the languages of the pages seen: "By", "Von", "Par", "Por",
# "Di", "Door", "Av", "Af", "Przez", "Oleh", "Yazar", "Szerző", "Автор", "بقلم", "מאת", "著者",
# "文/"…, and their longer forms.
BY = re.compile(
    r"^\s*(?:(?:an? )?(?:analysis|opinion|commentary|review|interview|story|text|reporting|"
    r"report|words|column)\s+by|post(?:ed)? (?:author )?by|written by|words by|"
    r"veröffentlicht von|geschrieben von|erstellt von|ein (?:beitrag|artikel|text) von|"
    r"(?:zeige )?(?:alle[s]?|mehr|weitere) (?:beiträge |artikel |texte )?von|(?:all |more )?(?:posts|articles|stories) by|more by|"
    r"eingestellt von|gepostet von|verfasst von:?|gespeichert von|submitted by|redaktion:|(?:ein )?(?:beitrag|artikel|text) von|"
    r"text(?:\s*(?:,|und|&)\s*(?:interview|fotos?|bilder|redaktion))+:|text(?: und fotos?)?:|texte?:|interview:|autor[*/_:]in(?:nen)?:?|autor(?:in)?:?|author:?|auteur:?|"
    r"auteur\(s\):?|autor\(en\):?|author\(s\):?|autore:?|redacción:|posted|post author|by|von|vom|par|por|przez|door|av|af|(?-i:di|de|Di(?=\s+\S+\s+\S))|"
    r"oleh|penulis\s*:|yazar:?|yazan:?|szerző:?|kirjoittanut|kirjoittaja:?|tekst:|teksti:|текст:|автор:?|بقلم|كتب|מאת|"
    r"texto:?|escrito por|reportagem de|reportaje de|scritto da|a cura di|napisał(?:a)?:?|"
    r"skrevet af|skrevet av|skrivet av|tác giả:?|από (?:τον|την)|autorius:?|autorė:?|аутор:?|"
    # Afrikaans, Azerbaijani, Urdu, Kazakh, Georgian, Armenian (Welsh "Gan", Albanian "Nga",
    # Swahili "Na", Tagalog "Ni" are names too: ``_bylines.without_language_by``)
    r"deur|müəllif:?|تحریر:?|авторы:?|ავტორი:?|հեղինակ[\u055d:]?|"
    # Greek names the author in the genitive, after the article "of the" (Tou, Tis, Ton:
    # "Tou Giorgou Papadopoulou"); Persian, Hindi, Bengali, Thai labels
    r"(?-i:\u03a4\u03bf\u03c5|\u03a4\u03b7\u03c2|\u03a4\u03c9\u03bd)(?=\s+\S)|نویسنده:?|به قلم|लेखक:?|লেখক:?|โดย|ผู้เขียน:?|"
    r"著者[:\uff1a]?|作者[:\uff1a]?|撰文[:\uff1a]?|责任编辑[:\uff1a]?|責任編輯[:\uff1a]?|文[/\uff0f:\uff1a\u30fb]|記者[:\uff1a]?|记者[:\uff1a]?)[ \t]?:?(?:\s+|(?<=[:\uff1a/\uff0f\u30fb])\s*)",
    re.IGNORECASE,
)
MONTH_NAMES = (
    r"january|february|march|april|june|july|august|september|october|november|december|"
    r"januar|februar|märz|juni|juli|oktober|dezember|janvier|février|avril|juin|juillet|"
    r"septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|octubre|noviembre|diciembre"
)
MONTH_SHORT = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|mai|okt|dez|janv|févr|avr|juil|déc"
)
WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo"
)
# Weekdays as written before a date ("Tue, 11/19/2019", "Di., 19.11.2019").
WEEKDAY_SHORT = r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mo|di|mi|do|fr|sa|so"
AFTER_NAME = re.compile(
    # "on", "le", "am"… only before a date: "Loïc Le Clerc" keeps its particle.
    rf"\s+(?:am|on|le|el|il|op|um|at|den|del|du)\s+(?=\d|(?:{WEEKDAYS}|{MONTH_NAMES}|{MONTH_SHORT})\b|"
    rf"(?:{WEEKDAY_SHORT})\.?,\s*(?:\d|(?:{MONTH_NAMES}|{MONTH_SHORT})\b)).*$|"
    r"\s+(?:illustrations?|fotos?|photos?|bilder|grafiken?|images?|kamera|camera)(?:\s+(?:von|by)|\s*:).*$|"
    r"\s+(?:published|updated|veröffentlicht|publiziert|aktualisiert|publié|"
    r"publicado|pubblicato|alle artikel|alle beiträge|all posts|all articles|more articles|"
    # (Romanian, Polish, Czech, Croatian, Slovene, Lithuanian, Estonian, Indonesian, Dutch,
    # Swedish, Danish, Norwegian, Finnish, Hungarian, Turkish, Greek)
    r"publicat|actualizat|opublikowano|publikováno|objavljeno|publikuota|avaldatud|"
    r"diterbitkan|gepubliceerd|publicerad|publiceret|publisert|julkaistu|publikálva|"
    r"yay\u0131nlanma|δημοσιεύθηκε)\b.*$|\s*[|•·]\s*.*$|\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}.*$|"
    r"\s*,?\s*(?:datum|date|fecha|data|stand)\s*:.*$|\s*,?\s+\d{1,2}\.?\s+[^\W\d_]+\.?\s+\d{4}.*$|\s*,\s*\d.*$|\s*,?\s+[^\W\d_]+\.?\s+\d{1,2},?\s+\d{4}.*$",
    re.IGNORECASE,
)
# A field after a short name, set off by a spaced dash ("Jane Doe - Reuters", "Jane Doe — 3
# hours ago"); a longer text before one is a title, not a byline.
DASH_FIELD = re.compile(r"\s+[-\u2013\u2014]\s+.*$")

NOT_A_NAME = re.compile(
    r"https?://|www\.|@|©|^(?:published|updated|last updated|veröffentlicht|aktualisiert|publié|"
    r"publicado|zuletzt|mehr|more|weitere|further|plus de|más)\b|\[at\]|\(at\)|\.txt\b|\bposts? by\b|\bview all\b|\balle beiträge\b|profile?\b|\bperfil\b|\bsign (?:in|out|up)\b|\blog ?(?:in|out)\b|\bregistr|\b(?:ab|an)melden\b|\b\d{3,}|"
    r"\bfollow\b|\bfolgen\b|\bshare\b|\bcomments?\b|\bkommentare?\b|\bread more\b|\bmore from\b|"
    r"\bcontact\b|\bnewsletter\b|\bsubscribe\b|\bsign in\b|\blog ?in\b|\bhome\b|^[^\w]*$|"
    r"^(?:by|von|par|por|di|de|door|av|af|przez|author|autor|autorin|auteur|autore|posted|"
    r"published|updated|publiziert|veröffentlicht|aktualisiert|eingestellt|geschrieben|"
    r"written|unknown|anonymous|anonym|admin|administrator|guest|gast|publisher|herausgeber|"
    r"webmaster|editor|user|none|null|anónimo|anonimo|anonyme|facebook|twitter|instagram|"
    r"linkedin|youtube|tiktok)$",
    re.IGNORECASE,
)
# Job titles that stand in for a name ("AP Sports Writer", "CNN Editor-at-large") or follow it.
JOB_TITLE = re.compile(
    r"\b(?:(?:senior|chief|staff|contributing|sports|political|science|health|business|"
    r"national|foreign|managing|executive|deputy|associate|assistant|special|freelance|"
    r"technology|tech|investigative|white house|washington|legal|digital|news|global|"
    r"economics|entertainment|music|film|food|travel|opinion|weather|general)\s+)*"
    r"(?:writer|editor(?:-at-large|-in-chief)?|correspondent|reporter|columnist|contributor|"
    r"journalist|producer|critic|analyst|anchor|photographer|intern|redakteur(?:in)?|"
    r"korrespondent(?:in)?|chefredakteur(?:in)?|journaliste|rédacteur|rédactrice|"
    r"corresponsal|redactor(?:a)?|periodista|giornalista|inviat[oa]|"
    # (French, Italian, Portuguese, Dutch, Polish: "Julie Moreau, correspondante à Londres")
    r"correspondant(?:e)?|envoyée? spéciale?|chroniqueu(?:r|se)|reporter(?:in)?|"
    r"corrispondente|editorialista|correspondente|rep[oó]rter|jornalista|colunista|cronista|"
    r"redatora|verslaggever|redacteur|korespondent(?:ka)?|dziennikar(?:z|ka))s?\b",
    re.IGNORECASE,
)
# A job title before the name ("Rechtsanwalt Sebastian Einbock", "Staff Writer Jo Lee"):
# dropped when a name of two words or more follows.
TITLE_BEFORE = re.compile(
    r"^(?:(?:rechtsanw[aä]lt(?:in)?|fachanw[aä]lt(?:in)?|notar(?:in)?|attorney|lawyer|"
    r"avocat(?:e)?|abogad[oa]|avvocato)\b|" + JOB_TITLE.pattern + r")\s+(?=\S+\s+\S)",
    re.IGNORECASE,
)
# (an agency's name before it, "JOHN DOE AP Sports Writer", goes with ``_agency_after``)
TITLE_AFTER = re.compile(r"\s+(?:" + JOB_TITLE.pattern + r")$", re.IGNORECASE)
NOT_ALONE = re.compile(
    rf"(?:(?:{WEEKDAYS}|{MONTH_NAMES})(?:[\s,.]+\d.*)?|(?:{WEEKDAY_SHORT})\.|no author|unknown author|"
    r".*\s(?:von|by|par|por))$",
    re.IGNORECASE,
)
TRAILING_WEEKDAY = re.compile(rf"[\s,]+(?:{WEEKDAYS})\b.*$", re.IGNORECASE)
LINK_LABEL = re.compile(
    r"\s*(?:(?:view|see|read|show|browse|visit)\b|"
    r"(?:fotos?|photos?|photograph|bild(?:er)?|images?|credits?|quelle|source|źródło|fuente|fonte|bron|kilde|källa)\s*:)",
    re.IGNORECASE,
)
# Single words that label a byline's parts, not a name.
LABELS = frozenset(
    {
        "datum",
        "date",
        "fecha",
        "data",
        "time",
        "zeit",
        "uhr",
        "the",
        "and",
        "und",
        "with",
        "mit",
        "last",
        "zuletzt",
        "stand",
        # what "by" says in prose ("uses find by default")
        "default",
        "far",
        "hand",
        "design",
        "email",
        "mail",
        "phone",
        "chance",
        "mistake",
        "accident",
        "itself",
        "themselves",
    }
)
# Splits several authors: "A and B", "A, B, and C", "A und B", "A et B", "A y B", "A e B", Arabic
# "A و B" (spaced; glued to a word it is as often a name's first letter, "وليد"),
# "A with B", "A (avec B et C)" ("And" too, in a title-case byline; the short words only in
# lower case).
SPLIT = re.compile(
    r"\s*(?:,\s*(?:(?i:and|und|et)|&|y|e)\s|;|\||/|,|\s(?:(?i:and|und|et|with)|&|y|e|i|en|og|och|oraz|\u0648)\s|"
    r"\s\(?(?:avec|mit|con|com)\s|"
    # an interview's guest and host ("Jane Doe im Gespräch mit John Roe")
    r"\s(?i:im gespräch|im interview|in conversation|en conversation|in conversazione|"
    r"en conversación)\s(?i:mit|with|avec|con)\s)\s*"
)
# What follows a name and is not a name: the outlet or place ("Jane Doe For The Mail On
# Sunday", "Jane Doe for Dailymail.com", "Jane Doe in Washington"); and a part that opens
# with a preposition ("João Silva, da Agência Brasil").
AFFILIATION = re.compile(
    # ("Jane Doe The Washington Post", "Jane Doe The Guardian": a syndicated story's outlet, no
    # comma between; not an epithet, "Jane Doe The Third"; "Jane Doe of The Associated Press")
    r"\s+(?:(?i:for|from|special to)\s+(?=(?i:the)\s|\S+\.[a-z]{2,}\b|[A-Z]{2,}\b)|of\s+(?=The\s+[A-Z])|(?=The\s+[A-Z][\w.-]*\s+[A-Z]|The\s+(?!(?:First|Second|Third|Fourth|Elder|Younger|Great|Wise)$)[A-Z][\w.-]*$)|"
    r"(?:in|at|aus|à|em)\s+(?=[^\W\d_]))\S.*$"
)
PREPOSITION_PART = re.compile(r"^(?:da|do|della|of|for|from|at|für|pour|para|special to|in)\s")
PARTICLE_PREFIX = re.compile(
    r"^(?:al|el|ad|as|an|ar|at|az|ul|d|l|o)['\u2019-][^\W\d_]", re.IGNORECASE
)

# A byline word inside a line ("Posted on May 3, 2020 by Ann Lee", "Blog Beitrag von …"):
# the name follows it, unless what comes before credits something else ("Photo by …").
MID_BY = re.compile(
    r"(?:^|\s)(?:by|par|por|przez|door|(?:beitrag|artikel|text|verfasst|geschrieben|erstellt|"
    r"gepostet|eingestellt|veröffentlicht|redaktion)\s+von:?|redaktion:|verfasst von:?)\s+(?=\S)",
    re.IGNORECASE,
)
# "von" right after a date or a time ("06.11.2023 13:30 von Olga"; elsewhere a particle): a
# pattern of its own, tried only on a text with "von" in it (as a part of ``MID_BY`` it made
# every search twice as slow).
DATED_VON = re.compile(r"(?:(?<=\d\d)|(?<=\d\d uhr))\s+von:?\s+(?=[^\W\d_])", re.IGNORECASE)

OTHER_CREDIT = re.compile(
    r"\b(?:photos?|fotos?|images?|bild(?:er)?|illustrat\w*|videos?|graphics?|grafik\w*|design\w*|"
    r"theme|powered|edited|editing|translat\w*|übersetz\w*|hosted|made|built|developed|music|"
    r"cover|(?:medically|clinically|expert|fact)[- ]?(?:reviewed|checked)|revisado)\b",
    re.IGNORECASE,
)
# A review's credit ("Reviewed by …"), another credit only after the writer's ("Written by A ·
# Reviewed by B"); alone, a review's byline ("Reviewed by Jane Doe" over a film review).
REVIEW_CREDIT = re.compile(r"\b(?:reviewed|checked|geprüft|überprüft)\b", re.IGNORECASE)
BY_SEGMENT = re.compile(
    r"(?<!\s)\s*[|•·]\s*(?=(?:by|von|par|por|przez|door)\s|(?:记者|記者|作者|著者|撰文|责编|編集)[:\uff1a\s])",
    re.IGNORECASE,
)
# A Korean byline: the name, then "기자" (reporter) and often an e-mail address.
# (several names a space apart, "김민수 이지은 기자"; not a desk, "경제부 김민수 기자")
KOREAN_REPORTER = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)?(?:\S{2,4}[부팀국]\s)?((?:\S{2,4}\s)*\S{2,4})\s?기자(?:\s|$|[=(/])"
)
# What stands before "reporter" and is no name: the kind of reporter (chief, senior, intern,
# special, all-media), the paper's or an agency's own ("本报", "新华社").
_REPORTER_KINDS = frozenset(
    (
        *("首席", "资深", "資深", "实习", "實習", "见习", "見習", "特派", "特约", "特約", "驻站"),
        *("駐站", "全媒体", "融媒體", "融媒体", "本报", "本報", "本社", "本刊", "本台", "本站"),
        *("新华社", "新華社", "中新社", "中央社", "前线", "前線", "随军", "隨軍", "文字", "摄影"),
        *("攝影", "高级", "高級", "主任", "专职", "專職"),
    )
)
# A Japanese or Chinese name with "reporter" after it, a desk before ("社会部 佐藤花子記者",
# "山田 太郎 記者"; not "本社記者", the paper's own reporter).
CJK_REPORTER_AFTER = re.compile(
    r"^\s*(?:\S+[部局課课班室組组]\s+)?(?!"
    + "|".join(sorted(_REPORTER_KINDS))
    + r"|\S*[部局課课班室組组]\s?(?:記者|记者))"
    r"([^\W\d_]{1,4}(?:\s[^\W\d_]{1,4})?)\s?(?:記者|记者)\s*$"
)
# Taiwan's "記者王小明/台北報導" (reporter, name, a slash, often full-width, the place
# "reports") as an element's whole text (in the text, ``_byline_search`` reads it).
TW_REPORTER = re.compile(
    r"^\s*[\u3014\[]?(?:記者|记者)\s?([^\W\d_]{2,4})\s?[\uff0f/]\s?[^\W\d_]{1,8}(?:報導|报道|報道|电|電)"
)
# Thai titles written onto the given name: Miss, Mr., Mrs., Dr. ("นายสมชาย ใจดี"); not the
# words that open with them (prime minister, mayor, general, physician, district chief,
# soldier, policeman, registrar, craftsman; nurse, beauty queen).
THAI_TITLE = re.compile(
    "^(?:นางสาว|นาย(?!กรัฐมนตรี|กเทศมนตรี|ก\\s|พล|แพทย์|อำเภอ|ทหาร|ตำรวจ|ทะเบียน|ช่าง)|"
    "นาง(?!พยาบาล|งาม)|ดร\\.\\s?)(?=[\u0e01-\u0e4e]{2})"
)
# Words of a sentence, never of a name, in scripts without letter case (of, is, this, that,
# on, from, and, not, said…): Persian, Urdu, Arabic, Hebrew, Hindi, Thai, Georgian. (Thai
# "กล่าว", "said", is looked for inside a word: Thai writes no spaces between words.)
CASELESS_FUNCTION_WORDS = frozenset(
    (
        *("است", "این", "آن", "را", "که", "از", "به", "با", "برای", "می"),
        *("کی", "کا", "کے", "ہے", "ہیں", "میں", "نے", "کو", "سے", "پر"),
        *("في", "من", "على", "عن", "هذه", "هذا", "إلى", "التي", "الذي", "أن"),
        *("של", "את", "על", "היום", "הוא", "היא", "זה", "כי", "עם", "לא"),
        *("है", "नहीं", "और", "की", "का", "के", "इस", "में", "से", "को"),
        *("ที่", "และ", "ของ", "ได้", "ว่า", "ใน", "จะ", "ไม่"),
        *("და", "არის", "რომ", "ეს", "დღეს"),
    )
)
HANDLE = re.compile(r"(?<!\S)@\w+|^\s*(?:©|\(c\))\s*", re.IGNORECASE)
# An e-mail address after the name, with its label or in brackets ("By Gwen Hollis
# ghollis@courier.com", "Email: …", "(…)", "<…>", "mailto:…"), looked for only in a text with
# "@" in it.
EMAIL = re.compile(
    r"(?:\b(?:e-?mail|mail|contact)\s*:?\s*)?[(<]?(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)>]?",
    re.IGNORECASE,
)


# An address, then the name in brackets (the RSS form, "jane@x.com (Jane Doe)").
ADDRESS_NAME = re.compile(r"\s*(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\(([^()@]+)\)\s*")

PAREN = re.compile(r"\s*\([^).:/@]*\)\s*$")
STAFF = re.compile(r"^staff(?:\s+(?:writers?|reporters?|reports?|editors?))?$", re.IGNORECASE)

# (a label of two characters or more and a lowercase ending: "J.Doe", "A.J.Jones" are names)
WEB_ADDRESS = re.compile(r"(?:www\.)?[^\W_][\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}")
SITE_PARTS = re.compile(r"\s+[|\-\u2013\u2014·:]+\s+")

# Wire services whose one-word credit is never a surname (not "Bloomberg", "PA", "Staff").
WIRE_WORDS = frozenset(
    {"ap", "afp", "dpa", "pti", "ians", "ani", "efe", "ansa", "apa", "upi", "epd", "kna", "sda"}
)


# The full stop that ends a sentence-like byline ("Posted by Alon Zakai."), not an
# abbreviation's ("Jr.", "A.", "Red." for the desk).
FULL_STOP = re.compile(r"(?:(?<=\s[^\W\d_]{3})|(?<=[^\W\d_]{4}))\.$")
JOINED = re.compile(r"(?:^|\s)(?:and|und|et|y|e|with|&)$|,$|^(?:and|und|et|y|e|with|&|,)\s", re.I)

# A part credited for something other than the text ("Bo Chan (Fotos)").
OTHER_ROLE = re.compile(
    r"\((?:fotos?|photos?|bilder?|images?|illustrations?|grafik(?:en)?|graphics?|videos?)\)\s*$",
    re.IGNORECASE,
)

# Words after a Chinese reporter's name that are no name ("记者 李明 报道").
CJK_NOT_NAMES = frozenset({"报道", "報道", "报导", "摄影", "攝影", "发自", "發自"})
# Where a Chinese or Japanese byline's names end: a full-width space, or the next field's
# label ("李明 张华\u3000来源\N{FULLWIDTH COLON}新华社").
CJK_FIELD_END = re.compile(r"\u3000|\s+\S{1,6}[\uff1a:]")
# Japanese kana: a byline in Japanese, whose names hold a space ("佐藤 花子").
KANA = re.compile("[\u3040-\u30ff]")
# A Chinese label for the names after it, a space or a colon between ("本报记者 李明",
# "本報記者 李明"; not a word holding it, "新华社记者看河北"). Not "記者" alone nor "作者": Japanese
# writes them too, with a space inside a name ("記者 佐藤 花子").
CJK_LABEL_BEFORE = re.compile("(?:记者|本報記者|作者)[\\s:\uff1a]")
# Words among a Chinese byline's names that are labels, not names ("实习记者 王芳").
CJK_LABEL_WORD = re.compile(
    "(?:记者|記者|通讯员|通訊員|实习生|實習生|编辑|編輯)$"
    # Korean: a desk, a team or a centre; what the reporter does ("사진 김민수 기자": photos)
    "|(?:부|팀|국|센터)$|^(?:사진|영상|글|취재|그래픽|현장|온라인|인턴|수습|객원|전문)$"
)
# Words that end a Chinese byline's names: "… reports" with the place, "sent from …", photos.
CJK_END_WORD = re.compile("(?:报道|報道|报导|報導|摄|攝|摄影|攝影)$|^(?:发自|發自)")
# Words an author element may hold alone that are labels, not names.
CJK_LABELS_ALONE = frozenset(
    {
        *("作者", "著者", "筆者", "撰文", "来源", "來源", "责编", "責編", "編集", "文字", "摄影"),
        *("攝影", "原创", "原創", "转载", "轉載", "本报", "本報", "本社", "佚名", "匿名", "관리자"),
        "기자",
    }
)
# The last letter of a place's, a paper's, an agency's, a desk's or a column's name (city,
# province, county, district, metropolis, prefecture, paper, station, net, department, office,
# group, column, bureau, society, troupe): never a person's name alone in an author element.
CJK_PLACE_OR_BODY_END = frozenset("市省县縣区區都府道社报報台网網部室组組栏欄刊局会會团團")
