"""Hebrew bylines: "and" is a letter joined to the next name ("דנה לוי ואבי כהן")."""

from __future__ import annotations

__all__ = ["split_hebrew_and"]

_VAV = "\u05d5"
_FIRST, _LAST = "\u05d0", "\u05ea"


def _hebrew(word: str) -> bool:
    return all(_FIRST <= ch <= _LAST or ch in "'\"-\u05f3\u05f4" for ch in word)


def split_hebrew_and(text: str) -> str:
    """``text`` with a comma before a vav that joins two full names (two Hebrew words at least
    on each side: "דנה לוי ואבי כהן" -> "דנה לוי, אבי כהן"); other text as it is (a name that
    opens with the letter, "ורד", stays whole after a single word)."""
    words = text.split()
    if len(words) < 4 or not any(w.startswith(_VAV) for w in words[2:]):
        return text
    out: list[str] = []
    run = 0  # Hebrew words since the last name began
    for at, word in enumerate(words):
        if (
            word.startswith(_VAV)
            and len(word) > 2
            and run >= 2
            and at + 1 < len(words)
            and _hebrew(word)
            and _hebrew(words[at + 1])
        ):
            out[-1] += ","
            out.append(word[1:])
            run = 1
            continue
        out.append(word)
        run = run + 1 if _hebrew(word) else 0
    return " ".join(out)
