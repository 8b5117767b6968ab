"""Build the comment tree from the units of a comment section.

A :class:`_Builder` takes the units one at a time: list items become comments
nested by list or by the column of their marker line, ``level N`` lines and
parent links nest the others, header lines (``_authorlines``) fill author,
date and permalink, chrome lines (``_comments.is_boilerplate``) are dropped,
and a heading outside the thread ends it. A section newsthread wrote is read
strictly from its own header lines (``_ownheader``).
"""

from __future__ import annotations

import re

import attrs

from newsthread.markdown._authorlines import (
    REPLY_LINE,
    clean_author,
    heuristic_header,
    inline_header,
    name_like,
)
from newsthread.markdown._chrome import drop_profile_cards, fold_header_lists, fold_text_lists
from newsthread.markdown._comments import (
    CLOSED,
    FORM,
    header_piece,
    is_boilerplate,
    item_has_header,
)
from newsthread.markdown._headers import level_of, profile_link
from newsthread.markdown._ownheader import own_header
from newsthread.markdown._relink import ID_PARAM, relink, relink_by_name, relink_by_number
from newsthread.markdown._units import Unit
from newsthread.model import Author, Comment, CommentStatus, Link

__all__ = ["build_comments"]


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


#: Units after a heading inside a thread in which a comment header shows the thread goes on.
_FOLLOW = 12
#: Longest paragraph that counts as chrome when most comments repeat it.
_REPEATED = 120
_LETTER = re.compile(r"[^\W\d_]")

_TABLE_TAIL = re.compile(r"[\s:\-]*\|[\s|:\-]*$")


# the badge some comment systems print under the name of the article's author or a moderator
_ROLE_LINE = re.compile(
    r"\n\s*(?:post |beitrags)?(?:autor(?:in)?|author|admin(?:istrator)?|moderator(?:in)?|"
    r"redaktion|editor|staff|auteur|autore)\s*$",
    re.IGNORECASE,
)

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
    page_id: str | None = None  #: the page's own id for the comment (an anchor in its header)
    list_key: int = -1  #: the list whose item opened the comment (-1: none)


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


# pandoc's attribute ids: ``### Name {#comment-12}``, ``[]{#comment-12}``
_ATTRIBUTE_ID = re.compile(r"^\[\]\{#([^\s}]+)[^}]*\}\s*|\s*\{#([^\s}]+)[^}]*\}$")

# fragments that name a place on the page rather than one comment
_NOT_IDS = {"comments", "respond", "reply", "top", "content", "main", "disqus_thread"}


def _attribute_id(unit: Unit) -> None:
    """Move a pandoc attribute id at the start or end of ``unit``'s text to its page anchor."""
    match = _ATTRIBUTE_ID.search(unit.text)
    if match is None:
        return
    if unit.page_anchor is None:
        unit.page_anchor = match.group(1) or match.group(2)
    start, end = match.span()
    unit.text = unit.text[:start] + unit.text[end:]

    def moved(at: int) -> int:  # a position in the text once the id is cut out
        return at if at <= start else max(start, at - (end - start))

    # a link around the id ('[[]{#c-12}ann](/user/ann)') keeps what is left of its label
    links = [Link(moved(lk.start), moved(lk.end), lk.url) for lk in unit.links]
    unit.links = [lk for lk in links if lk.end > lk.start]


def _page_id(state: _Open) -> str | None:
    """The page's own id of a comment: its anchor, else its permalink's fragment or ``?id=``."""
    if state.page_id is not None:
        return state.page_id
    url = state.comment.url
    if not url:
        return None
    if "#" in url:
        fragment = url.rsplit("#", 1)[1]
        return fragment if fragment and fragment.lower() not in _NOT_IDS else None
    query = ID_PARAM.search(url)
    return query.group(1) if query is not None else None


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
        drop_profile_cards(units, profile_link)
    builder = _Builder(units, strict)
    for index, unit in enumerate(units):
        if not builder.step(index, unit):
            break
    return builder.finish()


_IMAGE = re.compile(r"!\[[^\]]{0,200}\]\([^)\s]*\)")


# what forums print in place of the name of an account or comment that is gone
_GONE = {"[deleted]": CommentStatus.DELETED, "[removed]": CommentStatus.REMOVED}


def _placeholder_author(comment: Comment) -> None:
    """ "[deleted]" in the author's place names no one: no author, the comment's status says why."""
    author = comment.author
    status = _GONE.get(author.name.strip().lower()) if author is not None else None
    if status is not None:
        comment.author = None
        if comment.status is CommentStatus.PUBLISHED:
            comment.status = status


