"""The OCFL 1.0 / 1.1 validator: valid objects pass, each kind of damage is reported with the spec's code,
objects and roots written by ocfl-py pass, and no input at all makes it raise."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import random
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archiver.formats.ocfl import root_validator as ocfl_root_validator
from archiver.formats.ocfl import validator as ocfl_validator
from archiver.formats.ocfl.codes import NEVER_EMITTED, ONLY_1_0, ONLY_1_1
from archiver.formats.ocfl.inventory import check_inventory, compare_with_newer
from archiver.formats.ocfl.root_validator import detect, validate_ocfl, validate_root
from archiver.formats.ocfl.validator import ObjectResult, digest_file, validate_object
from archiver.validation.findings import REGISTRY, Severity

Json = dict[str, Any]
HASH: dict[str, Callable[[bytes], Any]] = {
    "md5": hashlib.md5,
    "sha1": hashlib.sha1,
    "sha256": hashlib.sha256,
    "sha512": hashlib.sha512,
    "blake2b-512": hashlib.blake2b,
}
V1 = {"a.txt": b"alpha\n", "dir/b.txt": b"beta\n", "same.txt": b"alpha\n"}
V2 = {"a.txt": b"alpha\n", "dir/b.txt": b"beta two\n", "c.txt": b"gamma\n"}
V3 = {"a.txt": b"alpha\n", "c.txt": b"gamma\n", "moved/b.txt": b"beta\n"}


# --------------------------------------------------------------------------------------------------------
# Building objects
# --------------------------------------------------------------------------------------------------------


def _vname(number: int, pad: int) -> str:
    return f"v{number:0{pad}d}" if pad else f"v{number}"


def _write_inventory(folder: Path, inventory: Json, algorithm: str) -> bytes:
    data = json.dumps(inventory, indent=2).encode()
    (folder / "inventory.json").write_bytes(data)
    digest = HASH[algorithm](data).hexdigest()
    (folder / f"inventory.json.{algorithm}").write_text(f"{digest}  inventory.json\n")
    return data


def make_object(
    root: Path,
    versions: list[Mapping[str, bytes]],
    *,
    spec: str = "1.1",
    algorithm: str = "sha512",
    content_directory: str | None = None,
    fixity: tuple[str, ...] = (),
    pad: int = 0,
    object_id: str = "urn:example:object",
    version_inventories: bool = True,
) -> Json:
    """An object with these versions (logical path -> bytes each), stored forward-delta and deduplicated;
    returns the root inventory."""
    root.mkdir(parents=True)
    (root / f"0=ocfl_object_{spec}").write_text(f"ocfl_object_{spec}\n")
    content = content_directory or "content"
    inventory: Json = {
        "id": object_id,
        "type": f"https://ocfl.io/{spec}/spec/#inventory",
        "digestAlgorithm": algorithm,
        "head": "",
        "manifest": {},
        "versions": {},
    }
    if content_directory:
        inventory["contentDirectory"] = content_directory
    if fixity:
        inventory["fixity"] = {name: {} for name in fixity}
    for number, files in enumerate(versions, start=1):
        name = _vname(number, pad)
        state: dict[str, list[str]] = {}
        for logical, data in sorted(files.items()):
            digest = HASH[algorithm](data).hexdigest()
            if digest not in inventory["manifest"]:
                content_path = f"{name}/{content}/{logical}"
                (root / content_path).parent.mkdir(parents=True, exist_ok=True)
                (root / content_path).write_bytes(data)
                inventory["manifest"][digest] = [content_path]
                for fix in fixity:
                    inventory["fixity"][fix].setdefault(HASH[fix](data).hexdigest(), []).append(content_path)
            state.setdefault(digest, []).append(logical)
        inventory["versions"][name] = {
            "created": f"2024-0{min(number, 9)}-01T12:00:00Z",
            "message": f"version {number}",
            "state": state,
            "user": {"name": "Ada", "address": "mailto:ada@example.org"},
        }
        inventory["head"] = name
        (root / name).mkdir(exist_ok=True)
        if version_inventories:
            _write_inventory(root / name, inventory, algorithm)
    _write_inventory(root, inventory, algorithm)
    return inventory


def full_object(root: Path, spec: str = "1.1", **options: Any) -> Json:
    """Every optional feature: three versions, deduplication, fixity in md5/sha1/sha256, logs, extensions."""
    options.setdefault("fixity", ("md5", "sha1", "sha256"))
    inventory = make_object(root, [V1, V2, V3], spec=spec, **options)
    (root / "logs").mkdir()
    (root / "logs" / "events.jsonl").write_text("{}\n")
    (root / "extensions" / "0005-mutable-head").mkdir(parents=True)
    (root / "extensions" / "0005-mutable-head" / "anything").write_text("not looked into")
    return inventory


def rewrite(root: Path, change: Callable[[Json], object], *, versions: bool = True) -> None:
    """Change the root inventory (and, with ``versions``, the head version's copy), keeping sidecars true."""
    inventory = json.loads((root / "inventory.json").read_bytes())
    head, algorithm = inventory["head"], inventory["digestAlgorithm"]
    change(inventory)
    algorithm = inventory.get("digestAlgorithm") if inventory.get("digestAlgorithm") in HASH else algorithm
    for sidecar in [*root.glob("inventory.json.*"), *root.glob(f"{head}/inventory.json.*")]:
        sidecar.unlink()
    _write_inventory(root, inventory, algorithm)
    if versions and (root / head).is_dir():
        _write_inventory(root / head, inventory, algorithm)


def codes(result: ObjectResult) -> set[str]:
    return {f.code for f in result.findings}


def errors(result: ObjectResult) -> set[str]:
    return {f.code for f in result.findings if f.severity is Severity.ERROR}


def only(result: ObjectResult, *expected: str) -> None:
    """The findings are exactly these codes (warnings included)."""
    assert codes(result) == set(expected), [(f.code, f.path, f.message) for f in result.findings]


@pytest.fixture
def obj(tmp_path: Path) -> Path:
    full_object(tmp_path / "obj")
    return tmp_path / "obj"


# --------------------------------------------------------------------------------------------------------
# Valid objects
# --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("spec", ["1.0", "1.1"])
def test_full_object_is_valid(tmp_path: Path, spec: str) -> None:
    full_object(tmp_path / "o", spec=spec)
    result = validate_object(tmp_path / "o")
    only(result)
    assert (result.object_id, result.spec_version, result.head) == ("urn:example:object", spec, "v3")
    assert result.files == 4 and result.bytes == len(b"alpha\nbeta\nbeta two\ngamma\n")
    assert result.ok


def test_custom_content_directory_and_sha256(tmp_path: Path) -> None:
    full_object(tmp_path / "o", content_directory="data", algorithm="sha256")
    only(validate_object(tmp_path / "o"), "W004")


def test_zero_padded_versions_warn(tmp_path: Path) -> None:
    full_object(tmp_path / "o", pad=4)
    only(validate_object(tmp_path / "o"), "W001")


def test_version_without_content_and_without_inventories(tmp_path: Path) -> None:
    make_object(tmp_path / "o", [V1, V1], version_inventories=False)
    result = validate_object(tmp_path / "o")
    only(result, "W010")
    assert {f.path for f in result.findings} == {"v1", "v2"}


def test_fixity_off_reads_no_content(obj: Path) -> None:
    (obj / "v1/content/a.txt").write_bytes(b"changed\n")
    result = validate_object(obj, fixity=False)
    only(result)
    assert result.files == 0


def test_large_file_hashed_in_every_algorithm(tmp_path: Path) -> None:
    data = os.urandom(3 * ocfl_validator.CHUNK + 12345)
    make_object(tmp_path / "o", [{"big.bin": data}], fixity=("md5", "sha1", "sha256", "blake2b-512"))
    only(validate_object(tmp_path / "o"))
    path = tmp_path / "o/v1/content/big.bin"
    digests, size = digest_file(str(path), ["sha512", "md5", "size"])
    assert size == len(data) and digests["size"] == str(len(data))
    assert (
        digests["sha512"] == hashlib.sha512(data).hexdigest()
        and digests["md5"] == hashlib.md5(data).hexdigest()
    )
    path.write_bytes(data[:-1] + b"x")
    assert codes(validate_object(tmp_path / "o")) == {"E092", "E093"}


# --------------------------------------------------------------------------------------------------------
# Damage, one code at a time
# --------------------------------------------------------------------------------------------------------


def test_object_root_entries(obj: Path) -> None:
    (obj / "stray.txt").write_text("x")
    (obj / "junk").mkdir()
    (obj / "v9").mkdir()
    (obj / "extensions" / "README").write_text("x")
    (obj / "extensions" / "my-extension").mkdir()
    result = validate_object(obj)
    found = {(f.code, f.path) for f in result.findings}
    assert found == {
        ("E001", "stray.txt"),
        ("E001", "junk"),
        ("E046", "v9"),
        ("E067", "extensions/README"),
        ("W013", "extensions/my-extension"),
    }


def test_declaration(obj: Path) -> None:
    (obj / "0=ocfl_object_1.1").write_text("ocfl_object_1.0\n")
    only(validate_object(obj), "E007")
    (obj / "0=ocfl_object_1.1").unlink()
    only(validate_object(obj), "E003")
    (obj / "0=ocfl_object_2.0").write_text("ocfl_object_2.0\n")
    only(validate_object(obj), "E006")


def test_declaration_type_mismatch(tmp_path: Path) -> None:
    full_object(tmp_path / "o", spec="1.0")
    (tmp_path / "o/0=ocfl_object_1.0").rename(tmp_path / "o/0=ocfl_object_1.1")
    (tmp_path / "o/0=ocfl_object_1.1").write_text("ocfl_object_1.1\n")
    assert "E038" in codes(validate_object(tmp_path / "o"))


def test_version_directory_entries(obj: Path) -> None:
    (obj / "v2" / "notes.txt").write_text("x")
    (obj / "v2" / "extra").mkdir()
    (obj / "v2" / "extra" / "f").write_text("x")
    (obj / "v3" / "inventory.json.sha512").unlink()
    result = validate_object(obj)
    assert {(f.code, f.path) for f in result.findings} == {
        ("E015", "v2/notes.txt"),
        ("W002", "v2/extra"),
        ("E058", "v3/inventory.json"),
    }


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (lambda o: (o / "v2/content/unlisted.txt").write_text("x"), {"E023"}),
        (lambda o: (o / "v2/content/empty").mkdir(), {"E024"}),
        (lambda o: (o / "v1/content/a.txt").write_text("changed"), {"E092", "E093"}),
        (lambda o: (o / "v1/content/a.txt").unlink(), {"E092"}),
        (lambda o: shutil.rmtree(o / "v2/content"), {"E016"}),
        (lambda o: shutil.rmtree(o / "v2"), {"E046"}),
        (lambda o: (o / "inventory.json.sha512").write_text("abc inventory.json\n"), {"E060"}),
        (lambda o: (o / "inventory.json.sha512").write_text("not a sidecar"), {"E061"}),
        (lambda o: (o / "inventory.json.sha512").rename(o / "inventory.json.sha256"), {"E059"}),
        (lambda o: (o / "inventory.json").unlink(), {"E063"}),
        (lambda o: (o / "inventory.json").write_text("{not json"), {"E033", "E060"}),
        (lambda o: (o / "v3/inventory.json").write_text("[]"), {"E064", "E060", "E033"}),
    ],
)
def test_files_on_disk(obj: Path, damage: Callable[[Path], object], expected: set[str]) -> None:
    damage(obj)
    assert errors(validate_object(obj)) == expected


