"""A CSS pass whose tests of the links' addresses are made in Python.

lexbor tests a substring (``a[href*="/author"]``) by reading the attribute's value again for
each test, a character at a time: the dozen such tests of every link's address cost a third
of the byline candidates' pass. A pass with ``a[href]`` in their place finds every link at
one look, and a pattern tests the addresses at C speed.

lexbor gives an element once for each alternative of a selector list that it matches: an
``<a href>`` that the pass gives once matched ``a[href]`` and no other alternative, and is
kept only when its address passes the test; an element given more than once matched another
alternative, and is kept.
"""

from __future__ import annotations

from collections.abc import Callable

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["linked"]

# lexbor's number for the tag ``a`` (in HTML and in SVG alike).
_A = LexborHTMLParser("<a href=x></a>").css_first("a").tag_id  # type: ignore[union-attr]


def linked(
    root: LexborHTMLParser | LexborNode, selector: str, test: Callable[[str], object]
) -> list[LexborNode] | None:
    """What ``root.css(S)`` finds, each element once, in page order, where the selector list
    ``S`` is ``selector`` with its alternative ``a[href]`` narrowed to the links whose address
    passes ``test`` (``test`` must say what ``S``'s tests of ``href`` say). None when such a
    link has an ``xlink:href`` (which lexbor reads as ``href`` in SVG, the first of the two
    when both stand): the caller makes ``S``'s own pass then."""
    found = root.css(selector)
    out: list[LexborNode] = []
    count = len(found)
    at = 0
    while at < count:
        node = found[at]
        key = node.mem_id
        end = at + 1
        while end < count and found[end].mem_id == key:
            end += 1
        once = end - at == 1
        at = end
        if once and node.tag_id == _A:
            # ``a[href]`` or another alternative, not both
            attrs_ = node.attributes
            if "xlink:href" in attrs_:
                return None  # (lexbor reads the first of the two in SVG)
            if "href" in attrs_ and not test(attrs_.get("href") or ""):
                continue  # a link the pass found for ``a[href]`` alone
        out.append(node)
    return out
