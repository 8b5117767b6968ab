"""What the comment extractor looks for in the markup: every selector and class pattern.

The stage modules hold the logic; this one only names things (``words`` names the text
patterns, ``field_selectors`` the elements of a comment's fields), so that a heuristic can be
read, diffed and tuned without wading through control flow (as trafilatura's ``xpaths.py``)."""

from __future__ import annotations

import re

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
    # Waline, a widely used blog comment system whose markup never says "comment".
    ".wl-card-item",
    # Reddit's web components (2023 on): replies nested inside, the id in ``thingid``.
    "shreddit-comment",
]

#: A reply named so in a list of replies (VK's ``div.reply`` in ``div.replies_list``), on pages
#: without the letters "omment" (on the others ``[class$="reply"]`` stands for it: one test
#: less in the scan of most comment pages).
_REPLY_PLAIN = '[class~="reply"]'


UNIT_SELECTOR = ", ".join(
    [
        '[itemtype*="schema.org/Comment"]',
        '[typeof~="Comment"]',
        '[typeof~="schema:Comment"]',
        # schema.org's "comment" property on an element with no type of its own.
        '[itemprop~="comment"]',
        '[id^="comment"]',
        # (camelCase ids, IntenseDebate's ``IDComment11881``, reach the scan by their "omment")
        '[class*="omment"]',
        # One "m": comentario, komentarz, komentář (no "omment" in them; one selector, the
        # fewer the faster the scan: "moment" is sorted out after).
        '[class*="oment"]',
        '[id^="li-comment-"]',
        '[id^="div-comment-"]',
        "[data-comment-id]",
        # A reply item in a reply list (Giscus' ``gsc-replies > gsc-reply``).
        '[class$="reply"]',
        *_UNIT_PLAIN,
    ]
)

_UNIT_SELECTOR_PLAIN = ", ".join(_UNIT_PLAIN)

UNIT_CLASSES = frozenset(
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
        "wl-card-item",
    }
)

NOT_UNIT_TAGS = frozenset(
    {
        "a", "span", "p", "time", "img", "cite", "abbr", "em", "b", "i", "strong", "font",
        "textarea", "input", "button", "label", "form", "script", "style", "noscript",
        "template", "svg", "html", "body", "head", "meta", "link", "td", "h1", "h2", "h3",
        "h4", "h5", "h6", "ol", "ul", "table", "tbody", "select", "option", "iframe",
    }
)  # fmt: skip

#: "Comment" in languages whose word holds no "omment" or "oment" (Turkish, Chinese pinyin,
#: Finnish, Dutch, Hungarian, Vietnamese): class names in these are looked for only under a
#: heading that is the word for comments (``COMMENTS_HEADING``). Not general words that also
#: name comments (Czech ``prispevek`` is any post, ``cmt`` abbreviates many things).
FOREIGN_UNIT_WORDS = ("yorum", "pinglun", "kommentti", "reactie", "hozzaszolas", "binhluan")
_FOREIGN_UNIT = "|".join(FOREIGN_UNIT_WORDS)

ID_KEY = re.compile(
    rf"(?:^|[-_])(?:comment|kommentar|comentario|komentarz|{_FOREIGN_UNIT})(?:[-_]|(?=\d))(?:(?:[a-z]+[-_])?(\d[\w-]*)|((?=[\w-]*\d)[\w-]+))$"
    r"|^c(\d{5,})$"
    r"|^(?:thing_)?(t1_\w+)$"
    r"|^answer-(\d+)$"
    # camelCase: IntenseDebate's ``IDComment11881`` (a capital "Comment" after a prefix).
    r"|^[A-Za-z]{1,12}(?-i:Comment)[-_]?(\d+)$",
    re.I,
)

# A class that names one comment: "comment", "xenforo-comment", "c-comment-card", "MtnComment",
# "kommentar-item", "leserbrief"; not a part of one ("comment-content") nor a list ("comments").
_UNIT_PREFIX = r"^(?:[\w-]*?(?<![a-z])|[\w]*)"
_UNIT_SUFFIX = r"(?:[-_](?:item|card|box|entry|single|node|li|article))?$"
UNIT_TOKEN = re.compile(
    rf"{_UNIT_PREFIX}(?:comment|kommentar|leserbrief|comentario|commentaire|commento|komentarz)"
    rf"{_UNIT_SUFFIX}",
    re.I,
)

