"""Where a comment section starts when no heading names it: a run of comment-shaped units.

A thread repeats one shape: a header (an author line with a date or a relative
time, a "level N" line, a name linked to a profile with a time next to it), then
text, then chrome. Three such headers close together mark the section; one alone
(an article's byline) does not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newsthread.markdown._units import Unit

__all__ = ["count_line", "header_run", "named_heading"]

#: Headers in a run, and the most units allowed between two of them.
RUN = 3
GAP = 30


def header_run(units: Sequence[Unit], is_header: Callable[[Unit], bool]) -> int | None:
    """Index of the first header of the first run of ``RUN`` headers at most ``GAP`` units apart."""
    run: list[int] = []
    for i, unit in enumerate(units):
        if not is_header(unit):
            continue
        if run and i - run[-1] > GAP:
            run = []
        run.append(i)
        if len(run) >= RUN:
            return run[0]
    return None


# Stems of the word a count heading uses, in the languages of the dev pages and a few more;
# matched inside compounds ("Leserkommentare", "Lecteurs-commentaires").
_STEM = (
    r"comment|коммент|kommentar|comentari|commentaire|commenti|komentarz|komentář|kommentti|"
    r"hozzászól|reactie|reacti|réacti|reakti|réponse|respuest|risposte|antwort|repl(?:y|ies)|respons|"
    r"thought|gedanken|ответ|отзыв|yorum|diskussion|discussion|discusión|svar"
)
_NUMBER = r"(?P<n>\d{1,3}(?:[.,\u202f\u00a0 ]\d{3})*|\d+)"
_COUNT_BEFORE = re.compile(
    rf"(?<![\w.,]){_NUMBER}\s*[-\u2013]?\s*(?:\w+[-\s]){{0,2}}?\w*(?:{_STEM})\w*", re.IGNORECASE
)
_COUNT_AFTER = re.compile(
    # a word or two may open it: "Reader comments (3)", "Leser-Kommentare: 12"
    rf"^\W{{0,3}}(?:(?!(?:to|on|re|reply|in|auf|zu|à|de|a|на|к)\b)[^\W\d_]+[-\s]){{0,2}}?\w*(?:{_STEM})\w*\s*(?:[(\[:]\s*)?{_NUMBER}\s*[)\]]?\W{{0,3}}$",
    re.IGNORECASE,
)

_MORE = re.compile(
    r"\b(?:more|load|show|view|weitere|mehr|plus|más|altri|ещё|еще)\b", re.IGNORECASE
)


def count_line(text: str, heading: bool) -> tuple[bool, int | None]:
    """Whether a short line is a count heading by its structure, and the count.

    A number next to a comment word, before it ("12 Kommentare", "12Comments",
    "80 Leser-Kommentare", "This post has 80 comments", "Se han publicado 11
    comentarios") or after it ("Комментарии (5)", "Comments: 3"). A line of text
    must be short (8 words at most) to count; a heading up to 15.
    """
    words = text.split()
    if not words or len(words) > (15 if heading else 8) or len(text) > 160:
        return False, None
    if not heading and any(sep in text for sep in "|·•"):
        return False, None  # "5343 reads | 32 comments": a meta line above the article
    if _MORE.search(text):
        return False, None  # "43 more replies", "Load 5 more comments": a stub, not the count
    match = _COUNT_BEFORE.search(text) or _COUNT_AFTER.match(text)
    if match is None:
        return False, None
    return True, int(re.sub(r"\D", "", match.group("n"))[:18])


_NAMED = re.compile(rf"^\w*(?:{_STEM})\w*$", re.IGNORECASE)


def named_heading(text: str) -> bool:
    """A short heading with a comment word and no count: "Vos réactions", "Leserkommentare".

    Only a hint: the caller confirms it by the shape of what follows. The bare
    word "Comment" is a form label (and French for "how"), not a section name.
    """
    words = text.split()
    if not words or len(words) > 4:
        return False
    return any(_NAMED.match(w.strip(".:()")) and w.lower() != "comment" for w in words)
