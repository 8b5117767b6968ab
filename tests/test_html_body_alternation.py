"""Phrase alternations regrouped by first letter: the same strings match as before grouping."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsthread.html._body.alternation import by_first_letter, split_alternatives
from newsthread.html._body.markers import (
    _BOILERPLATE_WORDS,
    _MAIN_NAMES,
    _POSITIVE,
    _names_boilerplate,
)
from newsthread.html._body.wording import (
    _CAPTION_CREDIT_PHRASES,
    _FURNITURE_LINE,
    _FURNITURE_LINES,
    _PROMO_PHRASES,
    _SECTION_END,
    _SECTION_END_LINES,
    _is_caption_credit,
    _is_credit,
    _is_promo,
)

_SAMPLE = (
    r"subscribe (?:to|now)|sign up|s?tar|\(\d+ votes|^impressum\b|[a|b]x|sub(?:a|b)c|pdf \| \d+"
)


def test_split_alternatives_keeps_groups_classes_and_escapes_whole() -> None:
    assert split_alternatives(_SAMPLE) == [
        "subscribe (?:to|now)",
        "sign up",
        "s?tar",
        r"\(\d+ votes",
        r"^impressum\b",
        "[a|b]x",
        "sub(?:a|b)c",
        r"pdf \| \d+",
    ]


def test_split_alternatives_reads_a_closing_bracket_first_in_a_class_as_a_literal() -> None:
    assert split_alternatives("a[]|]b|c[^]|]d|e") == ["a[]|]b", "c[^]|]d", "e"]


def test_by_first_letter_groups_phrases_under_their_letter_and_keeps_the_others() -> None:
    assert by_first_letter(_SAMPLE) == (
        r"s(?:ubscribe (?:to|now)|ign up|ub(?:a|b)c)|pdf \| \d+|s?tar|\(\d+ votes|^impressum\b|[a|b]x"
    )


def test_an_opening_stands_right_after_each_grouped_letter() -> None:
    assert by_first_letter("date|datum|stand", opening="(?<!\\w.)") == (
        r"d(?<!\w.)(?:ate|atum)|s(?<!\w.)tand"
    )


@pytest.mark.parametrize("alternation", ["date|\u65e5", "date|(?:fecha|data) de"])
def test_an_opening_needs_a_first_letter_in_every_alternative(alternation: str) -> None:
    with pytest.raises(ValueError, match="no first letter"):
        by_first_letter(alternation, opening=r"(?<!\w.)")


_GROUPED = re.compile(by_first_letter(_SAMPLE))
_PLAIN = re.compile(_SAMPLE)


@given(st.text(alphabet="subcribe tonwgpar(|)12 votesimpdfxz", max_size=30))
def test_grouping_matches_the_same_strings(text: str) -> None:
    assert bool(_GROUPED.search(text)) == bool(_PLAIN.search(text))


_PLAIN_PROMO = re.compile(r"(?<!\w)(?:" + _PROMO_PHRASES + ")")


@given(
    st.sampled_from(split_alternatives(_PROMO_PHRASES)).flatmap(
        lambda phrase: st.from_regex(re.compile(phrase), fullmatch=True)
    ),
    st.sampled_from(["", " ", "x", "é", "(", "foo "]),
    st.sampled_from(["", " ", "x", "."]),
)
def test_the_promo_pattern_finds_what_its_ungrouped_phrases_find(
    phrase: str, before: str, after: str
) -> None:
    text = before + phrase + after
    assert _is_promo(text) == bool(_PLAIN_PROMO.search(text))


_PLAIN_BOILERPLATE = re.compile(r"(?:^|[\s_-])(?:" + _BOILERPLATE_WORDS + r")(?:$|[\s_\d-])")


@given(
    st.lists(
        st.sampled_from(split_alternatives(_BOILERPLATE_WORDS)).flatmap(
            lambda word: st.from_regex(re.compile(word), fullmatch=True)
        )
        | st.sampled_from(["post", "x", "0", "entry-content", "widget"]),
        max_size=4,
    ),
    st.lists(st.sampled_from([" ", "-", "_", "0", "x"]), min_size=4, max_size=4),
)
def test_the_boilerplate_name_pattern_finds_what_its_ungrouped_words_find(
    words: list[str], joints: list[str]
) -> None:
    marker = "".join(word + joint for word, joint in zip(words, joints, strict=False)).strip()
    assert _names_boilerplate(marker) == bool(_PLAIN_BOILERPLATE.search(marker))


@given(st.text(alphabet="ab xé(.-_0\n", max_size=12), st.sampled_from(["", "x", " ", "-", "\n"]))
def test_the_split_patterns_find_a_phrase_or_word_at_the_start_and_after_any_separator(
    around: str, joint: str
) -> None:
    for text in (
        "newsletter abonnieren" + joint + around,
        around + joint + "jetzt abonnieren",
        around + joint + "impressum" + joint,
    ):
        assert _is_promo(text) == bool(_PLAIN_PROMO.search(text))
    for marker in ("sidebar" + joint + around, around + joint + "share" + joint + around):
        assert _names_boilerplate(marker) == bool(_PLAIN_BOILERPLATE.search(marker))


def test_the_promo_and_boilerplate_checks_read_exact_examples() -> None:
    assert _is_promo("impressum") and not _is_promo("das impressum")  # "^impressum\b"
    assert _is_promo("bitte jetzt abonnieren!") and not _is_promo("xjetzt abonnieren")
    assert _names_boilerplate("share-buttons") and _names_boilerplate("col-lg-0 sidebar")
    assert not _names_boilerplate("teasertext") and not _names_boilerplate("xsidebar")


def test_every_main_name_holds_a_positive_word() -> None:
    # marker_info reads the main names only of markers the positive pattern finds
    assert all(_POSITIVE.search(name) for name in _MAIN_NAMES)


# The line patterns as they were written, one alternative after another.
_PLAIN_LINES = (
    (_SECTION_END, re.compile(r"^\W*(?:" + _SECTION_END_LINES + r")\W*$", re.IGNORECASE)),
    (_FURNITURE_LINE, re.compile(r"^\W*(?:" + _FURNITURE_LINES + r")\W*$", re.IGNORECASE)),
)


@given(
    st.sampled_from(range(len(_PLAIN_LINES))).flatmap(
        lambda which: st.tuples(
            st.just(which),
            st.sampled_from(
                split_alternatives(_SECTION_END_LINES if which == 0 else _FURNITURE_LINES)
            ).flatmap(lambda line: st.from_regex(re.compile(line), fullmatch=True)),
        )
    ),
    st.sampled_from(["", " ", "» ", "x", "Ä", "1 "]),
    st.sampled_from(["", ":", " x", "…", "s"]),
    st.booleans(),
)
def test_the_line_patterns_match_the_lines_their_ungrouped_alternatives_match(
    case: tuple[int, str], before: str, after: str, upper: bool
) -> None:
    which, line = case
    text = before + (line.upper() if upper else line) + after
    grouped, plain = _PLAIN_LINES[which]
    # (the lines are matched against the lowercased line)
    read = text.lower().replace("\u0307", "")
    assert bool(grouped.match(read)) == bool(plain.match(text))


def test_the_line_patterns_read_exact_examples() -> None:
    assert _SECTION_END.match("» related posts:") and _SECTION_END.match("ähnliche beiträge")
    assert not _SECTION_END.match("related posts are a feature")
    assert _FURNITURE_LINE.match("3 min read") and _FURNITURE_LINE.match("follow us on x")
    assert not _FURNITURE_LINE.match("we follow us")


_PLAIN_CREDIT = re.compile(
    r"^(?:\(?(?:fotos?|bild(?:er)?|photos?|images?|credits?|quelle|source|crédits?(?: photos?)?|"
    r"grafik|illustration|video)\b\s*[:/]|©|\(c\)\s)|©",
    re.IGNORECASE,
)


@given(
    st.sampled_from(["", "Foto: ", "(Photos / ", "(c) ", "(C) x", "Crédits photo : ", "Bilder/"]),
    st.text(alphabet="ab ©(c):/", max_size=8),
)
def test_a_credit_is_a_label_at_the_start_or_a_copyright_sign_anywhere(
    label: str, rest: str
) -> None:
    for text in (label + rest, rest + label):
        assert _is_credit(text, text.lower()) == bool(_PLAIN_CREDIT.search(text))


_PLAIN_CAPTION_CREDIT = re.compile(r"(?<!\w)(?:" + _CAPTION_CREDIT_PHRASES + ")")


@given(
    st.sampled_from(split_alternatives(_CAPTION_CREDIT_PHRASES)).flatmap(
        lambda phrase: st.from_regex(re.compile(phrase), fullmatch=True)
    ),
    st.sampled_from(["", " ", "x", "é", "(", "a photo "]),
    st.sampled_from(["", " ", "x", ")", "."]),
)
def test_a_caption_credit_is_found_where_its_ungrouped_phrases_find_it(
    phrase: str, before: str, after: str
) -> None:
    text = before + phrase + after
    assert _is_caption_credit(text) == bool(_PLAIN_CAPTION_CREDIT.search(text))


def test_caption_credits_read_exact_examples() -> None:
    assert _is_caption_credit("the mayor (ap photo/ted warren)")
    assert _is_caption_credit("figure 2: the data") and not _is_caption_credit("see figure 2: x")
    assert _is_caption_credit("x ©dpa") and not _is_caption_credit("x©dpa")
    assert not _is_caption_credit("a photo/video of the scene")
