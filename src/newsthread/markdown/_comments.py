"""Find the comment section in a unit stream and turn it into a comment tree.

Two modes. A section that newsthread wrote (its heading carries the anchor
``<a id="comments">``) is read strictly: every comment starts with its anchored
header line and nothing is guessed. Any other section is read by heuristics:
boilerplate of comment forms and share buttons is dropped, list items become
comments nested as their lists are, and author, date and permalink lines that
converters print are recognised (``_authorlines``). The stages live in their
own modules: section runs and count lines (``_section``), header and text lists
(``_chrome``), level lines and relative times (``_headers``), newsthread's own
header line (``_ownheader``).
"""

from __future__ import annotations

import re
import unicodedata

import attrs

from newsthread.markdown._authorlines import (
    JS_LINK,
    heuristic_header,
    inline_header,
    name_like,
)
from newsthread.markdown._chrome import fold_header_lists, fold_text_lists, is_counter
from newsthread.markdown._headers import level_of
from newsthread.markdown._ownheader import own_header
from newsthread.markdown._section import count_line, header_run, named_heading
from newsthread.markdown._units import Unit
from newsthread.model import Author, Comment, CommentStatus

__all__ = ["SECTION_ANCHOR", "build_comments", "find_section", "section_count"]

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
    log\ in\ to\ reply|you\ must\ be\ logged\ in\ to\ post\ a\ comment.{0,60}|
    this\ site\ uses\ akismet.{0,200}|
    share(?:\ this)?(?:\ on\ \w+)?|tweet|follow|subscribe|(?:like|liken)+|like\ this|gefällt\ mir|
    (?:liken|like)?\s*gefällt\s+\d+\s+person(?:en)?|liked\s+by\s+\d+\s+(?:person|people)|\d+\s+likes?|
    facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|print|copy\ link|
    schreibe\ einen\ kommentar.{0,200}|kommentar\ (?:hinterlassen|schreiben|verfassen|abschicken)|
    deine\ e-?mail-adresse\ wird\ nicht\ veröffentlicht.{0,200}|
    erforderliche\ felder\ sind\ .{0,60}|antworten\ abbrechen|
    (?:load|show|view)\ more\ (?:comments|replies)|\d+\ more\ (?:repl(?:y|ies)|comments?)|
    continue\ this\ thread|report\ ?save|save|report|comments\ are\ closed|
    kommentare\ sind\ geschlossen|die\ kommentarfunktion\ ist\ geschlossen
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Lines that open a comment form: what follows outside the thread's lists is form, not comment.
_FORM = re.compile(
    r"^(?:leave\ a\ (?:reply|comment|response)|post\ a\ comment|add\ a\ comment|write\ a\ comment|"
    r"schreibe\ einen\ kommentar|kommentar\ (?:hinterlassen|schreiben|verfassen)|"
    r"please\ enter\ your\ comment)",
    re.IGNORECASE | re.VERBOSE,
)
# Lines after which a page shows no more comments.
_CLOSED = re.compile(
    r"^(?:comments\ are\ closed|kommentare\ sind\ geschlossen|die\ kommentarfunktion\ ist\ geschlossen)",
    re.IGNORECASE | re.VERBOSE,
)
_IMAGE_ONLY = re.compile(r"^!\[[^\]]{0,200}\]\([^)\s]*\)$")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


def _count(text: str) -> int | None:
    digits = re.sub(r"\D", "", text)
    if digits:
        return int(digits[:18])
    return _COUNT_WORDS.get(text.strip().lower())


def section_count(unit: Unit) -> tuple[bool, int | None]:
    """Whether ``unit`` opens a comment section, and the count it declares."""
    if unit.anchor == SECTION_ANCHOR and unit.kind == "h":
        match = _SECTION.match(unit.text)
        if match is None:
            return True, None
        found = match.group("n") or match.group("m")
        return True, _count(found) if found else None
    if unit.depth or unit.quote != -1 or unit.kind not in {"h", "p"}:
        return False, None
    text = unit.text
    if len(text) > 400 or "\n" in text:
        return False, None
    if unit.kind == "h" and unit.links:
        text = _without_links(unit)  # "Comments [Leave a comment](#respond)"
    match = _SECTION.match(text)
    if match is None and unit.kind == "h":
        word, _, rest = text.partition(" ")
        if rest and _FORM.match(rest) and _SECTION.match(word):
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
    for i, unit in enumerate(units):
        opens, count = section_count(unit)
        if opens and unit.kind == "h":
            return i, count, False, True  # a heading wins over a line of text
        if opens and first is None:
            first = i
    if first is not None:
        return first, section_count(units[first])[1], False, True
    for i, unit in enumerate(units):
        if unit.kind == "h" and not unit.depth and named_heading(_without_links(unit)):
            following = units[i + 1 : i + 1 + _CONFIRM]
            if sum(_header_piece(u) in {"time", "header"} for u in following) >= 2:
                return i, None, False, True
    run = header_run(units, _starts_comment)
    if run is not None:
        return run, None, False, False
    return len(units), None, False, True