def _set(key: str, value: object) -> Callable[[Json], None]:
    return lambda inventory: inventory.__setitem__(key, value)


def _v(name: str, key: str, value: object) -> Callable[[Json], None]:
    return lambda inventory: inventory["versions"][name].__setitem__(key, value)


def _drop(key: str) -> Callable[[Json], None]:
    return lambda inventory: inventory.pop(key)


def _first_digest(inventory: Json) -> str:
    return str(sorted(inventory["manifest"])[0])


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_drop("id"), {"E036"}),
        (_set("id", 42), {"E037"}),
        (_set("type", "https://ocfl.io/1.0/spec/#inventory"), {"E038", "E103"}),
        (_set("digestAlgorithm", "md5"), {"E025"}),
        (_set("head", "v2"), {"E040"}),
        (_drop("manifest"), {"E041"}),
        (_set("manifest", []), {"E106"}),
        (_set("versions", []), {"E045"}),
        (_set("versions", {}), {"E008", "E046"}),
        (_set("contentDirectory", "a/b"), {"E017", "E019", "E020"}),
        (_set("contentDirectory", ".."), {"E018", "E019", "E020"}),
        (_set("contentDirectory", ""), {"E108", "E019", "E020"}),
        (_set("fixity", None), {"E111"}),
        (_set("fixity", {"crc32": {}}), {"E056"}),
        (_set("fixity", {"md5": {"abc": ["v1/content/a.txt"]}}), {"E057"}),
        (_set("extra", 1), {"E102"}),
        (_v("v2", "created", "yesterday"), {"E049"}),
        (_v("v2", "message", 7), {"E094"}),
        (_v("v2", "user", {"address": "mailto:a@b.org"}), {"E054"}),
        (_v("v2", "state", {"ab" * 64: ["x"]}), {"E050", "E066", "E107"}),
        (_v("v3", "state", {}), set()),
    ],
)
def test_inventory_damage(obj: Path, change: Callable[[Json], None], expected: set[str]) -> None:
    rewrite(obj, change)
    assert errors(validate_object(obj)) == expected


