"""Publication dates: a date the page labels as its last change ("Updated", "Revised",
"Actualizado", "Mise à jour") is not taken for the publication while another date is there,
whether the label is a class, text before a date element, or text inside it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsthread.html._metadata import extract_metadata


def published(body: str, lang: str = "en") -> datetime | None:
    page = f'<html lang="{lang}"><body>{body}</body></html>'
    return extract_metadata(LexborHTMLParser(page)).published


def test_a_time_element_after_an_updated_label_is_the_update() -> None:
    body = (
        "<article><h1>Council votes</h1>"
        '<p>Updated <time datetime="2021-03-05T10:00:00Z">March 5</time></p>'
        '<p>Published <time datetime="2021-03-01T10:00:00Z">March 1</time></p>'
        "<p>Text.</p></article>"
    )
    assert published(body) == datetime(2021, 3, 1, 10, tzinfo=UTC)


def test_a_label_in_an_element_of_its_own_before_the_time_element() -> None:
    body = (
        "<article><h1>Council votes</h1>"
        '<div><span class="label">Last updated:</span> '
        '<time datetime="2021-03-05T10:00:00Z">March 5</time></div>'
        '<div><span>First published:</span> <time datetime="2021-03-01T10:00:00Z">March 1</time>'
        "</div><p>Text.</p></article>"
    )
    assert published(body) == datetime(2021, 3, 1, 10, tzinfo=UTC)


def test_a_date_element_whose_every_date_is_labelled_as_the_revision() -> None:
    body = (
        '<h1>Council votes</h1><p class="date">Revised: March 5, 2021</p>'
        '<p class="date">March 1, 2021</p><p>Text</p>'
    )
    assert published(body) == datetime(2021, 3, 1)


def test_the_only_date_is_taken_even_when_it_is_the_update() -> None:
    body = '<h1>Council votes</h1><p class="date">Updated: March 5, 2021</p><p>Text</p>'
    assert published(body) == datetime(2021, 3, 5)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Edited March 5, 2021 · Posted March 1, 2021", "en"),
        ("Mise à jour le 5 mars 2021 - Publié le 1 mars 2021", "fr"),
        ("Actualizada el 5 de marzo de 2021 - Publicada el 1 de marzo de 2021", "es"),
        ("Überarbeitet am 5. März 2021 - Veröffentlicht am 1. März 2021", "de"),
    ],
)
def test_change_labels_in_several_languages(text: str, lang: str) -> None:
    body = f'<h1>Title</h1><p class="dateline">{text}</p><p>Text</p>'
    assert published(body, lang) == datetime(2021, 3, 1)
