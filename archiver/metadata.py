"""ArticleMetadata: the one place the metadata rules live.

The model is frozen and forbids unknown fields, so a metadata file either means exactly what the schema says
or fails to load. Its JSON Schema export is published under ``schemas/article-metadata/<version>/`` and each
field's description names the Dublin Core term (``dcterms:``) and the schema.org ``NewsArticle`` property it
maps to, so the JSON can be crosswalked without reading this code.

Versioning: ``SCHEMA_VERSION`` follows semantic versioning. Adding an optional field is a minor change;
renaming, removing or tightening a field is a major one. Every released version's schema file stays committed.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from archiver.langtag import BCP47_PATTERN

# The schema's version and identifiers live in a module of their own, which loads no pydantic (issue 14).
from archiver.schema_ids import EARLIER_COMPATIBLE_VERSIONS as EARLIER_COMPATIBLE_VERSIONS
from archiver.schema_ids import JSON_SCHEMA_DIALECT as JSON_SCHEMA_DIALECT
from archiver.schema_ids import SCHEMA_BASE as SCHEMA_BASE
from archiver.schema_ids import SCHEMA_ID as SCHEMA_ID
from archiver.schema_ids import SCHEMA_VERSION as SCHEMA_VERSION

__all__ = [
    "EARLIER_COMPATIBLE_VERSIONS",
    "SCHEMA_BASE",
    "SCHEMA_ID",
    "SCHEMA_VERSION",
    "Agent",
    "ArticleMetadata",
    "Dateline",
    "Dates",
    "Language",
    "OriginalFile",
    "ReadingWarning",
    "json_schema",
    "read_metadata_json",
    "schema_id_of",
]

ItemType = Literal["text", "audio", "video", "picture", "graphic", "composite"]
LineEndings = Literal["LF", "CRLF", "CR", "mixed", "none"]

URN_PATTERN = r"^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:\S+$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"


def _require_utc(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("datetime must carry a timezone")
    return value.astimezone(UTC)


UtcDatetime = Annotated[datetime, AfterValidator(_require_utc)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False)


class Dateline(_Frozen):
    """The dateline that opens the body, as written. No year is ever added to ``date_text``."""

    raw: str = Field(
        description="The dateline exactly as it opens the body, e.g. 'BEIJING, Sept. 5 (Xinhua) --'."
    )
    place: str | None = Field(
        default=None, description="Place named by the dateline. dcterms:spatial; schema.org contentLocation."
    )
    agency: str | None = Field(
        default=None,
        description="News agency named by the dateline. dcterms:contributor; schema.org sourceOrganization.",
    )
    date_text: str | None = Field(
        default=None,
        description="The date as the dateline writes it (e.g. 'Sept. 5'), never completed with a year.",
    )


class Language(_Frozen):
    """The article's language and whether the source declared it or the tool detected it."""

    code: str = Field(
        pattern=BCP47_PATTERN, description="BCP 47 tag. dcterms:language; schema.org inLanguage."
    )
    detected: bool = Field(
        description=(
            "True when the tool detected the language: the source declared none, or declared one that its "
            "text clearly contradicts (a LANGUAGE_DECLARED_CONTRADICTED warning then names both)."
        )
    )


