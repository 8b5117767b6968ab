"""The metadata readers' shared CSS pass finds exactly what each reader's own selector finds."""

from __future__ import annotations

from collections.abc import Iterable

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsthread.html._date_markup import date_elements, timestamp_elements
from newsthread.html._page_nodes import _SELECTOR, _SELECTOR_PLAIN, PageNodes

PAGE = b"""<html><head>
<script type="Application/LD+JSON">{"a": 1}</script><script type="application/ld+json ">2</script>
<script type="application/ld+json">3</script><script>4</script><script type>5</script>
<link rel="CANONICAL" href="/a"><link rel="canonical amphtml" href="/b"><link rel="canonical">
<link rel="canonical" href="/c">
<meta content><meta name="date" content="2020-01-01"><meta NAME="Date" content="x"><meta name="x">
<meta itemprop="datePublished" content="2020-01-02"><meta itemprop="datePublished">
</head><body>
<h1 itemprop="dateModified">Title</h1><svg><script>6</script><time>7</time></svg>
<TIME datetime>8</TIME><time datetime="2020-01-03" itemprop="datePublished">9</time>
<div itemprop="DatePublished">10</div><div itemprop="dateModified">11</div>
<span property="schema:datePublished" content="2020-01-04"></span>
<span property="schema:dateCreated">12</span><span property="Schema:dateCreated" content="1"></span>
<template><h1>13</h1><time>14</time></template><h1>15</h1>
</body></html>"""


def ids(nodes: Iterable[LexborNode]) -> list[int]:
    return [node.mem_id for node in nodes]


def test_each_group_is_what_its_selector_finds() -> None:
    doc = LexborHTMLParser(PAGE)
    nodes = PageNodes(doc)
    assert ids(nodes.h1s) == ids(doc.css("h1"))
    assert len(nodes.h1s) == 2
    assert ids(nodes.ld_json_scripts()) == ids(doc.css('script[type="application/ld+json"]'))
    assert [s.text() for s in nodes.ld_json_scripts()] == ['{"a": 1}', "3"]
    assert ids(n for n, _ in nodes.scripts) == ids(doc.css("script"))
    assert ids(n for n, _ in nodes.metas) == ids(doc.css("meta[content]"))
    canonical = doc.css_first('link[rel="canonical"][href]')
    assert nodes.canonical is not None and canonical is not None
    assert nodes.canonical.mem_id == canonical.mem_id
    assert nodes.canonical.attributes["href"] == "/a"
    assert ids(nodes.times()) == ids(doc.css("time"))
    for prop in ("datePublished", "dateModified"):
        assert ids(nodes.with_itemprop(prop)) == ids(doc.css(f'[itemprop="{prop}"]'))
    every = (
        'time, [itemprop="datePublished"], [itemprop="dateModified"], '
        '[property="schema:datePublished"][content], [property="schema:dateCreated"][content]'
    )
    found = ids(doc.css(every))
    # lexbor gives an element once per selector of a list it matches; the group holds it once
    assert len(found) == 9
    assert ids(n for n, _tag, _attrs in nodes.dates) == sorted(set(found), key=found.index)


def test_the_date_readers_see_each_element_as_often_as_lexbor_gives_it() -> None:
    doc = LexborHTMLParser(PAGE)
    nodes = PageNodes(doc)
    elements = '[itemprop="datePublished"], [itemprop="dateModified"], time'
    assert ids(n for n, _tag, _attrs in date_elements(nodes)) == ids(doc.css(elements))
    assert len(doc.css(elements)) == 8  # the <h1> once, <time itemprop=…> twice
    stamps = (
        '[itemprop="datePublished"], time[datetime], [property="schema:datePublished"][content], '
        '[property="schema:dateCreated"][content]'
    )
    assert timestamp_elements(nodes) == [n.attributes for n in doc.css(stamps)]
    assert len(timestamp_elements(nodes)) == 6


def test_a_page_without_any_of_them() -> None:
    nodes = PageNodes(LexborHTMLParser("<p>text</p>"))
    assert (nodes.h1s, nodes.scripts, nodes.metas, nodes.dates) == ([], [], [], [])
    assert nodes.canonical is None


def test_the_base_is_the_first_base_element_with_an_address() -> None:
    page = (
        '<html><head><base target="_blank"><base itemprop="datePublished">'
        '<base HREF="/first/"></head><body><base href="/second/"></body></html>'
    )
    doc = LexborHTMLParser(page)
    nodes = PageNodes(doc)
    first = doc.css_first("base[href]")
    assert nodes.base is not None and first is not None
    assert nodes.base.mem_id == first.mem_id
    assert nodes.base.attributes["href"] == "/first/"
    assert PageNodes(LexborHTMLParser('<base target="_self"><p>x</p>')).base is None


def _once(nodes: Iterable[LexborNode]) -> list[int]:
    found: list[int] = []
    for node in nodes:
        if not found or found[-1] != node.mem_id:
            found.append(node.mem_id)
    return found


def test_the_grouped_selector_finds_the_elements_of_the_plain_list() -> None:
    for page in (PAGE, b"<!DOCTYPE html>" + PAGE):  # quirks mode, then standards mode
        doc = LexborHTMLParser(page)
        grouped = _once(doc.css(_SELECTOR))
        assert grouped == _once(doc.css(_SELECTOR_PLAIN))
        assert len(grouped) == 20
