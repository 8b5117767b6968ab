"""A comment's text: paragraphs as blank lines, ``<br>`` as line breaks, headers left out."""

from __future__ import annotations

import html
import re
from collections import Counter

from selectolax.lexbor import LexborNode

from newsthread.html._comments.chrome import (
    addressed_parent,
    box_date,
    name_box,
    without_trailing_controls,
    written_line,
)
from newsthread.html._comments.field_selectors import CONTROL_HREF, META_SELECTOR
from newsthread.html._comments.meta_parts import Meta
from newsthread.html._comments.selectors import (
    BLOCK_TAGS,
    NOT_FAST,
    SKIP_TEXT_TAGS,
)
from newsthread.html._comments.state import Unit, Walker, clean, inside
from newsthread.html._comments.words import (
    AUTHOR_NOISE,
    BY_LINE,
    DATE_HINT,
    DATE_LINE,
    DATE_WORDS,
    DELETED_TEXT,
    LEVEL_TEXT,
    NAME_DATE_LINE,
    NOT_A_NAME,
    REMOVED_BY_ADMIN,
    SAYS_ALONE,
    SAYS_LINE,
    UI_LABEL,
)
from newsthread.html._dates import parse_visible_date
from newsthread.model import Author, CommentStatus

#: Elements left out of a text: the region's header parts (none: ``None``), the unit's own
#: author and date.
Skip = tuple[Meta | None, set[int]]
_NOTHING: set[int] = set()
_BLANKS = re.compile(r"\n{3,}")
_WS = re.compile(r"\s+")

_SEPARATOR = re.compile(r"^[\u2022\u00b7|/\u2013\u2014\u00bb\u203a~-]{1,3}$")

_BR_TAG = re.compile(r"<br\b[^>]*>", re.I)

_BLOCK_TAG = re.compile(
    r"</?(?:p|div|blockquote|li|ul|ol|h[1-6]|table|tr|section|article|header|footer|figure|dl|dd|dt|hr|"
    r"aside|details|summary|figcaption|address|main|nav|center)\b[^>]*>",
    re.I,
)

_ANY_TAG = re.compile(r"<[^>]*>")

_PARA_SPLIT = re.compile(r"\n[ \t]*\n\s*")
_PARA_BREAK = re.compile(r"\n[ \t]*\n")
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")


def comment_text(root: LexborNode, skip: Skip, units: dict[int, Unit], own: Unit) -> str:
    """Text of ``root`` with paragraphs as blank lines and ``<br>`` as line breaks, iteratively.

    ``skip``: the ids of elements to leave out, as the page's header parts and the unit's own
    author and date elements, two sets that are never merged (a merged copy per comment would
    make a thread of n comments cost n times the page's header parts).
    """
    if root.mem_id in units or root.css_first(NOT_FAST) is not None:
        return _walk_text(root, skip, units, own)
    page = skip[0]
    if (page or skip[1]) and (
        page.within(root, whole=root.mem_id in units)[1]
        if page is not None
        else root.css_first(META_SELECTOR) is not None
    ):
        return _walk_text(root, skip, units, own)
    if any(inside(meta, root, own.node) for meta in own.meta_nodes):
        return _walk_text(root, skip, units, own)
    # Plain markup (paragraphs, line breaks, inline tags): the serialised HTML through a few
    # C-level substitutions is far cheaper than visiting every node from Python.
    markup = _WS.sub(" ", root.html or "")
    markup = _BR_TAG.sub("\n", markup)
    markup = _BLOCK_TAG.sub("\n\n", markup)
    text = html.unescape(_ANY_TAG.sub("", markup))
    paras = []
    for chunk in _PARA_SPLIT.split(text):
        lines = [" ".join(line.split()) for line in chunk.split("\n")]
        para = "\n".join(line for line in lines if line)
        if para:
            paras.append(para)
    return "\n\n".join(paras)