def _require_offset(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("datetime must carry the UTC offset the source stated")
    return value


#: The publication time as the source stated it, its UTC offset kept (not converted to UTC).
OffsetDatetime = Annotated[datetime, AfterValidator(_require_offset)]
#: An RFC 3339 date-time with its offset (``Z`` or ``±hh:mm``): what ``published_local`` holds, so a JSON
#: Schema validator refuses a value without one (``format`` alone is only an annotation in 2020-12).
OFFSET_DATETIME_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$"


class Dates(_Frozen):
    """When the article was published (when known) and when the tool captured it (always), in UTC; the
    publication time also as the source stated it, with its offset, when it stated one."""

    # ``published`` is an instant in UTC, so dates compare and sort across sources. But the day a reader of
    # the page saw is the local one: a page stating 2024-09-02T06:15:00+09:00 was published on 2 September,
    # though its UTC day is the 1st. ``published_local`` (schema 1.2.0) keeps that statement, offset and
    # all; where it is absent the source stated no offset, and ``published``'s day is the stated day.

    published: UtcDatetime | None = Field(
        default=None, description="Publication time, UTC. dcterms:issued; schema.org datePublished."
    )
    published_local: OffsetDatetime | None = Field(
        default=None,
        description=(
            "Publication time as the source stated it, with its UTC offset (e.g. 2024-09-02T06:15:00+09:00): "
            "its date is the local publication day. The same instant as published; absent when the source "
            "stated no offset. dcterms:issued; schema.org datePublished."
        ),
        json_schema_extra={"pattern": OFFSET_DATETIME_PATTERN},
    )
    modified: UtcDatetime | None = Field(
        default=None, description="Last modification, UTC. dcterms:modified; schema.org dateModified."
    )
    captured: UtcDatetime = Field(
        description="When the tool captured the article, UTC. dcterms:created of the package; schema.org sdDatePublished."
    )

    @model_validator(mode="after")
    def _local_is_published(self) -> Dates:
        """Two statements of one instant must agree: ``published_local`` only keeps the offset."""
        if self.published_local is not None and self.published_local != self.published:
            raise ValueError("dates.published_local must be the same instant as dates.published")
        return self


class OriginalFile(_Frozen):
    """The file the article came from, as received. Its bytes are preserved unchanged in the package."""

    filename: str = Field(
        min_length=1, description="File name as received. dcterms:source; schema.org name of the MediaObject."
    )
    size: int = Field(ge=0, description="Size in bytes. dcterms:extent; schema.org contentSize.")
    media_type: str = Field(
        description="IANA media type, e.g. 'text/plain'. dcterms:format; schema.org encodingFormat."
    )
    encoding: str = Field(description="Character encoding the text was decoded with, e.g. 'utf-8'.")
    has_bom: bool = Field(description="Whether the file starts with a byte-order mark.")
    line_endings: LineEndings = Field(description="Line-ending convention found in the file.")
    sha256: str = Field(
        pattern=SHA256_PATTERN, description="SHA-256 of the original bytes, hex. premis:fixity."
    )


class Agent(_Frozen):
    """The software that extracted this metadata (a PREMIS agent)."""

    name: str = Field(description="Software name. premis:agentName; schema.org SoftwareApplication name.")
    version: str = Field(description="Software version. premis:agentVersion; schema.org softwareVersion.")


class ReadingWarning(_Frozen):
    """Something doubtful the reader met; the package is still made, and the doubt is recorded."""

    code: str = Field(pattern=r"^[A-Z][A-Z0-9_]*$", description="Stable warning code (docs/error-codes.md).")
    message: str = Field(description="What was doubtful, in plain words.")


class ArticleMetadata(_Frozen):
    """Descriptive, technical and provenance metadata of one news article."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        title="ArticleMetadata",
        json_schema_extra={"$id": SCHEMA_ID},
    )

    schema_version: Literal["1.2.0"] = Field(
        default=SCHEMA_VERSION, description="Version of this metadata schema (semantic versioning)."
    )
    schema_id: Literal[
        "https://w3id.org/news-archiver/schemas/article-metadata/1.2.0/article-metadata.schema.json"
    ] = Field(default=SCHEMA_ID, description="The $id of the JSON Schema this document conforms to.")
    identifier: str = Field(
        pattern=URN_PATTERN,
        description="Persistent identifier of the article, a URN. dcterms:identifier; schema.org identifier.",
    )
    title: str = Field(min_length=1, description="Headline. dcterms:title; schema.org headline.")
    item_type: ItemType = Field(
        default="text", description="Kind of news item (IPTC). dcterms:type; schema.org @type of the item."
    )
    publisher: str | None = Field(
        default=None,
        description="The news outlet or source line, e.g. 'APD NEWS'. dcterms:publisher; schema.org publisher.",
    )
    credit_lines: tuple[str, ...] = Field(
        default=(),
        description="Credit lines as written, e.g. '(ASIA PACIFIC DAILY)'. dcterms:contributor; schema.org creditText.",
    )
    dateline: Dateline | None = Field(
        default=None, description="Dateline opening the body. schema.org dateline."
    )
    authors: tuple[str, ...] = Field(
        default=(), description="Authors' names. dcterms:creator; schema.org author."
    )
    language: Language = Field(description="Language of the text. dcterms:language; schema.org inLanguage.")
    dates: Dates = Field(description="Publication and capture times.")
    source_url: str | None = Field(
        default=None,
        description="URL the article was published at, when known. dcterms:source; schema.org url.",
    )
    subjects: tuple[str, ...] = Field(
        default=(), description="Subjects and keywords. dcterms:subject; schema.org keywords / about."
    )
    rights: str | None = Field(
        default=None, description="Rights statement. dcterms:rights; schema.org copyrightNotice / license."
    )
    description: str | None = Field(
        default=None, description="Summary given by the source. dcterms:description; schema.org description."
    )
    word_count: int = Field(ge=0, description="Words in the body. schema.org wordCount.")
    paragraph_count: int = Field(ge=0, description="Paragraphs in the body.")
    original: OriginalFile = Field(
        description="The file the article came from. dcterms:source; schema.org associatedMedia."
    )
    agent: Agent = Field(description="Software that extracted this metadata. premis:linkingAgentIdentifier.")
    warnings: tuple[ReadingWarning, ...] = Field(
        default=(), description="Doubts met while reading the article."
    )

    @field_validator("source_url")
    @classmethod
    def _absolute_url(cls, value: str | None) -> str | None:
        if value is not None and "://" not in value:
            raise ValueError("source_url must be an absolute URL")
        return value

    def to_json_bytes(self) -> bytes:
        """Canonical JSON: sorted keys would lose the deliberate field order, so keep model order, indent 2."""
        return (self.model_dump_json(indent=2, by_alias=True) + "\n").encode("utf-8")


def schema_id_of(version: str) -> str:
    """The ``$id`` of the article-metadata JSON Schema of ``version``."""
    return f"{SCHEMA_BASE}/article-metadata/{version}/article-metadata.schema.json"


def read_metadata_json(data: bytes | str) -> ArticleMetadata:
    """Load a metadata document of the current version or of an earlier compatible one.

    An earlier minor version's document is valid under the current rules once its ``schema_version`` and
    ``schema_id`` name the current schema (minor versions only widen), so it is read as that: callers that
    display or deposit an old bag's metadata need not know which version made it. Raises pydantic's
    ``ValidationError`` (or ``ValueError`` for JSON that is not an object) like ``model_validate_json``.
    """
    document = json.loads(data)
    if not isinstance(document, dict):
        raise ValueError("metadata JSON is not an object")
    version = document.get("schema_version")
    if version in EARLIER_COMPATIBLE_VERSIONS and document.get("schema_id") == schema_id_of(version):
        document = {**document, "schema_version": SCHEMA_VERSION, "schema_id": SCHEMA_ID}
    return ArticleMetadata.model_validate(document)


def json_schema() -> dict[str, object]:
    """The model's JSON Schema (draft 2020-12), with ``$schema`` and ``$id`` first."""
    body = ArticleMetadata.model_json_schema(by_alias=True, mode="validation")
    body.pop("$id", None)
    schema: dict[str, object] = {"$schema": JSON_SCHEMA_DIALECT, "$id": SCHEMA_ID}
    schema.update(body)
    return schema
