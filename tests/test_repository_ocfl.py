"""The OCFL 1.1 repository: real bags in, ocfl-py (an independent implementation) as the judge of every object.

Helpers here (``make_bag``, ``assert_ocfl_valid``, ``listing``) are shared by the other repository tests.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import shutil
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import bagit
import pytest

from archiver import staging
from archiver.config import Organization, Settings
from archiver.errors import UsageError
from archiver.formats.ocfl.versions import StagedFile, VersionMeta, plan_version
from archiver.packaging import PackageOptions, package_article
from archiver.repository import (
    IngestOptions,
    InvalidBagError,
    OcflRepository,
    RepositoryLockedError,
)
from archiver.repository import ocfl as ocfl_module
from archiver.repository.events import read_events
from archiver.repository.ingest import Batch
from archiver.repository.intake import manifest_digests
from archiver.repository.locking import object_lock
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


def test_a_root_renamed_into_place_between_inits_checks_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The interleaving that failed one bag of a CI run, forced: this init finds no root, another process's
    whole init lands (here, a real init run at the moment in between), then this one finds the folder full.
    It is the other's complete root, so it is opened, not refused as REPO_NOT_EMPTY."""
    root = tmp_path / "repo"
    real = ocfl_module.make_layout

    def another_init_lands_first(*args: Any) -> Any:
        monkeypatch.setattr(ocfl_module, "make_layout", real)
        assert OcflRepository.init(root).created
        return real(*args)

    monkeypatch.setattr(ocfl_module, "make_layout", another_init_lands_first)
    repo = OcflRepository.init(root)
    assert not repo.created and repo.spec == "1.1" and ocfl_module.make_layout is real


def _create_at_once(root: str, start: Any, done: Any) -> None:
    start.wait()
    try:
        OcflRepository.open(Path(root), create=True)
        done.put("ok")
    except UsageError as exc:
        done.put(exc.code)
    except Exception as exc:  # anything else is reported, not waited for
        done.put(repr(exc))


def test_processes_creating_one_root_at_once_all_open_it(tmp_path: Path) -> None:
    """Each worker process of an ingest creates the storage root its first bag needs; the one whose
    rename lands first makes it, the others must open it, not call it a stranger's folder (REPO_NOT_EMPTY),
    wherever between their checks the rename falls. Real processes released by one barrier, many rounds,
    some into an empty folder the user made."""
    forked = multiprocessing.get_context("fork")
    for n in range(20):
        root = tmp_path / f"root{n}"
        if n % 2:
            root.mkdir()
        start, done = forked.Barrier(4), forked.Queue()
        racers = [forked.Process(target=_create_at_once, args=(str(root), start, done)) for _ in range(4)]
        for racer in racers:
            racer.start()
        outcomes = [done.get(timeout=60) for _ in racers]
        for racer in racers:
            racer.join(timeout=60)
        assert outcomes == ["ok"] * 4, (n, outcomes)
        assert OcflRepository.open(root).spec == "1.1"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(STAGING_PREFIX)]


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
    bag_sha256 = {
        logical: digest
        for name in ("manifest-sha256.txt", "tagmanifest-sha256.txt")
        if (path / name).is_file()
        for logical, digest in manifest_digests((path / name).read_text(encoding="utf-8-sig")).items()
    }
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
# validation folded into the copy: one read per file, the validator's own findings, nothing lands
# --------------------------------------------------------------------------------------------------------


def _flip_payload(bag: Path) -> None:
    flip_byte(next((bag / "data" / "original").iterdir()))


def _flip_tag_file(bag: Path) -> None:
    text = (bag / "bag-info.txt").read_bytes()
    flip_byte(bag / "bag-info.txt", text.index(b"Bagging-Date") + 2)  # the label's case changes


def _extra_file(bag: Path) -> None:
    (bag / "data" / "original" / "smuggled.txt").write_text("not in any manifest\n")


def _missing_file(bag: Path) -> None:
    (bag / "data" / "metadata" / "article-metadata.json").unlink()


TAMPERINGS = {
    "flipped payload byte": (_flip_payload, "BAG-MANIFEST-CHECKSUM"),
    "flipped tag-file byte": (_flip_tag_file, "BAG-TAGMANIFEST-CHECKSUM"),
    "extra file": (_extra_file, "BAG-PAYLOAD-UNLISTED"),
    "missing file": (_missing_file, "BAG-PAYLOAD-MISSING"),
}


