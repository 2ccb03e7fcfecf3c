"""Every OCFL validation code, one fixture at a time: our validator, and ocfl-py as a second opinion.

The fixtures (``tests/ocfl_fixtures.py``) are built in a temporary folder per test. Two judges:

* our validator (``archiver.formats.ocfl.root_validator.validate_ocfl``): those tests skip until it exists;
* ocfl-py (an independent implementation) on every object fixture, to check the fixtures themselves.
  Where ocfl-py disagrees with a fixture, the spec was re-read; the cases where the fixture stands are
  recorded in ``OCFLPY_DISAGREES`` with the reason. Each entry is asserted to still hold, so an entry
  that ocfl-py no longer needs is noticed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.ocfl_fixtures import (
    BAD,
    ERROR_CODES,
    GOOD,
    LAYOUTS,
    SPECS,
    UNTESTABLE,
    WARN,
    WARNING_CODES,
    Fixture,
    path_0004,
)


def _id(fixture: Fixture) -> str:
    return f"{fixture.name}-{fixture.spec}"


def _base(code: str) -> str:
    """The spec code inside an implementation's code: "E001a" -> "E001", "OCFL-E015" -> "E015"."""
    m = re.search(r"[EW]\d{3}", code)
    return m.group(0) if m else code


# ---------------------------------------------------------------------------------------------------------
# The fixture set itself
# ---------------------------------------------------------------------------------------------------------


def test_names_start_with_their_code_and_are_unique() -> None:
    seen: set[tuple[str, str]] = set()
    for fixture in BAD + WARN + GOOD:
        key = (fixture.name, fixture.spec)
        assert key not in seen, f"duplicate fixture {key}"
        seen.add(key)
        assert fixture.spec in SPECS
        assert fixture.kind in ("object", "root")
        if fixture.code:
            assert fixture.name.startswith(fixture.code + "_")
        else:
            assert fixture.name.startswith("good_")


def test_codes_belong_to_their_spec_version() -> None:
    for fixture in BAD:
        assert fixture.code in ERROR_CODES[fixture.spec], _id(fixture)
        assert fixture.also <= ERROR_CODES[fixture.spec], _id(fixture)
        assert fixture.code not in fixture.also, _id(fixture)
    for fixture in WARN:
        assert fixture.code in WARNING_CODES[fixture.spec], _id(fixture)
    for fixture in GOOD:
        assert fixture.code == ""
        assert fixture.also <= WARNING_CODES[fixture.spec], _id(fixture)


@pytest.mark.parametrize("spec", SPECS)
def test_every_code_has_a_fixture_or_a_reason(spec: str) -> None:
    covered = {f.code for f in BAD + WARN if f.spec == spec}
    listed = ERROR_CODES[spec] | WARNING_CODES[spec]
    missing = sorted(listed - covered - UNTESTABLE.keys())
    assert not missing, f"OCFL {spec} codes with neither a fixture nor an UNTESTABLE reason: {missing}"


def test_untestable_entries_are_real_and_needed() -> None:
    every = set().union(*ERROR_CODES.values(), *WARNING_CODES.values())
    for code in UNTESTABLE:
        assert code in every, code
        specs_with_code = [s for s in SPECS if code in ERROR_CODES[s] | WARNING_CODES[s]]
        covered_everywhere = all(
            any(f.code == code and f.spec == s for f in BAD + WARN) for s in specs_with_code
        )
        assert not covered_everywhere, f"{code} has fixtures in every version; drop it from UNTESTABLE"


def test_0004_path_matches_the_extensions_worked_example() -> None:
    # Extension 0004, example 1: "object-01" with the default parameters.
    digest = "3c0ff4240c1e116dba14c7627f2319b58aa3d77606d0d90dfc6161608ac987d4"
    assert path_0004("object-01") == f"3c0/ff4/240/{digest}"


# ---------------------------------------------------------------------------------------------------------
# Our validator
# ---------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def validate_ocfl() -> Callable[[Path], Any]:
    module = pytest.importorskip(
        "archiver.formats.ocfl.root_validator",
        reason="archiver.formats.ocfl.root_validator is not written yet",
    )
    fn: Callable[[Path], Any] | None = getattr(module, "validate_ocfl", None)
    if fn is None:  # the module is being written: skip until its entry point is there
        pytest.skip("archiver.formats.ocfl.root_validator has no validate_ocfl yet")
    return fn


