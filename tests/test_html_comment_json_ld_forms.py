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


def test_comment_type_outside_the_scripts_only_no_comments() -> None:
    # 'Comment"' stands in the page (an attribute) but no script names a comment.
    page = (
        '<html><body><p data-kind="Comment">Comments</p><script type="application/ld+json">'
        '{"@type": "BlogPosting", "commentCount": 1}'
        "</script></body></html>"
    )
    assert extract_comments(LexborHTMLParser(page)).comments == []


def test_comment_type_in_an_attribute_and_in_the_script() -> None:
    page = (
        '<html><body><p data-kind="Comment">Comments</p><script type="application/ld+json">'
        '{"@type": "BlogPosting", "comment": [{"@type": "Comment", "@id": "c1", '
        '"text": "First!"}]}'
        "</script></body></html>"
    )
    comments = extract_comments(LexborHTMLParser(page)).comments
    assert [(c.id, c.text) for c in comments] == [("c1", "First!")]


def test_comment_type_in_the_second_script() -> None:
    page = (
        '<html><body><p>Comments</p><script type="application/ld+json">{"@type": "Organization"}'
        '</script><script type="application/ld+json">{"@type": "Comment", "@id": "c2", '
        '"text": "Second script"}</script></body></html>'
    )
    comments = extract_comments(LexborHTMLParser(page)).comments
    assert [(c.id, c.text) for c in comments] == [("c2", "Second script")]
