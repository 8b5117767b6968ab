"""Where the cue and the speaker's mention stand, floating quotes and confidence."""

from newsthread.model import Article, Paragraph
from newsthread.quotes import annotate, find_quotes

TEXT = "“We will rebuild the bridge by spring,” Mayor Ana Lopez said on Monday. “It is paid for.”"


def test_cue_and_speaker_mention_are_offsets_into_the_text() -> None:
    first, _ = find_quotes(TEXT)
    assert first.cue_start is not None and first.speaker_start is not None
    assert TEXT[first.cue_start : first.cue_end] == "said"
    assert TEXT[first.speaker_start : first.speaker_end] == "Mayor Ana Lopez"
    assert first.floating is False


def test_a_continuation_floats_and_has_no_cue_span() -> None:
    _, second = find_quotes(TEXT)
    assert second.text == "It is paid for."
    assert second.speaker is not None and second.speaker.name == "Ana Lopez"
    assert (second.cue_start, second.cue_end, second.speaker_start, second.speaker_end) == (
        None,
        None,
        None,
        None,
    )
    assert second.floating is True


def test_confidence_is_higher_for_a_name_than_for_a_pronoun() -> None:
    text = "“The budget is balanced,” Tom Reed said. “It was not easy,” he said."
    named, pronoun = find_quotes(text)
    assert named.confidence is not None and pronoun.confidence is not None
    assert 0 < pronoun.confidence < named.confidence <= 1


def test_a_quote_without_a_speaker_has_no_confidence() -> None:
    (q,) = find_quotes("“Nobody knows what comes next.”")
    assert q.speaker is None
    assert q.confidence is None
    assert q.floating is True


def test_according_to_and_colon_cues_are_located() -> None:
    text = "According to Ann Vale, “the vote is lost.”"
    (q,) = find_quotes(text)
    assert q.cue_start is not None and q.speaker_start is not None
    assert text[q.cue_start : q.cue_end] == "According to"
    assert text[q.speaker_start : q.speaker_end] == "Ann Vale"
    text2 = "Ann Vale: “The vote is lost.”"
    (q2,) = find_quotes(text2)
    assert q2.cue_start is not None
    assert text2[q2.cue_start : q2.cue_end] == ":"


def test_reported_speech_spans_point_at_its_cue() -> None:
    text = "Tom Reed said that the bridge would reopen in the spring."
    (q,) = find_quotes(text)
    assert q.cue_start is not None and q.speaker_start is not None
    assert text[q.cue_start : q.cue_end] == "said"
    assert text[q.speaker_start : q.speaker_end] == "Tom Reed"


def test_spans_in_an_article_are_offsets_into_the_block() -> None:
    article = Article(body=[Paragraph("Intro line."), Paragraph(TEXT)])
    annotate(article)
    q = article.body[1].quotes[0]
    assert q.cue_start is not None
    assert article.body[1].text[q.cue_start : q.cue_end] == "said"
