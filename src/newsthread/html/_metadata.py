"""Article metadata from a parsed page, in a fixed order of trust.

Sources, most trusted first: JSON-LD (schema.org ``NewsArticle``/``Article``/
``BlogPosting``…, also inside ``@graph``), OpenGraph and ``article:*``
properties, Twitter cards, named ``<meta>`` conventions (Dublin Core, parsely,
sailthru, citation, plain ``author``/``date``), microdata (``itemprop``), and
last the visible markup (``<time>``, ``rel=author`` and byline elements,
``<h1>``, ``<title>``). For each field the first source that gives a usable
value wins.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import attrs
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsthread.html._byline_co_authors import co_authors
from newsthread.html._byline_declared import declared_authors
from newsthread.html._byline_search import in_cited_item, named_on_page, visible_bylines
from newsthread.html._byline_signature import bracketed_signature
from newsthread.html._bylines import (
    add_authors,
    complete_authors,
    is_organisation,
    is_outlet,
    without_language_by,
)
from newsthread.html._date_markup import markup_dates
from newsthread.html._date_order import date_order, month_first
from newsthread.html._page_nodes import PageNodes
from newsthread.html._published import (
    MODIFIED_KEYS,
    PUBLISHED_KEYS,
    first_date,
    settle_published,
)
from newsthread.html._title_site import title_site_names
from newsthread.html._titles import choose_title
from newsthread.html._written_dates import date_in_text, dates_read_once, parse_date
from newsthread.model import Author

# date_in_text and parse_date stay importable from here for the modules that read them.
__all__ = ["Metadata", "date_in_text", "extract_metadata", "parse_date"]

_ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "liveblogposting",
    "scholarlyarticle",
    "techarticle",
    "report",
    "socialmediaposting",
    "discussionforumposting",
    "posting",
    "review",
    "recipe",
    "howto",
    "creativework",
}
_PAGE_TYPES = {"webpage", "itempage", "aboutpage", "collectionpage", "profilepage", "qapage"}


@attrs.define(slots=True)
class Metadata:
    """What the page says about its article; every field may be missing."""

    title: str | None = None
    canonical_url: str | None = None
    authors: list[Author] = attrs.field(factory=list)
    published: datetime | None = None
    modified: datetime | None = None
    site_name: str | None = None
    section: str | None = None
    tags: list[str] = attrs.field(factory=list)
    language: str | None = None
    description: str | None = None
    #: The titles the page declares (JSON-LD, OpenGraph, …), most trusted first; ``title``
    #: is the first one the page confirms (see ``_titles``).
    titles: list[str | None] = attrs.field(factory=list, repr=False, eq=False)
    #: Organisations the JSON-LD names as the article's author: the byline when the page
    #: names no person.
    organisation_authors: list[Author] = attrs.field(factory=list, repr=False, eq=False)
    #: The JSON-LD's publication values as written ("02/05/2024" reads two ways).
    declared_dates: list[str] = attrs.field(factory=list, repr=False, eq=False)
    #: Whether the page writes "02/05/2024" month first (``_date_order``); None when unknown.
    month_first: bool | None = attrs.field(default=None, repr=False, eq=False)
    #: The ``href`` of the page's first ``<base href>``, as written (the page's links resolve
    #: against it).
    base_href: str | None = attrs.field(default=None, repr=False, eq=False)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())  # white space folded (as \s+ -> " ", then strip)
    return text or None


# -- JSON-LD --------------------------------------------------------------------


def _json_objects(nodes: PageNodes) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page, flattening lists and ``@graph``."""
    out: list[dict[str, Any]] = []
    for script in nodes.ld_json_scripts():
        raw = script.text(deep=True).strip()
        if not raw:
            continue
        if "<!" in raw or "]]>" in raw or "-->" in raw:  # (else there is no wrapper to find)
            raw = _LD_WRAPPER.sub("", raw)
        raw = raw.strip().rstrip(";")
        data = _ld_load(raw)
        if data is None:
            continue
        stack: list[Any] = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                out.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list | dict):
                    stack.append(graph)
    return out


# What wraps a script's JSON in the wild: CDATA and HTML comment markers.
_LD_WRAPPER = re.compile(r"^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$")


