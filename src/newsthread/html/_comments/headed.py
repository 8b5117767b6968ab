"""Stage 1, candidates named in no word the selectors know (``div.sxolio``, ``li.hozzaszolas``,
``div.talkbackItem``, ``table.reviews-post-table``): the repeated dated entries after a heading
that is the word for comments in the page's own language ("Diskuse (4)", "전체 댓글 3개",
"تعليقات القراء", "Σχόλια", "Hozzászólások"), whether the heading is an ``h3``, a ``strong`` or a
``div``.

The page's ``lang`` chooses the words: a page in none of these languages costs one attribute
read, a page in one of them a byte search per word and, when a word is in the page, one CSS
pass for the elements whose own text holds it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsthread.html._comments.authors import NAME_MARK
from newsthread.html._comments.candidates import key_of
from newsthread.html._comments.state import Unit, Walker, next_element
from newsthread.html._comments.words import DATE_OR_AGE

__all__ = ["headed_entries"]

#: Per language: the words looked for in the page's bytes (as they are printed), and the whole
#: heading (the word for comments or discussion, "readers' comments", with an optional count;
#: not a phrase that holds it: "Nejkomentovanější", "Diskuse o zákonu" head other lists).
# (A word may follow the number inside the brackets: "Diskuse (4 příspěvky)".)
_COUNT = r"(?:\s*[(\[（]?\s*\d+(?:\s+[^\W\d_]{2,12})?\s*[)\]）]?\s*(?:개|件)?)?"  # noqa: RUF001
_LANGS: dict[str, tuple[tuple[str, ...], str]] = {
    "cs": (
        ("iskus", "omentář", "eakce", "ISKUS"),
        r"diskuse|diskuze|komentáře|reakce čtenářů|názory čtenářů|komentáře čtenářů",
    ),
    "sk": (("iskus", "omentár"), r"diskusia|diskusie|komentáre|názory čitateľov"),
    "ko": (("댓글",), r"(?:전체 )?댓글|독자 의견"),
    "ar": (("تعليق", "آراء"), r"(?:ال)?تعليقات(?: القراء| الزوار)?|آراء القراء"),
    # (Bare "תגובות", "reactions", heads what officials said too: with a count only.)
    "he": (("תגוב", "טוקבק"), r"תגובות הגולשים|טוקבקים|תגובות(?=\s*[(\[]?\s*\d)"),
    "el": (("Σχόλι", "ΣΧΟΛΙ"), r"σχόλια(?: αναγνωστών)?"),
    "hu": (("ozzászól", "omment", "OZZÁSZÓL"), r"hozzászólások|kommentek|olvasói vélemények"),
    "fi": (("ommentit", "OMMENTIT", "eskustelu"), r"kommentit|keskustelu|lukijoiden kommentit"),
    "id": (("omentar", "OMENTAR"), r"komentar(?: pembaca)?"),
    "ms": (("omentar", "OMENTAR"), r"komentar(?: pembaca)?"),
    "ja": (("コメント",), r"(?:みんなの)?コメント(?:一覧)?"),
    # (Bare "Обсуждение" heads a bill's deliberation too: with a count, or of the article.)
    "ru": (
        ("оммент", "ОММЕНТ", "бсужден"),  # noqa: RUF001
        r"комментарии(?: читателей)?|обсуждение(?: статьи| материала| новости)"
        r"|обсуждение(?=\s*[(\[]?\s*\d)",
    ),
    "uk": (("оментар", "ОМЕНТАР"), r"коментарі(?: читачів)?"),  # noqa: RUF001
    "bg": (("оментар", "ОМЕНТАР"), r"коментари"),  # noqa: RUF001
    "ro": (("omentarii", "OMENTARII"), r"comentarii"),
    "hr": (("omentari", "OMENTARI"), r"komentari"),
    "sr": (("omentari", "оментари"), r"komentari|коментари"),
    "sl": (("omentarji", "OMENTARJI"), r"komentarji"),
    # (Bare "Opinie" heads columnists too: with a count only.)
    "pl": (
        ("omentarze", "OMENTARZE", "pinie"),
        r"komentarze(?: czytelników)?|opinie czytelników|opinie(?=\s*[(\[]?\s*\d)",
    ),
    "tr": (("orumlar", "ORUMLAR"), r"(?:okuyucu )?yorumlar[ıi]?"),  # noqa: RUF001
    "vi": (("ình luận", "ÌNH LUẬN"), r"bình luận"),
    "th": (("ความคิดเห็น",), r"ความคิดเห็น"),
    # (Bare "评论" is the opinion section: the readers' 网友评论, or with a count.)
    "zh": (
        ("评论", "評論"),
        r"(?:网友|读者|用户|全部|網友|讀者|用戶)(?:评论|評論)|(?:评论|評論)(?=\s*[(\[（]?\s*\d)",  # noqa: RUF001
    ),
    "fa": (("نظرات",), r"نظرات(?: کاربران| خوانندگان)?"),
}
#: Each language's heading pattern, compiled when a page in that language first asks.
_HEADINGS: dict[str, re.Pattern[str]] = {}
#: Elements a heading is printed in: any short one (sites head the thread with a ``strong`` or a
#: ``div``, not always an ``h2``).
_HOLDERS = "h1, h2, h3, h4, h5, h6, strong, b, div, span, p, header"
#: What a comment is not: a link, a field, a heading, a figure.
_NOT_ENTRY = frozenset(
    {
        "a", "script", "style", "option", "br", "img", "input", "textarea", "button", "select",
        "form", "svg", "path", "label", "h1", "h2", "h3", "h4", "h5", "h6", "time", "tr", "td",
        "th", "tbody", "thead", "figure", "picture", "source", "iframe", "nav",
    }
)  # fmt: skip
_MAX_WALK = 100_000
#: Boxes searched per page at most, and siblings looked at for the story's next paragraph.
_MAX_BOXES = 12
_SIBLINGS = 12
_HEADLINE_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def headed_entries(
    doc: LexborHTMLParser,
    root: LexborNode,
    walker: Walker,
    headings: list[tuple[int, LexborNode]],
    texts: dict[int, str] | None = None,
) -> list[Unit]:
    """The entries of a comment section that no class names, found from its heading: the
    largest group of sibling elements of one tag and first class after the heading, in the
    smallest box around it (up to three levels up, never the page, the article or a box with the
    ``h1``; never inside the story: in an ``article`` or before more of its paragraphs), each
    with a date and a sentence of its own besides links and dates; then the elements of that
    kind under the group's list that read so too (replies nested in an entry or listed in a box
    of their own).

    The heading is the word for comments in the page's language ("网友评论"), or, in any
    language, one of the page's h-tags (``headings``, from the comment scan, with their node
    ids) that states a
    count of its entries ("Discussion (4)", "12 responses"); in a box with the ``h1`` such a
    heading's own section is searched (up to the next heading of its rank). ``texts`` keeps the
    h-tags' texts read (the printed count's reader reads them next)."""
    wide: dict[int, bool] = {}
    story = _Story()
    searched = 0
    for heading, stated in _headings(doc, root, headings, {} if texts is None else texts):
        box = heading.parent
        if box is None or story.holds(box):
            continue
        for _ in range(3):
            if box is None:
                break
            verdict = wide.get(box.mem_id)
            if verdict is None:
                wide[box.mem_id] = verdict = _is_too_wide(box)
                if not verdict:
                    searched += 1
                    entries = _entries_after(box, heading)
                    if entries and (not stated or _replies_or_names(entries)):
                        return _units(entries, walker)
            if verdict and stated and box.tag not in _PAGE_TAGS and heading.tag in _HEADLINE_TAGS:
                searched += 1
                entries = _entries_after(box, heading, section=True)
                if entries and _replies_or_names(entries):
                    return _units(entries, walker)
            if verdict or searched >= _MAX_BOXES:
                break
            box = box.parent
        if searched >= _MAX_BOXES:
            break
    return []


_PAGE_TAGS = frozenset({"body", "html", "article", "main"})


def _replies_or_names(entries: list[LexborNode]) -> bool:
    """Whether entries found after a heading in no comment words ("Termine (4)") show what a
    thread has and a schedule, a timeline or a live blog has not: a reply control or box, an
    entry nested in another with a person's part (a profile link, a class word ending in a
    person's word), or an entry quoting another. A few elements of the first entries are read."""
    nested = len(entries) > 1 and any(
        _inside(entries[i], entries[0]) for i in range(1, min(len(entries), 50))
    )
    for entry in entries[:3]:
        for node, _ in zip(entry.traverse(), range(40), strict=False):
            a = node.attributes
            label = f"{a.get('class') or ''} {a.get('href') or ''}"
            if ("repl" in label or "espon" in label) and _SIGN.search(label) is not None:
                return True
    # Nesting with a person on the top entries (a timeline by day nests, a live blog grouped
    # by day has its reporters on the inner posts only): a thread.
    return (nested and _top_people(entries)) or _quotes_another(entries)


