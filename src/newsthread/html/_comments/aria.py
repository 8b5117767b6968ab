"""Stage 1, candidates named for assistive technology: ``role="article"`` entries whose
``aria-label`` says they are comments ("Comment by Ann", "Comentario de Luis Ortega"), on pages
whose classes are generated (atomic CSS: ``x1n2onr6``) and name nothing."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

__all__ = ["aria_comments"]

# The label's shape: a comment or a reply by someone ("Comment by Ann", "Comentario de Luis",
# "Reply by Bo to comment by Ann"), in the languages the count words know; not an opinion
# piece's "Comment: Why …" nor a "Comment on the budget".
_COMMENT_LABEL = re.compile(
    r"(?:comment|reply|response|kommentar|antwort|comentario|respuesta|commentaire|réponse|"
    r"commento|risposta|comentário|resposta|komentarz|odpowiedź|reactie|yorum|комментарий|"
    r"ответ|коментар|відповідь)\s+(?:by|from|von|de|del|da|di|par|por|od|от|від|van|door)\s+\S",
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