def _ld_load(raw: str) -> Any:
    """The JSON of a script, or None: read as written, else with its trailing commas and raw
    newlines forgiven, else as objects written one after the other (``{…}{…}``, ``{…}\n{…}``)."""
    # RecursionError: arrays nested deeper than the json module reads; such a script is unread.
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        pass
    lenient = re.sub(r",\s*([}\]])", r"\1", raw)
    try:
        return json.loads(lenient, strict=False)
    except (ValueError, RecursionError):
        pass
    decoder = json.JSONDecoder(strict=False)
    found: list[Any] = []
    pos = 0
    while pos < len(lenient):
        start = lenient.find("{", pos)
        if start < 0:
            break
        try:
            item, pos = decoder.raw_decode(lenient, start)
        except (ValueError, RecursionError):
            break
        found.append(item)
    return found or None


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].casefold() for k in kinds if isinstance(k, str)}


def _ld_clean(value: object) -> str | None:
    """A JSON-LD string value: whitespace folded and HTML entities decoded (``Bike &amp; Style``)."""
    text = _clean(value)
    if text is not None and "&" in text:
        text = _clean(html.unescape(text))
    return text


def _ld_names(
    value: Any, by_id: dict[str, dict[str, Any]], *, organisations: bool = False
) -> Iterator[tuple[str | None, str | None]]:
    """(name, url) of each person (or, with ``organisations``, each organisation) a JSON-LD
    author value names; ``{"@id": …}`` references are resolved."""
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str):
            yield _ld_clean(item), None
            continue
        if not isinstance(item, dict):
            continue
        ref = item.get("@id")
        if "name" not in item and isinstance(ref, str) and ref in by_id:
            item = by_id[ref]
        if organisations != bool(_types(item) & {"organization", "newsmediaorganization"}):
            continue
        name = item.get("name")
        if isinstance(name, list):
            name = name[0] if name else None
        url = item.get("url")
        yield _ld_clean(name), (url if isinstance(url, str) else None)


def _ld_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@id")
    return _ld_clean(value)


_LD_DATE_KEYS = ("datePublished", "dateCreated", "dateModified")


def _ld_value(value: Any) -> Any:
    """A JSON-LD value given as a list (its first item) or as ``{"@value": …}``."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value")
    return value


# Article types that say less than the others: taken only when no specific type is there.
_GENERIC_TYPES = {"creativework", "review"}


def _ld_article(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The object describing the article: a specific article type first; never the claim a
    ClaimReview reviews (its author is the claimant, not the article's author)."""
    reviewed: set[int] = set()
    reviewed_ids: set[str] = set()
    for obj in objects:
        item = obj.get("itemReviewed")
        for entry in item if isinstance(item, list) else [item]:
            if isinstance(entry, dict):
                reviewed.add(id(entry))
                if isinstance(entry.get("@id"), str):
                    reviewed_ids.add(entry["@id"])
    generic = None
    for obj in objects:
        kinds = _types(obj)
        if not kinds & _ARTICLE_TYPES or "claim" in kinds or id(obj) in reviewed:
            continue
        if obj.get("@id") in reviewed_ids:
            continue
        if kinds & _ARTICLE_TYPES - _GENERIC_TYPES:
            return obj
        generic = generic or obj
    if generic is not None:
        return generic
    return next((o for o in objects if _types(o) & _PAGE_TYPES), None)


def _from_json_ld(nodes: PageNodes, meta: Metadata) -> None:
    objects = _json_objects(nodes)
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    obj = _ld_article(objects)
    if obj is not None:
        meta.titles.extend((_ld_text(obj.get("headline")), _ld_text(obj.get("name"))))
        if not meta.authors:
            credit = obj.get("author") or obj.get("creator")
            add_authors(meta.authors, _ld_names(credit, by_id), marked=True)
            for name, link in _ld_names(credit, by_id, organisations=True):
                if name and len(name) <= 80:
                    meta.organisation_authors.append(Author(name, link))
        dates = {key: _ld_value(obj.get(key)) for key in _LD_DATE_KEYS}
        meta.declared_dates.extend(
            v for v in (dates["datePublished"], dates["dateCreated"]) if isinstance(v, str)
        )
        meta.published = meta.published or parse_date(dates["datePublished"])
        meta.published = meta.published or parse_date(dates["dateCreated"])
        meta.modified = meta.modified or parse_date(dates["dateModified"])
        meta.section = meta.section or _ld_text(obj.get("articleSection"))
        meta.description = meta.description or _ld_clean(obj.get("description"))
        meta.language = meta.language or _ld_text(obj.get("inLanguage"))
        publisher = obj.get("publisher")
        if isinstance(publisher, dict):
            ref = publisher.get("@id")
            if "name" not in publisher and isinstance(ref, str) and ref in by_id:
                publisher = by_id[ref]
            meta.site_name = meta.site_name or _ld_clean(publisher.get("name"))
        keywords = obj.get("keywords")
        if not meta.tags and keywords:
            meta.tags = _split_tags(keywords)
        page = obj.get("mainEntityOfPage")
        if isinstance(page, dict):
            page = page.get("@id")
        url = page if isinstance(page, str) else obj.get("url")
        if isinstance(url, str) and url.startswith("http"):
            meta.canonical_url = meta.canonical_url or url
    if meta.site_name is None:
        for item in objects:
            if _types(item) & {"website", "organization", "newsmediaorganization"}:
                meta.site_name = _ld_clean(item.get("name"))
                if meta.site_name:
                    break


