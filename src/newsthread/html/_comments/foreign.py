"""Comments named in languages whose word for them holds no "omment" (``div.yorum``,
``li.pinglun-item``), read only after a heading that is that word."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsthread.html._comments.candidates import Scan, is_unit_candidate, named_data_id
from newsthread.html._comments.selectors import ID_KEY, foreign_token
from newsthread.html._comments.words import COMMENTS_HEADING


def foreign_candidates(scan: Scan) -> list[LexborNode]:
    """Elements named in a foreign word for comment (``div.yorum``, ``li.pinglun-item``) after a
    heading that is that language's word for comments ("Yorumlar", "网友评论"), in the smallest
    box around the heading (up to three levels up, never the page nor the article: "Reacties"
    in an article heads politicians' quotes) that holds any; each with a key or a date and some
    text of its own besides its links (not a widget's "Ahmet on <headline>")."""
    # Each box is judged once, whatever the number of headings in it: whether the climb stops
    # there, else it held nothing named after an earlier heading, so nothing after a later one
    # (headings come in page order).
    stops: dict[int, bool] = {}
    for node, (heading, _, _) in zip(scan.declared, scan.kinds, strict=True):
        if not heading:
            continue
        text = node.text(deep=True).strip()
        if len(text) > 40 or COMMENTS_HEADING.fullmatch(text) is None:
            continue
        box = node.parent
        for _ in range(3):
            if box is None:
                break
            stop = stops.get(box.mem_id)
            if stop is None:
                stop = _is_too_wide(box)
                if not stop:
                    found = _named_after(box, node)
                    if found:
                        ids = {n.mem_id for n in found}
                        kept = [n for n in found if _evidenced(n, ids)]
                        # (One dated box is not a thread: a quote or a teaser can have a date.)
                        return kept if len(kept) >= 2 else []
                stops[box.mem_id] = stop
            if stop:
                break
            box = box.parent
    return []


def _is_too_wide(box: LexborNode) -> bool:
    """Whether a box is the page's or the article's, never a comment section's."""
    return (
        box.tag in ("body", "html", "article", "main")
        or box.attributes.get("itemprop") == "articleBody"
        or box.css_first("h1") is not None
    )


def _named_after(box: LexborNode, heading: LexborNode) -> list[LexborNode]:
    """The elements after ``heading`` in ``box`` that a foreign class word names as comments."""
    found: list[LexborNode] = []
    passed = False
    for inner in box.traverse():
        if inner.mem_id == heading.mem_id:
            passed = True
        elif passed and inner.tag != "a":
            cls = inner.attributes.get("class")
            if (
                cls
                and any(foreign_token(token) for token in cls.split())
                and is_unit_candidate(inner)
            ):
                found.append(inner)
    return found


def _evidenced(node: LexborNode, found: set[int]) -> bool:
    """Whether an element has a comment's key or date (a ``time``, a date or time of day, "3
    saat önce"; not a year: quotes cite years), and text of its own besides links. Its replies
    (the other ``found``) are not read: a chain of them would be read again for each."""
    a = node.attributes
    dated = ID_KEY.search(a.get("id") or "") is not None or named_data_id(a) is not None
    own = 0
    stack = [node]
    while stack:
        for child in stack.pop().iter(include_text=True):
            if child.is_text_node:
                text = (child.text_content or "").strip()
                own += len(text)
                dated = dated or _is_date(text)
            elif child.tag == "time":
                dated = True
            elif child.tag == "a":  # (a permalink's date counts, its words are not the text)
                dated = dated or _is_date(child.text(deep=True).strip())
            elif child.mem_id not in found:
                stack.append(child)
            if dated and own >= 8:
                return True
    return False


def _is_date(text: str) -> bool:
    """Whether a short text (a meta line, not a sentence: a quote says "ten years ago") holds a
    date or time of day, or a count of time ago ("3 saat önce", "5分钟前")."""
    return len(text) <= 40 and _DATE_SHAPE.search(text) is not None


_DATE_SHAPE = re.compile(
    r"(?<!\d)\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|(?<!\d)\d{4}-\d\d-\d\d|(?<!\d)\d{1,2}:\d\d"
    r"|\d+\s*\w+\s+(?:ago|önce|geleden|назад|тому|sitten|ezelőtt|lalu|trước)(?!\w)"
    r"|\d+\s*(?:分钟|小时|天|分鐘|小時)前|\d+\s*(?:분|시간|일)\s*전",
    re.I,
)
