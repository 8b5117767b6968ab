"""Markdown import: front matter, blocks, the comment section and its heuristics."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newsthread import (
    Article,
    Author,
    BlockQuote,
    Caption,
    CommentStatus,
    Heading,
    Link,
    ListItem,
    Paragraph,
)
from newsthread.markdown import from_markdown, from_text

DOC = """---
title: "Rutte: NATO and EU"
url: https://example.org/nato
authors:
  - Jane Doe
  - name: John Roe
    url: https://example.org/john
published: 2024-06-03T10:15:00+02:00
modified: June 4, 2024 9:00 UTC
site: Example News
section: Europe
tags: [nato, eu]
language: en
layout: post
---

# NATO and EU

Rutte said *closer* cooperation is [essential](https://example.org/a "t").
A soft break joins lines with a space.\\
A hard break stays a line break.

> “When we combine our strengths,” he said.
>
> Second paragraph of the quote.

- first point
  - nested point
1. numbered

*Caption:* A photo caption.

```
code stays text
```

## 3 thoughts on “NATO and EU”

1. **Ann** says:

   June 3, 2024 at 10:15 am

   Great article.

   Reply

   - **Bob** says:

     I disagree.

2. Carl · 2 hours ago

   Line one<br>
   line two

### Leave a Reply

Your email address will not be published. Required fields are marked *

Comment *

Post Comment
"""


def test_front_matter_fills_the_metadata() -> None:
    a = from_markdown(DOC, quotes=False)
    assert a.title == "Rutte: NATO and EU"
    assert a.url == "https://example.org/nato"
    assert a.authors == [Author("Jane Doe"), Author("John Roe", "https://example.org/john")]
    assert a.published == datetime(2024, 6, 3, 10, 15, tzinfo=timezone(timedelta(hours=2)))
    assert a.published.utcoffset() == timedelta(hours=2)  # kept timezone-aware
    assert a.modified is not None
    assert a.modified.utcoffset() == timedelta(0)
    assert (a.site_name, a.section, a.tags, a.language) == (
        "Example News",
        "Europe",
        ["nato", "eu"],
        "en",
    )
    assert a.extra == {"front_matter": {"layout": "post"}}


def test_body_blocks_text_and_links() -> None:
    a = from_markdown(DOC, quotes=False)
    kinds = [type(b) for b in a.body]
    assert kinds == [
        Heading,
        Paragraph,
        BlockQuote,
        ListItem,
        ListItem,
        ListItem,
        Caption,
        Paragraph,
    ]
    heading, para, quote, first, nested, numbered, caption, code = a.body
    assert heading.text == "NATO and EU"
    assert isinstance(heading, Heading)
    assert heading.level == 1
    assert para.text == (
        "Rutte said closer cooperation is essential. A soft break joins lines with a space.\n"
        "A hard break stays a line break."
    )
    assert para.links == (Link(33, 42, "https://example.org/a"),)
    assert para.text[33:42] == "essential"
    assert (
        quote.text == "“When we combine our strengths,” he said.\n\nSecond paragraph of the quote."
    )
    assert (first.text, first.indent, first.ordered) == ("first point", 0, False)
    assert isinstance(nested, ListItem)
    assert (nested.text, nested.indent) == ("nested point", 1)
    assert isinstance(numbered, ListItem)
    assert numbered.ordered
    assert numbered.indent == 0
    assert caption.text == "A photo caption."
    assert code.text == "code stays text"


def test_comment_section_heuristics() -> None:
    a = from_markdown(DOC, quotes=False)
    assert a.declared_comment_count == 3
    ann, carl = a.comments
    assert ann.author == Author("Ann")
    assert ann.published == datetime(2024, 6, 3, 10, 15)
    assert ann.text == "Great article."  # the "Reply" button is gone
    (bob,) = ann.replies
    assert (bob.author, bob.text) == (Author("Bob"), "I disagree.")
    assert carl.author == Author("Carl")
    assert carl.extra == {"date_text": "2 hours ago"}
    assert carl.text == "Line one\nline two"  # a hard break inside a comment stays a line break
    everything = " ".join([b.text for b in a.body] + [c.text for c in a.iter_comments()])
    for chrome in (
        "Leave a Reply",
        "email address",
        "Required fields",
        "Post Comment",
        "Comment *",
    ):
        assert chrome not in everything


def test_section_heading_variants_and_counts() -> None:
    cases = {
        "## 6 COMMENTS": 6,
        "## Comments (12)": 12,
        "### One thought on “Title”": 1,
        "## 3 Responses to Title": 3,
        "## 12 Kommentare": 12,
        "## Comments": None,
        "## 1.234 Kommentare": 1234,
    }
    for heading, count in cases.items():
        a = from_markdown(f"Body text.\n\n{heading}\n\n- A comment.\n", quotes=False)
        assert [b.text for b in a.body] == ["Body text."], heading
        assert a.declared_comment_count == count, heading
        assert [c.text for c in a.comments] == ["A comment."], heading


def test_without_a_section_everything_is_body() -> None:
    a = from_markdown("Para one.\n\n- a list\n\nComment on this: it is body text.\n", quotes=False)
    assert a.comments == ()
    assert [b.text for b in a.body] == ["Para one.", "a list", "Comment on this: it is body text."]


def test_a_comment_count_link_at_the_top_is_not_the_section() -> None:
    a = from_markdown("[45 Comments](#comments)\n\nThe article.\n", quotes=False)
    assert a.comments == ()
    assert len(a.body) == 2


def test_nesting_from_nested_lists_and_numbered_items_with_bullets() -> None:
    doc = "## Comments\n\n1. top one\n   - reply a\n     - reply to a\n   - reply b\n2. top two\n"
    a = from_markdown(doc, quotes=False)
    one, two = a.comments
    assert [r.text for r in one.replies] == ["reply a", "reply b"]
    assert [r.text for r in one.replies[0].replies] == ["reply to a"]
    assert two.text == "top two"
    assert not two.replies


def test_flat_comments_split_at_author_lines() -> None:
    doc = (
        "Body.\n\n## 2 Comments\n\n**Ann** says:\n\nFirst comment.\n\nStill Ann.\n\n"
        "[Bob](https://bob.example) · March 1, 2024\n\nSecond comment.\n"
    )
    a = from_markdown(doc, quotes=False)
    ann, bob = a.comments
    assert (ann.author, ann.text) == (Author("Ann"), "First comment.\n\nStill Ann.")
    assert bob.author == Author("Bob", "https://bob.example")
    assert bob.published == datetime(2024, 3, 1)
    assert bob.text == "Second comment."


def test_permalink_date_line() -> None:
    doc = (
        "## Comments\n\n- Ann\n\n  [June 3, 2024 at 10:15 am](https://e.org/p#comment-7)\n\n  Hi.\n"
    )
    (c,) = from_markdown(doc, quotes=False).comments
    assert c.author == Author("Ann")
    assert c.url == "https://e.org/p#comment-7"
    assert c.published == datetime(2024, 6, 3, 10, 15)
    assert c.text == "Hi."


def test_a_short_comment_is_not_taken_for_a_name() -> None:
    (c,) = from_markdown("## Comments\n\n- Great post\n", quotes=False).comments
    assert c.author is None
    assert c.text == "Great post"


def test_pingbacks_are_marked() -> None:
    a = from_markdown("## Comments\n\n- Pingback: Another blog links here\n", quotes=False)
    assert a.comments[0].status is CommentStatus.PINGBACK


def test_url_argument_and_front_matter_url() -> None:
    assert from_markdown("x", url="https://a.example", quotes=False).url == "https://a.example"
    doc = "---\nurl: https://fm.example\n---\nx\n"
    assert from_markdown(doc, url="https://a.example", quotes=False).url == "https://fm.example"


def test_from_text_nests_by_indentation_without_markers() -> None:
    text = "Article.\n\n2 Comments\n\n• First\n\n    ◦ A reply\n\n• Second\n"
    a = from_text(text, quotes=False)
    assert [b.text for b in a.body] == ["Article."]
    first, second = a.comments
    assert [r.text for r in first.replies] == ["A reply"]
    assert second.text == "Second"
    assert a.declared_comment_count == 2


def test_quotes_are_found_on_first_read_at_once_or_never(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsthread.quotes

    seen: list[Article] = []

    def fake(article: Article) -> Article:
        seen.append(article)
        return article

    monkeypatch.setattr(newsthread.quotes, "annotate", fake)
    lazy = from_markdown("x")
    eager = from_text("z", quotes=True)
    never = from_text("y", quotes=False)
    assert seen == [eager]
    assert lazy.quotes == []  # the first read finds them
    assert seen == [eager, lazy]
    assert never.quotes == [] and never not in seen
    with pytest.raises(ValueError, match="quotes must be True, False or 'lazy', not 'yes'"):
        from_text("y", quotes="yes")  # type: ignore[arg-type]


def test_a_heading_wins_over_a_comments_line_with_links() -> None:
    doc = (
        "Intro.\n\n*Comments on [Hacker News](https://hn.example)* | [Reddit](https://r.example)\n\n"
        "## Post navigation\n\n## 2 thoughts on “Intro”\n\n1. first\n2. second\n"
    )
    a = from_markdown(doc, quotes=False)
    assert a.declared_comment_count == 2
    assert [c.text for c in a.comments] == ["first", "second"]
    assert [b.text for b in a.body][-1] == "Post navigation"


def test_view_all_comments_lines_open_the_section() -> None:
    a = from_markdown("Body.\n\nall 117 comments\n\n- one\n", quotes=False)
    assert a.declared_comment_count == 117
    assert [c.text for c in a.comments] == ["one"]


def test_items_that_held_only_chrome_are_not_comments() -> None:
    doc = "## Comments\n\n- ![](https://e.org/avatar.png)\n- Follow\n- real comment\n- ![](data:image/svg+xml;base64,AAAA)\n"
    a = from_markdown(doc, quotes=False)
    assert [c.text for c in a.comments] == ["real comment"]
    assert a.comments[0].id == "c1"
