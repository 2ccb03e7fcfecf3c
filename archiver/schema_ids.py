"""The published names of the metadata schema: its version and its persistent identifiers.

Constants only, kept apart from :mod:`archiver.metadata` (which defines the pydantic model and re-exports
them) so that code which only names the schema (the BagIt profile, the validators) does not load pydantic:
``archiver validate`` of a bag needs the names, not the model (issue 14).
"""

from __future__ import annotations

from typing import Final, Literal, get_args

__all__ = [
    "EARLIER_COMPATIBLE_VERSIONS",
    "EXTRACTED_FIELDS",
    "FIELD_SOURCES",
    "JSON_SCHEMA_DIALECT",
    "SCHEMA_BASE",
    "SCHEMA_ID",
    "SCHEMA_VERSION",
    "ExtractedField",
    "ExtractionRule",
    "ExtractionTool",
    "FieldSource",
    "LanguageModel",
    "TextExtractor",
]

SCHEMA_VERSION: Final = "1.3.0"
#: Persistent identifiers under w3id.org, the permanent-URL service used by preservation projects.
SCHEMA_BASE: Final = "https://w3id.org/news-archiver/schemas"
SCHEMA_ID: Final = (
    "https://w3id.org/news-archiver/schemas/article-metadata/1.3.0/article-metadata.schema.json"
)
#: Earlier versions of the same major version. Each minor version only added optional fields or widened a
#: rule, so a document of any of them reads as the current version (:func:`archiver.metadata.read_metadata_json`).
#: 1.1.0 accepted every BCP 47 tag; 1.2.0 added ``dates.published_local`` (the publication time with the
#: offset the source stated) and ``extraction`` (which tool and which rule gave each field); 1.3.0 added a
#: tool name, the language detector ``lingua-language-detector``, and a rule, ``rdfa``.
EARLIER_COMPATIBLE_VERSIONS: Final = ("1.0.0", "1.1.0", "1.2.0")
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

# --- the extraction vocabulary (schema 1.2.0, 1.3.0) -----------------------------------------------------------
# Published words, like the identifiers above: the readers (archiver.sources) record them and the model
# (archiver.metadata) lists them in the JSON Schema, so both take them from here and neither spells them out.
# Adding a word is a minor schema version; renaming or removing one is a major one.

#: The metadata fields whose origin is recorded. Named as in the metadata (``published`` and ``modified`` are
#: ``dates.published`` and ``dates.modified``); ``main_text`` is the extracted text.
ExtractedField = Literal[
    "title",
    "authors",
    "published",
    "modified",
    "language",
    "publisher",
    "source_url",
    "rights",
    "description",
    "main_text",
]
#: The software that extracted the main text: the project's own readers (at the archiver's version) and the
#: optional extractor trafilatura (``--trafilatura``), at the versions that ran.
TextExtractor = Literal["archiver-html-reader", "archiver-text-reader", "trafilatura"]
#: The optional statistical language detector (``news-archiver[language]``; schema 1.3.0), named where it
#: found the language.
LanguageModel = Literal["lingua-language-detector"]
#: Every tool ``extraction.tools`` may name.
ExtractionTool = Literal[TextExtractor, LanguageModel]
#: The rule of a reader that found a field's value. HTML: ``json-ld`` (schema.org JSON-LD), ``microdata``
#: (schema.org microdata), ``rdfa`` (RDFa ``property`` attributes: schema.org and Dublin Core; schema
#: 1.3.0), ``opengraph`` (``og:*`` and ``article:*`` properties), ``meta`` (other
#: ``<meta>``s: ``name=author``, ``description``, ``twitter:*``, Dublin Core ``dc.*``, ``content-language``),
#: ``html-lang`` (``<html lang>``), ``canonical-link`` (``<link rel=canonical>``), ``title-tag``
#: (``<title>``), ``h1`` (the first ``<h1>``), ``byline`` (a visible byline, "By A and B"), ``rel-author``
#: (``rel=author`` link texts), ``url`` (the day in the page's URL), ``time-element`` (a ``<time
#: datetime>``), ``text`` (a date line written near the headline or byline). Plain text: ``title-line``
#: (the first line), ``byline``, ``source-line`` (the source line under the title). Any input:
#: ``detected`` (the language, detected from the text), ``given`` (stated by the caller: the URL given with
#: ``--url`` or the address fetched).
ExtractionRule = Literal[
    "json-ld",
    "microdata",
    "rdfa",
    "opengraph",
    "meta",
    "html-lang",
    "canonical-link",
    "title-tag",
    "h1",
    "byline",
    "rel-author",
    "url",
    "time-element",
    "text",
    "title-line",
    "source-line",
    "detected",
    "given",
]
#: What a field's entry names: the rule that found it, or for ``main_text`` the tool that extracted it (a
#: detected language is ``detected``; the detector, if a model, is among the tools).
FieldSource = Literal[ExtractionRule, TextExtractor]
EXTRACTED_FIELDS: Final[tuple[ExtractedField, ...]] = get_args(ExtractedField)
FIELD_SOURCES: Final[tuple[FieldSource, ...]] = get_args(FieldSource)