def _walk_text(root: LexborNode, skip: Skip, units: dict[int, Unit], own: Unit) -> str:
    paras: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            joined = "".join(buf)
            buf.clear()
            for chunk in _PARA_BREAK.split(joined):
                lines = [" ".join(line.split()) for line in chunk.split("\n")]
                para = "\n".join(line for line in lines if line)
                if para:
                    paras.append(para)

    # Stack entries: a node to enter, or None to close a block.
    page, unit_skip = skip
    page_skip = page.within(root, whole=root.mem_id in units)[0] if page is not None else _NOTHING
    stack: list[LexborNode | None] = [root]
    root_id = root.mem_id
    pre_depth = 0
    pre_exits: list[int] = []
    while stack:
        node = stack.pop()
        if node is None:
            flush()
            continue
        if isinstance(node, int):  # pragma: no cover - never pushed
            continue
        if node.is_text_node:
            value = node.text_content or ""
            if pre_depth:
                buf.append(value)
            else:
                buf.append(_HTML_SPACE.sub(" ", value))
            continue
        if not node.is_element_node:
            continue
        tag = node.tag
        mid = node.mem_id
        if mid != root_id and (mid in page_skip or mid in unit_skip or tag in SKIP_TEXT_TAGS):
            continue
        if mid != root_id and mid in units and units[mid] is not own:
            continue
        if tag == "br":
            buf.append("\n")
            continue
        block = tag in BLOCK_TAGS
        if block:
            flush()
            stack.append(None)
        children = list(node.iter(include_text=True))
        children.reverse()
        stack.extend(children)
    flush()
    del pre_exits, own
    return "\n\n".join(paras)


def strip_prefix(text: str, name: str) -> str:
    if text.startswith(name):
        return text[len(name) :].lstrip(" :\n")
    return text


def fill_texts(region: LexborNode, units: list[Unit], walker: Walker) -> None:
    """Each unit's text without its header parts; a date from its first line; deleted notices."""
    # (A paragraph named as a footer, ``p.signature-footer``, is the commenter's text.)
    skip = Meta(region)
    # Most comments of a thread have a text element: one that has none (only a header and an
    # "Expand" link) is a collapsed comment whose text the page does not show.
    kinds = Counter(
        (u.text_node.tag, u.text_node.attributes.get("class"))
        for u in units
        if u.text_node is not None and u.text_node.tag != "blockquote"  # a quote, not the text
    )
    with_text = max(kinds.values(), default=0)  # one kind of text element: the thread's
    collapsible = with_text >= 2 and with_text * 3 >= len(units) * 2
    for unit in units:
        text = _without_header_lines(unit, _read_text(unit, skip, walker))
        unit.text = text
        if unit.status is CommentStatus.PUBLISHED and len(text) < 120:
            if REMOVED_BY_ADMIN.search(text):
                unit.status = CommentStatus.REMOVED
            elif any(DELETED_TEXT.search(line.strip()) for line in text.split("\n")):
                unit.status = CommentStatus.DELETED
        if (
            text
            and unit.status is CommentStatus.PUBLISHED
            and (
                (
                    collapsible
                    and unit.text_node is None
                    and len(text.split()) <= 6
                    and unit.node.css_first("p") is None
                )
                or _only_a_link_to_itself(unit, text)
            )
        ):
            unit.text = ""


def _read_text(unit: Unit, skip: Meta, walker: Walker) -> str:
    """A unit's text without its header and meta parts (the name box of a comment without a
    text element too); an author named only in its header's words is taken out of it."""
    body = unit.text_node
    own = {n.mem_id for n in unit.meta_nodes}
    if body is None:
        body = unit.partner if unit.partner is not None else unit.node
    header = name_box(unit) if unit.text_node is None else None
    if header is not None:
        text = comment_text(body, (skip, own | {header.mem_id}), walker.units, unit)
        if not text:
            text = comment_text(body, (skip, own), walker.units, unit)
        elif unit.published is None:
            unit.published = box_date(header, unit)
    else:
        text = comment_text(body, (skip, own), walker.units, unit)
    if not text and (skip or own):
        # Some themes put the text inside the header box: read it with only
        # the author and date elements left out.
        text = comment_text(body, (None, own), walker.units, unit)
    if body is unit.node and unit.author is not None:
        text = strip_prefix(text, unit.author.name)
    if unit.author is None:
        text = _author_from_header(unit, body, text, walker, (skip, own))
    return text


