"""JSON-LD comments are found however their type is written (the source is checked for
'Comment"' before the page's scripts are listed)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsthread.html import extract_comments


@pytest.mark.parametrize(
    "kind",
    ['"Comment"', '["Comment"]', '[ "Thing", "Comment" ]'],
)
def test_a_comment_type_in_any_form(kind: str) -> None:
    page = (
        '<html><body><p>Comments</p><script type="application/ld+json">'
        '{"@type": "BlogPosting", "comment": [{"@type": ' + kind + ', "@id": "c1", '
        '"text": "First!", "author": {"@type": "Person", "name": "Ann"}}]}'
        "</script></body></html>"
    )
    comments = extract_comments(LexborHTMLParser(page)).comments
    assert [(c.id, c.text) for c in comments] == [("c1", "First!")]


def test_no_comment_type_no_comments() -> None:
    page = (
        '<html><body><p>Comments</p><script type="application/ld+json">'
        '{"@type": "BlogPosting", "commentCount": 3, "text": "Comment \\"x\\""}'
        "</script></body></html>"
    )
    assert extract_comments(LexborHTMLParser(page)).comments == []
