"""Language tags (RFC 5646) and metadata schema 1.1.0: every well-formed tag is accepted by the model, the
published schema and the readers alike; bags made under schema 1.0.0 stay valid."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from archiver import metadata
from archiver.langtag import BCP47_RE, IRREGULAR_TAGS
from archiver.metadata import SCHEMA_ID, SCHEMA_VERSION, Language, read_metadata_json, schema_id_of
from archiver.sources.language import normalize_bcp47
from tests.test_cli import run

REPO = Path(__file__).resolve().parent.parent
OLD_BAG = REPO / "tests" / "fixtures" / "packages" / "profile-1.0.0"
SCHEMA = json.loads(
    (REPO / "schemas" / "article-metadata" / SCHEMA_VERSION / "article-metadata.schema.json").read_text()
)
SCHEMA_1_0_0 = json.loads(
    (REPO / "schemas" / "article-metadata" / "1.0.0" / "article-metadata.schema.json").read_text()
)
LANGUAGE_PATTERN = SCHEMA["$defs"]["Language"]["properties"]["code"]["pattern"]


def _alpha(low: int, high: int) -> st.SearchStrategy[str]:
    return st.text(
        st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"), min_size=low, max_size=high
    )


def _alnum(low: int, high: int) -> st.SearchStrategy[str]:
    return st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzXYZ0123456789"), min_size=low, max_size=high)


_DIGIT = st.sampled_from("0123456789")
_SINGLETON = st.sampled_from("0123456789abcdefghijklmnopqrstuvwyzABW")  # anything but x


@st.composite
def langtags(draw: st.DrawFn) -> str:
    """Tags drawn from RFC 5646 section 2.1's ABNF for ``langtag``, every optional part included at times."""
    if draw(st.booleans()):
        parts = [draw(_alpha(2, 3)), *draw(st.lists(_alpha(3, 3), max_size=3))]  # language, extlangs
    else:
        parts = [draw(_alpha(4, 8))]
    if draw(st.booleans()):
        parts.append(draw(_alpha(4, 4)))  # script
    if draw(st.booleans()):
        parts.append(draw(st.one_of(_alpha(2, 2), st.text(_DIGIT, min_size=3, max_size=3))))  # region
    variant = st.one_of(_alnum(5, 8), st.tuples(_DIGIT, _alnum(3, 3)).map("".join))
    parts += draw(st.lists(variant, max_size=2))
    for _ in range(draw(st.integers(0, 2))):  # extensions
        parts += [draw(_SINGLETON), *draw(st.lists(_alnum(2, 8), min_size=1, max_size=2))]
    if draw(st.booleans()):
        parts += ["x", *draw(st.lists(_alnum(1, 8), min_size=1, max_size=2))]  # private use
    return "-".join(parts)


@given(langtags())
def test_every_tag_of_the_grammar_is_accepted_by_model_schema_and_reader(tag: str) -> None:
    assert BCP47_RE.fullmatch(tag)
    assert Language(code=tag, detected=False).code == tag  # pydantic-core's own regex engine
    jsonschema.validate(tag, {"type": "string", "pattern": LANGUAGE_PATTERN})
    if 2 <= len(tag.split("-")[0]) <= 3 and len(tag) <= 64:  # the reader's policy: 2-3 letters, 64 chars
        normalized = normalize_bcp47(tag)
        assert normalized is not None and normalized.lower() == tag.lower()
        assert Language(code=normalized, detected=False)


@given(st.text(st.sampled_from("ab-x1_ "), max_size=12))
def test_model_and_published_schema_agree_on_any_string(text: str) -> None:
    try:
        Language(code=text, detected=False)
        model_ok = True
    except ValidationError:
        model_ok = False
    assert model_ok == bool(re.search(LANGUAGE_PATTERN, text)) == bool(BCP47_RE.fullmatch(text))


