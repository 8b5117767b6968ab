"""The byline candidates' CSS pass (its tests grouped under shared letters, its tests of the
links' addresses made in Python, for speed) finds exactly the elements the plain list of
tests finds, in page order."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from newsthread.html._byline_elements import _AUTHOR_LINK, _AUTHOR_LINKS, candidates
from newsthread.html._css_links import linked

# The selector as written before its tests were grouped: one test per name.
FLAT = (
    'h1, [itemprop~="author"], [rel~="author"], [property~="author"], [class$="submitted"], '
    '[itemtype$="/Person"], '
    '[class]:is([class*="author" i], [class*="byline" i], [class*="autor" i], '
    '[class*="posted-by" i], [class*="postedby" i], '
    '[class*="auteur" i], [class*="writer" i], [class*="verfasser" i], [class*="reporter" i], '
    '[class*="contributor" i], [class*="journalist" i]), '
    '[id]:is([id*="author" i], [id*="autor" i], [id*="byline" i]), '
    '[data-testid]:is([data-testid*="byline" i], [data-testid*="author" i]), '
    '[data-qa]:is([data-qa*="byline" i], [data-qa*="author" i]), '
    '[data-component*="byline" i], '
    'a[href]:is([href*="/author"], [href*="/autor"], [href*="/auteur"], [href*="/profil"], '
    '[href*="/people/"], [href*="/journalist"], [href*="/redaktion/"], [href*="/staff/"], '
    '[href*="/writer/"], [href*="viewprofile"], [href*="/reporter"], [href*="/contributor"], '
    '[href*="/by/"], [href*="/person/"], [href*="/signataire"])'
)

# Pieces of names: the tested words, their shared letters alone, and near misses.
PIECES = [
    "author",
    "byline",
    "autor",
    "auteur",
    "writer",
    "verfasser",
    "reporter",
    "contributor",
    "journalist",
    "AUTHOR",
    "Byline",
    "WRITER",
    "Journalist",
    "or",
    "er",
    "ur",
    "OR",
    "aut",
    "au",
    "/au",
    "/p",
    "/by",
    "/a",
    "/author",
    "/autor",
    "/auteur",
    "/profil",
    "/people/",
    "/person/",
    "/journalist",
    "/redaktion/",
    "/staff/",
    "/writer/",
    "viewprofile",
    "/reporter",
    "/contributor",
    "/by/",
    "/signataire",
    "/Author",
    "/pe",
    "/r",
    "/s",
    "/re",
    "/st",
    "/si",
    "/people",
    "/by",
    "/",
    "-",
    "_",
    "x",
    "header",
    "wrapper",
    "submitted",
    "posted-by",
    "postedby",
    "by",
    "posted",
    "POSTEDBY",
]
values = st.lists(st.sampled_from(PIECES), max_size=4).map("".join)
elements = st.tuples(st.sampled_from(["div", "span", "a", "p"]), values, values, values)


@settings(max_examples=300, deadline=None)
@given(st.lists(elements, min_size=1, max_size=12))
def test_the_grouped_pass_finds_what_the_flat_list_finds(
    items: list[tuple[str, str, str, str]],
) -> None:
    page = "<html><body><h1>Title</h1>"
    for tag, klass, href, ident in items:
        attrs = f'class="{html.escape(klass)}" href="{html.escape(href)}" id="{html.escape(ident)}"'
        page += f"<{tag} {attrs}>x</{tag}>"
    doc = LexborHTMLParser(page + "</body></html>")
    flat = list(dict.fromkeys(node.mem_id for node in doc.css(FLAT)))
    assert [node.mem_id for node in candidates(doc)] == flat


def test_names_in_any_case_and_author_paths() -> None:
    doc = LexborHTMLParser(
        "<h1>T</h1><div class='x-JOURNALIST'>a</div><div class='header'>b</div>"
        "<a href='/people/jane'>c</a><a href='/pe/ople/'>d</a><span class='Verfasser'>e</span>"
    )
    assert [node.text() for node in candidates(doc)] == ["T", "a", "c", "e"]


# The links' address tests are made in Python on a pass that finds every link (``_css_links``):
# the near misses of that reading.


def _flat_ids(doc: LexborHTMLParser) -> list[int]:
    return list(dict.fromkeys(node.mem_id for node in doc.css(FLAT)))


@pytest.mark.parametrize(
    ("page", "texts"),
    [
        # an address without a value, and a link named an author without an address
        ("<a href>a</a><a class='author'>b</a><a>c</a>", ["b"]),
        # a link both named and addressed so: once
        ("<a class='byline' href='/author/x'>a</a>", ["a"]),
        # another element with an address, found by its rel
        ("<link rel='author' href='/x'><a rel='AUTHOR' href='/y'>a</a>", ["", "a"]),
        # the address tests are case-sensitive
        ("<a href='/Author/x'>a</a><a href='/staff/x'>b</a><a href='/staffx'>c</a>", ["b"]),
        # SVG's xlink:href is lexbor's href there: the first of the two when both stand
        ("<svg><a xlink:href='/author/x'>a</a></svg>", ["a"]),
        ("<svg><a xlink:href='/x' href='/author/y'>a</a></svg>", []),
        ("<svg><a href='/author/y' xlink:href='/x'>a</a></svg>", ["a"]),
        # written so outside SVG, ``xlink:href`` is no ``href``
        ("<a xlink:href='/author/x'>a</a><a xlink:href='/x' class='author'>b</a>", ["b"]),
    ],
)
def test_links_found_as_the_full_selector_finds_them(page: str, texts: list[str]) -> None:
    doc = LexborHTMLParser(page)
    found = candidates(doc)
    assert [node.mem_id for node in found] == _flat_ids(doc)
    assert [node.text() for node in found] == texts


def test_the_address_pattern_is_the_selectors_tests() -> None:
    words = re.findall(r'\[href\*="([^"]+)"\]', _AUTHOR_LINKS)
    prefixes = {"/au", "/p", "/r", "/s"}  # (the groups' shared beginnings)
    assert set(words) - prefixes
    for word in words:
        if word in prefixes:
            assert _AUTHOR_LINK.search(f"x{word}x") is None
        else:
            assert _AUTHOR_LINK.search(f"https://a.b/x{word}y") is not None
    assert _AUTHOR_LINK.search("/AUTHOR/") is None


def test_each_link_is_tested_once() -> None:
    calls: list[str] = []

    def test(href: str) -> bool:
        calls.append(href)
        return href.endswith("7")

    for count in (1000, 2000, 4000):
        calls.clear()
        links = "".join(f"<a href='/{i}'>x</a>" for i in range(count))
        doc = LexborHTMLParser(f"<div class='author'>{links}</div>")
        found = linked(doc, '[class*="author"], a[href]', test)
        assert found is not None
        assert len(calls) == count
        assert len(found) == 1 + count // 10


svg_links = st.tuples(
    st.sampled_from(["", "/author/x", "/x", "/people/y"]),
    st.sampled_from(["", "/author/x", "/x"]),
    st.booleans(),
    st.sampled_from(["", "author", "x"]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(svg_links, min_size=1, max_size=6), st.booleans())
def test_links_in_and_out_of_svg_as_the_full_selector(
    items: list[tuple[str, str, bool, str]], in_svg: bool
) -> None:
    parts = []
    for href, xlink, first, klass in items:
        attrs = [f'href="{href}"' if href else "", f'xlink:href="{xlink}"' if xlink else ""]
        if not first:
            attrs.reverse()
        parts.append(f"<a {' '.join(attrs)} class='{klass}'>t</a>")
    body = "".join(parts)
    doc = LexborHTMLParser(f"<svg>{body}</svg>" if in_svg else body)
    assert [node.mem_id for node in candidates(doc)] == _flat_ids(doc)
