"""Comment headers of a name and an age: a profile link or a name, then a relative time
("[ana](/usuarios/ana) hace 3 horas", "Ann Lee 2 hours ago", "Ann replied vor 2 Stunden"),
and the words around a name that are not the name (a "by", a verb, "(not verified)")."""

from __future__ import annotations

import re

from newsthread.markdown._answered import REPLY_TO
from newsthread.markdown._headers import Header, name_like, profile_link, relative_time
from newsthread.markdown._units import Unit
from newsthread.model import Author

__all__ = ["BY", "UNVERIFIED", "VERB_TAIL", "name_then_age", "profile_then_age"]

# "geschrieben von Ann am …", "posted by Ann on …", "par Ann le …", "Post by Ann » …" (a
# permalink's label first, phpBB): the words before the name
BY = re.compile(
    r"^[\W_]*(?:(?:geschrieben|verfasst|posted|written|submitted|publié|escrito|scritto|"
    r"kommentiert|post|beitrag|message|mensaje|messaggio|reply|comment|kommentar|antwort|"
    r"réponse|respuesta|сообщение)\s+)?(?:von|by|par|por|da|door|от)\s+"
    # "Discussion in 'Gear' started by Ann, Mar 3, 2024": a thread's first post, by Ann
    r"|^[^\n]{0,60}?\b(?:started|begonnen|erstellt|iniciado|commencé)\s+(?:by|von|por|par)\s+",
    re.IGNORECASE,
)


def profile_then_age(unit: Unit, text: str) -> Header | None:
    """``[ana](/usuarios/ana) hace 3 horas``: a name linked to a profile, then a relative time
    (perhaps ``en respuesta a [jo](#c-12)`` between them)."""
    first = unit.links[0] if unit.links else None
    if first is None or first.start > 2 or not profile_link(first.url) or unit.text != text:
        return None
    rest = text[first.end :]
    reply_to = reply_name = None
    reply = REPLY_TO.match(rest)
    if reply is not None:
        target = next((k for k in unit.links if k.start == first.end + reply.end()), None)
        if target is not None:
            reply_name = text[target.start : target.end].strip()
            reply_to = target.url.rsplit("#", 1)[1] if "#" in target.url else None
            rest = text[target.end :]
        else:  # the link dropped by the converter: the name is the words before the time
            rest = rest[reply.end() :]
            words = rest.split()
            for k in range(1, min(4, len(words))):
                if relative_time(" ".join(words[k:])) == " ".join(words[k:]):
                    reply_name, rest = " ".join(words[:k]), " ".join(words[k:])
                    break
    when = rest.strip(" ·•|-\u2013,")
    if not when or relative_time(when) != when:
        return None
    if any(k.start >= len(text) - len(rest) for k in unit.links):
        return None  # the time is a link: an inline header, with its permalink
    name = text[first.start : first.end].strip("*_ ")
    return Header(
        author=Author(name, first.url),
        date_text=when,
        reply_to=reply_to,
        reply_to_name=reply_name,
    )


# the verb between a name and its time: "Ann replied 2 hours ago", "Ann kommentierte vor 2 Tagen"
VERB_TAIL = re.compile(
    r"\s+(?:replied|commented|posted|wrote|responded|answered|antwortete|kommentierte|schrieb|"
    r"respondió|comentó|escribió|a\s+répondu|a\s+commenté|a\s+écrit|rispose|ha\s+commentato|"
    r"ответил[аи]?|написал[аи]?|прокомментировал[аи]?)$",
    re.IGNORECASE,
)
# words that stand before a time without naming anyone: "Edited 2 hours ago"
_NOT_A_NAME = re.compile(
    r"^(?:(?:last\s+)?(?:edited|updated|modified|seen|active)|posted|published|joined|"
    r"bearbeitet|aktualisiert|geändert|editado|actualizado|modifié|modificato|aggiornato|"
    r"изменено|обновлено)$",
    re.IGNORECASE,
)
# the mark of a comment by a visitor without an account: "Ann (not verified)" (Drupal)
UNVERIFIED = re.compile(
    r"(?<!\s)\s*\((?:not\s+verified|unverified|nicht\s+(?:überprüft|verifiziert)|no\s+verificado|"
    r"non\s+vérifié|non\s+verificato|guest|gast|invité|invitado|ospite)\)$",
    re.IGNORECASE,
)
_MAX_NAME_WORDS = 4


def name_then_age(unit: Unit, text: str) -> Header | None:
    """``Ann Lee 2 hours ago``, ``Posted by Ann 3 days ago``, ``Ann replied vor 2 Stunden``: a
    name, then a relative time, with no separator between them. Without a link on the name,
    every word of it must be capitalised or a handle ("kettle42"): "I saw him 2 days ago" is
    text."""
    if unit.text != text or len(text) > 100:
        return None
    words = text.split()
    for k in range(1, min(len(words), 9)):
        tail = " ".join(words[k:])
        if relative_time(tail) == tail:
            break
    else:
        return None
    head = " ".join(words[:k])
    link = next((lk for lk in unit.links if lk.start <= 1), None)
    if any(lk is not link for lk in unit.links) or (link is not None and link.end < len(head) - 1):
        return None  # a time link (an inline header), or a link inside the words
    name = UNVERIFIED.sub("", VERB_TAIL.sub("", BY.sub("", head))).strip(" ,:*_·•|-\u2013")
    if not name or not name_like(name) or _NOT_A_NAME.match(name):
        return None
    names = name.split()
    if len(names) > _MAX_NAME_WORDS:
        return None
    if link is None and not all(w[:1].isupper() or not w.isalpha() for w in names):
        return None
    return Header(author=Author(name, link.url if link else None), date_text=tail)
