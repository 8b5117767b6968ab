"""Stage 2, nesting: parents from stated links and from indentation."""

from __future__ import annotations

import re
from itertools import pairwise

from selectolax.lexbor import LexborNode

from newsthread.html._comments.selectors import (
    ARBITRARY_INDENT,
    DEPTH_CLASS,
    DEPTH_VAR,
    PX,
    REPLY_FLAG,
    UTILITY_INDENT,
)
from newsthread.html._comments.state import Unit, Walker, clean
from newsthread.html._comments.words import (
    FOREIGN_DEPTH_CLASS,
    LEVEL_TEXT,
    REPLY_CUE,
    REPLY_NAME_CUE,
)


def _depth_hint(unit: Unit, holders: list[LexborNode]) -> float | None:
    """The unit's depth from its attributes, classes or indent, or its own wrappers'."""
    node = unit.node
    a = node.attributes
    for name in ("data-depth", "data-level", "aria-level", "depth", "level", "data-indent"):
        value = a.get(name)
        if value and value.strip().isdigit():
            return float(value)
    for holder in holders:  # the comment or its wrapper (``fyre-comment-depth-1``)
        m = DEPTH_CLASS.search(holder.attributes.get("class") or "")
        if m:
            return float(m.group(1) or m.group(2))
    for holder in holders:  # ``uroven-2``: "level" in other languages
        cls = holder.attributes.get("class") or ""
        if "-" in cls or "_" in cls:
            m = FOREIGN_DEPTH_CLASS.search(cls)
            if m:
                return float(m.group(1))
    for holder in holders:  # ``style="--depth: 2"``
        style = holder.attributes.get("style") or ""
        if "--" in style:
            var = DEPTH_VAR.search(style)
            if var:
                return float(var.group(1))
    ind = node.css_first("td.ind[indent], [indent]")
    if ind is not None:
        value = ind.attributes.get("indent") or ""
        if value.isdigit():
            return float(value)
    for cand in holders:
        style = cand.attributes.get("style") or ""
        px = PX.search(style)
        if px:
            mult = 16.0 if px.group(2) in ("em", "rem") else 1.0
            # Pixel indents wobble by a few pixels at one level (new Reddit: 16 and 21).
            return float(px.group(1)) * mult / 12.0
    for cand in holders:
        cls = cand.attributes.get("class") or ""
        if "s-" in cls or "l-" in cls:
            # A margin and a padding add up (``ms-5 ps-5`` one level below ``ms-5``).
            steps = sum(int(m.group(1)) for m in UTILITY_INDENT.finditer(cls))
            if steps:
                return steps * 4.0 / 12.0
        if "-[" in cls:
            arbitrary = ARBITRARY_INDENT.search(cls)
            if arbitrary:
                mult = 16.0 if arbitrary.group(2) in ("em", "rem") else 1.0
                return float(arbitrary.group(1)) * mult / 12.0
    spacer = node.css_first('img[src*="s.gif"][width], img[src*="spacer"][width]')
    if spacer is not None:
        width = spacer.attributes.get("width") or ""
        if width.isdigit():
            return float(width) / 12.0
    for span in node.css("span"):
        text = span.text(deep=False).strip()
        if text.startswith("level "):
            lm = LEVEL_TEXT.match(text)
            if lm:
                return float(lm.group(1))
            break
    return None


_PARENT_ATTRS = (
    "data-parent",
    "data-parent-id",
    "data-parent-comment-id",
    "data-reply-to",
    "data-replyto",
)


def _stated_parent(node: LexborNode) -> str | None:
    """The parent a comment element names (``data-parent``, ``data-parent-id``...; "0" is none),
    or any ``data-…parent…`` attribute holding one id (``data-subject-parent-value``)."""
    a = node.attributes
    for name in _PARENT_ATTRS:
        value = (a.get(name) or "").strip()
        if value and value != "0":
            return value
    for name, raw in a.items():
        if name.startswith("data-") and "parent" in name and raw:
            value = raw.strip()
            if value and value != "0" and len(value) <= 40 and _ID_VALUE.match(value):
                return value
    return None


