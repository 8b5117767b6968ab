"""Comment systems other than those the rules were written for: one small page per system, in
its own markup shape (Vanilla, Drupal 9, isso, Commento, Remark42, Coral, Livefyre, the Facebook
plugin, Discourse's crawler view, a Disqus embed, German, Spanish and Russian news CMSs).

Each fixture is written by hand after the system's markup; each tree below was checked by hand.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsthread.html import extract_comments
from newsthread.model import Article, Comment

DATA = Path(__file__).parent / "data" / "html" / "comments" / "systems"


def rows(name: str) -> list[tuple[Any, ...]]:
    """(depth, id, author, text) per comment, in reading order."""
    section = extract_comments(LexborHTMLParser((DATA / name).read_bytes()))
    out = []
    for c in Article(comments=section.comments).iter_comments():
        depth, node = 0, c.parent
        while isinstance(node, Comment):
            depth, node = depth + 1, node.parent
        out.append((depth, c.id, c.author.name if c.author else None, c.text))
    return out


TREES: dict[str, list[tuple[Any, ...]]] = {
    # Avatar-only profile link first, then the name link; reactions and "Flag" out of the text.
    "vanilla.html": [
        (0, "1201", "ines_a", "Only in summer."),
        (0, "1202", "Paul", "They added a Sunday boat in 2023."),
    ],
    # Replies in the sibling ``div.indented``; the avatar's profile link carries no name.
    "drupal9.html": [
        (0, "45", "Jane Roe", "Finally\n\nFinally a safe way to school."),
        (1, "46", "Ole (not verified)", "Except at the bridge."),
        (0, "47", "Mei", "Where does it end?"),
    ],
    # Replies in ``div.isso-follow-up`` inside the comment; the header's "•" spacer is no text.
    "isso.html": [
        (0, "isso-1", "Ann", "Finally!"),
        (1, "isso-2", "Anonymous", "Which routes?"),
    ],
    # ``commento-card`` (Italian "commento"), replies in ``commento-children``, the name's class
    # ends in ``-name``; the avatar letter and the score are no text.
    "commento.html": [
        (0, "commento-card-8f1a", "Giulia", "Finalmente!"),
        (1, "commento-card-9b2c", "Marco", "Quali linee?"),
        (0, "commento-card-7c3d", "Luca", "E i prezzi?"),
    ],
    # Depth from ``comment_level_N``: the reply sits in a nested ``thread`` beside its parent.
    "remark42.html": [
        (0, "3f2a9c1e", "octo", "Works on a Raspberry Pi."),
        (1, "7d1b0e44", "Dana", "Which model?"),
        (0, "91cc2f00", "Lee", "Thanks for the guide."),
    ],
    # The reply box ``coral-indent`` follows the comment inside its wrapper; the guidelines line
    # is no comment.
    "coral.html": [
        (0, "Q29tbWVudDo1", "harbour_watcher", "Seven to four is not a mandate."),
        (1, "Q29tbWVudDo2", "Mina K", "It is a majority."),
        (0, "Q29tbWVudDo5", "Otto", "When does building start?"),
    ],
    # ``article.fyre-comment-article`` is the comment, its ``div.fyre-comment`` the body; the depth
    # is on the wrapper (``fyre-comment-depth-1``).
    "livefyre.html": [
        (0, "fyre-message-210331", "kim.b", "About time."),
        (1, "fyre-message-210340", "Jo Park", "May of which year?"),
        (0, "fyre-message-210352", "Sam", "Who pays?"),
    ],
    # ``UFICommentActorName``; replies in the ``UFIReplyList`` after the comment.
    "facebook.html": [
        (0, "1020", "Anna Lind", "Great news for students."),
        (1, "1021", "Bo Jansson", "And for night owls."),
        (0, "1030", "Cem Aydin", "Weekends too please."),
    ],
    # schema.org ``Comment`` items; the first post is the topic itself, no comment.
    "discourse.html": [
        (0, "post_2", "pnovak", "Only in summer."),
        (0, "post_3", "mei", "They added a Sunday boat in 2023."),
    ],
    # Nothing but the embed, its "powered by" line, a policy line and a sidebar widget.
    "disqus-embed.html": [],
    # A flat list with ``comment--indented`` replies; "Antworten", "Melden", "12 Empfehlungen"
    # are controls; the "Leserkommentar des Tages" in the sidebar is another page's.
    "german-cms.html": [
        (0, "cid-4711", "Kritiker2010", "Endlich ein sicherer Weg zur Schule."),
        (1, "cid-4712", "Radlerin", "Antwort auf #1 von Kritiker2010\n\nNur bis zur Brücke."),
        (0, "cid-4720", "Ole K.", "Wann kommt der zweite Abschnitt?"),
    ],
    # "**María López** dijo:" and "Lucía | 3 marzo, 2024" headers; "Responder" is a control.
    "spanish-wordpress.html": [
        (0, "301", "María López", "¡Por fin!"),
        (1, "302", "Juan", "¿Y el precio del billete?"),
        (0, "305", "Lucía", "Faltan bicicletas."),
    ],
    # ``mc-comment-user__name`` after an avatar link; "Ответить"/"Пожаловаться" spans are
    # controls; the "Показать ещё 9 комментариев" item is a stub.
    "russian-cms.html": [
        (0, "88101", "Иван Петров", "Наконец-то!"),
        (1, "88102", "olga_k", "А пробки?"),  # noqa: RUF001
        (0, "88110", "Сергей", "Сколько стоит?"),
        (0, "c4", None, ""),
    ],
}


@pytest.mark.parametrize("name", sorted(TREES))
def test_thread_of_each_system(name: str) -> None:
    assert rows(name) == TREES[name]
