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
from typing import Annotated, Any, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from archiver.langtag import BCP47_PATTERN

# The schema's version and identifiers live in a module of their own, which loads no pydantic (issue 14).
from archiver.schema_ids import EARLIER_COMPATIBLE_VERSIONS as EARLIER_COMPATIBLE_VERSIONS
from archiver.schema_ids import (
    EXTRACTED_FIELDS,
    ExtractedField,
    ExtractionRule,
    ExtractionTool,
    FieldSource,
    TextExtractor,
)
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
    "Extraction",
    "ExtractionSoftware",
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


def _fields_as_properties(schema: dict[str, Any]) -> None:
    """Spell ``extraction.fields``'s keys as named properties (``additionalProperties: false``) rather than
    ``propertyNames``: the same rule, in the keywords the fast schema check of ``archiver validate``
    handles exactly (:mod:`archiver.validation.schema_check`), each field name listed where readers of the
    schema look, and each with the sources it may have (a tool for ``main_text``, a rule for the others,
    as :meth:`Extraction._main_text_by_a_listed_tool` checks)."""
    schema.pop("propertyNames", None)
    schema.pop("additionalProperties", None)
    rules = {"type": "string", "enum": list(get_args(ExtractionRule))}
    tools = {"type": "string", "enum": list(get_args(TextExtractor))}
    schema["properties"] = {name: tools if name == "main_text" else rules for name in EXTRACTED_FIELDS}
    schema["additionalProperties"] = False


class ExtractionSoftware(_Frozen):
    """One tool that read the article: our HTML or text reader, trafilatura, or the language detector."""

    name: ExtractionTool = Field(
        description="Tool name. premis:agentName of an agent of the extraction; schema.org SoftwareApplication name."
    )
    version: str = Field(
        min_length=1, description="Tool version. premis:agentVersion; schema.org softwareVersion."
    )


class Extraction(_Frozen):
    """How the metadata was obtained: the tools that read the article and, per field, where its value was
    found. The field names and the sources are fixed lists (``archiver.schema_ids``), so the record can be
    counted and compared across packages."""

    # Neither Dublin Core, schema.org nor PREMIS has a term for "which rule of which tool gave this field":
    # the nearest are PREMIS's eventDetailInformation of the extraction event and PROV's wasDerivedFrom,
    # both too coarse (a whole event, a whole entity). The descriptions say so rather than map loosely.

    tools: tuple[ExtractionSoftware, ...] = Field(
        description=(
            "The software that read the article, with versions: archiver-html-reader or archiver-text-reader, "
            "trafilatura when it extracted the main text, and lingua-language-detector when it detected the "
            "language (schema 1.3.0). premis:linkingAgentIdentifier of the extraction."
        ),
    )
    fields: dict[ExtractedField, FieldSource] = Field(
        description=(
            "Per metadata field found, where its value came from; a field not found has no entry "
            "(published and modified are dates.published and dates.modified; main_text is the extracted text). "
            "Sources: json-ld, microdata (schema.org structured data); rdfa (RDFa property attributes, "
            "schema.org and Dublin Core; schema 1.3.0); opengraph (og:* and article:* "
            "properties); meta (other <meta>s: author, description, twitter:*, dc.*, content-language); "
            "html-lang (<html lang>); canonical-link (<link rel=canonical>); title-tag (<title>); h1; byline (a "
            "visible 'By ...' line); rel-author (rel=author links); url (the day in the page's URL); "
            "time-element (<time datetime>); text (a date line near the headline or byline); title-line, "
            "source-line (a text article's first line, its source line); detected (language detected from the "
            "text); given (the URL given by the caller or fetched). main_text names the tool that extracted "
            "it. No exact Dublin Core, schema.org or PREMIS term (nearest: premis:eventDetailInformation, "
            "prov:wasDerivedFrom)."
        ),
        json_schema_extra=_fields_as_properties,
    )

    @model_validator(mode="after")
    def _main_text_by_a_listed_tool(self) -> Extraction:
        """A tool name is only the main text's source, and only a tool listed in ``tools`` extracted it."""
        if not self.tools:
            raise ValueError("extraction.tools names no tool")
        tools = {tool.name for tool in self.tools}
        for name, source in self.fields.items():
            is_tool = source in get_args(TextExtractor)
            if (name == "main_text") != is_tool:
                raise ValueError(f"extraction.fields.{name} cannot be {source!r}")
            if is_tool and source not in tools:
                raise ValueError(
                    f"extraction.fields.{name} names {source!r}, which is not in extraction.tools"
                )
        return self


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

    schema_version: Literal["1.3.0"] = Field(
        default=SCHEMA_VERSION, description="Version of this metadata schema (semantic versioning)."
    )
    schema_id: Literal[
        "https://w3id.org/news-archiver/schemas/article-metadata/1.3.0/article-metadata.schema.json"
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
    extraction: Extraction | None = Field(
        default=None,
        description=(
            "How each field was obtained: the tools that read the article and the source of each field found "
            "(schema 1.2.0; absent from older documents). Provenance: no exact Dublin Core, schema.org or "
            "PREMIS term."
        ),
    )
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
