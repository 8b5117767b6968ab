"""Dates by their place in the page's text: the dateline by the heading, a paragraph that opens
with its date, a labelled date ("Datum: …", "Published", "Опубликовано"…), and the first written
date of the page's own text."""

from __future__ import annotations

import re
from datetime import datetime

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsthread.html._body.alternation import by_first_letter
from newsthread.html._page_nodes import PageNodes
from newsthread.html._written_dates import date_in_text

__all__ = [
    "COMMENTISH",
    "commentish",
    "date_near_heading",
    "dateline_paragraph",
    "first_date_in_text",
    "heading_window",
    "labelled_date",
    "own_text",
]

COMMENTISH = re.compile(r"comment|respond|reply|discussion|disqus", re.I)
_COMMENTISH_FOLDED = re.compile(COMMENTISH.pattern)


def commentish(marker: str) -> bool:
    """Whether an element's class and id (``marker``) name a comment thread, as
    ``COMMENTISH.search`` says (an ASCII marker is lowercased and searched case-sensitively:
    three times faster than a case-blind search)."""
    if marker.isascii():
        return _COMMENTISH_FOLDED.search(marker.lower()) is not None
    return COMMENTISH.search(marker) is not None


_NEAR_LEVELS = 3


_NEAR_BEFORE = 200


_NEAR_AFTER = 400


# The dateline window ends at page furniture and where the article's text begins.
_WINDOW_STOPS = frozenset({"footer", "nav", "header", "aside"})


_NO_TEXT = frozenset({"script", "style", "noscript", "template"})


_LONG_BLOCK = 250


_LEAD = 100  # a dateline may open the first long paragraph ("Berlin, 25. Januar 2022: ...")


def date_near_heading(doc: LexborHTMLParser, nodes: PageNodes | None = None) -> datetime | None:
    """A written date just above or below the page's only ``<h1>`` (a dateline, "Stand: …")."""
    window = heading_window(doc, nodes)
    return date_in_text(window) if window is not None else None


def heading_window(doc: LexborHTMLParser, nodes: PageNodes | None = None) -> str | None:
    """The text just above and below the page's only ``<h1>``, where its dateline stands.

    The window holds the text around the heading inside its nearest ancestors,
    cut at ``footer``/``nav``/``header``/``aside`` and after the opening of the first
    paragraph with a lot of text; an ``<h1>`` in the page's header (a logo: a ``header``
    outside ``article`` and ``main``) has none. With the page's ``nodes``, read once.
    """
    if nodes is None:
        return _heading_window(doc.css("h1"))
    if nodes.window is None:
        nodes.window = (_heading_window(nodes.h1s),)
    return nodes.window[0]


def _heading_window(h1s: list[LexborNode]) -> str | None:
    if len(h1s) != 1:
        return None
    heading = h1s[0]
    if not heading.text(deep=True).strip():
        return None
    in_header = False
    current = heading.parent
    while current is not None and current.tag not in ("article", "main"):
        in_header = in_header or current.tag == "header"
        current = current.parent
    if in_header and current is None:
        return None  # the page's header, not an article's
    path = {heading.mem_id}
    box = heading
    for _ in range(_NEAR_LEVELS):
        if box.parent is None or box.parent.tag in ("body", "html"):
            break
        box = box.parent
        path.add(box.mem_id)
    before = ""
    after = [heading.text(deep=True, separator="\n")]
    after_len = 0
    seen = False
    box_id = box.mem_id
    node = box.child
    while node is not None:
        descend = False
        tag = node.tag or ""
        if node.mem_id == heading.mem_id:
            seen = True
        elif tag == "-text":
            value = node.text_content or ""
            if value.strip():
                if not seen:
                    before = (before + "\n" + value)[-_NEAR_BEFORE:]
                else:
                    after.append(value)
                    after_len += len(value)
                    if after_len >= _NEAR_AFTER:
                        break
        elif tag.startswith("-") or tag in _NO_TEXT:
            pass
        elif node.mem_id in path:
            descend = True
        elif tag in _WINDOW_STOPS:
            if seen:
                break
            before = ""
        elif tag == "p" and len(block := node.text(deep=True)) > _LONG_BLOCK:
            if seen:
                after.append(block[:_LEAD])
                break
            before = ""
        else:
            descend = True
        following = node.child if descend else None
        while following is None and node is not None:
            following = node.next
            if following is None:
                node = node.parent
                if node is None or node.mem_id == box_id:
                    break
        node = following
    return before + "\n" + "\n".join(after)[: len(after[0]) + _NEAR_AFTER]


