"""Reading a SWORD 2.0 service document (profile §6.1; AtomPub RFC 5023 §8): what a server offers.

The client needs three things from it before sending a byte: that the collection exists for these
credentials, which packaging formats it accepts (``sword:acceptPackaging``, §7.1), and the largest upload
(``sword:maxUploadSize``, "in kB" says §6.1, although some servers send bytes: a target setting decides how
to read it). Unknown elements are ignored, as AtomPub asks; a document that is not a service document at
all raises :class:`~archiver.deposit.safexml.XmlError`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urljoin, urlsplit

from archiver.deposit.names import APP, ATOM, DCTERMS, SWORD_NAMESPACES
from archiver.deposit.safexml import XmlError, local, namespace, parse_xml, text_of

__all__ = [
    "Collection",
    "ServiceDocument",
    "SizeUnit",
    "accepts_media_type",
    "parse_service_document",
    "same_iri_key",
]

SizeUnit = Literal["kB", "bytes"]


@dataclass(frozen=True)
class Collection:
    """One ``app:collection``: a place deposits can be POSTed to (the Col-IRI)."""

    href: str
    title: str | None
    accept: tuple[str, ...]  # media types for plain deposits
    accept_multipart: tuple[str, ...]  # app:accept alternate="multipart-related"
    accept_packaging: tuple[str, ...]
    mediation: bool
    treatment: str | None
    policy: str | None
    abstract: str | None
    max_upload_size: int | None  # as written, when the collection gives its own
    services: tuple[str, ...]  # nested service documents (sword:service)

    def to_dict(self) -> dict[str, object]:
        return {
            "href": self.href,
            "title": self.title,
            "accept": list(self.accept),
            "accept_multipart": list(self.accept_multipart),
            "accept_packaging": list(self.accept_packaging),
            "mediation": self.mediation,
            "treatment": self.treatment,
            "policy": self.policy,
            "abstract": self.abstract,
            "max_upload_size": self.max_upload_size,
            "services": list(self.services),
        }


@dataclass(frozen=True)
class Workspace:
    title: str | None
    collections: tuple[Collection, ...]


@dataclass(frozen=True)
class ServiceDocument:
    url: str
    version: str | None
    max_upload_size: int | None  # as written (kB per the profile; bytes for some servers)
    workspaces: tuple[Workspace, ...]

    @property
    def collections(self) -> list[Collection]:
        return [c for w in self.workspaces for c in w.collections]

    def find(self, iri: str) -> Collection | None:
        """The collection whose href is ``iri`` (scheme and host case and a final slash do not matter)."""
        wanted = same_iri_key(iri)
        return next((c for c in self.collections if same_iri_key(c.href) == wanted), None)

    def max_upload_bytes(self, unit: SizeUnit, collection: Collection | None = None) -> int | None:
        """The upload limit in bytes, reading the number in ``unit``; None when the server states none."""
        raw = collection.max_upload_size if collection and collection.max_upload_size is not None else None
        raw = raw if raw is not None else self.max_upload_size
        if raw is None:
            return None
        return raw * 1024 if unit == "kB" else raw

    def to_dict(self, unit: SizeUnit = "kB") -> dict[str, object]:
        return {
            "url": self.url,
            "version": self.version,
            "max_upload_size": self.max_upload_size,
            "max_upload_bytes": self.max_upload_bytes(unit),
            "max_upload_unit": unit,
            "workspaces": [
                {"title": w.title, "collections": [c.to_dict() for c in w.collections]}
                for w in self.workspaces
            ],
        }


def same_iri_key(iri: str) -> str:
    """A comparison key for IRIs: lower-case scheme and host, no trailing slash."""
    try:
        parts = urlsplit(iri.strip())
    except ValueError:
        return iri.strip()
    path = parts.path.rstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{path}{query}"


def _children(parent: ET.Element, ns: str | frozenset[str], name: str) -> list[ET.Element]:
    spaces = {ns} if isinstance(ns, str) else ns
    return [c for c in parent if local(c.tag) == name and namespace(c.tag) in spaces]


def _first_text(parent: ET.Element, ns: str | frozenset[str], name: str) -> str | None:
    found = _children(parent, ns, name)
    return text_of(found[0]) if found else None


def _size(parent: ET.Element) -> int | None:
    value = _first_text(parent, SWORD_NAMESPACES, "maxUploadSize")
    if value is None:
        return None
    if not value.isdigit() or len(value) > 18:
        raise XmlError(f"sword:maxUploadSize is not a whole number: {value[:40]!r}")
    return int(value)


def _href(element: ET.Element, base: str, what: str) -> str:
    href = (element.get("href") or "").strip()
    if not href:
        raise XmlError(f"{what} without an href")
    try:
        resolved = urljoin(base, href)
    except ValueError:
        raise XmlError(f"{what} with an unusable href {href[:80]!r}") from None
    if urlsplit(resolved).scheme not in ("http", "https"):
        raise XmlError(f"{what} href is not an http(s) IRI: {href[:80]!r}")
    return resolved


def _collection(element: ET.Element, base: str) -> Collection:
    href = _href(element, base, "app:collection")
    accepts = _children(element, APP, "accept")
    plain = tuple(a for a in (text_of(x) for x in accepts if x.get("alternate") is None) if a)
    multipart = tuple(
        a for a in (text_of(x) for x in accepts if x.get("alternate") == "multipart-related") if a
    )
    packaging = tuple(
        p for p in (text_of(x) for x in _children(element, SWORD_NAMESPACES, "acceptPackaging")) if p
    )
    services = tuple(
        urljoin(base, s) for s in (text_of(x) for x in _children(element, SWORD_NAMESPACES, "service")) if s
    )
    mediation = (_first_text(element, SWORD_NAMESPACES, "mediation") or "false").lower() == "true"
    return Collection(
        href=href,
        title=_first_text(element, ATOM, "title"),
        accept=plain,
        accept_multipart=multipart,
        accept_packaging=packaging,
        mediation=mediation,
        treatment=_first_text(element, SWORD_NAMESPACES, "treatment"),
        policy=_first_text(element, SWORD_NAMESPACES, "collectionPolicy"),
        abstract=_first_text(element, DCTERMS, "abstract"),
        max_upload_size=_size(element),
        services=services,
    )


def parse_service_document(data: bytes, url: str) -> ServiceDocument:
    """The service document in ``data``, fetched from ``url`` (relative hrefs resolve against it)."""
    root = parse_xml(data)
    if local(root.tag) != "service" or namespace(root.tag) != APP:
        raise XmlError(f"not an AtomPub service document (root element {local(root.tag)[:40]!r})")
    workspaces = tuple(
        Workspace(
            title=_first_text(ws, ATOM, "title"),
            collections=tuple(_collection(c, url) for c in _children(ws, APP, "collection")),
        )
        for ws in _children(root, APP, "workspace")
    )
    return ServiceDocument(
        url=url,
        version=_first_text(root, SWORD_NAMESPACES, "version"),
        max_upload_size=_size(root),
        workspaces=workspaces,
    )


def accepts_media_type(accepted: tuple[str, ...], media_type: str) -> bool:
    """Whether ``app:accept`` values admit ``media_type`` (``*/*`` and ``type/*`` ranges included). No
    ``app:accept`` at all admits anything: AtomPub (RFC 5023 §8.3.4) reads that as Atom entries only, but
    SWORD servers that omit it take packages all the same."""
    if not accepted:
        return True
    main = media_type.split("/", 1)[0]
    for value in accepted:
        for item in value.split(","):
            kind = item.split(";", 1)[0].strip().lower()
            if kind in ("*/*", media_type.lower(), f"{main.lower()}/*"):
                return True
    return False
