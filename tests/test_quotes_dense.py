"""Paragraphs dense with quotes read their cue windows from one scan, with the same result."""

from __future__ import annotations

import pytest

from newsthread.quotes import _attribute, find_quotes

DENSE = " ".join(
    [
        "Mark Rutte, NATO's secretary general, arrived on Monday.",
        *(
            f"“Point {i},” Rutte said. According to Ann Lee, “detail {i}.” "
            f"Lee told reporters: “fact {i}.” He added “more {i}”."
            for i in range(12)
        ),
    ]
)


def quotes(text: str) -> list[tuple[str, int | None, str | None, str | None]]:
    return [
        (q.text, q.start, q.cue, q.speaker.name if q.speaker else None) for q in find_quotes(text)
    ]


def test_dense_paragraphs_give_what_window_scans_give(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_attribute, "_DENSE_QUOTES", 10**9)  # never index: scan each window
    scanned = quotes(DENSE)
    monkeypatch.setattr(_attribute, "_DENSE_QUOTES", -1)  # always index
    indexed = quotes(DENSE)
    assert indexed == scanned
    assert len(scanned) >= 48
    assert {speaker for *_, speaker in scanned} >= {"Mark Rutte", "Ann Lee"}
