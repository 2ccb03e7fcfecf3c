"""The embedded repository: an OCFL 1.1 storage root on disk, layout extension 0004 (hashed n-tuple).

Storage root (OCFL 1.1 §4)::

    ROOT/
      0=ocfl_1.1                       root conformance declaration (§4.2)
      ocfl_layout.json                 names the layout extension (§4.1)
      archiver-workspace.md            documents our local extension (§4.5: a plain text file in the root)
      extensions/
        0004-hashed-n-tuple-storage-layout/config.json
        archiver-workspace/            our local storage-root extension (§4.4), never part of any object:
          config.json                  describes it (and keeps the folder from ever being empty, §4.1 E073)
          locks/NNN.lock               flock files, one writer per object (see locking.py)
          .archiver-staging-*/         objects and versions being assembled (same filesystem: atomic renames)
          receipts/YYYY/MM/DD/*.json   one receipt per ingest
      3c0/ff4/240/3c0ff424...87d4/     an object root (0004: sha256 of the ID, three 3-digit tuples)
        0=ocfl_object_1.1, inventory.json, inventory.json.sha512, v1/, v2/, ...
        logs/events.jsonl              PREMIS-style events (§3.8 logs directory, not in the inventory)

Why the workspace lives under ``extensions/``: §4.1 (E088) forbids directories in a storage root other than
the object hierarchy and ``extensions``; ``extensions`` may hold only extension sub-directories (§4.4,
E112), which SHOULD carry a registered name (W016): ours is a documented local extension, so validators may
warn (ocfl-py says W901) but must not fail the root. Implementation Notes §3.7.1 asks for exactly this: a
workspace on the same filesystem where objects-in-flight are assembled, ignored by validators.

Atomicity: a new object is assembled completely in the workspace and renamed into place. A new version is
assembled as a complete copy of the object (earlier versions hard-linked, not copied) plus the new version
directory and inventories, and swapped with the live object in one ``renameat2(RENAME_EXCHANGE)``; a crash at
any instant leaves either the old object or the new one, each valid. Where the filesystem cannot exchange,
the live object is moved aside first and restored by the next writer if the process died in between.

An ingest, step by step (:class:`_Batch`): the bag is validated while it is copied into a staging folder,
every file read once (:mod:`archiver.repository.intake`: the validator's checksum pass is the copy); a
refused bag's staging folder is removed, so nothing of it reaches the repository. Under the object's lock the
head inventory is read, the version planned and the object staged complete. Then one flush (``syncfs``)
makes the staged objects durable, each is committed by a rename, re-read through its live path and checked
against its inventory, its fixity event and receipt are written, and a second flush makes all that durable
before success is reported and the locks are released. ``ingest_many`` does this for groups of bags (up to
:data:`GROUP_SIZE`), so the flushes, which dominate the cost of an ingest of a small bag, are shared by the
group, and in a long run one flush serves two groups while the next is staged; a single ``ingest`` is a
group of one.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import hashlib
import json
import os
import re
import shutil
import socket
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from archiver import staging
from archiver.bag import decode_manifest_path, parse_tag_fields
from archiver.errors import ArchiverError, InternalError, UsageError
from archiver.fixity import CHUNK, new_hashers
from archiver.formats.ocfl.layouts import (
    DEFAULT_LAYOUT,
    LAYOUTS,
    Layout,
    LayoutError,
    layout_files,
    make_layout,
    read_root_layout,
)
from archiver.repository import events as ev
from archiver.repository.intake import (
    Intake,
    SourceUnreadable,
    Taken,
    preload_validator,
    validate_into,
    write_new,
)
from archiver.repository.locking import LockSet, RepositoryLockedError
from archiver.validation.findings import Finding
from archiver.workers import Emit, run_ordered

OCFL_VERSION = "1.1"  # what new storage roots declare
SPEC_VERSIONS = ("1.0", "1.1")  # what archiver reads (a 1.1 root may hold 1.0 objects, §4.2 E081)
INVENTORY = "inventory.json"
DIGEST_ALGORITHM = "sha512"  # OCFL 1.1 §3.4: SHOULD use sha512 (W004); what new objects use
#: The content-addressing algorithms an inventory may use (§3.4, E025), hashlib's names for them.
INVENTORY_ALGORITHMS = ("sha512", "sha256")
FIXITY_ALGORITHM = "sha256"  # the bag's own manifest algorithm, kept in the fixity block (§3.5.4)
CONTENT_DIR = "content"  # §3.3.1 default, so no contentDirectory key
WORKSPACE_NAME = "archiver-workspace"
WORKSPACE_DOC = f"{WORKSPACE_NAME}.md"
DEFAULT_USER = "archiver"
#: A version directory name (§3.3): ``v`` and a positive number, zero-padded (``v001``) or not (``v1``).
VERSION_RE = re.compile(r"^v([0-9]+)$")
URI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
#: Bags one process flushes and commits together (one ``syncfs`` per group in a long run, not two per bag), and
#: the most content bytes such a group stages before it is committed (docs/benchmarks.md has the figures
#: behind 16).
GROUP_SIZE = 16
GROUP_BYTES = 256 * 1024 * 1024

Outcome = Literal["created", "updated", "unchanged"]


class InvalidBagError(ArchiverError):
    """A bag failed validation (or changed while it was read): refused, nothing written."""

    def __init__(
        self,
        code: str,
        message: str,
        *,
        where: str | None,
        findings: Sequence[Finding] = (),
        hint: str | None = "run `archiver validate` on it for every finding",
    ) -> None:
        super().__init__(code, message, where=where, hint=hint)
        self.findings = list(findings)

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "findings": [f.to_dict() for f in self.findings]}


class RepositoryError(ArchiverError):
    """The repository or one of its objects is not in a state we can safely build on."""


# --------------------------------------------------------------------------------------------------------
# Pure functions: layout, inventories, bag tag files
# --------------------------------------------------------------------------------------------------------


def root_declaration(spec: str) -> str:
    """The storage root's conformance declaration file name (§4.2, NAMASTE)."""
    return f"0=ocfl_{spec}"


def object_declaration(spec: str) -> str:
    """The object's conformance declaration file name (§3.2, NAMASTE)."""
    return f"0=ocfl_object_{spec}"


def inventory_type(spec: str) -> str:
    """The inventory ``type`` of a spec version (§3.5.1, E038)."""
    return f"https://ocfl.io/{spec}/spec/#inventory"


def spec_of_type(value: Any) -> str | None:
    """The spec version an inventory ``type`` names, if it is one archiver reads."""
    for spec in SPEC_VERSIONS:
        if value == inventory_type(spec):
            return spec
    return None


def sidecar_name(algorithm: str) -> str:
    """``inventory.json.<digestAlgorithm>`` (§3.6, E058)."""
    return f"{INVENTORY}.{algorithm}"


ROOT_DECLARATION = root_declaration(OCFL_VERSION)
OBJECT_DECLARATION = object_declaration(OCFL_VERSION)
INVENTORY_TYPE = inventory_type(OCFL_VERSION)
SIDECAR = sidecar_name(DIGEST_ALGORITHM)


def version_number(name: Any) -> int | None:
    """The number of a version directory name (``v3``, ``v003``); None for anything else."""
    match = VERSION_RE.match(name) if isinstance(name, str) else None
    if match is None or int(match.group(1)) == 0:
        return None
    return int(match.group(1))


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
    data = ev.compact_json(inventory)
    digest = hashlib.new(inventory.get("digestAlgorithm", DIGEST_ALGORITHM), data).hexdigest()
    sidecar = f"{digest} {INVENTORY}\n".encode("ascii")
    return data, sidecar


def parse_sidecar(text: str) -> str | None:
    """The digest in a sidecar (§3.6: ``DIGEST`` whitespace ``inventory.json``), lower-cased; None if malformed."""
    parts = text.split()
    if len(parts) != 2 or parts[1] != INVENTORY or not re.fullmatch(r"[0-9a-fA-F]+", parts[0]):
        return None
    return parts[0].lower()


def parse_manifest(text: str) -> dict[str, str]:
    """Path -> lower-case digest from a (tag)manifest file (RFC 8493 §2.1.3); paths percent-decoded."""
    entries: dict[str, str] = {}
    for line in text.splitlines():
        digest, _, path = line.strip().partition(" ")
        if digest and path:
            entries[decode_manifest_path(path.strip())] = digest.lower()
    return entries


