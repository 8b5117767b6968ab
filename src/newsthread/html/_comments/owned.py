"""Field elements matched to the comments that own them: one CSS pass per selector over the
thread's region, run only when a few sample comments still waiting hold a match."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from selectolax.lexbor import LexborNode

from newsthread.html._comments.state import Unit, Walker

__all__ = ["first_owned", "probe_nesting", "probes_to_query"]


def first_owned(
    region: LexborNode,
    selectors: tuple[str, ...],
    walker: Walker,
    units: list[Unit],
    accept: Callable[[Unit, LexborNode], bool] | None = None,
) -> Iterator[tuple[Unit, LexborNode]]:
    """For each selector in order of trust, the first match per unit not yet served.

    With ``accept``, a match it refuses (an avatar-only link for an author) leaves the unit
    waiting for the next match or selector.
    """
    served: set[int] = set()
    total = len(units)
    step = max(1, total // 6)
    probes = units[::step][:6] + units[-1:]
    outer = probe_nesting(probes, region)
    chunks = _chunks(selectors)
    skip_until = 0
    for at, selector in enumerate(selectors):
        pending = total - len(served)
        if pending <= 0:
            return
        if at < skip_until:
            continue
        if at % _CHUNK == 0 and at + 1 < len(selectors):
            # Most selectors match none of the sample comments: a few at once, one query per
            # sample (or per unit still waiting, when a few are left), before each of them alone.
            if pending > 3:
                query = probes_to_query(probes, outer, served)
            else:
                query = [u for u in units if u.index not in served]
            if query and not any(
                part.css_first(chunks[at // _CHUNK]) is not None
                for u in query
                for part in (u.node, *u.parts)
            ):
                skip_until = at + _CHUNK
                continue
        # A few units left (those without such a field, mostly): query them alone
        # instead of the whole region, once per selector.
        if pending <= 3:
            matches = [
                n
                for u in units
                if u.index not in served
                for part in (u.node, *u.parts)
                for n in part.css(selector)
            ]
        else:
            query = probes_to_query(probes, outer, served)
            if not query:
                # Every sample is served but more units wait (answers among their comments):
                # sample the waiting ones, or no later selector would ever be tried.
                waiting = [u for u in units if u.index not in served]
                probes = waiting[:: max(1, len(waiting) // 6)][:6] + waiting[-1:]
                outer = probe_nesting(probes, region)
                query = probes_to_query(probes, outer, served)
            if not any(
                part.css_first(selector) is not None for u in query for part in (u.node, *u.parts)
            ):
                # Threads repeat one markup: a selector that none of a few sample comments
                # still waiting has would only cost a whole-region pass.
                continue
            matches = region.css(selector)
        for node in matches:
            unit = walker.units.get(node.mem_id)
            if unit is None:
                # A reply box on the way up does not matter here: no unit lies between.
                unit = walker.field_owner(node)
                if unit is None:
                    continue
            elif unit.node.mem_id == node.mem_id:
                continue  # the unit itself; an element merged into it is fine
            if unit.index in served or (accept is not None and not accept(unit, node)):
                continue
            served.add(unit.index)
            yield unit, node


_CHUNK = 8
_CHUNKED: dict[tuple[str, ...], list[str]] = {}


def _chunks(selectors: tuple[str, ...]) -> list[str]:
    """The selectors joined eight at a time into one list each (computed once per tuple)."""
    got = _CHUNKED.get(selectors)
    if got is None:
        got = [", ".join(selectors[i : i + _CHUNK]) for i in range(0, len(selectors), _CHUNK)]
        _CHUNKED[selectors] = got
    return got


def probe_nesting(probes: list[Unit], region: LexborNode) -> dict[int, Unit]:
    """For each probe inside another probe's element, the nearest such probe (by unit index).

    Bounded by the depth of the deepest probe: each walk up stops at the first probe it meets.
    """
    by_node = {u.node.mem_id: u for u in probes}
    stop = region.mem_id
    outer: dict[int, Unit] = {}
    for unit in probes:
        cur = unit.node.parent
        while cur is not None and cur.mem_id != stop:
            found = by_node.get(cur.mem_id)
            if found is not None:
                if found is not unit:
                    outer[unit.index] = found
                break
            cur = cur.parent
    return outer


def probes_to_query(probes: list[Unit], outer: dict[int, Unit], served: set[int]) -> list[Unit]:
    """The waiting probes that no waiting probe holds.

    A match inside a held probe is also inside the probe holding it, so querying the holder
    alone gives the same answer; in a deep reply chain every probe holds the next, and querying
    each would scan the chain about 3.5 times per selector instead of once.
    """
    chosen: list[Unit] = []
    for unit in probes:
        if unit.index in served:
            continue
        up = outer.get(unit.index)
        while up is not None and up.index in served:
            up = outer.get(up.index)
        if up is None:
            chosen.append(unit)
    return chosen
