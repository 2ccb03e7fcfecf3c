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