def is_uri(value: str) -> bool:
    """Has a scheme and no spaces: what OCFL 1.1 §3.5.3.1 (W009) wants for ``user.address``."""
    return bool(URI_RE.match(value))


def check_user_address(address: str | None) -> None:
    """Refuse a ``user.address`` that is not a URI (OCFL 1.1 §3.5.3.1, W009): ``INGEST_USER_ADDRESS``."""
    if address and not is_uri(address):
        raise UsageError(
            "INGEST_USER_ADDRESS",
            f"the user address {address!r} is not a URI (OCFL 1.1 §3.5.3.1)",
            hint="e.g. mailto:archivist@example.org",
        )


# --------------------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IngestResult:
    """What one ingest did; ``receipt`` is the JSON written to the workspace's receipts folder."""

    bag: Path
    object_id: str
    version: str
    outcome: Outcome
    object_path: str
    files: int
    stored: int
    receipt: dict[str, Any]
    receipt_path: Path | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "bag": str(self.bag),
            "object_id": self.object_id,
            "version": self.version,
            "outcome": self.outcome,
            "object_path": self.object_path,
            "files": self.files,
            "stored": self.stored,
            "receipt": str(self.receipt_path) if self.receipt_path else None,
        }


@dataclass(frozen=True)
class ObjectSummary:
    object_id: str
    path: str
    head: str
    versions: int
    updated: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.object_id,
            "path": self.path,
            "head": self.head,
            "versions": self.versions,
            "updated": self.updated,
        }


@dataclass(frozen=True)
class ObjectDetail:
    object_id: str
    path: str
    head: str
    versions: list[dict[str, Any]]
    files: list[dict[str, Any]]  # the logical state of ``shown``
    events: list[dict[str, Any]] = field(default_factory=list)
    shown: str = ""  # the version whose files are listed (the head unless asked otherwise)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.object_id,
            "path": self.path,
            "head": self.head,
            "version": self.shown or self.head,
            "versions": self.versions,
            "files": self.files,
            "events": self.events,
        }


# --------------------------------------------------------------------------------------------------------
# I/O helpers
# --------------------------------------------------------------------------------------------------------


def read_json(path: Path) -> Any:
    return json.loads(path.read_bytes())


def write_json_file(path: Path, value: Any, *, durable: bool) -> None:
    staging.write_file(path, ev.compact_json(value), durable=durable)


def copy_hashed(src: Path, dst: Path) -> tuple[str, str, int]:
    """Copy one file, computing its sha512 and sha256 from the bytes read (one pass, constant memory)."""
    hashers = new_hashers((DIGEST_ALGORITHM, FIXITY_ALGORITHM))
    size = 0
    buffer = bytearray(CHUNK)
    view = memoryview(buffer)
    with src.open("rb", buffering=0) as fin, dst.open("xb", buffering=0) as fout:
        while n := fin.readinto(view):
            chunk = view[:n]
            for h in hashers.values():
                h.update(chunk)  # type: ignore[arg-type]
            written = 0
            while written < n:
                written += fout.write(chunk[written:]) or 0
            size += n
    return hashers[DIGEST_ALGORITHM].hexdigest(), hashers[FIXITY_ALGORITHM].hexdigest(), size


def list_bag_files(bag: Path) -> list[str]:
    """Every regular file under the bag, as sorted POSIX paths relative to it; links and devices refused."""
    found: list[str] = []
    pending = [("", str(bag))]
    while pending:
        prefix, directory = pending.pop()
        with os.scandir(directory) as entries:
            for entry in entries:
                logical = prefix + entry.name
                if entry.is_dir(follow_symlinks=False):
                    pending.append((logical + "/", entry.path))
                elif entry.is_file(follow_symlinks=False):
                    found.append(_utf8_name(logical, entry.path))
                else:
                    raise InvalidBagError(
                        "INGEST_UNSUPPORTED_FILE",
                        "symbolic links and special files cannot be preserved (OCFL 1.1 §4.6)",
                        where=entry.path,
                    )
    return sorted(found)


def _utf8_name(logical: str, where: str) -> str:
    try:
        logical.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidBagError(
            "INGEST_UNSUPPORTED_FILE",
            "file names must be valid UTF-8 to be recorded in an OCFL inventory (OCFL 1.1 §3.5)",
            where=where,
        ) from None
    return logical


def bag_identifier(bag: Path) -> str:
    """The bag's External-Identifier (bag-info.txt): the OCFL object ID."""
    try:
        text = (bag / "bag-info.txt").read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        text = ""
    return _identifier_in(text, bag)


def _identifier_in(text: str, bag: Path, given: str | None = None) -> str:
    """The object ID: the bag's one External-Identifier, else ``given`` (``ingest --id``), which must agree
    with the bag's when both exist (one object, one ID)."""
    values = [v for label, v in parse_tag_fields(text) if label.lower() == "external-identifier" and v]
    if given is not None:
        if values and given not in values:
            raise InvalidBagError(
                "INGEST_ID_CONFLICT",
                f"--id {given} differs from the bag's External-Identifier {values[0]}",
                where=str(bag),
                hint="leave out --id: the bag's own identifier names its object",
            )
        return given
    if len(values) != 1:
        new_id = f"urn:uuid:{uuid.uuid4()}"
        raise InvalidBagError(
            "INGEST_NO_IDENTIFIER",
            "the bag's bag-info.txt has no External-Identifier to name the OCFL object"
            if not values
            else f"the bag's bag-info.txt has {len(values)} External-Identifiers: which one names the "
            "OCFL object is not clear",
            where=str(bag),
            hint=f"give it one with --id URI, e.g. --id {new_id}, and the same --id for its later versions",
        )
    return values[0]


def check_object_id(object_id: str) -> None:
    """Refuse an ``--id`` that is not a URI (OCFL 1.1 §3.5.1: the id SHOULD be a URI, W005): ``INGEST_ID_NOT_URI``."""
    if not is_uri(object_id):
        raise UsageError(
            "INGEST_ID_NOT_URI",
            f"the object ID {object_id!r} is not a URI (OCFL 1.1 §3.5.1)",
            hint=f"e.g. --id urn:uuid:{uuid.uuid4()} or --id https://example.org/articles/42",
        )


def bag_manifest_digests(bag: Path) -> dict[str, dict[str, str]]:
    """Algorithm -> path -> digest from the bag's sha256 and sha512 (tag)manifests."""
    result: dict[str, dict[str, str]] = {}
    for algorithm in (DIGEST_ALGORITHM, FIXITY_ALGORITHM):
        entries: dict[str, str] = {}
        for prefix in ("manifest", "tagmanifest"):
            path = bag / f"{prefix}-{algorithm}.txt"
            if path.is_file():
                entries.update(parse_manifest(path.read_text(encoding="utf-8-sig", errors="surrogateescape")))
        result[algorithm] = entries
    return result


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