_ID_VALUE = re.compile(r"^[\w-]+$")


def stated_parents(units: list[Unit]) -> None:
    """Parents a page names (``data-parent``, a ``parentItem`` link) over where replies stand."""
    named = [(u, p) for u in units if (p := _stated_parent(u.node)) is not None]
    if not named:
        return
    by_anchor: dict[str, Unit] = {}
    for u in units:
        for name, value in u.node.attributes.items():
            if (
                value
                and (name == "id" or (name.startswith("data-") and name.endswith("id")))
                and "parent" not in name  # a reply's stated parent is not its own id
            ):
                by_anchor.setdefault(value, u)
        if u.key:
            by_anchor.setdefault(u.key, u)  # ``entry-comment-90311`` stated as "90311"
    moved: list[tuple[Unit, Unit]] = []
    for unit, stated in named:
        parent = by_anchor.get(stated)
        if parent is None or parent is unit or parent.index > unit.index:
            continue  # parents come first in the page; anything else would make a loop
        moved.append((unit, parent))
    # One pass over each former parent's replies, not one list search per moved reply.
    gone = {unit.index for unit, _ in moved}
    former = {u.parent.index: u.parent for u, _ in moved if u.parent is not None}
    for old in former.values():
        old.children = [c for c in old.children if c.index not in gone]
    for unit, parent in moved:
        unit.parent = parent
        parent.children.append(unit)


def _holders(units: list[Unit]) -> list[list[LexborNode]]:
    """Each unit's node, its parent, and the ancestors above that hold no other unit (a row
    wrapper indented by a margin two levels up), three at most."""
    chains: list[list[LexborNode]] = []
    passing: dict[int, int] = {}
    for unit in units:
        chain = [unit.node]
        cur = unit.node.parent
        while cur is not None and len(chain) < 4:
            chain.append(cur)
            passing[cur.mem_id] = passing.get(cur.mem_id, 0) + 1
            cur = cur.parent
        chains.append(chain)
    out: list[list[LexborNode]] = []
    for chain in chains:
        own = chain[:2]  # the comment and its parent, as before
        for up in chain[2:]:
            if passing.get(up.mem_id) != 1:
                break
            own.append(up)
        out.append(own)
    return out


def _stepped_levels(units: list[Unit]) -> list[float | None] | None:
    """Levels from a class word with a small number that every comment has (``liv-2``,
    ``lvl2``: "level" in a word no list here knows), read as depths when they move like
    depths: the first comment at the lowest, each one at most one below the one before, a
    level met again (a comment's id counts up and never repeats) and one two below the lowest
    (striped rows, ``row1``/``row2``, alternate between two)."""
    if len(units) < 3:
        return None
    numbered: list[dict[str, int]] = []
    for unit in units:
        found: dict[str, int] = {}
        for token in (unit.node.attributes.get("class") or "").split():
            m = _NUMBERED.match(token)
            if m is not None:
                found[m.group(1).lower()] = int(m.group(2))
        if not found:
            return None
        numbered.append(found)
    for word in sorted(set(numbered[0]).intersection(*numbered[1:])):
        if _NOT_LEVEL.search(word) is not None:
            continue  # a member's rank (``user-level-2``), a grid column
        seq = [found[word] for found in numbered]
        low = min(seq)
        if (
            seq[0] == low
            and max(seq) - low >= 2  # (a reply to a reply: no striping's 1, 2, 1, 2)
            and len(set(seq)) < len(seq)
            and all(b - a <= 1 for a, b in pairwise(seq))
            and not _cycles(seq)
        ):
            return [float(v - low) for v in seq]
    return None