def _without_header_lines(unit: Unit, text: str) -> str:
    """The text without the header's and footer's lines left in it: trailing controls, a footer
    byline, a spacer, a score or age, "Says:", an "@handle", a level label, a date line (taken
    as the date when the unit has none)."""
    text = without_trailing_controls(unit.node, text)
    text = _without_footer_byline(unit, text)
    if _SEPARATOR.match(text.partition("\n")[0]) and text.partition("\n")[2].strip():
        # A header's spacer ("•", "|") left after its name and date were taken out.
        text = text.partition("\n")[2].lstrip("\n")
    elif unit.text_node is None and (
        _header_rest(text.partition("\n")[0])
        or (_POST_NUMBER.match(text.partition("\n")[0]) and not written_line(unit, text))
    ):
        # What a header shows beside the name, in unnamed elements: a score, a spacer, an
        # age ("14 • 7mo").
        text = text.partition("\n")[2].lstrip("\n")
    text = _without_echoed_subject(unit.node, text)
    if _MASKED_IP.match(text.partition("\n")[0]) and text.partition("\n")[2].strip():
        # The masked address a board shows beside an anonymous poster's name ("(118.235)").
        text = text.partition("\n")[2].lstrip("\n")
    head, _, rest = text.partition("\n")
    handle = _HANDLE_LINE.match(head.strip())
    beside = handle is not None and _beside_name(unit, head.strip())
    if beside and handle is not None and unit.account is None:
        unit.account = handle.group(1)  # "@rokafor" in an element beside the name
    if rest.strip() and (
        (SAYS_ALONE.match(head.strip()) and not written_line(unit, head))
        or beside
        or addressed_parent(unit, head.strip())
    ):
        # "Says:" after a name taken out; the "@handle" shown beside the display name; the
        # "@Ann" a reply widget prints alone over a reply to Ann (Artalk).
        text = rest.lstrip("\n")

    if LEVEL_TEXT.match(text.partition("\n")[0]):
        # A hidden "level 2" label that screen readers get: the depth, not the text.
        text = text.partition("\n")[2].lstrip("\n")
    if text:
        head, _, rest = text.partition("\n")
        dated = (
            parse_visible_date(head)
            if len(head) <= 80 and DATE_WORDS.search(head) and not _prose(head)
            else None
        )
        if dated is not None and unit.published is None:
            unit.published = dated
        if dated is not None and DATE_LINE.match(head) and rest.strip():
            text = rest.lstrip("\n")  # the header's date line ("/ 22.04.2020"), not the text
    return text


def _author_from_header(unit: Unit, body: LexborNode, text: str, walker: Walker, skip: Skip) -> str:
    """An author named only in words: "Ann says:", "**Ann** dijo:", "Ann | 2 May 2024",
    "geschrieben von Ann am 21. Jan.", "posted by Ann".

    The header lines are the first two of the unit's whole text (its "says" label included);
    when the comment's text holds the line, it leaves the text.
    """
    whole = comment_text(unit.node, (None, _NOTHING), walker.units, unit)
    heads = [line.strip() for line in whole.split("\n")[:3] if line.strip()][:2]
    for at_head, head in enumerate(heads):
        if len(head) > 120:
            break
        name = _name_in(head, first=at_head == 0)
        if name is None and at_head == 0:
            name = _name_before_date(unit, head)
        if name is None and at_head == 0:
            name = _name_after_date(unit, head, skip)
        if name is None:
            continue
        unit.author = Author(name=name)
        if unit.published is None and "|" in head:
            unit.published = parse_visible_date(head.rpartition("|")[2])  # "Ann | 2 May 2024"
        lines = text.split("\n")
        for at, line in enumerate(lines[:3]):
            if line.strip() in (head, name) or SAYS_LINE.match(line.strip()) is not None:
                # "Ann" with its "says" label left out as a header part counts as the line too.
                return _BLANKS.sub("\n\n", "\n".join(lines[:at] + lines[at + 1 :])).strip("\n")
        return text
    stacked = _name_over_date(whole)
    if stacked is not None:
        # "Hana" over "2024-05-02 09:30" in a header of unnamed elements (Cusdis, Tailwind).
        name, date_line = stacked
        unit.author = Author(name=name)
        if unit.published is None:
            unit.published = parse_visible_date(date_line)
        lines = [line for line in text.split("\n") if line.strip() not in (name, date_line)]
        if len(lines) < len(text.split("\n")):
            return _BLANKS.sub("\n\n", "\n".join(lines)).strip("\n")
        return text
    tail = whole.rstrip().rpartition("\n")[2].strip()
    by = BY_LINE.search(tail) if 0 < len(tail) <= 120 and tail not in heads else None
    name = by.group("name") if by is not None else None
    name = name.strip(" *_\u00b7-") if name else None
    if name and len(name.split()) <= 5 and not name[0].isdigit() and not NOT_A_NAME.search(name):
        # A footer line: "Posted by: Ann | May 02, 2024 at 09:30 AM" (Typepad, Movable Type).
        unit.author = Author(name=name)
        if unit.published is None:
            unit.published = parse_visible_date(tail.rpartition("|")[2])
        if text.rstrip().endswith(tail):
            text = text.rstrip()[: -len(tail)].rstrip()
    return text


