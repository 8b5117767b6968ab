"""The main text of a page as body blocks, without navigation, teasers, ads and comments.

One iterative pass over the DOM turns the page into candidate blocks (text
runs, paragraphs, headings, list items, block quotes, captions), skipping
elements that are never content (scripts, forms, navigation, hidden parts,
comment sections, boilerplate by class/id). The article is the element whose
blocks add up to the most running text net of link text (a maximum-weight
subtree, with a bonus for ``<article>``, ``itemprop=articleBody`` and
content-like class names); running paragraphs right next to it in a near
sibling (a lead, a last paragraph) join it. A last filter drops link lists,
section-end furniture ("Related posts" and what follows), credits, datelines,
reader prompts and notices recognised by their wording in six languages
(newsletters, paywalls, ratings, sharing, licences) and a run of short unfinished
lines at the end.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsthread.html._metadata import date_in_text
from newsthread.model import Block, BlockQuote, Caption, Heading, Link, ListItem, Paragraph

__all__ = ["extract_body"]

_SKIP_TAGS = frozenset(
    {
        "-comment",
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "button",
        "select",
        "textarea",
        "input",
        "label",
        "nav",
        "dialog",
        "video",
        "audio",
        "map",
        "head",
        "title",
        "meta",
        "link",
        "img",
        "picture",
        "source",
        "menu",
        "hr",
    }
)
_INLINE_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "big",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "ins",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
        "nobr",
        "acronym",
    }
)
# Page furniture that occasionally holds the article itself (sites that misuse <aside>, <form>).
_CONDITIONAL_TAGS = frozenset({"aside", "footer", "form"})
_NEVER_BOILERPLATE = frozenset({"body", "html", "main"})
_PAGE_TAGS = frozenset({"body", "html"})
# Elements whose text is a block of its own kind.
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_P = 0
_HEADING = 1
_QUOTE = 2
_ITEM = 3
_CAPTION = 4

# Words that name boilerplate in class and id tokens ("share-buttons", "td-related-row").
# They are matched against markers with every digit folded to 0 (see _marker_info), so
# a name with a digit is spelled with 0 here: "a0a" is AddToAny's "a2a_kit".
_BOILERPLATE = re.compile(
    r"(?:^|[_-])(?:share|shares|sharing|sharedaddy|social|socials|shariff|sociable|addtoany|a0a|"
    r"related|yarpp|relatedposts|recommend\w*|more-?stories|readmore|"
    r"newsletter|subscribe|subscription|signup|advert\w*|ads|ad|adsbygoogle|adspot\w*|adslot\w*|"
    r"anzeige|werbung|banner|sponsor\w*|promo\w*|teaser\w*|cookie\w*|consent|popup|modal|"
    r"breadcrumbs?|navigation|navbar|nav|menu|sidebar|widget\w*|footer|"
    r"authorbox|author-?box|about-?(?:the-)?author|author-?bio|author-?info|nav-?links|"
    r"pagination|pager|tags|taglist|tag-?list|tag-?cloud|categories|"
    r"meta|byline|dateline|jp-relatedposts|print-?only|skip-?link|screen-reader-text|sr-only|"
    r"visually-?hidden|rating|toolbar|login|masthead|copyright|disclaimer|"
    r"bio|biography|contributors?|authors?|autor(?:in)?|profile|license|licence|lizenz|legal|"
    r"impressum|imprint|contact|kontakt)(?:$|[_\d-])",
)
# Comment sections: always left out of the body.
_COMMENTS = re.compile(
    r"^(?:comments?|comment-?(?:list|form|respond|area|section|wrap|s-?area)|commentlist|"
    r"respond|disqus_thread|disqus|discussion|kommentare)(?:$|[_\d-])"
)
# Classes that describe an element, not what it is (WordPress post classes and such).
_DESCRIPTIVE = (
    "tag-",
    "category-",
    "has-",
    "no-",
    "format-",
    "status-",
    "type-",
    "postid-",
    "single",
    "comments-open",
    "comments-closed",
    "comment-open",
    "wp-",
    "field--",
)
_IS_BOILERPLATE = 1
_IS_COMMENTS = 2
_IS_STRONG = 3
# Names that never hold the article, however much text they have.
_STRONG = re.compile(r"(?:^|[_-])(?:related|relatedposts|yarpp|newsletter|cookie\w*)(?:$|[_\d-])")


_CONTENT_TOKEN = re.compile(
    r"(?:^|[_-])(?:article|articlebody|content|entry|post|story|text|body|main|beitrag|artikel)"
    r"(?:$|[_-])"
)


# Pages repeat their class names many times over: the regex work is done once per
# name, with every digit folded to 0 ("post-123" and "post-456" are one name to the
# patterns, which therefore spell any digit of their own as 0).
_DIGITS = str.maketrans("123456789", "000000000")


@lru_cache(maxsize=16384)
def _marker_info(marker: str) -> tuple[int, float]:
    """What a class/id marker says about its element: boilerplate class, and bonus as the article."""
    return _marker_info_folded(marker.lower().translate(_DIGITS))


@lru_cache(maxsize=16384)
def _marker_info_folded(lowered: str) -> tuple[int, float]:
    bonus = 0.0
    if _MAIN_HINT.search(lowered):
        bonus += 30
    if _POSITIVE.search(lowered):
        bonus += 15
    if _NEGATIVE.search(lowered):
        bonus -= 20
    return _classify(lowered), bonus


def _classify(lowered: str) -> int:
    """Whether a lowercased class/id marker names boilerplate (1), a comment section (2) or neither (0).

    A token that names content ("l-article-body-segment") outweighs one that names
    boilerplate ("l-sidebar-fixed") on the same element; comment sections never do.
    """
    if _BOILERPLATE.search(lowered) is None and not any(
        word in lowered for word in ("comment", "respond", "disqus", "discussion", "kommentar")
    ):
        return 0
    found = 0
    content = False
    for token in lowered.split():
        if token.startswith(_DESCRIPTIVE):
            continue
        if _COMMENTS.match(token):
            return _IS_COMMENTS
        if _BOILERPLATE.search(token):
            if _STRONG.search(token) and not _CONTENT_TOKEN.search(token):
                found = max(found, _IS_STRONG)
            else:
                found = max(found, _IS_BOILERPLATE)
        elif _CONTENT_TOKEN.search(token):
            content = True
    return 0 if content else found


def _mostly_boilerplate(node: LexborNode, walk: _Walk) -> bool:
    """True unless an element named or tagged as boilerplate holds a lot of running text.

    Measuring reads the element's subtree; nested candidates would read the same text
    again and again, so the walk has a budget of characters to measure, and past it
    an element is kept (the body stays linear in the page size).
    """
    if walk.budget <= 0:
        return False
    text = node.text(deep=True)
    walk.budget -= len(text)
    length = len(text.strip())
    if length < 400:
        return True
    linked = sum(len(a.text(deep=True)) for a in node.css("a"))
    return length - linked < 800 or linked > 0.5 * length


_POSITIVE = re.compile(
    r"article|body|content|entry|hentry|main|page|post|text|blog|story|beitrag|artikel|inhalt"
)
_NEGATIVE = re.compile(
    r"combx|comment|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|"
    r"scroll|shoutbox|sidebar|sponsor|shopping|tags|tool|widget|teaser|nav|menu"
)
_MAIN_HINT = re.compile(
    r"(?:^|\s)(?:entry-content|post-content|article-body|article-content|articlebody|"
    r"story-body|post-body|entry-body|single-content|article__body|td-post-content|"
    r"post-entry|blog-post|article-text|news-text|content-text|rich-text|text-content)(?:\s|$)"
)
_SPACE = re.compile(r"\s+")


class _Walk:
    """State of the single pass: candidate blocks and the elements that hold them."""

    __slots__ = (
        "blocks",
        "budget",
        "buf",
        "buf_gen",
        "buf_len",
        "elem_bonus",
        "elem_first",
        "elem_last",
        "elem_parent",
        "elem_tag",
        "link_chars",
        "links",
    )

    def __init__(self) -> None:
        # blocks: (kind, text, links, link_chars, elem, level/indent, ordered)
        self.blocks: list[tuple[int, str, list[Link], int, int, int, bool]] = []
        self.buf: list[str] = []
        self.buf_len = 0
        self.buf_gen = 0
        self.links: list[Link] = []
        self.link_chars = 0
        self.elem_parent: list[int] = []
        self.elem_tag: list[str] = []
        self.elem_bonus: list[float] = []
        self.elem_first: list[int] = []
        self.elem_last: list[int] = []
        self.budget = 0

    def text(self, value: str) -> None:
        """Append preformatted text as it is (the walk folds other whitespace inline)."""
        if value:
            self.buf.append(value)
            self.buf_len += len(value)

    def line_break(self, kind: int, elem: int, extra: int, ordered: bool) -> None:
        if not self.buf_len:
            return
        last = self.buf[-1]
        if last[-1] == "\n":  # a blank line (<br><br>) ends a paragraph
            self.flush(kind, elem, extra, ordered)
            return
        if last[-1] == " ":
            self.buf[-1] = last[:-1]
            self.buf_len -= 1
            if not self.buf[-1]:
                self.buf.pop()
        self.buf.append("\n")
        self.buf_len += 1

    def flush(self, kind: int, elem: int, extra: int, ordered: bool) -> None:
        if not self.buf_len:
            return
        text = "".join(self.buf)
        stripped = text.rstrip()
        if "\n" in stripped:
            stripped = "\n".join(line.strip() for line in stripped.split("\n") if line.strip())
            links: list[Link] = []  # offsets no longer hold after re-joining lines
            link_chars = self.link_chars
        else:
            end = len(stripped)
            links = [
                link if link.end <= end else Link(link.start, end, link.url)
                for link in self.links
                if link.start < end
            ]
            link_chars = self.link_chars
        if stripped:
            self.blocks.append((kind, stripped, links, link_chars, elem, extra, ordered))
        self.buf = []
        self.buf_len = 0
        self.buf_gen += 1
        self.links = []
        self.link_chars = 0


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")


def _is_hidden(attrs: dict[str, str | None]) -> bool:
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    return style is not None and _HIDDEN_STYLE.search(style) is not None


def _collect(body: LexborNode, excluded: Collection[int], page_len: int) -> _Walk:
    walk = _Walk()
    walk.budget = 20 * page_len + 100_000
    # Stack entries: a node to enter, or an exit record (a tuple) to leave one:
    # (what, elem, kind, extra, ordered, data). No wrapper tuple per node: pages have many.
    stack: list[LexborNode | tuple[int, int, int, int, bool, object]] = [body]
    # Current context: element index, block kind, level/indent, ordered, list depth, pre.
    ctx_elem = -1
    ctx_kind = _P
    ctx_extra = 0
    ctx_ordered = False
    list_depth = 0
    pre = 0
    # Local names for what the loop touches per node (attribute lookups add up over a page).
    pop = stack.pop
    push = stack.append
    blocks = walk.blocks
    elem_tag = walk.elem_tag
    elem_parent = walk.elem_parent
    elem_bonus = walk.elem_bonus
    elem_first = walk.elem_first
    elem_last = walk.elem_last
    inline_tags = _INLINE_TAGS
    skip_tags = _SKIP_TAGS
    while stack:
        node = pop()
        if isinstance(node, tuple):
            what, elem, kind, extra, ordered, data = node
            if what == 0:  # leaving a block element: restore the context
                if walk.buf_len:
                    walk.flush(ctx_kind, ctx_elem, ctx_extra, ctx_ordered)
                elem_last[ctx_elem] = len(blocks)
                if elem_tag[ctx_elem] in {"ul", "ol"}:
                    list_depth -= 1
                elif elem_tag[ctx_elem] == "pre":
                    pre -= 1
                ctx_elem, ctx_kind, ctx_extra, ctx_ordered = elem, kind, extra, ordered
            else:  # leaving a link
                start, gen, url = elem, kind, str(data)
                if gen == walk.buf_gen and walk.buf_len > start:
                    walk.links.append(Link(start, walk.buf_len, url))
                    walk.link_chars += walk.buf_len - start
            continue
        tag = node.tag
        if tag == "-text":
            value = node.text_content
            if not value:
                continue
            if not pre:
                # Half the text nodes of a page are the indentation between tags.
                buf = walk.buf
                if value.isspace():
                    if not buf or buf[-1][-1] in " \n":
                        continue
                    value = " "
                else:
                    core = " ".join(value.split())
                    if value[0].isspace() and buf and buf[-1][-1] not in " \n":
                        core = " " + core
                    value = core + " " if value[-1].isspace() else core
                buf.append(value)
                walk.buf_len += len(value)
            else:
                walk.text(value)
            continue
        if tag is None or tag in skip_tags or tag.startswith("-"):
            continue
        if tag == "br":
            walk.line_break(ctx_kind, ctx_elem, ctx_extra, ctx_ordered)
            continue
        if excluded and node.mem_id in excluded:
            continue
        attrs = node.attributes
        bonus = 0.0
        if attrs:
            if _is_hidden(attrs):
                continue
            cls = attrs.get("class")
            ident = attrs.get("id")
            marker = f"{cls} {ident}" if cls and ident else cls or ident
            if marker:
                kind, bonus = _marker_info(marker)
                if kind == _IS_COMMENTS and tag not in _PAGE_TAGS:
                    continue
                if kind and tag not in _NEVER_BOILERPLATE:
                    if kind == _IS_STRONG:
                        continue
                    if tag in inline_tags or ctx_kind != _P or _mostly_boilerplate(node, walk):
                        continue
            if attrs.get("itemprop") == "comment" or attrs.get("typeof") == "Comment":
                continue
        if tag in _CONDITIONAL_TAGS and _mostly_boilerplate(node, walk):
            continue
        if tag in inline_tags:
            if tag == "a":
                href = attrs.get("href")
                if href:
                    push((1, walk.buf_len, walk.buf_gen, 0, False, href))
            child = node.last_child
            while child is not None:
                push(child)
                child = child.prev
            continue
        # A block element: ends the running paragraph and opens an element record.
        if walk.buf_len:
            walk.flush(ctx_kind, ctx_elem, ctx_extra, ctx_ordered)
        elem = len(elem_tag)
        elem_tag.append(tag)
        elem_parent.append(ctx_elem)
        if tag == "article" or (attrs and attrs.get("itemprop") == "articleBody"):
            bonus += 20
        elem_bonus.append(bonus)
        elem_first.append(len(blocks))
        elem_last.append(len(blocks))
        push((0, ctx_elem, ctx_kind, ctx_extra, ctx_ordered, None))
        ctx_elem = elem
        if tag in _HEADINGS:
            ctx_kind, ctx_extra = _HEADING, _HEADINGS[tag]
        elif tag == "blockquote":
            ctx_kind = _QUOTE
        elif tag == "li" or tag == "dd" or tag == "dt":
            if ctx_kind != _QUOTE:
                ctx_kind, ctx_extra = _ITEM, max(0, list_depth - 1)
        elif tag == "figcaption":
            ctx_kind = _CAPTION
        elif tag in {"ul", "ol"}:
            list_depth += 1
            ctx_ordered = tag == "ol"
        elif tag == "pre":
            pre += 1
        elif tag in {"p", "div", "td", "th", "section", "article"} and ctx_kind == _ITEM:
            pass  # paragraphs inside a list item stay list items
        child = node.last_child
        while child is not None:
            push(child)
            child = child.prev
    walk.flush(ctx_kind, ctx_elem, ctx_extra, ctx_ordered)
    return walk


# Weights of the container choice, tuned on the development pages: a character of
# link text costs three of running text, a short non-heading block five characters,
# and a semantic hint (article, articleBody, entry-content…) is worth 20 per point.
_K_LINK = 3.0
_K_SHORT = 5.0
_K_BONUS = 20.0
# Shorter captions are mostly photo credits and labels.
_CAPTION_MIN = 80
# A lead paragraph outside the chosen element: at least this long, in an element
# that shares an ancestor with it at most this many levels up.
_LEAD_MIN = 80
_LEAD_LEVELS = 3
_NEAR_DEPTH = 12


def _near(elem: int, near: set[int], parent: list[int]) -> bool:
    """Whether ``elem`` is at most a few levels below one of the ``near`` elements.

    The walk up is bounded, so taking in neighbours stays linear however deep the page.
    """
    up = elem
    for _ in range(_NEAR_DEPTH):
        if up < 0:
            return False
        if up in near:
            return True
        up = parent[up]
    return False


def _select(walk: _Walk) -> list[int]:
    """Indices of the blocks of the element whose blocks add up to the most running text.

    Each block counts its characters of running text, minus three per character of
    link text and a penalty for short blocks, so navigation and teaser lists weigh
    against an element: the best element is the article with as much as belongs to
    it and as little furniture as possible (a maximum-weight subtree).
    """
    n_elems = len(walk.elem_tag)
    if not walk.blocks or not n_elems:
        return []
    total = [0.0] * n_elems
    parent = walk.elem_parent
    for kind, text, _links, link_chars, elem, _extra, _ordered in walk.blocks:
        if elem < 0:
            continue
        length = len(text)
        linked = min(link_chars, length)
        value = (length - linked) - _K_LINK * linked
        if length < 25 and kind != _HEADING:
            value -= _K_SHORT
        total[elem] += value
    for elem in range(n_elems - 1, 0, -1):
        up = parent[elem]
        if up >= 0:
            total[up] += total[elem]
    best = -1
    best_total = 0.0
    for elem in range(n_elems):
        value = total[elem] + walk.elem_bonus[elem] * _K_BONUS
        if value >= best_total and value > 0:
            best, best_total = elem, value
    if best < 0:
        return []
    first, last = walk.elem_first[best], walk.elem_last[best]
    # Running paragraphs just outside the chosen element (a standfirst above the
    # article body, a last paragraph in a sibling box), in elements that share an
    # ancestor with it a few levels up: taken in while they follow on directly.
    near: set[int] = set()
    up = best
    for _ in range(_LEAD_LEVELS + 1):
        if up < 0:
            break
        near.add(up)
        up = parent[up]
    while first > 0:
        kind, text, _links, link_chars, elem, _extra, _ordered = walk.blocks[first - 1]
        if kind != _P or len(text) < _LEAD_MIN or link_chars > 0.2 * len(text):
            break
        if not _near(elem, near, parent):
            break
        first -= 1
    while last < len(walk.blocks):
        kind, text, _links, link_chars, elem, _extra, _ordered = walk.blocks[last]
        if kind != _P or len(text) < _LEAD_MIN or link_chars > 0.2 * len(text):
            break
        if not _near(elem, near, parent):
            break
        last += 1
    return list(range(first, last))


# Headings and short lines that open the page furniture after an article.
_SECTION_END = re.compile(
    r"^\W*(?:related(?: posts| articles| stories| content)?|more (?:from|on|stories|articles)\b.*|"
    r"read (?:more|also|next)|see also|you (?:may|might) also (?:like|enjoy)|recommended\b.*|"
    r"most (?:read|popular)|popular posts|share(?: this)?(?: article| post| story| page)?(?: on)?|"
    r"like this|tags?|filed under|about the author|(?:\d+ )?comments?|leave a (?:reply|comment)|"
    r"explore further|ähnliche (?:beiträge|artikel)|weitere (?:artikel|beiträge|themen|nachrichten)|"
    r"mehr (?:zum thema|dazu|aus|artikel)\b.*|auch interessant|(?:das|dies) (?:könnte|dürfte) "
    r"(?:dich|sie|euch) auch interessieren|teilen(?: mit)?|diesen (?:artikel|beitrag) teilen|"
    r"gefällt mir|schlagw(?:orte|örter)|themen|(?:\d+ )?kommentare?|über (?:den autor|die autorin)|"
    r"lesen sie (?:auch|mehr)|empfehlungen|das könnte sie auch interessieren|"
    r"artículos relacionados|lire aussi|à lire aussi|sur le même sujet|articles? similaires?|"
    r"leggi anche|czytaj (?:też|także|więcej)|"
    # more of the same in English, German, French, Spanish, Portuguese and Polish
    r"(?:you may|you might|we think you.ll) (?:also )?(?:be interested in|like)\b.*|further reading|"
    r"(?:latest|recent|newest|top) (?:news|posts|articles|stories)|trending(?: now| stories)?|"
    r"most (?:viewed|shared|commented|read articles)|related (?:topics|links|reading|news)|"
    r"weitere (?:inhalte|beiträge|artikel|themen|news)\b.*|"
    r"(?:verwandte|empfohlene|ähnliche|neueste|letzte|aktuellste|beliebte) "
    r"(?:beiträge|artikel|themen|themenbereiche|news)|"
    r"(?:die )?meist(?:gelesenen?|diskutierten?|kommentierten?|geklickten?) (?:artikel|beiträge|news)\b.*|"
    r"schon gelesen|lust auf mehr|mehr themen|themen (?:im|in diesem) (?:artikel|beitrag)|"
    r"(?:das|dies) (?:thema )?(?:könnte|dürfte) (?:dich|sie|euch) (?:auch )?interessieren|"
    r"lesen sie (?:auch|mehr)\b.*|aktuelle (?:news|nachrichten|beiträge)|"
    r"à découvrir|vous aimerez (?:aussi|également)|à lire (?:également|ensuite)|"
    r"sur le même thème|les plus lus|dans la même rubrique|"
    r"(?:te|le) puede (?:interesar|gustar)|lee (?:también|además)|noticias relacionadas|"
    r"más noticias|lo más (?:leído|visto)|también te puede interesar|veja também|leia (?:também|mais)|"
    r"zobacz (?:też|także|również)|polecamy|najczęściej czytane|najnowsze(?: artykuły)?)\W*$",
    re.IGNORECASE,
)
# Lines that speak to the reader about the site, not about the story: newsletters, apps,
# subscriptions and paywalls, ratings, sharing, affiliate and copyright notices, consent
# prompts for embedded content. Only short blocks are matched, so an article that
# discusses newsletters keeps its paragraphs. Matched against lowercased text, and only
# from the start of a word (the lookbehind makes the search skip mid-word positions fast);
# "newsletter" also inside German compounds ("Musiknewsletter").
# Short lines of furniture that end no section: dropped on their own.
_FURNITURE_LINE = re.compile(
    r"^\W*(?:follow us\b.*|(?:zum )?weiterlesen|weiterf(?:ü|ue)hrende? (?:links?|informationen|artikel)|"
    r"weitere (?:informationen|infos)\b.*|(?:seite|artikel|beitrag) teilen|mit freunden teilen|"
    r"jetzt teilen|kommentieren|quellen(?:angaben)?|originalpublikation|zusatzinformationen|"
    r"lesen sie hier\b.*|en savoir plus|partager(?: cet article)?|compartir|udostępnij|drukuj|"
    r"print(?: this)?(?: article| page)?|drucken|bild (?:vergrößern|anzeigen)\b.*|vergrößern|"
    r"(?:\d+ )?(?:min(?:ute)?s?|minuten?|minut) (?:read|lesezeit|czytania)|lesezeit:? .{0,20}|"
    r"(?:symbol|beitrags|titel|vorschau)bild\b.*|(?:von|by|par|por|przez|autor):?|"
    r"źródło:.{0,60}|fuente:.{0,60}|quelle:.{0,60}|opublikowano:.{0,40}|kontakt|contact(?: us)?|"
    r"inhaltsverzeichnis|table of contents|sommaire|índice|spis treści|"
    r"quellen (?:ausblenden|anzeigen|einblenden)|video verfügbar bis\b.*)\W*$",
    re.IGNORECASE,
)
_PROMO = re.compile(
    r"(?<!\w)(?:subscribe (?:to|now)|sign up (?:for|to|here)|already a subscriber|"
    r"to (?:view|read) the full (?:story|article)|full article pdf|"
    r"follow (?:us|the \w+) on|síguenos|siguenos|suivez-nous|folge(?:n sie)? uns|obserwuj nas|"
    r"all rights reserved|alle rechte vorbehalten|todos los derechos reservados|tous droits réservés|"
    r"wszelkie prawa zastrzeżone|written permission|copyrighted property|"
    r"affiliate[- ](?:links?|program\w*|partner\w*|commission)|advertising fees|we may (?:receive|earn) (?:a )?(?:compensation|commission)|"
    r"enthält werbung|werbung für|provisionslink|(?:erhält|erhalten|bekommen) .{0,40}\bprovision\b|"
    r"\bloading\.\.\.|\(\d+ (?:stimmen|votes)|noch keine bewertung|artikel (?:bewerten|nützlich|hilfreich)|"
    r"(?:was|is) this (?:article|post|page) (?:helpful|useful)|rate this (?:article|post)|"
    r"hat (?:ihnen|dir) (?:dieser|der) (?:artikel|beitrag) gefallen|"
    r"(?:möchten sie|teilen sie) (?:den|diesen) (?:artikel|beitrag)|share this (?:article|post|story)|"
    r"(?:our|the) (?:\w+ )?apps? (?:for|on) (?:ios|android)|download (?:the|our) app|"
    r"canal de (?:telegram|youtube|whatsapp)|\b(?:telegram|whatsapp|youtube)[- ]kanal\b|"
    r"support (?:our|us|independent)|unterstütze(?:n sie)? (?:unsere arbeit|uns (?:mit|jetzt|bei unserer)|\w+ (?:bereits )?mit \d)|hazte (?:miembro|socio)|"
    r"become a (?:member|subscriber|patron)|pour (?:lire la suite|accéder en illimité)|"
    r"créez votre compte|zapraszamy (?:też )?do subskrypcji|"
    r"klicken sie auf den (?:unteren )?button|inhalt (?:von .{1,40} )?(?:zu )?laden|externer inhalt|"
    r"letters? to the editor|neugierig geworden|nichts mehr (?:verpassen|versäumen)|"
    r"jetzt mit \d+ ?% |^(?:entdecke|entdecken sie) (?:jetzt|weitere|mehr)\b|klicke? dich durch|"
    r"wussten sie schon|kennt ihr schon|heute empfehlen wir|suggested citation|zitiervorschlag|"
    r"unter der lizenz cc|licen[sc]ed under (?:a )?(?:cc|creative commons)|sofern nicht anders|"
    r"opinions expressed|views expressed (?:in|by)|n'engagent que|ohne gewähr|"
    r"(?:is|are) not responsible for the (?:opinions|content)|^impressum\b|"
    r"download (?:our|the) \w+ app|straight to your (?:phone|inbox)|"
    r"push-?(?:nachrichten|benachrichtigung)|benachrichtigung aktivieren|"
    r"(?:beitrag|artikel) wurde am .{0,60} veröffentlicht|"
    r"\bjetzt (?:kostenlos )?(?:anmelden|abonnieren)\b|abonnieren sie|hier kostenlos anmelden|"
    r"wie bewerten sie|werden sie (?:jetzt )?mitglied|wählen sie ihren zugang|"
    r"(?:als|im) pdf (?:herunterladen|downloaden)|\bpdf \| \d+ [km]b\b|nicht barrierefrei|"
    r"bei fragen (?:und|oder) anregungen|first-time subscribers|welcome gift|"
    r"ohne (?:dein|ihr) einverständnis|wir respektieren (?:deine|ihre) privatsphäre|"
    r"gefällt (?:dir|ihnen) unser|keine (?:bezahlschranke|paywall)|\bpermalie?nk\b|"
    r"^(?:php )?(?:warning|notice|deprecated|fatal error): .{0,200} on line \d+|"
    r"vorschau auf den nächsten artikel|^mediadaten$|^release date:|"
    r"przeczytasz w|czas czytania|reading time|temps de lecture|tiempo de lectura|"
    r"können wir (?:ihnen |dir )?helfen|kostenlose beratung|"
    r"(?:bleib|bleiben sie) (?:immer )?(?:auf dem laufenden|informiert)|stay (?:informed|up to date)|"
    r"spannende themen für dich|gebündelt in einer app)"
)
_PROMO_MAX = 300
_CREDIT = re.compile(
    r"^(?:\(?(?:fotos?|bild(?:er)?|photos?|images?|credits?|quelle|source|crédits?(?: photos?)?|"
    r"grafik|illustration|video)\b\s*[:/]|©|\(c\)\s)|©",
    re.IGNORECASE,
)
# A photo credit anywhere in a caption ("… Photograph: Getty Images", "(Foto: privat)"),
# or a numbered figure label: captions of that kind describe the picture, not the story.
_CAPTION_CREDIT = re.compile(
    r"(?<!\w)(?:(?:fotos?|photos?|photograph|bild|image|credits?|crédits?|quelle|source|fuente|źródło|"
    r"copyright)"
    r"\s*:|©|\(c\)|getty ?images|istock|shutterstock|picture[- ]alliance|imago\b|"
    r"istock\.com|crédito\s*:|\(c\) |"
    r"^(?:abbildung|abb\.|figure|fig\.|grafik|illustration)\s*\d*\s*:)"
)
_TAIL_SHORT = 40
_SENTENCE_END = frozenset('.!?…"“”»)」。')
_TAIL_MAX_RUN = 4
_TAIL_MIN_TEXT = 800
_TIME_ONLY = re.compile(r"^[\d\s:./,-]+(?:uhr|h|am|pm)?$", re.IGNORECASE)
_AD_LABEL = re.compile(
    r"^[\W_]*(?:advertisement|advertising|anzeige|werbung|publicit[eé]|publicidad|reklama|sponsored)[\W_]*$",
    re.IGNORECASE,
)


_DATELINE_WORDS = re.compile(r"[^\W\d_]{3,}")


def _is_dateline(text: str) -> bool:
    """A short line that is only a date and time ("15. Mai 2019, 05:28 Uhr")."""
    if date_in_text(text) is None:
        return False
    return len(_DATELINE_WORDS.findall(text)) <= 2


def _keep(block: tuple[int, str, list[Link], int, int, int, bool]) -> bool:
    kind, text, _links, link_chars, _elem, _extra, _ordered = block
    length = len(text)
    if length < 30 and _AD_LABEL.match(text):
        return False
    density = min(link_chars, length) / length
    if density > 0.6 or (kind == _ITEM and density > 0.4):
        return False
    return not (kind == _P and density > 0.3 and length < 80)


def _to_block(block: tuple[int, str, list[Link], int, int, int, bool]) -> Block:
    kind, text, found, _link_chars, _elem, extra, ordered = block
    # The model converts links with tuple(); its Iterable[_T_co] signature confuses mypy.
    links: Any = tuple(found)
    if kind == _HEADING:
        return Heading(text, links, level=extra)
    if kind == _QUOTE:
        return BlockQuote(text, links)
    if kind == _ITEM:
        return ListItem(text, links, ordered=ordered, indent=extra)
    if kind == _CAPTION:
        return Caption(text, links)
    return Paragraph(text, links)


def extract_body(
    doc: LexborHTMLParser, *, exclude: Collection[int] = (), title: str | None = None
) -> list[Block]:
    """The main text of a parsed page as blocks; ``exclude`` holds ``mem_id``s of elements to skip."""
    body = doc.body
    if body is None:
        return []
    # The page's size bounds the text measured for boilerplate checks (see _mostly_boilerplate).
    walk = _collect(body, frozenset(exclude), len(doc.raw_html))
    picked = [walk.blocks[i] for i in _select(walk)]
    blocks = []
    skipping = False
    started = False  # past the first real paragraph: captions before it are lead photos
    for block in picked:
        kind, text = block[0], block[1]
        length = len(text)
        if kind == _P and length >= 100:
            started = True
        if length < 60 and _SECTION_END.match(text):
            skipping = True
            continue
        if skipping:
            if kind == _P and length >= 150 and block[3] < 0.2 * length:
                skipping = False
            else:
                continue
        # The phrase patterns match lowercased text: case-insensitive matching of
        # long alternations is several times slower in Python's re.
        lowered = text.lower() if length < _PROMO_MAX else ""
        if kind == _CAPTION and (
            length < _CAPTION_MIN or not started or _CAPTION_CREDIT.search(text.lower())
        ):
            continue
        if length < 100 and (_CREDIT.search(text) or _TIME_ONLY.match(text)):
            continue
        if kind == _P and length < 160 and _CAPTION_CREDIT.search(lowered):
            continue
        if lowered and ("newsletter" in lowered or _PROMO.search(lowered)):
            continue
        if length < 80 and _FURNITURE_LINE.match(text):
            continue
        if length < 40 and kind == _P and _is_dateline(text):
            continue
        if _keep(block):
            blocks.append(block)
    if title:
        # The title heading is Article.title; short lines above it are kickers,
        # breadcrumbs and datelines, not text of the article.
        folded = _SPACE.sub(" ", title).casefold()
        for index, block in enumerate(blocks):
            if block[0] == _HEADING and block[1].casefold() == folded:
                blocks = [b for b in blocks[:index] if len(b[1]) >= 100] + blocks[index + 1 :]
                break

    # A run of short lines at the very end of a longer text is mostly furniture
    # (agency codes, a contact name, "Current issue", a lone teaser title).
    if sum(len(b[1]) for b in blocks) >= _TAIL_MIN_TEXT:
        end = len(blocks)
        while (
            end > 0
            and blocks[end - 1][0] in (_P, _HEADING)
            and len(blocks[end - 1][1]) < _TAIL_SHORT
            and blocks[end - 1][1][-1] not in _SENTENCE_END
        ):
            end -= 1
        if 0 < end < len(blocks) and len(blocks) - end <= _TAIL_MAX_RUN:
            blocks = blocks[:end]

    # A heading with nothing under it (its section was furniture, now dropped).
    kept: list[tuple[int, str, list[Link], int, int, int, bool]] = []
    for block in reversed(blocks):
        if block[0] == _HEADING and (
            not kept or (kept[-1][0] == _HEADING and kept[-1][5] <= block[5])
        ):
            continue
        kept.append(block)
    blocks = kept[::-1]
    return [_to_block(b) for b in blocks]
