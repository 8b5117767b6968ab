"""The comment reader's patterns on hostile input: long runs of blanks, digits, dashes and
repeated words stay linear (each once took seconds for 20 KB, or would have), and the patterns
still read what they are for.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newsthread.html import extract_comments
from newsthread.html._comments.forums import _POST_KEY, _label
from newsthread.html._comments.repeated import _kind
from newsthread.html._comments.selectors import DEPTH_CLASS, ID_KEY, MEMBER_HREF
from newsthread.html._comments.text import _PART_SEPARATOR
from newsthread.html._comments.words import AUTHOR_NOISE

RUN = 20_000


def test_a_by_word_after_a_date_splits_a_header_line_and_blank_runs_do_not() -> None:
    assert _PART_SEPARATOR.split("Le 9 mai 2024, 08:12 par Lucie", maxsplit=1) == [
        "Le 9 mai 2024, 08:12",
        "Lucie",
    ]
    assert _PART_SEPARATOR.split("May 2, 2024 - Rita K.", maxsplit=1) == ["May 2, 2024", "Rita K."]
    assert _PART_SEPARATOR.split(" " * RUN + "x") == [" " * RUN + "x"]
    assert len(_PART_SEPARATOR.split("  " * (RUN // 2) + "by")) == 1


def test_a_verb_before_by_leaves_the_name_and_blank_runs_cost_nothing() -> None:
    assert AUTHOR_NOISE.sub("", "inviato da Luca") == "Luca"
    assert AUTHOR_NOISE.sub("", "posted by Ann Lee") == "Ann Lee"
    assert AUTHOR_NOISE.sub("", "De Luca") == "De Luca"  # "da", "di", "de" only after a verb
    assert AUTHOR_NOISE.sub("", "Ann says:") == "Ann"
    for hostile in (" " * RUN + "x", "says" + " " * RUN + "x", "inviato" + " " * RUN + "da"):
        assert AUTHOR_NOISE.sub("", hostile) == hostile


def test_camel_case_depths_and_ids() -> None:
    found = DEPTH_CLASS.search("comment replyTreeLevel1 state-published")
    assert found is not None and (found.group(1) or found.group(2)) == "1"
    assert DEPTH_CLASS.search("aLevel" * (RUN // 6)) is None
    assert DEPTH_CLASS.search("-" * RUN) is None
    found = ID_KEY.search("IDComment11881")
    assert found is not None and next(g for g in found.groups() if g) == "11881"
    assert ID_KEY.search("Comment" * (RUN // 7)) is None
    assert ID_KEY.search("a" * 12 + "Comment" + "1" * RUN + "x") is None


def test_member_pages_by_account_name() -> None:
    for href in ("https://f.example/user/45-klaus/", "/forums/users/maggie/", "/u/hannes"):
        assert MEMBER_HREF.search(href) is not None, href
    assert MEMBER_HREF.search("/user/45/posts/12") is None  # a member's page of posts
    assert MEMBER_HREF.search("/u" * (RUN // 2) + "/a/b") is None
    assert MEMBER_HREF.search("/users/" * (RUN // 7) + "a/b") is None


def test_alternating_row_classes_are_one_kind() -> None:
    assert _kind("odd") == _kind("even") == ""
    assert _kind("row1") == _kind("row2") == "row"
    row = LexborHTMLParser('<div class="windowbg2 x"></div>').css_first("div")
    assert row is not None and _label(row) == "windowbg"
    assert _kind("1" * RUN + "x") == "1" * RUN + "x"


def test_post_ids_in_several_spellings() -> None:
    for ident, key in (("post_id_8815", "8815"), ("post-901", "901"), ("msg3005", "3005")):
        found = _POST_KEY.match(ident)
        assert found is not None and (found.group(1) or found.group(2)) == key
    assert _POST_KEY.match("post" + "_" * RUN) is None


def test_a_thread_of_vote_counts_and_long_blank_names_is_read() -> None:
    votes = '<div class="v"><a href="#">up</a><span>+2</span><a href="#">down</a></div>'
    page = (
        "<html><body><ol>"
        + "".join(
            f'<li class="comment" id="comment-{n}"><span class="author">Ann{" " * RUN}Lee</span>'
            f"<p>Text number {n}.</p>{votes}</li>"
            for n in (1, 2)
        )
        + "</ol></body></html>"
    )
    comments = extract_comments(LexborHTMLParser(page)).comments
    assert [(c.id, c.text) for c in comments] == [("1", "Text number 1."), ("2", "Text number 2.")]
