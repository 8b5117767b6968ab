"""Quotes and speakers: who said what, in the article and in the thread.

:func:`annotate` finds the quotes of every body block and comment of an
:class:`~newsthread.model.Article`, fills :attr:`Article.speakers` (one
:class:`~newsthread.model.Speaker` per person, with surname and role aliases) and
hangs each :class:`~newsthread.model.Quote` under the block or comment it stands
in. :func:`find_quotes` does the same for a plain text. Pure Python, rule based,
linear in the text; see ``docs/quotes.md`` for the cue list, the resolution rules
and the known limits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from newsthread.model import Article, Block, BlockQuote, Comment, Quote, QuoteKind, Speaker
from newsthread.quotes._attribute import extract
from newsthread.quotes._clause import RawQuote
from newsthread.quotes._cues import CUE_LEMMAS, INDIRECT_LEMMAS
from newsthread.quotes._describe import CONFIDENCE, speaker_key, speaker_kind
from newsthread.quotes._link import SourceIndex
from newsthread.quotes._registry import Entity, Registry

__all__ = ["CUE_LEMMAS", "INDIRECT_LEMMAS", "annotate", "find_quotes"]


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


class _Speakers:
    """Turns entities into the article's Speakers, one per person, in order of first quote."""

    def __init__(self, text_for_aliases: Callable[[], str]) -> None:
        self.speakers: list[Speaker] = []
        self._by_entity: dict[int, Speaker] = {}
        self._source = text_for_aliases
        self._text: str | None = None  # lower-cased on the first role alias
        self._role_in_text: dict[str, bool] = {}

    def get(self, entity: Entity | None) -> Speaker | None:
        if entity is None:
            return None
        e = entity.final()
        sp = self._by_entity.get(id(e))
        if sp is None:
            aliases = list(e.aliases)
            if e.role:
                role_alias = "the " + e.role
                if self._text is None:
                    self._text = self._source().lower()
                found = self._role_in_text.get(role_alias)
                if found is None:  # each role looked for once, not once per speaker
                    found = self._role_in_text[role_alias] = role_alias.lower() in self._text
                if found and role_alias not in aliases:
                    aliases.append(role_alias)
            sp = Speaker(
                id=f"s{len(self.speakers) + 1}",
                name=e.name,
                role=e.role,
                organisation=e.organisation,
                aliases=aliases,
                kind=speaker_kind(e),
                key=speaker_key(e),
            )
            self.speakers.append(sp)
            self._by_entity[id(e)] = sp
        return sp


def find_quotes(text: str, *, indirect: bool = True) -> list[Quote]:
    """The quotes in a plain text (one paragraph per line), with speakers and offsets into ``text``.

    The quotes are not attached to a tree; speakers are shared between the quotes of
    one person. ``indirect=False`` leaves out reported speech without quote marks.
    """
    lines = list(_lines(text))
    reg = Registry()
    raws = extract([line for _, line in lines], reg, indirect=indirect)
    _finalize(reg, raws)
    speakers = _Speakers(lambda: text)
    raws.sort(key=lambda r: (r.para, r.start))
    return [_quote(text, r, lines[r.para][0], speakers) for r in raws]


def annotate(article: Article, *, indirect: bool = True) -> Article:
    """Find the quotes of ``article`` in place and return it.

    Sets ``article.speakers`` and hangs every quote under its block or comment, with
    offsets into that node's text. A quote in a comment that repeats words of an
    earlier comment or of the body gets ``source`` = that node's address. Quotes
    from a previous run are removed first, so running it twice gives the same tree.

    The attribution rules (cue verbs, names, pronouns, reported speech) are
    English. For an article that declares another language, quotes are found by
    their marks and cues only, without person mentions or reported speech.
    """
    _clear(article)
    english = _is_english(article.language)
    indirect = indirect and english
    reg = Registry()
    blocks = list(article.body)
    body_raws = extract(
        [b.text for b in blocks],
        reg,
        indirect=indirect,
        block_paras=frozenset(i for i, b in enumerate(blocks) if isinstance(b, BlockQuote)),
        names=english,
    )
    comments = list(article.iter_comments())
    comment_raws: list[list[tuple[RawQuote, int]]] = []
    base = sum(len(b.text) + 1 for b in blocks)
    for c in comments:
        lines = list(_lines(c.text))
        found = extract(
            [line for _, line in lines],
            reg,
            indirect=indirect,
            base=base,
            keep_uncued=True,
            names=english,
        )
        comment_raws.append([(r, lines[r.para][0]) for r in found])
        base += len(c.text) + 1
    _finalize(reg, [*body_raws, *(r for found in comment_raws for r, _ in found)])
    if not english:  # the subject and apposition rules read capitalised nouns as names
        for r in [*body_raws, *(r for found in comment_raws for r, _ in found)]:
            r.entity = None
    speakers = _Speakers(lambda: "\n".join(b.text for b in blocks))
    body_raws.sort(key=lambda r: (r.para, r.start))
    for r in body_raws:
        block = blocks[r.para]
        block.add(_quote(block.text, r, 0, speakers))
    # The index of earlier text is built only once a comment has a quote to look up.
    index: SourceIndex | None = None
    for position, (c, craws) in enumerate(zip(comments, comment_raws, strict=True)):
        if craws and index is None:
            index = SourceIndex(blocks)
            for earlier in comments[:position]:
                index.add_comment(earlier)
        for r, off in sorted(craws, key=lambda x: (x[0].para, x[0].start)):
            assert index is not None
            q = _quote(c.text, r, off, speakers)
            if r.kind is not QuoteKind.INDIRECT:
                q.source = index.source_of(q.text, c)
            if r.uncued and q.source is None:
                continue
            c.add(q)
        if index is not None:
            index.add_comment(c)
    article.speakers = speakers.speakers
    return article


def _finalize(reg: Registry, raws: Sequence[RawQuote]) -> None:
    """Settle the speakers of ``raws``: when no quote has one, the queued name scans and the
    role merging would change nothing anybody sees, so they are skipped."""
    if any(r.entity is not None for r in raws):
        reg.finalize()


def _is_english(language: str | None) -> bool:
    """True for English and for an undeclared language (most input of unknown language is)."""
    return language is None or language.strip().lower().startswith("en")


def _quote(text: str, r: RawQuote, off: int, speakers: _Speakers) -> Quote:
    speaker = speakers.get(r.entity)
    cue_span, speaker_span = r.cue_span, r.speaker_span
    # the fields given at once: a field set after construction goes through attrs' setattr
    q = Quote(
        text=text[off + r.start : off + r.end],
        speaker=speaker,
        cue=r.cue,
        kind=r.kind,
        start=off + r.start,
        end=off + r.end,
        floating=cue_span is None,
        cue_start=off + cue_span[0] if cue_span is not None else None,
        cue_end=off + cue_span[1] if cue_span is not None else None,
        speaker_start=off + speaker_span[0] if speaker_span is not None else None,
        speaker_end=off + speaker_span[1] if speaker_span is not None else None,
        confidence=(
            CONFIDENCE.get(r.evidence) if speaker is not None and r.evidence is not None else None
        ),
    )
    if r.parts:  # rare
        q.parts = tuple((off + s, off + e) for s, e in r.parts)
    return q


def _clear(article: Article) -> None:
    holders: Sequence[Block | Comment] = [*article.body, *article.iter_comments()]
    for node in holders:
        for q in list(node.quotes):
            node.remove(q)
    article.speakers = []
