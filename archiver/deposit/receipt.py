"""Reading a deposit receipt (SWORD 2.0 profile §10): the IRIs a client uses for everything that follows.

A receipt is an Atom entry. The profile requires the Edit-IRI (``link rel="edit"``), the EM-IRI
(``rel="edit-media"``) and the SE-IRI (``rel="http://purl.org/net/sword/terms/add"``), and a statement link
(``rel=".../statement"``) or an embedded statement. Servers leave some out (Software Heritage has no
statement and puts its state document under ``rel="alternate"``), so every IRI is optional here and the caller
decides which it needs. Relative hrefs resolve against the URL the receipt came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from archiver.deposit.names import (
    ATOM,
    REL_ADD,
    REL_ALTERNATE,
    REL_EDIT,
    REL_EDIT_MEDIA,
    REL_STATEMENT,
    SWH,
    SWORD_NAMESPACES,
)
from archiver.deposit.safexml import XmlError, local, namespace, parse_xml, text_of

__all__ = ["Receipt", "parse_receipt"]


@dataclass(frozen=True)
class Receipt:
    edit_iri: str | None
    em_iri: str | None
    se_iri: str | None
    cont_iri: str | None  # atom:content/@src
    statements: tuple[tuple[str, str], ...]  # (media type, IRI) of each statement link
    alternate: str | None
    packaging: tuple[str, ...]
    treatment: str | None
    swh_status: str | None  # Software Heritage's sd:deposit_status, when the receipt carries one
    swh_deposit_id: str | None


def _link_rel(rel: str) -> str:
    # A bare relation name is an IANA one; SWORD's own are full IRIs (RFC 4287 §4.2.7.2).
    return rel.strip() or REL_ALTERNATE


def _resolve(base: str, href: str) -> str | None:
    href = href.strip()
    if not href:
        return None
    try:
        resolved = urljoin(base, href)
    except ValueError:
        return None
    return resolved if urlsplit(resolved).scheme in ("http", "https") else None


def parse_receipt(data: bytes, url: str) -> Receipt:
    """The receipt in ``data`` (an Atom entry), received from ``url``; raises XmlError otherwise."""
    root = parse_xml(data)
    if local(root.tag) != "entry" or namespace(root.tag) != ATOM:
        raise XmlError(f"not an Atom entry (root element {local(root.tag)[:40]!r})")
    links: dict[str, str] = {}
    statements: list[tuple[str, str]] = []
    for link in root.findall(f"{{{ATOM}}}link"):  # the entry's own links, not nested ones
        rel = _link_rel(link.get("rel", ""))
        href = _resolve(url, link.get("href", ""))
        if href is None:
            continue
        if rel == REL_STATEMENT:
            statements.append(((link.get("type") or "").strip(), href))
        elif rel not in links:  # the first of each relation counts
            links[rel] = href
    content = root.find(f"{{{ATOM}}}content")
    cont_iri = _resolve(url, content.get("src", "")) if content is not None else None
    packaging = tuple(
        p
        for p in (
            text_of(e) for e in root if local(e.tag) == "packaging" and namespace(e.tag) in SWORD_NAMESPACES
        )
        if p
    )
    treatment = next(
        (text_of(e) for e in root if local(e.tag) == "treatment" and namespace(e.tag) in SWORD_NAMESPACES),
        None,
    )
    return Receipt(
        edit_iri=links.get(REL_EDIT),
        em_iri=links.get(REL_EDIT_MEDIA),
        se_iri=links.get(REL_ADD),
        cont_iri=cont_iri,
        statements=tuple(statements),
        alternate=links.get(REL_ALTERNATE),
        packaging=packaging,
        treatment=treatment,
        swh_status=text_of(root.find(f"{{{SWH}}}deposit_status")),
        swh_deposit_id=text_of(root.find(f"{{{SWH}}}deposit_id")),
    )