# A header's separator between its parts: "May 2, 2024 - Ann", "12:30 | Ann".
_PART_SEPARATOR = re.compile(
    # (each run of blanks tried once, from its start: a long run costs no more than its length)
    r"(?<!\s)\s+(?:[-|\u00b7\u2022\u2013\u2014]"
    # "Le 9 mai 2024, 08:12 par Lucie" (Dotclear), "2 May 2024 by Ann": a "by" word after the date.
    r"|by|par|von|por|door|av|af|przez)\s+"
)


_SCORE_OR_AGE = (
    # (a number read whole, possessively, and a "-" before it always the spacer: a run of
    # digits, or of "-1", split between repeats backtracked 2^n ways on a line that fails)
    r"(?:[+\u2212]?\d[\d.,]*+k?(?:\s*(?:points?|pts|votes?))?"
    r"|(?:\d{1,3}\s?(?:s|m|min|mins|h|hr|hrs|d|w|wk|wks|mo|mos|y|yr|yrs)\.?(?:\s+ago)?)"
    r"|[\u2022\u00b7|\u2013\u2014-])"
)
_HEADER_REST = re.compile(rf"^{_SCORE_OR_AGE}(?:\s*{_SCORE_OR_AGE})*$", re.I)
_AGE = re.compile(r"\d\s?(?:s|m|min|mins|h|hr|hrs|d|w|wk|wks|mo|mos|y|yr|yrs)\b\.?", re.I)


def _header_rest(line: str) -> bool:
    """Whether a line holds nothing but scores, spacers and an age ("14 • 7mo", "3 points · 2h",
    "14 •")."""
    line = line.strip()
    return (
        0 < len(line) <= 40
        # an age, or a spacer left at the end where the date was taken out ("14 •")
        and (_AGE.search(line) is not None or line[-1] in _SPACERS)
        and _HEADER_REST.match(line) is not None
    )


#: An IP address in brackets, masked or cut short: "(118.235)", "(211.36.*.*)", "(1.2.3.xxx)".
_MASKED_IP = re.compile(r"^\(\d{1,3}\.\d{1,3}(?:\.(?:\d{1,3}|\*+|x+)){0,2}\)$")

#: A post's number alone on the header's line: Flarum's "#2".
_POST_NUMBER = re.compile(r"^#\d{1,7}$")

_SPACERS = frozenset("\u2022\u00b7|\u2013\u2014-")