#: The same in the words of ``FOREIGN_UNIT_WORDS``, tried only on a token that holds one
#: (``foreign_token``: each alternative costs every token's match). Czech, Slovak, Croatian,
#: Indonesian "komentar" only first: a prefix before it names a part in these languages' word
#: order (Indonesian ``pesan-komentar``, "the comment's message").
FOREIGN_UNIT_TOKEN = re.compile(
    rf"{_UNIT_PREFIX}(?:{_FOREIGN_UNIT}){_UNIT_SUFFIX}"
    r"|^komentar(?:[-_](?:item|card|entry|single|node|li|article))?$"
    rf"|^(?:komentar|{_FOREIGN_UNIT})--[\w-]+$",
    re.I,
)


def foreign_token(token: str) -> bool:
    """Whether a class word holds one of ``FOREIGN_UNIT_WORDS`` or "komentar"."""
    low = token.lower()
    return "komentar" in low or any(word in low for word in FOREIGN_UNIT_WORDS)


NOT_UNIT_TOKEN = re.compile(
    r"(?:^|[-_])(?:no|has|add|post|leave|write|new|show|load|toggle|icon|fa|count|open|closed?|with|allow|"
    r"disable|enable|reply|latest|recent|top|more|all|form|respond|list|warning|error|notice|hint|label|"
    r"title|count|number|link|btn|button|tab|nav|submit|edit|delete|report|flag|share)[-_]?"
    rf"(?:comment|kommentar|komentar|{_FOREIGN_UNIT})"
    # A post's taxonomy class (WordPress ``category-der-kommentar``): a label, not a comment.
    r"|^(?:category|tag|topic|kategorie|rubri[ck]|ressort|format)-",
    re.I,
)

# BEM names: an item of a "comments" block (``comments__item``, ``c-comments__entry``) or a
# modified comment block (``comment--reply``, ``comment--seemore``); not a part (``comment__body``).
BEM_UNIT_TOKEN = re.compile(
    r"^(?:[\w-]*?[-_])?(?:comments?|kommentare?)__(?:item|entry|card|node|single|li|comment|thread-item)$"
    r"|^(?:comment|kommentar)--[\w-]+$",
    re.I,
)

# Controls that carry a comment's id (``data-comment-id``) but are no comment: vote, report,
# admin and share buttons, menus, counters.
CONTROL_TOKEN = re.compile(
    r"(?:^|[-_])(?:vote|votes|voting|upvote|downvote|like|likes|dislike|report|flag|abuse|admin|"
    r"moderat\w*|edit|delete|remove|reply|share|actions?|button|btn|toggle|menu|dropdown|rating|"
    r"rate|permalink|link|icon|avatar|count|counter|react\w*|collapse|expand)(?:$|[-_])",
    re.I,
)
CONTROL_TAGS = frozenset({"button", "a", "input", "select", "label", "svg", "i", "span"})

# For pages whose comment elements have no comment-like name: a comment's text element and its
# author element, to find the repeated element that holds both.
# Classes of a comment's text element (``.commentText``, ``.comment-content``…), matched as
# parts of the class attribute (as ``[class*=…]`` would, case and all). Each holds "omment":
# the comment scan has found every element they name (see ``Scan.sections``).
HOLDER_TEXT_WORDS = (
    "comment-text",
    "commentText",
    "comment_text",
    "comment-content",
    "commentContent",
    "comment-body",
    "commentBody",
    "kommentar-text",
    "comment-message",
)
HOLDER_AUTHOR = (
    '[class*="uthor"], [class*="user"], [class*="User"], [class*="name"], [class*="Name"], '
    '[class*="nutzer"], [class*="benutzer"], [itemprop="author"], cite'
)

# A comment's own header element, which a part of its body has none of.
AUTHOR_CLASS = re.compile(r"(?:^|\s)fn(?:\s|$)|author|user|__name|nick", re.I)
PROFILE_HREF = re.compile(r"/user|/profile", re.I)

#: Replies named for what they are (``reply-item``, ``answer_card``) with no "reply" at the end
#: of their class: looked for in the thread's region only, once comments are found there.
REPLY_ITEM_SELECTOR = (
    '[class*="reply-"], [class*="reply_"], [class*="response-"], [class*="answer-"], '
    '[class*="answer_"], [class*="replyItem"], [class*="ReplyItem"], '
    # The major other languages' words of ``REPLY_ITEM``, before or after a prefix
    # (``item-resposta``; each word costs the pass over a flat thread's region).
    + ", ".join(
        f'[class*="{w}"]'
        for w in (
            "resposta", "respuesta", "risposta", "reponse", "antwort", "odpowiedz", "otvet",
        )
    )
)  # fmt: skip

