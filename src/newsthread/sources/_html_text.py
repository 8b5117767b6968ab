"""Comment HTML as platforms store it (``<p>``-separated, inline tags, entities) to plain text."""

from __future__ import annotations

import html
import re

__all__ = ["html_text"]

_PRE = re.compile(r"<pre[^>]*>(.*?)</pre>", re.DOTALL | re.IGNORECASE)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_PARAGRAPH = re.compile(r"</?p(?:\s[^>]*)?>|</?div(?:\s[^>]*)?>|</?blockquote[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\r\n]+")


def html_text(value: str) -> str:
    """Paragraphs apart with a blank line, ``<br>`` as a line break, ``<pre>`` kept as written."""
    if "<" not in value and "&" not in value:
        return value.strip()
    blocks: list[str] = []
    position = 0
    for pre in _PRE.finditer(value):
        blocks.extend(_paragraphs(value[position : pre.start()]))
        code = html.unescape(_TAG.sub("", pre.group(1))).strip("\n")
        if code.strip():
            blocks.append(code)
        position = pre.end()
    blocks.extend(_paragraphs(value[position:]))
    return "\n\n".join(blocks)


def _paragraphs(fragment: str) -> list[str]:
    out = []
    for part in _PARAGRAPH.split(fragment):
        lines = [
            _SPACES.sub(" ", html.unescape(_TAG.sub("", line))).strip()
            for line in _BREAK.split(part)
        ]
        text = "\n".join(line for line in lines if line)
        if text:
            out.append(text)
    return out
