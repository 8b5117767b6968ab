"""Byline values into names: several authors, byline words in more languages, and what follows
a name (an outlet, a place, an agency, a job title, another credit)."""

from __future__ import annotations

import pytest

from newsthread.html._bylines import add_authors, is_outlet
from newsthread.model import Author
from test_html_bylines import names, page, split


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("By Ann Lee, Bo Chan, and Cy Diaz", ["Ann Lee", "Bo Chan", "Cy Diaz"]),  # Oxford comma
        ("Glen Owen And Brendan Carlin", ["Glen Owen", "Brendan Carlin"]),  # title case
        ("By Ann Lee with Bo Chan", ["Ann Lee", "Bo Chan"]),
        ("By Jane Doe, Senior Reporter, and John Roe", ["Jane Doe", "John Roe"]),
        ("Door Jan de Vries", ["Jan de Vries"]),
        ("Av Anna Svensson", ["Anna Svensson"]),
        ("Af Hans Jensen", ["Hans Jensen"]),
    ],
)
def test_several_authors_and_capitalised_byline_words(raw: str, expected: list[str]) -> None:
    assert split(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Por João Silva, da Agência Brasil", ["João Silva"]),
        ("Jane Doe For The Mail On Sunday", ["Jane Doe"]),
        ("Jane Doe for Dailymail.com", ["Jane Doe"]),
        ("By Jane Doe in Washington and John Roe in London", ["Jane Doe", "John Roe"]),
        ("By JANE DOE, Associated Press", ["JANE DOE"]),
        ("Jane Doe, Reuters", ["Jane Doe"]),
        ("By Jane Doe, The Washington Post", ["Jane Doe"]),
        ("Von Jane Doe, dpa", ["Jane Doe"]),
        ("Jane Doe, Staff Writer", ["Jane Doe"]),
        ("AFP/The Local", ["AFP", "The Local"]),  # agencies alone are credits of their own
        # an organisation's name keeps its preposition
        ("Bayerische Landesanstalt für Wald", ["Bayerische Landesanstalt für Wald"]),
    ],
)
def test_the_outlet_place_or_agency_after_a_person_is_dropped(
    raw: str, expected: list[str]
) -> None:
    out: list[Author] = []
    add_authors(out, [(raw, None)], marked=True)
    assert [a.name for a in out] == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("By Jane Doe\nBBC News, Washington", ["Jane Doe"]),  # the second line credits her
        ("Jane Doe\nUSA TODAY", ["Jane Doe"]),
        ("By\nJane Doe", ["Jane Doe"]),  # a byline word alone on its line
        ("March 4, 2024\nBy Jane Doe", ["Jane Doe"]),  # the first line naming someone
        ("Ann Lee and\nBo Chan", ["Ann Lee", "Bo Chan"]),  # a list carried over
        ("Ann Lee\n& Bo Chan", ["Ann Lee", "Bo Chan"]),
    ],
)
def test_a_byline_over_several_lines(raw: str, expected: list[str]) -> None:
    assert split(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Texto: João Silva", ["João Silva"]),
        ("Escrito por Juan Pérez", ["Juan Pérez"]),
        ("Reportagem de João Silva", ["João Silva"]),
        ("Scritto da Marco Rossi", ["Marco Rossi"]),
        ("A cura di Marco Rossi", ["Marco Rossi"]),
        ("di Marco Rossi e Luca Bianchi", ["Marco Rossi", "Luca Bianchi"]),
        ("Napisał Jan Kowalski", ["Jan Kowalski"]),
        ("Skrevet af Hans Jensen", ["Hans Jensen"]),
        ("Skrivet av Anna Svensson", ["Anna Svensson"]),
        ("Kirjoittaja: Mikko Virtanen", ["Mikko Virtanen"]),
        ("Yazan: Ayşe Kaya", ["Ayşe Kaya"]),
        ("Tác giả: Nguyễn Văn An", ["Nguyễn Văn An"]),
        ("Από τον Γιώργο Παπαδόπουλο", ["Γιώργο Παπαδόπουλο"]),
    ],
)
def test_byline_words_in_more_languages(raw: str, expected: list[str]) -> None:
    assert split(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Jane Doe - Reuters", ["Jane Doe"]),  # a field after a spaced dash
        ("Jane Doe — 3 hours ago", ["Jane Doe"]),
        ("Jane Doe Contributor", ["Jane Doe"]),  # a job title after the name
        ("Ann Lee Senior Reporter", ["Ann Lee"]),
        ("Von Anna Schmidt, Berlin", ["Anna Schmidt"]),  # a place after the name
        ("Ann Lee, London, and Bo Chan", ["Ann Lee", "Bo Chan"]),
        # a title with a dash in it is no byline cut short
        ('"2013 Census QuickStats about culture and identity \u2013 Ethnic groups"', []),
    ],
)
def test_what_follows_a_name_in_its_byline(raw: str, expected: list[str]) -> None:
    assert split(raw) == expected


