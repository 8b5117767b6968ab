"""Text whose subject before a cue is blank (an empty list field, "Tags: , , say …") gives
its quotes without raising (review 10 R5.1: a raw IndexError from the subject grammar)."""

import pytest

from newsthread.html import from_html
from newsthread.quotes import find_quotes


@pytest.mark.parametrize(
    "text",
    [", , say that «according", "items: , , say that «x»", ", , say «x»", ', , say that "x"'],
)
def test_a_blank_subject_before_a_cue_names_nobody(text: str) -> None:
    assert all(q.speaker is None for q in find_quotes(text))


def test_a_page_with_an_empty_list_field_before_a_cue_imports() -> None:
    page = (
        b"<html><body><article><p>Hello there.</p>"
        b"<p>Tags: , , say that \xc2\xabx\xc2\xbb</p></article></body></html>"
    )
    article = from_html(page)
    assert [b.text for b in article.body] == ["Hello there.", "Tags: , , say that «x»"]
    assert article.quotes == []
