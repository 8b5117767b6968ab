"""The body walk's shortcuts agree with the tests they spare: elements without a class, an id
or another attribute that decides, tags lexbor knows, styles without the words searched for."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newsthread.html._body import walk
from newsthread.html._body.markers import is_hidden, is_overlay_label

_PAGE = (
    "<body><article lang=en data-x=1><p dir=ltr>Text <a href='/x' rel=nofollow>link</a>"
    "<span title=t>span</span></p><table><tr><td colspan=2>cell</td></tr></table><aside data-y=2>aside</aside>"
    "<footer>f</footer><form action=/s>form</form><div role=main>div</div></article></body>"
)


def test_elements_without_a_deciding_attribute_get_the_bonus_of_their_tag() -> None:
    body = LexborHTMLParser(_PAGE).body
    assert body is not None
    found = {}
    for node in body.traverse():
        tag = node.tag or ""
        attrs = node.attributes
        if tag in ("body", "html") or not walk._DECIDING_ATTRIBUTES.isdisjoint(attrs):
            continue
        found[tag] = walk._bonus_or_skip(node, tag, attrs, walk.Walk(budget=10_000))
    # aside, footer and form are measured (too short here: left out) whatever their attributes
    assert found == {
        "article": 20.0, "p": 0.0, "a": 0.0, "span": 0.0, "table": 0.0, "tbody": 0.0, "tr": 0.0, "td": 0.0, "aside": None,
        "footer": None, "form": None, "div": 0.0,
    }  # fmt: skip


def test_the_tags_left_out_unread_are_remembered_by_id_as_by_name() -> None:
    page = "<body><p>a<script>x</script><svg><text>y</text></svg><nav>n</nav><br>b</p><!-- c --></body>"
    body = LexborHTMLParser(page).body
    assert body is not None
    for node in body.traverse(include_text=True):
        walk._tag_name(node, node.tag_id)
        if node.tag_id < walk._STATIC_TAG_IDS:
            assert (node.tag_id in walk._SKIPPED_IDS) == walk._is_skipped(node.tag)
    assert walk._is_skipped("script") and walk._is_skipped("-comment") and walk._is_skipped(None)
    assert not walk._is_skipped("p") and not walk._is_skipped("my-element")


def test_hidden_and_overlay_styles_are_still_read() -> None:
    assert is_hidden({"style": "color: red; display : none"})
    assert is_hidden({"style": "visibility:hidden"})
    assert not is_hidden({"style": "display: block; overflow: hidden"})
    assert is_overlay_label("position:absolute; top:4.4%; left:0.1%")
    assert not is_overlay_label("top: 4px; left: 10px") and not is_overlay_label("width: 50%")