def _cycles(seq: list[int]) -> bool:
    """Whether a sequence repeats its first three or four values three times over or more
    (colours or styles in turn, ``tone-1``, ``tone-2``, ``tone-3``, ``tone-1``...): no depths
    (two chains of three in a row are a thread's; nine in turn, a palette's)."""
    for period in (3, 4):
        if len(seq) >= 3 * period and all(
            seq[i] == seq[i % period] for i in range(period, len(seq))
        ):
            return True
    return False


_NUMBERED = re.compile(r"^([A-Za-z][A-Za-z-]*?)[-_]?(\d)$")
_NOT_LEVEL = re.compile(
    r"user|member|rank|trust|karma|badge|reput|role|star|rating|col|grid|span|order|offset", re.I
)


def _nest_by_flags(units: list[Unit]) -> None:
    """A flat list that marks its replies by a class word (``comment--reply``): each reply
    answers the nearest unmarked comment before it."""
    flags = [
        any(REPLY_FLAG.match(t) for t in (u.node.attributes.get("class") or "").split())
        for u in units
    ]
    if flags[0] or all(flags) or not any(flags):
        return
    head = units[0]
    for unit, flagged in zip(units, flags, strict=True):
        if not flagged:
            head = unit
            continue
        unit.parent = head
        head.children.append(unit)