def default_repository_path(env: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME/archiver/repository``, else ``~/.local/share/archiver/repository``."""
    env = os.environ if env is None else env
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "archiver" / "repository"


def resolve_repository(explicit: str | Path | None, configured: str | None) -> Path:
    """The repository to use: the option, else the config's ``[repository] path``, else the default."""
    for value in (explicit, configured):
        if value:
            return Path(value).expanduser()
    return default_repository_path()


def default_user_name() -> str:
    try:
        return getpass.getuser() or DEFAULT_USER
    except (KeyError, OSError):
        return DEFAULT_USER


def default_user_address() -> str:
    """The version's ``user.address`` when none is configured: the login account on this host as an
    ``acct:`` URI (RFC 7565), e.g. ``acct:archivist@scanner-2``.

    OCFL 1.1 §3.5.3.1 says the user SHOULD have an address that is a URI (W008, W009). A ``mailto:`` would
    claim a mailbox nobody configured; ``acct:`` names exactly what is known, which account on which
    machine made the version, and is replaced by ``user_address`` (config or ``--user-address``) once set.
    """
    from urllib.parse import quote

    login = default_user_name()
    host = socket.gethostname().split(".")[0] or "localhost"
    return f"acct:{quote(login, safe='')}@{quote(host, safe='-')}"


def workspace_doc(layout_name: str) -> str:
    return (
        f"# Local storage root extension: {WORKSPACE_NAME}\n\n"
        "This OCFL 1.1 storage root is written by archiver (news-archiver). The folder\n"
        f"`extensions/{WORKSPACE_NAME}/` is a local storage root extension (OCFL 1.1 sections 4.4 and 4.5)\n"
        "holding the writer's workspace; it is never part of an OCFL object:\n\n"
        "- `.archiver-staging-*/`: objects and versions being assembled; an interrupted one is removed by\n"
        "  the next writer (never needed for reading the repository).\n"
        "- `locks/`: advisory lock files, one writer per object at a time.\n"
        "- `receipts/YYYY/MM/DD/`: one JSON receipt per ingest (object ID, version, files, digests,\n"
        "  times, outcome).\n\n"
        f"Objects are laid out by extension {layout_name} (see ocfl_layout.json).\n"
        "Each object's `logs/events.jsonl` holds PREMIS-style events, one JSON object per line.\n"
    )


# --------------------------------------------------------------------------------------------------------
# The repository
# --------------------------------------------------------------------------------------------------------


class OcflRepository:
    """An OCFL 1.0 or 1.1 storage root on disk, in any storage layout archiver can map, or none.

    New roots are OCFL 1.1 with extension 0004 (sha256, 3 x 3, full digest) unless ``init`` is told another
    layout. Roots made by other tools are read whatever they hold: objects are found by walking the
    hierarchy (§4.3 allows a root with no layout description), and ingest writes only where the root's
    declared layout puts an object: into a root without one, or with a layout archiver cannot map, it
    refuses before writing anything (:meth:`check_writable`).
    """

    def __init__(
        self,
        root: Path,
        *,
        layout: Layout | None,
        spec: str = OCFL_VERSION,
        layout_problem: str | None = None,
        durable: bool = True,
        pending: bool = False,
    ) -> None:
        self.root = root
        self.layout = layout
        self.spec = spec  # the root's declared OCFL version: new versions conform to it (§4.2, E081)
        self.layout_problem = layout_problem  # why there is no usable layout, when a declared one failed
        self.durable = durable
        self.created = False  # True when open(create=True) or init() made the storage root
        # for_ingest() on a path without a repository: the storage root is made by the first bag that passes
        self.pending = pending

    # --- creating and opening ---------------------------------------------------------------------------

    @classmethod
    def init(
        cls,
        root: Path,
        *,
        layout: str = DEFAULT_LAYOUT,
        layout_config: Mapping[str, Any] | None = None,
        durable: bool = True,
    ) -> OcflRepository:
        """Create an empty storage root, all at once: built in a staging folder beside it, then renamed.

        An existing OCFL storage root is simply opened; an existing folder holding anything else is refused
        (``REPO_NOT_EMPTY``) so that nothing of the user's is ever mixed into a repository. ``layout`` names
        the storage layout extension (``REPO_LAYOUT_UNSUPPORTED`` for one archiver cannot write).
        """
        root = root.expanduser().absolute()
        if find_root_spec(root) is not None:
            return cls.open(root, durable=durable)
        try:
            chosen = make_layout(layout, layout_config)
        except LayoutError as exc:
            raise UsageError(
                "REPO_LAYOUT_UNSUPPORTED", str(exc), hint=f"known layouts: {', '.join(LAYOUTS)}"
            ) from None
        if root.exists() and (not root.is_dir() or any(root.iterdir())):
            raise UsageError(
                "REPO_NOT_EMPTY",
                "not an OCFL storage root, and not empty",
                where=str(root),
                hint="choose a new or empty folder",
            )
        root.parent.mkdir(parents=True, exist_ok=True)
        with staging.staging_dir(root.parent, "ocfl-root") as stage:
            _write_root_files(stage, chosen, durable=durable)
            try:
                os.rename(stage, root)  # replaces an empty folder atomically; fails on a non-empty one
            except OSError:
                if find_root_spec(root) is not None:  # another process initialised it meanwhile
                    return cls.open(root, durable=durable)
                raise
            if durable:
                staging.fsync_dir(root.parent)
        repo = cls.open(root, durable=durable)
        repo.created = True
        return repo

    @classmethod
    def open(cls, root: Path, *, create: bool = False, durable: bool = True) -> OcflRepository:
        """Open an existing storage root (``REPO_NOT_FOUND``, ``REPO_NOT_OCFL``), or create it if asked.

        A root whose layout description is missing or names a layout archiver cannot map still opens, for
        reading; :meth:`check_writable` then refuses ingest.
        """
        root = root.expanduser().absolute()
        if not root.exists():
            if create:
                return cls.init(root, durable=durable)
            raise UsageError(
                "REPO_NOT_FOUND",
                "no repository here",
                where=str(root),
                hint="create one with `archiver repo init`",
            )
        spec = find_root_spec(root)
        if spec is None:
            if create and root.is_dir() and not any(root.iterdir()):
                return cls.init(root, durable=durable)
            found = object_spec(root)
            raise UsageError(
                "REPO_NOT_OCFL",
                f"an OCFL {found} object, not a storage root"
                if found
                else f"not an OCFL storage root (no {root_declaration('1.0')} or {ROOT_DECLARATION})",
                where=str(root),
                hint="`archiver validate` checks a single object" if found else None,
            )
        try:
            layout, problem = read_root_layout(root), None
        except (LayoutError, OSError) as exc:
            layout, problem = None, str(exc)
        return cls(root, layout=layout, spec=spec, layout_problem=problem, durable=durable)

    @classmethod
    def for_ingest(cls, root: Path, *, durable: bool = True) -> OcflRepository:
        """The repository at ``root``, or, where there is none (a missing or empty folder), one that the first
        bag to pass validation creates (:meth:`ensure_root`): a refused ingest leaves no repository behind.

        Anything else at ``root`` is refused as :meth:`open` refuses it (``REPO_NOT_OCFL``).
        """
        root = root.expanduser().absolute()
        if not root.exists() or (root.is_dir() and find_root_spec(root) is None and not any(root.iterdir())):
            return cls(root, layout=make_layout(DEFAULT_LAYOUT, None), durable=durable, pending=True)
        return cls.open(root, durable=durable)

    def ensure_root(self) -> None:
        """Create the storage root of a :meth:`for_ingest` repository (staged and renamed into place, as
        :meth:`init` does); a root another process made meanwhile is adopted as it is, with its layout."""
        if not self.pending:
            return
        made = OcflRepository.init(self.root, durable=self.durable)
        self.layout, self.spec, self.layout_problem = made.layout, made.spec, made.layout_problem
        self.created = self.created or made.created
        self.pending = False

    def _adopt_root(self) -> None:
        """After worker processes ran: whether one of them created the pending storage root."""
        if self.pending and find_root_spec(self.root) is not None:
            made = OcflRepository.open(self.root, durable=self.durable)
            self.layout, self.spec, self.layout_problem = made.layout, made.spec, made.layout_problem
            self.created, self.pending = True, False

    # --- paths ------------------------------------------------------------------------------------------

    @property
    def workspace(self) -> Path:
        return self.root / "extensions" / WORKSPACE_NAME

    def check_writable(self) -> Layout:
        """The layout new objects are written in; ``REPO_LAYOUT_UNSUPPORTED`` when there is none to follow.

        Never guessed: an object written where the root's declared layout does not put it would be lost to
        every other tool reading the root (§4.3, E083).
        """
        if self.layout is not None:
            return self.layout
        why = self.layout_problem or "it declares no storage layout (no ocfl_layout.json)"
        raise UsageError(
            "REPO_LAYOUT_UNSUPPORTED",
            f"will not add objects to this storage root: {why}; nothing was written",
            where=str(self.root),
            hint=f"archiver writes the layouts {', '.join(LAYOUTS)}; reading, export and audit still work",
        )

    def object_path(self, object_id: str) -> str:
        """The object's root relative to the storage root: where the layout maps it, else where it was found
        by walking the hierarchy (a root without a usable layout), else ``OBJECT_NOT_FOUND``."""
        if self.layout is not None:
            try:
                return self.layout.object_path(object_id)
            except LayoutError as exc:
                raise UsageError(
                    "REPO_ID_UNMAPPABLE",
                    f"object ID {object_id!r} cannot be stored in layout {self.layout.name}: {exc}",
                    where=str(self.root),
                ) from None
        for summary in self.list_objects():
            if summary.object_id == object_id:
                return summary.path
        raise self.not_found(object_id)

    def not_found(self, object_id: str) -> UsageError:
        """``OBJECT_NOT_FOUND``, with the ID that was probably meant when one exists: a bag's bare UUID (or
        its folder name) for the ``urn:uuid:`` ID it carries, or an ID differing only in case."""
        suggestion = self._likely_id(object_id)
        return UsageError(
            "OBJECT_NOT_FOUND",
            f"no object {object_id} in this repository",
            where=str(self.root),
            hint=f"did you mean {suggestion}?" if suggestion else "`archiver repo list` shows the object IDs",
        )

    def _likely_id(self, object_id: str) -> str | None:
        text = object_id.strip()
        candidates = [text, text.lower()]
        with contextlib.suppress(ValueError):
            candidates.insert(0, f"urn:uuid:{uuid.UUID(text)}")
        candidates = [c for c in dict.fromkeys(candidates) if c != object_id]
        if self.layout is not None:  # a layout maps each candidate to its folder: no walk of the repository
            return next((c for c in candidates if self._exists(c)), None)
        wanted = {c.lower() for c in candidates} | {text.lower()}
        for summary in self.list_objects():
            if summary.object_id != object_id and summary.object_id.lower() in wanted:
                return summary.object_id
        return None

    def _exists(self, object_id: str) -> bool:
        try:
            return (self.root / self.object_path(object_id) / INVENTORY).is_file()
        except ArchiverError:
            return False

    def object_root(self, object_id: str) -> Path:
        return self.root / self.object_path(object_id)

    # --- ingest -----------------------------------------------------------------------------------------

    def ingest(
        self,
        bag: Path,
        *,
        message: str | None = None,
        user_name: str | None = None,
        user_address: str | None = None,
        validate: bool = True,
        lock_timeout: float | None = 600.0,
        object_id: str | None = None,
    ) -> IngestResult:
        """Ingest one bag as the next version of the object named by its External-Identifier.

        Refuses an invalid bag (``INGEST_INVALID_BAG``, with the findings) before anything reaches the
        repository. Holds the object's lock from reading the head inventory to the end, so two ingests of
        one object never both write: the second waits (up to ``lock_timeout`` seconds, then ``REPO_LOCKED``)
        and then usually finds the object unchanged. ``object_id`` names the object of a bag without an
        External-Identifier (a bag from another tool); it must be a URI, and agree with the bag's if it has one.
        """
        bag = bag.absolute()
        if not bag.is_dir():
            raise UsageError("INGEST_NOT_A_BAG", "not a bag folder", where=str(bag))
        check_user_address(user_address)
        if object_id is not None:
            check_object_id(object_id)
        self.check_writable()
        options = {
            "message": message,
            "user_name": user_name,
            "user_address": user_address,
            "validate": validate,
            "lock_timeout": lock_timeout,
            "object_id": object_id,
        }
        result = self._ingest_batch([bag], options)[0]
        if isinstance(result, ArchiverError):
            raise result
        return result

    def ingest_many(
        self,
        bags: Sequence[Path],
        *,
        jobs: int = 0,
        on_result: Callable[[Path, IngestResult | ArchiverError], None] | None = None,
        **options: Any,
    ) -> list[IngestResult | ArchiverError]:
        """Ingest several bags, side by side in worker processes (``jobs``: 0 = two per core).

        Results come in input order; a bag that fails gives its ArchiverError in its place and never stops
        the others. Per-object locks keep concurrent writers apart; bags naming the same object are ingested
        one after the other, in the order given, so their versions are numbered in that order. Each worker
        runs one pipeline over the bags it takes: groups of up to :data:`GROUP_SIZE`, each flushed and
        committed together while the next is staged (see :class:`_Batch`).
        """
        self.check_writable()
        if options.get("object_id") is not None:
            check_object_id(options["object_id"])
            if len(bags) > 1:
                raise UsageError(
                    "INGEST_ID_ONE_BAG",
                    f"--id names one object, and {len(bags)} bags were given",
                    hint="ingest the bags one at a time, each with its own --id",
                )
        workers = min(jobs or default_ingest_workers(), len(bags))
        if workers <= 1 or len(bags) < 4 or _repeats_an_object(bags):
            return self._ingest_batch(bags, options, on_result=on_result)
        if options.get("validate", True):
            preload_validator()  # imported once here, not once per worker: workers are forked from this process
        # Each worker runs one pipeline (groups staged and committed in turn) over bags it takes a few at a
        # time; results come back as groups commit, in input order (archiver.workers). Workers are direct
        # children, so that PR_SET_PDEATHSIG takes them down with a killed parent.
        outcomes = run_ordered(
            bags,
            _ingest_stream,
            (self.root, self.layout, self.spec, self.durable, self.pending, options),
            workers,
        )
        results: list[IngestResult | ArchiverError] = []
        for bag, outcome in zip(bags, outcomes, strict=True):
            result = _rebuilt(outcome)
            results.append(result)
            if on_result is not None:
                on_result(bag, result)
        self._adopt_root()
        return results

    def _ingest_batch(
        self,
        bags: Sequence[Path],
        options: Mapping[str, Any],
        *,
        on_result: Callable[[Path, IngestResult | ArchiverError], None] | None = None,
    ) -> list[IngestResult | ArchiverError]:
        """Ingest bags one after the other in this process, in groups flushed and committed together."""
        batch = _Batch(self, list(bags), options, on_result)
        try:
            for index in range(len(bags)):
                batch.add(index)
            batch.finish()
        finally:
            batch.abandon()
        return batch.collected()

    def _commit(self, staged: Path, live: Path, aside: Path, *, created: bool) -> Path | None:
        """Publish the staged object; return where the old object now lies (to delete), if any."""
        if created:
            _rename_into_new_folders(staged, live, self.root)
            old = None
        elif staging.exchange_dirs(staged, live):
            old = staged
        else:  # no RENAME_EXCHANGE here: move the live object aside, then the new one in
            os.rename(live, aside)
            os.rename(staged, live)
            old = aside
        return old  # made durable by the group's flush after the commits, with the events and receipts

    def _roll_back(self, staged: Path, live: Path, aside: Path, old: Path | None, *, created: bool) -> None:
        """Undo a commit whose verification failed: the previous object goes back in place."""
        if created:
            os.rename(live, staged)
            _prune_empty_parents(live.parent, self.root)
        elif old is not None and not staging.exchange_dirs(old, live):
            shutil.rmtree(live)
            os.rename(old, live)
        if self.durable:
            staging.fsync_dir(live.parent)

    def _write_receipt(self, receipt: dict[str, Any], object_id: str, version: str, outcome: Outcome) -> Path:
        finished: str = receipt["finished"]
        day = self.workspace / "receipts" / finished[:4] / finished[5:7] / finished[8:10]
        stamp = finished[11:19].replace(":", "")
        key = hashlib.sha256(object_id.encode("utf-8")).hexdigest()[:16]
        base = f"{stamp}Z-{key}-{version}-{outcome}"
        data = ev.compact_json(receipt)
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

    def _flush(self, staged: Sequence[Path], lives: Sequence[Path], files: Sequence[Path]) -> None:
        """Make staged objects, committed objects (renames, tuple folders, events) and receipts durable.

        One ``syncfs`` covers them all; where there is none, each tree, file and the folders holding them
        are fsynced.
        """
        if not self.durable or not (staged or lives or files) or _syncfs(self.root):
            return
        for tree in staged:
            staging.fsync_tree(tree)
        for live in lives:
            staging.fsync_tree(live)
            _fsync_up(live, self.root)
        for path in files:
            staging.fsync_file(path)
            _fsync_up(path, self.root)

    # --- reading ----------------------------------------------------------------------------------------

    def inventory(self, object_id: str) -> dict[str, Any]:
        """The object's root inventory, checked against its sidecar (``OBJECT_NOT_FOUND``, ``REPO_OBJECT_DAMAGED``)."""
        live = self.object_root(object_id)
        inventory = _read_head_inventory(live, object_id)
        if inventory is None:
            raise self.not_found(object_id)
        return inventory

    def export(self, object_id: str, dest: Path, *, version: str | None = None) -> Path:
        """Write a version's logical state to ``dest``, which must not exist: for an object archiver made, the
        bag as ingested; for any other object, its files as that version had them.

        Files are copied into a staging folder beside ``dest``, each checked against its digest in the
        inventory while it is copied, flushed, and the folder renamed to ``dest``: a damaged file means no
        output at all (``EXPORT_FIXITY``), never a bag that looks whole. Paths come from the inventory, so
        one that would leave the object or the destination (``..``, absolute) is refused (``EXPORT_UNSAFE_PATH``).
        """
        inventory = self.inventory(object_id)
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
        live = self.object_root(object_id)
        files = sorted(state_map(inventory, version).items())
        for logical, digest in files:
            _check_export_paths(live, logical, inventory["manifest"][digest][0])
        dest.parent.mkdir(parents=True, exist_ok=True)
        with staging.staging_dir(dest.parent, "export") as stage:
            for logical, digest in files:
                _export_file(live, inventory, logical, digest, stage)
            if self.durable:
                staging.flush_trees(dest.parent, [stage])
            staging.commit_dir(stage, dest, durable=self.durable)
        return dest

    def object_roots(self) -> Iterator[Path]:
        """Every object root under the storage root, in path order: the hierarchy walked down to the folders
        holding an object declaration (§4.3), whatever the layout, the root's ``extensions`` left out."""
        yield from _walk_objects(self.root, top=True)

    def list_objects(self) -> Iterator[ObjectSummary]:
        """A summary of every object (reads each root inventory; no checksums: that is ``audit``)."""
        for root in self.object_roots():
            try:
                inventory = read_json(root / INVENTORY)
                head = inventory["head"]
                yield ObjectSummary(
                    object_id=inventory["id"],
                    path=root.relative_to(self.root).as_posix(),
                    head=head,
                    versions=len(inventory["versions"]),
                    updated=inventory["versions"][head]["created"],
                )
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                continue  # a damaged object: `archiver audit` reports it

    def show(self, object_id: str, version: str | None = None) -> ObjectDetail:
        """The object's versions, the files of ``version`` (default: the head; ``2`` or ``v2``) and its
        event log."""
        inventory = self.inventory(object_id)
        shown = find_version(inventory, version)
        live = self.object_root(object_id)
        versions = [
            {
                "version": name,
                "created": block.get("created"),
                "message": block.get("message"),
                "user": block.get("user"),
                "files": sum(len(p) for p in block["state"].values()),
            }
            for name, block in sorted(
                inventory["versions"].items(), key=lambda kv: version_number(kv[0]) or 0
            )
        ]
        by_digest = {d: p[0] for d, p in inventory["manifest"].items()}
        algorithm = inventory["digestAlgorithm"]
        head_files = [
            {"path": logical, algorithm: digest, "content_path": by_digest.get(digest)}
            for logical, digest in sorted(state_map(inventory, shown).items())
        ]
        return ObjectDetail(
            object_id=object_id,
            path=live.relative_to(self.root).as_posix(),
            head=inventory["head"],
            shown=shown,
            versions=versions,
            files=head_files,
            events=ev.read_events(live),
        )


# --------------------------------------------------------------------------------------------------------
# Steps of an ingest and an export (I/O)
# --------------------------------------------------------------------------------------------------------


PortableOutcome = tuple[str, Any]


def default_ingest_workers() -> int:
    """Two workers per core: an ingest waits for reads of the bag (a cold cache, network storage) about as
    long as it computes, and a second worker per core fills those waits (measured with two cores: 1.85 ms
    per bag against 2.1 to 2.3 with one worker per core, docs/benchmarks.md)."""
    return 2 * (os.cpu_count() or 1)


def _ingest_stream(
    feed: Iterator[tuple[int, Path]],
    emit: Emit,
    root: Path,
    layout: Layout,
    spec: str,
    durable: bool,
    pending: bool,
    options: Mapping[str, Any],
) -> None:
    """In a worker: ingest the bags ``feed`` hands out through one :class:`_Batch`, sending results as its
    groups are committed, each outcome flattened so that it crosses a process boundary (ArchiverError
    subclasses take keyword arguments that pickle cannot replay)."""
    repo = OcflRepository(root, layout=layout, spec=spec, durable=durable, pending=pending)
    order: deque[int] = deque()  # the input index of each bag taken and not yet reported, in order
    ready: list[tuple[int, PortableOutcome]] = []

    def collect(_bag: Path, result: IngestResult | ArchiverError) -> None:
        ready.append((order.popleft(), _portable(result)))  # _Batch reports bags in the order added

    def send() -> None:
        if ready:
            emit(list(ready))
            ready.clear()

    batch = _Batch(repo, [], options, collect, keep_results=False)
    try:
        for index, bag in feed:
            order.append(index)
            batch.add(batch.append(bag))
            send()
        batch.finish()
        send()
    finally:
        batch.abandon()


def _portable(result: IngestResult | ArchiverError) -> PortableOutcome:
    if isinstance(result, ArchiverError):
        findings = getattr(result, "findings", None)
        return (
            "error",
            (type(result).__name__, result.code, result.message, result.where, result.hint, findings),
        )
    return ("ok", result)


def _rebuilt(outcome: PortableOutcome) -> IngestResult | ArchiverError:
    kind, value = outcome
    return value if kind == "ok" else _rebuild_error(value)


def _rebuild_error(value: tuple[str, str, str, str | None, str | None, Any]) -> ArchiverError:
    name, code, message, where, hint, findings = value
    if findings is not None:
        return InvalidBagError(code, message, where=where, findings=findings, hint=hint)
    cls: type[ArchiverError] = {"UsageError": UsageError, "RepositoryLockedError": RepositoryLockedError}.get(
        name, RepositoryError
    )
    return cls(code, message, where=where, hint=hint)


def _repeats_an_object(bags: Sequence[Path]) -> bool:
    """Whether two bags name the same object (their versions must then be made in the order given)."""
    seen: set[str] = set()
    for bag in bags:
        try:
            identifier = bag_identifier(bag)
        except ArchiverError:
            continue
        if identifier in seen:
            return True
        seen.add(identifier)
    return False


def _syncfs(path: Path) -> bool:
    """Flush the whole filesystem holding ``path`` in one call; False where that is not possible."""
    return staging.sync_filesystem(path)


def _fsync_up(path: Path, stop: Path) -> None:
    """fsync ``path``'s folder and every folder above it up to ``stop``: new entries survive a power cut."""
    folder = path.parent
    while True:
        staging.fsync_dir(folder)
        if folder == stop or stop not in folder.parents:
            return
        folder = folder.parent


def _new_stage(workspace: Path, label: str) -> Path:
    try:
        return staging.new_staging_dir(workspace, label)
    except FileNotFoundError:  # the workspace was removed by hand: it is only ever a scratch area
        workspace.mkdir(parents=True, exist_ok=True)
        return staging.new_staging_dir(workspace, label)


@dataclass(eq=False)
class _Job:
    """One bag on its way in: taken in (validated, copied), staged under its object's lock, committed."""

    index: int
    bag: Path
    started: datetime
    object_id: str = ""
    id_given: bool = False  # the object ID came from the caller (ingest --id), not the bag's bag-info.txt
    live: Path = Path()
    aside: Path = Path()  # where a move-aside commit parks the live object (filesystems without exchange)
    intake: Intake | None = None
    stage: Path | None = None  # the staging folder the bag was copied into (a new object's future root)
    meta: VersionMeta | None = None
    files: list[StagedFile] = field(default_factory=list)
    previous: dict[str, Any] | None = None
    plan: VersionPlan | None = None
    staged: Path | None = None  # the complete object, ready to be committed (None: unchanged)
    inventory_bytes: tuple[bytes, bytes] = (b"", b"")

    def discard(self) -> None:
        """Remove whatever of this bag is still in the staging area (never the live object)."""
        for folder in (self.stage, self.staged):
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)
        self.stage = self.staged = None
        if self.intake is not None:
            self.intake.release()


