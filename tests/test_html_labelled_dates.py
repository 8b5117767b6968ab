"""Labelled dates in the text: a label is a whole word, and "last change" labels in several
languages are the last resort."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from newsthread.html._body.alternation import by_first_letter
from newsthread.html._datelines import (
    _DATE_LABELS,
    _MODIFIED_LABELS,
    _without_first,
    labelled_date,
)


def labelled(body: str) -> datetime | None:
    return labelled_date(LexborHTMLParser(f"<html><body>{body}</body></html>"))


def test_a_word_that_starts_like_a_label_is_not_one() -> None:
    body = (
        "<p>Abbildung: Datensatz vom 09.03.2016, Standardwerte 2015-02-03.</p>"
        "<p>Letzte Änderung: 14.01.2022 um 09:25</p>"
    )
    assert labelled(body) == datetime(2022, 1, 14, 9, 25)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Letzte Änderung: 14.01.2022", datetime(2022, 1, 14)),
        ("Letzte Aktualisierung am 3. Mai 2021", datetime(2021, 5, 3)),
        ("Última actualización: 5 de mayo de 2021", datetime(2021, 5, 5)),
        ("Ultima modifica 12/03/2020", datetime(2020, 3, 12)),
        ("Laatst gewijzigd op 7 juni 2019", datetime(2019, 6, 7)),
        ("Senast ändrad 2018-04-09", datetime(2018, 4, 9)),
    ],
)
def test_last_change_labels_in_other_languages(text: str, day: datetime) -> None:
    assert labelled(f"<h2>Seite</h2><p>Text</p><p>{text}</p>") == day


def test_a_publication_label_beats_an_earlier_change_label() -> None:
    body = "<p>Letzte Änderung: 14.01.2022</p><p>Veröffentlicht am 02.01.2022</p>"
    assert labelled(body) == datetime(2022, 1, 2)


# Pieces of text around labels: a label, a word holding one, a letter before it, a date.
_PIECES = st.sampled_from(
    [
        "date",
        "datum",
        "updated",
        "update",
        "stand",
        "understand",
        "publié le",
        "last modified on",
        "опубликовано",
        "发布时间",
        "x",
        "ü",
        "_",
        "9",
        " ",
        ": ",
        "\n",
        "12.03.2020",
        "3 mai 2021",
    ]
)


@pytest.mark.parametrize(
    ("labels", "opening", "plain_opening"),
    [(_DATE_LABELS, r"(?<!\w.)", r"(?<!\w)"), (_MODIFIED_LABELS, "", "")],
)
@given(text=st.lists(_PIECES, max_size=20).map("".join))
def test_labels_grouped_by_first_letter_match_as_the_plain_alternation(
    labels: tuple[str, ...], opening: str, plain_opening: str, text: str
) -> None:
    rest = r"(?![^\W\d_])\s*:?\s*(?P<rest>.{6,40})"
    grouped = re.compile("(?:" + by_first_letter("|".join(labels), opening) + ")" + rest)
    plain = re.compile(plain_opening + "(?:" + "|".join(labels) + ")" + rest)
    assert [(m.span(), m["rest"]) for m in grouped.finditer(text)] == [
        (m.span(), m["rest"]) for m in plain.finditer(text)
    ]


def test_scripts_and_styles_are_not_read_for_a_labelled_date() -> None:
    body = (
        '<script>var meta = {"Datum": "01.02.2019"};</script>'
        "<style>.datum::before { content: 'Datum: 02.03.2019' }</style>"
        "<p>Datum: 26. Januar 2022</p>"
    )
    assert labelled(body) == datetime(2022, 1, 26)


# (short parts of few letters: found in the text, after one another, across a part taken out)
@given(
    text=st.text(alphabet="ab\n", max_size=16),
    parts=st.lists(st.text(alphabet="ab\n", max_size=4), max_size=6),
)
@example(text="aab", parts=["ab", "a"])  # the second before the first one's place
@example(text="abba", parts=["bb", "aa"])  # the second across the first one's place
def test_parts_taken_out_as_one_replace_after_the_other_would(text: str, parts: list[str]) -> None:
    expected = text
    for part in parts:
        expected = expected.replace(part, "", 1)
    assert _without_first(text, parts) == expected
