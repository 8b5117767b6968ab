"""Build the comment tree from the units of a comment section.

A :class:`_Builder` takes the units one at a time: list items become comments
nested by list or by the column of their marker line, ``level N`` lines and
parent links nest the others, header lines (``_fill``, ``_authorlines``) fill
author, date and permalink, chrome lines (``_comments.is_boilerplate``) are
dropped, and a heading outside the thread ends it. A section newsthread wrote is
read strictly from its own header lines (``_ownheader``). Once the units are
read, ``_relink`` applies the reply signals and ``_tidy`` drops chrome comments
and gives the ids.
"""

from __future__ import annotations

import re

from newsthread.markdown._authorlines import heuristic_header, inline_header, name_like
from newsthread.markdown._chrome import (
    drop_heading_cards,
    drop_profile_cards,
    fold_header_lists,
    fold_text_lists,
)
from newsthread.markdown._comments import (
    CLOSED,
    FORM,
    FORM_FIELD,
    MORE_STUB,
    header_piece,
    is_boilerplate,
    item_has_header,
)
from newsthread.markdown._fill import CommentFiller, permalink_title
from newsthread.markdown._headers import level_of, profile_link
from newsthread.markdown._opencomment import OpenComment
from newsthread.markdown._ownheader import own_header
from newsthread.markdown._relink import relink, relink_by_name, relink_by_number
from newsthread.markdown._tidy import (
    close_comments,
    drop_after_last_row,
    drop_empty,
    drop_repeated,
    edge_chrome,
)
from newsthread.markdown._unitkinds import (
    action_link,
    is_comment_title,
    is_flat_thread,
    move_attribute_id,
)
from newsthread.markdown._units import Unit
from newsthread.model import Comment

__all__ = ["build_comments"]


#: Units after a heading inside a thread in which a comment header shows the thread goes on.
_FOLLOW = 12
_BADGE = 40  # the longest role badge under a name ("Well-known member")


def build_comments(units: list[Unit], strict: bool) -> list[Comment]:
    """The comment tree of the units after the section heading.

    Nesting: in a document newsthread wrote, from the list structure and the
    ``continues`` references; otherwise from the indentation of the lines that
    open list items, so that converters which indent only the marker line
    still nest, from "level N" lines and from parent links. Paragraphs outside
    any list belong to the comment before them unless they open a new one with
    an author or date line. Comments get the ids of their anchors when they
    have one; the others get ``c1``, ``c2``, ... in document order, skipping
    ids taken by anchors.
    """
    if not strict:
        drop_profile_cards(units, profile_link, _date_line)
        drop_heading_cards(units, profile_link)
    builder = _Builder(units, strict)
    for index, unit in enumerate(units):
        if not builder.step(index, unit):
            break
    return builder.finish()


#: Units after a heading in which the thread's first header shows it is no end of the thread.
_FORM_HEADINGS = 20
_IMAGE = re.compile(r"^!\[[^\]\n]{0,200}\]\([^)\s]*\)$")


def _date_line(unit: Unit) -> bool:
    """A header line with a date and no name."""
    head = heuristic_header(unit)
    return head is not None and head.author is None and head.published is not None


def _opens(unit: Unit) -> bool:
    """Whether a unit holds a comment header."""
    return heuristic_header(unit) is not None or (
        bool(unit.links) and inline_header(unit) is not None
    )


