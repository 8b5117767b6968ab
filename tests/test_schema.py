"""The JSON Schema generated from the model accepts real dumps and rejects broken ones."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from factories import make_chain
from newsthread.schema import json_schema
from newsthread.serialize import to_dict, to_flat

SEED_JSON = Path(__file__).resolve().parent.parent / "examples" / "data" / "seed.json"


@pytest.mark.parametrize("flat", [False, True])
def test_schema_is_valid_and_accepts_dumps(article, flat):
    schema = json_schema(flat=flat)
    jsonschema.Draft202012Validator.check_schema(schema)
    for doc in (article, make_chain(30)):
        jsonschema.validate(to_flat(doc) if flat else to_dict(doc), schema)


def test_schema_accepts_the_bundled_example():
    jsonschema.validate(json.loads(SEED_JSON.read_text(encoding="utf-8")), json_schema())


@pytest.mark.parametrize(
    "breakage",
    [
        lambda d: d["comments"][0].__setitem__("published", 5),
        lambda d: d["comments"][0].__setitem__("status", "gone"),
        lambda d: d["body"][0].__setitem__("type", "poll"),
        lambda d: d.__setitem__("schema_version", 2),
        lambda d: d.__setitem__("unknown", 1),
        lambda d: d["comments"][0].pop("id"),
    ],
)
def test_schema_rejects_broken_documents(article, breakage):
    doc = to_dict(article)
    breakage(doc)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, json_schema())