@dataclass
class _Committed:
    """A group committed (objects live, events and receipts written) but not yet known to be on disk."""

    done: list[tuple[_Job, IngestResult | ArchiverError]]
    ids: set[str]  # the objects it locked, released once it is reported

    def durable_paths(self) -> tuple[list[Path], list[Path]]:
        """The live objects changed and the receipts written: what the next flush must cover."""
        written = [(job, r) for job, r in self.done if isinstance(r, IngestResult)]
        lives = [job.live for job, r in written if r.outcome != "unchanged"]
        files = [r.receipt_path for _job, r in written if r.receipt_path is not None]
        return lives, files


class _Batch:
    """Bags ingested one after the other by one process, in groups that share their flushes.

    Each bag is taken in (validated while it is copied into the staging area, :mod:`intake`), then, under
    its object's lock, its object is staged complete (inventories, event). When the group is full (or a bag
    needs a lock the group cannot take without waiting, or names an object already in the group), the group
    goes down the flush pipeline of :meth:`finish`: flushed, committed (renamed into place, re-read against
    its inventory, fixity event and receipt written), flushed again, and only then are the results reported
    and the locks released. Each flush is one ``syncfs`` for two groups, running while the next group is
    staged: for small bags, flushing each bag on its own was a third of an ingest's time.

    The guarantees of a single ingest hold for each bag: nothing of an invalid bag reaches the repository,
    nothing is committed before it is on disk, no success is reported before the commit, the re-read, the
    event and the receipt are on disk, and no object is written without its lock.
    """

    def __init__(
        self,
        repo: OcflRepository,
        bags: list[Path],
        options: Mapping[str, Any],
        on_result: Callable[[Path, IngestResult | ArchiverError], None] | None,
        *,
        keep_results: bool = True,
    ) -> None:
        self.repo = repo
        # Bags by index, and results finished but not yet delivered (all of them with ``keep_results``; a
        # worker of a long run keeps none once sent, so its memory does not grow with the run).
        self.bags: dict[int, Path] = dict(enumerate(bags))
        self.added = len(bags)
        self.options = options
        self.on_result = on_result
        self.keep_results = keep_results
        self.results: dict[int, IngestResult | ArchiverError] = {}
        self.delivered = 0
        self.pending: list[_Job] = []
        self.ids: set[str] = set()
        self.bytes = 0
        self.locks = LockSet(repo.workspace / "locks")
        # The flush pipeline (see finish): a flush in flight, the group whose data it covers (to commit
        # next) and the committed group whose renames and records it covers (to report next).
        self.flusher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="archiver-flush")
        self.flushing: Future[None] | None = None
        self.flushed_next: tuple[list[_Job], set[str]] | None = None
        self.committed: _Committed | None = None
        self.cleaned = False
        self.user_name: str = options.get("user_name") or default_user_name()
        self.user_address: str = options.get("user_address") or default_user_address()

    # --- one bag --------------------------------------------------------------------------------------

    def append(self, bag: Path) -> int:
        """Take one more bag into the run; its index, for :meth:`add`."""
        index = self.added
        self.bags[index] = bag
        self.added += 1
        return index

    def add(self, index: int) -> None:
        job = _Job(index, Path(self.bags[index]).absolute(), ev.utc_now())
        try:
            self._take_in(job)
            self._lock(job)
            self._stage(job)
        except ArchiverError as exc:
            job.discard()
            self.results[index] = exc
            self._deliver()
            return
        except OSError:  # the storage itself (full, read-only): every bag after this one would meet it too
            job.discard()
            raise
        except Exception as exc:  # a bug met on this bag only, before the object was touched (issue 19)
            job.discard()
            self.results[index] = InternalError.of(exc, where=str(job.bag))
            self._deliver()
            return
        except BaseException:
            job.discard()
            raise
        self.pending.append(job)
        self.bytes += sum(f.size for f in job.files)
        if len(self.pending) >= GROUP_SIZE or self.bytes >= GROUP_BYTES:
            self.finish(wait=False)

    def _take_in(self, job: _Job) -> None:
        """Validate the bag while copying it into a staging folder (a new object) or hashing it (an update).

        No lock is needed yet: nothing here touches an object, and the staging folder is this process's own.
        """
        bag, options, repo = job.bag, self.options, self.repo
        if not bag.is_dir():
            raise UsageError("INGEST_NOT_A_BAG", "not a bag folder", where=str(bag))
        check_user_address(options.get("user_address"))
        if not self.cleaned:
            staging.cleanup_stale(repo.workspace)
            self.cleaned = True
        intake = job.intake = Intake(bag, None)
        id_error: InvalidBagError | None = None
        given = options.get("object_id")
        job.id_given = given is not None
        try:
            job.object_id = _identifier(intake, given)
        except InvalidBagError as exc:
            id_error = exc  # reported after the findings, which say more about a bag without bag-info.txt
        else:
            job.live = repo.object_root(job.object_id)
            job.aside = repo.workspace / f"aside-{job.live.name}"
            # A new object, most likely: copy straight to where v1 goes. In a repository still to be made
            # (for_ingest), the bag is only hashed until it passes: the root is made after, not before.
            if not repo.pending and not os.path.lexists(job.live):
                job.stage = _new_stage(repo.workspace, job.live.name[:16])
                content = job.stage / "v1" / CONTENT_DIR
                os.mkdir(content.parent)
                os.mkdir(content)
                intake.dest = content
        _stage_bag(intake, validate=options.get("validate", True))
        if id_error is not None:
            raise id_error
        if repo.pending:
            repo.ensure_root()
            job.live = repo.object_root(job.object_id)  # the root's own layout, if another process made it
            job.aside = repo.workspace / f"aside-{job.live.name}"
        job.meta = VersionMeta(
            created=ev.rfc3339(ev.utc_now()),
            message=options.get("message") or f"Ingest of bag {bag.name}",
            user_name=self.user_name,
            user_address=self.user_address,
        )
        job.files = [
            StagedFile(path, taken.digests[DIGEST_ALGORITHM], taken.digests[FIXITY_ALGORITHM], taken.size)
            for path, taken in sorted(intake.taken.items())
        ]

    def _lock(self, job: _Job) -> None:
        """Take the object's lock: without waiting while the group holds others, else after finishing it."""
        if (
            job.object_id in self.ids
            or job.object_id in self._in_flight()
            or not self.locks.try_add(job.object_id)
        ):
            self.finish()  # every group reported, every lock released
            self.locks.add(job.object_id, timeout=self.options.get("lock_timeout", 600.0))
        self.ids.add(job.object_id)

    def _in_flight(self) -> set[str]:
        """The objects of groups staged or committed but not yet reported: a bag naming one of them must
        wait for them (its version builds on theirs)."""
        found: set[str] = set()
        if self.flushed_next is not None:
            found |= self.flushed_next[1]
        if self.committed is not None:
            found |= self.committed.ids
        return found

    def _stage(self, job: _Job) -> None:
        """Under the object's lock: read its head, plan the version and stage the complete object."""
        assert job.intake is not None and job.meta is not None
        live, intake = job.live, job.intake
        _recover_aside(live, job.aside)
        previous = job.previous = _read_head_inventory(live, job.object_id)
        plan = job.plan = _plan(previous, job, self.repo.spec)
        if plan.unchanged:
            job.discard()
            return
        if previous is None and job.stage is not None:
            staged = job.stage  # the copy is already where the new object's v1 content goes
            _drop_unneeded(staged / plan.version / CONTENT_DIR, job.files, plan)
        else:  # a new version (or an object that appeared or vanished since the bag was taken in)
            staged = job.staged = _new_stage(self.repo.workspace, live.name[:16])
            if previous is not None:
                _link_previous(live, staged)
            version_dir = staged / plan.version
            os.mkdir(version_dir)
            if plan.store:
                content = version_dir / plan.inventory.get("contentDirectory", CONTENT_DIR)
                os.mkdir(content)
                sha512 = {f.logical_path: f.sha512 for f in job.files}
                for logical in plan.store:
                    try:
                        intake.put(logical, os.fspath(content), sha512[logical])
                    except SourceUnreadable as exc:
                        raise InvalidBagError(
                            "INGEST_CHECKSUM_MISMATCH", exc.why, where=str(job.bag / logical)
                        ) from None
            if job.stage is not None:
                shutil.rmtree(job.stage)
                job.stage = None
        job.staged = staged
        job.inventory_bytes = _build_object(
            staged, previous, plan, job.bag, len(job.files), id_given=job.id_given
        )
        intake.release()

    # --- the group ------------------------------------------------------------------------------------

    def finish(self, *, wait: bool = True) -> None:
        """End the group being staged and move the flush pipeline on by one step.

        With ``durable``, each group goes through: staged; flushed (so nothing is published before it is on
        disk); committed (renamed into place, re-read, event and receipt written); flushed again; reported,
        its locks released. One ``syncfs`` per group serves two of them: it makes the previous group's
        commit and this group's staged data durable together, and it runs in a thread (a system call that
        holds no Python lock) while the next group is taken in and staged, so the waits for the disk
        overlap with work. ``wait`` drains the pipeline: every group reported, every lock released.
        """
        if not self.repo.durable:  # nothing to flush: commit and report at once
            jobs, ids = self.pending, self.ids
            self._new_group()
            if jobs:
                self._report(self._commit_group(jobs, ids))
            else:
                self.locks.release_objects(ids)
            return
        self._advance()
        # The group is handed on before it leaves ``pending``: an interruption at any point leaves it where
        # abandon() looks (discarding twice is harmless).
        if self.pending:
            self.flushed_next = (self.pending, self.ids)
        else:
            self.locks.release_objects(self.ids)
        self._new_group()
        self._start_flush()
        while wait and (self.flushing or self.committed or self.flushed_next):
            self._advance()
            self._start_flush()

    def _new_group(self) -> None:
        self.pending, self.bytes, self.ids = [], 0, set()

    def _advance(self) -> None:
        """Wait for the flush in flight; report the group whose commit it covered, commit the group whose
        data it covered."""
        if self.flushing is not None:
            flushing, self.flushing = self.flushing, None
            flushing.result()
        if self.committed is not None:
            committed, self.committed = self.committed, None
            self._report(committed)
        if self.flushed_next is not None:
            jobs, ids = self.flushed_next
            self.committed = self._commit_group(jobs, ids)
            self.flushed_next = None

    def _start_flush(self) -> None:
        """Flush, in the background, the committed group's changes and the next group's staged data."""
        staged = [j.staged for j in self.flushed_next[0] if j.staged] if self.flushed_next else []
        lives, files = self.committed.durable_paths() if self.committed else ([], [])
        if staged or lives or files:
            self.flushing = self.flusher.submit(self.repo._flush, staged, lives, files)

    def _commit_group(self, jobs: list[_Job], ids: set[str]) -> _Committed:
        """Commit, verify and record every bag of a flushed group (nothing flushed here)."""
        done: list[tuple[_Job, IngestResult | ArchiverError]] = []
        try:
            for job in jobs:
                try:
                    done.append((job, self._commit_one(job)))
                except ArchiverError as exc:
                    done.append((job, exc))
        finally:
            for job in jobs:
                job.discard()  # whatever was not committed (an error midway)
        return _Committed(done, ids)

    def _report(self, committed: _Committed) -> None:
        """A group is durable: its results are final and its objects free for other writers."""
        self.locks.release_objects(committed.ids)
        for job, result in committed.done:
            self.results[job.index] = result
        self._deliver()

    def _commit_one(self, job: _Job) -> IngestResult:
        repo, plan = self.repo, job.plan
        assert plan is not None
        outcome: Outcome = "unchanged"
        if job.staged is not None:
            created = job.previous is None
            moved = job.staged
            old = repo._commit(moved, job.live, job.aside, created=created)  # OSError: the group stops
            job.stage = job.staged = None  # live now (and, after an exchange, `old` holds the previous one)
            problems = _verify_version(job.live, plan, job.files, job.inventory_bytes)
            if problems:
                repo._roll_back(moved, job.live, job.aside, old, created=created)
                job.staged = moved if created else (old if old is not None and old.exists() else None)
                raise RepositoryError(
                    "INGEST_VERIFY_FAILED",
                    f"stored files do not match the inventory after writing: {'; '.join(problems[:3])}",
                    where=str(job.live),
                    hint="the object was left at its previous version; check the storage",
                )
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
            outcome = "created" if created else "updated"
            detail = (
                f"re-read the {len(plan.store)} files stored in {plan.version} and both inventory sidecars; "
                "all match the inventory"
            )
            event = ev.make_event("fixity check", "success", detail, object_version=plan.version)
            ev.append_events(job.live, [event], durable=False)
        object_path = repo.object_path(job.object_id)
        receipt = _receipt(job.bag, object_path, plan, job.files, outcome, job.started, id_given=job.id_given)
        receipt_path = repo._write_receipt(receipt, job.object_id, plan.version, outcome)
        return IngestResult(
            bag=job.bag,
            object_id=job.object_id,
            version=plan.version,
            outcome=outcome,
            object_path=object_path,
            files=len(job.files),
            stored=0 if outcome == "unchanged" else len(plan.store),
            receipt=receipt,
            receipt_path=receipt_path,
        )

    # --- results --------------------------------------------------------------------------------------

    def _deliver(self) -> None:
        """Hand finished results to ``on_result`` in input order (a refused bag waits for those before it)."""
        while self.delivered in self.results:
            index = self.delivered
            result = self.results[index] if self.keep_results else self.results.pop(index)
            bag = self.bags[index] if self.keep_results else self.bags.pop(index)
            if self.on_result is not None:
                self.on_result(bag, result)
            self.delivered += 1

    def abandon(self) -> None:
        """After the last group, or an unexpected error: let the flush in flight end, drop what is staged
        but uncommitted, release every lock. A committed group not yet known durable is never reported."""
        if self.flushing is not None:
            futures_wait([self.flushing])
            self.flushing = None
        self.flusher.shutdown(wait=True)
        for jobs in (self.pending, self.flushed_next[0] if self.flushed_next else []):
            for job in jobs:
                job.discard()
        self.pending, self.flushed_next, self.committed = [], None, None
        self.locks.release()

    def collected(self) -> list[IngestResult | ArchiverError]:
        assert self.keep_results and len(self.results) == self.added
        return [self.results[index] for index in range(self.added)]


