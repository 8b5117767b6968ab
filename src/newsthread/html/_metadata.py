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

import json
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import attrs
from dateutil import parser as dateparser
from dateutil import tz
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsthread.model import Author

__all__ = ["Metadata", "extract_metadata", "parse_date"]

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
    "creativework",
}
_PAGE_TYPES = {"webpage", "itempage", "aboutpage", "collectionpage", "profilepage", "qapage"}
_SPACE = re.compile(r"\s+")
_BY = re.compile(r"^\s*(?:by|von|par|por|di|door|av|przez|autor(?:in)?:?|author:?)\s+", re.I)
_NOT_A_NAME = re.compile(
    r"https?://|www\.|@|\bposts? by\b|\bview all\b|\balle beiträge\b|\bprofile\b|\d{3,}", re.I
)
_TITLE_SEPARATORS = re.compile(
    "\\s+[|\u2022\u00b7\u00bb\u00ab\u2013\u2014-]\\s+|" r"\s+::\s+|\s+:\s+(?=[^:]*$)"
)
_TZINFOS = {
    "CET": tz.gettz("Europe/Berlin"),
    "CEST": tz.gettz("Europe/Berlin"),
    "MEZ": tz.gettz("Europe/Berlin"),
    "MESZ": tz.gettz("Europe/Berlin"),
    "BST": tz.gettz("Europe/London"),
    "EST": tz.gettz("America/New_York"),
    "EDT": tz.gettz("America/New_York"),
    "PST": tz.gettz("America/Los_Angeles"),
    "PDT": tz.gettz("America/Los_Angeles"),
}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DMY = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")


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


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = _SPACE.sub(" ", value).strip()
    return text or None


def parse_date(value: object) -> datetime | None:
    """A date or date-time from a machine-readable attribute or visible text, or None.

    ISO 8601 and RFC 2822 forms keep their time zone; ``31.12.2019`` is read day
    first; anything else goes through dateutil's parser. Unix timestamps
    (seconds) are read as UTC. Dates without a year are refused.
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_timestamp(float(value))
    text = _clean(value)
    if text is None or len(text) > 80:
        return None
    if text.isdigit() and 9 <= len(text) <= 10:
        return _from_timestamp(float(text))
    match = _DMY.search(text)
    if match and not _ISO_DATE.search(text):
        day, month, year = (int(g) for g in match.groups())
        try:
            return datetime(year, month, day)
        except ValueError:
            return None
    if not re.search(r"\d{4}", text):
        return None
    try:
        parsed = dateparser.parse(text, fuzzy=not _ISO_DATE.match(text), tzinfos=_TZINFOS)
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed is None or not 1990 <= parsed.year <= 2100:
        return None
    return parsed


def _from_timestamp(value: float) -> datetime | None:
    if value > 1e11:  # milliseconds
        value /= 1000
    try:
        parsed = datetime.fromtimestamp(value, tz=tz.UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return parsed if 1990 <= parsed.year <= 2100 else None


def _author_name(value: str | None) -> str | None:
    name = _clean(value)
    if name is None:
        return None
    name = _BY.sub("", name).strip(" ,;:|-")
    if not name or len(name) > 80 or _NOT_A_NAME.search(name):
        return None
    return name


def _add_authors(out: list[Author], names: Iterator[tuple[str | None, str | None]]) -> None:
    seen = {a.name.casefold() for a in out}
    for raw, url in names:
        if raw is None:
            continue
        for part in re.split(r"\s*(?:;|\||,\s*(?=\S+\s+\S+)|\s+(?:and|und|&|et|y)\s+)\s*", raw):
            name = _author_name(part)
            if name and name.casefold() not in seen:
                seen.add(name.casefold())
                out.append(Author(name, url if url and url.startswith("http") else None))


# -- JSON-LD --------------------------------------------------------------------


def _json_objects(doc: LexborHTMLParser) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page, flattening lists and ``@graph``."""
    out: list[dict[str, Any]] = []
    for script in doc.css('script[type="application/ld+json"]'):
        raw = script.text(deep=True).strip()
        if not raw:
            continue
        raw = raw.removeprefix("<![CDATA[").removesuffix("]]>").strip().rstrip(";")
        try:
            data = json.loads(raw)
        except ValueError:
            try:  # trailing commas and raw newlines in strings are common
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw), strict=False)
            except ValueError:
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


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].casefold() for k in kinds if isinstance(k, str)}


