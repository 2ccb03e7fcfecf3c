"""``audit``: prove, years later, that every object in the storage root is still intact.

An audit is the storage root's whole OCFL validation (:mod:`archiver.formats.ocfl.root_validator`: the
root, its hierarchy, every object against the OCFL version it declares, every inventory of every version) plus the
fixity of every stored file, each finding with the spec's own code (``E001`` ... ``E112``, ``W001`` ...
``W016``), located by object, version and logical path. Each object is checked under its lock, so no
ingest swaps it meanwhile, and the audit is recorded as a PREMIS "fixity check" event in its log. A single
object (a folder holding ``0=ocfl_object_1.x``) can be audited on its own.

Preservation services re-check each object on a cycle (90 days is common) rather than all at once:
``since`` audits only the objects whose last audit is older than that, or failed, or never happened, and
reports the others as skipped with the time of that audit: a damaged object is audited again every time. An
ingest's own fixity check does not count (it re-reads only the files of the version it made). With ``cluster`` the objects are checked as
tasks on a Dask cluster whose workers see the storage root at the same path; the rules across objects
(unique ids, paths per the layout) are applied here to what they report.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver.errors import UsageError
from archiver.formats.ocfl.root_validator import RootResult, RunChecks, validate_root
from archiver.formats.ocfl.structure import INVENTORY, object_spec, version_number
from archiver.formats.ocfl.validator import ObjectResult, validate_object
from archiver.repository import events as ev
from archiver.repository.locking import RepositoryLockedError, object_lock
from archiver.repository.ocfl import WORKSPACE_NAME, OcflRepository
from archiver.validation.findings import CodeInfo, Finding, Report, Severity, finding, register

if TYPE_CHECKING:
    from distributed import Client

    from archiver.cluster import ClusterSpec

__all__ = ["CODES", "AuditReport", "audit", "audit_event", "locate", "parse_age"]

CODES = register(
    CodeInfo(
        "AUDIT-LOCKED",
        Severity.ERROR,
        "OCFL 1.1 Implementation Notes §3.7",
        "an object stayed locked by a writer for the whole wait, so it was not audited",
    ),
)
LOCK_TIMEOUT_S = 600.0
#: The longest age ``--since`` takes: more than any archive has run.
MAX_AGE = timedelta(days=365 * 1000)
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
    #: Not audited this time (``since``): the time of its last successful fixity check, which is recent.
    skipped_since: str | None = None

    @property
    def ok(self) -> bool:
        return not any(i.finding.severity is Severity.ERROR for i in self.issues)

    def to_dict(self) -> dict[str, Any]:
        return {
            "object_id": self.object_id,
            "object_path": self.object_path,
            "head": self.head,
            "ok": self.ok,
            "audited": self.skipped_since is None,
            "last_fixity_check": self.skipped_since,
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
        """The same findings as a validation Report, paths relative to the storage root (as ``validate``
        gives them for the root)."""
        result = RootResult(self.root, None, None, [i.finding for i in self.root_issues], [])
        result.objects = [
            ObjectResult(
                o.object_path, o.object_id, None, o.head, o.files, o.bytes, [i.finding for i in o.issues]
            )
            for o in self.objects
        ]
        return result.report()

    def to_dict(self) -> dict[str, Any]:
        errors = [i for i in self.issues if i.finding.severity is Severity.ERROR]
        return {
            "root": self.root,
            "ok": self.ok,
            "started": self.started,
            "finished": self.finished,
            "objects": len(self.objects),
            "skipped_objects": sum(1 for o in self.objects if o.skipped_since is not None),
            "damaged_objects": sum(1 for o in self.objects if not o.ok),
            "files": sum(o.files for o in self.objects),
            "bytes": sum(o.bytes for o in self.objects),
            "errors": len(errors),
            "warnings": len(self.issues) - len(errors),
            "issues": [i.to_dict() for i in self.issues],
        }


# --------------------------------------------------------------------------------------------------------
# Locating findings
# --------------------------------------------------------------------------------------------------------


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


def locate(
    found: Finding, inventory: Mapping[str, Any] | None, object_id: str | None, object_path: str
) -> AuditIssue:
    """A finding located by version and, for a stored file, by the logical path it serves (from the
    object's inventory, when it could be read): for an object on disk or on S3 alike."""
    path = found.path or ""
    first = path.split("/", 1)[0]
    version = first if version_number(first) is not None else None
    content_path = path if version is not None and path.count("/") >= 2 else None
    logical = None
    if content_path is not None and inventory is not None:
        try:
            version, logical = logical_paths(inventory, content_path)
        except (AttributeError, KeyError, TypeError):
            logical = None
    return AuditIssue(found, object_id, object_path, version, logical, content_path)


def _issues(result: ObjectResult, object_dir: Path) -> list[AuditIssue]:
    """The validator's findings for one object, each located by version and, for a stored file, by the
    logical path it serves (read from the object's inventory, when that is readable)."""
    inventory = _read_inventory(object_dir) if result.findings else None
    located = [locate(found, inventory, result.object_id, result.path) for found in result.findings]
    return located


def _read_inventory(object_dir: Path) -> dict[str, Any] | None:
    try:
        value = json.loads((object_dir / INVENTORY).read_bytes())
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _to_audit(result: ObjectResult, object_dir: Path) -> ObjectAudit:
    return ObjectAudit(
        object_path=result.path,
        object_id=result.object_id,
        head=result.head,
        files=result.files,
        bytes=result.bytes,
        issues=_issues(result, object_dir),
    )


# --------------------------------------------------------------------------------------------------------
# Auditing
# --------------------------------------------------------------------------------------------------------


def _peek_id(object_dir: Path) -> str | None:
    inventory = _read_inventory(object_dir)
    value = inventory.get("id") if inventory is not None else None
    return value if isinstance(value, str) else None


def audit_event(result: ObjectAudit) -> dict[str, Any]:
    """The PREMIS "fixity check" event an audit records in the object's log, on disk or on S3; its detail
    starts with :data:`~archiver.repository.events.AUDIT_DETAIL_PREFIX`, which ``audit --since`` looks for."""
    codes = sorted({i.finding.code for i in result.issues})
    if result.ok:
        detail = (
            f"{ev.AUDIT_DETAIL_PREFIX}re-verified {result.files} stored files and all inventories of "
            f"v1..{result.head}; intact"
        )
    else:
        detail = f"{ev.AUDIT_DETAIL_PREFIX}{len(result.issues)} problems found ({', '.join(codes)})"
    return ev.make_event(
        "fixity check",
        "success" if result.ok else "failure",
        detail,
        object_version=result.head,
        extra={"files": result.files, "bytes": result.bytes, "codes": codes},
    )


def _record_event(object_dir: Path, result: ObjectAudit) -> bool:
    """The audit's event in the object's log; False if the log cannot be written (read-only)."""
    try:
        ev.append_events(object_dir, [audit_event(result)])
    except OSError:
        return False
    return True


def parse_age(text: str) -> timedelta:
    """``90d``, ``12w``, ``36h`` or ``1y`` (365 days): how long ago an object's last fixity check may be
    before ``audit --since`` checks it again. ``AUDIT_SINCE_INVALID`` for anything else."""
    match = re.fullmatch(r"\s*([0-9]{1,6})\s*([hdwy])\s*", text.lower())
    if match is None:
        raise UsageError(
            "AUDIT_SINCE_INVALID",
            f"not an age: {text!r}",
            hint="give a number and a unit: h (hours), d (days), w (weeks) or y (365 days), e.g. --since 90d",
        )
    count, unit = int(match.group(1)), match.group(2)
    hours = {"h": 1, "d": 24, "w": 7 * 24, "y": 365 * 24}[unit]
    age = timedelta(hours=count * hours)
    if age > MAX_AGE:
        raise UsageError(
            "AUDIT_SINCE_INVALID", f"the age {text!r} is more than 1000 years", hint="e.g. --since 90d"
        )
    return age


class _Auditor:
    """Checks one object at a time for :func:`validate_root`: under the object's lock where the root has
    archiver's workspace (other writers of this root take the same locks), recording the event. With a
    ``cutoff``, an object whose last audit succeeded at or after it (and not in the future) is skipped.
    Plain data, so that a cluster's worker can be handed one."""

    def __init__(self, root: Path, *, record: bool, cutoff: datetime | None = None) -> None:
        self.root = root
        self.record = record
        self.cutoff = cutoff
        self.now = ev.utc_now()
        self.locks = root / "extensions" / WORKSPACE_NAME / "locks"
        self.audits: dict[str, ObjectAudit] = {}

    def __call__(self, object_dir: Path) -> ObjectResult:
        rel = object_dir.relative_to(self.root).as_posix()
        if self.cutoff is not None:
            last = ev.checked_since(ev.last_audit(object_dir), self.cutoff, self.now)
            if last is not None:
                return self._skip(object_dir, rel, last)
        object_id = _peek_id(object_dir)
        if object_id is None or not self.locks.parent.is_dir():
            return self._check(object_dir, rel)
        try:
            with object_lock(self.locks, object_id, timeout=LOCK_TIMEOUT_S):
                return self._check(object_dir, rel)
        except RepositoryLockedError:
            message = f"the object stayed locked by a writer for {LOCK_TIMEOUT_S:.0f} s; not audited"
            result = ObjectResult(rel, object_id, None, None, 0, 0, [finding("AUDIT-LOCKED", None, message)])
            self.audits[rel] = _to_audit(result, object_dir)
            return result

    def _check(self, object_dir: Path, rel: str) -> ObjectResult:
        result = validate_object(object_dir, fixity=True)
        result.path = rel
        audited = _to_audit(result, object_dir)
        if self.record:
            audited.event_recorded = _record_event(object_dir, audited)
        self.audits[rel] = audited
        return result

    def _skip(self, object_dir: Path, rel: str, last: datetime) -> ObjectResult:
        """What the root's own rules need of an object left unchecked: its id, head and declared version."""
        inventory = _read_inventory(object_dir) or {}
        object_id = inventory.get("id") if isinstance(inventory.get("id"), str) else None
        head = inventory.get("head") if isinstance(inventory.get("head"), str) else None
        result = ObjectResult(rel, object_id, object_spec(object_dir), head, 0, 0, [])
        audited = _to_audit(result, object_dir)
        audited.skipped_since = ev.rfc3339(last)
        self.audits[rel] = audited
        return result


def audit(
    root: Path,
    *,
    on_progress: ProgressCallback | None = None,
    jobs: int = 0,
    record_events: bool = True,
    since: timedelta | None = None,
    cluster: ClusterSpec | None = None,
) -> AuditReport:
    """Audit a storage root, or a single object; ``on_progress(done, total, object_path)`` after each object.

    ``jobs`` workers (0: one per core) check objects side by side, or the workers of a Dask ``cluster``.
    ``since`` skips the objects whose last audit succeeded within that time. The report is
    complete even when objects are damaged: nothing is raised for damage, only for a target that is no
    OCFL storage root or object, or an unreachable cluster.
    """
    target = root.expanduser().absolute()
    now = ev.utc_now()
    started = ev.rfc3339(now)
    cutoff = now - since if since is not None else None
    if target.is_dir() and object_spec(target) is not None:
        auditor = _Auditor(target.parent, record=record_events, cutoff=cutoff)
        auditor(target)
        report = AuditReport(root=str(target), started=started, objects=list(auditor.audits.values()))
        for audited in report.objects:
            audited.object_path = ""
        if on_progress is not None:
            on_progress(1, 1, "")
    else:
        repo = OcflRepository.open(target)  # REPO_NOT_FOUND / REPO_NOT_OCFL for a usage mistake
        auditor = _Auditor(repo.root, record=record_events, cutoff=cutoff)
        with contextlib.ExitStack() as stack:
            run_checks: RunChecks | None = None
            if cluster is not None:  # reached before the root is walked: a wrong address fails at once
                from archiver.cluster import connect

                client = stack.enter_context(connect(cluster))
                run_checks = functools.partial(_check_on_cluster, auditor, client, on_progress)
            checked = validate_root(
                repo.root,
                fixity=True,
                jobs=jobs,
                check_object=auditor,
                on_progress=on_progress,
                run_checks=run_checks,
            )
        report = AuditReport(root=str(repo.root), started=started)
        report.root_issues = [AuditIssue(f, None, f.path or "") for f in checked.findings]
        report.objects = [
            auditor.audits.get(o.path) or _to_audit(o, repo.root / o.path) for o in checked.objects
        ]
    report.finished = ev.rfc3339(ev.utc_now())
    return report


def _check_on_cluster(
    auditor: _Auditor, client: Client, on_progress: ProgressCallback | None, root: Path, paths: list[str]
) -> list[ObjectResult]:
    """The objects at ``paths`` checked as tasks on the cluster; their audits kept in ``auditor``."""
    from archiver.cluster import CHUNK, run_ordered_on_cluster

    # Small objects go in chunks (a task costs milliseconds); while there are few, one object a task, so
    # that one large object does not hold others back on its worker.
    chunk = max(1, min(CHUNK, len(paths) // 64))
    args = (root, auditor.record, auditor.cutoff)
    results: list[ObjectResult] = []
    arriving = run_ordered_on_cluster(paths, _audit_stream, args, client, chunk=chunk)
    for done, (path, (result, audited)) in enumerate(zip(paths, arriving, strict=True), start=1):
        auditor.audits[path] = audited
        results.append(result)
        if on_progress is not None:
            on_progress(done, len(paths), path)
    return results


def _audit_stream(
    feed: Iterator[tuple[int, str]],
    emit: Callable[[list[tuple[int, tuple[ObjectResult, ObjectAudit]]]], None],
    root: Path,
    record: bool,
    cutoff: datetime | None,
) -> None:
    """On a cluster's worker: audit the objects ``feed`` hands out (paths relative to ``root``)."""
    auditor = _Auditor(root, record=record, cutoff=cutoff)
    for index, path in feed:
        result = auditor(root / path)
        emit([(index, (result, auditor.audits.pop(path)))])
