"""The last stage of the body: furniture dropped from the chosen blocks (the wording it
recognises is in ``wording``).

Link lists, section-end furniture ("Related posts" and everything after it), credits,
datelines, ad labels, reader prompts and notices recognised by their wording in several
languages (newsletters, paywalls, ratings, sharing, licences, moderation), kickers above
the title heading, a run of short unfinished lines at the end, runs of label lines (a
chart's axis, a share bar), lines repeating the one before them, an author box at the end
(a link to the author's page and a short bio) and headings left with nothing under them.
"""

from __future__ import annotations

import re

from newsthread.html._body.walk import CAPTION, HEADING, ITEM, ROW, P, RawBlock
from newsthread.html._body.wording import (
    _AD_LABEL,
    _BYLINE_MAX,
    _DATELINE_LABEL,
    _DATELINE_SHORT,
    _FURNITURE_LINE,
    _LABELLED_DATELINE_MAX,
    _MEDIA_MARKUP,
    _PROMO_MAX,
    _RAW_MARKUP,
    _SECTION_END,
    _TAG_LABEL,
    _TAG_LABEL_MAX,
    _TIME_ONLY,
    _YEAR,
    _is_byline,
    _is_caption_credit,
    _is_credit,
    _is_dateline,
    _is_promo,
    _lower,
)
from newsthread.model import Link

__all__ = ["clean", "is_quoted_paragraph", "keep"]

# Shorter captions are mostly photo credits and labels.
_CAPTION_MIN = 80
# A list item this long with some link text is a citation or a note (a reference list), not
# a link in a list of links: held to the link density of paragraphs.
_ITEM_LONG = 80
_SPACE = re.compile(r"\s+")
# A block that opens with a quote mark and goes on after the closing mark: the page put a
# quoted statement with its attribution ("“…,” Rutte said.") in a <blockquote> for the look.
_QUOTED_PARAGRAPH = re.compile(r"[“\"«„]\s?\S.*?\S\s?[”\"»“][,.;:!?]?\s+[^\W\d_]", re.DOTALL)

# The address of an author's page, and what a bio after a link to it holds at most.
_AUTHOR_URL = re.compile(
    r"/(?:authors?|autor(?:in|en)?|auteurs?|autore|editors?|staff|journalists?|contributors?|"
    r"people|profiles?|team)/[^/?#]+/?(?:$|[?#])|[?&]author=",
    re.IGNORECASE,
)
_BIO_BLOCKS = 2
_BIO_MAX = 600
_TAIL_SHORT = 40
# A title line over a table or a list inside the text.
_TITLE_LINE = 60
_SENTENCE_END = frozenset('.!?…"“”»)」。')
_TAIL_MAX_RUN = 4
_TAIL_MIN_TEXT = 800
# A run of at least this many label lines (shorter than _RUN_SHORT, no sentence end) in a
# row: the labels of a chart or a row of share buttons. Shorter runs are often content
# (a recipe's times, a list of names set as paragraphs).
_RUN_SHORT = 16
_RUN_MIN = 10
# A run of this many label lines, at least half of them figures without a word of three
# letters ("18", "$915", "%"), is a chart's axis and values.
_FIGURES_RUN_MIN = 5
# A line (no sentence end) shorter than this that repeats the one before it is a second
# copy (responsive layouts print titles and labels twice).
_REPEAT_MAX = 160
_WORD = re.compile(r"[^\W\d_]{3,}")


def keep(block: RawBlock) -> bool:
    """Whether a block is text rather than links or an ad label."""
    kind, text, _links, link_chars, _elem, _extra, _ordered = block
    length = len(text)
    if length < 30 and _AD_LABEL.match(text):
        return False
    if text[0] == "<" and _RAW_MARKUP.match(text):
        return False
    if link_chars > 0.3 * length and "@" in text:
        link_chars -= _shown_addresses(text, _links)
    density = min(link_chars, length) / length
    if kind == ROW:
        return density < 0.9  # a table row names things by links ("Run Lola Run | 1998")
    if density > 0.6 or (kind == ITEM and density > 0.4 and length < _ITEM_LONG):
        return False
    return not (kind == P and density > 0.3 and length < 80)


