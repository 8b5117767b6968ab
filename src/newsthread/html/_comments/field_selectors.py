"""What the comment extractor looks for inside a comment: the elements of its author, date,
text and score, the links and parts around them (the thread's own markup is in ``selectors``)."""

from __future__ import annotations

import re

# A name part named in other languages (``kommentar__namn``, ``yorum-yazar``, ``reactie-naam``,
# ``autore-nome``): Swedish, Norwegian, Danish, Dutch, Spanish, Polish, Czech, Finnish, Turkish,
# Ukrainian, Hungarian, Indonesian; Italian, Portuguese and French after a prefix; a comment
# "from" its author (``comment-from``, not ``posted-from`` over a date link).
# (A word at a class word's end after ``-`` or ``_``: inside a word it is some other word,
# "mi-nimi-ze", "con-texto", "inhalt-sverzeichnis".)


def _ending(words: tuple[str, ...]) -> str:
    return ", ".join(
        f'[class$="-{w}"], [class$="_{w}"], [class*="-{w} "], [class*="_{w} "]' for w in words
    )


_NAME_PARTS = (
    "namn", "navn", "naam", "nombre", "imie", "jmeno", "nimi", "yazar", "imya", "nome", "nom",
    # Hungarian, Indonesian ("pengguna": user).
    "nev", "pengguna",
)  # fmt: skip
_NAME_WORDS = _ending(_NAME_PARTS) + ', [class*="omment-from"]'

AUTHOR_SELECTORS = (
    '[itemprop="author"] [itemprop="name"]',
    '[itemprop="author"]',
    '[property="schema:author"], [property="author"]',
    # Microformats (IndieWeb, Mastodon): the name of the author's ``h-card``.
    ".p-author .p-name, .u-author .p-name",
    ".p-author, .u-author",
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
    '[data-testid="comment_author_link"], [data-hook="author-name"], [data-testid="author-name"]',
    '[class*="UsersNameDisplay"]',
    '[class*="comment-author"], [class*="comment_author"], [class*="comment-user"], [class*="commentauthor"], [class*="CommentAuthor"], [class*="commentAuthor"], [class*="commentUser"]',
    '[class*="author-name"], [class*="username"], [class*="user-name"], [class*="UserName"], '
    '[class*="Username"]',
    # camelCase parts of a comment block: ``commentItemAuthor``.
    '[class$="Author"], [class*="Author "]',
    # Account and display names in any casing: ``MtnCommentAccountName``, ``display-name``.
    '[class*="AccountName"], [class*="accountName"], [class*="account-name"], [class*="DisplayName"], '
    '[class*="displayName"], [class*="display-name"], [class*="screen-name"], [class*="screenName"], '
    '[class*="nickname"], [class*="Nickname"], [class*="displayname"]',
    # A nick of any prefix: ``vnick`` (Valine), ``tk-nick`` (Twikoo), ``wl-nick`` (Waline).
    '[class$="nick"], [class*="nick "], [class*="-nick"], [class*="_nick"]',
    # BEM: ``comment__name``, ``c-comment__nick``, ``user__name``, ``author__link``.
    '[class*="__name"], [class*="__nick"], [class*="__author"], [class*="user__"], [class*="author__"]',
    # A class that ends in a name: ``UFICommentActorName``, ``commento-name``, ``mc-user_name``.
    '[class$="Name"], [class$="-name"], [class$="_name"]',
    # ... or opens with one, the comment's parts sharing an abbreviation (``name-cm`` beside
    # ``time-cm`` and ``content-cm``).
    '[class^="name-"], [class*=" name-"], [class^="name_"]',
    # A name of some kind: ``hashover-name-plain``, ``hashover-name-website``.
    '[class*="-name-"], [class*="_name_"]',
    # Profile links: the name as a link to the commenter's page.
    'a[href*="/user/"], a[href*="/users/"], a[href*="/profile"], a[href*="/member"], a[href*="/u/"], '
    'a[href*="/~"], a[href*="action=profile"], a[href*="memberlist.php"], a[href*="member.php"]',
    # MediaWiki's user pages (``/wiki/User:Ann``, ``title="User:Ann"``).
    'a[href*="/User:"]',
    # The same in other languages: Benutzer, Autor, usuario, auteur, utilisateur, utente.
    '[class*="benutzer"], [class*="nutzer"], [class*="autor"], [class*="usuario"], [class*="auteur"], '
    '[class*="utilisateur"], [class*="utente"]',
    _NAME_WORDS,
    # A comment block's author part with any prefix: ``w-comments-item-author``.
    '[class*="-author"], [class*="_author"]',
    ".author",
    ".user",
    # A user part of any prefix (``kwam-user``), after the named ones.
    '[class$="-user"], [class$="_user"]',
    ".name",
    # Last, a line named for "by", also after the text: ``div.by``, ``comment-byline``.
    '.by, .byline, [class$="-by"], [class$="__by"], [class$="-byline"]',
)

