"""Property tests: random articles and threads round-trip through every form, and trees stay consistent."""

from __future__ import annotations

import copy
import pickle
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsthread import (
    Article,
    Author,
    BlockQuote,
    Caption,
    Comment,
    CommentStatus,
    Heading,
    Link,
    ListItem,
    Node,
    Paragraph,
    Quote,
    QuoteKind,
    Speaker,
    build_thread,
)
from newsthread._validate import url_problem
from newsthread.serialize import from_dict, from_flat, from_json, to_dict, to_flat, to_json

text = st.text(max_size=40)  # any unicode, including surrogates-free controls and quotes
optional_text = st.none() | text
# Any text a document may hold as a URL (no javascript:, nothing urlsplit refuses).
urls = text.filter(lambda u: url_problem(u) is None)
optional_urls = st.none() | urls
offsets = st.timedeltas(
    min_value=timedelta(hours=-23, minutes=-59), max_value=timedelta(hours=23, minutes=59)
).map(lambda d: timezone(timedelta(minutes=d // timedelta(minutes=1))))
datetimes = st.none() | st.datetimes(
    min_value=datetime(1, 1, 2),
    max_value=datetime(9999, 12, 30),
    timezones=st.none() | st.just(UTC) | offsets,
)
authors = st.none() | st.builds(Author, name=text, url=optional_urls)
speakers = st.lists(
    st.builds(
        Speaker,
        id=text,
        name=text,
        role=optional_text,
        organisation=optional_text,
        aliases=st.lists(text, max_size=3),
    ),
    max_size=3,
    unique_by=lambda s: s.id,
)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
    max_leaves=8,
)


@st.composite
def quotes(draw, pool):
    return Quote(
        text=draw(text),
        speaker=draw(st.none() | st.sampled_from(pool)) if pool else None,
        cue=draw(optional_text),
        kind=draw(st.sampled_from(QuoteKind)),
        start=draw(st.none() | st.integers(0, 10**6)),
        end=draw(st.none() | st.integers(0, 10**6)),
        source=draw(optional_text),
    )


@st.composite
def blocks(draw, pool):
    kind = draw(st.sampled_from([Paragraph, Heading, BlockQuote, ListItem, Caption]))
    extra = {}
    if kind is Heading:
        extra["level"] = draw(st.integers(1, 6))
    if kind is ListItem:
        extra = {"ordered": draw(st.booleans()), "indent": draw(st.integers(0, 5))}
    links = draw(
        st.lists(
            st.tuples(st.integers(0, 99), st.integers(0, 99), urls).map(
                lambda t: Link(min(t[:2]), max(t[:2]), t[2])
            ),
            max_size=2,
        )
    )
    return kind(draw(text), links=links, quotes=draw(st.lists(quotes(pool), max_size=2)), **extra)


@st.composite
def threads(draw, pool, min_size=0):
    """Comments with random parents, listed in any order: a parent may come after its reply
    (build_thread's two-pass path) or be missing (an orphan, kept at the top level)."""
    count = draw(st.integers(min_size, 30))
    comments = []
    parents: list[str | None] = []
    for index in range(count):
        comments.append(
            Comment(
                id=f"c{index}-{draw(text)}",
                author=draw(authors),
                published=draw(datetimes),
                text=draw(text),
                url=draw(optional_urls),
                score=draw(st.none() | st.integers(-(10**9), 10**9)),
                status=draw(st.sampled_from(CommentStatus)),
                more_count=draw(st.none() | st.integers(0, 10**6)),
                in_reply_to=draw(optional_text),
                extra=draw(st.dictionaries(text, json_values, max_size=2)),
                quotes=draw(st.lists(quotes(pool), max_size=1)),
            )
        )
        choice = draw(st.sampled_from(["top", "earlier", "orphan"])) if index else "top"
        if choice == "earlier":
            parents.append(comments[draw(st.integers(0, index - 1))].id)
        elif choice == "orphan":
            parents.append(f"gone-{draw(text)}")
        else:
            parents.append(None)
    records = draw(st.permutations(list(zip(comments, parents, strict=True))))
    return build_thread(records)


@st.composite
def articles(draw, min_comments=0):
    pool = draw(speakers)
    return Article(
        url=draw(optional_urls),
        canonical_url=draw(optional_urls),
        title=draw(optional_text),
        summary=draw(optional_text),
        authors=draw(st.lists(st.builds(Author, name=text, url=optional_urls), max_size=2)),
        published=draw(datetimes),
        modified=draw(datetimes),
        site_name=draw(optional_text),
        section=draw(optional_text),
        tags=draw(st.lists(text, max_size=3)),
        language=draw(optional_text),
        declared_comment_count=draw(st.none() | st.integers(0, 10**6)),
        speakers=pool,
        extra=draw(st.dictionaries(text, json_values, max_size=3)),
        body=draw(st.lists(blocks(pool), max_size=5)),
        comments=draw(threads(pool, min_comments)),
    )


many = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@many
@given(articles())
def test_nested_json_round_trip(article):
    back = from_json(to_json(article))
    assert back == article
    assert from_dict(to_dict(article)) == article


@many
@given(articles())
def test_flat_round_trip(article):
    assert from_json(to_json(article, flat=True)) == article
    assert from_flat(to_flat(article)) == article


@many
@given(articles())
def test_speakers_stay_shared_after_loading(article):
    back = from_json(to_json(article))
    pool = {id(s) for s in back.speakers}
    assert all(q.speaker is None or id(q.speaker) in pool for q in back.quotes)


def assert_consistent(root: Node) -> None:
    seen = 0
    for node in root.walk():
        seen += 1
        for child in node.children:
            assert child.parent is node
        assert root.resolve(node.address) is node if node.root is root else True
    assert seen == len(list(root.walk("post"))) == len(list(root.walk("level")))


@many
@given(articles())
def test_tree_invariants_hold(article):
    assert_consistent(article)
    assert copy.deepcopy(article) == article
    assert pickle.loads(pickle.dumps(article)) == article


@many
@given(articles(min_comments=1), st.data())
def test_moves_keep_the_tree_consistent(article, data):
    comments = list(article.iter_comments())
    assert comments
    for _ in range(5):
        node = data.draw(st.sampled_from(comments))
        target = data.draw(st.sampled_from([article, *comments]))
        before = len(list(article.walk()))
        try:
            node.move_to(target)
        except ValueError:  # a cycle: the tree must be unchanged
            assert target is node or any(a is node for a in target.ancestors())
        assert len(list(article.walk())) == before
        assert_consistent(article)
