"""``audit``: prove, years later, that every object in the storage root is still intact.

For each object: its declaration, the structure of its root inventory (OCFL 1.1 §3.5), both kinds of
sidecars (§3.6), every version directory and version inventory (§3.3, §3.7), every stored file's sha512
and every fixity digest we can compute (§3.5.2, §3.5.4), files in content directories that the manifest
does not list (§3.3.1) and files it lists that are gone. Each problem is a Finding with a stable
``AUDIT-...`` code, reported with the object, the version and the logical path it affects; the audit is
recorded as a PREMIS "fixity check" event in each object's log.

The checks on parsed inventories are pure functions (dicts in, (code, message) lists out); reading and
hashing stay in the ``_audit_*`` functions. Objects are audited in threads: hashlib releases the GIL, so
hashing several objects' files at once uses several cores.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archiver.errors import UsageError
from archiver.fixity import digest_file
from archiver.repository import events as ev
from archiver.repository.locking import RepositoryLockedError, object_lock
from archiver.repository.ocfl import (
    DIGEST_ALGORITHM,
    INVENTORY,
    INVENTORY_TYPE,
    OBJECT_DECLARATION,
    OCFL_VERSION,
    ROOT_DECLARATION,
    SIDECAR,
    VERSION_RE,
    WORKSPACE_NAME,
    object_path_0004,
    parse_sidecar,
    read_layout,
)
from archiver.validation.findings import CodeInfo, Finding, Report, Severity, finding, register

E, W = Severity.ERROR, Severity.WARNING
CODES = register(
    CodeInfo("AUDIT-ROOT-DECLARATION", E, "OCFL 1.1 §4.2", "the storage root has exactly one 0=ocfl_1.x declaration with matching content"),
    CodeInfo("AUDIT-ROOT-LAYOUT", E, "OCFL 1.1 §4.1", "ocfl_layout.json names a layout this tool can read, with its config.json"),
    CodeInfo("AUDIT-ROOT-STRAY", E, "OCFL 1.1 §4.1, §4.3", "no files or folders in the storage hierarchy that are not part of an object (E072, E084, E088, E112)"),
    CodeInfo("AUDIT-ROOT-EMPTY-DIR", W, "OCFL 1.1 §4.1", "no empty directories under the storage root (E073); usually left by an interrupted ingest, safe to remove"),
    CodeInfo("AUDIT-OBJECT-PATH", E, "OCFL 1.1 §4.3; extension 0004", "an object lies where the layout maps its ID (E083)"),
    CodeInfo("AUDIT-OBJECT-DECLARATION", E, "OCFL 1.1 §3.2", "the object root has exactly one 0=ocfl_object_1.x declaration with matching content (E003, E007)"),
    CodeInfo("AUDIT-OBJECT-EXTRA", E, "OCFL 1.1 §3.1, §3.3", "no files or folders in an object root or version directory beyond those the spec names (E001, E015)"),
    CodeInfo("AUDIT-INVENTORY-MISSING", E, "OCFL 1.1 §3.7", "the object root has an inventory.json (E063)"),
    CodeInfo("AUDIT-INVENTORY-STRUCTURE", E, "OCFL 1.1 §3.5.1", "the inventory is UTF-8 JSON with exactly the required keys, of the right types (E033, E036, E038, E041, E102)"),
    CodeInfo("AUDIT-INVENTORY-ALGORITHM", E, "OCFL 1.1 §3.4, §3.5.1", "digestAlgorithm is sha512, the algorithm this repository writes (E025, E039)"),
    CodeInfo("AUDIT-INVENTORY-VERSIONS", E, "OCFL 1.1 §3.3, §3.5.1", "versions are v1..vN without gaps or padding changes, and head is the highest (E009, E010, E040)"),
    CodeInfo("AUDIT-INVENTORY-STATE", E, "OCFL 1.1 §3.5.2, §3.5.3", "every state digest is in the manifest, every manifest digest in some state, and every path is safe (E050, E107, E099, E100)"),
    CodeInfo("AUDIT-SIDECAR-MISSING", E, "OCFL 1.1 §3.6", "every inventory.json has an inventory.json.sha512 beside it (E058)"),
    CodeInfo("AUDIT-SIDECAR-MALFORMED", E, "OCFL 1.1 §3.6", "a sidecar reads `DIGEST inventory.json` (E061)"),
    CodeInfo("AUDIT-SIDECAR-MISMATCH", E, "OCFL 1.1 §3.6", "the sidecar's digest is the inventory's sha512 (E060)"),
    CodeInfo("AUDIT-VERSION-MISSING", E, "OCFL 1.1 §3.3", "every version in the inventory has its version directory (E010)"),
    CodeInfo("AUDIT-VERSION-EXTRA", E, "OCFL 1.1 §3.1, §3.3", "no version directory that the root inventory does not list (E046)"),
    CodeInfo("AUDIT-VERSION-INVENTORY-MISSING", W, "OCFL 1.1 §3.7", "each version directory SHOULD keep the inventory as of that version (W010)"),
    CodeInfo("AUDIT-VERSION-INVENTORY-MISMATCH", E, "OCFL 1.1 §3.7", "the head version's inventory equals the root one, and earlier ones agree on each version's state (E064, E066)"),
    CodeInfo("AUDIT-FILE-MISSING", E, "OCFL 1.1 §3.5.2", "every content path in the manifest exists (E092)"),
    CodeInfo("AUDIT-FILE-DIGEST", E, "OCFL 1.1 §3.5.2", "every stored file's sha512 equals its manifest digest (E092)"),
    CodeInfo("AUDIT-FIXITY-DIGEST", E, "OCFL 1.1 §3.5.4", "every fixity digest (sha256 from the bag) matches the stored file (E093)"),
    CodeInfo("AUDIT-FILE-UNLISTED", E, "OCFL 1.1 §3.3.1", "every file in a content directory is in the manifest (E023)"),
    CodeInfo("AUDIT-UNREADABLE", E, "OCFL 1.1 §3", "every file of the object can be read"),
)  # fmt: skip

REQUIRED_KEYS = {
    "id": str,
    "type": str,
    "digestAlgorithm": str,
    "head": str,
    "manifest": dict,
    "versions": dict,
}
OPTIONAL_KEYS = {"contentDirectory": str, "fixity": dict}
#: OCFL 1.1 §3.4 fixity algorithm names -> archiver.fixity (RFC 8493) names; others are ignored (E028).
FIXITY_NAMES = {
    "md5": "md5",
    "sha1": "sha1",
    "sha256": "sha256",
    "sha512": "sha512",
    "blake2b-512": "blake2b512",
}
LOCK_TIMEOUT_S = 600.0
Problem = tuple[str, str]  # (code, message)
ProgressCallback = Callable[[int, int, str], None]


# --------------------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditIssue:
    """One finding, located: which object, which version, which logical and content path."""

    finding: Finding
    object_id: str | None
    object_path: str
    version: str | None = None
    logical_path: str | None = None
    content_path: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.finding.to_dict(),
            "object_id": self.object_id,
            "object_path": self.object_path,
            "version": self.version,
            "logical_path": self.logical_path,
            "content_path": self.content_path,
        }


@dataclass
class ObjectAudit:
    object_path: str
    object_id: str | None = None
    head: str | None = None
    files: int = 0
    bytes: int = 0
    issues: list[AuditIssue] = field(default_factory=list)
    event_recorded: bool = False

    @property
    def ok(self) -> bool:
        return not any(i.finding.severity is Severity.ERROR for i in self.issues)

    def to_dict(self) -> dict[str, Any]:
        return {
            "object_id": self.object_id,
            "object_path": self.object_path,
            "head": self.head,
            "ok": self.ok,
            "files": self.files,
            "bytes": self.bytes,
            "event_recorded": self.event_recorded,
            "issues": [i.to_dict() for i in self.issues],
        }


@dataclass
class AuditReport:
    root: str
    started: str
    finished: str = ""
    objects: list[ObjectAudit] = field(default_factory=list)
    root_issues: list[AuditIssue] = field(default_factory=list)

    @property
    def issues(self) -> list[AuditIssue]:
        return [*self.root_issues, *(i for o in self.objects for i in o.issues)]

    @property
    def ok(self) -> bool:
        return not any(i.finding.severity is Severity.ERROR for i in self.issues)

    def report(self) -> Report:
        """The same findings as a validation Report, paths relative to the storage root."""
        report = Report(target=self.root, kind="ocfl-storage-root")
        for issue in self.issues:
            where = "/".join(p for p in (issue.object_path, issue.content_path) if p) or None
            f = issue.finding
            report.findings.append(Finding(f.code, f.severity, where, f.message))
        report.stats = {
            "objects": len(self.objects),
            "files": sum(o.files for o in self.objects),
            "bytes": sum(o.bytes for o in self.objects),
        }
        return report

    def to_dict(self) -> dict[str, Any]:
        errors = [i for i in self.issues if i.finding.severity is Severity.ERROR]
        return {
            "root": self.root,
            "ok": self.ok,
            "started": self.started,
            "finished": self.finished,
            "objects": len(self.objects),
            "damaged_objects": sum(1 for o in self.objects if not o.ok),
            "files": sum(o.files for o in self.objects),
            "bytes": sum(o.bytes for o in self.objects),
            "errors": len(errors),
            "warnings": len(self.issues) - len(errors),
            "issues": [i.to_dict() for i in self.issues],
        }


# --------------------------------------------------------------------------------------------------------
# Pure checks
# --------------------------------------------------------------------------------------------------------


def check_inventory(inventory: Any) -> list[Problem]:
    """Structure of a parsed inventory (§3.5): keys, types, algorithm, version sequence, state/manifest."""
    if not isinstance(inventory, dict):
        return [("AUDIT-INVENTORY-STRUCTURE", "the inventory is not a JSON object")]
    problems = _check_keys(inventory)
    if problems:
        return problems
    if inventory["type"] != INVENTORY_TYPE:
        problems.append(
            ("AUDIT-INVENTORY-STRUCTURE", f"type is {inventory['type']!r}, not {INVENTORY_TYPE!r}")
        )
    if inventory["digestAlgorithm"] != DIGEST_ALGORITHM:
        problems.append(
            ("AUDIT-INVENTORY-ALGORITHM", f"digestAlgorithm is {inventory['digestAlgorithm']!r}, not sha512")
        )
    problems += check_versions(inventory["versions"], inventory["head"])
    problems += check_state_and_manifest(inventory)
    return problems


def _check_keys(inventory: Mapping[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    for key, kind in REQUIRED_KEYS.items():
        if key not in inventory:
            problems.append(("AUDIT-INVENTORY-STRUCTURE", f"required key {key!r} is missing"))
        elif not isinstance(inventory[key], kind):
            problems.append(("AUDIT-INVENTORY-STRUCTURE", f"{key!r} is not a JSON {kind.__name__}"))
    for key, value in inventory.items():
        if key in OPTIONAL_KEYS and not isinstance(value, OPTIONAL_KEYS[key]):
            problems.append(("AUDIT-INVENTORY-STRUCTURE", f"{key!r} has the wrong type"))
        elif key not in REQUIRED_KEYS and key not in OPTIONAL_KEYS:
            problems.append(("AUDIT-INVENTORY-STRUCTURE", f"unknown key {key!r} (E102)"))
    return problems


def check_versions(versions: Mapping[str, Any], head: str) -> list[Problem]:
    """v1..vN with no gaps and no zero padding (this tool never pads), head = vN, each block well formed."""
    numbers = []
    for name in versions:
        match = VERSION_RE.match(name)
        if match is None:
            return [("AUDIT-INVENTORY-VERSIONS", f"version name {name!r} is not v1, v2, ...")]
        numbers.append(int(match.group(1)))
    problems: list[Problem] = []
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        problems.append(
            ("AUDIT-INVENTORY-VERSIONS", f"versions are not v1..v{len(numbers)}: {sorted(versions)}")
        )
    if numbers and head != f"v{max(numbers)}":
        problems.append(
            ("AUDIT-INVENTORY-VERSIONS", f"head is {head!r}, the highest version is v{max(numbers)}")
        )
    for name, block in versions.items():
        if not isinstance(block, dict) or not isinstance(block.get("state"), dict):
            problems.append(("AUDIT-INVENTORY-STRUCTURE", f"version {name} has no state block"))
        elif not isinstance(block.get("created"), str):
            problems.append(("AUDIT-INVENTORY-STRUCTURE", f"version {name} has no created time"))
    return problems


def check_state_and_manifest(inventory: Mapping[str, Any]) -> list[Problem]:
    """Every state digest in the manifest (E050), every manifest digest used (E107), paths safe (E099)."""
    manifest: Mapping[str, Any] = inventory["manifest"]
    problems: list[Problem] = []
    used: set[str] = set()
    for name, block in inventory["versions"].items():
        if not isinstance(block, dict) or not isinstance(block.get("state"), dict):
            continue
        for digest, paths in block["state"].items():
            used.add(digest)
            if digest not in manifest:
                problems.append(
                    ("AUDIT-INVENTORY-STATE", f"{name} state digest {digest[:16]}... is not in the manifest")
                )
            problems += [
                ("AUDIT-INVENTORY-STATE", f"{name}: unsafe logical path {p!r}") for p in _unsafe(paths)
            ]
    for digest, paths in manifest.items():
        if digest not in used:
            problems.append(
                ("AUDIT-INVENTORY-STATE", f"manifest digest {digest[:16]}... is in no version's state")
            )
        problems += [("AUDIT-INVENTORY-STATE", f"unsafe content path {p!r}") for p in _unsafe(paths)]
        for path in paths if isinstance(paths, list) else []:
            if isinstance(path, str) and (
                VERSION_RE.match(path.split("/")[0]) is None or path.count("/") < 2
            ):
                problems.append(
                    ("AUDIT-INVENTORY-STATE", f"content path {path!r} is not under a version directory")
                )
    return problems


def _unsafe(paths: Any) -> list[Any]:
    if not isinstance(paths, list):
        return [paths]
    return [
        p
        for p in paths
        if not isinstance(p, str)
        or p.startswith("/")
        or p.endswith("/")
        or {"", ".", ".."} & set(p.split("/"))
    ]


def check_version_inventory(
    root_inventory: Mapping[str, Any], version_inventory: Any, version: str
) -> list[Problem]:
    """An earlier version's inventory must agree with the root one on every version it knows (E066)."""
    if not isinstance(version_inventory, dict) or not isinstance(version_inventory.get("versions"), dict):
        return [("AUDIT-VERSION-INVENTORY-MISMATCH", f"{version}/inventory.json is not an inventory")]
    problems: list[Problem] = []
    for name, block in version_inventory["versions"].items():
        root_block = root_inventory["versions"].get(name)
        if root_block is None or not isinstance(block, dict):
            problems.append(
                ("AUDIT-VERSION-INVENTORY-MISMATCH", f"{version}/inventory.json has unknown version {name}")
            )
        elif _state_paths(block) != _state_paths(root_block):
            problems.append(
                ("AUDIT-VERSION-INVENTORY-MISMATCH", f"{version}/inventory.json disagrees on {name}'s state")
            )
    return problems


