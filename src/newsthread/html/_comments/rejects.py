"""False comments: units that were taken for comments but are labels, wrappers or forms."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsthread.html._comments.selectors import (
    LISTING_LABEL,
    LIVE_LABEL,
    NOTICE_LABEL,
    TAXONOMY_TOKEN,
    WIDGET_LABEL,
    WRAPPER_LABEL,
)
from newsthread.html._comments.state import Unit, Walker, clean
from newsthread.html._comments.words import (
    BOILERPLATE,
    STUB_WORD,
    TEASER_LABEL,
    UI_LABEL,
)
from newsthread.model import CommentStatus

_FORM_FIELD = "textarea, input[type=text], input[type=email], form"


class FormHolders:
    """Which elements hold a form field (or are one): one query of the page, made when first asked.

    Asking each comment's element alone would scan its replies too, and a chain of n nested
    replies n times over. Here each element of the page is looked at once, and each element
    on a path from a form field up once.
    """

    __slots__ = ("marked",)

    def __init__(self) -> None:
        self.marked: set[int] | None = None

    def holds(self, node: LexborNode) -> bool:
        if self.marked is None:
            self.marked = _holders(node)
        return node.mem_id in self.marked


def _holders(node: LexborNode) -> set[int]:
    top = node
    while top.parent is not None:
        top = top.parent
    marked: set[int] = set()
    for field in top.css(_FORM_FIELD):
        cur: LexborNode | None = field
        while cur is not None and cur.mem_id not in marked:
            marked.add(cur.mem_id)
            cur = cur.parent
    return marked


def _unlikely(unit: Unit, forms: FormHolders, *, authored: bool = False) -> bool:
    """Whether a unit is no comment after all: a wrapper, a heading, a prompt, the form.

    ``authored``: whether most units of the thread name their authors, this one standing at
    the thread's top or end (where a section's notice stands).
    """
    if unit.status is not CommentStatus.PUBLISHED:
        return False
    a = unit.node.attributes
    if LIVE_LABEL.search(a.get("class") or "") is not None:
        return True  # a live ticker's entries ("live-match-comment"): the newsroom's commentary
    typed = "Comment" in (a.get("itemtype") or "") + (a.get("typeof") or "")
    anonymous = unit.author is None and unit.published is None
    if anonymous and _about_comments(unit):
        return True
    if (
        anonymous
        and authored
        and not unit.strong
        and not typed
        and not unit.children
        and len(unit.text) <= 400
        and STUB_WORD.search(unit.text) is not None
    ):
        # No name, no date and no comment id of its own, in a thread whose comments show
        # their authors, and it speaks of comments: the section's notice ("Bitte melde Dich
        # an, um einen Kommentar abzugeben", "Wir sind dankbar für Ihre Kommentare").
        return True
    if unit.strong or typed:
        label = f"{a.get('id') or ''} {a.get('class') or ''}"
        # Named comments stay unless there is nothing in them but a label ("Previous comments"),
        # or nothing but other comments (a wrapper named ``comment-wrapper-nid-186859``).
        if anonymous and unit.children and not unit.text and WRAPPER_LABEL.search(label):
            return True
        return (
            anonymous
            and not unit.children
            and (not unit.text or UI_LABEL.match(unit.text) is not None)
        )
    if anonymous and (len(unit.text) < 4 or UI_LABEL.match(unit.text) is not None):
        return True  # "Comments", "Kommentar (0)": a class name alone is too weak for a label
    if anonymous and unit.children:
        return True  # a section wrapper ("comment-box") around the comments
    if unit.author is None and not unit.text:
        return True  # a date alone: a header box, not a comment
    if unit.author is not None and unit.published is not None and len(unit.text) >= 4:
        return False  # a whole comment, with its own reply box
    return forms.holds(unit.node)


def _about_comments(unit: Unit) -> bool:
    """A line about the comments rather than one: a notice, a policy, a teaser, a link."""
    a = unit.node.attributes
    if NOTICE_LABEL.search(f"{a.get('id') or ''} {a.get('class') or ''}") is not None:
        return True  # "comment-modal-error": the form's messages
    text = unit.text
    if not text or len(text) > 400:
        return False
    if BOILERPLATE.search(text) is not None or TEASER_LABEL.match(text) is not None:
        return True
    if unit.strong or len(text) > 200:
        return False
    # All its words inside links: a teaser or navigation ("Comment: Why the budget fails").
    # (Among its first elements only: a deep chain of replies costs the same per comment.)
    linked = sum(
        len(clean(inner.text(deep=True)))
        for inner, _ in zip(unit.node.traverse(), range(60), strict=False)
        if inner.tag == "a"
    )
    return linked >= 0.9 * len(clean(text))


def drop_unlikely(units: list[Unit]) -> list[Unit]:
    """Dissolve what was taken for comments but is not; their replies move up in place.

    Units come in document order, parents before their replies: one pass sets the new
    parents, one pass backwards splices each dropped unit's replies into its place.
    """
    kept: list[Unit] = []
    dropped: set[int] = set()
    forms = FormHolders()
    named = sum(u.author is not None for u in units)
    # Half of them at least (one named comment among anonymous ones says nothing of the
    # others); and a notice stands at the top or the end of the thread, not between comments.
    authored = named >= 1 and 2 * named >= len(units)
    edges = {units[0].index, units[-1].index} if units else set()
    for unit in units:
        if not _unlikely(unit, forms, authored=authored and unit.index in edges):
            kept.append(unit)
            continue
        dropped.add(unit.index)
        for child in unit.children:
            child.parent = unit.parent
    if dropped:
        for unit in reversed(units):
            if any(c.index in dropped for c in unit.children):
                unit.children = [
                    x for c in unit.children for x in (c.children if c.index in dropped else (c,))
                ]
    return kept


def drop_widgets(units: list[Unit]) -> list[Unit]:
    """Leave out comment widgets outside the thread: "recent comments", "comment of the day".

    A top-level unit inside an ``aside`` or an element labelled as a widget, sidebar or list of
    recent or popular comments shows a comment of some page, not this page's thread; it goes
    with its replies when some other unit stands outside such an element, and always when the
    element is named for such a list ("comment of the day", "recent comments").
    """
    verdict: dict[int, int] = {}

    def in_widget(node: LexborNode) -> int:
        """0: no widget; 1: an aside, sidebar or teaser; 2: a list of picked comments."""
        path: list[int] = []
        cur = node.parent
        found = 0
        while cur is not None and cur.tag not in ("body", "html"):
            mid = cur.mem_id
            if mid in verdict:
                found = max(found, verdict[mid])
                break
            path.append(mid)
            a = cur.attributes
            label = f"{a.get('id') or ''} {a.get('class') or ''}"
            if "-" in label:
                label = " ".join(t for t in label.split() if not TAXONOMY_TOKEN.match(t))
            if label.strip() and LISTING_LABEL.search(label) is not None:
                found = 2
                break
            if cur.tag == "aside" or (label.strip() and WIDGET_LABEL.search(label) is not None):
                found = 1  # and on up: a list of picked comments may hold the aside
            cur = cur.parent
        for mid in path:
            verdict[mid] = found
        return found

    kinds = {u.index: in_widget(u.node) for u in units if u.parent is None}
    dropped = {i for i, kind in kinds.items() if kind}
    if len(dropped) == len(kinds):
        dropped = {i for i, kind in kinds.items() if kind == 2}
    if not dropped:
        return units
    kept: list[Unit] = []
    for unit in units:  # parents come before their replies
        if unit.index in dropped or (unit.parent is not None and unit.parent.index in dropped):
            dropped.add(unit.index)
        else:
            kept.append(unit)
    return kept


def without_section_unit(units: list[Unit], walker: Walker) -> list[Unit]:
    """A thread whose comments all sit in one unit with no words of its own outside them (the
    section named like a comment, Bitrix's ``div.blog-comments#blg-comment-57``; its links and
    form aside) is that section's: the unit goes, its comments stand at the top (and their
    depth comes from their indent)."""
    if len(units) < 3 or units[0].parent is not None:
        return units
    first = units[0]
    if any(u.parent is None for u in units[1:]):
        return units
    a = first.node.attributes
    if _SECTION_LABEL.search(f"{a.get('class') or ''} {a.get('id') or ''}") is None:
        return units  # a comment (whose words may all be a link) with its replies
    stack = [first.node]
    while stack:
        for child in stack.pop().iter(include_text=True):
            if child.is_text_node:
                if (child.text_content or "").strip():
                    return units
            elif child.tag not in _NOT_OWN_WORDS and walker.units.get(child.mem_id, first) is first:
                stack.append(child)  # (its own parts, not its comments)
    del walker.units[first.node.mem_id]
    walker.cache.clear()
    rest = units[1:]
    for unit in rest:
        if unit.parent is first:
            unit.parent = None
    return rest


#: A section's name: comments in the plural, a list, an area (``blog-comments``,
#: ``comment-list``, ``comments_area``); not one comment's (``comment``, ``comment-11``,
#: ``comment-box``, one comment with its reply form).
_SECTION_LABEL = re.compile(
    r"omments(?![a-z])|omment[-_]?(?:list|section|wrap\w*|area|container)", re.I
)

#: What a section holds besides its comments: links, controls, its form, headings.
_NOT_OWN_WORDS = frozenset(
    {"a", "button", "form", "label", "script", "style", "h1", "h2", "h3", "h4", "h5", "h6"}
)
