"""from_html(to_html(a)) == a for everything the HTML form carries (see docs/html-export.md)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsthread import (
    Article,
    Author,
    Block,
    BlockQuote,
    Caption,
    Comment,
    CommentStatus,
    Heading,
    Link,
    ListItem,
    Paragraph,
    Quote,
    QuoteKind,
    Speaker,
)
from newsthread.html import from_html, to_html


def roundtrip(article: Article) -> Article:
    return from_html(to_html(article))


def seed_like() -> Article:
    rutte = Speaker(id="rutte", name="Mark Rutte", role="Secretary General", organisation="NATO")
    said = "“When we combine our strengths,” Rutte said."
    return Article(
        url="https://example.org/nato-eu",
        canonical_url="https://example.org/nato-eu",
        title="NATO & EU",
        summary="Closer cooperation.",
        authors=[Author("Jane Doe", "https://example.org/jane")],
        published=datetime(2025, 3, 4, 9, 30, tzinfo=UTC),
        modified=datetime(2025, 3, 4, 11, 0, tzinfo=timezone(timedelta(hours=2))),
        site_name="Example News",
        section="Defence",
        tags=["NATO", "EU"],
        language="en",
        declared_comment_count=6,
        speakers=[rutte],
        body=[
            Heading("Forum", level=2),
            Paragraph(
                said,
                links=[Link(33, 38, "https://www.nato.int/")],
                quotes=[Quote(text=said[1:31], speaker=rutte, cue="said", start=1, end=31)],
            ),
            ListItem("one"),
            ListItem("one.a", indent=1, ordered=True),
            BlockQuote("We keep Ukraine strong."),
            Caption("Rutte in Brussels."),
        ],
        comments=[
            Comment(
                id="1",
                author=Author("Kevin", "https://kevin.example/"),
                published=datetime(2025, 3, 4, 12, 0, tzinfo=UTC),
                text="Not desirable.\n\nStay out.",
                url="https://example.org/nato-eu#comment-1",
                score=4,
                replies=[
                    Comment(id="2", author=Author("Ana"), text="All do.\nReally."),
                    Comment(id="3", status=CommentStatus.DELETED),
                    Comment(id="4", status=CommentStatus.MORE, more_count=7),
                ],
            ),
            Comment(id="5", status=CommentStatus.PINGBACK, text="Linked", in_reply_to="1"),
        ],
    )


def test_roundtrip_of_a_seed_like_article() -> None:
    article = seed_like()
    assert roundtrip(article) == article


def test_roundtrip_of_a_deep_chain() -> None:
    node = Comment(id="999", text="bottom")
    for i in range(998, -1, -1):
        node = Comment(id=str(i), text=f"level {i}", replies=[node])
    article = Article(title="deep", comments=[node])
    assert roundtrip(article) == article


# Values the HTML form carries exactly: no NUL or lone surrogates, safe absolute URLs,
# heading levels 1-6, aware datetimes at whole seconds.
plain = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30)
texts = st.one_of(
    plain, st.lists(plain, max_size=3).map("\n\n".join), plain.map(lambda t: t + "\n<&>\"'")
)
urls = st.sampled_from(["https://a.example/x", "http://b.example/?q=1&r=2", "mailto:c@d.example"])
moments = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1)).map(
    lambda d: d.replace(microsecond=0, tzinfo=UTC)
)


def _spans(draw: st.DrawFn, size: int, most: int) -> list[tuple[int, int]]:
    """Up to ``most`` non-empty spans at any offsets in a text of ``size`` characters."""
    if size == 0:
        return []
    out = []
    for _ in range(draw(st.integers(0, most))):
        start = draw(st.integers(0, size - 1))
        out.append((start, draw(st.integers(start + 1, size))))
    return out


def _quotes(draw: st.DrawFn, text: str, speakers: list[Speaker]) -> list[Quote]:
    """Quotes anywhere in ``text``, overlapping or not, with the marked text or another."""
    return [
        Quote(
            text=draw(st.sampled_from([text[start:end], draw(plain)])),
            start=start,
            end=end,
            speaker=draw(st.sampled_from([None, *speakers])),
            kind=draw(st.sampled_from(list(QuoteKind))),
            cue=draw(st.none() | plain),
        )
        for start, end in _spans(draw, len(text), 3)
    ]


def _links(draw: st.DrawFn, text: str) -> list[Link]:
    """Links that do not overlap, at any offsets (line breaks included), in text order."""
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=6, unique=True)))
    return [Link(cuts[i], cuts[i + 1], draw(urls)) for i in range(0, len(cuts) - 1, 2)]


ids = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=8)


@st.composite
def representable(draw: st.DrawFn) -> Article:
    speaker_ids = draw(st.lists(ids, max_size=2, unique=True))
    speakers = [Speaker(id=i, name=draw(plain)) for i in speaker_ids]
    body: list[Block] = []
    for _ in range(draw(st.integers(0, 5))):
        text = draw(texts)
        quotes = _quotes(draw, text, speakers)
        links = _links(draw, text)
        kind = draw(st.sampled_from(["p", "h", "bq", "li", "cap", "block"]))
        if kind == "h":
            body.append(Heading(text, links=links, quotes=quotes, level=draw(st.integers(1, 6))))
        elif kind == "li":
            body.append(ListItem(text, links=links, quotes=quotes, ordered=draw(st.booleans())))
        elif kind == "bq":
            body.append(BlockQuote(text, links=links, quotes=quotes))
        elif kind == "cap":
            body.append(Caption(text, links=links, quotes=quotes))
        elif kind == "block":
            body.append(Block(text, links=links, quotes=quotes))
        else:
            body.append(Paragraph(text, links=links, quotes=quotes))
    everyone: list[Comment] = []
    top: list[Comment] = []
    comment_ids = draw(st.lists(ids, max_size=8, unique=True))
    for comment_id in comment_ids:
        text = draw(texts)
        comment = Comment(
            id=comment_id,
            author=draw(st.none() | st.builds(Author, plain, st.none() | urls)),
            published=draw(st.none() | moments),
            text=text,
            url=draw(st.none() | urls),
            score=draw(st.none() | st.integers(-9, 99)),
            status=draw(st.sampled_from(list(CommentStatus))),
            quotes=_quotes(draw, text, speakers),
        )
        parent = draw(st.integers(-1, len(everyone) - 1))
        if parent >= 0:
            everyone[parent].add(comment)
        else:
            top.append(comment)
        everyone.append(comment)
    return Article(
        title=draw(st.none() | plain),
        url=draw(st.none() | urls.filter(lambda u: u.startswith("http"))),
        authors=draw(st.lists(st.builds(Author, plain, st.none() | urls), max_size=2)),
        published=draw(st.none() | moments),
        tags=draw(st.lists(plain, max_size=2)),
        speakers=speakers,
        body=body,
        comments=top,
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(representable())
def test_roundtrip_of_generated_articles(article: Article) -> None:
    assert roundtrip(article) == article
