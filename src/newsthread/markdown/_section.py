"""Where a comment section starts when no heading names it: a run of comment-shaped units.

A thread repeats one shape: a header (an author line with a date or a relative
time, a "level N" line, a name linked to a profile with a time next to it), then
text, then chrome. Three such headers close together mark the section; one alone
(an article's byline) does not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsthread.markdown._units import Unit

__all__ = ["header_run"]

#: Headers in a run, and the most units allowed between two of them.
RUN = 3
GAP = 30


def header_run(units: Sequence[Unit], is_header: Callable[[Unit], bool]) -> int | None:
    """Index of the first header of the first run of ``RUN`` headers at most ``GAP`` units apart."""
    run: list[int] = []
    for i, unit in enumerate(units):
        if not is_header(unit):
            continue
        if run and i - run[-1] > GAP:
            run = []
        run.append(i)
        if len(run) >= RUN:
            return run[0]
    return None