def _shown_addresses(text: str, links: list[Link]) -> int:
    """Characters of ``mailto:`` links that show their own address: a contact the article
    gives, which reads as text, not a link to another page."""
    shown = 0
    for link in links:
        if link.url.startswith("mailto:"):
            address = link.url[7:].split("?")[0]
            if address and text[link.start : link.end].strip() == address:
                shown += link.end - link.start
    return shown


def clean(picked: list[RawBlock], title: str | None) -> list[RawBlock]:
    """The blocks of the chosen element that are the article's text, in order."""
    blocks = _drop_furniture(picked)
    if title:
        blocks = _drop_above_title(blocks, title)
    blocks = _drop_short_tail(blocks)
    blocks = _drop_short_runs(blocks)
    return _drop_empty_headings(blocks)


def _drop_furniture(picked: list[RawBlock]) -> list[RawBlock]:
    """Blocks without the furniture recognised by wording, and without what follows a section end."""
    blocks: list[RawBlock] = []
    # What follows a section end, held until it is clear whether the line ended the article
    # or labelled it ("Filed under:" over a list-shaped article): None when not skipping.
    # Past the first real paragraph, such a line ends the article: what follows goes.
    held: list[RawBlock] | None = None
    label = False
    # A section-end heading over a list of links ("See also") ends only its own section: a
    # heading of its level after the links opens the article again (notes, references).
    # end_level is the level of such a heading (0: a line, or its section had text of its
    # own: teasers); listed, whether links have followed it.
    end_level = 0
    listed = False
    linked = 0  # link blocks since the last section end
    started = False  # past the first real paragraph: captions before it are lead photos
    author_at = -1  # where the last link to an author's page stood, past the first paragraph
    for at, block in enumerate(picked):
        kind, text = block[0], block[1]
        length = len(text)
        if kind == P and length >= 100:
            started = True
        if length < 60 and _SECTION_END.match(_lower(text)):
            # Before any text of the article it is a label ("Filed under:", "Tags"), not
            # the end of the article: the line goes, what follows stays.
            if held is not None:
                _end_section(blocks, held, label)
            held = [] if blocks or started else None
            label = not started
            end_level = block[5] if kind == HEADING else 0
            listed = False
            linked = 0
            continue
        if held is not None and (
            (kind == P and length >= 150 and block[3] < 0.2 * length)
            or (kind == HEADING and listed and 0 < block[5] <= end_level and not block[3])
        ):
            _end_section(blocks, held, label)
            held = None
        if "<" in text and not block[2] and _MEDIA_MARKUP.search(text):
            text = _MEDIA_MARKUP.sub(" ", text).strip()
            if not text:
                continue
            block = (kind, text, [], 0, *block[4:])
            length = len(text)
        if not keep(block):  # the cheap test first: link lists need no phrase search
            if started and _links_to_author(block):
                author_at = len(blocks)
            listed = True
            linked += 1
            continue
        if held == [] and linked == 1 and _story_goes_on(picked, at):
            # The line labelled one link set inside the text ("関連記事", "Другие новости"
            # over a headline): the story goes on after it.
            held = None
        # (a long paragraph has no furniture's wording: only captions are read at any length)
        if (length < _PROMO_MAX or kind == CAPTION) and _worded_as_furniture(
            block, picked, at, started
        ):
            continue
        if held is None:
            blocks.append(block)
        else:
            held.append(block)
            end_level = 0
    if held is not None:
        _end_section(blocks, held, label)
    return _drop_author_box(blocks, author_at)