def _header_piece(unit: Unit) -> str:
    """What one line of a comment header is: "time", "header" (author and time), "chrome" or ""."""
    if is_boilerplate(unit.text):
        return "chrome"
    head = heuristic_header(unit)
    if head is None or (head.published is None and head.date_text is None):
        return ""
    return "header" if head.author is not None else "time"


def _item_has_header(group: list[Unit]) -> bool:
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
    if "javascript:" in line and not JS_LINK.sub("", line).strip():
        return True  # buttons whose links markdown-it-py refused (javascript:void(0))
    if _IMAGE_ONLY.match(line):
        return True  # an image a converter could not turn into a link (data: URLs)
    if len(line) > 300:
        return False
    if is_counter(line):
        return True
    core = _EDGE.sub("", unicodedata.normalize("NFC", line))
    return bool(core) and _BOILERPLATE.match(core) is not None


# Action links under a comment; "permalink" and "parent" carry data, the rest is chrome.
_ACTIONS = {
    "permalink",
    "parent",
    "embed",
    "save",
    "report",
    "give award",
    "share",
    "reply",
    "hide",
}


def _action(unit: Unit) -> tuple[str, str] | None:
    """``("permalink", url)`` or ``("parent", "#id")`` for a unit that is one action link."""
    text = unit.text.strip().lower()
    if text not in _ACTIONS or len(unit.links) != 1:
        return None
    return text, unit.links[0].url


_TABLE_TAIL = re.compile(r"[\s:\-]*\|[\s|:\-]*$")


_PINGBACK = re.compile(r"^(Pingback|Trackback):", re.IGNORECASE)


# a name may hold periods ("Dr. Webbaer", "J. R. Smith") but does not end a sentence with one
@attrs.define(slots=True)
class _Open:
    """A comment being built: its paragraphs so far and whether header lines may still come."""

    comment: Comment
    parts: list[str] = attrs.field(factory=list)
    header: bool = True
    explicit: bool = False
    pending: Unit | None = None  #: a name-like first line, an author if a date line follows
    late: Unit | None = None  #: a name-like line after the text, an author if a date line follows


def _titles(units: list[Unit], index: int) -> bool:
    """Whether the heading at ``index`` is a comment's title: an author line follows it."""
    for unit in units[index + 1 : index + 3]:
        if unit.text.strip():
            if unit.item != -1:
                return False  # a list of linked posts with dates: a sidebar
            head = heuristic_header(unit)
            return head is not None and head.author is not None
    return False


def _late_header(state: _Open, unit: Unit, text: str) -> bool:
    """A name and a date line after the text of a comment that has neither (SPIP, some forums).

    Returns whether ``unit`` was taken as (part of) that header.
    """
    c = state.comment
    if c.author is not None or c.published is not None or not state.parts:
        return False
    if state.late is not None:
        late, state.late = state.late, None
        head = heuristic_header(unit)
        if head is not None and head.author is None and (head.published or head.date_text):
            link = late.links[0] if late.links else None
            c.author = Author(late.text.strip(), link.url if link else None)
            c.published = head.published
            if head.date_text is not None:
                c.extra = {"date_text": head.date_text}
            return True
        state.parts.append(late.text.strip())
    if len(text) <= 60 and (unit.bold or name_like(text)):
        state.late = unit
        return True
    return False


def _key(url: str | None) -> str | None:
    """The comment id at the end of a permalink: ``…/comments/abc/title/nysll2o/`` or ``…#c-12``."""
    if not url:
        return None
    if "#" in url:
        return url.rsplit("#", 1)[1] or None
    query = _ID_PARAM.search(url)
    if query is not None:
        return query.group(1)
    return url.rstrip("/").rsplit("/", 1)[-1] or None


