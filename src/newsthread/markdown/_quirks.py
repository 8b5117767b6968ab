"""Converters' list and code-fence quirks, undone in the Markdown text before it is parsed.

- html2text writes a reply's avatar item indented right under a line of text; CommonMark
  continues the paragraph with it. A blank line before it lets it open its item.
- A list marker flush left right after a hard line break (``<br>`` as two spaces) is typed
  text ("1) first point", "* footnote"); converters open real lists after a blank line.
- html-to-markdown writes a marker alone on its line ("10."), a blank line, then the item's
  content indented past the marker; CommonMark ends the item at the blank line.
- html-to-markdown opens a code block at the end of a line of text (a ``<pre>`` in a table
  cell: "… alant: ```") and closes it on a line of its own; CommonMark reads the closing
  fence as an opening one, and the code runs on over the comments below to the next one.

Each pattern opens with a literal, which the regex engine finds fast in a long text.
"""

from __future__ import annotations

import re

__all__ = ["undo_fence_quirks", "undo_list_quirks"]


def undo_list_quirks(text: str) -> str:
    """``text`` with the converters' list quirks undone (see the module docstring)."""
    if "\n" not in text:
        return text  # every quirk spans a line break (and a search for one is fast)
    if "    " in text:
        text = _SWALLOWED_ITEM.sub(_blank_line_before, text)
    if "  \n" in text:
        text = _TYPED_MARKER.sub(_escaped_marker, text)
    if "\n\n" in text:
        text = _EMPTY_ITEM.sub(_item_content, "\n\n" + text)[2:]
    return text


# a list item that opens with an image (a reply's avatar), indented four or more right under a
# line of text (html2text): CommonMark continues the paragraph with it; a blank line before it
# lets it open the item it is (read from indented code by _marked_code)
_SWALLOWED_ITEM = re.compile(r"\n(?= {4,32}(?:\d{1,9}[.)]|[*+-]) !\[)")


def _blank_line_before(match: re.Match[str]) -> str:
    at = match.start()
    return "\n\n" if at > 0 and match.string[at - 1] != "\n" else "\n"


# a list marker flush left right after a hard line break ("<br>" as two spaces): typed text
# ("1) first point", "* footnote"); converters open real lists after a blank line. Escaped.
_TYPED_MARKER = re.compile(r"  \n(?:(\d{1,9})([.)])|([*+-]))(?= )")


def _escaped_marker(match: re.Match[str]) -> str:
    number, delimiter, bullet = match.groups()
    return f"  \n{number}\\{delimiter}" if number else f"  \n\\{bullet}"


# a list marker alone on its line, a blank line, then the item's content indented past the
# marker (html-to-markdown): CommonMark ends the item at the blank line, so the content falls
# out of it, as indented code when the marker is wide ("10." and on)
_EMPTY_ITEM = re.compile(r"\n\n( *)(\d{1,9}[.)]|[-*+])[ \t]*\n[ \t]*\n( +)(?=\S)")


def _item_content(match: re.Match[str]) -> str:
    indent, marker, content = match.group(1), match.group(2), match.group(3)
    width = len(indent) + len(marker)
    if not width < len(content) <= width + 4:
        return match.group()
    return f"\n\n{indent}{marker}\n{content}"


# a fence at the end of a line of text (no other backtick on the line)
_GLUED_FENCE = re.compile(r"```[ \t]*\n")
#: Lines a glued fence's code may run before its closing fence.
_GLUED_LINES = 40


def undo_fence_quirks(text: str) -> str:
    """``text`` with code fences glued to the end of a line of text put on their own line.

    Only where a bare closing fence follows within a few lines and no blank line or
    other fence comes between: the code the converter meant (see the module docstring).
    """
    out: list[str] = []
    at = 0
    for match in _GLUED_FENCE.finditer(text):
        start = match.start()
        if start < at:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        before = text[line_start:start]
        if not before.strip() or "`" in before or before.startswith(("    ", "\t")):
            continue
        close = _closing_fence(text, match.end())
        if close is None:
            continue
        out.append(text[at:start].rstrip(" \t"))
        out.append("\n")
        at = start
    if not out:
        return text
    out.append(text[at:])
    return "".join(out)


def _closing_fence(text: str, start: int) -> int | None:
    """Where a bare fence line ends a run of non-blank lines from ``start``, or None."""
    at = start
    for _ in range(_GLUED_LINES):
        end = text.find("\n", at)
        line = text[at:] if end < 0 else text[at:end]
        stripped = line.strip()
        if not stripped:
            return None
        if stripped.startswith(("```", "~~~")):
            return at if stripped == "```" else None
        if end < 0:
            return None
        at = end + 1
    return None
