"""Photo credit lines ("Carl Vale via Getty Images.", "Ann Lee / Reuters", "Photo: Ann Lee/AP"):
page furniture between paragraphs, whose photographer is no antecedent of a later "he"."""

from __future__ import annotations

import re

__all__ = ["is_photo_credit"]

#: The wire and picture agencies a credit ends with, after "via" or a slash.
_AGENCY = (
    r"(?:Getty\s+Images|Getty|AP(?:\s+Photo)?|Associated\s+Press|Reuters|AFP|EPA|Shutterstock)"
)

_CREDIT_RE = re.compile(
    r"(?:(?:Photo(?:graph)?|Image|Credit|Picture)s?(?:\s+by)?:?\s+)?"
    r"[^\s“”\"]+(?:\s+[^\s“”\"]+){0,5}\s*(?:\s+via\s+|/\s*)" + _AGENCY + r"\.?"
    r"|(?:Photo(?:graph)?|Image|Credit|Picture)s?(?:\s+by)?:\s+[^\s“”\"]+(?:\s+[^\s“”\"]+){0,6}"
)


def is_photo_credit(paragraph: str) -> bool:
    """Is the whole paragraph a photo credit (a name of at most six words, then "via" or a
    slash and a picture agency; or "Photo:" and a name)?"""
    if len(paragraph) > 120 or (
        "/" not in paragraph and "via " not in paragraph and ":" not in paragraph
    ):
        return False  # (most paragraphs: no pattern tried)
    text = paragraph.strip()
    return len(text) <= 90 and _CREDIT_RE.fullmatch(text) is not None