def _write_root_files(stage: Path, layout: Layout, *, durable: bool) -> None:
    """The storage root's fixed files: the declaration (§4.2), the layout's description and configuration
    (§4.1, the extension's config.json), our workspace's description (§4.4, §4.5)."""
    staging.write_file(stage / ROOT_DECLARATION, f"ocfl_{OCFL_VERSION}\n".encode(), durable=durable)
    for relative, data in layout_files(layout).items():
        (stage / relative).parent.mkdir(parents=True, exist_ok=True)
        staging.write_file(stage / relative, data, durable=durable)
    (stage / "extensions" / WORKSPACE_NAME).mkdir(parents=True)
    workspace_config = {
        "extensionName": WORKSPACE_NAME,
        "description": f"see {WORKSPACE_DOC} in the storage root",
    }
    write_json_file(stage / "extensions" / WORKSPACE_NAME / "config.json", workspace_config, durable=durable)
    staging.write_file(stage / WORKSPACE_DOC, workspace_doc(layout.name).encode("utf-8"), durable=durable)
    if durable:
        staging.fsync_tree(stage)


def find_root_spec(root: Path) -> str | None:
    """The OCFL version a storage root declares (``0=ocfl_1.1`` or ``0=ocfl_1.0``, §4.2), if any."""
    for spec in reversed(SPEC_VERSIONS):
        if (root / root_declaration(spec)).is_file():
            return spec
    return None


