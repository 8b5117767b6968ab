"""Comment threads from HTML: the encodings, the fields, the limits (tagDiv seed site, generic markup)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from newsthread.html import extract_comments
from newsthread.model import Article, Author, Comment, CommentStatus

DATA = Path(__file__).parent / "data" / "html" / "comments"


def load(name: str) -> LexborHTMLParser:
    return LexborHTMLParser((DATA / name).read_bytes())


def shape(comments: Any) -> list[Any]:
    """(id, children) pairs, built without recursion."""
    out: list[Any] = []
    stack: list[tuple[Any, list[Any]]] = [(c, out) for c in reversed(list(comments))]
    while stack:
        c, into = stack.pop()
        kids: list[Any] = []
        into.append((c.id, kids))
        stack.extend((r, kids) for r in reversed(list(c.replies)))
    return out


def flat(comments: Any) -> list[Comment]:
    return list(Article(comments=list(comments)).iter_comments())


def test_tagdiv_newspaper_seed_site() -> None:
    section = extract_comments(load("tagdiv-newspaper.html"), url="https://example.org/nato-eu/")
    assert shape(section.comments) == [
        ("10817", [("10821", []), ("10826", []), ("10840", [])]),
        ("10843", [("10851", [])]),
    ]
    assert section.declared_count == 6
    first, second = section.comments
    assert first.author is not None
    assert first.author.name == "Steve B"
    assert first.author.url is None
    assert first.published == datetime(2025, 4, 1, 12, 1, tzinfo=UTC)  # unix pubdate
    assert first.url == "https://example.org/nato-eu/#comment-10817"
    assert first.text.startswith("Deeper EU and NATO cooperation is not possible")
    assert first.text.count("\n\n") == 2
    assert first.text.endswith("to worry about on the economic front.")
    jeanne = first.replies[0]
    assert jeanne.author is not None
    assert (jeanne.author.name, jeanne.author.url) == ("Jeanne", "https://example.org/jeanne")
    assert (
        first.replies[2]
        .text.split("\n\n")[2]
        .startswith("Also \u201cthe EU has several bad actors")
    )
    lines = second.text.split("\n")
    assert "\n\n" not in second.text
    assert len(lines) == 5
    assert lines[3] == "Seven Years War, War of Austrian Succession, WW1, WW2."
    assert second.replies[0].author is not None
    assert second.replies[0].author.name == "Tom"
    assert "Reply" not in "".join(c.text for c in flat(section.comments))
    # The whole section, heading and form included, is one container.
    assert [(n.tag, n.attributes.get("id")) for n in section.containers] == [("div", "comments")]


def test_no_comments() -> None:
    section = extract_comments(
        LexborHTMLParser("<html><body><article><p>Just text.</p></article></body></html>")
    )
    assert section.comments == []
    assert section.containers == []
    assert section.declared_count is None


def test_deep_nest_does_not_recurse() -> None:
    # lexbor's own parse time grows with depth squared (~35 s at 20,000 levels), so the
    # test stays at a depth far beyond the recursion limit but quick to parse.
    depth = 3_000
    html = "<ol class='comment-list'>" + "".join(
        f"<li class='comment' id='comment-{i}'><div class='comment-content'><p>c{i}</p></div><ul class='children'>"
        for i in range(depth)
    )
    section = extract_comments(LexborHTMLParser(html))
    comments = flat(section.comments)
    assert len(comments) == depth
    assert comments[-1].text == f"c{depth - 1}"
    levels, node = 0, comments[-1].parent
    while isinstance(node, Comment):
        levels, node = levels + 1, node.parent
    assert levels == depth - 1


def test_plain_deep_ul_nest_is_not_a_thread() -> None:
    html = "<ul><li>" * 3_000 + "x"
    section = extract_comments(LexborHTMLParser(html))
    assert section.comments == []


def test_pingback_and_deleted_status() -> None:
    html = """<ol class="commentlist">
    <li class="pingback even thread-even depth-1" id="comment-7"><div class="comment-body">
      Pingback: <a href="https://other.example/post" class="url">Another blog</a></div></li>
    <li class="comment" id="comment-8"><div class="comment-author vcard"><cite class="fn">Ann</cite></div>
      <div class="comment-content"><p>[deleted]</p></div></li>
    </ol>"""
    section = extract_comments(LexborHTMLParser(html))
    assert [c.status for c in section.comments] == [CommentStatus.PINGBACK, CommentStatus.DELETED]


def test_microdata_comments_nest_by_containment() -> None:
    html = """<section id="comments"><h2>2 comments</h2>
    <article itemscope itemtype="https://schema.org/Comment" id="comment-a1">
      <span itemprop="author" itemscope itemtype="https://schema.org/Person"><a itemprop="url" href="https://x.example/u/ann"><span itemprop="name">Ann</span></a></span>
      <time itemprop="dateCreated" datetime="2024-03-01T10:00:00+01:00">1 March</time>
      <div itemprop="text"><p>First para.</p><p>Second<br>line.</p></div>
      <ol class="replies">
        <li><article itemscope itemtype="https://schema.org/Comment" id="comment-a2">
          <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Bob</span></span>
          <time itemprop="dateCreated" datetime="2024-03-01T11:30:00Z">1 March</time>
          <div itemprop="text"><p>Reply.</p></div></article></li>
      </ol>
    </article></section>"""
    section = extract_comments(LexborHTMLParser(html))
    assert shape(section.comments) == [("a1", [("a2", [])])]
    ann = section.comments[0]
    assert ann.author is not None
    assert (ann.author.name, ann.author.url) == (
        "Ann",
        "https://x.example/u/ann",
    )
    assert ann.published is not None
    assert ann.published.isoformat() == "2024-03-01T10:00:00+01:00"
    assert ann.text == "First para.\n\nSecond\nline."
    assert ann.replies[0].published == datetime(2024, 3, 1, 11, 30, tzinfo=UTC)
    assert section.declared_count == 2


def test_json_ld_comments_with_parent_item() -> None:
    html = """<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
    "headline": "H", "comment": [
      {"@type": "Comment", "@id": "#c1", "text": "Top", "author": {"@type": "Person", "name": "Ann"},
       "dateCreated": "2024-01-02T03:04:05Z"},
      {"@type": "Comment", "@id": "#c2", "text": "Reply", "parentItem": {"@id": "#c1"},
       "author": {"@type": "Person", "name": "Bob"}}]}</script>"""
    section = extract_comments(LexborHTMLParser(html))
    assert shape(section.comments) == [("#c1", [("#c2", [])])]
    assert section.comments[0].published == datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_comment_classes_by_pattern() -> None:
    html = """<div id="xenforo-comments-1" class="xenforo-comment-widget"><ul class="xenforo-comments-list">
    <li id="xenforo-comment-21968226" class="xenforo-comment"><div class="xenforo-comment-author">
      <a href="https://forum.example/members/ann.1/">Ann</a></div>
      <time datetime="2023-01-05T10:00:00+00:00">Jan 5</time>
      <div class="xenforo-comment-content">First.</div></li>
    <li id="xenforo-comment-21968227" class="xenforo-comment"><div class="xenforo-comment-author">
      <a href="https://forum.example/members/bob.2/">Bob</a></div>
      <time datetime="2023-01-05T11:00:00+00:00">Jan 5</time>
      <div class="xenforo-comment-content">Second.</div></li>
    </ul></div>"""
    section = extract_comments(LexborHTMLParser(html))
    assert [(c.id, c.author.name if c.author else None, c.text) for c in section.comments] == [
        ("21968226", "Ann", "First."),
        ("21968227", "Bob", "Second."),
    ]


def test_repeated_entries_in_a_comment_section_without_comment_markup() -> None:
    html = """<div id="comments" class="comments"><h3>Bewertungen</h3>
    <blockquote><p>Anna am 8.6.2020</p><p>Super Artikel, danke!</p></blockquote>
    <blockquote><p>Ben am 9.6.2020</p><p>Sehr hilfreich für uns.</p></blockquote>
    <blockquote><p>Cem am 10.6.2020</p><p>Genau so machen wir es auch.</p></blockquote>
    </div>"""
    section = extract_comments(LexborHTMLParser(html))
    # "Anna am 8.6.2020": the name before the date is the author, the line leaves the text.
    assert [(c.author.name if c.author else None, c.text) for c in section.comments] == [
        ("Anna", "Super Artikel, danke!"),
        ("Ben", "Sehr hilfreich für uns."),
        ("Cem", "Genau so machen wir es auch."),
    ]
    assert section.comments[1].published is not None
    assert section.comments[1].published.date().isoformat() == "2020-06-09"


def test_recent_comments_widget_is_not_a_thread() -> None:
    html = """<section class="widget widget_recent_comments"><ul id="recentcomments">
    <li class="recentcomments">Ann on <a href="/a#comment-1">A post title here</a> 12.1.2020</li>
    <li class="recentcomments">Bob on <a href="/b#comment-2">Another post title</a> 13.1.2020</li>
    </ul></section>"""
    assert extract_comments(LexborHTMLParser(html)).comments == []


def test_json_ld_parent_loop_does_not_lose_comments() -> None:
    html = """<script type="application/ld+json">{"@type": "Comment", "@id": "a", "text": "A",
    "parentItem": {"@id": "b"}, "comment": []}</script>
    <script type="application/ld+json">{"@type": "Comment", "@id": "b", "text": "B", "parentItem": {"@id": "a"}}</script>"""
    comments = flat(extract_comments(LexborHTMLParser(html)).comments)
    assert sorted(c.id for c in comments) == ["a", "b"]


def test_faq_answers_are_not_comments() -> None:
    html = """<div itemscope itemtype="https://schema.org/FAQPage"><div itemscope itemtype="https://schema.org/Question">
    <h3 itemprop="name">Was kostet ein Kredit?</h3><div itemscope itemtype="https://schema.org/Answer">
    <div itemprop="text">Die Kosten hängen vom Zins ab.</div></div></div></div>"""
    assert extract_comments(LexborHTMLParser(html)).comments == []


def test_disqus_as_rendered() -> None:
    html = """<div id="disqus_thread"><ul id="post-list" class="post-list">
    <li class="post" id="post-4011"><div role="article"><div class="post-content">
      <div class="post-body"><header><span class="post-byline"><span class="author publisher-anchor-color">
        <a href="https://disqus.com/by/ann/" data-username="ann">Ann</a></span></span>
        <span class="post-meta"><a class="time-ago" href="#comment-4011" title="Tuesday, March 5, 2019 9:12 AM">5 years ago</a></span></header>
      <div class="post-message"><p>Good piece.</p></div></div></div></div>
      <ul class="children"><li class="post" id="post-4012"><div class="post-content"><div class="post-body">
        <span class="author"><a href="https://disqus.com/by/bob/">Bob</a></span>
        <a class="time-ago" href="#comment-4012" title="Tuesday, March 5, 2019 10:00 AM">5 years ago</a>
        <div class="post-message"><p>Agreed.</p></div></div></div></li></ul>
    </li></ul></div>
    <ul class="posts"><li class="post" id="post-7">Blog post list entry, not a comment</li></ul>"""
    section = extract_comments(LexborHTMLParser(html))
    assert shape(section.comments) == [("post-4011", [("post-4012", [])])]
    ann = section.comments[0]
    assert ann.author is not None
    assert (ann.author.name, ann.author.url) == ("Ann", "https://disqus.com/by/ann/")
    assert ann.published == datetime(2019, 3, 5, 9, 12)
    assert ann.text == "Good piece."


def test_livejournal_style_margins_and_more_stub() -> None:
    html = """<div id="comments">
    <div style="margin-left: 0px"><div class="comment" id="ljcmt101"><span class="ljuser">anna</span>
      <span class="datetime">2012-03-04 10:00 am (UTC)</span><div class="comment-text">Top.</div></div></div>
    <div style="margin-left: 25px"><div class="comment" id="ljcmt102"><span class="ljuser">boris</span>
      <span class="datetime">2012-03-04 11:00 am (UTC)</span><div class="comment-text">Reply.</div></div></div>
    <div style="margin-left: 50px"><div class="comment" id="ljcmt103"><span class="ljuser">anna</span>
      <span class="datetime">2012-03-04 12:00 pm (UTC)</span><div class="comment-text">Reply to reply.</div></div></div>
    <div style="margin-left: 0px"><div class="comment" id="ljcmt104"><span class="ljuser">carl</span>
      <span class="datetime">2012-03-05 09:00 am (UTC)</span><div class="comment-text">Second top.</div></div></div>
    <div class="morecomments"><a href="?page=2">Load 12 more comments</a></div>
    </div>"""
    section = extract_comments(LexborHTMLParser(html))
    assert shape(section.comments) == [
        ("ljcmt101", [("ljcmt102", [("ljcmt103", [])])]),
        ("ljcmt104", []),
        ("more-1", []),
    ]
    stub = section.comments[-1]
    assert stub.status is CommentStatus.MORE
    assert stub.more_count == 12


def test_newsthread_export_markup_reads_back() -> None:
    """The schema.org microdata that ``to_html`` writes (nesting, flat deep replies, statuses)."""
    section = extract_comments(load("newsthread-export.html"))
    assert shape(section.comments) == [
        ("10817", [("10821", [("a", [("b", [])])])]),
        ("more-1", []),
    ]
    assert section.declared_count == 74
    steve, more = section.comments
    assert steve.author == Author(name="Steve B", url="https://example.org/steve")
    assert steve.published == datetime(2025, 4, 1, 12, 1, tzinfo=UTC)
    assert steve.text == "First <b>para</b>.\n\nSecond\nline."
    assert steve.score == 3
    assert steve.url == "https://example.org/nato-eu/#comment-10817"
    deleted = steve.replies[0]
    assert (deleted.status, deleted.text, deleted.author) == (CommentStatus.DELETED, "", None)
    deepest = deleted.replies[0].replies[0]
    assert (deepest.text, deepest.in_reply_to) == ("Deeper.", "x9")
    assert (more.status, more.more_count, more.text) == (CommentStatus.MORE, 12, "")


def test_rdfa_comments() -> None:
    html = """<div vocab="https://schema.org/" typeof="BlogPosting"><div id="comments">
    <div typeof="Comment" id="comment-51"><span property="author" typeof="Person"><span property="name">Ann</span></span>
      <meta property="dateCreated" content="2021-07-03T08:00:00Z">
      <div property="text"><p>RDFa comment.</p></div>
      <div typeof="Comment" id="comment-52"><span property="author" typeof="Person"><span property="name">Bob</span></span>
        <meta property="dateCreated" content="2021-07-03T09:00:00Z"><div property="text">Nested reply.</div></div>
    </div></div></div>"""
    section = extract_comments(LexborHTMLParser(html))
    assert shape(section.comments) == [("51", [("52", [])])]
    ann = section.comments[0]
    assert ann.author is not None
    assert ann.author.name == "Ann"
    assert ann.published == datetime(2021, 7, 3, 8, 0, tzinfo=UTC)
    assert ann.text == "RDFa comment."
    assert ann.replies[0].text == "Nested reply."


def test_dl_thread_head_and_body_are_one_comment() -> None:
    html = """<div id="comments"><dl id="comment_list">
    <dt class="comment even thread-even depth-1" id="comment-1769281"><span class="comment_author">Armanox</span>
      <span class="comment_time"><a href="#comment-1769281">June 28, 2015 at 10:25 pm</a></span></dt>
    <dd class="comment even thread-even depth-1"><div class="format_text" id="comment-body-1769281">
      <p>Really, no Shagrath?<br> And how?</p></div></dd>
    </dl><div class="prev_next" id="comment_nav_1"><a href="?cpage=1">&larr; Previous Comments</a></div></div>"""
    section = extract_comments(LexborHTMLParser(html))
    assert [(c.id, c.author.name if c.author else None, c.text) for c in section.comments] == [
        ("1769281", "Armanox", "Really, no Shagrath?\nAnd how?")
    ]
    assert section.comments[0].published == datetime(2015, 6, 28, 22, 25)
