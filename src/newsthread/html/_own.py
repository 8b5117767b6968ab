"""Read newsthread's own HTML export back into the Article it was written from.

:func:`read_export` answers only for pages that carry
``<meta name="generator" content="newsthread …">`` and an
``article.nt-article``; it reads the markup described in
``docs/html-export.md`` directly (metadata, blocks with their links and
quotes, speakers, the thread with its flat deep-thread lists) instead of
guessing. The page is still untrusted: contradictions (a comment without an
identifier, a flat entry whose parent does not come before it, a repeated
anchor, a date or number that does not parse) raise
:class:`~newsthread.errors.DocumentError` with ``path`` locating the element.
Nothing recurses and everything is linear in the size of the page.
"""

from __future__ import annotations

from typing import Any

import attrs
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsthread.errors import DocumentError
from newsthread.html._own_markup import (
    Inline,
    classes,
    date_of,
    elements,
    int_or_none,
    person,
    read_inline,
    text_of,
)
from newsthread.model import (
    Article,
    Block,
    BlockQuote,
    Caption,
    Comment,
    CommentStatus,
    Heading,
    ListItem,
    Paragraph,
    Quote,
    QuoteKind,
    Speaker,
    SpeakerKind,
)

__all__ = ["GENERATOR", "read_export"]

#: The generator name that marks a page as newsthread's export.
GENERATOR = "newsthread"

_TEXT = "-text"
_STATUS = {status.value: status for status in CommentStatus}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


def read_export(doc: LexborHTMLParser) -> Article | None:
    """The Article a ``to_html`` page was written from, or None if ``doc`` is not one.

    A page is an export when it carries ``<meta name="generator"
    content="newsthread VERSION">`` and an ``article.nt-article`` element.
    Everything the HTML form carries comes back exactly (see
    ``docs/html-own.md``); a tampered page raises
    :class:`~newsthread.errors.DocumentError`.
    """
    if not _is_export(doc):
        return None
    root = doc.css_first("article.nt-article")
    if root is None:
        return None
    return _Reader().article(root)


def _is_export(doc: LexborHTMLParser) -> bool:
    # to_html writes it in the head: looking there spares other pages a pass over the whole DOM.
    head = doc.head
    if head is None:
        return False
    for meta in head.css('meta[name="generator"]'):
        content = (meta.attributes.get("content") or "").strip()
        if content == GENERATOR or content.startswith(GENERATOR + " "):
            return True
    return False


# -- the reader ------------------------------------------------------------------------


@attrs.define(slots=True)
class _Record:
    """A comment read from the page, before the tree is linked."""

    fields: dict[str, Any]
    quotes: list[Quote]
    parent: int  # index of the parent record, -1 for a top-level comment
    replies: list[int] = attrs.field(factory=list)