#: Comments with headers a thread needs before headerless ones after them are chrome.
_RUN_OF_HEADERS = 3
#: The longest line of such chrome (a link in a sidebar list, a footer label).
_CHROME_LINE = 60
_BADGE = 40  # the longest role badge under a name ("Well-known member")
_SENTENCE_END = (".", "!", "?", "…", ")", '"', "»", "“")  # a sentence is a comment's, not chrome


def _headed(state: _Open) -> bool:
    c = state.comment
    return state.explicit or c.author is not None or c.published is not None or bool(c.extra)


def _edge_chrome(states: list[_Open]) -> set[int]:
    """The top-level comments before the first or after the last one with a header, in a
    thread where most have one, that are one short line without a header, link or reply and
    no item of a list whose items have headers: sort and paging bars above a thread, sidebar
    and footer lists after one whose end the page did not mark (ids of the comments).
    Pingbacks, sentences and longer texts stay."""
    headed = sum(_headed(s) for s in states)
    if headed < _RUN_OF_HEADERS or 2 * headed < len(states):
        return set()
    # a list whose items carry headers is a list of comments, even its items without one
    lists = {s.list_key for s in states if s.list_key != -1 and _headed(s)}
    chrome: set[int] = set()
    for run in (reversed(states), iter(states)):
        for state in run:
            c = state.comment
            if _headed(state):
                break
            if c.parent is not None or c.replies or c.url is not None or state.list_key in lists:
                continue
            short = len(state.parts) <= 1 and all(
                len(p) <= _CHROME_LINE and not p.endswith(_SENTENCE_END) for p in state.parts
            )
            if short and not (state.parts and _PINGBACK.match(state.parts[0])):
                chrome.add(id(c))
    return chrome


def _drop_repeated(states: list[_Open]) -> None:
    """Drop the short paragraphs that half the comments or more repeat word for word: a
    "log in to reply" line, a button row the chrome patterns do not know (in place)."""
    if len(states) < 4:
        return
    counts: dict[str, int] = {}
    for state in states:
        for part in {p for p in state.parts if len(p) <= _REPEATED and _LETTER.search(p)}:
            counts[part] = counts.get(part, 0) + 1
    chrome = {p for p, n in counts.items() if n >= 3 and 2 * n >= len(states)}
    if chrome:
        for state in states:
            state.parts = [p for p in state.parts if p not in chrome]


def _flat_thread(units: list[Unit]) -> bool:
    """Whether at least two comments open with an author-and-date line outside any list and no
    list item holds one."""
    flat = 0
    for unit in units:
        if unit.kind != "p":
            continue
        if unit.item != -1:
            if not flat:
                return False  # a list before the first header line: headers follow their text
            if unit.start and not _IMAGE.sub("", unit.text).strip():
                return False  # items that open with an avatar alone: each item is a comment
            head = heuristic_header(unit)
            if head is not None and (head.author or head.published or head.date_text):
                return False  # a name, a date in a list: lists are comments here
        elif header_piece(unit) == "header":
            flat += 1
    return flat >= 2