def _codes(report: Any, severity: str) -> set[str]:
    return {_base(f.code) for f in report.findings if str(f.severity) == severity}


def _describe(report: Any) -> str:
    return (
        "\n".join(f"{f.severity} {f.code} {f.path}: {f.message}" for f in report.findings) or "(no findings)"
    )


@pytest.mark.parametrize("fixture", BAD, ids=_id)
def test_bad_fixture_reports_its_code(
    fixture: Fixture, tmp_path: Path, validate_ocfl: Callable[[Path], Any]
) -> None:
    report = validate_ocfl(fixture.build(tmp_path))
    errors = _codes(report, "error")
    assert not report.valid, _describe(report)
    assert fixture.code in errors, _describe(report)
    assert errors <= {fixture.code} | fixture.also, _describe(report)


@pytest.mark.parametrize("fixture", WARN, ids=_id)
def test_warn_fixture_is_valid_with_its_warning(
    fixture: Fixture, tmp_path: Path, validate_ocfl: Callable[[Path], Any]
) -> None:
    report = validate_ocfl(fixture.build(tmp_path))
    assert report.valid, _describe(report)
    assert fixture.code in _codes(report, "warning"), _describe(report)


@pytest.mark.parametrize("fixture", GOOD, ids=_id)
def test_good_fixture_is_valid(
    fixture: Fixture, tmp_path: Path, validate_ocfl: Callable[[Path], Any]
) -> None:
    report = validate_ocfl(fixture.build(tmp_path))
    assert report.valid, _describe(report)
    assert _codes(report, "warning") <= fixture.also, _describe(report)


# ---------------------------------------------------------------------------------------------------------
# ocfl-py as a second opinion on the object fixtures
# ---------------------------------------------------------------------------------------------------------