def test_paths_in_inventories(obj: Path) -> None:
    def paths(inventory: Json) -> None:
        first = _first_digest(inventory)
        inventory["manifest"][first] = [*inventory["manifest"][first], "v1/content//x", "/v1/content/y"]
        inventory["manifest"]["f" * 128] = ["v1/content/a.txt/deeper", "v9/content/z", "v01/content/q"]
        inventory["versions"]["v3"]["state"]["f" * 128] = ["a.txt", "../up", "/abs", "a.txt/sub"]

    rewrite(obj, paths)
    found = codes(validate_object(obj))
    assert {"E099", "E100", "E101", "E042", "E014", "E052", "E053", "E095"} <= found


def test_digest_case_and_form(obj: Path) -> None:
    def digests(inventory: Json) -> None:
        first = _first_digest(inventory)
        inventory["manifest"][first.upper()] = ["v1/content/other"]
        inventory["manifest"]["zz" * 64] = ["v1/content/zz"]
        inventory["manifest"]["ab" * 32] = ["v1/content/short"]
        inventory["fixity"]["md5"]["D41D8CD98F00B204E9800998ECF8427E"] = ["v1/content/a.txt"]
        inventory["fixity"]["md5"]["d41d8cd98f00b204e9800998ecf8427e"] = ["v1/content/dir/b.txt"]

    rewrite(obj, digests)
    assert {"E096", "E031", "E039", "E097"} <= codes(validate_object(obj))


