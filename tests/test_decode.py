"""Decoding the bytes of saved pages and documents."""

from __future__ import annotations

import codecs

import pytest

from newsthread._decode import decode_bytes, decode_bytes_utf8, looks_binary
from newsthread.errors import InputError

TEXT = "Café crème, „Anführungszeichen“ and €5"


@pytest.mark.parametrize(
    "bom", [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE]
)
def test_byte_order_marks_win(bom):
    encoding = {
        codecs.BOM_UTF8: "utf-8",
        codecs.BOM_UTF16_LE: "utf-16-le",
        codecs.BOM_UTF16_BE: "utf-16-be",
        codecs.BOM_UTF32_LE: "utf-32-le",
    }[bom]
    assert decode_bytes(bom + TEXT.encode(encoding), declared="latin-1") == TEXT


def test_declared_encoding_then_utf8():
    assert decode_bytes(TEXT.encode("cp1252"), declared="windows-1252") == TEXT
    assert decode_bytes(TEXT.encode("utf-8"), declared="no-such-codec") == TEXT
    # latin-1 declarations mean windows-1252 in practice (the HTML standard's rule)
    assert decode_bytes("€5".encode("cp1252"), declared="ISO-8859-1") == "€5"
    # a wrong declaration that cannot decode falls through to UTF-8
    assert decode_bytes(TEXT.encode("utf-8"), declared="ascii") == TEXT


def test_declared_utf16_without_bom_is_text():
    assert decode_bytes(TEXT.encode("utf-16-le"), declared="UTF-16LE") == TEXT


def test_short_legacy_text_is_read_as_windows_1252():
    assert decode_bytes("Café crème".encode("cp1252")) == "Café crème"


def test_binary_is_refused_with_the_source():
    with pytest.raises(InputError) as info:
        decode_bytes(b"\x00\x01\x02\x03binary\x00\x00" * 50, source="x.bin")
    assert info.value.source == "x.bin"
    assert "binary" in str(info.value)
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    assert not looks_binary(b"plain text\twith tabs\r\n")
    assert not looks_binary(b"")


@pytest.mark.parametrize(
    ("data", "declared", "text", "utf8"),
    [
        ("Café ☕".encode(), None, "Café ☕", True),
        (b"plain ascii", "iso-8859-1", "plain ascii", True),
        (
            b"\xef\xbb\xbfCaf\xc3\xa9",
            None,
            "Café",
            False,
        ),  # a BOM: the bytes are not the text's form
        (
            b"Caf\xe9 au lait, s'il vous pla\xeet",
            "iso-8859-1",
            "Café au lait, s'il vous plaît",
            False,
        ),
    ],
)
def test_decoding_says_when_the_bytes_are_the_text_s_utf8(
    data: bytes, declared: str | None, text: str, utf8: bool
) -> None:
    assert decode_bytes_utf8(data, declared) == (text, utf8)
    if utf8:
        assert text.encode("utf-8") == data
