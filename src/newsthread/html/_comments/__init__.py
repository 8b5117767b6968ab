"""Comment threads in HTML: containment, sibling and indentation encodings.

The stages, one module each: ``candidates`` (which elements are comments; ``repeated`` on
pages without comment markup, ``forums`` for forum posts), ``nesting`` (parents), ``fields``
(author, date, text...; ``owned`` finds the element of each field, ``authors`` reads the
name, ``text`` the text, ``chrome`` what stands around it), ``rejects`` (false comments),
``stubs`` ("load more"), ``dedupe`` (building the tree); ``counts`` and ``region`` place the
thread on the page, ``selectors`` names the markup looked for and ``words`` the text patterns.

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

MediaWiki talk pages mark comments as runs of text between DiscussionTools markers, not as
elements: ``talk`` reads them apart.
"""

from __future__ import annotations

import re

import attrs
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsthread.html._comments.aria import aria_comments
from newsthread.html._comments.authors import author_beside_date, author_of
from newsthread.html._comments.candidates import Scan, collect_units, key_of, named_replies
from newsthread.html._comments.counts import find_declared
from newsthread.html._comments.dedupe import build
from newsthread.html._comments.fields import fill_fields
from newsthread.html._comments.foreign import foreign_candidates
from newsthread.html._comments.forums import forum_posts
from newsthread.html._comments.headed import headed_entries
from newsthread.html._comments.json_ld import from_json_ld
from newsthread.html._comments.kin import kin_replies
from newsthread.html._comments.lone_kin import kin_of_lone
from newsthread.html._comments.nesting import (
    linked_parents,
    named_parents,
    nest_by_indent,
    quoted_parents,
    stated_parents,
)
from newsthread.html._comments.region import dedupe_nodes, find_containers, region_of
from newsthread.html._comments.rejects import drop_unlikely, drop_widgets, without_section_unit
from newsthread.html._comments.repeated import repeated_holders, repeated_in_section
from newsthread.html._comments.selectors import (
    FORM_SELECTOR,
    NAMED_UNIT_SELECTOR,
    SCAN_SELECTOR,
    SCAN_SELECTOR_PLAIN,
    TALK_MARKER,
)
from newsthread.html._comments.state import Unit, Walker, contains
from newsthread.html._comments.stubs import mark_stub_units, more_stubs
from newsthread.html._comments.talk import talk_comments
from newsthread.html._comments.text import fill_texts
from newsthread.html._comments.words import DATE_OR_AGE
from newsthread.model import Comment

__all__ = ["CommentSection", "extract_comments"]

# The words searched in the page's bytes (``re`` finds a literal there 5-13 % faster than ``in``).
# "omentar" and "koment" both hold "oment": a page without it (most pages without "omment") is
# read once for the two, not twice.
_OMMENT = re.compile(rb"omment").search
_OMENT = re.compile(rb"oment").search
_OMENTAR = re.compile(rb"omentar").search
_KOMENT = re.compile(rb"koment").search
_SEPARATORS = ("\u00b7", "\u2022", "|")
_TRAILING_SEPARATORS = re.compile(r"(?:\s+[\u00b7\u2022|])+$")


@attrs.define
class CommentSection:
    """The thread found on a page and where it stands in the DOM."""

    comments: list[Comment] = attrs.field(factory=list)
    #: The count the page printed ("74 Comments"), which may differ from what was found.
    declared_count: int | None = None
    #: DOM elements that hold the thread, its heading and its form: the body leaves them out.
    containers: list[LexborNode] = attrs.field(factory=list)


def _tidy_fields(units: list[Unit], walker: Walker, url: str | None) -> None:
    """Mend what the field readers leave: separators, a list head's name, a name beside a date."""
    for unit in units:
        if unit.text.endswith(_SEPARATORS):
            # An action bar's separators left when its controls were taken out ("· ·").
            unit.text = _TRAILING_SEPARATORS.sub("", unit.text)
        if unit.author is None and unit.partner is not None:
            # A definition list's head over the comment's text: its own words are the name.
            found = author_of(unit.node, url)
            unit.author = found[0] if found is not None else None
        if unit.author is None or _opens_with_date(unit.text):
            author_beside_date(unit, walker)


