"""The table layout: every column of every table, its type and what it means.

This is the one description of the tables. :mod:`newsthread.tables._rows` fills
the columns, :mod:`newsthread.tables._arrow` turns them into pyarrow schemas,
and ``docs/corpus.md`` lists them (a test checks that the guide and this module
agree). Kept free of pyarrow so that workers can build rows without it.
"""

from __future__ import annotations

import attrs

__all__ = ["COLUMNS", "TABLE_NAMES", "TABLE_SCHEMA_VERSION", "Column"]

#: The version of the table layout this release writes and reads. It is stored in
#: every Parquet file's metadata and raised whenever a column changes meaning.
TABLE_SCHEMA_VERSION = 1


@attrs.frozen
class Column:
    """One column: its name, its type (a short name, see ``_arrow.TYPES``) and what it holds."""

    name: str
    type: str
    doc: str
    nullable: bool = True


def _cols(*spec: tuple[str, str, str] | tuple[str, str, str, bool]) -> tuple[Column, ...]:
    return tuple(Column(*item) for item in spec)


_KEY = ("article_id", "string", "the article's id: where it came from in the corpus", False)
_NODE = (
    "node",
    "int64",
    "pre-order number of the node in its article (the article is 0), as in the flat JSON form",
    False,
)

#: The columns of each table, in order. ``time`` columns hold the instant in UTC;
#: the matching ``*_offset`` column keeps the UTC offset the date was written with
#: (null for a date without one), so the exact value comes back.
COLUMNS: dict[str, tuple[Column, ...]] = {
    "articles": _cols(
        _KEY,
        ("url", "string", "Article.url"),
        ("canonical_url", "string", "Article.canonical_url"),
        ("title", "string", "Article.title"),
        ("summary", "string", "Article.summary"),
        ("authors", "authors", "Article.authors: a list of {name, url}", False),
        ("published", "time", "Article.published (UTC instant)"),
        ("published_offset", "offset", "UTC offset Article.published was given with"),
        ("modified", "time", "Article.modified (UTC instant)"),
        ("modified_offset", "offset", "UTC offset Article.modified was given with"),
        ("site_name", "string", "Article.site_name"),
        ("section", "string", "Article.section"),
        ("tags", "strings", "Article.tags", False),
        ("language", "string", "Article.language"),
        ("declared_comment_count", "int64", "the comment count the page printed"),
        ("extra", "json", "Article.extra as a JSON object (null when empty)"),
        ("comment_count", "int64", "comments in the thread, stubs included (derived)", False),
        ("quote_count", "int64", "quotes in body and comments (derived)", False),
    ),
    "blocks": _cols(
        _KEY,
        _NODE,
        ("position", "int64", "index of the block in Article.body", False),
        ("type", "string", "paragraph, heading, blockquote, list_item or caption", False),
        ("text", "string", "Block.text", False),
        ("links", "links", "Block.links: a list of {start, end, url}", False),
        ("level", "int64", "Heading.level (null for other blocks)"),
        ("ordered", "bool", "ListItem.ordered (null for other blocks)"),
        ("indent", "int64", "ListItem.indent (null for other blocks)"),
    ),
    "comments": _cols(
        _KEY,
        _NODE,
        (
            "parent_node",
            "int64",
            "node of the parent: the article (0) or the comment replied to",
            False,
        ),
        ("id", "string", "Comment.id", False),
        ("parent_id", "string", "id of the parent comment (null for a top-level comment; derived)"),
        ("root_id", "string", "id of the top-level comment of this thread (derived)", False),
        ("depth", "int64", "1 for a top-level comment, 2 for a reply to it, ... (derived)", False),
        ("position", "int64", "index among its siblings (derived)", False),
        ("path", "string", "the node's address, as Node.address (null deeper than 256; derived)"),
        ("author", "string", "Comment.author.name (null: no author)"),
        ("author_url", "string", "Comment.author.url"),
        ("published", "time", "Comment.published (UTC instant)"),
        ("published_offset", "offset", "UTC offset Comment.published was given with"),
        ("text", "string", "Comment.text", False),
        ("url", "string", "Comment.url"),
        ("score", "int64", "Comment.score"),
        (
            "status",
            "string",
            "published, deleted, removed, more, pingback, trackback, spam or pending",
            False,
        ),
        ("more_count", "int64", "Comment.more_count"),
        ("in_reply_to", "string", "Comment.in_reply_to"),
        ("extra", "json", "Comment.extra as a JSON object (null when empty)"),
        ("reply_count", "int64", "direct replies (derived)", False),
    ),
    "quotes": _cols(
        _KEY,
        _NODE,
        ("parent_node", "int64", "node of the block or comment the quote hangs under", False),
        ("parent_type", "string", "type of that node: a block type or comment", False),
        ("comment_id", "string", "id of that comment (null under a block; derived)"),
        ("position", "int64", "index among the quotes of that node", False),
        ("text", "string", "Quote.text", False),
        ("speaker_id", "string", "id of the speaker (a row of speakers of the same article)"),
        ("cue", "string", "Quote.cue"),
        ("kind", "string", "direct, partial, block or indirect", False),
        ("start", "int64", "Quote.start: offset into the parent's text"),
        ("end", "int64", "Quote.end"),
        ("source", "string", "Quote.source"),
        ("cue_start", "int64", "Quote.cue_start: where the cue begins in the parent's text"),
        ("cue_end", "int64", "Quote.cue_end"),
        ("speaker_start", "int64", "Quote.speaker_start: where the speaker is named"),
        ("speaker_end", "int64", "Quote.speaker_end"),
        ("floating", "bool", "Quote.floating: no cue of its own", False),
        ("confidence", "float64", "Quote.confidence: how often such a speaker is right"),
        (
            "parts",
            "spans",
            "Quote.parts: the fragments of one clause, a list of {start, end}",
            False,
        ),
    ),
    "speakers": _cols(
        _KEY,
        ("position", "int64", "index in Article.speakers", False),
        ("id", "string", "Speaker.id", False),
        ("name", "string", "Speaker.name", False),
        ("role", "string", "Speaker.role"),
        ("organisation", "string", "Speaker.organisation"),
        ("aliases", "strings", "Speaker.aliases", False),
        ("kind", "string", "person, organisation or group", False),
        ("key", "string", "Speaker.key: the name normalised to join speakers across articles"),
    ),
}

#: The tables, in the order they are written.
TABLE_NAMES: tuple[str, ...] = tuple(COLUMNS)