# A name element inside a header-wide author element (``.comment-author`` around avatar, name and
# date): the specific one wins over the whole header's text.
NAME_INSIDE = (
    '[class*="__name"], [class*="__nick"], [class*="-name"], [class*="_name"], [class*="Name"], '
    '[class*="username"], [class*="nickname"]'
)

# Links that act on a comment rather than lead somewhere: their labels are controls.
CONTROL_HREF = re.compile(
    r"^#|^javascript:|replytocom|(?:^|[/?&=.])(?:reply|antwort\w*|respond|login|anmelden|report|flag|melden|"
    r"comment-reply|alert\w*)(?:[/?=&#.]|$)|#comments?$|#respond$",
    re.I,
)

# Links in a comment header that are the site's, not a person's.
NOT_PROFILE = re.compile(
    r"log-?in|log-?out|sign-?in|sign-?up|register|registrier|anmeld|password|destination=|replytocom|"
    r"/reply\b|/edit\b|action=(?!profile)",
    re.I,
)


# BEM parts beside a name: ``user__avatar``, ``c-author__community``, ``author__date``.
NOT_NAME_PART = re.compile(
    r"__(?:avatar|image|img|pic|photo|icon|badge|role|status|meta|community|date|time|info|karma|"
    r"score|count|rank|level|label|title|divider|bio|location|flair)"
    # ... or a class word ending in one: ``comment-author-badge`` ("Author"), ``user-role``.
    r"|[-_](?:avatar|badge|role|label|status|flair|rank|karma|score|count|icon)(?:\s|$)",
    re.I,
)

# Profile addresses whose last part is the account id (``/user/jdoe``, ``/u/jdoe``).
ACCOUNT_PATH = re.compile(
    r"/(?:user|users|u|profile|profiles|member|members|people|perfil|benutzer|nutzer)/"
    r"(?:\d+/)?([^/?#]+)/?(?:[?#]|$)"
    r"|/~([^/?#]+)/?(?:[?#]|$)",
    re.I,
)

