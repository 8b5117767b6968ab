"""Lines of the page left in the article's text: its byline, its date line, channel prompts.

The body stage judges lines by their wording; this pass knows what the metadata readers found
on the page, whatever its language: a short paragraph made of the article's authors' names
(with at most a few short words: "di … e …", "기자", an e-mail address, brackets) or of the
publication date (its year and day, a time, a few labels: "Giriş: 18.01.2024 09:12 |
Güncelleme: …", "6 min read · Mar 4, 2024"), before the text or at its end, is the page's
furniture, not the story's. So is a short paragraph that links to a messaging channel ("join our
WhatsApp channel" in any language: the link says it).

Run after the body stage, with the metadata's authors and date (``from_html``). The risk: a line
that is only a name is furniture beside the header or after the text, not everywhere: an
imprint page whose content is the agency's name ("Agentur MARKE ICH") loses that line, a letter's
closing ("Yours, Ann") is kept only because a signature needs a reporter's word beside it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from itertools import pairwise

from newsthread.html._written_dates import is_month_name
from newsthread.model import Author, Block, Paragraph

__all__ = ["without_page_lines"]

# A byline or date line is short.
_LINE_MAX = 120
# A paragraph this long is running text: the lines before it are the header's.
_TEXT_STARTS = 100
# After a standfirst, the header goes on to here at most.
_HEAD_LINES = 3
# The blocks at the end read for a signature.
_TAIL = 2
# What may stand beside the names (connectives, a label, a role) or the date (labels).
_OTHER_WORDS = 4
_WORD_MAX = 12
# The labels a date line may have besides the date ("Giriş: … | Güncelleme: …").
_DATE_WORDS = 2
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_WORDS = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"\d+")
_SENTENCE_END = (".", "!", "?", "…", "。")
# The words a signature at the end may have besides the name: the reporter's role.
_REPORTER_WORDS = frozenset(
    {"기자", "특파원", "记者", "記者", "reporter", "correspondent", "staff", "writer"}
)
_CELLS = " | "  # (how the body joins a table row's cells)
_CHANNEL = re.compile(
    r"^(?:https?:)?//(?:www\.)?(?:whatsapp\.com/channel|chat\.whatsapp\.com|t\.me|telegram\.me)/"
)


def without_page_lines(
    blocks: list[Block], authors: Sequence[Author], published: datetime | None
) -> list[Block]:
    """``blocks`` without the paragraphs of the header (before the running text; after a
    standfirst) and the last two that are the article's byline or its date line."""
    if not blocks:
        return blocks
    names = [a.name.casefold() for a in authors if a.name.strip()]
    long = [
        i for i, b in enumerate(blocks) if type(b) is Paragraph and len(b.text) >= _TEXT_STARTS
    ][:2]
    # The header: the lines before the running text, or after a standfirst (a long paragraph
    # opening the text) up to the next long one, within the first few blocks.
    head = min(len(blocks), _HEAD_LINES) if not long else long[0]
    if long and long[0] == 0:
        head = max(head, min(_HEAD_LINES, long[1] if len(long) > 1 else len(blocks)))
    ends = range(max(head, len(blocks) - _TAIL), len(blocks))
    drop = {
        at
        for at in (*range(head), *ends)
        if not _in_table(blocks, at) and _is_meta_line(blocks[at], names, published, at >= head)
    }
    return [b for at, b in enumerate(blocks) if at not in drop] if drop else blocks


def _in_table(blocks: list[Block], at: int) -> bool:
    """Whether a block is a row of a table, cells apart like the rows beside it (a recipe's
    ingredients, an infobox), not a byline's parts ("19.03.2019 | von Ann Lee")."""
    if _CELLS not in blocks[at].text:
        return False
    return any(0 <= near < len(blocks) and _CELLS in blocks[near].text for near in (at - 1, at + 1))


def _is_meta_line(block: Block, names: list[str], published: datetime | None, tail: bool) -> bool:
    if type(block) is not Paragraph:
        return False
    text = block.text.strip()
    if not text or len(text) > _LINE_MAX or text.endswith(_SENTENCE_END):
        return False
    return (
        _is_byline(text, names, tail)
        or (published is not None and not tail and _is_date_line(text, published))
        or _is_channel_prompt(block)
    )


def _is_channel_prompt(block: Block) -> bool:
    """A short line linking to a messaging app's channel or group (a prompt to join it)."""
    return any(_CHANNEL.search(link.url) for link in block.links)


def _is_byline(text: str, names: list[str], tail: bool) -> bool:
    """The article's authors' names, and besides them at most a few short words and no
    figures (a byline with its date is the text's on some sites: "Tuesday 15 October 2019 by
    Ann Lee"); at the end, a reporter's word at most (not a letter's "Yours, Ann")."""
    rest = text.casefold()
    named = False
    for name in names:
        if name in rest:
            rest = rest.replace(name, " ")
            named = True
    if not named:
        return False
    rest = _EMAIL.sub(" ", rest)
    if tail:
        return all(word in _REPORTER_WORDS for word in _WORDS.findall(rest))
    return _NUMBER.search(rest) is None and _few_short_words(rest)


def _is_date_line(text: str, published: datetime) -> bool:
    """The publication date's year and day, and besides months' names two short words at
    most (labels: "Giriş", "modifica il"), not a name ("Ann Lee, 12 Mart 2024")."""
    numbers = {int(n) for n in _NUMBER.findall(text) if len(n) <= 4}
    if published.year not in numbers or published.day not in numbers:
        return False
    words = [m for m in _WORDS.finditer(text) if not is_month_name(m.group())]
    if len(words) > _DATE_WORDS or any(len(m.group()) > _WORD_MAX for m in words):
        return False
    return not any(
        a.group()[0].isupper() and b.group()[0].isupper() and text[a.end() : b.start()].isspace()
        for a, b in pairwise(words)
    )


def _few_short_words(text: str) -> bool:
    words = _WORDS.findall(text)
    return len(words) <= _OTHER_WORDS and all(len(w) <= _WORD_MAX for w in words)