def _name_after_date(unit: Unit, head: str, skip: Skip) -> str | None:
    """The name after the date in a header line ("May 2, 2024, 9:30 a.m. - Rita K."), read
    without the header's badges and controls ("moderator", "¶")."""
    parts = _PART_SEPARATOR.split(head, maxsplit=1)
    if (
        len(parts) != 2
        or len(parts[0].split()) > 7  # a title with a date in it, not a date
        or unit.status is not CommentStatus.PUBLISHED  # a pingback's "title | site"
        or not DATE_WORDS.search(parts[0])
    ):
        return None
    dated = parse_visible_date(parts[0])
    if dated is None:
        return None
    line = head
    if unit.node.css_first(META_SELECTOR) is not None:
        shown = comment_text(unit.node, skip, {}, unit)
        line = next((x.strip() for x in shown.split("\n") if x.strip()), head)
        parts = _PART_SEPARATOR.split(line, maxsplit=1)
        if len(parts) != 2:
            return None
    name = parts[1].strip(" |,:\u00b6\u00a7#\u00b7\u2013\u2014-")
    if not _header_name(name):
        return None
    if unit.published is None:
        unit.published = dated
    return name


def _header_name(name: str) -> bool:
    """Whether the words beside a comment's date in its header line can be its author's name."""
    return not (
        not name
        or len(name) > 40
        or len(name.split()) > 4
        or any(ch.isdigit() for ch in name)
        or NOT_A_NAME.search(name)
        or UI_LABEL.match(name)
    )


def _name_before_date(unit: Unit, head: str) -> str | None:
    """The name in a header line that ends with the comment's date ("Ann Lee 2 May 2024": a
    heading with the date in a ``small``; "Georg N. am 10.4.2020")."""
    shown = " ".join(unit.date_text.split()) if unit.date_text else ""
    dated = None
    # "Ann dijo: 4/3/2024 en respuesta a Bob": the line ends with the date before its reply note.
    head = _REPLY_TO_TAIL.sub("", head)
    if not shown:
        # No date element read: the shortest run of the line's last words that reads as a date.
        words = head.split()
        for k in range(1, min(5, len(words) - 1) + 1):
            if any(ch.isdigit() for ch in " ".join(words[:-k])):
                continue  # the date starts further left ("2 May 2024", not "May 2024")
            tail = " ".join(words[-k:])
            if (
                _DATE_START.match(words[-k])
                and DATE_WORDS.search(tail)
                and (dated := parse_visible_date(tail)) is not None
            ):
                shown = tail
            break
    if not shown or len(head) <= len(shown) or not head.endswith(shown):
        return None
    name = _CONNECTOR_END.sub("", head[: -len(shown)]).strip(" |,:\u00b7\u2013\u2014-")
    name = AUTHOR_NOISE.sub("", name).strip(" |,:")  # "Ann dijo: 4/3/2024": the verb goes
    if not _header_name(name):
        return None
    if unit.published is None and dated is not None:
        unit.published = dated
    return name


# The first word of a date after a name: a number ("2", "10.4.2020"), a word that joins a
# name to its date, or a month or weekday name (letters only).
_DATE_START = re.compile(r"^(?:\d{1,4}(?:[./-]\d{1,4}){0,2}[.,]?|[^\W\d_]{2,}\.?,?)$")

# "Georg N. am", "Ann on": the word that joins a name to its date.
_REPLY_TO_TAIL = re.compile(
    r"\s+(?:in reply to|replying to|en respuesta a|em resposta a|en réponse à|als antwort auf|"
    r"in risposta a|w odpowiedzi na|в ответ на|у відповідь на)\s+\S.{0,60}$",  # noqa: RUF001
    re.I,
)
_CONNECTOR_END = re.compile(r"\s+(?:am|on|le|el|il|um|vom|at|op|w|в)\s*$", re.I)


def _name_over_date(whole: str) -> tuple[str, str] | None:
    """A first line that reads as a name with a date line right under it (a badge between)."""
    lines = [line.strip() for line in whole.split("\n")[:6] if line.strip()][:3]
    if len(lines) < 2:
        return None
    name = lines[0]
    if (
        len(name) > 40
        or len(name.split()) > 4
        or any(ch.isdigit() for ch in name)
        or NOT_A_NAME.search(name)
        or UI_LABEL.match(name)
    ):
        return None
    for line in lines[1:]:
        if DATE_LINE.match(line) and parse_visible_date(line) is not None:
            return name, line
        if len(line.split()) > 2:
            break
    return None


