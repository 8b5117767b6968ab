# ruff: noqa: RUF001, RUF002
"""A byline signed at the end of a Japanese article: the reporter's name alone in brackets in
a paragraph of its own ("（佐藤健一）", "（山田 太郎）"), the papers' way of crediting a story."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from newsthread.html._byline_cjk import cjk_name_alone
from newsthread.model import Author

__all__ = ["bracketed_signature"]

_SIGNED = re.compile(r"[（(]\s*([^\W\d_]{1,4})(?:[\s\u3000]([^\W\d_]{1,4}))?\s*[）)]")
# Paragraphs read from the end of the page: the signature closes the article's text.
_PARAGRAPHS = 60


def bracketed_signature(doc: LexborHTMLParser) -> list[Author]:
    """The reporter a Japanese page's paragraph of a bracketed name alone credits, or none."""
    root = doc.root
    if root is None or not (root.attributes.get("lang") or "").lower().startswith("ja"):
        return []
    for paragraph in doc.css("p")[-_PARAGRAPHS:]:
        found = _SIGNED.fullmatch(paragraph.text(deep=True).strip())
        if found is None:
            continue
        name = "".join(part for part in found.groups() if part)
        if cjk_name_alone(name):
            return [Author(" ".join(part for part in found.groups() if part))]
    return []