def _ld_names(value: Any) -> Iterator[tuple[str | None, str | None]]:
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str):
            yield item, None
        elif isinstance(item, dict) and "organization" not in _types(item):
            name = item.get("name")
            if isinstance(name, list):
                name = name[0] if name else None
            url = item.get("url")
            yield (name if isinstance(name, str) else None), (url if isinstance(url, str) else None)


def _ld_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@id")
    return _clean(value)


def _from_json_ld(doc: LexborHTMLParser, meta: Metadata) -> None:
    objects = _json_objects(doc)
    articles = [o for o in objects if _types(o) & _ARTICLE_TYPES]
    pages = [o for o in objects if _types(o) & _PAGE_TYPES]
    for obj in articles[:1] or pages[:1]:
        meta.title = meta.title or _ld_text(obj.get("headline")) or _ld_text(obj.get("name"))
        if not meta.authors:
            _add_authors(meta.authors, _ld_names(obj.get("author") or obj.get("creator")))
        meta.published = meta.published or parse_date(obj.get("datePublished"))
        meta.published = meta.published or parse_date(obj.get("dateCreated"))
        meta.modified = meta.modified or parse_date(obj.get("dateModified"))
        meta.section = meta.section or _ld_text(obj.get("articleSection"))
        meta.description = meta.description or _clean(obj.get("description"))
        meta.language = meta.language or _ld_text(obj.get("inLanguage"))
        publisher = obj.get("publisher")
        if isinstance(publisher, dict):
            meta.site_name = meta.site_name or _clean(publisher.get("name"))
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
        for obj in objects:
            if _types(obj) & {"website", "organization", "newsmediaorganization"}:
                meta.site_name = _clean(obj.get("name"))
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
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "citation_author",
    "byl",
    "twitter:data1",
)
_PUBLISHED_KEYS = (
    "article:published_time",
    "og:published_time",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "article.published",
    "datepublished",
    "og:updated_time",
    "last-modified",
)
_MODIFIED_KEYS = (
    "article:modified_time",
    "og:updated_time",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
    "article.updated",
    "datemodified",
)
_SITE_KEYS = ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site")
_SECTION_KEYS = ("article:section", "parsely-section", "sailthru.section", "section", "category")
_TAG_KEYS = ("article:tag", "parsely-tags", "sailthru.tags", "news_keywords", "keywords")
_DESCRIPTION_KEYS = ("og:description", "description", "twitter:description", "dc.description")


def _meta_values(doc: LexborHTMLParser) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    head_and_body = doc.css("meta[content]")
    for node in head_and_body:
        attrs_ = node.attributes
        content = attrs_.get("content")
        if not content:
            continue
        for key_attr in ("property", "name", "itemprop", "http-equiv"):
            key = attrs_.get(key_attr)
            if key:
                values.setdefault(key.strip().casefold(), []).append(content)
    return values


