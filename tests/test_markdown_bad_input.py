"""Bad input: typed errors that say what and where, or a documented best-effort result."""

from __future__ import annotations

import pytest

from newsthread.errors import InputError, ParseError
from newsthread.markdown import from_markdown, from_text, to_markdown


@pytest.mark.parametrize("reader", [from_markdown, from_text])
@pytest.mark.parametrize("source", ["", b"", "\n\n  \n", b"\xef\xbb\xbf"])
def test_empty_input_is_an_empty_article(reader, source) -> None:  # type: ignore[no-untyped-def]
    article = reader(source, quotes=False)
    assert article.body == ()
    assert article.comments == ()
    assert article.declared_comment_count is None


@pytest.mark.parametrize("reader", [from_markdown, from_text])
def test_binary_data_is_an_input_error(reader) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match="binary"):
        reader(bytes(range(256)) * 20, url="file.md", quotes=False)
    with pytest.raises(InputError, match="NUL"):
        reader("text\x00more", quotes=False)


def test_from_markdown_refuses_a_number_with_a_type_error() -> None:
    with pytest.raises(TypeError):
        from_markdown(42, quotes=False)  # type: ignore[arg-type]


def test_encodings_are_decoded() -> None:
    text = "# Überschrift\n\nÄrger über Öl, naïve café.\n"
    for data in (text.encode("utf-8-sig"), text.encode("utf-16"), text.encode("utf-8")):
        article = from_markdown(data, quotes=False)
        assert [b.text for b in article.body] == ["Überschrift", "Ärger über Öl, naïve café."]
    legacy = ("Ein längerer Absatz über Öl und Äpfel, für Größe. " * 20).encode("cp1252")
    (block,) = from_text(legacy, quotes=False).body
    assert "Äpfel" in block.text


def test_crlf_and_cr_line_ends() -> None:
    a = from_text("Body.\r\n\r\n2 Comments\r\n\r\n1. one\r\n\r\n2. two\r\n", quotes=False)
    assert [c.text for c in a.comments] == ["one", "two"]
    b = from_markdown("# T\r\rBody.\r", quotes=False)
    assert [x.text for x in b.body] == ["T", "Body."]


def test_unclosed_front_matter_says_where() -> None:
    with pytest.raises(ParseError, match="never closed") as err:
        from_markdown("---\ntitle: x\n\nbody\n", url="page.md", quotes=False)
    assert (err.value.source, err.value.line) == ("page.md", 1)


def test_malformed_yaml_says_where() -> None:
    with pytest.raises(ParseError, match="malformed YAML") as err:
        from_markdown("---\ntitle: ok\ntags: [a, b\n---\nbody\n", quotes=False)
    assert err.value.line is not None
    assert err.value.line >= 3
    assert isinstance(err.value, ValueError)


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ("- a list", "must be a YAML mapping"),
        ("title: !!python/object:os.system x", "malformed YAML"),
        ("published: not a date", "not a date"),
        ("comments: many", "must be a number"),
        ("title: {a: 1}", "must be text"),
    ],
)
def test_front_matter_values_are_checked(front: str, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        from_markdown(f"---\n{front}\n---\nbody\n", quotes=False)


def test_a_thematic_break_later_is_not_front_matter() -> None:
    article = from_markdown("Intro\n\n---\n\nMore\n", quotes=False)
    assert [b.text for b in article.body] == ["Intro", "More"]


def test_one_huge_line() -> None:
    line = "word " * 2_000_000  # 10 MB in one line; the benchmark runs 50 MB
    (block,) = from_markdown(line, quotes=False).body
    assert len(block.text) == len(line) - 1
    (text_block,) = from_text(line, quotes=False).body
    assert text_block.text == line.strip()


def test_very_deep_quotes_and_lists_keep_their_text() -> None:
    quotes = from_markdown(">" * 100_000 + " deep\n\nafter\n", quotes=False)
    assert [b.text for b in quotes.body] == ["deep", "after"]
    lists = "".join("  " * i + f"- item {i}\n" for i in range(2_000))
    items = from_markdown(lists, quotes=False).body
    assert [b.text for b in items] == [
        f"item {i}" for i in range(2_000)
    ]  # nesting capped, text kept
    deep_thread = "## Comments\n\n" + lists
    article = from_markdown(deep_thread, quotes=False)
    assert len(list(article.iter_comments())) == 2_000


def test_mixed_nesting_past_the_cap_is_a_parse_error() -> None:
    # quotes and lists interleaved past the cap would be cut by markdown-it-py: say so
    doc = "".join("> " * 3 + "  " * i + "- x\n" for i in range(40))
    with pytest.raises(ParseError, match="nested deeper") as err:
        from_markdown(doc, url="deep.md", quotes=False)
    assert (err.value.source, err.value.line) == ("deep.md", 18)


def test_export_of_a_very_long_comment_round_trips() -> None:
    from newsthread import Article, Comment

    text = "x" * 1_000_000 + "\n" + "<b>" * 1000
    article = Article(comments=[Comment(id="1", text=text)])
    assert from_markdown(to_markdown(article), quotes=False) == article


def test_a_document_that_opens_with_a_rule_has_no_front_matter() -> None:
    article = from_markdown("---\n\nText after a rule.\n\n---\n\nMore.\n", quotes=False)
    assert [b.text for b in article.body] == ["Text after a rule.", "More."]
