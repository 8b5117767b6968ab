"""Stage 1, candidates named for assistive technology: ``role="article"`` entries whose
``aria-label`` says they are comments ("Comment by Ann", "Comentario de Luis Ortega"), on pages
whose classes are generated (atomic CSS: ``x1n2onr6``) and name nothing."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

__all__ = ["aria_comments"]

# The label's first word: a comment or a reply, in the languages the count words know.
_COMMENT_LABEL = re.compile(
    r"(?:comment|reply|response|kommentar|antwort|comentario|respuesta|commentaire|réponse|"
    r"commento|risposta|comentário|resposta|komentarz|odpowiedź|reactie|yorum|комментарий|"
    r"ответ|коментар|відповідь)\b",
    re.I,
)


def aria_comments(root: LexborNode) -> list[LexborNode]:
    """The ``role="article"`` elements labelled as comments, two at least (one is a post)."""
    found = [
        node
        for node in root.css('[role="article"][aria-label]')
        if _COMMENT_LABEL.match((node.attributes.get("aria-label") or "").strip())
    ]
    return found if len(found) >= 2 else []