# A date the page labels as the publication date, in the languages of the pages seen;
# "last modified" labels after them, as the last resort (a wiki's only date).
_DATE_LABELS = (
    "datum",
    "date",
    "published",
    "publication date",
    "posted",
    "veröffentlicht(?: am)?",
    "erschienen(?: am)?",
    "erstellt(?: am)?",
    "publiziert(?: am)?",
    "publié(?: le)?",
    "mise en ligne",
    "publicado(?: el| em)?",
    "publicada(?: el| em)?",
    "fecha(?: de publicación)?",
    "pubblicato(?: il)?",
    "data publikacji",
    "opublikowano",
    "gepubliceerd(?: op)?",
    "publicerad",
    "publicerat",
    "publisert",
    "udgivet",
    "julkaistu",
    "publikováno",
    "megjelent",
    "publicat",
    "diterbitkan",
    "opublikowany",
    "yay\u0131nlanma(?: tarihi)?",
    "опубликовано",
    "опубликован",
    "опубліковано",
    "δημοσιεύθηκε",
    "公開日",
    "发布时间",
    "发布日期",
    "發佈時間",
    "게시",
    "입력",
    "stand",
)
# (grouped by first letter: re skips in C to the positions that open a label instead of trying
# the whole alternation at every one, a fifth faster over a page's text; no word character
# before the label, looked at behind its first letter, the ``.``)
_DATE_LABEL = re.compile(
    "(?:"
    + by_first_letter("|".join(_DATE_LABELS), opening=r"(?<!\w.)")
    + r")(?![^\W\d_])\s*:?\s*(?P<rest>.{6,40})"
)


_MODIFIED_LABELS = (
    "last (?:modified|updated|edited)(?: on)?",
    "zuletzt (?:am|geändert am|aktualisiert am)",
    "letzte (?:änderung|aktualisierung)(?: am)?",
    "última (?:actualización|modificación)",
    "ultima modifica",
    "laatst gewijzigd(?: op)?",
    "senast ändrad",
    "aktualisiert(?: am)?",
    "updated(?: on)?",
    "dernière modification(?: le)?",
    "mis à jour(?: le)?",
    "actualizado(?: el)?",
    "atualizado(?: em)?",
    "aggiornato(?: il)?",
    "bijgewerkt(?: op)?",
    "uppdaterad",
    "oppdatert",
    "opdateret",
    "päivitetty",
    "aktualizováno",
    "güncellendi",
    "обновлено",
    "оновлено",
    "ενημερώθηκε",
    "更新日",
    "수정",
)
_MODIFIED_LABEL = re.compile(
    "(?:" + by_first_letter("|".join(_MODIFIED_LABELS)) + r")(?![^\W\d_])\s*:?\s*(?P<rest>.{6,40})"
)


# How much of the page's text is searched for a labelled date (they sit near the top).
_LABEL_TEXT_MAX = 60_000


def _shown_text(body: LexborNode, nodes: PageNodes | None) -> str:
    """The text of ``body`` without its scripts and styles (a script's JSON has "updated" and
    "date" keys of its own)."""
    text = body.text(deep=True, separator="\n") if nodes is None else nodes.body_lines()
    codes = [
        code
        for node in body.css("script, style, template")
        if len(code := node.text(deep=True)) > _CODE_MIN
    ]
    return _without_first(text, codes)


_CODE_MIN = 12


def _without_first(text: str, parts: list[str]) -> str:
    """``text`` with the first occurrence of each of ``parts`` taken out in turn, as
    ``text.replace(part, "", 1)`` for each leaves it, without copying the whole text for each
    (a page's scripts are most of its text: their copies cost more than the search)."""
    head = ""  # the text up to the last part taken out, the parts in it taken out too
    rest = 0  # and the text from here on
    for part in parts:
        at = head.find(part)
        if at >= 0:
            head = head[:at] + head[at + len(part) :]
            continue
        edge = len(part) - 1
        if edge > 0 and part in head[-edge:] + text[rest : rest + edge]:
            # (an occurrence across the cut: taken out of the joined text)
            text, head, rest = (head + text[rest:]).replace(part, "", 1), "", 0
            continue
        at = text.find(part, rest)
        if at >= 0:
            head += text[rest:at]
            rest = at + len(part)
    return head + text[rest:]