#: Where ocfl-py 2.1.0 disagrees with a fixture and the fixture stands. Key: fixture name (the same for
#: both spec versions). Value: what ocfl-py says, and why the spec supports our expectation.
OCFLPY_DISAGREES: dict[str, str] = {
    # -- ocfl-py finds no error (or fails to give a verdict) -------------------------------------------
    "E007_declaration_without_newline": "ocfl-py accepts it: it compares the tag value NAMASTE derives from "
    "the contents with the file name, which ignores a missing newline. The spec asks for the contents to "
    "be dvalue followed by a newline, exactly.",
    "E033_inventory_not_utf8": "ocfl-py raises UnicodeDecodeError rather than reporting. The inventory "
    "must be JSON encoded in UTF-8 (1.1 says so in words; 1.0 cites the JSON RFC, which requires it).",
    "E038_type_of_other_spec_version": "ocfl-py accepts it: it takes the spec version from `type` and "
    "never compares it with the declaration. The root inventory's type must be the URI for the very "
    "version the object declares.",
    "E055_fixity_block_misnamed": "ocfl-py accepts it: it does not look at keys it does not know. A "
    "fixity block must be under the key `fixity`; any other key is also not one the spec defines.",
    "E090_symlink_in_content": "ocfl-py accepts it: it reads through the link. Hard and symbolic links "
    "must not be used within an OCFL storage hierarchy, whatever they point at.",
    "E102_unknown_inventory_key": "ocfl-py accepts it: it never checks for keys the spec does not "
    "describe. An inventory must not contain such keys.",
    "E102_unknown_version_key": "ocfl-py accepts it, as above; the rule covers keys at every level.",
    "E108_content_directory_empty_string": 'ocfl-py accepts contentDirectory "": it only rejects a '
    'slash, "." and "..". An empty name is not a direct child directory of the version directory.',
    # -- ocfl-py finds an error, under another code ----------------------------------------------------
    "E004_declaration_name_without_tag": "ocfl-py: E003a (no declaration) and E001a (unexpected file); it "
    "has no E004. The misnamed file breaks the T=dvalue pattern; E003 and E001 are allowed alongside.",
    "E005_declaration_tag_not_zero": "ocfl-py: E003a and E001a; it has no E005. The tag is 1, the spec "
    "requires 0; E003 and E001 are allowed alongside.",
    "E012_mixed_padding": "ocfl-py: E010 and follow-on errors, reading v02 as a gap after v1. The numbers "
    "1, 2 are continuous; what is wrong is the mix of unpadded and padded names, which is E012.",
    "E014_content_path_with_wrong_version_name": "ocfl-py: E042b (path not in a known version). The "
    "rule for naming a version directory other than by its real name in an inventory is E014.",
    "E016_version_without_content_dir": "ocfl-py: only E092b (listed files missing). The version has "
    "files to preserve and no content directory, which E016 forbids; E092 is allowed alongside.",
    "E021_content_not_in_content_dir": "ocfl-py: E042c (path outside the content directory). With no "
    "contentDirectory key the content directory must be named `content`: E021.",
    "E029_sha1_fixity_not_hex": "ocfl-py: E057b (badly formed fixity digest). The values are the right "
    "sha1 digests written in base64; the sha1 row of the digest table requires hex: E029.",
    "E030_sha256_fixity_not_hex": "ocfl-py: E057b. Right sha256 values in base64; hex is required: E030.",
    "E031_sha512_fixity_not_hex": "ocfl-py: E057b. Right sha512 values in base64; hex is required: E031.",
    "E032_blake2b_fixity_not_hex": "ocfl-py: E057b. Right blake2b-512 values in base64; hex is "
    "required: E032.",
    "E034_root_inventory_misnamed": "ocfl-py: E063 only (no root inventory). The inventory is there but "
    "not named inventory.json: E034; E063 is allowed alongside.",
    "E035_backslash_in_content_path": "ocfl-py: E042a (path not of the form version/content/...). The "
    "path uses backslashes as separators; the forward slash is required: E035.",
    "E039_digests_not_of_declared_algorithm": "ocfl-py: E025b and E050d (digests of the wrong form). "
    "sha256 is an allowed algorithm (no E025); the fault is that digestAlgorithm names another one than "
    "the manifest and state use: E039.",
    "E043_no_versions_block": "ocfl-py: E041b and E046b. E041 (and E046) are allowed alongside E043, "
    "the rule that names the versions block.",
    "E044_versions_key_misspelt": "ocfl-py: E041b and E046b. The block is there under the wrong key: "
    "E044; E041, E043, E046 and E102 are allowed alongside.",
    "E045_versions_is_array": "ocfl-py: E044. The key `versions` is present; its value is not a JSON "
    "object, which is E045.",
    "E047_version_block_is_string": "ocfl-py: E048 and E048c (no created, no state), looking for keys in "
    "a string. The version value is not a JSON object at all: E047.",
    "E059_sidecar_algorithm_differs": "ocfl-py: E058a (no inventory.json.sha512) and E001a (unexpected "
    "file). The sidecar's algorithm does not match digestAlgorithm: E059, with E058 allowed alongside.",
    "E104_version_dir_without_v": "ocfl-py: E001b, E009 and E042a. 1.1 has a code for a version directory "
    "name not made by prefixing v: E104 (E009 and E001 allowed alongside).",
    "E105_version_number_zero": "ocfl-py: E009 and E046b. 1.1 says version numbers are positive "
    "integers: E105 (E009 allowed alongside).",
    "E106_manifest_is_array": "ocfl-py: E041c. 1.1 has a code for a manifest that is not a JSON object: "
    "E106.",
    "E110_id_changes_between_versions": "ocfl-py: E037b. 1.1 has a code for an id that changes between "
    "versions: E110.",
    # -- a spurious warning on a valid object --------------------------------------------------------
    "good_full_featured": "ocfl-py warns W013 for extensions/0005-mutable-head: it compares the listed "
    "entry, which keeps its `extensions/` prefix, with bare registered names, so every extension "
    "directory is warned. 0005-mutable-head is a registered extension name.",
}

#: BAD fixtures ocfl-py judges valid, or on which it raises instead of judging.
OCFLPY_LENIENT: frozenset[str] = frozenset(
    {
        "E007_declaration_without_newline",
        "E033_inventory_not_utf8",
        "E038_type_of_other_spec_version",
        "E055_fixity_block_misnamed",
        "E090_symlink_in_content",
        "E102_unknown_inventory_key",
        "E102_unknown_version_key",
        "E108_content_directory_empty_string",
    }
)

#: Warnings ocfl-py gives on GOOD fixtures that the spec does not support (see OCFLPY_DISAGREES).
OCFLPY_SPURIOUS_WARNINGS: dict[str, frozenset[str]] = {"good_full_featured": frozenset({"W013"})}


