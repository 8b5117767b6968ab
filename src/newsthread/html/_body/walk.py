"""The first stage of the body: one iterative pass over the DOM into candidate blocks.

Text runs, paragraphs, headings, list items, block quotes and captions become blocks,
each remembering the element that holds it; every block element gets a record (its
parent, tag, bonus as the article, and the range of blocks inside it) for the scoring
stage. Elements that are never content are skipped on the way (see ``markers``).
Link text is counted per block; a block inside a link that wraps block elements (a
teaser card: ``<a><h3>…</h3><p>…</p></a>``) is link text as a whole. ``javascript:``
"links" are not links; a short block of only their words is a control's (link text).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from selectolax.lexbor import LexborNode

from newsthread.html._body.markers import (
    CONDITIONAL_TAGS,
    HEADINGS,
    INLINE_TAGS,
    IS_BOILERPLATE,
    IS_COMMENTS,
    IS_CREDIT,
    IS_HIDDEN,
    IS_STRONG,
    NEVER_BOILERPLATE,
    PAGE_TAGS,
    SKIP_TAGS,
    is_hidden,
    is_overlay_label,
    marker_info,
)
from newsthread.model import Link

__all__ = ["CAPTION", "HEADING", "ITEM", "QUOTE", "P", "RawBlock", "Walk", "collect"]

# Block kinds.
P = 0
HEADING = 1
QUOTE = 2
ITEM = 3
CAPTION = 4
ROW = 5  # a table row, its cells joined by " | "

#: (kind, text, links, link_chars, elem, level/indent, ordered)
RawBlock = tuple[int, str, list[Link], int, int, int, bool]
# An exit record on the walk's stack: (what, elem, kind, extra, ordered, data); what is
# 0 for leaving a block element (the rest is the context to restore), 1 for leaving a
# link (elem: start offset, kind: buffer generation, data: the href), 2 for leaving a
# ``javascript:`` control (the same without the href), 3 for leaving a short table cell.
_Exit = tuple[int, int, int, int, bool, object]
# Characters of a paragraph's running text before an inline element counted as inside it.
_SENTENCE_STARTED = 20
# A block of only a ``javascript:`` control's words shorter than this is the control's label.
_CONTROL_MAX = 30
_CELL_TAGS = frozenset({"td", "th"})
# Fields a reader types words into: the box around one is a form's (a newsletter sign-up,
# a search), not a recipe's servings or a shop's quantity (a number, a short field).
_FIELD_TAGS = frozenset({"input", "textarea"})
_TEXT_INPUTS = frozenset({"text", "email", "search", "password"})
_SHORT_FIELD = 5
_CELL_SEPARATOR = " | "
# A table cell with at most this much text is a data cell: the paragraphs and boxes inside it
# (``<td><p>12</p></td>``) are the row's words, not paragraphs of their own. A longer cell
# is a layout table's: its paragraphs stay paragraphs.
_CELL_SHORT = 200
_EXIT_CELL: _Exit = (3, 0, 0, 0, False, None)
_LIST_TAGS = frozenset({"ul", "ol"})
_ITEM_TAGS = frozenset({"li", "dd", "dt"})
# The block elements that change the context (kind, level, list depth) for what is inside.
_CONTEXT_TAGS = frozenset(
    {*HEADINGS, "blockquote", *_ITEM_TAGS, "figcaption", "figure", *_LIST_TAGS, "pre", "tr"}
)


class Walk:
    """State of the single pass: candidate blocks, the elements that hold them, and the
    current context (element, block kind, level/indent, ordered, list depth, ``<pre>``)."""

    __slots__ = (
        "blocks",
        "budget",
        "buf",
        "buf_gen",
        "buf_len",
        "cell_depth",
        "control_chars",
        "controls",
        "ctx_elem",
        "ctx_extra",
        "ctx_kind",
        "ctx_ordered",
        "elem_bonus",
        "elem_first",
        "elem_last",
        "elem_parent",
        "elem_tag",
        "hid",
        "link_chars",
        "link_depth",
        "links",
        "list_depth",
        "pre",
        "show_hidden",
    )

    def __init__(self, budget: int, *, show_hidden: bool = False) -> None:
        #: Whether elements hidden by a class are walked (else left out, and ``hid`` set).
        self.show_hidden = show_hidden
        self.hid = False
        self.blocks: list[RawBlock] = []
        self.buf: list[str] = []
        self.buf_len = 0
        self.buf_gen = 0
        self.links: list[Link] = []
        self.link_chars = 0
        self.control_chars = 0
        self.link_depth = 0
        self.elem_parent: list[int] = []
        self.elem_tag: list[str] = []
        self.elem_bonus: list[float] = []
        self.elem_first: list[int] = []
        self.elem_last: list[int] = []
        self.budget = budget
        self.ctx_elem = -1
        self.ctx_kind = P
        self.ctx_extra = 0
        self.ctx_ordered = False
        self.list_depth = 0
        self.pre = 0
        self.cell_depth = 0  # inside this many short table cells: their blocks are the row's
        self.controls: list[int] = []  # elements that hold a form or a text field

    def add_text(self, value: str) -> None:
        """Append a text node, its whitespace folded outside ``<pre>``."""
        if self.pre:
            self.buf.append(value)
            self.buf_len += len(value)
            return
        # Half the text nodes of a page are the indentation between tags.
        buf = self.buf
        if value.isspace():
            if not buf or buf[-1][-1] in " \n":
                return
            value = " "
        else:
            core = " ".join(value.split())
            if value[0].isspace() and buf and buf[-1][-1] not in " \n":
                core = " " + core
            value = core + " " if value[-1].isspace() else core
        buf.append(value)
        self.buf_len += len(value)

    def cell(self) -> None:
        """Start a table cell: separated from the text of the cells before it in the row."""
        if not self.buf_len:
            return
        last = self.buf[-1]
        if last.endswith(("\n", _CELL_SEPARATOR)):
            return
        separator = _CELL_SEPARATOR[1:] if last.endswith(" ") else _CELL_SEPARATOR
        self.buf.append(separator)
        self.buf_len += len(separator)

    def in_sentence(self, node: LexborNode) -> bool:
        """Whether ``node`` stands inside a paragraph's running text: words before it
        and after it (a trailing element is a credit or a label, not the sentence's)."""
        if self.buf_len < _SENTENCE_STARTED or self.elem_tag[self.ctx_elem] != "p":
            return False
        if self.buf[-1][-1] == "\n":
            return False
        after = node.next
        while after is not None:
            if after.tag_id == _TEXT_ID:
                value = after.text_content
                if value and not value.isspace():
                    return True
            elif after.tag in INLINE_TAGS:
                return bool(after.text(deep=True).strip())
            else:
                return False
            after = after.next
        return False

    def line_break(self) -> None:
        if not self.buf_len:
            return
        last = self.buf[-1]
        if last[-1] == "\n":  # a blank line (<br><br>) ends a paragraph
            self.flush()
            return
        if last[-1] == " ":
            self.buf[-1] = last[:-1]
            self.buf_len -= 1
            if not self.buf[-1]:
                self.buf.pop()
        self.buf.append("\n")
        self.buf_len += 1

    def flush(self) -> None:
        """End the running text as a block of the current context."""
        if not self.buf_len:
            return
        stripped = "".join(self.buf).rstrip()
        if "\n" in stripped:
            stripped = "\n".join(line.strip() for line in stripped.split("\n") if line.strip())
            links: list[Link] = []  # offsets no longer hold after re-joining lines
        else:
            end = len(stripped)
            links = [
                link if link.end <= end else Link(link.start, end, link.url)
                for link in self.links
                if link.start < end
            ]
        if stripped:
            length = len(stripped)
            self.blocks.append(
                (
                    self.ctx_kind,
                    stripped,
                    links,
                    # Inside a link that wraps block elements (a teaser card), all of it is
                    # link text; so is a short block of only a ``javascript:`` control's
                    # words (a share button, a toggle).
                    length
                    if self.link_depth or (self.control_chars >= length and length < _CONTROL_MAX)
                    else self.link_chars,
                    self.ctx_elem,
                    self.ctx_extra,
                    self.ctx_ordered,
                )
            )
        self.buf = []
        self.buf_len = 0
        self.buf_gen += 1
        self.links = []
        self.link_chars = 0
        self.control_chars = 0

    def leave(self, record: _Exit) -> None:
        """Leave a block element (restore the context) or a link (record its span)."""
        what, elem, kind, extra, ordered, data = record
        if what:  # most records are a block element's (0): one test for them
            if what == 1:
                self.link_depth -= 1
                if kind == self.buf_gen and self.buf_len > elem:
                    self.links.append(Link(elem, self.buf_len, str(data)))
                    self.link_chars += self.buf_len - elem
            elif what == 2:
                if kind == self.buf_gen and self.buf_len > elem:
                    self.control_chars += self.buf_len - elem
            else:
                self.cell_depth -= 1
            return
        if self.buf_len:
            self.flush()
        current = self.ctx_elem
        self.elem_last[current] = len(self.blocks)
        tag = self.elem_tag[current]
        if tag in _LIST_TAGS:
            self.list_depth -= 1
        elif tag == "pre":
            self.pre -= 1
        self.ctx_elem, self.ctx_kind, self.ctx_extra, self.ctx_ordered = elem, kind, extra, ordered

    def enter(self, tag: str, bonus: float) -> _Exit:
        """Open a block element: end the running text, add its record, set the context.

        Returns the exit record that restores the context when the element is left.
        """
        if self.buf_len:
            self.flush()
        elem = len(self.elem_tag)
        self.elem_tag.append(tag)
        self.elem_parent.append(self.ctx_elem)
        self.elem_bonus.append(bonus)
        self.elem_first.append(len(self.blocks))
        self.elem_last.append(len(self.blocks))
        record = (0, self.ctx_elem, self.ctx_kind, self.ctx_extra, self.ctx_ordered, None)
        self.ctx_elem = elem
        if tag not in _CONTEXT_TAGS:  # most elements (div, p, section…) keep the context
            if self.ctx_kind == ROW:
                self.ctx_kind = P  # a paragraph inside a cell (a layout table) is a paragraph
        elif tag in HEADINGS:
            self.ctx_kind, self.ctx_extra = HEADING, HEADINGS[tag]
        elif tag == "blockquote":
            self.ctx_kind = QUOTE
        elif tag in _ITEM_TAGS:
            if self.ctx_kind != QUOTE:
                self.ctx_kind, self.ctx_extra = ITEM, max(0, self.list_depth - 1)
        elif tag in ("figcaption", "figure"):
            # The words in a figure beside its picture are its caption and credit, in
            # whatever box (``<figure><img><div class=credit>``); a quotation, a list, a
            # table or code in a figure is read as such.
            self.ctx_kind = CAPTION
        elif tag in _LIST_TAGS:
            self.list_depth += 1
            self.ctx_ordered = tag == "ol"
        elif tag == "pre":
            self.pre += 1
            if self.ctx_kind == CAPTION:
                self.ctx_kind = P
        elif self.ctx_kind in (P, CAPTION):  # "tr", the last of the context tags
            self.ctx_kind = ROW
        # Paragraphs inside a list item stay list items: the context carries on.
        return record


def mostly_boilerplate(node: LexborNode, walk: Walk) -> bool:
    """True unless an element named or tagged as boilerplate holds a lot of running text.

    Measuring reads the element's subtree; nested candidates would read the same text
    again and again, so the walk has a budget of characters to measure, and past it
    an element is kept (the body stays linear in the page size).
    """
    if walk.budget <= 0:
        return False
    text = node.text(deep=True)
    walk.budget -= len(text)
    length = len(text.strip())
    # Boilerplate unless more than 800 characters are not link text and links are at most
    # half: past the limit below, the sum of link text need not be finished.
    if length < 800:
        return True
    limit = min(length - 800, 0.5 * length)
    linked = 0
    for link in node.css("a"):
        linked += len(link.text(deep=True))
        if linked > limit:
            # A long element that holds the page's headline or its marked article body is
            # the page's wrapper, whatever its name ("page page-banner"): the article and
            # its navigation are sorted out inside it.
            return node.css_first(_HOLDS_ARTICLE) is None
    return False


_HOLDS_ARTICLE = "h1, [itemprop=articleBody]"


# A <noscript> with this much text in paragraphs is the page's text for readers without
# scripts (a blog that renders its posts from a template), not a tracking pixel.
_NOSCRIPT_TEXT = 300


def holds_text(node: LexborNode) -> bool:
    """Whether a ``<noscript>`` holds paragraphs of text (walked then like any element)."""
    # Most are a tracking pixel or a line: the length test first, the selector only then.
    if len(node.text(deep=True).strip()) < _NOSCRIPT_TEXT:
        return False
    return node.css_first("p") is not None


def _is_text_field(node: LexborNode) -> bool:
    """Whether a form field takes words (a text area, an e-mail or search box) rather than a
    number, a choice or nothing visible."""
    attrs = node.attributes
    if node.tag == "textarea":
        return True
    if (attrs.get("type") or "text").lower() not in _TEXT_INPUTS:
        return False
    size = attrs.get("maxlength") or ""
    return not (size.isdigit() and int(size) < _SHORT_FIELD)


def _short_cell(node: LexborNode, walk: Walk) -> bool:
    """Whether a table cell holds block elements and little text, in a row of several
    cells (a data cell)."""
    child = node.first_child
    while child is not None:
        tag = child.tag
        if tag is not None and tag[0] != "-" and tag not in INLINE_TAGS:
            break
        child = child.next
    else:
        return False  # only text and inline elements: nothing to join
    if walk.budget <= 0 or not _has_two_cells(node.parent):
        return False  # a row of one cell is a box of a layout table
    text = node.text(deep=True)
    walk.budget -= len(text)
    return len(text.strip()) <= _CELL_SHORT


def _has_two_cells(row: LexborNode | None) -> bool:
    cells = 0
    child = row.first_child if row is not None else None
    while child is not None:
        if child.tag in _CELL_TAGS:
            cells += 1
            if cells == 2:
                return True
        child = child.next
    return False


def _holds_teasers(node: LexborNode) -> bool:
    """Whether an ``<aside>`` or ``<footer>`` holds two or more ``<article>`` elements: a
    list of teasers for other stories (latest news, more from the site), however long.
    (A ``<form>`` is left to the text measure: some sites wrap the whole page in one.)"""
    return len(node.css("article")) >= 2


def _bonus_or_skip(
    node: LexborNode, tag: str, attrs: dict[str, str | None], walk: Walk
) -> float | None:
    """None for an element the walk leaves out (hidden, comments, boilerplate by name or
    tag), else its bonus as the article."""
    bonus = 0.0
    if attrs:
        # Most elements have a class and nothing that could hide them.
        if ("hidden" in attrs or "aria-hidden" in attrs or "style" in attrs) and (
            is_hidden(attrs) or is_overlay_label(attrs.get("style") or "")
        ):
            return None
        cls = attrs.get("class")
        ident = attrs.get("id")
        marker = f"{cls} {ident}" if cls and ident else cls or ident
        if marker:
            kind, bonus = marker_info(marker)
            if kind == IS_COMMENTS and tag not in PAGE_TAGS:
                return None
            if kind == IS_HIDDEN:
                if not walk.show_hidden:
                    walk.hid = True
                    return None
                kind = 0
            elif kind == IS_CREDIT:
                kind = 0 if walk.ctx_kind == CAPTION else IS_BOILERPLATE
            if kind and tag not in NEVER_BOILERPLATE:
                if kind == IS_STRONG:
                    return None
                if tag in INLINE_TAGS:
                    # Words inside a sentence of a paragraph (a glossary popup, a
                    # tooltip) are the sentence's, whatever the element's name.
                    if not walk.in_sentence(node):
                        return None
                elif walk.ctx_kind != P or mostly_boilerplate(node, walk):
                    return None
        if ("itemprop" in attrs or "typeof" in attrs) and (
            attrs.get("itemprop") == "comment" or attrs.get("typeof") == "Comment"
        ):
            return None
    if tag in CONDITIONAL_TAGS and (
        mostly_boilerplate(node, walk) or (tag != "form" and _holds_teasers(node))
    ):
        return None
    if tag == "article" or (attrs and attrs.get("itemprop") == "articleBody"):
        bonus += 20
    return bonus


def _tag_name(node: LexborNode, tag_id: int) -> str | None:
    """The element's tag name, remembered by lexbor's id for the tags lexbor knows.

    Reading the name makes a new string each time; a known tag's id is the same
    in every document (custom elements get per-document ids: not remembered).
    """
    tag = node.tag
    if tag_id < _STATIC_TAG_IDS:
        # (marked skipped before the name is kept: a thread that finds the name finds the mark)
        if _is_skipped(tag):
            _SKIPPED_IDS.add(tag_id)
        if tag is not None:
            _TAG_NAMES[tag_id] = tag
    return tag


def _is_skipped(tag: str | None) -> bool:
    """Whether the walk leaves out an element of this tag unread (never content, or no element)."""
    return tag is None or tag in SKIP_TAGS or tag.startswith("-")


_TAG_NAMES: dict[int, str] = {}
# The ids of the tags lexbor knows that ``_is_skipped``: one set test per element instead
# of three (a known tag's id is the same in every document, as for ``_TAG_NAMES``).
_SKIPPED_IDS: set[int] = set()
# The attributes ``_bonus_or_skip`` reads to leave an element out or give it a bonus.
_DECIDING_ATTRIBUTES = frozenset(
    {"class", "id", "hidden", "aria-hidden", "style", "itemprop", "typeof"}
)
# lexbor numbers the tags it knows from 0 up (a few hundred); other ids are addresses.
_STATIC_TAG_IDS = 0x10000
_TEXT_ID = 2  # lexbor's LXB_TAG__TEXT


def collect(
    body: LexborNode, excluded: Collection[int], page_len: int, *, show_hidden: bool = False
) -> Walk:
    """Walk the page from ``body`` into candidate blocks and element records.

    ``excluded`` holds the ``mem_id`` of elements to leave out (comment sections);
    ``page_len`` bounds the text measured for boilerplate checks.
    """
    walk = Walk(budget=20 * page_len + 100_000, show_hidden=show_hidden)
    # A node to enter, or an exit record: no wrapper tuple per node (pages have many).
    stack: list[LexborNode | _Exit] = [body]
    pop = stack.pop
    push = stack.append
    skipped_ids = _SKIPPED_IDS
    deciding = _DECIDING_ATTRIBUTES
    inline_tags = INLINE_TAGS
    conditional_tags = CONDITIONAL_TAGS
    names = _TAG_NAMES
    add_text = walk.add_text
    while stack:
        node = pop()
        if isinstance(node, tuple):
            walk.leave(node)
            continue
        tag_id = node.tag_id
        if tag_id == _TEXT_ID:
            value = node.text_content
            # Most text nodes are the indentation between block elements: nothing to add.
            if value and (walk.buf_len or walk.pre or not value.isspace()):
                add_text(value)
            continue
        tag = names.get(tag_id) or _tag_name(node, tag_id)
        if tag is None or tag_id in skipped_ids or (tag_id >= _STATIC_TAG_IDS and _is_skipped(tag)):
            if tag in _READ_WHEN_SKIPPED:
                _skipped_element(node, tag, walk, stack)
            continue
        if tag == "br":
            walk.line_break()
            continue
        if excluded and node.mem_id in excluded:
            continue
        attrs = node.attributes
        # Only these attributes and tags can leave an element out or change its bonus: an
        # element without any of them (most links: ``href`` alone) is decided here.
        if tag in conditional_tags or not deciding.isdisjoint(attrs):
            bonus = _bonus_or_skip(node, tag, attrs, walk)
            if bonus is None:
                if tag == "form" and any(_is_text_field(f) for f in node.css("input, textarea")):
                    walk.controls.append(walk.ctx_elem)
                continue
        else:
            bonus = 20.0 if tag == "article" else 0.0
        if tag in _CELL_TAGS and walk.elem_tag[walk.ctx_elem] == "tr":
            _open_cell(node, walk, push)
        elif tag not in inline_tags:
            if walk.cell_depth and tag != "table":
                walk.add_text(" ")  # a box inside a data cell: the cell's words go on
            else:
                push(walk.enter(tag, bonus))
        elif tag == "a":
            _open_link(attrs, walk, push)
        child = node.last_child
        while child is not None:
            push(child)
            child = child.prev
    walk.flush()
    return walk


# The tags left out unread whose element the walk still reads: a text field (the box around
# it is a form's) and a ``<noscript>`` (walked when it holds paragraphs of text).
_READ_WHEN_SKIPPED = frozenset({*_FIELD_TAGS, "noscript"})


def _skipped_element(
    node: LexborNode, tag: str, walk: Walk, stack: list[LexborNode | _Exit]
) -> None:
    """What a text field or a ``<noscript>``, left out unread otherwise, adds to the walk."""
    if tag in _FIELD_TAGS:
        if _is_text_field(node):
            walk.controls.append(walk.ctx_elem)
    elif holds_text(node):
        stack.append(walk.enter(tag, 0.0))
        child = node.last_child
        while child is not None:
            stack.append(child)
            child = child.prev


def _open_cell(node: LexborNode, walk: Walk, push: Callable[[_Exit], None]) -> None:
    """Start a table cell of a row: a table row is one block, its cells joined by " | "; a
    short cell's boxes are the row's words (left with its exit record)."""
    walk.cell()
    if _short_cell(node, walk):
        walk.cell_depth += 1
        push(_EXIT_CELL)


def _open_link(attrs: dict[str, str | None], walk: Walk, push: Callable[[_Exit], None]) -> None:
    """Enter a link (its text is link text, up to its exit record) or a ``javascript:``
    control (its words a control's); an ``<a>`` without an address is neither."""
    href = attrs.get("href")
    if href and not href.startswith("javascript:"):
        walk.link_depth += 1
        push((1, walk.buf_len, walk.buf_gen, 0, False, href))
    elif href:
        push((2, walk.buf_len, walk.buf_gen, 0, False, None))
