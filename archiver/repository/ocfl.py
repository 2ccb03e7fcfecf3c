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
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import getpass
import hashlib
import json
import os
import re
import shutil
import signal
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from archiver import staging
from archiver.bag import decode_manifest_path
from archiver.errors import ArchiverError, UsageError
from archiver.fixity import CHUNK, digest_file, new_hashers
from archiver.repository import events as ev
from archiver.repository.locking import RepositoryLockedError, object_lock
from archiver.validation.findings import Finding

OCFL_VERSION = "1.1"
ROOT_DECLARATION = f"0=ocfl_{OCFL_VERSION}"
OBJECT_DECLARATION = f"0=ocfl_object_{OCFL_VERSION}"
INVENTORY_TYPE = f"https://ocfl.io/{OCFL_VERSION}/spec/#inventory"
INVENTORY = "inventory.json"
DIGEST_ALGORITHM = "sha512"  # OCFL 1.1 §3.4: SHOULD use sha512 (W004)
SIDECAR = f"{INVENTORY}.{DIGEST_ALGORITHM}"
FIXITY_ALGORITHM = "sha256"  # the bag's own manifest algorithm, kept in the fixity block (§3.5.4)
CONTENT_DIR = "content"  # §3.3.1 default, so no contentDirectory key
LAYOUT_FILE = "ocfl_layout.json"
LAYOUT_NAME = "0004-hashed-n-tuple-storage-layout"
LAYOUT_CONFIG: dict[str, Any] = {
    "extensionName": LAYOUT_NAME,
    "digestAlgorithm": "sha256",
    "tupleSize": 3,
    "numberOfTuples": 3,
    "shortObjectRoot": False,
}
WORKSPACE_NAME = "archiver-workspace"
WORKSPACE_DOC = f"{WORKSPACE_NAME}.md"
DEFAULT_USER = "archiver"
VERSION_RE = re.compile(r"^v([1-9][0-9]*)$")
URI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
#: OCFL 1.1 §3.4 / 0004 digestAlgorithm names -> hashlib names.
HASHLIB_NAMES = {
    "md5": "md5",
    "sha1": "sha1",
    "sha256": "sha256",
    "sha512": "sha512",
    "blake2b-512": "blake2b",
}

Outcome = Literal["created", "updated", "unchanged"]


class InvalidBagError(ArchiverError):
    """A bag failed validation (or changed while it was read): refused, nothing written."""

    def __init__(
        self, code: str, message: str, *, where: str | None, findings: Sequence[Finding] = ()
    ) -> None:
        super().__init__(code, message, where=where, hint="run `archiver validate` on it for every finding")
        self.findings = list(findings)

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "findings": [f.to_dict() for f in self.findings]}


class RepositoryError(ArchiverError):
    """The repository or one of its objects is not in a state we can safely build on."""


# --------------------------------------------------------------------------------------------------------
# Pure functions: layout, inventories, bag tag files
# --------------------------------------------------------------------------------------------------------


def object_path_0004(object_id: str, config: Mapping[str, Any] = LAYOUT_CONFIG) -> str:
    """The object root of ``object_id`` relative to the storage root, per extension 0004's procedure."""
    hasher = hashlib.new(HASHLIB_NAMES[config["digestAlgorithm"]])
    hasher.update(object_id.encode("utf-8"))
    digest = hasher.hexdigest()
    size, count = int(config["tupleSize"]), int(config["numberOfTuples"])
    tuples = [digest[i * size : (i + 1) * size] for i in range(count)]
    last = digest[size * count :] if config.get("shortObjectRoot") else digest
    return "/".join([*tuples, last])


def state_map(inventory: Mapping[str, Any], version: str) -> dict[str, str]:
    """Logical path -> digest for one version (the inverse of the inventory's ``state`` block)."""
    state: Mapping[str, list[str]] = inventory["versions"][version]["state"]
    return {path: digest for digest, paths in state.items() for path in paths}


def content_paths(inventory: Mapping[str, Any]) -> dict[str, str]:
    """Content path -> digest, for every file the manifest lists."""
    return {path: digest for digest, paths in inventory["manifest"].items() for path in paths}


def next_version_name(inventory: Mapping[str, Any] | None) -> str:
    """``v1`` for a new object, else the head's number plus one (§3.3: no zero padding, W001)."""
    if inventory is None:
        return "v1"
    match = VERSION_RE.match(inventory["head"])
    if match is None:
        raise ValueError(f"head {inventory['head']!r} is not an unpadded version name")
    return f"v{int(match.group(1)) + 1}"