def _first(values: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        for value in values.get(key, ()):
            text = _clean(value)
            if text:
                return text
    return None


def _first_date(values: dict[str, list[str]], keys: tuple[str, ...]) -> datetime | None:
    for key in keys:
        for value in values.get(key, ()):
            parsed = parse_date(value)
            if parsed is not None:
                return parsed
    return None


def _from_meta(doc: LexborHTMLParser, meta: Metadata) -> None:
    values = _meta_values(doc)
    meta.title = meta.title or _first(values, _TITLE_KEYS)
    if not meta.authors:
        for key in _AUTHOR_KEYS:
            if key == "twitter:data1" and "author" not in " ".join(
                values.get("twitter:label1", [])
            ).casefold().replace("written by", "author"):
                continue
            _add_authors(meta.authors, ((v, None) for v in values.get(key, ())))
            if meta.authors:
                break
    meta.published = meta.published or _first_date(values, _PUBLISHED_KEYS)
    meta.modified = meta.modified or _first_date(values, _MODIFIED_KEYS)
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
    link = doc.css_first('link[rel="canonical"][href]')
    href = link.attributes.get("href") if link is not None else None
    meta.canonical_url = meta.canonical_url or _clean(href) or canonical
    if meta.language is None:
        meta.language = _first(values, ("content-language", "dc.language", "og:locale"))


# -- visible markup ------------------------------------------------------------------

_BYLINE = (
    '[itemprop="author"] [itemprop="name"], [itemprop="author"], [rel="author"], '
    ".byline .author, .author-name, .byline__name, .entry-author-name, .author.vcard .fn, "
    ".vcard .fn, .post-author a, .post-author, .article-author, .author-link, .byline, "
    "address.author, .author"
)


def _from_markup(doc: LexborHTMLParser, meta: Metadata) -> None:
    if meta.published is None:
        for selector in (
            '[itemprop="datePublished"]',
            "time[pubdate]",
            "article time[datetime]",
            "time[datetime]",
            ".published, .entry-date, .post-date, .date, .datum",
        ):
            for node in doc.css(selector)[:5]:
                attrs_ = node.attributes
                parsed = parse_date(
                    attrs_.get("datetime") or attrs_.get("content") or node.text(deep=True)
                )
                if parsed is not None:
                    meta.published = parsed
                    break
            if meta.published is not None:
                break
    if meta.modified is None:
        modified = doc.css_first('[itemprop="dateModified"]')
        if modified is not None:
            attrs_ = modified.attributes
            meta.modified = parse_date(attrs_.get("datetime") or attrs_.get("content"))
    if not meta.authors:
        for node in doc.css(_BYLINE)[:20]:
            if _in_comments(node):
                continue
            attrs_ = node.attributes
            href = attrs_.get("href")
            text = attrs_.get("content") or node.text(deep=True, separator=" ")
            if text and len(text) < 100:
                _add_authors(meta.authors, iter([(text, href)]))
            if meta.authors:
                break
    if meta.title is None:
        h1 = doc.css_first("article h1, main h1, h1")
        if h1 is not None:
            meta.title = _clean(h1.text(deep=True, separator=" "))
    if meta.title is None:
        title = doc.css_first("title")
        if title is not None:
            meta.title = _strip_site_name(_clean(title.text(deep=True)), meta.site_name)
    if meta.language is None:
        html = doc.css_first("html")
        if html is not None:
            attrs_ = html.attributes
            meta.language = _clean(attrs_.get("lang") or attrs_.get("xml:lang"))


_COMMENTISH = re.compile(r"comment|respond|reply|discussion|disqus", re.I)


def _in_comments(node: LexborNode) -> bool:
    """True for a node inside a comment thread (commenters are not the article's authors)."""
    current: LexborNode | None = node
    steps = 0
    while current is not None and steps < 40:
        attrs_ = current.attributes
        marker = f"{attrs_.get('class') or ''} {attrs_.get('id') or ''}"
        if current.tag in {"article", "li"} and _COMMENTISH.search(marker):
            return True
        if _COMMENTISH.search(marker) and current.tag in {"div", "section", "ol", "ul", "aside"}:
            return True
        current = current.parent
        steps += 1
    return False


def _strip_site_name(title: str | None, site_name: str | None) -> str | None:
    if title is None:
        return None
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    if site_name:
        kept = [p for p in parts if p.casefold() != site_name.casefold()]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    return max(parts, key=len)


def extract_metadata(doc: LexborHTMLParser) -> Metadata:
    """Read the metadata of a parsed page; fields the page does not give stay None/empty."""
    meta = Metadata()
    _from_json_ld(doc, meta)
    _from_meta(doc, meta)
    _from_markup(doc, meta)
    if meta.title:
        meta.title = (
            _strip_site_name(meta.title, meta.site_name) if "|" in meta.title else meta.title
        )
    if meta.language:
        meta.language = meta.language.replace("_", "-")
    return meta
