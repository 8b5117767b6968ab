"""schema_version: the readers accept the versions the JSON Schema accepts, on every path.

One exception, on purpose: JSON Schema cannot tell the number 1.0 from 1 (both are the
integer 1 there), while the readers take integers only as integers, as they do for every
integer field: 1.0 is refused (the strict-documents rule of the hostile-input issue).
"""

from __future__ import annotations

import json

import jsonschema
import pytest

from newsthread import serialize
from newsthread.errors import DocumentError, SchemaVersionError
from newsthread.model import Article, Comment
from newsthread.schema import json_schema
from newsthread.serialize import from_dict, from_flat, from_json, to_dict, to_flat

ARTICLE = Article(title="t", comments=[Comment(id="1", text="x")])

#: Accepted by the JSON Schema (1.0 == 1 there) but refused by the readers.
STRICTER_THAN_THE_SCHEMA = [1.0]

# (value, accepted): what the JSON Schema's `const: 1` says, booleans and strings included
VERSIONS = [
    (1, True),
    (1.0, True),
    ("1", False),
    (True, False),
    (False, False),
    (0, False),
    (2, False),
    ([1], False),
    ({"v": 1}, False),
]


@pytest.fixture(params=["msgspec", "pure"])
def json_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "pure":
        monkeypatch.setattr(serialize, "_accelerator", lambda: None)
    return str(request.param)


def _documents(version: object) -> list[tuple[str, dict[str, object]]]:
    nested, flat = to_dict(ARTICLE), to_flat(ARTICLE)
    nested["schema_version"] = version
    flat["schema_version"] = version
    return [("nested", nested), ("flat", flat)]


@pytest.mark.parametrize(("version", "accepted"), VERSIONS)
def test_the_schema_agrees_with_the_table(version: object, accepted: bool) -> None:
    for form, document in _documents(version):
        valid = jsonschema.Draft202012Validator(json_schema(flat=form == "flat")).is_valid(document)
        assert valid is accepted, form


@pytest.mark.parametrize(("version", "accepted"), VERSIONS)
def test_readers_accept_what_the_schema_accepts(
    version: object, accepted: bool, json_path: str
) -> None:
    stricter = any(type(version) is type(v) and version == v for v in STRICTER_THAN_THE_SCHEMA)
    accepted = accepted and not stricter
    for form, document in _documents(version):
        for via in ("json", "object"):
            if accepted:
                assert _read(form, document, via) == ARTICLE
            else:
                with pytest.raises(SchemaVersionError) as caught:
                    _read(form, document, via)
                assert caught.value.version == version
                assert caught.value.path == "$.schema_version"
                assert isinstance(caught.value, DocumentError)


def _read(form: str, document: dict[str, object], via: str) -> Article:
    if via == "json":
        return from_json(json.dumps(document))
    return from_flat(document) if form == "flat" else from_dict(document)


def test_a_missing_version_is_a_document_error(json_path: str) -> None:
    for _, document in _documents(None):
        del document["schema_version"]
        with pytest.raises(DocumentError) as caught:
            from_json(json.dumps(document))
        assert caught.value.path == "$"
        assert "missing schema_version" in caught.value.reason
