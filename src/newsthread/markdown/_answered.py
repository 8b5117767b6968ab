"""The comment a header answers: "in reply to Ann" phrases and lines, and the link to the
parent comment that some widgets print right after the author's name (Disqus).

The builder nests a reply by the parent's page id when the link survived the converter,
else by the name (only where that author wrote a comment above).
"""

from __future__ import annotations

import re

from newsthread.markdown._headers import name_like
from newsthread.markdown._units import Unit
from newsthread.model import Link

__all__ = ["REPLY_LINE", "REPLY_TO", "parent_after_name"]

# a line that opens a reply's text: "Antwort auf #1 von Ann", "in reply to Ann"
REPLY_LINE = re.compile(
    r"^(?:in\s+reply\s+to|reply\s+to|replying\s+to|(?:als\s+)?antwort\s+auf|"
    r"en\s+réponse\s+à|en\s+respuesta\s+a|in\s+risposta\s+a|в\s+ответ\s+на)\s+"
    r"(?:(?:#|nr\.?\s*)?\d{1,5}\s+)?(?:(?:von|by|from|de|di|от)\s+)?(?P<name>[^\n]{1,60})$",
    re.IGNORECASE,
)
# "in reply to Ann" between a reply's name and its date
REPLY_TO = re.compile(
    r"\s+(?:in\s+reply\s+to|replying\s+to|reply\s+to|(?:als\s+)?antwort\s+auf|"
    r"en\s+réponse\s+à|en\s+respuesta\s+a|in\s+risposta\s+a|в\s+ответ\s+на|[↪→])\s+",
    re.IGNORECASE,
)


def parent_after_name(unit: Unit, line: str) -> Link | None:
    """The in-page link to the parent comment after a name linked to its page, on one line:
    ``[Bob](/by/bob) [Ann](#comment-1)`` (Disqus prints the answered name after the author's)."""
    links = [k for k in unit.links if k.end <= len(line)]
    if len(links) != 2 or links[0].start > 2 or links[0].url.startswith("#"):
        return None
    parent = links[1]
    label = unit.text[parent.start : parent.end].strip()
    if (
        not parent.url.startswith("#")
        or len(parent.url) < 2
        or unit.text[links[0].end : parent.start].strip(" [(↪→")
        or unit.text[parent.end : len(line)].strip(" ])")
        or not name_like(label)
    ):
        return None
    return parent
