"""Items of one Markdown list are siblings, whatever the column of their markers.

The comment builder nests list items by the column of their marker lines, so that
converters which indent only the marker line (html2text) still nest. CommonMark lets
the items of one list sit 0 to 3 columns apart; markdownify writes " * " after a
nested list where the list's first item had "* ". Those items are siblings: each is
given the column of its list's first item.
"""

from __future__ import annotations

from newsthread.markdown._units import Unit

__all__ = ["align_list_columns"]


def align_list_columns(units: list[Unit]) -> None:
    """Give the units of each list's items the column of the list's first item (in place)."""
    first: dict[int, int] = {}
    for unit in units:
        if unit.item < 0 or unit.list_key < 0 or unit.kind == "code":
            continue
        column = first.setdefault(unit.list_key, unit.column)
        if unit.column != column:
            unit.column = column