@dataclass(frozen=True)
class StagedFile:
    """One file of the incoming bag, read once: its logical path, digests and size."""

    logical_path: str
    sha512: str
    sha256: str
    size: int


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


def plan_version(
    previous: Mapping[str, Any] | None, object_id: str, files: Sequence[StagedFile], meta: VersionMeta
) -> VersionPlan:
    """Build the next inventory from the previous one (dicts in, dicts out).

    Forward-delta deduplication (Implementation Notes §2.1.2, §3.6): content whose sha512 is already in the
    manifest is referenced from the new state only; new content is stored once, at
    ``vN/content/<first logical path>``. The bag's logical state becoming the version's state means export
    gives back exactly the bag that came in. An identical state to the head's is reported as unchanged.
    """
    version = next_version_name(previous)
    state: dict[str, list[str]] = {}
    for f in files:
        state.setdefault(f.sha512, []).append(f.logical_path)
    state = {d: sorted(paths) for d, paths in state.items()}
    if previous is not None and _normalised_state(previous) == state:
        return VersionPlan(previous["head"], dict(previous), {}, True)
    manifest = {d: list(p) for d, p in (previous or {}).get("manifest", {}).items()}
    fixity = {d: list(p) for d, p in (previous or {}).get("fixity", {}).get(FIXITY_ALGORITHM, {}).items()}
    store: dict[str, str] = {}
    for f in sorted(files, key=lambda f: f.logical_path):
        if f.sha512 in manifest:
            continue
        content_path = f"{version}/{CONTENT_DIR}/{f.logical_path}"
        manifest[f.sha512] = [content_path]
        fixity.setdefault(f.sha256, []).append(content_path)
        store[f.logical_path] = content_path
    versions = dict((previous or {}).get("versions", {}))
    versions[version] = {**meta.to_block(), "state": state}
    inventory = {
        "id": object_id,
        "type": INVENTORY_TYPE,
        "digestAlgorithm": DIGEST_ALGORITHM,
        "head": version,
        "manifest": manifest,
        "fixity": {FIXITY_ALGORITHM: fixity},
        "versions": versions,
    }
    return VersionPlan(version, inventory, store, False)


def _normalised_state(inventory: Mapping[str, Any]) -> dict[str, list[str]]:
    state: Mapping[str, list[str]] = inventory["versions"][inventory["head"]]["state"]
    return {d.lower(): sorted(paths) for d, paths in state.items()}


