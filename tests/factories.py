"""Articles for tests: one that uses every node type and field, and deep reply chains."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from newsthread import (
    Article,
    Author,
    BlockQuote,
    Comment,
    CommentStatus,
    Heading,
    Link,
    ListItem,
    Paragraph,
    Quote,
    QuoteKind,
    Speaker,
    build_thread,
)

CET = timezone(timedelta(hours=1))

#: The project's seed page saved as text: the one copy in the repository, shared with the README
#: and examples/ (the source is ``shared/seed/000_733874207dc7091d.txt``, copied unchanged).
SEED = Path(__file__).resolve().parent.parent / "examples" / "data" / "seed.txt"


def make_article() -> Article:
    """A small article that uses every node type and most fields."""
    rutte = Speaker(
        id="mark-rutte",
        name="Mark Rutte",
        role="Secretary General",
        organisation="NATO",
        aliases=["Rutte", "the Secretary General"],
    )
    quoted = "“When we combine our strengths, we can more effectively tackle the challenges,” Rutte said."
    return Article(
        url="https://news.example/nato-eu",
        canonical_url="https://news.example/nato-eu",
        title="NATO and the EU",
        summary="Rutte tells MEPs that cooperation is essential.",
        authors=[Author("Ann Editor", "https://news.example/ann")],
        published=datetime(2025, 1, 14, 9, 30, tzinfo=CET),
        modified=datetime(2025, 1, 14, 12, 0, tzinfo=UTC),
        site_name="News Example",
        section="Defence",
        tags=["NATO", "EU"],
        language="en",
        declared_comment_count=5,
        speakers=[rutte],
        extra={"paywall": False},
        body=[
            Heading("Cooperation", level=2),
            Paragraph(
                quoted,
                links=[Link(83, 88, "https://news.example/rutte")],
                quotes=[Quote(text=quoted[1:79], speaker=rutte, cue="said", start=1, end=79)],
            ),
            BlockQuote("We keep Ukraine strong."),
            ListItem("first point", ordered=True),
            ListItem("nested point", indent=1),
        ],
        comments=[
            Comment(
                id="c1",
                author=Author("alice"),
                published=datetime(2025, 1, 14, 10, 15, tzinfo=UTC),
                text="First paragraph.\n\nSecond paragraph,\nwith a line break.",
                url="https://news.example/nato-eu#comment-1",
                score=12,
                replies=[
                    Comment(id="c2", author=Author("bob"), text="I agree."),
                    Comment(
                        id="c3",
                        status=CommentStatus.DELETED,
                        replies=[Comment(id="c4", author=Author("alice"), text="Why deleted?")],
                    ),
                ],
            ),
            Comment(id="more-1", status=CommentStatus.MORE, more_count=17),
            Comment(
                id="c5",
                author=Author("carol"),
                text="As they said, “bad actors” abound.",
                extra={"likes": 3},
                quotes=[Quote(text="bad actors", kind=QuoteKind.PARTIAL, start=14, end=24)],
            ),
        ],
    )


def make_chain(depth: int) -> Article:
    """An article whose thread is one reply chain ``depth`` comments deep."""
    records = [
        (Comment(id=str(i), text=f"reply {i}"), str(i - 1) if i else None) for i in range(depth)
    ]
    return Article(title="deep", comments=build_thread(records))