def labelled_date(doc: LexborHTMLParser, nodes: PageNodes | None = None) -> datetime | None:
    """A date after a label in the page's text ("Datum: 26. Januar 2022", "Mise en ligne 23 mai
    2019"), else after a "last modified" label. With the page's ``nodes``, its text read once."""
    body = doc.body
    if body is None:
        return None
    # Lowercased once: case-insensitive matching of long alternations is slow in Python's re.
    text = _shown_text(body, nodes)[:_LABEL_TEXT_MAX].lower()
    for pattern in (_DATE_LABEL, _MODIFIED_LABEL):
        for match in pattern.finditer(text):
            found = date_in_text(match.group("rest"))
            if found is not None:
                return found
    return None


# "27.1.2022 - Bei der Erinnerung ...", "Berlin, 29. November 2022 - Die ...": a paragraph
# of running text that opens with its date (and maybe a place) and a dash or colon.
_DATELINE_OPENING = re.compile(
    r"\s*(?:[^\W\d_][\w.' -]{1,30},\s*)?(?P<date>[\w. /-]{6,24}?)\s*[-\u2013\u2014:|]\s"
)


_DATELINE_PARAGRAPHS = 40


_DATELINE_MIN = 80


def dateline_paragraph(doc: LexborHTMLParser) -> datetime | None:
    """The date that opens one of the page's first paragraphs of running text, or None."""
    for node in doc.css("p")[:_DATELINE_PARAGRAPHS]:
        text = node.text(deep=True)
        if len(text) < _DATELINE_MIN:
            continue
        match = _DATELINE_OPENING.match(text)
        if match is not None:
            found = date_in_text(match.group("date"))
            if found is not None:
                return found
    return None


_FURNITURE = frozenset(
    {"script", "style", "noscript", "template", "nav", "footer", "header", "aside", "form"}
    | {"select", "button"}
)
# The elements a comment thread is wrapped in (only their class and id are looked at).
_CONTAINERS = frozenset({"div", "section", "ol", "ul", "li", "article"})


_TEXT_SEARCH_MAX = 20_000


def first_date_in_text(doc: LexborHTMLParser, nodes: PageNodes | None = None) -> datetime | None:
    """The first written date in the page's own text (not its navigation, header, footer,
    sidebars, forms or comment threads): the last resort."""
    return date_in_text(own_text(doc, nodes=nodes))


def own_text(
    doc: LexborHTMLParser, limit: int = _TEXT_SEARCH_MAX, nodes: PageNodes | None = None
) -> str:
    """The first ``limit`` characters of the page's own text (not its navigation, header,
    footer, sidebars, forms or comment threads), its text nodes one a line. With the page's
    ``nodes``, read once for the longest limit asked (a shorter one is its beginning)."""
    if nodes is None:
        return _own_text(doc, limit)
    if nodes.own is None or nodes.own[0] < limit:
        nodes.own = (limit, _own_text(doc, limit))
    return nodes.own[1][:limit]


def _own_text(doc: LexborHTMLParser, limit: int) -> str:
    body = doc.body
    if body is None:
        return ""
    parts: list[str] = []
    size = 0
    # Down by the first child, on by the next sibling: each node is made once, and only the
    # elements gone into are kept for the way back (a tenth faster than stacking every child).
    above: list[LexborNode] = []
    node = body.child
    while True:
        if node is None:
            if not above:
                break
            node = above.pop().next
            continue
        tag = node.tag or ""
        if tag == "-text":
            value = node.text_content or ""
            if value.strip():
                parts.append(value)
                size += len(value)
                if size >= limit:
                    break
        elif (
            tag.startswith("-")
            or tag in _FURNITURE
            or (
                tag in _CONTAINERS
                and commentish(
                    f"{(attrs_ := node.attributes).get('class') or ''} {attrs_.get('id') or ''}"
                )
            )
        ):
            pass  # (not gone into)
        elif (child := node.child) is not None:
            above.append(node)
            node = child
            continue
        node = node.next
    return "\n".join(parts)[:limit]
