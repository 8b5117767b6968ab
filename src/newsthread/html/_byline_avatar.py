"""An author element that shows only a picture: the name in the picture's alt text.

Some themes put the author's avatar under the headline, linked to the author's page, with no
name in text ("<a href=/authors/priya-nair/><img alt="Priya Nair"></a>"). The alt text is the
name only when the link is an author page's (``/author/``, ``/authors/``, ``/people/``…) whose
last part spells it: an alt such as "Photo of Omar Said", "avatar", a team's crest linked to
``/team/chelsea-fc`` is never read. (Only beside the headline: ``_byline_elements`` asks.)
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

__all__ = ["AUTHOR_PATH", "avatar_name"]

_MAX_ALT = 60
# An author page's path: a folder for authors, then the author's own part; a profile
# ("substack.com/@jane", "medium.com/@jane").
AUTHOR_PATH = re.compile(
    r"/(?:authors?|autor(?:en|in)?|auteurs?|autori?|people|person|staff|journalists?|writers?|"
    r"reporters?|contributors?|profiles?)/[^/]+/?$|/@[\w.-]+/?$",
    re.IGNORECASE,
)


def avatar_name(node: LexborNode) -> tuple[str, str | None] | None:
    """The name and profile address of an author element without text, or None."""
    link = node if node.tag == "a" and "href" in node.attributes else node.css_first("a[href]")
    if link is None:
        return None
    image = link.css_first("img[alt]")
    if image is None:
        return None
    alt = " ".join((image.attributes.get("alt") or "").split())
    href = link.attributes.get("href") or ""
    if not alt or len(alt) > _MAX_ALT or " " not in alt:
        return None
    try:
        path = urlsplit(href).path
    except ValueError:
        return None
    if AUTHOR_PATH.search(path) is None:
        return None
    slug = next((part for part in reversed(path.split("/")) if part), "")
    if _letters(alt) != _letters(slug):
        return None
    return alt, href


def _letters(value: str) -> str:
    """The letters and digits of ``value``, accents dropped, case folded ("Pérez" -> "perez")."""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if c.isalnum()).casefold()
