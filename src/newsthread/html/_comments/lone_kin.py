"""Stage 1, candidates known by the kind of the thread's other comments.

A box inside a comment that is of an earlier comment's kind is a reply, not that comment's body
(``kin_of_earlier``). A thread whose markup names only its replies (Muut's ``li.m-post.m-reply`` under
``li.m-post.m-seed``) gives one named unit, or a few all inside one entry: the comments it
answers are the elements of its own kind around it (same tag, same first class), each with
some text and a date, which no word names."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsthread.html._comments.state import Unit
from newsthread.html._comments.words import DATE_HINT

__all__ = ["kin_of_earlier", "kin_of_lone"]

# How far up from the named unit the list of its kin is looked for.
_LEVELS = 4
# The text of a comment at least: a name and a few words.
_MIN_TEXT = 15


def kin_of_lone(named: LexborNode) -> list[LexborNode]:
    """The elements of ``named``'s kind in the nearest box around it that holds others, in
    document order with ``named`` among them, when each of the others reads like a comment
    (text and a date); else none."""
    tag = named.tag
    first = (named.attributes.get("class") or "").split()[:1]
    if not tag or not first or not first[0].replace("-", "").replace("_", "").isalnum():
        return []
    selector = f"{tag}.{first[0]}"
    box = named.parent
    best: list[LexborNode] = []
    # The widest box of the few levels up whose elements of the kind all read as comments (the
    # list of the comments, not only the entry the reply stands in).
    for _ in range(_LEVELS):
        if box is None or box.tag in ("body", "html", "main", "article"):
            break
        found = box.css(selector)
        if len(found) > len(best):
            if not all(_reads_as_comment(n) for n in found if n.mem_id != named.mem_id):
                break
            best = found
        box = box.parent
    return best if len(best) > 1 else []


def _reads_as_comment(node: LexborNode) -> bool:
    text = node.text(deep=True)
    return len(text.strip()) >= _MIN_TEXT and (
        DATE_HINT.search(text) is not None or node.css_first("time") is not None
    )


def kin_of_earlier(node: LexborNode, above: Unit, units: list[Unit]) -> bool:
    """Whether a box inside a unit is of the kind of an earlier comment that is not that unit
    (its tag, and every class of that comment among its own: ``div.sub_comment_item.comment_item``
    after ``div.comment_item``): a reply in a reply box taken for a unit, not the box's body."""
    own = (node.attributes.get("class") or "").split()
    if not own:
        return False
    wrapper = set((above.node.attributes.get("class") or "").split())
    for other in units[-_KIN_LOOKBACK:]:
        if other is above or other.node.tag != node.tag:
            continue
        kind = set((other.node.attributes.get("class") or "").split())
        # (not a unit of the box's own kind: that is the thread's wrapper again, Dreamwidth's
        # ``div.dwexpcomment`` around ``div.dwexpcomment.comment``)
        if kind and kind <= set(own) and kind != wrapper:
            return True
    return False


# The earlier comments a box is compared with (the thread's kind shows in its first ones).
_KIN_LOOKBACK = 4
