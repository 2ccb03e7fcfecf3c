"""The published names of the metadata schema: its version and its persistent identifiers.

Constants only, kept apart from :mod:`archiver.metadata` (which defines the pydantic model and re-exports
them) so that code which only names the schema (the BagIt profile, the validators) does not load pydantic:
``archiver validate`` of a bag needs the names, not the model (issue 14).
"""

from __future__ import annotations

from typing import Final

__all__ = ["EARLIER_COMPATIBLE_VERSIONS", "JSON_SCHEMA_DIALECT", "SCHEMA_BASE", "SCHEMA_ID", "SCHEMA_VERSION"]

SCHEMA_VERSION: Final = "1.2.0"
#: Persistent identifiers under w3id.org, the permanent-URL service used by preservation projects.
SCHEMA_BASE: Final = "https://w3id.org/news-archiver/schemas"
SCHEMA_ID: Final = (
    "https://w3id.org/news-archiver/schemas/article-metadata/1.2.0/article-metadata.schema.json"
)
#: Earlier versions of the same major version. Each minor version only added optional fields or widened a
#: rule, so a document of any of them reads as the current version (:func:`archiver.metadata.read_metadata_json`).
#: 1.1.0 accepted every BCP 47 tag; 1.2.0 added ``dates.published_local`` (the publication time with the
#: offset the source stated).
EARLIER_COMPATIBLE_VERSIONS: Final = ("1.0.0", "1.1.0")
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
