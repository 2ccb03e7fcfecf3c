"""The OCFL 1.1 repository: real bags in, ocfl-py (an independent implementation) as the judge of every object.

Helpers here (``make_bag``, ``assert_ocfl_valid``, ``listing``) are shared by the other repository tests.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
from datetime import UTC, datetime
from pathlib import Path

import bagit
import pytest

from archiver import staging
from archiver.config import Organization, Settings
from archiver.errors import UsageError
from archiver.packaging import PackageOptions, package_article
from archiver.repository import InvalidBagError, OcflRepository, RepositoryLockedError
from archiver.repository import ocfl as ocfl_mod
from archiver.repository.events import read_events
from archiver.repository.locking import object_lock
from archiver.repository.ocfl import StagedFile, VersionMeta, object_path_0004, plan_version
from archiver.staging import STAGING_PREFIX
from tests.conftest import ARTICLES

ocfl = pytest.importorskip("ocfl", reason="ocfl-py (the independent OCFL validator) is not installed")
CAPTURED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
SETTINGS = Settings(organization=Organization(name="Riverside Library"))


# --------------------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------------------


def make_bag(
    article: Path, outdir: Path, *, identifier: str | None = None, replace: bool = False
) -> tuple[Path, str]:
    """A real bag of the article (made by the packager); returns (bag folder, External-Identifier)."""
    options = PackageOptions(
        outdir=outdir,
        settings=SETTINGS,
        identifier=identifier,
        captured=CAPTURED,
        durable=False,
        if_exists="replace" if replace else "keep",
    )
    result = package_article(article, options)
    assert result.bag is not None and result.identifier is not None
    return result.bag, result.identifier


def edited_article(
    tmp: Path, name: str = "plain.txt", extra: str = "Correction: the quay is 200 m long."
) -> Path:
    """A copy of a test article with one more paragraph: a correction of the same story."""
    path = tmp / "edited" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes((ARTICLES / name).read_bytes().rstrip(b"\n") + f"\n\n{extra}\n".encode())
    return path


def assert_ocfl_valid(object_root: Path) -> None:
    """ocfl-py validates the object (its root-level validation is blind to damage, so validate objects)."""
    validator = ocfl.validator.Validator(log_warnings=True)
    valid = validator.validate_object(str(object_root))
    assert valid, validator.status_str()


def assert_all_objects_valid(repo: OcflRepository) -> list[Path]:
    roots = list(repo.object_roots())
    for root in roots:
        assert_ocfl_valid(root)
    return roots


def listing(root: Path, *, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """Every file under root (relative path -> sha256), for before/after comparisons."""
    files: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if any(rel.startswith(s) for s in skip):
            continue
        if path.is_file():
            files[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
        elif path.is_dir():
            files[rel + "/"] = "dir"
    return files


def bag_bytes(bag: Path) -> dict[str, bytes]:
    return {p.relative_to(bag).as_posix(): p.read_bytes() for p in sorted(bag.rglob("*")) if p.is_file()}


def flip_byte(path: Path, offset: int = 10) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.fixture
def repo(tmp_path: Path) -> OcflRepository:
    return OcflRepository.init(tmp_path / "repo", durable=False)


@pytest.fixture
def bag(tmp_path: Path) -> tuple[Path, str]:
    return make_bag(ARTICLES / "plain.txt", tmp_path / "bags")


# --------------------------------------------------------------------------------------------------------
# storage root
# --------------------------------------------------------------------------------------------------------


def test_init_writes_an_ocfl_11_root_with_layout_0004(tmp_path: Path) -> None:
    repo = OcflRepository.init(tmp_path / "r")
    assert repo.created
    root = repo.root
    assert (root / "0=ocfl_1.1").read_text() == "ocfl_1.1\n"
    assert (
        json.loads((root / "ocfl_layout.json").read_text())["extension"]
        == "0004-hashed-n-tuple-storage-layout"
    )
    config = json.loads((root / "extensions/0004-hashed-n-tuple-storage-layout/config.json").read_text())
    assert config == {
        "extensionName": "0004-hashed-n-tuple-storage-layout",
        "digestAlgorithm": "sha256",
        "tupleSize": 3,
        "numberOfTuples": 3,
        "shortObjectRoot": False,
    }
    assert (root / "archiver-workspace.md").is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(STAGING_PREFIX)]
    again = OcflRepository.init(root)
    assert not again.created


def test_init_and_open_refuse_what_is_not_a_repository(tmp_path: Path) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("mine")
    with pytest.raises(UsageError) as exc:
        OcflRepository.init(tmp_path / "full")
    assert exc.value.code == "REPO_NOT_EMPTY"
    assert (tmp_path / "full" / "notes.txt").read_text() == "mine"
    with pytest.raises(UsageError) as exc:
        OcflRepository.open(tmp_path / "absent")
    assert exc.value.code == "REPO_NOT_FOUND"
    with pytest.raises(UsageError) as exc:
        OcflRepository.open(tmp_path / "full")
    assert exc.value.code == "REPO_NOT_OCFL"
    (tmp_path / "empty").mkdir()
    assert OcflRepository.open(tmp_path / "empty", create=True).created


def test_layout_0004_matches_the_extensions_examples() -> None:
    assert object_path_0004("object-01") == (
        "3c0/ff4/240/3c0ff4240c1e116dba14c7627f2319b58aa3d77606d0d90dfc6161608ac987d4"
    )
    assert object_path_0004("..hor/rib:le-$id") == (
        "487/326/d8c/487326d8c2a3c0b885e23da1469b4d6671fd4e76978924b4443e9e3c316cda6d"
    )


# --------------------------------------------------------------------------------------------------------
# ingest and export
# --------------------------------------------------------------------------------------------------------


def test_ingest_then_export_gives_back_the_same_bag(
    repo: OcflRepository, bag: tuple[Path, str], tmp_path: Path
) -> None:
    path, identifier = bag
    result = repo.ingest(path, user_name="Ada Archivist", user_address="mailto:ada@example.org")
    assert (result.outcome, result.version, result.object_id) == ("created", "v1", identifier)
    assert result.files == result.stored == 9
    object_root = repo.object_root(identifier)
    assert_ocfl_valid(object_root)

    inventory = json.loads((object_root / "inventory.json").read_bytes())
    block = inventory["versions"]["v1"]
    assert block["message"] == f"Ingest of bag {path.name}"
    assert block["user"] == {"name": "Ada Archivist", "address": "mailto:ada@example.org"}
    assert datetime.fromisoformat(block["created"]).tzinfo is not None and block["created"].endswith("Z")
    bag_sha256 = ocfl_mod.bag_manifest_digests(path)["sha256"]
    fixity = {p[0]: d for d, p in inventory["fixity"]["sha256"].items()}
    for logical, digest in bag_sha256.items():
        assert fixity[f"v1/content/{logical}"] == digest
    assert (object_root / "v1/inventory.json").read_bytes() == (object_root / "inventory.json").read_bytes()

    exported = repo.export(identifier, tmp_path / "out" / "bag")
    assert bag_bytes(exported) == bag_bytes(path)
    bagit.Bag(str(exported)).validate()
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(STAGING_PREFIX)]


def test_identical_bag_again_is_unchanged_and_writes_nothing_into_the_object(
    repo: OcflRepository, bag: tuple[Path, str]
) -> None:
    path, identifier = bag
    repo.ingest(path)
    before = listing(repo.object_root(identifier))
    result = repo.ingest(path)
    assert (result.outcome, result.version, result.stored) == ("unchanged", "v1", 0)
    assert listing(repo.object_root(identifier)) == before
    assert not [p for p in repo.workspace.iterdir() if p.name.startswith(STAGING_PREFIX)]


def test_a_corrected_bag_becomes_v2_storing_only_changed_files(
    repo: OcflRepository, bag: tuple[Path, str], tmp_path: Path
) -> None:
    path, identifier = bag
    original = tmp_path / "original-bag"
    shutil.copytree(path, original)
    repo.ingest(path)
    corrected, same_id = make_bag(
        edited_article(tmp_path), tmp_path / "bags", identifier=identifier, replace=True
    )
    assert same_id == identifier and corrected == path
    result = repo.ingest(corrected, message="Correction of the quay's length")
    assert (result.outcome, result.version) == ("updated", "v2")

    object_root = repo.object_root(identifier)
    assert_ocfl_valid(object_root)
    v1_digests = {hashlib.sha512(b).hexdigest() for b in bag_bytes(original).values()}
    changed = [p for p, b in bag_bytes(corrected).items() if hashlib.sha512(b).hexdigest() not in v1_digests]
    stored = [p for p in (object_root / "v2" / "content").rglob("*") if p.is_file()]
    assert len(stored) == len(changed) == result.stored
    assert 0 < len(stored) < 9  # bagit.txt at least is the same and is not stored again

    assert bag_bytes(repo.export(identifier, tmp_path / "v1", version="v1")) == bag_bytes(original)
    assert bag_bytes(repo.export(identifier, tmp_path / "v2")) == bag_bytes(corrected)
    assert [v["message"] for v in repo.show(identifier).versions] == [
        f"Ingest of bag {path.name}",
        "Correction of the quay's length",
    ]


def test_an_invalid_bag_is_refused_with_findings_and_nothing_is_written(
    repo: OcflRepository, bag: tuple[Path, str]
) -> None:
    path, _identifier = bag
    before = listing(repo.root)
    flip_byte(next((path / "data" / "original").iterdir()))
    with pytest.raises(InvalidBagError) as exc:
        repo.ingest(path)
    assert exc.value.code == "INGEST_INVALID_BAG"
    assert any(f.code.startswith("BAG-") for f in exc.value.findings)
    assert listing(repo.root) == before


def test_without_validation_the_bags_own_checksums_still_guard_the_copy(
    repo: OcflRepository, bag: tuple[Path, str]
) -> None:
    path, _identifier = bag
    before = listing(repo.root, skip=("extensions/archiver-workspace/locks",))
    flip_byte(next((path / "data" / "original").iterdir()))
    with pytest.raises(InvalidBagError) as exc:
        repo.ingest(path, validate=False)
    assert exc.value.code == "INGEST_CHECKSUM_MISMATCH"
    assert listing(repo.root, skip=("extensions/archiver-workspace/locks",)) == before


def test_a_bag_without_external_identifier_is_refused(repo: OcflRepository, tmp_path: Path) -> None:
    folder = tmp_path / "plain-bag"
    folder.mkdir()
    (folder / "a.txt").write_text("hello\n")
    bagit.make_bag(str(folder), checksums=["sha256", "sha512"])
    with pytest.raises(InvalidBagError) as exc:
        repo.ingest(folder, validate=False)
    assert exc.value.code == "INGEST_NO_IDENTIFIER"


def test_user_address_must_be_a_uri(repo: OcflRepository, bag: tuple[Path, str]) -> None:
    with pytest.raises(UsageError) as exc:
        repo.ingest(bag[0], user_address="ada at example.org")
    assert exc.value.code == "INGEST_USER_ADDRESS"


def test_events_and_receipt_record_the_ingest(repo: OcflRepository, bag: tuple[Path, str]) -> None:
    path, identifier = bag
    result = repo.ingest(path)
    events = read_events(repo.object_root(identifier))
    assert [(e["eventType"], e["eventOutcome"], e["objectVersion"]) for e in events] == [
        ("ingestion", "success", "v1"),
        ("fixity check", "success", "v1"),
    ]
    assert all(e["linkingAgent"]["name"] == "archiver" for e in events)
    assert result.receipt_path is not None and result.receipt_path.is_relative_to(repo.workspace)
    receipt = json.loads(result.receipt_path.read_text())
    assert receipt["object_id"] == identifier and receipt["outcome"] == "created" and receipt["verified"]
    by_path = {f["logical_path"]: f for f in receipt["files"]}
    assert set(by_path) == set(bag_bytes(path))
    for logical, data in bag_bytes(path).items():
        assert by_path[logical]["sha512"] == hashlib.sha512(data).hexdigest()
        assert by_path[logical]["sha256"] == hashlib.sha256(data).hexdigest()


def test_list_and_show(repo: OcflRepository, tmp_path: Path) -> None:
    ids = []
    for name in ("plain.txt", "french.txt", "chinese.txt"):
        path, identifier = make_bag(ARTICLES / name, tmp_path / "bags")
        repo.ingest(path)
        ids.append(identifier)
    summaries = list(repo.list_objects())
    assert sorted(s.object_id for s in summaries) == sorted(ids)
    assert {s.head for s in summaries} == {"v1"}
    detail = repo.show(ids[0])
    assert detail.head == "v1" and len(detail.files) == 9 and len(detail.events) == 2
    with pytest.raises(UsageError) as exc:
        repo.show("urn:uuid:00000000-0000-0000-0000-000000000000")
    assert exc.value.code == "OBJECT_NOT_FOUND"


def test_export_refuses_damaged_content_and_leaves_no_output(
    repo: OcflRepository, bag: tuple[Path, str], tmp_path: Path
) -> None:
    path, identifier = bag
    repo.ingest(path)
    flip_byte(repo.object_root(identifier) / "v1/content/bagit.txt", 3)
    with pytest.raises(Exception) as exc:
        repo.export(identifier, tmp_path / "out" / "bag")
    assert getattr(exc.value, "code", None) == "EXPORT_FIXITY"
    assert not (tmp_path / "out" / "bag").exists()
    assert list((tmp_path / "out").iterdir()) == []


def test_export_unknown_version_and_existing_destination(
    repo: OcflRepository, bag: tuple[Path, str], tmp_path: Path
) -> None:
    _, identifier = bag
    repo.ingest(bag[0])
    with pytest.raises(UsageError) as exc:
        repo.export(identifier, tmp_path / "x", version="v7")
    assert exc.value.code == "EXPORT_NO_VERSION"
    (tmp_path / "exists").mkdir()
    with pytest.raises(UsageError) as exc:
        repo.export(identifier, tmp_path / "exists")
    assert exc.value.code == "EXPORT_EXISTS"


# --------------------------------------------------------------------------------------------------------
# locking and recovery
# --------------------------------------------------------------------------------------------------------


def test_a_held_object_lock_makes_a_second_writer_fail_cleanly(
    repo: OcflRepository, bag: tuple[Path, str]
) -> None:
    path, identifier = bag
    with object_lock(repo.workspace / "locks", identifier), pytest.raises(RepositoryLockedError) as exc:
        repo.ingest(path, lock_timeout=0.2)
    assert exc.value.code == "REPO_LOCKED"
    assert not repo.object_root(identifier).exists()


def test_a_waiting_writer_proceeds_once_the_lock_is_released(
    repo: OcflRepository, bag: tuple[Path, str]
) -> None:
    path, identifier = bag
    release = threading.Event()

    def hold() -> None:
        with object_lock(repo.workspace / "locks", identifier):
            release.wait(5)

    holder = threading.Thread(target=hold)
    holder.start()
    threading.Timer(0.3, release.set).start()
    try:
        assert repo.ingest(path, lock_timeout=5).outcome == "created"
    finally:
        holder.join()


def test_without_rename_exchange_the_object_is_moved_aside_and_restored_after_a_crash(
    repo: OcflRepository, bag: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, identifier = bag
    repo.ingest(path)
    monkeypatch.setattr(ocfl_mod, "_RENAMEAT2", None)
    live = repo.object_root(identifier)
    aside = repo.workspace / f"aside-{live.name}"
    os.rename(live, aside)  # the state a crash between the two renames leaves
    corrected, _ = make_bag(edited_article(tmp_path), tmp_path / "bags", identifier=identifier, replace=True)
    result = repo.ingest(corrected)
    assert (result.outcome, result.version) == ("updated", "v2")
    assert not aside.exists()
    assert_ocfl_valid(live)


def test_stale_staging_folders_of_dead_writers_are_removed(
    repo: OcflRepository, bag: tuple[Path, str]
) -> None:
    host = staging._HOST
    stale = repo.workspace / f"{STAGING_PREFIX}{host}-999999999-x-abc"
    (stale / "object").mkdir(parents=True)
    repo.ingest(bag[0])
    assert not stale.exists()


# --------------------------------------------------------------------------------------------------------
# pure inventory building
# --------------------------------------------------------------------------------------------------------

META = VersionMeta(created="2024-05-01T12:00:00Z", message="m", user_name="u")


def _files(**contents: str) -> list[StagedFile]:
    return [
        StagedFile(p, hashlib.sha512(c.encode()).hexdigest(), hashlib.sha256(c.encode()).hexdigest(), len(c))
        for p, c in contents.items()
    ]


def test_plan_version_deduplicates_within_and_across_versions() -> None:
    first = plan_version(None, "id", _files(**{"a.txt": "x", "b.txt": "x", "c.txt": "y"}), META)
    assert first.version == "v1" and not first.unchanged
    assert first.store == {"a.txt": "v1/content/a.txt", "c.txt": "v1/content/c.txt"}
    assert first.inventory["versions"]["v1"]["state"][hashlib.sha512(b"x").hexdigest()] == ["a.txt", "b.txt"]
    same = plan_version(first.inventory, "id", _files(**{"c.txt": "y", "b.txt": "x", "a.txt": "x"}), META)
    assert same.unchanged and same.version == "v1"
    second = plan_version(first.inventory, "id", _files(**{"a.txt": "x", "c.txt": "z", "d.txt": "y"}), META)
    assert second.version == "v2" and second.store == {"c.txt": "v2/content/c.txt"}
    assert set(second.inventory["manifest"]) == {hashlib.sha512(c).hexdigest() for c in (b"x", b"y", b"z")}
    assert second.inventory["fixity"]["sha256"][hashlib.sha256(b"z").hexdigest()] == ["v2/content/c.txt"]
    assert first.inventory["head"] == "v1"  # the previous inventory is not modified
