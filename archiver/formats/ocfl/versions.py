"""Building OCFL inventories: the next version of an object, planned from the previous inventory.

Pure functions, dicts in and dicts out, no disk: naming versions (§3.3), planning a version with
forward-delta deduplication (:func:`plan_version`, Implementation Notes §2.1.2), encoding the inventory and
its sidecar (§3.5, §3.6), and finding a version or its logical state in an inventory. The repository
(:mod:`archiver.repository.commit`) writes what is planned here; checking an inventory someone else wrote
is :mod:`archiver.formats.ocfl.inventory`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from archiver.errors import UsageError
from archiver.formats.ocfl.structure import (
    CONTENT_DIR,
    DIGEST_ALGORITHM,
    FIXITY_ALGORITHM,
    INVENTORY,
    OCFL_VERSION,
    inventory_type,
    version_number,
)

__all__ = [
    "StagedFile",
    "VersionMeta",
    "VersionPlan",
    "compact_json",
    "encode_inventory",
    "find_version",
    "next_version_name",
    "plan_version",
    "state_map",
]


def compact_json(value: Any) -> bytes:
    """UTF-8 JSON, keys sorted, compact, with a final newline: an inventory, an event line, a receipt.

    Compact because Python encodes it in C that way, several times faster than indented, and an inventory
    is written twice per version; OCFL 1.1 asks only for UTF-8 JSON (§3.5), and ``jq .`` shows any of these
    files indented.
    """
    return (json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode(
        "utf-8"
    )


def find_version(inventory: Mapping[str, Any], given: str | None, *, code: str = "OBJECT_NO_VERSION") -> str:
    """The version directory name ``given`` means: ``v2``, ``V2`` or ``2`` for the second version, whatever the
    object's naming (``v002`` when zero-padded, §3.3); the head when ``given`` is None. ``code`` names the
    error when there is no such version."""
    versions: Mapping[str, Any] = inventory["versions"]
    if given is None:
        head: str = inventory["head"]
        return head
    text = given.strip()
    if text in versions:
        return text
    digits = text[1:] if text[:1] in ("v", "V") else text
    if digits.isdigit():
        for name in versions:
            if version_number(name) == int(digits):
                return str(name)
    names = sorted(versions, key=lambda v: version_number(v) or 0)
    raise UsageError(
        code,
        f"object {inventory['id']} has no version {given}",
        hint="its versions are " + (", ".join(names) if len(names) <= 8 else f"{names[0]} to {names[-1]}"),
    )


def state_map(inventory: Mapping[str, Any], version: str) -> dict[str, str]:
    """Logical path -> digest for one version (the inverse of the inventory's ``state`` block)."""
    state: Mapping[str, list[str]] = inventory["versions"][version]["state"]
    return {path: digest for digest, paths in state.items() for path in paths}


def next_version_name(inventory: Mapping[str, Any] | None) -> str:
    """``v1`` for a new object, else the head's number plus one, in the object's naming convention.

    §3.3: a zero-padded object (``v001``) stays zero-padded at the same width (E011 to E013), and refuses a
    version its width cannot hold (``v099`` is the last of ``v001``); archiver's own objects are unpadded (W001).
    """
    if inventory is None:
        return "v1"
    head = inventory["head"]
    number = version_number(head)
    if number is None:
        raise ValueError(f"head {head!r} is not a version directory name")
    digits = head[1:]
    if not digits.startswith("0"):
        return f"v{number + 1}"
    if len(str(number + 1)) >= len(digits):
        raise ValueError(f"the zero-padded version names of this object end at {head}")
    return f"v{number + 1:0{len(digits)}d}"


@dataclass(frozen=True)
class StagedFile:
    """One file of the incoming bag, read once: its logical path, digests and size."""

    logical_path: str
    sha512: str
    sha256: str
    size: int

    def digest(self, algorithm: str) -> str:
        """The file's digest in one of the inventory algorithms (``sha512`` or ``sha256``)."""
        return self.sha512 if algorithm == "sha512" else self.sha256


@dataclass(frozen=True)
class VersionMeta:
    """What OCFL 1.1 §3.5.3.1 records about a version besides its state."""

    created: str  # RFC 3339, UTC, seconds
    message: str
    user_name: str
    user_address: str | None = None

    def to_block(self) -> dict[str, Any]:
        user: dict[str, str] = {"name": self.user_name}
        if self.user_address:
            user["address"] = self.user_address
        return {"created": self.created, "message": self.message, "user": user}


@dataclass(frozen=True)
class VersionPlan:
    """The next inventory, and which incoming files must be stored (logical path -> content path)."""

    version: str
    inventory: dict[str, Any]
    store: dict[str, str]
    unchanged: bool

    @property
    def algorithm(self) -> str:
        algorithm: str = self.inventory["digestAlgorithm"]
        return algorithm


def plan_version(
    previous: Mapping[str, Any] | None,
    object_id: str,
    files: Sequence[StagedFile],
    meta: VersionMeta,
    *,
    spec: str = OCFL_VERSION,
) -> VersionPlan:
    """Build the next inventory from the previous one (dicts in, dicts out).

    Forward-delta deduplication (Implementation Notes §2.1.2, §3.6): content whose digest is already in the
    manifest is referenced from the new state only; new content is stored once, at
    ``vN/<contentDirectory>/<first logical path>``. The bag's logical state becoming the version's state
    means export gives back exactly the bag that came in. A bag whose state equals the head's, or an earlier
    version's, is reported as unchanged at that version: the same bag, byte for byte (its tag files, with
    their Bagging-Date, are part of the state), is already preserved. Re-running an ingest of several
    versions of one object (v1, v2, v3 bags in one list) must not add v4 = v1 again; a deliberate return
    to earlier content is a new bag, made by packaging again.

    An object another tool made keeps its conventions: its digest algorithm (sha512 or sha256, §3.4: every
    manifest digest is in that algorithm, so changing it would mean re-digesting every version), its
    ``contentDirectory`` (§3.3.1, E019/E020: fixed for the life of the object), its version naming
    (E013) and its fixity blocks; digests are matched without regard to case (§3.4, E096) and referenced
    in the spelling the manifest already has. The new inventory's ``type`` is ``spec`` (the storage root's
    version): a 1.0 object ingested into a 1.1 root becomes 1.1 from this version on (§3.7.1, E103).
    """
    version = next_version_name(previous)
    previous = previous or {}
    algorithm: str = previous.get("digestAlgorithm", DIGEST_ALGORITHM)
    other = FIXITY_ALGORITHM if algorithm == DIGEST_ALGORITHM else DIGEST_ALGORITHM
    content_dir: str = previous.get("contentDirectory", CONTENT_DIR)
    manifest = {d: list(p) for d, p in previous.get("manifest", {}).items()}
    spelling = {d.lower(): d for d in manifest}
    state: dict[str, list[str]] = {}
    for f in files:
        digest = f.digest(algorithm)
        state.setdefault(spelling.get(digest, digest), []).append(f.logical_path)
    state = {d: sorted(paths) for d, paths in state.items()}
    same = _version_with_state(previous, {d.lower(): p for d, p in state.items()}) if previous else None
    if same is not None:
        return VersionPlan(same, dict(previous), {}, True)
    fixity = {a: {d: list(p) for d, p in block.items()} for a, block in previous.get("fixity", {}).items()}
    extra = fixity.setdefault(other, {})
    store: dict[str, str] = {}
    for f in sorted(files, key=lambda f: f.logical_path):
        digest = f.digest(algorithm)
        if digest in spelling:
            continue
        content_path = f"{version}/{content_dir}/{f.logical_path}"
        manifest[digest] = [content_path]
        spelling[digest] = digest
        extra.setdefault(f.digest(other), []).append(content_path)
        store[f.logical_path] = content_path
    versions = dict(previous.get("versions", {}))
    versions[version] = {**meta.to_block(), "state": state}
    inventory: dict[str, Any] = {
        "id": object_id,
        "type": inventory_type(spec),
        "digestAlgorithm": algorithm,
        "head": version,
    }
    if "contentDirectory" in previous:
        inventory["contentDirectory"] = content_dir
    inventory["manifest"] = manifest
    inventory["fixity"] = {a: block for a, block in fixity.items() if block}
    inventory["versions"] = versions
    return VersionPlan(version, inventory, store, False)


def _version_with_state(inventory: Mapping[str, Any], state: Mapping[str, list[str]]) -> str | None:
    """The newest version whose state is ``state`` (digests lower-cased, paths sorted), or None."""
    versions: Mapping[str, Any] = inventory["versions"]
    for name in sorted(versions, key=lambda v: int(v[1:]), reverse=True):
        found: Mapping[str, list[str]] = versions[name]["state"]
        if len(found) == len(state) and {d.lower(): sorted(p) for d, p in found.items()} == state:
            return name
    return None


def encode_inventory(inventory: Mapping[str, Any]) -> tuple[bytes, bytes]:
    """The inventory file's bytes (UTF-8 JSON, §3.5) and its sidecar's (``DIGEST inventory.json``, §3.6),
    the digest in the inventory's own algorithm (E059)."""
    data = compact_json(inventory)
    digest = hashlib.new(inventory.get("digestAlgorithm", DIGEST_ALGORITHM), data).hexdigest()
    sidecar = f"{digest} {INVENTORY}\n".encode("ascii")
    return data, sidecar
