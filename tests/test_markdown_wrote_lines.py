# ruff: noqa: RUF001
"""'Name wrote on <date>:' header lines in several languages, in converters' Markdown (issue 14)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import pytest

from newsthread import Comment
from newsthread.markdown import from_markdown
from newsthread.markdown._authorlines import heuristic_header
from newsthread.markdown._commentdates import parse_date
from newsthread.markdown._units import Unit
from test_markdown_comment_sections import author, in_order

CONVERTED = Path(__file__).parent / "data" / "markdown" / "converted"
CONVERTERS = ["html2text", "markdownify", "html-to-markdown", "markitdown", "pandoc"]


def shape(comments: Sequence[Comment]) -> list[tuple[int, str | None, datetime | None, str]]:
    """(depth, author, date, text) of every comment in document order."""
    return [(depth, author(c), c.published, c.text) for depth, c in in_order(comments)]


def load(name: str, converter: str) -> list[tuple[int, str | None, datetime | None, str]]:
    path = CONVERTED / f"{name}.{converter}.md"
    return shape(from_markdown(path.read_bytes(), quotes=False).comments)


RUSSIAN = [
    (
        0,
        "Иван Петров",
        datetime(2024, 3, 3, 10, 15),
        "Давно пора, депо стоит заброшенным уже двадцать лет.",
    ),
    (
        1,
        "Ольга",
        datetime(2024, 3, 3, 11, 40),
        "А деньги откуда? В прошлом году обещали то же самое.",
    ),
    (
        0,
        "Сергей",
        datetime(2024, 3, 4, 9, 5),
        "Главное, чтобы не построили там очередной торговый центр.",
    ),
    (
        1,
        "Иван Петров",
        datetime(2024, 3, 4, 9, 30),
        "В проекте только парк и детская площадка, я смотрел документы.",
    ),
]


@pytest.mark.parametrize("converter", CONVERTERS)
def test_russian_wrote_lines_in_nested_lists(converter: str) -> None:
    # "Иван Петров написал 3 марта 2024 в 10:15": a name, a verb, a date with a Russian month
    assert load("news_russian_lists", converter) == RUSSIAN


GERMAN = [
    (
        "Jens Hartmann",
        datetime(2024, 3, 12, 14, 5),
        "Endlich! Die Kreuzung am Markt ist für Radfahrer lebensgefährlich.",
    ),
    (
        "Petra K.",
        datetime(2024, 3, 12, 15, 30),
        "Und wo sollen die Autos parken, wenn die Spur wegfällt?",
    ),
    (
        "Jens Hartmann",
        datetime(2024, 3, 12, 16, 10),
        "Im Parkhaus am Bahnhof, das ist fast immer halb leer.",
    ),
    (
        "Olga",
        datetime(2024, 3, 13, 8, 45),
        "Gute Entscheidung, aber bitte auch an die Beleuchtung denken.",
    ),
]


@pytest.mark.parametrize(
    "converter", ["html2text", "markdownify", "html-to-markdown", "markitdown"]
)
def test_german_wrote_lines_ending_in_a_colon(converter: str) -> None:
    # "Jens Hartmann schrieb am 12. März 2024 um 14:05 Uhr:"; the replies nest in <div>s,
    # which these converters drop: the thread is flat, the authors and dates are right
    assert load("news_german_divs", converter) == [(0, *row) for row in GERMAN]


def test_german_divs_nest_in_pandocs_raw_html() -> None:
    # pandoc keeps the <div>s: the HTML importer's comment reader gives the depth
    got = [(depth, name, when) for depth, name, when, _ in load("news_german_divs", "pandoc")]
    assert got == [(d, name, when) for d, (name, when, _) in zip((0, 1, 2, 0), GERMAN, strict=True)]


SPANISH = [
    (
        0,
        "Lucía Gómez",
        datetime(2024, 5, 5, 10, 15),
        "Por fin una buena noticia para el barrio, llevamos años esperando este parque.",
    ),
    (
        1,
        "Andrés",
        datetime(2024, 5, 5, 11, 40),
        "Ya veremos si cumplen los plazos, con la piscina dijeron lo mismo.",
    ),
    (
        2,
        "Lucía Gómez",
        datetime(2024, 5, 5, 12, 5),
        "La piscina se retrasó por el presupuesto, esto ya tiene la financiación aprobada.",
    ),
    (
        0,
        "Pepe",
        datetime(2024, 5, 6, 9, 0),
        "¿Habrá aparcamiento? La zona ya está saturada los fines de semana.",
    ),
]


@pytest.mark.parametrize("converter", CONVERTERS)
def test_spanish_dates_with_a_las(converter: str) -> None:
    # "5 de mayo de 2024 a las 10:15": dateutil read the "a" as "am" and gave up
    assert load("news_spanish", converter) == SPANISH


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("3 марта 2024 в 10:15", datetime(2024, 3, 3, 10, 15)),
        ("12 декабря 2023", datetime(2023, 12, 12)),
        ("12 maja 2023 o 14:05", datetime(2023, 5, 12, 14, 5)),
        ("5 de mayo de 2024 a las 10:15", datetime(2024, 5, 5, 10, 15)),
        ("3 mayo, 2020 a la 1:15", datetime(2020, 5, 3, 1, 15)),
        ("3. března 2024 v 10:15", datetime(2024, 3, 3, 10, 15)),
        ("3 Mart 2024 10:15", datetime(2024, 3, 3, 10, 15)),
        ("12 augusti 2023 kl. 14:05", datetime(2023, 8, 12, 14, 5)),
    ],
)
def test_dates_in_more_languages(text: str, when: datetime) -> None:
    assert parse_date(text) == when


@pytest.mark.parametrize(
    ("line", "author", "when"),
    [
        ("Ольга написала 3 марта 2024 в 11:40", "Ольга", datetime(2024, 3, 3, 11, 40)),
        ("Anna schrieb am 12. März 2024 um 14:05 Uhr:", "Anna", datetime(2024, 3, 12, 14, 5)),
        ("Ana escribió el 5 de mayo de 2024 a las 10:15:", "Ana", datetime(2024, 5, 5, 10, 15)),
        ("Jan napisał 12 maja 2023 o 14:05", "Jan", datetime(2023, 5, 12, 14, 5)),
    ],
)
def test_wrote_lines(line: str, author: str, when: datetime) -> None:
    head = heuristic_header(Unit("p", line))
    assert head is not None and head.author is not None
    assert (head.author.name, head.published) == (author, when)


@pytest.mark.parametrize("converter", CONVERTERS)
def test_russian_says_lines_and_day_first_dotted_dates(converter: str) -> None:
    # WordPress in Russian: "Дмитрий говорит:", "11.03.2024 в 08:12" (the day first, as every
    # date written with dots), "Ответить" buttons
    assert [(d, a, p, t) for d, a, p, t in load("wordpress_russian", converter)] == [
        (0, "Дмитрий", datetime(2024, 3, 11, 8, 12), "А зимой как? У нас снег лежит до апреля."),
        (
            1,
            "Аня",
            datetime(2024, 3, 11, 9, 30),
            "Шипованная резина и хорошие перчатки. Ездим всю зиму, кроме метелей.",
        ),
        (
            0,
            "Ольга Смирнова",
            datetime(2024, 3, 12, 21, 5),
            "Спасибо за пост! Какой прицеп вы выбрали?",
        ),
    ]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("11.03.2024 в 08:12", datetime(2024, 3, 11, 8, 12)),
        ("03.06.2024", datetime(2024, 6, 3)),
        ("12.3.2024 14:05", datetime(2024, 3, 12, 14, 5)),
        ("03/06/2024 at 10:15", datetime(2024, 3, 6, 10, 15)),  # slashes: as dateutil reads them
    ],
)
def test_dotted_dates_put_the_day_first(text: str, when: datetime) -> None:
    assert parse_date(text) == when
