"""Repositories archiver did not make: ocfl-py's roots and objects (OCFL 1.0 and 1.1, its layouts, sha256
inventories), every layout archiver writes, and roots whose layout archiver must not guess.

ocfl-py is the independent judge: every object archiver writes or updates here passes its object validator,
and a root it made still passes its root validation after archiver ingested into it.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from archiver.errors import UsageError
from archiver.formats.ocfl.layouts import LAYOUTS, make_layout
from archiver.formats.ocfl.root_validator import validate_ocfl
from archiver.formats.ocfl.versions import next_version_name
from archiver.repository import OcflRepository
from tests.conftest import ARTICLES
from tests.test_repository_ocfl import assert_ocfl_valid, edited_article, listing, make_bag

ocfl = pytest.importorskip("ocfl", reason="ocfl-py (the independent OCFL validator) is not installed")

OTHER_ID = "urn:uuid:0b6f4c1e-1111-5222-8333-944455556666"


def ocflpy_root(path: Path, layout: str | None, *, spec: str = "1.1") -> Path:
    """A storage root initialised by ocfl-py itself."""
    ocfl.StorageRoot(root=str(path), layout_name=layout, spec_version=spec).initialize(spec_version=spec)
    return path


def ocflpy_object(
    tmp: Path, identifier: str, *, spec: str = "1.1", algorithm: str = "sha512", name: str = "src"
) -> Path:
    """An object written by ocfl-py (outside any root), with two files, one of them in a folder."""
    src = tmp / f"{name}-content"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text("first file\n")
    (src / "sub" / "b.txt").write_text("second file\n")
    obj = tmp / f"{name}-object"
    ocfl.Object(identifier=identifier, spec_version=spec, digest_algorithm=algorithm, fixity=["md5"]).create(
        srcdir=str(src), metadata=ocfl.VersionMetadata(message="made by ocfl-py"), objdir=str(obj)
    )
    return obj


def ocflpy_root_valid(root: Path) -> None:
    store = ocfl.StorageRoot(root=str(root))
    assert store.validate(validate_objects=True, check_digests=True), store.errors


# --------------------------------------------------------------------------------------------------------
# the issue's example: an ocfl-py 0002 root
# --------------------------------------------------------------------------------------------------------


def test_ingest_into_ocflpy_0002_root_lands_at_the_0002_path(tmp_path: Path) -> None:
    root = ocflpy_root(tmp_path / "root", "0002-flat-direct-storage-layout")
    theirs = ocflpy_object(tmp_path, "their-object")
    ocfl.StorageRoot(root=str(root)).add(str(theirs))
    bag, identifier = make_bag(ARTICLES / "plain.txt", tmp_path / "bags")

    repo = OcflRepository.open(root)
    assert repo.layout is not None and repo.layout.name == "0002-flat-direct-storage-layout"
    result = repo.ingest(bag)

    assert result.outcome == "created"
    assert result.object_path == identifier  # 0002: the ID itself is the folder name
    assert (root / identifier / "0=ocfl_object_1.1").is_file()
    assert {s.object_id: s.path for s in repo.list_objects()} == {
        "their-object": "their-object",
        identifier: identifier,
    }
    assert_ocfl_valid(root / identifier)
    ocflpy_root_valid(root)


def test_ocflpy_0003_root_read_and_ingested(tmp_path: Path) -> None:
    root = ocflpy_root(tmp_path / "root", "0003-hash-and-id-n-tuple-storage-layout")
    ocfl.StorageRoot(root=str(root)).add(str(ocflpy_object(tmp_path, "their:object")))
    bag, identifier = make_bag(ARTICLES / "plain.txt", tmp_path / "bags")
    repo = OcflRepository.open(root)
    result = repo.ingest(bag)
    expected = ocfl.StorageRoot(root=str(root)).object_path(identifier)
    assert result.object_path == expected
    assert sorted(s.object_id for s in repo.list_objects()) == sorted(["their:object", identifier])
    assert_ocfl_valid(root / expected)
    ocflpy_root_valid(root)


# --------------------------------------------------------------------------------------------------------
# other tools' objects: read, exported, given new versions
# --------------------------------------------------------------------------------------------------------


def test_foreign_object_shown_and_exported(tmp_path: Path) -> None:
    root = ocflpy_root(tmp_path / "root", "0002-flat-direct-storage-layout")
    ocfl.StorageRoot(root=str(root)).add(str(ocflpy_object(tmp_path, "their-object", algorithm="sha256")))
    repo = OcflRepository.open(root)
    detail = repo.show("their-object")
    assert [f["path"] for f in detail.files] == ["a.txt", "sub/b.txt"]
    out = repo.export("their-object", tmp_path / "out")
    assert (out / "a.txt").read_text() == "first file\n"
    assert (out / "sub" / "b.txt").read_text() == "second file\n"


@pytest.mark.parametrize("spec", ["1.0", "1.1"])
def test_new_version_of_a_foreign_object(tmp_path: Path, spec: str) -> None:
    """A 1.0 object in a 1.1 root becomes 1.1 from the new version on (§3.7.1); a sha256 object stays sha256."""
    root = ocflpy_root(tmp_path / "root", "0002-flat-direct-storage-layout")
    bag, identifier = make_bag(ARTICLES / "plain.txt", tmp_path / "bags")
    theirs = ocflpy_object(tmp_path, identifier, spec=spec, algorithm="sha256")
    ocfl.StorageRoot(root=str(root)).add(str(theirs))

    result = OcflRepository.open(root).ingest(bag)

    assert (result.outcome, result.version) == ("updated", "v2")
    obj = root / identifier
    assert sorted(p.name for p in obj.glob("0=*")) == ["0=ocfl_object_1.1"]
    inventory = json.loads((obj / "inventory.json").read_text())
    assert inventory["digestAlgorithm"] == "sha256"
    assert inventory["type"] == "https://ocfl.io/1.1/spec/#inventory"
    assert json.loads((obj / "v1" / "inventory.json").read_text())["type"].startswith(
        f"https://ocfl.io/{spec}/"
    )
    assert (obj / "inventory.json.sha256").is_file() and not (obj / "inventory.json.sha512").exists()
    assert_ocfl_valid(obj)
    ocflpy_root_valid(root)


def test_ingest_into_a_10_root_writes_10_objects(tmp_path: Path) -> None:
    root = ocflpy_root(tmp_path / "root", "0002-flat-direct-storage-layout", spec="1.0")
    bag, identifier = make_bag(ARTICLES / "plain.txt", tmp_path / "bags")
    repo = OcflRepository.open(root)
    assert repo.spec == "1.0"
    repo.ingest(bag)
    obj = root / identifier
    assert [p.name for p in obj.glob("0=*")] == ["0=ocfl_object_1.0"]
    assert json.loads((obj / "inventory.json").read_text())["type"] == "https://ocfl.io/1.0/spec/#inventory"
    assert_ocfl_valid(obj)
    ocflpy_root_valid(root)


# --------------------------------------------------------------------------------------------------------
# every layout archiver writes
# --------------------------------------------------------------------------------------------------------


#: The layouts ocfl-py 2.1.0 can read (it has no 0004, 0006 or 0007).
OCFLPY_LAYOUTS = ("0002-flat-direct-storage-layout", "0003-hash-and-id-n-tuple-storage-layout")
#: 0006 and 0007 have no default delimiter; with ':' a urn:uuid ID keeps its UUID.
CONFIGS = {
    "0006-flat-omit-prefix-storage-layout": {"delimiter": ":"},
    "0007-n-tuple-omit-prefix-storage-layout": {"delimiter": ":"},
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_layout_written_and_read_back(tmp_path: Path, layout: str) -> None:
    root = tmp_path / "root"
    repo = OcflRepository.init(root, layout=layout, layout_config=CONFIGS.get(layout), durable=False)
    assert json.loads((root / "ocfl_layout.json").read_text())["extension"] == layout
    bag, identifier = make_bag(ARTICLES / "plain.txt", tmp_path / "bags")
    result = repo.ingest(bag)
    expected = make_layout(layout, CONFIGS.get(layout)).object_path(identifier)
    assert result.object_path == expected and (root / expected / "inventory.json").is_file()
    reopened = OcflRepository.open(root)
    assert [s.object_id for s in reopened.list_objects()] == [identifier]
    assert_ocfl_valid(root / expected)
    second, _ = make_bag(edited_article(tmp_path), tmp_path / "bags2", identifier=identifier)
    assert reopened.ingest(second).version == "v2"
    assert_ocfl_valid(root / expected)
    assert validate_ocfl(root).valid  # and archiver's own verdict on the whole root
    if layout in OCFLPY_LAYOUTS:  # the layouts ocfl-py 2.1 knows: it checks the root as a whole too
        ocflpy_root_valid(root)


@pytest.mark.parametrize("layout", OCFLPY_LAYOUTS)
def test_roots_ocflpy_wrote_in_its_layouts_validate(tmp_path: Path, layout: str) -> None:
    root = ocflpy_root(tmp_path / "root", layout)
    ocfl.StorageRoot(root=str(root)).add(str(ocflpy_object(tmp_path, "their:object")))
    ocfl.StorageRoot(root=str(root)).add(str(ocflpy_object(tmp_path, "second", name="two")))
    report = validate_ocfl(root)
    assert report.valid, [f.to_dict() for f in report.findings]
    assert report.stats["objects"] == 2


def test_0006_without_a_delimiter_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as caught:
        OcflRepository.init(tmp_path / "root", layout="0006-flat-omit-prefix-storage-layout")
    assert caught.value.code == "REPO_LAYOUT_UNSUPPORTED" and "delimiter" in caught.value.message
    assert not (tmp_path / "root").exists()


def test_init_refuses_an_unknown_layout(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as caught:
        OcflRepository.init(tmp_path / "root", layout="9999-no-such-layout")
    assert caught.value.code == "REPO_LAYOUT_UNSUPPORTED"
    assert not (tmp_path / "root").exists()


# --------------------------------------------------------------------------------------------------------
# roots whose layout archiver must not guess
# --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("declared", [None, "nnnn-tuple-tree"])
def test_no_or_unknown_layout_read_but_never_written(tmp_path: Path, declared: str | None) -> None:
    """Without a layout archiver can map, objects are found by walking the root; ingest writes nothing."""
    root = ocflpy_root(tmp_path / "root", declared)
    shutil.copytree(ocflpy_object(tmp_path, "their-object"), root / "their" / "their-object")
    before = listing(root)
    repo = OcflRepository.open(root)
    assert repo.layout is None
    assert [s.object_id for s in repo.list_objects()] == ["their-object"]
    assert repo.show("their-object").files
    bag, _identifier = make_bag(ARTICLES / "plain.txt", tmp_path / "bags")
    with pytest.raises(UsageError) as caught:
        repo.ingest(bag)
    assert caught.value.code == "REPO_LAYOUT_UNSUPPORTED"
    assert (declared or "no storage layout") in caught.value.message
    with pytest.raises(UsageError):
        repo.ingest_many([bag, bag, bag, bag], jobs=2)
    assert listing(root) == before


def test_10_root_is_opened(tmp_path: Path) -> None:
    root = ocflpy_root(tmp_path / "root", "0002-flat-direct-storage-layout", spec="1.0")
    assert OcflRepository.open(root).spec == "1.0"


def test_object_folder_is_not_a_root(tmp_path: Path) -> None:
    obj = ocflpy_object(tmp_path, "x")
    with pytest.raises(UsageError) as caught:
        OcflRepository.open(obj)
    assert caught.value.code == "REPO_NOT_OCFL" and "object" in caught.value.message


# --------------------------------------------------------------------------------------------------------
# version naming
# --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "following"), [(None, "v1"), ("v1", "v2"), ("v9", "v10"), ("v001", "v002"), ("v0099", "v0100")]
)
def test_next_version_follows_the_objects_convention(head: str | None, following: str) -> None:
    inventory = None if head is None else {"head": head}
    assert next_version_name(inventory) == following


@pytest.mark.parametrize("head", ["v099", "v09", "1", "v0", "vx"])
def test_no_next_version(head: str) -> None:
    with pytest.raises(ValueError):
        next_version_name({"head": head})


def test_export_refuses_paths_that_leave_the_object(tmp_path: Path) -> None:
    root = ocflpy_root(tmp_path / "root", "0002-flat-direct-storage-layout")
    ocfl.StorageRoot(root=str(root)).add(str(ocflpy_object(tmp_path, "their-object")))
    obj = root / "their-object"
    inventory = json.loads((obj / "inventory.json").read_text())
    state = inventory["versions"]["v1"]["state"]
    digest = next(iter(state))
    state[digest] = ["../../escaped.txt"]
    data = json.dumps(inventory).encode()
    (obj / "inventory.json").write_bytes(data)
    (obj / "inventory.json.sha512").write_text(f"{hashlib.sha512(data).hexdigest()} inventory.json\n")
    with pytest.raises(UsageError) as caught:
        OcflRepository.open(root).export("their-object", tmp_path / "out" / "x")
    assert caught.value.code == "EXPORT_UNSAFE_PATH"
    assert not (tmp_path / "escaped.txt").exists() and not (tmp_path / "out").exists()


# --------------------------------------------------------------------------------------------------------
# as users run it
# --------------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_cli_validate_and_audit_any_root_and_object(tmp_path: Path) -> None:
    """``validate`` recognises a root and an object by content; ``audit`` takes a single object too;
    ``repo init --layout`` writes the layout asked for."""
    from tests.test_repository_cli import run_cli

    root = ocflpy_root(tmp_path / "ocflpy-root", "0002-flat-direct-storage-layout")
    ocfl.StorageRoot(root=str(root)).add(str(ocflpy_object(tmp_path, "their-object", spec="1.0")))
    obj = root / "their-object"

    checked = run_cli(tmp_path, "validate", root, obj, "--json")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    reports = [json.loads(line) for line in checked.stdout.splitlines()]
    assert [(r["kind"], r["valid"]) for r in reports] == [("ocfl-storage-root", True), ("ocfl-object", True)]

    (obj / "v1" / "content" / "a.txt").write_text("changed\n")
    damaged = run_cli(tmp_path, "validate", obj, "--json")
    assert damaged.returncode == 1
    assert "E092" in {f["code"] for f in json.loads(damaged.stdout)["findings"]}
    audited = run_cli(tmp_path, "audit", obj, "--json")
    assert audited.returncode == 1, audited.stderr
    issues = json.loads(audited.stdout)["issues"]
    assert ("E092", "their-object", "v1", "a.txt") in {
        (i["code"], i["object_id"], i["version"], i["logical_path"]) for i in issues
    }

    flat = tmp_path / "flat"
    made = run_cli(tmp_path, "repo", "init", flat, "--layout", "0002-flat-direct-storage-layout")
    assert made.returncode == 0, made.stderr
    assert (
        json.loads((flat / "ocfl_layout.json").read_text())["extension"] == "0002-flat-direct-storage-layout"
    )
    wrong = run_cli(tmp_path, "repo", "init", tmp_path / "other", "--layout", "0099-nothing")
    assert wrong.returncode == 2 and "REPO_LAYOUT_UNSUPPORTED" in wrong.stderr
    assert "Traceback" not in wrong.stderr