def _top_people(entries: list[LexborNode]) -> bool:
    """Whether most of the first top entries (those in the first one's list) show a person's
    part (a profile link, a class word ending in a person's word) before any nested entry."""
    holder = entries[0].parent
    top = [
        e
        for e in entries[:50]
        if e.parent is not None and holder is not None and e.parent.mem_id == holder.mem_id
    ][:10]
    kinds = {e.mem_id for e in entries}
    named = 0
    for entry in top:
        for node, _ in zip(entry.traverse(), range(40), strict=False):
            if node.mem_id in kinds and node.mem_id != entry.mem_id:
                break  # (a nested entry's own parts are its own)
            a = node.attributes
            cls = a.get("class") or ""
            if _PROFILE.search(a.get("href") or "") is not None or any(
                NAME_MARK.search(token) for token in cls.split()
            ):
                named += 1
                break
    return 2 * named > len(top)


def _quotes_another(entries: list[LexborNode]) -> bool:
    """Whether an entry repeats an earlier entry's own words (its longest sentence) in an
    element beside longer words of its own (a quoted reply: "Kasia napisał(a): Oby nie kosztem
    chodnika." over the answer); a note or a label two posts repeat is no entry's own words.
    The first elements of the first twenty entries are read."""
    mains: set[str] = set()
    for entry in entries[:20]:
        leaves: list[str] = []
        for node, _ in zip(entry.traverse(), range(60), strict=False):
            if not any(c.is_element_node for c in node.iter()):  # (leaves; not HTML comments)
                words = " ".join(node.text(deep=True).split())
                if len(words) >= 12 and words[-1] in _SENTENCE_END and " " in words:
                    leaves.append(words)  # (a sentence: no name, date or label)
        if not leaves:
            continue
        longest = max(leaves, key=len)
        if any(words in mains and words != longest for words in leaves):
            return True
        mains.add(longest)
    return False