def _split_tags(value: Any) -> list[str]:
    items = value if isinstance(value, list) else str(value).split(",")
    out: list[str] = []
    for item in items:
        text = _clean(item) if isinstance(item, str) else None
        if text and text not in out and len(text) < 100:
            out.append(text)
    return out


# -- <meta> ----------------------------------------------------------------------

_TITLE_KEYS = ("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title")
_AUTHOR_KEYS = (
    # Dublin Core first (a property the page states on purpose; "author" is often a
    # template's default), as Readability does.
    "dc:creator",
    "dcterms:creator",
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "citation_author",
    "byl",
    "twitter:data1",
    "article:author_name",
    "og:article:author",
    "cxenseparse:author",
    "shareaholic:article_author_name",
    "analyticsattributes.author",
    "vr:author",
    "cse_author",
    "fp:authors",
    "bepress_citation_author",
    "byline",
    "og:author",
    "article:author:name",
    "authors",
)
_SITE_KEYS = ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site")
# Other names a site declares for itself (its app's name, its publisher): a title part that is
# one of them is the site's name. (Not its social handle: "@firefox" names a product as often.)
_SITE_ALIAS_KEYS = (
    "og:site_name",
    "application-name",
    "apple-mobile-web-app-title",
    "al:ios:app_name",
    "al:android:app_name",
    "twitter:app:name:iphone",
    "publisher",
    "dc.publisher",
)
_SECTION_KEYS = ("article:section", "parsely-section", "sailthru.section", "section", "category")
_TAG_KEYS = ("article:tag", "parsely-tags", "sailthru.tags", "news_keywords", "keywords")
_DESCRIPTION_KEYS = ("og:description", "description", "twitter:description", "dc.description")


def _meta_values(nodes: PageNodes) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for node, attrs_ in nodes.metas:  # in the head and the body
        content = attrs_.get("content")
        if not content:
            continue
        for key_attr in ("property", "name", "itemprop", "http-equiv"):
            key = attrs_.get(key_attr)
            if key and key_attr == "itemprop" and key == "author" and in_cited_item(node):
                continue
            if key:
                # RDFa allows several properties in one attribute ("dc:creator twitter:site_name").
                for one in key.casefold().split():
                    values.setdefault(one, []).append(content)
    return values