def extract_comments(doc: LexborHTMLParser, *, url: str | None = None) -> CommentSection:
    """Find the comment thread of a parsed page: comments with replies, printed count, DOM containers."""
    root = doc.root
    if root is None:
        return CommentSection()
    # Most selectors and the JSON-LD type need the letters "omment" in the source: a page
    # without them is spared those passes (a scan of the bytes costs far less).
    raw = doc.raw_html
    # (Also comentario, komentarz, komentář, with one "m"; not "moment".)
    wordy = _OMMENT(raw) is not None or (
        _OMENT(raw) is not None and (_OMENTAR(raw) is not None or _KOMENT(raw) is not None)
    )
    # One CSS pass finds the unit candidates, the comment sections and the count headings:
    # each pass over the page costs, so the three lists are sorted out of one.
    scan = Scan(root.css(SCAN_SELECTOR if wordy else SCAN_SELECTOR_PLAIN))
    if scan.talk:
        # A talk page: its discussion is the page's text too (the body keeps it).
        talk = talk_comments(root.css(TALK_MARKER), url)
        if talk:
            return CommentSection(comments=talk)
    texts: dict[int, str] = {}  # (the headings' texts, read once for two readers)
    units, walker = _named_units(doc, root, scan, wordy, texts)
    forum = False
    if not units and scan.members:
        units = forum_posts(scan.members, walker, url)
        forum = bool(units)
    if not units:
        # A JSON-LD Comment's type ends in 'Comment"', in the source as in the script's text:
        # most pages have none, and are spared reading their scripts.
        comments = (
            from_json_ld(root, url, scan.scripts)
            if wordy and _names_comment(scan.scripts) and b'Comment"' in raw
            else []
        )
        declared, _ = find_declared(root, [], scan.declared, kinds=scan.kinds, texts=texts)
        if not comments:
            return CommentSection(declared_count=declared)
        return CommentSection(comments=comments, declared_count=declared)
    units = without_section_unit(units, walker)
    stated_parents(units)
    if all(u.parent is None for u in units) and len(units) > 1:
        nest_by_indent(units)
    region = region_of(units)
    if region.parent is not None and region.tag not in ("html", "body"):
        region = region.parent
    walker.mark_wrappers(units)
    fill_fields(region, units, walker, url)
    fill_texts(region, units, walker)
    _tidy_fields(units, walker, url)
    mark_stub_units(units)
    units = drop_widgets(drop_unlikely(units))
    linked_parents(units, walker)  # after wrappers are dissolved: their comments stand alone
    # Flat comments made replies by a name or a quote: their elements still stand at the top.
    moved = named_parents(units, region, walker) + quoted_parents(units)
    containers = find_containers(units, root, walker, moved) if units else []
    declared, heading = find_declared(
        root,
        containers,
        in_thread=lambda node: walker.owner(node)[0] is not None,
        count_scan=scan.declared if wordy else None,
    )
    extra: list[LexborNode] = []
    for node in heading + root.css(FORM_SELECTOR):
        if not any(contains(c, node) for c in containers):
            extra.append(node)
    containers = dedupe_nodes(containers + extra)
    if forum:
        # A forum page's main text is its thread: the posts are comments and stay in the body
        # too (the reply form and the count heading do not).
        containers = [node for node in containers if node.mem_id not in walker.units]
    more = more_stubs(region, walker)
    comments = build(units, more, url)
    return CommentSection(comments=comments, declared_count=declared, containers=containers)


def _opens_with_date(text: str) -> bool:
    """Whether a text's first paragraph is a short date line ("14 मई 2024, 09:02"), with more."""
    cut = text.find("\n\n", 0, 42)
    return cut > 0 and DATE_OR_AGE.search(text, 0, cut) is not None


def _named_units(
    doc: LexborHTMLParser, root: LexborNode, scan: Scan, wordy: bool, texts: dict[int, str]
) -> tuple[list[Unit], Walker]:
    """The comments named so in the markup (or, in a comment section, repeated entries), and
    the walker that placed them."""
    walker = Walker()
    units = collect_units(doc, walker, scan.units)
    if not units and any("data-testid" in n.attributes for n in scan.sections[:200]):
        # Comment parts named in test attributes (Ghost's comments app): its comments too.
        units = collect_units(doc, walker, root.css(NAMED_UNIT_SELECTOR))
    merged = []
    if units and all(u.parent is None for u in units):
        # A flat thread: its replies may be named for what they are (``reply-item``).
        merged = named_replies(root, units, scan.units)
        if merged:
            walker = Walker()
            units = collect_units(doc, walker, merged)
    if len(units) == 1 and not merged:
        # A lone named comment (a reply): the comments of its kind around it are the thread's.
        kin = kin_of_lone(units[0].node)
        if kin:
            walker = Walker()
            units = collect_units(doc, walker, kin, frozenset(n.mem_id for n in kin))
    if len(units) > 1 and not merged and not any(u.children for u in units[1:]):
        # ... or be of the comments' own kind, in a reply list after their comment.
        units = _with_kin(root, units, scan.units, walker)
    if not units and wordy and b'role="article"' in doc.raw_html:
        labelled = aria_comments(root)
        if labelled:
            units = collect_units(doc, walker, labelled, frozenset(n.mem_id for n in labelled))
    if not units and wordy:
        units = repeated_in_section(root, walker, scan.sections)
    if not units and wordy:
        units = repeated_holders(walker, scan.sections)
    if not units and scan.declared:
        # "Comment" in words without "omment" (``yorum``, ``pinglun``) after a heading that is
        # the word for comments ("Yorumlar", "网友评论"): looked for around that heading only.
        foreign = foreign_candidates(scan)
        if foreign:
            units = collect_units(doc, walker, foreign)
    if not units:
        # Entries no class names, after a heading in the page's language ("Diskuse (4)").
        units = headed_entries(doc, root, walker, scan.htags, texts)
    return units, walker


def _with_kin(
    root: LexborNode, units: list[Unit], candidates: list[LexborNode], walker: Walker
) -> list[Unit]:
    """The flat thread's units with the replies ``kin_replies`` finds, in document order, each
    under the comment it answers."""
    found, answered = kin_replies(units, candidates)
    if not found:
        return units
    for node in found:
        parent = walker.units[answered[node.mem_id]]
        unit = Unit(node=node, key=key_of(node), index=-1, parent=parent)
        parent.children.append(unit)
        walker.units[node.mem_id] = unit
    walker.cache.clear()
    order = {n.mem_id: i for i, n in enumerate(root.traverse())}
    merged = sorted(
        {id(u): u for u in walker.units.values()}.values(),
        key=lambda u: order.get(u.node.mem_id, -1),
    )
    for i, unit in enumerate(merged):
        unit.index = i
    return merged


def _names_comment(scripts: list[LexborNode]) -> bool:
    """Whether the text of one of the page's JSON-LD ``scripts`` holds 'Comment"' (tested before
    the page's source is searched: a page's scripts are a small part of it, often none)."""
    return any('Comment"' in script.text(deep=True) for script in scripts)
