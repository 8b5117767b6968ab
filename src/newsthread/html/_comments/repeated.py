"""Stage 1, candidates on pages without comment markup: the repeated entries of a comment
section, or the repeated elements that each hold a comment's text and its author."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsthread.html._comments.candidates import is_unit_candidate, key_of, take_parts
from newsthread.html._comments.selectors import (
    HOLDER_AUTHOR,
    HOLDER_TEXT_WORDS,
    ID_KEY,
    NOT_UNIT_TAGS,
    REPLY_ITEM_SELECTOR,
    SECTION_NOT,
    SECTION_WORD,
)
from newsthread.html._comments.state import Unit, Walker
from newsthread.html._comments.words import DATE_HINT
from newsthread.html._written_dates import is_month_name

__all__ = ["repeated_holders", "repeated_in_section"]


#: Classes that alternate between the rows of one list: ``odd``/``even``, ``row1``/``row2``.
_ALTERNATING = re.compile(r"^(?:odd|even|alt|alternate)$|(?<!\d)\d+$", re.I)
_ALTERNATION = frozenset({"odd", "even", "alt", "alternate", "Odd", "Even", "Alt"})


def _kind(cls: str) -> str:
    """A list entry's kind: its first class, the same for rows that alternate colours."""
    return _ALTERNATING.sub("", cls)


def repeated_in_section(root: LexborNode, walker: Walker, sections: list[LexborNode]) -> list[Unit]:
    """Pages without comment markup: the repeated children of a comment section.

    A section is an element whose id or class names comments; inside it, the
    element with the most children of one kind (same tag and first class),
    each with some text and no form field, holds one comment per child.
    """
    best: list[LexborNode] = []
    seen: set[int] = set()
    for section in sections:
        a = section.attributes
        label = f"{a.get('id') or ''} {a.get('class') or ''}"
        if section.mem_id in seen or (
            section.tag in NOT_UNIT_TAGS and section.tag not in ("ol", "ul")
        ):
            continue
        if not SECTION_WORD.search(label) or SECTION_NOT.search(label.lower()):
            continue
        seen.add(section.mem_id)
        stack = [section]
        walked: list[int] = []
        while stack and len(walked) < 5000:
            box = stack.pop()
            walked.append(box.mem_id)
            groups: dict[tuple[str, str], list[LexborNode]] = {}
            for child in box.iter():
                if not child.is_element_node:
                    continue
                stack.append(child)
                cls = (child.attributes.get("class") or "").split()
                # A definition list's heads are one kind whatever their classes (``dt.odd``,
                # ``dt.me``): each opens an entry.
                entry = cls[0] if cls and child.tag != "dt" else ""
                if entry and (entry[-1].isdigit() or entry in _ALTERNATION):
                    entry = _kind(entry)
                groups.setdefault((child.tag or "", entry), []).append(child)
            for (tag, _), members in groups.items():
                if (
                    len(members) < 2
                    or len(members) <= len(best)
                    or (tag in NOT_UNIT_TAGS and tag != "li")
                ):
                    continue
                if tag in ("script", "style", "option", "br", "img"):
                    continue
                # Each entry must read like a comment: some text and a date.
                dated = 0
                for m in members:
                    text = m.text(deep=True)
                    if len(text.strip()) >= 15 and (
                        DATE_HINT.search(text) is not None
                        or m.css_first("time") is not None
                        or _yearless_permalink(m)
                    ):
                        dated += 1
                if dated < len(members) * 0.8:
                    continue
                if any(m.css_first("textarea, input, select") is not None for m in members):
                    continue
                best = members
        if not stack:
            # Walked whole: a section inside it would find nothing its walk did not (nested
            # sections each walked again cost the square of their number).
            seen.update(walked)
    units: list[Unit] = []
    for node in best:
        for inner in [node, *_replies_of(node, walker)]:
            above = walker.owner(inner)[0] if inner is not node else None
            ident = (
                inner.attributes.get("id") or inner.attributes.get("data-id") or _anchor_id(inner)
            )
            unit = Unit(node=inner, key=ident, index=len(units), parent=above)
            if above is not None:
                above.children.append(unit)
            walker.units[inner.mem_id] = unit
            units.append(unit)
            if inner.tag == "dt":
                take_parts(unit, walker)  # the text stands in the ``dd`` after the head
    return units