@pytest.mark.parametrize(
    "name",
    ["Mohammed ben Salman", "Bashar al-Assad", "Ahmed el-Sayed", "Jeanne d'Arc", "João do Carmo"],
)
def test_names_with_lowercase_particles(name: str) -> None:
    assert split(f"By {name}") == [name]


def test_an_outlet_in_capitals_after_a_person_is_dropped() -> None:
    assert split("Jane Doe, DER SPIEGEL") == ["Jane Doe"]
    assert split("JANE DOE, JOHN ROE") == ["JANE DOE", "JOHN ROE"]


def test_another_credit_after_the_author_is_not_an_author() -> None:
    assert split("Written by Jane Doe; edited by John Roe") == ["Jane Doe"]
    assert split("Reporting by Jane Doe and Bo Chan; Editing by John Roe") == [
        "Jane Doe",
        "Bo Chan",
    ]
    assert split("Revised Edition, Edited by Adrian Parr") == []  # no byline word opens it
    # a wire story's closing credits line, as the last resort
    footer = "<p>Reporting by Jane Doe; Editing by John Roe</p>"
    assert names(page("").replace("</article>", f"{footer}</article>")) == ["Jane Doe"]


@pytest.mark.parametrize("label", ["Źródło", "Fuente", "Fonte", "Bron", "Kilde", "Källa"])
def test_a_source_label_in_other_languages_credits_no_author(label: str) -> None:
    out: list[Author] = []
    add_authors(out, [(f"{label}: Statista.com", None)])
    assert out == []


@pytest.mark.parametrize("name", ["stol.it", "Dailymail.com", "www.example.co.uk"])
def test_a_web_address_is_an_outlet_not_an_author(name: str) -> None:
    assert is_outlet(name, [])
    out: list[Author] = []
    add_authors(out, [(f"Jane Doe, {name}", None)])
    assert [a.name for a in out] == ["Jane Doe"]


def test_a_person_is_no_outlet() -> None:
    assert not is_outlet("Jane Doe", [])
    assert not is_outlet("J. Doe", [])


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Richard David Precht im Gespräch mit Karin Fischer",
            ["Richard David Precht", "Karin Fischer"],
        ),
        ("Jane Doe in conversation with John Roe", ["Jane Doe", "John Roe"]),
        ("Marie Dupont en conversation avec Luc Martin", ["Marie Dupont", "Luc Martin"]),
    ],
)
def test_an_interview_names_its_guest_and_its_host(raw: str, expected: list[str]) -> None:
    out: list[Author] = []
    add_authors(out, [(raw, None)])
    assert [a.name for a in out] == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a part credited for the pictures
        ("Ann Lee (Text) und Bo Chan (Fotos)", ["Ann Lee"]),
        ("Ann Lee and Bo Chan (photos)", ["Ann Lee"]),
        # a desk's initials after an agency
        ("dpa/lno", ["dpa"]),
        ("AFP/jt", ["AFP"]),
        # a desk named "Redacción …" is the desk; "Redacción:" is a label
        ("Redacción Internacional", ["Redacción Internacional"]),
        ("Redacción: Juan Pérez", ["Juan Pérez"]),
    ],
)
def test_photo_credits_desk_initials_and_desks(raw: str, expected: list[str]) -> None:
    out: list[Author] = []
    add_authors(out, [(raw, None)])
    assert [a.name for a in out] == expected


@pytest.mark.parametrize(
    "raw", ["Last Updated: January 7, 2025", "Zuletzt aktualisiert: 3. Mai 2024"]
)
def test_a_last_updated_line_names_nobody(raw: str) -> None:
    out: list[Author] = []
    add_authors(out, [(raw, None)], marked=False)
    assert out == []


