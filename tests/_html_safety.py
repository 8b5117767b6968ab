"""DOM checks shared by the HTML export tests: is a page free of script, and what does it say?"""

from __future__ import annotations

import html
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

# Attributes a browser reads as a URL (or as a list of URLs).
URL_ATTRIBUTES = frozenset(
    {
        "href",
        "src",
        "action",
        "formaction",
        "background",
        "cite",
        "codebase",
        "data",
        "dynsrc",
        "lowsrc",
        "longdesc",
        "poster",
        "srcset",
        "xlink:href",
        "ping",
        "manifest",
        "icon",
        "profile",
        "usemap",
        "itemtype",
    }
)
SAFE_SCHEMES = ("http://", "https://", "mailto:")
# Elements our export never writes; a hostile text must not create one either.
FORBIDDEN_TAGS = frozenset(
    {
        "script",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "svg",
        "math",
        "img",
        "video",
        "audio",
        "source",
        "form",
        "input",
        "button",
        "textarea",
        "select",
        "base",
        "param",
        "template",
        "noscript",
        "xmp",
        "plaintext",
        "isindex",
        "image",
        "marquee",
    }
)
_IGNORED = re.compile("[\x00-\x20\x7f-\x9f\u200b-\u200f\ufeff]")


def url_is_safe(value: str) -> bool:
    """An absolute http(s)/mailto URL, or a same-page fragment."""
    seen = _IGNORED.sub("", html.unescape(value)).lower()
    return seen.startswith("#") or seen.startswith(SAFE_SCHEMES)


def assert_safe_page(page: str) -> LexborHTMLParser:
    """Parse ``page`` and fail on anything that could run script or load something."""
    doc = LexborHTMLParser(page)
    assert doc.root is not None
    styles = 0
    metas_with_http_equiv = 0
    for node in doc.root.traverse():
        tag = node.tag
        assert tag not in FORBIDDEN_TAGS, f"forbidden element <{tag}>"
        if tag == "style":
            styles += 1
        for name, value in node.attributes.items():
            lowered = name.lower()
            assert not lowered.startswith("on"), f"event handler {name}={value!r} on <{tag}>"
            assert lowered not in {"style", "srcdoc", "formaction", "target"}, f"{name} on <{tag}>"
            if lowered in URL_ATTRIBUTES and value is not None:
                assert url_is_safe(value), f"unsafe URL {value!r} in {name} on <{tag}>"
            if value is not None:
                squeezed = _IGNORED.sub("", html.unescape(value)).lower()
                assert "javascript:" not in squeezed or lowered not in URL_ATTRIBUTES
                if lowered in URL_ATTRIBUTES:
                    assert not squeezed.startswith(("data:", "vbscript:", "javascript:"))
        if tag == "meta" and "http-equiv" in node.attributes:
            metas_with_http_equiv += 1
            assert node.attributes["http-equiv"] == "Content-Security-Policy"
    assert styles == 1, "exactly one <style>: ours"
    assert metas_with_http_equiv == 1, "only our own CSP meta"
    return doc


def comment_items(doc: LexborHTMLParser) -> list[LexborNode]:
    """Every comment entry of the thread, in document order."""
    return doc.css("li.nt-comment")


def parent_map(doc: LexborHTMLParser) -> dict[str, str | None]:
    """Comment HTML id -> HTML id of its parent comment (None at the top), from the DOM alone."""
    out: dict[str, str | None] = {}
    for li in comment_items(doc):
        own = li.attributes["id"]
        assert own is not None
        flat_parent = li.attributes.get("data-parent")
        if flat_parent is not None:
            link = li.css_first('link[itemprop="parentItem"]')
            assert link is not None
            assert link.attributes["href"] == "#" + flat_parent
            out[own] = flat_parent
            continue
        node = li.parent
        parent: str | None = None
        while node is not None:
            if node.tag == "li" and "nt-comment" in (node.attributes.get("class") or ""):
                parent = node.attributes["id"]
                break
            node = node.parent
        out[own] = parent
    return out


def element_depth(doc: LexborHTMLParser, selector: str | None = None) -> int:
    """The deepest element nesting of the page (or of the elements ``selector`` matches)."""
    assert doc.root is not None
    deepest = 0
    nodes = doc.css(selector) if selector else doc.root.traverse()
    for node in nodes:
        depth = 0
        up = node.parent
        while up is not None:
            depth += 1
            up = up.parent
        deepest = max(deepest, depth)
    return deepest


def _prop_value(node: LexborNode) -> object:
    tag = node.tag
    attrs = node.attributes
    if tag == "meta":
        return attrs.get("content") or ""
    if tag in {"a", "link", "area"}:
        return attrs.get("href") or ""
    if tag == "time" and "datetime" in attrs:
        return attrs["datetime"] or ""
    if tag == "data":
        return attrs.get("value") or ""
    return node.text(deep=True)


def microdata(doc: LexborHTMLParser) -> list[dict[str, object]]:
    """The top-level microdata items of a page, per the WHATWG microdata algorithm.

    An item is ``{"type": ..., "properties": {name: [values]}}``; a value is a
    string or a nested item. Explicit stacks, so deep pages work.
    """
    assert doc.root is not None
    top: list[LexborNode] = [
        n
        for n in doc.root.traverse()
        if "itemscope" in n.attributes and "itemprop" not in n.attributes
    ]

    def item(node: LexborNode) -> dict[str, object]:
        return {"type": node.attributes.get("itemtype"), "properties": {}}

    out: list[dict[str, object]] = []
    for root in top:
        root_item = item(root)
        out.append(root_item)
        work: list[tuple[LexborNode, dict[str, object]]] = [(root, root_item)]
        while work:
            scope, scope_item = work.pop()
            props = scope_item["properties"]
            assert isinstance(props, dict)
            pending = list(scope.iter())
            pending.reverse()
            while pending:
                node = pending.pop()
                names = (node.attributes.get("itemprop") or "").split()
                if "itemscope" in node.attributes:
                    if names:
                        child = item(node)
                        for name in names:
                            props.setdefault(name, []).append(child)
                        work.append((node, child))
                    continue
                for name in names:
                    props.setdefault(name, []).append(_prop_value(node))
                kids = list(node.iter())
                kids.reverse()
                pending.extend(kids)
    return out


_START_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)")


def assert_parsed_as_written(page: str, doc: LexborHTMLParser) -> None:
    """The parser built exactly the elements the page spells out, in order: no fix-ups
    (nothing implied, moved, dropped or cloned by the adoption agency)."""
    assert doc.root is not None
    written = [m.group(1).lower() for m in _START_TAG.finditer(page)]
    built = [node.tag for node in doc.root.traverse()]
    assert built == written