def _name_in(head: str, *, first: bool) -> str | None:
    says = SAYS_LINE.match(head)
    name: str | None = None
    if says is not None:
        name = says.group("name")
    else:
        by = BY_LINE.search(head)
        if by is not None:
            name = by.group("bare") or by.group("name")
        elif first:
            dated = NAME_DATE_LINE.match(head)
            if dated is not None and (
                parse_visible_date(dated.group("rest")) is not None
                or DATE_HINT.search(dated.group("rest")) is not None
            ):
                name = dated.group("name")
    name = name.strip(" *_\u00b7-") if name else None
    if not name or len(name.split()) > 5 or name[0].isdigit() or NOT_A_NAME.search(name):
        return None  # "39 points · 6 years ago", "Comment removed by moderator · 4 yr. ago"
    return name


_HANDLE_LINE = re.compile(r"^@([\w.-]{2,40})$")


def _beside_name(unit: Unit, label: str) -> bool:
    """Whether an element showing ``label`` stands in the box of the author's name element (a
    handle in the header; not an "@Ann" that opens the text to address someone)."""
    if not unit.meta_nodes or unit.meta_nodes[0].parent is None:
        return False
    box = unit.meta_nodes[0].parent.mem_id
    for el, _ in zip(unit.node.traverse(), range(60), strict=False):
        if el.parent is not None and el.parent.mem_id == box and clean(el.text(deep=True)) == label:
            return True
    return False


def _only_a_link_to_itself(unit: Unit, text: str) -> bool:
    """Whether a comment's only words are a link to itself or an action ("Expand", "Развернуть"):
    a collapsed comment's control, not its text."""
    if "\n" in text or len(text) > 30 or len(text.split()) > 2:
        return False
    for link in unit.node.css("a")[:12]:
        if clean(link.text(deep=True)) == text:
            href = link.attributes.get("href") or ""
            return (
                bool(unit.key and unit.key in href)
                or CONTROL_HREF.search(href) is not None
                or ("#" in href and unit.author is not None and unit.published is not None)
            )
    return False


def _without_echoed_subject(node: LexborNode, text: str) -> str:
    """Drop a subject line made of the text's first words (Drupal's default comment subject,
    "Finally" over "Finally a safe way to school."), when it is a heading or link of its own."""
    head, sep, rest = text.partition("\n")
    head = head.strip().rstrip(".\u2026 ")
    if not sep or len(head) < 2 or len(head) > 80 or not rest.lstrip("\n").startswith(head):
        return text
    for inner in node.css("h2, h3, h4, h5, h6, a"):
        if clean(inner.text(deep=True)).rstrip(".\u2026 ") == head:
            return rest.lstrip("\n")
    return text


# "posted by Ann at 9:30 AM on May 2, 2024" (the name may be gone: taken as the author).
_FOOTER_BY = re.compile(
    r"^(?:posted|written|submitted|commented|geschrieben|verfasst|gepostet|escrito|publicado|"
    r"posté|publié|scritto|pubblicato|inviato|napisany|dodany)\s+(?:by|von|por|par|da|przez|de)\b",
    re.I,
)


def _without_footer_byline(unit: Unit, text: str) -> str:
    """Drop a last line that is the comment's byline with its date; the date is the comment's
    when it has none."""
    head, sep, last = text.rpartition("\n")
    line = last.strip()
    if not sep or not head.strip() or len(line) > 160 or _FOOTER_BY.match(line) is None:
        return text
    dated = parse_visible_date(line) if DATE_WORDS.search(line) else None
    if dated is None:
        return text
    if unit.published is None:
        unit.published = dated
    return head.rstrip("\n")


def _prose(line: str) -> bool:
    """Whether a first line reads as a sentence rather than a header ("I visited in 2019. She
    gave the best tour."): many words, or a sentence's end."""
    words = line.split()
    if len(words) > 8 or line.endswith(("!", "?")):
        return True
    return (
        line.endswith(".")
        and not any(ch.isdigit() for ch in words[-1])
        and not line.endswith(("a.m.", "p.m."))
    )