def test_state_digests_match_the_manifest_ignoring_case(obj: Path) -> None:
    """As OCFL's own fixture 1.0 good-objects/minimal_mixed_digests has it (hex is case-insensitive)."""

    def mixed(inventory: Json) -> None:
        state = inventory["versions"]["v3"]["state"]
        digest = sorted(state)[0]
        state[digest[:64] + digest[64:].upper()] = state.pop(digest)

    rewrite(obj, mixed)
    only(validate_object(obj))


def test_version_names(obj: Path) -> None:
    def names(inventory: Json) -> None:
        inventory["versions"]["1"] = inventory["versions"]["v1"]
        inventory["versions"]["v0"] = inventory["versions"]["v1"]

    rewrite(obj, names)
    assert {"E104", "E105"} <= codes(validate_object(obj))


def test_version_sequence_and_padding() -> None:
    def check(names: list[str]) -> set[str]:
        inventory = {"versions": {n: {} for n in names}, "head": names[-1]}
        return {f.code for f in check_inventory(inventory, where="inventory.json", spec="1.1")[1]}

    assert {"E009"} <= check(["v2", "v3"])
    assert {"E010"} <= check(["v1", "v3"])
    assert {"E012", "W001"} <= check(["v01", "v2"])
    assert {"E011", "W001"} <= check(["v01", "v02", "v03", "v04", "v05", "v06", "v07", "v08", "v09", "v10"])
    assert "E012" not in check(["v9", "v10"])


def test_earlier_inventories(obj: Path) -> None:
    v2 = json.loads((obj / "v2/inventory.json").read_bytes())
    v2["versions"]["v1"]["message"] = "rewritten history"
    v2["versions"]["v1"]["state"] = {}
    v2["id"] = "urn:example:other"
    _write_inventory(obj / "v2", v2, "sha512")
    assert {"W011", "E066", "E110"} <= codes(validate_object(obj))


