"""The namespaces and IRIs of SWORD 2.0 (profile §4, §5, §12.1) and of the servers' own extensions.

SWORD 1.3 and several 2.0 examples use ``http://purl.org/net/sword/`` for the elements that 2.0 puts in
``http://purl.org/net/sword/terms/``; servers in the wild send both, so readers accept both.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "APP",
    "ATOM",
    "DCTERMS",
    "ERROR_BASE",
    "PACKAGING",
    "RDF",
    "REL_ADD",
    "REL_ALTERNATE",
    "REL_EDIT",
    "REL_EDIT_MEDIA",
    "REL_STATEMENT",
    "SWH",
    "SWORD_NAMESPACES",
    "packaging_iri",
    "packaging_name",
]

ATOM: Final = "http://www.w3.org/2005/Atom"
APP: Final = "http://www.w3.org/2007/app"
DCTERMS: Final = "http://purl.org/dc/terms/"
SWORD: Final = "http://purl.org/net/sword/terms/"
SWORD_NAMESPACES: Final = frozenset({SWORD, "http://purl.org/net/sword/"})
RDF: Final = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
ORE: Final = "http://www.openarchives.org/ore/terms/"
#: Software Heritage's deposit namespace (its receipts and State-IRI documents).
SWH: Final = "https://www.softwareheritage.org/schema/2018/deposit"

PACKAGE_BASE: Final = "http://purl.org/net/sword/package/"
#: Short names a target may use for the packaging IRIs (profile §5; BagIt is registered under the same root).
PACKAGING: Final = {
    "BagIt": PACKAGE_BASE + "BagIt",
    "SimpleZip": PACKAGE_BASE + "SimpleZip",
    "Binary": PACKAGE_BASE + "Binary",
}
ERROR_BASE: Final = "http://purl.org/net/sword/error/"

REL_EDIT: Final = "edit"
REL_EDIT_MEDIA: Final = "edit-media"
REL_ADD: Final = SWORD + "add"  # the SE-IRI (profile §10)
REL_STATEMENT: Final = SWORD + "statement"
REL_ALTERNATE: Final = "alternate"


def packaging_iri(name: str) -> str:
    """A packaging setting as an IRI: a short name from :data:`PACKAGING`, else the value as given."""
    return PACKAGING.get(name, name)


def packaging_name(iri: str) -> str:
    """The short name of a packaging IRI where it has one, for messages."""
    return next((short for short, full in PACKAGING.items() if full == iri), iri)
