"""Find the comment section in a unit stream, and tell chrome lines from comment lines.

A section that newsthread wrote (its heading carries the anchor
``<a id="comments">``) is found by that anchor alone. Any other section starts
at a count heading or line, a heading that names comments and is followed by
comment dates, or a run of comment headers (``_section``). Chrome lines of
comment forms, share bars and buttons are told here too (:func:`is_boilerplate`);
the tree itself is built in ``_build``, header lines are read in
``_authorlines``.
"""

from __future__ import annotations

import re
import unicodedata

from newsthread.markdown._authorlines import (
    JS_LINK,
    heuristic_header,
    inline_header,
)
from newsthread.markdown._chrome import card_after_name, is_button_row, is_counter
from newsthread.markdown._headers import level_of, profile_link
from newsthread.markdown._section import count_line, header_run, named_heading
from newsthread.markdown._units import Unit

__all__ = [
    "CLOSED",
    "FORM",
    "FORM_FIELD",
    "MORE_STUB",
    "SECTION_ANCHOR",
    "find_section",
    "header_piece",
    "is_boilerplate",
    "item_has_header",
    "section_count",
]

#: The anchor id that marks the comment section newsthread writes.
SECTION_ANCHOR = "comments"

_COUNT_WORDS = {"no": 0, "one": 1, "ein": 1, "eine": 1, "un": 1, "une": 1, "two": 2, "zwei": 2}
_SECTION = re.compile(
    r"""^\W{0,3}
    (?:(?:all|view|show|read|see|alle)\s+)?
    (?:(?P<n>\d[\d.,\u202f\u00a0 ]{0,12}|no|one|two|ein|eine|zwei|un|une)\s+)?
    (?P<word>comments?|responses?|replies|reactions?|thoughts?|kommentare?|reaktionen|gedanken|
       antworten|réponses?|respuestas?|
       commentaires?|comentarios?|komentarz[ey]?|leserkommentare|discussion|diskussion)
    (?:\s+(?:on|to|zu|für|auf|sur|sobre)\s+.{0,300})?
    \s*(?:\(\s*(?P<m>\d[\d.,]{0,12})\s*\))?\s*:?\W{0,3}$""",
    re.IGNORECASE | re.VERBOSE,
)
_PLURAL = re.compile(r"(?:s|e|es|ies|y)$", re.IGNORECASE)