def encode_inventory(inventory: Mapping[str, Any]) -> tuple[bytes, bytes]:
    """The inventory file's bytes (UTF-8 JSON, §3.5) and its sidecar's (``DIGEST inventory.json``, §3.6)."""
    data = (json.dumps(inventory, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
    sidecar = f"{hashlib.sha512(data).hexdigest()} {INVENTORY}\n".encode("ascii")
    return data, sidecar


def parse_sidecar(text: str) -> str | None:
    """The digest in a sidecar (§3.6: ``DIGEST`` whitespace ``inventory.json``), lower-cased; None if malformed."""
    parts = text.split()
    if len(parts) != 2 or parts[1] != INVENTORY or not re.fullmatch(r"[0-9a-fA-F]+", parts[0]):
        return None
    return parts[0].lower()


def parse_tag_fields(text: str) -> list[tuple[str, str]]:
    """``Label: value`` lines of a tag file (RFC 8493 §2.2.2), continuation lines folded in."""
    fields: list[tuple[str, str]] = []
    for line in text.splitlines():
        if line[:1] in (" ", "\t") and fields:
            label, value = fields[-1]
            fields[-1] = (label, f"{value} {line.strip()}")
        elif ":" in line:
            label, _, value = line.partition(":")
            fields.append((label.strip(), value.strip()))
    return fields


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
    files: list[dict[str, Any]]  # the head's logical state
    events: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.object_id,
            "path": self.path,
            "head": self.head,
            "versions": self.versions,
            "files": self.files,
            "events": self.events,
        }


# --------------------------------------------------------------------------------------------------------
# I/O helpers
# --------------------------------------------------------------------------------------------------------


def validate_bag(bag: Path) -> list[Finding]:
    """The bag's findings from the project's validator (RFC 8493, profile, package cross-checks).

    Imported lazily: the validator is the heaviest import of the tool and ingest may run without it.
    Returns every finding; the caller refuses the bag if any is an error.
    """
    from archiver.validation.run import ValidateOptions, validate_target

    return list(validate_target(bag, ValidateOptions()).findings)


def read_json(path: Path) -> Any:
    return json.loads(path.read_bytes())


def write_json_file(path: Path, value: Any, *, durable: bool) -> None:
    data = (json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
    staging.write_file(path, data, durable=durable)


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
    values = [v for label, v in parse_tag_fields(text) if label.lower() == "external-identifier" and v]
    if len(values) != 1:
        raise InvalidBagError(
            "INGEST_NO_IDENTIFIER",
            "bag-info.txt needs exactly one External-Identifier: it becomes the OCFL object ID"
            + (f" (found {len(values)})" if values else ""),
            where=str(bag),
        )
    return values[0]


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


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories atomically with Linux ``renameat2(RENAME_EXCHANGE)``; False where unsupported."""
    func = _RENAMEAT2
    if func is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    if func(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _load_renameat2() -> Any:
    try:
        func = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    func.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    func.restype = ctypes.c_int
    return func


_RENAMEAT2 = _load_renameat2()


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


def workspace_doc() -> str:
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
        "Objects are laid out by extension 0004-hashed-n-tuple-storage-layout (see ocfl_layout.json).\n"
        "Each object's `logs/events.jsonl` holds PREMIS-style events, one JSON object per line.\n"
    )


# --------------------------------------------------------------------------------------------------------
# The repository
# --------------------------------------------------------------------------------------------------------


class OcflRepository:
    """An OCFL 1.1 storage root on disk, objects laid out by extension 0004 (sha256, 3 x 3, full digest)."""

    def __init__(
        self, root: Path, *, layout: Mapping[str, Any] = LAYOUT_CONFIG, durable: bool = True
    ) -> None:
        self.root = root
        self.layout = dict(layout)
        self.durable = durable
        self.created = False  # True when open(create=True) or init() made the storage root

    # --- creating and opening ---------------------------------------------------------------------------

    @classmethod
    def init(cls, root: Path, *, durable: bool = True) -> OcflRepository:
        """Create an empty storage root, all at once: built in a staging folder beside it, then renamed.

        An existing OCFL storage root is simply opened; an existing folder holding anything else is refused
        (``REPO_NOT_EMPTY``) so that nothing of the user's is ever mixed into a repository.
        """
        root = root.expanduser().absolute()
        if (root / ROOT_DECLARATION).exists():
            return cls.open(root, durable=durable)
        if root.exists() and (not root.is_dir() or any(root.iterdir())):
            raise UsageError(
                "REPO_NOT_EMPTY",
                "not an OCFL storage root, and not empty",
                where=str(root),
                hint="choose a new or empty folder",
            )
        root.parent.mkdir(parents=True, exist_ok=True)
        with staging.staging_dir(root.parent, "ocfl-root") as stage:
            _write_root_files(stage, durable=durable)
            try:
                os.rename(stage, root)  # replaces an empty folder atomically; fails on a non-empty one
            except OSError:
                if (root / ROOT_DECLARATION).exists():  # another process initialised it meanwhile
                    return cls.open(root, durable=durable)
                raise
            if durable:
                staging.fsync_dir(root.parent)
        repo = cls.open(root, durable=durable)
        repo.created = True
        return repo

    @classmethod
    def open(cls, root: Path, *, create: bool = False, durable: bool = True) -> OcflRepository:
        """Open an existing storage root (``REPO_NOT_FOUND``, ``REPO_NOT_OCFL``), or create it if asked."""
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
        if not (root / ROOT_DECLARATION).is_file():
            if create and root.is_dir() and not any(root.iterdir()):
                return cls.init(root, durable=durable)
            raise UsageError(
                "REPO_NOT_OCFL",
                f"not an OCFL {OCFL_VERSION} storage root (no {ROOT_DECLARATION})",
                where=str(root),
            )
        return cls(root, layout=read_layout(root), durable=durable)

    # --- paths ------------------------------------------------------------------------------------------

    @property
    def workspace(self) -> Path:
        return self.root / "extensions" / WORKSPACE_NAME

    def object_path(self, object_id: str) -> str:
        """The object's root relative to the storage root (0004 mapping)."""
        return object_path_0004(object_id, self.layout)

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
    ) -> IngestResult:
        """Ingest one bag as the next version of the object named by its External-Identifier.

        Refuses an invalid bag (``INGEST_INVALID_BAG``, with the findings) before writing anything. Holds the
        object's lock from reading the head inventory to the end, so two ingests of one object never both
        write: the second waits (up to ``lock_timeout`` seconds, then ``REPO_LOCKED``) and then usually finds
        the object unchanged.
        """
        bag = bag.absolute()
        if not bag.is_dir():
            raise UsageError("INGEST_NOT_A_BAG", "not a bag folder", where=str(bag))
        check_user_address(user_address)
        if validate:
            _refuse_invalid(bag, validate_bag(bag))
        object_id = bag_identifier(bag)
        meta = VersionMeta(
            created=ev.rfc3339(ev.utc_now()),
            message=message or f"Ingest of bag {bag.name}",
            user_name=user_name or default_user_name(),
            user_address=user_address,
        )
        with object_lock(self.workspace / "locks", object_id, timeout=lock_timeout):
            return self._ingest_locked(bag, object_id, meta)

    def ingest_many(
        self,
        bags: Sequence[Path],
        *,
        jobs: int = 0,
        on_result: Callable[[Path, IngestResult | ArchiverError], None] | None = None,
        **options: Any,
    ) -> list[IngestResult | ArchiverError]:
        """Ingest several bags, side by side in worker processes (``jobs``: 0 = one per core).

        Results come in input order; a bag that fails gives its ArchiverError in its place and never stops
        the others. Per-object locks keep concurrent writers apart; bags naming the same object are ingested
        one after the other, in the order given, so their versions are numbered in that order.
        """
        workers = min(jobs or os.cpu_count() or 1, len(bags))
        if workers <= 1 or len(bags) < 4 or _repeats_an_object(bags):
            results = [_ingest_portable(self.root, self.layout, self.durable, bag, options) for bag in bags]
            return _rebuilt(bags, results, on_result)
        # Workers are direct children (the platform's default start method, as in packaging), so that
        # PR_SET_PDEATHSIG takes them down with a killed parent; a forkserver would outlive it.
        with ProcessPoolExecutor(max_workers=workers, initializer=_worker_init) as pool:
            outcomes = pool.map(
                _ingest_portable,
                *zip(*((self.root, self.layout, self.durable, bag, options) for bag in bags), strict=True),
            )
            return _rebuilt(bags, outcomes, on_result)

    def _ingest_locked(self, bag: Path, object_id: str, meta: VersionMeta) -> IngestResult:
        started = ev.utc_now()
        live = self.object_root(object_id)
        aside = self.workspace / f"aside-{live.name}"
        staging.cleanup_stale(self.workspace)
        _recover_aside(live, aside)
        previous = _read_head_inventory(live, object_id)
        with staging.staging_dir(self.workspace, live.name[:16]) as stage:
            staged = stage  # the staging folder itself becomes the object (one folder fewer to create)
            version = next_version_name(previous)
            files = _stage_bag(bag, staged / version / CONTENT_DIR)
            plan = plan_version(previous, object_id, files, meta)
            if plan.unchanged:
                return self._finish(bag, live, plan, files, "unchanged", started)
            _drop_unneeded(staged / version / CONTENT_DIR, files, plan)
            _build_object(staged, live if previous else None, plan, bag, len(files))
            if self.durable:
                staging.flush_trees(self.workspace, [stage])
            old = self._commit(staged, live, aside, created=previous is None)
            problems = _verify_version(live, plan.inventory, plan.version)
            if problems:
                self._roll_back(staged, live, aside, old, created=previous is None)
                raise RepositoryError(
                    "INGEST_VERIFY_FAILED",
                    f"stored files do not match the inventory after writing: {'; '.join(problems[:3])}",
                    where=str(live),
                    hint="the object was left at its previous version; check the storage",
                )
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
            outcome: Outcome = "created" if previous is None else "updated"
            return self._finish(bag, live, plan, files, outcome, started)

    def _commit(self, staged: Path, live: Path, aside: Path, *, created: bool) -> Path | None:
        """Publish the staged object; return where the old object now lies (to delete), if any."""
        if created:
            live.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.rename(staged, live)
            except OSError:
                _prune_empty_parents(live.parent, self.root)
                raise
            old = None
        elif _exchange(staged, live):
            old = staged
        else:  # no RENAME_EXCHANGE here: move the live object aside, then the new one in
            os.rename(live, aside)
            os.rename(staged, live)
            old = aside
        return old  # made durable by _finish's flush, together with the event and the receipt

    def _roll_back(self, staged: Path, live: Path, aside: Path, old: Path | None, *, created: bool) -> None:
        """Undo a commit whose verification failed: the previous object goes back in place."""
        if created:
            os.rename(live, staged)
            _prune_empty_parents(live.parent, self.root)
        elif old is not None and not _exchange(old, live):
            shutil.rmtree(live)
            os.rename(old, live)
        if self.durable:
            staging.fsync_dir(live.parent)

    def _finish(
        self,
        bag: Path,
        live: Path,
        plan: VersionPlan,
        files: Sequence[StagedFile],
        outcome: Outcome,
        started: datetime,
    ) -> IngestResult:
        """Record the fixity-check event and the receipt of an ingest, then make everything durable.

        One filesystem flush (syncfs on Linux) covers the commit's rename, the new tuple folders, the event
        and the receipt: success is reported only after it.
        """
        stored = 0 if outcome == "unchanged" else len(plan.store)
        if outcome != "unchanged":
            detail = (
                f"re-read the {stored} files stored in {plan.version} and both inventory sidecars; "
                "all match the inventory"
            )
            event = ev.make_event("fixity check", "success", detail, object_version=plan.version)
            ev.append_events(live, [event], durable=False)
        receipt = _receipt(bag, self.object_path(plan.inventory["id"]), plan, files, outcome, started)
        receipt_path = self._write_receipt(receipt, plan, outcome)
        if self.durable:
            staging.flush_trees(self.root, [live])
            staging.fsync_file(receipt_path)  # already clean after a syncfs; needed where there is none
        return IngestResult(
            bag=bag,
            object_id=plan.inventory["id"],
            version=plan.version,
            outcome=outcome,
            object_path=self.object_path(plan.inventory["id"]),
            files=len(files),
            stored=stored,
            receipt=receipt,
            receipt_path=receipt_path,
        )

    def _write_receipt(self, receipt: dict[str, Any], plan: VersionPlan, outcome: Outcome) -> Path:
        finished: str = receipt["finished"]
        day = self.workspace / "receipts" / finished[:4] / finished[5:7] / finished[8:10]
        if not day.is_dir():
            day.mkdir(parents=True, exist_ok=True)
        stamp = finished[11:19].replace(":", "")
        key = hashlib.sha256(plan.inventory["id"].encode("utf-8")).hexdigest()[:16]
        base = f"{stamp}Z-{key}-{plan.version}-{outcome}"
        for n in range(1000):
            path = day / (f"{base}.json" if n == 0 else f"{base}-{n}.json")
            try:
                write_json_file(path, receipt, durable=False)
                return path
            except FileExistsError:
                continue
        raise FileExistsError(str(day / base))

    # --- reading ----------------------------------------------------------------------------------------

    def inventory(self, object_id: str) -> dict[str, Any]:
        """The object's root inventory, checked against its sidecar (``OBJECT_NOT_FOUND``, ``REPO_OBJECT_DAMAGED``)."""
        live = self.object_root(object_id)
        inventory = _read_head_inventory(live, object_id)
        if inventory is None:
            raise UsageError(
                "OBJECT_NOT_FOUND", f"no object {object_id} in this repository", where=str(self.root)
            )
        return inventory

    def export(self, object_id: str, dest: Path, *, version: str | None = None) -> Path:
        """Write a version's logical state (the bag as ingested) to ``dest``, which must not exist.

        Files are copied into a staging folder beside ``dest``, each checked against its sha512 in the
        inventory while it is copied, flushed, and the folder renamed to ``dest``: a damaged file means no
        output at all (``EXPORT_FIXITY``), never a bag that looks whole.
        """
        inventory = self.inventory(object_id)
        version = version or inventory["head"]
        if version not in inventory["versions"]:
            raise UsageError(
                "EXPORT_NO_VERSION",
                f"object {object_id} has no version {version} (head is {inventory['head']})",
            )
        dest = dest.absolute()
        if dest.exists() or dest.is_symlink():
            raise UsageError("EXPORT_EXISTS", "the export destination already exists", where=str(dest))
        dest.parent.mkdir(parents=True, exist_ok=True)
        live = self.object_root(object_id)
        with staging.staging_dir(dest.parent, "export") as stage:
            for logical, digest in sorted(state_map(inventory, version).items()):
                _export_file(live, inventory, logical, digest, stage)
            if self.durable:
                staging.flush_trees(dest.parent, [stage])
            staging.commit_dir(stage, dest, durable=self.durable)
        return dest

    def object_roots(self) -> Iterator[Path]:
        """Every object root under the storage root, in path order (a walk of the 0004 hierarchy)."""
        depth = int(self.layout["numberOfTuples"])
        yield from _walk_objects(self.root, depth, top=True)

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
            except (OSError, ValueError, KeyError, TypeError):
                continue  # a damaged object: `archiver audit` reports it

    def show(self, object_id: str) -> ObjectDetail:
        """The object's versions, the head's files and its event log."""
        inventory = self.inventory(object_id)
        live = self.object_root(object_id)
        versions = [
            {
                "version": name,
                "created": block.get("created"),
                "message": block.get("message"),
                "user": block.get("user"),
                "files": sum(len(p) for p in block["state"].values()),
            }
            for name, block in sorted(inventory["versions"].items(), key=lambda kv: int(kv[0][1:]))
        ]
        by_digest = {d: p[0] for d, p in inventory["manifest"].items()}
        head_files = [
            {"path": logical, "sha512": digest, "content_path": by_digest.get(digest)}
            for logical, digest in sorted(state_map(inventory, inventory["head"]).items())
        ]
        return ObjectDetail(
            object_id=object_id,
            path=self.object_path(object_id),
            head=inventory["head"],
            versions=versions,
            files=head_files,
            events=ev.read_events(live),
        )


# --------------------------------------------------------------------------------------------------------
# Steps of an ingest and an export (I/O)
# --------------------------------------------------------------------------------------------------------


PortableOutcome = tuple[str, Any]


def _ingest_portable(
    root: Path, layout: Mapping[str, Any], durable: bool, bag: Path, options: Mapping[str, Any]
) -> PortableOutcome:
    """One ingest, its outcome flattened so that it crosses a process boundary (ArchiverError subclasses
    take keyword arguments that pickle cannot replay)."""
    try:
        return ("ok", OcflRepository(root, layout=layout, durable=durable).ingest(bag, **options))
    except ArchiverError as exc:
        findings = getattr(exc, "findings", None)
        return ("error", (type(exc).__name__, exc.code, exc.message, exc.where, exc.hint, findings))


def _rebuilt(
    bags: Sequence[Path],
    outcomes: Iterable[PortableOutcome],
    on_result: Callable[[Path, IngestResult | ArchiverError], None] | None,
) -> list[IngestResult | ArchiverError]:
    results: list[IngestResult | ArchiverError] = []
    for bag, (kind, value) in zip(bags, outcomes, strict=True):
        result: IngestResult | ArchiverError = value if kind == "ok" else _rebuild_error(value)
        results.append(result)
        if on_result is not None:
            on_result(bag, result)
    return results


def _rebuild_error(value: tuple[str, str, str, str | None, str | None, Any]) -> ArchiverError:
    name, code, message, where, hint, findings = value
    if findings is not None:
        return InvalidBagError(code, message, where=where, findings=findings)
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


def _worker_init() -> None:
    """Workers die with their parent (Linux PR_SET_PDEATHSIG), so a killed ingest leaves no orphan writing;
    Ctrl-C is the parent's to handle."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _write_root_files(stage: Path, *, durable: bool) -> None:
    """The storage root's fixed files (§4.1, §4.2, extension 0004's config, our workspace's description)."""
    staging.write_file(stage / ROOT_DECLARATION, f"ocfl_{OCFL_VERSION}\n".encode(), durable=durable)
    layout = {
        "extension": LAYOUT_NAME,
        "description": "Hashed N-tuple storage layout: sha256 of the object ID, three tuples of 3 hex digits, "
        "then the full digest",
    }
    write_json_file(stage / LAYOUT_FILE, layout, durable=durable)
    (stage / "extensions" / LAYOUT_NAME).mkdir(parents=True)
    write_json_file(stage / "extensions" / LAYOUT_NAME / "config.json", LAYOUT_CONFIG, durable=durable)
    (stage / "extensions" / WORKSPACE_NAME).mkdir()
    workspace_config = {
        "extensionName": WORKSPACE_NAME,
        "description": f"see {WORKSPACE_DOC} in the storage root",
    }
    write_json_file(stage / "extensions" / WORKSPACE_NAME / "config.json", workspace_config, durable=durable)
    staging.write_file(stage / WORKSPACE_DOC, workspace_doc().encode("utf-8"), durable=durable)
    if durable:
        staging.fsync_tree(stage)


def read_layout(root: Path) -> dict[str, Any]:
    """The 0004 parameters of an existing root (``REPO_LAYOUT_UNSUPPORTED`` for any other layout)."""
    try:
        layout = read_json(root / LAYOUT_FILE)
        config = {**LAYOUT_CONFIG, **read_json(root / "extensions" / LAYOUT_NAME / "config.json")}
    except FileNotFoundError:
        layout, config = {"extension": LAYOUT_NAME}, dict(LAYOUT_CONFIG)
    except (OSError, ValueError) as exc:
        raise UsageError(
            "REPO_LAYOUT_UNSUPPORTED", f"unreadable layout description: {exc}", where=str(root)
        ) from None
    if not isinstance(layout, dict) or layout.get("extension") != LAYOUT_NAME:
        raise UsageError(
            "REPO_LAYOUT_UNSUPPORTED",
            f"the storage root uses layout {layout.get('extension') if isinstance(layout, dict) else '?'!r}; "
            f"only {LAYOUT_NAME} is supported",
            where=str(root),
        )
    if config.get("digestAlgorithm") not in HASHLIB_NAMES:
        raise UsageError(
            "REPO_LAYOUT_UNSUPPORTED", f"unknown 0004 digestAlgorithm in {config}", where=str(root)
        )
    return config


def _refuse_invalid(bag: Path, findings: Sequence[Finding]) -> None:
    errors = [f for f in findings if str(f.severity) == "error"]
    if errors:
        raise InvalidBagError(
            "INGEST_INVALID_BAG",
            f"the bag is invalid ({len(errors)} errors, first: {errors[0].code} {errors[0].message})",
            where=str(bag),
            findings=findings,
        )


def _recover_aside(live: Path, aside: Path) -> None:
    """Finish or undo a move-aside commit that a killed process left half done (filesystems without exchange)."""
    if not aside.exists():
        return
    if live.exists():
        shutil.rmtree(aside)  # the new object made it in place: the old copy is garbage
    else:
        os.rename(aside, live)  # died between the two renames: put the previous object back


def _read_head_inventory(live: Path, object_id: str) -> dict[str, Any] | None:
    """The root inventory, verified against its sidecar; None if the object does not exist yet."""
    try:
        data = (live / INVENTORY).read_bytes()
    except FileNotFoundError:
        if live.exists():
            raise _damaged(live, f"object root without {INVENTORY}") from None
        return None
    try:
        recorded = parse_sidecar((live / SIDECAR).read_text(encoding="ascii"))
    except (OSError, UnicodeDecodeError):
        recorded = None
    if recorded != hashlib.sha512(data).hexdigest():
        raise _damaged(live, f"{INVENTORY} does not match {SIDECAR} (OCFL 1.1 §3.6)")
    inventory: dict[str, Any] = json.loads(data)
    if inventory.get("id") != object_id:
        raise _damaged(live, f"the inventory names object {inventory.get('id')!r}, not {object_id!r}")
    if (live / next_version_name(inventory)).exists():
        raise _damaged(live, f"a version directory {next_version_name(inventory)} not in the inventory")
    return inventory


def _damaged(live: Path, message: str) -> RepositoryError:
    return RepositoryError(
        "REPO_OBJECT_DAMAGED",
        message,
        where=str(live),
        hint="run `archiver audit` and repair the object before adding versions",
    )


def _stage_bag(bag: Path, content: Path) -> list[StagedFile]:
    """Copy every file of the bag to ``content/<logical path>``, reading each once for both digests.

    Files go straight to where a new version stores them (``vN/content``, §3.3.1), so a new object, the
    common case, needs no second move; :func:`_drop_unneeded` removes what turns out to be stored already.
    Each digest the bag's own manifests give is checked against the bytes actually read, so a file that
    changed after validation (or a bag ingested with --no-validate) never enters the repository unnoticed.
    """
    expected = bag_manifest_digests(bag)
    staged: list[StagedFile] = []
    made: set[Path] = set()
    for logical in list_bag_files(bag):
        target = content / logical
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.update((target.parent, *target.parent.parents))
        sha512, sha256, size = copy_hashed(bag / logical, target)
        for algorithm, actual in ((DIGEST_ALGORITHM, sha512), (FIXITY_ALGORITHM, sha256)):
            wanted = expected[algorithm].get(logical)
            if wanted is not None and wanted != actual:
                raise InvalidBagError(
                    "INGEST_CHECKSUM_MISMATCH",
                    f"{algorithm} of {logical} is {actual}, the bag's manifest says {wanted}",
                    where=str(bag / logical),
                )
        staged.append(StagedFile(logical, sha512, sha256, size))
    return staged


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


def _build_object(staged: Path, live: Path | None, plan: VersionPlan, bag: Path, file_count: int) -> None:
    """Complete the staged object around the new version's content: the declaration (new object) or the
    earlier versions (linked), both inventories with sidecars, and the ingestion event."""
    staged.mkdir(exist_ok=True)
    if live is None:
        staging.write_file(
            staged / OBJECT_DECLARATION, f"ocfl_object_{OCFL_VERSION}\n".encode(), durable=False
        )
    else:
        _link_previous(live, staged)
    version_dir = staged / plan.version
    version_dir.mkdir(exist_ok=True)
    data, sidecar = encode_inventory(plan.inventory)
    for where in (version_dir, staged):
        staging.write_file(where / INVENTORY, data, durable=False)
        staging.write_file(where / SIDECAR, sidecar, durable=False)
    detail = f"ingested bag {bag.name}: {file_count} files, {len(plan.store)} stored in {plan.version}"
    event = ev.make_event("ingestion", "success", detail, object_version=plan.version)
    ev.append_events(staged, [event], durable=False)


def _link_previous(live: Path, staged: Path) -> None:
    """Hard-link every file of the live object into ``staged``, except the root inventory pair (rewritten)
    and ``logs`` (copied, since the new object's log gets appended to before it goes live)."""
    for dirpath, dirnames, filenames in os.walk(live):
        rel = Path(dirpath).relative_to(live)
        dirnames.sort()
        for name in dirnames:
            (staged / rel / name).mkdir()
        for name in filenames:
            if rel == Path(".") and name in (INVENTORY, SIDECAR):
                continue
            if rel.parts[:1] == (ev.LOGS_DIR,):
                shutil.copyfile(Path(dirpath, name), staged / rel / name)
            else:
                _link_or_copy(Path(dirpath, name), staged / rel / name)


def _verify_version(live: Path, inventory: Mapping[str, Any], version: str) -> list[str]:
    """Re-read the new version's stored files and both sidecars and compare them with the inventory."""
    problems: list[str] = []
    data, sidecar = encode_inventory(inventory)
    for where in (live, live / version):
        try:
            if (where / INVENTORY).read_bytes() != data or (where / SIDECAR).read_bytes() != sidecar:
                problems.append(f"{where.name}/{INVENTORY} differs from what was written")
        except OSError as exc:
            problems.append(f"{where / INVENTORY}: {exc.strerror}")
    prefix = f"{version}/"
    for content_path, digest in content_paths(inventory).items():
        if not content_path.startswith(prefix):
            continue
        try:
            actual = digest_file(live / content_path, [DIGEST_ALGORITHM])[0][DIGEST_ALGORITHM]
        except OSError as exc:
            problems.append(f"{content_path}: {exc.strerror}")
            continue
        if actual != digest:
            problems.append(f"{content_path}: sha512 {actual} instead of {digest}")
    return problems


def _receipt(
    bag: Path,
    object_path: str,
    plan: VersionPlan,
    files: Sequence[StagedFile],
    outcome: Outcome,
    started: datetime,
) -> dict[str, Any]:
    """The ingest receipt (pure apart from the clock)."""
    stored = {logical: cp for logical, cp in plan.store.items()}
    by_digest = {d: p[0] for d, p in plan.inventory["manifest"].items()}
    return {
        "receipt_version": 1,
        "object_id": plan.inventory["id"],
        "object_path": object_path,
        "version": plan.version,
        "outcome": outcome,
        "bag": str(bag),
        "created": plan.inventory["versions"][plan.version]["created"],
        "started": ev.rfc3339(started),
        "finished": ev.rfc3339(ev.utc_now()),
        "verified": outcome != "unchanged",
        "files": [
            {
                "logical_path": f.logical_path,
                "content_path": by_digest.get(f.sha512),
                "stored_now": f.logical_path in stored,
                "size": f.size,
                "sha512": f.sha512,
                "sha256": f.sha256,
            }
            for f in files
        ],
    }


def _export_file(live: Path, inventory: Mapping[str, Any], logical: str, digest: str, stage: Path) -> None:
    content_path = inventory["manifest"][digest][0]
    source = live / content_path
    target = stage / logical
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        sha512, _sha256, _size = copy_hashed(source, target)
    except FileNotFoundError:
        sha512 = "missing"
    if sha512 != digest.lower():
        raise ArchiverError(
            "EXPORT_FIXITY",
            f"stored file {content_path} ({logical}) does not match its sha512 in the inventory",
            where=str(source),
            hint="nothing was exported; run `archiver audit`",
        )


def _walk_objects(directory: Path, depth: int, *, top: bool = False) -> Iterator[Path]:
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except FileNotFoundError:
        return
    for entry in entries:
        if not entry.is_dir(follow_symlinks=False) or (top and entry.name == "extensions"):
            continue
        if depth == 0:
            if os.path.exists(os.path.join(entry.path, OBJECT_DECLARATION)):
                yield Path(entry.path)
        else:
            yield from _walk_objects(Path(entry.path), depth - 1)
