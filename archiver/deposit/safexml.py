"""Parsing XML that a server sent: bounded, without DTDs or entities, and failing with one clear error.

Everything a SWORD server returns (service documents, receipts, statements, error documents) is read here.
None of those formats uses a DTD, so a document declaring one is refused outright: that closes the entity
expansion and external entity attacks (billion laughs, XXE) whatever the expat version does about them.
Size is bounded before parsing and depth while parsing, so hostile input costs little and never ends in a
``RecursionError`` or a traceback: callers get :class:`XmlError` and turn it into ``DEPOSIT_BAD_RESPONSE``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from xml.parsers import expat

__all__ = ["MAX_DEPTH", "XmlError", "local", "namespace", "parse_xml", "text_of"]

#: Larger than any service document, receipt or statement a real server sends.
MAX_XML_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 256


class XmlError(ValueError):
    """The bytes are not a well-formed, DTD-free XML document within the limits."""


def parse_xml(data: bytes) -> ET.Element:
    """The document's root element, names as ``{namespace}local``; raises :class:`XmlError`."""
    if len(data) > MAX_XML_BYTES:
        raise XmlError(f"document larger than {MAX_XML_BYTES} bytes")
    if not data.strip():
        raise XmlError("empty document")
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator="}")
    depth = 0

    def name(raw: str) -> str:
        return "{" + raw if "}" in raw else raw

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise XmlError(f"elements nested deeper than {MAX_DEPTH}")
        builder.start(name(tag), {name(k): v for k, v in attrs.items()})

    def end(tag: str) -> None:
        nonlocal depth
        depth -= 1
        builder.end(name(tag))

    def refuse_dtd(*_args: object) -> None:
        raise XmlError("document declares a DTD (not allowed in SWORD documents)")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = builder.data
    parser.StartDoctypeDeclHandler = refuse_dtd
    parser.EntityDeclHandler = refuse_dtd
    parser.ExternalEntityRefHandler = refuse_dtd  # type: ignore[assignment]
    try:
        parser.Parse(data, True)
        root = builder.close()
    except XmlError:
        raise
    except expat.ExpatError as exc:
        raise XmlError(f"not well-formed XML: {expat.ErrorString(exc.code)} at line {exc.lineno}") from None
    except (ValueError, AssertionError, RecursionError, MemoryError) as exc:
        raise XmlError(f"unreadable XML: {type(exc).__name__}") from None
    return root


def local(tag: str) -> str:
    """The local part of a ``{namespace}local`` name."""
    return tag.rpartition("}")[2]


def namespace(tag: str) -> str:
    return tag[1:].partition("}")[0] if tag.startswith("{") else ""


def text_of(element: ET.Element | None) -> str | None:
    """The element's text content (children's text included), stripped; None when absent or empty."""
    if element is None:
        return None
    value = "".join(element.itertext()).strip()
    return value or None
