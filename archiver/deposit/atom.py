"""The Atom entry sent with a deposit: Dublin Core terms from the article's metadata, then the target's own
fields from its template.

SWORD 2.0 (profile §6.3.2, §6.3.3) asks for Dublin Core terms as direct children of ``atom:entry``; Atom
(RFC 4287 §4.1.2) requires ``atom:id``, ``atom:title``, ``atom:updated`` and an ``atom:author``. The mapping
follows the field descriptions of :class:`~archiver.metadata.ArticleMetadata` (its JSON Schema names the
same terms): title, creators, issued/modified/created dates, publisher, language, identifier, source URL,
type, subjects, rights, description, contributors (credit lines). ``atom:updated`` is the capture time, not
the clock, so the same bag always gives the same entry.

A bag the tool did not make has no ``article-metadata.json``; its entry is made from ``bag-info.txt``
(``Title``/``External-Description``, ``Source-Organization``, ``Bagging-Date``).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from datetime import datetime

from archiver.deposit.errors import DepositError
from archiver.deposit.names import ATOM, DCTERMS
from archiver.deposit.source import BagSource
from archiver.deposit.targets import TargetConfig
from archiver.deposit.template import MissingValue, fill
from archiver.metadata import ArticleMetadata

__all__ = ["build_entry"]

#: IPTC item types as DCMI Type Vocabulary terms (dcterms:type).
DCMI_TYPES: Mapping[str, str] = {
    "text": "Text",
    "audio": "Sound",
    "video": "MovingImage",
    "picture": "StillImage",
    "graphic": "Image",
    "composite": "Collection",
}


def _iso(value: datetime | None) -> str | None:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ") if value else None


def _date_time(value: str | None) -> str | None:
    """A Bagging-Date (``YYYY-MM-DD``, RFC 8493 §2.2.2) as the RFC 3339 date-time Atom wants, or None."""
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return f"{value.strip()}T00:00:00Z"
    return None


def _joined(values: tuple[str, ...]) -> str | None:
    return "; ".join(values) if values else None


def entry_values(source: BagSource, package_name: str | None = None) -> dict[str, str | None]:
    """Every template field (:data:`archiver.deposit.template.FIELDS`) for this bag; None where unknown."""
    meta = source.metadata
    organization = source.info("Source-Organization")
    uuid = (
        source.identifier[len("urn:uuid:") :] if source.identifier.lower().startswith("urn:uuid:") else None
    )
    values: dict[str, str | None] = {
        "identifier": source.identifier,
        "uuid": uuid,
        "organization": organization,
        "bag_name": source.name,
        "package_name": package_name,
    }
    if meta is not None:
        values.update(_article_values(meta))
    else:
        title = source.info("Title") or source.info("External-Description")
        bagged = _date_time(source.info("Bagging-Date"))
        values.update({"title": title, "captured": bagged, "date": bagged})
    values["creator"] = values.get("authors") or values.get("publisher") or organization
    return values


def _article_values(meta: ArticleMetadata) -> dict[str, str | None]:
    dates = meta.dates
    return {
        "title": meta.title,
        "description": meta.description,
        "publisher": meta.publisher,
        "author": meta.authors[0] if meta.authors else None,
        "authors": _joined(meta.authors),
        "language": meta.language.code,
        "published": _iso(dates.published),
        "modified": _iso(dates.modified),
        "captured": _iso(dates.captured),
        "date": _iso(dates.published or dates.captured),
        "source_url": meta.source_url,
        "rights": meta.rights,
        "subjects": _joined(meta.subjects),
        "item_type": meta.item_type,
    }


def _add(parent: ET.Element, ns: str, name: str, text: str | None) -> None:
    if text:
        ET.SubElement(parent, f"{{{ns}}}{name}").text = text


def build_entry(source: BagSource, target: TargetConfig, package_name: str | None = None) -> bytes:
    """The Atom entry for ``source`` at ``target``, as UTF-8 bytes; raises DEPOSIT_TEMPLATE_VALUE when the
    target's template needs a value this bag lacks."""
    values = entry_values(source, package_name)
    ET.register_namespace("dcterms", DCTERMS)  # the prefix SWORD's examples use, instead of ns0
    entry = ET.Element(f"{{{ATOM}}}entry")
    title = values.get("title") or source.name
    _add(entry, ATOM, "title", title)
    _add(entry, ATOM, "id", source.identifier)
    _add(entry, ATOM, "updated", values.get("captured") or values.get("date") or "1970-01-01T00:00:00Z")
    meta = source.metadata
    authors = list(meta.authors) if meta and meta.authors else [values.get("creator") or "unknown"]
    for name in authors:
        author = ET.SubElement(entry, f"{{{ATOM}}}author")
        _add(author, ATOM, "name", name)
    if values.get("description"):
        ET.SubElement(entry, f"{{{ATOM}}}summary", {"type": "text"}).text = values["description"]
    _add(entry, DCTERMS, "title", title)
    for name in meta.authors if meta else ():
        _add(entry, DCTERMS, "creator", name)
    for field, term in (("published", "issued"), ("modified", "modified"), ("captured", "created")):
        _add(entry, DCTERMS, term, values.get(field))
    _add(entry, DCTERMS, "publisher", values.get("publisher"))
    _add(entry, DCTERMS, "language", values.get("language"))
    _add(entry, DCTERMS, "identifier", source.identifier)
    _add(entry, DCTERMS, "source", values.get("source_url"))
    if meta is not None:
        _add(entry, DCTERMS, "type", DCMI_TYPES.get(meta.item_type))
        for subject in meta.subjects:
            _add(entry, DCTERMS, "subject", subject)
        for credit in meta.credit_lines:
            _add(entry, DCTERMS, "contributor", credit)
    _add(entry, DCTERMS, "rights", values.get("rights"))
    _add(entry, DCTERMS, "description", values.get("description"))
    body = ET.tostring(entry, encoding="unicode", default_namespace=ATOM)
    extra = _template_part(source, target, values)
    if extra:
        body = _with_template(body, extra, target.namespaces)
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n").encode("utf-8")


def _template_part(source: BagSource, target: TargetConfig, values: Mapping[str, str | None]) -> str:
    if not target.atom_template.strip():
        return ""
    try:
        return fill(target.atom_template, values)
    except MissingValue as exc:
        wanted = " or ".join(f"{{{n}}}" for n in exc.alternatives)
        raise DepositError(
            "DEPOSIT_TEMPLATE_VALUE",
            f"the target's atom_template needs {wanted}, which this bag's metadata does not have",
            where=str(source.path),
            hint="give the placeholder a fallback, e.g. {source_url|identifier}",
        ) from None


def _with_template(body: str, extra: str, namespaces: Mapping[str, str]) -> str:
    """The serialized entry with the filled template inserted before ``</entry>``, the template's prefixes
    declared on the root element."""
    declared = "".join(
        f' xmlns:{prefix}="{uri}"' for prefix, uri in namespaces.items() if f"xmlns:{prefix}=" not in body
    )
    head, sep, tail = body.partition(">")
    body = head + declared + sep + tail
    closing = body.rindex("</")
    document = body[:closing] + extra + body[closing:]
    try:
        ET.fromstring(document)  # the values are escaped and the template was checked; this is the proof
    except ET.ParseError as exc:
        raise DepositError(
            "DEPOSIT_TEMPLATE_VALUE", f"the filled atom_template is not well-formed XML ({exc})"
        ) from None
    return document
