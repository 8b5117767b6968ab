"""Fill an open comment from its units: header lines, a reply line, a late header, then text.

A :class:`CommentFiller` also collects the reply signals the header lines carry (parent
anchors, "in reply to" names, depth numbers) for ``_relink`` to apply once the thread is built.
"""

from __future__ import annotations

import re

from newsthread.markdown._authorlines import (
    REPLY_LINE,
    heuristic_header,
    inline_header,
    name_like,
)
from newsthread.markdown._commentdates import parse_date
from newsthread.markdown._opencomment import OpenComment
from newsthread.markdown._units import Unit
from newsthread.model import Author, Comment

__all__ = ["CommentFiller", "permalink_title"]


_TABLE_TAIL = re.compile(r"[\s:\-]*\|[\s|:\-]*$")


# the badge some comment systems print under the name of the article's author or a moderator
_ROLE_LINE = re.compile(
    r"\n\s*(?:post |beitrags)?(?:autor(?:in)?|author|admin(?:istrator)?|moderator(?:in)?|"
    r"redaktion|editor|staff|auteur|autore)\s*$",
    re.IGNORECASE,
)


def _late_header(state: OpenComment, unit: Unit, text: str) -> bool:
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


def _date_from_title(comment: Comment, unit: Unit) -> None:
    """The full date a header's time link carries in its title, where the header showed a
    relative time ("[2 years ago](#c-1 "Saturday, March 2, 2024 6:15 PM")")."""
    if comment.published is not None or not unit.titles:
        return
    for title in unit.titles.values():
        when = parse_date(title) if len(title) <= 60 else None
        if when is not None:
            comment.published = when
            return


def permalink_title(unit: Unit) -> bool:
    """A heading that is one link to a comment's anchor: a comment's title under its header."""
    links = unit.links
    return (
        unit.kind == "h"
        and len(links) == 1
        and links[0].start == 0
        and links[0].end >= len(unit.text.rstrip())
        and "#" in links[0].url
        and len(unit.text) <= 120
    )


class CommentFiller:
    """Adds units to open comments and keeps the reply signals their header lines carry."""

    def __init__(self, strict: bool, made: list[OpenComment]) -> None:
        self.strict = strict
        self.made = made  # the builder's comments in document order, for the names above one
        self.parent_refs: list[tuple[Comment, str]] = []
        self.reply_names: list[tuple[Comment, str]] = []  # "in reply to Ann" without a link
        self.numbers: list[tuple[Comment, str]] = []  # "1.1 Ann": numbers that say the depth
        self.names: set[str] = set()  # authors of the comments before names_upto in made
        self.names_upto = 0

    def feed(self, state: OpenComment, unit: Unit) -> None:
        """Add one unit to a comment: a header line while headers may come, else its text."""
        if self.strict:
            state.parts.append(unit.text)
            return
        if unit.page_anchor is not None and state.page_id is None and not state.parts:
            state.page_id = unit.page_anchor
        text: str | None = unit.text.strip()
        if not text:
            return  # an avatar image or an emptied line says nothing
        if not state.parts and state.pending is None and self._reply_line(state, unit, text):
            # The header ends at its reply line: a short first line of text after it is no
            # pending name (which would swallow the next comment's header).
            state.header = False
            return
        c = state.comment
        if permalink_title(unit) and not state.parts and (c.author or c.published):
            # "### [Does the plan say](/comment/101#comment-101)" under the header (Drupal)
            c.url = c.url or unit.links[0].url
            state.title = text
            return
        if state.header and unit.quote != -1 and c.author is not None and c.published is not None:
            state.header = False  # a quote after a whole header ("Ann said: …" above a reply)
        if state.header:
            text = self._header(state, unit, text)
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

    def _header(self, state: OpenComment, unit: Unit, text: str) -> str | None:
        """Read ``unit`` as a header line of ``state``; the text left (None: all header)."""
        c = state.comment
        head = heuristic_header(unit)
        if head is not None:
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
            if head.reply_to is not None:
                self.parent_refs.append((c, head.reply_to))
            if head.reply_to_name is not None:
                self.reply_names.append((c, head.reply_to_name))
            if head.number is not None:
                self.numbers.append((c, head.number))
            _date_from_title(c, unit)
            return None
        if state.pending is None and not state.parts and "\n" in text:
            role = _ROLE_LINE.search(text)
            if role is not None and name_like(text[: role.start()].strip()):
                unit.text = text[: role.start()].strip()  # "Martina Berg\nAutor": a badge
                text = unit.text
        inline = inline_header(unit) if unit.links else None
        if inline is None:
            if state.pending is None and not state.parts and name_like(text):
                state.pending = unit
                return None
            return text
        c.author = c.author or inline.header.author
        c.published = c.published or inline.header.published
        c.url = c.url or inline.header.url
        if inline.header.date_text is not None:
            c.extra = {"date_text": inline.header.date_text}
        if inline.parent is not None:
            self.parent_refs.append((c, inline.parent))
        _date_from_title(c, unit)
        return unit.text[inline.cut :].strip()

    def _reply_line(self, state: OpenComment, unit: Unit, text: str) -> bool:
        """Read "Antwort auf #1 von Ann" opening a comment's text as its parent (a link to
        the parent's anchor, else the name); True when the line was one."""
        if len(text) > 120 or "\n" in text:
            return False
        found = REPLY_LINE.match(text)
        if found is None:
            return False
        link = next((k for k in unit.links if "#" in k.url), None)
        if link is not None:
            self.parent_refs.append((state.comment, link.url.rsplit("#", 1)[1]))
            return True
        # without a link, only a name that wrote a comment above ("reply to a" is text)
        name = found.group("name").strip(" .,:")
        if name not in self._names_above(state):
            return False
        self.reply_names.append((state.comment, name))
        return True

    def _names_above(self, state: OpenComment) -> set[str]:
        """The authors of the comments opened before ``state`` (kept up to date in one pass)."""
        made = self.made
        end = next((i for i in range(len(made) - 1, -1, -1) if made[i] is state), len(made))
        for done in made[self.names_upto : end]:
            if done.comment.author is not None:
                self.names.add(done.comment.author.name)
        self.names_upto = max(self.names_upto, end)
        return self.names