def nest_by_indent(units: list[Unit]) -> None:
    """Flat lists: give each unit the nearest earlier unit with a smaller indent as parent."""
    hints = [_depth_hint(u, h) for u, h in zip(units, _holders(units), strict=True)]
    if sum(h is not None for h in hints) < max(2, len(units) // 2):
        stepped = _stepped_levels(units)
        if stepped is None:
            _nest_by_flags(units)
            return
        hints = stepped
    if len({h for h in hints if h is not None}) < 2:
        return
    # When the first comment has no indent, a comment without one stands at the top, as it
    # does (``margin-left`` only on replies); else an unknown indent is its neighbour's.
    unmarked_top = hints[0] is None
    stack: list[tuple[float, Unit]] = []
    for unit, hint in zip(units, hints, strict=True):
        known = stack[-1][0] if stack and not unmarked_top else 0.0
        level = hint if hint is not None else known
        while stack and stack[-1][0] >= level - 0.99:
            stack.pop()
        unit.parent = stack[-1][1] if stack else None
        if unit.parent is not None:
            unit.parent.children.append(unit)
        stack.append((level, unit))


def linked_parents(units: list[Unit], walker: Walker) -> None:
    """Comments that link the one they answer ("in reply to <a href="#comment-12">Ann</a>").

    A link to an earlier comment's anchor names the comment answered when the link, its class
    or the words right before it say so (reply, antwort, respuesta, ``@``...). A comment
    without a parent by position is moved under it; a comment with another parent keeps it
    and records the one it answers (a site that flattens replies under the first comment).
    """
    anchors: dict[str, Unit] = {}
    for unit in units:
        ident = unit.node.attributes.get("id")
        if ident:
            anchors.setdefault(ident, unit)
        if unit.key:
            anchors.setdefault(unit.key, unit)
            anchors.setdefault(f"comment-{unit.key}", unit)
            anchors.setdefault(f"comment{unit.key}", unit)  # (an anchor named after a data id)
    for unit in units:
        if unit.parent is not None and unit.children:
            # Placed, and holding replies: its links are mostly theirs, and reading them would
            # cost its whole subtree for every comment of a deep chain.
            continue
        found = _answered(unit, anchors, walker)
        if found is None:
            continue
        target, link = found
        if unit.parent is not None and target is not unit.parent:
            unit.answers = target
            continue
        if unit.parent is None:
            unit.parent = target
            target.children.append(unit)
        head, _, rest = unit.text.partition("\n")
        head = head.strip()
        label = clean(link.text(deep=True))
        if rest.strip() and (
            (label.count(" ") >= 1 and head == label)
            or (label in head and len(head) <= len(label) + 12)
        ):
            # "Antwort auf #1 von Ann", "回复 @Ann :" on a line of its own: the page's label,
            # now the parent.
            unit.text = rest.lstrip("\n")


def _answered(
    unit: Unit, anchors: dict[str, Unit], walker: Walker
) -> tuple[Unit, LexborNode] | None:
    """The earlier comment a reply-to link of ``unit``'s own names, and the link."""
    for link in unit.node.css('a[href*="#"]')[:6]:
        target = anchors.get((link.attributes.get("href") or "").rsplit("#", 1)[-1])
        if target is None or target is unit or target.index > unit.index:
            continue
        if unit.children and walker.owner(link)[0] is not unit:
            continue  # a reply's link, inside this comment's element
        a = link.attributes
        before = link.prev
        lead = (
            (before.text_content or "")[-40:] if before is not None and before.is_text_node else ""
        )
        holder = link.parent.attributes.get("class") if link.parent is not None else None
        cue = (
            f"{a.get('class') or ''} {a.get('rel') or ''} {a.get('title') or ''} "
            f"{link.text(deep=True)} {lead} {holder or ''}"
        )
        if REPLY_CUE.search(cue) is not None:
            return target, link
    return None


_REPLY_TO_BOX = '[class*="reply-to"], [class*="in-reply"], [class*="replyto"], [class*="reply_to"]'
_NAME_END = re.compile(r"[\s:.,;!?)\u2013\u2014-]")


def named_parents(units: list[Unit], region: LexborNode, walker: Walker) -> list[Unit]:
    """In a flat thread, comments that name the commenter they answer ("In reply to Ann Lee",
    in a header element or as the text's first words): the nearest earlier comment by that
    name becomes the parent, and the cue leaves the text.

    Only comments without a parent and without replies are read, the thread's reply-to
    elements are found in one pass, and each name is looked up in a table of the latest
    comment per author. Returns the comments moved (their elements still stand at the top).
    """
    if len(units) < 2 or any(u.parent is not None for u in units):
        return []  # a thread nested by its markup does not nest by names
    # The reply-to elements of the whole thread in one pass, each given to its comment.
    boxes: dict[int, LexborNode] = {}
    for box in region.css(_REPLY_TO_BOX):
        owner = walker.owner(box)[0]
        if owner is not None and owner.index not in boxes:
            boxes[owner.index] = box
    latest: dict[str, Unit] = {}
    moved: list[Unit] = []
    for unit in units:
        if unit.parent is None and not unit.children and latest:
            _answer_by_name(unit, latest, boxes.get(unit.index))
            if unit.parent is not None:
                moved.append(unit)
        if unit.author is not None:
            latest[unit.author.name.lower()] = unit
    return moved


def _answer_by_name(unit: Unit, latest: dict[str, Unit], box: LexborNode | None) -> None:
    head, _, rest = unit.text.partition("\n")
    cue = REPLY_NAME_CUE.match(head)
    from_text = cue is not None
    line = head
    start = cue.end() if cue is not None else 0
    if cue is None and head.startswith("@"):
        # "@Ann thanks, agreed": a mention of an earlier commenter opening the text answers
        # that comment; the mention is the commenter's own words and stays.
        start = 1
    elif cue is None:
        if box is None or (unit.text_node is not None and box.mem_id == unit.text_node.mem_id):
            return
        line = clean(box.text(deep=True))
        cue = REPLY_NAME_CUE.match(line)
        if cue is not None:
            start = cue.end()
        else:
            # The reply-to element names the commenter behind an arrow alone ("▶ Ann").
            bare = line.lstrip("\u25b6\u25ba\u2192\u21aa\u21b3>\u00bb@ ")
            if not bare or len(bare) > 60 or bare == line:
                return
            start = len(line) - len(bare)
    after = line[start:]
    target: Unit | None = None
    end = 0
    for m in _NAME_END.finditer(after + " "):
        name = after[: m.start()].strip().lower()
        if len(name) > 60:
            break
        if name in latest:
            target, end = latest[name], m.start()
    if target is None or target is unit:
        return
    unit.parent = target
    target.children.append(unit)
    if from_text:
        left = after[end:].lstrip(" :.,;!?)\u2013\u2014-")
        unit.text = f"{left}\n{rest}".strip("\n") if left else rest.lstrip("\n")


def quoted_parents(units: list[Unit]) -> list[Unit]:
    """In a flat thread, a comment that quotes earlier comments whole in a box before its own
    words, the box naming the quoted commenter (NetEase's "floors": each quoted comment with its
    header, nested in the one quoted after it; "Kasia napisał(a):" over Kasia's words) answers
    the last comment it quotes; the box leaves its text. The comment's own paragraph that
    repeats a short comment ("Well said.") is no quote.

    Each comment's first elements are read once (a comment's subtree is its own in a flat
    thread), each leaf's words looked up in a table of the earlier comments' texts; quotes in a
    ``blockquote`` stay in the text (a forum's "Ann said:" quote).
    """
    if len(units) < 2 or any(u.parent is not None for u in units):
        return []
    earlier: dict[str, Unit] = {}
    moved: list[Unit] = []
    for unit in units:
        if earlier and not unit.children and _quotes_in_words(unit.text, earlier):
            _answer_by_quote(unit, earlier)
            if unit.parent is not None:
                moved.append(unit)
        text = unit.text.strip()
        if len(text) >= 4 and "\n" not in text:
            earlier.setdefault(text, unit)
    return moved


def _quotes_in_words(text: str, earlier: dict[str, Unit]) -> bool:
    """Whether a paragraph of the text before its last is an earlier comment's whole text (the
    words tell before the markup is read: most comments quote none)."""
    paragraphs = text.split("\n\n")
    return any(p.strip() in earlier for p in paragraphs[:-1])


def _answer_by_quote(unit: Unit, earlier: dict[str, Unit]) -> None:
    node = unit.node
    target: Unit | None = None
    box: LexborNode | None = None
    for inner, _ in zip(node.traverse(), range(_QUOTE_WALK), strict=False):
        if inner is node or inner.tag in ("blockquote", "q") or not inner.is_element_node:
            continue
        if unit.text_node is not None and inner.mem_id == unit.text_node.mem_id:
            break  # the comment's own words: a quote stands before them
        if any(c.is_element_node for c in inner.iter()):  # (``iter`` yields HTML comments too)
            continue  # (leaves only: one test per element)
        found = earlier.get(clean(inner.text(deep=True)))
        if found is None or found is unit:
            continue
        top = inner
        while top.parent is not None and top.parent.mem_id != node.mem_id:
            top = top.parent
        if box is not None and top.mem_id != box.mem_id:
            break  # a second box: not one quote
        if top.mem_id == inner.mem_id or found.author is None:
            return  # the comment's own paragraph ("Well said."), not a quote box
        if found.author.name not in top.text(deep=True):
            return  # a quote box names the quoted commenter ("Kasia napisał(a):", a floor's head)
        if any(t.tag in ("blockquote", "q") for t in _between(inner, node)):
            return
        target, box = found, top
    if target is None or box is None:
        return
    quoted = clean(box.text(deep=True, separator=" "))
    paragraphs = unit.text.split("\n\n")
    while paragraphs and clean(paragraphs[0]) in quoted:
        paragraphs.pop(0)
    if not paragraphs:
        return  # no words of its own after the quote: the same text twice (two pingbacks)
    unit.parent = target
    target.children.append(unit)
    unit.text = "\n\n".join(paragraphs)


def _between(inner: LexborNode, stop: LexborNode) -> list[LexborNode]:
    out: list[LexborNode] = []
    cur = inner.parent
    while cur is not None and cur.mem_id != stop.mem_id:
        out.append(cur)
        cur = cur.parent
    return out


#: Elements of a comment read for a quote at most (its header and quote box come first).
_QUOTE_WALK = 120
