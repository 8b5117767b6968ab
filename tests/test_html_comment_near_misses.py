"""Pages that look like comment markup in part and are not, or whose comments share a name with
something else: lists named in a foreign word for "comment", keys shared by several comments,
header and text boxes of one class, "more" words that are prepositions, name and text words
inside other words. Each page must keep its comments whole and its body uncut."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsthread.html import from_html
from newsthread.model import Article, CommentStatus

PAGES = Path(__file__).parent / "data" / "html" / "comments" / "near-misses"


def _read(name: str) -> Article:
    return from_html((PAGES / name).read_bytes())


def _rows(article: Article) -> list[tuple[int, str, str | None, str]]:
    rows: list[tuple[int, str, str | None, str]] = []
    stack = [(c, 0) for c in reversed(article.comments)]
    while stack:
        comment, depth = stack.pop()
        rows.append(
            (depth, comment.id, comment.author.name if comment.author else None, comment.text)
        )
        stack.extend((r, depth + 1) for r in reversed(comment.replies))
    return rows


@pytest.mark.parametrize(
    ("name", "blocks"),
    [
        # A Czech blog index of ``article.prispevek`` posts ("příspěvek" is any post).
        ("prispevek.html", 1),
        ("cz-blog-listing.html", 1),
        # A "Související" list of ``div.prispevek-item`` headlines; the page has "Diskuse k článku".
        ("cz-article-with-menu.html", 3),
        # ``section.yorumcular`` "Yorumcular" (pundits), "Yorum" heading over op-ed columns.
        ("yorumcu.html", 6),
        ("tr-columnists.html", 3),
        ("tr-opinion-columns.html", 3),
        # Forum topics, a related-debates box, parliament debates: "discussion" in other languages.
        ("pl-latest-discussions.html", 2),
        ("de-diskussion-box.html", 4),
        ("hr-debates.html", 3),
        # The commentary channel: "新华评论", "热门评论文章", "Bình luận" over op-ed links.
        ("zh-opinion-channel.html", 2),
        ("zh-news-hotlist.html", 1),
        ("vi-opinion.html", 2),
        # A paper's ``div.cmt`` references under its "Discussion" heading.
        ("cmt-refs.html", 5),
        ("en-discussion-paper.html", 12),
    ],
)
def test_lists_named_in_a_foreign_word_for_comment_are_no_thread(name: str, blocks: int) -> None:
    article = _read(name)
    assert list(article.comments) == []
    assert len(article.body) == blocks


def test_a_capitalised_foreign_class_under_its_heading_is_a_thread() -> None:
    assert _rows(_read("tr-capital-class.html")) == [
        (0, "55102", "Mehmet Y.", "Alternatif güzergah nereden olacak?"),
        (1, "55110", "Ayşe K.", "Sahil yolu açık kalacakmış."),  # noqa: RUF001
        (2, "55117", "Mehmet Y.", "Teşekkürler, bilmiyordum."),
        (0, "55130", "Deniz", "Her yıl aynı dönemde bakım yapılıyor."),  # noqa: RUF001
    ]


@pytest.mark.parametrize(
    ("name", "rows"),
    [
        # One user's id on each of her comments: her reply to herself stays a reply.
        (
            "dataid-uid.html",
            [
                (0, "c1", "Alice", "First comment by Alice here."),
                (1, "c2", "Alice", "Alice again, replying to herself."),
                (0, "c3", "Alice", "A third comment by Alice."),
            ],
        ),
        # The article's node id on every comment.
        (
            "dataid-same.html",
            [
                (0, "c1", "Alice", "First comment by Alice here."),
                (0, "c2", "Bob", "Second comment by Bob here."),
                (1, "c3", "Carol", "Reply by Carol to Bob."),
            ],
        ),
        # A comment-named id that every comment shares (a channel's): no comment's key.
        (
            "dataid-shared-cid.html",
            [
                (0, "c1", "Alice", "First comment by Alice here."),
                (0, "c2", "Bob", "Second comment by Bob here."),
                (1, "c3", "Carol", "Reply by Carol to Bob."),
            ],
        ),
        # A tracking label is no comment id.
        (
            "dataid-gtm.html",
            [
                (0, "c1", "Alice", "First comment by Alice here."),
                (0, "c2", "Bob", "Second comment by Bob here."),
            ],
        ),
    ],
)
def test_only_a_data_attribute_named_for_the_comment_is_its_key(
    name: str, rows: list[tuple[int, str, str | None, str]]
) -> None:
    assert _rows(_read(name)) == rows


def test_a_header_box_and_a_text_box_of_one_class_are_one_comment() -> None:
    rows = _rows(_read("twin-split.html"))
    assert [(depth, ident, author) for depth, ident, author, _ in rows] == [
        (0, "1", "Alice"),
        (0, "2", "Bob"),
    ]
    # (The name's repetition at the text's start is cut as a header: a separate matter.)
    assert [text for *_, text in rows] == [
        "'s text is in the second box.",
        "'s text is in the second box too.",
    ]


def test_italian_alla_is_no_more_word() -> None:
    # "Vai alla sezione commenti", "Torna alla lista dei commenti": links, not "more" stubs.
    article = _read("it-stub-alla.html")
    assert _rows(article) == [
        (0, "1", "Mario", "Bellissimo articolo davvero."),
        (0, "2", "Luigi", "Non sono d'accordo per niente."),
    ]
    assert all(c.status is not CommentStatus.MORE for c in article.iter_comments())


def test_name_and_text_words_count_only_at_a_class_words_end() -> None:
    # "btn-minimize" holds "nimi" (Finnish "name"), "reply-contexto" holds "texto".
    assert _rows(_read("name-minimize.html")) == [
        (0, "1", "Alice", "First comment by Alice here."),
        (0, "2", "Bob", "Second comment by Bob here."),
    ]
    assert _rows(_read("text-contexto.html")) == [
        (0, "1", "Ana", "Primer comentario de Ana aquí."),
        (0, "2", "Juan", "Segundo comentario de Juan."),
    ]


def test_a_thread_named_only_prispevek_is_not_read() -> None:
    # Czech "příspěvek" is any post: ``div.prispevek`` entries in a ``diskuse`` section are left
    # (a shape left; blog indexes and "related" lists are named so too).
    page = Path(__file__).parent / "data" / "html" / "comments" / "systems" / "czech-news.html"
    assert list(from_html(page.read_bytes()).comments) == []
