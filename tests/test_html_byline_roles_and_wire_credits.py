"""A role in lower case after a byline's name, and a wire story's closing credit without its
parenthesis (the second blind batch's shapes, session 12, in fixtures of our own)."""

from __future__ import annotations

from newsthread.html import from_html
from newsthread.html._bylines import add_authors
from newsthread.model import Author

TEXT = "<p>" + "The central bank cut its main rate by half a point on Tuesday. " * 4 + "</p>"


def _names(raw: str) -> list[str]:
    out: list[Author] = []
    add_authors(out, [(raw, None)])
    return [a.name for a in out]


def test_a_role_in_lower_case_after_the_name_is_no_author() -> None:
    assert _names("By Dana Whitfield, senior reviewer") == ["Dana Whitfield"]
    assert _names("By Ann Lee, Bo Chan") == ["Ann Lee", "Bo Chan"]


def test_a_closing_credit_without_a_parenthesis_names_the_reporters() -> None:
    page = (
        "<html><head><title>Rates cut | Wire Daily</title></head><body><h1>Rates cut</h1>"
        + TEXT
        + "<p>Reporting by Karin Holm in London and Jan Novak in Prague; Editing by Mark Reed</p>"
        "</body></html>"
    )
    assert [a.name for a in from_html(page, quotes=False).authors] == ["Karin Holm", "Jan Novak"]


def test_reporting_by_inside_a_sentence_is_no_credit() -> None:
    page = (
        "<html><body><h1>Rates cut</h1>" + TEXT + "<p>The story was based on reporting by "
        "local papers in the region, the agency said.</p></body></html>"
    )
    assert [a.name for a in from_html(page, quotes=False).authors] == []
