"""Lists in a comment section that are not replies, recognised by shape; score lines.

Some themes print a comment's header as a list ("Reply", the name, the date as
items of a ``<ul>``), and commenters write lists in their text; converters keep
both as lists nested in the comment, which would read as replies.

- A list that opens with items of one short line each, with exactly one date or
  relative time among them and no whole author-and-date line, is the comment's
  header; the item after them is the comment's text (it may hold a list of its
  own); items after that (a reply's avatar) stay items.
- In a thread whose comments carry headers, a nested list none of whose items
  carries one is the text of the comment above it, and so is a list written
  flush left of every headed item (html2text).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsthread.markdown._units import Unit

__all__ = [
    "card_after_name",
    "drop_heading_cards",
    "drop_profile_cards",
    "fold_header_lists",
    "fold_text_lists",
    "is_button_row",
    "is_counter",
]

_SHORT = 80
# A line that is only a number: a vote count, a score ("11.0k", "5,2 Tsd.")
_COUNTER = re.compile(
    r"^[+\-\u2212]?\d{1,3}(?:[.,]\d{1,3})?\s*(?:k|m|tsd\.?|mio\.?)?$", re.IGNORECASE
)


# A field of a forum's profile card beside each post: "Posts: 14", "Joined: Sun Jan 05, 2020"
_CARD_FIELD = re.compile(
    r"(?:^|[\s:])(?:posts|messages|beiträge|mensajes|messaggi|сообщени[йя]|reaction\s+score|"
    r"reputation|karma|joined|join\s+date|registered|member\s+since|mitglied\s+seit|dabei\s+seit|"
    r"registriert(?:\s+seit)?|beigetreten|inscrit(?:\s+le)?|inscription|registrado|"
    r"miembro\s+desde|iscritto|зарегистрирован|на\s+сайте\s+с)"  # noqa: RUF001
    r"\s*:\s*(?:[^\W\d_]{2,10}\.?,?\s+){0,2}\d",  # a count or a date: "Posts: 14", "Joined: Sun Jan 05"
    re.IGNORECASE,
)
_CARD_LINES = 5
_CARD_LINE = 160
_RANK = 40  # a rank under the name on its own line ("Site Admin")


def drop_profile_cards(
    units: list[Unit],
    profile: Callable[[str], bool],
    dated: Callable[[Unit], bool] = lambda unit: False,
) -> None:
    """Take out the profile cards forums print beside each post (in place).

    A card opens with the poster's name as a link to a profile (``profile`` of
    the URL) and holds, within a few short lines, fields such as "Posts: 14" or
    "Joined: <date>". Left in, its name and join date read as a comment header
    and its lines as the text of the post above. A card right under the post's date
    line (``dated``) keeps its name line: there the name is the post's only author line
    (vBulletin).
    """
    keep: list[Unit] = []
    i, n = 0, len(units)
    while i < n:
        unit = units[i]
        end = _card_end(units, i, profile) if unit.kind == "p" else -1
        if end < 0:
            keep.append(unit)
            i += 1
            continue
        links = unit.links
        if keep and dated(keep[-1]) and links[0].end >= len(unit.text.rstrip()):
            keep.append(unit)  # the post's date, then the name: the name is its author's
        i = end + 1
    if len(keep) != n:
        units[:] = keep


def _card_end(units: list[Unit], i: int, profile: Callable[[str], bool]) -> int:
    """The index of the last line of the card opening at ``i``, or -1."""
    first = units[i]
    links = first.links
    if not links or links[0].start > 2 or not profile(links[0].url):
        return -1
    name_end = links[0].end
    rest = first.text[name_end:]
    rank = rest.startswith("\n") and "\n" not in rest[1:] and len(rest) <= _RANK
    if rest.strip() and not rank and _CARD_FIELD.search(first.text, name_end) is None:
        return -1  # a name with comment text after it: a header, not a card
    for j in range(i, min(len(units), i + _CARD_LINES)):
        unit = units[j]
        if len(unit.text) > _CARD_LINE or unit.kind != "p" or unit.item != first.item:
            return -1
        if _CARD_FIELD.search(unit.text) is not None:
            last = j
            while last + 1 < len(units) and _CARD_FIELD.search(units[last + 1].text) is not None:
                last += 1
            return last
    return -1


def card_after_name(units: list[Unit], i: int, profile: Callable[[str], bool]) -> int:
    """How many units after the heading ``units[i]`` are the poster's card and the post's title
    (SMF: the name as a heading linked to the profile, a list with the rank and "Beiträge: 57",
    then the title as a heading that is one link); 0 when there is no such card."""
    head = units[i]
    links = head.links
    if (
        head.kind != "h"
        or len(links) != 1
        or links[0].start > 1
        or links[0].end < len(head.text.rstrip())
        or not profile(links[0].url)
    ):
        return 0
    j, field, lines = _past_html(units, i + 1), False, 0
    while j < len(units) and lines < _CARD_LINES and units[j].item != -1:
        unit = units[j]
        if len(unit.text) > _RANK and _CARD_FIELD.search(unit.text) is None:
            return 0
        field = field or _CARD_FIELD.search(unit.text) is not None
        j, lines = _past_html(units, j + 1), lines + 1
    if not field:
        return 0
    title = units[j] if j < len(units) else None
    if (
        title is not None
        and title.kind == "h"
        and len(title.links) == 1
        and title.links[0].start == 0
        and title.links[0].end >= len(title.text.rstrip())
    ):
        j += 1  # the post's title, a link to the post: no part of its text
    return j - i - 1


def _past_html(units: list[Unit], j: int) -> int:
    """The first unit from ``j`` on that is not raw HTML (pandoc's ``<div>`` lines)."""
    while j < len(units) and units[j].kind == "html":
        j += 1
    return j


def drop_heading_cards(units: list[Unit], profile: Callable[[str], bool]) -> None:
    """Take out the cards and titles ``card_after_name`` finds after each name heading."""
    keep: list[Unit] = []
    i = 0
    while i < len(units):
        keep.append(units[i])
        i += 1 + card_after_name(units, i, profile)
    if len(keep) != len(units):
        units[:] = keep


def is_counter(text: str) -> bool:
    """A line holding nothing but a vote or score count."""
    return _COUNTER.match(text.strip()) is not None


# The labels of a comment's buttons, in the languages comment systems are written in.
_BUTTONS = frozenset(
    {
        "reply",
        "replies",
        "share",
        "report",
        "save",
        "follow",
        "hide",
        "edit",
        "delete",
        "flag",
        "boost",
        "favourite",
        "favorite",
        "like",
        "likes",
        "dislike",
        "quote",
        "bookmark",
        "recommend",
        "upvote",
        "downvote",
        "vote",
        "votes",
        "antworten",
        "melden",
        "teilen",
        "empfehlen",
        "zitieren",
        "gefällt",
        "mir",
        "responder",
        "compartir",
        "denunciar",
        "citar",
        "me",
        "gusta",
        "répondre",
        "partager",
        "signaler",
        "citer",
        "aime",
        "j'aime",
        "rispondi",
        "condividi",
        "segnala",
        "cita",
        "ответить",
        "пожаловаться",
        "поделиться",
        "цитировать",
        "нравится",
        "odpowiedz",
        "udostępnij",
        "zgłoś",
        "cytuj",
        "antwoorden",
        "delen",
        "rapporteren",
        "svara",
        "dela",
        "anmäl",
        "svar",
        "del",
    }
)
# what may stand between the labels: counts, separators, vote arrows and thumbs
_BETWEEN_BUTTONS = re.compile(r"[\s\d•·|/\u203a»«\u2039▲▼△▽↑↓⬆⬇+\-\u2212\u2013()\[\]:,👍👎❤♥]*")
_LABEL = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_GLUED = re.compile(r"(?<=[a-zà-ÿа-я])(?=[A-ZÀ-ÞА-Я])")


def is_button_row(text: str) -> bool:
    """A line of button labels, counts and separators ("▲ 15 ▼ 2 Responder Compartir
    Denunciar", "12 • Reply • Share"): a comment's chrome, by its shape."""
    if len(text) > 120 or "\n" in text:
        return False
    labels = [w for label in _LABEL.findall(text) for w in _GLUED.split(label)]
    if not labels or any(w.lower() not in _BUTTONS for w in labels):
        return False  # ("ReplyEditDelete": labels a converter glued together are split)
    return _BETWEEN_BUTTONS.fullmatch(_LABEL.sub(" ", text)) is not None


def _lists(units: list[Unit]) -> tuple[dict[int, list[Unit]], dict[int, list[int]]]:
    """The units of each list item, and the items of each list (in document order)."""
    by_item: dict[int, list[Unit]] = {}
    by_list: dict[int, list[int]] = {}
    for unit in units:
        if unit.item < 0:
            continue
        group = by_item.setdefault(unit.item, [])
        if not group and unit.list_key != -1:
            by_list.setdefault(unit.list_key, []).append(unit.item)
        group.append(unit)
    return by_item, by_list


def _into(unit: Unit, above: Unit | None) -> None:
    """Make ``unit`` a plain block of the item ``above`` (or of no item)."""
    unit.start = False
    if above is None:
        unit.item, unit.parent_item, unit.depth, unit.column, unit.list_key = -1, -1, 0, 0, -1
    else:
        unit.item, unit.parent_item, unit.list_key = above.item, above.parent_item, above.list_key
        unit.depth, unit.column = above.depth, above.column


def _short_line(group: list[Unit]) -> bool:
    unit = group[0]
    return len(group) == 1 and unit.kind == "p" and 0 < len(unit.text) <= _SHORT


def fold_header_lists(units: list[Unit], piece: Callable[[Unit], str]) -> None:
    """Turn lists that are a comment's header into plain lines of the enclosing item (in place).

    ``piece`` names what one line is: "time" (a date or relative time alone),
    "header" (a whole author-and-time line), "chrome" (a button) or "" (text).
    """
    by_item, by_list = _lists(units)
    parents = {u.parent_item for u in units if u.item >= 0}
    moved: dict[int, int] = {}  # folded item -> the item that holds its lines now
    for kids in by_list.values():
        if len(kids) < 2:
            continue
        lines = [by_item[k] for k in kids]
        # the header: the items of one short line each at the start of the list
        n = 0
        while n < len(lines) and _short_line(lines[n]):
            n += 1
        if n < 2 or any(k in parents for k in kids[:n]):
            continue
        kinds = [piece(g[0]) for g in lines[:n]]
        if kinds.count("time") != 1 or "header" in kinds:
            continue
        # converters put the comment's text into the header list as the item after it (which
        # may hold a list of its own); an item after that is a reply (an avatar, a header)
        if n < len(lines) and lines[n][0].text.strip():
            n += 1
        parent = lines[0][0].parent_item
        above = by_item[parent][0] if parent in by_item else None
        for key, group in zip(kids[:n], lines[:n], strict=True):
            moved[key] = above.item if above is not None else -1
            for unit in group:
                _into(unit, above)
    if moved:
        for unit in units:  # lists nested in a folded item now hang from the item above it
            if unit.parent_item in moved:
                unit.parent_item = moved[unit.parent_item]


def fold_text_lists(units: list[Unit], has_header: Callable[[list[Unit]], bool]) -> None:
    """Turn nested lists without comment headers into text of the comment above (in place).

    Only in a thread where list items carry headers (``has_header`` of an item's
    units): where no comment has one, lists are all the nesting there is.
    """
    by_item, by_list = _lists(units)
    headed = {k for k, group in by_item.items() if has_header(group)}
    if len(headed) < 2:
        return
    parents = {u.parent_item for u in units if u.item >= 0}
    indent = min(by_item[k][0].column for k in headed)
    for kids in by_list.values():
        parent = by_item[kids[0]][0].parent_item
        if any(k in headed for k in kids):
            continue
        if parent == -1:
            # a list at the top, left of every headed item: a list in a comment's text that
            # the converter wrote flush left (html2text); its lines are the comment's text.
            # The comments indented after it, which CommonMark nests in its last item, nest
            # by their own columns.
            if kids[0] > min(headed) and by_item[kids[0]][0].column < indent:
                for k in kids:
                    for unit in by_item[k]:
                        _into(unit, None)
            continue
        if any(k in parents for k in kids):
            continue
        if parent not in headed:
            continue
        above = by_item[parent][0]
        for k in kids:
            for unit in by_item[k]:
                _into(unit, above)
