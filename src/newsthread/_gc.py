"""Pausing the cyclic garbage collector during a bulk load or dump, and only then.

Reading a big document creates hundreds of thousands of objects that all stay
alive (the tree). Each time enough of them pile up, CPython's collector walks
the young ones, finds nothing to free, and moves them on; for a 100,000-comment
document those passes took about half the time of the load. Pausing the
collector for the duration is what ``json``-heavy code (and the benchmarks)
usually do by hand; newsthread does it itself, for the calls that build or
walk a whole document.

The collector is process-wide: a counter shared by all threads makes sure it
is switched back on only when the last paused call returns, and only if it was
on when the first one started.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def gc_paused(pause: bool = True) -> Iterator[None]:
    """Run the ``with`` block with the cyclic collector off (when ``pause``), then restore it."""
    global _depth, _was_enabled
    if not pause:
        yield
        return
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