@pytest.mark.parametrize("existing", [False, True], ids=["new object", "existing object"])
@pytest.mark.parametrize("name", sorted(TAMPERINGS))
def test_a_tampered_bag_is_refused_with_the_validators_codes_and_nothing_lands(
    tmp_path: Path, name: str, existing: bool
) -> None:
    repo = OcflRepository.init(tmp_path / "repo")  # durable: the flushes run too
    path, _identifier = make_bag(ARTICLES / "plain.txt", tmp_path / "bags")
    if existing:  # the update path hashes first and stores later: it must refuse just the same
        original = tmp_path / "original"
        shutil.copytree(path, original)
        repo.ingest(original)
    before = listing(repo.root)
    tamper, code = TAMPERINGS[name]
    tamper(path)
    with pytest.raises(InvalidBagError) as exc:
        repo.ingest(path)
    assert exc.value.code == "INGEST_INVALID_BAG"
    assert code in {f.code for f in exc.value.findings if str(f.severity) == "error"}
    assert listing(repo.root) == before  # every object, the workspace, locks and receipts included
    results = repo.ingest_many([path, path, path, path], jobs=2)  # the batched path refuses it too
    assert len(results) == 4
    assert all(r.outcome == "refused" and r.error and r.error.code == "INGEST_INVALID_BAG" for r in results)
    assert all(code in {f.code for f in r.error.findings} for r in results if r.error)
    assert listing(repo.root) == before


def _web_bag(tmp_path: Path) -> Path:
    from archiver.web.options import CaptureOptions
    from archiver.web.package_url import package_url
    from tests.webserver import serve

    with serve() as server:
        options = PackageOptions(
            outdir=tmp_path / "web",
            settings=SETTINGS,
            captured=CAPTURED,
            durable=False,
            capture=CaptureOptions(timeout=5.0),
        )
        result = package_url(server.url("/articles/jsonld.html"), options)
    assert result.bag is not None
    return result.bag


def _retitle(bag: Path) -> None:
    """A metadata change resealed into the manifests: only the package cross-checks can see it."""
    from tests.test_validation_web_bags import reseal

    meta = bag / "data" / "metadata" / "article-metadata.json"
    value = json.loads(meta.read_bytes())
    value["title"] = "Another title altogether"
    meta.write_text(json.dumps(value), encoding="utf-8")
    reseal(bag)


def test_ingest_validation_gives_the_same_findings_as_archiver_validate(tmp_path: Path) -> None:
    from archiver.repository.intake import Intake, validate_into
    from archiver.validation.run import ValidateOptions, validate_target

    cases: dict[str, Path] = {}
    for name, (tamper, _code) in [
        *TAMPERINGS.items(),
        ("valid", (lambda _bag: None, "")),
        ("resealed", (_retitle, "")),
    ]:
        bag, _ = make_bag(ARTICLES / "plain.txt", tmp_path / name)
        tamper(bag)
        cases[name] = bag
    cases["web capture"] = _web_bag(tmp_path)
    unlisted = Path(shutil.copytree(cases["web capture"], tmp_path / "unlisted-tag" / "bag"))
    (unlisted / "notes.txt").write_text("a tag file no tag manifest lists\n")
    cases["unlisted tag file"] = unlisted
    for name, bag in cases.items():
        stage = tmp_path / "stage" / name.replace(" ", "-")
        stage.mkdir(parents=True)
        ours = validate_into(Intake(bag, stage)).findings
        theirs = validate_target(bag, ValidateOptions()).findings
        assert [f.to_dict() for f in ours] == [f.to_dict() for f in theirs], name
        if not any(str(f.severity) == "error" for f in theirs):  # what was hashed was copied, byte for byte
            copied = {p.relative_to(stage).as_posix() for p in stage.rglob("*") if p.is_file()}
            assert copied and all((stage / p).read_bytes() == (bag / p).read_bytes() for p in copied)
    resealed = validate_target(cases["resealed"], ValidateOptions()).errors
    assert resealed and all(f.code.startswith("PKG-") for f in resealed)  # the package checks ran