#: A date without its year, as a permalink's text: a day and a month's name either way round
#: ("Mar 4", "4 mars", "4. März", "4 мар."; Discourse's embed).
_YEARLESS = re.compile(r"([^\W\d_]{3,12})\.?\s(\d{1,2})|(\d{1,2})\.?\s([^\W\d_]{3,12})\.?")


def _yearless_permalink(entry: LexborNode) -> bool:
    """Whether an entry links to itself under a date without a year (a post's permalink)."""
    for link, _ in zip(entry.css("a[href]"), range(8), strict=False):
        found = _YEARLESS.fullmatch(link.text(deep=True).strip())
        if found is not None and is_month_name(found.group(1) or found.group(4)):
            return True
    return False


def _replies_of(node: LexborNode, walker: Walker) -> list[LexborNode]:
    """The replies inside an entry: elements of its tag and class (Valine's ``vquote > vcard``),
    or else named for what they are in a list of replies (Kinja's ``article.reply`` in
    ``div.reply-children`` of the entry's wrapper)."""
    kind = node.attributes.get("class")
    if kind and node.tag and '"' not in kind and "\\" not in kind:
        same = f'{node.tag}[class="{kind}"]'
        nested = [n for n in node.css(same) if n.mem_id != node.mem_id]
        if nested:
            return nested
    return [
        n
        for n in node.css(REPLY_ITEM_SELECTOR)
        if n.mem_id not in walker.units and is_unit_candidate(n)
    ]


def _anchor_id(node: LexborNode) -> str | None:
    """An entry's id on the permalink anchor inside it (Joomla K2's ``a#comment91``)."""
    anchor = node.css_first("a[id], a[name]")
    if anchor is None:
        return None
    m = ID_KEY.search(anchor.attributes.get("id") or anchor.attributes.get("name") or "")
    return next((g for g in m.groups() if g), None) if m else None


def repeated_holders(walker: Walker, sections: list[LexborNode]) -> list[Unit]:
    """Pages whose comment elements have no comment-like name of their own: the repeated
    element that holds a whole comment, an author element and a text element.

    From each comment-text element (``.commentText``, ``.comment-content``…) up to five
    ancestors are tried for the nearest that also holds an author element. The holders, or
    their ancestors a level or three up when each stands alone in its own box, that are
    siblings of one kind (same parent, tag and first class) give one comment each.
    ``sections`` are the scan's elements whose class or id holds "omment" (among them,
    in document order, all comment-text elements: no second pass over the page).
    """
    holders: list[LexborNode] = []
    seen: set[int] = set()
    for text in sections:
        named = text.attributes.get("class")
        if not named or not any(word in named for word in HOLDER_TEXT_WORDS):
            continue
        cur = text.parent
        for _ in range(5):
            if cur is None or cur.tag in ("body", "html"):
                break
            if cur.css_first(HOLDER_AUTHOR) is not None:
                if cur.mem_id not in seen:
                    seen.add(cur.mem_id)
                    holders.append(cur)
                break
            cur = cur.parent
    best: list[LexborNode] = []
    level = holders
    for _ in range(4):
        groups: dict[tuple[int, str, str], list[LexborNode]] = {}
        for node in level:
            up = node.parent
            if up is None or up.tag in ("body", "html"):
                continue
            cls = (node.attributes.get("class") or "").split()
            groups.setdefault((up.mem_id, node.tag or "", cls[0] if cls else ""), []).append(node)
        best = max(groups.values(), key=len, default=[])
        if len(best) >= 2 or not level:
            break
        level = [n.parent for n in level if n.parent is not None]
    if len(best) < 2 or len({n.mem_id for n in best}) < len(best):
        return []
    units: list[Unit] = []
    for node in best:
        unit = Unit(node=node, key=key_of(node), index=len(units))
        walker.units[node.mem_id] = unit
        units.append(unit)
    return units
