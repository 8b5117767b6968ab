# ruff: noqa: RUF001
"""Subject phrases parsed into a speaker descriptor: the name, the role and organisation around
it, the gender it gives, and the phrases that name nobody (``parse_subject``).

Every phrase is written for these tests. Each expected value is the whole parse (kind, the text
the entity is named by, name, role, organisation, gender) unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from newsthread.quotes import find_quotes
from newsthread.quotes._speakers import NP, parse_subject


def _name(
    text: str, name: str, role: str | None = None, org: str | None = None, gender: str = "?"
) -> NP:
    return NP("name", text, name=name, role=role, organisation=org, gender=gender)


def _role(text: str, role: str | None, org: str | None = None, gender: str = "?") -> NP:
    return NP("role", text, role=role, organisation=org, gender=gender)


def _nominal(text: str, name: str, gender: str = "n") -> NP:
    return NP("nominal", text, name=name, gender=gender)


def _group(text: str) -> NP:
    return NP("group", text, name=text, gender="p")


# -- a name with the words around it --------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "parsed"),
    [
        # a possessive organisation before the role ("NATO's", "Democrats'", "Bank's")
        (
            "NATO's chief Mark Rutte",
            _name("NATO's chief Mark Rutte", "Mark Rutte", "chief", "NATO", "m"),
        ),
        (
            "NATO’s chief Mark Rutte",
            _name("NATO’s chief Mark Rutte", "Mark Rutte", "chief", "NATO", "m"),
        ),
        (
            "the Democrats' leader Ann Lee",
            _name("the Democrats' leader Ann Lee", "Ann Lee", "leader", "Democrats", "f"),
        ),
        ("Dover's mayor Ann Lee", _name("Dover's mayor Ann Lee", "Ann Lee", "mayor", "Dover", "f")),
        (
            "Lakeside Bank's chief Ann Lee",
            _name("Lakeside Bank's chief Ann Lee", "Ann Lee", "chief", "Lakeside Bank", "f"),
        ),
        # a capitalised place before the title: the organisation, not a first name
        (
            "Virginia Governor Ralph Northam",
            _name("Virginia Governor Ralph Northam", "Ralph Northam", "Governor", "Virginia", "m"),
        ),
        # an abbreviated title keeps its full stop and gives the gender
        ("Sen. Ann Lee", _name("Sen. Ann Lee", "Ann Lee", "Sen.", None, "f")),
        ("Mrs. Lee", _name("Mrs. Lee", "Lee", "Mrs.", None, "f")),
        ("Mr. Lee", _name("Mr. Lee", "Lee", "Mr.", None, "m")),
        (
            "Congresswoman Ann Lee",
            _name("Congresswoman Ann Lee", "Ann Lee", "Congresswoman", None, "f"),
        ),
        ("Chairwoman Lee", _name("Chairwoman Lee", "Lee", "Chairwoman", None, "f")),
        # "former" and "then" are dropped from the role
        (
            "Republican former governor Tom Vale",
            _name(
                "Republican former governor Tom Vale", "Tom Vale", "Republican governor", None, "m"
            ),
        ),
        (
            "the then deputy mayor Ann Lee",
            _name("the then deputy mayor Ann Lee", "Ann Lee", "deputy mayor", None, "f"),
        ),
        # a surname alone gives no gender, though it is also a first name
        ("Grant", _name("Grant", "Grant")),
        ("Lee", _name("Lee", "Lee")),
        ("Malcolm X", _name("Malcolm X", "Malcolm X", gender="m")),
        # a surname that is also a cue word ("Post") is a name when it stands alone
        ("Post", _name("Post", "Post")),
        # a function word before the name is no part of it
        ("Even Vale", _name("Even Vale", "Vale")),
        # a cue word opening an inverted lead ("Said Vale, ...") is no part of the name
        ("Said Vale", _name("Said Vale", "Vale")),
        # a particle inside a name belongs to it
        ("Ludwig van Beethoven", _name("Ludwig van Beethoven", "Ludwig van Beethoven", gender="m")),
        # leading punctuation is not part of the text the speaker is named by
        ("—Ann Lee", _name("Ann Lee", "Ann Lee", gender="f")),
        # suffixes are dropped from a full name, kept after a surname alone
        ("Tom Vale Jr.", _name("Tom Vale Jr.", "Tom Vale", gender="m")),
        ("Tom Vale Sr.", _name("Tom Vale Sr.", "Tom Vale", gender="m")),
        ("Tom Vale II", _name("Tom Vale II", "Tom Vale", gender="m")),
        ("Tom Vale III", _name("Tom Vale III", "Tom Vale", gender="m")),
        ("Vale Jr.", _name("Vale Jr.", "Vale Jr.")),
    ],
)
def test_a_name_with_its_title_role_and_organisation(phrase: str, parsed: NP) -> None:
    assert parse_subject(phrase) == parsed


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # an organisation or unknown capitalised words before a first name are cut off
        ("Microsoft's Ann Lee", "Ann Lee"),
        # four capitalised words without a known first name: the last two are the name
        ("Acme Widgets Quill Zondervan", "Quill Zondervan"),
    ],
)
def test_the_name_at_the_end_of_a_capitalised_run(phrase: str, name: str) -> None:
    np = parse_subject(phrase)
    assert np is not None
    assert (np.kind, np.name) == ("name", name)


# -- a name with a preposition and its organisation ------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "parsed"),
    [
        ("Mayor Ann Lee of Dover", _name("Mayor Ann Lee", "Ann Lee", "Mayor", "Dover", "f")),
        ("Coach Tom Vale at Dover", _name("Coach Tom Vale", "Tom Vale", "Coach", "Dover", "m")),
        ("Dr. Ann Lee with Acme", _name("Dr. Ann Lee", "Ann Lee", "Dr.", "Acme", "f")),
        ("Sen. Tom Vale from Ohio", _name("Sen. Tom Vale", "Tom Vale", "Sen.", "Ohio", "m")),
        (
            "Sen. Tom Vale from New Hampshire",
            _name("Sen. Tom Vale", "Tom Vale", "Sen.", "New Hampshire", "m"),
        ),
        # a leading name run, then "of/from/at/with the" and its place
        ("Ann Lee of Dover", _name("Ann Lee", "Ann Lee", None, "Dover", "f")),
        ("Ann Lee from the Dover Council", _name("Ann Lee", "Ann Lee", None, "Dover Council", "f")),
        (
            "Ann Lee at the Lakeside Museum",
            _name("Ann Lee", "Ann Lee", None, "Lakeside Museum", "f"),
        ),
        ("Ann Lee with the Dover Police", _name("Ann Lee", "Ann Lee", None, "Dover Police", "f")),
        (
            "Ann Marie Lee at the Lakeside Museum",
            _name("Ann Marie Lee", "Ann Marie Lee", None, "Lakeside Museum", "f"),
        ),
        # a role of an organisation, then the name
        (
            "the Deputy Secretary of Homeland Security Ann Lee",
            _name(
                "the Deputy Secretary of Homeland Security Ann Lee",
                "Ann Lee",
                "Deputy Secretary",
                "Homeland Security",
                "f",
            ),
        ),
        (
            "Lt. Gov. of Ohio Tom Vale",
            _name("Lt. Gov. of Ohio Tom Vale", "Tom Vale", "Lt. Gov.", "Ohio", "m"),
        ),
        # somebody's spokesman is the speaker, not the somebody
        (
            "a spokesman for Clinton",
            _role("a spokesman for Clinton", "spokesman", "Clinton", "m"),
        ),
        (
            "a spokesman for Ann Marie Lee",
            _role("a spokesman for Ann Marie Lee", "spokesman", "Ann Marie Lee", "m"),
        ),
        ("the mayor of Dover", _role("the mayor of Dover", "mayor", "Dover")),
        ("a professor at Yale", _role("a professor at Yale", "professor", "Yale")),
        (
            "a friend of Dover Mayor Ann Lee",
            _nominal("a friend of Dover Mayor Ann Lee", "friend of Dover Mayor Ann Lee"),
        ),
        ("a rival of Clinton", _nominal("a rival of Clinton", "rival of Clinton")),
        # a relative is a role, somebody's, like a spokesman
        ("a cousin of Clinton", _role("a cousin of Clinton", "cousin", "Clinton")),
    ],
)
def test_a_preposition_attaches_the_organisation(phrase: str, parsed: NP) -> None:
    assert parse_subject(phrase) == parsed


# -- apposition: which part is the person ----------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "parsed"),
    [
        ("Tom Vale, at the time a senator", _name("Tom Vale", "Tom Vale", "senator", None, "m")),
        (
            "Ann Lee, secretary general of NATO",
            _name("Ann Lee", "Ann Lee", "secretary general", "NATO", "f"),
        ),
        (
            "Ann Lee, a Dover mother of two",
            _name("Ann Lee", "Ann Lee", "Dover mother", None, "f"),
        ),
        # the role's gender goes to a surname that has none
        ("Lee, a spokeswoman for Dover", _name("Lee", "Lee", "spokeswoman", "Dover", "f")),
        ("Lee, a senator", _name("Lee", "Lee", "senator")),
        ("the senator, Lee", _name("Lee", "Lee", "senator")),
        ("NATO's chief, Ann Lee", _name("Ann Lee", "Ann Lee", "chief", "NATO", "f")),
        # a person's name beats an organisation's name, whichever comes first
        ("NATO, Ann Lee", _name("Ann Lee", "Ann Lee", gender="f")),
        ("NATO, Mrs. Lee", _name("Mrs. Lee", "Lee", "Mrs.", None, "f")),
        ("NATO, Mr. Lee", _name("Mr. Lee", "Lee", "Mr.", None, "m")),
        ("NATO, Quill Zondervan", _name("Quill Zondervan", "Quill Zondervan")),
        ("NATO, Ann Lee and Tom Vale", _group("Ann Lee and Tom Vale")),
        ("Vale, the mayor, Ann Lee", _name("Ann Lee", "Ann Lee", "mayor", None, "f")),
        # a role in the name part is kept; the apposition's role does not replace it
        ("Mayor Tom Vale, the senator", _name("Mayor Tom Vale", "Tom Vale", "Mayor", None, "m")),
        # a pair of names with a role after it: the group takes the role
        (
            "Ann Lee and Tom Vale, the mayor",
            NP(
                "group",
                "Ann Lee and Tom Vale",
                name="Ann Lee and Tom Vale",
                role="mayor",
                gender="p",
            ),
        ),
    ],
)
def test_apposition_names_the_person(phrase: str, parsed: NP) -> None:
    assert parse_subject(phrase) == parsed


# -- relative clauses are cut off ------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "parsed"),
    [
        ("the mayor, who took office in May", _role("the mayor", "mayor")),
        ("the mayor who took office", _role("the mayor", "mayor")),
        ("the mayor, whose term ends in May", _role("the mayor", "mayor")),
        ("the mayor, who met Ann Lee, who spoke", _role("the mayor", "mayor")),
        ("Ann Lee, whose brother is the mayor", _name("Ann Lee", "Ann Lee", gender="f")),
        ("Tom Vale, who spoke", _name("Tom Vale", "Tom Vale", gender="m")),
        ("I, who covered the trial", NP("pronoun", "I", gender="1")),
        ("She", NP("pronoun", "She", gender="f")),
    ],
)
def test_a_relative_clause_is_no_part_of_the_subject(phrase: str, parsed: NP) -> None:
    assert parse_subject(phrase) == parsed


# -- two names with "and" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "parsed"),
    [
        ("Ann Lee and Tom Vale", _group("Ann Lee and Tom Vale")),
        ("Lee and Vale", _group("Lee and Vale")),
        ("Ethan and Joel Coen", _group("Ethan and Joel Coen")),
        # no pair: a place and a name, a noun phrase and a name
        ("Florida and Donald Trump", _name("Florida and Donald Trump", "Donald Trump", gender="m")),
        (
            "a Dover resident and Tom Vale",
            _name("a Dover resident and Tom Vale", "Tom Vale", gender="m"),
        ),
        ("Police and Ann Lee", _name("Police and Ann Lee", "Ann Lee", gender="f")),
    ],
)
def test_two_names_joined_by_and_are_a_group(phrase: str, parsed: NP) -> None:
    assert parse_subject(phrase) == parsed


# -- roles and noun phrases without a name ---------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "parsed"),
    [
        ("Dover Mayor", _role("Dover Mayor", "Mayor", "Dover")),
        ("Dover Officials", _role("Dover Officials", "Officials", "Dover", "p")),
        ("the Dover Minister", _role("the Dover Minister", "Minister", "Dover")),
        ("a Dover minister", _role("a Dover minister", "minister", "Dover")),
        ("The Senator", _role("The Senator", "Senator")),
        ("the former senator", _role("the former senator", "senator")),
        ("the then senator", _role("the then senator", "senator")),
        ("the state senator", _role("the state senator", "state senator")),
        ("the prime minister", _role("the prime minister", "prime minister")),
        ("the spokesman", _role("the spokesman", "spokesman", gender="m")),
        ("the chairwoman", _role("the chairwoman", "chairwoman", gender="f")),
        ("a spokeswoman for Dover", _role("a spokeswoman for Dover", "spokeswoman", "Dover", "f")),
        (
            "a spokesperson for the city",
            _role("a spokesperson for the city", "spokesperson", "city"),
        ),
        ("the officials", _role("the officials", "officials", gender="p")),
        ("their aides", _role("their aides", "aides", gender="p")),
        ("the spokespeople", _role("the spokespeople", "spokespeople", gender="p")),
        ("an aide", _role("an aide", "aide")),
        # without an article
        ("mayor of Dover", _role("mayor of Dover", "mayor", "Dover")),
        (
            "spokesman for the campaign",
            _role("spokesman for the campaign", "spokesman", "campaign", "m"),
        ),
        # a phrase cut after "of" or "for" keeps its head
        ("the spokesman for", _role("the spokesman for", "spokesman", gender="m")),
        ("the company for", _nominal("the company for", "company")),
        # "the state", "the former": role words that are no role as a head
        ("the state", _nominal("the state", "state")),
        ("the former", _nominal("the former", "former")),
        # an article is dropped from the name; "it" for one, "they" for several
        ("an Ohio voter", _nominal("an Ohio voter", "Ohio voter")),
        ("a Dover resident", _nominal("a Dover resident", "Dover resident")),
        ("one user", _nominal("one user", "one user")),
        ("the company", _nominal("the company", "company")),
        ("the group", _nominal("the group", "group")),
        ("the groups", _nominal("the groups", "groups", "p")),
        ("the fans", _nominal("the fans", "fans", "p")),
        ("her lawyers", _nominal("her lawyers", "her lawyers", "p")),
        ("the bus", _nominal("the bus", "bus")),
        ("the boss", _nominal("the boss", "boss")),
        ("the chorus", _nominal("the chorus", "chorus")),
        ("the press", _role("the press", "press")),
        ("the news", _nominal("the news", "news")),
        ("the gas", _nominal("the gas", "gas")),
        (
            "the four Dover council members who spoke",
            _nominal("the four Dover council members", "four Dover council members", "p"),
        ),
        # up to seven words
        (
            "the mayor of the town of Dover",
            _role("the mayor of the town of Dover", "mayor", "town of Dover"),
        ),
    ],
)
def test_a_role_or_noun_phrase_without_a_name(phrase: str, parsed: NP) -> None:
    assert parse_subject(phrase) == parsed


@pytest.mark.parametrize(
    ("phrase", "gender"), [("the spokesman.", "m"), ("the officials.", "p"), ("the mayor.", "?")]
)
def test_a_full_stop_after_the_head_hides_no_role(phrase: str, gender: str) -> None:
    # a phrase that ends a sentence keeps its stop (the role too: "spokesman."); still a role
    np = parse_subject(phrase)
    assert np is not None
    assert (np.kind, np.name, np.gender) == ("role", None, gender)


# -- phrases that name nobody ------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "from Dover",  # a preposition and a place
        "Carlos de",  # a phrase cut after a particle
        "Ann Lee of the",  # cut after "the"
        "Ann Lee and others",
        "Sources at NATO",  # "Sources" opens a sentence and is no name: nothing to attach NATO to
        "Tom Vale will",  # a lower-case modal after a name is no surname
        # eight words of noun phrase are too many, seven are read (above)
        "the mayor of the old town of Dover",
        # a determiner phrase without a known head: four words at most
        "a rival of Ann Lee",
        # fifteen tokens are too many, fourteen are read (below)
        "the recently retired deputy mayor for housing in the old market town Ann Lee Vale",
    ],
)
def test_phrases_that_name_nobody(phrase: str) -> None:
    assert parse_subject(phrase) is None


def test_a_phrase_of_fourteen_tokens_is_read() -> None:
    phrase = "the recently retired deputy mayor for housing in the old market town Ann Lee"
    assert parse_subject(phrase) == _name(
        phrase, "Ann Lee", "recently retired deputy mayor", "housing in old market town", "f"
    )


# -- through find_quotes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We are ready,” Post said.", ("Post", None, None)),
        ("“We are ready,” said Tom Vale Jr. on Monday.", ("Tom Vale", None, None)),
        ("“We are ready,” Dover's mayor Ann Lee said.", ("Ann Lee", "mayor", "Dover")),
        (
            "“We are ready,” a spokesman for Clinton said.",
            ("a spokesman for Clinton", "spokesman", "Clinton"),
        ),
        (
            "“We are ready,” Ann Lee from the Dover Council said.",
            ("Ann Lee", None, "Dover Council"),
        ),
    ],
)
def test_the_parsed_subject_is_the_quote_speaker(
    text: str, speaker: tuple[str, str | None, str | None]
) -> None:
    quotes = find_quotes(text)
    assert [
        (q.speaker.name, q.speaker.role, q.speaker.organisation) for q in quotes if q.speaker
    ] == [speaker]
    assert len(quotes) == 1


@pytest.mark.parametrize(
    ("phrase", "parsed"),
    [
        (
            "a senior official at the State Department",
            ("role", None, "senior official", "State Department"),
        ),
        ("Gov. Ann Lee of the Dover Council", ("name", "Ann Lee", "Gov.", "Dover Council")),
        ("by Ann Lee of the University", ("name", "Ann Lee", None, "University")),
        (
            "Ann Marie Lee Vale Ray of the Dover Council",
            ("name", "Ann Marie Lee Vale Ray", None, "Dover Council"),
        ),
    ],
)
def test_an_organisation_after_the_is_no_name(
    phrase: str, parsed: tuple[str, str | None, str | None, str | None]
) -> None:
    np = parse_subject(phrase)
    assert np is not None
    assert (np.kind, np.name, np.role, np.organisation) == parsed
    assert np.text is not None and np.text in phrase


@pytest.mark.parametrize("link", ["of", "at", "from", "with"])
def test_an_organisation_of_several_words_after_a_name(link: str) -> None:
    # the whole "University of Dover", not only the capitalised run at the end ("Dover")
    np = parse_subject(f"Ann Lee {link} the University of Dover")
    assert np is not None
    assert (np.kind, np.name, np.organisation, np.gender) == (
        "name",
        "Ann Lee",
        "University of Dover",
        "f",
    )


# -- names around particles, titles, months and short plurals ----------------------------------


def test_a_leading_particle_belongs_to_the_name() -> None:
    assert parse_subject("de Gaulle") == _name("de Gaulle", "de Gaulle")
    assert parse_subject("van Dorn") == _name("van Dorn", "van Dorn")


@pytest.mark.parametrize(
    ("phrase", "parsed"),
    [
        ("Ann Marie Pope", _name("Ann Marie Pope", "Ann Marie Pope", gender="f")),
        ("Kevin Bishop from Dover", _name("Kevin Bishop", "Kevin Bishop", None, "Dover", "m")),
        ("Kevin Bishop at Acme", _name("Kevin Bishop", "Kevin Bishop", None, "Acme", "m")),
        ("Mayor Ann Pope", _name("Mayor Ann Pope", "Ann Pope", "Mayor", gender="f")),
    ],
)
def test_a_surname_that_is_a_title_word(phrase: str, parsed: NP) -> None:
    assert parse_subject(phrase) == parsed


def test_a_house_of_an_organisation_is_no_person() -> None:
    # "Virginia" is a first name, "House" a title word: before "of" it is an institution
    np = parse_subject("the Virginia House of Delegates")
    assert np is None or np.kind != "name"


@pytest.mark.parametrize(
    ("phrase", "parsed"),
    [
        ("Theresa May of Maidenhead", _name("Theresa May", "Theresa May", None, "Maidenhead", "f")),
        (
            "Secretary of State Theresa May",
            _name("Secretary of State Theresa May", "Theresa May", "Secretary", "State", "f"),
        ),
    ],
)
def test_a_month_surname_before_more_words(phrase: str, parsed: NP) -> None:
    assert parse_subject(phrase) == parsed


@pytest.mark.parametrize(
    ("phrase", "parsed"),
    [
        ("the ads", _nominal("the ads", "ads", "p")),
        ("the gas", _nominal("the gas", "gas", "n")),
    ],
)
def test_a_short_plural_head_is_plural(phrase: str, parsed: NP) -> None:
    assert parse_subject(phrase) == parsed


@pytest.mark.parametrize("det", ["the", "a"])
def test_a_national_is_a_person(det: str) -> None:
    assert parse_subject(f"{det} French national") == _role(
        f"{det} French national", "national", "French"
    )
    # without a nationality before it, "national" is no role
    assert parse_subject("the national") == _nominal("the national", "national")


def test_a_particle_name_and_another_name_are_a_group() -> None:
    assert parse_subject("Mayor de Vale and Ann Lee") == NP(
        "group", "Mayor de Vale and Ann Lee", name="de Vale and Ann Lee", gender="p"
    )


@pytest.mark.parametrize(
    ("phrase", "parsed"),
    [
        # a kin noun is a role word (and "aunt" gives the gender)
        ("Aunt June", _name("Aunt June", "June", "Aunt", gender="f")),
        ("Prime Minister May", _name("Prime Minister May", "May", "Prime Minister")),
    ],
)
def test_a_month_name_after_a_title(phrase: str, parsed: NP) -> None:
    assert parse_subject(phrase) == parsed


@pytest.mark.parametrize(
    ("phrase", "parsed"),
    [
        # a first name only the long list knows ("Ray") still ends the organisation
        (
            "Secretary of the Navy Ray Mabus",
            _name("Secretary of the Navy Ray Mabus", "Ray Mabus", "Secretary", "Navy", "m"),
        ),
        (
            "Secretary of Homeland Security Jeh Dolan",
            _name(
                "Secretary of Homeland Security Jeh Dolan",
                "Jeh Dolan",
                "Secretary",
                "Homeland Security",
            ),
        ),
    ],
)
def test_a_role_of_an_organisation_before_a_name(phrase: str, parsed: NP) -> None:
    assert parse_subject(phrase) == parsed


@pytest.mark.parametrize(
    "text",
    [
        "“We will sail,” Secretary of the Navy Ray Mabus said.",
        "Secretary of the Navy Ray Mabus said: “We will sail.”",
    ],
)
def test_a_role_of_an_organisation_names_the_quote_speaker(text: str) -> None:
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role, q.speaker.organisation) == (
        "Ray Mabus",
        "Secretary",
        "Navy",
    )


def test_a_surname_with_a_particle_is_the_named_person() -> None:
    text = "Mayor Bill de Vale opened the fair on Monday.\n“It is a fine day,” de Vale said."
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role) == ("Bill de Vale", "Mayor")
    assert "de Vale" in q.speaker.aliases


def test_a_word_that_only_modifies_a_role_heads_no_role() -> None:
    # "state" heads no role at the end of a phrase ("state senator" is a role)
    assert parse_subject("oil fields seized by the Islamic State") is None
    np = parse_subject("the state senator")
    assert np is not None
    assert (np.kind, np.role) == ("role", "state senator")


def test_a_phrase_ending_in_islamic_state_is_no_speaker_after_a_dash() -> None:
    text = (
        "Tom Vale - who once vowed to “bomb the hell out of” oil fields seized by the Islamic"
        " State - said the nation must act."
    )
    names = [q.speaker.name for q in find_quotes(text) if q.speaker is not None]
    assert not any("State" in n or "oil" in n for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Virginia state director said “we will win.”", "The Virginia state director"),
        ("The state senator said “we will win.”", "The state senator"),
    ],
)
def test_state_before_a_role_noun_is_no_cue_in_the_subject(text: str, name: str) -> None:
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert q.speaker.name == name


@pytest.mark.parametrize(
    "phrase",
    [
        "Mayor of New York City",
        "Editor of the New York Times",
        "President of Planned Parenthood Federation",
        "Chairman of the Joint Chiefs",
        "Mayor of Salt Lake City",
        # review 10 R1.3: no name is cut from the end of a body or a place
        "President of Human Rights Watch",
        "Commissioner of Major League Baseball",
        "President of Boston Red Sox",
        "Director of Federal Emergency Management",
        "Mayor of Rancho Palos Verdes",
        "Chairman of Trump Organization Holdings",
    ],
)
def test_a_title_of_a_place_or_body_of_three_words_names_nobody(phrase: str) -> None:
    np = parse_subject(phrase)
    assert np is not None
    assert (np.kind, np.name) == ("role", None)


def test_a_lower_case_role_of_a_body_describes_the_name_before_it() -> None:
    (q,) = find_quotes("“We are open,” said Bill Frelick, president of Log Cabin Republicans.")
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.role, q.speaker.organisation, q.speaker.key) == (
        "Bill Frelick",
        "president",
        "Log Cabin Republicans",
        "bill frelick",
    )
