"""Byline elements: the page's elements that may carry the article's byline, and how sure each is.

``candidates`` finds, in one CSS pass, the headline and every element that ``itemprop``,
``rel``, class, id or test-id names call an author or byline, and links to author pages;
``scored_bylines`` reads the authors each names and ranks them (where the element stands,
how strong its evidence is, how near the headline); ``text_lines`` reads an element's text
by its lines. (A "By …" line in the text under the headline is ``_byline_lines``' part.)
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsthread.html._byline_avatar import avatar_name
from newsthread.html._byline_cjk import cjk_name_alone
from newsthread.html._bylines import add_authors
from newsthread.html._datelines import commentish
from newsthread.model import Author

__all__ = [
    "AFTER_HEADING",
    "BY_LINE",
    "INLINE",
    "INLINE_PARENTS",
    "MAX_TEXT",
    "NEAR",
    "Scored",
    "candidates",
    "clean",
    "in_cited_item",
    "place_of",
    "scored_bylines",
    "teaser_byline",
]


def clean(value: str) -> str:
    """``value`` with its white space folded."""
    return " ".join(value.split())  # (the same white space as \s, faster than re)


def in_cited_item(node: LexborNode) -> bool:
    """Whether ``node`` sits in an item that is itself another item's property (a cited
    work, a review, a comment), not in the page's own item (top level or ``mainEntity``)."""
    current = node.parent
    while current is not None:
        attrs = current.attributes
        if "itemscope" in attrs:
            prop = attrs.get("itemprop")
            return bool(prop) and prop not in ("mainEntity", "mainEntityOfPage")
        current = current.parent
    return False


# One CSS pass: the headline and every element that may carry a byline, in page order. The
# tests of one attribute are grouped under ``:is()`` (an element without the attribute is
# passed over once, not once per test: a tenth of the pass).
_CANDIDATES = (
    'h1, [itemprop~="author"], [rel~="author"], [property~="author"], [class$="submitted"], '
    # a schema.org person in the text ("Von <span itemtype=…/Person>Jane Doe</span>")
    '[itemtype$="/Person"], '
    # (the names grouped under a pair of letters they share: most classes hold neither and
    # are passed over at four looks, not nine)
    '[class]:is([class*="or" i]:is([class*="author" i], [class*="autor" i], '
    '[class*="reporter" i], [class*="contributor" i]), '
    '[class*="by" i]:is([class*="byline" i], [class*="posted-by" i], [class*="postedby" i]), '
    '[class*="er" i]:is([class*="writer" i], [class*="verfasser" i]), '
    '[class*="ur" i]:is([class*="auteur" i], [class*="journalist" i])), '
    # ("author" and "autor" both hold "aut": an id is scanned twice, not three times)
    '[id]:is([id*="aut" i]:is([id*="author" i], [id*="autor" i]), [id*="byline" i], '
    '[id*="penulis" i]), '
    '[data-testid]:is([data-testid*="byline" i], [data-testid*="author" i]), '
    '[data-qa]:is([data-qa*="byline" i], [data-qa*="author" i]), '
    '[data-component*="byline" i], '
    # Links to author pages (lowercase in practice; a case-blind match of every link's
    # address costs more than the rest of the pass): /author/, /authors/, /autor/, /autoren/,
    # /autore/, /auteur/, /profil/, /profile/, /reporters/, /contributors/, /by/ (NYT),
    # /person/, /signataires/ (Le Monde)… (an author page by any other path, "/@janedoe",
    # "/jane-doe/", is found under the headline by its address spelling the name)
    # (the paths that share a beginning are grouped under it: a link is passed over at fewer
    # looks, most links being no author's)
    'a[href]:is([href*="/au"]:is([href*="/author"], [href*="/autor"], [href*="/auteur"]), '
    '[href*="/p"]:is([href*="/profil"], [href*="/people/"], [href*="/person/"]), '
    '[href*="/r"]:is([href*="/redaktion/"], [href*="/reporter"]), '
    '[href*="/s"]:is([href*="/staff/"], [href*="/signataire"]), '
    '[href*="/journalist"], [href*="/writer/"], [href*="viewprofile"], [href*="/contributor"], '
    '[href*="/by/"])'
)


def candidates(doc: LexborHTMLParser) -> list[LexborNode]:
    """The headlines and the elements that may carry a byline, in page order, each once
    (lexbor gives an element once for each alternative of the selector it matches)."""
    return list({node.mem_id: node for node in doc.css(_CANDIDATES)}.values())


# Candidates this far after the headline are not looked at (comment threads, footers).
AFTER_HEADING = 40


