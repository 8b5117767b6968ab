"""Tidy a thread once its units are read: drop chrome comments, join texts, give ids.

Every pass here runs once, after the builder has taken the last unit, because each needs the
whole thread: whether most comments have a header, which lines most of them repeat, which
page ids are unique.
"""

from __future__ import annotations

import re

from newsthread.markdown._authorlines import clean_author
from newsthread.markdown._opencomment import OpenComment
from newsthread.markdown._relink import ID_PARAM
from newsthread.model import Comment, CommentStatus

__all__ = ["close_comments", "drop_after_last_row", "drop_empty", "drop_repeated", "edge_chrome"]


#: Longest paragraph that counts as chrome when most comments repeat it.
_REPEATED = 120
_LETTER = re.compile(r"[^\W\d_]")

_PINGBACK = re.compile(r"^(Pingback|Trackback):", re.IGNORECASE)

# fragments that name a place on the page rather than one comment
_NOT_IDS = {"comments", "respond", "reply", "top", "content", "main", "disqus_thread"}

# what forums print in place of the name of an account or comment that is gone
_GONE = {"[deleted]": CommentStatus.DELETED, "[removed]": CommentStatus.REMOVED}

#: Comments with headers a thread needs before headerless ones after them are chrome.
_RUN_OF_HEADERS = 3
#: The longest line of such chrome (a link in a sidebar list, a footer label).
_CHROME_LINE = 60
_SENTENCE_END = (".", "!", "?", "…", ")", '"', "»", "“")  # a sentence is a comment's, not chrome


def drop_empty(made: list[OpenComment]) -> tuple[list[OpenComment], set[int]]:
    """The comments worth keeping, and the ids of the top-level ones dropped.

    A comment with no text, header or replies held only chrome (an avatar, a "Follow"
    button): a reply is detached at once, a top-level one left for the caller to drop.
    """
    survivors: list[OpenComment] = []
    dropped: set[int] = set()
    for state in made:
        c = state.comment
        empty = not state.explicit and not state.parts and state.pending is None
        bare = not c.replies and c.author is None and c.published is None and c.url is None
        if empty and bare:
            if c.parent is not None:
                c.detach()
            else:
                dropped.add(id(c))
            continue
        survivors.append(state)
    return survivors, dropped


def _headed(state: OpenComment) -> bool:
    c = state.comment
    return state.explicit or c.author is not None or c.published is not None or bool(c.extra)


def edge_chrome(states: list[OpenComment]) -> set[int]:
    """The top-level comments before the first or after the last one with a header, in a
    thread where most have one, that are one short line without a header, link or reply and
    no item of a list whose items have headers: sort and paging bars above a thread, sidebar
    and footer lists after one whose end the page did not mark (ids of the comments).
    Pingbacks, sentences and longer texts stay."""
    marks = [_headed(s) for s in states]
    headed = sum(marks)
    if headed < _RUN_OF_HEADERS:
        return set()
    # most of the thread between its first and its last headed comment has a header (the
    # edges may be longer than the thread: a widget's tab bar, a footer's link lists)
    inner = len(marks) - marks.index(True) - marks[::-1].index(True)
    if 2 * headed < inner:
        return set()
    # a list whose items carry headers is a list of comments, even its items without one
    lists = {s.list_key for s in states if s.list_key != -1 and _headed(s)}
    chrome: set[int] = set()
    for run, leading in ((reversed(states), False), (iter(states), True)):
        for state in run:
            c = state.comment
            if _headed(state):
                break
            if c.parent is not None or c.replies or c.url is not None:
                continue
            if state.list_key in lists and not (leading and _tab(state)):
                continue  # a comment without a header in a list of comments
            short = len(state.parts) <= 1 and all(
                len(p) <= _CHROME_LINE and not p.endswith(_SENTENCE_END) for p in state.parts
            )
            if short and not (state.parts and _PINGBACK.match(state.parts[0])):
                chrome.add(id(c))
    return chrome