_ID_PARAM = re.compile(r"[?&](?:id|cid|comment|comment_id|commentid)=([\w-]+)", re.IGNORECASE)


def _relink(top: list[Comment], refs: list[tuple[Comment, str]]) -> list[Comment]:
    """Move flat comments under the comment their "parent" link names (old Reddit's markup)."""
    by_key: dict[str, Comment] = {}
    for comment in top:
        key = _key(comment.url)
        if key is not None:
            by_key.setdefault(key, comment)
    moved: set[int] = set()
    for comment, ref in refs:
        parent = by_key.get(ref)
        if parent is None or parent is comment or comment.parent is not None:
            continue
        if any(a is comment for a in parent.ancestors()):
            continue
        parent.add(comment)
        moved.add(id(comment))
    return [c for c in top if id(c) not in moved]


def build_comments(units: list[Unit], strict: bool) -> list[Comment]:
    """The comment tree of the units after the section heading.

    Nesting: in a document newsthread wrote, from the list structure and the
    ``continues`` references; otherwise from the indentation of the lines that
    open list items, so that converters which indent only the marker line
    still nest. Paragraphs outside any list belong to the comment before them
    unless they open a new one with an author or date line. Comments get the
    ids of their anchors when they have one; the others get ``c1``, ``c2``, ...
    in document order, skipping ids taken by anchors.
    """
    top: list[Comment] = []
    made: list[_Open] = []
    by_item: dict[int, _Open] = {}
    item_parent: dict[int, int] = {}
    by_id: dict[str, Comment] = {}
    columns: list[tuple[int, Comment]] = []  # open list comments by marker column (heuristic mode)
    current: _Open | None = None
    in_form = False
    parent_refs: list[tuple[Comment, str]] = []
    levels: list[tuple[int, Comment]] = []  # comments opened by "level N" lines
    if not strict:
        fold_header_lists(units, _header_piece)
        fold_text_lists(units, _item_has_header)
    flat_headers = not strict and any(
        u.item == -1 and u.kind == "p" and heuristic_header(u) is not None for u in units
    )

    def create(unit: Unit, parent: Comment | None, with_unit: bool = True) -> _Open:
        comment = Comment(id="")
        own = own_header(unit) if unit.anchor is not None else None
        state = _Open(comment)
        if own is not None:
            comment.id = own.id
            comment.author = own.author
            comment.published = own.published
            comment.url = own.url
            comment.status = own.status
            comment.more_count = own.more_count
            comment.score = own.score
            comment.in_reply_to = own.in_reply_to
            state.explicit = True
            state.header = False
            if own.continues is not None:
                parent = by_id.get(own.continues)
                if parent is None:
                    comment.in_reply_to = own.continues
            by_id[own.id] = comment
        if parent is not None:
            parent.add(comment)
        else:
            top.append(comment)
        made.append(state)
        if own is None and with_unit:
            feed(state, unit)
        return state

    def feed(state: _Open, unit: Unit) -> None:
        if strict:
            state.parts.append(unit.text)
            return
        text = unit.text.strip()
        if not text:
            return  # an avatar image or an emptied line says nothing
        if state.header:
            head = heuristic_header(unit)
            if head is not None:
                c = state.comment
                if state.pending is not None and head.author is None and c.author is None:
                    link = state.pending.links[0] if state.pending.links else None
                    c.author = Author(state.pending.text.strip(), link.url if link else None)
                    state.pending = None
                if head.author is not None and c.author is None:
                    c.author = head.author
                if head.published is not None and c.published is None:
                    c.published = head.published
                if head.url is not None and c.url is None:
                    c.url = head.url
                if head.date_text is not None:
                    c.extra = {"date_text": head.date_text}
                return
            if state.pending is None and not state.parts and name_like(text):
                state.pending = unit
                return
            inline = inline_header(unit) if unit.links else None
            if inline is not None:
                c = state.comment
                c.author = c.author or inline.header.author
                c.published = c.published or inline.header.published
                c.url = c.url or inline.header.url
                if inline.header.date_text is not None:
                    c.extra = {"date_text": inline.header.date_text}
                if inline.parent is not None:
                    parent_refs.append((c, inline.parent))
                text = unit.text[inline.cut :].strip()
                if not text:
                    return
        state.header = False
        if _late_header(state, unit, text):
            return
        if "|" in text:
            text = _TABLE_TAIL.sub("", text)  # the cell and delimiter row of a GFM table
        if state.pending is not None:
            state.parts.append(state.pending.text.strip())
            state.pending = None
        if text:
            state.parts.append(text)

    for index, unit in enumerate(units):
        if unit.kind in {"hr", "html"}:
            continue
        title = not strict and unit.kind == "h" and unit.depth == 0 and _titles(units, index)
        if not strict:
            line = unit.text.strip()
            if unit.depth == 0 and made and _CLOSED.match(line):
                break
            if (
                unit.kind == "h"
                and unit.depth == 0
                and made
                and not _FORM.match(line)
                and not is_boilerplate(line)
                and heuristic_header(unit) is None
                and not title
            ):
                break  # a heading outside the thread: sidebar, footer, related articles
            if unit.depth == 0 and _FORM.match(line):
                in_form = True
            lines = unit.text.split("\n")
            kept = [line for line in lines if not is_boilerplate(line)]
            if not kept:
                continue
            if len(kept) != len(lines):
                unit.text = "\n".join(kept)
                unit.links = []
        action = None if strict else _action(unit)
        if action is not None:
            if current is not None and action[0] == "permalink" and current.comment.url is None:
                current.comment.url = action[1]
            elif current is not None and action[0] == "parent" and action[1].startswith("#"):
                parent_refs.append((current.comment, action[1][1:]))
            continue
        if unit.item != -1:
            item_parent.setdefault(unit.item, unit.parent_item)
            state = by_item.get(unit.item)
            if state is None:
                parent: Comment | None = None
                if strict:
                    key = unit.parent_item
                    while key != -1 and key not in by_item:
                        key = item_parent.get(key, -1)
                    parent = by_item[key].comment if key != -1 else None
                else:
                    while columns and columns[-1][0] >= unit.column:
                        columns.pop()
                    parent = columns[-1][1] if columns else None
                state = create(unit, parent)
                by_item[unit.item] = state
                if not strict:
                    columns.append((unit.column, state.comment))
                in_form = False
            else:
                feed(state, unit)
            current = state
            continue
        level = None if strict or unit.depth else level_of(unit.text)
        if level is not None:  # "level 2": the depth, stated above the comment
            while levels and levels[-1][0] >= level:
                levels.pop()
            current = create(unit, levels[-1][1] if levels else None, with_unit=False)
            levels.append((level, current.comment))
            columns.clear()
            in_form = False
            continue
        starts = (
            unit.anchor is not None
            or title
            or (
                not strict
                and (
                    heuristic_header(unit) is not None
                    or (bool(unit.links) and inline_header(unit) is not None)
                )
            )
        )
        if title:  # a comment's title: its text's first paragraph, above the author line
            current = create(unit, None, with_unit=False)
            current.pending = unit
            columns.clear()
            in_form = False
        elif starts and (current is None or not current.header):
            current = create(unit, None)
            columns.clear()
            in_form = False
        elif in_form:
            continue
        elif current is not None:
            feed(current, unit)
        elif not flat_headers:
            current = create(unit, None)
        # else: loose text before the first comment of a thread whose comments open with
        # author lines is page chrome (sort buttons, help text)

    survivors: list[_Open] = []
    dropped: set[int] = set()
    for state in made:
        c = state.comment
        empty = not state.explicit and not state.parts and state.pending is None
        if empty and not c.replies and c.author is None and c.published is None and c.url is None:
            # an item that held only chrome (an avatar, a "Follow" button): nothing to keep
            if c.parent is not None:
                c.detach()
            else:
                dropped.add(id(c))
            continue
        survivors.append(state)
    made = survivors
    if parent_refs:
        top = _relink(top, parent_refs)
    if dropped:
        top = [c for c in top if id(c) not in dropped]
    taken = {s.comment.id for s in made if s.explicit}
    number = 0
    for state in made:
        if state.pending is not None:
            state.parts.insert(0, state.pending.text.strip())
        if state.late is not None:
            state.parts.append(state.late.text.strip())
        state.comment.text = "\n\n".join(state.parts)
        if not state.explicit:
            kind = _PINGBACK.match(state.comment.text)
            if kind is not None:
                state.comment.status = CommentStatus(kind.group(1).lower())
            number += 1
            while f"c{number}" in taken:
                number += 1
            state.comment.id = f"c{number}"
    return top
