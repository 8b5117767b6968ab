"""The elements the metadata readers look at, found in one CSS pass over the page.

A CSS pass over a whole page costs about as much as what a reader then does with the few
elements it finds, and the readers of the JSON-LD, the ``<meta>`` values, the canonical
link, the title and the dates asked for theirs one pass each (some of them several times):
they now share this one. Each group keeps document order and exactly the elements its own
selector would find (lexbor compares ``type`` and ``rel`` values ASCII case-blind, as HTML
says; the other values exactly).

lexbor gives an element once for each selector of a list it matches (``time,
[itemprop="datePublished"]`` gives ``<time itemprop="datePublished">`` twice, one after the
other): each group here holds an element once, and a reader that asked a list of selectors
repeats an element as often as lexbor gave it (see ``_published``).
"""

from __future__ import annotations

from datetime import datetime

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["Attributes", "PageNodes"]

Attributes = dict[str, str | None]

_SELECTOR_PLAIN = (
    'h1, script, meta[content], link[rel="canonical"][href], base[href], time, '
    '[itemprop="datePublished"], [itemprop="dateModified"], '
    '[property="schema:datePublished"][content], [property="schema:dateCreated"][content]'
)
# The same, the tests of one attribute grouped under ``:is()``: lexbor tests every alternative
# on every element, and an element without an ``itemprop`` (a ``property``) is passed over at
# one look instead of two (the pass costs a twelfth less). The same elements, in document
# order; an element that two grouped alternatives match is listed once, not twice (the pass
# keeps it once either way).
_SELECTOR = (
    'h1, script, meta[content], link[rel="canonical"][href], base[href], time, '
    '[itemprop]:is([itemprop="datePublished"], [itemprop="dateModified"]), '
    '[property][content]:is([property="schema:datePublished"], [property="schema:dateCreated"])'
)


_DATE_PROPS = frozenset({"datePublished", "dateModified"})


_SCHEMA_DATES = frozenset({"schema:datePublished", "schema:dateCreated"})


class PageNodes:
    """The page's ``<h1>`` elements, scripts, ``<meta content>`` elements, canonical link,
    ``<base href>`` and date elements (``time``, ``[itemprop=datePublished|dateModified]``, RDFa's
    ``schema:datePublished``/``schema:dateCreated`` with a ``content``), each with its
    attributes read once (the lists are shared: not to be changed)."""

    __slots__ = (
        "_body_lines",
        "_doc",
        "base",
        "canonical",
        "date_class",
        "date_class_nodes",
        "dates",
        "h1s",
        "metas",
        "own",
        "scripts",
        "window",
    )

    def __init__(self, doc: LexborHTMLParser) -> None:
        self._doc = doc
        self._body_lines: str | None = None
        self.h1s: list[LexborNode] = []
        self.scripts: list[tuple[LexborNode, Attributes]] = []
        self.metas: list[tuple[LexborNode, Attributes]] = []
        #: date elements with their tag name and attributes
        self.dates: list[tuple[LexborNode, str, Attributes]] = []
        #: the first ``link[rel="canonical"][href]``
        self.canonical: LexborNode | None = None
        #: the first ``base[href]``
        self.base: LexborNode | None = None
        #: the text around the only ``<h1>`` once ``_datelines.heading_window`` has read it
        self.window: tuple[str | None] | None = None
        #: the date in an element whose class names a date, and that element, once
        #: ``_published`` has looked for it
        self.date_class: tuple[tuple[datetime, LexborNode] | None] | None = None
        #: the elements whose class names a date (the first 30), once ``_date_markup`` has
        #: listed them
        self.date_class_nodes: list[LexborNode] | None = None
        #: the page's own text once ``_datelines.own_text`` has read it: (its limit, the text)
        self.own: tuple[int, str] | None = None
        last = -1
        h1s, scripts, metas, dates = self.h1s, self.scripts, self.metas, self.dates
        for node in doc.css(_SELECTOR):
            mem_id = node.mem_id
            if mem_id == last:  # the same element for another selector of the list
                continue
            last = mem_id
            tag = node.tag or ""
            attrs_ = node.attributes
            # (the tags most pages have most of first: scripts and metas)
            if tag == "script":
                scripts.append((node, attrs_))
            elif tag == "meta":
                if "content" in attrs_:
                    metas.append((node, attrs_))
            elif tag == "h1":
                h1s.append(node)
            elif tag == "link" and (
                self.canonical is None
                and "href" in attrs_
                and (attrs_.get("rel") or "").lower() == "canonical"
            ):
                self.canonical = node
            elif tag == "base" and self.base is None and "href" in attrs_:
                self.base = node
            # (an element without an itemprop or a property is a date element only as <time>)
            if tag == "time" or (
                ("itemprop" in attrs_ or "property" in attrs_)
                and (
                    attrs_.get("itemprop") in _DATE_PROPS
                    or (attrs_.get("property") in _SCHEMA_DATES and "content" in attrs_)
                )
            ):
                dates.append((node, tag, attrs_))

    def body_lines(self) -> str:
        """The text of the page's ``<body>``, its text nodes one a line ("" without a body),
        read once for the readers that search it (the labelled byline and date)."""
        if self._body_lines is None:
            body = self._doc.body
            self._body_lines = "" if body is None else body.text(deep=True, separator="\n")
        return self._body_lines

    def ld_json_scripts(self) -> list[LexborNode]:
        """``script[type="application/ld+json"]``."""
        return [
            node
            for node, attrs_ in self.scripts
            if (attrs_.get("type") or "").lower() == "application/ld+json"
        ]

    def with_itemprop(self, prop: str) -> list[LexborNode]:
        """``[itemprop="<prop>"]`` for a date property (``datePublished``, ``dateModified``)."""
        return [node for node, _tag, attrs_ in self.dates if attrs_.get("itemprop") == prop]

    def times(self) -> list[LexborNode]:
        """``time``."""
        return [node for node, tag, _attrs in self.dates if tag == "time"]
