"""What the HTML readers' CSS passes rely on lexbor's selector engine for (selectolax's lexbor
backend): each behaviour here is one a reader's code assumes, so an upgrade that changed it
fails here first, not as a quietly different document.

- ``PageNodes``, ``date_class_elements`` and the comment scan keep an element once by
  comparing it with the one before: lexbor gives an element once for each alternative of a
  selector list that it matches, one after the other, and once for a whole ``:is()``.
- ``PageNodes`` compares ``rel`` and ``type`` values case-blind, as lexbor does; other values
  (``itemprop``, ``property``, ``class`` in attribute selectors) exactly.
- ``i`` folds ASCII letters only; class and id selectors ignore case in quirks mode only.
- Class words are split at HTML's ASCII white space (not at a no-break space or ``\\v``).
- In SVG, ``xlink:href`` is an ``href`` for ``[href]`` (the first of the two when both stand).
"""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

QUIRKS = ""
STANDARDS = "<!DOCTYPE html>"


def ids(page: str, selector: str) -> list[str | None]:
    return [node.attributes.get("id") for node in LexborHTMLParser(page).css(selector)]


def test_an_element_once_per_alternative_one_after_the_other() -> None:
    page = "<a id=1 href=x class=author>x</a><a id=2 href=y>y</a><h1 id=3 class=author>t</h1>"
    selector = 'h1, [class]:is([class*="author" i], [class*="aut"]), a[href]'
    assert ids(page, selector) == ["1", "1", "2", "3", "3"]
    assert ids(page, f":is({selector})") == ["1", "2", "3"]


@pytest.mark.parametrize(
    ("selector", "expected"),
    [
        ('[rel~="author"]', ["1", "2"]),
        ('[rel="author"]', ["1"]),
        ('link[rel="canonical"]', ["3"]),
        ('script[type="application/ld+json"]', ["4"]),
        ('[itemprop="datePublished"]', []),
        ('[property="schema:datePublished"]', []),
        ('[class$="submitted"]', []),
        ('[class$="submitted" i]', ["7"]),
    ],
)
def test_rel_and_type_values_case_blind_others_exact(selector: str, expected: list[str]) -> None:
    page = (
        '<a id=1 rel="Author"></a><a id=2 rel="x AUTHOR"></a><link id=3 rel=CANONICAL href=x>'
        '<script id=4 type="Application/LD+JSON"></script><i id=5 itemprop="datepublished"></i>'
        '<i id=6 property="Schema:datePublished" content=x></i><i id=7 class=Submitted></i>'
    )
    assert ids(page, selector) == expected


def test_i_folds_ascii_letters_only() -> None:
    page = "<i id=1 class='contr\u0130butor'></i><i id=2 class='CONTRIBUTOR'></i>"
    assert ids(page, '[class*="contributor" i]') == ["2"]


@pytest.mark.parametrize(("doctype", "expected"), [(QUIRKS, ["a", "b"]), (STANDARDS, ["b"])])
def test_class_selectors_ignore_case_in_quirks_mode_only(doctype: str, expected: list[str]) -> None:
    page = f"{doctype}<div id=a class='PingBack x'></div><div id=b class=pingback></div>"
    assert ids(page, ".pingback") == expected
    assert ids(page, '[class~="pingback"]') == ["b"]


def test_class_words_split_at_ascii_white_space() -> None:
    page = (
        "<i id=1 class='x\tfoo'></i><i id=2 class='x\ffoo'></i><i id=3 class='x\rfoo'></i>"
        "<i id=4 class='x\u00a0foo'></i><i id=5 class='x\x0bfoo'></i>"
    )
    assert ids(page, ".foo") == ["1", "2", "3"]


def test_xlink_href_is_an_href_in_svg() -> None:
    page = (
        "<svg><a id=1 xlink:href='/author/x'></a>"
        "<a id=2 xlink:href='/author/y' href='/x'></a><a id=3 xlink:href='/x' href='/author/y'></a>"
        "</svg><a id=4 xlink:href='/author/z'></a>"
    )
    assert ids(page, 'a[href*="/author"]') == ["1", "2"]
    assert LexborHTMLParser(page).css_first("a").attributes == {  # type: ignore[union-attr]
        "id": "1",
        "xlink:href": "/author/x",
    }


def test_template_contents_are_not_searched() -> None:
    assert ids("<template><i id=1 class=author></i></template>", ".author") == []
