"""The deep-safe JSON reader reads what ``json.loads`` reads, fails where it fails, and has no depth limit."""

from __future__ import annotations

import json

import pytest

from newsthread._json import loads_deep


@pytest.mark.parametrize(
    "text",
    [
        ' { "a" : [ 1 , 2.5e3 , -0 , true , false , null , "x\\u00e9\\n" , NaN , -Infinity ] } ',
        '[{"a":{}}, [], [[]], {"b" :\n\t"c"}]',
        "12345678901234567890123",
        '[{"k":1e400}]',
    ],
)
def test_deep_reader_reads_scalars_as_json_does(text: str) -> None:
    assert repr(loads_deep(text)) == repr(json.loads(text))


@pytest.mark.parametrize(
    ("text", "message", "position"),
    [
        ('{"a":1,}', "Expecting property name enclosed in double quotes", 7),
        ('{"a" 1}', "Expecting ':' delimiter", 5),
        ("[nul]", "Expecting value", 1),
        ('["abc', "Unterminated string starting at", 1),
        ("[1] x", "Extra data", 4),
    ],
)
def test_deep_reader_errors(text: str, message: str, position: int) -> None:
    with pytest.raises(json.JSONDecodeError) as caught:
        loads_deep(text)
    assert caught.value.msg == message
    assert caught.value.pos == position


def test_deep_reader_reads_a_deep_document() -> None:
    depth = 5000
    text = '{"id":"0","x":[1.5, NaN],"replies":[' * depth + "]}" * depth
    value = loads_deep(text)
    for _ in range(depth - 1):
        assert value["id"] == "0"
        assert value["x"][0] == 1.5
        value = value["replies"][0]
    assert value["replies"] == []