# A class word that names one reply (``reply``, ``gsc-reply``, ``reply-item``), a comment when its
# parent is a list of replies; not a part of a comment (``comment-reply`` holds the reply link).
REPLY_ITEM = re.compile(
    r"^(?:[a-z]{1,5}-)?(?:reply|response|answer|"
    # "Reply" in other languages: Portuguese, Spanish, Italian, French, German, Polish, Russian,
    # Czech, Swedish and Norwegian, Turkish, Dutch, Finnish.
    r"resposta|respuesta|risposta|r[eé]ponse|antwort|odpowiedz|otvet|odpoved|svar|yanit|reactie|"
    r"vastaus)(?:[-_]?(?:item|card|box|entry|node|single))?$",
    re.I,
)

CLASS_KEY = re.compile(r"(?:^|\s)(t1_\w+)(?:\s|$)")

# Elements that hold replies: passing one on the way up makes a reply; the unit
# just before one is the parent of what it holds (Drupal, Epoch).
REPLY_BOX = re.compile(
    r"(?:^|[\s_-])(children|child|replies|indented|sub-?comments?|inline-thread|"
    r"comment-replies|nested|CommentsNode-children|sitetable|epoch-child|indent|follow-?up|"
    # Replies and answers in other languages.
    r"answers|responses|antworten|respuestas|r[ée]ponses|risposte|respostas|odpowiedzi|"
    r"ответы|otvety|reacties|відповіді|vidpovidi|odpovedi|odpovědi|svar|yanitlar|"
    r"vastaukset|valaszok|balasan|huifu)(?:$|[\s_-])"
    # A comment's sub-list: ``news-comment-sub``.
    r"|[-_]sub(?:$|\s)"
    # Reply lists in any casing: ``UFIReplyList``, ``coral-replyList``.
    r"|repl(?:y|ies)-?list",
    re.I,
)

# A list of comments nested in a list of the same class (JComments' ``comments-list`` in
# ``comments-list``, Substack's ``comment-list``): the inner one holds replies.
LIST_LABEL = re.compile(r"list|thread|tree|items|children|group", re.I)

# A class word that marks a reply in a flat list (``comment--reply``, ``is-reply``, ``antwort``).
REPLY_FLAG = re.compile(
    # (A BEM modifier of any block: ``b-comments__author--reply``.)
    r"^(?:is-)?(?:[\w-]+--|[\w]+[-_])?(?:reply|response|answer|child|antwort|respuesta|r[ée]ponse|"
    r"risposta|odpowiedz|odpoved|odpověď|yanit|vastaus|svar)$",
    re.I,
)

# ``depth-2``, ``level-1``, with any prefix: ``coral-indent-1``, ``comment_level_1``, ``fyre-comment-depth-1``;
# or a BEM modifier (``comment-level--2``).
# Not a member's rank (``user-level-5``, ``userLevel5``, ``rank-level-2``).
DEPTH_CLASS = re.compile(
    r"(?:^|\s)(?!(?:user|member|rank|trust|karma|badge|reputation)[-_])"
    r"(?:[\w-]*?[-_])?(?:depth|level|indent)(?:[-_]|--)(\d+)(?:\s|$)"
    # camelCase, its prefix naming the thread: Plone's ``replyTreeLevel1``, ``commentDepth2``.
    r"|(?:^|\s)[\w-]*?(?:[Tt]ree|[Rr]eply|[Tt]hread|[Cc]omment|[Nn]est(?:ed|ing)?|[Cc]hild)"
    r"(?:Depth|Level|Indent)(\d+)(?:\s|$)"
)

# Utility classes that indent (Tailwind's ``pl-8``, ``ml-4``: a quarter rem each).
UTILITY_INDENT = re.compile(r"(?:^|\s)(?:pl|ml|ps|ms)-(\d{1,2})(?=\s|$)")

PX = re.compile(
    r"(?:padding|margin)-(?:left|inline-start)\s*:\s*(\d+(?:\.\d+)?)\s*(px|em|rem)?", re.I
)

# A depth in a CSS custom property: ``style="--depth: 2"``, ``--comment-level:1``.
# (bounded runs: an unbounded ``[\w-]*`` backtracks on a long run of dashes)
DEPTH_VAR = re.compile(
    r"--[\w-]{0,40}?(?:depth|level|indent|nest)[\w-]{0,40}\s*:\s*(\d{1,3})\s*(?:;|$)", re.I
)