class _Reader:
    __slots__ = ("numbers", "speakers", "strangers", "twins")

    def __init__(self) -> None:
        self.speakers: dict[str, Speaker] = {}  # ids that name one speaker
        self.twins: dict[str, list[Speaker]] = {}  # every listed speaker by id
        self.strangers: dict[str, Speaker] = {}  # speakers named by quotes but not listed
        self.numbers: set[int] = set()  # quote numbers already used

    def article(self, root: LexborNode) -> Article:
        fields: dict[str, Any] = {}
        speakers: list[Speaker] = []
        parts = elements(root)
        for part in parts:
            if part.tag == "section" and "nt-speakers" in classes(part):
                speakers = self.read_speakers(part)
        body: list[Block] = []
        comments: list[Comment] = []
        for part in parts:
            tag = part.tag
            if tag == "header":
                self.read_header(part, fields)
            elif tag == "div" and "nt-body" in classes(part):
                body = self.read_body(part)
            elif tag == "section" and "nt-comments" in classes(part):
                comments = self.read_thread(part)
        # Speakers quotes name but the page does not list join the list: a document names
        # speakers by id, so an Article whose quotes point outside its list cannot be written.
        speakers.extend(self.strangers.values())
        return Article(**fields, speakers=speakers, body=body, comments=comments)

    # -- header -----------------------------------------------------------------------

    def read_header(self, header: LexborNode, fields: dict[str, Any]) -> None:
        for el in elements(header):
            tag, attributes = el.tag, el.attributes
            prop = attributes.get("itemprop")
            class_names = (attributes.get("class") or "").split()
            if tag == "meta" and prop == "inLanguage":
                fields["language"] = attributes.get("content") or None
            elif tag == "meta" and prop == "commentCount":
                fields["declared_comment_count"] = int_or_none(
                    attributes.get("content"), "commentCount", "header meta[itemprop=commentCount]"
                )
            elif tag == "link" and prop == "mainEntityOfPage":
                fields["canonical_url"] = attributes.get("href") or None
            elif tag == "h1":
                fields["title"] = text_of(el)
            elif "nt-site" in class_names:
                name = el.css_first('[itemprop="name"]')
                fields["site_name"] = text_of(name if name is not None else el)
            elif "nt-section" in class_names:
                fields["section"] = text_of(el)
            elif "nt-summary" in class_names:
                fields["summary"] = text_of(el)
            elif "nt-byline" in class_names:
                fields["authors"] = [
                    person(span)
                    for span in elements(el)
                    if span.attributes.get("itemprop") == "author"
                ]
            elif "nt-dates" in class_names:
                for time in el.css("time"):
                    prop = time.attributes.get("itemprop")
                    if prop == "datePublished":
                        fields["published"] = date_of(time, "header time[itemprop=datePublished]")
                    elif prop == "dateModified":
                        fields["modified"] = date_of(time, "header time[itemprop=dateModified]")
            elif "nt-source" in class_names:
                link = el.css_first('a[itemprop="url"]')
                if link is not None:
                    fields["url"] = link.attributes.get("href") or None
            elif "nt-tags" in class_names:
                fields["tags"] = [text_of(li) for li in elements(el) if li.tag == "li"]

    # -- speakers and quotes ------------------------------------------------------------

    def read_speakers(self, section: LexborNode) -> list[Speaker]:
        out: list[Speaker] = []
        for li in section.css("li[data-speaker-id]"):
            sid = li.attributes.get("data-speaker-id") or ""
            name = role = organisation = None
            aliases: list[str] = []
            for el in elements(li):
                prop = el.attributes.get("itemprop")
                if prop == "name" and name is None:
                    name = text_of(el)
                elif prop == "jobTitle":
                    role = text_of(el)
                elif prop == "worksFor":
                    org = el.css_first('[itemprop="name"]')
                    organisation = text_of(org if org is not None else el)
                elif "nt-aliases" in classes(el):
                    aliases = [text_of(a) for a in el.css('[itemprop="alternateName"]')]
            speaker = Speaker(
                id=sid, name=name or "", role=role, organisation=organisation, aliases=aliases
            )
            kind = li.attributes.get("data-speaker-kind")
            if kind is not None:
                try:
                    speaker.kind = SpeakerKind(kind)
                except ValueError:
                    raise DocumentError(f"unknown speaker kind {kind!r}", sid) from None
            speaker.key = li.attributes.get("data-speaker-key")
            out.append(speaker)
            self.twins.setdefault(sid, []).append(speaker)
        for sid, twins in self.twins.items():
            if len(twins) == 1:
                self.speakers[sid] = twins[0]
        return out

    def speaker(self, attributes: dict[str, str | None]) -> Speaker | None:
        sid = attributes.get("data-speaker")
        if sid is None:
            return None
        known = self.speakers.get(sid)
        if known is not None:
            return known
        twins = self.twins.get(sid)
        if twins is not None:
            # Several speakers share this id: the title ("Name (cue)") tells them apart.
            title = attributes.get("title")
            cue = attributes.get("data-cue")
            for twin in twins:
                if title == twin.name + (f" ({cue})" if cue else ""):
                    return twin
            return twins[0]
        stranger = self.strangers.get(sid)
        if stranger is None:
            # Not listed: only the id and the name in the title ("Name (cue)") are on the page.
            title = attributes.get("title") or sid
            cue = attributes.get("data-cue")
            if cue and title.endswith(f" ({cue})"):
                title = title[: -len(cue) - 3]
            stranger = self.strangers[sid] = Speaker(id=sid, name=title)
        return stranger

    def quote(
        self,
        attributes: dict[str, str | None],
        covered: str,
        text: str | None,
        where: str,
    ) -> Quote:
        """A Quote from its element's attributes; ``covered`` is the text it marks."""
        kind = attributes.get("data-kind") or "direct"
        try:
            quote_kind = QuoteKind(kind)
        except ValueError:
            raise DocumentError(f"unknown quote kind {kind!r}", where) from None
        start = int_or_none(attributes.get("data-start"), "data-start", where)
        end = int_or_none(attributes.get("data-end"), "data-end", where)
        if "data-text" in attributes:
            said = attributes.get("data-text") or ""
        elif (
            text is not None
            and start is not None
            and end is not None
            and 0 <= start <= end <= len(text)
        ):
            said = text[start:end]
        else:
            said = covered
        quote = Quote(
            text=said,
            speaker=self.speaker(attributes),
            cue=attributes.get("data-cue"),
            kind=quote_kind,
            start=start,
            end=end,
            source=attributes.get("data-source"),
            cue_start=int_or_none(attributes.get("data-cue-start"), "data-cue-start", where),
            cue_end=int_or_none(attributes.get("data-cue-end"), "data-cue-end", where),
            speaker_start=int_or_none(
                attributes.get("data-speaker-start"), "data-speaker-start", where
            ),
            speaker_end=int_or_none(attributes.get("data-speaker-end"), "data-speaker-end", where),
            floating=attributes.get("data-floating") == "true",
        )
        confidence = attributes.get("data-confidence")
        if confidence is not None:
            try:
                quote.confidence = float(confidence)
            except ValueError:
                raise DocumentError(
                    f"data-confidence is not a number: {confidence!r}", where
                ) from None
        parts = attributes.get("data-parts")
        if parts:
            quote.parts = tuple(
                (int_or_none(s, "data-parts", where) or 0, int_or_none(e, "data-parts", where) or 0)
                for s, _, e in (p.partition("-") for p in parts.split())
            )
        return quote

    def quotes(self, inline: Inline, asides: list[LexborNode], where: str) -> list[Quote]:
        """The quotes of one block or comment, in the article's quote order."""
        numbered: list[tuple[int, Quote]] = []
        for number, (attributes, start, end) in inline.pieces.items():
            self.claim(number, where)
            numbered.append(
                (number, self.quote(attributes, inline.text[start:end], inline.text, where))
            )
        for aside in asides:
            if "nt-quotes" not in classes(aside):
                continue
            for el in elements(aside):
                attributes = el.attributes
                if "nt-quote" not in (attributes.get("class") or "").split():
                    continue
                number = int_or_none(attributes.get("data-quote"), "data-quote", where) or 0
                self.claim(number, where)
                numbered.append((number, self.quote(attributes, text_of(el), None, where)))
        numbered.sort(key=lambda pair: pair[0])
        return [q for _, q in numbered]

    def claim(self, number: int, where: str) -> None:
        if number in self.numbers:
            raise DocumentError(f"quote number {number} appears in two places", where)
        self.numbers.add(number)

    # -- body -----------------------------------------------------------------------------

    def read_body(self, div: LexborNode) -> list[Block]:
        # (class, text container, extra fields); loose quotes may follow a block.
        blocks: list[tuple[type[Block], Inline, dict[str, Any], list[LexborNode], str]] = []
        for el in elements(div):
            tag = el.tag
            where = f"div.nt-body > {tag}[{len(blocks)}]"
            if tag == "aside":
                if blocks:
                    blocks[-1][3].append(el)
                continue
            if tag == "p":
                kind: type[Block] = Block if "data-block" in el.attributes else Paragraph
                blocks.append((kind, read_inline(el, where), {}, [], where))
            elif tag in _HEADINGS:
                level = {"level": _HEADINGS[tag]}
                blocks.append((Heading, read_inline(el, where), level, [], where))
            elif tag == "blockquote":
                inner = el.css_first("p")
                blocks.append((BlockQuote, read_inline(inner or el, where), {}, [], where))
            elif tag == "figure":
                inner = el.css_first("figcaption")
                blocks.append((Caption, read_inline(inner or el, where), {}, [], where))
            elif tag in ("ul", "ol"):
                for inline, extra, here in self.read_list(el, where):
                    blocks.append((ListItem, inline, extra, inline.asides, here))
        out: list[Block] = []
        for kind, inline, extra, asides, where in blocks:
            quotes = self.quotes(inline, asides, where)
            block: Block
            if kind is Heading:
                block = Heading(inline.text, quotes=quotes, level=extra["level"])
            elif kind is ListItem:
                block = ListItem(
                    inline.text, quotes=quotes, ordered=extra["ordered"], indent=extra["indent"]
                )
            else:
                block = kind(inline.text, quotes=quotes)
            block.links = tuple(inline.links)
            out.append(block)
        return out

    def read_list(self, top: LexborNode, where: str) -> list[tuple[Inline, dict[str, Any], str]]:
        """The items of a (nested) list in document order, with ``ordered`` and ``indent``."""
        out: list[tuple[Inline, dict[str, Any], str]] = []
        # (next child to look at, depth, is the list ordered?)
        stack: list[tuple[LexborNode | None, int, bool]] = [(top.child, 0, top.tag == "ol")]
        while stack:
            node, depth, ordered = stack.pop()
            if node is None:
                continue
            stack.append((node.next, depth, ordered))
            if node.tag != "li":
                continue
            here = f"{where} li[{len(out)}]"
            inline = read_inline(node, here, item=True)
            attributes = node.attributes
            if "nt-gap" not in (attributes.get("class") or "").split():
                indent = int_or_none(attributes.get("data-indent"), "data-indent", here)
                fields: dict[str, Any] = {
                    "ordered": ordered,
                    "indent": depth if indent is None else indent,
                }
                out.append((inline, fields, here))
            for sub in reversed(inline.lists):
                stack.append((sub.child, depth + 1, sub.tag == "ol"))
        return out

    # -- the thread -----------------------------------------------------------------------

    def read_thread(self, section: LexborNode) -> list[Comment]:
        thread = next(
            (el for el in elements(section) if el.tag == "ol" and "nt-thread" in classes(el)),
            None,
        )
        if thread is None:
            return []
        records: list[_Record] = []
        by_anchor: dict[str, int] = {}
        anchors: list[str | None] = []  # per record
        # (a reply list, the record that holds it or -1, is it a flat list?)
        lists: list[tuple[LexborNode, int, bool]] = [(thread, -1, False)]
        while lists:
            ol, owner, flat = lists.pop()
            owner_anchor = anchors[owner] if owner >= 0 else None
            local: dict[str, int] = {}  # anchors of this flat list so far
            li = ol.child
            while li is not None:
                if li.tag != "li":
                    li = li.next
                    continue
                index = len(records)
                attributes = li.attributes
                anchor = attributes.get("id")
                where = f"li#{anchor}" if anchor else f"ol > li[{index}]"
                parent = owner
                if flat:
                    parent = self.flat_parent(li, attributes, owner, owner_anchor, local, where)
                record, sublists = self.read_comment(li, attributes, parent, where)
                if anchor is not None:
                    if anchor in by_anchor:
                        raise DocumentError(f"two comments carry the anchor {anchor!r}", where)
                    by_anchor[anchor] = index
                    if flat:
                        local[anchor] = index
                records.append(record)
                anchors.append(anchor)
                if parent >= 0:
                    records[parent].replies.append(index)
                for sub in reversed(sublists):
                    lists.append((sub, index, "nt-flat" in classes(sub)))
                li = li.next
        return _link(records)

    def flat_parent(
        self,
        li: LexborNode,
        attributes: dict[str, str | None],
        owner: int,
        owner_anchor: str | None,
        local: dict[str, int],
        where: str,
    ) -> int:
        """The record a flat entry replies to: the list's owner or an earlier entry of the list."""
        name = attributes.get("data-parent")
        if name is None:
            link = next(
                (
                    el
                    for el in elements(li)
                    if el.tag == "link" and el.attributes.get("itemprop") == "parentItem"
                ),
                None,
            )
            href = link.attributes.get("href") if link is not None else None
            if href is None or not href.startswith("#"):
                raise DocumentError("flat comment names no parent (data-parent)", where)
            name = href[1:]
        if name == owner_anchor:
            return owner
        index = local.get(name)
        if index is None:
            raise DocumentError(
                f"flat comment names parent {name!r}, which does not come before it "
                "in its list (missing, a forward reference or a cycle)",
                where,
            )
        return index

    def read_comment(
        self, li: LexborNode, attributes: dict[str, str | None], parent: int, where: str
    ) -> tuple[_Record, list[LexborNode]]:
        status_value = attributes.get("data-status") or "published"
        status = _STATUS.get(status_value)
        if status is None:
            raise DocumentError(f"unknown comment status {status_value!r}", where)
        fields: dict[str, Any] = {"status": status}
        if "data-more-count" in attributes:
            fields["more_count"] = int_or_none(
                attributes.get("data-more-count"), "data-more-count", where
            )
        if "data-in-reply-to" in attributes:
            fields["in_reply_to"] = attributes.get("data-in-reply-to") or ""
        inline: Inline | None = None
        asides: list[LexborNode] = []
        sublists: list[LexborNode] = []
        el = li.child
        while el is not None:
            tag = el.tag
            if tag == "meta":
                own = el.attributes
                if own.get("itemprop") == "identifier" and "id" not in fields:
                    fields["id"] = own.get("content") or ""
            elif tag == "p":
                if "nt-meta" in (el.attributes.get("class") or "").split():
                    self.read_meta(el, fields, where)
            elif tag == "div":
                if "nt-text" in (el.attributes.get("class") or "").split():
                    inline = read_inline(el, where)
                    asides.extend(inline.asides)
            elif tag == "aside":
                asides.append(el)
            elif tag == "ol":
                sublists.append(el)
            el = el.next
        if "id" not in fields:
            raise DocumentError("comment without <meta itemprop=identifier>", where)
        quotes: list[Quote] = []
        if inline is not None:
            fields["text"] = inline.text
            if inline.pieces or asides:
                quotes = self.quotes(inline, asides, where)
        elif asides:
            quotes = self.quotes(Inline("", [], {}, [], []), asides, where)
        return _Record(fields, quotes, parent), sublists

    def read_meta(self, p: LexborNode, fields: dict[str, Any], where: str) -> None:
        for el in elements(p):
            attributes = el.attributes
            class_names = (attributes.get("class") or "").split()
            if "nt-author" in class_names and "author" not in fields:
                fields["author"] = person(el)
            elif el.tag == "time" and "published" not in fields:
                fields["published"] = date_of(el, f"{where} time")
            elif "nt-score" in class_names:
                fields["score"] = int_or_none(
                    attributes.get("value"), "score", f"{where} data.nt-score"
                )
            elif "nt-permalink" in class_names:
                fields["url"] = attributes.get("href") or None


def _link(records: list[_Record]) -> list[Comment]:
    """Comments from records whose parents come first: built children first, so no recursion."""
    built: list[Comment | None] = [None] * len(records)
    top: list[Comment] = []
    for index in range(len(records) - 1, -1, -1):
        record = records[index]
        fields = record.fields
        replies = [built[i] for i in record.replies]
        comment = Comment(
            **fields,
            quotes=record.quotes,
            replies=[r for r in replies if r is not None],
        )
        for i in record.replies:
            built[i] = None  # adopted: drop our reference
        built[index] = comment
    for index, record in enumerate(records):
        if record.parent < 0:
            made = built[index]
            assert made is not None
            top.append(made)
    return top
