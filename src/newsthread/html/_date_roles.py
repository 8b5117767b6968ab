"""The role of a date element that is not the article's: a comment's, another story's teaser's,
or the last change's.

Comments carry their own dates; teasers of other stories stand in list items, sidebars,
navigation and footers, in containers named as teasers ("related", "trending", "latest"…) or
in card links that hold a heading; an update is marked by its class (WordPress's
``<time class="updated">``), by a label just before it ("Updated <time …>") or by labels on
every date it writes ("Revised: March 5, 2021").
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsthread.html._datelines import commentish
from newsthread.html._written_dates import UPDATE_LABEL, written_dates

__all__ = ["DATE_HEAD", "in_comments", "in_teaser_list", "is_update"]

# The elements a comment thread is wrapped in.
_THREAD_TAGS = frozenset({"article", "li", "div", "section", "ol", "ul", "aside"})

#: How much of a date element's text is read for its date.
DATE_HEAD = 200


def in_comments(node: LexborNode) -> bool:
    """True for a node inside a comment thread (commenters are not the article's authors)."""
    current: LexborNode | None = node
    steps = 0
    while current is not None and steps < 40:
        if current.tag in _THREAD_TAGS:
            attrs_ = current.attributes
            if commentish(f"{attrs_.get('class') or ''} {attrs_.get('id') or ''}"):
                return True
        current = current.parent
        steps += 1
    return False


_TEASER_LIST_TAGS = frozenset({"li", "aside", "nav", "footer"})


_TEASER_LEVELS = 8


# Containers of other articles' teasers, by the names content systems give them.
_TEASER_CLASS = re.compile(
    r"related|teaser|trending|popular|most-?read|recommend|more-?(?:stories|news|articles)|"
    r"top-?stories|latest|breaking|ticker|sidebar|promo(?:s|tions?)?(?![a-z])|read-?next|"
    r"up-?next|also-?like",
    re.IGNORECASE,
)


def in_teaser_list(node: LexborNode) -> bool:
    """Whether a date element stands among other articles' teasers: in a list item, a sidebar,
    a navigation or footer, a container named as teasers ("related", "trending", "latest"…)
    or a link that also holds a heading (a teaser card)."""
    current = node.parent
    for _ in range(_TEASER_LEVELS):
        if current is None or current.tag in ("article", "main", "body"):
            return False
        if current.tag in _TEASER_LIST_TAGS:
            return True
        if current.tag == "a" and current.css_first("h2, h3, h4, h5") is not None:
            return True
        attrs_ = current.attributes
        if "class" in attrs_ or "id" in attrs_:
            marker = f"{attrs_.get('class') or ''} {attrs_.get('id') or ''}"
            if _TEASER_CLASS.search(marker) is not None:
                return True
        current = current.parent
    return False


_UPDATE_CLASS = re.compile(r"updated|modified|aktualisiert|actualizado|atualizado|mis-a-jour", re.I)


def is_update(node: LexborNode, *, written: bool = True) -> bool:
    """An element whose class says it holds the date of the last change (WordPress's
    ``<time class="updated">`` beside ``<time class="entry-date published">``), or that
    follows or (with ``written``) holds a label saying so ("Updated <time …>",
    "<span>Last updated:</span> <time …>", "Revised: March 5, 2021")."""
    classes = node.attributes.get("class") or ""
    if classes and _UPDATE_CLASS.search(classes) is not None and "publish" not in classes:
        return True
    before = _text_before(node)
    if before and UPDATE_LABEL.search(before) is not None:
        return True
    if not written:
        return False
    if node.attributes.get("datetime"):
        # "<time datetime=…>Last updated: Feb 5, 2020</time>": the label in its own text
        head = node.text(deep=True)[:_LABEL_BEFORE]
        digit = next((i for i, c in enumerate(head) if c.isdigit()), 0)
        return digit > 0 and UPDATE_LABEL.search(head, 0, digit) is not None
    # "<p class="date">Revised: March 5, 2021</p>": every date it writes is labelled so.
    dates = list(written_dates(node.text(deep=True, separator=" ")[:DATE_HEAD]))
    return bool(dates) and all(labelled for _, labelled in dates)


# How much text before a date element is read for its label, and how many levels up.
_LABEL_BEFORE = 40
_LABEL_LEVELS = 2
_LABEL_SIBLINGS = 3


def _text_before(node: LexborNode) -> str:
    """The text just before ``node`` in its element (or, when nothing stands before it there,
    in its parent's): where a label stands."""
    parts: list[str] = []
    size = 0
    current: LexborNode | None = node
    for _ in range(_LABEL_LEVELS):
        if current is None:
            break
        sibling = current.prev
        for _ in range(_LABEL_SIBLINGS):
            if sibling is None or size >= _LABEL_BEFORE:
                break
            text = (
                sibling.text_content or ""
                if sibling.is_text_node
                else sibling.text(deep=True, separator=" ")
            )
            parts.append(text)
            size += len(text.strip())
            sibling = sibling.prev
        if size:
            break
        current = current.parent
    return " ".join(reversed(parts)).strip()[-_LABEL_BEFORE:]
