"""The body walk's shortcuts agree with the tests they spare: elements without a class, an id
or another attribute that decides, tags lexbor knows, styles without the words searched for."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from newsthread.html._body import markers, walk
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


def _plain_classify(lowered: str) -> int:
    """``markers._classify`` as it was written before the tokens were spared searches."""
    m = markers
    if ("hid" in lowered or "none" in lowered) and m._hidden_by_name(lowered):
        return m.IS_HIDDEN
    if not m._names_boilerplate(lowered) and not (
        ("widget" in lowered and m._WIDGET.search(lowered) is not None)
        or any(word in lowered for word in ("comment", "respond", "disqus", "discussion"))
        or "kommentar" in lowered
    ):
        return 0
    found = 0
    content = False
    tokens = lowered.split()
    atomic = len(tokens) >= 4 and 4 * sum(len(t) <= 2 for t in tokens) >= 3 * len(tokens)
    for token in tokens:
        if token.startswith(m._DESCRIPTIVE) or (atomic and len(token) <= 2):
            continue
        if "--" in token:
            token = m._STATE_MODIFIER.sub("", token)
        if m._COMMENTS.search(token):
            return m.IS_COMMENTS
        if token.startswith("widget") or m._names_boilerplate(token):
            if m._STRONG.search(token) and not m._CONTENT_TOKEN.search(token):
                found = max(found, m.IS_STRONG)
            else:
                found = max(found, m.IS_BOILERPLATE)
        elif m._CONTENT_TOKEN.search(token) and not m._INSTANCE.match(token):
            content = True
    return 0 if content else found


_WORDS = [
    "comment",
    "comments",
    "respond",
    "disqus",
    "discussion",
    "kommentare",
    "widget",
    "widget_text",
    "sidebar",
    "share",
    "related",
    "yarpp",
    "post",
    "content",
    "article",
    "entry",
    "main",
    "text",
    "body",
    "hidden",
    "hide",
    "d-none",
    "md:block",
    "ad",
    "a0a_x",
    "post-000",
    "text-0",
    "o-section--has-ads",
    "x--is-share",
    "tag-x",
    "wp-x",
    "single",
    "comments-list",
    "comment-form",
    "newsletter",
    "cookie-banner",
    "entry-content",
    "ab",
    "cd",
]


@given(
    st.lists(
        st.tuples(st.sampled_from(_WORDS), st.sampled_from(["", "-", "_", "0", "--is-x", "x"])),
        min_size=1,
        max_size=5,
    ),
    st.sampled_from([" ", "  ", "\t"]),
)
def test_a_marker_is_classified_as_its_tokens_were_one_by_one(
    parts: list[tuple[str, str]], space: str
) -> None:
    marker = space.join(word + end for word, end in parts)
    positive = markers._POSITIVE.search(marker) is not None
    assert markers._classify(marker, positive) == _plain_classify(marker)
