"""The steps on one object of an ingest: its next version staged complete, committed, verified, recorded.

Each step works on one object under its lock: reading its head (:func:`head_inventory`), planning the
version (:func:`plan_next`), building the complete object in the workspace around the new content
(:func:`link_previous`, :func:`build_object`), publishing it with one rename (:func:`commit_object`),
re-reading it through its live path (:func:`verify_version`) and undoing the commit if that fails
(:func:`roll_back`), then its receipt (:func:`write_receipt`) and the flush that makes all of it durable
(:func:`flush`). The order of these steps across a group of bags, and the locks, are the pipeline's
(:mod:`archiver.repository.ingest`); the bag side is :mod:`archiver.repository.intake`.

Atomicity: a new object is assembled completely in the workspace and renamed into place, its missing tuple
folders created by the same rename. A new version is assembled as a complete copy of the object (earlier
versions hard-linked, not copied) plus the new version directory and inventories, and swapped with the
live object in one ``renameat2(RENAME_EXCHANGE)``; a crash at any instant leaves either the old object or
the new one, each valid. Where the filesystem cannot exchange, the live object is moved aside first and
restored by the next writer if the process died in between (:func:`recover_aside`).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver import staging
from archiver.fixity import CHUNK
from archiver.formats.ocfl.reading import DamagedObject, read_head_inventory
from archiver.formats.ocfl.structure import (
    INVENTORY,
    OCFL_VERSION,
    SPEC_VERSIONS,
    object_declaration,
    sidecar_name,
    spec_of_type,
)
from archiver.formats.ocfl.versions import (
    StagedFile,
    VersionMeta,
    VersionPlan,
    compact_json,
    encode_inventory,
    plan_version,
)
from archiver.repository import events as ev
from archiver.repository.intake import write_new
from archiver.repository.results import Outcome, RepositoryError, damaged

if TYPE_CHECKING:
    from archiver.repository.ocfl import OcflRepository

__all__ = [
    "build_object",
    "commit_object",
    "drop_unneeded",
    "flush",
    "head_inventory",
    "link_previous",
    "make_receipt",
    "new_stage",
    "plan_next",
    "recover_aside",
    "roll_back",
    "verify_version",
    "write_receipt",
]


def head_inventory(live: Path, object_id: str) -> dict[str, Any] | None:
    """The object's root inventory, verified against its sidecar (:func:`read_head_inventory`); None if the
    object does not exist yet; ``REPO_OBJECT_DAMAGED`` if it cannot be built on or read."""
    try:
        return read_head_inventory(live, object_id)
    except DamagedObject as exc:
        raise damaged(live, str(exc)) from None


def new_stage(workspace: Path, label: str) -> Path:
    try:
        return staging.new_staging_dir(workspace, label)
    except FileNotFoundError:  # the workspace was removed by hand: it is only ever a scratch area
        workspace.mkdir(parents=True, exist_ok=True)
        return staging.new_staging_dir(workspace, label)


def plan_next(
    previous: Mapping[str, Any] | None,
    object_id: str,
    files: Sequence[StagedFile],
    meta: VersionMeta,
    *,
    spec: str,
    live: Path,
) -> VersionPlan:
    """The object's next version, refused where the object cannot take one in this root: an object of a
    later OCFL version than the root (§4.2, E081), or zero-padded version names that have run out (§3.3,
    E013)."""
    if previous is not None:
        declared = spec_of_type(previous["type"]) or OCFL_VERSION
        if SPEC_VERSIONS.index(declared) > SPEC_VERSIONS.index(spec):
            raise RepositoryError(
                "REPO_OBJECT_NEWER",
                f"the object is OCFL {declared} but the storage root is OCFL {spec}: a new version would "
                "break the root (OCFL 1.1 §4.2, E081)",
                where=str(live),
            )
    try:
        return plan_version(previous, object_id, files, meta, spec=spec)
    except ValueError as exc:
        raise RepositoryError("REPO_VERSIONS_EXHAUSTED", str(exc), where=str(live)) from None


def recover_aside(live: Path, aside: Path) -> None:
    """Finish or undo a move-aside commit that a killed process left half done (filesystems without exchange)."""
    if not aside.exists():
        return
    if live.exists():
        shutil.rmtree(aside)  # the new object made it in place: the old copy is garbage
    else:
        os.rename(aside, live)  # died between the two renames: put the previous object back


def drop_unneeded(content: Path, files: Sequence[StagedFile], plan: VersionPlan) -> None:
    """Remove staged copies of content the object already holds (forward delta, dedup), and the folders
    that leaves empty: §3.3.1 forbids empty directories in content (E024) and an empty content folder
    (W003)."""
    dropped = [f.logical_path for f in files if f.logical_path not in plan.store]
    for logical in dropped:
        (content / logical).unlink()
    if not dropped:
        return
    for dirpath, _dirnames, _filenames in sorted(os.walk(content), key=lambda w: -len(w[0])):
        with contextlib.suppress(OSError):
            os.rmdir(dirpath)  # only succeeds on empty folders


def build_object(
    staged: Path,
    previous: Mapping[str, Any] | None,
    plan: VersionPlan,
    bag: Path,
    file_count: int,
    *,
    id_given: bool = False,
) -> tuple[bytes, bytes]:
    """Complete the staged object around the new version's content: the declaration (a new object, or one
    whose spec version this version raises, §3.2 and §3.7.1), both inventories with sidecars, and the
    ingestion event. Returns the inventory's and the sidecar's bytes."""
    root = os.fspath(staged)
    spec = spec_of_type(plan.inventory["type"]) or OCFL_VERSION
    before = spec_of_type(previous["type"]) if previous is not None else None
    if before != spec:
        if before is not None:
            os.unlink(os.path.join(root, object_declaration(before)))
        write_new(os.path.join(root, object_declaration(spec)), f"ocfl_object_{spec}\n".encode())
    data, sidecar = encode_inventory(plan.inventory)
    name = sidecar_name(plan.algorithm)
    for where in (os.path.join(root, plan.version), root):
        write_new(os.path.join(where, INVENTORY), data)
        write_new(os.path.join(where, name), sidecar)
    detail = f"ingested bag {bag.name}: {file_count} files, {len(plan.store)} stored in {plan.version}"
    extra = None
    if id_given:
        detail += f"; object ID {plan.inventory['id']} given at ingest (--id), not read from bag-info.txt"
        extra = {"objectIdentifierSource": "given at ingest"}
    event = ev.make_event("ingestion", "success", detail, object_version=plan.version, extra=extra)
    ev.append_events(staged, [event], durable=False)
    return data, sidecar


def link_previous(live: Path, staged: Path) -> None:
    """Hard-link every file of the live object into ``staged``, except the root inventory and its sidecar
    (rewritten) and ``logs`` (copied, since the new object's log gets appended to before it goes live)."""
    for dirpath, dirnames, filenames in os.walk(live):
        rel = Path(dirpath).relative_to(live)
        dirnames.sort()
        for name in dirnames:
            (staged / rel / name).mkdir()
        for name in filenames:
            if rel == Path(".") and (name == INVENTORY or name.startswith(f"{INVENTORY}.")):
                continue
            if rel.parts[:1] == (ev.LOGS_DIR,):
                shutil.copyfile(Path(dirpath, name), staged / rel / name)
            else:
                _link_or_copy(Path(dirpath, name), staged / rel / name)


def _read_all(path: str) -> bytes:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        parts = []
        while chunk := os.read(fd, CHUNK):
            parts.append(chunk)
    finally:
        os.close(fd)
    return b"".join(parts)


def _digest_of(path: str, algorithm: str) -> str:
    hasher = hashlib.new(algorithm)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        while chunk := os.read(fd, CHUNK):
            hasher.update(chunk)
    finally:
        os.close(fd)
    return hasher.hexdigest()


def verify_version(
    live: Path, plan: VersionPlan, files: Sequence[StagedFile], inventory_bytes: tuple[bytes, bytes]
) -> list[str]:
    """Re-read what the new version stored, through the live object, and compare it with the inventory.

    Both inventory files and their sidecars must be the bytes written (compared as bytes: no parsing),
    and every content file stored in this version must be listed in the inventory's manifest under the
    digest (the inventory's algorithm) it has when read back. One read per file; they were written moments ago, so usually from the
    page cache (the flush before the commit put them on disk).
    """
    data, sidecar = inventory_bytes
    root = os.fspath(live)
    problems: list[str] = []
    for where in (root, os.path.join(root, plan.version)):
        try:
            if (
                _read_all(os.path.join(where, INVENTORY)) != data
                or _read_all(os.path.join(where, sidecar_name(plan.algorithm))) != sidecar
            ):
                problems.append(f"{os.path.basename(where)}/{INVENTORY} differs from what was written")
        except OSError as exc:
            problems.append(f"{os.path.join(where, INVENTORY)}: {exc.strerror}")
    manifest: Mapping[str, list[str]] = plan.inventory["manifest"]
    algorithm = plan.algorithm
    for f in files:
        content_path = plan.store.get(f.logical_path)
        if content_path is None:
            continue
        wanted = f.digest(algorithm)
        if content_path not in manifest.get(wanted, ()):
            problems.append(f"{content_path}: not in the inventory's manifest under its {algorithm}")
            continue
        try:
            actual = _digest_of(os.path.join(root, content_path), algorithm)
        except OSError as exc:
            problems.append(f"{content_path}: {exc.strerror}")
            continue
        if actual != wanted:
            problems.append(f"{content_path}: {algorithm} {actual} instead of {wanted}")
    return problems


def make_receipt(
    bag: Path,
    object_path: str,
    plan: VersionPlan,
    files: Sequence[StagedFile],
    outcome: Outcome,
    started: datetime,
    *,
    id_given: bool = False,
) -> dict[str, Any]:
    """The ingest receipt (pure apart from the clock). ``object_id_source`` says where the object ID came
    from: the bag's External-Identifier, or the caller (``ingest --id``) for a bag without one."""
    stored = {logical: cp for logical, cp in plan.store.items()}
    by_digest = {d.lower(): p[0] for d, p in plan.inventory["manifest"].items()}
    algorithm = plan.algorithm
    return {
        "receipt_version": 1,
        "object_id": plan.inventory["id"],
        "object_path": object_path,
        "version": plan.version,
        "outcome": outcome,
        "object_id_source": "given at ingest (--id)" if id_given else "bag-info.txt External-Identifier",
        "bag": str(bag),
        "created": plan.inventory["versions"][plan.version]["created"],
        "started": ev.rfc3339(started),
        "finished": ev.rfc3339(ev.utc_now()),
        "verified": outcome != "unchanged",
        "files": [
            {
                "logical_path": f.logical_path,
                "content_path": by_digest.get(f.digest(algorithm)),
                "stored_now": f.logical_path in stored,
                "size": f.size,
                "sha512": f.sha512,
                "sha256": f.sha256,
            }
            for f in files
        ],
    }


def _link_or_copy(src: Path, dst: Path) -> None:
    """Hard-link an immutable content file into the staged object; copy where links are not possible."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _prune_empty_parents(path: Path, stop: Path) -> None:
    """Remove now-empty tuple folders up to the storage root (§4.1 E073 forbids empty directories)."""
    while path != stop and stop in path.parents:
        try:
            path.rmdir()
        except OSError:
            return
        path = path.parent


def _rename_into_new_folders(staged: Path, live: Path, root: Path) -> None:
    """Rename ``staged`` to ``live``, creating the missing folders between the root and ``live`` in the
    same rename, so that no moment leaves an empty folder in the storage root (E073, E088).

    Created one by one before the rename, tuple folders would stay empty when the run is interrupted or
    killed between the two. Instead the missing chain is built around the object in the workspace (the same
    filesystem) and its top folder renamed into place, which creates the whole path at once. If another
    ingest creates that top folder meanwhile, the rename fails and the next folder down is tried.
    """
    try:
        os.rename(staged, live)
        return
    except FileNotFoundError:  # the tuple folders do not exist yet
        pass
    missing: list[Path] = []  # ancestors of live that do not exist, nearest first
    parent = live.parent
    while parent != root and root in parent.parents and not parent.is_dir():
        missing.append(parent)
        parent = parent.parent
    if not missing:  # made by another ingest since
        os.rename(staged, live)
        return
    top = missing[-1]
    wrapper = staged.with_name(staged.name + ".path")  # stands for ``top`` until renamed to it
    (wrapper / live.parent.relative_to(top)).mkdir(parents=True)
    os.rename(staged, wrapper / live.relative_to(top))
    for target in reversed(missing):
        try:
            os.rename(wrapper, target)  # creates target and everything below it at once
            return
        except OSError as exc:
            if exc.errno not in (errno.EEXIST, errno.ENOTEMPTY):
                os.rename(wrapper / live.relative_to(target), staged)  # back where the rollback expects it
                _remove_empty_tree(wrapper)
                raise
        # another ingest made ``target`` meanwhile: the wrapper now stands for the folder below it
        below = wrapper.with_name(wrapper.name + "+")
        os.rename(wrapper / live.relative_to(target).parts[0], below)
        wrapper.rmdir()
        os.rename(below, wrapper)
    os.rename(wrapper, live)  # every folder above the object was made by others: the object itself


def _remove_empty_tree(path: Path) -> None:
    for dirpath, _dirnames, _files in os.walk(path, topdown=False):
        with contextlib.suppress(OSError):
            os.rmdir(dirpath)


def commit_object(
    repo: OcflRepository, staged: Path, live: Path, aside: Path, *, created: bool
) -> Path | None:
    """Publish the staged object; return where the old object now lies (to delete), if any."""
    if created:
        _rename_into_new_folders(staged, live, repo.root)
        old = None
    elif staging.exchange_dirs(staged, live):
        old = staged
    else:  # no RENAME_EXCHANGE here: move the live object aside, then the new one in
        os.rename(live, aside)
        os.rename(staged, live)
        old = aside
    return old  # made durable by the group's flush after the commits, with the events and receipts


def roll_back(
    repo: OcflRepository, staged: Path, live: Path, aside: Path, old: Path | None, *, created: bool
) -> None:
    """Undo a commit whose verification failed: the previous object goes back in place."""
    if created:
        os.rename(live, staged)
        _prune_empty_parents(live.parent, repo.root)
    elif old is not None and not staging.exchange_dirs(old, live):
        shutil.rmtree(live)
        os.rename(old, live)
    if repo.durable:
        staging.fsync_dir(live.parent)


def write_receipt(
    repo: OcflRepository, receipt: dict[str, Any], object_id: str, version: str, outcome: Outcome
) -> Path:
    """Write the ingest's receipt into the workspace's receipts folder, under a name no other takes."""
    finished: str = receipt["finished"]
    day = repo.workspace / "receipts" / finished[:4] / finished[5:7] / finished[8:10]
    stamp = finished[11:19].replace(":", "")
    key = hashlib.sha256(object_id.encode("utf-8")).hexdigest()[:16]
    base = f"{stamp}Z-{key}-{version}-{outcome}"
    data = compact_json(receipt)
    for n in range(1000):
        path = day / (f"{base}.json" if n == 0 else f"{base}-{n}.json")
        try:
            write_new(os.fspath(path), data)
            return path
        except FileExistsError:
            continue
        except FileNotFoundError:  # the day's first receipt
            day.mkdir(parents=True, exist_ok=True)
            write_new(os.fspath(path), data)
            return path
    raise FileExistsError(str(day / base))


def flush(repo: OcflRepository, staged: Sequence[Path], lives: Sequence[Path], files: Sequence[Path]) -> None:
    """Make staged objects, committed objects (renames, tuple folders, events) and receipts durable.

    One ``syncfs`` covers them all (:func:`archiver.staging.make_durable`); where there is none, each
    tree and file is fsynced, and for the committed ones the folders holding them up to the storage root,
    which the renames into new tuple folders changed.
    """
    if repo.durable:
        staging.make_durable(repo.root, staged, placed=[*lives, *files])