def object_spec(path: Path) -> str | None:
    """The OCFL version an object root declares (``0=ocfl_object_1.x``, §3.2), if any."""
    for spec in reversed(SPEC_VERSIONS):
        if (path / object_declaration(spec)).is_file():
            return spec
    return None


def _refuse_invalid(bag: Path, findings: Sequence[Finding]) -> None:
    errors = [f for f in findings if str(f.severity) == "error"]
    if errors:
        raise InvalidBagError(
            "INGEST_INVALID_BAG",
            f"the bag is invalid ({len(errors)} errors, first: {errors[0].code} {errors[0].message})",
            where=str(bag),
            findings=findings,
        )


def _plan(previous: Mapping[str, Any] | None, job: _Job, spec: str) -> VersionPlan:
    """The job's next version, refused where the object cannot take one in this root: an object of a later
    OCFL version than the root (§4.2, E081), or zero-padded version names that have run out (§3.3, E013)."""
    assert job.meta is not None
    if previous is not None:
        declared = spec_of_type(previous["type"]) or OCFL_VERSION
        if SPEC_VERSIONS.index(declared) > SPEC_VERSIONS.index(spec):
            raise RepositoryError(
                "REPO_OBJECT_NEWER",
                f"the object is OCFL {declared} but the storage root is OCFL {spec}: a new version would "
                "break the root (OCFL 1.1 §4.2, E081)",
                where=str(job.live),
            )
    try:
        return plan_version(previous, job.object_id, job.files, job.meta, spec=spec)
    except ValueError as exc:
        raise RepositoryError("REPO_VERSIONS_EXHAUSTED", str(exc), where=str(job.live)) from None


