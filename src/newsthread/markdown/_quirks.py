"""Converters' list quirks, undone in the Markdown text before it is parsed.

- html2text writes a reply's avatar item indented right under a line of text; CommonMark
  continues the paragraph with it. A blank line before it lets it open its item.
- A list marker flush left right after a hard line break (``<br>`` as two spaces) is typed
  text ("1) first point", "* footnote"); converters open real lists after a blank line.
- html-to-markdown writes a marker alone on its line ("10."), a blank line, then the item's
  content indented past the marker; CommonMark ends the item at the blank line.

Each pattern opens with a literal, which the regex engine finds fast in a long text.
"""

from __future__ import annotations

import re

__all__ = ["undo_list_quirks"]


def undo_list_quirks(text: str) -> str:
    """``text`` with the converters' list quirks undone (see the module docstring)."""
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
