"""Body extraction: class names with digits after the names are folded; share boxes stay out."""

from __future__ import annotations

from newsthread.html import from_html
from newsthread.html._body import _marker_info

LONG = "This sentence is part of the article and carries enough words to count, clearly. "


def test_addtoany_share_box_stays_out() -> None:
    html = (
        "<html><body><article class='post'><div class='entry-content'>"
        f"<p>{LONG * 3}</p>"
        "<div class='a2a_kit a2a_kit_size_32 a2a_default_style'>"
        "<p>Tell your friends and family about this story, they will like reading it as much as you did.</p></div>"
        f"<p>{LONG * 2}</p></div></article></body></html>"
    )
    result = [block.text for block in from_html(html, quotes=False).body]
    assert len(result) == 2
    assert all("Tell your friends" not in t for t in result)


def test_numbered_names_are_one_name_and_a2a_is_boilerplate() -> None:
    assert _marker_info("a2a_kit")[0] != 0
    assert _marker_info("post-123") == _marker_info("post-456")
    assert _marker_info("td-related-row")[0] == _marker_info("td-related-row-2")[0] != 0