def _recover_aside(live: Path, aside: Path) -> None:
    """Finish or undo a move-aside commit that a killed process left half done (filesystems without exchange)."""
    if not aside.exists():
        return
    if live.exists():
        shutil.rmtree(aside)  # the new object made it in place: the old copy is garbage
    else:
        os.rename(aside, live)  # died between the two renames: put the previous object back


def _read_head_inventory(live: Path, object_id: str) -> dict[str, Any] | None:
    """The root inventory, verified against its sidecar; None if the object does not exist yet.

    Any object a writer may build on or a reader may export from: OCFL 1.0 or 1.1, sha512 or sha256
    (§3.4), any version naming and content directory. Whatever is not usable is ``REPO_OBJECT_DAMAGED``,
    never a traceback: ``archiver validate`` on the object says exactly what is wrong.
    """
    try:
        data = (live / INVENTORY).read_bytes()
    except FileNotFoundError:
        if live.exists():
            raise _damaged(live, f"object root without {INVENTORY}") from None
        return None
    except OSError as exc:
        raise _damaged(live, f"{INVENTORY} cannot be read: {exc.strerror}") from None
    try:
        inventory = json.loads(data)
    except ValueError:
        raise _damaged(live, f"{INVENTORY} is not JSON (OCFL 1.1 §3.5, E033)") from None
    problem = _unusable(inventory)
    if problem is not None:
        raise _damaged(live, f"{INVENTORY}: {problem}")
    algorithm = inventory["digestAlgorithm"]
    try:
        recorded = parse_sidecar((live / sidecar_name(algorithm)).read_text(encoding="ascii"))
    except (OSError, UnicodeDecodeError):
        recorded = None
    if recorded != hashlib.new(algorithm, data).hexdigest():
        raise _damaged(live, f"{INVENTORY} does not match {sidecar_name(algorithm)} (OCFL 1.1 §3.6, E060)")
    if inventory["id"] != object_id:
        raise _damaged(live, f"the inventory names object {inventory['id']!r}, not {object_id!r}")
    try:
        following = next_version_name(inventory)
    except ValueError:
        following = None
    if following is not None and (live / following).exists():
        raise _damaged(live, f"a version directory {following} not in the inventory")
    return dict(inventory)