def test_mixed_spec_versions(tmp_path: Path) -> None:
    make_object(tmp_path / "o", [V1, V2], spec="1.1")
    v1 = json.loads((tmp_path / "o/v1/inventory.json").read_bytes())
    _write_inventory(tmp_path / "o/v1", {**v1, "type": "https://ocfl.io/1.0/spec/#inventory"}, "sha512")
    only(validate_object(tmp_path / "o"))
    rewrite(tmp_path / "o", _set("type", "https://ocfl.io/1.0/spec/#inventory"))
    v1["type"] = "https://ocfl.io/1.1/spec/#inventory"
    _write_inventory(tmp_path / "o/v1", v1, "sha512")
    assert {"E103", "E038"} <= codes(validate_object(tmp_path / "o"))


def test_content_directory_changes(tmp_path: Path) -> None:
    make_object(tmp_path / "o", [V1, V2], content_directory="data")
    v1 = json.loads((tmp_path / "o/v1/inventory.json").read_bytes())
    v1.pop("contentDirectory")
    _write_inventory(tmp_path / "o/v1", v1, "sha512")
    assert "E019" in codes(validate_object(tmp_path / "o"))
    v1["contentDirectory"] = "stuff"
    _write_inventory(tmp_path / "o/v1", v1, "sha512")
    assert "E020" in codes(validate_object(tmp_path / "o"))


def test_symlinks_are_reported_never_followed(obj: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"alpha\n")
    (obj / "v1/content/a.txt").unlink()
    (obj / "v1/content/a.txt").symlink_to(outside)
    (obj / "v2/content/link").symlink_to(tmp_path)
    (obj / "link").symlink_to(outside)
    result = validate_object(obj)
    assert {(f.code, f.path) for f in result.findings} == {
        ("E090", "v1/content/a.txt"),
        ("E092", "v1/content/a.txt"),
        ("E090", "v2/content/link"),
        ("E023", "v2/content/link"),
        ("E090", "link"),
        ("E001", "link"),
    }


def test_non_utf8_names(obj: Path) -> None:
    os.mkdir(os.path.join(os.fsencode(obj), b"v1/content/\xff\xfe"))
    with open(os.path.join(os.fsencode(obj), b"v1/content/\xff\xfe/f\xe9"), "wb") as fh:
        fh.write(b"x")
    result = validate_object(obj)
    assert codes(result) == {"E023"}
    json.dumps([f.path for f in result.findings]).encode("utf-8")
    root = obj.parent / "root"
    root.mkdir()
    (root / "0=ocfl_1.1").write_text("ocfl_1.1\n")
    shutil.copytree(obj, root / os.fsdecode(b"\xfe"))
    report = validate_root(root).report()
    assert {f.code for f in report.findings} == {"E023"}
    json.dumps([(f.path, f.message) for f in report.findings], ensure_ascii=False).encode("utf-8")


def test_special_files_are_never_opened(obj: Path) -> None:
    os.mkfifo(obj / "v2/content/pipe")
    assert {(f.code, f.path) for f in validate_object(obj).findings} == {("E023", "v2/content/pipe")}
    (obj / "inventory.json").unlink()
    os.mkfifo(obj / "inventory.json")
    assert codes(validate_object(obj)) == {"E063"}


@pytest.mark.parametrize("text", ["[" * 100_000, '{"id": ' + "9" * 5000 + "}", '{"id": NaN}', "\ufeff{}"])
def test_unparseable_inventories(obj: Path, text: str) -> None:
    (obj / "inventory.json").write_text(text)
    assert "E033" in codes(validate_object(obj))


