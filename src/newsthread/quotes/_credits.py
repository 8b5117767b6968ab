"""Photo credit lines ("Carl Vale via Getty Images.", "Erik Solberg/Bloomberg", "(AP Photo/Evan
Vucci)", "Foto: Peter Hale/dpa"): page furniture between paragraphs, whose photographer is no
antecedent of a later "he". Told by their shape, whatever the agency."""

from __future__ import annotations

import re

__all__ = ["is_photo_credit"]

#: A credit label opening the line, in the languages of the usual picture desks.
_LABEL_RE = re.compile(
    r"(?:Photo(?:graph)?|Foto|Bild|Image|Credit|Crédit|Picture|Pic)s?(?:\s*:|\s+by\s)", re.I
)

#: Lower-case words a credit may hold between its capitalised names ("… via Getty Images",
#: "… for The New York Times").
_LINK_WORDS = frozenset(["via", "for", "by", "and", "of", "the", "/", "photo"])


def is_photo_credit(paragraph: str) -> bool:
    """Is the whole paragraph a photo credit: a credit label and a name, or at most twelve
    capitalised words (names, an agency) joined by a slash or "via"?"""
    if len(paragraph) > 120 or (
        "/" not in paragraph
        and "via " not in paragraph
        and ":" not in paragraph
        and " by " not in paragraph
    ):
        return False  # (most paragraphs: no test at all)
    text = paragraph.strip().strip("()[]").rstrip(".")
    if not text or len(text) > 90:
        return False
    if _LABEL_RE.match(text):
        return True
    if "/" not in text and " via " not in text:
        return False
    words = text.replace("/", " / ").split()
    return len(words) <= 12 and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _LINK_WORDS for w in words
    )
