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
        # "Reacties" in an article: politicians' quotes; a sidebar's "Yorumlar" of links to
        # other articles ("Ahmet on <headline>"); experts' reactions, an expert's "yorum".
        # (their "Door Jan de Vries, 17 september 2024" line is a byline: not a body block)
        ("nl-reacties-heading-quotes.html", 7),
        ("tr-yorumlar-widget.html", 1),
        ("nl-political-reactions.html", 9),
        ("tr-expert-yorum.html", 7),
        # The same in articles built of ``div``s, the quotes citing years (no comment's date).
        ("nl-reacties-divarticle-year.html", 7),
        ("tr-yorumlar-experts-div.html", 7),
        # ... or saying "ten years ago", "two years ago" (a sentence, not a comment's meta line).
        ("nl-reacties-divarticle-geleden.html", 7),
        ("tr-yorumlar-experts-once.html", 7),
        # A paper's ``div.cmt`` references under its "Discussion" heading.
        ("cmt-refs.html", 5),
        ("en-discussion-paper.html", 12),
    ],
)
def test_lists_named_in_a_foreign_word_for_comment_are_no_thread(name: str, blocks: int) -> None:
    article = _read(name)
    assert list(article.comments) == []
    assert len(article.body) == blocks


def test_a_dutch_thread_under_its_reacties_heading_is_read() -> None:
    assert _rows(_read("nl-reacties-thread.html")) == [
        (0, "101", "Piet", "Eindelijk nieuwe verkiezingen."),
        (1, "102", "Klaas", "Dat gaat ook niets oplossen."),
        (0, "103", "Marieke", "Wat een chaos weer."),
    ]


_ENTRY = (
    '<div class="yorum" id="yorum-{i}"><span class="yorum-yazar">Ali {i}</span>'
    '<span class="yorum-tarih">12.05.2024 10:0{i}</span><div class="yorum-metin">Metin {i}.</div></div>'
)
_TWO = _ENTRY.format(i=1) + _ENTRY.format(i=2)


@pytest.mark.parametrize(
    ("html", "count"),
    [
        # Under the heading, in its box: read.
        (f'<div class="yorumlar"><h3>Yorumlar</h3>{_TWO}</div>', 2),
        # Before the heading: not its comments.
        (f'<div class="yorumlar">{_TWO}<h3>Yorumlar</h3></div>', 0),
        # Outside the box three levels around the heading (a footer's list).
        (
            '<div class="a"><div class="b"><div class="c"><div class="d"><h3>Yorumlar</h3>'
            f"</div></div></div><footer>{_TWO}</footer></div>",
            0,
        ),
        # Straight in the page's body beside the heading.
        (f"<h3>Yorumlar</h3>{_TWO}", 0),
        # In the box that holds the page's h1, or in the article's text.
        (f'<div class="haber"><h1>Köprü</h1><h3>Yorumlar</h3>{_TWO}</div>', 0),
        (f'<div itemprop="articleBody"><p>Metin.</p><h3>Yorumlar</h3>{_TWO}</div>', 0),
        # One dated box is no thread.
        (f'<div class="yorumlar"><h3>Yorumlar</h3>{_ENTRY.format(i=1)}</div>', 0),
    ],
)
def test_foreign_comment_words_count_only_after_their_heading_near_it(
    html: str, count: int
) -> None:
    page = f"<html><body><article><h1>Köprü</h1><p>Bakim iki gün sürecek.</p></article>{html}</body></html>"
    assert len(list(from_html(page).iter_comments())) == count