class _Builder:
    """The comment tree being built from a section's units, one unit at a time."""

    def __init__(self, units: list[Unit], strict: bool) -> None:
        self.units = units
        self.strict = strict
        self.top: list[Comment] = []
        self.made: list[_Open] = []
        self.by_item: dict[int, _Open] = {}
        self.item_parent: dict[int, int] = {}
        self.by_id: dict[str, Comment] = {}
        # open list comments by marker column (heuristic mode)
        self.columns: list[tuple[int, Comment]] = []
        self.current: _Open | None = None
        self.in_form = False
        self.parent_refs: list[tuple[Comment, str]] = []
        self.reply_names: list[tuple[Comment, str]] = []  # "in reply to Ann" without a link
        self.numbers: list[tuple[Comment, str]] = []  # "1.1 Ann": numbers that say the depth
        self.names: set[str] = set()  # authors of the comments before names_upto in made
        self.names_upto = 0
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
        self.loose_lists = self.flat_headers and _flat_thread(units)

    def create(self, unit: Unit, parent: Comment | None, with_unit: bool = True) -> _Open:
        comment = Comment(id="")
        own = own_header(unit) if unit.anchor is not None else None
        state = _Open(comment, list_key=unit.list_key if unit.item != -1 else -1)
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
            self.feed(state, unit)
        return state

    def feed(self, state: _Open, unit: Unit) -> None:
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

    def _header(self, state: _Open, unit: Unit, text: str) -> str | None:
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
        return unit.text[inline.cut :].strip()

    def _reply_line(self, state: _Open, unit: Unit, text: str) -> bool:
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

    def _names_above(self, state: _Open) -> set[str]:
        """The authors of the comments opened before ``state`` (kept up to date in one pass)."""
        made = self.made
        end = next((i for i in range(len(made) - 1, -1, -1) if made[i] is state), len(made))
        for done in made[self.names_upto : end]:
            if done.comment.author is not None:
                self.names.add(done.comment.author.name)
        self.names_upto = max(self.names_upto, end)
        return self.names

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
        ):
            return False  # a heading outside the thread: sidebar, footer, related articles
        if unit.depth == 0 and FORM.match(line):
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
            _attribute_id(unit)
        title = not strict and unit.kind == "h" and unit.depth == 0 and _titles(self.units, index)
        if not strict:
            keep = self._chrome(unit, index, title)
            if keep is False:
                return False
            if keep is None:
                return True
        action = None if strict else _action(unit)
        if action is not None:
            current = self.current
            if current is not None and action[0] == "permalink" and current.comment.url is None:
                current.comment.url = action[1]
            elif current is not None and action[0] == "parent" and action[1].startswith("#"):
                self.parent_refs.append((current.comment, action[1][1:]))
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

    def _opened(self, state: _Open) -> None:
        self.current = state
        self.columns.clear()
        self.in_form = False

    def _item(self, unit: Unit) -> None:
        """A unit inside a list item: a new comment for a new item, nested by list or column."""
        self.item_parent.setdefault(unit.item, unit.parent_item)
        state = self.by_item.get(unit.item)
        if state is not None:
            self.feed(state, unit)
            self.current = state
            return
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

    def _loose(self, unit: Unit, title: bool) -> None:
        """A unit outside lists: a new comment when it opens one, else text of the current one."""
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
            self._opened(self.create(unit, None))
        elif self.in_form:
            return
        elif current is not None:
            self.feed(current, unit)
        elif not self.flat_headers:
            self.current = self.create(unit, None)
        # else: loose text before the first comment of a thread whose comments open with
        # author lines is page chrome (sort buttons, help text)

    def finish(self) -> list[Comment]:
        """Drop empty chrome items, apply parent links, join texts and number the comments."""
        top = self.top
        survivors: list[_Open] = []
        dropped: set[int] = set()
        for state in self.made:
            c = state.comment
            empty = not state.explicit and not state.parts and state.pending is None
            bare = not c.replies and c.author is None and c.published is None and c.url is None
            if empty and bare:
                # an item that held only chrome (an avatar, a "Follow" button): nothing to keep
                if c.parent is not None:
                    c.detach()
                else:
                    dropped.add(id(c))
                continue
            survivors.append(state)
        if self.parent_refs:
            top = relink(top, self.parent_refs)
        if self.numbers:
            top = relink_by_number(top, self.numbers)
        if self.reply_names:
            top = relink_by_name(top, [s.comment for s in survivors], self.reply_names)
        if not self.strict:
            dropped |= _edge_chrome(survivors)
            survivors = [s for s in survivors if id(s.comment) not in dropped]
        if dropped:
            top = [c for c in top if id(c) not in dropped]
        if not self.strict:
            _drop_repeated(survivors)
        taken = {s.comment.id for s in survivors if s.explicit}
        page_ids = self._page_ids(survivors, taken)
        taken |= set(page_ids.values())
        number = 0
        for state in survivors:
            if state.pending is not None:
                state.parts.insert(0, state.pending.text.strip())
            if state.late is not None:
                state.parts.append(state.late.text.strip())
            state.comment.text = "\n\n".join(state.parts)
            state.comment.author = clean_author(state.comment.author)
            _placeholder_author(state.comment)
            if not state.explicit:
                kind = _PINGBACK.match(state.comment.text)
                if kind is not None:
                    state.comment.status = CommentStatus(kind.group(1).lower())
                number += 1
                while f"c{number}" in taken:
                    number += 1
                state.comment.id = page_ids.get(id(state), f"c{number}")
        return top

    def _page_ids(self, survivors: list[_Open], taken: set[str]) -> dict[int, str]:
        """The page's own ids of the comments that have one, when no two comments share it."""
        if self.strict:
            return {}
        found: dict[int, str] = {}
        counts: dict[str, int] = {}
        for state in survivors:
            if state.explicit:
                continue
            page = _page_id(state)
            if page is not None:
                found[id(state)] = page
                counts[page] = counts.get(page, 0) + 1
        # ids that repeat (one permalink for the whole page, a shared anchor) name no comment
        return {k: v for k, v in found.items() if counts[v] == 1 and v not in taken}