# Tailwind's arbitrary values: ``ml-[48px]``, ``pl-[2rem]``.
ARBITRARY_INDENT = re.compile(r"(?:^|\s)(?:pl|ml|ps|ms)-\[(\d+(?:\.\d+)?)(px|em|rem)\](?:\s|$)")


# "Load more" elements named so (old Reddit's ``morechildren``, ``continue-thread``...).
MORE_CLASSES = frozenset(
    {
        "morechildren",
        "morecomments",
        "more-comments",
        "load-more-comments",
        "comment-load-more",
        "loadmore",
        "show-more-comments",
        "comment-more",
        "comments-load-more",
    }
)

# Controls that may stand for comments not printed, whatever their class: buttons and elements
# with "more" or "load" in their names ("Load 10 more comments", "Weitere 3 Antworten anzeigen").
STUB_CONTROL_SELECTOR = (
    'button, [role="button"], [class*="more" i], [class*="load" i], a[href="#"], '
    'a[href^="javascript"], a[class*="button" i], a[class*="btn" i]'
)

# One pass for both kinds of stub: the named ones (MORE_CLASSES hold "more" or "load") and
# the controls known by their words.
STUB_SCAN_SELECTOR = (
    f"{STUB_CONTROL_SELECTOR}, a.continue-thread, a[class*=deepthread], span.deepthread"
)

# The reply form and its box. The tests of one attribute are grouped under ``:is()``: an element
# without an id or a class is passed over at one look, not ten (the pass costs a third less).
# (``form.comment-form`` is in ``.comment-form``; the readers keep each element once.)
FORM_SELECTOR = (
    "[id]:is(#respond, #commentform, #comment-form, #comments-form), "
    "[class]:is(.comment-respond, .comment-form, .comments-form), "
    'form:is([action*="wp-comments-post"], #post-comment)'
)

HEADING_SELECTOR = ", ".join(
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
        ".comments-header",
    ]
)

COUNT_SELECTOR = '[itemprop="commentCount"]'

# Near the thread only: counters of any name ("coral-counter", "fyre-comment-count", "mc-head-count",
# "discussion-total").
COUNTER_SELECTOR = '[class*="count" i], [class*="total" i], [data-comments-count]'

LINK_SELECTOR = 'a[href$="#comments"], a[href*="item?id="], a.comments'

DECLARED_SELECTOR = f"{COUNT_SELECTOR}, {HEADING_SELECTOR}, {LINK_SELECTOR}"

H_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5"})

_SECTION_SELECTOR = '[id*="omment"], [class*="omment"]'

# The count, heading and link selectors that can match without "omment" in the source.
_DECLARED_PLAIN = 'h1, h2, h3, h4, h5, .block-title, .panestack-title, a[href*="item?id="]'


def _without(selector: str, subsumed: frozenset[str]) -> str:
    """``selector`` without the alternatives in ``subsumed`` and without repeats."""
    kept: list[str] = []
    for part in selector.split(", "):
        if part not in subsumed and part not in kept:
            kept.append(part)
    return ", ".join(kept)


# lexbor tests every alternative on every element, so the scan leaves out those that a
# wider test of the same attribute in it already matches (Scan keeps an element's first
# match, in document order, and sorts it by its own attributes): the id prefixes are
# all inside [id*="omment"], and [class*="omment"] is in two of the lists.
_SUBSUMED_IN_SCAN = frozenset(
    {
        '[id^="comment"]',
        '[id^="li-comment-"]',
        '[id^="div-comment-"]',
        # Count headings and links whose id or class holds "omment": [id*="omment"] and
        # [class*="omment"] match them already.
        "#comments-title",
        ".comments-title",
        ".comment-title",
        ".comments-count",
        ".comment-count",
        ".commentcount",
        ".comments-header",
        "a.comments",
    }
)