def _worded_as_furniture(block: RawBlock, picked: list[RawBlock], at: int, started: bool) -> bool:
    """Whether a block (``picked[at]``, or its text without escaped markup) is furniture by
    its wording: a tag list's label, a short or credited caption (or any before the first
    paragraph: a lead photo's), a credit, a time, a prompt or notice, a furniture line, a
    dateline, a byline above the text."""
    kind, text = block[0], block[1]
    length = len(text)
    # The phrase patterns match lowercased text: case-insensitive matching of long
    # alternations is several times slower in Python's re.
    lowered = text.lower() if length < _PROMO_MAX else ""
    if "\u0307" in lowered:  # (inlined ``_lower``: one call fewer per block)
        lowered = _lower(text)
    if length < _TAG_LABEL_MAX and _TAG_LABEL.match(lowered) and _labels_tags(picked, at):
        return True
    if kind == CAPTION and (
        length < _CAPTION_MIN or not started or _is_caption_credit(text.lower())
    ):
        return True
    if length < 100 and (
        _is_credit(text, lowered)
        or (_TIME_ONLY.match(text) and not (kind == HEADING and _YEAR.match(text)))
    ):
        return True
    if kind == P and length < 160 and _is_caption_credit(lowered):
        return True
    if lowered and ("newsletter" in lowered or _is_promo(lowered)):
        return True
    if (
        length < 80
        and _FURNITURE_LINE.match(lowered)
        and not (kind == HEADING and _YEAR.match(text))
    ):
        return True
    if (
        kind == P
        and length < _LABELLED_DATELINE_MAX
        and (length < _DATELINE_SHORT or _DATELINE_LABEL.match(lowered))
        and _is_dateline(text, lowered)
    ):
        return True
    return not started and length < _BYLINE_MAX and kind == P and _is_byline(text)


def _story_goes_on(picked: list[RawBlock], at: int) -> bool:
    """Whether the block at ``at`` and the next one are running text (no more than a fifth
    links): a sentence, then a sentence or a table's row or a list's item, maybe after a short
    title line ("Orari dei bus" over the timetable): the story, where a teaser card's summary
    is one block."""
    if at + 1 >= len(picked) or not _running(picked[at], sentence=True):
        return False
    after = at + 1
    title = picked[after]
    if (
        title[0] == P
        and len(title[1]) < _TITLE_LINE
        and title[1][-1] not in _SENTENCE_END
        and after + 1 < len(picked)
        and picked[after + 1][0] in (ROW, ITEM)
    ):
        after += 1
    return _running(picked[after], sentence=False)


def _running(block: RawBlock, *, sentence: bool) -> bool:
    """Whether a block is a sentence of running text, or (``sentence`` false) a table's row or
    a list's item of the text, with no more than a fifth links."""
    kind, text, link_chars = block[0], block[1], block[3]
    shaped = (kind == P and text[-1] in _SENTENCE_END) or (not sentence and kind in (ROW, ITEM))
    return shaped and link_chars < 0.2 * len(text)


def _labels_tags(picked: list[RawBlock], at: int) -> bool:
    """Whether a tag-list word at ``at`` is the label of a tag list: it ends in a colon, or
    the block after it is links (the tags); else it is a subheading ("Etiquetas" over a
    section on food labels)."""
    if picked[at][1].rstrip().endswith(":"):
        return True
    return at + 1 < len(picked) and not keep(picked[at + 1])


def _end_section(blocks: list[RawBlock], held: list[RawBlock], label: bool) -> None:
    """Keep what followed a section-end line seen before any paragraph of running text when
    it holds more text than the lines before it: the line labelled what follows (a
    list-shaped article under "Filed under: …"), it did not end the article."""
    if label and sum(len(b[1]) for b in held) > sum(len(b[1]) for b in blocks):
        blocks.extend(held)


def _links_to_author(block: RawBlock) -> bool:
    """Whether a block of link text links to an author's page ("By Jane Doe", a photo)."""
    return any(_AUTHOR_URL.search(link.url) for link in block[2])


def _drop_author_box(blocks: list[RawBlock], at: int) -> list[RawBlock]:
    """Without the author box at the end: a link to the author's page followed by a short
    bio (one or two paragraphs, much less text than the article above it)."""
    if at <= 0 or at >= len(blocks) or len(blocks) - at > _BIO_BLOCKS:
        return blocks
    bio = sum(len(b[1]) for b in blocks[at:])
    if bio > _BIO_MAX or 4 * bio > sum(len(b[1]) for b in blocks[:at]):
        return blocks
    return blocks[:at]