_SENTENCE_END = frozenset(".!?\u3002\uff1f\uff01")


def _inside(node: LexborNode, other: LexborNode) -> bool:
    cur = node.parent
    for _ in range(12):
        if cur is None:
            return False
        if cur.mem_id == other.mem_id:
            return True
        cur = cur.parent
    return False


#: A reply control or a reply box in a class word or an address (``reply``, ``in-reply``,
#: ``/discussion/reply/17/``; not ``img-responsive``); a person's part tells nothing (a live
#: blog's posts carry their reporters').
_SIGN = re.compile(r"(?:^|[-_\s/?#=])(?:repl(?:y|ies)|respond|responses?)(?:$|[-_\s/?#=.])", re.I)


def _headings(
    doc: LexborHTMLParser,
    root: LexborNode,
    scanned: list[tuple[int, LexborNode]],
    texts: dict[int, str],
) -> Iterator[tuple[LexborNode, bool]]:
    """The headings to search after, each with whether it states a count (its section may be
    searched in a wider box): first those in the words of the page's language, then the
    scanned h-tags that state a count."""
    lang = (root.attributes.get("lang") or "")[:2].lower()
    spec = _LANGS.get(lang)
    seen: set[int] = set()
    if spec is not None:
        raw = doc.raw_html
        probes = [w for w in spec[0] if w.encode() in raw]
        if probes:
            heading_re = _HEADINGS.get(lang)
            if heading_re is None:
                heading_re = _HEADINGS[lang] = re.compile(rf"(?:{spec[1]}){_COUNT}", re.I)
            query = ", ".join(f':is({_HOLDERS}):lexbor-contains("{w}" i)' for w in probes)
            for heading in root.css(query):
                if len(heading.text(deep=False)) > 80:
                    continue  # (its own words are no short heading: its whole text is not read)
                if not _first_in_box(heading):
                    continue  # a count beside a headline ("<a>…</a> <span>Diskuse (12)</span>")
                text = " ".join(heading.text(deep=True).split())
                if len(text) > 40 or (
                    heading_re.fullmatch(text) is None
                    and heading_re.fullmatch(f"{text}{_count_beside(heading)}") is None
                ):
                    continue
                seen.add(heading.mem_id)
                yield heading, False
    for mid, heading in scanned:
        if mid in seen:
            continue
        shown = texts[mid] = heading.text(deep=True)
        if len(shown) > 80 or not (")" in shown or "]" in shown or shown.lstrip()[:1].isdigit()):
            continue  # (most headings: no count's bracket or first digit, no regex)
        text = " ".join(shown.split())
        if len(text) > 40 or (up := heading.parent) is None or up.tag in ("a", "li"):
            continue
        if _STATED.fullmatch(text) is not None:
            yield heading, True  # (an h-tag that counts heads its section wherever it stands)