def _first(values: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        for value in values.get(key, ()):
            text = _clean(value)
            if text:
                return text
    return None


def _from_meta(nodes: PageNodes, meta: Metadata, values: dict[str, list[str]]) -> None:
    meta.titles.extend(_clean(value) for key in _TITLE_KEYS for value in values.get(key, ()))
    tagged: list[Author] = []
    for key in _AUTHOR_KEYS:
        if key not in values:
            continue  # (most pages have two or three of these keys)
        if key == "twitter:data1" and "author" not in " ".join(
            values.get("twitter:label1", [])
        ).casefold().replace("written by", "author"):
            continue
        add_authors(tagged, ((v, None) for v in values.get(key, ())), marked=True)
        if tagged:
            break
    complete_authors(meta.authors, tagged)
    meta.published = meta.published or first_date(values, PUBLISHED_KEYS)
    meta.modified = meta.modified or first_date(values, MODIFIED_KEYS)
    meta.site_name = meta.site_name or _first(values, _SITE_KEYS)
    if meta.site_name and meta.site_name.startswith("@"):
        meta.site_name = meta.site_name[1:] or None
    meta.section = meta.section or _first(values, _SECTION_KEYS)
    if not meta.tags:
        for key in _TAG_KEYS:
            found = values.get(key)
            if found:
                tags: list[str] = []
                for value in found:
                    tags.extend(t for t in _split_tags(value) if t not in tags)
                meta.tags = tags
                break
    meta.description = meta.description or _first(values, _DESCRIPTION_KEYS)
    canonical = _first(values, ("og:url", "twitter:url"))
    link = nodes.canonical
    href = link.attributes.get("href") if link is not None else None
    meta.canonical_url = meta.canonical_url or _clean(href) or canonical
    if meta.language is None:
        meta.language = _first(values, ("content-language", "dc.language", "og:locale"))


# -- visible markup ------------------------------------------------------------------


def _from_markup(
    doc: LexborHTMLParser, meta: Metadata, url: str | None, nodes: PageNodes
) -> LexborNode | None:
    """Dates, byline, title and language from the visible markup; returns the element that
    gave the publication date, if one did."""
    source = markup_dates(doc, meta, url, nodes)
    sites = _site_names(meta, url)
    if not meta.site_name:
        title_node = doc.css_first("title")
        sites += title_site_names(title_node.text() if title_node else None, meta.titles)
    site_credit = bool(meta.authors) and all(is_outlet(a.name, sites) for a in meta.authors)
    unnamed = bool(meta.authors) and not site_credit and not named_on_page(doc, meta.authors)
    organisation = any(is_organisation(a.name) for a in meta.authors)
    if site_credit or unnamed or organisation:
        # The metadata credits the site itself or an organisation, or names nobody the page
        # shows (a site-wide default): the page's byline, if it names someone else (over an
        # organisation: a person's full name), says who wrote it.
        visible = visible_bylines(
            doc, sites, copyright=False, description=meta.description, page_nodes=nodes
        )
        other = bool(visible) and not all(is_outlet(a.name, sites) for a in visible)
        if organisation and not unnamed:
            other = other and all(" " in a.name for a in visible)
        if visible and (site_credit or other):
            meta.authors = visible
    elif meta.authors:  # one declared author, the byline naming more ("A, B" under A only)
        meta.authors = co_authors(doc, meta.authors, sites, nodes) or meta.authors
    if not meta.authors:
        meta.authors = visible_bylines(
            doc,
            sites,
            declared=meta.organisation_authors,
            description=meta.description,
            page_nodes=nodes,
        )
    if not meta.authors:
        meta.authors = bracketed_signature(doc)
    if meta.language is None:
        html = doc.root if doc.root is not None and doc.root.tag == "html" else None
        if html is not None:
            attrs_ = html.attributes
            meta.language = _clean(attrs_.get("lang") or attrs_.get("xml:lang"))
    meta.authors = without_language_by(meta.authors, meta.language)
    return source


def _site_names(meta: Metadata, url: str | None) -> list[str]:
    """The names an outlet goes by on this page: its declared name and its web addresses."""
    names = [meta.site_name] if meta.site_name else []
    for address in (url, meta.canonical_url):
        if address:
            try:
                host = urlsplit(address).hostname or ""
            except ValueError:  # a malformed address names no site ("http://[x]/")
                continue
            host = host.removeprefix("www.")
            if host:
                names.extend((host, host.split(".")[0]))
    return names


def _declared_languages(doc: LexborHTMLParser, values: dict[str, list[str]]) -> list[str | None]:
    """The languages the page declares, most trusted first: ``<html lang>``, then ``<meta>``."""
    root = doc.root
    declared: list[str | None] = []
    if root is not None and root.tag == "html":
        declared.append(root.attributes.get("lang") or root.attributes.get("xml:lang"))
    for key in ("og:locale", "content-language", "dc.language", "language"):
        declared.extend(values.get(key, ())[:1])
    return declared


def extract_metadata(doc: LexborHTMLParser, *, url: str | None = None) -> Metadata:
    """Read the metadata of a parsed page; fields the page does not give stay None/empty.

    ``url`` is where the page came from; a date in its path is used when the
    page declares none in its metadata.
    """
    meta = Metadata()
    nodes = PageNodes(doc)  # one CSS pass for the readers below
    if nodes.base is not None:
        meta.base_href = nodes.base.attributes.get("href")
    values = _meta_values(nodes)
    # "02/05/2024" is read in the order of the page's language (the JSON-LD's dates come first).
    meta.month_first = month_first(_declared_languages(doc, values), (url,))
    with date_order(meta.month_first), dates_read_once():
        _from_json_ld(nodes, meta)
        _from_meta(nodes, meta, values)
        if not meta.authors:
            meta.authors = declared_authors(nodes, values)
        source = _from_markup(doc, meta, url, nodes)
        settle_published(doc, meta, url, values, source, nodes)
    sites = _site_names(meta, url) + [
        name for key in _SITE_ALIAS_KEYS for name in values.get(key, ())[:1] if name.strip()
    ]
    meta.title = choose_title(doc, meta.titles, sites, nodes.h1s)
    if meta.language:
        meta.language = meta.language.replace("_", "-")
    return meta
