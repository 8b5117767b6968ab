"""Stage 1, candidates: the elements that are one comment each."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsthread.html._comments.counts import is_count_link, is_heading
from newsthread.html._comments.lone_kin import kin_of_earlier
from newsthread.html._comments.region import region_of
from newsthread.html._comments.selectors import (
    AUTHOR_CLASS,
    BEM_UNIT_TOKEN,
    CLASS_KEY,
    CONTROL_TAGS,
    CONTROL_TOKEN,
    DATA_UNIT,
    FOREIGN_UNIT_TOKEN,
    HOLDER_AUTHOR,
    ID_KEY,
    LABEL_UNIT,
    MEMBER_HREF,
    NOT_UNIT_TAGS,
    NOT_UNIT_TOKEN,
    PROFILE_HREF,
    REPLY_BOX,
    REPLY_ITEM,
    REPLY_ITEM_SELECTOR,
    UNIT_CLASSES,
    UNIT_ID_STARTS,
    UNIT_TOKEN,
    foreign_token,
)
from newsthread.html._comments.state import Unit, Walker, inside, prev_element


def key_of(node: LexborNode, shared: SharedIds | None = None) -> str | None:
    attrs_ = node.attributes
    ident = attrs_.get("id") or ""
    if ident:
        m = ID_KEY.search(ident)
        if m:
            return next(g for g in m.groups() if g)
    cls = attrs_.get("class") or ""
    if "t1_" in cls:
        m2 = CLASS_KEY.search(cls)
        if m2:
            return m2.group(1)
    data = attrs_.get("data-comment-id") or attrs_.get("data-fullname") or attrs_.get("thingid")
    if data:
        return data
    # Drupal and others put the anchor right before the comment.
    prev = prev_element(node)
    if prev is not None and prev.tag == "a":
        anchor = prev.attributes.get("id") or prev.attributes.get("name") or ""
        m = ID_KEY.search(anchor)
        if m:
            return next(g for g in m.groups() if g)
    return (
        ident
        or attrs_.get("data-id")
        or attrs_.get("data-key")
        or attrs_.get("data-pid")
        or attrs_.get("data-message-id")  # OpenWeb
        or attrs_.get("data-node-id")  # vBulletin 5
        or named_data_id(attrs_, shared)
        or _only_child_id(node)
    )


def named_data_id(attrs_: dict[str, str | None], shared: SharedIds | None = None) -> str | None:
    """An id in a ``data-…id`` attribute named for the comment in any language (``data-cid``,
    ``data-cmt-id``, ``data-comentario-id``) and holding a figure. Named so, not any ``data-…id``:
    a user's, a node's or a tracker's id repeats on several comments; and not a value that two
    candidates share (a channel's id named ``data-cid``)."""
    for name, value in attrs_.items():
        if (
            value
            and name.startswith("data-")
            and _OWN_ID_NAME.match(name) is not None
            and _OWN_ID_VALUE.match(value) is not None
        ):
            return None if shared is not None and value in shared.values() else value
    return None


class SharedIds:
    """The named ``data-…id`` values that stand on more than one candidate, read once when a
    comment's key first comes from one."""

    __slots__ = ("_candidates", "_shared")

    def __init__(self, candidates: list[LexborNode]) -> None:
        self._candidates = candidates
        self._shared: set[str] | None = None

    def values(self) -> set[str]:
        if self._shared is None:
            first: dict[str, int] = {}
            self._shared = set()
            for node in self._candidates:
                value = named_data_id(node.attributes)
                if (
                    value is not None
                    and first.setdefault(value, node.mem_id) != node.mem_id
                    and is_unit_candidate(node)
                ):
                    self._shared.add(value)
        return self._shared


_OWN_ID_NAME = re.compile(
    r"^data-(?:c|cmt|comment|comentario|commentaire|commento|kommentar|komentar[a-z]?|yorum|"
    r"pinglun|reactie|kommentti|hozzaszolas|binhluan)[-_]?id$"
)
_OWN_ID_VALUE = re.compile(r"^(?=[\w-]*\d)[\w-]{1,40}$")


def _only_child_id(node: LexborNode) -> str | None:
    """The ``data-id`` of an id-less entry's one element child (Mastodon's ``div.entry`` around
    ``div.status[data-id]``)."""
    only: LexborNode | None = None
    for child in node.iter():
        if child.is_element_node:
            if only is not None:
                return None
            only = child
    return only.attributes.get("data-id") if only is not None else None


def _in_chain(node: LexborNode, unit: Unit) -> bool:
    """Whether ``node`` lies inside the innermost element merged into ``unit`` so far."""
    inner = unit.inner
    return inner is not None and inside(node, inner, unit.node)


def _headed(node: LexborNode) -> bool:
    """Whether an element has a header of its own (an author element) among its first elements.

    Looked for in the first few dozen elements only, so that a deep chain of nested comments
    costs the same per comment.
    """
    for inner, _ in zip(node.traverse(), range(40), strict=False):
        if inner is node:
            continue
        a = inner.attributes
        if inner.tag == "cite" or a.get("itemprop") == "author":
            return True
        cls = a.get("class")
        if cls and AUTHOR_CLASS.search(cls) is not None:
            return True
        if (
            inner.tag == "a"
            and PROFILE_HREF.search(a.get("href") or "") is not None
            and not _is_mention(inner)
        ):
            return True
    return False


def _is_mention(link: LexborNode) -> bool:
    """Whether a profile link is a mention in a text ("Thanks @bob"), not a header's name: its
    text opens with "@". (Words before the link tell nothing: "Posted by bob" is a header.)"""
    return link.text(deep=True).lstrip().startswith("@")


def _same_kind(node: LexborNode, other: LexborNode) -> bool:
    """Whether two elements have one tag and one class (a comment and its reply)."""
    cls = node.attributes.get("class")
    return bool(cls) and node.tag == other.tag and cls == other.attributes.get("class")


def _holds_siblings(node: LexborNode) -> bool:
    """Whether a later sibling names a comment too (``#comment-2`` after ``#comment-1``): a list
    of comments, not one comment's body."""
    nxt = node.next
    for _ in range(20):
        if nxt is None:
            return False
        if nxt.is_element_node and ID_KEY.search(nxt.attributes.get("id") or "") is not None:
            return True
        nxt = nxt.next
    return False


def _has_twin(node: LexborNode) -> bool:
    """Whether a later sibling element has the node's tag and class, and both a header of their
    own or both one build inside (a list's next entry; not the text box after a header box of
    one comment)."""
    cls = node.attributes.get("class")
    if not cls:
        return False
    nxt = node.next
    for _ in range(20):
        if nxt is None:
            return False
        if nxt.is_element_node and nxt.tag == node.tag and nxt.attributes.get("class") == cls:
            return (_headed(nxt) and _headed(node)) or _same_shape(node, nxt)
        nxt = nxt.next
    return False


def _shape(node: LexborNode) -> tuple[tuple[str | None, str | None], ...]:
    """The tags and classes of an element's first eight elements inside it."""
    out = []
    for inner, _ in zip(node.traverse(), range(9), strict=False):
        if inner is not node:
            out.append((inner.tag, inner.attributes.get("class")))
    return tuple(out)


def _same_shape(node: LexborNode, other: LexborNode) -> bool:
    """Whether two elements are built alike inside, with classed parts (two entries of one list,
    each header, text and controls; not a header box and a text box of one comment)."""
    shape = _shape(node)
    return len(shape) >= 4 and sum(1 for _, c in shape if c) >= 3 and shape == _shape(other)


def _is_control(node: LexborNode) -> bool:
    """A vote, report, admin or share control that carries a comment's id: no comment itself."""
    a = node.attributes
    if node.tag in CONTROL_TAGS or a.get("role") == "button":
        return True
    label = f"{a.get('class') or ''} {a.get('id') or ''}".split()
    return any(CONTROL_TOKEN.search(token) for token in label)


def is_unit_candidate(node: LexborNode) -> bool:
    """Whether an element the scan found is a comment by its own names and place."""
    if node.tag in NOT_UNIT_TAGS:
        return False
    if node.tag == "shreddit-comment":
        return True
    a = node.attributes
    itemtype = a.get("itemtype") or ""
    if "Comment" in itemtype or "Comment" in (a.get("typeof") or ""):
        return True
    if "comment" in (a.get("itemprop") or "").split():
        return True
    ident = a.get("id") or ""
    if ident and ID_KEY.search(ident):
        return True
    cls = a.get("class") or ""
    if a.get("data-comment-id"):
        # Named a comment (``comment comment--moderated``, ``bc-comment bc-comment-reply``): no
        # control, whatever its modifiers.
        tokens = cls.split()
        return (
            not UNIT_CLASSES.isdisjoint(tokens)
            or not _is_control(node)
            or (
                node.tag not in CONTROL_TAGS
                and any(UNIT_TOKEN.fullmatch(t) and not NOT_UNIT_TOKEN.search(t) for t in tokens)
            )
        )
    if not cls:
        return _named_unit(a)
    tokens = cls.split()
    if not UNIT_CLASSES.isdisjoint(tokens):
        return True
    for token in tokens:
        if UNIT_TOKEN.match(token) and not NOT_UNIT_TOKEN.search(token):
            return True
        if BEM_UNIT_TOKEN.match(token):
            return True
        if (
            foreign_token(token)
            and FOREIGN_UNIT_TOKEN.match(token)
            and not NOT_UNIT_TOKEN.search(token)
        ):
            return True
    if any(REPLY_ITEM.match(t) for t in tokens) and _in_reply_list(node):
        return True
    if node.tag == "li" and "post" in tokens:
        # Disqus as rendered: ul#post-list > li.post, replies in ul.children; not a blog's post list.
        up = node.parent
        label = f"{up.attributes.get('id') or ''} {up.attributes.get('class') or ''}" if up else ""
        return "post-list" in label or "children" in label
    return _named_unit(a)


def _in_reply_list(node: LexborNode) -> bool:
    """Whether an element stands in a list of replies, holding some text and a link, a time or a
    button (its controls)."""
    up = node.parent
    cls = up.attributes.get("class") if up is not None else None
    if not cls or REPLY_BOX.search(cls) is None or node.tag in CONTROL_TAGS:
        return False
    return len(node.text(deep=True).strip()) > 2 and node.css_first("a, time, button") is not None


class Scan:
    """The matches of the one CSS pass, sorted by what each element itself matches."""

    __slots__ = (
        "declared", "htags", "kinds", "members", "scripts", "sections", "talk", "units",
    )  # fmt: skip

    def __init__(self, found: list[LexborNode]) -> None:
        self.units: list[LexborNode] = []
        self.sections: list[LexborNode] = []
        self.declared: list[LexborNode] = []
        #: Forum post authors: links to member profiles.
        self.members: list[LexborNode] = []
        #: JSON-LD scripts (their ``Comment`` objects stand in for a thread the markup lacks).
        self.scripts: list[LexborNode] = []
        #: Whether a heading is a MediaWiki talk page's section heading.
        self.talk = False
        #: For each of ``declared``: whether it is a heading, a count link, a stated count.
        self.kinds: list[tuple[bool, bool, bool]] = []
        #: The ``h1``-``h6`` headings among ``declared``, with their node ids.
        self.htags: list[tuple[int, LexborNode]] = []
        seen: set[int] = set()
        for node in found:
            key = node.mem_id
            if key in seen:  # lexbor lists a node once per selector it matches
                continue
            seen.add(key)
            tag = node.tag
            attrs_ = node.attributes
            label = f"{attrs_.get('class') or ''} {attrs_.get('id') or ''}"
            if "omment" in label or "omentar" in label or "koment" in label:
                self.sections.append(node)
            if tag != "a" and _is_unit_match(tag, attrs_):  # (a link is never a comment)
                self.units.append(node)
            heading = is_heading(tag, attrs_)
            link = is_count_link(tag, attrs_)
            stated = attrs_.get("itemprop") == "commentCount"
            if heading or link or stated:
                self.declared.append(node)
                self.kinds.append((heading, link, stated))
                if tag in _H_TAGS:
                    self.htags.append((key, node))
                if "data-mw-thread-id" in attrs_:
                    self.talk = True
            if tag == "a" and MEMBER_HREF.search(attrs_.get("href") or "") is not None:
                self.members.append(node)
            elif tag == "script" and attrs_.get("type") == "application/ld+json":
                self.scripts.append(node)


_H_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _named_unit(attrs_: dict[str, str | None]) -> bool:
    """Whether a test or hook name, or a screen reader's label, names one comment."""
    for name in ("data-testid", "data-hook"):
        value = attrs_.get(name)
        if value and DATA_UNIT.match(value):
            return True
    label = attrs_.get("aria-label")
    return bool(label) and LABEL_UNIT.match(label or "") is not None


def _is_unit_match(tag: str | None, attrs_: dict[str, str | None]) -> bool:
    """Whether an element itself matches UNIT_SELECTOR (css_matches would ask its subtree)."""
    cls = attrs_.get("class") or ""
    if (
        "omment" in cls
        or "omentar" in cls
        or "koment" in cls
        or "eserbrief" in cls
        or "reply" in cls
    ):
        return True
    ident = attrs_.get("id") or ""
    if ident.startswith(UNIT_ID_STARTS) or "Comment" in ident or "data-comment-id" in attrs_:
        return True
    if tag == "shreddit-comment":
        return True
    if "schema.org/Comment" in (attrs_.get("itemtype") or ""):
        return True
    if "comment" in (attrs_.get("itemprop") or "").split():
        return True
    typeof = (attrs_.get("typeof") or "").split()
    if "Comment" in typeof or "schema:Comment" in typeof:
        return True
    if not cls:
        return False
    tokens = cls.lower().split()  # class selectors ignore case in quirks mode
    return (
        "pingback" in tokens
        or "trackback" in tokens
        or "comtr" in tokens
        or (tag == "li" and "post" in tokens)
        or (tag == "div" and "answer" in tokens)
        or ("thing" in tokens and "morechildren" in tokens)
        or "wl-card-item" in tokens
    )


def collect_units(
    doc: LexborHTMLParser,
    walker: Walker,
    candidates: list[LexborNode],
    kin: frozenset[int] = frozenset(),
) -> list[Unit]:
    """The comment units among ``candidates`` (``kin``: ids of elements known to be comments
    by their kin, whatever their names)."""
    units: list[Unit] = []
    root = doc.root
    if root is None:
        return units
    hn_old = False
    # Old Hacker News: no comment classes but the body's span.comment.
    if any(c.tag == "span" and c.attributes.get("class") == "comment" for c in candidates[:200]):
        hn_rows = _hn_old_rows(doc, root)
        if hn_rows:
            candidates = hn_rows
            hn_old = True
    seen: set[int] = set()
    queue = list(candidates)
    shared = SharedIds(queue)
    entries: set[int] = set(kin)  # known comments: a comment-named list's entries, the kin
    at = -1
    while at + 1 < len(queue):
        at += 1
        node = queue[at]
        # lexbor returns an element once per selector of a list that it matches.
        if node.mem_id in seen:
            continue
        seen.add(node.mem_id)
        if node.tag == "dd" and node.mem_id in walker.units:
            continue  # a ``dd`` taken as the part of the ``dt`` before it
        if not hn_old and node.mem_id not in entries and not is_unit_candidate(node):
            continue
        if node.tag == "dd":
            head = prev_element(node)
            owner = walker.units.get(head.mem_id) if head is not None and head.tag == "dt" else None
            if owner is not None and owner.partner is None:
                walker.units[node.mem_id] = owner
                owner.partner = node
                continue
        key = _hn_key(node) if hn_old else key_of(node, shared)
        above, passed = walker.owner(node)
        if above is not None and key is not None and _same_key(key, above.key):
            walker.units[node.mem_id] = above
            above.merged += 1
            above.inner = node
            continue
        strong = key is not None and (
            key != node.attributes.get("id") or ID_KEY.search(key) is not None or hn_old
        )
        if (
            above is not None
            and not passed
            and node.mem_id not in entries
            and _is_body_of(node, above, strong=strong)
            and not kin_of_earlier(node, above, units)
        ):
            walker.units[node.mem_id] = above
            above.merged += 1
            above.inner = node
            if (strong and not above.strong) or (above.key is None and key is not None):
                # An id-less ``li.comment`` around ``article#comment-N``: the inner id is the comment's.
                above.key, above.strong = key, strong
            continue
        unit = Unit(node=node, key=key, index=len(units), parent=above, strong=strong)
        if above is not None:
            above.children.append(unit)
        walker.units[node.mem_id] = unit
        units.append(unit)
        if node.tag == "dt":
            take_parts(unit, walker)
        if not strong and not hn_old:
            # A comment-named list (``div.news-comment`` around ``div.news-comment-main`` boxes):
            # its entries are the comments; it is dissolved later as a wrapper.
            found = _entries_of(node)
            entries.update(n.mem_id for n in found)
            queue[at + 1 : at + 1] = found
    return units


_KEY_SUFFIX = re.compile(r"^[-_][a-z]+$", re.I)


def _same_key(key: str, outer: str | None) -> bool:
    """Whether an inner element's key names the unit's comment: the same key, or the key with a
    word after it (``comment-8801_wrap`` inside ``article#elComment_8801``)."""
    if key == outer:
        return True
    return (
        bool(outer)
        and key.startswith(outer or "")
        and _KEY_SUFFIX.match(key[len(outer or "") :]) is not None
    )


def named_replies(
    root: LexborNode, units: list[Unit], candidates: list[LexborNode]
) -> list[LexborNode]:
    """The scan's candidates with the thread's replies named for what they are (``reply-item``
    in ``replies-wrapper``) put in their place, in document order; ``[]`` when there are none.

    Looked for in the thread's region only: a class test of every element of every page would
    cost more than the few threads that need it.
    """
    region = region_of(units)
    if region.parent is not None and region.tag not in ("html", "body"):
        region = region.parent
    known = {n.mem_id for n in candidates}
    extra = [
        n for n in region.css(REPLY_ITEM_SELECTOR) if n.mem_id not in known and is_unit_candidate(n)
    ]
    if not extra:
        return []
    order = {n.mem_id: i for i, n in enumerate(root.traverse())}
    merged = list({n.mem_id: n for n in [*candidates, *extra]}.values())
    merged.sort(key=lambda n: order.get(n.mem_id, -1))
    return merged


def _entries_of(node: LexborNode) -> list[LexborNode]:
    """The children of one kind (two or more) that each hold an author element and some text,
    when the element's first author element is the first entry's: a list of comments."""
    groups: dict[tuple[str, str], list[LexborNode]] = {}
    for child in node.iter():
        tag = child.tag or ""
        if not child.is_element_node or tag in NOT_UNIT_TAGS or tag == "blockquote":
            continue
        groups.setdefault((tag, child.attributes.get("class") or ""), []).append(child)
    best = max(groups.values(), key=len, default=[])
    if len(best) < 2 or any(is_unit_candidate(m) for m in best):
        return []
    for child in node.iter():  # the element's own header would stand before its first entry
        if child.mem_id == best[0].mem_id:
            break
        if child.is_element_node and child.css_first(HOLDER_AUTHOR) is not None:
            return []
    for member in best:
        if member.css_first(HOLDER_AUTHOR) is None or len(member.text(deep=True).strip()) < 10:
            return []
    return best


def _is_body_of(node: LexborNode, above: Unit, *, strong: bool) -> bool:
    """Whether a comment box right inside a unit, with no reply box between, is that unit's own
    body: not when both name different comments (``comment-1 > comment-2``)."""
    return (
        not (strong and above.strong)
        and not above.children
        # A body never repeats its comment's class: ``div.komentarz`` in ``div.komentarz``
        # (or in its reply box) is a reply.
        and not _same_kind(node, above.node)
        # A named comment with its own header inside a wrapper ("comment-box") is a
        # comment of its own; the wrapper is dissolved later if it has none.
        and not (strong and above.merged == 0 and _holds_siblings(node) and _headed(node))
        # An entry of a list (a later sibling of its tag and class) with its own header: one
        # comment of the list in a wrapper named like a comment ("pinglun-box").
        and not (above.merged == 0 and _has_twin(node))
        # Merged so far only as a chain of wrappers (``li > div.the-comment > div.comment-box``):
        # still the unit's one body. A second box beside a first is a reply or a part.
        and (above.merged == 0 or _in_chain(node, above) or not _headed(node))
    )


def take_parts(unit: Unit, walker: Walker) -> None:
    """A ``dt`` comment head's ``dd`` parts up to the next ``dt`` (old Blogger's
    ``dt.comment-author`` + ``dd.comment-body`` + ``dd.comment-footer``): the first ``dd`` that
    is not a footer holds the text; all of them hold its fields."""
    nxt = unit.node.next
    for _ in range(12):
        if nxt is None:
            return
        if nxt.is_element_node:
            if nxt.tag != "dd":
                return
            walker.units[nxt.mem_id] = unit
            unit.parts.append(nxt)
            if unit.partner is None and "footer" not in (nxt.attributes.get("class") or ""):
                unit.partner = nxt
        nxt = nxt.next


def _hn_old_rows(doc: LexborHTMLParser, root: LexborNode) -> list[LexborNode]:
    rows: list[LexborNode] = []
    for cell in root.css("td.default"):
        if cell.css_first(".comhead") is None:
            continue
        cur: LexborNode | None = cell
        hops = 0
        while cur is not None and hops < 6:
            cur = cur.parent
            hops += 1
            if cur is not None and cur.tag == "tr" and hops > 1:
                break
        if cur is not None and cur.tag == "tr":
            rows.append(cur)
    return rows


def _hn_key(node: LexborNode) -> str | None:
    link = node.css_first('.comhead a[href^="item?id="]')
    if link is not None:
        href = link.attributes.get("href") or ""
        return href.split("=", 1)[1] if "=" in href else None
    up = node.css_first('a[id^="up_"]')
    if up is not None:
        return (up.attributes.get("id") or "")[3:] or None
    return None