def test_unreadable_file(obj: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = ocfl_validator.digest_file

    def failing(path: str, algorithms: Any) -> tuple[dict[str, str], int]:
        if path.endswith("v1/content/a.txt"):
            raise PermissionError(13, "Permission denied")
        return real(path, algorithms)

    monkeypatch.setattr(ocfl_validator, "digest_file", failing)
    result = validate_object(obj)
    assert {(f.code, f.path) for f in result.findings} == {("OCFL-UNREADABLE", "v1/content/a.txt")}
    assert not result.ok


# --------------------------------------------------------------------------------------------------------
# Inventories compared (pure)
# --------------------------------------------------------------------------------------------------------


def test_compare_across_digest_algorithms(tmp_path: Path) -> None:
    old = make_object(tmp_path / "a", [V1], algorithm="sha256")
    new = make_object(tmp_path / "b", [V1, V2])
    prior, _ = check_inventory(old, where="v1/inventory.json")
    newer, _ = check_inventory(new, where="inventory.json")
    assert compare_with_newer(prior, newer) == []
    new["versions"]["v1"]["state"] = {
        d: ["renamed-" + p[0]] for d, p in new["versions"]["v1"]["state"].items()
    }
    newer, _ = check_inventory(new, where="inventory.json")
    assert {f.code for f in compare_with_newer(prior, newer)} == {"E066"}


def test_rules_follow_the_declared_version() -> None:
    inventory = {"versions": [], "manifest": [], "fixity": 3, "contentDirectory": ""}
    one_zero = {f.code for f in check_inventory(inventory, where="inventory.json", spec="1.0")[1]}
    one_one = {f.code for f in check_inventory(inventory, where="inventory.json", spec="1.1")[1]}
    assert {"E055", "E017", "E033"} <= one_zero and not {"E111", "E108", "E106"} & one_zero
    assert {"E111", "E108", "E106"} <= one_one


# --------------------------------------------------------------------------------------------------------
# Objects and roots written by ocfl-py
# --------------------------------------------------------------------------------------------------------


ocfl = pytest.importorskip("ocfl")


@pytest.fixture(autouse=True)
def _quiet_ocfl_py() -> None:
    logging.getLogger().setLevel(logging.WARNING)


def _source(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    for number, files in enumerate([V1, V2, V3], start=1):
        for logical, data in files.items():
            (src / f"v{number}" / logical).parent.mkdir(parents=True, exist_ok=True)
            (src / f"v{number}" / logical).write_bytes(data)
    return src


def _metadata(number: int) -> Any:
    return ocfl.VersionMetadata(message=f"v{number}", name="Ada", address="mailto:a@b.org")


def test_objects_written_by_ocfl_py(tmp_path: Path) -> None:
    target = tmp_path / "built"
    ocfl.Object(identifier="info:x/1", fixity=["md5", "sha1"]).build(
        srcdir=str(_source(tmp_path)),
        versions_metadata={n: _metadata(n) for n in (1, 2, 3)},
        objdir=str(target),
    )
    result = validate_object(target)
    assert errors(result) == set() and result.files == 4, result.findings
    assert validate_ocfl(target).kind == "ocfl-object"
    for spec in ("1.0", "1.1"):
        plain = tmp_path / f"plain{spec}"
        ocfl.Object(identifier="x", spec_version=spec, digest_algorithm="sha256").create(
            srcdir=str(_source(tmp_path) / "v3"), metadata=_metadata(1), objdir=str(plain)
        )
        only(validate_object(plain), "W004", "W005")


def test_ocfl_py_1_0_build_writes_1_1_inventories(tmp_path: Path) -> None:
    """ocfl-py 2.1 builds later versions of a 1.0 object with 1.1 inventories: §3.5.1 E038 (the root
    inventory's type must match the declaration); its own validator lets that pass."""
    target = tmp_path / "built"
    ocfl.Object(identifier="info:x/1", spec_version="1.0").build(
        srcdir=str(_source(tmp_path)),
        versions_metadata={n: _metadata(n) for n in (1, 2, 3)},
        objdir=str(target),
    )
    assert errors(validate_object(target)) == {"E038"}


def _ocfl_py_root(tmp_path: Path, count: int = 3) -> Path:
    root = tmp_path / "root"
    store = ocfl.StorageRoot(root=str(root), layout_name="0002-flat-direct-storage-layout")
    store.initialize(spec_version="1.1")
    for n in range(count):
        made = tmp_path / f"made{n}"
        ocfl.Object(identifier=f"info:obj{n}").create(
            srcdir=str(_source(tmp_path) / "v1"), metadata=_metadata(1), objdir=str(made)
        )
        store.add(str(made))
    return root


def test_root_written_by_ocfl_py(tmp_path: Path) -> None:
    root = _ocfl_py_root(tmp_path)
    progress: list[tuple[int, int, str]] = []
    result = validate_root(root, on_progress=lambda *a: progress.append(a))
    assert result.ok, result.report().findings
    assert (result.spec_version, result.layout) == ("1.1", "0002-flat-direct-storage-layout")
    assert [o.path for o in result.objects] == ["info:obj0", "info:obj1", "info:obj2"]
    assert sorted(p[2] for p in progress) == ["info:obj0", "info:obj1", "info:obj2"] and progress[-1][:2] == (
        3,
        3,
    )
    report = validate_ocfl(root)
    assert report.kind == "ocfl-storage-root" and report.stats["objects"] == 3 and report.valid
    assert report.findings == []


def test_root_damage(tmp_path: Path) -> None:
    root = _ocfl_py_root(tmp_path)
    (root / "info:obj1").rename(root / "elsewhere")
    (root / "empty").mkdir()
    (root / "tree/branch").mkdir(parents=True)
    (root / "tree/stray.txt").write_text("x")
    (root / "tree/leaf").mkdir()
    (root / "tree/leaf/stray.txt").write_text("x")
    shutil.copytree(root / "info:obj0", root / "tree/branch/copy")
    (root / "extensions/archiver-workspace/locks").mkdir(parents=True)
    (root / "extensions/archiver-workspace/locks/x.lock").write_text("")
    (root / "extensions/notes.txt").write_text("x")
    (root / "README.md").write_text("ignored: E087")
    result = validate_root(root, jobs=1)
    found = {(f.code, f.path) for f in result.findings}
    assert found >= {
        ("E083", "elsewhere"),
        ("E073", "empty"),
        ("E084", "tree/stray.txt"),
        ("E072", "tree/leaf/stray.txt"),
        ("E085", "tree/leaf"),
        ("E083", "tree/branch/copy"),
        ("E037", "tree/branch/copy/inventory.json"),
        ("W016", "extensions/archiver-workspace"),
        ("E112", "extensions/notes.txt"),
        ("W015", None),
    }, found


def test_root_declaration_and_layout(tmp_path: Path) -> None:
    root = _ocfl_py_root(tmp_path, count=1)
    (root / "0=ocfl_1.1").write_text("ocfl_1.0\n")
    (root / "ocfl_layout.json").write_text('{"extension": "0099-nothing"}')
    found = {f.code for f in validate_root(root).findings}
    assert found == {"E080", "E070", "E071"}
    (root / "0=ocfl_1.1").unlink()
    (root / "ocfl_layout.json").write_text("[]")
    assert {f.code for f in validate_root(root).findings} == {"E069", "E070"}


def test_object_newer_than_root(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    (root / "0=ocfl_1.0").write_text("ocfl_1.0\n")
    full_object(root / "a", spec="1.1")
    full_object(root / "b", spec="1.0", object_id="urn:example:b")
    result = validate_root(root)
    assert {(f.code, f.path) for f in result.findings} == {("E081", "a/0=ocfl_object_1.1")}


def test_root_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _ocfl_py_root(tmp_path, count=4)
    (root / "info:obj2/v1/content/a.txt").write_text("damaged")
    seen: list[Path] = []

    def wrapped(path: Path) -> ObjectResult:
        seen.append(path)
        return validate_object(path)

    threaded = validate_root(root, jobs=2, check_object=wrapped)
    assert sorted(p.name for p in seen) == ["info:obj0", "info:obj1", "info:obj2", "info:obj3"]
    monkeypatch.setattr(ocfl_root_validator, "PROCESS_MIN", 2)
    processes = validate_root(root, jobs=2)
    serial = validate_root(root, jobs=1)
    for result in (threaded, processes, serial):
        assert [o.path for o in result.objects] == ["info:obj0", "info:obj1", "info:obj2", "info:obj3"]
        assert [o.ok for o in result.objects] == [True, True, False, True]
    assert threaded.report().findings == processes.report().findings == serial.report().findings
    assert any(f.path == "info:obj2/v1/content/a.txt" for f in serial.report().findings)


def test_detect(tmp_path: Path, obj: Path) -> None:
    assert detect(obj) == "object"
    assert detect(tmp_path) is None
    assert detect(tmp_path / "missing") is None
    (tmp_path / "0=ocfl_1.1").write_text("ocfl_1.1\n")
    assert detect(tmp_path) == "root"
    report = validate_ocfl(tmp_path / "nothing-here")
    assert report.kind == "ocfl-storage-root" and {f.code for f in report.findings} == {"OCFL-UNREADABLE"}


# --------------------------------------------------------------------------------------------------------
# The codes
# --------------------------------------------------------------------------------------------------------


def test_every_spec_code_is_registered() -> None:
    spec_codes = {f"E{n:03d}" for n in range(1, 113)} - {"E065", "E109"}
    warnings = {f"W{n:03d}" for n in range(1, 17)} - {"W006"}
    assert spec_codes | warnings <= set(REGISTRY)
    assert spec_codes >= ONLY_1_0 and spec_codes | warnings >= NEVER_EMITTED
    for code in spec_codes | warnings:
        info = REGISTRY[code]
        assert info.severity is (Severity.WARNING if code.startswith("W") else Severity.ERROR)
        assert info.spec.startswith("OCFL 1.") and f"({code})" in info.spec


# --------------------------------------------------------------------------------------------------------
# Nothing raises
# --------------------------------------------------------------------------------------------------------

_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8)
_json = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=20,
)
_keys = st.sampled_from(
    ["id", "type", "digestAlgorithm", "head", "manifest", "versions", "fixity", "contentDirectory", "x"]
)
_version_keys = st.sampled_from(["v1", "v2", "v01", "1", "v0", "va", "v2x"])
_inventories = st.fixed_dictionaries(
    {},
    optional={
        "id": _json,
        "type": st.sampled_from(
            ["https://ocfl.io/1.1/spec/#inventory", "https://ocfl.io/1.0/spec/#inventory"]
        )
        | _json,
        "digestAlgorithm": st.sampled_from(["sha512", "sha256", "md5"]) | _json,
        "head": _version_keys | _json,
        "manifest": st.dictionaries(st.text(max_size=4), st.lists(_json | st.text(max_size=12), max_size=3))
        | _json,
        "versions": st.dictionaries(
            _version_keys,
            st.fixed_dictionaries(
                {},
                optional={"created": _json, "state": _json, "user": _json, "message": _json, "x": _json},
            )
            | _json,
        )
        | _json,
        "fixity": st.dictionaries(st.sampled_from(["md5", "sha1", "size", "x"]), _json) | _json,
        "contentDirectory": _json,
    },
)


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=_inventories | _json | st.dictionaries(_keys, _json), spec=st.sampled_from([None, "1.0", "1.1"]))
def test_any_json_is_findings(data: Any, spec: str | None) -> None:
    inv, found = check_inventory(data, where="inventory.json", spec=spec, declared=spec)
    assert all(f.code in REGISTRY and f.code not in NEVER_EMITTED for f in found)
    if spec == "1.0":
        assert not {f.code for f in found} & ONLY_1_1
    other, _ = check_inventory(data, where="v1/inventory.json")
    compare_with_newer(other, inv, first_version="v1")


