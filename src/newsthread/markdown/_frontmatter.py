"""YAML front matter: split it off a document, read it into article metadata, write it back."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import yaml

from newsthread._validate import parse_date_words
from newsthread.errors import ParseError
from newsthread.model import Article, Author

__all__ = ["GENERATOR", "apply_front_matter", "dump_front_matter", "split_front_matter"]

_FENCE = re.compile(r"---[ \t]*")
_CLOSE = re.compile(r"(?:---|\.\.\.)[ \t]*")


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves timestamps as strings: dates are parsed by dateutil, keeping the zone."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def split_front_matter(text: str, source: str | None) -> tuple[dict[str, Any] | None, str, int]:
    """Split ``---`` fenced YAML off the start of ``text``.

    Returns the mapping (None without front matter), the rest of the text and
    the number of lines the front matter took. A fence that is never closed or
    YAML that cannot be read raises :class:`~newsthread.errors.ParseError`.
    """
    first_end = text.find("\n")
    if first_end == -1 or not _FENCE.fullmatch(text[:first_end]):
        return None, text, 0
    if text.startswith("\n", first_end + 1):
        return None, text, 0  # "---" and a blank line: a thematic break, not front matter
    pos = first_end + 1
    line = 1
    while True:
        end = text.find("\n", pos)
        stop = len(text) if end == -1 else end
        line += 1
        if _CLOSE.fullmatch(text, pos, stop):
            break
        if end == -1:
            raise ParseError(
                "front matter opened by '---' is never closed by a '---' line", source, 1, 1
            )
        pos = end + 1
    raw = text[first_end + 1 : pos]
    rest = "" if end == -1 else text[end + 1 :]
    try:
        data = yaml.load(raw, Loader=_Loader)  # a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).split("\n")[0]
        raise ParseError(
            f"malformed YAML front matter: {problem}",
            source,
            mark.line + 2 if mark is not None else 2,
            mark.column + 1 if mark is not None else None,
        ) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ParseError(
            f"front matter must be a YAML mapping, not {type(data).__name__}", source, 2
        )
    return data, rest, line


def _text(key: str, value: Any, source: str | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, str | int | float | bool):
        return str(value)
    raise ParseError(f"front matter key {key!r} must be text, not {type(value).__name__}", source)


def _texts(key: str, value: Any, source: str | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [t.strip() for t in value.split(",") if t.strip()]
    if isinstance(value, list):
        out = []
        for item in value:
            text = _text(key, item, source)
            if text is not None:
                out.append(text)
        return out
    raise ParseError(f"front matter key {key!r} must be a list of text", source)


def _date(key: str, value: Any, source: str | None) -> datetime | None:
    text = _text(key, value, source)
    if text is None or not text.strip():
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    parsed = parse_date_words(text)
    if parsed is None:
        raise ParseError(f"front matter key {key!r}: not a date: {text!r}", source)
    return parsed


def _authors(value: Any, source: str | None) -> list[Author]:
    items = value if isinstance(value, list) else [value]
    out: list[Author] = []
    for item in items:
        if isinstance(item, Mapping):
            name = _text("authors.name", item.get("name"), source)
            if name is None:
                raise ParseError("front matter author without a 'name'", source)
            out.append(Author(name, _text("authors.url", item.get("url"), source)))
        elif item is not None:
            name = _text("authors", item, source)
            if name is not None:
                out.append(Author(name))
    return out


_ALIASES = {
    "title": "title",
    "url": "url",
    "link": "url",
    "canonical_url": "canonical_url",
    "canonical": "canonical_url",
    "summary": "summary",
    "description": "summary",
    "authors": "authors",
    "author": "authors",
    "published": "published",
    "date": "published",
    "modified": "modified",
    "updated": "modified",
    "lastmod": "modified",
    "site": "site_name",
    "site_name": "site_name",
    "sitename": "site_name",
    "section": "section",
    "category": "section",
    "tags": "tags",
    "keywords": "tags",
    "language": "language",
    "lang": "language",
    "comments": "declared_comment_count",
    "comment_count": "declared_comment_count",
}


#: The ``generator`` value of documents newsthread writes; such documents are read strictly.
GENERATOR = "newsthread"


def apply_front_matter(article: Article, data: Mapping[str, Any], source: str | None) -> bool:
    """Fill article metadata from a front-matter mapping; unknown keys go to ``extra["front_matter"]``.

    Returns whether the document says newsthread wrote it.
    """
    unknown: dict[str, Any] = {}
    ours = False
    for key, value in data.items():
        field = _ALIASES.get(str(key).lower())
        if key == "generator" and value == GENERATOR:
            ours = True
        elif field is None:
            unknown[str(key)] = value
        elif field == "authors":
            article.authors = _authors(value, source)
        elif field == "tags":
            article.tags = _texts(str(key), value, source)
        elif field in {"published", "modified"}:
            setattr(article, field, _date(str(key), value, source))
        elif field == "declared_comment_count":
            if isinstance(value, bool) or not isinstance(value, int | str | type(None)):
                raise ParseError(f"front matter key {key!r} must be a number", source)
            try:
                article.declared_comment_count = None if value is None else int(value)
            except ValueError:
                raise ParseError(f"front matter key {key!r} must be a number", source) from None
        else:
            setattr(article, field, _text(str(key), value, source))
    if unknown:
        article.extra["front_matter"] = unknown
    return ours


class _Dumper(yaml.SafeDumper):
    """SafeDumper that writes every string holding markup characters double-quoted."""


# Characters a Markdown renderer that shows front matter as text would read as markup:
# raw HTML, entities, links, code. In double-quoted YAML they are written as \x escapes,
# which YAML reads back as the characters and Markdown shows as plain text.
_MARKUP = re.compile("[<>&\\[\\]`]")
_DOUBLE_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')
_ESCAPES = {char: f"\\x{ord(char):02X}" for char in "<>&[]`"}


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # A string holding '"' is double-quoted too, so that every '"' in the output either
    # delimits a double-quoted scalar or is escaped inside one.
    style = '"' if '"' in value or _MARKUP.search(value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def _dump(data: dict[str, Any], default_style: str | None = None) -> str:
    """YAML for ``data`` in which no markup character stands outside a \\x escape."""
    text = yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=1 << 30,
        default_style=default_style,
    )
    return _DOUBLE_QUOTED.sub(lambda m: _MARKUP.sub(_escape, m.group()), text)


def _escape(match: re.Match[str]) -> str:
    return _ESCAPES[match.group()]


def dump_front_matter(article: Article) -> str:
    """The ``---`` fenced YAML of the article's metadata ("" when it has none)."""
    data: dict[str, Any] = {"generator": GENERATOR}
    for name in ("title", "url", "canonical_url", "summary"):
        value = getattr(article, name)
        if value is not None:
            data[name] = value
    if article.authors:
        data["authors"] = [
            {"name": a.name, "url": a.url} if a.url is not None else a.name for a in article.authors
        ]
    for name in ("published", "modified"):
        value = getattr(article, name)
        if value is not None:
            data[name] = value.isoformat()
    if article.site_name is not None:
        data["site"] = article.site_name
    if article.section is not None:
        data["section"] = article.section
    if article.tags:
        data["tags"] = list(article.tags)
    if article.language is not None:
        data["language"] = article.language
    more = article.extra.get("front_matter")
    if isinstance(more, Mapping):
        for key, value in more.items():
            if str(key).lower() not in _ALIASES and key != "generator":
                data[str(key)] = value
    try:
        body = _dump(data)
    except yaml.YAMLError:
        data.pop("front_matter", None)
        for key in list(data):
            if more is not None and key in more:
                del data[key]  # extra values YAML cannot represent stay out
        body = _dump(data)
    if any(_CLOSE.fullmatch(line) for line in body.split("\n")):
        body = _dump(data, default_style='"')
    return f"---\n{body}---\n\n"