@pytest.mark.parametrize(
    "raw",
    [
        "#Krótko o przepisach prawa w Nowej Zelandii i Polsce",  # a sentence, split at "i"
        "by default",
        "publisher",
        "Webmaster",
    ],
)
def test_a_sentence_a_prose_by_and_a_placeholder_name_nobody(raw: str) -> None:
    out: list[Author] = []
    add_authors(out, [(raw, None)])
    assert out == []


def test_a_placeholder_meta_author_names_nobody() -> None:
    assert names(page("", '<meta name="author" content="publisher">')) == []


@pytest.mark.parametrize("raw", ["anónimo", "Anonyme", "Facebook", "Twitter"])
def test_anonymous_and_social_networks_are_no_names(raw: str) -> None:
    out: list[Author] = []
    add_authors(out, [(raw, None)], marked=True)
    assert out == []


def test_a_line_read_again_gives_the_same_names_for_its_site_and_marking() -> None:
    # The names of a short line are kept (a page reads the same byline several times): the
    # kept reading must depend on the site's names and the marking as the first one did.
    from newsthread.html._bylines import _KEPT_LENGTH, _kept_names

    def read(raw: str, sites: tuple[str, ...], *, marked: bool = False) -> list[str]:
        out: list[Author] = []
        add_authors(out, [(raw, None)], sites, marked=marked)
        return [a.name for a in out]

    for _ in range(2):
        assert read("By Ann Lee, Example News", ()) == ["Ann Lee", "Example News"]
        assert read("By Ann Lee, Example News", ("Example News",)) == ["Ann Lee"]
        assert read("mobasir hassan", ()) == []
        assert read("mobasir hassan", (), marked=True) == ["mobasir hassan"]
    hits = _kept_names.cache_info().hits
    assert read("By Ann Lee, Example News", ("Example News",)) == ["Ann Lee"]
    assert _kept_names.cache_info().hits == hits + 1
    long = "By Ann Lee " + "x" * _KEPT_LENGTH  # a long line is read, not kept
    _kept_names.cache_clear()  # (a full cache would keep its size whatever the line)
    read(long, ())
    assert _kept_names.cache_info().currsize == 0


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a job title after the name, in the languages of the byline words (read as an
        # element marked as the byline reads it: a part in lower case is kept there)
        ("Par Julie Moreau, correspondante à Londres", ["Julie Moreau"]),
        ("Par Julie Moreau, envoyée spéciale à Kiev", ["Julie Moreau"]),
        ("Di Marco Rossi, corrispondente da Berlino", ["Marco Rossi"]),
        ("Por Carla Souza, repórter da Folha", ["Carla Souza"]),
        ("Door Sanne de Vries, verslaggever in Den Haag", ["Sanne de Vries"]),
        ("Autor: Anna Nowak, dziennikarka Gazety", ["Anna Nowak"]),
        # a name that holds a job noun's letters stays whole
        ("By Reportera Lane", ["Reportera Lane"]),
    ],
)
def test_job_titles_after_a_name_in_more_languages(raw: str, expected: list[str]) -> None:
    out: list[Author] = []
    add_authors(out, [(raw, None)], marked=True)
    assert [a.name for a in out] == expected


@pytest.mark.parametrize(
    "raw",
    [
        # a sentence that opens with a byline word: one word, then a clause in lower case
        "Por Navidad, más caro",
        "Por ahora, el Gobierno descarta nuevas rebajas",
        "Par ailleurs, le gouvernement a annoncé",
    ],
)
def test_a_sentence_opening_with_a_byline_word_names_nobody(raw: str) -> None:
    assert split(raw) == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # one word, then what is no clause: kept
        ("By kimray", ["kimray"]),
        ("Por Lusa, con información de EFE", ["Lusa"]),
        ("Por EFE, desde Madrid", ["EFE"]),
        ("By Ann Lee, staff writer", ["Ann Lee"]),
        ("Von Olga, 06.11.2023", ["Olga"]),
        # a first name, then what the blogger is (review R1.4): the name stays
        ("By Jane, who loves cats", ["Jane"]),
        ("By Sam, our tech expert", ["Sam"]),
        ("Door Bas, student journalistiek", ["Bas"]),
        ("Von Jan, der seit Jahren über Politik schreibt", ["Jan"]),
        ("By Kimberly, who runs the blog", ["Kimberly"]),
        # where the author writes from
        ("Por Lucía, desde Madrid", ["Lucía"]),
    ],
)
def test_one_word_names_without_a_clause_after_them_stay(raw: str, expected: list[str]) -> None:
    assert split(raw) == expected
