"""The page's own lines left in the article's text, known by what the metadata readers found:
the byline and the date line before the text, a signature at its end, a channel prompt."""

from __future__ import annotations

from datetime import datetime

from newsthread.html._body.page_lines import without_page_lines
from newsthread.model import Author, Link, Paragraph

LONG = (
    "The council approved the plan on Monday after a debate that lasted most of the night, "
    "and work is to start in the spring."
)
WHEN = datetime(2024, 3, 4, 12, 10)


def _texts(blocks: list[Paragraph], names: tuple[str, ...] = ("Marco Rossi",)) -> list[str]:
    kept = without_page_lines(list(blocks), [Author(n) for n in names], WHEN)
    return [b.text for b in kept]


def test_the_byline_and_the_date_line_before_the_text_go() -> None:
    blocks = [
        Paragraph("di Marco Rossi"),
        Paragraph("4 marzo 2024 (modifica il 4 marzo 2024 | 15:40)"),
        Paragraph(LONG),
    ]
    assert _texts(blocks) == [LONG]


def test_after_a_standfirst_the_header_goes_on() -> None:
    standfirst = (
        "Lavori di manutenzione straordinaria da aprile, il servizio sostitutivo partirà presto"
    )
    blocks = [Paragraph(standfirst + "."), Paragraph("di Marco Rossi"), Paragraph(LONG)]
    assert _texts(blocks) == [standfirst + ".", LONG]


def test_a_sentence_naming_the_author_stays() -> None:
    said = "Marco Rossi, who wrote the report, said the plan was late"
    assert _texts([Paragraph(said), Paragraph(LONG)]) == [said, LONG]


def test_a_byline_with_its_date_stays_before_the_text() -> None:
    # (some sites' text holds it: Readability's expected text keeps such a line)
    line = "Tuesday 4 March 2024 by Marco Rossi"
    assert _texts([Paragraph(line), Paragraph(LONG)]) == [line, LONG]


def test_a_name_beside_the_date_is_no_date_line() -> None:
    line = "Ahmet Kaya, 4 Mart 2024"
    assert _texts([Paragraph(line), Paragraph(LONG)]) == [line, LONG]


def test_a_signature_at_the_end_goes_only_alone_or_with_a_reporters_word() -> None:
    signed = [Paragraph(LONG), Paragraph(LONG), Paragraph("김민수 기자 minsu@example.kr")]
    assert _texts(signed, ("김민수",)) == [LONG, LONG]
    letter = [Paragraph(LONG), Paragraph(LONG), Paragraph("Yours, Marco Rossi")]
    assert _texts(letter) == [LONG, LONG, "Yours, Marco Rossi"]


def test_table_rows_naming_the_author_stay() -> None:
    rows = [
        Paragraph("1 Pck. | Dr. Oetker Vanillin-Zucker"),
        Paragraph("70 g | Dr. Oetker Mandeln"),
    ]
    assert _texts([*rows, Paragraph(LONG)], ("Dr. Oetker",)) == [r.text for r in rows] + [LONG]


def test_a_short_line_linking_to_a_messaging_channel_goes() -> None:
    prompt = Paragraph(
        "ताज़ा खबरों के लिए हमारे व्हाट्सऐप चैनल से जुड़ें",
        [Link(25, 36, "https://whatsapp.com/channel/0029Va")],
    )
    assert _texts([Paragraph(LONG), Paragraph(LONG), prompt]) == [LONG, LONG]
