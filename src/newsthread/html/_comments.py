"""Comment threads in HTML: containment, sibling and indentation encodings.

The thread is found in a few CSS passes (lexbor does the matching) and one
upward walk per element of interest, cached per DOM node, so the work stays
linear in the size of the page however deep the nesting (no recursion).

1. Comment *units*: elements whose id or class names a comment (``comment-123``,
   ``li.comment``, ``.comtr``, ``t1_…``), schema.org ``Comment`` items (microdata,
   RDFa), plus the platforms that need help (old Hacker News). Elements that
   repeat a unit's id inside it (tagDiv prints ``id="comment-N"`` twice,
   WordPress wraps ``article#div-comment-N`` in ``li#comment-N``) are one unit.
2. Parents: the nearest enclosing unit (containment), or the unit right before
   an enclosing reply container such as ``div.indented`` (siblings). When no
   unit encloses another, the depth comes from indentation (a ``depth-N``/
   ``level-N`` class, an ``indent`` attribute, a padding/margin, a spacer width).
3. Fields come from one CSS pass per selector, each match assigned to the unit
   that owns it: author, date, text, permalink, score.
4. Without units in the DOM, JSON-LD ``Comment`` objects are used.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

import attrs
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsthread.html._dates import parse_machine_date, parse_visible_date
from newsthread.model import Author, Comment, CommentStatus

__all__ = ["CommentSection", "extract_comments"]


@attrs.define
class CommentSection:
    """The thread found on a page and where it stands in the DOM."""

    comments: list[Comment] = attrs.field(factory=list)
    #: The count the page printed ("74 Comments"), which may differ from what was found.
    declared_count: int | None = None
    #: DOM elements that hold the thread, its heading and its form: the body leaves them out.
    containers: list[LexborNode] = attrs.field(factory=list)


# -- unit recognition ---------------------------------------------------------

# Selectors without the letters "omment", for pages whose source has none.
_UNIT_PLAIN = [
    '[class*="eserbrief"]',
    '[id^="t1_"]',
    '[id^="thing_t1_"]',
    ".pingback",
    ".trackback",
    ".comtr",
    "li.post",
    "div.answer",
    ".thing.morechildren",
]
_UNIT_SELECTOR = ", ".join(
    [
        '[itemtype*="schema.org/Comment"]',
        '[typeof~="Comment"]',
        '[typeof~="schema:Comment"]',
        '[id^="comment"]',
        '[class*="omment"]',
        '[id^="li-comment-"]',
        '[id^="div-comment-"]',
        "[data-comment-id]",
        *_UNIT_PLAIN,
    ]
)
_UNIT_SELECTOR_PLAIN = ", ".join(_UNIT_PLAIN)
_UNIT_CLASSES = frozenset(
    {
        "comment",
        "Comment",
        "pingback",
        "trackback",
        "comment-item",
        "comtr",
        "comments-node",
        "answer",
        "morechildren",
    }
)
_NOT_UNIT_TAGS = frozenset(
    {
        "a", "span", "p", "time", "img", "cite", "abbr", "em", "b", "i", "strong", "font",
        "textarea", "input", "button", "label", "form", "script", "style", "noscript",
        "template", "svg", "html", "body", "head", "meta", "link", "td", "h1", "h2", "h3",
        "h4", "h5", "h6", "ol", "ul", "table", "tbody", "select", "option", "iframe",
    }
)  # fmt: skip
_ID_KEY = re.compile(
    r"(?:^|[-_])(?:comment|kommentar)(?:[-_]|(?=\d))(?:(?:[a-z]+[-_])?(\d[\w-]*)|((?=[\w-]*\d)[\w-]+))$"
    r"|^c(\d{5,})$"
    r"|^(?:thing_)?(t1_\w+)$"
    r"|^answer-(\d+)$",
    re.I,
)
# A class that names one comment: "comment", "xenforo-comment", "c-comment-card", "MtnComment",
# "kommentar-item", "leserbrief"; not a part of one ("comment-content") nor a list ("comments").
_UNIT_TOKEN = re.compile(
    r"^(?:[\w-]*?(?<![a-z])|[\w]*)(?:comment|kommentar|leserbrief|comentario|commentaire)"
    r"(?:[-_](?:item|card|box|entry|single|node|li))?$",
    re.I,
)
_NOT_UNIT_TOKEN = re.compile(
    r"(?:^|[-_])(?:no|has|add|post|leave|write|new|show|load|toggle|icon|fa|count|open|closed?|with|allow|"
    r"disable|enable|reply|latest|recent|top|more|all|form|respond|list|warning|error|notice|hint|label|"
    r"title|count|number|link|btn|button|tab|nav|submit|edit|delete|report|flag|share)[-_]?(?:comment|kommentar)",
    re.I,
)
_CLASS_KEY = re.compile(r"(?:^|\s)(t1_\w+)(?:\s|$)")
# Elements that hold replies: passing one on the way up makes a reply; the unit
# just before one is the parent of what it holds (Drupal, Epoch).
_REPLY_BOX = re.compile(
    r"(?:^|[\s_-])(children|child|replies|indented|sub-?comments?|inline-thread|"
    r"comment-replies|nested|CommentsNode-children|sitetable|epoch-child)(?:$|[\s_-])",
    re.I,
)
_DEPTH_CLASS = re.compile(r"(?:^|\s)(?:depth|level|comment-depth|indent)-(\d+)(?:\s|$)")
_PX = re.compile(r"(?:padding|margin)-left\s*:\s*(\d+(?:\.\d+)?)\s*(px|em|rem)?", re.I)
_LEVEL_TEXT = re.compile(r"^level (\d+)$")
_DELETED_TEXT = re.compile(
    r"^\[?(deleted|removed|gelöscht|entfernt)\]?$|^this comment (has been|was) (deleted|removed)"
    r"|^comment (deleted|removed)|^dieser kommentar wurde (gelöscht|entfernt)",
    re.I,
)
_REMOVED_BY_ADMIN = re.compile(r"removed by (a |the )?(blog )?(administrator|moderator)", re.I)


@attrs.define(slots=True, eq=False)
class _Unit:
    node: LexborNode
    key: str | None
    index: int
    parent: _Unit | None = None
    author: Author | None = None
    published: datetime | None = None
    text_node: LexborNode | None = None
    url: str | None = None
    score: int | None = None
    status: CommentStatus = CommentStatus.PUBLISHED
    more_count: int | None = None
    date_text: str | None = None
    text: str = ""
    #: Elements read for the author and the date: left out of the text.
    meta_nodes: list[LexborNode] = attrs.field(factory=list)
    children: list[_Unit] = attrs.field(factory=list)
    merged: int = 0
    #: The key names a comment (``comment-12``, ``t1_x``), not just any element id.
    strong: bool = False
    #: The id the page states (schema.org ``identifier``), used as the comment's id.
    ident: str | None = None
    #: The ``dd`` holding the text of a ``dt`` comment head (``dl`` threads).
    partner: LexborNode | None = None


def _key_of(node: LexborNode) -> str | None:
    attrs_ = node.attributes
    ident = attrs_.get("id") or ""
    if ident:
        m = _ID_KEY.search(ident)
        if m:
            return next(g for g in m.groups() if g)
    cls = attrs_.get("class") or ""
    if "t1_" in cls:
        m2 = _CLASS_KEY.search(cls)
        if m2:
            return m2.group(1)
    data = attrs_.get("data-comment-id") or attrs_.get("data-fullname")
    if data:
        return data
    # Drupal and others put the anchor right before the comment.
    prev = node.prev
    while prev is not None and not prev.is_element_node:
        prev = prev.prev
    if prev is not None and prev.tag == "a":
        anchor = prev.attributes.get("id") or prev.attributes.get("name") or ""
        m = _ID_KEY.search(anchor)
        if m:
            return next(g for g in m.groups() if g)
    return ident or None


def _is_unit_candidate(node: LexborNode) -> bool:
    if node.tag in _NOT_UNIT_TAGS:
        return False
    a = node.attributes
    itemtype = a.get("itemtype") or ""
    if "Comment" in itemtype or "Comment" in (a.get("typeof") or ""):
        return True
    ident = a.get("id") or ""
    if ident and _ID_KEY.search(ident):
        return True
    if a.get("data-comment-id"):
        return True
    cls = a.get("class") or ""
    if not cls:
        return False
    tokens = cls.split()
    if not _UNIT_CLASSES.isdisjoint(tokens):
        return True
    for token in tokens:
        if _UNIT_TOKEN.match(token) and not _NOT_UNIT_TOKEN.search(token):
            return True
    if node.tag == "li" and "post" in tokens:
        # Disqus as rendered: ul#post-list > li.post, replies in ul.children; not a blog's post list.
        up = node.parent
        label = f"{up.attributes.get('id') or ''} {up.attributes.get('class') or ''}" if up else ""
        return "post-list" in label or "children" in label
    return False


class _Walker:
    """Owner lookup: for any node, the unit it belongs to and whether a reply box lies between."""

    __slots__ = ("boxes", "cache", "units")

    def __init__(self) -> None:
        self.units: dict[int, _Unit] = {}
        self.cache: dict[int, tuple[_Unit | None, bool]] = {}
        self.boxes: dict[int, bool] = {}

    def is_box(self, node: LexborNode) -> bool:
        mid = node.mem_id
        got = self.boxes.get(mid)
        if got is None:
            tag = node.tag
            if tag in ("ol", "ul"):
                got = True
            else:
                cls = node.attributes.get("class") or ""
                got = bool(cls) and _REPLY_BOX.search(cls) is not None
            self.boxes[mid] = got
        return got

    def _sibling_parent(self, node: LexborNode) -> _Unit | None:
        prev = node.prev
        while prev is not None and not prev.is_element_node:
            prev = prev.prev
        if prev is None:
            return None
        return self.units.get(prev.mem_id)

    def owner(self, node: LexborNode) -> tuple[_Unit | None, bool]:
        """The unit above ``node`` (not ``node`` itself) and whether a reply box was passed."""
        path: list[LexborNode] = []
        cur = node.parent
        result: tuple[_Unit | None, bool] = (None, False)
        while cur is not None:
            mid = cur.mem_id
            unit = self.units.get(mid)
            if unit is not None:
                result = (unit, False)
                break
            cached = self.cache.get(mid)
            if cached is not None:
                result = cached
                break
            if cur.is_element_node and self.is_box(cur):
                sib = self._sibling_parent(cur)
                if sib is not None:
                    self.cache[mid] = result = (sib, True)
                    break
            path.append(cur)
            cur = cur.parent
        unit, passed = result
        for n in reversed(path):
            if not passed and n.is_element_node and self.is_box(n):
                passed = True
            self.cache[n.mem_id] = (unit, passed)
        return unit, passed


# -- field selectors, in order of trust ----------------------------------------

_AUTHOR_SELECTORS = (
    '[itemprop="author"] [itemprop="name"]',
    '[itemprop="author"]',
    '[property="schema:author"], [property="author"]',
    ".comment-author .fn",
    ".comment-author-name",
    ".fn",
    "a.hnuser",
    'a[href^="user?id="]',
    "a.author",
    ".epoch-author-link",
    ".epoch-comment-author",
    "cite.user",
    ".ljuser",
    ".comment-author",
    "cite",
    ".comment-user",
    ".username",
    ".user-name",
    ".author-name",
    ".commenter",
    ".comment-author-link",
    '[data-testid="comment_author_link"]',
    '[class*="UsersNameDisplay"]',
    '[class*="comment-author"], [class*="comment_author"], [class*="comment-user"], [class*="commentauthor"], [class*="CommentAuthor"]',
    '[class*="author-name"], [class*="username"], [class*="user-name"], [class*="UserName"]',
    ".author",
    ".user",
    ".name",
)
_MACHINE_DATE_SELECTORS = (
    '[itemprop="dateCreated"]',
    '[itemprop="datePublished"]',
    '[property="schema:dateCreated"], [property="dateCreated"]',
    "time[datetime]",
    "time[pubdate]",
    "abbr.published[title], abbr.dtstart[title]",
    ".age[title]",
    "[data-timestamp], [data-utime], [data-time], [data-datetime]",
    ".relativetime-clean[title], .relativetime[title], .comment-date [title]",
)
_VISIBLE_DATE_SELECTORS = (
    "time",
    ".comment-date",
    ".comment-time",
    ".commentmetadata",
    ".comment-meta",
    ".comment-metadata",
    ".datetime",
    ".date",
    ".published",
    ".timestamp",
    ".submitted",
    ".comment-info",
    ".meta",
    '[class*="Date"]',
    '[class*="date"]',
    '[class*="time"]',
)
_TIME_SELECTOR = "li.time, .comment-time-only"
_TEXT_SELECTORS = (
    '[itemprop="text"]',
    '[itemprop="commentText"]',
    '[property="schema:text"], [property="text"]',
    ".comment-content",
    ".comment-text-inner",
    ".comment-copy",
    ".commtext",
    ".usertext-body .md",
    ".epoch-comment-content",
    ".comment-entry",
    ".commentText",
    ".comment_text",
    ".comment-text",
    ".commenttext",
    ".field-comment-body",
    '[data-testid="comment"]',
    '[class*="CommentBody"]',
    ".js-post-body",
    ".s-prose",
    ".post-text",
    ".post-message",
    '[class*="comment-content"], [class*="comment-text"], [class*="commentText"], [class*="comment_text"]',
    '[class*="kommentar-text"], [class*="comment-message"], [class*="CommentText"]',
    ".comment-body",
    ".comment-message",
    ".message",
    ".content",
    "span.comment",
    "blockquote",
)
_SCORE_SELECTORS = (
    ".score.unvoted",
    '[itemprop="upvoteCount"]',
    "data.nt-score",
    "[data-score]",
    ".comment-score",
    ".js-vote-count",
    '[class*="voteScore"]',
    ".score",
    ".vote-count",
    ".karma",
)
# Header and footer parts of a comment that are not its text.
_META_SELECTOR = ", ".join(
    [
        ".comment-meta",
        ".commentmetadata",
        ".comment-metadata",
        ".comment-author",
        ".comment-header",
        ".comment-footer",
        ".comment-actions",
        ".reply",
        ".comment-reply-link",
        ".says",
        ".vcard",
        ".comhead",
        ".tagline",
        ".flat-list",
        ".avatar",
        ".epoch-comment-meta",
        ".epoch-reply",
        ".comment-likes",
        ".sharedaddy",
        '[class*="likes"]',
        ".link",
        ".links",
        "footer",
        "button",
        "form",
        "script",
        "style",
        "noscript",
        "template",
        "textarea",
        "svg",
        "img",
        '[aria-hidden="true"]',
    ]
)
_MORE_SELECTOR = ", ".join(
    [
        ".morechildren",
        ".morecomments",
        ".more-comments",
        ".load-more-comments",
        ".comment-load-more",
        ".loadmore",
        ".show-more-comments",
        ".comment-more",
        "a.continue-thread",
        'a[href*="/comments/"][class*="deepthread"]',
        "span.deepthread",
        ".comments-load-more",
    ]
)
_FORM_SELECTOR = ", ".join(
    [
        "#respond",
        ".comment-respond",
        "#commentform",
        "form.comment-form",
        'form[action*="wp-comments-post"]',
        "#comment-form",
        ".comment-form",
        ".comments-form",
        "#comments-form",
        "form#post-comment",
    ]
)
_HEADING_SELECTOR = ", ".join(
    [
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        ".block-title",
        "#comments-title",
        ".comments-title",
        ".comment-title",
        ".comments-count",
        ".comment-count",
        ".commentcount",
        ".panestack-title",
    ]
)
_COUNT_SELECTOR = '[itemprop="commentCount"]'
_LINK_SELECTOR = 'a[href$="#comments"], a[href*="item?id="], a.comments'
_DECLARED_SELECTOR = f"{_COUNT_SELECTOR}, {_HEADING_SELECTOR}, {_LINK_SELECTOR}"
_H_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5"})
_SECTION_SELECTOR = '[id*="omment"], [class*="omment"]'
# The count, heading and link selectors that can match without "omment" in the source.
_DECLARED_PLAIN = 'h1, h2, h3, h4, h5, .block-title, .panestack-title, a[href*="item?id="]'
_SCAN_SELECTOR = f"{_UNIT_SELECTOR}, {_SECTION_SELECTOR}, {_DECLARED_SELECTOR}"
_SCAN_SELECTOR_PLAIN = f"{_UNIT_SELECTOR_PLAIN}, {_DECLARED_PLAIN}"
_COUNT_WORDS = (
    r"comments?|responses?|replies|reactions?|thoughts?|kommentare?|leserkommentare|antworten|"
    r"reaktionen|meinungen|commentaires?|comentarios?|comentários?|commenti|komentarz[ey]?|"
    r"reacties|hozzászólás"
)
_COUNT_RE = re.compile(
    rf"(?:^|\ball\s+)(\d[\d.,]*)\s+(?:{_COUNT_WORDS})\b|(?:{_COUNT_WORDS})\s*[(:]\s*(\d[\d.,]*)\)?\s*$",
    re.I,
)
_ONE_RE = re.compile(
    r"^\s*(one|ein|eine|un|une|uno|una|um|jeden)\s+(comment|response|reply|thought|kommentar|gedanke|"
    r"antwort|commentaire|comentario|commento)",
    re.I,
)
_INT = re.compile(r"-?\d[\d,.]*")
_DIGIT = re.compile(r"\d")
_SKIP_TEXT_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "button", "textarea"}
)
_BLOCK_TAGS = frozenset(
    {
        "p", "div", "blockquote", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
        "table", "tr", "section", "article", "header", "footer", "figure", "dl", "dd", "dt",
        "hr", "aside", "details", "summary", "figcaption", "address", "main", "nav", "center",
    }
)  # fmt: skip
_AUTHOR_NOISE = re.compile(
    r"\s*(says|sagt|schreibt|dit|dice|scrive|pisze|meint|wrote|schrieb)\s*:?\s*$|^\s*(by|von|par|por)\s+",
    re.I,
)


def _int_of(text: str | None) -> int | None:
    if not text:
        return None
    m = _INT.search(text)
    if m is None:
        return None
    digits = m.group(0).replace(",", "").replace(".", "")
    try:
        return int(digits)
    except ValueError:
        return None


def _clean(text: str) -> str:
    return " ".join(text.split())


# -- text of a comment ---------------------------------------------------------


_STRUCTURE = (
    "p, br, div, li, ul, ol, blockquote, pre, h1, h2, h3, h4, h5, h6, table, tr, section, article, "
    "header, footer, figure, dl, dd, dt, hr, aside, details, summary, figcaption, address, center, "
    "script, style, noscript, template, svg, button, textarea"
)


_NOT_FAST = "pre, script, style, noscript, template, svg, button, textarea, form"
_WS = re.compile(r"\s+")
_BR_TAG = re.compile(r"<br\b[^>]*>", re.I)
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|blockquote|li|ul|ol|h[1-6]|table|tr|section|article|header|footer|figure|dl|dd|dt|hr|"
    r"aside|details|summary|figcaption|address|main|nav|center)\b[^>]*>",
    re.I,
)
_ANY_TAG = re.compile(r"<[^>]*>")
_PARA_SPLIT = re.compile(r"\n[ \t]*\n\s*")


def _comment_text(root: LexborNode, skip: set[int], units: dict[int, _Unit], own: _Unit) -> str:
    """Text of ``root`` with paragraphs as blank lines and ``<br>`` as line breaks, iteratively."""
    if root.mem_id in units or root.css_first(_NOT_FAST) is not None:
        return _walk_text(root, skip, units, own)
    if skip and root.css_first(_META_SELECTOR) is not None:
        return _walk_text(root, skip, units, own)
    if any(_inside(meta, root, own.node) for meta in own.meta_nodes):
        return _walk_text(root, skip, units, own)
    # Plain markup (paragraphs, line breaks, inline tags): the serialised HTML through a few
    # C-level substitutions is far cheaper than visiting every node from Python.
    markup = _WS.sub(" ", root.html or "")
    markup = _BR_TAG.sub("\n", markup)
    markup = _BLOCK_TAG.sub("\n\n", markup)
    text = html.unescape(_ANY_TAG.sub("", markup))
    paras = []
    for chunk in _PARA_SPLIT.split(text):
        lines = [" ".join(line.split()) for line in chunk.split("\n")]
        para = "\n".join(line for line in lines if line)
        if para:
            paras.append(para)
    return "\n\n".join(paras)


def _inside(node: LexborNode, root: LexborNode, stop: LexborNode) -> bool:
    """Whether ``node`` lies in ``root``, looking up no further than ``stop``."""
    target, end = root.mem_id, stop.mem_id
    cur: LexborNode | None = node
    while cur is not None:
        mid = cur.mem_id
        if mid == target:
            return True
        if mid == end:
            return False
        cur = cur.parent
    return False


def _walk_text(root: LexborNode, skip: set[int], units: dict[int, _Unit], own: _Unit) -> str:
    paras: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            joined = "".join(buf)
            buf.clear()
            for chunk in re.split(r"\n[ \t]*\n", joined):
                lines = [" ".join(line.split()) for line in chunk.split("\n")]
                para = "\n".join(line for line in lines if line)
                if para:
                    paras.append(para)

    # Stack entries: a node to enter, or None to close a block.
    stack: list[LexborNode | None] = [root]
    root_id = root.mem_id
    pre_depth = 0
    pre_exits: list[int] = []
    while stack:
        node = stack.pop()
        if node is None:
            flush()
            continue
        if isinstance(node, int):  # pragma: no cover - never pushed
            continue
        if node.is_text_node:
            value = node.text_content or ""
            if pre_depth:
                buf.append(value)
            else:
                buf.append(re.sub(r"[ \t\r\n\f]+", " ", value))
            continue
        if not node.is_element_node:
            continue
        tag = node.tag
        mid = node.mem_id
        if mid != root_id and (mid in skip or tag in _SKIP_TEXT_TAGS):
            continue
        if mid != root_id and mid in units and units[mid] is not own:
            continue
        if tag == "br":
            buf.append("\n")
            continue
        block = tag in _BLOCK_TAGS
        if block:
            flush()
            stack.append(None)
        children = list(node.iter(include_text=True))
        children.reverse()
        stack.extend(children)
    flush()
    del pre_exits, own
    return "\n\n".join(paras)


# -- the extractor -------------------------------------------------------------


def _first_owned(
    region: LexborNode, selectors: tuple[str, ...], walker: _Walker, units: list[_Unit]
) -> Iterator[tuple[_Unit, LexborNode]]:
    """For each selector in order of trust, the first match per unit not yet served."""
    served: set[int] = set()
    total = len(units)
    step = max(1, total // 6)
    probes = units[::step][:6] + units[-1:]
    for selector in selectors:
        pending = total - len(served)
        if pending <= 0:
            return
        # A few units left (those without such a field, mostly): query them alone
        # instead of the whole region, once per selector.
        if pending <= 3:
            matches = [n for u in units if u.index not in served for n in u.node.css(selector)]
        elif not any(
            u.node.css_first(selector) is not None for u in probes if u.index not in served
        ):
            # Threads repeat one markup: a selector that none of a few sample comments
            # still waiting has would only cost a whole-region pass.
            continue
        else:
            matches = region.css(selector)
        for node in matches:
            unit = walker.units.get(node.mem_id)
            if unit is None:
                # A reply box on the way up does not matter here: no unit lies between.
                unit, _ = walker.owner(node)
                if unit is None:
                    continue
            elif unit.node.mem_id == node.mem_id:
                continue  # the unit itself; an element merged into it is fine
            if unit.index in served:
                continue
            served.add(unit.index)
            yield unit, node
            # A selector may fail on a unit: keep trying the next selectors for it.


def _author_of(node: LexborNode, base: str | None) -> Author | None:
    name_node = node
    inner = None
    own = ""
    if node.tag != "a":
        inner = node.css_first('[itemprop="name"], .fn')
        if inner is None:
            own = node.text(deep=False).strip()
        if inner is None and not own:
            for cand in node.css("a"):
                target = cand.attributes.get("href") or ""
                if (
                    cand.text(deep=True).strip()
                    and "#" not in target
                    and cand.css_first("time") is None
                ):
                    inner = cand
                    break
    if inner is not None:
        name_node = inner
    content = name_node.attributes.get("content")
    if content:
        name = _clean(content)
    elif own:
        name = _clean(own)
    else:
        name = _clean(name_node.text(deep=True))
    name = _AUTHOR_NOISE.sub("", name).strip(" |\u2013\u00b7-:")
    if name.count("(") != name.count(")"):
        name = name.strip("()").strip()
    if not name or len(name) > 80:
        return None
    href: str | None = None
    if node.tag == "a":
        href = node.attributes.get("href")
    elif name_node.tag == "a":
        href = name_node.attributes.get("href")
    else:
        link: LexborNode | None = None if own else node.css_first("a[href]")
        if link is None and node.parent is not None and node.parent.tag == "a":
            link = node.parent
        if link is not None:
            href = link.attributes.get("href")
    url = _absolute(href, base)
    return Author(name=name, url=url)


def _absolute(href: str | None, base: str | None) -> str | None:
    if not href:
        return None
    href = href.strip()
    low = href.lower()
    if low.startswith(("javascript:", "data:", "vbscript:")) or href == "#":
        return None
    if base:
        try:
            return urljoin(base, href)
        except ValueError:
            return href
    return href


def _machine_value(node: LexborNode) -> datetime | None:
    a = node.attributes
    for name in (
        "datetime",
        "content",
        "pubdate",
        "data-timestamp",
        "data-utime",
        "data-time",
        "data-datetime",
        "title",
    ):
        value = a.get(name)
        if value:
            got = parse_machine_date(value)
            if got is not None:
                return got
            if name == "title":
                return parse_visible_date(value)
    return None


class _Scan:
    """The matches of the one CSS pass, sorted by what each element itself matches."""

    __slots__ = ("declared", "sections", "units")

    def __init__(self, found: list[LexborNode]) -> None:
        self.units: list[LexborNode] = []
        self.sections: list[LexborNode] = []
        self.declared: list[LexborNode] = []
        seen: set[int] = set()
        for node in found:
            key = node.mem_id
            if key in seen:  # lexbor lists a node once per selector it matches
                continue
            seen.add(key)
            tag = node.tag
            attrs_ = node.attributes
            if "omment" in (attrs_.get("class") or "") or "omment" in (attrs_.get("id") or ""):
                self.sections.append(node)
            if _is_unit_match(tag, attrs_):
                self.units.append(node)
            if (
                _is_heading(tag, attrs_)
                or _is_count_link(tag, attrs_)
                or attrs_.get("itemprop") == "commentCount"
            ):
                self.declared.append(node)


_UNIT_ID_STARTS = ("comment", "li-comment-", "div-comment-", "t1_", "thing_t1_")


def _is_unit_match(tag: str | None, attrs_: dict[str, str | None]) -> bool:
    """Whether an element itself matches _UNIT_SELECTOR (css_matches would ask its subtree)."""
    cls = attrs_.get("class") or ""
    if "omment" in cls or "eserbrief" in cls:
        return True
    if (attrs_.get("id") or "").startswith(_UNIT_ID_STARTS) or "data-comment-id" in attrs_:
        return True
    if "schema.org/Comment" in (attrs_.get("itemtype") or ""):
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
    )


def _collect_units(
    doc: LexborHTMLParser, walker: _Walker, candidates: list[LexborNode]
) -> list[_Unit]:
    units: list[_Unit] = []
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
    for node in candidates:
        # lexbor returns an element once per selector of a list that it matches.
        if node.mem_id in seen:
            continue
        seen.add(node.mem_id)
        if not hn_old and not _is_unit_candidate(node):
            continue
        if node.tag == "dd":
            head = node.prev
            while head is not None and not head.is_element_node:
                head = head.prev
            owner = walker.units.get(head.mem_id) if head is not None and head.tag == "dt" else None
            if owner is not None and owner.partner is None:
                walker.units[node.mem_id] = owner
                owner.partner = node
                continue
        key = _hn_key(node) if hn_old else _key_of(node)
        above, passed = walker.owner(node)
        if above is not None and key is not None and key == above.key:
            walker.units[node.mem_id] = above
            above.merged += 1
            continue
        strong = key is not None and (
            key != node.attributes.get("id") or _ID_KEY.search(key) is not None or hn_old
        )
        # A comment box right inside a unit, before anything else, is that unit's own
        # body unless both name different comments (``comment-1 > comment-2``).
        if (
            above is not None
            and not passed
            and not (strong and above.strong)
            and not above.children
            and above.merged == 0
        ):
            walker.units[node.mem_id] = above
            above.merged += 1
            continue
        unit = _Unit(node=node, key=key, index=len(units), parent=above, strong=strong)
        if above is not None:
            above.children.append(unit)
        walker.units[node.mem_id] = unit
        units.append(unit)
    return units


_SECTION_WORD = re.compile(r"comment|kommentar", re.I)
# Words that make a "comments" element something else, at the start of a word or of a run of
# words ("recentcomments", "comment-form"), not inside one ("modelMarginTop" is fine).
_SECTION_NOT = re.compile(
    r"(?<![a-z])(?:form(?![a-z])|respond|count|link|button|btn|icon|nav|share|recent|latest|widget|"
    r"sidebar|popular|most|meist|top|footer|teaser|preview|rules|guideline|login|aktuell|neueste|last|"
    r"dynamic)"
)


_DATE_HINT = re.compile(
    r"(?<!\d)\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|(?<!\d)(?:19|20)\d\d(?!\d)|\d{1,2}:\d\d|"
    r"\b(?:ago|vor|hours?|minutes?|days?|stunden?|minuten?|tagen?)\b",
    re.I,
)


def _repeated_in_section(
    root: LexborNode, walker: _Walker, sections: list[LexborNode]
) -> list[_Unit]:
    """Pages without comment markup: the repeated children of a comment section.

    A section is an element whose id or class names comments; inside it, the
    element with the most children of one kind (same tag and first class),
    each with some text and no form field, holds one comment per child.
    """
    best: list[LexborNode] = []
    seen: set[int] = set()
    for section in sections:
        a = section.attributes
        label = f"{a.get('id') or ''} {a.get('class') or ''}"
        if section.mem_id in seen or (
            section.tag in _NOT_UNIT_TAGS and section.tag not in ("ol", "ul")
        ):
            continue
        if not _SECTION_WORD.search(label) or _SECTION_NOT.search(label.lower()):
            continue
        seen.add(section.mem_id)
        stack = [section]
        visited = 0
        while stack and visited < 5000:
            box = stack.pop()
            visited += 1
            groups: dict[tuple[str, str], list[LexborNode]] = {}
            for child in box.iter():
                if not child.is_element_node:
                    continue
                stack.append(child)
                cls = (child.attributes.get("class") or "").split()
                groups.setdefault((child.tag or "", cls[0] if cls else ""), []).append(child)
            for (tag, _), members in groups.items():
                if (
                    len(members) < 2
                    or len(members) <= len(best)
                    or (tag in _NOT_UNIT_TAGS and tag != "li")
                ):
                    continue
                if tag in ("script", "style", "option", "br", "img"):
                    continue
                # Each entry must read like a comment: some text and a date.
                dated = 0
                for m in members:
                    text = m.text(deep=True)
                    if len(text.strip()) >= 15 and (
                        _DATE_HINT.search(text) is not None or m.css_first("time") is not None
                    ):
                        dated += 1
                if dated < len(members) * 0.8:
                    continue
                if any(m.css_first("textarea, input, select") is not None for m in members):
                    continue
                best = members
    units: list[_Unit] = []
    for node in best:
        unit = _Unit(node=node, key=node.attributes.get("id") or None, index=len(units))
        walker.units[node.mem_id] = unit
        units.append(unit)
    return units


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


def _depth_hint(unit: _Unit) -> float | None:
    node = unit.node
    a = node.attributes
    for name in ("data-depth", "data-level", "aria-level", "depth", "level"):
        value = a.get(name)
        if value and value.strip().isdigit():
            return float(value)
    cls = a.get("class") or ""
    m = _DEPTH_CLASS.search(cls)
    if m:
        return float(m.group(1))
    ind = node.css_first("td.ind[indent], [indent]")
    if ind is not None:
        value = ind.attributes.get("indent") or ""
        if value.isdigit():
            return float(value)
    for cand in (node, node.parent):
        if cand is None:
            continue
        style = cand.attributes.get("style") or ""
        px = _PX.search(style)
        if px:
            mult = 16.0 if px.group(2) in ("em", "rem") else 1.0
            # Pixel indents wobble by a few pixels at one level (new Reddit: 16 and 21).
            return float(px.group(1)) * mult / 12.0
    spacer = node.css_first('img[src*="s.gif"][width], img[src*="spacer"][width]')
    if spacer is not None:
        width = spacer.attributes.get("width") or ""
        if width.isdigit():
            return float(width) / 12.0
    for span in node.css("span"):
        text = span.text(deep=False).strip()
        if text.startswith("level "):
            lm = _LEVEL_TEXT.match(text)
            if lm:
                return float(lm.group(1))
            break
    return None


def _stated_parents(units: list[_Unit]) -> None:
    """Parents a page names (``data-parent``, a ``parentItem`` link) over where replies stand."""
    named = [u for u in units if u.node.attributes.get("data-parent")]
    if not named:
        return
    by_anchor = {u.node.attributes.get("id"): u for u in units if u.node.attributes.get("id")}
    for unit in named:
        parent = by_anchor.get(unit.node.attributes.get("data-parent"))
        if parent is None or parent is unit or parent.index > unit.index:
            continue  # parents come first in the page; anything else would make a loop
        if unit.parent is not None:
            unit.parent.children.remove(unit)
        unit.parent = parent
        parent.children.append(unit)


def _nest_by_indent(units: list[_Unit]) -> None:
    """Flat lists: give each unit the nearest earlier unit with a smaller indent as parent."""
    hints = [_depth_hint(u) for u in units]
    if sum(h is not None for h in hints) < max(2, len(units) // 2):
        return
    if len({h for h in hints if h is not None}) < 2:
        return
    stack: list[tuple[float, _Unit]] = []
    for unit, hint in zip(units, hints, strict=True):
        level = hint if hint is not None else (stack[-1][0] if stack else 0.0)
        while stack and stack[-1][0] >= level - 0.99:
            stack.pop()
        unit.parent = stack[-1][1] if stack else None
        if unit.parent is not None:
            unit.parent.children.append(unit)
        stack.append((level, unit))


def _region_of(units: list[_Unit]) -> LexborNode:
    """The lowest common ancestor of the units."""
    first = units[0].node
    chain: list[LexborNode] = []
    cur: LexborNode | None = first
    while cur is not None:
        chain.append(cur)
        cur = cur.parent
    position = {n.mem_id: i for i, n in enumerate(chain)}
    best = 0
    for unit in units[1:]:
        if unit.parent is not None:
            continue
        cur = unit.node
        while cur is not None and cur.mem_id not in position:
            cur = cur.parent
        if cur is None:
            return chain[-1]
        best = max(best, position[cur.mem_id])
    return chain[best]


_COMMENTISH = re.compile(r"comment|discussion|disqus|respond|reactions|kommentar", re.I)
_STOP_TAGS = frozenset({"body", "html", "main", "article"})


def _expand(node: LexborNode) -> LexborNode:
    """Widen a thread list to its comment section (``#comments``) without taking the article."""
    best = node
    cur = node.parent
    hops = 0
    while cur is not None and hops < 4 and cur.tag not in _STOP_TAGS:
        a = cur.attributes
        label = (a.get("id") or "") + " " + (a.get("class") or "")
        if not _COMMENTISH.search(label):
            break
        if cur.css_first("h1") is not None:
            break
        # Only a heading, a count or the form may come along, not the article
        # (Stack Exchange's "js-post-comments-component" holds the question too).
        if len(cur.text(deep=True)) > len(best.text(deep=True)) + 600:
            break
        best = cur
        cur = cur.parent
        hops += 1
    return best


def _containers(units: list[_Unit], root: LexborNode, walker: _Walker) -> list[LexborNode]:
    tops = [u for u in units if u.parent is None]
    groups: dict[int, tuple[LexborNode, list[_Unit]]] = {}
    for unit in tops:
        parent = unit.node.parent
        if parent is None:
            continue
        groups.setdefault(parent.mem_id, (parent, []))[1].append(unit)
    out: list[LexborNode] = []
    for parent, members in groups.values():
        pure = True
        for child in parent.iter():
            mid = child.mem_id
            if mid in walker.units or child.tag in (
                "a",
                "h2",
                "h3",
                "h4",
                "script",
                "br",
                "hr",
                "ol",
                "ul",
            ):
                continue
            if walker.is_box(child) or (child.attributes.get("class") or "").find("comment") >= 0:
                continue
            if not child.text(deep=True).strip():
                continue
            pure = False
            break
        if pure and parent.tag not in _STOP_TAGS:
            out.append(_expand(parent))
        else:
            for unit in members:
                out.append(unit.node)
                nxt = unit.node.next
                while nxt is not None and not nxt.is_element_node:
                    nxt = nxt.next
                if nxt is not None and walker.is_box(nxt) and nxt.mem_id not in walker.units:
                    out.append(nxt)
    return _dedupe_nodes(out)


def _dedupe_nodes(nodes: list[LexborNode]) -> list[LexborNode]:
    """Drop nodes inside other listed nodes (one upward walk each, bounded by the page depth)."""
    ids = {n.mem_id for n in nodes}
    kept: list[LexborNode] = []
    seen: set[int] = set()
    for node in nodes:
        if node.mem_id in seen:
            continue
        seen.add(node.mem_id)
        cur = node.parent
        inside = False
        while cur is not None:
            if cur.mem_id in ids:
                inside = True
                break
            cur = cur.parent
        if not inside:
            kept.append(node)
    return kept


def _contains(outer: LexborNode, node: LexborNode) -> bool:
    cur: LexborNode | None = node
    target = outer.mem_id
    while cur is not None:
        if cur.mem_id == target:
            return True
        cur = cur.parent
    return False


def _declared(
    root: LexborNode, containers: list[LexborNode], scanned: list[LexborNode] | None = None
) -> tuple[int | None, list[LexborNode]]:
    """The printed comment count and the heading that carries it.

    ``scanned``: the page's matches of the count, heading and link selectors when they
    are already known (used only without a thread).
    """
    if containers:
        found = root.css(_COUNT_SELECTOR)
        headings_at_root: list[LexborNode] = []
        links_at_root: list[LexborNode] = []
    else:
        # No thread: the whole page is searched, in one CSS pass for all three kinds.
        found, headings_at_root, links_at_root = [], [], []
        for node in root.css(_DECLARED_SELECTOR) if scanned is None else scanned:
            attrs_ = node.attributes
            heading = _is_heading(node.tag, attrs_)
            link = _is_count_link(node.tag, attrs_)
            if attrs_.get("itemprop") == "commentCount":
                found.append(node)
            if heading:
                headings_at_root.append(node)
            if link:
                links_at_root.append(node)
    for stated in found:
        # The article's count, not an answer's or a teaser's.
        scope = stated.parent
        while scope is not None and "itemscope" not in scope.attributes:
            scope = scope.parent
        kind = (scope.attributes.get("itemtype") or "") if scope is not None else ""
        if not re.search(r"Article|Posting|WebPage|Blog", kind):
            continue
        value = _int_of(stated.attributes.get("content") or stated.text(deep=True))
        if value is not None:
            return value, []
    scopes: list[LexborNode] = []
    for box in containers[:3]:
        scopes.append(box)
        up = box.parent
        if up is not None and up.tag not in ("body", "html"):
            scopes.append(up)
            if up.parent is not None and up.parent.tag not in ("body", "html"):
                scopes.append(up.parent)
    scopes.append(root)
    for scope in scopes:
        # At the root: empty once there is a thread (the count is looked for near it only).
        headings = headings_at_root if scope is root else scope.css(_HEADING_SELECTOR)
        for node in headings:
            text = _clean(node.text(deep=True))
            if not text or len(text) > 120:
                continue
            count = _count_in(text)
            if count is not None:
                return count, [node]
        if scope is root:
            links = root.css(_LINK_SELECTOR) if containers else links_at_root
            for node in links:
                text = _clean(node.text(deep=True))
                if len(text) <= 40:
                    count = _count_in(text)
                    if count is not None:
                        return count, []
    return None, []


# (node.css_matches would answer for the node's whole subtree, not the node alone.)
_HEADING_CLASSES = frozenset(
    {
        "block-title",
        "comments-title",
        "comment-title",
        "comments-count",
        "comment-count",
        "commentcount",
        "panestack-title",
    }
)


def _is_heading(tag: str | None, attrs_: dict[str, str | None]) -> bool:
    """Whether an element itself matches _HEADING_SELECTOR."""
    if tag in _H_TAGS or attrs_.get("id") == "comments-title":
        return True
    classes = attrs_.get("class")
    if not classes:
        return False
    return not _HEADING_CLASSES.isdisjoint(classes.lower().split())


def _is_count_link(tag: str | None, attrs_: dict[str, str | None]) -> bool:
    """Whether an element itself matches _LINK_SELECTOR."""
    if tag != "a":
        return False
    href = attrs_.get("href") or ""
    if href.endswith("#comments") or "item?id=" in href:
        return True
    return "comments" in (attrs_.get("class") or "").lower().split()


def _count_in(text: str) -> int | None:
    m = _COUNT_RE.search(text) if _DIGIT.search(text) is not None else None
    if m:
        raw = m.group(1) or m.group(2)
        value = _int_of(raw)
        if value is not None and m.start() < 30:
            return value
    if _ONE_RE.match(text):
        return 1
    low = text.lower()
    if low.startswith(("no comments", "keine kommentare", "no responses", "0 comments")):
        return 0
    return None


def extract_comments(doc: LexborHTMLParser, *, url: str | None = None) -> CommentSection:
    """Find the comment thread of a parsed page: comments with replies, printed count, DOM containers."""
    root = doc.root
    if root is None:
        return CommentSection()
    walker = _Walker()
    # Most selectors and the JSON-LD type need the letters "omment" in the source: a page
    # without them is spared those passes (a scan of the bytes costs far less).
    wordy = b"omment" in doc.raw_html
    # One CSS pass finds the unit candidates, the comment sections and the count headings:
    # each pass over the page costs, so the three lists are sorted out of one.
    scan = _Scan(root.css(_SCAN_SELECTOR if wordy else _SCAN_SELECTOR_PLAIN))
    units = _collect_units(doc, walker, scan.units)
    if not units and wordy:
        units = _repeated_in_section(root, walker, scan.sections)
    if not units:
        comments = _from_json_ld(root, url) if wordy else []
        declared, _ = _declared(root, [], scan.declared)
        if not comments:
            return CommentSection(declared_count=declared)
        return CommentSection(comments=comments, declared_count=declared)
    _stated_parents(units)
    if all(u.parent is None for u in units) and len(units) > 1:
        _nest_by_indent(units)
    region = _region_of(units)
    if region.parent is not None and region.tag not in ("html", "body"):
        region = region.parent
    _fill_fields(region, units, walker, url)
    units = _drop_unlikely(units)
    containers = _containers(units, root, walker) if units else []
    declared, heading = _declared(root, containers)
    extra: list[LexborNode] = []
    for node in heading + root.css(_FORM_SELECTOR):
        if not any(_contains(c, node) for c in containers):
            extra.append(node)
    containers = _dedupe_nodes(containers + extra)
    more = _more_stubs(region, walker)
    comments = _build(units, more, url)
    return CommentSection(comments=comments, declared_count=declared, containers=containers)


def _fill_fields(region: LexborNode, units: list[_Unit], walker: _Walker, base: str | None) -> None:
    for unit, node in _first_owned(region, _AUTHOR_SELECTORS, walker, units):
        author = _author_of(node, base)
        if author is not None and unit.author is None:
            unit.author = author
            unit.meta_nodes.append(node)
    _machine_dates(region, walker)
    pending = [u for u in units if u.published is None]
    if pending:
        # A header text may hold a date among other words: try each selector until one parses.
        for selector in _VISIBLE_DATE_SELECTORS:
            if not pending:
                break
            for unit, node in _first_owned(region, (selector,), walker, pending):
                if unit.published is None:
                    got = _machine_value(node) or parse_visible_date(node.text(deep=True))
                    if got is not None:
                        unit.published = got
                        unit.meta_nodes.append(node)
                        unit.date_text = _clean(node.text(deep=True))
            pending = [u for u in pending if u.published is None]
        for unit, node in _first_owned(
            region, (_TIME_SELECTOR,), walker, [u for u in units if u.date_text]
        ):
            combined = parse_visible_date(f"{unit.date_text} {_clean(node.text(deep=True))}")
            if combined is not None:
                unit.published = combined
    for unit in units:
        if unit.author is None and unit.date_text and "|" in unit.date_text:
            name = unit.date_text.strip("() ").split("|")[0].strip()
            if 0 < len(name) <= 60:
                unit.author = Author(name=name)
    for unit, node in _first_owned(region, _TEXT_SELECTORS, walker, units):
        unit.text_node = node
    for unit, node in _first_owned(region, _SCORE_SELECTORS, walker, units):
        a = node.attributes
        value = _int_of(
            a.get("data-score")
            or a.get("content")
            or a.get("value")
            or a.get("data-value")
            or a.get("title")
        )
        if value is None:
            value = _int_of(node.text(deep=True))
        unit.score = value
    _permalinks(region, units, walker, base)
    for unit, node in _first_owned(region, ('meta[itemprop="identifier"]',), walker, units):
        ident = (node.attributes.get("content") or "").strip()
        if ident:
            unit.ident = ident
    skip = {n.mem_id for n in region.css(_META_SELECTOR)}
    for unit in units:
        node_attrs = unit.node.attributes
        cls = (node_attrs.get("class") or "").split()
        stated = node_attrs.get("data-status")
        if stated in _STATUSES:
            unit.status = CommentStatus(stated)
            unit.more_count = _int_of(node_attrs.get("data-more-count"))
        elif "pingback" in cls:
            unit.status = CommentStatus.PINGBACK
        elif "trackback" in cls:
            unit.status = CommentStatus.TRACKBACK
        elif "morechildren" in cls:
            unit.status = CommentStatus.MORE
            unit.more_count = _int_of(unit.node.text(deep=True))
        elif "deleted" in cls or "removed" in cls:
            unit.status = CommentStatus.DELETED if "deleted" in cls else CommentStatus.REMOVED
        body = unit.text_node
        unit_skip = skip.union(n.mem_id for n in unit.meta_nodes) if unit.meta_nodes else skip
        if body is None:
            body = unit.partner if unit.partner is not None else unit.node
        text = _comment_text(body, unit_skip, walker.units, unit)
        if not text and unit_skip:
            # Some themes put the text inside the header box: read it with only
            # the author and date elements left out.
            text = _comment_text(body, {n.mem_id for n in unit.meta_nodes}, walker.units, unit)
        if body is unit.node and unit.author is not None:
            text = _strip_prefix(text, unit.author.name)
        unit.text = text
        if unit.published is None and text:
            head = text.split("\n", 1)[0]
            if len(head) <= 80:
                unit.published = parse_visible_date(head)
        if unit.status is CommentStatus.PUBLISHED and len(text) < 120:
            if _REMOVED_BY_ADMIN.search(text):
                unit.status = CommentStatus.REMOVED
            elif _DELETED_TEXT.search(text.strip()):
                unit.status = CommentStatus.DELETED


def _machine_dates(region: LexborNode, walker: _Walker) -> None:
    """The earliest date of the most trusted kind per unit: "edited" stamps come after "posted"."""
    decided: set[int] = set()
    for selector in _MACHINE_DATE_SELECTORS:
        touched: list[_Unit] = []
        for node in region.css(selector):
            unit, _ = walker.owner(node)
            if unit is None or unit.index in decided:
                continue
            value = _machine_value(node)
            if value is None:
                continue
            if unit.published is None:
                touched.append(unit)
                unit.published = value
                unit.meta_nodes.append(node)
                continue
            try:
                earlier = value < unit.published
            except TypeError:  # naive against aware: keep the first
                earlier = False
            if earlier:
                unit.published = value
            unit.meta_nodes.append(node)
        decided.update(u.index for u in touched)


def _strip_prefix(text: str, name: str) -> str:
    if text.startswith(name):
        return text[len(name) :].lstrip(" :\n")
    return text


def _permalinks(region: LexborNode, units: list[_Unit], walker: _Walker, base: str | None) -> None:
    # schema.org: the comment's own url (not its author's).
    for link in region.css('a[itemprop="url"]'):
        unit, _ = walker.owner(link)
        up = link.parent
        if unit is None or unit.url is not None or up is None:
            continue
        if up.attributes.get("itemprop") == "author" or up.attributes.get("itemtype"):
            continue
        if link.css_first('[itemprop="name"]') is not None:
            continue  # a person's link
        unit.url = _absolute(link.attributes.get("href"), base)
    links = 'a[href*="#"], a[href*="comment"], a[href^="item?id="], a[rel="bookmark"], a.permalink'
    seen: set[int] = set()
    for link in region.css(links):
        if link.mem_id in seen:
            continue
        seen.add(link.mem_id)
        unit, _ = walker.owner(link)
        if unit is None or unit.url is not None or not unit.key:
            continue
        href = link.attributes.get("href") or ""
        low = href.lower()
        if (
            unit.key not in href
            or "reply" in low
            or "respond" in low
            or "delete" in low
            or "vote" in low
        ):
            continue
        unit.url = _absolute(href, base)


_STATUSES = frozenset(s.value for s in CommentStatus)
_UI_LABEL = re.compile(
    r"^\W*(?:\d+\W*)?(?:new,?\s*\d*\s*|previous\s+|older\s+|newer\s+|next\s+|ältere\s+|neuere\s+|"
    r"weitere\s+|all\s+|alle\s+|show\s+|load\s+|mehr\s+)?"
    r"(?:comments?|kommentare?|komentarze?|comentarios?|comentar|commentaires?|commenti|reply|replies|"
    r"antworten|antwort|post|uhr|kommentieren|leave a (?:comment|reply))\W*(?:\(?\d*\)?)\W*$",
    re.I,
)


def _unlikely(unit: _Unit) -> bool:
    """Whether a unit is no comment after all: a wrapper, a heading, a prompt, the form."""
    if unit.status is not CommentStatus.PUBLISHED:
        return False
    a = unit.node.attributes
    typed = "Comment" in (a.get("itemtype") or "") + (a.get("typeof") or "")
    if unit.strong or typed:
        # Named comments stay unless there is nothing in them but a label ("Previous comments").
        return (
            unit.author is None
            and unit.published is None
            and not unit.children
            and (not unit.text or _UI_LABEL.match(unit.text) is not None)
        )
    if (
        unit.author is None
        and unit.published is None
        and (len(unit.text) < 4 or _UI_LABEL.match(unit.text) is not None)
    ):
        return True  # "Comments", "Kommentar (0)": a class name alone is too weak for a label
    return unit.node.css_first("textarea, input[type=text], input[type=email], form") is not None


def _drop_unlikely(units: list[_Unit]) -> list[_Unit]:
    """Dissolve what was taken for comments but is not; their replies move up in place."""
    kept: list[_Unit] = []
    for unit in units:
        if not _unlikely(unit):
            kept.append(unit)
            continue
        for child in unit.children:
            child.parent = unit.parent
        if unit.parent is not None:
            siblings = unit.parent.children
            at = siblings.index(unit)
            siblings[at : at + 1] = unit.children
    return kept


def _more_stubs(region: LexborNode, walker: _Walker) -> list[tuple[_Unit | None, Comment]]:
    stubs: list[tuple[_Unit | None, Comment]] = []
    seen: set[int] = set()
    for i, node in enumerate(region.css(_MORE_SELECTOR)):
        if node.mem_id in walker.units or node.mem_id in seen:
            continue
        seen.add(node.mem_id)
        unit, _ = walker.owner(node)
        a = node.attributes
        cls = (a.get("class") or "").split()
        style = (a.get("style") or "").replace(" ", "")
        if "hidden" in cls or "hidden" in a or "display:none" in style:
            continue  # an empty "load more" the page keeps for later
        text = _clean(node.text(deep=True))
        if not text or len(text) > 120:
            continue
        stubs.append(
            (unit, Comment(id=f"more-{i + 1}", status=CommentStatus.MORE, more_count=_int_of(text)))
        )
    return stubs


class _UniqueIds:
    """Hands out each id once: a repeat gets the next free ``-2``, ``-3``… suffix.

    The next suffix to try is kept per id, so n copies of one id cost O(n), not O(n²).
    """

    __slots__ = ("next_suffix", "probes", "taken")

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self.next_suffix: dict[str, int] = {}
        self.probes = 0

    def take(self, ident: str) -> str:
        """``ident`` itself when free, else the first free ``ident-n`` from the last one given."""
        if ident in self.taken:
            n = self.next_suffix.get(ident, 2)
            while f"{ident}-{n}" in self.taken:
                self.probes += 1
                n += 1
            self.next_suffix[ident] = n + 1
            ident = f"{ident}-{n}"
        self.taken.add(ident)
        return ident


def _build(
    units: list[_Unit], more: list[tuple[_Unit | None, Comment]], base: str | None
) -> list[Comment]:
    """Comments bottom-up (children come after parents in document order), deduplicated."""
    unique = _UniqueIds()
    names: dict[int, str] = {}
    for unit in units:
        names[unit.index] = unique.take(unit.ident or unit.key or f"c{unit.index + 1}")
    extra_children: dict[int, list[Comment]] = {}
    top_more: list[Comment] = []
    for owner, stub in more:
        if owner is None:
            top_more.append(stub)
        else:
            extra_children.setdefault(owner.index, []).append(stub)
    built: dict[int, Comment] = {}
    keys = {names[u.index]: u.key for u in units}
    for unit in reversed(units):
        replies = [built[c.index] for c in unit.children if c.index in built]
        replies = _dedupe(replies, keys)
        replies.extend(extra_children.get(unit.index, ()))
        built[unit.index] = Comment(
            id=names[unit.index],
            author=unit.author,
            published=unit.published,
            text=unit.text,
            url=unit.url,
            score=unit.score,
            status=unit.status,
            more_count=unit.more_count,
            in_reply_to=unit.node.attributes.get("data-in-reply-to") or None,
            replies=replies,
        )
    tops = _dedupe([built[u.index] for u in units if u.parent is None], keys)
    return tops + top_more


def _signature(c: Comment, key: str | None) -> tuple[object, ...]:
    return (key, c.author.name if c.author else None, c.published, c.text, len(c.replies))


def _dedupe(comments: list[Comment], base: dict[str, str | None]) -> list[Comment]:
    """Drop repeats of a comment that a page renders twice (Blogger Dynamic Views).

    A repeat has the same id in the page and the same author, date, text and
    reply count; two comments that only read alike are both kept.
    """
    seen: set[tuple[object, ...]] = set()
    out: list[Comment] = []
    for c in comments:
        if not c.text or c.author is None:
            out.append(c)  # too little to tell two comments apart: keep both
            continue
        sig = _signature(c, base.get(c.id))
        if sig in seen:
            continue
        seen.add(sig)
        out.append(c)
    return out


# -- JSON-LD --------------------------------------------------------------------


_LD_COMMENT = re.compile(r'"@type"\s*:\s*(?:\[[^\]]*)?"(?:https?://schema\.org/)?Comment"')


def _is_below(node: Comment, ancestor: Comment) -> bool:
    cur: object = node
    while isinstance(cur, Comment):
        if cur is ancestor:
            return True
        cur = cur.parent
    return False


def _from_json_ld(root: LexborNode, base: str | None) -> list[Comment]:
    found: list[tuple[dict[str, Any], str | None]] = []
    for script in root.css('script[type="application/ld+json"]'):
        raw = script.text(deep=True)
        if _LD_COMMENT.search(raw) is None:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue  # broken or absurdly nested JSON-LD: the DOM is all there is
        stack: list[tuple[Any, str | None]] = [(data, None)]
        while stack:
            item, parent = stack.pop()
            if isinstance(item, list):
                stack.extend((x, parent) for x in reversed(item))
                continue
            if not isinstance(item, dict):
                continue
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            here = parent
            if "Comment" in kinds:
                pid = item.get("parentItem")
                if isinstance(pid, dict):
                    pid = pid.get("@id")
                own_parent = pid if isinstance(pid, str) else parent
                ident = item.get("@id") or item.get("identifier") or item.get("url")
                if not isinstance(ident, str):
                    ident = f"ld-{len(found) + 1}"
                    item["@id"] = ident
                found.append((item, own_parent))
                here = ident
            for key in (
                "comment",
                "@graph",
                "mainEntity",
                "hasPart",
                "suggestedAnswer",
                "acceptedAnswer",
            ):
                sub = item.get(key)
                if sub is not None:
                    stack.append((sub, here))
    if not found:
        return []
    built: dict[str, Comment] = {}
    order: list[tuple[Comment, str | None]] = []
    for item, parent in found:
        ident = str(item.get("@id"))
        author = item.get("author")
        if isinstance(author, list) and author:
            author = author[0]
        person: Author | None = None
        if isinstance(author, dict) and isinstance(author.get("name"), str):
            url = author.get("url")
            person = Author(
                name=author["name"], url=_absolute(url, base) if isinstance(url, str) else None
            )
        elif isinstance(author, str):
            person = Author(name=author)
        date = item.get("dateCreated") or item.get("datePublished")
        text = item.get("text") or item.get("description") or ""
        url = item.get("url")
        score = item.get("upvoteCount")
        comment = Comment(
            id=ident,
            author=person,
            published=parse_machine_date(date) if isinstance(date, str) else None,
            text=text.strip() if isinstance(text, str) else "",
            url=_absolute(url, base) if isinstance(url, str) else None,
            score=score if isinstance(score, int) else None,
        )
        built[ident] = comment
        order.append((comment, parent))
    tops: list[Comment] = []
    for comment, parent in order:
        holder = built.get(parent) if parent else None
        if holder is not None and _is_below(holder, comment):
            holder = None  # parentItem links that go round in a circle
        if holder is None or holder is comment:
            if parent:
                comment.in_reply_to = parent
            tops.append(comment)
        else:
            holder.add(comment)
    return tops
