"""The metadata model and its published JSON Schema."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import jsonschema
import pytest
from pydantic import ValidationError

from archiver import metadata, schemas
from archiver.metadata import SCHEMA_ID, ArticleMetadata

REPO = Path(__file__).resolve().parent.parent


def minimal(**overrides: object) -> ArticleMetadata:
    data: dict[str, object] = {
        "identifier": "urn:uuid:6f1c1d6e-4a57-5b0b-9d8e-2a0f3e0c9b11",
        "title": "A headline",
        "language": {"code": "en", "detected": True},
        "dates": {"captured": datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)},
        "word_count": 2,
        "paragraph_count": 1,
        "original": {
            "filename": "a.txt",
            "size": 10,
            "media_type": "text/plain",
            "encoding": "utf-8",
            "has_bom": False,
            "line_endings": "LF",
            "sha256": "0" * 64,
        },
        "agent": {"name": "archiver", "version": "0.1.0"},
    }
    data.update(overrides)
    return ArticleMetadata.model_validate(data)


def test_schema_id_names_version() -> None:
    assert f"{metadata.SCHEMA_BASE}/article-metadata/{metadata.SCHEMA_VERSION}/" in SCHEMA_ID


def test_committed_schema_files_equal_model_export() -> None:
    """The published files must be exactly what the code exports (run `archiver schema export`)."""
    assert schemas.check(REPO / "schemas") == []


def test_every_released_schema_version_stays_committed() -> None:
    versions = sorted(p.name for p in (REPO / "schemas" / "article-metadata").iterdir())
    assert metadata.SCHEMA_VERSION in versions


def test_schema_is_draft_2020_12_with_id() -> None:
    schema = metadata.json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_ID
    jsonschema.Draft202012Validator.check_schema(schema)


def test_instance_validates_against_committed_schema() -> None:
    path = REPO / "schemas" / "article-metadata" / metadata.SCHEMA_VERSION / "article-metadata.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    instance = json.loads(minimal().to_json_bytes())
    jsonschema.Draft202012Validator(schema).validate(instance)
    assert instance["schema_id"] == SCHEMA_ID


def test_model_is_frozen_and_forbids_extra_fields() -> None:
    meta = minimal()
    with pytest.raises(ValidationError):
        meta.title = "changed"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        minimal(unknown_field=1)


def test_dates_are_normalised_to_utc_and_need_a_timezone() -> None:
    plus2 = timezone(timedelta(hours=2))
    meta = minimal(dates={"captured": datetime(2024, 1, 2, 5, 0, tzinfo=plus2)})
    assert meta.dates.captured == datetime(2024, 1, 2, 3, 0, tzinfo=UTC)
    assert meta.dates.captured.utcoffset() == timedelta(0)
    with pytest.raises(ValidationError):
        minimal(dates={"captured": datetime(2024, 1, 2)})


@pytest.mark.parametrize("bad", ["not-a-urn", "urn:x", "urn::abc", "urn:uuid:has space"])
def test_identifier_must_be_a_urn(bad: str) -> None:
    with pytest.raises(ValidationError):
        minimal(identifier=bad)


@pytest.mark.parametrize("tag", ["en", "en-GB", "zh-Hans-CN", "und", "es-419"])
def test_bcp47_tags_accepted(tag: str) -> None:
    assert minimal(language={"code": tag, "detected": False}).language.code == tag


def test_source_url_must_be_absolute() -> None:
    with pytest.raises(ValidationError):
        minimal(source_url="example.org/page")


def test_field_descriptions_map_to_dublin_core_and_schema_org() -> None:
    props = metadata.json_schema()["properties"]
    assert isinstance(props, dict)
    for name in (
        "identifier",
        "title",
        "publisher",
        "authors",
        "language",
        "subjects",
        "rights",
        "source_url",
    ):
        description = props[name]["description"]
        assert "dcterms:" in description, name
        assert "schema.org" in description, name


def test_json_round_trip() -> None:
    meta = minimal(credit_lines=["(AGENCY)"], authors=["A. Writer"])
    again = ArticleMetadata.model_validate_json(meta.to_json_bytes())
    assert again == meta


# --- schema 1.2.0: the publication time as stated (issue 16) ---------------------------------------------

PLUS9 = timezone(timedelta(hours=9))


def _committed(version: str) -> dict[str, object]:
    path = REPO / "schemas" / "article-metadata" / version / "article-metadata.schema.json"
    loaded: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def test_published_local_keeps_the_offset_and_its_day() -> None:
    local = datetime(2024, 9, 2, 6, 15, tzinfo=PLUS9)
    meta = minimal(
        dates={"captured": datetime(2025, 1, 1, tzinfo=UTC), "published": local, "published_local": local}
    )
    assert meta.dates.published == datetime(2024, 9, 1, 21, 15, tzinfo=UTC)  # UTC, as always
    assert meta.dates.published_local is not None and meta.dates.published_local.utcoffset() == timedelta(
        hours=9
    )
    instance = json.loads(meta.to_json_bytes())
    assert instance["dates"]["published"] == "2024-09-01T21:15:00Z"
    assert instance["dates"]["published_local"] == "2024-09-02T06:15:00+09:00"
    jsonschema.Draft202012Validator(_committed(metadata.SCHEMA_VERSION)).validate(instance)
    assert metadata.read_metadata_json(meta.to_json_bytes()) == meta


def test_published_local_needs_an_offset_and_the_same_instant() -> None:
    captured = datetime(2025, 1, 1, tzinfo=UTC)
    with pytest.raises(ValidationError):  # no offset: nothing local to keep
        minimal(
            dates={
                "captured": captured,
                "published": datetime(2024, 9, 2, tzinfo=UTC),
                "published_local": datetime(2024, 9, 2),
            }
        )
    with pytest.raises(ValidationError):  # another instant than published
        minimal(
            dates={
                "captured": captured,
                "published": datetime(2024, 9, 2, 6, 15, tzinfo=UTC),
                "published_local": datetime(2024, 9, 2, 6, 15, tzinfo=PLUS9),
            }
        )
    with pytest.raises(ValidationError):  # a local time of no publication time
        minimal(dates={"captured": captured, "published_local": datetime(2024, 9, 2, 6, 15, tzinfo=PLUS9)})


def test_the_committed_schema_refuses_a_published_local_without_offset() -> None:
    instance = json.loads(minimal().to_json_bytes())
    instance["dates"]["published"] = "2024-09-01T21:15:00Z"
    instance["dates"]["published_local"] = "2024-09-02T06:15:00"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(_committed(metadata.SCHEMA_VERSION)).validate(instance)


def test_build_metadata_stores_utc_and_the_time_as_stated() -> None:
    from archiver.extract import build_metadata
    from archiver.sources import parse_bytes

    def page(date: str) -> bytes:
        ld = f'{{"@type":"NewsArticle","headline":"Lake festival","datePublished":"{date}"}}'
        return (
            f'<html lang="en"><head><script type="application/ld+json">{ld}</script></head>'
            "<body><article><p>The lake festival opened on a cold morning with a crowd of two hundred.</p>"
            "</article></body></html>"
        ).encode()

    captured = datetime(2025, 1, 1, tzinfo=UTC)
    local = build_metadata(parse_bytes(page("2024-09-02T06:15:00+09:00"), "a.html"), captured=captured)
    assert local.dates.published == datetime(2024, 9, 1, 21, 15, tzinfo=UTC)
    assert local.dates.published_local is not None
    assert local.dates.published_local.isoformat() == "2024-09-02T06:15:00+09:00"
    naive = build_metadata(parse_bytes(page("2024-09-02"), "a.html"), captured=captured)
    assert naive.dates.published == datetime(2024, 9, 2, tzinfo=UTC)
    assert naive.dates.published_local is None  # no offset stated: published's day is the stated day


def test_a_1_1_0_document_reads_as_current_and_stays_valid_under_its_schema() -> None:
    document = json.loads(minimal().to_json_bytes())
    document["schema_version"] = "1.1.0"
    document["schema_id"] = metadata.schema_id_of("1.1.0")
    del document["dates"]["published_local"]  # 1.1.0 had neither field
    del document["extraction"]
    jsonschema.Draft202012Validator(_committed("1.1.0")).validate(document)
    meta = metadata.read_metadata_json(json.dumps(document))
    assert meta.schema_version == metadata.SCHEMA_VERSION == "1.3.0"
    assert "1.1.0" in metadata.EARLIER_COMPATIBLE_VERSIONS


def test_the_profile_names_the_current_schema_and_knows_the_earlier_one() -> None:
    from archiver import own_profile

    assert own_profile.PROFILE_VERSION == "1.3.0"
    assert any("/bagit-profile/1.1.0/" in known for known in own_profile.EARLIER_PROFILE_IDS)
    assert (REPO / "schemas" / "bagit-profile" / "1.1.0" / "news-archiver-bagit-profile.json").is_file()


def test_the_schema_lists_the_extraction_vocabulary_from_its_one_place() -> None:
    """extraction.fields names each recorded field, and each field the sources it may have: the rules for
    every field, the tools for main_text; both lists come from archiver.schema_ids."""
    from typing import get_args

    from archiver.schema_ids import EXTRACTED_FIELDS, ExtractionRule, ExtractionTool, TextExtractor

    defs = metadata.json_schema()["$defs"]
    assert isinstance(defs, dict)
    fields = defs["Extraction"]["properties"]["fields"]
    assert list(fields["properties"]) == list(EXTRACTED_FIELDS)
    assert fields["additionalProperties"] is False
    assert fields["properties"]["title"]["enum"] == list(get_args(ExtractionRule))
    assert fields["properties"]["main_text"]["enum"] == list(get_args(TextExtractor))
    assert defs["ExtractionSoftware"]["properties"]["name"]["enum"] == list(get_args(ExtractionTool))
    assert "PREMIS" in metadata.json_schema()["properties"]["extraction"]["description"]  # type: ignore[index]
