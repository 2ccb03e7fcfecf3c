"""Getting a bag back out of the repository: a version's logical state written to a new folder.

The way out mirrors the way in (:mod:`archiver.repository.ingest`): every file is checked against the
inventory while it is copied, and nothing appears at the destination until all of it is there and flushed.
Kept apart from the facade because it shares nothing with ingest but the object's inventory.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver import staging
from archiver.errors import ArchiverError, UsageError
from archiver.fixity import CHUNK, new_hashers
from archiver.formats.ocfl.structure import DIGEST_ALGORITHM, FIXITY_ALGORITHM
from archiver.formats.ocfl.versions import find_version, state_map
from archiver.repository.intake import hash_and_copy

if TYPE_CHECKING:
    from archiver.repository.ocfl import OcflRepository

__all__ = ["check_export_paths", "copy_hashed", "export_object"]


def export_object(repo: OcflRepository, object_id: str, dest: Path, *, version: str | None = None) -> Path:
    """Write a version's logical state to ``dest``, which must not exist: for an object archiver made, the
    bag as ingested; for any other object, its files as that version had them.

    Files are copied into a staging folder beside ``dest``, each checked against its digest in the
    inventory while it is copied, flushed, and the folder renamed to ``dest``: a damaged file means no
    output at all (``EXPORT_FIXITY``), never a bag that looks whole. Paths come from the inventory, so
    one that would leave the object or the destination (``..``, absolute) is refused (``EXPORT_UNSAFE_PATH``).
    """
    inventory = repo.inventory(object_id)
    version = find_version(inventory, version, code="EXPORT_NO_VERSION")
    dest = dest.absolute()
    if dest.exists() or dest.is_symlink():
        raise UsageError(
            "EXPORT_EXISTS",
            "the export destination already exists; nothing was written",
            where=str(dest),
            hint="export into another folder with -o/--output, or remove this one first",
        )
    if dest.parent.exists() and not dest.parent.is_dir():
        raise UsageError(
            "EXPORT_OUTPUT_NOT_FOLDER",
            "-o/--output names a file; it must be a folder (the bag is written inside it)",
            where=str(dest.parent),
            hint="give a new or existing folder",
        )
    live = repo.object_root(object_id)
    files = sorted(state_map(inventory, version).items())
    for logical, digest in files:
        check_export_paths(live, logical, inventory["manifest"][digest][0])
    dest.parent.mkdir(parents=True, exist_ok=True)
    with staging.staging_dir(dest.parent, "export") as stage:
        for logical, digest in files:
            _export_file(live, inventory, logical, digest, stage)
        if repo.durable:
            staging.make_durable(dest.parent, [stage])
        staging.commit_dir(stage, dest, durable=repo.durable)
    return dest


def copy_hashed(src: Path, dst: Path) -> tuple[str, str, int]:
    """Copy one file, computing its sha512 and sha256 from the bytes read (one pass, constant memory)."""
    hashers = new_hashers((DIGEST_ALGORITHM, FIXITY_ALGORITHM))
    with src.open("rb", buffering=0) as fin, dst.open("xb", buffering=0) as fout:
        chunks = iter(functools.partial(fin.read, CHUNK), b"")
        size = hash_and_copy(chunks, hashers.values(), fout.fileno())
    return hashers[DIGEST_ALGORITHM].hexdigest(), hashers[FIXITY_ALGORITHM].hexdigest(), size


def check_export_paths(live: Path, logical: str, content_path: str) -> None:
    """Refuse an inventory path that would read from outside the object or write outside the export (§3.5.2,
    §3.5.3.1: E099/E100 and E052/E053 forbid them; a hostile or damaged inventory may still hold them)."""
    for kind, path in (("logical", logical), ("content", content_path)):
        parts = path.split("/")
        if path.startswith("/") or any(part in ("", ".", "..") for part in parts) or "\x00" in path:
            raise UsageError(
                "EXPORT_UNSAFE_PATH",
                f"the inventory's {kind} path {path!r} is not a safe relative path (OCFL 1.1 §3.5); nothing was exported",
                where=str(live),
                hint="run `archiver validate` on the object",
            )


def _export_file(live: Path, inventory: Mapping[str, Any], logical: str, digest: str, stage: Path) -> None:
    content_path = inventory["manifest"][digest][0]
    source = live / content_path
    target = stage / logical
    target.parent.mkdir(parents=True, exist_ok=True)
    algorithm = inventory["digestAlgorithm"]
    try:
        sha512, sha256, _size = copy_hashed(source, target)
        actual = sha512 if algorithm == "sha512" else sha256
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        actual = "missing"
    if actual != digest.lower():
        raise ArchiverError(
            "EXPORT_FIXITY",
            f"stored file {content_path} ({logical}) does not match its {algorithm} in the inventory",
            where=str(source),
            hint="nothing was exported; run `archiver audit`",
        )