#: A heading that states a count of its entries: a word or three and the count in brackets
#: ("Discussion (4)", "Diskusi (4)"), or the count and one word ("12 responses").
#: (A word: a letter, then letters or marks: Devanagari's vowel signs are no ``\w``.)
#: (Each word read whole, possessively: a word split between repeats backtracked.)
_STATED = re.compile(
    r"(?:[^\W\d_][^\s\d()\[\]-]*+[ -]?){1,3}\s*[(\[]\d{1,5}[)\]]|\d{1,5}\s+[^\W\d_][^\s\d]*+"
)


def _first_in_box(heading: LexborNode) -> bool:
    """Whether the heading is its box's first words, not in a link or a list item's line."""
    up = heading.parent
    if up is None or up.tag in ("a", "li"):
        return False
    sib = heading.prev
    for _ in range(_SIBLINGS):
        if sib is None:
            return True
        shown = (sib.text_content or "") if sib.is_text_node else sib.text(deep=True)
        if any(ch.isalnum() for ch in shown):
            return False  # (an icon's glyph before the heading is no words)
        sib = sib.prev
    return False


def _count_beside(heading: LexborNode) -> str:
    """The count printed in the element right after the heading ("<strong>תגובות</strong>
    <span>4</span>"), as " 4"; else nothing."""
    nxt = next_element(heading)
    if nxt is None:
        return ""
    shown = nxt.text(deep=True).strip()
    return f" {shown}" if _BARE_COUNT.fullmatch(shown) else ""


_BARE_COUNT = re.compile(r"[(\[]?\d{1,6}[)\]]?")


def _is_too_wide(box: LexborNode) -> bool:
    return (
        box.tag in ("body", "html", "article", "main")
        or box.attributes.get("itemprop") == "articleBody"
        or box.css_first("h1") is not None
    )


class _Story:
    """Which boxes lie in the story: in an ``article`` or an ``articleBody``, or before more of
    its paragraphs (a live blog's "Reakce" box in a ``div`` page, the story going on after it,
    or after the box's parent or grandparent): a heading there heads the story's own part
    (what officials said), not the readers'. The climbs of many headings meet: each element's
    ``article`` verdict is kept."""

    __slots__ = ("_seen",)

    def __init__(self) -> None:
        self._seen: dict[int, bool] = {}

    def holds(self, node: LexborNode) -> bool:
        cur: LexborNode | None = node
        for _ in range(3):
            if cur is None or cur.tag in ("body", "html"):
                break
            if _story_after(cur):
                return True
            cur = cur.parent
        path: list[int] = []
        cur = node
        found = False
        while cur is not None and cur.tag not in ("body", "html"):
            got = self._seen.get(cur.mem_id)
            if got is not None:
                found = got
                break
            path.append(cur.mem_id)
            if cur.tag == "article" or cur.attributes.get("itemprop") == "articleBody":
                found = True
                break
            cur = cur.parent
        for mid in path:
            self._seen[mid] = found
        return found


def _story_after(node: LexborNode) -> bool:
    """Whether the element stands between paragraphs of prose among its siblings (the story
    goes on after it; a moderation note or a login line after a thread has none before it)."""
    return _prose_beside(node, forward=True) and _prose_beside(node, forward=False)


def _prose_beside(node: LexborNode, *, forward: bool) -> bool:
    sib = node.next if forward else node.prev
    for _ in range(_SIBLINGS):
        if sib is None:
            return False
        if sib.tag == "p" and len(sib.text(deep=True).strip()) >= 20:
            return True
        sib = sib.next if forward else sib.prev
    return False


