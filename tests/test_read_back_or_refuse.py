"""The exporters' promise, over generated articles with unlisted speakers, odd datetimes, invalid
URLs, repeated ids and empty everything: what to_json / to_html / to_markdown accept,
from_json / from_html / from_markdown read back equal; what they cannot represent, they refuse up
front with DocumentError."""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from dateutil.tz import tzoffset
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import test_html_roundtrip
import test_markdown_roundtrip
import test_properties
from newsthread import Article, Comment, Paragraph, Quote, Speaker, serialize
from newsthread._validate import drop_invalid_values
from newsthread.errors import DocumentError
from newsthread.html import from_html, to_html
from newsthread.html._safe import safe_url
from newsthread.markdown import from_markdown, to_markdown
from newsthread.serialize import from_json, to_json

# Offsets dateutil builds and Python cannot use, and odd ones it can (seconds, the extremes).
bad_zones = st.sampled_from([tzoffset(None, 24 * 3600), tzoffset(None, -80 * 3600)])
odd_zones = st.sampled_from(
    [
        tzoffset(None, 3600),
        timezone(timedelta(hours=23, minutes=59, seconds=59)),
        timezone(-timedelta(hours=23, minutes=59)),
        timezone(timedelta(seconds=1)),
        UTC,
    ]
)
odd_datetimes = st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.none() | odd_zones
)
bad_datetimes = st.builds(
    lambda d, z: d.replace(tzinfo=z),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
    bad_zones,
)
bad_urls = st.sampled_from(["javascript:alert(1)", " JAVA\tSCRIPT:x", "data:,x", "http://[x/"])


def mutate(draw: st.DrawFn, article: Article) -> Article:
    """Zero or more of the things an exporter must refuse or carry exactly."""
    mutations = draw(st.sets(st.sampled_from(["speaker", "date", "odd", "url", "twin", "empty"])))
    if "empty" in mutations:
        return Article()
    comments = list(article.iter_comments())
    if "speaker" in mutations:
        ghost = Speaker(id=f"ghost{len(article.speakers)}", name="Ghost")
        holder = (
            draw(st.sampled_from([*article.body, *comments])) if article.body or comments else None
        )
        if holder is not None and isinstance(holder, Paragraph | Comment) and holder.text:
            holder.add(Quote(text=holder.text[:1], speaker=ghost, start=0, end=1))
    if "date" in mutations:
        article.published = draw(bad_datetimes)
    if "odd" in mutations:
        article.modified = draw(odd_datetimes)
        if comments:
            draw(st.sampled_from(comments)).published = draw(odd_datetimes)
    if "url" in mutations:
        if comments and draw(st.booleans()):
            draw(st.sampled_from(comments)).url = draw(bad_urls)
        else:
            article.canonical_url = draw(bad_urls)
    if "twin" in mutations and len(comments) >= 2:
        comments[1].id = comments[0].id
    return article


@st.composite
def for_json(draw: st.DrawFn) -> Article:
    return mutate(draw, draw(test_properties.articles()))


@st.composite
def for_html(draw: st.DrawFn) -> Article:
    return mutate(draw, draw(test_html_roundtrip.representable()))


@st.composite
def for_markdown(draw: st.DrawFn) -> Article:
    return mutate(draw, draw(test_markdown_roundtrip.articles()))


def read_back_or_refuse(
    article: Article,
    write: Callable[[Article], str],
    read: Callable[[str], Any],
    carried: Callable[[Article], Article] = lambda a: a,
) -> None:
    try:
        text = write(article)
    except DocumentError:
        return
    back = read(text)
    expected = carried(article)
    assert back == expected, test_markdown_roundtrip._explain(expected, back)


def with_safe_urls(article: Article) -> Article:
    """What the HTML form carries: every URL but those to_html drops for safety (docs/security.md)."""
    copy = drop_invalid_values(deepcopy(article))
    copy.url = safe_url(copy.url)
    copy.canonical_url = safe_url(copy.canonical_url)
    for comment in copy.iter_comments():
        comment.url = safe_url(comment.url)
    return copy


def without_quotes(article: Article) -> Article:
    """What the Markdown form carries: everything but quotes and speakers (docs/markdown.md),
    and URLs the importers drop (docs/security.md)."""
    copy = drop_invalid_values(deepcopy(article))
    for node in list(copy.walk(type=Quote)):
        node.detach()
    copy.speakers = []
    return copy


many = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(params=["msgspec", "pure"])
def json_path(request: pytest.FixtureRequest) -> str:
    if request.param == "msgspec":
        pytest.importorskip("msgspec")
    return str(request.param)


@many
@given(for_json(), st.booleans())
def test_json_reads_back_what_it_writes_or_refuses(article: Article, flat: bool) -> None:
    for path in ("msgspec", "pure"):
        with pytest.MonkeyPatch.context() as patch:
            if path == "pure":
                patch.setattr(serialize, "_accelerator", lambda: None)
            read_back_or_refuse(article, lambda a: to_json(a, flat=flat), from_json)


@many
@given(for_html())
def test_html_reads_back_what_it_writes_or_refuses(article: Article) -> None:
    read_back_or_refuse(article, to_html, from_html, with_safe_urls)


@many
@given(for_markdown())
def test_markdown_reads_back_what_it_writes_or_refuses(article: Article) -> None:
    read_back_or_refuse(
        article, to_markdown, lambda text: from_markdown(text, quotes=False), without_quotes
    )


def test_each_exporter_refuses_an_impossible_offset() -> None:
    article = Article(published=datetime(2025, 12, 9, 14, 5, tzinfo=tzoffset(None, 80 * 3600)))
    for write in (to_json, to_html, to_markdown):
        with pytest.raises(DocumentError) as caught:
            write(article)
        assert caught.value.path == "$.published"


def test_markdown_writes_no_url_the_importers_would_drop() -> None:
    # Found by the property above: a tab inside the scheme hid it from the writer's own check.
    article = Article(comments=[Comment(id="c", text="hi", url=" JAVA\tSCRIPT:x")])
    markdown = to_markdown(article)
    assert "permalink" not in markdown and "SCRIPT" not in markdown
    assert from_markdown(markdown, quotes=False).comments[0].url is None
