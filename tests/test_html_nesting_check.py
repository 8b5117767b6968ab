"""The depth check's count of block start tags, read in the page's UTF-8 form: as many as the
text's own pattern (``\\s`` and the case ignored as Python's ``re`` reads them in a ``str``)."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsthread.errors import NestingTooDeepError
from newsthread.html._document import (
    _BEYOND_ASCII,
    _BLOCK_TAGS,
    _NESTING_OPEN_UTF8,
    MAX_DEPTH,
    parse_html,
)

_IN_TEXT = re.compile(r"<(?:" + _BLOCK_TAGS + r")(?=[\s>/])", re.IGNORECASE)


def _count_both(text: str) -> tuple[int, int]:
    return len(_IN_TEXT.findall(text)), len(_NESTING_OPEN_UTF8.findall(text.encode("utf-8")))


@given(
    st.lists(
        st.sampled_from(
            ["<", "</", "div", "DiV", "d\u0130v", "\u017fection", "bloc\u212aquote", "td", "tr",
             "ul", "detai\u0131\u017f", " ", "\xa0", "\u3000", "\x1c", ">", "/", "x", "é", "<dl"]
        ),
        max_size=12,
    )
)  # fmt: skip
def test_the_utf8_count_is_the_text_count(parts: list[str]) -> None:
    text = "".join(parts)
    counted, in_utf8 = _count_both(text)
    assert counted == in_utf8


def test_every_character_the_text_pattern_reads_as_a_space_or_a_letter_is_spelled_out() -> None:
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    for space in spaces:
        assert _count_both("<div" + space) == (1, 1)
    assert _count_both("<div\u200b") == (0, 0)  # a zero-width space is no space
    letter = re.compile("[a-z]", re.IGNORECASE)
    beyond = [chr(c) for c in range(128, sys.maxunicode + 1) if letter.fullmatch(chr(c))]
    assert sorted(beyond) == sorted(["\u0130", "\u0131", "\u212a", "\u017f"])
    assert sorted(_BEYOND_ASCII) == ["i", "k", "s"]
    assert _count_both("<D\u0130V><\u017fECTION/><BLOC\u212aQUOTE\t") == (3, 3)


def test_a_page_nested_past_the_limit_is_refused_and_one_with_many_flat_blocks_is_not() -> None:
    with pytest.raises(NestingTooDeepError):
        parse_html("<d\u0131v>" * (MAX_DEPTH + 1))
    assert parse_html("<div></div>" * (MAX_DEPTH + 1)).body is not None