MACHINE_DATE_SELECTORS = (
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

VISIBLE_DATE_SELECTORS = (
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
    '[class*="datum"], [class*="Datum"], [class*="fecha"], [class*="zeit"]',
    # "Time" at a class word's end in Serbian, Croatian, Finnish, Indonesian, Turkish.
    '[class$="-vreme"], [class$="-vrijeme"], [class$="-aika"], [class$="-waktu"], '
    '[class$="-tarih"], [class$="-zaman"]',
    # "data" is the date in Italian, Polish, Portuguese: ``commento-data``, ``komentarz-data``.
    '[class$="-data"], [class*="-data "], [class$="_data"]',
    '[class*="Time"]',
    # A forum post's header: "Reply #1 on: March 04, 2024, 07:30:02 PM" (SMF).
    '[class*="postinfo"], [class*="keyinfo"]',
)

TIME_SELECTOR = "li.time, .comment-time-only"

#: Elements that are controls, never a comment's text, whatever their class says
#: (``span.js-collapse-comment-content`` in a ``<summary>``).
NOT_TEXT_TAGS = frozenset({"summary", "button", "label", "a", "select", "option", "textarea"})
#: Class words of a toggle that shows or hides the content, not the content.
TOGGLE_CLASS = re.compile(r"collapse|toggle", re.I)

# A text part named in other languages or abbreviated (``yorum-metin``, ``pinglun-txt``,
# ``komentarz_tekst``): text, content, body.
_TEXT_WORDS = _ending(
    (
        "txt", "tekst", "texto", "testo", "metin", "icerik", "inhalt", "obsah", "sisalto",
        "szoveg", "noidung",
        # Indonesian, Greek transliterated.
        "isi", "keimeno",
    )
)  # fmt: skip

TEXT_SELECTORS = (
    '[itemprop="text"]',
    '[itemprop="commentText"]',
    '[property="schema:text"], [property="text"]',
    ".e-content",
    ".comment-content",
    ".comment-text-inner",
    ".comment-copy",
    ".commtext",
    ".usertext-body .md",
    # A web component's text slot (Reddit's ``shreddit-comment``).
    '[slot="comment"]',
    ".epoch-comment-content",
    ".comment-entry",
    ".commentText",
    ".comment_text",
    ".comment-text",
    ".commenttext",
    ".field-comment-body",
    '[data-testid="comment"], [data-testid="comment-content"], [data-hook="comment-content"]',
    '[class*="CommentBody"]',
    ".js-post-body",
    ".s-prose",
    ".post-text",
    ".post-message",
    # Rendered user content, named so by many systems (``ipsType_richText``, ``rich-text``).
    '[data-role="commentContent"], [class*="richText"], [class*="rich-text"], [class*="RichText"]',
    # Forum posts: XenForo 2 and 1, vBulletin, MyBB, SMF, Discourse's crawler view.
    '.bbWrapper, .messageText, .postcontent, [id^="post_message_"], .post_body, div[id^="msg_"], .cooked',
    # Discuz!: ``td.t_f#postmessage_N``; FluxBB and PunBB: ``div.postmsg``.
    '[id^="postmessage_"], .postmsg',
    '[class*="comment-content"], [class*="comment-text"], [class*="commentText"], [class*="comment_text"]',
    '[class*="kommentar-text"], [class*="comment-message"], [class*="CommentText"]',
    # ``commentBody`` (Slashdot), ``UFICommentBody`` (Facebook), ``comment_body_N`` ids.
    '[class*="commentBody"], [class*="CommentBody"], [class*="comment_body"], [id^="comment_body"]',
    # BEM parts of a comment block: ``comment__body``, ``d-comment__text``, ``c-comment__message``.
    '[class*="__body"], [class*="__text"], [class*="__message"]',
    # A content part of any prefix: ``vcontent`` (Valine), ``tk-content``, ``wl-content``.
    '[class$="-content"], [class$="_content"], [class$="vcontent"], [class*="-content "]',
    _TEXT_WORDS,
    ".comment-body",
    # A comment body with a prefix: Hatena's ``p.entry-comment-body``.
    '[class*="comment-body"]',
    ".comment-message",
    ".message",
    # A forum post's text inside the post's table (SMF 1: ``div.post`` under the subject line).
    ".post",
    ".content",
    # phpBB 2's ``span.postbody`` in the post's row (phpBB 3's ``div.postbody`` holds its
    # ``div.content`` and header: after ``.content``).
    ".postbody",
    # A body part of any prefix (``kwam-body``), after the named ones; a "comment" part of the
    # comment's own prefix (MediaWiki's ``c-comment`` in ``c-item``; not ``reply-comment``).
    '[class$="-body"], [class$="_body"], [class$="-comment"], [class$="_comment"]',
    # Weaker: "text" after any prefix (``opinion-text``, camelCase ``talkbackText``) and a
    # message abbreviated (Kunena's ``kmsg``): after the common names, as a status or a date
    # is named so too (``date-text``, ``edited-msg``; ``WEAK_TEXT`` sorts those out).
    '[class$="-text"], [class$="_text"], [class*="-text "], [class*="_text "], '
    '[class$="Text"], [class*="Text "], [class$="msg"], [class*="msg "]',
    # A content part that opens its class word (``content-cm`` beside ``name-cm``), last: a
    # ``content-meta``, ``content-footer`` is no text (``take_text`` refuses those).
    '[class^="content-"], [class*=" content-"], [class^="content_"]',
    "span.comment",
    "blockquote",
)

SCORE_SELECTORS = (
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

#: A footer of the comment (``comment-footer``, ``reply_footer``, ``post-footer``), not any
#: footer in its text (a quote's ``blockquote-footer``, a ``signature-footer``); ``ANY_FOOTER``
#: finds the footers ``META_SELECTOR`` matched.
UNIT_FOOTER = re.compile(r"(?:omment|eply|ost|essage)[-_]footer|omment")
ANY_FOOTER = re.compile(r"[-_]footer")


# Header and footer parts of a comment that are not its text.
META_SELECTOR = ", ".join(
    [
        ".comment-meta",
        ".commentmetadata",
        ".comment-metadata",
        ".comment-author",
        # A comment's header and footer with any prefix (``isso-comment-footer``,
        # ``gt-comment-header``, VK's ``reply_footer``); the footers sorted by ``UNIT_FOOTER``
        # (a test per name would cost the pass more).
        '[class*="omment-header"], [class*="omment-footer"], [class$="-footer"], [class$="_footer"]',
        # A link to the comment itself ("Link al commento", its date): a field, no text.
        '[class*="omment-link"], [class*="ommentLink"]',
        ".comment-actions",
        ".comment-reply-link",
        ".says",
        ".vcard",
        ".comhead",
        ".tagline",
        ".flat-list",
        # Avatars and scores in any naming: ``commento-avatar`` "G", ``comment__score`` "+2"
        # (a class word ending in them; not a ``has-avatar`` modifier on a whole block).
        '[class*="avatar"]:not([class*="has-avatar"]):not([class*="avatar-"]), [class$="score"], '
        '[class*="score "]',
        # A forum quote's "Click to expand..." control.
        '[class*="quoteExpand"], [class*="expandLink"]',
        ".epoch-comment-meta",
        ".comment-likes",
        ".sharedaddy",
        # Badges beside the name ("Author", "博主", "Moderator").
        '[class*="badge"]',
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
        # Controls in any language ("Antworten", "Пожаловаться", "Like"): known by their markup.
        '[class*="report"]',
        '[class*="vote"]',
        '[class*="-actions"]',
        '[class*="__actions"]',
        '[class*="reply-link"]',
        '[class*="reply-button"]',
        '[class*="reply-btn"]',
        '[class*="__reply"]',
        # ``reply``, ``epoch-reply``, ``mc-comment-reply``: one selector for a class that ends so.
        '[class$="reply"]',
        # Reactions and recommendations ("Like", "Respect", "12 Empfehlungen").
        '[class*="eaction"], [class*="recommend"]',
        '[role="button"]',
        'a[href="#"]',
        'a[href^="javascript"]',
    ]
)

#: A text part named by the weak words above whose class says it is something else: a date, a
#: status, a label, a control's words (``date-text``, ``timeText``, ``meta-text``, ``status-msg``,
#: ``screen-reader-text``, ``btn-text``).
NOT_WEAK_TEXT = re.compile(
    r"date|time|meta|status|edit|error|flash|screen|reader|(?:^|[-_])sr[-_]|btn|button|label|"
    r"title|count|link|hint|help|notice|info|name|author|caption|placeholder|badge|tag",
    re.I,
)
