"""The fast yes/no schema check agrees with jsonschema, and refuses what it cannot check exactly."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from archiver.extract import build_metadata
from archiver.sources import read_path
from archiver.validation.schema_check import compile_schema

SCHEMAS = Path(__file__).parent.parent / "schemas" / "article-metadata"
SAMPLE = Path(__file__).parent.parent / "archiver" / "data" / "sample-article.txt"


def committed_schemas() -> list[Path]:
    return sorted(SCHEMAS.glob("*/article-metadata.schema.json"))


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def valid_document() -> dict[str, Any]:
    meta = build_metadata(read_path(SAMPLE), captured=datetime(2024, 3, 14, 12, 0, tzinfo=UTC))
    doc: dict[str, Any] = json.loads(meta.to_json_bytes())
    doc["dateline"] = {"raw": "BEIJING, Sept. 5 (Xinhua) --", "place": "BEIJING", "agency": "Xinhua"}
    doc["warnings"] = [{"code": "TITLE_LONG", "message": "a warning"}]
    return doc


LATEST = committed_schemas()[-1]
SCHEMA = load(LATEST)
CHECK = compile_schema(SCHEMA)
VALIDATOR = Draft202012Validator(SCHEMA)
BASE = valid_document()

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 5)
    | st.floats(-3, 3, allow_nan=False)
    | st.sampled_from([0.0, 1.0, -1.0, 2.5])
    | st.text(max_size=8)
    | st.sampled_from(["text", "LF", "en", "urn:x:1", "", "a" * 64, "0" * 64, "1.0.0", "UPPER_CODE"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


def paths_of(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in the document a value sits (object keys and array indexes)."""
    found = [prefix] if prefix else []
    if isinstance(doc, dict):
        for key, value in doc.items():
            found += paths_of(value, (*prefix, key))
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            found += paths_of(value, (*prefix, index))
    return found


def mutate(doc: dict[str, Any], where: tuple[Any, ...], action: str, value: Any) -> dict[str, Any]:
    out = copy.deepcopy(doc)
    parent: Any = out
    for step in where[:-1]:
        parent = parent[step]
    last = where[-1]
    if action == "set":
        parent[last] = value
    elif action == "delete":
        del parent[last]
    elif action == "add" and isinstance(parent, dict):
        parent[f"extra_{last}"] = value
    return out


def jsonschema_says_valid(doc: Any) -> bool:
    return not any(True for _ in VALIDATOR.iter_errors(doc))


def test_every_committed_schema_compiles() -> None:
    for path in committed_schemas():
        assert compile_schema(load(path)) is not None, path


def test_a_valid_document_passes_both() -> None:
    assert CHECK is not None
    assert jsonschema_says_valid(BASE)
    assert CHECK(BASE)


@settings(max_examples=400, deadline=None)
@given(
    where=st.sampled_from(paths_of(BASE)),
    action=st.sampled_from(["set", "delete", "add"]),
    value=json_values,
)
def test_agrees_with_jsonschema_on_damaged_documents(where: tuple[Any, ...], action: str, value: Any) -> None:
    assert CHECK is not None
    doc = mutate(BASE, where, action, value)
    assert CHECK(doc) == jsonschema_says_valid(doc), (where, action, value)


@given(value=json_values)
def test_agrees_with_jsonschema_on_any_document(value: Any) -> None:
    assert CHECK is not None
    assert CHECK(value) == jsonschema_says_valid(value)


@pytest.mark.parametrize(
    ("schema", "instance", "valid"),
    [
        ({"type": "integer"}, 1.0, True),  # JSON Schema's integers include 1.0
        ({"type": "integer"}, 1.5, False),
        ({"type": "integer"}, True, False),  # booleans are not numbers
        ({"type": "number"}, False, False),
        ({"minimum": 0}, -1, False),
        ({"minimum": 0}, "text", True),  # keywords ignore instances of other types
        ({"pattern": "b"}, "abc", True),  # patterns are not anchored
        ({"pattern": "^b"}, "abc", False),
        ({"minLength": 2}, "\u00e9", False),  # code points, not bytes
        ({"enum": ["a", None]}, None, True),
        ({"const": "a"}, "b", False),
        ({"items": {"type": "string"}}, ["a", 1], False),
        ({"required": ["a"]}, {}, False),
        ({"required": ["a"]}, [], True),
        ({"properties": {"a": {"type": "string"}}, "additionalProperties": False}, {"a": "x", "b": 1}, False),
        ({"anyOf": [{"type": "string"}, {"type": "null"}]}, 3, False),
        (
            {
                "$defs": {"n": {"anyOf": [{"type": "null"}, {"items": {"$ref": "#/$defs/n"}}]}},
                "$ref": "#/$defs/n",
            },
            [[None], [[]]],
            True,
        ),
        (
            {
                "$defs": {"n": {"anyOf": [{"type": "null"}, {"items": {"$ref": "#/$defs/n"}}]}},
                "$ref": "#/$defs/n",
            },
            [[1]],
            True,
        ),
        (
            {
                "$defs": {"n": {"type": ["null", "array"], "items": {"$ref": "#/$defs/n"}}},
                "$ref": "#/$defs/n",
            },
            [[1]],
            False,
        ),
        (True, 5, True),
        ({"not": {}}, 5, None),  # unsupported: no fast check at all
        ({"enum": [1, 2]}, 1, None),  # numeric equality is left to jsonschema
        ({"$ref": "https://example.org/other.json"}, 1, None),
        ({"format": "date-time"}, "not a date", True),  # an annotation in 2020-12
    ],
)
def test_keyword_semantics(schema: Any, instance: Any, valid: bool | None) -> None:
    check = compile_schema(schema)
    if valid is None:
        assert check is None
        return
    assert check is not None
    assert check(instance) is valid
    assert Draft202012Validator(schema).is_valid(instance) is valid