def _unusable(inventory: Any) -> str | None:
    """Why a parsed inventory cannot be read or built on, or None: the shape every reader here relies on
    (§3.5.1 to §3.5.3). The validator checks far more; this only keeps readers from failing on bad input."""
    if not isinstance(inventory, dict):
        return "not a JSON object"
    for key, kind in (
        ("id", str),
        ("head", str),
        ("digestAlgorithm", str),
        ("manifest", dict),
        ("versions", dict),
    ):
        if not isinstance(inventory.get(key), kind):
            return f"{key!r} is missing or of the wrong type"
    if inventory["digestAlgorithm"] not in INVENTORY_ALGORITHMS:
        return f"digestAlgorithm {inventory['digestAlgorithm']!r} is neither sha512 nor sha256 (§3.4, E025)"
    if spec_of_type(inventory.get("type")) is None:
        return f"type {inventory.get('type')!r} is not an OCFL 1.0 or 1.1 inventory"
    if not all(
        isinstance(p, list) and p and all(isinstance(x, str) for x in p)
        for p in inventory["manifest"].values()
    ):
        return "a manifest entry is not a list of content paths"
    for name, block in inventory["versions"].items():
        if (
            version_number(name) is None
            or not isinstance(block, dict)
            or not isinstance(block.get("state"), dict)
        ):
            return f"version {name!r} is not a version block with a state"
        for digest, paths in block["state"].items():
            if (
                digest not in inventory["manifest"]
                or not isinstance(paths, list)
                or not all(isinstance(x, str) for x in paths)
            ):
                return f"version {name} has a state entry the manifest does not resolve"
    if inventory["head"] not in inventory["versions"]:
        return f"head {inventory['head']!r} is not one of the versions"
    return None


def _damaged(live: Path, message: str) -> RepositoryError:
    return RepositoryError(
        "REPO_OBJECT_DAMAGED",
        message,
        where=str(live),
        hint="run `archiver audit` and repair the object before adding versions",
    )


def _identifier(intake: Intake, given: str | None = None) -> str:
    """The object ID (:func:`_identifier_in`), bag-info.txt read through the intake (so that the validator
    finds it read)."""
    try:
        text = intake.read_small("bag-info.txt").decode("utf-8-sig")
    except (SourceUnreadable, UnicodeDecodeError):
        text = ""
    return _identifier_in(text, intake.bag, given)


def _take(intake: Intake, path: str) -> Taken:
    try:
        return intake.take(path)
    except SourceUnreadable as exc:
        from archiver.validation.findings import finding

        found = finding("BAG-FILE-UNREADABLE", path, f"cannot read it: {exc.why}")
        raise InvalidBagError(
            "INGEST_INVALID_BAG",
            f"the bag is invalid (1 errors, first: {found.code} {found.message})",
            where=str(intake.bag),
            findings=[found],
        ) from None


def _stage_bag(intake: Intake, *, validate: bool) -> None:
    """Take every file of the bag in, reading each once: hashed and, when ``intake.dest`` is set, copied.

    With ``validate`` the bag is validated as ``archiver validate`` would (every checksum of every manifest
    computed from the bytes being copied: :func:`archiver.repository.intake.validate_into`) and refused with
    the findings (``INGEST_INVALID_BAG``) if any is an error; then the files no manifest lists (the tag
    manifests, unlisted tag files) are copied too. Without it, the sha512 and sha256 the bag's own manifests
    give are still checked against the bytes read (``INGEST_CHECKSUM_MISMATCH``). Either way what is
    copied is what was checked; the caller discards the staging folder of a refused bag.
    """
    if validate:
        checked = validate_into(intake)
        _refuse_invalid(intake.bag, checked.findings)
        if checked.unsupported is not None:
            path, reason = checked.unsupported
            raise InvalidBagError("INGEST_UNSUPPORTED_FILE", reason, where=str(intake.bag / path))
        for path in checked.listed:
            if path not in intake.taken:
                _take(intake, path)
        return
    listed = list_bag_files(intake.bag)
    expected = _bag_manifest_digests(intake, listed)
    for logical in listed:
        taken = intake.taken.get(logical) or _take(intake, logical)
        for algorithm in (DIGEST_ALGORITHM, FIXITY_ALGORITHM):
            wanted = expected[algorithm].get(logical)
            actual = taken.digests[algorithm]
            if wanted is not None and wanted != actual:
                raise InvalidBagError(
                    "INGEST_CHECKSUM_MISMATCH",
                    f"{algorithm} of {logical} is {actual}, the bag's manifest says {wanted}",
                    where=str(intake.bag / logical),
                )


def _bag_manifest_digests(intake: Intake, listed: Sequence[str]) -> dict[str, dict[str, str]]:
    """:func:`bag_manifest_digests`, reading the manifests through the intake (they are copied later)."""
    present = set(listed)
    result: dict[str, dict[str, str]] = {}
    for algorithm in (DIGEST_ALGORITHM, FIXITY_ALGORITHM):
        entries: dict[str, str] = {}
        for prefix in ("manifest", "tagmanifest"):
            name = f"{prefix}-{algorithm}.txt"
            if name in present:
                _take(intake, name)  # copied now: read once, parsed from the same bytes
                raw = intake.read_small(name)
                entries.update(parse_manifest(raw.decode("utf-8-sig", errors="surrogateescape")))
        result[algorithm] = entries
    return result


def _drop_unneeded(content: Path, files: Sequence[StagedFile], plan: VersionPlan) -> None:
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


def _build_object(
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


def _link_previous(live: Path, staged: Path) -> None:
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


def _verify_version(
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


def _receipt(
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


def _check_export_paths(live: Path, logical: str, content_path: str) -> None:
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


def _walk_objects(directory: Path, *, top: bool = False) -> Iterator[Path]:
    """Object roots at or below ``directory``: folders holding a ``0=ocfl_object_*`` declaration (§4.3);
    links are never followed and an object's own folders are not searched."""
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except (FileNotFoundError, NotADirectoryError, PermissionError):
        return
    for entry in entries:
        if not entry.is_dir(follow_symlinks=False) or (top and entry.name == "extensions"):
            continue
        try:
            declared = any(name.startswith("0=ocfl_object_") for name in os.listdir(entry.path))
        except OSError:
            continue
        if declared:
            yield Path(entry.path)
        else:
            yield from _walk_objects(Path(entry.path))