class OcflPyVerdict:
    def __init__(self, valid: bool | None, codes: set[str], status: str) -> None:
        self.valid = valid  # None: ocfl-py raised
        self.errors = {_base(c) for c in codes if c.startswith("E")}
        self.warnings = {_base(c) for c in codes if c.startswith("W")}
        self.status = status


def _ocflpy(path: Path) -> OcflPyVerdict:
    validator_mod = pytest.importorskip("ocfl.validator", reason="ocfl-py is not installed")
    validator = validator_mod.Validator(log_warnings=True, check_digests=True)
    try:
        valid = bool(validator.validate_object(str(path)))
    except Exception as exc:  # ocfl-py crashing is a (documented) outcome, not a test error
        return OcflPyVerdict(None, set(), f"raised {type(exc).__name__}: {exc}")
    return OcflPyVerdict(valid, set(validator.log.codes), validator.status_str())


def _objects(kind: str, fixtures: list[Fixture]) -> list[Fixture]:
    return [f for f in fixtures if f.kind == kind]


def test_ocflpy_records_name_real_fixtures() -> None:
    names = {f.name for f in BAD + WARN + GOOD}
    assert set(OCFLPY_DISAGREES) <= names
    assert OCFLPY_LENIENT.issubset(OCFLPY_DISAGREES)
    assert set(OCFLPY_SPURIOUS_WARNINGS) <= set(OCFLPY_DISAGREES)


@pytest.mark.parametrize("fixture", _objects("object", BAD), ids=_id)
def test_ocflpy_rejects_bad_object(fixture: Fixture, tmp_path: Path) -> None:
    verdict = _ocflpy(fixture.build(tmp_path))
    if fixture.name in OCFLPY_LENIENT:
        assert verdict.valid is not False, (
            f"ocfl-py now rejects it; drop it from OCFLPY_LENIENT\n{verdict.status}"
        )
        return
    assert verdict.valid is False, verdict.status
    if fixture.name in OCFLPY_DISAGREES:
        assert fixture.code not in verdict.errors, f"ocfl-py now agrees; drop the record\n{verdict.status}"
    else:
        assert fixture.code in verdict.errors, verdict.status


@pytest.mark.parametrize("fixture", _objects("object", WARN), ids=_id)
def test_ocflpy_warns_on_warn_object(fixture: Fixture, tmp_path: Path) -> None:
    verdict = _ocflpy(fixture.build(tmp_path))
    assert verdict.valid is True, verdict.status
    assert fixture.code in verdict.warnings, verdict.status


@pytest.mark.parametrize("fixture", _objects("object", GOOD), ids=_id)
def test_ocflpy_accepts_good_object(fixture: Fixture, tmp_path: Path) -> None:
    verdict = _ocflpy(fixture.build(tmp_path))
    assert verdict.valid is True, verdict.status
    spurious = OCFLPY_SPURIOUS_WARNINGS.get(fixture.name, frozenset())
    assert verdict.warnings <= fixture.also | spurious, verdict.status
    assert spurious <= verdict.warnings, f"ocfl-py no longer warns {sorted(spurious)}; drop the record"


def _object_roots(root: Path) -> list[Path]:
    return sorted(p.parent for p in root.rglob("0=ocfl_object_*") if p.is_file())


@pytest.mark.parametrize("fixture", _objects("root", BAD + WARN + GOOD), ids=_id)
def test_objects_inside_root_fixtures_are_valid(fixture: Fixture, tmp_path: Path) -> None:
    """A root fixture breaks a storage-root rule only: ocfl-py finds every object inside it valid."""
    root = fixture.build(tmp_path)
    for object_root in _object_roots(root):
        verdict = _ocflpy(object_root)
        assert verdict.valid is True, f"{object_root.relative_to(root)}: {verdict.status}"
        assert not verdict.warnings, f"{object_root.relative_to(root)}: {verdict.status}"


@pytest.mark.parametrize("fixture", _objects("root", GOOD), ids=_id)
def test_good_root_objects_sit_where_the_layout_puts_them(fixture: Fixture, tmp_path: Path) -> None:
    root = fixture.build(tmp_path)
    layout_file = root / "ocfl_layout.json"
    if not layout_file.exists():
        return
    extension = json.loads(layout_file.read_text())["extension"]
    for object_root in _object_roots(root):
        object_id = json.loads((object_root / "inventory.json").read_text())["id"]
        expected = path_0004(object_id) if extension == LAYOUTS["0004"] else object_id
        assert object_root.relative_to(root).as_posix() == expected