def test_a_web_capture_bag_is_ingested_and_exported_byte_for_byte(
    repo: OcflRepository, tmp_path: Path
) -> None:
    bag = _web_bag(tmp_path)
    result = repo.ingest(bag)
    assert result.outcome == "created" and result.files == result.stored
    assert_ocfl_valid(repo.object_root(result.object_id))
    assert bag_bytes(repo.export(result.object_id, tmp_path / "out")) == bag_bytes(bag)


@pytest.mark.parametrize("validate", [True, False])
def test_a_symlink_in_the_bag_is_refused_as_unsupported(
    repo: OcflRepository, bag: tuple[Path, str], validate: bool
) -> None:
    path, _identifier = bag
    before = listing(repo.root, skip=("extensions/archiver-workspace/locks",))
    (path / "data" / "link.txt").symlink_to("original")
    with pytest.raises(InvalidBagError) as exc:
        repo.ingest(path, validate=validate)
    assert exc.value.code in ("INGEST_UNSUPPORTED_FILE", "INGEST_INVALID_BAG")
    assert listing(repo.root, skip=("extensions/archiver-workspace/locks",)) == before


# --------------------------------------------------------------------------------------------------------
# groups: several bags flushed and committed together
# --------------------------------------------------------------------------------------------------------


def test_a_batch_flushes_once_per_group_and_reports_in_input_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = OcflRepository.init(tmp_path / "repo")
    first, first_id = make_bag(ARTICLES / "plain.txt", tmp_path / "a")
    broken, _ = make_bag(ARTICLES / "french.txt", tmp_path / "b")
    _flip_payload(broken)
    third, third_id = make_bag(ARTICLES / "chinese.txt", tmp_path / "c")
    again, _ = make_bag(edited_article(tmp_path), tmp_path / "d", identifier=first_id)
    flushes: list[str] = []
    real_syncfs = staging.sync_filesystem
    monkeypatch.setattr(staging, "sync_filesystem", lambda p: flushes.append("syncfs") or real_syncfs(p))
    seen: list[tuple[Path, str]] = []
    results = repo.ingest_many(
        [first, broken, third, again],
        jobs=1,
        on_result=lambda bag, r: seen.append((bag, r.error.code if r.error else r.outcome)),
    )
    assert [r.error.code if r.error else r.outcome for r in results] == [
        "created",
        "INGEST_INVALID_BAG",
        "created",
        "updated",  # the same object again: its group closed first, so it builds on v1
    ]
    assert [b for b, _outcome in seen] == [first, broken, third, again]
    assert [s for _b, s in seen] == ["created", "INGEST_INVALID_BAG", "created", "updated"]
    # Two groups (the second bag of the same object closes the first), each flushed before and after its
    # commit: four flushes however many bags a group holds. (In a long run one flush serves two groups.)
    assert flushes == ["syncfs"] * 4
    assert repo.inventory(first_id)["head"] == "v2" and repo.inventory(third_id)["head"] == "v1"
    assert_all_objects_valid(repo)
    for result in results:
        if result.ok:
            events = read_events(repo.object_root(result.object_id))
            assert [e["eventType"] for e in events][-2:] == ["ingestion", "fixity check"]
            assert result.receipt_path is not None and result.receipt_path.is_file()
    assert not [p for p in repo.workspace.iterdir() if p.name.startswith(STAGING_PREFIX)]


def test_without_syncfs_each_file_and_folder_is_fsynced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(staging, "_SYNCFS", None)
    synced: list[str] = []
    real_file, real_dir = staging.fsync_file, staging.fsync_dir
    monkeypatch.setattr(staging, "fsync_file", lambda p: synced.append(str(p)) or real_file(p))
    monkeypatch.setattr(staging, "fsync_dir", lambda p: synced.append(str(p) + "/") or real_dir(p))
    repo = OcflRepository.init(tmp_path / "repo")
    path, identifier = make_bag(ARTICLES / "plain.txt", tmp_path / "bags")
    synced.clear()
    result = repo.ingest(path)
    live = repo.object_root(identifier)
    staged = [p for p in synced if STAGING_PREFIX in p and p.endswith("/v1/content/bagit.txt")]
    assert staged and synced.index(staged[0]) < synced.index(str(live.parent) + "/")  # flushed, then moved
    assert str(live.parent) + "/" in synced and str(repo.root) + "/" in synced  # the rename, the tuples
    assert str(live / "logs" / "events.jsonl") in synced and str(result.receipt_path) in synced
    assert_ocfl_valid(live)