def _entries_after(
    box: LexborNode, heading: LexborNode, *, section: bool = False
) -> list[LexborNode]:
    """The group of entries in ``box`` after ``heading`` (see ``headed_entries``), with the
    elements of their kind found after the heading; with ``section``, only up to the next
    heading of the heading's rank or above (the box holds more than the heading's section)."""
    rank = heading.tag or ""
    after: list[LexborNode] = []
    groups: dict[tuple[int, str, str], list[LexborNode]] = {}
    for node in _following(heading, box):
        if len(after) >= _MAX_WALK:
            return []  # (no part of a thread too long to read whole)
        if section and node.tag in _HEADLINE_TAGS and (node.tag or "") <= rank:
            break  # ("h2" <= "h3": the next section of the heading's rank or above)
        if node.tag in _NOT_ENTRY or node.parent is None:
            continue
        after.append(node)
        groups.setdefault((node.parent.mem_id, node.tag or "", _first_class(node)), []).append(node)
    best: list[LexborNode] = []
    for (_, tag, kind), members in groups.items():
        if len(members) < 2 or len(members) <= len(best) or (not kind and tag != "li"):
            continue
        read = [_read_entry(m) for m in members]
        if any(r is None for r in read):
            continue
        entries = [r for r in read if r is not None]
        # More words outside links than in headline links, most entries without one, and most
        # without a link to another page (not a profile): a list of headlines, forum topics or
        # teasers ("read more") with dates, authors, excerpts is no thread.
        if (
            sum(r[0] for r in entries) > sum(r[1] for r in entries)
            and 2 * sum(r[1] > 0 for r in entries) < len(entries)
            and 2 * sum(r[2] for r in entries) <= len(entries)
        ):
            best = members
    if not best:
        return []
    return _of_kind(best, after)


def _following(heading: LexborNode, box: LexborNode) -> Iterator[LexborNode]:
    """The elements after ``heading`` in ``box``, in document order (the heading's own, then
    its later siblings' and its ancestors' later siblings' subtrees, up to ``box``): the
    elements before it are never visited."""
    inside = heading.traverse()
    next(inside, None)  # (the heading itself)
    yield from inside
    cur: LexborNode | None = heading
    while cur is not None and cur.mem_id != box.mem_id:
        sib = cur.next
        while sib is not None:
            if sib.is_element_node:
                yield from sib.traverse()
            sib = sib.next
        cur = cur.parent


def _of_kind(best: list[LexborNode], after: list[LexborNode]) -> list[LexborNode]:
    """The group and the elements of its kind under the group's list that read as entries too
    (replies nested in an entry, or in a box of their own beside it); a classless ``li`` only in
    the list or in a list of a member (not a bullet list in a comment's text)."""
    tag, kind = best[0].tag or "", _first_class(best[0])
    group = {m.mem_id for m in best}
    holder = best[0].parent
    if holder is None:
        return best
    under = {n.mem_id for n in holder.traverse()}
    out: list[LexborNode] = []
    for node in after:
        if node.tag != tag or _first_class(node) != kind or node.mem_id not in under:
            continue
        if node.mem_id not in group:
            up = node.parent
            if not kind and (up is None or up.parent is None or up.parent.mem_id not in group):
                continue  # (a member's list: the group's or a reply's, taken before it)
            if _read_entry(node) is None:
                continue
            group.add(node.mem_id)
        out.append(node)
    return out


def _first_class(node: LexborNode) -> str:
    cls = (node.attributes.get("class") or "").split()
    return cls[0] if cls else ""


