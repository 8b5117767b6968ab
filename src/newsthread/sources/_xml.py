"""Reading XML exports safely: entity expansion and external entities refused, errors that say where."""

from __future__ import annotations

import importlib
import io
from collections.abc import Iterator
from typing import IO, Any
from xml.etree.ElementTree import Element
from xml.etree.ElementTree import ParseError as XMLParseError

from newsthread.errors import MissingExtraError, ParseError

__all__ = ["Element", "child", "child_text", "iter_elements", "iter_events", "local"]


def _defused() -> Any:
    try:
        return importlib.import_module("defusedxml.ElementTree")
    except ImportError:
        raise MissingExtraError("defusedxml", "xml") from None


def iter_elements(
    data: bytes | IO[bytes], name: str, tags: frozenset[str]
) -> Iterator[tuple[Element, int]]:
    """Yield each complete element whose local name is in ``tags``, with its count.

    ``data`` is bytes or a binary stream read incrementally. Once the caller
    has read an element, each finished child of the document's root is
    dropped, so that memory holds one record at a time however long the
    file. A DTD with entities, an external entity or broken XML raises
    :class:`~newsthread.errors.ParseError` naming ``name`` and the line.
    """
    count = 0
    depth = 0
    root: Element | None = None
    for event, element in iter_events(data, name, ("start", "end")):
        if event == "start":
            depth += 1
            if root is None:
                root = element
            continue
        depth -= 1
        if local(element.tag) in tags:
            count += 1
            yield element, count
        if depth == 1 and root is not None:
            del root[:]  # the finished record and any children of the root before it


def iter_events(
    data: bytes | IO[bytes], name: str, events: tuple[str, ...]
) -> Iterator[tuple[str, Element]]:
    """``iterparse`` events from defusedxml, with its errors turned into ParseError."""
    tree = _defused()
    refused = importlib.import_module("defusedxml").DefusedXmlException
    stream = io.BytesIO(data) if isinstance(data, bytes) else data
    try:
        yield from tree.iterparse(stream, events=events, forbid_entities=True)
    except XMLParseError as error:
        line, column = error.position
        raise ParseError(f"invalid XML: {error}", name, line, column + 1) from None
    except refused as error:
        raise ParseError(f"refused XML: {error}", name) from None


def local(tag: str) -> str:
    """``{namespace}name`` -> ``name``."""
    return tag.rpartition("}")[2]


def child_text(element: Element, tag: str) -> str | None:
    """The text of the first child with this local name (``""`` when empty), or None."""
    for child in element:
        if local(child.tag) == tag:
            return child.text or ""
    return None


def child(element: Element, tag: str) -> Element | None:
    for item in element:
        if local(item.tag) == tag:
            return item
    return None