# Class tokens that name an author's byline, not a box about them.
_AUTHOR_TOKEN = re.compile(
    r"(?:^|[_-])(?:author|authors|authorname|byline|autor|autoren|autorin|auteurs?|autore|"
    r"autori|autores|writers?|verfasser|reporters?|submitted|contributors?|journalists?|"
    r"posted-by|firma|firmas|penulis)(?:$|[_-])|^(?:author|byline)",
    re.IGNORECASE,
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_BOX_TOKEN = re.compile(
    r"bio|box|avatar|image|img|photo|foto|pic|desc|about|social|follow|more|posts|list|"
    r"recommend|related|teaser|card|comment|widget|sidebar|info-?box|description|gravatar|"
    # the parts of a byline that are not the name ("byline__title", "author-role")
    r"title|role|job|position|location|dateline|date|time|org|affiliation|label|prefix|icon|"
    r"twitter|facebook|instagram|linkedin|mail|rss|feed|views?\b|count|stat",
    re.IGNORECASE,
)
# Class tokens of another credit ("foto-firma", "photo-author", "image-byline").
_CREDIT_TOKEN = re.compile(
    r"(?:foto|photo|image|img|video|caption|credit|illustrat|grafik|graphic)", re.IGNORECASE
)
# Before the author word in a class token, a part of its own: a teaser's byline
# ("teaser__author", "card-byline"; not "vcard-author", "scorecard-byline").
_TEASER_TOKEN = re.compile(
    r"(?:^|[_-])(?:teaser|card|related|promo|recommend|popular|trending)s?(?:$|[_-])",
    re.IGNORECASE,
)
_NEVER = frozenset({"button", "script", "style", "template"})
_FURNITURE = frozenset({"footer", "aside", "nav"})
_THREAD_CONTAINERS = frozenset({"div", "section", "ol", "ul", "li", "article"})
MAX_TEXT = 120
# How far (in candidates) from the headline a byline is looked for.
NEAR = 12


# The address of an author's page (the CSS pass finds more: "/by/3.0/" of a licence).
_AUTHOR_HREF = re.compile(
    r"/(?:author|autor|auteur|profil|people/|journalist(?:s|en|in|innen)?(?:/|$)|redaktion/|staff/|writer/|reporter|"
    r"contributor|by/(?!\d)|person/|signataire)|viewprofile"
)


def place_of(node: LexborNode) -> int:
    """Where a candidate stands: 0 in a comment thread (never the article's author), 1 in
    navigation or a page footer or sidebar, 2 elsewhere (a footer or aside inside the
    ``<article>`` is the article's own: bylines sit there)."""
    current: LexborNode | None = node
    steps = 0
    furniture = False
    while current is not None and steps < 40:
        tag = current.tag or ""
        if tag in _NEVER:
            return 0
        if tag in _THREAD_CONTAINERS:
            attrs = current.attributes
            if commentish(f"{attrs.get('class') or ''} {attrs.get('id') or ''}") and (
                # Drupal and many themes wrap each comment in an ``<article class="comment">``
                # (not "has-comments", "comments-open": a post's; nor the article that holds
                # the headline)
                tag != "article" or _comment_article(current)
            ):
                return 0
        if tag in _FURNITURE:
            furniture = True
        elif tag in ("article", "main"):
            return 2
        current = current.parent
        steps += 1
    return 1 if furniture else 2


def _strength(node: LexborNode) -> int:
    """How surely a candidate element is a byline: 3 itemprop/rel, 2 class name, 1 link target."""
    attrs = node.attributes
    if "author" in (attrs.get("itemprop") or "").split():
        return 0 if in_cited_item(node) else 3
    if "author" in (attrs.get("rel") or "").split():
        return 3
    if "author" in (attrs.get("property") or "").split():
        return 3  # RDFa
    for key in ("class", "id", "data-testid", "data-qa", "data-component"):
        for token in (attrs.get(key) or "").split():
            if not token.islower() and not token.isupper():
                token = _CAMEL.sub("-", token)  # "articleAuthor", "ArticleByline"
            found = _AUTHOR_TOKEN.search(token)
            # "author-box", "author__bio" are boxes about the author; "news-list-author" is not;
            # "teaser__author", "card-byline" are another article's.
            if (
                found is not None
                and not _BOX_TOKEN.search(token, found.end())
                and not _CREDIT_TOKEN.match(token)
                and not (
                    _TEASER_TOKEN.search(token, 0, found.start() + 1) is not None
                    and not _in_headlines_article(node)
                )
                and not ("ubmitted" in found.group() and _elsewhere_submitted(node, token))
            ):
                return 2
    if node.tag == "a" and _AUTHOR_HREF.search(attrs.get("href") or ""):
        return 1
    if "itemtype" in attrs and "itemprop" not in attrs and _after_by_word(node):
        return 2  # a person the text credits after a byline word
    return 0


def teaser_byline(node: LexborNode) -> bool:
    """Whether a candidate is another article's byline by its class ("card-byline",
    "teaser__author" away from the ``<h1>``): the byline readers pass it over, and the
    last resort's text search must not find its "By …" line instead."""
    for token in (node.attributes.get("class") or "").split():
        if not token.islower() and not token.isupper():
            token = _CAMEL.sub("-", token)
        found = _AUTHOR_TOKEN.search(token)
        if found is not None and _TEASER_TOKEN.search(token, 0, found.start() + 1) is not None:
            return not _in_headlines_article(node)
    return False


def _in_headlines_article(node: LexborNode) -> bool:
    """Whether ``node`` stands beside the page's ``<h1>``: in the ``<article>`` that holds it,
    or, with no article around it, in a container near it that holds it ("story-card__byline",
    "hero-card-author" name the article's header; a teaser card holds no ``<h1>``)."""
    current = node.parent
    for level in range(_UP_TO_ARTICLE):
        if current is None or current.tag in ("main", "body"):
            return False
        if current.tag == "article":
            return current.css_first("h1") is not None
        if level < _UP_TO_HEADLINE and current.css_first("h1") is not None:
            return True
        current = current.parent
    return False


def _comment_article(article: LexborNode) -> bool:
    """An ``<article>`` that is one comment or their thread: a class token that is a comment
    item ("comment", "comment-123", "js-comment", "reply") or "comments", and no ``<h1>``."""
    classes = f"{article.attributes.get('class') or ''} {article.attributes.get('id') or ''}"
    return (
        any(_COMMENT_ITEM.fullmatch(token) for token in classes.lower().split())
        and article.css_first("h1") is None
    )


_COMMENT_ITEM = re.compile(
    r"(?:[\w-]*[-_])?(?:comment|reply|kommentar)(?:[-_][\w-]*)?|comments|replies|kommentare",
    re.IGNORECASE,
)
_UP_TO_HEADLINE = 3
_UP_TO_ARTICLE = 20
_ROW_LEVELS = 6


def _elsewhere_submitted(node: LexborNode, token: str) -> bool:
    """Whether a "submitted" line ("node__submitted", "views-field-submitted") is another
    node's: in a list's row (Drupal's "views-row", a list item), or, a class other than
    Drupal 7's plain "submitted", outside every ``<article>`` (a forum's reply after the
    article)."""
    current = node.parent
    for level in range(_UP_TO_ARTICLE):
        if current is None or current.tag in ("main", "body"):
            break
        if current.tag == "article":
            return False
        if level < _ROW_LEVELS and (
            current.tag == "li" or "views-row" in (current.attributes.get("class") or "")
        ):
            return True
        current = current.parent
    return token.casefold() != "submitted"


# Elements whose text is never part of a byline.
_MUTE = frozenset({"script", "style", "noscript", "template", "button", "svg", "select", "time"})
# Elements that do not break a line.
INLINE = frozenset(
    {
        "a",
        "span",
        "em",
        "strong",
        "b",
        "i",
        "small",
        "abbr",
        "time",
        "u",
        "sup",
        "sub",
        "mark",
        "font",
        "cite",
        "q",
        "bdi",
        "label",
        "s",
        "ins",
        "del",
        "code",
        "img",
        "picture",
    }
)


def text_lines(node: LexborNode) -> str:
    """The text of ``node`` with a line break where a block element or a ``<br>`` breaks it
    ("By Jane Doe" / "BBC News, Washington"; "Jeff Foust" / "Monday")."""
    parts: list[str] = []
    last: int | None = None
    for item in node.traverse(include_text=True):
        tag = item.tag
        if tag == "br":
            parts.append("\n")
            continue
        if tag != "-text":
            continue
        block = item.parent
        if block is not None and block.tag in _MUTE:
            continue
        while block is not None and block.mem_id != node.mem_id and block.tag in INLINE:
            block = block.parent
        key = None if block is None else block.mem_id
        if last is not None and key != last:
            parts.append("\n")
        last = key
        text = item.text_content or ""
        parts.append(text.replace("\n", " ") if "\n" in text else text)
        parts.append(" ")
    return "\n".join(clean(line) for line in "".join(parts).split("\n") if line.strip())


def _named_parts(node: LexborNode) -> list[str]:
    """The names an ``itemprop=author`` item gives in its own ``itemprop=name`` (not its
    ``jobTitle`` or ``worksFor``)."""
    out: list[str] = []
    for named in node.css('[itemprop~="name"]'):
        value = named.attributes.get("content") or named.text(deep=True, separator=" ")
        if value and value.strip():
            out.append(clean(value))
    return out


def _candidate_text(node: LexborNode) -> tuple[str, str | None] | None:
    attrs = node.attributes
    content = attrs.get("content")
    if content:
        return content, None
    if "author" in (attrs.get("itemprop") or "") and "itemscope" in attrs:
        names = _named_parts(node)
        if names:
            return " and ".join(names), None
    text = text_lines(node)
    if not text and "author" in (attrs.get("itemprop") or ""):
        # <span itemprop="author"><meta itemprop="name" content="…"></span>
        named = node.css_first('[itemprop~="name"][content]')
        if named is not None:
            return named.attributes.get("content") or "", None
    if not text.strip():
        # (a picture only, beside the headline: its alt, when the author link spells it)
        return avatar_name(node) if _in_headlines_article(node) else None
    href = attrs.get("href") if node.tag == "a" else None
    if len(text) > MAX_TEXT + text.count("\n"):
        # A byline box: its author link, if it has one.
        link = node.css_first('a[rel~="author"], a[href*="/author" i], a[href*="/autor" i]')
        if link is None:
            return None
        text = clean(link.text(deep=True, separator=" "))
        href = link.attributes.get("href")
        if not text or len(text) > MAX_TEXT:
            return None
    return _without_own_label(text, attrs), href


def _without_own_label(text: str, attrs: dict[str, str | None]) -> str:
    """The text without a first word that is an author word and the element's own class or id
    ("<div id=penulis>Penulis <a>Ahmad Naufal</a>": Indonesian "writer", no colon after it)."""
    first, _, rest = text.partition(" ")
    if not rest or not first[:1].isupper():
        return text
    label = first.rstrip(":").casefold()
    if _AUTHOR_TOKEN.fullmatch(label) is None:
        return text  # a name ("<div class='byline grace'>Grace Hopper")
    own = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".casefold().split()
    return rest.lstrip() if label in own else text


_BY_WORD_END = re.compile(r"(?:^|\s)(?:by|von|par|por|door|przez|di)\s*:?\s*$", re.IGNORECASE)


def _after_by_word(node: LexborNode) -> bool:
    """Whether the text just before ``node`` is a byline word ("by <span>oz</span>")."""
    before = node.prev
    if before is None and node.parent is not None and node.parent.tag in INLINE_PARENTS:
        before = node.parent.prev
    return (
        before is not None
        and before.tag == "-text"
        and bool(_BY_WORD_END.search(before.text_content or ""))
    )


_TEASERS = 3


def _one_word(author: Author) -> bool:
    """A tag or category rather than a name ("Photovoltaik", "CSP, International")."""
    return all(" " not in part for part in author.name.split(", "))


def _kind(node: LexborNode) -> str:
    return f"{node.tag} {node.attributes.get('class')}"


#: A candidate byline: (-place, -strength, rank by distance to the headline, index, authors).
Scored = tuple[int, int, int, int, list[Author]]


def scored_bylines(
    nodes: list[LexborNode], heading: int | None, sites: tuple[str, ...]
) -> list[Scored]:
    """The candidates that name authors, with what ranks them (best first once sorted)."""
    scored: list[Scored] = []
    kinds: dict[str, set[str]] = {}
    for index, node in enumerate(nodes):
        if node.tag in ("h1", "link"):
            continue
        strength = _strength(node)
        if strength == 0:
            continue
        place = place_of(node)
        if place == 0:
            continue
        found = _candidate_text(node)
        if found is None:
            continue
        authors: list[Author] = []
        marked = strength >= 3 or (
            strength == 2
            and (
                BY_LINE.match(found[0]) is not None
                or _after_by_word(node)
                or cjk_name_alone(found[0])  # "<p class=author>山田太郎</p>"
            )
        )
        add_authors(authors, [found], sites, marked=marked)
        if not authors or (len(authors) >= 3 and 2 * sum(map(_one_word, authors)) > len(authors)):
            continue  # nothing, or a list of single words (tags, categories)
        distance = 0 if heading is None else index - heading
        # After the headline first, then before it; nearer first.
        rank = distance if distance >= 0 else NEAR - distance
        scored.append((-place, -strength, rank, index, authors))
        kinds.setdefault(_kind(node), set()).add(authors[0].name)
    if heading is not None:
        # Under a headline, a byline class repeated with three different names marks
        # teasers, not the article (without one, the first in page order is the article's).
        scored = [
            item for item in scored if item[1] <= -3 or len(kinds[_kind(nodes[item[3]])]) < _TEASERS
        ]
    return _joined(_narrowed(scored, nodes), nodes)


# How far up from a candidate its byline elements around it are looked for.
_UP = 12


def _narrowed(scored: list[Scored], nodes: list[LexborNode]) -> list[Scored]:
    """Each byline that holds byline elements of its own ("byline" > "byline__name",
    "byline__title") names the authors they name when its own text, read whole, runs a name
    and a credit together ("Jane Doe BBC News, Washington")."""
    at = {nodes[item[3]].mem_id: pos for pos, item in enumerate(scored)}
    inner: dict[int, list[int]] = {}
    for pos, item in enumerate(scored):
        current = nodes[item[3]].parent
        for _ in range(_UP):
            if current is None:
                break
            owner = at.get(current.mem_id)
            if owner is not None:
                inner.setdefault(owner, []).append(pos)
                break
            current = current.parent
    out = list(scored)
    for owner in sorted(inner, reverse=True):  # the innermost first
        named: list[Author] = []
        own = out[owner]
        for pos in inner[owner]:
            if out[pos][1] <= own[1]:  # as strong evidence as the element holding it
                named.extend(a for a in out[pos][4] if a.name.casefold() not in _keys(named))
        # Neither reading holds the other: the element's own text runs names and credits together.
        if named and not _keys(named) <= _keys(own[4]) and not _keys(own[4]) <= _keys(named):
            out[owner] = (own[0], own[1], own[2], own[3], named)
    return out


def _keys(authors: list[Author]) -> set[str]:
    return {a.name.casefold() for a in authors}


# Blocks with more elements than this are not a byline's line.
_LINE_ELEMENTS = 60


def _line_of(node: LexborNode, lines: dict[int, dict[int, int]]) -> tuple[int, int] | None:
    """The line ``node`` is part of: its nearest block ancestor and the number of ``<br>``
    before it there (``lines`` caches each block's numbering)."""
    block = node.parent
    while block is not None and block.tag in INLINE:
        block = block.parent
    if block is None:
        return None
    numbers = lines.get(block.mem_id)
    if numbers is None:
        numbers = {}
        line = 0
        for count, item in enumerate(block.traverse()):
            if count > _LINE_ELEMENTS:
                break
            if item.tag == "br":
                line += 1
            numbers[item.mem_id] = line
        lines[block.mem_id] = numbers
    number = numbers.get(node.mem_id)
    return None if number is None else (block.mem_id, number)


def _joined(scored: list[Scored], nodes: list[LexborNode]) -> list[Scored]:
    """Bylines of one kind on one line read as one ("Von <a>Jane Doe</a> und <a>John
    Roe</a>"): the first names all their authors."""
    first: dict[tuple[tuple[int, int], int], int] = {}
    lines: dict[int, dict[int, int]] = {}
    out: list[Scored] = []
    for item in scored:
        line = _line_of(nodes[item[3]], lines)
        pos = None if line is None else first.get((line, item[1]))
        if pos is None:
            if line is not None:
                first[(line, item[1])] = len(out)
            out.append(item)
            continue
        lead = out[pos]
        known = _keys(lead[4])
        more = [a for a in item[4] if a.name.casefold() not in known]
        out[pos] = (lead[0], lead[1], lead[2], lead[3], lead[4] + more)
    return out


BY_LINE = re.compile(
    r"^\s*(?:by|von|par|por|di|door|av|af|przez|text|texte|tekst|teksti|texto|autor(?:in)?|"
    r"author|auteur|"
    r"written by|geschrieben von|oleh|penulis(?=\s*:)|yazar|szerző|kirjoittanut|автор|بقلم|מאת|"
    r"記者|记者|作者|著者|撰文|"
    # (session 11: Thai, Persian, Urdu, Hindi, Bengali, Lithuanian, Serbian, Kazakh,
    # Azerbaijani, Afrikaans, Georgian, Armenian)
    r"โดย|ผู้เขียน|نویسنده|به قلم|تحریر|लेखक|লেখক|autorius|аутор|авторы|müəllif|deur|ავტორი|"
    r"հեղինակ)\b\s*[:\uff1a\u055d]?\s*\S|^\s*文[/\uff0f:\uff1a\u30fb]\s*\S|"
    r"^\s*(?:\[[^\]]*\]\s*)?\S{2,4}\s?기자(?:\s|$|[=(/])",
    re.IGNORECASE,
)

INLINE_PARENTS = frozenset({"span", "em", "strong", "b", "i", "small", "a"})
