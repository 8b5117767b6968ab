"""<blockquote> on real pages: a quotation from another source, or a quoted paragraph styled as one."""

from __future__ import annotations

from pathlib import Path

from newsthread.html import from_html
from newsthread.model import BlockQuote, Paragraph, QuoteKind

PAGE = (Path(__file__).parent / "data" / "html" / "main" / "quoted_blockquotes.html").read_bytes()
SEED = Path(__file__).parent.parent / "examples" / "data" / "nato_tagdiv.html"


def test_a_blockquote_with_its_own_marks_and_attribution_is_a_paragraph() -> None:
    body = from_html(PAGE).body
    styled = next(b for b in body if b.text.startswith("“This terminal"))
    charter = next(b for b in body if b.text.startswith("The harbour shall"))
    assert type(styled) is Paragraph
    assert type(charter) is BlockQuote


def test_the_quoted_paragraph_gets_its_speaker_from_its_own_cue() -> None:
    quotes = {q.text: q for q in from_html(PAGE).quotes}
    terminal = quotes["This terminal will carry the city for the next thirty years,"]
    assert terminal.kind is QuoteKind.DIRECT
    assert terminal.speaker is not None and terminal.speaker.name == "Lena Ortiz"
    charter = next(q for q in quotes.values() if q.text.startswith("The harbour shall"))
    assert charter.kind is QuoteKind.BLOCK


def test_the_seed_page_attributes_its_block_quote_as_its_text_form_does() -> None:
    article = from_html(SEED.read_bytes())
    quote = next(q for q in article.quotes if q.text.startswith("When we combine"))
    assert quote.speaker is not None and quote.speaker.name == "Mark Rutte"