def test_ingest_in_workers_gives_one_result_per_bag_in_input_order(
    repo: OcflRepository, tmp_path: Path
) -> None:
    names = ["plain.txt", "french.txt", "crlf.txt", "chinese.txt", "dateline_ap.txt", "credits_stacked.txt"]
    made = [make_bag(ARTICLES / name, tmp_path / str(n)) for n, name in enumerate(names)]
    seen: list[Path] = []
    results = repo.ingest_many([bag for bag, _id in made], jobs=2, on_result=lambda bag, _r: seen.append(bag))
    assert [r.outcome for r in results] == ["created"] * len(names)
    assert [r.object_id for r in results] == [identifier for _bag, identifier in made]
    assert seen == [bag for bag, _id in made]
    assert_all_objects_valid(repo)


def test_a_batch_meeting_a_held_lock_commits_what_it_has_then_waits(
    repo: OcflRepository, tmp_path: Path
) -> None:
    first, first_id = make_bag(ARTICLES / "plain.txt", tmp_path / "a")
    second, second_id = make_bag(ARTICLES / "french.txt", tmp_path / "b")
    with object_lock(repo.workspace / "locks", second_id):
        results = repo.ingest_many([first, second], jobs=1, lock_timeout=0.2)
    assert results[0].outcome == "created"
    assert results[1].outcome == "failed" and results[1].error and results[1].error.code == "REPO_LOCKED"
    assert repo.object_root(first_id).is_dir() and not repo.object_root(second_id).exists()
    assert not [p for p in repo.workspace.iterdir() if p.name.startswith(STAGING_PREFIX)]


def test_a_lock_set_never_waits_while_holding_a_lock(tmp_path: Path) -> None:
    from archiver.repository.locking import LockSet, lock_path

    locks = LockSet(tmp_path / "locks")
    seen: dict[str, str] = {}
    for n in range(5000):  # 4,096 stripes: two of these IDs share one
        name = lock_path(tmp_path, f"id-{n}").name
        if name in seen:
            ids = [seen[name], f"id-{n}", f"id-{n + 1}"]
            break
        seen[name] = f"id-{n}"
    assert locks.try_add(ids[0]) and locks.try_add(ids[0])  # held already: taken again at once
    assert locks.try_add(ids[1]) and len(locks) == 1  # a shared stripe is shared, not waited for
    with pytest.raises(RuntimeError):
        locks.add(ids[2], timeout=0.1)  # waiting while holding could deadlock
    other = LockSet(tmp_path / "locks")
    assert not other.try_add(ids[0])
    locks.release()
    assert other.try_add(ids[0])
    other.release()


def test_a_shared_stripe_stays_locked_until_its_last_object_is_released(tmp_path: Path) -> None:
    from archiver.repository.locking import LockSet, lock_path

    seen: dict[str, str] = {}
    for n in range(5000):
        name = lock_path(tmp_path, f"id-{n}").name
        if name in seen:
            first, second = seen[name], f"id-{n}"
            break
        seen[name] = f"id-{n}"
    locks, other = LockSet(tmp_path / "locks"), LockSet(tmp_path / "locks")
    assert locks.try_add(first) and locks.try_add(second)  # two groups' objects under one stripe
    locks.release_objects([first])  # the first group is reported
    assert not other.try_add(second)  # the second group still holds the stripe
    locks.release_objects([second])
    assert len(locks) == 0 and other.try_add(second)
    other.release()


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
    monkeypatch.setattr(staging, "_RENAMEAT2", None)
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


def test_a_worker_keeps_no_result_once_it_is_reported(repo: OcflRepository, tmp_path: Path) -> None:
    """A worker of a long run hands each result on and forgets it (and its bag): memory stays flat."""
    good, _id = make_bag(ARTICLES / "plain.txt", tmp_path / "bags")
    broken = tmp_path / "not-a-bag"
    broken.mkdir()
    seen: list[tuple[Path, str]] = []

    def collect(bag: Path, result: object) -> None:
        seen.append((bag, type(result).__name__))

    batch = Batch(repo, [], IngestOptions(), collect, keep_results=False)
    try:
        for path in (good, broken, good):
            batch.add(batch.append(path))
        batch.finish()
    finally:
        batch.abandon()
    assert seen == [
        (good, "IngestResult"),
        (broken, "InvalidBagError"),
        (good, "IngestResult"),
    ]
    assert batch.results == {} and batch.bags == {}