def _state_paths(block: Mapping[str, Any]) -> dict[str, str]:
    state = block.get("state")
    if not isinstance(state, dict):
        return {}
    return {p: d.lower() for d, paths in state.items() for p in (paths if isinstance(paths, list) else [])}


def expected_digests(inventory: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """Content path -> {algorithm: digest} from the manifest and every fixity block we can compute."""
    expected: dict[str, dict[str, str]] = {}
    for digest, paths in inventory["manifest"].items():
        for path in paths:
            expected.setdefault(path, {})[DIGEST_ALGORITHM] = digest.lower()
    for algorithm, block in (inventory.get("fixity") or {}).items():
        if algorithm not in FIXITY_NAMES or algorithm == DIGEST_ALGORITHM or not isinstance(block, dict):
            continue
        for digest, paths in block.items():
            for path in paths if isinstance(paths, list) else []:
                expected.setdefault(path, {})[algorithm] = digest.lower()
    return expected


def logical_paths(inventory: Mapping[str, Any], content_path: str) -> tuple[str | None, str | None]:
    """(version, logical path) a content path serves: first in the version that stored it, else anywhere."""
    version = content_path.split("/", 1)[0]
    digests = {d for d, paths in inventory["manifest"].items() if content_path in paths}
    ordered = sorted(inventory["versions"].items(), key=lambda kv: kv[0] != version)
    for name, block in ordered:
        for digest in digests:
            paths = block.get("state", {}).get(digest)
            if paths:
                return name, sorted(paths)[0]
    return version, None


# --------------------------------------------------------------------------------------------------------
# Reading and hashing
# --------------------------------------------------------------------------------------------------------


class _Collector:
    """Gathers an object's issues, locating each by version and logical path."""

    def __init__(self, result: ObjectAudit, inventory: Mapping[str, Any] | None = None) -> None:
        self.result = result
        self.inventory = inventory

    def add(
        self, code: str, message: str, *, version: str | None = None, content_path: str | None = None
    ) -> None:
        logical = None
        if content_path and self.inventory is not None:
            version, logical = logical_paths(self.inventory, content_path)
        where = content_path or version
        self.result.issues.append(
            AuditIssue(
                finding(code, where, message),
                self.result.object_id,
                self.result.object_path,
                version,
                logical,
                content_path,
            )
        )


def audit_object(root: Path, object_dir: Path) -> ObjectAudit:
    """Every check on one object (no lock, no event: see :func:`audit`)."""
    result = ObjectAudit(object_path=object_dir.relative_to(root).as_posix())
    out = _Collector(result)
    _check_declaration(object_dir, out)
    inventory = _load_inventory(object_dir, out, where=None)
    if inventory is None:
        return result
    result.object_id = inventory.get("id") if isinstance(inventory.get("id"), str) else None
    result.head = inventory.get("head") if isinstance(inventory.get("head"), str) else None
    problems = check_inventory(inventory)
    for code, message in problems:
        out.add(code, message)
    if any(code == "AUDIT-INVENTORY-STRUCTURE" for code, _ in problems):
        return result  # the rest relies on the structure
    out.inventory = inventory
    _check_object_root(object_dir, inventory, out)
    _check_version_dirs(object_dir, inventory, out)
    _check_content(object_dir, inventory, out)
    return result


def _check_declaration(object_dir: Path, out: _Collector) -> None:
    declarations = [p.name for p in object_dir.glob("0=*")]
    if declarations != [OBJECT_DECLARATION]:
        out.add("AUDIT-OBJECT-DECLARATION", f"declarations found: {declarations or 'none'}")
        return
    try:
        text = (object_dir / OBJECT_DECLARATION).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    if text != f"ocfl_object_{OCFL_VERSION}\n":
        out.add(
            "AUDIT-OBJECT-DECLARATION", f"{OBJECT_DECLARATION} does not hold 'ocfl_object_{OCFL_VERSION}\\n'"
        )


def _load_inventory(directory: Path, out: _Collector, *, where: str | None) -> Any:
    """Read an inventory and check its sidecar; None when there is nothing usable to check against."""
    label = f"{where}/{INVENTORY}" if where else INVENTORY
    try:
        data = (directory / INVENTORY).read_bytes()
    except FileNotFoundError:
        if where is None:
            out.add("AUDIT-INVENTORY-MISSING", "the object root has no inventory.json")
        else:
            out.add("AUDIT-VERSION-INVENTORY-MISSING", f"{label} is missing", version=where)
        return None
    except OSError as exc:
        out.add("AUDIT-UNREADABLE", f"{label}: {exc.strerror}", version=where)
        return None
    _check_sidecar(directory, data, out, where=where)
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        out.add("AUDIT-INVENTORY-STRUCTURE", f"{label} is not UTF-8 JSON: {exc}", version=where)
        return None


def _check_sidecar(directory: Path, data: bytes, out: _Collector, *, where: str | None) -> None:
    label = f"{where}/{SIDECAR}" if where else SIDECAR
    try:
        text = (directory / SIDECAR).read_text(encoding="utf-8")
    except FileNotFoundError:
        out.add("AUDIT-SIDECAR-MISSING", f"{label} is missing", version=where)
        return
    except (OSError, UnicodeDecodeError) as exc:
        out.add("AUDIT-SIDECAR-MALFORMED", f"{label} cannot be read: {exc}", version=where)
        return
    recorded = parse_sidecar(text)
    actual = hashlib.sha512(data).hexdigest()
    if recorded is None:
        out.add("AUDIT-SIDECAR-MALFORMED", f"{label} does not read 'DIGEST inventory.json'", version=where)
    elif recorded != actual:
        out.add(
            "AUDIT-SIDECAR-MISMATCH",
            f"{label} records {recorded[:16]}..., the inventory's sha512 is {actual[:16]}...",
            version=where,
        )


def _check_object_root(object_dir: Path, inventory: Mapping[str, Any], out: _Collector) -> None:
    allowed_files = {OBJECT_DECLARATION, INVENTORY, SIDECAR}
    for entry in sorted(os.scandir(object_dir), key=lambda e: e.name):
        if entry.is_dir(follow_symlinks=False):
            if entry.name in inventory["versions"] or entry.name in (ev.LOGS_DIR, "extensions"):
                continue
            if VERSION_RE.match(entry.name):
                out.add(
                    "AUDIT-VERSION-EXTRA",
                    f"version directory {entry.name} is not in the inventory",
                    version=entry.name,
                )
            else:
                out.add("AUDIT-OBJECT-EXTRA", f"unexpected directory {entry.name} in the object root")
        elif entry.name not in allowed_files and not entry.name.startswith("0="):
            out.add("AUDIT-OBJECT-EXTRA", f"unexpected file {entry.name} in the object root")


def _check_version_dirs(object_dir: Path, inventory: Mapping[str, Any], out: _Collector) -> None:
    head = inventory["head"]
    root_bytes = (object_dir / INVENTORY).read_bytes()
    for version in sorted(inventory["versions"], key=lambda v: int(v[1:])):
        vdir = object_dir / version
        if not vdir.is_dir():
            out.add("AUDIT-VERSION-MISSING", f"version directory {version} is missing", version=version)
            continue
        for entry in os.scandir(vdir):
            if entry.name not in (INVENTORY, SIDECAR, "content"):
                out.add("AUDIT-OBJECT-EXTRA", f"unexpected entry {version}/{entry.name}", version=version)
        version_inventory = _load_inventory(vdir, out, where=version)
        if version_inventory is None:
            continue
        if version == head and (vdir / INVENTORY).read_bytes() != root_bytes:
            out.add(
                "AUDIT-VERSION-INVENTORY-MISMATCH",
                f"{version}/inventory.json differs from the root inventory",
                version=version,
            )
        for code, message in check_version_inventory(inventory, version_inventory, version):
            out.add(code, message, version=version)


def _check_content(object_dir: Path, inventory: Mapping[str, Any], out: _Collector) -> None:
    expected = expected_digests(inventory)
    for version in inventory["versions"]:
        for path in _files_under(object_dir / version / "content", object_dir):
            if path not in expected:
                out.add(
                    "AUDIT-FILE-UNLISTED",
                    f"{path} is stored but not in the manifest",
                    version=version,
                    content_path=path,
                )
    for content_path, digests in sorted(expected.items()):
        _check_file(object_dir, content_path, digests, out)


def _files_under(directory: Path, base: Path) -> list[str]:
    found: list[str] = []
    for dirpath, _dirnames, filenames in os.walk(directory):
        found.extend(Path(dirpath, name).relative_to(base).as_posix() for name in filenames)
    return found


def _check_file(object_dir: Path, content_path: str, digests: Mapping[str, str], out: _Collector) -> None:
    algorithms = {FIXITY_NAMES[a]: a for a in digests}
    try:
        actual, size = digest_file(object_dir / content_path, list(algorithms))
    except FileNotFoundError:
        out.add(
            "AUDIT-FILE-MISSING", f"{content_path} is in the manifest but missing", content_path=content_path
        )
        return
    except OSError as exc:
        out.add("AUDIT-UNREADABLE", f"{content_path}: {exc.strerror}", content_path=content_path)
        return
    out.result.files += 1
    out.result.bytes += size
    for name, ocfl_name in algorithms.items():
        if actual[name] == digests[ocfl_name]:
            continue
        code = "AUDIT-FILE-DIGEST" if ocfl_name == DIGEST_ALGORITHM else "AUDIT-FIXITY-DIGEST"
        out.add(
            code,
            f"{ocfl_name} of {content_path} is {actual[name][:16]}..., the inventory says {digests[ocfl_name][:16]}...",
            content_path=content_path,
        )


# --------------------------------------------------------------------------------------------------------
# The storage root
# --------------------------------------------------------------------------------------------------------


def _root_issue(report: AuditReport, code: str, path: str | None, message: str) -> None:
    report.root_issues.append(AuditIssue(finding(code, path, message), None, path or ""))


def _check_root(root: Path, report: AuditReport) -> dict[str, Any] | None:
    """The root declaration and layout; returns the 0004 parameters, or None if the root is unusable."""
    declarations = sorted(p.name for p in root.glob("0=*"))
    if declarations != [ROOT_DECLARATION]:
        _root_issue(report, "AUDIT-ROOT-DECLARATION", None, f"declarations found: {declarations or 'none'}")
        if not declarations:
            return None
    elif (root / ROOT_DECLARATION).read_bytes() != f"ocfl_{OCFL_VERSION}\n".encode():
        _root_issue(
            report, "AUDIT-ROOT-DECLARATION", ROOT_DECLARATION, f"does not hold 'ocfl_{OCFL_VERSION}\\n'"
        )
    try:
        return read_layout(root)
    except (UsageError, OSError) as exc:  # any layout problem is reported, not raised
        _root_issue(report, "AUDIT-ROOT-LAYOUT", "ocfl_layout.json", str(exc))
        return None


def find_objects(root: Path, layout: Mapping[str, Any], report: AuditReport) -> list[Path]:
    """Walk the 0004 hierarchy: object roots at the configured depth; anything else is reported."""
    objects: list[Path] = []
    _check_extensions(root, report)
    depth = int(layout["numberOfTuples"])
    stack: list[tuple[Path, int]] = [(root, depth + 1)]
    while stack:
        directory, remaining = stack.pop()
        entries = sorted(os.scandir(directory), key=lambda e: e.name, reverse=True)
        rel = directory.relative_to(root).as_posix()
        if directory != root and not entries:
            _root_issue(report, "AUDIT-ROOT-EMPTY-DIR", rel, "empty directory in the storage hierarchy")
        for entry in entries:
            path = Path(entry.path)
            if directory == root and (entry.name == "extensions" or not entry.is_dir(follow_symlinks=False)):
                continue  # files in the root are allowed (§4.1); extensions checked above
            if not entry.is_dir(follow_symlinks=False):
                _root_issue(
                    report, "AUDIT-ROOT-STRAY", path.relative_to(root).as_posix(), "file outside any object"
                )
            elif remaining == 1 and (path / OBJECT_DECLARATION).exists():
                objects.append(path)
            elif remaining == 1:
                _root_issue(
                    report, "AUDIT-ROOT-STRAY", path.relative_to(root).as_posix(), "folder that is no object"
                )
            else:
                stack.append((path, remaining - 1))
    return sorted(objects)


def _check_extensions(root: Path, report: AuditReport) -> None:
    extensions = root / "extensions"
    if not extensions.is_dir():
        return
    for entry in os.scandir(extensions):
        if not entry.is_dir(follow_symlinks=False):
            _root_issue(
                report, "AUDIT-ROOT-STRAY", f"extensions/{entry.name}", "a file in extensions/ (E112)"
            )


def _check_placement(root: Path, object_dir: Path, layout: Mapping[str, Any], result: ObjectAudit) -> None:
    if result.object_id is None:
        return
    expected = object_path_0004(result.object_id, layout)
    if result.object_path != expected:
        result.issues.append(
            AuditIssue(
                finding("AUDIT-OBJECT-PATH", None, f"object {result.object_id} should be at {expected}"),
                result.object_id,
                result.object_path,
            )
        )


def _audit_and_record(root: Path, object_dir: Path, layout: Mapping[str, Any], record: bool) -> ObjectAudit:
    """Audit one object under its lock (so no ingest swaps it meanwhile), then log the event."""
    object_id = _peek_id(object_dir)
    if object_id is None:
        result = audit_object(root, object_dir)
    else:
        try:
            with object_lock(
                root / "extensions" / WORKSPACE_NAME / "locks", object_id, timeout=LOCK_TIMEOUT_S
            ):
                result = audit_object(root, object_dir)
                if record:
                    result.event_recorded = _record_event(object_dir, result)
        except RepositoryLockedError:
            result = ObjectAudit(object_path=object_dir.relative_to(root).as_posix(), object_id=object_id)
            _Collector(result).add("AUDIT-UNREADABLE", "the object stayed locked by a writer; not audited")
    _check_placement(root, object_dir, layout, result)
    return result


def _peek_id(object_dir: Path) -> str | None:
    try:
        value = json.loads((object_dir / INVENTORY).read_bytes()).get("id")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def _record_event(object_dir: Path, result: ObjectAudit) -> bool:
    """A PREMIS fixity-check event in the object's log; False if the log cannot be written (read-only)."""
    codes = sorted({i.finding.code for i in result.issues})
    if result.ok:
        detail = (
            f"audit: re-verified {result.files} stored files and all inventories of v1..{result.head}; intact"
        )
    else:
        detail = f"audit: {len(result.issues)} problems found ({', '.join(codes)})"
    event = ev.make_event(
        "fixity check",
        "success" if result.ok else "failure",
        detail,
        object_version=result.head,
        extra={"files": result.files, "bytes": result.bytes, "codes": codes},
    )
    try:
        ev.append_events(object_dir, [event])
    except OSError:
        return False
    return True


def audit(
    root: Path,
    *,
    on_progress: ProgressCallback | None = None,
    jobs: int = 0,
    record_events: bool = True,
) -> AuditReport:
    """Audit the whole storage root; ``on_progress(done, total, object_path)`` after each object.

    ``jobs`` threads (0: one per core, at most 16) audit objects side by side. The report is complete even
    when objects are damaged: nothing is raised for damage, only for a root that does not exist.
    """
    from archiver.repository.ocfl import OcflRepository

    repo = OcflRepository.open(root)  # REPO_NOT_FOUND / REPO_NOT_OCFL for a usage mistake
    report = AuditReport(root=str(repo.root), started=ev.rfc3339(ev.utc_now()))
    layout = _check_root(repo.root, report)
    if layout is not None:
        objects = find_objects(repo.root, layout, report)
        report.objects = _audit_all(repo.root, objects, layout, record_events, jobs, on_progress)
    report.finished = ev.rfc3339(ev.utc_now())
    return report


def _audit_all(
    root: Path,
    objects: list[Path],
    layout: Mapping[str, Any],
    record: bool,
    jobs: int,
    on_progress: ProgressCallback | None,
) -> list[ObjectAudit]:
    workers = jobs or min(16, os.cpu_count() or 1)
    results: dict[Path, ObjectAudit] = {}
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        futures = {pool.submit(_audit_and_record, root, o, layout, record): o for o in objects}
        for done, future in enumerate(as_completed(futures), start=1):
            path = futures[future]
            results[path] = future.result()
            if on_progress is not None:
                on_progress(done, len(objects), path.relative_to(root).as_posix())
    return [results[o] for o in objects]