# Lines of comment forms, share bars and thread chrome; matched against a whole line.
_BOILERPLATE = re.compile(
    r"""^(?:
    leave\ a\ (?:reply|comment|response)(?:\ to\ .{0,200})?|post\ a\ comment|add\ a\ comment|
    write\ a\ comment|join\ the\ discussion|
    please\ enter\ your\ (?:comment|name|e-?mail)(?:\ address)?(?:\ here)?|
    you\ have\ entered\ an\ incorrect\ email\ address|
    your\ e-?mail\ address\ will\ not\ be\ published.{0,200}|required\ fields\ are\ marked.{0,40}|
    (?:click\ here\ to\ )?cancel\ reply|(?:post|submit|send)\ (?:comment|reply)|
    save\ my\ name.{0,200}|notify\ me\ of\ .{0,200}|
    (?:name|e-?mail|website|comment|kommentar|nachricht)(?:\ \(required\))?\s*\*?|
    reply(?:\ ?[↓→])?|antworten|antwort(?:\ ?[↓→])?|répondre|responder|rispondi|reply\ to\ this\ comment|
    ответить|відповісти|odpowiedz|odpovědět|antwoorden|reageer|svara|vastaa|yan\u0131tla|válasz|
    zitieren|citar|citer|цитировать|cytuj|reply\ with\ quote|multi-?quote(?:\ this\ message)?|
    log\ in\ to\ reply|you\ must\ be\ logged\ in\ to\ post\ a\ comment.{0,60}|
    this\ site\ uses\ akismet.{0,200}|
    share(?:\ this)?(?:\ on\ \w+)?|tweet|follow|subscribe|(?:like|liken)+|like\ this|gefällt\ mir|
    (?:liken|like)?\s*gefällt\s+\d+\s+person(?:en)?|liked\s+by\s+\d+\s+(?:person|people)|\d+\s+likes?|
    \d{1,6}\s+(?:votes?|upvotes?|points?|recommendations?|recommends?|leserempfehlungen?|empfehlungen?|
    reactions?|me\ gusta|j'aime)|
    facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|print|copy\ link|
    schreibe\ einen\ kommentar.{0,200}|kommentar\ (?:hinterlassen|schreiben|verfassen|abschicken)|
    deine\ e-?mail-adresse\ wird\ nicht\ veröffentlicht.{0,200}|
    erforderliche\ felder\ sind\ .{0,60}|antworten\ abbrechen|
    (?:load|show|view)\ more(?:\ (?:comments|replies))?|
    (?:(?:load|show|view)\ )?\d+\ more\ (?:repl(?:y|ies)|comments?)|
    (?:weitere|mehr|alle)\ kommentare(?:\ (?:laden|anzeigen|lesen))?|
    (?:ver|cargar|mostrar)\ más\ comentarios|(?:voir|afficher|charger)\ plus\ de\ commentaires|
    (?:показать|загрузить)\ (?:ещё|еще)(?:\ комментарии)?|
    continue\ this\ thread|save|report|comments\ are\ closed|boost|favou?rite|bookmark|
    # a pager: "Seiten: [1] 2 3 Nach oben" (the current page in brackets, or several numbers;
    # possessive runs: a long word could be split between the three words in n² ways)
    (?:pages?|seiten?|páginas?|pagine|страницы|strony|sider|sidor)\s*:\s*(?:\[\d{1,4}\]|\d{1,4}(?:\s+\d{1,4})++)
    [\d\s\[\].,…|»«<>]*+(?:\s*+[^\W\d_]++){0,3}|
    (?:reply|share|report|save|follow|hide|edit|delete|permalink|flag|boost|favou?rite|like|quote|
    recommend|antworten|melden|teilen|empfehlen|responder|compartir|denunciar|répondre|partager|
    signaler|ответить|пожаловаться)
    (?:\ ?\d{0,6}\ ?(?:reply|share|report|save|follow|hide|edit|delete|permalink|flag|boost|
    favou?rite|like|quote|bookmark|recommend|antworten|melden|teilen|empfehlen|responder|compartir|
    denunciar|répondre|partager|signaler|ответить|пожаловаться))+(?:\ \d{1,6}(?:\ [^\W\d_]{2,24})?)?|
    kommentare\ sind\ geschlossen|die\ kommentarfunktion\ ist\ geschlossen
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Lines that open a comment form: what follows outside the thread's lists is form, not comment.
FORM = re.compile(
    r"^(?:leave\ a\ (?:reply|comment|response)|post\ a\ comment|add\ a\ comment|write\ a\ comment|"
    r"schreibe\ einen\ kommentar|kommentar\ (?:hinterlassen|schreiben|verfassen)|"
    r"please\ enter\ your\ comment)",
    re.IGNORECASE | re.VERBOSE,
)
# A required field of a comment form ("Your name *", "Comment *"): what follows up to the next
# comment header is the form.
FORM_FIELD = re.compile(
    r"^(?:(?:your\s+|ihr\s+|tu\s+|votre\s+)?(?:name|e-?mail(?:\s+address)?|website|comment|"
    r"message|subject|kommentar|nachricht|nombre|correo(?:\s+electrónico)?|comentario|nom|"
    r"commentaire|имя|комментарий)\s*(?:\*|\(required\))\s*)+$",  # labels glued in one line
    re.IGNORECASE,
)
# A button that loads the rest of the thread: what follows outside the thread's lists, up to
# the next comment header, is the page's footer.
MORE_STUB = re.compile(
    r"""^[\W_]{0,3}(?:(?:load|show|view|see|read)\ (?:\d+\ )?more(?:\ (?:comments|replies))?|
    (?:weitere|mehr|alle)\ kommentare(?:\ (?:laden|anzeigen|lesen))?|
    (?:ver|cargar|mostrar)\ más\ comentarios|(?:voir|afficher|charger)\ plus\ de\ commentaires|
    (?:показать|загрузить)\ (?:ещё|еще)(?:\ комментарии)?|(?:mostra|carica)\ altri\ commenti)
    [\W_]{0,3}$""",
    re.IGNORECASE | re.VERBOSE,
)
# Lines after which a page shows no more comments.
CLOSED = re.compile(
    r"^(?:comments\ are\ closed|kommentare\ sind\ geschlossen|die\ kommentarfunktion\ ist\ geschlossen)",
    re.IGNORECASE | re.VERBOSE,
)
_IMAGE_ONLY = re.compile(r"^!\[[^\]]{0,200}\]\([^)\s]*\)$")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_DIGIT = re.compile(r"\d")
_SEPARATORS = " •·\u203a»«\u2039"  # bullets between buttons ("|" and "-" are table and list syntax)


def _count(text: str) -> int | None:
    digits = re.sub(r"\D", "", text)
    if digits:
        return int(digits[:18])
    return _COUNT_WORDS.get(text.strip().lower())


def section_count(unit: Unit, nested: bool = False) -> tuple[bool, int | None]:
    """Whether ``unit`` opens a comment section, and the count it declares (``nested``: a
    line in a list counts too)."""
    if unit.anchor == SECTION_ANCHOR and unit.kind == "h":
        match = _SECTION.match(unit.text)
        if match is None:
            return True, None
        found = match.group("n") or match.group("m")
        return True, _count(found) if found else None
    if (unit.depth and not nested) or unit.quote != -1 or unit.kind not in {"h", "p"}:
        return False, None
    text = unit.text
    if len(text) > 400 or "\n" in text:
        return False, None
    if unit.kind == "h" and unit.links:
        text = _without_links(unit)  # "Comments [Leave a comment](#respond)"
    match = _SECTION.match(text)
    if match is None and unit.kind == "h":
        word, _, rest = text.partition(" ")
        if rest and FORM.match(rest) and _SECTION.match(word):
            return True, None  # "Comments Leave a comment": the form link's text stayed
    if match is None:
        if unit.kind == "p" and unit.links:
            return False, None
        return count_line(text, unit.kind == "h")
    found = match.group("n") or match.group("m")
    word = match.group("word").lower()
    if not found and not _PLURAL.search(word) and unit.kind != "h":
        return False, None  # a lone "Comment" is a form label, not a section
    if not found and word in {"antworten", "gedanken", "réponses", "respuestas"}:
        return False, None  # a "reply" button, not a section
    if unit.kind == "p" and unit.links:
        return False, None  # "[45 comments](#)" at the top, "Comments on [HN](…) | [Reddit](…)"
    return True, _count(found) if found else None


#: Units after a named heading in which two comment dates or headers confirm it.
_CONFIRM = 40


def _without_links(unit: Unit) -> str:
    """The text of a unit with the text of its links cut out."""
    parts: list[str] = []
    at = 0
    for link in sorted(unit.links, key=lambda k: k.start):
        if link.start >= at:
            parts.append(unit.text[at : link.start])
            at = link.end
    parts.append(unit.text[at:])
    return " ".join("".join(parts).split())


def find_section(units: list[Unit], ours: bool = False) -> tuple[int, int | None, bool, bool]:
    """Where the comment section starts (len(units) if none), its count, strictness, and
    whether the unit there only opens it (a heading) or is its first comment.

    In a document newsthread wrote (``ours``) only its anchored heading counts.
    Without a heading or count line, a run of comment headers opens the section.
    """
    for i, unit in enumerate(units):
        if unit.anchor == SECTION_ANCHOR and unit.kind == "h":
            opens, count = section_count(unit)
            return i, count, True, True
    if ours:
        return len(units), None, True, True
    first: int | None = None
    near: int | None = None  # the first count line that comment headers follow closely
    for i, unit in enumerate(units):
        opens, count = section_count(unit)
        if opens and unit.kind == "h":
            return i, count, False, True  # a heading wins over a line of text
        if opens and (first is None or near is None) and _confirmed(units, i, count):
            first = i if first is None else first
            if near is None and _headers_follow(units, i):
                near = i
    if near is not None:
        first = near  # "9th May 2023 20 comments" under the title is not the thread's count
    if first is not None:
        count = section_count(units[first])[1]
        run = header_run(units[:first], _starts_comment) if count is None else None
        if run is not None:
            return run, None, False, False  # the thread began before a "View Comments" button
        return first, count, False, True
    for i, unit in enumerate(units):
        if unit.kind == "h" and not unit.depth and named_heading(_without_links(unit)):
            following = units[i + 1 : i + 1 + _CONFIRM]
            if sum(header_piece(u) in {"time", "header"} for u in following) >= 2:
                return i, None, False, True
    run = header_run(units, _starts_comment)
    if run is None:
        # "**Ann** says:" with the date on the next line: a header over two lines
        starts = {
            id(u)
            for i, u in enumerate(units)
            if _starts_comment(u) or _name_then_date(units, i) or _date_then_name(units, i)
        }
        run = header_run(units, lambda u: id(u) in starts)
    if run is not None:
        opener = _count_after_first(units, run)
        if opener is not None:  # an article's byline, then the thread's count line in a list
            return opener, section_count(units[opener], nested=True)[1], False, True
        return run, None, False, False
    return len(units), None, False, True


def _count_after_first(units: list[Unit], run: int) -> int | None:
    """A count line ("4 comments", a tab of a comment widget's bar, maybe in a list) between
    the first header of a run and the next: the run began with the article's byline."""
    for j in range(run + 1, min(len(units), run + 1 + _CONFIRM)):
        if _starts_comment(units[j]):
            return None
        opens, count = section_count(units[j], nested=True)
        if opens and count is not None:
            return j
    return None


#: Short lines (a role badge, a post number) a name line may have above its date line.
_BETWEEN = 2
_BADGE = 40


def _name_then_date(units: list[Unit], i: int) -> bool:
    """An author line without a date ("**Ann** says:", a name linked to its profile, as a
    line or a heading) whose date line follows, after at most two short lines (a badge)."""
    unit = units[i]
    if unit.kind not in {"p", "h"} or unit.quote != -1 or len(unit.text) > 100:
        return False
    head = heuristic_header(unit)
    if head is None or head.author is None or head.published or head.date_text:
        return False
    between = 0
    card = card_after_name(units, i, profile_link)  # a forum's card and the post's title
    for after in units[i + 1 + card : i + 2 + card + 3 * _BETWEEN]:
        if after.kind == "html":
            continue  # raw HTML pandoc kept around the lines
        if header_piece(after) == "time":
            return True
        between += 1
        if between > _BETWEEN or len(after.text) > _BADGE or _starts_comment(after):
            return False
    return False


def _date_then_name(units: list[Unit], i: int) -> bool:
    """A date line without a name whose next line names the author (a bold name or a name
    linked to its profile): a forum post's header (vBulletin: the date, the post number, then
    the poster)."""
    unit = units[i]
    if unit.kind not in {"p", "h"} or len(unit.text) > 100 or not _DIGIT.search(unit.text):
        return False  # (a cheap test first: this runs on every unit of a page without heading)
    if header_piece(unit) != "time":
        return False
    after = next((u for u in units[i + 1 : i + 4] if u.kind != "html"), None)
    if after is None or after.kind not in {"p", "h"} or len(after.text) > 80:
        return False
    head = heuristic_header(after)
    return head is not None and head.author is not None and head.published is None


def _confirmed(units: list[Unit], i: int, count: int | None) -> bool:
    """Whether a line of text that names comments opens the thread: it carries a count, or
    comment headers follow it ("View Comments" alone is a button on a teaser)."""
    if count is not None:
        return True
    following = units[i + 1 : i + 1 + _CONFIRM]
    return any(header_piece(u) in {"time", "header"} or _starts_comment(u) for u in following)


def _headers_follow(units: list[Unit], i: int) -> bool:
    following = units[i + 1 : i + 1 + _CONFIRM]
    return any(header_piece(u) in {"time", "header"} or _starts_comment(u) for u in following)


def header_piece(unit: Unit) -> str:
    """What one line of a comment header is: "time", "header" (author and time), "chrome" or ""."""
    if is_boilerplate(unit.text):
        return "chrome"
    head = heuristic_header(unit)
    if head is None or (head.published is None and head.date_text is None):
        return ""
    return "header" if head.author is not None else "time"


def item_has_header(group: list[Unit]) -> bool:
    """Whether the first blocks of a list item hold a comment header."""
    blocks = [u for u in group if u.kind in {"p", "h"} and u.text.strip()]
    for unit in blocks[:3]:
        if heuristic_header(unit) is not None:
            return True
        if unit.links and inline_header(unit) is not None:
            return True
    return False


def _starts_comment(unit: Unit) -> bool:
    """A unit that opens a comment on its own: a level line or an author line with a time."""
    if unit.kind not in {"p", "h"} or unit.quote != -1:
        return False
    if level_of(unit.text) is not None:
        return True
    if unit.links and inline_header(unit) is not None:
        return True
    head = heuristic_header(unit)
    return (
        head is not None
        and head.author is not None
        and (head.published is not None or head.date_text is not None)
    )


def is_boilerplate(line: str) -> bool:
    """A whole line of comment-form or share-bar chrome."""
    line = line.strip()
    if "javascript:" in line:
        rest = JS_LINK.sub("", line).strip()
        if not rest or is_counter(rest):
            return True  # buttons whose links markdown-it-py refused (javascript:void(0)), a vote count
    if _IMAGE_ONLY.match(line):
        return True  # an image a converter could not turn into a link (data: URLs)
    if len(line) > 300:
        return False
    if is_counter(line) or (line and not line.strip(_SEPARATORS)):
        return True  # a vote count; a separator between buttons ("•", "|") alone
    if is_button_row(line):
        return True
    core = _EDGE.sub("", unicodedata.normalize("NFC", line))
    return bool(core) and _BOILERPLATE.match(core) is not None
