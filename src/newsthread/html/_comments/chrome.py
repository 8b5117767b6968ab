"""What stands around a comment's text and is not its text: the short box around the name,
the "@name" a reply widget prints, the controls and vote counts after the text."""

from __future__ import annotations

import re
from datetime import datetime

from selectolax.lexbor import LexborNode

from newsthread.html._comments.field_selectors import CONTROL_HREF
from newsthread.html._comments.state import Unit, clean, next_element
from newsthread.html._comments.words import DATE_LINE, DATE_WORDS
from newsthread.html._dates import parse_visible_date

__all__ = [
    "addressed_parent",
    "box_date",
    "name_box",
    "without_trailing_controls",
    "written_line",
]


#: Block elements that make a comment's header box.
_BOX_TAGS = frozenset({"div", "header", "p"})


def box_date(box: LexborNode, unit: Unit) -> datetime | None:
    """The date the name's box shows beside the name ("Karsten Dörre / 22.04.2020")."""
    line = clean(box.text(deep=True))
    if unit.author is not None:
        line = line.replace(unit.author.name, " ")
    line = line.strip(" /|\u00b7\u2022-")
    if len(line) > 80 or not DATE_WORDS.search(line):
        return None
    return parse_visible_date(line)


def name_box(unit: Unit) -> LexborNode | None:
    """A comment without a text element: the short box around its name (avatar letter, name,
    handle, age, number: Talkyard's ``div.dw-p-hd``) when the text follows it, left out."""
    if not unit.meta_nodes:
        return None
    box = unit.meta_nodes[0].parent
    if box is None or box.mem_id == unit.node.mem_id or box.tag not in _BOX_TAGS:
        return None
    nxt = next_element(box)
    if nxt is None or len(box.text(deep=True)) > 100 or not _only_header(box, unit):
        return None
    return box


#: What a header box shows beside the name and date: "@handle", "#2", an avatar's letter,
#: spacers.
_BOX_NOISE = re.compile(r"@[\w.-]+|#\d+|(?<!\w)[^\W\d_](?!\w)|[\u2022\u00b7|/\u2013\u2014:,()-]")
_TIME = re.compile(r"\d{1,2}:\d\d(?::\d\d)?")
#: The words of a header line around its date: "said, on … at", "schrieb am … um … Uhr".
_HEADER_WORDS = re.compile(
    r"(?<!\w)(?:says|said|wrote|writes|sagt|schreibt|schrieb|meint|dit|dice|dijo|scrive|pisze|disse"
    r"|posted|gepostet|geschrieben|verfasst|on|at|am|um|le|el|il|à|de|del|alle|pm|uhr|h)(?!\w)",
    re.I,
)
#: A date or an age alone: "22.04.2020", "March 7, 2018", "1 year ago", "vor 2 Stunden", "7mo".
_DATE_ALONE = re.compile(
    r"^(?:\d{1,3}\s?[^\W\d_]{1,8}\.?(?:\s(?:ago|atrás))?|(?:vor|hace|il y a)\s\d{1,3}\s[^\W\d_]{1,8})$",
    re.I,
)


def _only_header(box: LexborNode, unit: Unit) -> bool:
    """Whether the box holds nothing but the name, the date and the header's marks (not "Ann
    wrote: I take the 42 every day.", the first paragraph of a comment that names its author)."""
    line = clean(box.text(deep=True))
    for node in unit.meta_nodes:
        shown = clean(node.text(deep=True))
        if shown:
            line = line.replace(shown, " ")
    if unit.author is not None:
        line = line.replace(unit.author.name, " ")
    rest = " ".join(_BOX_NOISE.sub(" ", _TIME.sub(" ", line)).split())
    if not rest or DATE_LINE.match(rest) is not None or _DATE_ALONE.match(rest) is not None:
        return True
    # "said, on August 3, 2019 at 3:19 pm": a date with the header's words around it.
    words = _HEADER_WORDS.sub(" ", rest).split()
    named = [w for w in words if not w.isdigit()]
    return (
        len(named) <= 2
        and len(named) < len(words)
        and all(len(w) <= 10 for w in named)
        and parse_visible_date(" ".join(words)) is not None
    )


def written_line(unit: Unit, text: str) -> bool:
    """Whether the first line of ``text`` is a paragraph of the comment (``<p>#2</p>``,
    ``<p>Posted</p>``): the commenter's words, not a header's number or label."""
    line = clean(text.partition("\n")[0])
    for el, _ in zip(unit.node.traverse(), range(300), strict=False):
        if el.tag == "p" and clean(el.text(deep=True)) == line:
            return True
    return False


def addressed_parent(unit: Unit, line: str) -> bool:
    """Whether a line is "@" and the name of the comment the unit replies to."""
    up = unit.parent
    if not (
        line.startswith("@")
        and up is not None
        and up.author is not None
        and line[1:].strip() == up.author.name
    ):
        return False
    # The widget's own element (``span.atk-reply-at``), not a paragraph the commenter wrote.
    for el, _ in zip(unit.node.traverse(), range(80), strict=False):
        if el.tag != "p" and el.attributes.get("class") and clean(el.text(deep=True)) == line:
            return True
    return False


_COUNT_LINE = re.compile(r"^[+\u2212-]?\d{1,6}$")
_VOTE_CONTROL = 'a[href="#"], a[href^="javascript"], button'


def without_trailing_controls(node: LexborNode, text: str) -> str:
    """Drop the last line if it is a control's label; while it is a vote count (likes and
    dislikes, each beside its control), the line before it too."""
    shorter = _without_trailing_control(node, text)
    for _ in range(2):
        if shorter == text or _COUNT_LINE.match(text.rpartition("\n")[2].strip()) is None:
            break
        text, shorter = shorter, _without_trailing_control(node, shorter)
    return shorter


def _without_trailing_control(node: LexborNode, text: str) -> str:
    """Drop a last line that is a control's label in any language ("Antworten", "Répondre").

    The line must be a word or two that is the whole text of a button or of a link that goes
    nowhere else (``#…``, ``javascript:``, a reply, login or comment action) in the comment.
    """
    head, sep, last = text.rpartition("\n")
    label = last.strip()
    if not sep or not label or len(label.split()) > 2 or len(label) > 30:
        return text
    count = _COUNT_LINE.match(label) is not None
    for inner, _ in zip(node.traverse(), range(300), strict=False):
        if count and inner.tag == "span" and inner.parent is not None:
            # A vote count between its controls ("up +2 down", the controls left out).
            if clean(inner.text(deep=True)) == label and inner.parent.css_first(_VOTE_CONTROL):
                return head.rstrip("\n")
            continue
        if inner.tag not in ("a", "button") or clean(inner.text(deep=True)) != label:
            continue
        href = (inner.attributes.get("href") or "").lower()
        if inner.tag == "button" or not href or CONTROL_HREF.search(href) is not None:
            return head.rstrip("\n")
    return text
