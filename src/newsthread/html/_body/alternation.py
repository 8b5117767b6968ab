"""Long alternations of phrases, regrouped so Python's ``re`` tries fewer of them per position.

``re`` tries the alternatives of a group one after another at every position it tests; an
alternative that opens with a literal letter is skipped after one comparison, one that opens
with a group, an anchor or a class is entered. Grouping the alternatives by their first
letter (``s(?:ubscribe|ign up)``) leaves one comparison per letter instead of one per
phrase: the same strings match, several times faster for a hundred phrases.
"""

from __future__ import annotations

__all__ = ["by_first_letter", "split_alternatives"]


def split_alternatives(alternation: str) -> list[str]:
    """The top-level alternatives of a regular expression's source (``a|(?:b|c)`` -> two)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    start = 0
    at = 0
    while at < len(alternation):
        char = alternation[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if alternation.startswith("^", at + 1):
                at += 1
            if alternation.startswith("]", at + 1):  # "[]…]", "[^]…]": a literal "]" first
                at += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(alternation[start:at])
            start = at + 1
        at += 1
    parts.append(alternation[start:])
    return parts


def by_first_letter(alternation: str, opening: str = "") -> str:
    r"""``alternation`` (a regular expression's source, ``a|b|…``) with the alternatives that
    open with the same letter joined under it, ``opening`` (a zero-width test: ``(?<!\w.)``,
    no word character before the letter) right after the letter; the others follow unchanged
    (with an ``opening``, there must be none: ValueError).

    The result matches exactly the strings the source matches, at the same positions (the
    order of the alternatives may change which one of several matches is reported).
    """
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for part in split_alternatives(alternation):
        # A letter with a quantifier after it ("s?…") is no fixed first letter.
        if len(part) > 1 and part[0].isalpha() and part[1] not in "?*+{":
            groups.setdefault(part[0], []).append(part[1:])
        else:
            others.append(part)
    if opening and others:
        # (the opening tests what stands around the letter: an alternative without one to put
        # it after would go untested)
        raise ValueError(f"no first letter to open {others[0]!r} with {opening!r}")
    joined = [
        letter + opening + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
        for letter, rests in groups.items()
    ]
    return "|".join(joined + others)