#: A forum post's author: a link to a member's profile (XenForo ``members/``, phpBB
#: ``memberlist.php``, vBulletin and MyBB ``member.php``, SMF ``action=profile``); found in the
#: scan, sorted out by ``MEMBER_HREF``. (Not ``data-author``: news teasers carry it too.)
FORUM_AUTHOR_SELECTOR = (
    'a[href*="member"], a[href*="profile"], a[href*="uid"], a[href*="/user"], a[href*="/u/"]'
)
# (and a member's page by number: Discuz ``home.php?mod=space&uid=301``, ``space-uid-301.html``,
# FluxBB and PunBB ``profile.php?id=51``; the scan finds "guide" and "/profile/" links too, which
# ``MEMBER_HREF`` sorts out)
_FORUM_MEMBER = (
    r"memberlist\.php|member\.php|(?:^|/)members/|action=profile|[?&;]uid=\d|[/-]uid-\d"
    r"|profile\.php\?(?:[\w=&;]*&(?:amp;)?)?(?:id|u|uid|user)=\d"
    # Moodle's ``/user/view.php?id=5&course=2``.
    r"|/user/view\.php\?id=\d"
)
#: A member link of a forum's own shape: enough, with dated posts, for a thread.
FORUM_MEMBER_HREF = re.compile(_FORUM_MEMBER)
MEMBER_HREF = re.compile(
    _FORUM_MEMBER
    # A user's page named by the account (WoltLab ``/user/45-klaus/``, bbPress ``/users/maggie/``,
    # Flarum ``/u/hannes``): the last part of the address. News sites name their authors'
    # pages so too (Drupal's ``/user/12``), so such posts need a sign of a forum of their own.
    + r"|/(?:users?|u)/[^/?#]+/?$"
)

# Pairs of prefix or token tests that one wider test covers: Scan sorts each match by its own
# attributes (``_is_unit_match`` tests the prefixes and tokens), so the wider test finds the
# same elements in one alternative instead of two.
_WIDENED_IN_SCAN = {
    '[id^="t1_"]': '[id*="t1_"]',
    '[id^="thing_t1_"]': '[id*="t1_"]',
    '[typeof~="Comment"]': '[typeof*="Comment"]',
    '[typeof~="schema:Comment"]': '[typeof*="Comment"]',
    # (Scan tells the comment property from the count by the value.)
    '[itemprop~="comment"]': '[itemprop*="omment"]',
    '[itemprop="commentCount"]': '[itemprop*="omment"]',
}


def _widened(selector: str) -> str:
    return ", ".join(_WIDENED_IN_SCAN.get(part, part) for part in selector.split(", "))


#: A page's JSON-LD: read for ``Comment`` objects when the markup holds no thread.
LD_SCRIPT = 'script[type="application/ld+json"]'

#: A MediaWiki talk page's comment markers (DiscussionTools), looked for when one of the
#: scan's headings is a talk page's section heading (``h2[data-mw-thread-id]``).
TALK_MARKER = "span[data-mw-comment-start]"

# The attribute an alternative tests (a class, an id, an itemprop, a link's address), for
# those grouped under it (a class selector after a tag name, ``li.post``, tests a class too).
_GROUPS = (
    (re.compile(r"\[class[\]*^$~|=]|(?:[a-z][\w-]*)?\.[\w-]+(?:\.[\w-]+)*$"), "[class]"),
    (re.compile(r"\[id[\]*^$~|=]|#[\w-]+$"), "[id]"),
    (re.compile(r"\[itemprop[\]*^$~|=]"), "[itemprop]"),
    (re.compile(r"a\[href[*^$~|]?="), "a[href]"),
)


def _grouped(selector: str) -> str:
    """``selector`` with the alternatives that test one attribute grouped under ``:is()``: lexbor
    tests every alternative on every element, and an element without the attribute is passed
    over at one look, not one per alternative (the scan costs a seventh less). The same
    elements are found (in document order; an element is listed once per alternative it
    matches, and the scan keeps it once)."""
    groups: dict[str, list[str]] = {}
    kept: list[str] = []
    for part in selector.split(", "):
        group = next((name for test, name in _GROUPS if test.match(part)), None)
        if group is None or " " in part or ":" in part:
            kept.append(part)
        elif group not in groups:
            groups[group] = [part]
            kept.append(group)
        else:
            groups[group].append(part)
    out: list[str] = []
    for part in kept:
        members = groups.get(part)
        if members is None:
            out.append(part)
        elif len(members) == 1:
            out.append(members[0])
        else:
            inner = [m[1:] if part == "a[href]" else m for m in members]
            out.append(f"{part}:is({', '.join(inner)})")
    return ", ".join(out)


SCAN_SELECTOR = _grouped(
    _without(
        _widened(
            f"{UNIT_SELECTOR}, {_SECTION_SELECTOR}, {DECLARED_SELECTOR}, {FORUM_AUTHOR_SELECTOR}, "
            f"{LD_SCRIPT}"
        ),
        _SUBSUMED_IN_SCAN,
    )
)