# ``div.Yorum`` (capitalised), and under a heading "Okuyucu Yorumları (4)" (reader comments).  # noqa: RUF003
@pytest.mark.parametrize("name", ["tr-capital-class.html", "tr-reader-comments-heading.html"])
def test_a_turkish_thread_under_its_heading_is_read(name: str) -> None:
    assert _rows(_read(name)) == [
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
        # The parent's id in ``data-commentParentId`` is not the reply's own.
        (
            "dataid-parent-merge.html",
            [
                (0, "7", "Alice", "Top comment one by Alice."),
                (1, "c2", "Bob", "Bob replies to Alice."),
                (0, "9", "Dana", "Dana's own comment."),
                (1, "c4", "Eve", "Eve replies to Dana."),
            ],
        ),
        (
            "dataid-parent-camel.html",
            [
                (0, "c1", "Alice", "Top comment one by Alice."),
                (1, "c2", "Bob", "Bob replies to Alice."),
                (1, "c3", "Carl", "Carl replies to Alice too."),
            ],
        ),
        (
            "dataid-cid-category.html",
            [
                (0, "c1", "Alice", "Top comment one by Alice."),
                (1, "c2", "Bob", "Bob replies to Alice."),
                (0, "c3", "Dana", "Dana's own comment."),
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


@pytest.mark.parametrize("name", ["headed-p-link.html", "headed-posted-by.html"])
def test_a_paragraph_with_a_profile_link_is_a_header(name: str) -> None:
    # "bob replied on March 2, 2024:", "Posted by bob on March 2, 2024" head Bob's reply: the
    # reply is no body of its parent.
    assert _rows(_read(name)) == [
        (0, "1", "alice", "Alice's comment text."),
        (1, "c2", "bob", "Bob's reply text here."),
        (0, "3", "dana", "Dana's comment text."),
    ]


def test_a_mention_in_the_text_box_is_no_header() -> None:
    # Header box + text box of one class, the text linking a user ("Thanks @bob"): one comment.
    assert _rows(_read("twin-mention.html")) == [
        (0, "1", "Alice", "Thanks @bob, I agree with you."),
        (0, "2", "Bob", "You are welcome @alice."),
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


# (Body counts: a side box beside a story whose box is named as the content ("story",
# "article") and holds the title is no part of the body: the story's blocks only.)
@pytest.mark.parametrize(
    ("name", "blocks"),
    [
        # Under "Diskuse" in a ``strong``: forum topics with authors, dates and counts (more
        # words in their headline links than of their own).
        ("cs-diskuse-topics.html", 3),
        # Under "Keskustelu": forum threads with an excerpt each (every entry a headline link).
        ("fi-keskustelu-threads.html", 2),
        # "تعليقات" in the story's ``article``: what officials said, dated.
        ("ar-reactions-in-article.html", 6),
        # A ranking widget's "댓글" tab: headlines with dates and counts.
        ("ko-ranking-tab.html", 2),
        # "Σχόλια" over headlines in ``h4`` links with their teasers and dates.
        ("el-related-sxolia.html", 2),
        # "Hozzászólások" over a "no comments yet" line, the form and a policy line with a date.
        ("hu-no-comments-form.html", 2),
        # A "תגובות" widget of other stories' talkbacks, each under its story's headline link.
        ("he-talkbacks-widget.html", 2),
        # Review 10 R1.1: officials' reactions in a story built of ``div``s, the story going on
        # after the box ("Reakce", "التعليقات", "תגובות").
        ("cz-liveblog-reakce.html", 6),
        ("ar-reactions-div.html", 7),
        ("he-reactions-div.html", 5),
        # R1.3 and R2.16: headline links in scripts without spaces (Japanese, Thai).
        ("ja-ranking-leads.html", 2),
        ("th-opinion-box.html", 2),
        # Headlines of one word each in ``h4`` links over their teasers: a linked heading.
        ("el-related-short.html", 1),
        # Bare "Reakce" and "תגובות" (no count) over officials' reactions in a side box.
        ("cs-bare-reakce-box.html", 1),
        ("he-bare-reactions-box.html", 1),
        # R4.24: a Romanian "Comentarii" op-ed box whose entries link out ("Citește mai mult");
        # R7.28: the same in Czech with one- and two-word links to an article's address.
        ("ro-comentarii-readmore.html", 2),
        ("cz-komentare-cist-dal.html", 2),
        ("cz-komentare-vice.html", 2),
        # R2.14's dedupe branch: a "more" control inside a wrapper dropped with nothing kept.
        ("stub-in-dropped-wrapper.html", 1),
    ],
)
def test_lists_after_a_comments_heading_in_the_pages_language_are_no_thread(
    name: str, blocks: int
) -> None:
    article = _read(name)
    assert list(article.comments) == []
    assert len(article.body) == blocks


@pytest.mark.parametrize(
    ("name", "rows"),
    [
        # R1.4: classless ``li`` entries; a bullet list in a comment's text and a related list
        # after the thread are no comments.
        (
            "ko-li-nested-list.html",
            [
                (
                    0,
                    "c1",
                    "버스타는사람",
                    "세 가지가 궁금합니다:\n\n복지 예산은 얼마인가요?\n\n국방 예산은 얼마인가요?"
                    "\n\n부채는 줄어드나요?",
                ),
                (0, "c2", "동네주민", "좋은 기사 감사합니다. 잘 읽었습니다."),
            ],
        ),
        # ... nor a policy notice's list after it.
        (
            "ko-li-paging.html",
            [
                (0, "c1", "버스타는사람", "환승 시간이 더 길어지는 건 아닌지 걱정이네요."),
                (0, "c2", "동네주민", "좋은 기사 감사합니다. 잘 읽었습니다."),
            ],
        ),
        # R1.2, R2.11: a date, a status, a meta line named "-text", "Text", "-msg" is no text.
        (
            "en-text-suffix.html",
            [
                (
                    0,
                    "11",
                    "Alice March 1, 2024",
                    "I think the budget is far too small for schools.",
                ),
                (0, "12", "Bob March 2, 2024", "Schools got more money than last year, actually."),
            ],
        ),
        (
            "en-camel-text.html",
            [
                (0, "11", "Alice", "I think the budget is far too small for schools."),
                (0, "12", "Bob", "Schools got more money than last year, actually."),
            ],
        ),
        (
            "en-meta-text.html",
            [
                (0, "11", "Alice", "I think the budget is far too small for schools."),
                (0, "12", "Bob", "Schools got more money than last year, actually."),
            ],
        ),
        (
            "en-msg-suffix.html",
            [
                (0, "11", "Alice", "I think the budget is far too small for schools."),
                (0, "12", "Bob", "Schools got more money than last year, actually."),
            ],
        ),
        # R2.12: a comment that is a link, with its replies, is no section.
        (
            "en-section-link-only.html",
            [
                (0, "11", "Alice", "https://example.org/budget-table.pdf"),
                (1, "12", "Bob", "Thanks for the link, very useful."),
                (1, "13", "Carol", "Page 4 has the school numbers."),
            ],
        ),
        # R2.15: a user's level ("usuario-nivel-5") is no depth.
        (
            "es-user-nivel.html",
            [
                (0, "101", "Ana", "Por fin un presupuesto con más dinero para la sanidad."),
                (0, "102", "Luis", "Los impuestos van a subir otra vez, ya verás."),
                (0, "103", "Marta", "¿Alguien sabe cuándo entra en vigor?"),
            ],
        ),
    ],
)
def test_threads_read_whole_beside_their_near_misses(
    name: str, rows: list[tuple[int, str, str | None, str]]
) -> None:
    assert _rows(_read(name)) == rows


_LEEDS = [
    (0, "11", "Alice", "Leeds\n\nI think the budget is far too small for schools."),
    (0, "12", "Bob", "York\n\nSchools got more money than last year, actually."),
]
_LINK_ONLY = [
    (0, "11", "Alice", "https://example.org/budget-table.pdf"),
    (1, "12", "Bob", "Thanks for the link, very useful."),
    (1, "13", "Carol", "Page 4 has the school numbers."),
]
_CZECH = [
    (0, "1880021", "Karel Svoboda", "Čtyřicet korun za půl hodiny jízdy je hodně."),
    (1, "1880030", "Jana N.", "V Brně je to stejné."),
    (2, "1880044", "Karel Svoboda", "V Brně ale platíte za zóny."),
    (0, "1880052", "Miroslav Král", "Kupon zůstává, to je hlavní."),
]


@pytest.mark.parametrize(
    ("name", "rows"),
    [
        # R3.17: an inline "-text" part beside the name is no text (the comment's words stay).
        ("en-weak-location-text.html", _LEEDS),
        ("en-weak-usertext.html", _LEEDS),
        # R3.18: one comment named ``comment-box``, or holding its reply form, is no section.
        ("en-section-link-only-box.html", _LINK_ONLY),
        ("en-section-link-only-form.html", _LINK_ONLY),
        ("en-gif-form.html", [(0, "11", "Alice", ""), *_LINK_ONLY[1:]]),
        # R3.19: a moderation note, the rules, a login line after the heading's box.
        ("cz-disc-intro-p.html", _CZECH),
        ("cz-disc-rules-p.html", _CZECH),
        ("cz-disc-login-p.html", _CZECH),
        # R3.20: twelve "Diskuse (N)" counts beside related headlines before the thread.
        ("cz-disc-related-counts12.html", _CZECH),
        # R4.22: a "reply to" name or a badge named "-user" is no author; R4.23: a dialog's
        # ``modal-body`` is no text (both keep main's reading).
        (
            "en-mention-user.html",
            [
                (0, "11", "Alice", "I think the budget is far too small for schools."),
                (0, "12", "Bob", "Schools got more money than last year, actually."),
            ],
        ),
        (
            "en-verified-user.html",
            [
                (0, "11", "Alice", "I think the budget is far too small for schools."),
                (0, "12", "Bob", "Schools got more money than last year, actually."),
            ],
        ),
        (
            "en-modal-body.html",
            [
                (
                    0,
                    "11",
                    "Alice",
                    "I think the budget is far too small for schools.\n\n"
                    "Why are you reporting this comment?",
                ),
                (
                    0,
                    "12",
                    "Bob",
                    "Schools got more money than last year, actually.\n\n"
                    "Why are you reporting this comment?",
                ),
            ],
        ),
        # R5.25: a block named "-text" of another prefix than the comment's (a colour class).
        (
            "en-weakdiv-grey-text.html",
            [
                (
                    0,
                    "11",
                    "Alice",
                    "Member since 2019, Leeds\n\nI think the budget is far too small for schools.",
                ),
                (
                    0,
                    "12",
                    "Bob",
                    "Member since 2021, York\n\nSchools got more money than last year, actually.",
                ),
            ],
        ),
        # R5.26: an icon's glyph before the heading.
        ("cz-disc-icon.html", _CZECH),
        # R6.27: controls that are real links ("Odpovědět" to "?prispevek=1880021").
        ("cz-disc-reply-links.html", _CZECH),
        # R8.29: names linked to a member's page ("/clen/karel-svoboda"; "/lide/…", a slug of
        # the name's own words).
        ("cz-disc-clen-slug.html", _CZECH),
        ("cz-disc-name-slug.html", _CZECH),
        # R3.21: long nicknames in Japanese are no headlines.
        (
            "ja-long-nicks.html",
            [
                (0, "c1", "ひかり好きのおじさん", "座席が広くなるのは嬉しいです。"),
                (0, "c2", "元新幹線運転士さん", "車両の寿命はだいたい十五年です。"),
                (0, "c3", "名無しの鉄道ファン", "コンセントは全席にあるのでしょうか。"),
            ],
        ),
    ],
)
def test_threads_beside_what_the_headed_and_section_rules_refuse(
    name: str, rows: list[tuple[int, str, str | None, str]]
) -> None:
    assert _rows(_read(name)) == rows


def test_a_comment_part_is_the_text_only_with_the_comments_own_prefix() -> None:
    own = (
        '<div id="allcomments">'
        + "".join(
            f'<div class="c-item" id="comment-{i}"><div class="c-user"><a href="/wiki/User:U{i}">'
            f'U{i}</a></div><div class="c-time">12:15, 12 June 2024</div>'
            f'<div class="c-comment">Comment number {i}.</div>'
            '<div class="c-actions"><a href="#end">Reply</a></div></div>'
            for i in range(2)
        )
        + "</div>"
    )
    got = [(c.author.name if c.author else None, c.text) for c in from_html(own).comments]
    assert got == [("U0", "Comment number 0."), ("U1", "Comment number 1.")]
    # A control named "reply-comment" in a comment without a class of its own (a dev page's
    # WordPress theme): no text; the comment's words stay whole.
    other = (
        '<ul class="comments">'
        + "".join(
            f'<li id="comment-{i}"><div><h2 id="c{i}">Subject {i}</h2>'
            f'<span class="metadata">geschrieben von user{i} am 21. Jan. 2015, 19:04</span>'
            '<span class="reply-comment">[ <a href="/login/">antworten</a> ]</span></div>'
            f"<p>The words of comment {i} stay whole.</p></li>"
            for i in range(2)
        )
        + "</ul>"
    )
    texts = [c.text for c in from_html(other).comments]
    assert all(f"The words of comment {i} stay whole." in t for i, t in enumerate(texts))
    assert len(texts) == 2