def _drop_above_title(blocks: list[RawBlock], title: str) -> list[RawBlock]:
    """Blocks after the title heading: it is Article.title, and short lines above it are
    kickers, breadcrumbs and datelines, not text of the article."""
    folded = _SPACE.sub(" ", title).casefold()
    for index, block in enumerate(blocks):
        if block[0] == HEADING and block[1].casefold() == folded:
            return [b for b in blocks[:index] if len(b[1]) >= 100] + blocks[index + 1 :]
    return blocks


def _drop_short_tail(blocks: list[RawBlock]) -> list[RawBlock]:
    """Without a run of short lines at the very end of a longer text: mostly furniture
    (agency codes, a contact name, "Current issue", a lone teaser title)."""
    if sum(len(b[1]) for b in blocks) < _TAIL_MIN_TEXT:
        return blocks
    end = len(blocks)
    while (
        end > 0
        and blocks[end - 1][0] in (P, HEADING)
        and len(blocks[end - 1][1]) < _TAIL_SHORT
        and blocks[end - 1][1][-1] not in _SENTENCE_END
    ):
        end -= 1
    if 0 < end < len(blocks) and len(blocks) - end <= _TAIL_MAX_RUN:
        return blocks[:end]
    return blocks


def _is_label(block: RawBlock) -> bool:
    """A short line that ends no sentence: a chart label, a share button, a spec name."""
    text = block[1]
    return block[0] in (P, HEADING) and len(text) < _RUN_SHORT and text[-1] not in _SENTENCE_END


def _chart_run(run: list[RawBlock]) -> bool:
    """Whether a run of label lines is a chart's or a share bar's: long, or shorter but
    mostly figures and symbols (axis ticks, values) rather than words."""
    if len(run) >= _RUN_MIN:
        return True
    if len(run) < _FIGURES_RUN_MIN:
        return False
    figures = sum(1 for block in run if _WORD.search(block[1]) is None)
    return 2 * figures >= len(run)


def _drop_short_runs(blocks: list[RawBlock]) -> list[RawBlock]:
    """Without runs of several short label lines in a row inside a longer text: the labels of
    a chart, a row of share buttons, a box of product specs (a list or a table of short
    entries is made of items and rows, not of these), and without a block that repeats the
    one before it (a responsive page's second copy of a chart title)."""
    if len(blocks) < _FIGURES_RUN_MIN or sum(len(b[1]) for b in blocks) < _TAIL_MIN_TEXT:
        return blocks
    kept: list[RawBlock] = []
    run: list[RawBlock] = []
    for block in blocks:
        text = block[1]
        if (
            (run or kept)
            and text == (run or kept)[-1][1]
            and len(text) < _REPEAT_MAX
            and text[-1] not in _SENTENCE_END
        ):
            continue
        if _is_label(block):
            run.append(block)
            continue
        if not _chart_run(run):
            kept.extend(run)
        run = []
        kept.append(block)
    if not _chart_run(run):
        kept.extend(run)
    return kept


def _drop_empty_headings(blocks: list[RawBlock]) -> list[RawBlock]:
    """Without headings that have nothing under them (their section was furniture, now dropped).

    A text of headings only stays whole: the page's words are its headings (a gallery's
    pictures under their titles)."""
    if all(block[0] == HEADING for block in blocks):
        return blocks
    kept: list[RawBlock] = []
    for block in reversed(blocks):
        if block[0] == HEADING and (
            not kept or (kept[-1][0] == HEADING and kept[-1][5] <= block[5])
        ):
            continue
        kept.append(block)
    return kept[::-1]


def is_quoted_paragraph(text: str) -> bool:
    """Whether a ``<blockquote>``'s text is a quoted paragraph, marks and attribution included.

    Such a block is a paragraph styled as a quotation, not a quotation from another source:
    as a paragraph, quote finding reads its own marks and cue ("Rutte said") as it does in
    the text form of the page.
    """
    return _QUOTED_PARAGRAPH.match(text) is not None