@pytest.mark.parametrize(
    "tag", ["de-ere", "zh-min-nan", "zh-yue-HK", "en-a-bbb-x-a-ccc", "x-whatever", "i-klingon"]
)
def test_tags_schema_1_0_0_refused_are_accepted(tag: str) -> None:
    assert not re.search(SCHEMA_1_0_0["$defs"]["Language"]["properties"]["code"]["pattern"], tag)
    assert Language(code=tag, detected=False).code == tag


@pytest.mark.parametrize("tag", [*IRREGULAR_TAGS, "EN-gb-OED", "I-KLINGON"])
def test_irregular_grandfathered_tags_in_any_case(tag: str) -> None:
    assert BCP47_RE.fullmatch(tag)


@pytest.mark.parametrize(
    "bad", ["", "e", "en_US", "en--US", "de-", "-de", "x", "en-x", "a-DE", "en-GB-oedx", "123"]
)
def test_malformed_tags_are_refused(bad: str) -> None:
    assert not BCP47_RE.fullmatch(bad)
    with pytest.raises(ValidationError):
        Language(code=bad, detected=False)


def test_pattern_is_ecma_262_unicode_safe() -> None:
    """No identity escapes (``\\-``), which ECMA-262's ``u`` flag (ajv's default) rejects."""
    assert "\\" not in LANGUAGE_PATTERN


def test_a_1_0_0_bag_is_judged_by_its_own_profile_and_schema(tmp_path: Path) -> None:
    bag = shutil.copytree(OLD_BAG, tmp_path / "bag")
    info = (bag / "bag-info.txt").read_text()
    assert "bagit-profile/1.0.0/" in info and schema_id_of("1.0.0") in info
    got = run("validate", str(bag), "--json")
    assert got.returncode == 0, got.stderr
    assert json.loads(got.stdout.splitlines()[0])["valid"] is True


def test_read_metadata_json_reads_a_1_0_0_document_as_current() -> None:
    data = (OLD_BAG / "data" / "metadata" / "article-metadata.json").read_bytes()
    assert json.loads(data)["schema_version"] == "1.0.0"
    meta = read_metadata_json(data)
    assert meta.schema_version == SCHEMA_VERSION and meta.schema_id == SCHEMA_ID
    assert meta.identifier == json.loads(data)["identifier"]


def test_read_metadata_json_refuses_unknown_versions_and_non_objects() -> None:
    data = json.loads((OLD_BAG / "data" / "metadata" / "article-metadata.json").read_bytes())
    with pytest.raises(ValidationError):
        read_metadata_json(json.dumps({**data, "schema_version": "0.9.0"}))
    with pytest.raises(ValidationError):  # a 1.0.0 version with another schema's id is not upgraded
        read_metadata_json(json.dumps({**data, "schema_id": SCHEMA_ID.replace(SCHEMA_VERSION, "9.9.9")}))
    with pytest.raises(ValueError):
        read_metadata_json(b"[1, 2]")
    assert metadata.EARLIER_COMPATIBLE_VERSIONS == ("1.0.0", "1.1.0", "1.2.0")


def test_an_extlang_page_is_packaged_with_its_tag(tmp_path: Path) -> None:
    """Issue 19: ``<html lang="de-ere">`` used to end the whole run with a pydantic traceback."""
    page = tmp_path / "in" / "page.html"
    page.parent.mkdir()
    page.write_text(
        '<!doctype html><html lang="de-ere"><head><title>Ein Titel</title></head>'
        "<body><article><h1>Ein Titel</h1><p>Der erste Absatz des Artikels, lang genug.</p>"
        "<p>Der zweite Absatz.</p></article></body></html>",
        encoding="utf-8",
    )
    got = run("package", str(page.parent), "-o", str(tmp_path / "bags"), "--organization", "X", "--json")
    assert got.returncode == 0, got.stderr
    assert "Traceback" not in got.stderr
    [bag] = [p for p in (tmp_path / "bags").iterdir()]
    meta = json.loads((bag / "data" / "metadata" / "article-metadata.json").read_text())
    assert meta["language"] == {"code": "de-ere", "detected": False}
    assert run("validate", str(bag)).returncode == 0