SCAN_SELECTOR_PLAIN = _grouped(
    _without(
        _widened(
            f"{_UNIT_SELECTOR_PLAIN}, {_REPLY_PLAIN}, {_DECLARED_PLAIN}, {FORUM_AUTHOR_SELECTOR}"
        ),
        frozenset(),
    )
)


SKIP_TEXT_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "button", "textarea"})

BLOCK_TAGS = frozenset(
    {
        "p", "div", "blockquote", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
        "table", "tr", "section", "article", "header", "footer", "figure", "dl", "dd", "dt",
        "hr", "aside", "details", "summary", "figcaption", "address", "main", "nav", "center",
    }
)  # fmt: skip


NOT_FAST = "pre, script, style, noscript, template, svg, button, textarea, form"


# Live tickers name their entries "comments" too ("live-match-comment", "ticker-comment").
LIVE_LABEL = re.compile(
    r"(?:^|[\s_-])(?:live|liveblog|ticker|play-by-play|commentary)(?:[\s_-]|$)", re.I
)

# Elements named as the thread's wrappers rather than one comment ("comment-wrapper-nid-186859").
WRAPPER_LABEL = re.compile(r"wrap|list|thread|section|container|holder|area", re.I)

# Elements for the form's messages and overlays, named so.
NOTICE_LABEL = re.compile(r"modal|error|alert|notice|warning|dialog|popup|tooltip|template", re.I)


# Widgets that show comments of other pages: "recent comments", "comment of the day", sidebars
# (not "widget" alone: Blogger calls its main post column ``Blog1 widget``).
WIDGET_LABEL = re.compile(r"sidebar|side-bar|teaser", re.I)

# A post's taxonomy classes (``tag-popular``, ``category-kommentar``): what it is about, not what it is.
TAXONOMY_TOKEN = re.compile(r"^(?:category|tag|topic|kategorie|rubri[ck]|ressort|format)-", re.I)

# Widgets named for what they list: comments picked from other pages. Left out even when the
# page has no other comments.
LISTING_LABEL = re.compile(
    r"recent[-_]?comments|latest[-_]?comments|popular|most[-_]?(?:commented|read|discussed|popular)|"
    r"comments?[-_]of[-_]the[-_](?:day|week)|featured[-_]?comments|top[-_]?comments|"
    r"des[-_]tages|der[-_]woche|del[-_]d[ií]a|du[-_]jour|dnya",
    re.I,
)


#: Components named in a test attribute (Ghost's ``data-testid="comment-component"``): looked
#: for only when the scan found no comment but a comment part with a test name (each attribute
#: test in the scan costs it 3-4 % of its time).
NAMED_UNIT_SELECTOR = '[data-testid^="comment"]'

#: A component's test or hook name that names one comment (not a part: ``comment-content``).
DATA_UNIT = re.compile(r"^comment(?:[-_](?:component|item|entry|view))?$", re.I)
#: A screen reader's label of one comment: "Comment by Ann", "Reply by Bo".
LABEL_UNIT = re.compile(r"^(?:comment|reply) by\s", re.I)

UNIT_ID_STARTS = ("comment", "li-comment-", "div-comment-", "t1_", "thing_t1_")

SECTION_WORD = re.compile(r"[ck]omm?ent", re.I)


# Words that make a "comments" element something else, at the start of a word or of a run of
# words ("recentcomments", "comment-form"), not inside one ("modelMarginTop" is fine).
SECTION_NOT = re.compile(
    r"(?<![a-z])(?:form(?![a-z])|respond|count|link|button|btn|icon|nav|share|recent|latest|widget|"
    r"sidebar|popular|most|meist|top|footer|teaser|preview|rules|guideline|login|aktuell|neueste|last|"
    r"dynamic)"
)


COMMENTISH = re.compile(r"comment|discussion|disqus|respond|reactions|kommentar", re.I)

STOP_TAGS = frozenset({"body", "html", "main", "article"})

# (node.css_matches would answer for the node's whole subtree, not the node alone.)
HEADING_CLASSES = frozenset(
    {
        "block-title",
        "comments-title",
        "comment-title",
        "comments-count",
        "comment-count",
        "commentcount",
        "panestack-title",
        "comments-header",
        "comments-heading",
    }
)


LD_COMMENT = re.compile(r'"@type"\s*:\s*(?:\[[^\]]*)?"(?:https?://schema\.org/)?Comment"')
