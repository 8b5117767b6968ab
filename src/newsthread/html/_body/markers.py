"""What the body walk reads from tags, classes and ids: never-content tags, boilerplate and
comment-section names, article hints. Selectors and name patterns live here, apart from the logic
that uses them (as trafilatura keeps its XPaths in one module)."""

from __future__ import annotations

import re
from functools import lru_cache

from newsthread.html._body.alternation import by_first_letter

__all__ = [
    "CONDITIONAL_TAGS",
    "HEADINGS",
    "INLINE_TAGS",
    "IS_BOILERPLATE",
    "IS_COMMENTS",
    "IS_CREDIT",
    "IS_HIDDEN",
    "IS_STRONG",
    "NEVER_BOILERPLATE",
    "PAGE_TAGS",
    "SKIP_TAGS",
    "is_hidden",
    "is_overlay_label",
    "marker_info",
]

SKIP_TAGS = frozenset(
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
        # ruby annotations: the reading of the characters beside them, not more text
        "rt",
        "rp",
    }
)
INLINE_TAGS = frozenset(
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
        "ruby",
        "rb",
    }
)
# Page furniture that occasionally holds the article itself (sites that misuse <aside>, <form>).
CONDITIONAL_TAGS = frozenset({"aside", "footer", "form"})
NEVER_BOILERPLATE = frozenset({"body", "html", "main"})
PAGE_TAGS = frozenset({"body", "html"})
# Elements whose text is a block of its own kind.
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}

# Words that name boilerplate in class and id tokens ("share-buttons", "td-related-row").
# They are matched against markers with every digit folded to 0 (see marker_info), so
# a name with a digit is spelled with 0 here: "a0a_" is AddToAny's "a2a_kit" (not an id
# "a5a0"). A word is bounded by a space, "_", "-" or the marker's ends, so it is found in
# any token of "teaser col-lg-3" or "col-right sidebar"; "teasertext" (a lead) is no teaser.
# (Grouped by first letter when compiled: see ``by_first_letter``.)
_BOILERPLATE_WORDS = (
    r"share|shares|sharing|sharedaddy|social|socials|shariff|sociable|addtoany|a0a_\w*|"
    r"related|yarpp|relatedposts|recommend\w*|more-?stories|readmore|"
    r"newsletter|subscribe|subscription|signup|advert\w*|ads|ad|adsbygoogle|adspot\w*|adslot\w*|"
    r"anzeige|werbung|banner|sponsor\w*|promo\w*|teasers?|cookie\w*|consent|popup|modal|"
    r"breadcrumbs?|navigation|navbar|nav|menu|sidebar|footer|"
    r"authorbox|author-?box|about-?(?:the-)?author|author-?bio|author-?info|nav-?links|"
    r"pagination|pager|tags|taglist|tag-?list|tag-?cloud|categories|"
    r"meta|byline|dateline|jp-relatedposts|print-?only|skip-?link|screen-reader-text|sr-only|"
    r"visually-?hidden|rating|toolbar|login|masthead|copyright|disclaimer|"
    r"bio|biography|contributors?|authors?|autor(?:in)?|profile|license|licence|lizenz|legal|"
    r"impressum|imprint|contact|kontakt"
)
_BOILERPLATE_WORD = r"(?:" + by_first_letter(_BOILERPLATE_WORDS) + r")(?:$|[\s_\d-])"
# The word at the marker's start, or after a separator: split in two, as a pattern that opens
# with a class is searched by a quick scan for the class's characters, while one that opens
# with "(?:^|[\s_-])" is tried in full at every position (a fifth of the search's time).
_BOILERPLATE_FIRST = re.compile(_BOILERPLATE_WORD)
_BOILERPLATE_LATER = re.compile(r"[\s_-]" + _BOILERPLATE_WORD)


def _names_boilerplate(lowered: str) -> bool:
    """Whether a lowercased marker (or a token of it) holds a word that names boilerplate."""
    return (
        _BOILERPLATE_FIRST.match(lowered) is not None
        or _BOILERPLATE_LATER.search(lowered) is not None
    )