def _tab(state: OpenComment) -> bool:
    """A widget's tab or button label at the head of a list of comments ("Login", "Sort by
    Best"): one line of at most three words."""
    parts = state.parts or ([state.pending.text.strip()] if state.pending is not None else [])
    return len(parts) == 1 and len(parts[0].split()) <= 3 and "\n" not in parts[0]


def drop_repeated(states: list[OpenComment]) -> None:
    """Drop the short paragraphs that half the comments or more repeat word for word: a
    "log in to reply" line, a button row the chrome patterns do not know (in place)."""
    if len(states) < 4:
        return
    counts: dict[str, int] = {}
    for state in states:
        for part in {p for p in state.parts if len(p) <= _REPEATED and _LETTER.search(p)}:
            counts[part] = counts.get(part, 0) + 1
    chrome = {p for p, n in counts.items() if n >= 3 and 2 * n >= len(states)}
    if chrome:
        for state in states:
            state.parts = [p for p in state.parts if p not in chrome]


#: Comments that must end with their chrome row before the last one's text after it is cut.
_ROWS = 3


def drop_after_last_row(states: list[OpenComment]) -> None:
    """Where every comment before the last ends with a line of chrome (its button row), the
    paragraphs after the last comment's row are the page's footer, not its text (in place)."""
    rows = [s for s in states if s.row_at is not None]
    if len(rows) < _ROWS or rows[-1] is not states[-1]:
        return
    last = states[-1]
    if any(s.row_at != len(s.parts) for s in rows[:-1]) or not last.row_at:
        return
    del last.parts[last.row_at :]


def _opening(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def close_comments(survivors: list[OpenComment], strict: bool) -> None:
    """Join each comment's text, clean its author and give the comments without one an id."""
    taken = {s.comment.id for s in survivors if s.explicit}
    page_ids: dict[int, str] = {} if strict else _page_ids(survivors, taken)
    taken |= set(page_ids.values())
    number = 0
    for state in survivors:
        if state.pending is not None:
            state.parts.insert(0, state.pending.text.strip())
        if state.late is not None:
            state.parts.append(state.late.text.strip())
        if state.title is not None and not (
            state.parts and _opening(state.parts[0]).startswith(_opening(state.title))
        ):
            state.parts.insert(0, state.title)
        state.comment.text = "\n\n".join(state.parts)
        state.comment.author = clean_author(state.comment.author)
        _placeholder_author(state.comment)
        if not state.explicit:
            kind = _PINGBACK.match(state.comment.text)
            if kind is not None:
                state.comment.status = CommentStatus(kind.group(1).lower())
            number += 1
            while f"c{number}" in taken:
                number += 1
            state.comment.id = page_ids.get(id(state), f"c{number}")


def _page_ids(survivors: list[OpenComment], taken: set[str]) -> dict[int, str]:
    """The page's own ids of the comments that have one, when no two comments share it."""
    found: dict[int, str] = {}
    counts: dict[str, int] = {}
    for state in survivors:
        if state.explicit:
            continue
        page = _page_id(state)
        if page is not None:
            found[id(state)] = page
            counts[page] = counts.get(page, 0) + 1
    # ids that repeat (one permalink for the whole page, a shared anchor) name no comment
    return {k: v for k, v in found.items() if counts[v] == 1 and v not in taken}


def _page_id(state: OpenComment) -> str | None:
    """The page's own id of a comment: its anchor, else its permalink's fragment or ``?id=``."""
    if state.page_id is not None:
        return state.page_id
    url = state.comment.url
    if not url:
        return None
    if "#" in url:
        fragment = url.rsplit("#", 1)[1]
        return fragment if fragment and fragment.lower() not in _NOT_IDS else None
    query = ID_PARAM.search(url)
    return query.group(1) if query is not None else None


def _placeholder_author(comment: Comment) -> None:
    """ "[deleted]" in the author's place names no one: no author, the comment's status says why."""
    author = comment.author
    status = _GONE.get(author.name.strip().lower()) if author is not None else None
    if status is not None:
        comment.author = None
        if comment.status is CommentStatus.PUBLISHED:
            comment.status = status
