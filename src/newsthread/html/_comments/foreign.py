"""Comments named in languages whose word for them holds no "omment" (``div.yorum``,
``li.pinglun-item``), read only after a heading that is that word."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsthread.html._comments.candidates import Scan, is_unit_candidate, named_data_id
from newsthread.html._comments.selectors import ID_KEY, foreign_token
from newsthread.html._comments.words import COMMENTS_HEADING, DATE_HINT


def foreign_candidates(scan: Scan) -> list[LexborNode]:
    """Elements named in a foreign word for comment (``div.yorum``, ``li.pinglun-item``) after a
    heading that is that language's word for comments ("Yorumlar", "网友评论"), in the smallest
    box around the heading (up to three levels up, never the page nor the article: "Reacties"
    in an article heads politicians' quotes) that holds any; each with a key or a date and some
    text of its own besides its links (not a widget's "Ahmet on <headline>")."""
    for node, (heading, _, _) in zip(scan.declared, scan.kinds, strict=True):
        if not heading:
            continue
        text = node.text(deep=True).strip()
        if len(text) > 40 or COMMENTS_HEADING.fullmatch(text) is None:
            continue
        box = node.parent
        for _ in range(3):
            if box is None or box.tag in ("body", "html", "article", "main"):
                break
            if box.attributes.get("itemprop") == "articleBody" or box.css_first("h1"):
                break
            found = _named_after(box, node)
            if found:
                return [n for n in found if _evidenced(n)]
            box = box.parent
    return []


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


def _evidenced(node: LexborNode) -> bool:
    """Whether an element has a comment's key or date, and text of its own besides links."""
    a = node.attributes
    text = node.text(deep=True)
    if (
        ID_KEY.search(a.get("id") or "") is None
        and named_data_id(a) is None
        and node.css_first("time") is None
        and DATE_HINT.search(text) is None
    ):
        return False
    links = sum(len(link.text(deep=True).strip()) for link in node.css("a"))
    return len(text.strip()) - links >= 8