def _read_entry(node: LexborNode) -> tuple[int, int, int] | None:
    """The length of an element's own words (outside links, dates and replies of its kind)
    and of its links' words, when it reads like one comment: a date (a ``time`` or a short
    dated line), eight letters of its own at least, no form field, no headline (a link in a
    heading)."""
    kind = (node.tag, _first_class(node))
    dated = False
    own = linked = out = 0
    stack = [node]
    while stack:
        for child in stack.pop().iter(include_text=True):
            if child.is_text_node:
                text = " ".join((child.text_content or "").split())
                if not text:
                    continue
                if len(text) <= 40 and DATE_OR_AGE.search(text) is not None:
                    dated = True
                elif "\u2605" in text:
                    return None  # "★★★★☆"
                else:
                    own += len(text)
            elif child.tag == "time":
                dated = True
            elif child.tag in ("textarea", "input", "select", "form"):
                return None
            elif _RATING.search(
                f"{child.attributes.get('class') or ''} {child.attributes.get('itemprop') or ''}"
            ):
                return None  # a review's stars: a product review, a testimonial
            elif child.tag == "a":
                link = " ".join(child.text(deep=True).split())
                if len(link) <= 40 and DATE_OR_AGE.search(link) is not None:
                    dated = True
                elif not (href := child.attributes.get("href") or "#").startswith(
                    ("#", "javascript")
                ):
                    if _is_headline(link, href):
                        linked += len(link)  # a headline or a topic (not a name, "Reply")
                    if (
                        _PROFILE.search(href) is None
                        and (_phrase(link) or _article_path(href, link))
                        and not _names(href, node)
                    ):
                        # A phrase or an article's address: a teaser's "read more" ("Více",
                        # "Číst dál"), a headline; not a control, a name, a link about the entry.
                        out = 1
            elif child.tag in _HEADLINE_TAGS and child.css_first("a") is not None:
                return None
            elif (child.tag, _first_class(child)) != kind:
                stack.append(child)
    return (own, linked, out) if dated and own >= 8 else None


_RATING = re.compile(r"(?:^|[-_\s])(?:rating|stars?|reviewRating)(?:$|[-_\s])", re.I)


def _is_headline(link: str, href: str) -> bool:
    """Whether a link's words are a headline's: four words or more, or eight letters or more
    of a script written without spaces (Chinese, Japanese, Korean, Thai: "電気料金の値上げを発表");
    never a link to a profile (a long nickname)."""
    if _PROFILE.search(href) is not None:
        return False
    if link.count(" ") >= 3:
        return True
    return len(link) >= 8 and " " not in link and any(_unspaced(ch) for ch in link)


def _phrase(link: str) -> bool:
    """Three words or more, or eight letters of a script without spaces."""
    if link.count(" ") >= 2:
        return True
    return len(link) >= 8 and " " not in link and any(_unspaced(ch) for ch in link)


def _article_path(href: str, link: str) -> bool:
    """Whether an address is an article's: no query, its last part a slug of words or a
    number ("/nazory/rozpocet-bez-reforem", "/a/123456.html"); not a control's "?reply=1", nor
    a person's page whose slug is the link's own words ("/clen/karel-svoboda")."""
    path = href.split("#", 1)[0]
    if "?" in href or _SLUG.search(path) is None:
        return False
    last = path.rstrip("/").rsplit("/", 1)[-1].split(".", 1)[0].lower()
    return last != _slugified(link)


def _slugified(text: str) -> str:
    """A text as an address slug: "Karel Svoboda" -> "karel-svoboda"."""
    plain = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
    return "-".join("".join(ch if ch.isalnum() else " " for ch in plain.lower()).split())


_SLUG = re.compile(r"/[^/]*[^\W\d_]-[^\W\d_][^/]*/?$|/\d{4,}[^/]*$")


def _names(href: str, entry: LexborNode) -> bool:
    """Whether a link's address names the entry (its id's number: "?prispevek=1880021")."""
    digits = "".join(ch for ch in entry.attributes.get("id") or "" if ch.isdigit())
    return len(digits) >= 2 and digits in href


def _unspaced(ch: str) -> bool:
    """A letter of a script written without spaces: Thai, kana and CJK ideographs, Hangul."""
    return "\u0e00" <= ch <= "\u0e7f" or "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"


_PROFILE = re.compile(
    r"/(?:users?|profiles?|profil|members?|u|people|autor|authors?|autori|uzivatel\w*|clen|"
    r"felhasznalo|kullanici\w*|blogger)/|/@|profile|member",
    re.I,
)


def _units(entries: list[LexborNode], walker: Walker) -> list[Unit]:
    units: list[Unit] = []
    for node in entries:
        above = walker.owner(node)[0]
        # (Each read as a comment, dated, with words of its own: no wrapper to dissolve when
        # neither its name nor its date can be read.)
        unit = Unit(node=node, key=key_of(node), index=len(units), parent=above, strong=True)
        if above is not None:
            above.children.append(unit)
        walker.units[node.mem_id] = unit
        units.append(unit)
    return units
