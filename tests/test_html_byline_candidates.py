"""The byline candidates' CSS pass (its tests grouped under shared letters for speed) finds
exactly the elements the plain list of tests finds, in page order."""

from __future__ import annotations

import html

from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from newsthread.html._byline_elements import candidates

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
