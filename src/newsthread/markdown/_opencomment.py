"""One comment while the builder fills it: its paragraphs so far and the lines still pending."""

from __future__ import annotations

import attrs

from newsthread.markdown._units import Unit
from newsthread.model import Comment

__all__ = ["OpenComment"]


@attrs.define(slots=True)
class OpenComment:
    """A comment being built: its paragraphs so far and whether header lines may still come."""

    comment: Comment
    parts: list[str] = attrs.field(factory=list)
    header: bool = True
    explicit: bool = False
    pending: Unit | None = None  #: a name-like first line, an author if a date line follows
    late: Unit | None = None  #: a name-like line after the text, an author if a date line follows
    page_id: str | None = None  #: the page's own id for the comment (an anchor in its header)
    list_key: int = -1  #: the list whose item opened the comment (-1: none)
    #: a title heading after the header, linked to the comment (Drupal): kept unless the
    #: text opens with it (a title made of the text's first words)
    title: str | None = None
    #: how many paragraphs the comment had when a line of its chrome (a button row) came
    row_at: int | None = None