class _Builder:
    """The comment tree being built from a section's units, one unit at a time."""

    def __init__(self, units: list[Unit], strict: bool) -> None:
        self.units = units
        self.strict = strict
        self.top: list[Comment] = []
        self.made: list[OpenComment] = []
        self.filler = CommentFiller(strict, self.made)
        self.by_item: dict[int, OpenComment] = {}
        self.item_parent: dict[int, int] = {}
        self.by_id: dict[str, Comment] = {}
        # open list comments by marker column (heuristic mode)
        self.columns: list[tuple[int, Comment]] = []
        self.current: OpenComment | None = None
        self.in_form = False
        self.last_text: Unit | None = None  # the last line taken as text (not an image)
        self.levels: list[tuple[int, Comment]] = []  # comments opened by "level N" lines
        self.next_anchor: str | None = None  # an anchor alone above the comment it marks
        if not strict:
            fold_header_lists(units, header_piece)
            fold_text_lists(units, item_has_header)
        self.flat_headers = not strict and any(
            u.item == -1 and u.kind == "p" and heuristic_header(u) is not None for u in units
        )
        # a thread whose comments open with author-and-date lines outside lists, and none in a
        # list: its lists are text and buttons of the comment above them (Drupal's link lists)
        self.loose_lists = self.flat_headers and is_flat_thread(units)

    def create(self, unit: Unit, parent: Comment | None, with_unit: bool = True) -> OpenComment:
        comment = Comment(id="")
        own = own_header(unit) if unit.anchor is not None else None
        state = OpenComment(comment, list_key=unit.list_key if unit.item != -1 else -1)
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
                parent = self.by_id.get(own.continues)
                if parent is None:
                    comment.in_reply_to = own.continues
            self.by_id[own.id] = comment
        elif not self.strict:
            anchor = None if with_unit else unit.page_anchor  # a title's or level line's anchor
            state.page_id, self.next_anchor = anchor or self.next_anchor, None
        if parent is not None:
            parent.add(comment)
        else:
            self.top.append(comment)
        self.made.append(state)
        if own is None and with_unit:
            self.filler.feed(state, unit)
        return state

    def _badge(self, index: int, unit: Unit) -> bool:
        """A short heading right under a name heading ("#### [Ann](/members/ann.1/)" then
        "##### New member"): a role badge, not the end of the thread."""
        current = self.current
        if unit.kind != "h" or current is None or not current.header or current.parts:
            return False
        text = unit.text.strip()
        if not 0 < len(text) <= _BADGE or unit.links or current.comment.author is None:
            return False
        above = next(
            (u for u in reversed(self.units[max(0, index - 3) : index]) if u.kind != "html"), None
        )
        if above is None or above.kind != "h":
            return False
        head = heuristic_header(above)
        return head is not None and head.author is not None and heuristic_header(unit) is None

    def _header_follows(self, index: int) -> bool:
        """Whether a comment's author-and-date line comes soon after the heading at ``index``
        and before the next heading: the heading is a line of a comment's text ("# cmd" in
        code a converter broke), not the end of the thread."""
        for unit in self.units[index + 1 : index + 1 + _FOLLOW]:
            if unit.kind == "h":
                return False
            if unit.item != -1 and not self.loose_lists:
                return False  # a list of linked posts with dates: a sidebar
            if unit.kind == "p" and header_piece(unit) == "header":
                return True
        return False

    def _name_above(self, unit: Unit, last: Unit | None) -> Unit | None:
        """The name line taken as the current comment's last paragraph when ``unit``, which
        opens a comment, is a date line without a name: the line was the new comment's
        author (taken back out of the comment above)."""
        current = self.current
        if last is None or self.strict:
            return None
        head = heuristic_header(unit)
        if head is None or head.author is not None or head.published is None:
            return None
        text = last.text.strip()
        if len(text) > 60 or not name_like(text):
            return None
        if len(text.split()) > 4 or text.endswith((".", "!", "?")):
            return None
        if current is not None:  # (else the line was left out as chrome before the thread)
            if not current.parts or current.parts[-1] != text:
                return None
            current.parts.pop()
        return last

    def _before_first_header(self, index: int) -> bool:
        """Whether no comment so far has a header and a whole comment header comes within the
        next units: the heading belongs to a comment form above the thread (its help texts)."""
        if any(s.comment.author is not None or s.comment.published is not None for s in self.made):
            return False
        following = self.units[index + 1 : index + 1 + _FORM_HEADINGS]
        return any(u.item == -1 and header_piece(u) == "header" for u in following)

    def _title_under_header(self, unit: Unit) -> bool:
        """A comment's title linked to its anchor right under the comment's header (Drupal)."""
        current = self.current
        if current is None or current.parts or not permalink_title(unit):
            return False
        return current.comment.author is not None or current.comment.published is not None

    def _chrome(self, unit: Unit, index: int, title: bool) -> bool | None:
        """Drop chrome lines from ``unit``: False ends the thread, None skips the unit."""
        line = unit.text.strip()
        if unit.depth == 0 and self.made and CLOSED.match(line):
            return False
        if (
            unit.kind == "h"
            and unit.depth == 0
            and self.made
            and not FORM.match(line)
            and not is_boilerplate(line)
            and heuristic_header(unit) is None
            and not title
            and not self._header_follows(index)
            and not self._title_under_header(unit)
            and not self._before_first_header(index)
        ):
            return False  # a heading outside the thread: sidebar, footer, related articles
        if unit.depth == 0 and (
            FORM.match(line) or MORE_STUB.match(line) or FORM_FIELD.match(line)
        ):
            self.in_form = True
        lines = unit.text.split("\n")
        kept = [line for line in lines if not is_boilerplate(line)]
        if not kept:
            return None
        if len(kept) != len(lines):
            unit.text = "\n".join(kept)
            unit.links = []
        return True

    def step(self, index: int, unit: Unit) -> bool:
        """Take one unit; False when the thread has ended."""
        if unit.kind in {"hr", "html"}:
            return True
        strict = self.strict
        if not strict and self._badge(index, unit):
            return True
        if not strict and "{#" in unit.text:
            move_attribute_id(unit)
        title = (
            not strict
            and unit.kind == "h"
            and unit.depth == 0
            and is_comment_title(self.units, index)
        )
        if not strict:
            keep = self._chrome(unit, index, title)
            if keep is False:
                return False
            if keep is None:
                if unit.item == -1 and self.current is not None:
                    self.current.row_at = len(self.current.parts)
                return True
        action = None if strict else action_link(unit)
        if action is not None:
            current = self.current
            if current is not None and action[0] == "permalink" and current.comment.url is None:
                current.comment.url = action[1]
            elif current is not None and action[0] == "parent" and action[1].startswith("#"):
                self.filler.parent_refs.append((current.comment, action[1][1:]))
            return True
        if unit.item != -1 and not (self.loose_lists and self.current is not None):
            self._item(unit)
            return True
        level = None if strict or unit.depth else level_of(unit.text)
        if level is not None:  # "level 2": the depth, stated above the comment
            levels = self.levels
            while levels and levels[-1][0] >= level:
                levels.pop()
            state = self.create(unit, levels[-1][1] if levels else None, with_unit=False)
            levels.append((level, state.comment))
            self._opened(state)
            return True
        self._loose(unit, title)
        return True

    def _opened(self, state: OpenComment) -> None:
        self.current = state
        self.columns.clear()
        self.in_form = False

    def _item(self, unit: Unit) -> None:
        """A unit inside a list item: a new comment for a new item, nested by list or column."""
        self.item_parent.setdefault(unit.item, unit.parent_item)
        state = self.by_item.get(unit.item)
        if state is not None:
            self.filler.feed(state, unit)
            self.current = state
            return
        if self.in_form and not self.strict and not _opens(unit):
            return  # a list in a comment form (the help of its text formats)
        parent: Comment | None = None
        if self.strict:
            key = unit.parent_item
            while key != -1 and key not in self.by_item:
                key = self.item_parent.get(key, -1)
            parent = self.by_item[key].comment if key != -1 else None
        else:
            columns = self.columns
            while columns and columns[-1][0] >= unit.column:
                columns.pop()
            parent = columns[-1][1] if columns else None
        state = self.create(unit, parent)
        self.by_item[unit.item] = state
        if not self.strict:
            self.columns.append((unit.column, state.comment))
        self.in_form = False
        self.current = state
        self.last_text = None

    def _loose(self, unit: Unit, title: bool) -> None:
        """A unit outside lists: a new comment when it opens one, else text of the current one."""
        above = self.last_text
        if unit.text.strip() and not _IMAGE.match(unit.text.strip()):
            self.last_text = None  # only the line right before a date line can be its name
        starts = (
            unit.anchor is not None
            or title
            or (
                not self.strict
                and (
                    heuristic_header(unit) is not None
                    or (bool(unit.links) and inline_header(unit) is not None)
                )
            )
        )
        current = self.current
        if unit.page_anchor is not None and not unit.text.strip() and not self.strict:
            self.next_anchor = unit.page_anchor  # an anchor on its own: it marks the next comment
            return
        if not starts:
            self.next_anchor = None
        if title:  # a comment's title: its text's first paragraph, above the author line
            state = self.create(unit, None, with_unit=False)
            state.pending = unit
            self._opened(state)
        elif starts and (current is None or not current.header):
            name = self._name_above(unit, above)
            state = self.create(unit, None, with_unit=name is None)
            if name is not None:  # "Pieter" / "2 March 2024 at 10:15": the name opens it
                state.pending = name
                self.filler.feed(state, unit)
            self._opened(state)
        elif self.in_form:
            return
        elif current is not None:
            self.filler.feed(current, unit)
            self.last_text = unit
        elif not self.flat_headers:
            self.current = self.create(unit, None)
        else:
            # loose text before the first comment of a thread whose comments open with author
            # lines is page chrome (sort buttons, help text), or the first comment's name
            self.last_text = unit

    def finish(self) -> list[Comment]:
        """Drop empty chrome items, apply parent links, join texts and number the comments."""
        survivors, dropped = drop_empty(self.made)
        top = self.top
        filler = self.filler
        if filler.parent_refs:
            top = relink(top, filler.parent_refs)
        if filler.numbers:
            top = relink_by_number(top, filler.numbers)
        if filler.reply_names:
            top = relink_by_name(top, [s.comment for s in survivors], filler.reply_names)
        if not self.strict:
            dropped |= edge_chrome(survivors)
            survivors = [s for s in survivors if id(s.comment) not in dropped]
        if dropped:
            top = [c for c in top if id(c) not in dropped]
        if not self.strict:
            drop_repeated(survivors)
            drop_after_last_row(survivors)
        close_comments(survivors, self.strict)
        return top