_names = st.sampled_from(
    [
        "inventory.json",
        "inventory.json.sha512",
        "inventory.json.sha256",
        "0=ocfl_object_1.1",
        "0=ocfl_object_1.0",
        "v1",
        "v2",
        "content",
        "logs",
        "extensions",
        "a.txt",
        "0005-mutable-head",
    ]
)
_trees: st.SearchStrategy[Any] = st.recursive(
    st.binary(max_size=40) | st.sampled_from([b"{}", b"ocfl_object_1.1\n", b"[1,", b"\xff\xfe"]),
    lambda inner: st.dictionaries(_names, inner, max_size=5),
    max_leaves=15,
)


def _plant(folder: Path, tree: Mapping[str, Any]) -> None:
    for name, node in tree.items():
        if isinstance(node, dict):
            (folder / name).mkdir()
            _plant(folder / name, node)
        else:
            (folder / name).write_bytes(node)


@pytest.mark.slow
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(tree=st.dictionaries(_names, _trees, max_size=6), inventory=_inventories)
def test_any_tree_is_findings(tmp_path: Path, tree: Mapping[str, Any], inventory: Json) -> None:
    folder = tmp_path / "case"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    _plant(folder, tree)
    if not (folder / "inventory.json").exists():
        (folder / "inventory.json").write_text(json.dumps(inventory))
    result = validate_object(folder)
    assert all(f.code in REGISTRY and f.code not in NEVER_EMITTED for f in result.findings)
    root = validate_root(folder)
    assert all(f.code in REGISTRY and f.code not in NEVER_EMITTED for f in root.report().findings)


@pytest.mark.parametrize(
    "size", [0, 1, 65_536, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, (9 << 20) + 3, 21 << 20]
)
def test_digest_file_reads_once_and_agrees_with_hashlib(tmp_path: Path, size: int) -> None:
    """Every size around the read boundaries, through the small read, the block loop and the ring."""
    from archiver.formats.ocfl.validator import digest_file

    data = random.Random(size).randbytes(size)
    path = tmp_path / "f.bin"
    path.write_bytes(data)
    digests, read = digest_file(str(path), ["sha512", "sha256", "md5"])
    assert read == size
    for name in ("sha512", "sha256", "md5"):
        assert digests[name] == hashlib.new(name, data).hexdigest()