# A sidebar's "widget", "widget_text", but not a page builder's "elementor-widget-text-editor":
# every box of a page built with one is a widget, the article's text too. A name that opens
# with the word; searched only in names that hold it (one more branch in the pattern above
# would slow every search).
_WIDGET = re.compile(r"(?:^|\s)widget\w*(?:$|[_\d-])")
# Comment sections: always left out of the body.
_COMMENTS = re.compile(
    r"(?:^(?:comments?|commentlist|respond|disqus_thread|disqus|discussion|kommentare)|"
    r"(?:^|[_-])comments?-?(?:list|form|respond|area|section|wrap(?:per)?|s-?area))(?:$|[_\d-])"
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
_ATOMIC_MIN = 4
# A name and a number ("text-3", "post-123"): one instance of a kind (a sidebar's third text
# widget), which names no content of its own against a boilerplate name beside it.
_INSTANCE = re.compile(r"[a-z]+[_-]0+$")
_STATE_MODIFIER = re.compile(r"--(?:has|no|is|with|without)-[\w-]*")
IS_BOILERPLATE = 1
IS_COMMENTS = 2
IS_STRONG = 3
# Hidden by a class ("hidden", "d-none"): left out, unless nothing else is an article (a
# script may show an article kept hidden until it loads: "article-body hidden").
IS_HIDDEN = 4
# A photo's or a text's credit ("image-credit", "credits"): boilerplate, except inside a
# figure, where it is the caption's (the cleaning stage judges a caption by its credit).
IS_CREDIT = 5
# The word ends its token ("credit", "image-credit", "c-media__credits"): a token that opens
# with it ("credit-score-guide", "credit-card-offers") names a topic, not a credit.
_CREDIT = re.compile(r"(?:^|[\s_-])credits?0*(?:$|\s)")
# Names that never hold the article, however much text they have.
_STRONG = re.compile(r"(?:^|[_-])(?:related|relatedposts|yarpp|newsletter|cookie\w*)(?:$|[_\d-])")


_HIDDEN_NAMES = frozenset({"hidden", "hide", "d-none", "is-hidden", "u-hidden", "display-none"})

# A utility class that shows the element again from some screen width on ("hidden md:block",
# "d-none d-lg-flex"): shown on a desktop, where the page's article is read.
_SHOWN_AT = re.compile(r":|(?:^|\s)d-(?:sm|md|lg|xl|xxl)-")


def _hidden_by_name(lowered: str) -> bool:
    """Whether a class/id marker hides its element (``hidden``, ``d-none``) on every screen."""
    return not _HIDDEN_NAMES.isdisjoint(lowered.split()) and _SHOWN_AT.search(lowered) is None


_CONTENT_TOKEN = re.compile(
    r"(?:^|[_-])(?:article|articlebody|content|entry|post|story|text|body|main|beitrag|artikel)"
    r"(?:$|[_-])"
)


# Pages repeat their class names many times over: the regex work is done once per
# name, with every digit folded to 0 ("post-123" and "post-456" are one name to the
# patterns, which therefore spell any digit of their own as 0).
# (Folded as UTF-8 bytes: bytes.translate is a table lookup, several times faster than
# str.translate, and no byte of a multi-byte character is an ASCII digit.)
_DIGITS = bytes.maketrans(b"123456789", b"000000000")


@lru_cache(maxsize=16384)
def marker_info(marker: str) -> tuple[int, float]:
    """What a class/id marker says about its element: boilerplate class, and bonus as the article."""
    folded = marker.lower().encode("utf-8", "surrogatepass").translate(_DIGITS)
    return _marker_info_folded(folded.decode("utf-8", "surrogatepass"))


@lru_cache(maxsize=16384)
def _marker_info_folded(lowered: str) -> tuple[int, float]:
    bonus = 0.0
    # (every main name holds a positive word: most markers are spared the split)
    positive = _POSITIVE.search(lowered) is not None
    if positive:
        if not _MAIN_NAMES.isdisjoint(lowered.split()):
            bonus += 30
        bonus += 15
    if _NEGATIVE.search(lowered):
        bonus -= 20
    return _classify(lowered, positive), bonus


def _classify(lowered: str, positive: bool) -> int:
    """Whether a lowercased class/id marker names boilerplate (1), a comment section (2) or neither (0).

    A token that names content ("l-article-body-segment") outweighs one that names
    boilerplate ("l-sidebar-fixed") on the same element; comment sections never do.
    ``positive``: whether the marker holds a word of ``_POSITIVE``.
    """
    if ("hid" in lowered or "none" in lowered) and _hidden_by_name(lowered):
        return IS_HIDDEN
    named = _names_boilerplate(lowered)
    credit = "credit" in lowered and _CREDIT.search(lowered) is not None
    comments = (
        "comment" in lowered
        or "respond" in lowered
        or "disqus" in lowered
        or "discussion" in lowered
        or "kommentar" in lowered
    )
    if not (
        named or comments or credit or ("widget" in lowered and _WIDGET.search(lowered) is not None)
    ):
        return 0
    found = 0
    content = False
    credited = False
    tokens = lowered.split()
    # Atomic CSS names every element with short generated classes ("bn db ad hg"): a short
    # one that spells a word ("ad") is a hash, not a name.
    atomic = len(tokens) >= _ATOMIC_MIN and 4 * sum(len(t) <= 2 for t in tokens) >= 3 * len(tokens)
    for token in tokens:
        if token.startswith(_DESCRIPTIVE) or (atomic and len(token) <= 2):
            continue
        if "--" in token:  # a BEM modifier of state describes the block: "o-section--has-ads"
            token = _STATE_MODIFIER.sub("", token)
        # A token (or the part of it before a modifier) holds a word a pattern looks for only
        # if the whole marker does, and names boilerplate only if the whole marker does (the
        # words are bounded by spaces as by "-" and "_"): the marker's answers spare the
        # token's searches. (Every comment-section name holds one of the comment words, every
        # content name a positive word.)
        if comments and _COMMENTS.search(token):
            return IS_COMMENTS
        if token.startswith("widget") or (named and _names_boilerplate(token)):
            if _STRONG.search(token) and not (positive and _CONTENT_TOKEN.search(token)):
                found = max(found, IS_STRONG)
            else:
                found = max(found, IS_BOILERPLATE)
        elif positive and _CONTENT_TOKEN.search(token) and not _INSTANCE.match(token):
            content = True
        elif credit and _CREDIT.search(token):
            credited = True
    if content:
        return 0
    return found or (IS_CREDIT if credited else 0)


_POSITIVE = re.compile(
    by_first_letter(
        r"article|body|content|entry|hentry|main|page|post|text|blog|story|beitrag|artikel|inhalt"
    )
)
_NEGATIVE = re.compile(
    by_first_letter(
        r"combx|comment|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|"
        r"scroll|shoutbox|sidebar|sponsor|shopping|tags|tool|widget|teaser|nav|menu"
    )
)
# Class names of the element that holds the article, as whole tokens of the marker.
_MAIN_NAMES = frozenset(
    {
        "entry-content", "post-content", "article-body", "article-content", "articlebody",
        "story-body", "post-body", "entry-body", "single-content", "article__body",
        "td-post-content", "post-entry", "blog-post", "article-text", "news-text",
        "content-text", "rich-text", "text-content",
    }
)  # fmt: skip

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")


def is_hidden(attrs: dict[str, str | None]) -> bool:
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    # (the pattern spells "none" or "hidden": most styles hold neither, and are spared the search)
    return (
        style is not None
        and ("none" in style or "hidden" in style)
        and _HIDDEN_STYLE.search(style) is not None
    )


# Text placed on a picture by percentages of its box (``top:4.4%; left:0.1%``): the labels
# of a chart or map exported as an image with text layers (ai2html and the like).
_OVERLAY_TOP = re.compile(r"(?<![\w-])top\s*:\s*-?[\d.]+%")
_OVERLAY_SIDE = re.compile(r"(?<![\w-])(?:left|right)\s*:\s*-?[\d.]+%")


def is_overlay_label(style: str) -> bool:
    """Whether an inline style places the element over a picture (a graphic's label)."""
    # (both patterns end in "%": a style without one is spared the searches)
    return (
        "%" in style
        and _OVERLAY_TOP.search(style) is not None
        and _OVERLAY_SIDE.search(style) is not None
    )
